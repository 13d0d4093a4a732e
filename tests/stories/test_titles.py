"""titles: a headline's embedding, packed for the index, and the cosine of two."""

from __future__ import annotations

import numpy as np
import pytest

from unspin.stories import titles


def test_a_packed_headline_keeps_its_cosines() -> None:
    rng = np.random.default_rng(7)
    vectors = rng.normal(size=(20, titles.DIMENSIONS)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    packed = [titles.pack(v) for v in vectors]
    assert {len(p) for p in packed} == {4 + titles.DIMENSIONS}
    back = [titles.unpack(p) for p in packed]
    first, second = np.arange(19), np.arange(1, 20)
    assert titles.cosines(back, first, second) == pytest.approx(
        np.einsum("ij,ij->i", vectors[first], vectors[second]), abs=0.01)


def test_a_missing_headline_has_no_cosine() -> None:
    vector = np.eye(titles.DIMENSIONS, dtype=np.float32)[0]
    found = titles.cosines([vector, None, vector], np.array([0, 0]), np.array([1, 2]))
    assert np.isnan(found[0]) and found[1] == pytest.approx(1.0)


def test_an_untitled_text_is_embedded_by_its_headline() -> None:
    text = "Storm closes Portmere ferry\n\nThe ferry to Portmere stopped."
    assert titles.title_text("  Storm closes the ferry  ", text) == "Storm closes the ferry"
    assert titles.title_text(None, text) == "Storm closes Portmere ferry"
