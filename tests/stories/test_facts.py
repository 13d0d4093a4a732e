"""facts: what the index keeps of an article for stories."""

from __future__ import annotations

import numpy as np
import xxhash
from hypothesis import given
from hypothesis import strategies as st

from unspin.lexicon.function_words import FUNCTION_WORDS
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


def _key(word: str) -> int:
    """One word's key as ``fact_keys`` defines it, a word at a time."""
    digest = xxhash.xxh32_intdigest(word.encode("utf-8", "surrogatepass"))
    if not word.startswith(("^", "~", "#")):
        return digest & (MARK - 1)
    return (digest & (NUMBER_MARK - 1)) | MARK | (NUMBER_MARK if word[0] == "#" else 0)


WORDS = st.lists(st.one_of(
    st.text(st.characters(codec="utf-8", exclude_categories=()), max_size=6),
    st.sampled_from(["^friday", "~surg", "#2,600", "Trump", "2,600", "a\0b", "#", "x^y", "\0~z",
                     "\udcff", ""])), max_size=30)


@given(WORDS)
def test_fact_keys_are_each_words_key(words: list[str]) -> None:
    keys = fact_keys(words)
    assert keys.dtype == np.dtype("<u4")
    assert keys.tolist() == sorted({_key(w) for w in words})


def test_the_ledes_marks_are_those_of_each_word() -> None:
    text = ("Tuesday's vote: Senate passes 2,600 bills on Monday as Mondays go\n\nThe senators "
            "voted, debating it on Friday and for hours in the chamber last night. "
            + "Bonds slumped on Sunday. " * 10)
    doc = normalize("a", text)
    days = {"^" + (w[:-2] if w.endswith("'s") else w) for w in doc.norms[:25]
            if (w[:-2] if w.endswith("'s") else w) in
            ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")}
    assert lede_days(doc) == days == {"^tuesday", "^monday", "^friday"}
    terms = lede_terms(doc)
    assert {"#2,600", "~senate", "~senator", "~pass", "~vot", "~debat", "~hour"} <= terms
    assert not any(t[1:] in FUNCTION_WORDS for t in terms)
    assert set(document_keys(doc).tolist()) >= set(fact_keys(terms | days).tolist())
