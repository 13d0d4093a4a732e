"""The web app's listings without a server: pages of stories encoded once, page links, and
the state of an index that says when the stories must be grouped anew."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import unspin
from unspin.views.page import counted
from unspin.web.listing import StoryListing, index_state, page_headers


def test_a_reader_opening_the_index_leaves_its_state_alone(index: Path, tmp_path: Path) -> None:
    db = tmp_path / "index.db"
    shutil.copy(index, db)
    before = index_state(db)
    reader = sqlite3.connect(db)
    try:
        reader.execute("SELECT count(*) FROM articles").fetchone()
        assert db.with_name("index.db-wal").exists()  # the empty log a reader brings
        assert index_state(db) == before
        writer = sqlite3.connect(db)
        writer.execute("INSERT INTO meta(key, value) VALUES ('test', 'x')")
        writer.commit()
        writer.close()
        written = index_state(db)
        assert written != before  # the write sits in the log while the reader keeps it open
    finally:
        reader.close()
    assert index_state(db) != before


def test_story_pages_are_the_stories_in_order(index: Path) -> None:
    stories = unspin.stories(index)
    listing = StoryListing(stories)
    assert json.loads(listing.page(0, 1000)) == [s.to_json() for s in stories]
    assert json.loads(listing.page(1, 1)) == [s.to_json() for s in stories[1:2]]
    assert json.loads(listing.page(len(stories), 10)) == []
    assert listing.find(stories[0].id) is stories[0] and listing.find("s-none") is None
    largest = listing.largest(1)[0]
    assert len(largest.articles) == max(len(s.articles) for s in stories)


def test_page_links_keep_the_query() -> None:
    headers = page_headers("/api/relations", 10, 10, 35, {"kind": "spun"})
    assert headers["x-total-count"] == "35"
    assert headers["link"] == ('</api/relations?kind=spun&offset=20&limit=10>; rel="next", '
                               '</api/relations?kind=spun&offset=0&limit=10>; rel="prev"')
    assert "link" not in page_headers("/api/stories", 0, 100, 35)


def test_counts_agree_with_their_nouns() -> None:
    assert counted(1, "article") == "1 article"
    assert counted(0, "article") == "0 articles"
    assert counted(1, "copy family", "copy families") == "1 copy family"
    assert counted(12000, "copy family", "copy families") == "12,000 copy families"
