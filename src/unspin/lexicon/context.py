"""How well a word fits its place in a sentence: a trigram language model of English.

A spinner's word is a thesaurus neighbour of the original, and most neighbours fit the
original's context far worse than the original does ("our closest pal" against "our closest
friend", "the United Nations Safety Council" against "Security Council"). Choosing among a
word's neighbours by its context is the classic approach to real-word error correction
(Mays, Damerau and Mercer, 1991); here the confusion sets are thesaurus neighbours.

The model is CMU Sphinx's US English generic trigram model (``en-us.lm.bin``: 72,547 words,
2.05 million bigrams, 1.67 million trigrams, lowercase, no punctuation; BSD licence, Carnegie
Mellon University), shipped inside the ``pocketsphinx`` wheel from PyPI and read with its
bindings: it loads in about 40 ms (the file is memory-mapped) and answers a query in about 2 µs.
Nothing is downloaded. When ``pocketsphinx`` is not installed, :func:`context_model` is None
and callers fall back to context-free word frequencies.
"""

from __future__ import annotations

import functools
import importlib
import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Final

from wordfreq import word_frequency

__all__ = ["SENTENCE_START", "ContextModel", "context_model"]

_MODEL_FILE: Final = ("model", "en-us", "en-us.lm.bin")
_LOG_ZERO: Final = -536870912  # what the model answers for a word it does not know
_LN_BASE: Final = math.log(1.0001)  # its scores are logarithms to base 1.0001
SENTENCE_START: Final = "<s>"
"""The history word the model reads before a sentence's first word."""
_START: Final = SENTENCE_START
_END: Final = "</s>"
_FLOOR: Final = 1e-9


class ContextModel:
    """Natural-log trigram probabilities of words in context. Build with :func:`context_model`."""

    def __init__(self, model: Any) -> None:
        self._model = model
        self.logprob = functools.lru_cache(maxsize=1 << 20)(self._logprob)
        self.known = functools.lru_cache(maxsize=1 << 17)(self._known)

    def unigram(self, word: str) -> float:
        """ln P(word) with no context (the model's own unigram; only for known words)."""
        return float(self._model.prob([word])) * _LN_BASE

    def _known(self, word: str) -> bool:
        return bool(self._model.prob([word]) != _LOG_ZERO)

    def _logprob(self, word: str, before: str, last: str) -> float:
        """ln P(word | before, last). A word the model does not know gets its wordfreq
        frequency, with no context; unknown history words are backed off by the model."""
        score = self._model.prob([word, last, before])
        if score == _LOG_ZERO:  # what the model answers for a word it does not know, in any
            # context (a word it knows backs off to its unigram at worst)
            return math.log(max(float(word_frequency(word, "en")), _FLOOR))
        return float(score) * _LN_BASE

    def fit(self, words: Sequence[str], k: int, candidates: Sequence[str]) -> list[float]:
        """For each candidate put at position ``k`` of the sentence ``words``: the log
        probability of the candidate and of the two words after it, given their two-word
        histories (sentence boundaries count as words)."""
        n = len(words)
        before = words[k - 2] if k >= 2 else _START
        last = words[k - 1] if k >= 1 else _START
        after = words[k + 1] if k + 1 < n else _END
        logprob = self.logprob
        if k + 1 >= n:
            return [logprob(word, before, last) + logprob(after, last, word)
                    for word in candidates]
        second = words[k + 2] if k + 2 < n else _END
        return [logprob(word, before, last) + logprob(after, last, word)
                + logprob(second, word, after) for word in candidates]

    def fit_span(self, words: Sequence[str], start: int, end: int,
                 candidates: Sequence[Sequence[str]]) -> list[float]:
        """For each candidate word sequence put in place of ``words[start:end]``: the log
        probability of the candidate's words and of the two words after them, given their
        two-word histories. Candidates of different lengths compare fairly: the rest of the
        sentence reads the same under each, so these are the sentence's log probabilities up
        to one shared constant."""
        head = list(words[max(0, start - 2):start])
        head = [_START] * (2 - len(head)) + head
        tail = list(words[end:end + 2])
        closes = end + 2 > len(words)
        out = []
        for option in candidates:
            seq = [*head, *option, *tail]
            if closes:
                seq.append(_END)
            score = 0.0
            for j in range(2, min(len(seq), 2 + len(option) + 2)):
                score += self.logprob(seq[j], seq[j - 2], seq[j - 1])
            out.append(score)
        return out


@functools.cache
def context_model() -> ContextModel | None:
    """The shipped trigram model, loaded once per process; None when ``pocketsphinx`` is not
    installed."""
    try:
        pocketsphinx = importlib.import_module("pocketsphinx")
    except ImportError:
        return None
    if pocketsphinx.__file__ is None:
        return None
    path = Path(pocketsphinx.__file__).parent.joinpath(*_MODEL_FILE)
    if not path.is_file():
        return None
    return ContextModel(pocketsphinx.NGramModel.readfile(str(path)))
