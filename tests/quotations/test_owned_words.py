"""Whose words: a possessed statement, a role with a capitalised modifier, a name the model took
for a date, a source named in a prepositional phrase, a tweet's issuer (issue 20, session 20).
Texts invented for these tests."""

from __future__ import annotations

import pytest

from unspin.quotations.extract import extract_quotes

# spaCy parses every quotation here: the nlp extra.
pytestmark = pytest.mark.nlp


def speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract_quotes("t", text)]


def test_his_statement_is_his() -> None:
    text = ("Swiss skier Anton Meier has announced his retirement.\n\nHe was last seen in action "
            "in 2021.\n\n“I am 38 years old,” his statement read.\n")
    assert speakers(text) == [("I am 38 years old,", "Anton Meier")]


def test_a_named_persons_statement_is_theirs() -> None:
    text = ("Swiss skier Anton Meier has announced his retirement.\n\n“I have raced more than 500 "
            "times,” Meier's statement said.\n")
    assert speakers(text) == [("I have raced more than 500 times,", "Anton Meier")]


def test_her_voice_said_is_hers() -> None:
    text = ("Mayor Carla Ruiz thanked the city.\n\nHer voice broke as she ended her speech and "
            "said: “I will miss this place.”\n")
    assert speakers(text)[-1][1] == "Carla Ruiz"


def test_a_role_with_a_capitalised_modifier_is_the_person_not_the_modifier() -> None:
    # "great" is a noun the tagger takes for an adverb; "Skiing" is no speaker.
    text = ("Swiss skier Anton Meier has announced his retirement.\n\n\"The cup next week will be "
            "my final race,\" the Skiing great said in a statement.\n")
    assert speakers(text) == [("The cup next week will be my final race,", "Anton Meier")]


def test_a_source_named_after_per_is_no_subject() -> None:
    # The newspaper credited with the words (a person to the model) is not the chief who
    # spoke them: "the ECB chief" is the last person who spoke.
    text = ("European Central Bank President Martina Kolar spoke to students on Sunday.\n\nOne "
            "student said he had lost money, to which Kolar replied:\n\n“That hurts.”\n\nPer De "
            "Telegraaf and Bloomberg, the ECB chief further stated:\n\n“What worries me is that "
            "people are investing in it.”\n")
    assert speakers(text)[-1] == ("What worries me is that people are investing in it.",
                                  "Martina Kolar")


def test_a_subject_of_a_when_clause_is_no_antecedent() -> None:
    text = ("The firm pushed out its co-founder and CEO Sam Altvater after a review.\n\nThe firing "
            "was similar to when Steve Jobson was fired by the Pearfruit board in 1985.\n\n"
            "Speaking of Altvater's reaction, the co-founder expressed his love for the firm.\n\n"
            "“I loved my time there,\" he wrote.\n")
    assert speakers(text)[-1] == ("I loved my time there,", "Sam Altvater")


def test_a_first_name_and_a_surname_the_model_dates_are_a_person() -> None:
    text = ("British Prime Minister, Theresa May announced on Friday that she would resign.\n\n"
            "“I have done my best,” she said.\n")
    assert speakers(text) == [("I have done my best,", "Theresa May")]


def test_many_of_whom_is_no_antecedent_for_she() -> None:
    text = ("A tearful Theresa May announced she is resigning as party leader.\n\nMPs, many of "
            "whom had called on Mrs May to resign, hailed her “dignified” statement.\n\n“It will "
            "always remain a matter of deep regret to me,” she said.\n")
    assert speakers(text)[-1] == ("It will always remain a matter of deep regret to me,",
                                  "Theresa May")


def test_a_tweet_is_its_issuers() -> None:
    text = ("Pearfruit Bank clarified in a tweet that Lee has chosen to give up his voting rights. "
            "The tweet stated, “Lee transitions to life after the bank.”\n")
    assert speakers(text) == [("Lee transitions to life after the bank.", "Pearfruit Bank")]


def test_a_statement_given_in_is_its_speakers() -> None:
    text = ("Nina Brandt said in a statement on Monday that she would retire.\n\n“I have loved "
            "every minute,” the statement continued.\n")
    assert speakers(text) == [("I have loved every minute,", "Nina Brandt")]


def test_a_role_acronym_is_no_organisation() -> None:
    # "CEO" is a role, not the organisation "the company" goes back to.
    text = ("Pearfruit Labs pushed out its chief on Friday. The board named Jane Roe interim CEO."
            "\n\n“The board no longer has confidence in him,” the company said in a statement.\n")
    assert speakers(text) == [("The board no longer has confidence in him,", "Pearfruit Labs")]


def test_a_one_word_name_tagged_a_person_elsewhere_is_a_person() -> None:
    text = ("Midfielder Rodri’s strike was enough to see off Inter Milan.\n\n“It’s emotional. A "
            "dream come true,” Rodri told BT Sport.\n")
    assert speakers(text) == [("It’s emotional. A dream come true,", "Rodri")]


def test_he_is_neither_a_firm_the_article_calls_a_company_nor_a_name_beside_him() -> None:
    # "Cognitech" spoke as a bare name, but the article calls it a company; "Twitter" (a
    # person to the model) is where he wrote, not who.
    text = ("Cognitech – the company behind the chatbot Ziggy – has sacked its chief Sam Altvater."
            "\n\n“Altvater’s departure follows a review by the board,” said Cognitech in a brief "
            "statement.\n\nFurther shockwaves were sent through the industry this morning when "
            "the firm’s co-founder and president, Greg Brockmann, also announced his departure."
            "\n\nTaking to Twitter, he wrote: “Based on today’s news, I quit.”\n")
    assert speakers(text)[-1] == ("Based on today’s news, I quit.", "Greg Brockmann")


def test_a_plural_acronym_ends_no_persons_name() -> None:
    # The model tags "Tory MPs" a person, and "Tory" is a woman's first name in the Census lists.
    text = ("Theresa May announced she is resigning as party leader.\n\nTory MPs, many of whom "
            "had called on her to resign, praised the statement.\n\nShe added it was in the "
            "“best interests of the country for a new prime minister to lead that effort”.\n")
    assert speakers(text)[-1][1] == "Theresa May"


def test_a_statement_whose_issuer_comes_after_it_is_no_crash() -> None:
    """"In a statement on Monday, the company said …": the verb's subject follows the
    statement, which names no issuer before it."""
    found = extract_quotes("a", "In a statement on Monday, the company said that the deal was "
                                "off.\n\n“We are done here,” the statement said.")
    assert [q.text for q in found] == ["We are done here,"]
    assert found[0].speaker is None
