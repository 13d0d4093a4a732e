"""context: the trigram language model that tells how well a word fits its sentence."""

from __future__ import annotations

import math

import pytest

from unspin.lexicon.context import ContextModel, context_model


@pytest.fixture(scope="module")
def model() -> ContextModel:
    found = context_model()
    if found is None:
        pytest.skip("pocketsphinx (a core dependency) is not installed")
    return found


def test_context_prefers_the_collocation(model: ContextModel) -> None:
    words = "he called russia our closest friend in the region".split()
    k = words.index("friend")
    friend, pal, brother = model.fit(words, k, ["friend", "pal", "brother"])
    assert friend > pal and friend > brother


def test_names_fit_their_fixed_wording(model: ContextModel) -> None:
    words = "a permanent member of the united nations security council".split()
    k = words.index("security")
    security, safety = model.fit(words, k, ["security", "safety"])
    assert security - safety > 3.0


def test_unknown_words_and_sentence_edges_score(model: ContextModel) -> None:
    assert not model.known("zzqxv")
    for words, k in ((["zzqxv"], 0), (["the", "zzqxv", "said"], 1), (["said"], 0)):
        scores = model.fit(words, k, [words[k], "said"])
        assert all(math.isfinite(s) and s < 0 for s in scores)


def test_span_fit_is_the_word_fit_for_one_word_and_compares_lengths(model: ContextModel) -> None:
    words = "he called russia our closest pal in the region".split()
    k = words.index("pal")
    assert model.fit_span(words, k, k + 1, [["pal"], ["friend"]]) == pytest.approx(
        model.fit(words, k, ["pal", "friend"]))
    # the same sentence read with a phrase of two words in place of one ("course of" for
    # "process"), and at the sentence's end
    words = "we will course of it carefully".split()
    course, process = model.fit_span(words, 2, 4, [["course", "of"], ["process"]])
    assert process > course
    end = model.fit_span(["they", "let", "loose"], 1, 3, [["let", "loose"], ["release"]])
    assert all(math.isfinite(s) and s < 0 for s in end)
