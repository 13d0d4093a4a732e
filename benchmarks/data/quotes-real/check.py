"""Validate the real quotation set, count it, and (with ``--split``) write ``split.json``.

Reads every ``<name>-articles.jsonl``, ``<name>-quotes.jsonl`` and ``<name>-negatives.jsonl`` here,
the texts through each article's ``text_ref`` (relative to the repository root; they live in
``../shared/data`` and are never copied here), and checks that every span is the text at its
offsets, trimmed of spaces and marks, that no two spans of an article overlap, that clusters stay
inside their story group with one original article and one speaker, and that tags and variants
are of the documented vocabulary (``tests/data/quotes/README.md``).

The split is by story group, so that every rendering of a statement is on one side: the parity
of the SHA-1 of the group's id sends it to ``dev`` or ``held``. It was written before any rule
was measured on the set. The web part (groups ``w-``) is split the same way into ``dev2`` (SHA-1
divisible by three) and ``held2`` (the rest), written before unspin was run on it. The third web
part (groups ``w3-``, labelled blind in session 18) is all ``held3``: measure only. The fourth web
part (groups ``w4-``, labelled blind in session 19 by ``GUIDE.md``) is all ``held4``: measure only.
The sixth (groups ``w6-``, labelled blind in session 21) is all ``held6``: measure only.
The seventh (groups ``w7-``, labelled blind in session 22) is all ``held7``: measure only.
The eighth (groups ``w8-``, labelled blind in session 23) is all ``held8``: measure only.
The ninth (groups ``w9-``, labelled blind in session 24) is all ``held9``: measure only.
The tenth (groups ``w10-``, labelled blind in session 25) is all ``held10``: measure only.

    python benchmarks/data/quotes-real/check.py [--split]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter, defaultdict
from itertools import pairwise
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
MARKS = "\"“”‘’'«»„`"
TAGS = ["straight", "curly", "single-marks", "split", "multi-paragraph", "nested", "unbalanced",
        "headline", "partial", "speaker-before", "speaker-after", "pronoun", "role", "title",
        "according-to", "name-variant", "transliteration", "anonymous", "no-speaker"]
VARIANTS = {"original", "exact", "truncated", "extended", "spun", "rendering"}


def lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def text_of(article: dict[str, Any], shared: dict[Path, dict[str, str]]) -> str | None:
    ref = article["text_ref"]
    path = (ROOT / ref["path"]).resolve()
    if not path.exists():
        return None
    if "id" not in ref:
        return path.read_text(encoding="utf-8")
    if path not in shared:
        shared[path] = {r["id"]: r["text"] for r in lines(path)}
    return shared[path][ref["id"]]


def check() -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[str]]:
    """The articles and quotations, and every problem found."""
    problems: list[str] = []
    articles: list[dict[str, Any]] = []
    quotes: list[dict[str, Any]] = []
    shared: dict[Path, dict[str, str]] = {}
    for path in sorted(HERE.glob("*-articles.jsonl")):
        name = path.name.removesuffix("-articles.jsonl")
        mine = lines(path)
        texts = {a["id"]: text_of(a, shared) for a in mine}
        group = {a["id"]: a["group"] for a in mine}
        spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
        labelled = lines(HERE / f"{name}-quotes.jsonl")
        negatives = lines(HERE / f"{name}-negatives.jsonl")
        for row in labelled + negatives:
            text = texts.get(row["article"])
            if row["article"] not in texts:
                problems.append(f"{name}: {row['article']} is not among the articles")
                continue
            if text is None:
                continue  # the text is not on this machine
            if text[row["start"]:row["end"]] != row["text"]:
                problems.append(f"{name}: {row['article']} {row['start']}: text differs")
            if row["text"] != row["text"].strip() or row["text"][:1] in MARKS \
                    or row["text"][-1:] in MARKS:
                problems.append(f"{name}: {row['article']} {row['start']}: untrimmed span")
            spans[row["article"]].append((row["start"], row["end"]))
        for article, found in spans.items():
            found.sort()
            problems += [f"{name}: {article}: spans {a} and {b} overlap"
                         for a, b in pairwise(found) if a[1] > b[0]]
        clusters: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for row in labelled:
            clusters[row["cluster"]].append(row)
            if not row["cluster"].startswith(group.get(row["article"], "?") + "-q"):
                problems.append(f"{name}: {row['cluster']} outside its group")
            if row["variant"] not in VARIANTS or any(t not in TAGS for t in row["case"]):
                problems.append(f"{name}: {row['article']} {row['start']}: unknown label")
        for cluster, rows in clusters.items():
            if len({r["article"] for r in rows if r["variant"] == "original"}) != 1:
                problems.append(f"{name}: {cluster} has no single original article")
            if len({r["speaker"] for r in rows}) != 1:
                problems.append(f"{name}: {cluster} has several speakers")
        articles += mine
        quotes += labelled
    return articles, quotes, problems


def split(articles: list[dict[str, Any]]) -> dict[str, str]:
    """Each story group's split, from its id alone (so groups added later leave the others
    where they were). The web part's groups (``w-``, labelled in session 16) make a second pair
    of parts: a third of them (the SHA-1 divisible by three) ``dev2``, the rest ``held2``. The
    third web part's groups (``w3-``, labelled blind in session 18) make a third pair: the
    even SHA-1 ``dev3``, the odd ``held3``. The fourth web part's groups (``w4-``, labelled blind
    in session 19) are all ``held4``. The fifth web parts' groups (``w5a-``, ``w5b-``, labelled
    blind in session 20) make a fifth pair: the even SHA-1 ``dev5``, the odd ``held5``. The sixth
    web part's groups (``w6-``, labelled blind in session 21) are all ``held6``: measure only. The
    seventh web part's groups (``w7-``, labelled blind in session 22) are all ``held7``: measure
    only. The eighth web part's groups (``w8-``, labelled blind in session 23) are all ``held8``:
    measure only. The ninth web part's groups (``w9-``, labelled blind in session 24) are all
    ``held9``: measure only. The tenth web part's groups (``w10-``, labelled blind in session 25)
    are all ``held10``: measure only."""
    def part(group: str) -> str:
        digest = int(hashlib.sha1(group.encode()).hexdigest(), 16)
        if group.startswith("w-"):
            return "dev2" if digest % 3 == 0 else "held2"
        if group.startswith("w3-"):
            return ("dev3", "held3")[digest % 2]
        if group.startswith("w4-"):
            return "held4"
        if group.startswith("w6-"):
            return "held6"
        if group.startswith("w7-"):
            return "held7"
        if group.startswith("w8-"):
            return "held8"
        if group.startswith("w9-"):
            return "held9"
        if group.startswith("w10-"):
            return "held10"
        if group.startswith(("w5a-", "w5b-")):
            return ("dev5", "held5")[digest % 2]
        return ("dev", "held")[digest % 2]
    return {group: part(group) for group in sorted({a["group"] for a in articles})}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", action="store_true", help="write split.json")
    args = parser.parse_args()
    articles, quotes, problems = check()
    for problem in problems:
        print(problem, file=sys.stderr)
    if args.split:
        (HERE / "split.json").write_text(json.dumps(split(articles), indent=2, sort_keys=True)
                                         + "\n", encoding="utf-8")
    groups = json.loads((HERE / "split.json").read_text(encoding="utf-8")) \
        if (HERE / "split.json").exists() else {}
    group_of = {a["id"]: a["group"] for a in articles}
    for part in sorted(set(groups.values())) or ["all"]:
        mine = [q for q in quotes if groups.get(group_of[q["article"]], "all") == part]
        clusters = defaultdict(set)
        for q in mine:
            clusters[q["cluster"]].add(q["article"])
        print(json.dumps({
            "split": part,
            "articles": sum(groups.get(a["group"], "all") == part for a in articles),
            "groups": sum(1 for g in {a["group"] for a in articles}
                          if groups.get(g, "all") == part),
            "quotations": len(mine), "clusters": len(clusters),
            "clusters_in_several_articles": sum(len(a) > 1 for a in clusters.values()),
            "speakers": len({q["speaker"] for q in mine if q["speaker"]}),
            "no_speaker": sum(q["speaker"] is None for q in mine),
            "partial": sum("partial" in q["case"] for q in mine),
            "variants": dict(Counter(q["variant"] for q in mine)),
        }))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
