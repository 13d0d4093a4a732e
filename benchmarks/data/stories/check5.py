"""Validate web5.py (session 20's blind-labelled stored pages) and print its counts.

    .venv/bin/python benchmarks/data/stories/check5.py

Checks: as part_check.check says.
"""

from __future__ import annotations

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import web5
from part_check import check

if __name__ == "__main__":
    # reuse-real s20 was labelled blind in the same session and shares two pages with web5
    sys.exit(check(web5, ("s20-articles.jsonl", "s20-truth.jsonl")))
