"""Who speaks: conventions of news writing that hold on any page (issue 20, session 22). Texts
invented for these tests."""

from __future__ import annotations

import pytest

from unspin.quotations.extract import extract_quotes

# spaCy parses every quotation here: the nlp extra.
pytestmark = pytest.mark.nlp


def speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract_quotes("t", text)]


# -- the speech verb opening the quote, joined to another verb, shares its subject


def test_a_joined_speech_verb_opening_the_quote_is_its_subjects() -> None:
    text = ("The hearing lasted all day. A widow told the judge that when her husband died, Tom "
            "Baxter held her hand and said to her “your money is safe with me.” She wept.\n")
    assert speakers(text) == [("your money is safe with me.", "Tom Baxter")]


def test_the_main_speech_verb_still_reports_words_further_on() -> None:
    # (the joined verb does not open the quote: the main clause's speaker reports it)
    text = ("Mayor Ellen Fisk told reporters that Tom Baxter had held a meeting and said many "
            "things before she called the plan “a waste of money”.\n")
    assert speakers(text)[0][1] != "Tom Baxter"


# -- a body's board or management speaks for the body


def test_the_companys_board_is_the_company() -> None:
    text = ("Jane Roe, the former chief executive of Acme Corp, was fired on Friday after the "
            "company’s board of directors said it “no longer has confidence” in her.\n")
    assert speakers(text) == [("no longer has confidence", "Acme Corp")]


def test_a_named_bodys_board_and_its_management() -> None:
    text = ("Acme Corp cut 300 jobs on Monday. Acme’s board said it was “deeply sorry”. Its "
            "management said the cuts were “unavoidable”.\n")
    assert [s for _q, s in speakers(text)] == ["Acme Corp", "Acme Corp"]


def test_a_board_member_named_in_the_phrase_still_speaks() -> None:
    # (no possessive: "board member Jane Roe" names the person)
    text = ("Acme Corp cut 300 jobs on Monday. Board member Jane Roe said the cuts were “a "
            "mistake”.\n")
    assert speakers(text) == [("a mistake", "Jane Roe")]
