"""The comparison form of a word: what tokens, names and quotations are compared on."""

from __future__ import annotations

import unicodedata
from functools import lru_cache


@lru_cache(maxsize=200_000)
def fold(word: str) -> str:
    """The comparison form of a token: lowercase, without accents, with ASCII apostrophes."""
    lowered = word.lower().replace("’", "'")
    if lowered.isascii():
        return lowered
    decomposed = unicodedata.normalize("NFKD", lowered)
    # Compatibility forms may decompose to capitals ("𝓐" → "A"): lower again, so that folding
    # a folded word changes nothing.
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
