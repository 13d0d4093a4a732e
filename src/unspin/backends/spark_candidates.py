"""The Spark backend's candidate stage: ``candidates.candidate_pairs_in_parts`` with fingerprint
keys as shuffle keys (docs/spark.md). Shuffles carry numpy arrays, one record per partition
pair, not one per posting."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import numpy as np
from pyspark import SparkContext, StorageLevel

from unspin.config import Config
from unspin.pipeline.candidates import _count, _instances, ranked_pairs
from unspin.pipeline.fingerprint import is_skeleton
from unspin.store.keys import KEY_CHANNEL_BIT, index_keys

GOLDEN = np.uint64(0x9E3779B97F4A7C15)


def _bucket(values: np.ndarray, count: int) -> np.ndarray:
    """A partition for each key or pair code (a multiplicative hash: its low bits are not
    enough, keys of one channel share them)."""
    mixed = (values.astype(np.uint64) * GOLDEN) >> np.uint64(40)
    buckets: np.ndarray = (mixed % np.uint64(count)).astype(np.int64)
    return buckets


def _split(arrays: tuple[np.ndarray, ...], buckets: np.ndarray, count: int
           ) -> Iterator[tuple[int, tuple[np.ndarray, ...]]]:
    """``arrays`` cut by bucket: one shuffle record per bucket a partition sends to."""
    order = np.argsort(buckets, kind="stable")
    bounds = np.searchsorted(buckets[order], np.arange(count + 1))
    for k in range(count):
        start, end = int(bounds[k]), int(bounds[k + 1])
        if end > start:
            yield k, tuple(array[order[start:end]] for array in arrays)


def candidates(sc: SparkContext, articles: Any, root: np.ndarray, config: Config,
                documents: int, parallelism: int) -> tuple[np.ndarray, int, int]:
    """The candidate pairs (row ids, sorted), the pairs capped, and the keys dropped as too
    common: ``candidate_pairs_in_parts`` with fingerprint keys as shuffle keys."""
    candidates = config.candidates
    roots = sc.broadcast(root)
    keys = articles.mapValues(lambda indexed: np.frombuffer(
        index_keys(indexed.fingerprints), dtype=np.int64))

    def group_of(item: tuple[int, np.ndarray]) -> int:
        return int(roots.value[item[0]])

    in_group = np.zeros(len(root), dtype=bool)
    in_group[np.flatnonzero(root != np.arange(len(root)))] = True
    in_group[root[in_group]] = True
    grouped = sc.broadcast(frozenset(np.flatnonzero(in_group).tolist()))
    alone = keys.filter(lambda item: item[0] not in grouped.value)
    collapsed = alone.union(
        keys.filter(lambda item: item[0] in grouped.value).keyBy(group_of)
        .groupByKey(numPartitions=parallelism).flatMap(lambda item: _collapse(item[0], item[1])))
    collapsed.persist(StorageLevel.MEMORY_AND_DISK)

    def totals(item: tuple[int, np.ndarray]) -> tuple[int, int, int]:
        skeleton = int(np.count_nonzero(is_skeleton(item[1], KEY_CHANNEL_BIT)))
        return item[0], len(item[1]) - skeleton, skeleton

    counted = np.array(collapsed.map(totals).collect(), dtype=np.int64).reshape(-1, 3)
    per_article = np.zeros((len(root), 2))
    per_article[counted[:, 0]] = counted[:, 1:]

    def postings(items: Iterable[tuple[int, np.ndarray]]) -> tuple[np.ndarray, np.ndarray]:
        batch = list(items)
        if not batch:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        hashes = np.concatenate([k for _, k in batch])
        owners = np.concatenate([np.full(len(k), a, dtype=np.int64) for a, k in batch])
        return hashes, owners

    # Document frequencies, combined in each partition before the shuffle: one record per
    # key and partition, however many articles carry it.
    def frequencies(items: Iterable[tuple[int, np.ndarray]]
                    ) -> Iterator[tuple[int, tuple[np.ndarray, ...]]]:
        hashes, _ = postings(items)
        unique, counts = np.unique(hashes, return_counts=True)
        yield from _split((unique, counts), _bucket(unique, parallelism), parallelism)

    def common(pieces: Iterable[tuple[int, tuple[np.ndarray, ...]]]) -> Iterator[np.ndarray]:
        parts = [p for _, p in pieces]
        if parts:
            hashes = np.concatenate([p[0] for p in parts])
            counts = np.concatenate([p[1] for p in parts])
            unique, inverse = np.unique(hashes, return_inverse=True)
            total = np.bincount(inverse, weights=counts)
            yield unique[total > candidates.max_df]

    too_common = collapsed.mapPartitions(frequencies).partitionBy(
        parallelism, lambda k: k).mapPartitions(common).collect()
    dropped = np.sort(np.concatenate(too_common)) if too_common else np.zeros(0, np.int64)
    drop = sc.broadcast(dropped)

    def shuffled_postings(items: Iterable[tuple[int, np.ndarray]]
                          ) -> Iterator[tuple[int, tuple[np.ndarray, ...]]]:
        hashes, owners = postings(items)
        common_keys = drop.value
        if len(common_keys) and len(hashes):
            at = np.minimum(np.searchsorted(common_keys, hashes), len(common_keys) - 1)
            keep = common_keys[at] != hashes
            hashes, owners = hashes[keep], owners[keep]
        yield from _split((hashes, owners.astype(np.uint32)), _bucket(hashes, parallelism),
                          parallelism)

    def instances(pieces: Iterable[tuple[int, tuple[np.ndarray, ...]]]
                  ) -> Iterator[tuple[int, tuple[np.ndarray, ...]]]:
        parts = [p for _, p in pieces]
        if not parts:
            return
        hashes = np.concatenate([p[0] for p in parts])
        owners = np.concatenate([p[1] for p in parts]).astype(np.int64)
        order = np.lexsort((owners, hashes))
        _, found = _instances(owners[order], hashes[order], candidates, KEY_CHANNEL_BIT,
                              documents)
        for codes, flags, evidence in found:
            yield from _split((codes, flags, evidence), _bucket(codes, parallelism),
                              parallelism)

    def count(pieces: Iterable[tuple[int, tuple[np.ndarray, ...]]]
              ) -> Iterator[tuple[np.ndarray, ...]]:
        parts = [p for _, p in pieces]
        if parts:
            codes, flags, evidence = (np.concatenate([p[k] for p in parts]) for k in range(3))
            yield _count(codes, flags, evidence, candidates)

    counted_pairs = (collapsed.mapPartitions(shuffled_postings)
                     .partitionBy(parallelism, lambda k: k).mapPartitions(instances)
                     .partitionBy(parallelism, lambda k: k).mapPartitions(count).collect())
    collapsed.unpersist()
    pairs, _shared, keep = ranked_pairs(counted_pairs, candidates,
                                        lambda pairs: per_article[pairs])
    return pairs[keep], int((~keep).sum()), len(dropped)


def _collapse(group: int, items: Iterable[tuple[int, np.ndarray]]
              ) -> Iterator[tuple[int, np.ndarray]]:
    """A near-duplicate group's keys with each member's keys that its root carries left out
    (``candidates.collapse``: the group counts once for what its members share)."""
    members = list(items)
    head = next(k for a, k in members if a == group)
    for article, keys in members:
        yield article, keys if article == group else keys[~np.isin(keys, head,
                                                                     assume_unique=True)]
