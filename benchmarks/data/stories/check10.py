"""Validate web10.py (session 25's blind-labelled stored pages, held out) and print its counts.

    .venv/bin/python benchmarks/data/stories/check10.py [--texts]

Checks: as part_check.check says (the URLs of every other labelled set, skipping this part's
own lines and the two sets labelled in the same sitting, real reuse s25 and quotations web10:
they share seven pages with this part, and all three are held out).
"""

from __future__ import annotations

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import web10
from part_check import check

if __name__ == "__main__":
    sys.exit(check(web10, ("s25-articles.jsonl", "s25-truth.jsonl", "web10-articles.jsonl")))
