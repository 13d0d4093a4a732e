"""Which verb reports the quoted words: not a speech verb in a clause that closed before them,
nor one in a clause joined on after them (issue 20, session 20). Texts invented for these
tests."""

from __future__ import annotations

import pytest

from unspin.quotations.extract import extract_quotes

# spaCy parses every quotation here: the nlp extra.
pytestmark = pytest.mark.nlp


def speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract_quotes("t", text)]


def test_the_judge_who_calls_the_crimes_evil_speaks_not_the_man_who_pleaded() -> None:
    text = ("Mr. Madoff, looking thinner and more haggard than when he pleaded guilty in March, "
            "stood impassively as Federal District Judge Denny Chin condemned his crimes as "
            "“extraordinarily evil” and imposed a sentence that was three times as long as the "
            "probation office suggested.\n")
    assert speakers(text) == [("extraordinarily evil", "Denny Chin")]



def test_an_attribution_after_the_second_quote_reports_the_first_of_its_sentence() -> None:
    text = ("Judge Martin Cole sentenced the financier to 150 years in prison on Monday. In his "
            "decision, the judge dismissed the lawyer's plea for a lighter sentence and disputed "
            "suggestions that the victims were seeking vengeance. \"The fraud here was "
            "staggering\" and losses from the scam \"off the chart,\" he said, justifying a "
            "sentence that sends a message.\n")
    assert speakers(text) == [("The fraud here was staggering", "Martin Cole"),
                              ("off the chart,", "Martin Cole")]


def test_a_quote_paragraph_goes_on_after_a_long_attribution_naming_nobody_else() -> None:
    text = ("Only moments before, Mr. Hollis had apologised to his clients.\n\n“I am responsible "
            "for a great deal of suffering and pain. I understand that,” he said, leaning slightly "
            "forward over the polished table, his grey suit sagging on his diminished frame.\n\n"
            "“I live in a tormented state now, knowing of all the pain that I have created.”\n\n"
            "The court fell silent.\n")
    assert [s for _q, s in speakers(text)] == ["Hollis", "Hollis"]


def test_a_title_quoted_before_does_not_cut_the_attribution_off() -> None:
    text = ("Martina Kolar has run the central bank since 2019.\n\nThe Central Bank President said "
            "in an interview with the Dutch talk show \"Campus Hour\" that aired Sunday, \"My very "
            "humble assessment is that it is worth nothing.\"\n")
    assert speakers(text)[-1] == ("My very humble assessment is that it is worth nothing.",
                                  "Martina Kolar")
