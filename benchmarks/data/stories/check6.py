"""Validate web6.py (session 21's blind-labelled stored pages, held out) and print its counts.

    .venv/bin/python benchmarks/data/stories/check6.py

Checks: as part_check.check says.
"""

from __future__ import annotations

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import web6
from part_check import check

if __name__ == "__main__":
    # reuse-real s21 was labelled in the same session and may share a page: both are held out
    sys.exit(check(web6, ("s21-articles.jsonl", "s21-truth.jsonl")))
