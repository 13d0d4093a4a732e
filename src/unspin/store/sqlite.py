"""The embedded index: one SQLite file holding articles, fingerprints, line hashes and relations.

Every batch of articles is written in one transaction together with its fingerprints and lines,
and relations are replaced in one transaction, so a crash or Ctrl-C leaves either the old state or
the new one, never half of a batch (SQLite's journal guarantees it). The settings that shape the
stored data are kept in ``meta``; opening an index built with other settings is refused.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from unspin.errors import StoreError
from unspin.model import Article, Relation

SCHEMA_VERSION = "1"

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL,
    origin TEXT NOT NULL,
    title TEXT, url TEXT, site TEXT, published TEXT, byline TEXT,
    text TEXT NOT NULL,
    words INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS fingerprints (
    hash INTEGER NOT NULL,
    article INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
    PRIMARY KEY (hash, article)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS fingerprints_article ON fingerprints(article);
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


class SQLiteStore:
    """The default store. Use as a context manager; ``settings`` must match a non-empty index."""

    def __init__(self, path: Path, settings: str, *, create: bool = True) -> None:
        self.path = path
        if not create and not path.exists():
            raise StoreError(f"no index at {path}: run 'unspin scan CORPUS --db {path}' first")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.connection = sqlite3.connect(path, timeout=30, isolation_level=None)
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
        with self.transaction():
            for item in batch:
                a = item.article
                self.connection.execute("DELETE FROM articles WHERE id = ?", (a.id,))
                cursor = self.connection.execute(
                    "INSERT INTO articles(id, content_hash, origin, title, url, site, published,"
                    " byline, text, words) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (a.id, a.content_hash, a.origin, a.title, a.url, a.site, a.published,
                     a.byline, a.text, item.words),
                )
                rowid = cursor.lastrowid
                self.connection.executemany(
                    "INSERT INTO fingerprints(hash, article) VALUES (?, ?)",
                    ((int(h), rowid) for h in item.fingerprints),
                )
                self.connection.executemany(
                    "INSERT OR IGNORE INTO lines(hash, article) VALUES (?, ?)",
                    ((h, rowid) for h in item.line_hashes),
                )

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
        return Article(*row)

    def article_by_id(self, article_id: str) -> Article:
        row = self.connection.execute("SELECT rowid FROM articles WHERE id = ?",
                                      (article_id,)).fetchone()
        if row is None:
            raise StoreError(f"article {article_id} is not in {self.path}")
        return self.article(int(row[0]))

    def sites(self) -> dict[str, str | None]:
        """Article id → site (``None`` when unknown)."""
        return dict(self.connection.execute("SELECT id, site FROM articles").fetchall())

    def article_ids(self) -> dict[int, str]:
        return dict(self.connection.execute("SELECT rowid, id FROM articles").fetchall())

    def count(self) -> int:
        return int(self.connection.execute("SELECT count(*) FROM articles").fetchone()[0])

    # -- fingerprints and lines -----------------------------------------------------------------

    def all_fingerprints(self) -> tuple[np.ndarray, np.ndarray]:
        """Every (article rowid, fingerprint) pair, as two numpy arrays."""
        rows = self.connection.execute("SELECT article, hash FROM fingerprints").fetchall()
        if not rows:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        table = np.array(rows, dtype=np.int64)
        return table[:, 0], table[:, 1]

    def articles_sharing(self, hashes: Sequence[int], max_df: int) -> dict[int, int]:
        """For a new article's fingerprints: how many each indexed article shares (common ones
        excepted)."""
        shared: dict[int, int] = {}
        for start in range(0, len(hashes), 500):
            chunk = [int(h) for h in hashes[start : start + 500]]
            marks = ",".join("?" * len(chunk))
            rows = self.connection.execute(
                f"SELECT hash, article FROM fingerprints WHERE hash IN ({marks})", chunk
            ).fetchall()
            by_hash: dict[int, list[int]] = {}
            for h, article in rows:
                by_hash.setdefault(h, []).append(article)
            for articles in by_hash.values():
                if len(articles) <= max_df:
                    for article in articles:
                        shared[article] = shared.get(article, 0) + 1
        return shared

    def frequent_lines(self, min_docs: int) -> set[int]:
        """Hashes of short lines found in at least ``min_docs`` articles: boilerplate."""
        rows = self.connection.execute(
            "SELECT hash FROM lines GROUP BY hash HAVING count(*) >= ?", (min_docs,)
        )
        return {h for (h,) in rows}

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
