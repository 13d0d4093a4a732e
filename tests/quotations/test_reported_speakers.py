"""Who speaks: a role named by its body, and words quoted beside a reporting verb (issue 20,
session 19). Texts invented for these tests."""

from __future__ import annotations

import pytest

from unspin.quotations.extract import extract_quotes

# spaCy parses every quotation here: the nlp extra.
pytestmark = pytest.mark.nlp


def speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract_quotes("t", text)]


def test_the_officer_of_a_body_is_the_person_so_described_not_the_body() -> None:
    text = ("Jane Doyle, the chief executive of Acme Corp, spoke to reporters on Monday. Later, "
            "the chief executive of Acme Corp said the firm was “deeply sorry” for the delay.\n")
    assert speakers(text) == [("deeply sorry", "Jane Doyle")]


def test_a_name_beside_the_role_still_names_the_speaker() -> None:
    text = ("Prices fell. “We are cutting costs,” the chief executive of Acme Corp, Jane Doyle, "
            "said on Monday.\n")
    assert speakers(text) == [("We are cutting costs,", "Jane Doyle")]


def test_words_in_an_adverbial_clause_are_the_later_reporters() -> None:
    # "answer" does not report the quoted word: it sits in a clause of reason ("as …"); the
    # sentence's reporting verb comes after it.
    text = ("Hotel costs rose. Ministers could not answer questions about their use of hotels as "
            "such detail could be used to “ambush” them, government spokesman Tom Reddle said on "
            "Thursday.\n")
    assert speakers(text) == [("ambush", "Tom Reddle")]


def test_words_reported_by_the_first_verb_stay_its_subjects() -> None:
    # The words are deep inside what the firm said (a clause of a noun in it, not an
    # adverbial clause of "said"): "officials in Seoul have said" after them is someone else.
    text = ("Kessler Group said it had no plans to build another plant “at present,” but "
            "officials in Seoul have said that the firm is ready to build one.\n")
    assert speakers(text) == [("at present,", "Kessler Group")]


def test_a_participle_of_speech_does_not_part_a_report_from_its_words() -> None:
    text = ("Mark Stables spoke for the family. Stables continues, saying that the family is "
            "“saddened” by the reports.\n")
    assert speakers(text) == [("saddened", "Mark Stables")]


def test_the_role_said_again_is_the_one_brought_in_before() -> None:
    # "the spokesman" twice after "a spokesman at Kessland's foreign ministry": both times the
    # unnamed spokesman of that body, not the person the second sentence goes on to name.
    text = ("The statement by a spokesman at Kessland's foreign ministry gave no details.\n\n"
            "Officials said Tom Reddle had been arrested in May.\n\n"
            "“The policy of our neighbours makes the outlook gloomy,” the spokesman said.\n\n"
            "“We must reconsider the whole issue,” the spokesman said, calling the case of "
            "Reddle an insult.\n")
    found = speakers(text)
    assert [speaker for _, speaker in found] == ["Kessland", "Kessland"]


def test_a_photo_credit_run_into_a_caption_is_not_the_spokeswoman() -> None:
    # The caption's credit ("Ivan Petrenko/NEWS") follows the spokeswoman's name: the words
    # describing it are hers, so "the ministry's spokeswoman" is still Olga Marenkova.
    text = ("Ministry expects a reply from the agency\n"
            "Russian foreign ministry’s spokeswoman Olga Marenkova Ivan Petrenko/NEWS\n"
            "Russian foreign ministry’s spokeswoman Olga Marenkova\n© Ivan Petrenko/NEWS\n\n"
            "MOSCOW. The ministry expects a reply, the ministry’s spokeswoman Olga Marenkova "
            "said at a briefing on Friday.\n\n"
            "“We expect the agency to explain itself,” the Foreign Ministry’s spokeswoman "
            "stressed.\n")
    assert speakers(text) == [("We expect the agency to explain itself,", "Olga Marenkova")]


def test_a_fragment_joined_by_and_is_governed_by_the_first_fragments_verb() -> None:
    # A later speech verb ("warned") does not take "dangerous" away from "called".
    text = ("Jane Doyle, chief executive of Acme, has called the token “stupid” and “dangerous”, "
            "and warned that she would “fire them in a second”.\n")
    found = extract_quotes("t", text)
    assert [(q.text, q.speaker) for q in found] == [
        ("stupid", "Jane Doyle"), ("dangerous", "Jane Doyle"),
        ("fire them in a second", "Jane Doyle")]
    assert found[0].statement == found[1].statement != found[2].statement


def test_a_named_term_in_a_clause_a_later_verb_reports_is_still_no_quotation() -> None:
    text = ("The so-called “temporary” barriers installed along the river gave way shortly "
            "after midnight, the council confirmed.\n")
    assert speakers(text) == []
