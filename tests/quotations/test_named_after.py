"""Who speaks, session 25: a speaker the news names only after the quote (delayed
identification), and a subject the parse lost to an opening phrase. Texts invented for these
tests."""

from __future__ import annotations

import pytest

from unspin.quotations.extract import extract_quotes

# spaCy parses every quotation here: the nlp extra.
pytestmark = pytest.mark.nlp


def speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract_quotes("t", text)]


# -- a lede's description named in the next paragraph


def test_a_ledes_description_is_the_person_named_next() -> None:
    text = ("Orchestra row deepens\n\nA member of the city orchestra's board says the new hall "
            "is “a disgrace to the city.”\n\nMargaret Ellison said the board had not been "
            "consulted before the plans were approved.\n")
    assert speakers(text) == [("a disgrace to the city.", "Margaret Ellison")]


def test_a_headline_role_is_named_two_paragraphs_below() -> None:
    text = ("Brewery boss: 'We got the recipe badly wrong'\n\nThe head of the brewery's UK arm "
            "has admitted that the firm \"got the recipe badly wrong\" last spring.\n\n"
            "Daniel Okoro told shareholders in Leeds that the old recipe would return.\n")
    assert speakers(text) == [("We got the recipe badly wrong", "Daniel Okoro"),
                              ("got the recipe badly wrong", "Daniel Okoro")]


def test_an_article_opening_on_a_quote_is_the_next_paragraphs_speaker() -> None:
    text = ("“We have warned about this for years. Nobody listened.”\n\nCoastguard director "
            "Helen Varga declared the harbour closed on Friday, but said boats could leave.\n")
    assert speakers(text)[0] == ("We have warned about this for years. Nobody listened.",
                                 "Helen Varga")


def test_an_anonymous_source_is_not_the_person_named_next() -> None:
    text = ("Talks stall\n\nA senior official said the talks were “going nowhere.”\n\n"
            "Trade minister Paolo Renzi said he would travel to Geneva on Monday.\n")
    assert speakers(text) == [("going nowhere.", None)]


def test_a_description_is_not_someone_named_before_it() -> None:
    text = ("Mayor Joan Pell opened the bridge on Monday.\n\nA local engineer called the design "
            "“a little too daring.”\n\nJoan Pell said the bridge had been tested for a year.\n")
    assert speakers(text)[-1] == ("a little too daring.", None)


def test_the_person_named_next_must_speak() -> None:
    text = ("Bridge opens\n\nA local engineer said the design was “a little too daring.”\n\n"
            "Joan Pell opened the bridge on Monday with her two grandchildren.\n")
    assert speakers(text) == [("a little too daring.", None)]


# -- a subject the parse hung on an opening phrase


def test_a_name_after_an_opening_phrase_is_the_subject_he_goes_back_to() -> None:
    text = ("Old theory holds\n\nThe finding backs Isaac Newton's old theory of light.\n\n"
            "Speaking at a press conference in Washington D.C., David Mendel, director of the "
            "observatory project, announced the result.\n\n“We have seen it at last,” he said.\n")
    assert speakers(text) == [("We have seen it at last,", "David Mendel")]


def test_a_senior_source_is_anonymous() -> None:
    text = ("Rescue goes on\n\n“We are digging by hand now,” a senior officer in charge of the "
            "rescue said.\n\nState governor Paul Derry said a new drill had been ordered.\n")
    assert speakers(text)[0] == ("We are digging by hand now,", None)


def test_a_source_who_would_not_be_named_is_anonymous() -> None:
    text = ("Outage\n\n“Nobody picked up the phone,” said a customer who did not want to be "
            "named.\n\nResearcher Noor Quint said she first reported the flaw in May.\n")
    assert speakers(text)[0] == ("Nobody picked up the phone,", None)


# -- a headline's quoted words, a colon, then the person


def test_a_headlines_quote_before_a_colon_is_the_person_after_it() -> None:
    text = ("‘We will rebuild every house’: Mayor John Ortiz visits flooded town\n\n"
            "The mayor toured the streets on Monday.\n")
    assert speakers(text) == [("We will rebuild every house", "John Ortiz")]


def test_a_headlines_quote_before_a_colon_is_not_the_person_acted_on() -> None:
    text = ("‘A danger to every child’: Police arrest John Ortiz after school break-in\n\n"
            "Officers were called on Monday.\n")
    assert speakers(text) == [("A danger to every child", None)]


def test_a_headlines_quote_before_a_colon_is_not_the_person_a_passive_acts_on() -> None:
    text = ("\"No sentence brings them back\": Ortiz jailed for six years\n\nBuilder Tom Ortiz "
            "was sentenced on Friday.\n")
    assert speakers(text)[0][1] != "Tom Ortiz"


def test_a_title_case_headlines_verb_is_no_part_of_the_name() -> None:
    text = ("‘The Bird Is Freed’: Elon Musk Takes Over as Twitter CEO, Fires Top Executives\n\n"
            "Elon Musk completed his purchase of Twitter on Thursday, and fired its chief "
            "executive.\n")
    assert speakers(text)[0] == ("The Bird Is Freed", "Elon Musk")


# -- a link line between a speaker's quote paragraphs


def test_a_link_line_does_not_stop_the_last_speaker() -> None:
    text = ("Mayor backs verdict\n\n“Justice was done today,” Mayor Ellen Fisk said.\n\n"
            "RELATED Governor Tom Baxter signs new policing bill into law\n\n"
            "“Those few who fail the badge must be held to account.”\n")
    assert speakers(text)[-1] == ("Those few who fail the badge must be held to account.",
                                  "Ellen Fisk")


def test_a_named_person_in_the_narrative_still_stops_it() -> None:
    text = ("Mayor backs verdict\n\n“Justice was done today,” Mayor Ellen Fisk said.\n\n"
            "Governor Tom Baxter signed a new policing bill into law on Tuesday.\n\n"
            "“Those few who fail the badge must be held to account.”\n")
    assert speakers(text)[-1][1] != "Ellen Fisk"
