"""Quotations on the labelled set: extraction, speakers, variant clusters (and what pays).

Runs ``find_quotes`` on ``tests/data/quotes/articles`` and scores it against ``quotes.jsonl``
(see :mod:`unspin.quotations.score`): span precision and recall, speaker accuracy, pairwise F1 of
the variant clusters, variant-label accuracy. Each figure is given with and without the sentence
embeddings (the re-rendering channel), so the model's contribution is measured in the same run.
Negatives (scare quotes, titles, names) count as false positives when predicted.

    python benchmarks/quotes.py [--labels DIR] [--out FILE]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from unspin.jobs.quotes import find_quotes
from unspin.quotations.score import score
from unspin.semantic import semantic_available

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "tests" / "data" / "quotes"


def run(labels: Path, semantic: bool) -> dict[str, object]:
    gold = [json.loads(line) for line in (labels / "quotes.jsonl").open(encoding="utf-8")]
    started = time.perf_counter()
    result = find_quotes(labels / "articles", semantic=semantic)
    seconds = time.perf_counter() - started
    # Article ids are file names ("s1-a.txt"); the labels name articles by stem.
    predicted = [{**r.to_json(), "article": Path(r.article).stem} for r in result.records]
    return {**score(predicted, gold).to_json(), "seconds": round(seconds, 2)}


def run_examples(semantic: bool) -> dict[str, object]:
    """The same scores on the two bundled example articles (labels: ``examples.jsonl``)."""
    gold = [json.loads(line) for line in (LABELS / "examples.jsonl").open(encoding="utf-8")]
    result = find_quotes(ROOT / "examples", semantic=semantic)
    predicted = [{**r.to_json(), "article": Path(r.article).stem} for r in result.records]
    return score(predicted, gold).to_json()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "quotes.json")
    args = parser.parse_args()
    results = {"words_only": run(args.labels, semantic=False)}
    if semantic_available():
        results["with_embeddings"] = run(args.labels, semantic=True)
    results["examples"] = run_examples(semantic=False)
    for name, figures in results.items():
        print(name, json.dumps(figures))
    args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
