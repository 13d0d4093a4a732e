"""Token codes for aligning two documents: equal codes mean "the same word, or a thesaurus
neighbour of it". Each document's side (its vocabulary and codes, and what it needs as a
source) is computed once and kept for the pairs it is in; a copy's words unknown to the source
are resolved through the thesaurus by one numpy gather.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Protocol

import numpy as np

from unspin.lexicon.function_words import FUNCTION_WORDS
from unspin.pipeline.normalize import Document


class SynonymLookup(Protocol):
    """What the aligner needs of a thesaurus: base forms and related terms, as term ids."""

    def lemma_ids(self, word: str) -> tuple[int, ...]: ...

    def neighbour_ids(self, word: str) -> frozenset[int]: ...


class _NeighbourTable:
    """Per process: each word's thesaurus neighbour ids as an array, and a dense table from term
    id to a source code, so that every copy word of a pair is resolved by one numpy gather.

    The lexicon's own cache of neighbour sets is small (they are large), and a corpus has many
    more distinct words: rebuilding and intersecting them for every pair would dominate the scan.
    """

    LIMIT = 1 << 18  # words kept (about 500 bytes each)

    def __init__(self) -> None:
        self.lexicon: SynonymLookup | None = None
        self.arrays: dict[str, np.ndarray] = {}
        self.lemmas: dict[str, tuple[int, ...]] = {}
        self.owner = np.zeros(0, dtype=np.int64)
        self.recent: list[tuple[_Side, tuple[np.ndarray, np.ndarray, np.ndarray]]] = []

    def use(self, lexicon: SynonymLookup) -> None:
        if lexicon is not self.lexicon:
            self.lexicon, self.arrays, self.lemmas, self.recent = lexicon, {}, {}, []

    def neighbours(self, lexicon: SynonymLookup, word: str) -> np.ndarray:
        self.use(lexicon)
        found = self.arrays.get(word)
        if found is None:
            if len(self.arrays) >= self.LIMIT:
                self.arrays.clear()
            found = np.fromiter(lexicon.neighbour_ids(word), dtype=np.int32)
            self.arrays[word] = found
        return found

    def lemma_ids(self, lexicon: SynonymLookup, word: str) -> tuple[int, ...]:
        self.use(lexicon)
        found = self.lemmas.get(word)
        if found is None:
            if len(self.lemmas) >= self.LIMIT:
                self.lemmas.clear()
            found = self.lemmas[word] = lexicon.lemma_ids(word)
        return found

    def resolve(self, source: _Side, copy: _Side, unknown: list[int], lexicon: SynonymLookup
                ) -> np.ndarray:
        """For each of the ``unknown`` words of ``copy`` (indices of words ``source`` lacks), the
        smallest code ``source`` gives any of its thesaurus neighbours (``_NO_CODE`` for none):
        one gather over all their neighbours.

        When most of the copy's words are unknown (unrelated text), the neighbours of all its
        words are joined once and kept for the next few pairs: candidate pairs come sorted by
        their first article, so one copy meets several sources in a row."""
        few = 4 * len(unknown) < len(copy.words)
        if few:
            everything, starts, nonempty = _concatenated(
                [self.neighbours(lexicon, copy.words[k]) for k in unknown])
        else:
            everything, starts, nonempty = self._all_of(copy, lexicon)
        best = np.full(len(unknown) if few else len(copy.words), _NO_CODE, dtype=np.int64)
        terms, codes = source.owner_arrays()
        if len(everything) and len(terms):
            top = int(max(terms.max(), everything.max())) + 1
            if len(self.owner) < top:
                self.owner = np.full(max(top, 2 * len(self.owner)), _NO_CODE, dtype=np.int64)
            self.owner[terms] = codes
            try:
                found = self.owner[everything]
            finally:
                self.owner[terms] = _NO_CODE
            best[nonempty] = np.minimum.reduceat(found, starts)
        return best if few else best[unknown]

    def _all_of(self, copy: _Side, lexicon: SynonymLookup
                ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The neighbours of every content word of ``copy``, joined (kept for 4 documents)."""
        for side, joined in self.recent:
            if side is copy:
                return joined
        joined = _concatenated([self.neighbours(lexicon, w) if content else _EMPTY
                                for w, content in zip(copy.words, copy.content, strict=True)])
        self.recent = [(copy, joined), *self.recent[:3]]
        return joined


def _concatenated(arrays: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Arrays joined end to end; where each non-empty one starts; which are non-empty."""
    if not arrays:
        return _EMPTY, _EMPTY, _EMPTY
    sizes = np.fromiter((len(a) for a in arrays), dtype=np.int64, count=len(arrays))
    nonempty = np.flatnonzero(sizes)
    starts = np.concatenate(([0], np.cumsum(sizes)[:-1]))[nonempty].astype(np.int64)
    return np.concatenate(arrays), starts, nonempty


_NO_CODE = np.iinfo(np.int64).max
_EMPTY = np.zeros(0, dtype=np.int32)
_NEIGHBOURS = _NeighbourTable()


class _Side:
    """What a document brings to any pair it is in, computed once per document and mask: its
    distinct words (their first-occurrence order gives the codes it has as a source), its
    tokens' codes as a source, and which thesaurus terms point to which of its codes. What only
    a source needs is computed when the document first serves as one."""

    __slots__ = ("_identical", "_incidence", "_owner_arrays", "codes", "content", "doc",
                 "lexicon", "token_word", "vocabulary", "weights", "words")

    def __init__(self, doc: Document, masked: Collection[int], lexicon: SynonymLookup | None
                 ) -> None:
        vocabulary: dict[str, int] = {}
        codes: list[int]
        if masked:
            codes = []
            for i, word in enumerate(doc.norms):
                if i in masked:
                    codes.append(-1 - i)
                    continue
                codes.append(vocabulary.setdefault(word, len(vocabulary)))
        else:
            vocabulary = {w: k for k, w in enumerate(dict.fromkeys(doc.norms))}
            codes = list(map(vocabulary.__getitem__, doc.norms))
        self.doc, self.lexicon = doc, lexicon
        self.vocabulary = vocabulary
        self.codes = codes
        self.words = list(vocabulary)
        array = np.array(codes, dtype=np.int64)
        self.token_word = np.where(array >= 0, array, -1)
        self.content = [w not in FUNCTION_WORDS for w in self.words]
        # The weight of each token (in fifths: function words weigh 1, others 5), for the
        # sentence scores of match_sentences.
        per_word = np.array([1 if w in FUNCTION_WORDS else 5 for w in self.words] + [0],
                            dtype=np.int32)
        self.weights = per_word[np.where(array >= 0, array, len(self.words))]
        masked_weights = np.flatnonzero(array < 0)
        if len(masked_weights):  # a masked token weighs as its word does (it matches nothing)
            self.weights[masked_weights] = [1 if doc.norms[i] in FUNCTION_WORDS else 5
                                            for i in masked_weights.tolist()]
        self._owner_arrays: tuple[np.ndarray, np.ndarray] | None = None
        self._incidence: np.ndarray | None = None
        self._identical: dict[tuple[int, ...], int] | None = None

    def owner_arrays(self) -> tuple[np.ndarray, np.ndarray]:
        """Thesaurus terms and the codes they point to: each base form of a content word points
        to that word's code, so that a copy word whose thesaurus neighbours include "release"
        finds the source's "released"."""
        if self._owner_arrays is None:
            owner: dict[int, int] = {}
            if self.lexicon is not None:
                for word, code in self.vocabulary.items():
                    if word not in FUNCTION_WORDS and not word[0].isdigit():
                        for term in _NEIGHBOURS.lemma_ids(self.lexicon, word):
                            if owner.get(term, code) >= code:
                                owner[term] = code
            self._owner_arrays = (np.fromiter(owner, dtype=np.int64, count=len(owner)),
                                  np.fromiter(owner.values(), dtype=np.int64, count=len(owner)))
        return self._owner_arrays

    def incidence(self) -> np.ndarray:
        """Which sentences hold each code (codes × sentences, 0 or 1)."""
        if self._incidence is None:
            array = np.array(self.codes, dtype=np.int64)
            present = array >= 0
            self._incidence = np.zeros((len(self.vocabulary), len(self.doc.sentences)),
                                       dtype=np.int32)
            self._incidence[array[present],
                            np.array(self.doc.sentence_of, dtype=np.int64)[present]] = 1
        return self._incidence

    def identical(self) -> dict[tuple[int, ...], int]:
        """Each sentence's codes → the first sentence with exactly those codes."""
        if self._identical is None:
            self._identical = {}
            for t, (first, last) in enumerate(self.doc.sentences):
                self._identical.setdefault(tuple(self.codes[first:last]), t)
        return self._identical


_SIDES: dict[tuple[int, int, int], tuple[object, object, object, _Side]] = {}
_SIDES_LIMIT = 1024


def side(doc: Document, masked: Collection[int], lexicon: SynonymLookup | None) -> _Side:
    key = (id(doc), id(masked), id(lexicon))
    entry = _SIDES.get(key)
    if entry is not None and entry[0] is doc and entry[1] is masked and entry[2] is lexicon:
        return entry[3]
    if len(_SIDES) >= _SIDES_LIMIT:
        del _SIDES[next(iter(_SIDES))]  # the oldest
    side = _Side(doc, masked, lexicon)
    _SIDES[key] = (doc, masked, lexicon, side)
    return side


def pair_codes(copy: _Side, source: _Side, lexicon: SynonymLookup | None
                ) -> tuple[list[int], list[int], set[int], np.ndarray]:
    """``_codes`` from the two sides, and the copy codes as an array."""
    vocabulary = source.vocabulary
    word_codes = [vocabulary.get(w, -1) for w in copy.words]
    synonym = np.zeros(len(copy.words) + 1, dtype=bool)
    if lexicon is not None:
        unknown = [k for k, (c, content) in enumerate(zip(word_codes, copy.content, strict=True))
                   if c < 0 and content]
        if unknown:
            found = _NEIGHBOURS.resolve(source, copy, unknown, lexicon).tolist()
            for k, code in zip(unknown, found, strict=True):
                if code != _NO_CODE:
                    word_codes[k] = code
                    synonym[k] = True
    positions = np.arange(len(copy.token_word), dtype=np.int64)
    per_word = np.array([*word_codes, -1], dtype=np.int64)  # the last one for masked tokens
    token_codes = per_word[copy.token_word]
    codes = np.where(copy.token_word < 0, -(10**9) - positions,
                     np.where(token_codes >= 0, token_codes, -(2 * 10**9) - positions))
    synonym_positions = set(np.flatnonzero(synonym[copy.token_word]).tolist())
    return codes.tolist(), source.codes, synonym_positions, codes
