"""facts: what the index keeps of an article for stories."""

from __future__ import annotations

from unspin.pipeline.normalize import normalize
from unspin.stories.facts import (
    LEDE_MARKS,
    MARK,
    NUMBER_MARK,
    document_keys,
    fact_keys,
    lede_days,
    lede_terms,
)


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


def test_what_a_lede_says_is_marks_of_its_first_words_only() -> None:
    doc = normalize("a", "Dow surges 2,600 points as Trump pauses tariffs\n\nStocks soared on "
                         "Wednesday. " + "More words follow here. " * 10 + "Bonds slumped.")
    terms = lede_terms(doc)
    assert {"~dow", "~surg", "#2,600", "~paus", "~tariff", "~stock", "~soar"} <= terms
    assert "~bond" not in terms and "~slump" not in terms  # past the first LEDE_TERMS words
    assert not {"~as", "~on"} & terms  # function words and short ones say nothing
    keys = document_keys(doc).astype("int64")
    marks = set(fact_keys(terms).tolist())
    assert marks <= set(keys.tolist()) and all(k >= MARK for k in marks)
    assert all(k < MARK for k in fact_keys(["Trump", "2,600"]).tolist())
    assert all(k >= MARK | NUMBER_MARK for k in fact_keys(["#2,600"]).tolist())
