"""The trace job: the sources (or copies) of one new article in an existing index.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

import numpy as np

from unspin.config import Config
from unspin.errors import InputError, UsageError
from unspin.jobs import worker
from unspin.jobs.common import paraphrase_note
from unspin.jobs.indexing import indexed_document
from unspin.jobs.verify import verify
from unspin.model import Failure
from unspin.pipeline.boilerplate import masked_tokens, short_line_hashes
from unspin.pipeline.candidates import CandidateConfig, qualifies
from unspin.pipeline.codes import SynonymLookup
from unspin.pipeline.fingerprint import is_skeleton
from unspin.pipeline.normalize import Document, normalize
from unspin.pipeline.paraphrase import RewriteMatcher
from unspin.pipeline.provenance import (
    explained_by_index,
)
from unspin.pipeline.read import iter_raw_documents
from unspin.results import TraceResult
from unspin.store.lock import writer_lock
from unspin.store.sqlite import (
    IndexedArticle,
    SQLiteStore,
    open_store,
)


def trace(
    path: Path | str,
    db: Path | str,
    config: Config | None = None,
    add: bool = False,
    wait: bool = True,
    on_wait: Callable[[str], None] | None = None,
) -> list[TraceResult]:
    """Sources (and copies) of the article(s) in ``path`` against an existing index.

    The index is read as one snapshot (what a scan commits meanwhile is not seen); with
    ``add``, which writes, the index's writer lock is held instead (``wait`` and ``on_wait``
    as for ``scan``)."""
    config = config or Config()
    path = Path(path)
    if not path.is_file():
        raise UsageError(f"{path} is not a file: trace takes one article file")
    # (no lock for an index that is not there: opening it says so, and no lock file is left)
    with (writer_lock(Path(db), "trace --add", wait=wait, on_wait=on_wait)
          if add and Path(db).exists() else contextlib.nullcontext()):
        return _trace(path, Path(db), config, add)


def _trace(path: Path, db: Path, config: Config, add: bool) -> list[TraceResult]:
    lexicon = worker.lexicon()
    rewrites = worker.rewrite_matcher(config)
    results: list[TraceResult] = []
    failures: list[Failure] = []
    with open_store(db, config.index_summary(), create=False, snapshot=not add) as store:
        for item in iter_raw_documents(path, max_bytes=config.max_bytes):
            if isinstance(item, Failure):
                failures.append(item)
                continue
            indexed = indexed_document(item, config, pack=False)
            if isinstance(indexed, Failure):
                failures.append(indexed)
                continue
            results.append(_trace_one(store, *indexed, config, lexicon, rewrites, add))
    if failures and not results:
        raise InputError(failures[0].origin, failures[0].reason)
    if results:
        results[0].failures.extend(failures)
        results[0].notes.extend(paraphrase_note(config))
    return results


def _trace_candidates(store: SQLiteStore, shared: dict[int, float], rare: set[int],
                      common: dict[int, int], prints: np.ndarray, wanted: CandidateConfig
                      ) -> list[int]:
    """The indexed articles worth aligning with a traced one: those sharing enough fingerprints
    (the scan's rule), and the roots of near-duplicate groups reached by a fifth or more of its
    word fingerprints through fingerprints too common to count (a story republished hundreds
    of times); a group member goes when its root is there and shares as much."""
    words = max(1, int((~is_skeleton(np.asarray(prints, dtype=np.uint64))).sum()))
    articles = list(shared)
    keep = qualifies(np.array([shared[a] for a in articles], dtype=np.float64),
                     np.array([a in rare for a in articles], dtype=bool), wanted)
    found = {a: shared[a] for a, kept in zip(articles, keep.tolist(), strict=True) if kept}
    for root, n in common.items():
        if n >= wanted.min_shared_common and n >= TRACE_GROUP_SHARE * words:
            found[root] = found.get(root, 0.0) + n
    roots = store.roots_of(sorted(found))

    def explained(member: int, shares: float) -> bool:
        """The member's root is a candidate and shares nearly as much (a page's own lines
        aside): the root alone is aligned."""
        root = roots.get(member, member)
        if root == member or root not in found:
            return False
        return shares - min(found[root], shares) < max(wanted.min_shared_common, 0.2 * shares)

    return sorted(a for a, n in found.items() if not explained(a, n))


TRACE_GROUP_SHARE = 0.2


def _trace_one(
    store: SQLiteStore,
    indexed: IndexedArticle,
    doc: Document,
    config: Config,
    lexicon: SynonymLookup | None,
    rewrites: RewriteMatcher | None,
    add: bool,
) -> TraceResult:
    article = indexed.article
    wanted = config.candidates
    shared, rare, common = store.sharing_with_groups(
        indexed.fingerprints, wanted.max_df, wanted.rare_df, wanted.skeleton_weight)
    candidates = _trace_candidates(store, shared, rare, common, indexed.fingerprints, wanted)

    def mask(document: Document) -> frozenset[int]:
        """Boilerplate tokens, counting the traced article as one more document."""
        counts = store.line_document_counts(short_line_hashes(document, config.boilerplate))
        frequent = {h for h, n in counts.items() if n + 1 >= config.boilerplate.min_docs}
        return masked_tokens(document, frequent)

    own_mask = mask(doc)
    relations = []
    for rowid in candidates:
        other = store.article(rowid)
        if other.id == article.id:
            continue
        other_doc = normalize(other.id, other.text)
        relation = verify(
            (article, doc, own_mask), (other, other_doc, mask(other_doc)), config, lexicon,
            rewrites,
        )
        if relation is not None:
            relations.append(relation)
    if len(relations) > 1:  # one relation is never explained away by another
        relations = explained_by_index(relations, article.id, store.relation_pairs())
    if add:
        store.write_articles([indexed])
        store.flush_postings()
    relations.sort(key=lambda r: -r.score)
    return TraceResult(article, relations, len(candidates))
