"""One writer at a time, readers on snapshots: the writer lock, the postings merge against a
concurrent writer, and what a reader sees while the index changes (issue 23)."""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import numpy as np
import pytest

from unspin.errors import IndexBusy, StoreError
from unspin.model import Article, Passage, PassagePair, Relation
from unspin.store.lock import holder, lock_path, writer_lock
from unspin.store.postings import PostingsIndex
from unspin.store.sqlite import KEY_BITS, IndexedArticle, SQLiteStore

SETTINGS = "normalize-1;fingerprint(test)"


def indexed(article_id: str, hashes: list[int], text: str | None = None) -> IndexedArticle:
    article = Article(id=article_id, text=text or f"The text of {article_id}.",
                      content_hash=f"hash-{article_id}", origin=f"{article_id}.txt")
    fingerprints = np.array([h << (63 - KEY_BITS) for h in hashes], dtype=np.uint64)
    return IndexedArticle(article, 4, fingerprints, [])


def relation(copy: str, source: str) -> Relation:
    pair = PassagePair(Passage(copy, 0, 10), Passage(source, 0, 10), 3, 3, 2, 3)
    return Relation(copy, source, "verbatim", 1.0, 0.0, 1.0, (pair,), (), "why", "dates")


def rowid_of(store: SQLiteStore, article_id: str) -> int:
    return {v: k for k, v in store.article_ids().items()}[article_id]


def fingerprinted(store: SQLiteStore) -> set[str]:
    """The ids of the articles that have fingerprints (merged or waiting)."""
    ids = store.article_ids()
    articles, _keys = store.all_fingerprints()
    return {ids[int(a)] for a in np.unique(articles)}


def test_a_flush_keeps_the_fingerprints_another_writer_adds_meanwhile(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The merge reads what waits inside its own transaction: a writer that comes between its
    reading and its deleting waits for it, rather than having its fingerprints deleted
    unmerged (two scans of one index lost relations so)."""
    db = tmp_path / "index.db"
    first, second = SQLiteStore(db, SETTINGS), SQLiteStore(db, SETTINGS)
    second.connection.execute("PRAGMA busy_timeout=100")
    first.write_articles([indexed("a", [1, 2, 3]), indexed("b", [1, 2, 4])])
    real = PostingsIndex._pending
    blocked: list[str] = []

    def pending_then_another_writer(index: PostingsIndex) -> tuple[np.ndarray, np.ndarray]:
        found = real(index)
        try:
            second.write_articles([indexed("c", [1, 2, 5])])
        except (sqlite3.OperationalError, StoreError) as error:
            blocked.append(str(error))
        return found

    monkeypatch.setattr(PostingsIndex, "_pending", pending_then_another_writer)
    first.flush_postings()
    monkeypatch.setattr(PostingsIndex, "_pending", real)
    assert blocked and "locked" in blocked[0]
    second.write_articles([indexed("c", [1, 2, 5])])  # once the merge is done
    first.flush_postings()
    assert fingerprinted(first) == {"a", "b", "c"} == set(first.article_ids().values())
    first.close()
    second.close()


def test_a_snapshot_reader_sees_one_committed_state(tmp_path: Path) -> None:
    db = tmp_path / "index.db"
    with SQLiteStore(db, SETTINGS) as writer:
        writer.write_articles([indexed("a", [1, 2]), indexed("b", [1, 3], text="Old text.")])
        writer.flush_postings()
        writer.replace_relations([relation("b", "a")], [(1, 1), (2, 1)])
        reader = SQLiteStore(db, SETTINGS, create=False, snapshot=True)
        ids_before = reader.article_ids()
        # the scan re-indexes b (a new row id), deletes a, and publishes new relations
        writer.write_articles([indexed("b", [1, 3], text="New text.")])
        writer.delete_articles(["a"])
        writer.flush_postings()
        writer.replace_relations([], [])
        assert reader.article_ids() == ids_before
        assert reader.article(rowid_of(reader, "b")).text == "Old text."
        assert reader.relation_pairs() == {("b", "a")}
        assert reader.roots_of([1, 2]) == {1: 1, 2: 1}
        assert fingerprinted(reader) == {"a", "b"}
        reader.close()
        with SQLiteStore(db, SETTINGS, create=False, snapshot=True) as later:
            assert set(later.article_ids().values()) == {"b"}
            assert later.article(rowid_of(later, "b")).text == "New text."
            assert later.relation_pairs() == set()


def test_relations_and_roots_are_published_together(tmp_path: Path) -> None:
    db = tmp_path / "index.db"
    with SQLiteStore(db, SETTINGS) as store:
        store.write_articles([indexed("a", [1]), indexed("b", [2]), indexed("c", [3])])
        a, b, c = (rowid_of(store, x) for x in "abc")
        store.replace_relations([relation("b", "a")], [(a, a), (b, a)])
        assert store.roots_of([a, b, c]) == {a: a, b: a}
        store.replace_relations([relation("c", "a")], [(a, a), (c, a)])
        assert store.roots_of([a, b, c]) == {a: a, c: a}
        assert store.relation_pairs() == {("c", "a")}
        store.replace_relations([relation("b", "a")])  # without roots: they stay
        assert store.roots_of([a, b, c]) == {a: a, c: a}


def test_a_reader_refuses_an_index_nothing_was_written_to(tmp_path: Path) -> None:
    db = tmp_path / "index.db"
    sqlite3.connect(db).close()
    with pytest.raises(StoreError, match="no index at"):
        SQLiteStore(db, SETTINGS, create=False, snapshot=True)


# -- the writer lock ------------------------------------------------------------------------------


def test_a_second_writer_is_refused_or_waits(tmp_path: Path) -> None:
    db = tmp_path / "index.db"
    told: list[str] = []
    acquired = threading.Event()
    with writer_lock(db, "scan"):
        assert f"scan by pid {os.getpid()}" in holder(db)
        with pytest.raises(IndexBusy, match=r"index busy: .*scan by pid \d+"), \
                writer_lock(db, "scan", wait=False):
            pass

        def second() -> None:
            with writer_lock(db, "trace --add", on_wait=told.append):
                acquired.set()

        thread = threading.Thread(target=second)
        thread.start()
        time.sleep(0.5)
        assert not acquired.is_set()
        assert told and "is busy (scan by pid" in told[0] and told[0].endswith("waiting…")
    thread.join(10)
    assert acquired.is_set() and len(told) == 1
    with pytest.raises(IndexBusy, match="after 0s"):  # noqa: SIM117 - the lock is held
        with writer_lock(db, "scan"), writer_lock(db, "scan", timeout=0.3):
            pass


HOLD = textwrap.dedent("""
    import multiprocessing, sys, time
    from pathlib import Path
    from unspin.store.lock import writer_lock
    with writer_lock(Path(sys.argv[1]), "scan"):
        children = [multiprocessing.get_context("fork").Process(target=time.sleep, args=(60,))
                    for _ in range(2)]
        for child in children:
            child.start()
        print(" ".join(str(child.pid) for child in children), flush=True)
        time.sleep(60)
""")


def test_the_lock_dies_with_its_holder_not_with_its_workers(tmp_path: Path) -> None:
    """kill -9 of a scan frees its index at once, even while the worker processes it forked
    live on: no stale lock is ever left behind."""
    db = tmp_path / "index.db"
    process = subprocess.Popen([sys.executable, "-c", HOLD, str(db)], stdout=subprocess.PIPE,
                               text=True)
    assert process.stdout is not None
    children = [int(pid) for pid in process.stdout.readline().split()]
    try:
        with pytest.raises(IndexBusy), writer_lock(db, "scan", wait=False):
            pass
        process.send_signal(signal.SIGKILL)
        process.wait(10)
        for child in children:
            os.kill(child, 0)  # still alive
        with writer_lock(db, "scan", wait=False):
            assert lock_path(db).exists()
    finally:
        for child in children:
            with contextlib.suppress(ProcessLookupError):
                os.kill(child, signal.SIGKILL)


def test_forked_workers_do_not_hold_the_lock(tmp_path: Path) -> None:
    db = tmp_path / "index.db"
    context = multiprocessing.get_context("fork")
    with writer_lock(db, "scan"):
        child = context.Process(target=time.sleep, args=(30,))
        child.start()
    try:
        with writer_lock(db, "scan", wait=False):
            pass
    finally:
        child.kill()
        child.join()
