"""The scan and trace jobs: the pipeline stages wired to the embedded store, run in-process.

``scan`` indexes what changed under a corpus (content hash), then finds candidate pairs over the
whole index and verifies each by alignment. ``trace`` does the same for one new article against
an existing index. Work is spread over processes with the same pure functions, so the result does
not depend on the number of workers.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

import numpy as np

from unspin import accelerated
from unspin.config import Config
from unspin.errors import InputError, UsageError
from unspin.model import Alignment, Article, Failure, RawDocument, Relation, Substitution
from unspin.pipeline.align import AlignConfig, SynonymLookup, align
from unspin.pipeline.boilerplate import masked_tokens, short_line_hashes
from unspin.pipeline.candidates import CandidateConfig, candidate_pairs_in_parts
from unspin.pipeline.extract import extract
from unspin.pipeline.fingerprint import fingerprints, is_skeleton
from unspin.pipeline.near_duplicates import group_members, groups, sketch, sketch_rows
from unspin.pipeline.normalize import Document, normalize
from unspin.pipeline.paraphrase import RewriteMatcher, relate_paraphrase
from unspin.pipeline.provenance import (
    explained_away,
    explained_by_index,
    likelier_source,
    orient,
    weak,
)
from unspin.pipeline.read import iter_raw_documents
from unspin.pipeline.relate import evidence, relate
from unspin.spinning.mined import SwapTable
from unspin.spinning.restore import (
    Change,
    Restoration,
    apply_changes,
    changes_from_substitutions,
)
from unspin.spinning.score import Suspect
from unspin.store import sqlite as sqlite_store
from unspin.store.sqlite import (
    KEY_CHANNEL_BIT,
    IndexedArticle,
    SQLiteStore,
    open_store,
    pack_text,
)

T = TypeVar("T")
R = TypeVar("R")
BATCH = 256
WINDOW = 4096  # items handed to the worker processes at a time


@dataclass(slots=True)
class ScanStats:
    """What a scan did, stage by stage, and what it dropped."""

    seen: int = 0
    indexed: int = 0
    unchanged: int = 0
    removed: int = 0
    failed: int = 0
    candidates: int = 0
    candidates_capped: int = 0  # sharing enough, but weaker than each article's best few
    relations: int = 0
    common_fingerprints_dropped: int = 0
    near_duplicates: int = 0  # articles compared with their near-duplicate group's root alone
    seconds: float = 0.0
    phases: dict[str, float] = field(default_factory=dict)  # wall-clock seconds by stage
    # The scanning process's largest resident size (MiB) so far at the end of each stage: the
    # stage where it grows is the one that needed the memory.
    peak_mb: dict[str, float] = field(default_factory=dict)

    def timed(self, phase: str, since: float) -> float:
        """Add the time from ``since`` to ``phase``; returns now, the start of the next one."""
        now = time.perf_counter()
        self.phases[phase] = self.phases.get(phase, 0.0) + now - since
        self.peak_mb[phase] = _peak_rss_mb()
        return now


def _peak_rss_mb() -> float:
    """This process's largest resident set size so far, in MiB (0 where the platform does not
    say). On Linux from ``VmHWM``: ``ru_maxrss`` keeps, across the ``exec`` that started this
    process, the size of the process that launched it (a benchmark holding a corpus in memory
    made a 300 MB scan look like 3.8 GB)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        pass
    try:
        import resource
    except ImportError:  # pragma: no cover - not on Windows
        return 0.0
    kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kib / (1024 * 1024) if sys.platform == "darwin" else kib / 1024


@dataclass(slots=True)
class ScanResult:
    db: Path
    relations: list[Relation]
    failures: list[Failure]
    stats: ScanStats
    notes: list[str] = field(default_factory=list)
    # With ``all_pairs``: links between copies of one source, which the source explains (not
    # stored in the index; families are built from ``relations``).
    siblings: list[Relation] = field(default_factory=list)


@dataclass(slots=True)
class TraceResult:
    article: Article
    relations: list[Relation]
    candidates: int
    failures: list[Failure] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


PARAPHRASE_OFF = (
    "paraphrase channel off: rewritten copies are not looked for "
    "(install unspin[semantic] to turn it on)"
)


TAGGER_OFF = (
    "part-of-speech tagger off: suspects are guessed from the words alone "
    "(install unspin[nlp] to sharpen them)"
)


def tagger_note() -> list[str]:
    """Why the spin guesser works without parts of speech, if it does."""
    from unspin.spinning.guess import tagger_available

    return [] if tagger_available() else [TAGGER_OFF]


def paraphrase_note(config: Config) -> list[str]:
    """Why rewritten copies will not be found, if they will not."""
    from unspin.semantic import semantic_available

    return [PARAPHRASE_OFF] if config.paraphrase.enabled and not semantic_available() else []


def accelerated_note() -> list[str]:
    """Why indexing runs slower than it could, if it does."""
    return [] if accelerated.accel is not None else [accelerated.PURE_PYTHON]


def default_db(corpus: Path) -> Path:
    """``CORPUS/.unspin/index.db`` (next to the file when CORPUS is a single file)."""
    base = corpus if corpus.is_dir() else corpus.parent
    return base / ".unspin" / "index.db"


def load_lexicon() -> SynonymLookup | None:
    from unspin.lexicon.synonyms import default_lexicon

    return default_lexicon()


# -- indexing ------------------------------------------------------------------------------------


def index_document(raw: RawDocument, config: Config) -> IndexedArticle | Failure:
    """Extract, normalise and fingerprint one document (runs in worker processes)."""
    indexed = _indexed(raw, config, pack=True)
    return indexed if isinstance(indexed, Failure) else indexed[0]


def _indexed(raw: RawDocument, config: Config, pack: bool
             ) -> tuple[IndexedArticle, Document] | Failure:
    """``index_document`` and the normalised document (the text packed for storing only when
    ``pack``)."""
    try:
        article = extract(raw)
    except InputError as error:
        return Failure(error.origin, error.reason)
    doc = normalize(article.id, article.text)
    prints = fingerprints(doc, config.fingerprint)
    indexed = IndexedArticle(
        article=article,
        words=len(doc),
        fingerprints=prints,
        line_hashes=short_line_hashes(doc, config.boilerplate),
        packed_text=pack_text(article.text) if pack else b"",
        sketch=sketch(prints, config.near_duplicates).tobytes(),
    )
    return indexed, doc


_worker_config: Config | None = None
_worker_db: Path | None = None
_worker_boilerplate: frozenset[int] = frozenset()


def _init_worker(config: Config, db: Path | None, boilerplate: frozenset[int]) -> None:
    global _worker_config, _worker_db, _worker_boilerplate
    _worker_config, _worker_db, _worker_boilerplate = config, db, boilerplate
    _worker_store.cache_clear()
    _document.cache_clear()
    _rewrites.cache_clear()


def _init_pool_worker(config: Config, db: Path | None, boilerplate: frozenset[int]) -> None:
    """A pool process: one thread per model, as the pool already has one process per core."""
    global _worker_threads_limited
    _worker_threads_limited = True
    _init_worker(config, db, boilerplate)


def _index_task(raw: RawDocument) -> tuple[str, IndexedArticle | Failure]:
    assert _worker_config is not None
    indexed = index_document(raw, _worker_config)
    return raw.id, indexed if isinstance(indexed, Failure) else indexed.for_writing()


def _parallel_map(
    function: Callable[[T], R],
    items: Iterable[T],
    workers: int,
    initargs: tuple[Config, Path | None, frozenset[int]],
    chunksize: int = 8,
) -> Iterator[R]:
    """``map`` in order, in ``workers`` processes (in-process when ``workers`` is 1).

    At most a window of ``items`` is taken ahead of the results read back (``Pool.imap`` alone
    would read them all ahead of the workers), so a lazily read corpus stays out of memory.
    The pool's feeder thread takes them, one as each result is read: reading the corpus goes on
    while the workers work, and the workers never wait for a window to be read."""
    if workers <= 1:
        _init_worker(*initargs)
        yield from map(function, items)
        return
    context = multiprocessing.get_context("fork")
    pool = context.Pool(workers, initializer=_init_pool_worker, initargs=initargs)
    ahead = threading.Semaphore(max(WINDOW, chunksize * workers * 4))
    stopped = threading.Event()

    def bounded() -> Iterator[T]:
        for item in items:
            while not ahead.acquire(timeout=0.05):
                if stopped.is_set():  # the reader gave up: let the feeder thread end
                    return
            yield item

    try:
        for result in pool.imap(function, bounded(), chunksize=chunksize):
            ahead.release()
            yield result
        pool.close()
    finally:
        stopped.set()
        pool.terminate()
        pool.join()


# -- verification ---------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _worker_store() -> SQLiteStore:
    assert _worker_db is not None and _worker_config is not None
    return SQLiteStore(_worker_db, _worker_config.index_summary(), create=False)


@lru_cache(maxsize=1024)  # pairs come sorted, so the first article repeats; the second rarely
def _document(rowid: int) -> tuple[Article, Document, frozenset[int]]:
    article = _worker_store().article(rowid)
    doc = normalize(article.id, article.text)
    return article, doc, masked_tokens(doc, _worker_boilerplate)


def verify(
    first: tuple[Article, Document, frozenset[int]],
    second: tuple[Article, Document, frozenset[int]],
    config: Config,
    lexicon: SynonymLookup | None,
    rewrites: RewriteMatcher | None = None,
    root: str | None = None,
) -> Relation | None:
    """Align two articles; if it is reuse, orient it and return the relation (``root``: see
    ``orient``).

    Word-level alignment comes first. The sentence-level (paraphrase) alignment runs when it
    found nothing, or found a partial copy that a rewrite might explain better: the rewrite is
    reported when it covers clearly more of the copy.
    """
    lexical = verify_words(first, second, config, lexicon, root)
    if rewrites is None or not config.paraphrase.enabled:
        return lexical
    if lexical is not None and lexical.copied >= 1.0 - config.paraphrase.override_gain:
        return lexical
    (a, doc_a, mask_a), (b, doc_b, mask_b) = first, second
    if lexical is not None and lexical.copy == b.id:
        (a, doc_a, mask_a), (b, doc_b, mask_b) = second, first
    found = [p.copy for p in lexical.passages] if lexical is not None else []
    rewrite = rewrites.match(doc_a, doc_b, mask_a, mask_b, found)
    if rewrite is None:
        return lexical
    if lexical is not None:
        if rewrite.alignment.copied < lexical.copied + config.paraphrase.override_gain:
            return lexical
        return relate_paraphrase(rewrite, lexical.direction_reason, lexical.substitutions)
    direction = orient(a, b, rewrite.alignment, root=root)
    if direction.swap:
        swapped = rewrites.match(doc_b, doc_a, mask_b, mask_a)
        if swapped is not None:
            rewrite = swapped
    return relate_paraphrase(rewrite, direction.reason)


def verify_words(
    first: tuple[Article, Document, frozenset[int]],
    second: tuple[Article, Document, frozenset[int]],
    config: Config,
    lexicon: SynonymLookup | None,
    root: str | None = None,
) -> Relation | None:
    """The word-level (verbatim, partial, spun) relation between two articles, if any."""
    (a, doc_a, mask_a), (b, doc_b, mask_b) = first, second
    forward = align(doc_a, doc_b, config.align, lexicon, mask_a, mask_b)
    if not evidence(forward, config.relate):
        # Alignment is asymmetric (copy sentences look for source sentences): a headline and
        # lead copied into a longer page may only show from the other side.
        if not any(p.strong_sentences for p in forward.passages):
            return None
        forward = align(doc_b, doc_a, config.align, lexicon, mask_b, mask_a)
        if not evidence(forward, config.relate):
            return None
        (a, doc_a, mask_a), (b, doc_b, mask_b) = second, first
    direction = orient(a, b, forward, root=root)
    alignment = forward
    if direction.swap:
        alignment = align(doc_b, doc_a, config.align, lexicon, mask_b, mask_a)
    return relate(alignment, config.relate, direction.reason)


def _verify_task(pair: tuple[int, int]) -> Relation | None:
    assert _worker_config is not None
    return verify(_document(pair[0]), _document(pair[1]), _worker_config, _lexicon(),
                  _rewrites())


def _verify_member_task(pair: tuple[int, int]) -> Relation | None:
    """``_verify_task`` of a near-duplicate group member and its root (the second), at the
    word level alone: pages that share most of their shingles are word-level copies, which a
    rewrite cannot describe better (and the sentence model stays unloaded for them)."""
    assert _worker_config is not None
    root = _document(pair[1])
    return verify_words(_document(pair[0]), root, _worker_config, _lexicon(), root=root[0].id)


@lru_cache(maxsize=1)
def _rewrites() -> RewriteMatcher | None:
    """This process's rewrite matcher (its model loads on first use, after the fork)."""
    config = _worker_config or Config()
    return rewrite_matcher(config, threads=1 if _worker_threads_limited else None)


_worker_threads_limited = False


def rewrite_matcher(config: Config, threads: int | None = None) -> RewriteMatcher | None:
    """A matcher for rewritten copies, or ``None`` when the channel is off or not installed."""
    from unspin.semantic import default_encoder

    if not config.paraphrase.enabled:
        return None
    encoder = default_encoder(threads)
    if encoder is None:
        return None
    return RewriteMatcher(encoder, config.paraphrase, _lexicon())


@lru_cache(maxsize=1)
def _lexicon() -> SynonymLookup | None:
    return load_lexicon()


# -- jobs -----------------------------------------------------------------------------------------


def _workers(workers: int | None) -> int:
    return max(1, workers if workers is not None else (os.cpu_count() or 1))


def _progress(total: int | None, description: str, enabled: bool) -> object:
    from tqdm import tqdm

    # Shown only once a stage has run a second: small scans stay quiet.
    return tqdm(total=total, desc=description, unit="doc", disable=not enabled, file=sys.stderr,
                leave=False, delay=1.0)


def scan(
    corpus: Path | str,
    db: Path | str | None = None,
    config: Config | None = None,
    workers: int | None = None,
    progress: bool = False,
    all_pairs: bool = False,
) -> ScanResult:
    """Index every article under ``corpus`` (only what changed) and find all reuse relations.

    Each copy is reported against its best source; with ``all_pairs``, the links between
    copies of one source (siblings) come too, in ``ScanResult.siblings``."""
    started = time.perf_counter()
    corpus = Path(corpus)
    if not corpus.exists():
        raise UsageError(f"{corpus} does not exist: give a folder or file of articles")
    config = config or Config()
    db_path = Path(db) if db is not None else default_db(corpus)
    processes = _workers(workers)
    stats = ScanStats()
    failures: list[Failure] = []
    lexicon = _lexicon()  # loaded before forking, so workers share it
    with open_store(db_path, config.index_summary()) as store:
        known = store.content_hashes()
        present: set[str] = set()
        clock = time.perf_counter()

        def changed() -> Iterator[RawDocument]:
            """The documents to (re)index, read as the workers take them: a corpus is never
            held in memory whole."""
            for item in iter_raw_documents(corpus, max_bytes=config.max_bytes):
                if isinstance(item, Failure):
                    failures.append(item)
                    continue
                stats.seen += 1
                present.add(item.id)
                if known.get(item.id) == item.content_hash:
                    stats.unchanged += 1
                else:
                    yield item

        bar = _progress(None, "indexing", progress)
        batch: list[IndexedArticle] = []
        failed_ids: set[str] = set()
        for article_id, result in _parallel_map(
            _index_task, changed(), processes, (config, None, frozenset()), chunksize=16
        ):
            bar.update(1)  # type: ignore[attr-defined]
            if isinstance(result, Failure):
                failures.append(result)
                failed_ids.add(article_id)
                continue
            batch.append(result)
            if len(batch) >= BATCH:
                store.write_articles(batch)
                stats.indexed += len(batch)
                batch = []
        store.write_articles(batch)
        stats.indexed += len(batch)
        bar.close()  # type: ignore[attr-defined]
        stale = [i for i in known if i not in present or i in failed_ids]
        stats.removed = store.delete_articles(stale)
        stats.failed = len(failures)
        clock = stats.timed("read and index", clock)
        store.flush_postings()
        stats.timed("postings", clock)

        notes = paraphrase_note(config) + accelerated_note()
        relations, siblings = _relations(store, config, processes, progress, stats, lexicon,
                                         all_pairs, notes)
        clock = time.perf_counter()
        store.replace_relations(relations)
        stats.timed("write relations", clock)
    stats.relations = len(relations)
    stats.seconds = time.perf_counter() - started
    return ScanResult(db_path, relations, failures, stats, notes, siblings)


def _relations(
    store: SQLiteStore,
    config: Config,
    processes: int,
    progress: bool,
    stats: ScanStats,
    lexicon: SynonymLookup | None,
    all_pairs: bool = False,
    notes: list[str] | None = None,
) -> tuple[list[Relation], list[Relation]]:
    """The relations of the index (each copy against its best source), and with
    ``all_pairs`` the sibling links left out of them."""
    clock = time.perf_counter()
    # A large index is read a key range at a time and its pair instances counted on disk
    # beside it (see candidate_pairs_in_parts); a small one at once, in memory.
    frequent = store.frequent_lines(config.boilerplate.min_docs)
    root = _near_duplicate_roots(store, config, frequent)
    postings = store.posting_count()
    parts = sqlite_store.parts_for(postings)
    pairs, _counts, candidate_stats = candidate_pairs_in_parts(
        store.fingerprint_parts(parts), config.candidates, KEY_CHANNEL_BIT,
        spill=store.path.parent if parts > 1 else None, spill_buckets=4 * parts, root=root,
        documents=store.count())
    del _counts  # not to be inherited by the forked workers
    members = group_members(root)
    stats.near_duplicates = len(members)
    stats.candidates = candidate_stats.pairs
    stats.candidates_capped = candidate_stats.capped
    stats.common_fingerprints_dropped = candidate_stats.common_fingerprints_dropped
    boilerplate = frozenset(frequent)
    store.connection.execute("PRAGMA wal_checkpoint(PASSIVE)")
    clock = stats.timed("candidates", clock)
    tasks = [(int(a), int(b)) for a, b in pairs]
    bar = _progress(len(tasks) + len(members), "aligning",
                    progress and len(tasks) + len(members) > 500)
    initargs = (config, store.path, boilerplate)
    found = _verified(tasks, processes, initargs, bar, members)
    bar.close()  # type: ignore[attr-defined]
    ids = store.article_ids()
    found = _reroot(found, root, store, ids, processes, initargs)
    found = _grandparents(found, root, ids, processes, initargs)
    store.write_roots(_grouped(root))
    # Two members of one near-duplicate group are copies of one text: their link says no more
    # than their links to the root.
    linked = [r for (a, b), r in found.items()
              if r is not None and (root[a] != root[b] or root[a] in (a, b))]
    relations = explained_away(linked)
    siblings: list[Relation] = []
    if all_pairs:
        kept = {(r.copy, r.source) for r in relations}
        siblings = [r for r in found.values() if r is not None and (r.copy, r.source) not in kept]
        unaligned, too_large = _group_sibling_pairs(root, found)
        siblings += [r for r in _verified(unaligned, processes, initargs).values()
                     if r is not None]
        for group_root, size in too_large:
            (notes if notes is not None else []).append(
                f"{size} near-duplicates of {ids[group_root]}: their {size * (size - 1) // 2:,} "
                f"sibling links are not aligned (more than {ALL_PAIRS_GROUP} copies); each is "
                f"linked to {ids[group_root]}")
        siblings.sort(key=lambda r: (r.copy, r.source))
    relations.sort(key=lambda r: (r.copy, r.source))
    stats.timed("align", clock)
    return relations, siblings


ALL_PAIRS_GROUP = 60  # near-duplicate groups up to this size get their sibling links aligned


def _group_sibling_pairs(root: np.ndarray, found: dict[tuple[int, int], Relation | None]
                         ) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The pairs of members of each near-duplicate group not aligned yet, for groups of at
    most ``ALL_PAIRS_GROUP`` articles; and the (root, size) of the larger groups."""
    groups: dict[int, list[int]] = {}
    for member, group_root in group_members(root):
        groups.setdefault(group_root, []).append(member)
    pairs: list[tuple[int, int]] = []
    too_large: list[tuple[int, int]] = []
    for group_root, members in sorted(groups.items()):
        if len(members) + 1 > ALL_PAIRS_GROUP:
            too_large.append((group_root, len(members) + 1))
            continue
        pairs += [(a, b) for a, b in itertools.combinations(sorted(members), 2)
                  if (a, b) not in found and (b, a) not in found]
    return pairs, too_large


def _verify_either(task: tuple[bool, int, int]) -> Relation | None:
    """A pair task (``_verify_task``) or, when the flag is set, a member task."""
    member, first, second = task
    return (_verify_member_task if member else _verify_task)((first, second))


def _verified(
    pairs: list[tuple[int, int]],
    processes: int,
    initargs: tuple[Config, Path | None, frozenset[int]],
    bar: object = None,
    members: Sequence[tuple[int, int]] = (),
) -> dict[tuple[int, int], Relation | None]:
    """Each pair verified (``_verify_task``), and each (member, root) of ``members``
    (``_verify_member_task``), in one pool, by pair; ``bar`` counts them."""
    tasks = [(False, a, b) for a, b in pairs] + [(True, a, b) for a, b in members]
    found: dict[tuple[int, int], Relation | None] = {}
    if not tasks:  # no pool to start
        return found
    results = _parallel_map(_verify_either, tasks, processes, initargs, chunksize=32)
    for (_member, a, b), relation in zip(tasks, results, strict=True):
        found[(a, b)] = relation
        if bar is not None:
            bar.update(1)  # type: ignore[attr-defined]
    return found


def _grandparents(
    found: dict[tuple[int, int], Relation | None],
    root: np.ndarray,
    ids: dict[int, str],
    processes: int,
    initargs: tuple[Config, Path | None, frozenset[int]],
) -> dict[tuple[int, int], Relation | None]:
    """Compare a group member with its root's own sources when it is not a verbatim copy of the
    root: two spins of one original can be close enough to group, and each then took from the
    original, not from the other (``explained_away`` keeps the better link)."""
    rowid_of = {article_id: rowid for rowid, article_id in ids.items()}
    sources: dict[int, list[int]] = {}
    for relation in found.values():
        if relation is not None:
            copy, source = rowid_of[relation.copy], rowid_of[relation.source]
            # a root's sources outside its group: its own members are no grandparents
            if root[copy] == copy and root[source] != copy:
                sources.setdefault(copy, []).append(source)
    tasks = []
    for (member, head), relation in found.items():
        if relation is None or relation.kind == "verbatim" or root[member] != head:
            continue
        tasks += [(member, source) for source in sources.get(head, [])
                  if source != member and (member, source) not in found
                  and (source, member) not in found]
    found.update(_verified(tasks, processes, initargs))
    return found


def _grouped(root: np.ndarray) -> Iterator[tuple[int, int]]:
    """(article, root) for every article in a near-duplicate group, its root included."""
    in_group = root != np.arange(len(root))
    in_group[root[in_group]] = True
    for rowid in np.flatnonzero(in_group).tolist():
        yield rowid, int(root[rowid])


def _reroot(
    found: dict[tuple[int, int], Relation | None],
    root: np.ndarray,
    store: SQLiteStore,
    ids: dict[int, str],
    processes: int,
    initargs: tuple[Config, Path | None, frozenset[int]],
) -> dict[tuple[int, int], Relation | None]:
    """Move a group's root where the alignment shows it copied one of its members.

    The root was chosen before any alignment (``likelier_source``); a member's alignment with
    it may have more evidence (the wording at swaps). When that evidence says the root is the
    copy (coverage alone does not: a host page with paragraphs inserted looks like their
    source by it), the member it copied becomes the root (the likeliest source if several), and the
    group's members, and every other article compared with the old root, are compared with the
    new one instead. ``root`` is updated in place."""
    copied: dict[int, list[int]] = {}
    for (first, second), relation in found.items():
        old = int(root[first])
        if (relation is not None and first != old and second == old
                and relation.copy == ids[old] and not weak(relation.direction_reason)):
            copied.setdefault(old, []).append(first)
    if not copied:
        return found
    redo: dict[tuple[int, int], None] = {}
    for old, sources in copied.items():
        new = sources[0]
        for candidate in sources[1:]:
            if likelier_source(store.article(candidate), store.article(new)):
                new = candidate
        group = np.flatnonzero(root == old)
        root[group] = new
        redo.update(((int(m), new), None) for m in group if m != new)
        for pair in [pair for pair in found if old in pair]:
            del found[pair]
            other = pair[0] if pair[1] == old else pair[1]
            if root[other] != new and (new, other) not in found:
                redo[(other, new)] = None
    tasks = [pair for pair in redo if pair not in found]
    members = [pair for pair in tasks if root[pair[0]] == pair[1]]
    others = [pair for pair in tasks if root[pair[0]] != pair[1]]
    found.update(_verified(others, processes, initargs, members=members))
    return found


def _near_duplicate_roots(store: SQLiteStore, config: Config, frequent: set[int]) -> np.ndarray:
    """Each row id's near-duplicate group root (itself when alone); the root of a group is the
    member likeliest the source (``frequent``: the corpus's boilerplate line hashes)."""
    rowids, blobs = store.sketches()
    size = int(rowids.max()) + 1 if len(rowids) else 0
    rows = sketch_rows(blobs, config.near_duplicates)
    cache: dict[int, tuple[Article, int]] = {}

    def article(index: int) -> tuple[Article, int]:
        """An article and its page furniture (its short lines that recur on many pages)."""
        if index not in cache:
            rowid = int(rowids[index])
            furniture = sum(h in frequent for h in store.line_hashes_of(rowid))
            cache[index] = (store.article(rowid), furniture)
        return cache[index]

    def prefer(first: int, second: int) -> bool:
        (a, a_furniture), (b, b_furniture) = article(first), article(second)
        return likelier_source(a, b, a_furniture, b_furniture)

    found = groups(rows, config.near_duplicates, prefer)
    root = np.arange(size)
    root[rowids] = rowids[found]
    return root


def trace(
    path: Path | str,
    db: Path | str,
    config: Config | None = None,
    add: bool = False,
) -> list[TraceResult]:
    """Sources (and copies) of the article(s) in ``path`` against an existing index."""
    config = config or Config()
    path = Path(path)
    if not path.is_file():
        raise UsageError(f"{path} is not a file: trace takes one article file")
    lexicon = _lexicon()
    rewrites = rewrite_matcher(config)
    results: list[TraceResult] = []
    failures: list[Failure] = []
    with open_store(Path(db), config.index_summary(), create=False) as store:
        for item in iter_raw_documents(path, max_bytes=config.max_bytes):
            if isinstance(item, Failure):
                failures.append(item)
                continue
            indexed = _indexed(item, config, pack=False)
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
    found = {a: n for a, n in shared.items() if n >= wanted.min_shared
             and (n >= wanted.min_shared_common or a in rare)}
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


# -- restore -------------------------------------------------------------------------------------


@dataclass(slots=True)
class RestoreResult:
    """A copy restored against its source (``source`` is ``None`` when none was found)."""

    article: Article
    source: Article | None
    restoration: Restoration
    notes: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return {
            "article": self.article.id,
            "source": self.source.id if self.source is not None else None,
            **self.restoration.to_json(),
        }


def read_article(path: Path | str, config: Config | None = None) -> Article:
    """The first article of a file, extracted; :class:`InputError` names the file and reason."""
    config = config or Config()
    path = Path(path)
    if not path.is_file():
        raise UsageError(f"{path} is not a file")
    for item in iter_raw_documents(path, max_bytes=config.max_bytes):
        if isinstance(item, Failure):
            raise InputError(item.origin, item.reason)
        return extract(item)
    raise InputError(str(path), "no article in the file")


def restore(
    path: Path | str,
    source: Path | str | None = None,
    db: Path | str | None = None,
    config: Config | None = None,
    min_confidence: float = 0.8,
) -> RestoreResult:
    """Put the copy's substituted wording back as its source had it.

    The source is the file ``source``, or the best source of the copy found in the index ``db``;
    when the index holds no source, the swaps its spinners are known to make are put back
    (:mod:`unspin.spinning.mined`), each at ``min_confidence`` or more. With neither, the
    suspects of :func:`spin` at ``min_confidence`` or more are put back as their likely
    originals. Everything else is left alone.
    """
    config = config or Config()
    if source is not None and db is not None:
        raise UsageError("give either --source or --db, not both")
    copy = read_article(path, config)
    if source is not None:
        original = read_article(source, config)
    elif db is not None:
        found = _best_source(Path(path), Path(db), config)
        if found is None:
            return _restore_from_table(copy, Path(db), config, min_confidence)
        original = found
    else:
        return _restore_alone(copy, min_confidence)
    lexicon = _lexicon()
    alignment = align(normalize(copy.id, copy.text), normalize(original.id, original.text),
                      restore_alignment(config.align), lexicon)
    substitutions = copied_substitutions(alignment, config)
    notes = []
    if not evidence(alignment, config.relate):
        notes.append(f"{copy.id} is not a copy of {original.id}: nothing restored")
    changes = changes_from_substitutions(substitutions, lexicon)
    return RestoreResult(copy, original, apply_changes(copy.text, changes), notes)


def copied_substitutions(alignment: Alignment, config: Config) -> list[Substitution]:
    """The substitutions of an alignment that prove reuse: none unless the alignment as a whole
    does, and then only those inside passages with closely matched sentences."""
    if not evidence(alignment, config.relate):
        return []
    strong = [p.copy for p in alignment.passages if p.strong_sentences]
    return [s for s in alignment.substitutions
            if any(p.start <= s.copy_start < p.end for p in strong)]


def swap_table(db: Path | str, config: Config | None = None, exclude: str | None = None
               ) -> SwapTable:
    """The swaps of every spun relation in an index (but those involving ``exclude``)."""
    config = config or Config()
    table = SwapTable()
    with open_store(Path(db), config.index_summary(), create=False) as store:
        for record in store.relations():
            if record.get("kind") != "spun" or exclude in (record["copy"], record["source"]):
                continue
            table.add_relation(record, store.article_by_id(str(record["copy"])).text)
    return table.finish()


def _restore_from_table(copy: Article, db: Path, config: Config, min_confidence: float
                        ) -> RestoreResult:
    """No source in the index: put back the swaps its spinners are known to make."""
    changes = swap_table(db, config, exclude=copy.id).changes(copy.text)
    return _restore_guessed(copy, changes, min_confidence,
                            f"no source of {copy.id} in {db}",
                            "wordings the index's spinners are known to write")


def _restore_alone(copy: Article, min_confidence: float) -> RestoreResult:
    from unspin.lexicon.synonyms import default_lexicon
    from unspin.spinning.score import suspects

    found = suspects(normalize(copy.id, copy.text), default_lexicon())
    changes = [Change(s.start, s.end, s.text, s.original, s.confidence, s.evidence)
               for s in found]
    result = _restore_guessed(copy, changes, min_confidence, "no source given", "suspects")
    result.notes.extend(tagger_note())
    return result


def _restore_guessed(copy: Article, changes: list[Change], min_confidence: float, why: str,
                     what: str) -> RestoreResult:
    """Restore without a source: only the changes at ``min_confidence`` or more."""
    sure = sum(c.confidence >= min_confidence for c in changes)
    notes = [f"{why}: {sure} of {len(changes)} {what} are sure enough to restore "
             f"(--min-confidence {min_confidence})"]
    return RestoreResult(copy, None, apply_changes(copy.text, changes, min_confidence), notes)


def restore_alignment(config: AlignConfig) -> AlignConfig:
    """Alignment settings for restoring against a known source: the pair is known to be reuse,
    so a more heavily spun sentence may match, and a longer differing run inside a matched
    sentence ("day" → "twenty four hour period") is still a swap to undo."""
    return replace(config, min_sentence_match=min(config.min_sentence_match, RESTORE_MATCH),
                   max_substitution_words=max(config.max_substitution_words, RESTORE_SWAP))


RESTORE_MATCH = 0.4
RESTORE_SWAP = 8


def _best_source(path: Path, db: Path, config: Config) -> Article | None:
    """The source the index holds for the article in ``path`` (its strongest relation as copy)."""
    traced = trace(path, db, config)
    if not traced:
        return None
    result = traced[0]
    sources = [r for r in result.relations if r.copy == result.article.id]
    if not sources:
        return None
    best = max(sources, key=lambda r: (r.copied, r.score))
    with open_store(db, config.index_summary(), create=False) as store:
        return store.article_by_id(best.source)


# -- spin without a source ------------------------------------------------------------------------


@dataclass(slots=True)
class SpinResult:
    """How spun an article reads without its source, and the wording that gives it away."""

    article: Article
    score: float
    suspects: list[Suspect]
    notes: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        # "phrases" is DESIGN.md's contract; "suspects" (with "span") is kept for scripts
        # written against 0.1.
        phrases = [s.to_json() for s in self.suspects]
        return {"article": self.article.id, "score": round(self.score, 4),
                "phrases": phrases, "suspects": phrases}


def spin(path: Path | str, config: Config | None = None, min_confidence: float = 0.5
         ) -> SpinResult:
    """The spin score of the article in ``path`` and its suspects at ``min_confidence`` or more."""
    from unspin.lexicon.synonyms import default_lexicon
    from unspin.spinning.score import analyse

    article = read_article(path, config)
    score, found = analyse(normalize(article.id, article.text), default_lexicon())
    return SpinResult(article, score, [s for s in found if s.confidence >= min_confidence],
                      tagger_note())


# -- spinner dictionaries ------------------------------------------------------------------------


@dataclass(slots=True)
class SpinnerTable:
    """The swaps one content farm's spinner made, merged over its spun copies."""

    group: str
    copies: list[str]
    swaps: list[tuple[str, str, int]]  # (source wording, copy wording, times seen)

    def to_json(self) -> dict[str, object]:
        return {"group": self.group, "copies": self.copies,
                "swaps": [{"source": a, "copy": b, "count": n} for a, b, n in self.swaps]}


def spinners(db: Path | str, config: Config | None = None, min_count: int = 1
             ) -> list[SpinnerTable]:
    """Substitution tables of every spun relation in an index, merged per site of the copy, or
    per copy family (the original all the copies descend from) when the site is unknown."""
    config = config or Config()
    with open_store(Path(db), config.index_summary(), create=False) as store:
        records = [r for r in store.relations() if r.get("kind") == "spun"]
        sites = store.sites()
    parent = {str(r["copy"]): str(r["source"]) for r in records}

    def root(article: str) -> str:
        seen = {article}
        while article in parent and parent[article] not in seen:
            article = parent[article]
            seen.add(article)
        return article

    groups: dict[str, tuple[set[str], Counter[tuple[str, str]]]] = {}
    for record in records:
        copy = str(record["copy"])
        site = sites.get(copy)
        key = f"site {site}" if site else f"copies of {root(copy)}"
        members, counts = groups.setdefault(key, (set(), Counter()))
        members.add(copy)
        substitutions = record.get("substitutions", [])
        assert isinstance(substitutions, list)
        for sub in substitutions:
            pair = (str(sub["source"]).lower(), str(sub["copy"]).lower())
            if pair[0] != pair[1]:
                counts[pair] += 1
    tables = [
        SpinnerTable(key, sorted(members),
                     [(a, b, n) for (a, b), n in sorted(counts.items(),
                                                        key=lambda item: (-item[1], item[0]))
                      if n >= min_count])
        for key, (members, counts) in groups.items()
    ]
    tables.sort(key=lambda t: (-len(t.swaps), t.group))
    return tables
