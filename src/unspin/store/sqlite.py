"""The embedded index: one SQLite file holding articles, fingerprints, line hashes and relations.

Every batch of articles is written in one transaction together with its fingerprints and lines,
and relations are replaced in one transaction, so a crash or Ctrl-C leaves either the old state or
the new one, never half of a batch (SQLite's journal guarantees it). The settings that shape the
stored data are kept in ``meta``; opening an index built with other settings is refused.

Sized for a million articles on one machine:

- Texts are stored zlib-compressed.
- Fingerprints are not one row each (a B-tree row and an index entry per fingerprint made the
  index 3.6 times the size of the text, and writing them was the scan's slowest step). They are
  kept as an inverted index of *postings*: fingerprints are cut to their top 48 bits, and one row
  per value of the top 16 bits holds the sorted lower 32 bits and the article rowids carrying
  them, as two arrays (8 bytes a fingerprint in all). A new article's fingerprints wait in a row
  of ``pending`` until :meth:`SQLiteStore.flush_postings` merges them, in one transaction with
  deleting that row (first, so that the postings reuse its pages); deleting a merged article
  records its rowid (a trigger), and the next flush drops its postings.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import tempfile
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from pathlib import Path

import numpy as np

from unspin.errors import StoreError
from unspin.model import Article, Relation
from unspin.pipeline.fingerprint import CHANNEL_BIT, is_skeleton, sorted_unique

SCHEMA_VERSION = "3"  # 3: articles keep a near-duplicate sketch and their group root
KEY_BITS = 48  # fingerprints are kept to their top 48 bits
_KEY_SHIFT = 63 - KEY_BITS
KEY_CHANNEL_BIT = CHANNEL_BIT - _KEY_SHIFT  # where a key keeps its fingerprint's channel
_BUCKETS = 1 << (KEY_BITS - 32)  # postings rows: a key's high bits name its row
PAGE_SIZE = 16384
POSTINGS_PER_PART = 16_000_000
"""At most about this many postings (some 100,000 articles of 2,700 characters) are held in
memory at once: a larger index is merged and read for candidates a key range at a time."""
_FULL_REBUILD = 8  # flush by rewriting every bucket when it adds more than 1/8 of the postings


def parts_for(postings: int) -> int:
    """How many key ranges ``postings`` postings are handled in (at least one)."""
    return max(1, -(-postings // POSTINGS_PER_PART))


SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL,
    origin TEXT NOT NULL,
    title TEXT, url TEXT, site TEXT, published TEXT, byline TEXT,
    text BLOB NOT NULL,
    words INTEGER NOT NULL,
    sketch BLOB,
    root INTEGER
);
CREATE TABLE IF NOT EXISTS pending (article INTEGER PRIMARY KEY, keys BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS postings (
    bucket INTEGER PRIMARY KEY,
    keys BLOB NOT NULL,
    articles BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS removed (article INTEGER PRIMARY KEY);
CREATE TRIGGER IF NOT EXISTS articles_removed AFTER DELETE ON articles BEGIN
    INSERT OR IGNORE INTO removed(article) SELECT old.rowid
        WHERE NOT EXISTS (SELECT 1 FROM pending WHERE article = old.rowid);
    DELETE FROM pending WHERE article = old.rowid;
END;
CREATE TABLE IF NOT EXISTS lines (
    hash INTEGER NOT NULL,
    article INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
    PRIMARY KEY (hash, article)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS lines_article ON lines(article);
CREATE TABLE IF NOT EXISTS relations (
    copy INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
    source INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    score REAL NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (copy, source)
);
"""


@dataclass(frozen=True, slots=True)
class IndexedArticle:
    """What the scan writes for one article: the article, its fingerprints and short-line hashes."""

    article: Article
    words: int
    fingerprints: np.ndarray
    line_hashes: Sequence[int]
    packed_text: bytes = b""  # the text as stored (``pack_text``), when made ahead
    keys: bytes = b""  # the fingerprints as the index keeps them (``index_keys``), when made ahead
    sketch: bytes = b""  # the near-duplicate sketch (``near_duplicates.sketch``), as bytes

    def for_writing(self) -> IndexedArticle:
        """The same, with everything the store writes made ahead (in a worker process) and the
        text, which the store keeps packed, left out: less to send back to the writer."""
        return IndexedArticle(
            article=replace(self.article, text=""), words=self.words,
            fingerprints=np.zeros(0, dtype=np.uint64), line_hashes=self.line_hashes,
            packed_text=self.packed_text or pack_text(self.article.text),
            keys=self.keys or index_keys(self.fingerprints), sketch=self.sketch)


def index_keys(fingerprints: np.ndarray) -> bytes:
    """An article's fingerprints as the index keeps them: unique 48-bit keys, as bytes."""
    return sorted_unique(fingerprint_keys(fingerprints)).tobytes()


def pack_text(text: str) -> bytes:
    return zlib.compress(text.encode("utf-8", "surrogatepass"), 6)


def unpack_text(data: bytes | str) -> str:
    if isinstance(data, str):
        return data
    return zlib.decompress(data).decode("utf-8", "surrogatepass")


def fingerprint_keys(hashes: np.ndarray | Sequence[int]) -> np.ndarray:
    """Fingerprints (below 2**63) as the 48-bit keys the index keeps."""
    array = np.asarray(hashes, dtype=np.uint64)
    if len(array) and int(array.max()) >= 1 << 63:
        raise OverflowError("fingerprint out of range (fingerprints are below 2**63)")
    return (array >> np.uint64(_KEY_SHIFT)).astype(np.int64)


class SQLiteStore:
    """The default store. Use as a context manager; ``settings`` must match a non-empty index."""

    def __init__(self, path: Path, settings: str, *, create: bool = True) -> None:
        self.path = path
        if not create and not path.exists():
            raise StoreError(f"no index at {path}: run 'unspin scan CORPUS --db {path}' first")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.connection = sqlite3.connect(path, timeout=30, isolation_level=None)
            # Rows of about 2 KB (a packed article, a bucket of postings at 100,000 articles)
            # fill 4 KB pages badly: 16 KB pages took the index from 1.61 to 1.26 times the
            # text at 100,000 articles. Only a new file takes it; an existing one keeps its own.
            self.connection.execute(f"PRAGMA page_size={PAGE_SIZE}")
            self.connection.execute("PRAGMA journal_mode=WAL")
            self.connection.execute("PRAGMA synchronous=NORMAL")
            self.connection.execute("PRAGMA foreign_keys=ON")
            self.connection.executescript(SCHEMA)
        except sqlite3.DatabaseError as error:
            raise StoreError(f"{path} is not a usable unspin index ({error})") from error
        self._check_settings(settings)

    def _check_settings(self, settings: str) -> None:
        stored = dict(self.connection.execute("SELECT key, value FROM meta").fetchall())
        wanted = {"schema": SCHEMA_VERSION, "settings": settings}
        if not stored:
            with self.transaction():
                self.connection.executemany(
                    "INSERT INTO meta(key, value) VALUES (?, ?)", sorted(wanted.items())
                )
            return
        for key, value in wanted.items():
            if stored.get(key) != value:
                raise StoreError(
                    f"the index {self.path} was built with other settings "
                    f"({key}: {stored.get(key)!r}, now {value!r}); delete it or pass "
                    "--db NEW_FILE to build a new one"
                )

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def transaction(self) -> _Transaction:
        return _Transaction(self.connection)

    # -- articles -------------------------------------------------------------------------------

    def content_hashes(self) -> dict[str, str]:
        return dict(self.connection.execute("SELECT id, content_hash FROM articles").fetchall())

    def write_articles(self, batch: Iterable[IndexedArticle]) -> None:
        """Insert or replace a batch of articles with their fingerprints, in one transaction."""
        items = list(batch)
        if not items:
            return
        with self.transaction():
            self.connection.executemany("DELETE FROM articles WHERE id = ?",
                                        [(item.article.id,) for item in items])
            # Row ids as SQLite would give them (the largest plus one), given here so that one
            # statement inserts the whole batch.
            first = (self.connection.execute("SELECT max(rowid) FROM articles").fetchone()[0]
                     or 0) + 1
            articles: list[tuple[object, ...]] = []
            pending: list[tuple[int, bytes]] = []
            lines: list[tuple[int, int]] = []
            for rowid, item in enumerate(items, start=first):
                a = item.article
                articles.append((rowid, a.id, a.content_hash, a.origin, a.title, a.url, a.site,
                                 a.published, a.byline, item.packed_text or pack_text(a.text),
                                 item.words, item.sketch or None))
                pending.append((rowid, item.keys or index_keys(item.fingerprints)))
                lines.extend((h, rowid) for h in item.line_hashes)
            self.connection.executemany(
                "INSERT INTO articles(rowid, id, content_hash, origin, title, url, site,"
                " published, byline, text, words, sketch)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                articles)
            self.connection.executemany("INSERT INTO pending(article, keys) VALUES (?, ?)",
                                        pending)
            self.connection.executemany(
                "INSERT OR IGNORE INTO lines(hash, article) VALUES (?, ?)", lines)

    def delete_articles(self, ids: Iterable[str]) -> int:
        with self.transaction():
            count = 0
            for article_id in ids:
                count += self.connection.execute(
                    "DELETE FROM articles WHERE id = ?", (article_id,)
                ).rowcount
        return count

    def article(self, rowid: int) -> Article:
        row = self.connection.execute(
            "SELECT id, text, content_hash, title, url, site, published, byline, origin"
            " FROM articles WHERE rowid = ?",
            (rowid,),
        ).fetchone()
        if row is None:
            raise StoreError(f"article #{rowid} is not in {self.path}")
        return Article(row[0], unpack_text(row[1]), *row[2:])

    def article_by_id(self, article_id: str) -> Article:
        row = self.connection.execute("SELECT rowid FROM articles WHERE id = ?",
                                      (article_id,)).fetchone()
        if row is None:
            raise StoreError(f"article {article_id} is not in {self.path}")
        return self.article(int(row[0]))

    def sites(self) -> dict[str, str | None]:
        """Article id → site (``None`` when unknown)."""
        return dict(self.connection.execute("SELECT id, site FROM articles").fetchall())

    def sketches(self) -> tuple[np.ndarray, list[bytes | None]]:
        """Every article's row id and near-duplicate sketch (``None`` where it has none)."""
        rows = self.connection.execute("SELECT rowid, sketch FROM articles ORDER BY rowid"
                                       ).fetchall()
        return np.array([r for r, _ in rows], dtype=np.int64), [b for _, b in rows]

    def write_roots(self, roots: Iterable[tuple[int, int]]) -> None:
        """Each article's near-duplicate group root (row ids; an article alone is its own)."""
        with self.transaction():
            self.connection.execute("UPDATE articles SET root = NULL")
            self.connection.executemany("UPDATE articles SET root = ? WHERE rowid = ?",
                                        [(root, rowid) for rowid, root in roots])

    def roots_of(self, rowids: Sequence[int]) -> dict[int, int]:
        """The group root of each of ``rowids`` that is in a group."""
        found: dict[int, int] = {}
        for first in range(0, len(rowids), 500):
            chunk = list(rowids[first : first + 500])
            marks = ",".join("?" * len(chunk))
            found.update(self.connection.execute(
                f"SELECT rowid, root FROM articles WHERE root IS NOT NULL AND rowid IN ({marks})",
                chunk).fetchall())
        return found

    def article_ids(self) -> dict[int, str]:
        return dict(self.connection.execute("SELECT rowid, id FROM articles").fetchall())

    def count(self) -> int:
        return int(self.connection.execute("SELECT count(*) FROM articles").fetchone()[0])

    # -- fingerprints and lines -----------------------------------------------------------------

    def all_fingerprints(self) -> tuple[np.ndarray, np.ndarray]:
        """Every (article rowid, fingerprint key) pair as two int64 arrays, sorted by key and
        then article (merged postings and articles still waiting to be merged alike)."""
        keys, articles = self._without_removed(*self._read_postings())
        pending_keys, pending_articles = self._pending()
        if len(pending_keys):
            keys = np.concatenate((keys, pending_keys))
            articles = np.concatenate((articles, pending_articles))
            keys, articles = _sorted(keys, articles)
        return articles, keys

    def fingerprint_parts(self, parts: int) -> Iterator[tuple[np.ndarray, np.ndarray]]:
        """:meth:`all_fingerprints` in ``parts`` key ranges, each (articles, keys) sorted by
        key then article and holding every posting of its keys: a corpus too large to hold
        all its postings at once is read a range at a time."""
        waiting = self.connection.execute("SELECT 1 FROM pending LIMIT 1").fetchone()
        bounds = np.linspace(0, _BUCKETS, max(1, parts) + 1).astype(np.int64).tolist()
        for low, high in pairwise(bounds):
            keys, articles = self._without_removed(*self._postings_between(low, high))
            if waiting:
                new_keys, new_articles = self._pending_in(low, high)
                keys, articles = _sorted(np.concatenate((keys, new_keys)),
                                         np.concatenate((articles, new_articles)))
            yield articles, keys

    def posting_count(self) -> int:
        """How many (article, fingerprint) postings the index holds, merged or waiting."""
        return self._merged_count() + self._waiting_count()

    def _merged_count(self) -> int:
        return int(self.connection.execute(
            "SELECT coalesce(sum(length(articles)), 0) FROM postings").fetchone()[0]) // 4

    def _waiting_count(self) -> int:
        return int(self.connection.execute(
            "SELECT coalesce(sum(length(keys)), 0) FROM pending").fetchone()[0]) // 8

    def _postings_between(self, low: int, high: int) -> tuple[np.ndarray, np.ndarray]:
        """(keys, articles) of the postings rows of buckets ``[low, high)``, sorted by key."""
        return _postings_arrays(self.connection.execute(
            "SELECT bucket, keys, articles FROM postings WHERE bucket >= ? AND bucket < ?"
            " ORDER BY bucket", (low, high)).fetchall())

    def _read_postings(self, buckets: Sequence[int] | None = None) -> tuple[np.ndarray, np.ndarray]:
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
        return _postings_arrays(rows)

    def _without_removed(self, keys: np.ndarray, articles: np.ndarray
                         ) -> tuple[np.ndarray, np.ndarray]:
        """Postings of articles deleted since the last flush left out."""
        removed = [r for (r,) in self.connection.execute("SELECT article FROM removed")]
        if not removed:
            return keys, articles
        keep = ~np.isin(articles, np.array(removed, dtype=np.int64))
        return keys[keep], articles[keep]

    def _pending_chunks(self) -> Iterator[tuple[np.ndarray, np.ndarray]]:
        """(keys, articles) of the articles whose fingerprints are not merged yet, a few
        thousand articles at a time."""
        cursor = self.connection.execute("SELECT article, keys FROM pending")
        while rows := cursor.fetchmany(4096):
            parts = [np.frombuffer(blob, dtype=np.int64) for _, blob in rows]
            articles = np.repeat(np.array([r for r, _ in rows], dtype=np.int64),
                                 [len(part) for part in parts])
            yield np.concatenate(parts), articles

    def _pending(self) -> tuple[np.ndarray, np.ndarray]:
        """(keys, articles) of the articles whose fingerprints are not merged yet."""
        chunks = list(self._pending_chunks())
        if not chunks:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        return (np.concatenate([k for k, _ in chunks]),
                np.concatenate([a for _, a in chunks]))

    def _pending_in(self, low: int, high: int) -> tuple[np.ndarray, np.ndarray]:
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

    def flush_postings(self) -> None:
        """Merge waiting fingerprints into the postings and drop those of deleted articles.
        Postings beyond :data:`POSTINGS_PER_PART` are rebuilt a key range at a time."""
        waiting, total = self._waiting_count(), self._merged_count()
        removed = np.array([r for (r,) in self.connection.execute(
            "SELECT article FROM removed")], dtype=np.int64)
        if not len(removed) and not waiting:
            return
        parts = parts_for(total + waiting)
        if parts > 1 and (len(removed) or waiting * _FULL_REBUILD > total):
            self._rebuild_postings(parts, removed)
            return
        new_keys, new_articles = self._pending()
        with self.transaction():
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
            keys, articles = _sorted(np.concatenate((keys, new_keys)),
                                     np.concatenate((articles, new_articles)))
            self.connection.executemany(
                "INSERT OR REPLACE INTO postings(bucket, keys, articles) VALUES (?, ?, ?)",
                _buckets(keys, articles))

    def _rebuild_postings(self, parts: int, removed: np.ndarray) -> None:
        """Every postings row rebuilt with the waiting fingerprints merged and the deleted
        articles' dropped, ``parts`` key ranges one after another, in one transaction: only a
        range's postings are in memory at once (a fresh 1,000,000-article index merged all
        170 million at once in 11 GB). The waiting fingerprints are first moved out to a file
        per range beside the index, so that the rows they free are reused by the postings
        (merged while still waiting, they left the file 1.4 times larger)."""
        bounds = np.linspace(0, _BUCKETS, parts + 1).astype(np.int64)
        folder = Path(tempfile.mkdtemp(prefix="unspin-merge-", dir=self.path.parent))
        try:
            with self.transaction():
                self._spill_pending(folder, bounds)
                self.connection.execute("DELETE FROM pending")
                self.connection.execute("DELETE FROM removed")
                for k, (low, high) in enumerate(pairwise(bounds.tolist())):
                    keys, articles = self._postings_between(low, high)
                    new_keys = np.fromfile(folder / f"{k}.keys", dtype=np.int64)
                    new_articles = np.fromfile(folder / f"{k}.articles", dtype=np.int64)
                    keys, articles = _sorted(np.concatenate((keys, new_keys)),
                                             np.concatenate((articles, new_articles)))
                    if len(removed):
                        keep = ~np.isin(articles, removed)
                        keys, articles = keys[keep], articles[keep]
                    self.connection.execute(
                        "DELETE FROM postings WHERE bucket >= ? AND bucket < ?", (low, high))
                    self.connection.executemany(
                        "INSERT INTO postings(bucket, keys, articles) VALUES (?, ?, ?)",
                        _buckets(keys, articles))
        finally:
            shutil.rmtree(folder, ignore_errors=True)

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
            keys, articles = _sorted(np.concatenate((keys, pending_keys)),
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

    def frequent_lines(self, min_docs: int) -> set[int]:
        """Hashes of short lines found in at least ``min_docs`` articles: boilerplate."""
        rows = self.connection.execute(
            "SELECT hash FROM lines GROUP BY hash HAVING count(*) >= ?", (min_docs,)
        )
        return {h for (h,) in rows}

    def line_hashes_of(self, rowid: int) -> list[int]:
        """The hashes of one article's short lines."""
        return [h for (h,) in self.connection.execute(
            "SELECT hash FROM lines WHERE article = ?", (rowid,)).fetchall()]

    def line_document_counts(self, hashes: Sequence[int]) -> dict[int, int]:
        counts: dict[int, int] = {}
        for start in range(0, len(hashes), 500):
            chunk = list(hashes[start : start + 500])
            marks = ",".join("?" * len(chunk))
            counts.update(
                self.connection.execute(
                    f"SELECT hash, count(*) FROM lines WHERE hash IN ({marks}) GROUP BY hash",
                    chunk,
                ).fetchall()
            )
        return counts

    # -- relations ------------------------------------------------------------------------------

    def replace_relations(self, relations: Iterable[Relation]) -> None:
        rowids = {v: k for k, v in self.article_ids().items()}
        with self.transaction():
            self.connection.execute("DELETE FROM relations")
            self.connection.executemany(
                "INSERT OR REPLACE INTO relations(copy, source, kind, score, body)"
                " VALUES (?, ?, ?, ?, ?)",
                (
                    (rowids[r.copy], rowids[r.source], r.kind, r.score, json.dumps(r.to_json()))
                    for r in relations
                ),
            )

    def relation_pairs(self) -> set[tuple[str, str]]:
        """(copy id, source id) of every relation the last scan stored."""
        return set(
            self.connection.execute(
                "SELECT c.id, s.id FROM relations r JOIN articles c ON c.rowid = r.copy"
                " JOIN articles s ON s.rowid = r.source"
            ).fetchall()
        )

    def relations(self) -> Iterator[dict[str, object]]:
        for (body,) in self.connection.execute("SELECT body FROM relations ORDER BY rowid"):
            yield json.loads(body)


def _postings_arrays(rows: Sequence[tuple[int, bytes, bytes]]) -> tuple[np.ndarray, np.ndarray]:
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


def _sorted(keys: np.ndarray, articles: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Sort by key, then article: the 16-bit bucket (a stable radix sort) over (low 32 bits,
    article) packed in one 64-bit number."""
    packed = ((keys & np.int64(0xFFFFFFFF)).astype(np.uint64) << np.uint64(32)) | articles.astype(
        np.uint64)
    order = np.argsort(packed)
    order = order[np.argsort((keys[order] >> np.int64(32)).astype(np.uint16), kind="stable")]
    return keys[order], articles[order]


def _buckets(keys: np.ndarray, articles: np.ndarray) -> Iterator[tuple[int, bytes, bytes]]:
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


class _Transaction:
    """``BEGIN IMMEDIATE`` … ``COMMIT``, or ``ROLLBACK`` on any exception (Ctrl-C included)."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection

    def __enter__(self) -> None:
        self.connection.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, *rest: object) -> None:
        if exc_type is None:
            self.connection.execute("COMMIT")
        else:
            self.connection.execute("ROLLBACK")


def open_store(url: str | Path, settings: str, *, create: bool = True) -> SQLiteStore:
    """Open the store named by ``url``: a path or ``sqlite:///path``."""
    text = str(url)
    if text.startswith("sqlite:///"):
        return SQLiteStore(Path(text[len("sqlite:///") :]), settings, create=create)
    if "://" not in text:
        return SQLiteStore(Path(text), settings, create=create)
    raise ValueError(f"unknown store {url!r}")
