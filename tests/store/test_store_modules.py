"""The store behind ``SQLiteStore``: the names callers import are kept, the memory budget they
set on ``unspin.store.sqlite`` is what the postings follow, and a merge of the postings that a
crash or Ctrl-C interrupts leaves the index as it was (never half merged).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

import unspin.store.postings as postings_module
import unspin.store.sqlite as sqlite_store
from unspin.model import Article
from unspin.store.sqlite import KEY_BITS, IndexedArticle, SQLiteStore

SETTINGS = "normalize-1;fingerprint(test)"
SHIFT = 63 - KEY_BITS
SPREAD = [k << 37 for k in range(1, 400, 3)] + [5, 2**KEY_BITS - 1]


def indexed(article_id: str, keys: list[int]) -> IndexedArticle:
    fingerprints = np.array([k << SHIFT for k in keys], dtype=np.uint64)
    return IndexedArticle(Article(article_id, f"The text of {article_id}."), 4, fingerprints, [])


def test_the_sqlite_module_keeps_its_names() -> None:
    for name in ("SQLiteStore", "open_store", "parts_for", "pack_text", "unpack_text",
                 "fingerprint_keys", "index_keys", "IndexedArticle", "SCHEMA", "SCHEMA_VERSION",
                 "KEY_BITS", "KEY_CHANNEL_BIT", "PAGE_SIZE", "POSTINGS_PER_PART"):
        assert hasattr(sqlite_store, name), name
    assert sqlite_store.SCHEMA_VERSION == "4"
    for method in ("transaction", "content_hashes", "write_articles", "delete_articles",
                   "article", "article_by_id", "sites", "sketches", "write_roots", "roots_of",
                   "article_ids", "count", "all_fingerprints", "fingerprint_parts",
                   "posting_count", "flush_postings", "articles_sharing", "sharing",
                   "sharing_with_groups", "frequent_lines", "line_hashes_of",
                   "line_document_counts", "replace_relations", "relation_pairs", "relations",
                   "story_rows"):
        assert callable(getattr(SQLiteStore, method)), method


def test_the_budget_set_on_the_store_module_is_followed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rebuilt: list[int] = []
    real = postings_module.PostingsIndex._rebuild

    def spy(index: postings_module.PostingsIndex, parts: int, *rest: Any) -> None:
        rebuilt.append(parts)
        real(index, parts, *rest)

    monkeypatch.setattr(postings_module.PostingsIndex, "_rebuild", spy)
    monkeypatch.setattr(sqlite_store, "POSTINGS_PER_PART", 50)
    assert sqlite_store.parts_for(120) == 3
    with SQLiteStore(tmp_path / "index.db", SETTINGS) as store:
        store.write_articles([indexed("a", SPREAD), indexed("b", SPREAD[::2])])
        store.flush_postings()
        assert rebuilt == [sqlite_store.parts_for(store.posting_count())]
        assert rebuilt[0] > 1


@pytest.mark.parametrize(("per_part", "fail_at"), [(16_000_000, 1), (50, 1), (50, 3)])
def test_an_interrupted_merge_leaves_the_index_as_it_was(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, per_part: int, fail_at: int) -> None:
    """Interrupted at once or after some key ranges are rewritten: nothing of the merge is
    kept, not even its spilled files, and the next flush does it all."""
    db = tmp_path / "index.db"
    monkeypatch.setattr(sqlite_store, "POSTINGS_PER_PART", per_part)
    with SQLiteStore(db, SETTINGS) as store:
        store.write_articles([indexed("a", SPREAD), indexed("b", SPREAD[::2])])
        store.flush_postings()
        store.write_articles([indexed("c", SPREAD[1::3]), indexed("d", SPREAD[::5])])
        store.delete_articles(["b"])
        before = store.all_fingerprints()
        postings_before = store.posting_count()
        real_sort = postings_module.sort_postings
        calls = []

        def interrupted(keys: np.ndarray, articles: np.ndarray) -> postings_module.Postings:
            calls.append(1)
            if len(calls) == fail_at:
                raise KeyboardInterrupt
            return real_sort(keys, articles)

        monkeypatch.setattr(postings_module, "sort_postings", interrupted)
        with pytest.raises(KeyboardInterrupt):
            store.flush_postings()
        monkeypatch.setattr(postings_module, "sort_postings", real_sort)
        assert not [p for p in tmp_path.iterdir() if p.name.startswith("unspin-merge-")]
        with SQLiteStore(db, SETTINGS) as other:
            for view in (store, other):
                after = view.all_fingerprints()
                assert np.array_equal(after[0], before[0])
                assert np.array_equal(after[1], before[1])
                assert view.posting_count() == postings_before
        store.flush_postings()
        assert store.connection.execute("SELECT count(*) FROM pending").fetchone()[0] == 0
        merged = store.all_fingerprints()
        assert np.array_equal(merged[0], before[0]) and np.array_equal(merged[1], before[1])
