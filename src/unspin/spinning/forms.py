"""Common English words grouped by the lexicon ids of their base forms: the table the spin score
and the guesser both look a word's likelier synonyms up in."""

from __future__ import annotations

import functools
import re

from wordfreq import top_n_list

from unspin.lexicon.function_words import FUNCTION_WORDS
from unspin.lexicon.synonyms import Lexicon

WORD = re.compile(r"^[a-z]+(?:-[a-z]+)*$")
VOCABULARY = 60_000  # wordfreq's commonest words considered


@functools.lru_cache(maxsize=4)
def common_forms(lexicon: Lexicon, with_function_words: bool = False
                 ) -> dict[int, tuple[str, ...]]:
    """Common English words grouped by the lexicon ids of their base forms."""
    index: dict[int, list[str]] = {}
    for word in top_n_list("en", VOCABULARY):
        if WORD.match(word) and (with_function_words or word not in FUNCTION_WORDS):
            for lemma in lexicon.lemma_ids(word):
                index.setdefault(lemma, []).append(word)
    return {lemma: tuple(words) for lemma, words in index.items()}
