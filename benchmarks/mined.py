"""Restoring with the swaps an index has learned, leave-one-out.

Scans a labelled corpus (default: the gate), then, for every spun copy, learns the swap table
from every other spun relation (not the copy's own) and restores the copy with it alone, as
`unspin restore FILE --db INDEX` does when the index holds no source. Scored against the changes
made with the source: the share of substituted words restored exactly, and the share of the
copy's other words changed, per confidence threshold.

    python benchmarks/mined.py [--corpus DIR --truth FILE]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from unspin import restore, scan
from unspin.jobs.restore import swap_table
from unspin.spinning.restore import apply_changes

ROOT = Path(__file__).resolve().parents[1]
GATE = ROOT / "tests" / "data" / "gate"
THRESHOLDS = (0.3, 0.5, 0.7, 0.9)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=GATE / "corpus")
    parser.add_argument("--truth", type=Path, default=GATE / "truth.jsonl")
    args = parser.parse_args()
    if not args.truth.exists():
        sys.exit(f"no truth file at {args.truth}")
    spun = [t for t in map(json.loads, args.truth.open(encoding="utf-8")) if t["kind"] == "spun"]
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "index.db"
        scan(args.corpus, db=db)
        gold_total = other_total = 0
        restored = dict.fromkeys(THRESHOLDS, 0)
        changed = dict.fromkeys(THRESHOLDS, 0)
        for pair in spun:
            result = restore(args.corpus / pair["copy"], source=args.corpus / pair["source"])
            gold = {(a.change.copy_start, a.change.copy_end): a.change.original.lower()
                    for a in result.restoration.changes}
            text = result.article.text
            gold_total += len(gold)
            other_total += len(text.split()) - len(gold)
            changes = swap_table(db, exclude=pair["copy"]).changes(text)
            for threshold in THRESHOLDS:
                for applied in apply_changes(text, changes, threshold).changes:
                    c = applied.change
                    spans = [s for s in gold if s[0] <= c.copy_start < s[1]
                             or c.copy_start <= s[0] < c.copy_end]
                    if not spans:
                        changed[threshold] += 1
                    elif any(gold[s] == c.original.lower() for s in spans):
                        restored[threshold] += 1
    print(f"{len(spun)} spun copies, {gold_total} substituted words (leave-one-out)")
    print("threshold  restored  other words changed")
    for threshold in THRESHOLDS:
        print(f"{threshold:>9.1f}  {restored[threshold] / gold_total:>8.3f}  "
              f"{changed[threshold] / other_total:>19.4f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
