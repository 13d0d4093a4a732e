"""spin: suspects and the spin score, without a source."""

from __future__ import annotations

from pathlib import Path

import pytest

from unspin import read_article
from unspin.lexicon.synonyms import Lexicon, default_lexicon
from unspin.pipeline.normalize import normalize
from unspin.spinning.score import (
    CONTEXT_FEATURES,
    FEATURES,
    features,
    spin_model,
    spin_score,
    suspects,
)

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return default_lexicon()


def found(text: str, lexicon: Lexicon, at_least: float = 0.5) -> dict[str, str]:
    return {s.text: s.original for s in suspects(normalize("t", text), lexicon)
            if s.confidence >= at_least}


def test_broken_fixed_expressions(lexicon: Lexicon) -> None:
    text = ("Moscow blamed Washington for failure in the Center East. "
            "He was the first grownup male freed. Talks at the White Home resumed.")
    assert found(text, lexicon) == {"Center": "Middle", "grownup": "adult", "Home": "House"}


def test_fixed_expressions_as_written_are_left_alone(lexicon: Lexicon) -> None:
    text = ("Moscow blamed Washington for failure in the Middle East. "
            "He was the first adult male freed. Talks at the White House resumed.")
    assert found(text, lexicon, 0.3) == {}


def test_known_tortured_phrase(lexicon: Lexicon) -> None:
    text = "The firm uses profound learning and counterfeit consciousness in its products."
    result = found(text, lexicon)
    assert result["profound learning"].lower() == "deep learning"
    assert result["counterfeit consciousness"].lower() == "artificial intelligence"


def test_suspects_slice_back(lexicon: Lexicon) -> None:
    article = read_article(EXAMPLES / "spun-copy.txt")
    for s in suspects(normalize(article.id, article.text), lexicon):
        assert article.text[s.start:s.end] == s.text
        assert 0 < s.confidence < 1 and s.evidence


def test_spun_example_is_flagged_and_the_report_is_not(lexicon: Lexicon) -> None:
    spun = read_article(EXAMPLES / "spun-copy.txt")
    report = read_article(EXAMPLES / "independent-report.txt")
    spun_score = spin_score(normalize(spun.id, spun.text), lexicon)
    report_score = spin_score(normalize(report.id, report.text), lexicon)
    assert spun_score > 0.9 and report_score < 0.5
    flagged = found(spun.text, lexicon)
    assert flagged["Center"] == "Middle" and flagged["grownup"] == "adult"


def test_models_match_the_features(lexicon: Lexicon) -> None:
    doc = normalize("t", "Plain words said here today by the mayor.")
    for context, names in ((True, FEATURES + CONTEXT_FEATURES), (False, FEATURES)):
        model = spin_model(context)
        assert model["features"] == list(names)
        for key in ("mean", "scale", "weights"):
            assert len(model[key]) == len(names)
        assert len(features(doc, lexicon, context)) == len(names)
        assert 0.0 <= spin_score(doc, lexicon, context) <= 1.0


def test_broken_collocations_read_as_spun(lexicon: Lexicon) -> None:
    # An autoblog spinner's common-for-common swaps: no rare word, but the words no longer
    # fit their neighbours ("under selling pressure" → "below promoting strain").
    plain = ("Bitcoin fell under selling pressure on Monday as investors waited for the "
             "meeting. Analysts said the price could test support levels this week.")
    spun = ("Bitcoin fell below promoting strain on Monday as traders waited for the "
            "assembly. Analysts stated the value might check help ranges this week.")
    plain_fit = features(normalize("p", plain), lexicon)[len(FEATURES)]
    spun_fit = features(normalize("s", spun), lexicon)[len(FEATURES)]
    assert spun_fit < plain_fit - 0.15
    assert (spin_score(normalize("s", spun), lexicon)
            > spin_score(normalize("p", plain), lexicon) + 0.25)


def test_score_is_zero_to_one_on_odd_input(lexicon: Lexicon) -> None:
    for text in ("", "2024 1,200 4.5", "“Quoted words only,” she said."):
        assert 0.0 <= spin_score(normalize("t", text), lexicon) <= 1.0


def test_a_name_put_back_by_a_loose_link_needs_its_context(lexicon: Lexicon) -> None:
    spun = "Russia is a permanent member of the United Nations Safety Council, he said."
    assert found(spun, lexicon) == {"Safety": "Security"}
    plain = "The Foreign Ministry in Moscow said the talks went well."
    assert found(plain, lexicon, 0.3) == {}


def test_unusual_attribution_verbs(lexicon: Lexicon) -> None:
    spun = ("“We will set them free soon,” a senior member of Hamas, Mousa Abu Marzook, "
            "instructed RIA Novosti. “We are working on it,” he stated.")
    assert found(spun, lexicon, 0.5).items() >= {("instructed", "told"), ("stated", "said")}
    plain = ("“We will set them free soon,” a senior member of Hamas, Mousa Abu Marzook, "
             "told RIA Novosti. “We are working on it,” he added. He instructed his staff.")
    assert not {"told", "added", "instructed"} & set(found(plain, lexicon, 0.3))


def test_a_name_no_thesaurus_lists_is_put_back_by_its_bond(lexicon: Lexicon) -> None:
    spun = ("Russia portrayed itself as allied with countries within the International South "
            "against the West, he said.")
    assert found(spun, lexicon).get("International") == "Global"
    plain = ("Russia portrayed itself as allied with countries within the Global South against "
             "the West. Three of the Israeli Russian hostages were freed by the International "
             "Committee of the Red Cross.")
    names = {"Global", "South", "West", "Israeli", "Russian", "International", "Committee", "Red",
             "Cross"}
    assert not names & set(found(plain, lexicon, 0.3))


@pytest.mark.parametrize("synonyms_only", [False, True])
def test_options_found_from_partners_are_the_options_in_order(lexicon: Lexicon,
                                                              synonyms_only: bool) -> None:
    """Broken expressions look a word's options up from the other word's partners (few)
    instead of reading its hundreds of neighbours: the same options, order and looseness."""
    from unspin.spinning.score import _among, _options, _synonym_forms

    checked = 0
    for word, other, side in [("center", "east", 0), ("grownup", "male", 0),
                              ("white", "home", 0), ("security", "council", 0),
                              ("prime", "minister", 0), ("stock", "market", 0),
                              ("climate", "change", 0), ("middle", "class", 0),
                              ("foreign", "ministry", 0), ("high", "school", 0),
                              ("vice", "president", 0), ("press", "conference", 0),
                              ("central", "bank", 0), ("health", "care", 1)]:
        options = _options(lexicon, word, synonyms_only)
        partners = lexicon.partners(other, side)
        assert _among(lexicon, word, synonyms_only, partners) == [
            o for o in options if o[0] in partners]
        # A free name's options pass when they are partners or not loose: all are found.
        assert {o for o, loose in options if not loose} <= _synonym_forms(lexicon, word)
        wider = partners | _synonym_forms(lexicon, word)
        assert _among(lexicon, word, synonyms_only, wider) == [
            o for o in options if o[0] in wider]
        checked += bool([o for o in options if o[0] in partners])
    assert checked >= 5  # most of these pairs have options that are partners


@pytest.mark.nlp
def test_tags_read_elsewhere_give_the_same_spin(tmp_path: Path) -> None:
    """``spin(path, tags=...)`` takes the tagger's answer from another process (the web app's
    worker): the same suspects as tagging here; None from it means tag here."""
    import unspin
    from unspin.jobs.spin import forget_analyses

    path = tmp_path / "spun.txt"
    path.write_text((EXAMPLES / "spun-copy.txt").read_text(encoding="utf-8"), encoding="utf-8")
    forget_analyses()
    here = unspin.spin(path)
    assert len(here.suspects) > 10
    slots = unspin.spin_tags(path)
    assert slots and set(slots.values()) <= {0, 1, 2, 4, 8} and 2 in slots.values()
    asked = []

    def given() -> dict[int, int] | None:
        asked.append(1)
        return slots

    forget_analyses()
    elsewhere = unspin.spin(path, tags=given)
    assert asked == [1]
    assert [(s.start, s.original, s.confidence) for s in elsewhere.suspects] == [
        (s.start, s.original, s.confidence) for s in here.suspects]
    forget_analyses()
    fallback = unspin.spin(path, tags=lambda: None)
    assert [(s.start, s.original) for s in fallback.suspects] == [
        (s.start, s.original) for s in here.suspects]
    forget_analyses()
