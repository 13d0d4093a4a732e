"""fingerprint: sampled shingle hashes in two channels (words as written, and the skeleton)."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from unspin.lexicon.function_words import FUNCTION_WORDS
from unspin.pipeline.fingerprint import (
    FingerprintConfig,
    channel_fingerprints,
    fingerprints,
    skeleton_words,
)
from unspin.pipeline.normalize import is_name_like, normalize

CONFIG = FingerprintConfig()
WORDS = st.lists(
    st.sampled_from(
        "the a of in said council river flood wall mayor 2019 1,200 Okafor Lund built new old "
        "and to was will be it he she they Riverton Marsh storm homes".split()
    ),
    max_size=80,
)


def fp(text: str, config: FingerprintConfig = CONFIG) -> np.ndarray:
    return fingerprints(normalize("doc", text), config)


def skeleton_fp(text: str, config: FingerprintConfig = CONFIG) -> np.ndarray:
    """The sampled fingerprints of the skeleton channel alone (channel 1)."""
    return np.unique(channel_fingerprints(skeleton_words(normalize("doc", text)),
                                          config.skeleton_shingle, 1, config))


def containment(part: np.ndarray, whole: np.ndarray) -> float:
    return len(np.intersect1d(part, whole)) / len(part) if len(part) else 0.0


def sentence(words: list[str]) -> str:
    return " ".join(words) + "."


@given(WORDS)
def test_sorted_unique_and_int_safe(words: list[str]) -> None:
    hashes = fp(sentence(words))
    assert hashes.dtype == np.uint64
    values = [int(h) for h in hashes]
    assert values == sorted(set(values))
    assert all(0 <= value < 2**63 for value in values)
    # what the store does with them: exact round trip through a signed 64-bit integer
    assert np.array_equal(hashes.astype(np.int64).astype(np.uint64), hashes)


@given(WORDS)
def test_deterministic(words: list[str]) -> None:
    text = sentence(words)
    assert np.array_equal(fp(text), fp(text))


def test_same_in_a_fresh_interpreter(article_text: str) -> None:
    """Fingerprints are stored in the index: another process must compute the same values."""
    code = (
        "import json, sys\n"
        "from unspin.pipeline.fingerprint import FingerprintConfig, fingerprints\n"
        "from unspin.pipeline.normalize import normalize\n"
        "text = sys.stdin.read()\n"
        "print(json.dumps([int(h) for h in fingerprints(normalize('x', text), "
        "FingerprintConfig())]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], input=article_text, capture_output=True, text=True,
        check=True, env={"PYTHONHASHSEED": "12345"},
    )
    assert json.loads(done.stdout) == [int(h) for h in fp(article_text)]


def test_empty_and_short_texts() -> None:
    assert len(fp("")) == 0
    assert len(fp("... !!")) == 0
    # shorter than a shingle: one shingle of what there is (sampled, so possibly none)
    short = [fp(f"{word} barrier opens.") for word in "abcdefghijklmnop"]
    assert any(len(h) for h in short)


def test_verbatim_copy_has_the_same_fingerprints(article_text: str) -> None:
    assert np.array_equal(fp(article_text), fp(article_text + "\n"))
    assert np.array_equal(fp(article_text), fp(article_text.replace("\n\n", "\n")))


def test_accents_and_apostrophes_do_not_matter() -> None:
    assert np.array_equal(fp("Russia’s army"), fp("Russia's army"))
    assert np.array_equal(fp("The café opened in Zürich."), fp("The cafe opened in Zurich."))


def test_partial_copy_is_contained(article_text: str, unrelated_text: str) -> None:
    paragraphs = article_text.split("\n\n")
    excerpt = "\n\n".join(paragraphs[2:4])
    page = f"{unrelated_text}\n\n{excerpt}\n\nSubscribe to our newsletter for more."
    assert containment(fp(excerpt), fp(page)) > 0.8
    assert containment(fp(excerpt), fp(article_text)) > 0.8


def test_spun_copy_keeps_the_skeleton(
    article_text: str, spun_text: str, unrelated_text: str, independent_text: str
) -> None:
    original = skeleton_fp(article_text)
    assert len(original) >= 10
    assert np.all(np.isin(original, fp(article_text)))  # the channel is part of the fingerprints
    spun = containment(original, skeleton_fp(spun_text))
    assert spun >= 0.5
    assert containment(original, skeleton_fp(unrelated_text)) <= 0.05
    assert containment(original, skeleton_fp(independent_text)) < spun / 2
    # and the spun copy shares many more of all fingerprints than the unrelated text
    shared_spun = len(np.intersect1d(fp(article_text), fp(spun_text)))
    shared_unrelated = len(np.intersect1d(fp(article_text), fp(unrelated_text)))
    assert shared_spun >= 20
    assert shared_unrelated <= 1


def test_skeleton_words_drop_content_words() -> None:
    doc = normalize("doc", "Mayor Helen Okafor told reporters that 1,200 homes were at risk.")
    assert skeleton_words(doc) == ["helen", "okafor", "that", "1,200", "were", "at"]


@pytest.mark.parametrize(
    "config",
    [
        FingerprintConfig(seed=1),
        FingerprintConfig(word_shingle=4),
        FingerprintConfig(skeleton_shingle=3),
    ],
)
def test_settings_change_the_fingerprints(config: FingerprintConfig, article_text: str) -> None:
    assert not np.array_equal(fp(article_text, config), fp(article_text))
    assert config.summary() != CONFIG.summary()


@pytest.mark.parametrize("sample", [1, 2, 4, 8])
def test_sampling_rate(sample: int, article_text: str) -> None:
    everything = fp(article_text, FingerprintConfig(sample=1))
    sampled = fp(article_text, FingerprintConfig(sample=sample))
    assert np.all(np.isin(sampled, everything))
    expected = len(everything) / sample
    assert 0.4 * expected <= len(sampled) <= 1.8 * expected + 2


@given(st.lists(st.one_of(WORDS.map(" ".join), st.sampled_from([". ", "\n", "5bn", "Élan", "’s"])),
                max_size=20).map("".join))
def test_skeleton_is_function_words_numbers_and_names(text: str) -> None:
    """The vectorised skeleton keeps exactly the function words and the name-like tokens."""
    doc = normalize("doc", text)
    expected = [word for i, word in enumerate(doc.norms)
                if word in FUNCTION_WORDS or is_name_like(doc, i)]
    assert skeleton_words(doc) == expected
