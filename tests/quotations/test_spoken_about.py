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


# -- a credit line below a quote standing alone names its speaker


def test_a_name_line_below_a_standalone_quote_credits_it() -> None:
    text = ("Here are some of the voices from the opening night.\n\n"
            "“It was the best night of my life.”\n"
            "Ellen Fisk, director of the Kessling Theatre in Ardmore\n\n"
            "“We will be back next year.”\n"
            "Tom Baxter, a stagehand at the theatre, on the crew’s plans\n")
    assert speakers(text) == [("It was the best night of my life.", "Ellen Fisk"),
                              ("We will be back next year.", "Tom Baxter")]


def test_a_title_and_name_line_credits_the_quote_above() -> None:
    text = ("Mayor Ellen Fisk opened the bridge on Monday.\n\n"
            "“Today we are joined again.”\n\n"
            "Deputy Mayor Tom Baxter\n\n"
            "The bridge cost $4m.\n")
    assert speakers(text) == [("Today we are joined again.", "Tom Baxter")]


def test_a_sentence_opening_with_a_name_below_credits_nothing() -> None:
    # (the next paragraph's subject acts: the quote goes on as before)
    text = ("“We are delighted,” Mayor Ellen Fisk said.\n\n"
            "“It has been a long wait.”\n\n"
            "Tom Baxter, the council leader, voted against the plan last year.\n")
    assert speakers(text)[1] == ("It has been a long wait.", "Ellen Fisk")


# -- a source credited after the words relays them: whoever said them speaks


def test_words_quoted_as_said_according_to_an_agency_are_the_speakers() -> None:
    text = ("“It is a scandal. We will fight it,” Ellen Fisk was quoted as saying in Monday’s "
            "edition of the Kessling Herald, according to the Associated Press.\n")
    assert speakers(text) == [("It is a scandal. We will fight it,", "Ellen Fisk")]


def test_a_passive_agent_before_a_credit_speaks() -> None:
    text = ("The lottery has been labelled a “rigged game,” riddled with fraud, by Kessling "
            "Mayor Ellen Fisk, according to a Reuters report.\n")
    assert speakers(text) == [("rigged game,", "Ellen Fisk")]


def test_a_person_acting_in_words_an_outlet_reported() -> None:
    text = ("Mayor Ellen Fisk slammed “lazy councillors” during a debate on Thursday, the "
            "Kessling Herald reported.\n")
    assert speakers(text) == [("lazy councillors", "Ellen Fisk")]


def test_words_an_outlet_reported_with_no_one_acting_stay_the_outlets() -> None:
    text = ("The council budget is “in serious trouble,” the Kessling Herald reported on "
            "Friday.\n")
    assert speakers(text) == [("in serious trouble,", "Kessling Herald")]


def test_after_a_credit_line_the_next_quote_does_not_go_on() -> None:
    # (a list of voices credits each quote below it: one the model cannot name is nobody's)
    text = ("Here are some of the voices from the opening night.\n\n"
            "“It was the best night of my life.”\n"
            "Ellen Fisk, director of the Kessling Theatre in Ardmore\n\n"
            "“We sang our hearts out.”\n"
            "Members of the Kessling choir, after the show\n")
    assert speakers(text)[1] == ("We sang our hearts out.", None)


def test_a_short_quote_over_a_credit_line_is_no_subheading() -> None:
    # (the model cannot name "the Kessling choir": nobody, not the next voice's speaker)
    text = ("Here are some of the voices from the opening night.\n\n"
            "“We sang our hearts out.”\n"
            "Members of the Kessling choir, after the show\n\n"
            "“It was the best night of my life.”\n"
            "Ellen Fisk, director of the Kessling Theatre in Ardmore\n")
    assert speakers(text) == [("We sang our hearts out.", None),
                              ("It was the best night of my life.", "Ellen Fisk")]


# -- pronouns: an excerpt that opens on "he", and a name in an aside


def test_a_pronoun_before_any_name_is_the_person_named_next() -> None:
    # (a page cut before its first name: "he" is the man the page names after it)
    text = ("Speaking from the town hall, he thanked the voters and said he stayed on because "
            "“it was my duty to you”.\n\nMr Tom Baxter will leave office in October, when a "
            "successor is chosen.\n")
    assert speakers(text) == [("it was my duty to you", "Tom Baxter")]


def test_a_name_in_an_aside_is_no_antecedent() -> None:
    text = ("Mayor Ellen Fisk spoke to the council on Monday. (“It was a disgrace,” councillor "
            "Jane Roe wrote on Twitter last week after a row over parking.) Later, when a reporter "
            "asked Fisk about the row, she laughed. “I said it once,” she said.\n")
    assert speakers(text)[-1] == ("I said it once,", "Ellen Fisk")


# -- a country's short form is the country the article names


def test_the_norths_spokesman_speaks_for_north_korea() -> None:
    text = ("North Korea said on Friday it would review its nuclear programme. “The situation "
            "forces us to reconsider everything,” the North's foreign ministry spokesman said in "
            "a statement.\n")
    assert speakers(text) == [("The situation forces us to reconsider everything,",
                               "North Korea")]


def test_a_country_speaks_for_itself_and_is_no_he() -> None:
    text = ("Leader Tom Baxter visited a steel plant in the north on Thursday. North Korea "
            "said on Friday it had no plans to test a rocket “at present”. “We will wait and "
            "see,” he said.\n")
    assert speakers(text) == [("at present", "North Korea"),
                              ("We will wait and see,", "Tom Baxter")]


# -- the person of a sentence before the quote; a body described by a person


def test_the_person_not_the_body_in_the_subject_before_the_quote() -> None:
    text = ("At a briefing a few hours earlier, White House press secretary Jane Roe expressed "
            "optimism about a deal. “We still think we can get there,” she added later.\n\n"
            "White House press secretary Jane Roe expressed optimism about the bill. “We still "
            "think it will pass.”\n")
    assert speakers(text)[-1] == ("We still think it will pass.", "Jane Roe")


def test_a_body_created_by_an_old_man_is_no_man() -> None:
    text = ("Former mayor Tom Baxter, 98, will receive care at home, the Baxter Foundation "
            "said on Saturday. The charity created by the 98-year-old former mayor said he "
            "“decided to spend his remaining time at home”.\n")
    assert speakers(text)[-1] == ("decided to spend his remaining time at home",
                                  "Baxter Foundation")


def test_a_statement_from_the_organisation_is_the_bodys() -> None:
    text = ("Tom Baxter entered care on Saturday, the Baxter Foundation said.\n\n"
            "“He has the full support of his family,” a statement from the organisation "
            "reads.\n")
    assert speakers(text)[-1] == ("He has the full support of his family,", "Baxter Foundation")


# -- a headline's capitalised role of a body is the person holding it


def test_a_capitalised_president_of_a_body_is_its_president() -> None:
    text = ("President of the Kessling Bank vows to do ‘whatever it takes to save the euro’\n\n"
            "Tom Baxter, the president of the Kessling Bank, has vowed to do “whatever it "
            "takes to save the euro” in a speech in London on Thursday.\n")
    assert speakers(text)[0] == ("whatever it takes to save the euro", "Tom Baxter")


# -- limits read on unlabelled pages


def test_two_countries_agreeing_are_no_speaker_of_the_announcement() -> None:
    # (a country speaks for its government, but two agreeing are no one speaker)
    text = ("Mayor Tom Baxter has announced that Iran and Israel have agreed to a "
            "“complete and total ceasefire” after two weeks of fighting.\n")
    assert speakers(text)[0][1] not in ("Iran", "Israel")


def test_a_spokesperson_for_the_airline_is_not_the_outlet_reporting_it() -> None:
    text = ("Most airlines had a bad weekend. As the Kessling Herald reports, a spokesperson "
            "for the budget airline only said, “The outage did not affect our flights.”\n")
    assert speakers(text)[0][1] != "Kessling Herald"


def test_she_before_any_name_is_no_man_named_next() -> None:
    text = ("She ended her speech with a promise: “Together, we will build a better town”.\n\n"
            "Mayor Tom Baxter of the neighbouring county said he welcomed the news.\n")
    assert speakers(text)[0][1] != "Tom Baxter"
