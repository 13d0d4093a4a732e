"""Stories: articles grouped by the news event they report.

Whole copies always share their original's story (the families given; a partial copy may take
background paragraphs from another event's report, so the caller leaves it out of them).
Independent reports of one event share its facts: the names, numbers and rare words any report of
it must carry (``paraphrase.facts``). Two articles are linked when the facts they share, weighted
by how rare each fact is among the articles, make up ``min_share`` of the smaller article's
weighted facts (its own facts, which no other article carries, count at the rarest weight: in a
collection of two unrelated articles every shared word would otherwise be all they have), and,
when both are dated, they were published at most ``max_days`` apart. Stories
are built by average linkage over those links: two groups merge while the mean share over all
their cross pairs (a missing link counts as nothing) reaches ``min_share``, so that a chain of
weak links between the reports of successive events does not glue them into one story.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class StoryConfig:
    min_share: float = 0.4
    max_days: int = 2
    max_df: float = 0.05  # a fact in more than this share of the articles says nothing

    def summary(self) -> str:
        return f"stories(share={self.min_share},days={self.max_days},df={self.max_df})"


@dataclass(frozen=True, slots=True)
class StoryArticle:
    id: str
    facts: frozenset[str]
    published: str | None = None


def links(articles: Sequence[StoryArticle], config: StoryConfig,
          units: Sequence[int] | None = None) -> dict[tuple[int, int], float]:
    """Pairs of articles (indices, lower first) sharing enough weighted facts, with the share;
    found through an inverted index of the facts, never by comparing every pair. ``units``:
    each article's copy family (by index), so that a fact counts once per family: a story
    copied twenty times does not make its own names common."""
    units = list(units) if units is not None else list(range(len(articles)))
    carried = {(unit, fact) for unit, article in zip(units, articles, strict=True)
               for fact in article.facts}
    df = Counter(fact for _unit, fact in carried)
    count = len(set(units))
    limit = max(2, int(config.max_df * count))
    weight = {f: math.log(1 + count / n) for f, n in df.items() if n <= limit}
    totals = [sum(weight.get(f, 0.0) for f in a.facts) for a in articles]
    holders: dict[str, list[int]] = {}
    for k, article in enumerate(articles):
        for fact in article.facts:
            if fact in weight:
                holders.setdefault(fact, []).append(k)
    shared: dict[tuple[int, int], float] = {}
    for fact, members in holders.items():
        for i, first in enumerate(members):
            for second in members[i + 1:]:
                shared[(first, second)] = shared.get((first, second), 0.0) + weight[fact]
    out = {}
    for (a, b), value in shared.items():
        smaller = min(totals[a], totals[b])
        share = value / smaller if smaller else 0.0
        if share >= config.min_share and _close(articles[a], articles[b], config.max_days):
            out[(a, b)] = share
    return out


def _close(first: StoryArticle, second: StoryArticle, max_days: int) -> bool:
    one, other = _day(first.published), _day(second.published)
    return one is None or other is None or abs((one - other).days) <= max_days


def _day(published: str | None) -> date | None:
    try:
        return date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


def stories(articles: Sequence[StoryArticle], families: Iterable[Iterable[str]],
            config: StoryConfig) -> list[list[str]]:
    """The articles' ids grouped into stories (each sorted; stories ordered by first id)."""
    index = {a.id: k for k, a in enumerate(articles)}
    group = list(range(len(articles)))  # article -> its group's representative
    members: dict[int, list[int]] = {k: [k] for k in range(len(articles))}

    def merge(a: int, b: int) -> int:
        a, b = group[a], group[b]
        if a == b:
            return a
        keep, gone = min(a, b), max(a, b)
        for k in members[gone]:
            group[k] = keep
        members[keep] += members.pop(gone)
        return keep

    for family in families:
        ids = [index[a] for a in family if a in index]
        for other in ids[1:]:
            merge(ids[0], other)
    found = links(articles, config, units=[group[k] for k in range(len(articles))])
    # Average linkage over the links: the sum of cross-link shares between two groups, over the
    # number of their cross pairs, must reach min_share.
    sums: dict[tuple[int, int], float] = {}
    for (a, b), share in found.items():
        ga, gb = group[a], group[b]
        if ga != gb:
            key = (min(ga, gb), max(ga, gb))
            sums[key] = sums.get(key, 0.0) + share
    heap = [(-value / (len(members[a]) * len(members[b])), a, b) for (a, b), value in sums.items()]
    heapq.heapify(heap)
    while heap:
        negative, a, b = heapq.heappop(heap)
        if a not in members or b not in members:
            continue
        current = sums.get((a, b), 0.0) / (len(members[a]) * len(members[b]))
        if abs(current + negative) > 1e-12:
            continue  # stale entry; the fresh one is in the heap
        if current < config.min_share:
            break
        kept = merge(a, b)
        gone = b if kept == a else a
        # the merged group's sums with every other group
        for key in [k for k in sums if gone in k or kept in k]:
            value = sums.pop(key)
            other = key[0] if key[1] in (a, b) else key[1]
            if other in (a, b):
                continue
            new = (min(kept, other), max(kept, other))
            sums[new] = sums.get(new, 0.0) + value
        for key, value in sums.items():
            if kept in key:
                other = key[0] if key[1] == kept else key[1]
                heapq.heappush(heap, (-value / (len(members[kept]) * len(members[other])),
                                      key[0], key[1]))
    grouped = [sorted(articles[k].id for k in ks) for ks in members.values()]
    return sorted(grouped, key=lambda g: g[0])
