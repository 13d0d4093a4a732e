"""Assemble the real reuse set into a corpus and a truth file that `benchmarks/quality.py` reads.

The articles' texts live outside the repository (``text_ref``: a path relative to the
repository root, under ``../realweb/``; copyright stays with their publishers, development and
evaluation only); this folder keeps the labels. Writes ``OUT/corpus.jsonl`` (one record an
article: ``id``, ``text`` and the ``url``, ``title`` and ``published`` the page gave) and
``OUT/truth.jsonl`` (the scorer's format) for one split, by event, so that every copy of a story
is on one side. The first two builders' events go by the parity of the SHA-1 of the event id
(``old-dev``, ``old-held``); the third builder's (session 16) carry their ``part``, set the same
way from ``"s16:" + event`` (``dev2``, ``held2``). The fourth builder's (``s19``, session 19) are
all ``held3``, a fresh held-out part labelled blind. ``dev`` is everything but ``held2`` and
``held3`` (and the fifth builder's): the old held part, measured several times, was moved into it
in session 16. The fifth builder's (``s20``, session 20, labelled blind, ``part`` ``web20``) go
by the parity of the SHA-1 of ``"s20:" + event``: ``dev4`` to develop on, ``held4`` to measure.
The sixth builder's (``s21``, session 21, labelled blind, ``part`` ``web21``) are all ``held5``:
measure only; the seventh's (``s22``, session 22, ``web22``) all ``held6``, measure only. The
eighth builder's (``s22b``, session 22, ``web22b``: independent reports sharing one statement,
beside real copies) go by the parity of the SHA-1 of ``"s22b:" + event``: ``dev6`` to develop
on, ``held7`` to measure. The ninth builder's (``s23b``, session 23, ``web23b``: independent
reports sharing one third-party text, often pasted without quotation marks, beside real copies)
are all ``dev7``, to develop on; the tenth's (``s23``, session 23, ``web23``) all ``held8``,
measure only; the eleventh's (``s24``, session 24, ``web24``) all ``held9``, measure only; the
twelfth's (``s25``, session 25, ``web25``) all ``held10``, measure only.

Copy families: two articles joined by a path of labelled lines (true or neutral) belong to one
copy family, and a link between them is neither a true nor a false link. The truth file gets a
``neutral`` line (role ``same_family``) for each such pair not labelled already, so that the
shared scorer, whose own rule covers only pairs sharing a direct source, scores them so
(``--no-families``: the labels alone).

    python benchmarks/data/reuse-real/assemble.py OUT
        [--split dev|held2|held3|dev2|dev4|held4|held5|held6|dev6|held7|dev7|held8|held9|held10
                 |old-dev|old-held|all]
    python benchmarks/quality.py --corpus OUT/corpus.jsonl --truth OUT/truth.jsonl
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

from unspin.components import components

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]


SPLITS = {"dev": {"old-dev", "old-held", "dev2"}, "held2": {"held2"}, "held3": {"held3"},
          "dev2": {"dev2"}, "old-dev": {"old-dev"}, "old-held": {"old-held"},
          "dev4": {"dev4"}, "held4": {"held4"}, "held5": {"held5"}, "held6": {"held6"},
          "dev6": {"dev6"}, "held7": {"held7"}, "dev7": {"dev7"},
          "held8": {"held8"}, "held9": {"held9"}, "held10": {"held10"},
          "all": {"old-dev", "old-held", "dev2", "held2", "held3", "dev4", "held4", "held5",
                  "held6", "dev6", "held7", "dev7", "held8", "held9", "held10"}}


def split_of(event: str) -> str:
    return ("dev", "held")[int(hashlib.sha1(event.encode()).hexdigest(), 16) % 2]


def part_of(article: dict[str, Any]) -> str:
    """The part an article belongs to: its own ``part`` (the fifth builder's ``web20`` split by
    its event's parity; the sixth builder's ``web21`` all ``held5``, the seventh's ``web22`` all
    ``held6``, the eighth's ``web22b`` by its event's parity, ``dev6`` or ``held7``, the ninth's
    ``web23b`` all ``dev7``, the tenth's ``web23`` all ``held8``, the eleventh's ``web24`` all
    ``held9``, the twelfth's ``web25`` all ``held10``), else ``old-`` and its event's
    parity."""
    if article.get("part") == "web25":
        return "held10"
    if article.get("part") == "web24":
        return "held9"
    if article.get("part") == "web23":
        return "held8"
    if article.get("part") == "web23b":
        return "dev7"
    if article.get("part") == "web22b":
        return {"dev": "dev6", "held": "held7"}[split_of("s22b:" + article["event"])]
    if article.get("part") == "web22":
        return "held6"
    if article.get("part") == "web21":
        return "held5"
    if article.get("part") == "web20":
        return split_of("s20:" + article["event"]) + "4"
    return str(article.get("part") or "old-" + split_of(article["event"]))


def lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def same_family(truth: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A neutral line for each unlabelled pair of articles joined by a path of labelled lines."""
    family = components((row["copy"], row["source"]) for row in truth)
    families: dict[str, list[str]] = {}
    for node in sorted(family):
        families.setdefault(family[node], []).append(node)
    labelled = {frozenset((row["copy"], row["source"])) for row in truth}
    cluster = {row["copy"]: row.get("cluster") for row in truth}
    cluster.update({row["source"]: row.get("cluster") for row in truth})
    return [{"copy": b, "source": a, "kind": "neutral", "role": "same_family",
             "cluster": cluster[a]}
            for members in families.values()
            for i, a in enumerate(members) for b in members[i + 1:]
            if frozenset((a, b)) not in labelled]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--split", choices=sorted(SPLITS), default="dev")
    parser.add_argument("--no-families", action="store_true",
                        help="no neutral lines for the unlabelled pairs of one copy family")
    args = parser.parse_args()
    records: list[dict[str, Any]] = []
    truth: list[dict[str, Any]] = []
    missing = 0
    for path in sorted(HERE.glob("*-articles.jsonl")):
        wanted = {a["id"] for a in lines(path) if part_of(a) in SPLITS[args.split]}
        for article in lines(path):
            if article["id"] not in wanted:
                continue
            source = (ROOT / article["text_ref"]["path"]).resolve()
            if not source.exists():
                missing += 1
                continue
            records.append({"id": article["id"], "text": source.read_text(encoding="utf-8"),
                            **{k: article[k] for k in ("url", "title", "published")
                               if article.get(k)}})
        name = path.name.removesuffix("-articles.jsonl")
        truth += [t for t in lines(HERE / f"{name}-truth.jsonl")
                  if t["copy"] in wanted and t["source"] in wanted]
    added = [] if args.no_families else same_family(truth)
    truth += added
    if not records:
        sys.exit("no article of the real reuse set has its text on this machine (../realweb)")
    args.out.mkdir(parents=True, exist_ok=True)
    with (args.out / "corpus.jsonl").open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    with (args.out / "truth.jsonl").open("w", encoding="utf-8") as out:
        for row in truth:
            out.write(json.dumps(row) + "\n")
    print(f"{len(records)} articles, {len(truth)} truth lines ({args.split}; "
          f"{len(added)} of them within-family pairs); "
          f"{missing} without their text here")


if __name__ == "__main__":
    main()
