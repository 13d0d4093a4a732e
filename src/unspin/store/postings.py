"""The inverted index of fingerprints: which articles carry each fingerprint key.

Fingerprints are not one row each (a B-tree row and an index entry per fingerprint make the
index several times the size of the text, and slow to write). They are
kept as *postings*, a row of ``postings`` per bucket of keys (see ``store.keys``). A new
article's keys wait in a row of ``pending`` (written with the article, in its transaction)
until :meth:`PostingsIndex.flush` merges them, in one transaction with deleting that row
(first, so that the postings reuse its pages); deleting a merged article records its rowid in
``removed`` (a trigger), and the next flush drops its postings. Every read leaves the removed
out and takes the pending in: merged or waiting, a reader sees the same postings.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator, Sequence
from itertools import pairwise
from pathlib import Path

import numpy as np

from unspin.pipeline.fingerprint import is_skeleton
from unspin.store.keys import (
    BUCKETS,
    KEY_CHANNEL_BIT,
    Postings,
    bucket_rows,
    fingerprint_keys,
    postings_arrays,
    sort_postings,
)
from unspin.store.schema import Transaction

_FULL_REBUILD = 8  # flush by rewriting every bucket when it adds more than 1/8 of the postings


class PostingsIndex:
    """The postings of one index file, over the store's connection. ``spill`` is the folder
    beside the index where a merge in key ranges puts the waiting postings; ``roots_of`` gives
    articles' near-duplicate group roots (``ArticleStore.roots_of``)."""

    def __init__(self, connection: sqlite3.Connection, spill: Path,
                 roots_of: Callable[[Sequence[int]], dict[int, int]]) -> None:
        self.connection = connection
        self.spill = spill
        self.roots_of = roots_of

    def add_pending(self, pending: Sequence[tuple[int, bytes]]) -> None:
        """Record new articles' keys (rowid, ``index_keys``) to be merged by the next flush.
        Runs in the caller's transaction: the one that writes the articles."""
        self.connection.executemany("INSERT INTO pending(article, keys) VALUES (?, ?)", pending)

    # -- reading --------------------------------------------------------------------------------

    def all_fingerprints(self) -> tuple[np.ndarray, np.ndarray]:
        """Every (article rowid, fingerprint key) pair as two int64 arrays, sorted by key and
        then article (merged postings and articles still waiting to be merged alike)."""
        keys, articles = self._without_removed(*self._read_postings())
        pending_keys, pending_articles = self._pending()
        if len(pending_keys):
            keys = np.concatenate((keys, pending_keys))
            articles = np.concatenate((articles, pending_articles))
            keys, articles = sort_postings(keys, articles)
        return articles, keys

    def fingerprint_parts(self, parts: int) -> Iterator[tuple[np.ndarray, np.ndarray]]:
        """:meth:`all_fingerprints` in ``parts`` key ranges, each (articles, keys) sorted by
        key then article and holding every posting of its keys: a corpus too large to hold
        all its postings at once is read a range at a time."""
        waiting = self.connection.execute("SELECT 1 FROM pending LIMIT 1").fetchone()
        bounds = np.linspace(0, BUCKETS, max(1, parts) + 1).astype(np.int64).tolist()
        for low, high in pairwise(bounds):
            keys, articles = self._without_removed(*self._postings_between(low, high))
            if waiting:
                new_keys, new_articles = self._pending_in(low, high)
                keys, articles = sort_postings(np.concatenate((keys, new_keys)),
                                               np.concatenate((articles, new_articles)))
            yield articles, keys

    def posting_count(self) -> int:
        """How many (article, fingerprint) postings the index holds, merged or waiting."""
        return self._merged_count() + self._waiting_count()

    def articles_sharing(self, hashes: Sequence[int] | np.ndarray, max_df: int,
                         skeleton_weight: float = 1.0) -> dict[int, float]:
        """For a new article's fingerprints: how many each indexed article shares (common ones
        excepted), a skeleton fingerprint counting ``skeleton_weight``."""
        return self.sharing(hashes, max_df, skeleton_weight=skeleton_weight)[0]

    def sharing(self, hashes: Sequence[int] | np.ndarray, max_df: int, rare_df: int = 0,
                skeleton_weight: float = 1.0) -> tuple[dict[int, float], set[int]]:
        """``articles_sharing``, and the articles sharing a rare fingerprint with the new one:
        one carried by at most ``rare_df`` articles, the new one included."""
        shared, rare, _ = self.sharing_with_groups(hashes, max_df, rare_df, skeleton_weight, 0)
        return shared, rare

    def sharing_with_groups(
        self, hashes: Sequence[int] | np.ndarray, max_df: int, rare_df: int = 0,
        skeleton_weight: float = 1.0, sample: int = 8,
    ) -> tuple[dict[int, float], set[int], dict[int, int]]:
        """``sharing``, and for the word fingerprints too common to count (carried by more than
        ``max_df`` articles): the near-duplicate group roots of their first ``sample`` carriers,
        each with the number of such fingerprints that reach it. A story republished a thousand
        times reaches its root by nearly all its fingerprints; a footer on every page, by a few."""
        wanted = np.unique(fingerprint_keys(hashes))
        if not len(wanted):
            return {}, set(), {}
        keys, articles = self._without_removed(
            *self._read_postings(np.unique(wanted >> np.int64(32)).tolist()))
        pending_keys, pending_articles = self._pending()
        if len(pending_keys):
            keys, articles = sort_postings(np.concatenate((keys, pending_keys)),
                                           np.concatenate((articles, pending_articles)))
        left = np.searchsorted(keys, wanted, side="left")
        right = np.searchsorted(keys, wanted, side="right")
        weights = np.where(is_skeleton(wanted, KEY_CHANNEL_BIT), skeleton_weight, 1.0)
        shared: dict[int, float] = {}
        rare: set[int] = set()
        sampled: list[list[int]] = []
        skeleton = is_skeleton(wanted, KEY_CHANNEL_BIT).tolist()
        for lo, hi, weight, is_skel in zip(left.tolist(), right.tolist(), weights.tolist(),
                                           skeleton, strict=True):
            if 0 < hi - lo <= max_df:
                holders = articles[lo:hi].tolist()
                for article in holders:
                    shared[article] = shared.get(article, 0.0) + weight
                if hi - lo + 1 <= rare_df:
                    rare.update(holders)
            elif hi - lo > max_df and sample and not is_skel:
                sampled.append(articles[lo : lo + sample].tolist())
        common: dict[int, int] = {}
        if sampled:
            roots = self.roots_of(sorted({a for carriers in sampled for a in carriers}))
            for carriers in sampled:
                for root in {roots.get(a, a) for a in carriers}:
                    common[root] = common.get(root, 0) + 1
        return shared, rare, common

    # -- merging --------------------------------------------------------------------------------

    def flush(self, parts_for: Callable[[int], int]) -> None:
        """Merge waiting fingerprints into the postings and drop those of deleted articles.
        Postings in more than one part (``parts_for`` of their number: the memory budget) are
        rebuilt a key range at a time.

        What waits and what was removed are read inside the transaction that deletes them:
        read before it, another writer's articles committed in between would have their
        fingerprints deleted unmerged (found by two scans of one index at once, issue 23)."""
        folder: Path | None = None
        try:
            with Transaction(self.connection):
                waiting, total = self._waiting_count(), self._merged_count()
                removed = np.array([r for (r,) in self.connection.execute(
                    "SELECT article FROM removed")], dtype=np.int64)
                if not len(removed) and not waiting:
                    return
                parts = parts_for(total + waiting)
                if parts > 1 and (len(removed) or waiting * _FULL_REBUILD > total):
                    folder = Path(tempfile.mkdtemp(prefix="unspin-merge-", dir=self.spill))
                    self._rebuild(parts, removed, folder)
                    return
                self._merge(removed, total)
        finally:
            if folder is not None:
                shutil.rmtree(folder, ignore_errors=True)

    def _merge(self, removed: np.ndarray, total: int) -> None:
        """The waiting postings merged in memory (in the caller's transaction)."""
        new_keys, new_articles = self._pending()
        self.connection.execute("DELETE FROM pending")
        self.connection.execute("DELETE FROM removed")
        if len(removed) or len(new_keys) * _FULL_REBUILD > total:
            keys, articles = self._read_postings()
            if len(removed):
                keep = ~np.isin(articles, removed)
                keys, articles = keys[keep], articles[keep]
            self.connection.execute("DELETE FROM postings")
        else:
            buckets = np.unique(new_keys >> np.int64(32))
            keys, articles = self._read_postings(buckets.tolist())
        keys, articles = sort_postings(np.concatenate((keys, new_keys)),
                                       np.concatenate((articles, new_articles)))
        self.connection.executemany(
            "INSERT OR REPLACE INTO postings(bucket, keys, articles) VALUES (?, ?, ?)",
            bucket_rows(keys, articles))

    def _rebuild(self, parts: int, removed: np.ndarray, folder: Path) -> None:
        """Every postings row rebuilt with the waiting fingerprints merged and the deleted
        articles' dropped, ``parts`` key ranges one after another, in the caller's transaction:
        only a range's postings are in memory at once. The waiting fingerprints are first
        moved out to a file per range in ``folder`` (beside the index), so that the rows they
        free are reused by the postings. The files are only a copy of what the transaction
        deletes: a crash rolls it back, and nothing is lost."""
        bounds = np.linspace(0, BUCKETS, parts + 1).astype(np.int64)
        self._spill_pending(folder, bounds)
        self.connection.execute("DELETE FROM pending")
        self.connection.execute("DELETE FROM removed")
        for k, (low, high) in enumerate(pairwise(bounds.tolist())):
            keys, articles = self._postings_between(low, high)
            new_keys = np.fromfile(folder / f"{k}.keys", dtype=np.int64)
            new_articles = np.fromfile(folder / f"{k}.articles", dtype=np.int64)
            keys, articles = sort_postings(np.concatenate((keys, new_keys)),
                                           np.concatenate((articles, new_articles)))
            if len(removed):
                keep = ~np.isin(articles, removed)
                keys, articles = keys[keep], articles[keep]
            self.connection.execute(
                "DELETE FROM postings WHERE bucket >= ? AND bucket < ?", (low, high))
            self.connection.executemany(
                "INSERT INTO postings(bucket, keys, articles) VALUES (?, ?, ?)",
                bucket_rows(keys, articles))

    def _spill_pending(self, folder: Path, bounds: np.ndarray) -> None:
        """The waiting (key, article) postings written to ``folder``, a pair of files per key
        range of ``bounds`` (bucket numbers), a few thousand articles at a time."""
        files = [(open(folder / f"{k}.keys", "wb"), open(folder / f"{k}.articles", "wb"))  # noqa: SIM115
                 for k in range(len(bounds) - 1)]
        try:
            for keys, articles in self._pending_chunks():
                ranges = np.searchsorted(bounds, keys >> np.int64(32), side="right") - 1
                order = np.argsort(ranges, kind="stable")
                cuts = np.searchsorted(ranges[order], np.arange(len(files) + 1))
                keys, articles = keys[order], articles[order]
                for k, (start, end) in enumerate(pairwise(cuts.tolist())):
                    if end > start:
                        keys[start:end].tofile(files[k][0])
                        articles[start:end].tofile(files[k][1])
        finally:
            for handles in files:
                for handle in handles:
                    handle.close()

    # -- the tables -----------------------------------------------------------------------------

    def _merged_count(self) -> int:
        return int(self.connection.execute(
            "SELECT coalesce(sum(length(articles)), 0) FROM postings").fetchone()[0]) // 4

    def _waiting_count(self) -> int:
        return int(self.connection.execute(
            "SELECT coalesce(sum(length(keys)), 0) FROM pending").fetchone()[0]) // 8

    def _postings_between(self, low: int, high: int) -> Postings:
        """(keys, articles) of the postings rows of buckets ``[low, high)``, sorted by key."""
        return postings_arrays(self.connection.execute(
            "SELECT bucket, keys, articles FROM postings WHERE bucket >= ? AND bucket < ?"
            " ORDER BY bucket", (low, high)).fetchall())

    def _read_postings(self, buckets: Sequence[int] | None = None) -> Postings:
        """(keys, articles) of every posting, or of those in ``buckets``, sorted by key."""
        if buckets is None:
            rows = self.connection.execute(
                "SELECT bucket, keys, articles FROM postings ORDER BY bucket").fetchall()
        else:
            rows = []
            for start in range(0, len(buckets), 500):
                chunk = [int(b) for b in buckets[start : start + 500]]
                marks = ",".join("?" * len(chunk))
                rows.extend(self.connection.execute(
                    f"SELECT bucket, keys, articles FROM postings WHERE bucket IN ({marks})"
                    " ORDER BY bucket", chunk).fetchall())
        return postings_arrays(rows)

    def _without_removed(self, keys: np.ndarray, articles: np.ndarray) -> Postings:
        """Postings of articles deleted since the last flush left out."""
        removed = [r for (r,) in self.connection.execute("SELECT article FROM removed")]
        if not removed:
            return keys, articles
        keep = ~np.isin(articles, np.array(removed, dtype=np.int64))
        return keys[keep], articles[keep]

    def _pending_chunks(self) -> Iterator[Postings]:
        """(keys, articles) of the articles whose fingerprints are not merged yet, a few
        thousand articles at a time."""
        cursor = self.connection.execute("SELECT article, keys FROM pending")
        while rows := cursor.fetchmany(4096):
            parts = [np.frombuffer(blob, dtype=np.int64) for _, blob in rows]
            articles = np.repeat(np.array([r for r, _ in rows], dtype=np.int64),
                                 [len(part) for part in parts])
            yield np.concatenate(parts), articles

    def _pending(self) -> Postings:
        """(keys, articles) of the articles whose fingerprints are not merged yet."""
        chunks = list(self._pending_chunks())
        if not chunks:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        return (np.concatenate([k for k, _ in chunks]),
                np.concatenate([a for _, a in chunks]))

    def _pending_in(self, low: int, high: int) -> Postings:
        """:meth:`_pending`'s postings in the buckets ``[low, high)``, read a few thousand
        articles at a time."""
        found_keys, found_articles = [], []
        for keys, articles in self._pending_chunks():
            buckets = keys >> np.int64(32)
            inside = (buckets >= low) & (buckets < high)
            found_keys.append(keys[inside])
            found_articles.append(articles[inside])
        if not found_keys:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        return np.concatenate(found_keys), np.concatenate(found_articles)
