"""Who "he" or "she" is, and a quote introduced by the paragraph before it (issue 20, session 19,
second helper). Texts invented for these tests."""

from __future__ import annotations

import pytest

from unspin.quotations.extract import extract_quotes

# spaCy parses every quotation here: the nlp extra.
pytestmark = pytest.mark.nlp


def speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract_quotes("t", text)]


def test_an_object_pronoun_is_not_the_subjects_gender() -> None:
    # "met her": she is someone other than the mayor; his own pronoun would be "himself".
    text = ("Passenger Ann Cole described the landing as “incredibly smooth”. Mayor Bill Stone "
            "met her at the pier.\n“I just want to go home,” she said.\n")
    assert speakers(text)[-1] == ("I just want to go home,", "Ann Cole")


def test_she_goes_back_past_a_subject_of_unknown_gender() -> None:
    # "Jools" is no first name the census lists: the woman named just before is "she".
    text = ("Laura Bell, producer of the show Late... With Jools Ardley, booked the band at "
            "once.\n\n“They played like they owned the stage,” she said.\n")
    assert speakers(text) == [("They played like they owned the stage,", "Laura Bell")]


def test_a_speaker_of_unknown_gender_keeps_the_pronoun() -> None:
    text = ("Mary Collins chaired the meeting. “We start at ten,” Jools Ardley said.\n"
            "“Nobody will be late,” she said.\n")
    assert speakers(text)[-1] == ("Nobody will be late,", "Jools Ardley")


def test_a_paragraph_ending_in_a_colon_introduces_the_quote_below() -> None:
    text = ("The airline's chief executive, Laura Hill, praised the crew in a statement:\n\n"
            "“Our crew acted with great skill and courage, and we are proud of them.”\n\n"
            "Investors were not convinced.\n")
    assert speakers(text) == [("Our crew acted with great skill and courage, and we are proud "
                               "of them.", "Laura Hill")]


def test_a_name_taken_for_a_firm_is_a_person_the_narrative_calls_he() -> None:
    # The model tags "Kristaps Porzingis" an organisation; "as he has been out" says otherwise,
    # and "the 28-year-old" is then the one person named.
    text = ("The Celtics have been without Kristaps Porzingis, as he has been out since suffering "
            "a calf strain five weeks ago.\n\n“That is the plan right now,” the 28-year-old said "
            "on Tuesday.\n")
    assert speakers(text) == [("That is the plan right now,", "Kristaps Porzingis")]


def test_a_firm_beside_someone_elses_pronoun_stays_a_firm() -> None:
    # "she" is the representative's subject of speech, not Sky News.
    text = ("In a statement obtained by Sky News, a representative for the singer said she "
            "“died peacefully at home.”\n")
    assert speakers(text) == [("died peacefully at home.", None)]


def test_a_letter_is_its_writers() -> None:
    text = ("After the video spread, Oscar Morales emailed all employees on Monday, saying that "
            "he supported the crew.\n\nAccording to the letter, the passenger “raised his voice "
            "and refused to comply.”\n")
    assert speakers(text) == [("raised his voice and refused to comply.", "Oscar Morales")]


def test_a_complaint_is_the_filers() -> None:
    text = ("Computer firm Pearfruit has issued a lawsuit against an unnamed leaker.\n\nThe "
            "complaint said the leaker had “misappropriated confidential information”.\n")
    assert speakers(text) == [("misappropriated confidential information", "Pearfruit")]


def test_a_document_whose_writer_the_text_does_not_name_has_no_speaker() -> None:
    # The accusation was brought in without a name: not the firm that filed something else.
    text = ("Computer firm Pearfruit has issued a lawsuit against an unnamed leaker.\n\n"
            "The watchdog's accusation was posted on Sunday. The accusation asked whether it "
            "was “coincidence or part of the plan”.\n")
    assert speakers(text) == [("coincidence or part of the plan", None)]


def test_an_accusation_is_the_accusers() -> None:
    text = ("Wirepost answered HonestWatch's accusation on Monday.\n\nThe accusation asked "
            "whether the photographers were “part of the plan”.\n")
    assert speakers(text) == [("part of the plan", "HonestWatch")]


def test_a_role_as_a_sentences_subject_is_the_person_so_described() -> None:
    # "the foreign minister commented" makes Lavrov the subject "He" goes back to, not the
    # spokesman named after him.
    text = ("Foreign Minister Sergei Lavrov travelled to New York for the meeting. White House "
            "spokesman John Kirby said the visas had been refused.\n\nOn Monday, the foreign "
            "minister commented on the refusal. He said Washington had “cowardly” shown what "
            "its words were worth.\n\nLater, the spokesman answered the charge. “We do not "
            "comment on individual visa cases,” he said.\n")
    assert speakers(text) == [("cowardly", "Sergei Lavrov"),
                              ("We do not comment on individual visa cases,", "John Kirby")]


def test_a_passive_speech_verbs_agent_speaks_not_its_subject() -> None:
    text = ("Investor Mark Cuban spoke on Monday. Bitcoin was described as “a gambling token” by "
            "the investor Mark Cuban.\n")
    assert speakers(text) == [("a gambling token", "Mark Cuban")]
