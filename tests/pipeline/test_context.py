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
