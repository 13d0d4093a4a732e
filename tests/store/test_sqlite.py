"""The SQLite index: articles with fingerprints and lines, settings check, atomic batches.

The index keeps fingerprints to their top 48 bits (``KEY_BITS``): the tests write fingerprint
``k << SHIFT`` and read back key ``k``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from unspin.errors import StoreError
from unspin.model import Article, Passage, PassagePair, Relation, Substitution
from unspin.store.sqlite import KEY_BITS, PAGE_SIZE, IndexedArticle, SQLiteStore, open_store

SETTINGS = "normalize-1;fingerprint(test)"
SHIFT = 63 - KEY_BITS


def indexed(
    article_id: str, hashes: list[int], lines: list[int] = (), text: str | None = None,
    **metadata: str,
) -> IndexedArticle:
    article = Article(
        id=article_id,
        text=text or f"The text of {article_id}.",
        content_hash=f"hash-{article_id}",
        origin=f"{article_id}.txt",
        **metadata,
    )
    fingerprints = np.array([h << SHIFT for h in hashes], dtype=np.uint64)
    return IndexedArticle(article, 4, fingerprints, list(lines))


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "index" / "index.db"


@pytest.fixture
def store(db: Path) -> Iterator[SQLiteStore]:
    with SQLiteStore(db, SETTINGS) as opened:
        yield opened


def rowid_of(store: SQLiteStore, article_id: str) -> int:
    return {v: k for k, v in store.article_ids().items()}[article_id]


def fingerprint_table(store: SQLiteStore) -> set[tuple[str, int]]:
    ids = store.article_ids()
    articles, hashes = store.all_fingerprints()
    return {(ids[int(a)], int(h)) for a, h in zip(articles, hashes, strict=True)}


def test_write_and_read_articles(store: SQLiteStore, db: Path) -> None:
    assert db.exists()
    item = indexed("a", [1, 5, 2**KEY_BITS - 1], [11, 12], title="Flood wall", url="https://x.test/a",
                   site="x.test", published="2024-03-12", byline="Jane Porter")
    store.write_articles([item, indexed("b", [5, 7])])
    assert store.count() == 2
    assert store.content_hashes() == {"a": "hash-a", "b": "hash-b"}
    assert store.article(rowid_of(store, "a")) == item.article
    table = {("a", 1), ("a", 5), ("a", 2**KEY_BITS - 1), ("b", 5), ("b", 7)}
    assert fingerprint_table(store) == table
    store.flush_postings()
    assert fingerprint_table(store) == table
    assert store.articles_sharing([h << SHIFT for h in (5, 7, 99)], max_df=50) == {
        rowid_of(store, "a"): 1, rowid_of(store, "b"): 2
    }
    assert store.articles_sharing([5 << SHIFT, 7 << SHIFT], max_df=1) == {
        rowid_of(store, "b"): 1}
    assert store.line_document_counts([11, 12, 13]) == {11: 1, 12: 1}


def test_empty_store(store: SQLiteStore) -> None:
    assert store.count() == 0
    articles, hashes = store.all_fingerprints()
    assert len(articles) == len(hashes) == 0
    assert store.content_hashes() == {}
    assert list(store.relations()) == []
    with pytest.raises(StoreError, match="not in"):
        store.article(1)


@pytest.mark.parametrize("flush", [False, True])
def test_rewrite_replaces_an_article(store: SQLiteStore, flush: bool) -> None:
    store.write_articles([indexed("a", [1, 2], [10]), indexed("b", [2, 3])])
    if flush:
        store.flush_postings()
    store.write_articles([indexed("a", [8, 9], [20], text="A new text.")])
    assert store.count() == 2
    assert fingerprint_table(store) == {("a", 8), ("a", 9), ("b", 2), ("b", 3)}
    assert store.line_document_counts([10, 20]) == {20: 1}
    assert store.article(rowid_of(store, "a")).text == "A new text."
    store.flush_postings()
    assert fingerprint_table(store) == {("a", 8), ("a", 9), ("b", 2), ("b", 3)}


@pytest.mark.parametrize("flush", [False, True])
def test_delete_articles_cascades(store: SQLiteStore, flush: bool) -> None:
    store.write_articles([indexed("a", [1, 2], [10]), indexed("b", [2, 3], [10])])
    if flush:
        store.flush_postings()
    assert store.delete_articles(["a", "missing"]) == 1
    assert store.content_hashes() == {"b": "hash-b"}
    assert fingerprint_table(store) == {("b", 2), ("b", 3)}
    assert store.articles_sharing([2 << SHIFT], max_df=50) == {rowid_of(store, "b"): 1}
    store.flush_postings()
    assert fingerprint_table(store) == {("b", 2), ("b", 3)}
    assert store.line_document_counts([10]) == {10: 1}


def test_frequent_lines(store: SQLiteStore) -> None:
    store.write_articles([indexed(f"a{i}", [i], [100, 200 + i, 300 if i < 2 else 301])
                          for i in range(5)])
    assert store.frequent_lines(5) == {100}
    assert store.frequent_lines(3) == {100, 301}


def test_relations_round_trip(store: SQLiteStore) -> None:
    store.write_articles([indexed("copy", [1]), indexed("source", [1])])
    pair = PassagePair(Passage("copy", 0, 10), Passage("source", 2, 12), 3, 3, 2, 3)
    relation = Relation("copy", "source", "spun", 1.0, 0.25, 0.8, (pair,),
                        (Substitution("list", "checklist", 3, 7, 4, 13),), "why", "dates")
    store.replace_relations([relation])
    (stored,) = store.relations()
    assert stored.to_json() == relation.to_json()
    assert stored.substitutions == (("list", "checklist"),) and stored.kind == "spun"
    store.replace_relations([])
    assert list(store.relations()) == []
    # relations go with their articles
    store.replace_relations([relation])
    store.delete_articles(["source"])
    assert list(store.relations()) == []


def test_postings_merge_by_bucket_and_in_full(store: SQLiteStore) -> None:
    """Small additions merge into their buckets; large ones and deletions rewrite them all."""
    many = [indexed(f"a{i}", [i, i + 1, (i << 32) + 7]) for i in range(40)]
    store.write_articles(many)
    store.flush_postings()
    expected = {(f"a{i}", k) for i in range(40) for k in (i, i + 1, (i << 32) + 7)}
    assert fingerprint_table(store) == expected
    store.write_articles([indexed("late", [3, 5 << 32])])  # one more: merged by bucket
    store.flush_postings()
    assert fingerprint_table(store) == expected | {("late", 3), ("late", 5 << 32)}
    store.delete_articles(["a3"])
    store.flush_postings()
    assert ("a3", 3) not in fingerprint_table(store)
    assert store.articles_sharing([3 << SHIFT, 4 << SHIFT], max_df=50) == {
        rowid_of(store, "a2"): 1, rowid_of(store, "a4"): 1, rowid_of(store, "late"): 1}


def test_reopen_keeps_data(db: Path) -> None:
    with SQLiteStore(db, SETTINGS) as store:
        store.write_articles([indexed("a", [1, 2])])
    with SQLiteStore(db, SETTINGS, create=False) as store:
        assert store.content_hashes() == {"a": "hash-a"}


def test_settings_mismatch_is_refused(db: Path) -> None:
    with SQLiteStore(db, SETTINGS) as store:
        store.write_articles([indexed("a", [1])])
    with pytest.raises(StoreError) as caught:
        SQLiteStore(db, SETTINGS + ";other")
    message = str(caught.value)
    assert str(db) in message
    assert "other settings" in message
    assert "delete it or pass --db NEW_FILE" in message
    assert "\n" not in message
    # the index is left as it was
    with SQLiteStore(db, SETTINGS) as store:
        assert store.count() == 1


def test_other_schema_is_refused(db: Path) -> None:
    SQLiteStore(db, SETTINGS).close()
    connection = sqlite3.connect(db)
    connection.execute("UPDATE meta SET value = '0' WHERE key = 'schema'")
    connection.commit()
    connection.close()
    with pytest.raises(StoreError, match=r"schema '0', this version reads .*: rebuild it"):
        SQLiteStore(db, SETTINGS)


def test_missing_index_is_refused_without_creating_it(db: Path) -> None:
    with pytest.raises(StoreError, match=r"no index at .*run 'unspin scan CORPUS --db"):
        SQLiteStore(db, SETTINGS, create=False)
    assert not db.exists()


def test_not_an_index(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.db"
    bogus.write_bytes(b"this is not a database file, just some notes\n" * 100)
    with pytest.raises(StoreError, match="not a usable unspin index"):
        SQLiteStore(bogus, SETTINGS)


@pytest.mark.parametrize("error", [RuntimeError("disk on fire"), KeyboardInterrupt()])
def test_failed_batch_rolls_back(db: Path, error: BaseException) -> None:
    with SQLiteStore(db, SETTINGS) as store:
        store.write_articles([indexed("old", [1, 2], [10])])

        def batch() -> Iterator[IndexedArticle]:
            yield indexed("new1", [1, 3], [10])
            yield indexed("old", [9])  # would replace "old"
            raise error

        with pytest.raises(type(error)):
            store.write_articles(batch())
        # nothing of the batch is visible, neither here nor to another connection
        with SQLiteStore(db, SETTINGS) as other:
            for view in (store, other):
                assert view.content_hashes() == {"old": "hash-old"}
                assert fingerprint_table(view) == {("old", 1), ("old", 2)}
                assert view.line_document_counts([10]) == {10: 1}
        # and the store still works
        store.write_articles([indexed("new1", [1, 3])])
        assert store.count() == 2


def test_bad_row_rolls_back_the_batch(store: SQLiteStore) -> None:
    """A fingerprint out of range fails the whole batch, not half of it."""
    bad = IndexedArticle(Article("b", "The text of b."), 4,
                         np.array([2**64 - 1], dtype=np.uint64), [])
    with pytest.raises(OverflowError):
        store.write_articles([indexed("a", [1]), bad])
    assert store.count() == 0


@pytest.mark.parametrize("form", ["plain", "sqlite"])
def test_open_store(tmp_path: Path, form: str) -> None:
    path = tmp_path / "x" / "index.db"
    url = str(path) if form == "plain" else f"sqlite:///{path}"
    with open_store(url, SETTINGS) as store:
        assert store.path == path
        store.write_articles([indexed("a", [1])])
    with open_store(path, SETTINGS, create=False) as store:
        assert store.count() == 1


@pytest.mark.parametrize("url", ["foo://x", "postgres://localhost/unspin", "s3://bucket/index"])
def test_open_store_unknown_scheme(url: str) -> None:
    with pytest.raises(ValueError, match="unknown store"):
        open_store(url, SETTINGS)


def test_new_index_has_large_pages_and_an_old_one_keeps_its_own(tmp_path: Path) -> None:
    """Packed articles and postings buckets of about 2 KB fill 16 KB pages well; an index
    made with other pages still opens and works."""
    db = tmp_path / "new.db"
    with SQLiteStore(db, SETTINGS) as store:
        store.write_articles([indexed("a", [1, 2])])
        assert store.connection.execute("PRAGMA page_size").fetchone()[0] == PAGE_SIZE
    old = tmp_path / "old.db"
    connection = sqlite3.connect(old)
    connection.execute("PRAGMA page_size=4096")
    connection.execute("CREATE TABLE t(x)")
    connection.close()
    with SQLiteStore(old, SETTINGS) as store:
        store.write_articles([indexed("a", [1, 2])])
        store.flush_postings()
        assert store.connection.execute("PRAGMA page_size").fetchone()[0] == 4096
        assert fingerprint_table(store) == {("a", 1), ("a", 2)}


@pytest.mark.parametrize("flush", [False, True])
def test_batch_rows_get_consecutive_ids_after_deletions(store: SQLiteStore, flush: bool) -> None:
    """Row ids given by the batch writer follow the largest one, as SQLite's own would; a
    deleted article's id taken again does not bring back its fingerprints."""
    store.write_articles([indexed("a", [1]), indexed("b", [2]), indexed("c", [3])])
    if flush:
        store.flush_postings()
    store.delete_articles(["c"])
    store.write_articles([indexed("a", [4]), indexed("d", [5])])
    assert fingerprint_table(store) == {("b", 2), ("a", 4), ("d", 5)}
    store.flush_postings()
    assert fingerprint_table(store) == {("b", 2), ("a", 4), ("d", 5)}
    assert sorted(store.article_ids().values()) == ["a", "b", "d"]


def test_fingerprints_read_in_key_ranges(store: SQLiteStore) -> None:
    """Read in parts, the postings are all_fingerprints', each part sorted and holding whole
    keys, whether merged, waiting to be merged, or of a deleted article."""
    spread = [k << 40 for k in range(1, 200, 7)] + [5, 2**KEY_BITS - 1]
    store.write_articles([indexed("a", spread), indexed("b", spread[::2]),
                          indexed("c", spread[1::3])])
    store.flush_postings()
    store.write_articles([indexed("d", spread[::5])])  # waiting to be merged
    store.delete_articles(["c"])
    assert store.posting_count() >= len(store.all_fingerprints()[0])
    whole = store.all_fingerprints()
    for parts in (1, 3, 16):
        pieces = list(store.fingerprint_parts(parts))
        assert len(pieces) == parts
        for _, keys in pieces:
            assert np.all(np.diff(keys) >= 0)
        articles = np.concatenate([a for a, _ in pieces])
        keys = np.concatenate([k for _, k in pieces])
        assert np.array_equal(articles, whole[0]) and np.array_equal(keys, whole[1])
        seen = [set(k.tolist()) for _, k in pieces]
        assert all(not (x & y) for i, x in enumerate(seen) for y in seen[i + 1:])


def test_postings_merged_in_key_ranges_as_at_once(
        db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A large index merges its waiting fingerprints a key range at a time (deleted articles
    dropped on the way): the postings come out as one merge makes them."""
    import unspin.store.sqlite as sqlite_store

    spread = [k << 37 for k in range(1, 400, 3)] + [5, 2**KEY_BITS - 1]

    def build(path: Path) -> set[tuple[str, int]]:
        with SQLiteStore(path, SETTINGS) as store:
            store.write_articles([indexed("a", spread), indexed("b", spread[::2])])
            store.flush_postings()
            store.write_articles([indexed("c", spread[1::3]), indexed("d", spread[::5])])
            store.delete_articles(["b"])
            store.flush_postings()
            assert store.connection.execute("SELECT count(*) FROM pending").fetchone()[0] == 0
            keys = store.all_fingerprints()[1]
            assert np.all(np.diff(keys) >= 0)
            return fingerprint_table(store)

    at_once = build(tmp_path / "once.db")
    monkeypatch.setattr(sqlite_store, "POSTINGS_PER_PART", 50)
    in_parts = build(tmp_path / "parts.db")
    assert in_parts == at_once
    assert {article for article, _ in at_once} == {"a", "c", "d"}
