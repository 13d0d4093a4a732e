"""The C module unspin._accel gives exactly what its Python references give.

Each of its functions has a reference in Python that stays the definition: normalize's
``_document_fields`` and fingerprint's ``combine_shingles`` + ``_sampled``. These tests compare
both over all of Unicode, over generated text and on real articles, and check that a pure-Python
install gives the same documents and fingerprints.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unspin import accelerated
from unspin.pipeline import boilerplate as boilerplate_module
from unspin.pipeline import fingerprint as fingerprint_module
from unspin.pipeline import normalize as normalize_module
from unspin.pipeline.boilerplate import (
    BoilerplateConfig,
    line_hash,
    normalize_line,
    short_line_hashes,
)
from unspin.pipeline.fingerprint import (
    CHANNEL_BIT,
    FingerprintConfig,
    _sampled,
    combine_shingles,
    fingerprints,
    sampled_shingles,
)
from unspin.pipeline.normalize import (
    ABBREVIATIONS,
    _document_fields,
    fold,
    is_abbreviation,
    normalize,
)

accel = accelerated.accel
needs_accel = pytest.mark.skipif(
    accel is None, reason="unspin._accel is not built (no C compiler at install)")

SHARED = Path(__file__).resolve().parents[3] / "shared"

# The characters that decide tokens, sentences and lines, and words around them.
TRICKY = st.lists(
    st.one_of(
        st.text(st.characters(codec="utf-8"), max_size=6),
        st.text(st.characters(), max_size=3),  # surrogates too
        st.sampled_from(list("aZé9٣² .,:!?'’\"“”)]([\n\t\r\x0b-ßΣİK\u0301")),
        st.sampled_from(["Mr. ", "U.S. ", "1,200", "4.2", "3:1", "don't", "Russia’s", ". ",
                         "\n\n", "J. ", "etc.) ", "no.”\n", "?!\" ", "ΟΔΟΣ. ", "Dr.\tX"]),
    ),
    max_size=60,
).map("".join)


def test_built_where_ci_builds_it() -> None:
    """CI installs with a C compiler, so there the module must have been built: a silent
    fallback to Python would leave it untested."""
    if not os.environ.get("CI"):
        pytest.skip("only required in CI, which has a C compiler")
    assert accel is not None


@needs_accel
def test_the_built_module_is_not_older_than_its_source() -> None:
    """A failed rebuild (the extension is optional) leaves the old module in an editable
    install: this says so instead of testing stale code."""
    assert accel is not None and accel.__file__ is not None
    built, source = Path(accel.__file__), Path(accel.__file__).with_name("_accel.c")
    if not source.exists():
        pytest.skip("installed without its source")
    assert built.stat().st_mtime >= int(source.stat().st_mtime), (
        f"{built.name} is older than {source.name}: reinstall (pip install -e .) and read "
        "the compiler's errors")


def _python_fields(text: str) -> normalize_module.Fields:
    return _document_fields(text)


def _c_fields(text: str) -> normalize_module.Fields:
    assert accel is not None
    fields: normalize_module.Fields = accel.document_fields(text, fold, is_abbreviation,
                                                            ABBREVIATIONS)
    return fields


@needs_accel
def test_every_code_point_is_read_alike() -> None:
    """All of Unicode, each code point inside and around words, numbers and sentence ends: the
    C reader's character classes are the re module's."""
    step = 8192
    for first in range(0, 0x110000, step):
        text = "".join(f"a{c}b 1{c}2{c}Q{c}. x{c}\n" for c in map(chr, range(first, first + step)))
        assert _c_fields(text) == _python_fields(text), f"code points from {first:#x}"


@needs_accel
@settings(max_examples=400, deadline=None)
@given(TRICKY)
def test_generated_text_is_read_alike(text: str) -> None:
    assert _c_fields(text) == _python_fields(text)


@needs_accel
@pytest.mark.parametrize("text", ["", " ", "\n", "\n\n  \n", ".", "a", "Mr.", "1.", "1.2.",
                                  "x’", "’x", "a'b'c", "Σ", "\udc80abc", "abc\ud800"])
def test_edge_texts_are_read_alike(text: str) -> None:
    assert _c_fields(text) == _python_fields(text)


@needs_accel
@pytest.mark.slow
def test_real_articles_are_read_alike() -> None:
    corpus = SHARED / "data" / "real-dev" / "corpus.jsonl"
    if not corpus.exists():
        pytest.skip(f"{corpus} is not here")
    texts = [json.loads(line)["text"] for line in corpus.read_text("utf-8").splitlines()]
    assert texts
    for text in texts:
        assert _c_fields(text) == _python_fields(text)


def test_a_pure_python_install_gives_the_same_documents_and_fingerprints(
        monkeypatch: pytest.MonkeyPatch, article_text: str) -> None:
    config = FingerprintConfig()
    here = normalize("a", article_text)
    found = fingerprints(here, config)
    monkeypatch.setattr(normalize_module, "accel", None)
    monkeypatch.setattr(fingerprint_module, "accel", None)
    alone = normalize("a", article_text)
    assert alone == here
    assert np.array_equal(fingerprints(alone, config), found)
    assert len(found) > 10


@needs_accel
@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.integers(0, 2**64 - 1), max_size=40),
    st.integers(1, 7),
    st.integers(0, 1),
    st.integers(0, 2**64 - 1),
    st.integers(1, 9),
)
def test_shingles_are_hashed_and_sampled_alike(
        values: list[int], size: int, channel: int, seed: int, sample: int) -> None:
    tokens = np.array(values, dtype=np.uint64)
    config = FingerprintConfig(sample=sample, seed=seed)
    expected = _sampled(combine_shingles(tokens, size, channel, seed), channel, config)
    found = sampled_shingles(tokens, size, channel, config)
    assert found.dtype == np.uint64
    assert found.tolist() == expected.tolist()


@needs_accel
@settings(max_examples=300, deadline=None)
@given(TRICKY)
def test_token_hashes_and_skeleton_are_found_alike(text: str) -> None:
    doc = normalize("a", text)
    hashes = fingerprint_module.token_hashes(doc.norms)
    mask = fingerprint_module.skeleton_mask(doc)
    assert hashes.dtype == np.uint64 and mask.dtype == bool
    try:
        fingerprint_module.accel = None
        assert hashes.tolist() == fingerprint_module.token_hashes(doc.norms).tolist()
        assert mask.tolist() == fingerprint_module.skeleton_mask(doc).tolist()
    finally:
        fingerprint_module.accel = accel


@needs_accel
def test_token_hashes_come_from_the_table_given() -> None:
    """The C cache in front of the table holds one table's values at a time."""
    assert accel is not None
    words = ("flood", "barrier", "a" * 30, "café", "flood")
    for values in ({w: 1 for w in words}, {w: 2 for w in words}, {w: 1 for w in words}):
        found = np.frombuffer(accel.token_hashes(words, values), dtype=np.uint64)
        assert found.tolist() == [values[w] for w in words]


@needs_accel
def test_bad_token_arguments_are_refused() -> None:
    assert accel is not None
    with pytest.raises(TypeError, match="int"):
        accel.token_hashes(("a",), {"a": "not a hash"})
    with pytest.raises(KeyError):
        accel.token_hashes(("a",), {})
    with pytest.raises(ValueError, match="sentence"):
        accel.skeleton_mask(("a",), frozenset(), (False,), ((3, 4),))
    with pytest.raises(ValueError, match="capitalized"):
        accel.skeleton_mask(("a",), frozenset(), (), ((0, 1),))
    with pytest.raises(TypeError, match="set"):
        accel.skeleton_mask(("a",), ["the"], (False,), ((0, 1),))


@needs_accel
@settings(max_examples=300, deadline=None)
@given(TRICKY, st.integers(0, 12))
def test_short_lines_are_hashed_alike(text: str, max_words: int) -> None:
    doc = normalize("a", text)
    config = BoilerplateConfig(max_words=max_words)
    found = short_line_hashes(doc, config)
    try:
        boilerplate_module.accel = None
        assert found == short_line_hashes(doc, config)
    finally:
        boilerplate_module.accel = accel


@needs_accel
def test_short_lines_of_a_real_article_are_hashed_alike(article_text: str) -> None:
    doc = normalize("a", f"By Admin\n\n{article_text}\n\nLeave a Reply\nİstanbul  café\n")
    found = short_line_hashes(doc, BoilerplateConfig())
    try:
        boilerplate_module.accel = None
        assert found == short_line_hashes(doc, BoilerplateConfig())
    finally:
        boilerplate_module.accel = accel
    assert line_hash("leave a reply") in found and len(found) >= 4


@needs_accel
def test_bad_line_arguments_are_refused() -> None:
    assert accel is not None
    with pytest.raises(ValueError, match="out of the text"):
        accel.short_lines("abc", ((0, 9),), 40, normalize_line)
    with pytest.raises(TypeError, match="str"):
        accel.short_lines("café", ((0, 4),), 40, lambda line: None)


@needs_accel
def test_shingles_take_a_strided_array() -> None:
    tokens = np.arange(40, dtype=np.uint64)[::3]
    config = FingerprintConfig(sample=1)
    assert sampled_shingles(tokens, 5, 1, config).tolist() == _sampled(
        combine_shingles(tokens, 5, 1, config.seed), 1, config).tolist()


@needs_accel
def test_bad_shingle_arguments_are_refused() -> None:
    assert accel is not None
    with pytest.raises(ValueError, match="64-bit"):
        accel.sampled_shingles(b"abc", 5, 0, 1, 4, CHANNEL_BIT)
    with pytest.raises(ValueError, match="sample"):
        accel.sampled_shingles(b"", 5, 0, 1, 0, CHANNEL_BIT)
    with pytest.raises(TypeError):
        accel.document_fields(b"bytes", fold, is_abbreviation, ABBREVIATIONS)


@needs_accel
def test_errors_in_the_callbacks_come_through() -> None:
    assert accel is not None

    def broken(word: str) -> str:
        raise RuntimeError("fold failed")

    with pytest.raises(RuntimeError, match="fold failed"):
        accel.document_fields("café", broken, is_abbreviation, ABBREVIATIONS)
    with pytest.raises(TypeError, match="str"):
        accel.document_fields("café", lambda word: 1, is_abbreviation,  # type: ignore[arg-type]
                              ABBREVIATIONS)
    assert accel.document_fields("cafe", broken, is_abbreviation,
                                 ABBREVIATIONS)[2] == ("cafe",)
