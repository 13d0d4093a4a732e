"""Near-duplicate groups: the republications of one text, found in time linear in their number.

A story a wire service sends to 500 sites, or a farm posts on 300 domains, is the same text on
every page but for each site's header and footer. Its shingles are carried by hundreds of
articles, which the candidate stage would otherwise have to drop as boilerplate (or compare in
all their pairs). So before it, articles are grouped by the whole set of their word shingles:

- each article gets a MinHash **sketch** of its sampled word fingerprints (``sketch``, at
  indexing), ``k`` 32-bit minima;
- articles whose sketches agree on a whole band of ``rows`` minima fall in one bucket (LSH);
  each is linked to its bucket's first article when their sketches estimate a Jaccard
  similarity of ``min_similarity`` or more, and linked articles form groups;
- each group gets a **root**, the member most likely to be the source (see ``choose_root``),
  and a member stays in the group only if its own sketch is that close to the root's.

A member is then compared with its root alone, and the shingles it shares with its root leave
the candidate stage (``candidates.collapse``): a story copied 10,000 times becomes one article
there, plus whatever each copy holds of its own. A line or a footer shared by many pages makes
no group (a page is mostly its own story), and partial, spun or rewritten copies share too few
whole-document shingles to group (a 15% spin keeps about 0.85⁵ ≈ 44% of the word 5-grams): they
are found by the pairwise stages as before.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from unspin.pipeline.fingerprint import is_skeleton

_EMPTY = np.uint32(0xFFFFFFFF)


@dataclass(frozen=True, slots=True)
class NearDuplicateConfig:
    """Sketch size, LSH band width, and the similarity that makes republications of one text."""

    k: int = 32
    rows: int = 2
    min_similarity: float = 0.6
    min_fingerprints: int = 8
    seed: int = 0x6E44

    def __post_init__(self) -> None:
        if self.k <= 0 or self.rows <= 0 or self.k % self.rows:
            raise ValueError(f"sketch size k={self.k} must be a positive multiple of "
                             f"rows={self.rows}")
        if not 0 < self.min_similarity <= 1:
            raise ValueError(f"min_similarity={self.min_similarity} must lie in (0, 1]")

    def summary(self) -> str:
        return (f"near-duplicates(k={self.k},rows={self.rows},sim={self.min_similarity},"
                f"min={self.min_fingerprints},seed={self.seed})")


@lru_cache(maxsize=8)
def _hash_parameters(config: NearDuplicateConfig) -> tuple[np.ndarray, np.ndarray]:
    """The sketch's hash functions (drawn once per configuration: every document uses them)."""
    rng = np.random.default_rng(config.seed)
    multipliers = rng.integers(1, 2**63, size=config.k, dtype=np.uint64) | np.uint64(1)
    offsets = rng.integers(0, 2**63, size=config.k, dtype=np.uint64)
    multipliers.flags.writeable = offsets.flags.writeable = False  # shared by every call
    return multipliers, offsets


def sketch(fingerprints: np.ndarray, config: NearDuplicateConfig) -> np.ndarray:
    """The ``k`` minima (uint32) of ``k`` hash functions over the word-channel fingerprints;
    all ``0xFFFFFFFF`` for a text with fewer than ``min_fingerprints`` (too short to group)."""
    values = np.asarray(fingerprints, dtype=np.uint64)
    words = values[~is_skeleton(values)]
    if len(words) < config.min_fingerprints:
        return np.full(config.k, _EMPTY, dtype=np.uint32)
    multipliers, offsets = _hash_parameters(config)
    with np.errstate(over="ignore"):
        mixed = words[:, None] * multipliers[None, :] + offsets[None, :]
    return (mixed.min(axis=0) >> np.uint64(32)).astype(np.uint32)  # type: ignore[no-any-return]


def similarity(first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """Estimated Jaccard similarity of rows of sketches (the share of equal minima)."""
    valid = (first != _EMPTY) & (second != _EMPTY)
    return (((first == second) & valid).sum(axis=-1) / first.shape[-1])  # type: ignore[no-any-return]


def _linked(sketches: np.ndarray, config: NearDuplicateConfig) -> tuple[np.ndarray, np.ndarray]:
    """Pairs (member, bucket head) from every band, close enough to link."""
    usable = ~(sketches == _EMPTY).all(axis=1)
    heads, members = [], []
    for first in range(0, config.k, config.rows):
        keys = sketches[:, first].astype(np.uint64)
        with np.errstate(over="ignore"):
            for row in range(first + 1, first + config.rows):
                keys = keys * np.uint64(0x9E3779B97F4A7C15) + sketches[:, row]
        candidates = np.flatnonzero(usable)
        order = candidates[np.argsort(keys[candidates], kind="stable")]
        if len(order) < 2:
            continue
        same = keys[order[1:]] == keys[order[:-1]]
        starts = np.flatnonzero(np.concatenate(([True], ~same)))
        run_of = np.cumsum(np.concatenate(([True], ~same))) - 1
        head = order[starts][run_of]
        chosen = head != order
        heads.append(head[chosen])
        members.append(order[chosen])
    if not heads:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    head_all, member_all = np.concatenate(heads), np.concatenate(members)
    close = similarity(sketches[member_all], sketches[head_all]) >= config.min_similarity
    return member_all[close], head_all[close]


def _components(count: int, first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """Connected components of an edge list, as the smallest index of each component."""
    labels = np.arange(count)
    if not len(first):
        return labels
    while True:
        low = np.minimum(labels[first], labels[second])
        before = labels.copy()
        np.minimum.at(labels, first, low)
        np.minimum.at(labels, second, low)
        labels = labels[labels]  # pointer jumping
        if np.array_equal(labels, before):
            return labels


def groups(
    sketches: np.ndarray,
    config: NearDuplicateConfig,
    prefer: Callable[[int, int], bool],
) -> np.ndarray:
    """``root[i]``: the root of article ``i``'s group (``i`` itself when it is in none).

    ``sketches`` holds one row per article (index = article number). ``prefer(a, b)`` is true
    when ``a`` is likelier the source than ``b``; within a group the root is found by a
    tournament in article order, so the result does not depend on how the group was found."""
    count = len(sketches)
    root = np.arange(count)
    members, heads = _linked(sketches, config)
    labels = _components(count, members, heads)
    grouped = np.flatnonzero(labels != np.arange(count))
    if not len(grouped):
        return root
    in_groups = np.unique(np.concatenate((grouped, labels[grouped])))
    order = in_groups[np.argsort(labels[in_groups], kind="stable")]
    bounds = np.flatnonzero(np.diff(labels[order])) + 1
    for group in np.split(order, bounds):
        best = int(group[0])
        for candidate in group[1:].tolist():
            if prefer(candidate, best):
                best = candidate
        close = similarity(sketches[group], sketches[best][None, :]) >= config.min_similarity
        root[group[close]] = best
    return root


def group_members(root: np.ndarray) -> list[tuple[int, int]]:
    """(member, root) for every article in a group but its root."""
    members = np.flatnonzero(root != np.arange(len(root)))
    return list(zip(members.tolist(), root[members].tolist(), strict=True))


def sketch_rows(blobs: Sequence[bytes | None], config: NearDuplicateConfig) -> np.ndarray:
    """Stored sketches (bytes, or None for an article without one) as a (n, k) array."""
    rows = np.full((len(blobs), config.k), _EMPTY, dtype=np.uint32)
    for i, blob in enumerate(blobs):
        if blob and len(blob) == 4 * config.k:
            rows[i] = np.frombuffer(blob, dtype=np.uint32)
    return rows
