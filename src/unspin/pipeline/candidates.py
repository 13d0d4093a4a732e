"""Candidate pairs: articles that share enough sampled fingerprints to be worth aligning.

An inverted index from fingerprint to articles, built and joined with numpy sorts — no loop over
pairs of articles. A fingerprint carried by more than ``max_df`` articles is a common phrase or
boilerplate and is ignored, which bounds the work by ``max_df²`` per fingerprint.

Fingerprints carried by a handful of articles are what copies share; one carried by a dozen or
more is a stock phrase, and two unrelated articles share two of those by chance more and more
often as the corpus grows (a synthetic corpus of 100,000 articles had 1.9 candidate pairs per
article against 0.34 at 10,000, nearly all of them chance). So a pair needs ``min_shared``
fingerprints of which at least one is *rare* (carried by at most ``rare_df`` articles), or
``min_shared_common`` fingerprints however common. On the dev set this keeps every pair that is
reuse (the rarest fingerprint of each is carried by at most 3 articles) and drops a quarter of
the candidates.

A shared skeleton fingerprint counts ``skeleton_weight`` (a half), a shared word fingerprint one.
The skeleton drops content words, so its 4-grams of function words, names and numbers ("of the
in a") recur by chance far more often than word 5-grams, while a copy keeps word 5-grams however
hard it is spun: at a rate of 0.6 a 400-word copy still shares about 13 sampled ones with its
source. Pairs sharing nothing but two skeleton fingerprints were 84% of the false candidates of
a 10,000-article synthetic corpus (1,816 of 2,174) and 45% on the dev set (367 of 808), and
none of the reuse in either.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import numpy as np

from unspin.pipeline.fingerprint import CHANNEL_BIT, is_skeleton


@dataclass(frozen=True, slots=True)
class CandidateConfig:
    """How many shared fingerprints make a candidate; when a fingerprint is too common to count."""

    min_shared: float = 2
    max_df: int = 50
    rare_df: int = 5
    min_shared_common: float = 4
    skeleton_weight: float = 0.5

    def summary(self) -> str:
        return (f"candidates(min_shared={self.min_shared},max_df={self.max_df},"
                f"rare_df={self.rare_df},common={self.min_shared_common},"
                f"skeleton={self.skeleton_weight})")


@dataclass(frozen=True, slots=True)
class CandidateStats:
    fingerprints: int
    common_fingerprints_dropped: int
    pairs: int


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
    root: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray, CandidateStats]:
    """:func:`candidate_pairs` over fingerprints given in parts, each ``(articles, hashes)``
    sorted by hash then article and holding all the postings of its hashes (a store reads its
    postings a key range at a time), so that no more than a part is in memory at once.

    Every pair that two articles share a fingerprint in is an *instance*; a corpus of 1,000,000
    articles has hundreds of millions, most of them pairs of unrelated articles sharing one
    stock phrase, too many to count at once in memory. With a ``spill`` folder they are
    written there, split into ``spill_buckets`` files by pair, and counted one file at a time:
    the result is the same, in a fraction of the memory. With ``root``, the postings of
    near-duplicate group members are collapsed first (:func:`collapse`)."""
    fingerprints = too_common = 0
    spiller = _Spill(spill, spill_buckets) if spill is not None and spill_buckets > 1 else None
    held: list[tuple[np.ndarray, np.ndarray]] = []
    try:
        for articles, hashes in parts:
            if root is not None:
                articles, hashes = collapse(articles, hashes, root)
            fingerprints += len(hashes)
            common, instances = _instances(articles.astype(np.int64), hashes, config,
                                           channel_bit)
            too_common += common
            for codes, weights in instances:
                if spiller is not None:
                    spiller.add(codes, weights)
                else:
                    held.append((codes, weights))
        if spiller is not None:
            counted = [_count(codes, weights, config) for codes, weights in spiller.buckets()]
        else:
            counted = [_count(np.concatenate([c for c, _ in held]),
                              np.concatenate([w for _, w in held]), config)] if held else []
    finally:
        if spiller is not None:
            spiller.close()
    codes = np.concatenate([c for c, _ in counted]) if counted else np.zeros(0, dtype=np.int64)
    counts = np.concatenate([n for _, n in counted]) if counted else np.zeros(0)
    order = np.argsort(codes, kind="stable")
    codes, counts = codes[order], counts[order]
    pairs = np.stack((codes >> np.int64(32), codes & np.int64(0xFFFFFFFF)), axis=1)
    return pairs, counts, CandidateStats(fingerprints, too_common, len(pairs))


def _instances(sorted_articles: np.ndarray, sorted_hashes: np.ndarray, config: CandidateConfig,
               channel_bit: int) -> tuple[int, list[tuple[np.ndarray, np.ndarray]]]:
    """The fingerprints too common to count, and per group size the pairs sharing each
    fingerprint: their codes (``low << 32 | high``) and weights, negative when the shared
    fingerprint is rare (carried by at most ``rare_df`` articles)."""
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
        weight = np.where(is_skeleton(sorted_hashes[group_starts], channel_bit),
                          config.skeleton_weight, 1.0)
        if size <= config.rare_df:
            weight = -weight
        out.append(((low << np.int64(32)) | high, np.repeat(weight, len(left))))
    return too_common, out


def _count(codes: np.ndarray, weights: np.ndarray, config: CandidateConfig
           ) -> tuple[np.ndarray, np.ndarray]:
    """The pairs among ``codes`` (with all their instances) that make candidates, and their
    weighted counts: ``min_shared`` with a rare fingerprint, ``min_shared_common`` without."""
    if not len(codes):
        return np.zeros(0, dtype=np.int64), np.zeros(0)
    unique, inverse = np.unique(codes, return_inverse=True)
    counts = np.bincount(inverse, weights=np.abs(weights), minlength=len(unique))
    rare = np.bincount(inverse, weights=weights < 0, minlength=len(unique)) > 0
    keep = (counts >= config.min_shared) & ((counts >= config.min_shared_common) | rare)
    return unique[keep], counts[keep]


class _Spill:
    """Pair instances written to ``buckets`` pairs of files (codes, weights) in ``folder``, a
    pair's instances all in the one file its code hashes to."""

    def __init__(self, folder: Path, buckets: int) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="unspin-pairs-", dir=folder))
        self.count = buckets
        self.files = [(open(self.folder / f"{k}.codes", "wb"),  # noqa: SIM115
                       open(self.folder / f"{k}.weights", "wb"))  # noqa: SIM115
                      for k in range(buckets)]

    def add(self, codes: np.ndarray, weights: np.ndarray) -> None:
        bucket = ((codes.astype(np.uint64) * np.uint64(0x9E3779B97F4A7C15))
                  >> np.uint64(40)) % np.uint64(self.count)
        order = np.argsort(bucket, kind="stable")
        bounds = np.searchsorted(bucket[order], np.arange(self.count + 1, dtype=np.uint64))
        codes, weights = codes[order], weights[order]
        for k, (start, end) in enumerate(pairwise(bounds.tolist())):
            if end > start:
                codes[start:end].tofile(self.files[k][0])
                weights[start:end].tofile(self.files[k][1])

    def buckets(self) -> Iterator[tuple[np.ndarray, np.ndarray]]:
        for handles in self.files:
            for handle in handles:
                handle.close()
        for k in range(self.count):
            yield (np.fromfile(self.folder / f"{k}.codes", dtype=np.int64),
                   np.fromfile(self.folder / f"{k}.weights", dtype=np.float64))

    def close(self) -> None:
        for handles in self.files:
            for handle in handles:
                handle.close()
        shutil.rmtree(self.folder, ignore_errors=True)
