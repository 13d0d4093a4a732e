"""Types of the C module ``unspin._accel`` (src/unspin/_accel.c)."""

from collections.abc import Callable

import numpy as np

def document_fields(
    text: str, fold: Callable[[str], str], is_abbreviation: Callable[[str], bool],
    abbreviations: frozenset[str], /
) -> tuple[tuple[int, ...], tuple[int, ...], tuple[str, ...], tuple[bool, ...],
           tuple[int, ...], tuple[tuple[int, int], ...], tuple[int, ...],
           tuple[tuple[int, int], ...]]: ...
def sampled_shingles(
    hashes: np.ndarray | bytes, size: int, channel: int, seed: int, sample: int, channel_bit: int, /
) -> bytes: ...
def token_hashes(norms: tuple[str, ...], table: dict[str, int], /) -> bytes: ...
def skeleton_mask(
    norms: tuple[str, ...], function_words: frozenset[str], capitalized: tuple[bool, ...],
    sentences: tuple[tuple[int, int], ...], /
) -> bytes: ...
def short_lines(
    text: str, lines: tuple[tuple[int, int], ...], max_words: int,
    normalize_line: Callable[[str], str], /
) -> list[str]: ...
