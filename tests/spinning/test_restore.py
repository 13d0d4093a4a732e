"""restore: applying changes, and restoring a spun copy against its source."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from unspin.config import Config
from unspin.jobs.common import load_lexicon
from unspin.jobs.restore import copied_substitutions, restore_alignment
from unspin.pipeline.align import AlignConfig, align
from unspin.pipeline.normalize import normalize
from unspin.spinning.restore import (
    Change,
    Restoration,
    apply_changes,
    changes_from_substitutions,
)


def change(text: str, word: str, original: str, confidence: float = 1.0) -> Change:
    start = text.index(word)
    return Change(start, start + len(word), word, original, confidence, "test")


def test_apply_changes_keeps_everything_else() -> None:
    text = "The council launched its closing plan."
    result = apply_changes(text, [change(text, "launched", "released"),
                                  change(text, "closing", "final")])
    assert result.text == "The council released its final plan."
    for applied in result.changes:
        assert result.text[applied.restored_start:applied.restored_end] == applied.change.original
        c = applied.change
        assert text[c.copy_start:c.copy_end] == c.copy


def test_low_confidence_and_overlaps_are_left_alone() -> None:
    text = "Center East talks resumed."
    weak = change(text, "resumed", "restarted", 0.4)
    strong = change(text, "Center East", "Middle East", 0.9)
    inner = change(text, "Center", "Middle", 0.5)
    result = apply_changes(text, [weak, inner, strong], min_confidence=0.45)
    assert result.text == "Middle East talks resumed."
    assert [a.change for a in result.changes] == [strong]


def test_a_change_that_does_not_match_the_text_is_refused() -> None:
    with pytest.raises(ValueError, match="does not match"):
        apply_changes("abc def", [Change(0, 3, "xyz", "q", 1.0, "")])


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="abc .\n", max_size=80))
def test_no_change_is_the_identity(text: str) -> None:
    assert apply_changes(text, []).text == text


def restoration(copy_text: str, source_text: str) -> Restoration:
    lexicon = load_lexicon()
    alignment = align(normalize("c", copy_text), normalize("s", source_text),
                      restore_alignment(AlignConfig()), lexicon)
    substitutions = copied_substitutions(alignment, Config())
    return apply_changes(copy_text, changes_from_substitutions(substitutions, lexicon))


def restored(copy_text: str, source_text: str) -> str:
    return restoration(copy_text, source_text).text


def test_spun_copy_is_restored_to_its_source_wording(
    spun_text: str, article_text: str, planted: tuple[tuple[str, str], ...]
) -> None:
    result = restored(spun_text, article_text)
    for original, _spun in planted:
        assert original in result
    # every paragraph of the restored copy is now a paragraph of the source, but for the
    # third, whose sentences the spinner swapped (word order is not restored)
    source_paragraphs = set(article_text.split("\n\n"))
    paragraphs = result.split("\n\n")
    assert sum(p in source_paragraphs for p in paragraphs) == len(paragraphs) - 1


def test_restoring_a_text_against_itself_is_the_identity(article_text: str) -> None:
    assert restored(article_text, article_text) == article_text


def test_restoring_an_independent_report_changes_little(
    independent_text: str, article_text: str
) -> None:
    """An independent report shares no copied passage: nothing to restore."""
    result = restoration(independent_text, article_text)
    assert result.changes == () and result.text == independent_text


SENTENCE = st.lists(
    st.sampled_from(["council", "released", "plan", "mayor", "told", "reporters", "the", "of",
                     "flood", "wall", "friend", "list", "process", "Okafor", "2026", "“quoted”"]),
    min_size=4, max_size=14,
).map(lambda words: " ".join(words).capitalize() + ".")


@settings(max_examples=60, deadline=None)
@given(st.lists(SENTENCE, min_size=1, max_size=8).map(" ".join))
@example("Council council council council council council. Council council council council "
         "council council. Council council council released. Council council council council.")
def test_restoring_against_its_own_source_is_the_identity(text: str) -> None:
    result = restoration(text, text)
    assert result.text == text and result.changes == ()
