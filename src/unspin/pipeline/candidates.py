"""Candidate pairs: articles that share enough sampled fingerprints to be worth aligning.

An inverted index from fingerprint to articles, built and joined with numpy sorts — no loop over
pairs of articles. A fingerprint carried by more than ``max_df`` articles is a common phrase or
boilerplate and is ignored, which bounds the work by ``max_df²`` per fingerprint.

Fingerprints carried by a handful of articles are what copies share; one carried by a dozen or
more is a stock phrase, and two unrelated articles share two of those by chance more and more
often as the corpus grows. So a pair needs ``min_shared`` fingerprints of which at least one is
*rare* (carried by at most ``rare_df`` articles), or ``min_shared_common`` fingerprints however
common.

A shared skeleton fingerprint counts ``skeleton_weight`` (a half), a shared word fingerprint one:
the skeleton's 4-grams of function words, names and numbers recur by chance far more often than
word 5-grams, which a copy keeps however hard it is spun.

**Cheap evidence before alignment.** Phrase-dense text (template-built pages, generated
content-farm text) makes every article share a few stock 5-grams with dozens of others, and
aligning those pairs would dominate the scan. So each pair also gets two cheap measures from the
counting it already does:

- *evidence*: its shared fingerprints weighted by inverse document frequency,
  ``log(documents / carriers)`` (a 5-gram only two articles carry says more than one a dozen
  carry), with the skeleton weight;
- *containment*, per channel: the fingerprints it shares over the smaller of the two
  articles' counts, an estimate of the share of the shorter text found in the other.

A pair is aligned when it is among the ``per_article`` best by evidence of either of its
articles, or when its containment in either channel reaches ``clear_containment``. A copy keeps
its source, whose evidence beats the chance sharing around it or which makes up a good share of
the copy; a source with hundreds of copies keeps each of them through the copy's own ranking.
The figures behind these rules are in docs/decisions.md ("Scale").
"""

from __future__ import annotations

import math
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import numpy as np

from unspin.pipeline.fingerprint import CHANNEL_BIT, is_skeleton

RARE, SKELETON = 1, 2  # flags of a pair instance: the shared fingerprint is rare; skeleton


@dataclass(frozen=True, slots=True)
class CandidateConfig:
    """How many shared fingerprints make a candidate; when a fingerprint is too common to count."""

    min_shared: float = 2
    max_df: int = 50
    rare_df: int = 5
    min_shared_common: float = 4
    skeleton_weight: float = 0.5
    per_article: int = 3  # 0: no cap
    clear_containment: float = 0.08

    def summary(self) -> str:
        return (f"candidates(min_shared={self.min_shared},max_df={self.max_df},"
                f"rare_df={self.rare_df},common={self.min_shared_common},"
                f"skeleton={self.skeleton_weight},per-article={self.per_article},"
                f"containment={self.clear_containment})")


@dataclass(frozen=True, slots=True)
class CandidateStats:
    fingerprints: int
    common_fingerprints_dropped: int
    pairs: int
    capped: int = 0  # pairs sharing enough, dropped as weaker than an article's best


def candidate_pairs(
    articles: np.ndarray, hashes: np.ndarray, config: CandidateConfig, presorted: bool = False,
    channel_bit: int = CHANNEL_BIT,
) -> tuple[np.ndarray, np.ndarray, CandidateStats]:
    """Pairs ``(a, b)`` with ``a < b`` sharing at least ``min_shared`` fingerprints, and the
    (weighted) counts.

    ``articles[k]`` is the (integer) article carrying fingerprint ``hashes[k]``; each article must
    list each fingerprint once. ``presorted``: the arrays are already sorted by hash, then article.
    ``channel_bit``: the bit of ``hashes`` that marks the skeleton channel (store keys keep it
    lower than fingerprints do).
    """
    if not presorted and len(hashes):
        order = np.lexsort((articles, hashes))
        articles, hashes = articles[order], hashes[order]
    return candidate_pairs_in_parts([(articles, hashes)], config, channel_bit)


def collapse(articles: np.ndarray, hashes: np.ndarray, root: np.ndarray
             ) -> tuple[np.ndarray, np.ndarray]:
    """Postings (sorted by hash, then article) without those of a near-duplicate group member
    whose root carries the same fingerprint: the group counts once for what its members share
    (``near_duplicates``), and each member keeps what it holds of its own. ``root[a]`` is the
    root of article ``a`` (``a`` itself when it is in no group)."""
    if not len(articles):
        return articles, hashes
    roots = root[articles]
    member = np.flatnonzero(roots != articles)
    if not len(member):
        return articles, hashes
    rank = np.concatenate(([0], np.cumsum(hashes[1:] != hashes[:-1]))).astype(np.int64)
    codes = (rank << np.int64(32)) | articles.astype(np.int64)
    targets = (rank[member] << np.int64(32)) | roots[member].astype(np.int64)
    at = np.minimum(np.searchsorted(codes, targets), len(codes) - 1)
    keep = np.ones(len(articles), dtype=bool)
    keep[member[codes[at] == targets]] = False
    return articles[keep], hashes[keep]


def candidate_pairs_in_parts(
    parts: Iterable[tuple[np.ndarray, np.ndarray]], config: CandidateConfig,
    channel_bit: int = CHANNEL_BIT, spill: Path | None = None, spill_buckets: int = 1,
    root: np.ndarray | None = None, documents: int | None = None,
) -> tuple[np.ndarray, np.ndarray, CandidateStats]:
    """:func:`candidate_pairs` over fingerprints given in parts, each ``(articles, hashes)``
    sorted by hash then article and holding all the postings of its hashes (a store reads its
    postings a key range at a time), so that no more than a part is in memory at once.

    Every pair that two articles share a fingerprint in is an *instance*; a corpus of 1,000,000
    articles has hundreds of millions, most of them pairs of unrelated articles sharing one
    stock phrase, too many to count at once in memory. With a ``spill`` folder they are
    written there, split into ``spill_buckets`` files by pair, and counted one file at a time:
    the result is the same, in a fraction of the memory. With ``root``, the postings of
    near-duplicate group members are collapsed first (:func:`collapse`). ``documents``: how many
    articles the index holds (for the inverse document frequency; by default, those in
    ``parts``)."""
    fingerprints = too_common = 0
    spiller = _Spill(spill, spill_buckets) if spill is not None and spill_buckets > 1 else None
    held: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
    totals: list[tuple[np.ndarray, np.ndarray]] = []
    parts = list(parts) if documents is None else parts
    if documents is None:
        documents = len(np.unique(np.concatenate([a for a, _ in parts]))) if parts else 0
    try:
        for articles, hashes in parts:
            if root is not None:
                articles, hashes = collapse(articles, hashes, root)
            fingerprints += len(hashes)
            if len(articles):
                totals.append(_totals(articles, hashes, channel_bit))
            common, instances = _instances(articles.astype(np.int64), hashes, config,
                                           channel_bit, documents)
            too_common += common
            for codes, flags, evidence in instances:
                if spiller is not None:
                    spiller.add(codes, flags, evidence)
                else:
                    held.append((codes, flags, evidence))
        if spiller is not None:
            counted = [_count(*bucket, config) for bucket in spiller.buckets()]
        elif held:
            counted = [_count(np.concatenate([h[0] for h in held]),
                              np.concatenate([h[1] for h in held]),
                              np.concatenate([h[2] for h in held]), config)]
        else:
            counted = []
    finally:
        if spiller is not None:
            spiller.close()
    pairs, counts, keep = ranked_pairs(counted, config,
                                       lambda pairs: _lookup_totals(totals, pairs))
    return (pairs[keep], counts[keep],
            CandidateStats(fingerprints, too_common, int(keep.sum()), int((~keep).sum())))


def ranked_pairs(counted: Sequence[tuple[np.ndarray, ...]], config: CandidateConfig,
                 totals: Callable[[np.ndarray], np.ndarray]
                 ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The pairs of counted pair instances (``_count``'s codes, shared counts, skeleton counts
    and evidence, in parts), sorted by code, with their shared counts and which of them to
    align (``best_by_evidence``; ``totals(pairs)``: each pair's articles' fingerprint totals,
    asked only with a per-article cap)."""
    codes, counts, skeleton, evidence = (
        np.concatenate([c[k] for c in counted]) if counted else np.zeros(0, dtype)
        for k, dtype in enumerate((np.int64, np.float64, np.float64, np.float64)))
    order = np.argsort(codes, kind="stable")
    codes, counts, skeleton, evidence = (codes[order], counts[order], skeleton[order],
                                         evidence[order])
    pairs = np.stack((codes >> np.int64(32), codes & np.int64(0xFFFFFFFF)), axis=1)
    words = counts - config.skeleton_weight * skeleton
    keep = best_by_evidence(pairs, np.stack((words, skeleton), axis=1), evidence,
                            totals(pairs) if config.per_article else None, config)
    return pairs, counts, keep


def best_by_evidence(pairs: np.ndarray, shared: np.ndarray, evidence: np.ndarray,
                     totals: np.ndarray | None, config: CandidateConfig) -> np.ndarray:
    """Which ``pairs`` to align: those among the ``per_article`` best by ``evidence`` of either
    article, or whose shared fingerprints in one channel (``shared[k]``: words, skeleton) reach
    ``clear_containment`` of the smaller article's fingerprints in that channel
    (``totals[k, side]``: words, skeleton). Ties go to the lower article number."""
    keep = np.ones(len(pairs), dtype=bool)
    if not config.per_article or not len(pairs) or totals is None:
        return keep
    # Each pair appears twice, once in each article's list; a list runs best first.
    article = np.concatenate((pairs[:, 0], pairs[:, 1]))
    other = np.concatenate((pairs[:, 1], pairs[:, 0]))
    index = np.concatenate((np.arange(len(pairs)), np.arange(len(pairs))))
    order = np.lexsort((other, -np.concatenate((evidence, evidence)), article))
    listed = article[order]
    position = np.arange(len(order)) - np.searchsorted(listed, listed, side="left")
    rank = np.full(len(pairs), np.iinfo(np.int64).max, dtype=np.int64)
    np.minimum.at(rank, index[order], position)
    smaller = totals.min(axis=1)
    contained = (shared >= config.clear_containment * np.maximum(smaller, 1.0)).any(axis=1)
    kept: np.ndarray = (rank < config.per_article) | contained
    return kept


def _totals(articles: np.ndarray, hashes: np.ndarray, channel_bit: int
            ) -> tuple[np.ndarray, np.ndarray]:
    """The articles of a part and how many word and skeleton fingerprints each has in it."""
    present, inverse = np.unique(articles, return_inverse=True)
    skeleton = is_skeleton(hashes, channel_bit)
    return present, np.stack((np.bincount(inverse, weights=~skeleton, minlength=len(present)),
                              np.bincount(inverse, weights=skeleton, minlength=len(present))),
                             axis=1)


def _lookup_totals(parts: list[tuple[np.ndarray, np.ndarray]], pairs: np.ndarray) -> np.ndarray:
    """The word and skeleton fingerprint totals of every article in ``pairs``: ``[k, side]``."""
    if not parts:
        return np.zeros((*pairs.shape, 2))
    articles = np.concatenate([a for a, _ in parts])
    present, inverse = np.unique(articles, return_inverse=True)
    counts = np.concatenate([c for _, c in parts])
    totals = np.stack([np.bincount(inverse, weights=counts[:, k], minlength=len(present))
                       for k in (0, 1)], axis=1)
    found: np.ndarray = totals[np.searchsorted(present, pairs)]
    return found


def _instances(sorted_articles: np.ndarray, sorted_hashes: np.ndarray, config: CandidateConfig,
               channel_bit: int, documents: int
               ) -> tuple[int, list[tuple[np.ndarray, np.ndarray, np.ndarray]]]:
    """The fingerprints too common to count, and per group size the pairs sharing each
    fingerprint: their codes (``low << 32 | high``), flags (``RARE``: carried by at most
    ``rare_df`` articles; ``SKELETON``) and evidence (the fingerprint's weight times its inverse
    document frequency)."""
    if not len(sorted_hashes):
        return 0, []
    boundaries = np.flatnonzero(np.diff(sorted_hashes)) + 1
    starts = np.concatenate(([0], boundaries))
    sizes = np.diff(np.concatenate((starts, [len(sorted_hashes)])))
    too_common = int(np.count_nonzero(sizes > config.max_df))
    out = []
    for size in np.unique(sizes):
        if size < 2 or size > config.max_df:
            continue
        group_starts = starts[sizes == size]
        members = sorted_articles[group_starts[:, None] + np.arange(size)[None, :]]
        left, right = np.triu_indices(int(size), 1)
        a = members[:, left].ravel()
        b = members[:, right].ravel()
        low, high = np.minimum(a, b), np.maximum(a, b)
        skeleton = is_skeleton(sorted_hashes[group_starts], channel_bit)
        idf = math.log(max(documents, int(size)) / int(size))
        # In thousandths, whole: sums are exact in any order (spilled or not, on any machine).
        evidence = np.rint(np.where(skeleton, config.skeleton_weight, 1.0) * idf * 1000
                           ).astype(np.float32)
        flags = np.where(skeleton, SKELETON, 0).astype(np.int8) | (RARE if size <= config.rare_df
                                                                   else 0)
        out.append(((low << np.int64(32)) | high, np.repeat(flags, len(left)),
                    np.repeat(evidence, len(left))))
    return too_common, out


def _count(codes: np.ndarray, flags: np.ndarray, evidence: np.ndarray, config: CandidateConfig
           ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The pairs among ``codes`` (with all their instances) that make candidates, their
    weighted counts, shared skeleton fingerprints and evidence: ``min_shared`` with a rare
    fingerprint, ``min_shared_common`` without."""
    if not len(codes):
        return np.zeros(0, dtype=np.int64), np.zeros(0), np.zeros(0), np.zeros(0)
    unique, inverse = np.unique(codes, return_inverse=True)
    skeleton = np.bincount(inverse, weights=(flags & SKELETON) > 0, minlength=len(unique))
    shared = np.bincount(inverse, minlength=len(unique))
    counts = shared - (1.0 - config.skeleton_weight) * skeleton
    rare = np.bincount(inverse, weights=(flags & RARE) > 0, minlength=len(unique)) > 0
    summed = np.bincount(inverse, weights=evidence, minlength=len(unique))
    keep = qualifies(counts, rare, config)
    return unique[keep], counts[keep], skeleton[keep], summed[keep]


def qualifies(shared: np.ndarray, rare: np.ndarray, config: CandidateConfig) -> np.ndarray:
    """The candidate rule, for the scan's pairs and for a traced article alike: ``shared``
    (weighted) fingerprints reach ``min_shared`` with a rare one among them, or
    ``min_shared_common`` without."""
    kept: np.ndarray = (shared >= config.min_shared) & ((shared >= config.min_shared_common)
                                                          | rare)
    return kept


class _Spill:
    """Pair instances written to ``buckets`` triples of files (codes, flags, evidence) in
    ``folder``, a pair's instances all in the one triple its code hashes to."""

    STREAMS = ("codes", "flags", "evidence")

    def __init__(self, folder: Path, buckets: int) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="unspin-pairs-", dir=folder))
        self.count = buckets
        self.files = [tuple(open(self.folder / f"{k}.{stream}", "wb")  # noqa: SIM115
                            for stream in self.STREAMS)
                      for k in range(buckets)]

    def add(self, codes: np.ndarray, flags: np.ndarray, evidence: np.ndarray) -> None:
        bucket = ((codes.astype(np.uint64) * np.uint64(0x9E3779B97F4A7C15))
                  >> np.uint64(40)) % np.uint64(self.count)
        order = np.argsort(bucket, kind="stable")
        bounds = np.searchsorted(bucket[order], np.arange(self.count + 1, dtype=np.uint64))
        arrays = (codes[order], flags[order], evidence[order])
        for k, (start, end) in enumerate(pairwise(bounds.tolist())):
            if end > start:
                for array, handle in zip(arrays, self.files[k], strict=True):
                    array[start:end].tofile(handle)

    def buckets(self) -> Iterator[tuple[np.ndarray, np.ndarray, np.ndarray]]:
        for handles in self.files:
            for handle in handles:
                handle.close()
        for k in range(self.count):
            yield (np.fromfile(self.folder / f"{k}.codes", dtype=np.int64),
                   np.fromfile(self.folder / f"{k}.flags", dtype=np.int8),
                   np.fromfile(self.folder / f"{k}.evidence", dtype=np.float32))

    def close(self) -> None:
        for handles in self.files:
            for handle in handles:
                handle.close()
        shutil.rmtree(self.folder, ignore_errors=True)
