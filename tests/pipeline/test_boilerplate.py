"""boilerplate: short lines hashed for the corpus-wide boilerplate count."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from unspin.pipeline.boilerplate import (
    BoilerplateConfig,
    line_hash,
    normalize_line,
    short_line_hashes,
)
from unspin.pipeline.normalize import normalize

LINES = st.lists(
    st.one_of(
        st.text(st.characters(codec="utf-8"), max_size=6),
        st.sampled_from(["word ", "11bn ", "1,200 ", "don't ", "a_b ", "٣x ", "- ", "\n", "\n\n",
                         "Share this article\n"]),
    ),
    max_size=60,
).map("".join)


def naive(text: str, max_words: int) -> list[int]:
    """Every non-empty line normalised, then the short ones kept: the definition."""
    doc = normalize("doc", text)
    kept = []
    for start, end in doc.lines:
        normalized = normalize_line(text[start:end])
        if normalized and normalized.count(" ") < max_words:
            kept.append(line_hash(normalized))
    return kept


@given(LINES, st.integers(1, 6))
def test_short_lines_skip_only_long_ones(text: str, max_words: int) -> None:
    """Lines passed over unread (by their token count) are exactly lines too long to keep."""
    config = BoilerplateConfig(max_words=max_words)
    assert short_line_hashes(normalize("doc", text), config) == naive(text, max_words)


def test_number_glued_to_a_word_is_one_word() -> None:
    """'11bn' is two tokens but one normalised word: a line of them is still short."""
    text = "11bn 12bn 13bn 14bn\n"
    assert short_line_hashes(normalize("doc", text), BoilerplateConfig(max_words=5)) == [
        line_hash("11bn 12bn 13bn 14bn")]
