"""guess: the inverse thesaurus that restores spun words without a source."""

from __future__ import annotations

import pytest

from unspin.lexicon.synonyms import Lexicon, default_lexicon
from unspin.pipeline.guess import GuessConfig, guess, inflection, pos_tags
from unspin.pipeline.normalize import normalize
from unspin.pipeline.spin import SpinConfig, suspects

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


def test_moby_links_weigh_less(lexicon: Lexicon) -> None:
    doc = normalize("t", "He called the minister his closest pal in the government.")
    strong = {
        g.original: g.confidence for g in guess(doc, lexicon, config=GuessConfig(moby_weight=1.0))
    }
    weak = {
        g.original: g.confidence for g in guess(doc, lexicon, config=GuessConfig(moby_weight=0.0))
    }
    assert sum(strong.values()) > sum(weak.values())


def test_irregular_forms_share_an_inflection(lexicon: Lexicon) -> None:
    assert inflection("told", lexicon) == inflection("instructed", lexicon) == "ed"
    assert inflection("children", lexicon) == inflection("friends", lexicon) == "s"
    assert inflection("friend", lexicon) == ""


def test_part_of_speech_evidence(lexicon: Lexicon) -> None:
    doc = normalize("t", "They will outflank the plan.")
    tags = pos_tags(doc)
    if tags is None:
        pytest.skip("no tagger installed (the tagger extra)")
    assert len(tags) == len(doc.norms)
    assert tags[doc.norms.index("outflank")] == 2  # a verb's place
    assert tags[doc.norms.index("plan")] == 1


def test_tagger_can_be_turned_off(lexicon: Lexicon) -> None:
    doc = normalize("t", "The firm said it was antecedently in the mesh business.")
    off = suspects(doc, lexicon, SpinConfig(use_tagger=False))
    assert {s.text: s.original for s in off if s.confidence >= 0.9} == {
        "antecedently": "previously"
    }
