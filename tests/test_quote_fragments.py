"""Short attributed fragments are quotations; terms, names and cited words are not (issue 20)."""

from __future__ import annotations

import pytest

from unspin.quotations.extract import extract_quotes

# spaCy parses every quotation here: the nlp extra.
pytestmark = pytest.mark.nlp


def texts(text: str) -> list[str]:
    return [q.text for q in extract_quotes("t", text)]


def test_a_noun_cue_cites_only_right_before_the_mark() -> None:
    # "words" three words back cites nothing; "the term" right before the mark does.
    assert texts('Hitachi said the robots, which know about 100 words, could be "trained" for '
                 'office work.\n') == ["trained"]
    assert texts('The industry has coined the term "time-shifting" for this habit.\n') == []


def test_a_characterising_verb_makes_its_objects_noun_no_cue() -> None:
    text = ('But the lawyer, David Oblon, called the nine-year recommended term "outrageous" '
            'and said his client was innocent.\n')
    assert texts(text) == ["outrageous"]


def test_one_word_after_a_or_an_in_reported_speech_is_the_speakers() -> None:
    text = ('Hewitt said he had had a "gutful" of the surface. Nestle said it had enjoyed an '
            '"exceptional" year. She said the "reform" was over.\n')
    assert texts(text) == ["gutful", "exceptional"]


def test_a_passive_agent_attributes_a_fragment() -> None:
    assert texts('MTV has been criticised for "incessant sleaze" by campaigners in the US.\n') \
        == ["incessant sleaze"]


def test_a_noun_compounded_with_the_next_noun_is_a_term() -> None:
    text = ('Under the rules, consumers must be able to switch off the services by using a '
            'universal "stop" command sent via text message. He said there are a lot of other '
            '"middleware" players.\n')
    assert texts(text) == []


def test_a_capitalised_span_before_a_noun_is_a_name() -> None:
    text = ('The firm said little. Lycos Europe\'s "Make love not spam" campaign was meant to '
            'help users fight back.\n')
    assert texts(text) == []


def test_nicknames_and_two_word_titles_are_names() -> None:
    text = ('Critics have dubbed him "the Iron Chancellor". The singer, nicknamed "The Boss", '
            'toured Europe. He said the results were "deeply disappointing".\n')
    assert texts(text) == ["deeply disappointing"]


def test_one_word_after_a_in_a_sentence_attributed_after_it() -> None:
    assert texts('It is a "win-win" deal for both sides, he said.\n') == ["win-win"]


def test_a_judgement_qualifying_the_object_of_praise_or_blame_is_the_subjects() -> None:
    # (and a thing's name in marks does not take the paragraph's speaker: "bedroom tax")
    text = ('Ronan O\'Gara hailed the victory over England as a "special" win. The coach praised '
            'his "fantastic" players. Critics attacked the "bedroom tax" again.\n')
    assert texts(text) == ["special", "fantastic"]


def test_a_names_nouns_in_a_later_sentence_do_not_take_the_paragraphs_speaker() -> None:
    text = ('"We did not agree to this," Ms Simonetti said. Only one picture showed her flight '
            '"wings". She said it was "unacceptable".\n')
    assert texts(text) == ["We did not agree to this,", "unacceptable"]


def test_a_word_followed_by_another_fragment_is_cut_from_speech() -> None:
    text = ('Radio 1 said the show would rise to the "challenge" of "keeping his legacy alive". '
            'She said the "reform" was over.\n')
    assert texts(text)[:1] == ["challenge"] and "reform" not in texts(text)


def test_a_word_from_claims_nobody_is_named_for_is_left_out() -> None:
    text = ('Kwon lost most of his fortune, while also hitting back at claims that the project was '
            'a "fraud". The firm would not comment on "market speculation". He said it was a '
            '"disaster".\n')
    assert texts(text) == ["market speculation", "disaster"]


def test_what_someone_calls_a_thing_is_a_quotation_and_a_things_name_is_not() -> None:
    text = ('Munger opined that crypto is worthless, instead of calling it "gambling" and argued '
            'for a ban. The firm runs a project called "blue sky" in Ohio.\n')
    assert texts(text) == ["gambling"]
