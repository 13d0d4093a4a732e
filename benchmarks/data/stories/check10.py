"""Validate web10.py (session 25's blind-labelled stored pages, held out) and print its counts.

    .venv/bin/python benchmarks/data/stories/check10.py [--texts]

Checks: as part_check.check says (the URLs of every other labelled set, skipping only this
part's own lines).
"""

from __future__ import annotations

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import web10
from part_check import check

if __name__ == "__main__":
    sys.exit(check(web10))
