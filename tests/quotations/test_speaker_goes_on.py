"""Who speaks a quote with no attribution of its own: the news conventions of a speaker going on
over a caption or a paragraph of narrative (issue 20, session 21). Texts invented for these
tests."""

from __future__ import annotations

import pytest

from unspin.quotations.extract import extract_quotes

# spaCy parses every quotation here: the nlp extra.
pytestmark = pytest.mark.nlp


def speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract_quotes("t", text)]


def test_the_last_speaker_goes_on_over_a_caption() -> None:
    text = ("Coach Harald Brenner will leave Eastfield Rovers in the summer.\n\n“I am running out "
            "of energy and I have to say it now,” Brenner said.\n\nBrenner lifted the cup in 2020 "
            "(Image credit: Photo Agency)\n\n“I love everything about this club. I love the "
            "supporters and the staff.”\n")
    assert speakers(text)[-1] == ("I love everything about this club. I love the supporters "
                                  "and the staff.", "Harald Brenner")


def test_the_last_speaker_goes_on_over_narrative_naming_nobody() -> None:
    text = ("Coach Harald Brenner spoke after the final on Saturday.\n\n“This trophy is so "
            "difficult to win,” said Brenner.\n\nThe win came after a long season with many "
            "injuries.\n\n“We defended better in the box this time, and we were patient.”\n")
    assert speakers(text)[-1][1] == "Harald Brenner"


def test_someone_else_named_between_stops_the_speaker_going_on() -> None:
    text = ("Coach Harald Brenner spoke after the final on Saturday.\n\n“This trophy is so "
            "difficult to win,” said Brenner.\n\nFans in the stands sang the name of striker "
            "Tomas Lindqvist for an hour.\n\n“We defended better in the box this time, and we "
            "were patient.”\n")
    assert speakers(text)[-1][1] is None


def test_an_organisation_as_a_subject_between_stops_the_speaker_going_on() -> None:
    text = ("Coach Harald Brenner spoke after the final on Saturday.\n\n“This trophy is so "
            "difficult to win,” said Brenner.\n\nThe Football Association announced an inquiry "
            "into the crowd trouble. The match had been stopped twice.\n\n“We will look at every "
            "report from the stadium.”\n")
    assert speakers(text)[-1][1] is None


def test_a_speaker_does_not_go_on_over_many_paragraphs() -> None:
    narrative = "The season had been long and the squad was tired by the spring.\n\n" * 4
    text = ("Coach Harald Brenner spoke after the final on Saturday.\n\n“This trophy is so "
            "difficult to win,” said Brenner.\n\n" + narrative
            + "“We defended better in the box this time, and we were patient.”\n")
    assert speakers(text)[-1][1] is None


def test_an_object_of_a_speech_verb_that_addresses_nobody_can_speak() -> None:
    # "continue" is a speech verb ("the statement continued"), but its object here is the
    # firm led, not one spoken to: "the company" is that firm.
    text = ("Sam Altvater was pushed out on Friday. The board lost confidence in his ability to "
            "continue leading OpenAI. “The board no longer has confidence in him,” the "
            "artificial intelligence company said in a statement.\n")
    assert speakers(text)[-1][1] == "OpenAI"


def test_the_one_told_is_no_speaker() -> None:
    text = ("Nordwind Holdings told Microsoft on Monday that the talks were over.\n\n“We will not "
            "go ahead,” the company said.\n")
    assert speakers(text)[-1][1] != "Microsoft"


def test_a_lede_description_is_the_person_so_described_who_says_the_words_later() -> None:
    text = ("NEW YORK -- Financier Bernd Kalloway was sentenced Monday to 150 years in prison for "
            "what a federal judge called an \"extraordinarily evil\" fraud.\n\nThe courtroom was "
            "full.\n\n\"The message must be sent that these crimes were extraordinarily evil,\" "
            "said U.S. District Judge Dana Whitcombe.\n")
    assert speakers(text)[0] == ("extraordinarily evil", "Dana Whitcombe")


def test_an_anonymous_source_is_not_someone_else_saying_the_same_words() -> None:
    text = ("Residents fled as the fire spread, and a witness called it \"absolutely "
            "terrifying\".\n\n\"It was absolutely terrifying,\" said fire chief Dana "
            "Whitcombe.\n")
    assert speakers(text)[0][1] is None


def test_a_quoted_subheading_is_the_speaker_of_the_section_below() -> None:
    text = ("Eastfield win the cup\n\nEastfield Rovers won the cup on Saturday.\n\n‘An honour "
            "to be alongside the greats’\n\nBrenner won the cup as a player in 1992 but said he "
            "did not feel it until the day after.\n\n“Our chairman told me the final is in "
            "London next year,” coach Harald Brenner said.\n")
    assert speakers(text)[0] == ("An honour to be alongside the greats", "Harald Brenner")


def test_a_quoted_subheading_far_from_the_next_quote_names_nobody() -> None:
    narrative = "The season had been long and the squad was tired by the spring.\n\n" * 3
    text = ("Eastfield win the cup\n\nEastfield Rovers won the cup on Saturday.\n\n‘An honour "
            "to be alongside the greats’\n\n" + narrative + "“Our chairman told me the final "
            "is in London next year,” coach Harald Brenner said.\n")
    assert speakers(text)[0][1] is None


def test_the_statement_named_again_is_still_its_issuers() -> None:
    text = ("Mayor Carla Ruiz resigned on Monday, and the council named Tom Berg in her place.\n\n"
            "Ruiz posted a statement on X on Monday night.\n\n“I leave with my head held high,” "
            "read the statement.\n\n“I thank every voter,” the statement continued.\n")
    assert [speaker for _text, speaker in speakers(text)] == ["Carla Ruiz", "Carla Ruiz"]


def test_a_short_span_repeating_a_quotes_words_is_that_speakers() -> None:
    text = ("Sam Altvater wrote on X: “I loved my time at the firm. I will have more to say "
            "about what is next later.”\n\nIt is unclear what Altvater meant by “more to say”, "
            "or when that will be.\n")
    assert speakers(text) == [
        ("I loved my time at the firm. I will have more to say about what is next later.",
         "Sam Altvater"),
        ("more to say", "Sam Altvater")]


def test_a_term_after_a_determiner_is_no_echo_of_a_quote() -> None:
    text = ("Morgan Spurlock said: “I ate a super size meal every day for a month.”\n\nHe forced "
            "the chain to withdraw its “super size” portions in the US.\n")
    assert [quoted for quoted, _speaker in speakers(text)] == [
        "I ate a super size meal every day for a month."]


def test_a_letter_a_name_spoke_in_is_theirs() -> None:
    text = ("Mayor Carla Ruiz resigned on Monday.\n\nIn a letter to staff, Ruiz said she was "
            "proud.\n\n“I leave with my head held high,” the letter said.\n")
    assert speakers(text) == [("I leave with my head held high,", "Carla Ruiz")]


def test_someone_else_speaking_between_stops_the_speaker_going_on() -> None:
    text = ("Coach Harald Brenner spoke after the final on Saturday.\n\n“This trophy is so "
            "difficult to win,” said Brenner.\n\nAnother official at the club said the parade "
            "would be on Monday. The squad flies home tonight.\n\n“Four buses will leave the "
            "ground at noon.”\n")
    assert speakers(text)[-1][1] is None


def test_a_line_introducing_other_words_stops_the_speaker_going_on() -> None:
    text = ("Mayor Trent Colway declared a “state of emergency” on Friday.\n\nThe rail "
            "operator has staff on site.\n\nThe operator issued the following statement:\n\n“We "
            "are aware of the derailment and are working with first responders.”\n")
    assert speakers(text)[-1][1] != "Trent Colway"
