"""The embedded index: one SQLite file holding articles, fingerprints, line hashes and relations.

:class:`SQLiteStore` is what the rest of unspin uses; it opens the file (``store.schema``) and
composes, over that one connection, the articles with what is kept per article
(``store.articles``) and the inverted index of their fingerprints (``store.postings``, laid out
as ``store.keys`` says). Every batch of articles is written in one transaction together with its
fingerprints and lines, relations are replaced in one transaction, and postings are merged in
one, so a crash or Ctrl-C leaves either the old state or the new one, never half of a batch
(SQLite's journal guarantees it). Opening an index built with other settings is refused.
A reader opens the store as a ``snapshot`` (one committed state throughout); a writer holds the
index's writer lock (``store.lock``) for its whole job.

Sized for a million articles on one machine: texts are stored zlib-compressed, fingerprints as
postings of 8 bytes each, and a large index is merged and read a key range at a time.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import numpy as np

from unspin.model import Article, IndexedRelation, Relation
from unspin.store.articles import ArticleStore, IndexedArticle, pack_text, unpack_text
from unspin.store.keys import KEY_BITS, KEY_CHANNEL_BIT, fingerprint_keys, index_keys
from unspin.store.postings import PostingsIndex
from unspin.store.schema import (
    PAGE_SIZE,
    SCHEMA,
    SCHEMA_VERSION,
    Transaction,
    begin_snapshot,
    check_settings,
    connect,
)

__all__ = [
    "KEY_BITS",
    "KEY_CHANNEL_BIT",
    "PAGE_SIZE",
    "POSTINGS_PER_PART",
    "SCHEMA",
    "SCHEMA_VERSION",
    "IndexedArticle",
    "SQLiteStore",
    "fingerprint_keys",
    "index_keys",
    "open_store",
    "pack_text",
    "parts_for",
    "unpack_text",
]

# Kept here, beside the store callers use, and read at each call: callers (and tests, to force
# an index into parts) set ``sqlite.POSTINGS_PER_PART``, and the merge follows it.
POSTINGS_PER_PART = 16_000_000
"""At most about this many postings (some 100,000 articles of 2,700 characters) are held in
memory at once: a larger index is merged and read for candidates a key range at a time."""


def parts_for(postings: int) -> int:
    """How many key ranges ``postings`` postings are handled in (at least one)."""
    return max(1, -(-postings // POSTINGS_PER_PART))


class SQLiteStore:
    """The default store. Use as a context manager; ``settings`` must match a non-empty index.

    Its methods are those of its :class:`ArticleStore` and its :class:`PostingsIndex`, and are
    documented there."""

    def __init__(self, path: Path, settings: str, *, create: bool = True,
                 snapshot: bool = False) -> None:
        self.path = path
        self.connection = connect(path, create=create)
        try:
            check_settings(self.connection, path, settings, create=create)
            if snapshot:
                begin_snapshot(self.connection)
        except BaseException:
            self.connection.close()
            raise
        self.snapshot = snapshot
        self._articles = ArticleStore(self.connection, path)
        self._postings = PostingsIndex(self.connection, path.parent, self._articles.roots_of)

    def close(self) -> None:
        if self.snapshot and self.connection.in_transaction:
            self.connection.execute("ROLLBACK")  # a read transaction: nothing to keep
        self.connection.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def transaction(self) -> Transaction:
        return Transaction(self.connection)

    # -- articles (``ArticleStore``) ------------------------------------------------------------

    def content_hashes(self) -> dict[str, str]:
        return self._articles.content_hashes()

    def write_articles(self, batch: Iterable[IndexedArticle]) -> None:
        """Insert or replace a batch of articles with their fingerprints, in one transaction."""
        self._articles.write_articles(batch, self._postings)

    def delete_articles(self, ids: Iterable[str]) -> int:
        return self._articles.delete_articles(ids)

    def article(self, rowid: int) -> Article:
        return self._articles.article(rowid)

    def article_by_id(self, article_id: str) -> Article:
        return self._articles.article_by_id(article_id)

    def sites(self) -> dict[str, str | None]:
        return self._articles.sites()

    def article_rows(self) -> Iterator[tuple[str, str | None, str | None, str | None,
                                             str | None]]:
        return self._articles.article_rows()

    def story_rows(self) -> Iterator[tuple[int, str, str | None, str | None, bytes | None]]:
        return self._articles.story_rows()

    def texts(self, rowids: Iterable[int]) -> dict[int, str]:
        return self._articles.texts(rowids)

    def sketches(self) -> tuple[np.ndarray, list[bytes | None]]:
        return self._articles.sketches()

    def write_roots(self, roots: Iterable[tuple[int, int]]) -> None:
        self._articles.write_roots(roots)

    def roots_of(self, rowids: Sequence[int]) -> dict[int, int]:
        return self._articles.roots_of(rowids)

    def article_ids(self) -> dict[int, str]:
        return self._articles.article_ids()

    def count(self) -> int:
        return self._articles.count()

    def frequent_lines(self, min_docs: int) -> set[int]:
        return self._articles.frequent_lines(min_docs)

    def line_hashes_of(self, rowid: int) -> list[int]:
        return self._articles.line_hashes_of(rowid)

    def line_document_counts(self, hashes: Sequence[int]) -> dict[int, int]:
        return self._articles.line_document_counts(hashes)

    def replace_relations(self, relations: Iterable[Relation],
                          roots: Iterable[tuple[int, int]] | None = None) -> None:
        self._articles.replace_relations(relations, roots)

    def relation_pairs(self) -> set[tuple[str, str]]:
        return self._articles.relation_pairs()

    def relations(self, kind: str | None = None, offset: int = 0, limit: int | None = None,
                  copy: str | None = None) -> Iterator[IndexedRelation]:
        return self._articles.relations(kind, offset, limit, copy)

    def relation_count(self, kind: str | None = None) -> int:
        return self._articles.relation_count(kind)

    # -- fingerprints (``PostingsIndex``) -------------------------------------------------------

    def all_fingerprints(self) -> tuple[np.ndarray, np.ndarray]:
        return self._postings.all_fingerprints()

    def fingerprint_parts(self, parts: int) -> Iterator[tuple[np.ndarray, np.ndarray]]:
        return self._postings.fingerprint_parts(parts)

    def posting_count(self) -> int:
        return self._postings.posting_count()

    def flush_postings(self) -> None:
        """Merge waiting fingerprints into the postings and drop those of deleted articles.
        Postings beyond :data:`POSTINGS_PER_PART` are rebuilt a key range at a time."""
        self._postings.flush(parts_for)

    def articles_sharing(self, hashes: Sequence[int] | np.ndarray, max_df: int,
                         skeleton_weight: float = 1.0) -> dict[int, float]:
        return self._postings.articles_sharing(hashes, max_df, skeleton_weight)

    def sharing(self, hashes: Sequence[int] | np.ndarray, max_df: int, rare_df: int = 0,
                skeleton_weight: float = 1.0) -> tuple[dict[int, float], set[int]]:
        return self._postings.sharing(hashes, max_df, rare_df, skeleton_weight)

    def sharing_with_groups(
        self, hashes: Sequence[int] | np.ndarray, max_df: int, rare_df: int = 0,
        skeleton_weight: float = 1.0, sample: int = 8,
    ) -> tuple[dict[int, float], set[int], dict[int, int]]:
        return self._postings.sharing_with_groups(hashes, max_df, rare_df, skeleton_weight,
                                                  sample)


def open_store(url: str | Path, settings: str, *, create: bool = True,
               snapshot: bool = False) -> SQLiteStore:
    """Open the store named by ``url``: a path or ``sqlite:///path``.

    With ``snapshot`` (readers), everything read through the store comes from one committed
    state of the index, whatever a scan commits meanwhile (a read transaction, held until the
    store is closed); such a store cannot write."""
    text = str(url)
    if text.startswith("sqlite:///"):
        return SQLiteStore(Path(text[len("sqlite:///") :]), settings, create=create,
                           snapshot=snapshot)
    if "://" not in text:
        return SQLiteStore(Path(text), settings, create=create, snapshot=snapshot)
    raise ValueError(f"unknown store {url!r}")
