"""Who speaks, session 24: the person spoken about is no speaker; a credit line below a quote;
a source credited for words someone said; a pronoun before any name. Texts invented for these
tests."""

from __future__ import annotations

import pytest

from unspin.quotations.extract import extract_quotes

# spaCy parses every quotation here: the nlp extra.
pytestmark = pytest.mark.nlp


def speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract_quotes("t", text)]


# -- a name right before the quote that is the subject of the quoted words is spoken about


def test_the_subject_of_the_quoted_predicate_is_spoken_about() -> None:
    text = ("Mayor Ellen Fisk has proclaimed that council leader Tom Baxter “cannot stay in "
            "office.”\n\nThe council meets on Monday.\n")
    assert speakers(text) == [("cannot stay in office.", "Ellen Fisk")]


def test_a_name_opening_the_line_before_the_quote_still_speaks() -> None:
    # (a caption's or a list's "- NAME “…”": nothing but the name before the quote)
    text = ("Reactions came quickly.\n\n- Rovers manager Tom Baxter “We were robbed tonight.”\n")
    assert speakers(text)[-1] == ("We were robbed tonight.", "Tom Baxter")


def test_a_remarks_owner_says_what_it_holds() -> None:
    text = ("The city hall walked back Mayor Ellen Fisk’s remark on Saturday that council "
            "leader Tom Baxter “cannot stay in office”, amid a row over the budget.\n")
    assert speakers(text) == [("cannot stay in office", "Ellen Fisk")]
