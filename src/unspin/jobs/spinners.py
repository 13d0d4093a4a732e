"""The spinners job: each content farm's spinner dictionary, from an index's spun copies.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from unspin.components import components
from unspin.config import Config
from unspin.results import SpinnerTable
from unspin.store.sqlite import (
    open_store,
)


def spinners(db: Path | str, config: Config | None = None, min_count: int = 1
             ) -> list[SpinnerTable]:
    """Substitution tables of every spun relation in an index, merged per site of the copy, or
    per copy family (the original all the copies descend from) when the site is unknown."""
    config = config or Config()
    with open_store(Path(db), config.index_summary(), create=False, snapshot=True) as store:
        stored = list(store.relations())
        sites = store.sites()
    # A spun text reprinted word for word is one spinning: the reprint's link to the original
    # repeats the spun copy's swaps, so only one of the twins counts them.
    twin = components((r.copy, r.source) for r in stored if r.kind == "verbatim")
    records = []
    counted: set[tuple[str, str]] = set()
    for r in sorted((r for r in stored if r.kind == "spun"), key=lambda r: (r.copy, r.source)):
        spinning = (twin.get(r.copy, r.copy), twin.get(r.source, r.source))
        if spinning not in counted:
            counted.add(spinning)
            records.append(r)
    parent = {r.copy: r.source for r in records}

    def root(article: str) -> str:
        seen = {article}
        while article in parent and parent[article] not in seen:
            article = parent[article]
            seen.add(article)
        return article

    groups: dict[str, tuple[set[str], Counter[tuple[str, str]]]] = {}
    for record in records:
        copy = record.copy
        site = sites.get(copy)
        key = f"site {site}" if site else f"copies of {root(copy)}"
        members, counts = groups.setdefault(key, (set(), Counter()))
        members.add(copy)
        for source, copied in record.substitutions:
            pair = (source.lower(), copied.lower())
            if pair[0] != pair[1]:
                counts[pair] += 1
    tables = [
        SpinnerTable(key, sorted(members),
                     [(a, b, n) for (a, b), n in sorted(counts.items(),
                                                        key=lambda item: (-item[1], item[0]))
                      if n >= min_count])
        for key, (members, counts) in groups.items()
    ]
    tables.sort(key=lambda t: (-len(t.swaps), t.group))
    return tables
