"""Titles with American style's comma or full stop inside the marks (issue 20, session 23).
Texts invented for these tests."""

from __future__ import annotations

import pytest

from unspin.quotations.extract import extract_quotes

# spaCy parses every quotation here: the nlp extra.
pytestmark = pytest.mark.nlp


def quoted(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract_quotes("t", text)]


def test_a_programme_told_is_no_quotation() -> None:
    text = ("“We are measuring rain in feet, not inches,” Governor Ellen Fisk told “Morning "
            "Report Sunday.”\n")
    assert quoted(text) == [("We are measuring rain in feet, not inches,", "Ellen Fisk")]


def test_a_film_named_in_a_sentence_is_no_quotation() -> None:
    text = ("Ellen Fisk shared a photo from the 1997 premiere of “The Salt Orchard.”\n\n"
            "The actors married a year later, on “Monday Night Cinema,” the nation heard.\n")
    assert quoted(text) == []


def test_title_case_words_said_are_still_quoted() -> None:
    # (a speech verb after them, or a colon before them: someone's words)
    text = ("Tom Baxter died on Monday.\n\n“Rest In Peace Tom Baxter,” Ellen Fisk tweeted.\n\n"
            "Then the alert came: “Baxter Announces New Tariffs On Steel.”\n")
    assert [q for q, _ in quoted(text)] == ["Rest In Peace Tom Baxter,",
                                             "Baxter Announces New Tariffs On Steel."]
