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


# -- a link line between paragraphs is no antecedent of "she"


def test_a_link_line_names_nobody_a_pronoun_goes_back_to() -> None:
    text = ("Mayor Ellen Fisk Opens New Bridge\n\nMayor Ellen Fisk opened the bridge on Monday. "
            "\"It took ten years,\" she said.\n\nREAD MORE: Governor Ann Marsh Visits The Flooded "
            "Valley Towns\n\nShe later visited the school. \"The children deserve better,\" she "
            "said.\n")
    assert [s for _q, s in speakers(text)] == ["Ellen Fisk", "Ellen Fisk"]


def test_a_person_named_in_the_narrative_after_the_link_line_still_counts() -> None:
    text = ("Mayor Ellen Fisk Opens New Bridge\n\nMayor Ellen Fisk opened the bridge on Monday. "
            "\"It took ten years,\" she said.\n\nREAD MORE: Governor Ann Marsh Visits The Flooded "
            "Valley Towns\n\nGovernor Ann Marsh visited the school later. \"The children deserve "
            "better,\" she said.\n")
    assert speakers(text)[-1][1] == "Ann Marsh"


# -- a headline's verb is no part of the role or name before it


def test_a_headline_role_ends_before_its_verb() -> None:
    text = ("Ukrainian President Refuses to Evacuate, Tells U.S. He Needs Ammo, ‘Not a Ride’\n\n"
            "Ukrainian President Volodymyr Zelensky has rejected an offer from the U.S. "
            "government to evacuate from Kyiv.\n")
    assert speakers(text) == [("Not a Ride", "Volodymyr Zelensky")]


# -- words of an unnamed spokeswoman quoted again from the one the article names


def test_a_spokeswoman_for_a_body_named_later_with_the_same_words() -> None:
    text = ("Campaigners attacked Zento TV on Monday. But a spokeswoman for Zento TV said it was "
            "\"unfair and inaccurate\" to single out the channel.\n\nZento TV spokeswoman Maria "
            "Olsen said the network follows the same standards as others. \"It is unfair and "
            "inaccurate to paint us with that brush,\" she said.\n")
    assert [s for _q, s in speakers(text)] == ["Maria Olsen", "Maria Olsen"]


def test_a_spokeswoman_whose_words_are_not_quoted_again_speaks_for_the_body() -> None:
    text = ("Campaigners attacked Zento TV on Monday. But a spokeswoman for Zento TV said it was "
            "\"unfair and inaccurate\" to single out the channel.\n\nZento TV spokeswoman Maria "
            "Olsen said the network follows the same standards as others. \"We serve adults,\" "
            "she said.\n")
    assert speakers(text)[0][1] == "Zento TV"
