"""Fingerprint keys and how a postings row holds them: the index's on-disk layout of postings.

A fingerprint (below 2**63) is kept as a 48-bit *key*, its top bits. A row of ``postings`` holds
the keys of one *bucket*, their top 16 bits: the lower 32 bits of each key as a ``uint32`` array
and the rowids of the articles carrying it as another, sorted by key then article. In memory,
postings are two ``int64`` arrays, the keys and the articles.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import numpy as np

from unspin.pipeline.fingerprint import CHANNEL_BIT, sorted_unique

KEY_BITS = 48  # fingerprints are kept to their top 48 bits
_KEY_SHIFT = 63 - KEY_BITS
KEY_CHANNEL_BIT = CHANNEL_BIT - _KEY_SHIFT  # where a key keeps its fingerprint's channel
BUCKETS = 1 << (KEY_BITS - 32)  # postings rows: a key's high bits name its row

Postings = tuple[np.ndarray, np.ndarray]  # (keys, articles), int64 arrays of one length


def fingerprint_keys(hashes: np.ndarray | Sequence[int]) -> np.ndarray:
    """Fingerprints (below 2**63) as the 48-bit keys the index keeps."""
    array = np.asarray(hashes, dtype=np.uint64)
    if len(array) and int(array.max()) >= 1 << 63:
        raise OverflowError("fingerprint out of range (fingerprints are below 2**63)")
    return (array >> np.uint64(_KEY_SHIFT)).astype(np.int64)


def index_keys(fingerprints: np.ndarray) -> bytes:
    """An article's fingerprints as the index keeps them: unique 48-bit keys, as bytes."""
    return sorted_unique(fingerprint_keys(fingerprints)).tobytes()


def postings_arrays(rows: Sequence[tuple[int, bytes, bytes]]) -> Postings:
    """(keys, articles) as int64 arrays from postings rows (bucket, low key bits, articles)."""
    if not rows:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    keys = np.concatenate([
        (np.int64(bucket) << np.int64(32)) | np.frombuffer(low, dtype=np.uint32).astype(np.int64)
        for bucket, low, _ in rows
    ])
    articles = np.concatenate(
        [np.frombuffer(a, dtype=np.uint32) for _, _, a in rows]).astype(np.int64)
    return keys, articles


def sort_postings(keys: np.ndarray, articles: np.ndarray) -> Postings:
    """Sort by key, then article: the 16-bit bucket (a stable radix sort) over (low 32 bits,
    article) packed in one 64-bit number."""
    packed = ((keys & np.int64(0xFFFFFFFF)).astype(np.uint64) << np.uint64(32)) | articles.astype(
        np.uint64)
    order = np.argsort(packed)
    order = order[np.argsort((keys[order] >> np.int64(32)).astype(np.uint16), kind="stable")]
    return keys[order], articles[order]


def bucket_rows(keys: np.ndarray, articles: np.ndarray) -> Iterator[tuple[int, bytes, bytes]]:
    """Rows of the postings table from (key, article) pairs sorted by key."""
    buckets = keys >> np.int64(32)
    bounds = np.flatnonzero(np.diff(buckets)) + 1
    starts = np.concatenate(([0], bounds)).tolist()
    ends = np.concatenate((bounds, [len(keys)])).tolist()
    low = (keys & np.int64(0xFFFFFFFF)).astype(np.uint32)
    ids = articles.astype(np.uint32)
    for start, end in zip(starts, ends, strict=True):
        if end > start:
            yield int(buckets[start]), low[start:end].tobytes(), ids[start:end].tobytes()
