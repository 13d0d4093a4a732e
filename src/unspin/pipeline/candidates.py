"""Candidate pairs: articles that share enough sampled fingerprints to be worth aligning.

An inverted index from fingerprint to articles, built and joined with numpy sorts — no loop over
pairs of articles. A fingerprint carried by more than ``max_df`` articles is a common phrase or
boilerplate and is ignored, which bounds the work by ``max_df²`` per fingerprint: the cost grows
linearly with the corpus, never quadratically.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True, slots=True)
class CandidateConfig:
    """How many shared fingerprints make a candidate; when a fingerprint is too common to count."""

    min_shared: int = 2
    max_df: int = 50

    def summary(self) -> str:
        return f"candidates(min_shared={self.min_shared},max_df={self.max_df})"


@dataclass(frozen=True, slots=True)
class CandidateStats:
    fingerprints: int
    common_fingerprints_dropped: int
    pairs: int


def candidate_pairs(
    articles: np.ndarray, hashes: np.ndarray, config: CandidateConfig, presorted: bool = False
) -> tuple[np.ndarray, np.ndarray, CandidateStats]:
    """Pairs ``(a, b)`` with ``a < b`` sharing at least ``min_shared`` fingerprints, and the counts.

    ``articles[k]`` is the (integer) article carrying fingerprint ``hashes[k]``; each article must
    list each fingerprint once. ``presorted``: the arrays are already sorted by hash, then article.
    """
    if len(hashes) == 0:
        empty = np.zeros((0, 2), dtype=np.int64)
        return empty, np.zeros(0, dtype=np.int64), CandidateStats(0, 0, 0)
    if presorted:
        sorted_hashes, sorted_articles = hashes, articles.astype(np.int64)
    else:
        order = np.lexsort((articles, hashes))
        sorted_hashes = hashes[order]
        sorted_articles = articles[order].astype(np.int64)
    boundaries = np.flatnonzero(np.diff(sorted_hashes)) + 1
    starts = np.concatenate(([0], boundaries))
    sizes = np.diff(np.concatenate((starts, [len(sorted_hashes)])))
    too_common = int(np.count_nonzero(sizes > config.max_df))

    pair_codes: list[np.ndarray] = []
    for size in np.unique(sizes):
        if size < 2 or size > config.max_df:
            continue
        group_starts = starts[sizes == size]
        members = sorted_articles[group_starts[:, None] + np.arange(size)[None, :]]
        left, right = np.triu_indices(int(size), 1)
        a = members[:, left].ravel()
        b = members[:, right].ravel()
        low, high = np.minimum(a, b), np.maximum(a, b)
        pair_codes.append((low << np.int64(32)) | high)
    if not pair_codes:
        empty = np.zeros((0, 2), dtype=np.int64)
        return empty, np.zeros(0, dtype=np.int64), CandidateStats(len(hashes), too_common, 0)
    codes, counts = np.unique(np.concatenate(pair_codes), return_counts=True)
    keep = counts >= config.min_shared
    codes, counts = codes[keep], counts[keep]
    pairs = np.stack((codes >> np.int64(32), codes & np.int64(0xFFFFFFFF)), axis=1)
    return pairs, counts, CandidateStats(len(hashes), too_common, len(pairs))
