"""unspin against the usual near-duplicate recipe, on the same labelled corpus, in one run.

The recipe: datasketch MinHashLSH, 128 permutations, word 5-grams, threshold 0.5, with its own
reading and shingling. Both outputs are scored by ``unspin.evaluate`` and printed side by side,
with wall-clock times. The shared scorer (``--scorer``, by default ``../shared/eval/score.py``,
the held-out evaluation's) scores them too, as a cross-check: the run fails if the two disagree
on precision, recall or F1 (and warns on any other figure they both give).

    python benchmarks/quality.py                       # the shared dev set
    python benchmarks/quality.py --corpus tests/data/gate/corpus --truth tests/data/gate/truth.jsonl
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType
from typing import Any

from datasketch import MinHash, MinHashLSH

from unspin import scan
from unspin.evaluate import load, score
from unspin.model import Failure
from unspin.pipeline.extract import extract
from unspin.pipeline.read import iter_raw_documents

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
WORD = re.compile(r"\w+")


def load_scorer(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", path)
    if spec is None or spec.loader is None:
        sys.exit(f"cannot load the scorer {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def cross_check(name: str, ours: dict[str, Any], theirs: dict[str, Any]) -> None:
    """Exit if the shared scorer's precision, recall or F1 differ from ours; warn on any other
    figure both give that differs."""
    differ = {key: (ours.get(key), value) for key, value in theirs.items()
              if ours.get(key) != value}
    for key in sorted(set(differ) - {"precision", "recall", "f1"}):
        print(f"warning: {name}: {key} differs: unspin.evaluate {differ[key][0]!r}, "
              f"the shared scorer {differ[key][1]!r}", file=sys.stderr)
    if differ.keys() & {"precision", "recall", "f1"}:
        sys.exit(f"{name}: unspin.evaluate and the shared scorer disagree: "
                 + ", ".join(f"{key} {differ[key][0]} against {differ[key][1]}"
                             for key in ("precision", "recall", "f1") if key in differ))
    print(f"{name}: the shared scorer agrees on precision, recall and F1"
          + ("" if differ else f" and its {len(theirs) - 3} other figures"), file=sys.stderr)


def minhash_recipe(
    corpus: Path, threshold: float = 0.5, num_perm: int = 128
) -> list[dict[str, Any]]:
    """The usual recipe: MinHash of word 5-gram shingles, LSH at a Jaccard threshold."""
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    signatures: dict[str, MinHash] = {}
    for raw in iter_raw_documents(corpus):
        if isinstance(raw, Failure):
            continue
        try:
            text = extract(raw).text
        except Exception:  # the recipe skips what it cannot read
            continue
        words = WORD.findall(text.lower())
        shingles = {" ".join(words[i : i + 5]) for i in range(max(1, len(words) - 4))}
        signature = MinHash(num_perm=num_perm)
        signature.update_batch([s.encode("utf-8") for s in shingles])
        signatures[raw.id] = signature
        lsh.insert(raw.id, signature)
    relations = []
    for article_id, signature in signatures.items():
        for other in lsh.query(signature):
            if other > article_id:
                score = signature.jaccard(signatures[other])
                relations.append(
                    {"copy": other, "source": article_id, "kind": "verbatim", "score": score}
                )
    return relations


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=SHARED / "data/devset/docs")
    parser.add_argument("--truth", type=Path, default=SHARED / "data/devset/truth.jsonl")
    parser.add_argument("--scorer", type=Path, default=SHARED / "eval/score.py")
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()
    if not args.corpus.exists() or not args.scorer.exists():
        sys.exit(f"missing {args.corpus} or {args.scorer}: run next to ../shared")
    scorer = load_scorer(args.scorer)
    truth = load(args.truth)

    started = time.perf_counter()
    baseline = minhash_recipe(args.corpus)
    baseline_seconds = time.perf_counter() - started

    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        result = scan(args.corpus, db=Path(tmp) / "index.db", workers=args.workers)
        unspin_seconds = time.perf_counter() - started
    ours = [r.to_json() for r in result.relations]

    results = {
        "corpus": str(args.corpus),
        "articles": result.stats.seen,
        "minhash_lsh": {"seconds": round(baseline_seconds, 2), **score(truth, baseline)},
        "unspin": {"seconds": round(unspin_seconds, 2), **score(truth, ours)},
    }
    shared_truth = scorer.load(str(args.truth))
    cross_check("minhash-lsh", results["minhash_lsh"], scorer.score(shared_truth, baseline))
    cross_check("unspin", results["unspin"], scorer.score(shared_truth, ours))
    keys = ["seconds", "precision", "recall", "f1", "false_positives", "direction_accuracy",
            "copied_mae", "kind_accuracy"]
    print(f"{'':22}{'minhash-lsh':>14}{'unspin':>14}")
    for key in keys:
        left, right = results["minhash_lsh"].get(key), results["unspin"].get(key)
        print(f"{key:22}{left!s:>14}{right!s:>14}")
    print("recall by kind (unspin):", json.dumps(results["unspin"]["recall_by_kind"]))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
