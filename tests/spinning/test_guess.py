"""guess: the inverse thesaurus that restores spun words without a source."""

from __future__ import annotations

import pytest

from unspin.lexicon.synonyms import Lexicon, default_lexicon
from unspin.pipeline.normalize import normalize
from unspin.spinning.guess import GuessConfig, broken_bases, guess, inflection, pos_tags
from unspin.spinning.score import SpinConfig, suspects

SPUN = (
    "The thespian won the booty for best histrion at the festival. "
    "Critics said the moving picture was a triumph and the thespian thanked his fans."
)
PLAIN = (
    "The actor won the prize for best actor at the festival. "
    "Critics said the film was a triumph and the actor thanked his fans."
)


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return default_lexicon()


def guessed(text: str, lexicon: Lexicon, at_least: float) -> dict[str, str]:
    doc = normalize("t", text)
    return {doc.norms[g.index]: g.original for g in guess(doc, lexicon) if g.confidence >= at_least}


def test_rare_swaps_are_put_back(lexicon: Lexicon) -> None:
    found = guessed("The firm said it was antecedently in the mesh business.", lexicon, 0.9)
    assert found == {"antecedently": "previously"}
    spun = guessed(SPUN, lexicon, 0.5)
    assert "histrion" in spun and spun["histrion"] in lexicon.synonyms("histrion")


def test_plain_prose_is_left_alone(lexicon: Lexicon) -> None:
    assert guessed(PLAIN, lexicon, 0.3) == {}


def test_the_rate_follows_the_text(lexicon: Lexicon) -> None:
    spun = guess(normalize("s", SPUN), lexicon)
    plain = guess(normalize("p", PLAIN), lexicon)
    assert spun and plain
    assert spun[0].rate > plain[0].rate


def test_moby_links_count_only_when_weighed_in(lexicon: Lexicon) -> None:
    from unspin.spinning.guess import _candidates

    assert ("friend", True) in _candidates(lexicon).of("pal")  # a loose Moby link
    doc = normalize("t", "He called the minister his closest pal in the government.")
    assert not any(g.moby for g in guess(doc, lexicon, config=GuessConfig(moby_weight=0.0)))
    loose = [g for g in guess(doc, lexicon, config=GuessConfig(moby_weight=1.0)) if g.moby]
    assert loose


def test_irregular_forms_share_an_inflection(lexicon: Lexicon) -> None:
    assert inflection("told", lexicon) == inflection("instructed", lexicon) == "ed"
    assert inflection("children", lexicon) == inflection("friends", lexicon) == "s"
    assert inflection("friend", lexicon) == ""


@pytest.mark.nlp
def test_part_of_speech_evidence(lexicon: Lexicon) -> None:
    doc = normalize("t", "They will outflank the plan.")
    tags = pos_tags(doc)
    assert tags is not None
    assert len(tags) == len(doc.norms)
    assert tags[doc.norms.index("outflank")] == 2  # a verb's place
    assert tags[doc.norms.index("plan")] == 1


def test_tagger_can_be_turned_off(lexicon: Lexicon) -> None:
    doc = normalize("t", "The firm said it was antecedently in the mesh business.")
    off = suspects(doc, lexicon, SpinConfig(use_tagger=False))
    assert {s.text: s.original for s in off if s.confidence >= 0.9} == {
        "antecedently": "previously"
    }


def test_spelling_variants_are_never_proposed(lexicon: Lexicon) -> None:
    doc = normalize("t", "The council gave a favourable verdict on the centre and its programme.")
    originals = {g.original for g in guess(doc, lexicon)}
    assert not originals & {"favorable", "center", "program"}


def test_base_forms_may_stand_for_entries_but_inflections_keep_apart(lexicon: Lexicon) -> None:
    from unspin.spinning.guess import _candidates

    candidates = {form for form, _ in _candidates(lexicon).of("victorious")}
    assert "winning" in candidates  # an entry of its own stands in a base form's place
    assert "speaking" not in {form for form, _ in _candidates(lexicon).of("talks")}


def test_the_text_spin_probability_weighs_the_rate(lexicon: Lexicon) -> None:
    doc = normalize("s", SPUN)
    once = GuessConfig(refine_at=1.0)  # one reading, so that both read the same context
    likely = {g.index: g.confidence for g in guess(doc, lexicon, config=once, spun=0.99)}
    unlikely = {g.index: g.confidence for g in guess(doc, lexicon, config=once, spun=0.01)}
    assert likely.keys() == unlikely.keys()
    assert all(unlikely[i] <= likely[i] for i in likely)
    assert sum(unlikely.values()) < sum(likely.values())


def test_context_is_used_and_can_be_turned_off(lexicon: Lexicon) -> None:
    doc = normalize("t", "He called the minister his closest chum in the government.")
    # phrases are read only with the model ("in the government" is no swap either way)
    with_context = [g for g in guess(doc, lexicon) if g.length == 1]
    without = guess(doc, lexicon, config=GuessConfig(use_context=False))
    assert [g.index for g in with_context] == [g.index for g in without]
    assert [g.confidence for g in with_context] != [g.confidence for g in without]


def test_a_second_reading_with_originals_put_back(lexicon: Lexicon) -> None:
    doc = normalize("s", SPUN)

    def sure(refine_at: float) -> dict[int, str]:
        return {g.index: g.original for g in guess(doc, lexicon, spun=0.9,
                                                   config=GuessConfig(refine_at=refine_at))
                if g.confidence >= 0.3}

    once, twice = sure(1.0), sure(0.7)
    assert twice[doc.norms.index("booty")] == "prize"
    # read again among restored words, "said" is no longer taken for a swap of "say"
    assert doc.norms.index("said") in once and doc.norms.index("said") not in twice


def test_multi_word_swaps_are_read_as_one(lexicon: Lexicon) -> None:
    doc = normalize("t", "The firm will tot up the figures and send on the report to the board.")
    phrases = {" ".join(doc.norms[g.index:g.index + g.length]): g
               for g in guess(doc, lexicon, spun=0.95) if g.length > 1}
    assert phrases["tot up"].original == "add" and phrases["tot up"].confidence > 0.5
    plain = normalize("p", "The company plans to set up a new office in London, he said.")
    assert not [g for g in guess(plain, lexicon, spun=0.05) if g.confidence >= 0.3]
    off = guess(doc, lexicon, spun=0.95, config=GuessConfig(phrases=False))
    assert all(g.length == 1 for g in off)


def test_broken_inflections_are_read_as_their_entry(lexicon: Lexicon) -> None:
    # A spinner that swaps base forms and puts the original's ending back on writes words
    # no dictionary has: "epithet" given a past ending, "relocation" a present participle's.
    assert broken_bases("epitheted", lexicon) == ["epithet"]
    assert broken_bases("relocationing", lexicon) == ["relocation"]
    assert broken_bases("acclivitied", lexicon) == ["acclivity"]
    # Known words and their regular forms are no broken inflections.
    assert broken_bases("named", lexicon) == []
    assert broken_bases("moving", lexicon) == []
    assert broken_bases("qwertyed", lexicon) == []
    found = guessed("The company was epitheted after its founder in 1990.", lexicon, 0.3)
    assert found.get("epitheted") == "named"


def test_fits_read_before_the_tags_give_the_same_guesses(lexicon: Lexicon) -> None:
    from unspin.spinning.guess import prefit

    for text in (SPUN, PLAIN, "The firm said it was antecedently in the mesh business. "
                 "It let loose a fresh motion picture about the Center East."):
        doc = normalize("t", text)
        tags = pos_tags(doc)
        fits = prefit(doc, lexicon)
        assert fits.memo  # the first reading's fits, read before any tag
        assert guess(doc, lexicon, tags, fits=fits) == guess(doc, lexicon, tags)
        assert guess(doc, lexicon, None, fits=prefit(doc, lexicon)) == guess(doc, lexicon)
