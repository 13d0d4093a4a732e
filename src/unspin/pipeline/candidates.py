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

from dataclasses import dataclass

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
    pair_weights: list[np.ndarray] = []
    rare_codes: list[np.ndarray] = []
    rare_weights: list[np.ndarray] = []
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
        rare_group = size <= config.rare_df
        (rare_codes if rare_group else pair_codes).append((low << np.int64(32)) | high)
        (rare_weights if rare_group else pair_weights).append(np.repeat(weight, len(left)))
    if not pair_codes and not rare_codes:
        empty = np.zeros((0, 2), dtype=np.int64)
        return empty, np.zeros(0, dtype=np.int64), CandidateStats(len(hashes), too_common, 0)
    rare = np.unique(np.concatenate(rare_codes)) if rare_codes else np.zeros(0, dtype=np.int64)
    codes, inverse = np.unique(np.concatenate([*rare_codes, *pair_codes]), return_inverse=True)
    counts = np.bincount(inverse, weights=np.concatenate([*rare_weights, *pair_weights]),
                         minlength=len(codes))
    keep = (counts >= config.min_shared) & (
        (counts >= config.min_shared_common) | np.isin(codes, rare, assume_unique=True))
    codes, counts = codes[keep], counts[keep]
    pairs = np.stack((codes >> np.int64(32), codes & np.int64(0xFFFFFFFF)), axis=1)
    return pairs, counts, CandidateStats(len(hashes), too_common, len(pairs))
