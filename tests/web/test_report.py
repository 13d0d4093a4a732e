"""``unspin report``, run as a user runs it: a real process writing one HTML file."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from webtools import HOSTILE_ID, HOSTILE_TITLE, HOSTILE_URL, PAYLOAD, run

import unspin
from unspin.views.page import esc, page
from unspin.views.relation import marked


def test_report_is_one_self_contained_file(report_file: Path) -> None:
    text = report_file.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>")
    # Nothing to fetch: no script, no stylesheet link, no remote or relative resource.
    assert "<script" not in text.lower()
    assert not re.search(r"<(?:link|img|iframe|object|embed)\b", text, re.I)
    assert not re.search(r"\b(?:src|href)\s*=\s*\"(?!#)", text, re.I)
    assert "default-src 'none'" in html.unescape(text)  # its own policy forbids any request


def test_report_shows_every_part(report_file: Path) -> None:
    text = report_file.read_text(encoding="utf-8")
    for section in ("overview", "stories", "relations", "restored", "spinners", "quotations"):
        assert f'id="{section}"' in text
    assert "<svg" in text and "copy family of" in text  # the family drawn inline
    assert "Independent reports" in text and "battery-plant/valley-herald.txt" in text
    assert "How spun the copies are" in text and "Legend" in text
    # The spun copy side by side: its swaps marked source → copy, in both columns.
    assert re.search(r'<del class="swap"[^>]*>opens</del><span class="to">→</span>'
                     r'<ins class="swap"[^>]*>launches</ins>', text)
    assert "took <b>88%</b> of its text" in text
    assert "Why this direction" in text
    # The restored copy puts the original's word back, and the spinner's dictionary lists it.
    assert re.search(r'<mark class="restored" title="the copy wrote: launches[^"]*">opens'
                     r"</mark>", text)
    assert re.search(r"<del class=\"swap\">recycling</del></td><td><ins class=\"swap\">"
                     r"recovery</ins>", text)


def test_report_escapes_a_hostile_article(report_file: Path) -> None:
    text = report_file.read_text(encoding="utf-8")
    for payload in (PAYLOAD, HOSTILE_ID, HOSTILE_TITLE):
        assert payload not in text
    assert html.escape(PAYLOAD) in text
    assert html.escape(HOSTILE_ID) in text
    assert "onerror=" not in text.replace("onerror=&quot;", "")
    assert 'href="javascript' not in text and HOSTILE_URL not in text


def test_report_of_one_story_from_an_index(index: Path, tmp_path: Path) -> None:
    stories = unspin.stories(index)
    story = next(s for s in stories if s.families)
    out = tmp_path / "story.html"
    done = run("report", "--db", index, "--story", story.id, "-o", out, "--max-relations", "1",
               "--no-quotes")
    assert done.returncode == 0, done.stderr
    text = out.read_text(encoding="utf-8")
    assert f"story {story.id}" in text
    assert text.count('<details class="relation" id="r') == 1  # one drawn side by side
    others = [s for s in stories if s.id != story.id]
    assert all(f'id="story-{s.id}"' not in text for s in others)


@pytest.mark.parametrize(("args", "message"), [
    (["--story", "s000000000000"], "no story 's000000000000'"),
    ([], None),
])
def test_report_refuses_bad_usage(index: Path, tmp_path: Path, args: list[str],
                                  message: str | None) -> None:
    out = tmp_path / "r.html"
    done = run("report", *(["--db", index] if message else []), *args, "-o", out)
    assert done.returncode == 2
    assert not out.exists()
    assert (message or "give a CORPUS") in done.stderr


def test_marked_escapes_text_and_keeps_offsets() -> None:
    text = "a <b> & c"
    assert marked(text, 0, len(text), [(2, 5, "<i>X</i>")]) == "a <i>X</i> &amp; c"
    assert marked(text, 2, 5, []) == "&lt;b&gt;"
    assert esc('"\'<>&\x00') == "&quot;&#x27;&lt;&gt;&amp;\ufffd"
    assert "default-src &#x27;none&#x27;" in page("t", "")
