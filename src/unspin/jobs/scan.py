"""The scan job: index what changed under a corpus, find candidate pairs over the whole index,
verify each, and keep each copy's link to its best source.
"""

from __future__ import annotations

import itertools
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

import numpy as np

from unspin.config import Config
from unspin.errors import UsageError
from unspin.executor import parallel_map, workers_for
from unspin.jobs import worker
from unspin.jobs.common import accelerated_note, default_db, paraphrase_note
from unspin.jobs.common import progress as progress_bar
from unspin.model import Article, Failure, RawDocument, Relation
from unspin.pipeline.candidates import candidate_pairs_in_parts
from unspin.pipeline.codes import SynonymLookup
from unspin.pipeline.near_duplicates import group_members, groups, sketch_rows
from unspin.pipeline.provenance import (
    evidence_words,
    explained_away,
    likelier_source,
    weak,
)
from unspin.pipeline.read import iter_raw_documents
from unspin.results import ScanResult, ScanStats
from unspin.semantic import semantic_available
from unspin.store import sqlite as sqlite_store
from unspin.store.lock import writer_lock
from unspin.store.schema import storage_error
from unspin.store.sqlite import (
    KEY_CHANNEL_BIT,
    IndexedArticle,
    SQLiteStore,
    open_store,
)
from unspin.stories.cluster import StoryArticle, StoryConfig, links
from unspin.stories.facts import unpack

BATCH = 256


def scan(
    corpus: Path | str,
    db: Path | str | None = None,
    config: Config | None = None,
    workers: int | None = None,
    progress: bool = False,
    all_pairs: bool = False,
    wait: bool = True,
    on_wait: Callable[[str], None] | None = None,
) -> ScanResult:
    """Index every article under ``corpus`` (only what changed) and find all reuse relations.

    Each copy is reported against its best source; with ``all_pairs``, the links between
    copies of one source (siblings) come too, in ``ScanResult.siblings``.

    The scan holds the index's writer lock throughout (``store.lock``): while another job
    writes the index, it waits (``on_wait`` is told why, once), or with ``wait=False`` raises
    :class:`IndexBusy`. A full disk ends it with a :class:`StoreError` saying so; the index
    keeps its last complete state."""
    corpus = Path(corpus)
    if not corpus.exists():
        raise UsageError(f"{corpus} does not exist: give a folder or file of articles")
    db_path = Path(db) if db is not None else default_db(corpus)
    with writer_lock(db_path, "scan", wait=wait, on_wait=on_wait):
        try:
            return _scan(corpus, db_path, config or Config(), workers, progress, all_pairs)
        except (sqlite3.OperationalError, OSError) as error:
            translated = storage_error(db_path, error)
            if translated is None:
                raise
            raise translated from error


def _scan(corpus: Path, db_path: Path, config: Config, workers: int | None, progress: bool,
          all_pairs: bool) -> ScanResult:
    """``scan``, the writer lock held."""
    started = time.perf_counter()
    processes = workers_for(workers)
    stats = ScanStats()
    failures: list[Failure] = []
    lexicon = worker.lexicon()  # loaded before forking, so workers share it
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

        bar = progress_bar(None, "indexing", progress)
        batch: list[IndexedArticle] = []
        failed_ids: set[str] = set()
        for article_id, result in parallel_map(
            worker.index_task, changed(), processes, worker.start, (config, None, frozenset()),
            chunksize=16
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
        relations, siblings, roots = _relations(store, config, processes, progress, stats,
                                                lexicon, all_pairs, notes)
        clock = time.perf_counter()
        store.replace_relations(relations, roots)
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
) -> tuple[list[Relation], list[Relation], list[tuple[int, int]]]:
    """The relations of the index (each copy against its best source), with ``all_pairs``
    the sibling links left out of them, and the near-duplicate groups' (member, root) rows
    (written with the relations, in one transaction)."""
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
    if config.paraphrase.enabled and semantic_available():
        rewrites = _rewrite_candidates(store, config, root, pairs)
        stats.rewrite_candidates = len(rewrites)
        if len(rewrites):
            pairs = np.concatenate([np.asarray(pairs, dtype=np.int64).reshape(-1, 2), rewrites])
    members = group_members(root)
    stats.near_duplicates = len(members)
    stats.candidates = candidate_stats.pairs
    stats.candidates_capped = candidate_stats.capped
    stats.common_fingerprints_dropped = candidate_stats.common_fingerprints_dropped
    boilerplate = frozenset(frequent)
    store.connection.execute("PRAGMA wal_checkpoint(PASSIVE)")
    clock = stats.timed("candidates", clock)
    tasks = [(int(a), int(b)) for a, b in pairs]
    bar = progress_bar(len(tasks) + len(members), "aligning",
                    progress and len(tasks) + len(members) > 500)
    verifier = pool_verifier(processes, (config, store.path, boilerplate))
    relations, siblings = decide(tasks, members, root, store.article_ids(), verifier,
                                 store.article, all_pairs, notes, bar)
    bar.close()  # type: ignore[attr-defined]
    roots = list(grouped_roots(root))
    stats.timed("align", clock)
    return relations, siblings, roots


# Verifies tasks ``(member, first, second)`` (``worker.verify_either``), results in task order:
# the seam where a backend (Spark) aligns the pairs in its own workers.
Verifier = Callable[[list[tuple[bool, int, int]]], Iterable[Relation | None]]


def pool_verifier(processes: int, initargs: tuple[Config, Path | None, frozenset[int]]
                  ) -> Verifier:
    """This machine's verifier: the tasks in ``processes`` worker processes."""
    def run(tasks: list[tuple[bool, int, int]]) -> Iterable[Relation | None]:
        return parallel_map(worker.verify_either, tasks, processes, worker.start, initargs,
                            chunksize=32)
    return run


def decide(
    tasks: list[tuple[int, int]],
    members: list[tuple[int, int]],
    root: np.ndarray,
    ids: dict[int, str],
    verifier: Verifier,
    article: Callable[[int], Article],
    all_pairs: bool = False,
    notes: list[str] | None = None,
    bar: object = None,
) -> tuple[list[Relation], list[Relation]]:
    """The relations from candidate pairs ``tasks`` and near-duplicate ``members`` (member,
    root), whatever found them: verified, re-rooted, compared with grandparents, and each copy
    kept against its best source; with ``all_pairs`` the sibling links too. The same decisions
    in the same order for every backend (``root`` is updated in place; ``article`` reads one
    by row id)."""
    found = _verified(tasks, verifier, bar, members)
    found = _reroot(found, root, article, ids, verifier)
    found = _grandparents(found, root, ids, verifier)
    found = _twins(found, root, verifier)
    linked = [r for (a, b), r in found.items()
              if r is not None and (root[a] != root[b] or root[a] in (a, b)
                                    or _member_link_kept(found, root, a, b))]
    relations = explained_away(linked)
    siblings: list[Relation] = []
    if all_pairs:
        kept = {(r.copy, r.source) for r in relations}
        siblings = [r for r in found.values() if r is not None and (r.copy, r.source) not in kept]
        unaligned, too_large = _group_sibling_pairs(root, found)
        siblings += [r for r in _verified(unaligned, verifier).values() if r is not None]
        for group_root, size in too_large:
            (notes if notes is not None else []).append(
                f"{size} near-duplicates of {ids[group_root]}: their {size * (size - 1) // 2:,} "
                f"sibling links are not aligned (more than {ALL_PAIRS_GROUP} copies); each is "
                f"linked to {ids[group_root]}")
        siblings.sort(key=lambda r: (r.copy, r.source))
    relations.sort(key=lambda r: (r.copy, r.source))
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


def _verified(
    pairs: list[tuple[int, int]],
    verifier: Verifier,
    bar: object = None,
    members: Sequence[tuple[int, int]] = (),
) -> dict[tuple[int, int], Relation | None]:
    """Each pair verified (``_verify_task``), and each (member, root) of ``members``
    (``_verify_member_task``), in one pool, by pair; ``bar`` counts them."""
    tasks = [(False, a, b) for a, b in pairs] + [(True, a, b) for a, b in members]
    found: dict[tuple[int, int], Relation | None] = {}
    if not tasks:  # no pool to start
        return found
    results = verifier(tasks)
    for (_member, a, b), relation in zip(tasks, results, strict=True):
        found[(a, b)] = relation
        if bar is not None:
            bar.update(1)  # type: ignore[attr-defined]
    return found


GRANDPARENT_GROUP = 60
"""Verbatim members of a near-duplicate group up to this size are compared with the root's own
sources too; in a larger group (a wire story reprinted a hundred times) the root's link speaks
for them."""
TWIN_GROUP = 8
"""An article linked to the root of a near-duplicate group of at most this many articles is
compared with each of them: they carry one text, and which of them it took from is for the
evidence to say (or for none to: then it is linked to each, as good as the other). Beyond
that the root stands for the group."""


def _grandparents(
    found: dict[tuple[int, int], Relation | None],
    root: np.ndarray,
    ids: dict[int, str],
    verifier: Verifier,
) -> dict[tuple[int, int], Relation | None]:
    """Compare articles with the sources their links pass over (``explained_away`` then keeps
    the better links, and both where they are as good):

    - a group member with its root's own sources. Two spins of one original can be close
      enough to group, and each then took from the original, not from the other. A verbatim
      member with the sources the root is a spun copy of (in a group of at most
      ``GRANDPARENT_GROUP``): which of two identical pages copied the other is often a
      coin's toss, and the member is as much a spun copy of the original as the root is;
    - a spun copy of a group's root with the group's members (a group of at most
      ``TWIN_GROUP``), and in a larger group with the members the root itself copied (the
      root was chosen before any alignment, and kept where no firm evidence moved it): a spun
      copy of a wire story may have taken from the story or from any page reprinting it."""
    rowid_of = {article_id: rowid for rowid, article_id in ids.items()}
    size = _group_sizes(root)
    sources: dict[int, list[int]] = {}
    copied: dict[int, list[int]] = {}
    twins = _small_groups(root, size)
    for (first, second), relation in found.items():
        if relation is not None and root[first] == second != first \
                and rowid_of[relation.copy] == second:
            copied.setdefault(second, []).append(first)  # the root copied its member

    def unseen(article: int, others: list[int]) -> list[tuple[int, int]]:
        return [(article, other) for other in others
                if other != article and (article, other) not in found
                and (other, article) not in found]

    tasks: dict[tuple[int, int], None] = {}
    for (first, second), relation in found.items():
        # a spun copy and a root (not a member and its root); a partial copy or a rewrite
        # is left to the root: which of two identical pages an excerpt or a retelling came
        # from the direction evidence cannot tell, and the twin link would often point back
        if relation is not None and relation.kind == "spun" and root[first] != second:
            for article, head in ((first, second), (second, first)):
                if root[head] == head and root[article] != head:
                    tasks.update(dict.fromkeys(
                        unseen(article, twins.get(head) or copied.get(head, []))))
    found.update(_verified(list(tasks), verifier))
    # then the members with their roots' sources, those just found included
    spun_from: dict[int, list[int]] = {}
    for relation in found.values():
        if relation is not None:
            copy, source = rowid_of[relation.copy], rowid_of[relation.source]
            # a root's sources outside its group: its own members are no grandparents
            if root[copy] == copy and root[source] != copy:
                sources.setdefault(copy, []).append(source)
                if relation.kind == "spun":
                    spun_from.setdefault(copy, []).append(source)
    tasks = {}
    for (first, second), relation in found.items():
        if relation is None or root[first] != second or first == second:
            continue
        if relation.kind != "verbatim":
            tasks.update(dict.fromkeys(unseen(first, sources.get(second, []))))
        elif size[second] <= GRANDPARENT_GROUP:  # a reprint of a spun root is a spun copy
            tasks.update(dict.fromkeys(unseen(first, spun_from.get(second, []))))
    found.update(_verified(list(tasks), verifier))
    return found


def _member_link_kept(found: dict[tuple[int, int], Relation | None], root: np.ndarray,
                      first: int, second: int) -> bool:
    """Whether the link between two members of one group (``_twins`` compared them) is kept.
    Two members of one near-duplicate group are copies of one text, and their link says no
    more than their links to the root, unless it is better than one of those (a page
    reprinting a lightly spun copy word for word took from the copy), or one of them reprints
    the root word for word and the other is no reprint of it (a lightly spun copy of identical
    pages is linked to each, as a copy outside the group is)."""
    head = int(root[first])
    link = found.get((first, second)) or found.get((second, first))
    if link is None:
        return False
    own = evidence_words(link)
    to_root = [found.get((member, head)) or found.get((head, member))
               for member in (first, second)]
    if any(r is None or evidence_words(r) < own for r in to_root):
        return True
    return link.kind != "verbatim" and any(r is not None and r.kind == "verbatim"
                                           for r in to_root)


def _group_sizes(root: np.ndarray) -> np.ndarray:
    """``sizes[r]``: how many articles have the root ``r`` (the root itself included)."""
    return np.bincount(root, minlength=len(root)) if len(root) else np.zeros(0, dtype=np.int64)


def _small_groups(root: np.ndarray, size: np.ndarray) -> dict[int, list[int]]:
    """Each root of a near-duplicate group of at most ``TWIN_GROUP`` articles → its other
    members, in row order."""
    groups: dict[int, list[int]] = {}
    for member in np.flatnonzero((root != np.arange(len(root))) & (size[root] <= TWIN_GROUP)
                                 ).tolist():
        groups.setdefault(int(root[member]), []).append(member)
    return groups


def _twins(found: dict[tuple[int, int], Relation | None], root: np.ndarray,
           verifier: Verifier) -> dict[tuple[int, int], Relation | None]:
    """The members of each near-duplicate group of at most ``TWIN_GROUP`` articles compared
    with one another (each was compared with the root only): a lightly spun copy and a
    reprint of the original, or a reprint of a lightly spun copy, group with the original, and
    the copy's source may be another member."""
    groups = _small_groups(root, _group_sizes(root))
    tasks = [(a, b) for _head, members in sorted(groups.items())
             for a, b in itertools.combinations(sorted(members), 2)
             if (a, b) not in found and (b, a) not in found]
    found.update(_verified(tasks, verifier))
    return found


def grouped_roots(root: np.ndarray) -> Iterator[tuple[int, int]]:
    """(article, root) for every article in a near-duplicate group, its root included."""
    in_group = root != np.arange(len(root))
    in_group[root[in_group]] = True
    for rowid in np.flatnonzero(in_group).tolist():
        yield rowid, int(root[rowid])


def _reroot(
    found: dict[tuple[int, int], Relation | None],
    root: np.ndarray,
    article: Callable[[int], Article],
    ids: dict[int, str],
    verifier: Verifier,
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
            if likelier_source(article(candidate), article(new)):
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
    found.update(_verified(others, verifier, members=members))
    return found


def _rewrite_candidates(store: SQLiteStore, config: Config, root: np.ndarray,
                        pairs: np.ndarray) -> np.ndarray:
    """``rewrite_candidates`` of the index's articles (their facts as the index keeps them)."""
    rows = [(rowid, unpack(packed)) for rowid, _id, _t, _p, packed in store.story_rows()]
    return rewrite_candidates([rowid for rowid, _ in rows], [facts for _, facts in rows],
                              root, config, pairs)


def rewrite_candidates(rowids: Sequence[int], facts: Sequence[np.ndarray], root: np.ndarray,
                       config: Config, pairs: np.ndarray) -> np.ndarray:
    """Pairs the rewrite channel proposes (row ids, lower first) that ``pairs`` (the
    fingerprints' candidates) do not hold; ``facts``: each row id's fact keys
    (``stories.facts``), ``root``: its near-duplicate group root.

    A rewrite keeps an article's names, numbers and rare words (its facts, which the index
    keeps for stories) and few of its 5-grams, so whether it shares enough sampled fingerprints
    is chance. Here the pairs come from the facts: those sharing ``candidate_share`` of the
    smaller article's facts, weighted by rarity (``stories.cluster.links``, with no date limit:
    a farm re-dates what it takes), in ``min_facts`` facts at least; each article keeps its
    ``candidates_per_article`` best. A near-duplicate group takes part through its root alone
    (its members are compared with the root). The paraphrase matcher decides. Every backend calls
    this, so that all propose the same pairs."""
    paraphrase = config.paraphrase
    # a near-duplicate group takes part through its root, as in the fingerprints' candidates
    chosen = [(int(rowid), keys) for rowid, keys in zip(rowids, facts, strict=True)
              if rowid >= len(root) or root[rowid] == rowid]
    if len(chosen) < 2:
        return np.zeros((0, 2), dtype=np.int64)
    ids = np.asarray([rowid for rowid, _ in chosen], dtype=np.int64)
    found = links([StoryArticle(str(rowid), keys) for rowid, keys in chosen],
                  StoryConfig(min_share=paraphrase.candidate_share, max_days=1 << 30,
                              max_df=1.0, key_df=paraphrase.candidate_df,
                              min_shared=paraphrase.min_facts, idf_size=0))
    best: dict[int, list[tuple[float, int, int]]] = {}
    for (a, b), share in found.items():
        first, second = sorted((int(ids[a]), int(ids[b])))
        for end in (first, second):
            best.setdefault(end, []).append((-share, first, second))
    kept = {(a, b) for ranked in best.values()
            for _share, a, b in sorted(ranked)[:paraphrase.candidates_per_article]}
    known = {(int(a), int(b)) for a, b in np.asarray(pairs).reshape(-1, 2).tolist()}
    known |= {(b, a) for a, b in known}
    new = sorted((a, b) for a, b in kept if (a, b) not in known)
    return np.array(new, dtype=np.int64).reshape(-1, 2)


def _near_duplicate_roots(store: SQLiteStore, config: Config, frequent: set[int]) -> np.ndarray:
    """Each row id's near-duplicate group root (itself when alone); the root of a group is the
    member likeliest the source (``frequent``: the corpus's boilerplate line hashes)."""
    rowids, blobs = store.sketches()

    def article(rowid: int) -> tuple[Article, int]:
        """An article and its page furniture (its short lines that recur on many pages)."""
        return (store.article(rowid),
                sum(h in frequent for h in store.line_hashes_of(rowid)))

    return near_duplicate_roots(rowids, blobs, config, article)


def near_duplicate_roots(rowids: np.ndarray, blobs: Sequence[bytes | None], config: Config,
                         article: Callable[[int], tuple[Article, int]]) -> np.ndarray:
    """``root[rowid]``: each row id's near-duplicate group root from the articles' sketches
    (``blobs``, one per row id of ``rowids``, ascending); ``article(rowid)`` gives an article
    and its page furniture, asked only of the members of groups (``grouped_rowids``)."""
    size = int(rowids.max()) + 1 if len(rowids) else 0
    rows = sketch_rows(blobs, config.near_duplicates)
    cache: dict[int, tuple[Article, int]] = {}

    def prefer(first: int, second: int) -> bool:
        for index in (first, second):
            if index not in cache:
                cache[index] = article(int(rowids[index]))
        (a, a_furniture), (b, b_furniture) = cache[first], cache[second]
        return likelier_source(a, b, a_furniture, b_furniture)

    found = groups(rows, config.near_duplicates, prefer)
    root = np.arange(size)
    root[rowids] = rowids[found]
    return root


def grouped_rowids(rowids: np.ndarray, blobs: Sequence[bytes | None], config: Config
                   ) -> list[int]:
    """The row ids ``near_duplicate_roots`` will read articles of: every member of a group
    (a group's tournament compares all its members, whatever the comparisons say)."""
    asked: set[int] = set()

    def record(first: int, second: int) -> bool:
        asked.update((int(rowids[first]), int(rowids[second])))
        return False

    groups(sketch_rows(blobs, config.near_duplicates), config.near_duplicates, record)
    return sorted(asked)
