"""A worker process's state and tasks: the index it reads, its document cache, its lexicon and
rewrite matcher, and the task functions the executor maps over documents and candidate pairs.

The state is set by ``start`` (the executor's initializer) in each worker, or in this process
when the work runs here; the tasks are module-level functions so that they pickle by name.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from unspin.config import Config
from unspin.jobs import bounds
from unspin.jobs.common import load_lexicon
from unspin.jobs.indexing import index_document
from unspin.jobs.verify import verify, verify_words
from unspin.model import Article, Failure, RawDocument, Relation
from unspin.pipeline.boilerplate import masked_tokens
from unspin.pipeline.codes import SynonymLookup
from unspin.pipeline.normalize import Document, normalize
from unspin.pipeline.paraphrase import RewriteMatcher
from unspin.store.sqlite import IndexedArticle, SQLiteStore

_config: Config | None = None
_db: Path | None = None
_boilerplate: frozenset[int] = frozenset()
_threads_limited = False
_warmed = False


def start(pooled: bool, config: Config, db: Path | None, boilerplate: frozenset[int]) -> None:
    """Set this process's state (``pooled``: a pool process, one BLAS thread per model, as the
    pool already has one process per core)."""
    global _config, _db, _boilerplate, _threads_limited, _warmed
    _config, _db, _boilerplate, _threads_limited = config, db, boilerplate, pooled
    _warmed = False  # a new pool process: warm up (and cap its memory) before its first article
    _store.cache_clear()
    document.cache_clear()
    _prepared.clear()
    rewrites.cache_clear()


def index_task(raw: RawDocument) -> tuple[str, IndexedArticle | Failure]:
    """One document indexed, within the per-article time and memory bounds (``jobs.bounds``;
    the memory cap is set once, in a pool process)."""
    global _warmed
    assert _config is not None
    if not _warmed:  # what indexing loads once (word frequencies) is not the article's work
        _warmed = True
        index_document(bounds.WARM_UP, _config)
        if _threads_limited:
            bounds.cap_memory(_config.article_memory_mb)
    try:
        with bounds.time_bound(_config.article_seconds):
            indexed = index_document(raw, _config)
            if not isinstance(indexed, Failure):
                indexed = indexed.for_writing()
    except bounds.ArticleTimeout:
        return raw.id, bounds.too_slow(raw.origin, _config)
    except MemoryError:
        return raw.id, bounds.too_large(raw.origin, _config)
    return raw.id, indexed


@lru_cache(maxsize=1)
def _store() -> SQLiteStore:
    assert _db is not None and _config is not None
    return SQLiteStore(_db, _config.index_summary(), create=False)


@lru_cache(maxsize=1024)  # pairs come sorted, so the first article repeats; the second rarely
def document(rowid: int) -> tuple[Article, Document, frozenset[int]]:
    article = _store().article(rowid)
    doc = normalize(article.id, article.text)
    return article, doc, masked_tokens(doc, _boilerplate)


def verify_task(pair: tuple[int, int]) -> Relation | None:
    assert _config is not None
    return verify(document(pair[0]), document(pair[1]), _config, lexicon(), rewrites())


def verify_member_task(pair: tuple[int, int]) -> Relation | None:
    """``verify_task`` of a near-duplicate group member and its root (the second), at the
    word level alone: pages that share most of their shingles are word-level copies, which a
    rewrite cannot describe better (and the sentence model stays unloaded for them)."""
    assert _config is not None
    root = document(pair[1])
    return verify_words(document(pair[0]), root, _config, lexicon(), root=root[0].id)


_prepared: dict[str, tuple[Article, Document, frozenset[int]]] = {}


def prepared(article: Article) -> tuple[Article, Document, frozenset[int]]:
    """``document`` of an article given whole rather than read from the index (a backend's
    workers get the articles with the pairs); the last 1,024 are kept."""
    found = _prepared.get(article.id)
    if found is None or found[0] != article:
        doc = normalize(article.id, article.text)
        found = article, doc, masked_tokens(doc, _boilerplate)
        if len(_prepared) >= 1024:
            _prepared.pop(next(iter(_prepared)))
        _prepared[article.id] = found
    return found


def verify_articles(member: bool, first: Article, second: Article) -> Relation | None:
    """``verify_either`` of two articles given whole (the second is the root of a member
    task)."""
    assert _config is not None
    one, two = prepared(first), prepared(second)
    if member:
        return verify_words(one, two, _config, lexicon(), root=two[0].id)
    return verify(one, two, _config, lexicon(), rewrites())


def verify_either(task: tuple[bool, int, int]) -> Relation | None:
    """A pair task (``verify_task``) or, when the flag is set, a member task."""
    member, first, second = task
    return (verify_member_task if member else verify_task)((first, second))


@lru_cache(maxsize=1)
def rewrites() -> RewriteMatcher | None:
    """This process's rewrite matcher (its model loads on first use, after the fork)."""
    return rewrite_matcher(_config or Config(), threads=1 if _threads_limited else None)


def rewrite_matcher(config: Config, threads: int | None = None) -> RewriteMatcher | None:
    """A matcher for rewritten copies, or ``None`` when the channel is off or not installed."""
    from unspin.semantic import default_encoder

    if not config.paraphrase.enabled:
        return None
    encoder = default_encoder(threads)
    if encoder is None:
        return None
    return RewriteMatcher(encoder, config.paraphrase, lexicon())


@lru_cache(maxsize=1)
def lexicon() -> SynonymLookup | None:
    return load_lexicon()
