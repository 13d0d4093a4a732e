"""facts: what the index keeps of an article for stories."""

from __future__ import annotations

from unspin.pipeline.normalize import normalize
from unspin.stories.facts import LEDE_MARKS, document_keys, fact_keys, lede_days


def test_the_days_a_lede_names_are_marker_facts_of_the_first_words_only() -> None:
    doc = normalize("a", "Jet grounded after Friday's blowout\n\nOn Saturday, the agency ordered "
                         "inspections of 171 jets. " + "More words follow here. " * 8
                    + "The part was found on Sunday.")
    assert lede_days(doc) == {"^friday", "^saturday"}
    assert len(LEDE_MARKS) == 7 and all(m.startswith("^") for m in LEDE_MARKS)
    keys = set(document_keys(doc).tolist())
    assert set(fact_keys(["^friday", "^saturday"]).tolist()) <= keys
    assert not set(fact_keys(["^sunday"]).tolist()) & keys
    assert not lede_days(normalize("b", "Markets rose on Mondays in March, traders said."))
