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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np

from unspin.stories.facts import fact_keys


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
    facts: np.ndarray  # sorted unique fact keys (``stories.facts``)
    published: str | None = None

    @classmethod
    def of(cls, article_id: str, facts: Iterable[str], published: str | None = None
           ) -> StoryArticle:
        """An article given its facts as words."""
        return cls(article_id, fact_keys(facts), published)


_BATCH = 2_000_000  # join rows made at once (each row a few int64s)


def links(articles: Sequence[StoryArticle], config: StoryConfig,
          units: Sequence[int] | None = None) -> dict[tuple[int, int], float]:
    """Pairs of articles (indices, lower first) sharing enough weighted facts, with the share.
    ``units``: each article's copy family (by index), so that a fact counts once per family: a
    story copied twenty times does not make its own names common.

    Never compares every pair: a pair can reach ``min_share`` of the smaller article's weight
    only if it shares one of that article's *prefix* facts, its rarest ones until what is left
    weighs less than ``min_share`` (prefix filtering, as in Bayardo et al.'s All-Pairs). The
    pairs sharing a prefix fact are the candidates; each is then measured exactly."""
    n = len(articles)
    if n < 2:
        return {}
    units_array = np.asarray(units if units is not None else range(n), dtype=np.int64)
    lengths = np.fromiter((len(a.facts) for a in articles), dtype=np.int64, count=n)
    owner = np.repeat(np.arange(n, dtype=np.int64), lengths)
    fact = (np.concatenate([np.asarray(a.facts, dtype=np.int64) for a in articles])
            if lengths.sum() else np.zeros(0, dtype=np.int64))
    # Document frequency over copy families, and each fact's weight.
    carried = np.unique((units_array[owner] << 32) | fact)
    values, df = np.unique(carried & 0xFFFFFFFF, return_counts=True)
    count = len(np.unique(units_array))
    limit = max(2, int(config.max_df * count))
    weights = np.where(df <= limit, np.log1p(count / df), 0.0)
    weight = weights[np.searchsorted(values, fact)]
    keep = weight > 0
    owner, fact, weight = owner[keep], fact[keep], weight[keep]
    totals = np.bincount(owner, weight, minlength=n)
    # Each article's entries, rarest first; the prefix is every entry from which the rest of the
    # article's weight still reaches min_share of its total.
    order = np.lexsort((fact, -weight, owner))
    owner, fact, weight = owner[order], fact[order], weight[order]
    before = np.cumsum(weight) - weight
    starts = np.searchsorted(owner, np.arange(n))
    remaining = totals[owner] - (before - before[starts[owner]])
    prefix = remaining >= config.min_share * totals[owner] - 1e-9
    # The candidates: an article's prefix fact held by an article at least as heavy.
    by_fact = np.argsort(fact, kind="stable")
    sorted_facts, sorted_owner = fact[by_fact], owner[by_fact]
    days = np.array([_ordinal(a.published) for a in articles], dtype=np.int64)
    pairs = []
    first_x, first_fact = owner[prefix], fact[prefix]
    low = np.searchsorted(sorted_facts, first_fact, side="left")
    high = np.searchsorted(sorted_facts, first_fact, side="right")
    spans = high - low
    bounds = np.concatenate(([0], np.cumsum(spans)))
    start = 0
    while start < len(spans):
        end = int(np.searchsorted(bounds, bounds[start] + _BATCH, side="right")) - 1
        end = max(end, start + 1)
        size = spans[start:end]
        x = np.repeat(first_x[start:end], size)
        base = np.repeat(low[start:end] - bounds[start:end] + bounds[start], size)
        y = sorted_owner[base + np.arange(bounds[start], bounds[end]) - bounds[start]]
        smaller = (totals[x] < totals[y]) | ((totals[x] == totals[y]) & (x < y))
        apart = (days[x] >= 0) & (days[y] >= 0) & (np.abs(days[x] - days[y]) > config.max_days)
        chosen = smaller & ~apart
        pairs.append(np.unique(x[chosen] * n + y[chosen]))
        start = end
    candidates = np.unique(np.concatenate(pairs)) if pairs else np.zeros(0, dtype=np.int64)
    # Exact shared weight of each candidate: x's facts looked up among y's.
    entry_key = (owner << 32) | fact
    by_key = np.argsort(entry_key, kind="stable")
    sorted_keys = entry_key[by_key]
    counts = np.bincount(owner, minlength=n)
    out: dict[tuple[int, int], float] = {}
    step = max(1, _BATCH // max(1, int(counts.max(initial=1))))
    for begin in range(0, len(candidates), step):
        chunk = candidates[begin:begin + step]
        x, y = chunk // n, chunk % n
        size = counts[x]
        rows = np.repeat(np.arange(len(chunk)), size)
        offset = np.arange(int(size.sum())) - np.repeat(np.cumsum(size) - size, size)
        entries = starts[x][rows] + offset
        wanted = (y[rows] << 32) | fact[entries]
        at = np.minimum(np.searchsorted(sorted_keys, wanted), len(sorted_keys) - 1)
        found = sorted_keys[at] == wanted
        shared = np.bincount(rows, np.where(found, weight[entries], 0.0), minlength=len(chunk))
        share = np.divide(shared, totals[x], out=np.zeros(len(chunk)), where=totals[x] > 0)
        for a, b, value in zip(x.tolist(), y.tolist(), share.tolist(), strict=True):
            if value >= config.min_share:
                out[(min(a, b), max(a, b))] = value
    return out


def _ordinal(published: str | None) -> int:
    day = _day(published)
    return day.toordinal() if day else -1


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
