"""Stories: articles grouped by the news event they report.

Whole copies always share their original's story (the families given; a partial copy may take
background paragraphs from another event's report, so the caller leaves it out of them). Independent
reports of one event share its facts: the names, numbers and rare words any report of it must carry
(``paraphrase.facts``). Two articles are linked when the facts they share, weighted by how rare each
fact is among the articles (as if there were ``idf_size`` families at least), make up ``min_share``
of the smaller article's weighted facts (its own facts, which no other article carries, count at the
rarest weight: in a collection of two unrelated articles every shared word would otherwise be all
they have), in ``min_shared`` facts at least, and, when both are dated, they were published at most
``max_days`` apart. A fact that more than ``key_df`` copy families carry counts for nothing (a
topic's, not an event's), which also keeps the pairs to measure few; nor does one carried by more
than ``max_df`` of them, unless at most ``min_df`` carry it (in a small collection a share of it is
a handful of pages, fewer than one event's reports). Stories are built by average linkage over those
links: two groups merge while the mean share over all their cross pairs (a missing link counts as
nothing) reaches ``min_share``, so that a chain of weak links between the reports of successive
events does not glue them into one story. Two linked articles whose ledes name days of the week,
none in common, report two days' events (``facts.lede_days``): no story holds both. A pair's share
is moved by what the two ledes say (``facts.lede_terms``): by ``lede_weight`` times how far the
share of their content words in common (over the smaller set) is from ``lede_par``; when both
ledes state numbers and none in common (another day's move, another quarter's revenue) only
downwards (``lede_adjusted``). When both are dated, it is moved by the days between them
(``dated_adjusted``): up for the same day and the next (one event's reports and its follow-ups),
down for two days apart (more often the storyline's next step). Two articles dated more than
``max_days`` apart that share enough facts to be linked are two steps of one storyline: in the
average linkage such a pair counts against a merge, at minus its share, where a pair not linked
counts as nothing.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np

from unspin.stories.facts import LEDE_MARKS, MARK, NUMBER_MARK, WEEKDAYS, fact_keys


@dataclass(frozen=True, slots=True)
class StoryConfig:
    min_share: float = 0.2
    max_days: int = 2
    # A fact carried by more than this share of the copy families, or by more than key_df of
    # them, says nothing of an event: a topic's names recur in thousands of articles, an
    # event's own names and numbers in its reports.
    max_df: float = 0.05
    key_df: int = 64
    # ... but a fact carried by up to min_df families always counts (up to key_df): an event's
    # reports number in the dozens whatever the collection's size, and in a collection of a
    # few dozen pages about a handful of events, 5% of it is two or three pages: every name of
    # a story reported ten times counted for nothing (on the dev split's own parts scanned
    # alone, the 34 new web pages grouped at pairwise F1 0.09 and the reuse set's 178 at 0.64).
    min_df: int = 32
    # A fact's weight is log1p(N / df) with N the number of copy families, but never less than
    # this: rarity measured against a collection of at least this size. Measured against the
    # collection itself, the weights drift with its size: in 65 pages a fact of ten reports
    # weighs half an article's own facts (log1p(6.5) against log1p(65)), in 600 pages two
    # thirds, so one share threshold read on a large collection asked more of a small one's
    # reports (one market day's independent reports shared 0.10-0.20 of their facts there).
    idf_size: int = 1000
    # One or two shared names are a coincidence; an event's reports share its people, places
    # and figures.
    min_shared: int = 3
    # In the average linkage a pair sharing min_shared facts counts at its share down to this
    # (a missing pair counts as nothing): one event's reports that pick different details
    # share less than min_share pairwise and much with the story as a whole. Not a pair
    # naming days of the week and none in common, which is weak evidence of two days' events.
    link_floor: float = 0.1
    # What the two ledes say moves a pair's share (``lede_adjusted``): by lede_weight times
    # (the share of lede words in common - lede_par). One market day's reports share few rare
    # facts (each rounds the day's figures its own way) and lead with the same happening; the
    # next day's report of a storyline repeats its names and figures and leads with another.
    lede_weight: float = 0.5
    lede_par: float = 0.2
    # When both are dated, a pair's share moves by the days between them (``dated_adjusted``):
    # by day_steps[0] published the same day, [1] a day apart, [2] two days apart. A story is
    # one event with its same-day and next-day follow-ups: over the development parts' linked
    # pairs dated on both sides, 96% of same-day pairs are one story, 63% of next-day pairs,
    # 16% of pairs two days apart.
    day_steps: tuple[float, ...] = (0.1, 0.05, -0.2)

    def summary(self) -> str:
        return (f"stories(share={self.min_share},days={self.max_days},df={self.max_df},"
                f"key={self.key_df},min_df={self.min_df},shared={self.min_shared},"
                f"floor={self.link_floor},idf={self.idf_size},lede={self.lede_weight}"
                f"@{self.lede_par},dated={','.join(map(str, self.day_steps))})")


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


_BATCH = 250_000  # pair rows made at once (each a few int64s): a few MB, in cache


def links(articles: Sequence[StoryArticle], config: StoryConfig,
          units: Sequence[int] | None = None, floor: float | None = None,
          against: dict[tuple[int, int], float] | None = None
          ) -> dict[tuple[int, int], float]:
    """Pairs of articles (indices, lower first) in different copy families sharing enough
    weighted facts, with the share. ``units``: each article's copy family (by index), so that
    a fact counts once per family: a story copied twenty times does not make its own names
    common. ``floor``: the least share kept (``config.min_share`` unless given). ``against``:
    filled with the pairs that would be links but for being dated more than ``max_days`` apart,
    with their share (two steps of a storyline).

    Never compares every pair: the pairs measured are those sharing a fact, and a fact counts
    only while at most ``key_df`` families carry it, so the work grows with the articles, not
    with their square."""
    n = len(articles)
    if n < 2:
        return {}
    unit = np.asarray(units if units is not None else range(n), dtype=np.int64)
    lengths = np.fromiter((len(a.facts) for a in articles), dtype=np.int64, count=n)
    owner = np.repeat(np.arange(n, dtype=np.int64), lengths)
    fact = (np.concatenate([np.asarray(a.facts, dtype=np.int64) for a in articles])
            if lengths.sum() else np.zeros(0, dtype=np.int64))
    # Document frequency over copy families, and each fact's weight.
    values, df = _counts(_counts((unit[owner] << 32) | fact)[0] & 0xFFFFFFFF)
    count = len(_counts(unit)[0])
    limit = min(config.key_df, max(config.min_df, int(config.max_df * count)))
    at = np.searchsorted(values, fact)
    # each fact occurrence's document frequency: its weight is log1p(reference / df)
    level = df[at]
    reference = max(count, config.idf_size)
    # a lede's mark (``facts.MARK``: a day it names, a word it says) is no fact: it weighs nothing
    weight = np.where((level <= limit) & (fact < MARK), np.log1p(reference / level), 0.0)
    totals = np.bincount(owner, weight, minlength=n)
    days = np.array([_ordinal(a.published) for a in articles], dtype=np.int64)
    # Every pair of holders of a weighted fact, in different families and days apart by at most
    # max_days where both are dated; the weight of their shared facts summed per pair. The rows
    # (one per pair and shared fact) are made for a few lower articles at a time, so that each
    # pair's rows all fall in one batch and are summed, filtered and dropped there: no
    # batch keeps more than its links.
    weighted = weight > 0
    order = np.lexsort((owner[weighted], fact[weighted]))
    holder = owner[weighted][order]
    held = fact[weighted][order]
    # A row's key carries its fact's frequency in its low bits (the weight is a function of it),
    # so that one plain sort groups the rows by pair and the weights come from a table.
    bits = max(1, int(limit).bit_length())
    frequency = level[weighted][order]
    table = np.zeros(1 << bits)
    table[1:limit + 1] = np.log1p(reference / np.arange(1, limit + 1))
    after = np.searchsorted(held, held, side="right") - np.arange(len(held)) - 1
    by_lower = np.argsort(holder, kind="stable")  # positions, by the pair's lower article
    bounds = np.concatenate(([0], np.cumsum(after[by_lower])))
    # A batch ends where a lower article's positions end (so a pair's rows are never split).
    ends = np.flatnonzero(np.diff(holder[by_lower])) + 1
    ends = np.append(ends, len(by_lower))
    end_rows = bounds[ends]
    least = config.min_share if floor is None else floor
    found: dict[tuple[int, int], float] = {}
    start = 0
    while start < len(by_lower):
        at_end = int(np.searchsorted(end_rows, bounds[start] + _BATCH, "right")) - 1
        end = int(ends[max(at_end, int(np.searchsorted(ends, start, "right")))])
        positions = by_lower[start:end]
        size = after[positions]
        rows = np.repeat(positions, size)
        offset = np.arange(bounds[start], bounds[end]) - np.repeat(bounds[start:end], size)
        x, y = holder[rows], holder[rows + 1 + offset]
        chosen = unit[x] != unit[y]
        if against is None:  # pairs dated too far apart are no links, and not asked for
            chosen &= ~_apart(days, x, y, config.max_days)
        keys = np.sort(((x[chosen] * n + y[chosen]) << bits) | frequency[rows][chosen])
        start = end
        if not len(keys):
            continue
        pair = keys >> bits
        first_row = np.flatnonzero(np.concatenate(([True], pair[1:] != pair[:-1])))
        shared = np.add.reduceat(table[keys & ((1 << bits) - 1)], first_row)
        facts_shared = np.diff(np.append(first_row, len(keys)))
        first, second = pair[first_row] // n, pair[first_row] % n
        smaller = np.minimum(totals[first], totals[second])
        share = np.divide(shared, smaller, out=np.zeros(len(shared)), where=smaller > 0)
        kept = (share >= least) & (facts_shared >= config.min_shared)
        if against is not None:
            far = _apart(days, first, second, config.max_days)
            against.update(_pairs(first, second, share, kept & far))
            kept &= ~far
        found.update(_pairs(first, second, share, kept))
    return found


def _apart(days: np.ndarray, x: np.ndarray, y: np.ndarray, most: int) -> np.ndarray:
    """Which pairs ``(x, y)`` are both dated (a day number, -1 when undated) more than
    ``most`` days apart."""
    apart: np.ndarray = (days[x] >= 0) & (days[y] >= 0) & (np.abs(days[x] - days[y]) > most)
    return apart


def _pairs(first: np.ndarray, second: np.ndarray, share: np.ndarray, which: np.ndarray
           ) -> Iterator[tuple[tuple[int, int], float]]:
    """The chosen pairs with their share, as ``links`` returns them."""
    return (((int(a), int(b)), float(v)) for a, b, v in
            zip(first[which], second[which], share[which], strict=True))


def _counts(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct values, sorted, and how many times each occurs (by sorting: numpy's hashing
    unique is slower here)."""
    ordered = np.sort(values)
    starts = np.flatnonzero(np.concatenate(([True], ordered[1:] != ordered[:-1]))) \
        if len(ordered) else np.zeros(0, dtype=np.int64)
    return ordered[starts], np.diff(np.append(starts, len(ordered)))


def _ordinal(published: str | None) -> int:
    """The day number of an ISO date (its first ten characters), or -1 when there is none."""
    try:
        return date.fromisoformat(published[:10]).toordinal() if published else -1
    except ValueError:
        return -1


# The days of the week as an article's facts carry them ("Tuesday", "Tuesday's"; a plural,
# "on Mondays", names a habit, not a day), and as its lede names them (``facts.lede_days``).
_WEEKDAY_NAMES = [[day, day + "'s"] for day in WEEKDAYS]
_WEEKDAY_KEYS, _WEEKDAY_BITS = (np.array(column, dtype=np.int64) for column in zip(*sorted(
    (int(key), 1 << k) for k, names in enumerate(_WEEKDAY_NAMES) for key in fact_keys(names)),
    strict=True))
_LEDE_KEYS, _LEDE_BITS = (np.array(column, dtype=np.int64) for column in zip(*sorted(
    (int(fact_keys([mark])[0]), 1 << k) for k, mark in enumerate(LEDE_MARKS)), strict=True))


def _day_bits(articles: Sequence[StoryArticle], keys: np.ndarray, bits_of: np.ndarray
              ) -> np.ndarray:
    """For each article, the bits (``bits_of``) of the ``keys`` among its facts, in one pass."""
    lengths = np.fromiter((len(a.facts) for a in articles), dtype=np.int64, count=len(articles))
    bits = np.zeros(len(articles), dtype=np.int64)
    if not lengths.sum():
        return bits
    owner = np.repeat(np.arange(len(articles), dtype=np.int64), lengths)
    fact = np.concatenate([np.asarray(a.facts, dtype=np.int64) for a in articles])
    named = np.isin(fact, keys)
    np.bitwise_or.at(bits, owner[named], bits_of[np.searchsorted(keys, fact[named])])
    return bits


def weekdays(articles: Sequence[StoryArticle]) -> np.ndarray:
    """The days of the week each article names, as bits (Monday 1, Tuesday 2, ... Sunday 64)."""
    return _day_bits(articles, _WEEKDAY_KEYS, _WEEKDAY_BITS)


def lede_weekdays(articles: Sequence[StoryArticle]) -> np.ndarray:
    """The days of the week each article's lede names (``facts.lede_days``), as bits."""
    return _day_bits(articles, _LEDE_KEYS, _LEDE_BITS)


def other_days(days: np.ndarray, first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """Which pairs (``first[i]``, ``second[i]``, indices into ``days``, the bits of
    ``weekdays``) both name days of the week and no day in common: likely reports of two
    days' events (a follow-up names the event's day beside its own)."""
    x, y = days[first], days[second]
    disjoint: np.ndarray = (x > 0) & (y > 0) & ((x & y) == 0)
    return disjoint


def lede_marks(article: StoryArticle) -> tuple[frozenset[int], frozenset[int]]:
    """The marks of the words and of the numbers the article's lede says (``facts.lede_terms``;
    the days of the week it names are read apart, ``lede_weekdays``)."""
    keys = np.asarray(article.facts, dtype=np.int64)
    marks = keys[np.searchsorted(keys, MARK):]
    numbers = marks >= MARK | NUMBER_MARK
    words = marks[~numbers]
    return (frozenset(words[~np.isin(words, _LEDE_KEYS)].tolist()),
            frozenset(marks[numbers].tolist()))


def lede_adjusted(articles: Sequence[StoryArticle], found: dict[tuple[int, int], float],
                  config: StoryConfig) -> dict[tuple[int, int], float]:
    """The links ``found`` with each share moved by what the two ledes say: ``lede_weight``
    times (the words in common over the smaller lede's words - ``lede_par``). Two reports of one
    happening lead with it in the same words ("Dow surges as Trump pauses tariffs"), two steps
    of a storyline with different ones. When both ledes state numbers and none in common (the
    day's index move, a quarter's revenue: the event's own figures) the ledes report different
    events or disagree, and the lede only takes away."""
    marks = {k: lede_marks(articles[k]) for k in {k for pair in found for k in pair}}
    moved = {}
    for (a, b), share in found.items():
        (words_a, numbers_a), (words_b, numbers_b) = marks[a], marks[b]
        fewer = min(len(words_a), len(words_b))
        if not fewer:  # a lede that says nothing (or an index of facts alone) moves nothing
            moved[(a, b)] = share
            continue
        step = config.lede_weight * (len(words_a & words_b) / fewer - config.lede_par)
        if numbers_a and numbers_b and not numbers_a & numbers_b:
            step = min(step, 0.0)
        moved[(a, b)] = share + step
    return moved


def dated_adjusted(articles: Sequence[StoryArticle], found: dict[tuple[int, int], float],
                   config: StoryConfig) -> dict[tuple[int, int], float]:
    """The links ``found`` with the share of each pair dated on both sides moved by
    ``config.day_steps[d]``, d the days between them (an undated side, or days past the
    steps, moves nothing). One event's reports come out the same day and its follow-ups the
    next; a page two days later more often reports the storyline's next step."""
    if not found or not any(config.day_steps):
        return found
    pairs = np.array(list(found), dtype=np.int64)
    days = np.array([_ordinal(a.published) for a in articles], dtype=np.int64)
    first, second = days[pairs[:, 0]], days[pairs[:, 1]]
    apart = np.abs(first - second)
    steps = np.asarray(config.day_steps, dtype=np.float64)
    dated = (first >= 0) & (second >= 0) & (apart < len(steps))
    moved = np.fromiter(found.values(), dtype=np.float64, count=len(found))
    moved[dated] += steps[apart[dated]]
    return dict(zip(found, moved.tolist(), strict=True))


def stories(articles: Sequence[StoryArticle], families: Iterable[Iterable[str]],
            config: StoryConfig, apart: Iterable[tuple[str, str]] = (),
            related: Iterable[tuple[str, str]] = ()) -> list[list[str]]:
    """The articles' ids grouped into stories (each sorted; stories ordered by first id).
    ``apart``: pairs of articles known to report different events (two days' reports cast in
    one template): no story holds both, whatever facts they share (the families given are
    joined first, whatever ``apart`` says). ``related``: pairs of articles one of which copies
    the other, whose ledes' days do not keep them apart (an edition for another time zone
    moves "on Thursday" to "on Friday")."""
    index = {a.id: k for k, a in enumerate(articles)}
    group = list(range(len(articles)))  # article -> its group's representative
    members: dict[int, list[int]] = {k: [k] for k in range(len(articles))}

    def merge(a: int, b: int) -> int:
        """Join the groups of ``a`` and ``b``; the larger one (else the lower) keeps its name."""
        a, b = group[a], group[b]
        if a == b:
            return a
        keep, gone = (a, b) if (-len(members[a]), a) < (-len(members[b]), b) else (b, a)
        for k in members[gone]:
            group[k] = keep
        members[keep] += members.pop(gone)
        return keep

    for family in families:
        ids = [index[a] for a in family if a in index]
        for other in ids[1:]:
            merge(ids[0], other)
    # Groups that must stay apart, by representative (kept up to date as groups merge).
    never: dict[int, set[int]] = {}
    for x, y in apart:
        if x in index and y in index and group[index[x]] != group[index[y]]:
            gx, gy = group[index[x]], group[index[y]]
            never.setdefault(gx, set()).add(gy)
            never.setdefault(gy, set()).add(gx)
    steps: dict[tuple[int, int], float] = {}
    found = links(articles, config, units=[group[k] for k in range(len(articles))],
                  floor=min(config.min_share, config.link_floor), against=steps)
    if found and config.lede_weight:
        found = lede_adjusted(articles, found, config)
    found = dated_adjusted(articles, found, config)
    if found and config.link_floor < config.min_share:
        # A pair under the link share counts only if it names no days of the week, or one
        # in common.
        pairs = np.array(list(found), dtype=np.int64)
        weak = np.fromiter(found.values(), dtype=np.float64, count=len(found)) < config.min_share
        two_days = weak & other_days(weekdays(articles), pairs[:, 0], pairs[:, 1])
        for a, b in pairs[two_days].tolist():
            del found[(a, b)]
    if found:
        # Two linked articles whose ledes name days of the week and none in common report two
        # days' events (the blowout on Friday, the grounding on Saturday, the door plug found
        # on Sunday, each follow-up repeating the others' facts): no story holds both.
        copies = {(min(index[x], index[y]), max(index[x], index[y])) for x, y in related
                  if x in index and y in index}
        pairs = np.array(list(found), dtype=np.int64)
        for a, b in pairs[other_days(lede_weekdays(articles), pairs[:, 0], pairs[:, 1])].tolist():
            ga, gb = group[a], group[b]
            if ga != gb and (a, b) not in copies:
                never.setdefault(ga, set()).add(gb)
                never.setdefault(gb, set()).add(ga)
    # Two steps of a storyline, dated days apart, count against a merge at their share.
    found.update((pair, -share) for pair, share in steps.items())
    # Average linkage over the links: the sum of cross-link shares between two groups, over the
    # number of their cross pairs, must reach min_share. Each group keeps its sums with its
    # neighbours, so a merge costs the neighbours of the two groups.
    near: dict[int, dict[int, float]] = {}
    for (a, b), share in found.items():
        ga, gb = group[a], group[b]
        if ga != gb:
            near.setdefault(ga, {})[gb] = near.get(ga, {}).get(gb, 0.0) + share
            near.setdefault(gb, {})[ga] = near[ga][gb]

    def entry(a: int, b: int) -> tuple[float, int, int]:
        return -near[a][b] / (len(members[a]) * len(members[b])), min(a, b), max(a, b)

    heap = [entry(a, b) for a, others in near.items() for b in others if a < b]
    heapq.heapify(heap)
    while heap:
        negative, a, b = heapq.heappop(heap)
        if a not in members or b not in members or b not in near.get(a, {}):
            continue
        current = -entry(a, b)[0]
        if abs(current + negative) > 1e-12:
            continue  # stale entry; the fresh one is in the heap
        if current < config.min_share:
            break
        if b in never.get(a, ()):
            del near[a][b], near[b][a]
            continue
        kept = merge(a, b)
        gone = b if kept == a else a
        for other in never.pop(gone, set()):
            never[other].discard(gone)
            never[other].add(kept)
            never.setdefault(kept, set()).add(other)
        mine = near.setdefault(kept, {})
        for other, value in near.pop(gone, {}).items():
            del near[other][gone]
            if other != kept:
                mine[other] = mine.get(other, 0.0) + value
                near[other][kept] = mine[other]
        for other in mine:
            heapq.heappush(heap, entry(kept, other))
    grouped = [sorted(articles[k].id for k in ks) for ks in members.values()]
    return sorted(grouped, key=lambda g: g[0])
