"""Reading an index as the report and the web app show it: its articles, one article, its
relations (of one kind), and a copy restored against the source the index holds for it."""

from __future__ import annotations

from pathlib import Path
from typing import get_args

from unspin.config import Config
from unspin.errors import StoreError, UsageError
from unspin.jobs.restore import restore_against
from unspin.model import Article, IndexedRelation, RelationKind
from unspin.results import ArticleInfo, RestoreResult
from unspin.spinning.restore import apply_changes
from unspin.store.sqlite import open_store

KINDS: tuple[str, ...] = get_args(RelationKind)


def articles(db: Path | str, config: Config | None = None) -> list[ArticleInfo]:
    """Every article of the index ``db`` (id, title, URL, site, date; no text), in the order
    they were indexed."""
    config = config or Config()
    with open_store(Path(db), config.index_summary(), create=False) as store:
        return [ArticleInfo(*row) for row in store.article_rows()]


def article(article_id: str, db: Path | str, config: Config | None = None) -> Article:
    """The article ``article_id`` of the index ``db`` with its extracted text; an id the index
    does not hold is a usage error."""
    config = config or Config()
    with open_store(Path(db), config.index_summary(), create=False) as store:
        try:
            return store.article_by_id(article_id)
        except StoreError:
            raise UsageError(f"no article {article_id!r} in {db}") from None


def relations(db: Path | str, kind: str | None = None, config: Config | None = None,
              offset: int = 0, limit: int | None = None) -> list[IndexedRelation]:
    """The relations the last scan stored in ``db`` (each copy against its best source), of
    ``kind`` only when given (verbatim, partial, spun or paraphrase); ``limit`` of them from the
    ``offset``-th on, in the order the scan stored them (a page: the whole list by default)."""
    _check_kind(kind)
    if offset < 0 or (limit is not None and limit < 0):
        raise UsageError(f"offset and limit must not be negative (got {offset}, {limit})")
    config = config or Config()
    with open_store(Path(db), config.index_summary(), create=False) as store:
        return list(store.relations(kind, offset, limit))


def relation_count(db: Path | str, kind: str | None = None, config: Config | None = None
                   ) -> int:
    """How many relations the last scan stored in ``db`` (of ``kind`` only, when given)."""
    _check_kind(kind)
    config = config or Config()
    with open_store(Path(db), config.index_summary(), create=False) as store:
        return store.relation_count(kind)


def _check_kind(kind: str | None) -> None:
    if kind is not None and kind not in KINDS:
        raise UsageError(f"unknown kind {kind!r}: give one of {', '.join(KINDS)}")


def restored(article_id: str, db: Path | str, source: str | None = None,
             config: Config | None = None) -> RestoreResult:
    """The article ``article_id`` of ``db`` with its substitutions put back as ``source`` (an
    article of the index) words them; by default its best source among the stored relations
    (the one it copied most from). An article that is nobody's copy comes back unchanged,
    with a note saying so. Each change keeps its offsets in the copy and in the source."""
    config = config or Config()
    with open_store(Path(db), config.index_summary(), create=False) as store:
        try:
            copy = store.article_by_id(article_id)
        except StoreError:
            raise UsageError(f"no article {article_id!r} in {db}") from None
        if source is None:
            mine = list(store.relations(copy=article_id))
            if mine:
                source = max(mine, key=lambda r: (r.copied, r.score)).source
        try:
            original = store.article_by_id(source) if source is not None else None
        except StoreError:
            raise UsageError(f"no article {source!r} in {db}") from None
    if original is None:
        return RestoreResult(copy, None, apply_changes(copy.text, []),
                             [f"{article_id} is nobody's copy in {db}: nothing restored"])
    return restore_against(copy, original, config)
