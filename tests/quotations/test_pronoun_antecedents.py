"""A "he" or "she" that goes back to nobody leaves nobody behind (issue 20, session 23). Texts
invented for these tests."""

from __future__ import annotations

import pytest

from unspin.quotations.extract import extract_quotes

# spaCy parses every quotation here: the nlp extra.
pytestmark = pytest.mark.nlp


def speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract_quotes("t", text)]


def test_a_headlines_pronoun_does_not_hide_the_person_the_story_names() -> None:
    # The headline's "As He Announces" has nobody before it; the story's "He said" goes back to
    # the man its first sentence names, not to the headline's unresolved "He".
    text = ("'Rain Cannot Stop Us': Tom Baxter Gets Soaked As He Announces Vote Date\n\n"
            "Tom Baxter’s campaign got off to a poor start as he was soaked by heavy rain.\n\n"
            "He said: “Over the next few weeks, I will fight for every single vote.”\n")
    assert speakers(text)[-1] == ("Over the next few weeks, I will fight for every single "
                                  "vote.", "Tom Baxter")


def test_a_page_cut_before_its_first_name_then_names_the_speaker() -> None:
    text = ("She added: “I cannot deliver the mandate on which I was elected.”\n\n"
            "Ellen Fisk has been in office for 45 days.\n\n"
            "Later she said: “I will leave the role once a successor is chosen.”\n")
    # (session 24: the first "She", before any name, is the woman the page names next, as the
    # labels of cut pages have it; it still introduces no one for the second)
    assert speakers(text) == [
        ("I cannot deliver the mandate on which I was elected.", "Ellen Fisk"),
        ("I will leave the role once a successor is chosen.", "Ellen Fisk")]


def test_an_unnamed_spokesman_still_stands_for_a_later_he() -> None:
    # (an anonymous description is someone in the narrative: "he" is him, named by nobody)
    text = ("Tom Baxter runs the council.\n\n"
            "A spokesman said: “We are reviewing the decision with great care.”\n\n"
            "He added: “No date has been set for the next meeting.”\n")
    assert speakers(text) == [("We are reviewing the decision with great care.", None),
                              ("No date has been set for the next meeting.", None)]
