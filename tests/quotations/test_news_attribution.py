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


# -- a headline's "A to B: ‘…’": B is spoken to


def test_the_one_a_headline_quote_is_addressed_to_does_not_speak() -> None:
    text = ("Senator to Mark Zuckerberg: ‘Your user agreement sucks’\n\nFacebook chief Mark "
            "Zuckerberg faced a cast of skeptical senators for five hours on Tuesday.\n")
    assert speakers(text) == [("Your user agreement sucks", None)]


def test_the_named_one_before_to_speaks() -> None:
    text = ("Biden to Putin: ‘You will pay a heavy price’\n\nPresident Joe Biden warned Vladimir "
            "Putin on Tuesday.\n")
    assert speakers(text) == [("You will pay a heavy price", "Joe Biden")]


# -- "In the next post, “…”": the last speaker goes on after a phrase setting the quote


def test_the_last_speaker_goes_on_after_a_setting_phrase() -> None:
    text = ("Coach Harald Brenner will leave Eastfield Rovers in the summer.\n\nOn the other side, "
            "Brenner also took to X and wrote, “I loved my time at the club. It was "
            "transformative for me.”\n\nIn the next X post, “I love you all. Today was a weird "
            "experience in many ways.”\n")
    assert speakers(text)[-1][1] == "Harald Brenner"


def test_a_setting_phrase_naming_someone_else_stops_the_speaker_going_on() -> None:
    text = ("Coach Harald Brenner will leave Eastfield Rovers in the summer.\n\nOn the other side, "
            "Brenner also took to X and wrote, “I loved my time at the club. It was "
            "transformative for me.”\n\nIn a post by Tomas Lindqvist, “I love you all. Today was "
            "a weird experience in many ways.”\n")
    assert speakers(text)[-1][1] != "Harald Brenner"


# -- the next quote paragraph goes on with a speaker whose own attribution names a body


def test_a_body_in_the_speakers_own_attribution_does_not_stop_the_next_paragraph() -> None:
    text = ("Dallas beat Boston on Friday.\n\n\"I think our energy was way higher,\" All-NBA "
            "guard Luka Doncic said on the ABC broadcast when asked about the defensive effort "
            "in the blowout in Dallas.\n\n\"Everybody was locked in on the defensive end and we "
            "played with higher pace.\"\n")
    assert [s for _q, s in speakers(text)] == ["Luka Doncic", "Luka Doncic"]


def test_a_body_acting_in_a_paragraph_between_still_stops_it() -> None:
    text = ("Dallas beat Boston on Friday.\n\n\"I think our energy was way higher,\" All-NBA "
            "guard Luka Doncic said on the ABC broadcast.\n\nThe NBA fined the Celtics for "
            "their conduct in the third quarter.\n\n\"Everybody was locked in on the defensive "
            "end and we played with higher pace.\"\n")
    assert speakers(text)[-1][1] != "Luka Doncic"


# -- a title written short before a name ends no sentence


def test_an_abbreviated_title_after_the_quote_is_part_of_the_attribution() -> None:
    text = ("Rescue work stopped overnight.\n\nStarting at 6 a.m. Wednesday, “we’re hoping to put "
            "divers in the water and begin a detailed search,” State Police Col. Roland Butler "
            "told reporters late Tuesday.\n")
    assert speakers(text)[0][1] == "Roland Butler"


def test_a_joined_verb_about_the_quoted_words_does_not_open_them() -> None:
    text = ("Responding to the verdict, Pistorius' family said their lawyers are studying the "
            "finding and will advise them on \"options going forward\".\n")
    assert [q.speaker_as_written for q in extract_quotes("t", text)] == ["Pistorius' family"]


# -- "per" credits a source as "according to" does


def test_per_credits_the_source_after_the_quote() -> None:
    text = ("Boston won the title in five games. \"Those fan bases can argue among themselves, but "
            "Boston has a case in this debate,\" per the Athletic. Winds reached 90 miles per "
            "hour, \"a record for the town,\" per Mayor Ellen Fisk.\n")
    assert [s for _q, s in speakers(text)] == ["Athletic", "Ellen Fisk"]


def test_per_as_a_rate_credits_nobody() -> None:
    text = ("Shares rose 5 cents per share after the report called the results \"a strong "
            "quarter\" on Monday.\n")
    assert all(s is None for _q, s in speakers(text))


def test_per_a_reporter_relays_the_speakers_words() -> None:
    text = ("Holmes addressed the court. “I stand before you taking responsibility,” she said, per "
            "Budman. Later one expert explains that \"the pressure could have caused the wall to "
            "break off,\" per the Times.\n")
    found = speakers(text)
    assert found[0][1] == "Holmes" and found[1][1] != "Times"
