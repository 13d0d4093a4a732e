"""The index's articles and what is kept per article: texts, short-line hashes, near-duplicate
sketches and group roots, and the relations found between articles.

Texts are stored zlib-compressed. A batch of articles is written in one transaction with its
lines and its fingerprints (which wait for the postings, see ``store.postings``); relations are
replaced in one transaction. Deleting an article deletes its lines and relations with it
(foreign keys) and marks its postings removed (a trigger).
"""

from __future__ import annotations

import json
import sqlite3
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from unspin.errors import StoreError
from unspin.model import Article, IndexedRelation, Relation
from unspin.store.keys import index_keys
from unspin.store.postings import PostingsIndex
from unspin.store.schema import Transaction


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
    facts: bytes = b""  # the story facts (``stories.facts.pack``)

    def for_writing(self) -> IndexedArticle:
        """The same, with everything the store writes made ahead (in a worker process) and the
        text, which the store keeps packed, left out: less to send back to the writer."""
        return IndexedArticle(
            article=replace(self.article, text=""), words=self.words,
            fingerprints=np.zeros(0, dtype=np.uint64), line_hashes=self.line_hashes,
            packed_text=self.packed_text or pack_text(self.article.text),
            keys=self.keys or index_keys(self.fingerprints), sketch=self.sketch,
            facts=self.facts)


def pack_text(text: str) -> bytes:
    return zlib.compress(text.encode("utf-8", "surrogatepass"), 6)


def unpack_text(data: bytes | str) -> str:
    if isinstance(data, str):
        return data
    return zlib.decompress(data).decode("utf-8", "surrogatepass")


class ArticleStore:
    """The articles of the index at ``path``, with their lines, sketches, roots and relations,
    over the store's connection."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self.connection = connection
        self.path = path

    # -- articles -------------------------------------------------------------------------------

    def content_hashes(self) -> dict[str, str]:
        return dict(self.connection.execute("SELECT id, content_hash FROM articles").fetchall())

    def write_articles(self, batch: Iterable[IndexedArticle], postings: PostingsIndex) -> None:
        """Insert or replace a batch of articles with their fingerprints (left waiting in
        ``postings``) and lines, in one transaction."""
        items = list(batch)
        if not items:
            return
        with Transaction(self.connection):
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
                                 item.words, item.sketch or None, item.facts or None))
                pending.append((rowid, item.keys or index_keys(item.fingerprints)))
                lines.extend((h, rowid) for h in item.line_hashes)
            self.connection.executemany(
                "INSERT INTO articles(rowid, id, content_hash, origin, title, url, site,"
                " published, byline, text, words, sketch, facts)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                articles)
            postings.add_pending(pending)
            self.connection.executemany(
                "INSERT OR IGNORE INTO lines(hash, article) VALUES (?, ?)", lines)

    def delete_articles(self, ids: Iterable[str]) -> int:
        with Transaction(self.connection):
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

    def texts(self, rowids: Iterable[int]) -> dict[int, str]:
        """The texts of the articles ``rowids`` (those still in the index), read in batches."""
        wanted = sorted(set(rowids))
        out: dict[int, str] = {}
        for start in range(0, len(wanted), 500):
            batch = wanted[start:start + 500]
            marks = ",".join("?" * len(batch))
            for rowid, text in self.connection.execute(
                    f"SELECT rowid, text FROM articles WHERE rowid IN ({marks})", batch):
                out[int(rowid)] = unpack_text(text)
        return out

    def story_rows(self) -> Iterator[tuple[int, str, str | None, str | None, bytes | None]]:
        """Every article's row id, id, title, publication date and packed story facts, by row
        id (the text is not read)."""
        yield from self.connection.execute(
            "SELECT rowid, id, title, published, facts FROM articles ORDER BY rowid")

    def article_rows(self) -> Iterator[tuple[str, str | None, str | None, str | None,
                                             str | None]]:
        """Every article's id, title, URL, site and publication date, by row id (no text)."""
        yield from self.connection.execute(
            "SELECT id, title, url, site, published FROM articles ORDER BY rowid")

    def sites(self) -> dict[str, str | None]:
        """Article id → site (``None`` when unknown)."""
        return dict(self.connection.execute("SELECT id, site FROM articles").fetchall())

    def article_ids(self) -> dict[int, str]:
        return dict(self.connection.execute("SELECT rowid, id FROM articles").fetchall())

    def count(self) -> int:
        return int(self.connection.execute("SELECT count(*) FROM articles").fetchone()[0])

    # -- near-duplicate groups ------------------------------------------------------------------

    def sketches(self) -> tuple[np.ndarray, list[bytes | None]]:
        """Every article's row id and near-duplicate sketch (``None`` where it has none)."""
        rows = self.connection.execute("SELECT rowid, sketch FROM articles ORDER BY rowid"
                                       ).fetchall()
        return np.array([r for r, _ in rows], dtype=np.int64), [b for _, b in rows]

    def write_roots(self, roots: Iterable[tuple[int, int]]) -> None:
        """Each article's near-duplicate group root (row ids; an article alone is its own)."""
        with Transaction(self.connection):
            self._write_roots(roots)

    def _write_roots(self, roots: Iterable[tuple[int, int]]) -> None:
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

    # -- short lines ----------------------------------------------------------------------------

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

    def replace_relations(self, relations: Iterable[Relation],
                          roots: Iterable[tuple[int, int]] | None = None) -> None:
        """Replace every relation (and, given ``roots``, every near-duplicate group root, as
        ``write_roots``) in one transaction: a reader sees the last scan's roots and
        relations together, never one scan's roots with another's relations."""
        rowids = {v: k for k, v in self.article_ids().items()}
        with Transaction(self.connection):
            if roots is not None:
                self._write_roots(roots)
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

    def relations(self, kind: str | None = None, offset: int = 0, limit: int | None = None,
                  copy: str | None = None) -> Iterator[IndexedRelation]:
        """The stored relations in the order they were written: of ``kind`` only, of the copy
        ``copy`` only, when given; ``limit`` of them from the ``offset``-th on."""
        where, values = self._relation_filter(kind, copy)
        query = f"SELECT r.body FROM relations r{where} ORDER BY r.rowid"
        bounds: tuple[int, ...] = ()
        if limit is not None or offset:
            query += " LIMIT ? OFFSET ?"
            bounds = (-1 if limit is None else limit, offset)
        for (body,) in self.connection.execute(query, (*values, *bounds)):
            yield IndexedRelation.from_json(json.loads(body))

    def relation_count(self, kind: str | None = None) -> int:
        """How many relations are stored (of ``kind`` only, when given)."""
        where, values = self._relation_filter(kind, None)
        return int(self.connection.execute(f"SELECT count(*) FROM relations r{where}",
                                           values).fetchone()[0])

    @staticmethod
    def _relation_filter(kind: str | None, copy: str | None) -> tuple[str, tuple[str, ...]]:
        terms: list[str] = []
        values: list[str] = []
        if kind is not None:
            terms.append("r.kind = ?")
            values.append(kind)
        if copy is not None:
            terms.append("r.copy = (SELECT rowid FROM articles WHERE id = ?)")
            values.append(copy)
        return (" WHERE " + " AND ".join(terms) if terms else ""), tuple(values)
