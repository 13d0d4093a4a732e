"""Synonym lexicon: which words and phrases a thesaurus spinner may swap for one another.

The data file ``data/synonyms.npz`` is compiled by ``scripts/build_lexicon.py`` from WordNet 3.0,
the LibreOffice (MyThes) English thesaurus and the Moby thesaurus (see ``data/LICENSES.md``);
nothing is downloaded at run time. Its arrays:

``vocab``
    UTF-8 text, one lowercase term per line, sorted; a term's line number is its id.
``pos_mask``
    uint8 per term: WordNet/mythes parts of speech (1 noun, 2 verb, 4 adjective, 8 adverb).
``group_ptr``, ``group_members``
    CSR rows of term ids: WordNet synsets and mythes meanings (entry, plain synonyms and
    "similar terms"). Two terms in one group are synonyms (``related`` = 1.0).
``group_source``
    uint8 per group: 0 WordNet synset (possibly also a mythes meaning), 1 mythes only.
``moby_ptr``, ``moby_delta``
    symmetric CSR of direct Moby root-synonym links; the column indices are delta coded over
    the flattened array (``np.cumsum`` restores them).
``peak``, ``rank``
    per term: the synonym-class id (the term reached by hill-climbing to ever more frequent
    WordNet synonyms) and the term's frequency rank (0 = most frequent) used by that climb.
``exceptions``, ``rules``
    WordNet morphology: lines ``pos<TAB>form<TAB>base base...`` (the ``*.exc`` lists) and
    ``pos<TAB>suffix<TAB>ending`` (morphy's detachment rules).
``meta``
    JSON: format version, counts, build measurements.
"""

from __future__ import annotations

import functools
import importlib.resources
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Final

import numpy as np
import numpy.typing as npt
import xxhash

from unspin.errors import UnspinError
from unspin.lexicon.function_words import FUNCTION_WORDS

__all__ = [
    "MOBY_SCORE",
    "SYNONYM_SCORE",
    "Lexicon",
    "LexiconError",
    "default_lexicon",
]

FORMAT_VERSION: Final = 1
SYNONYM_SCORE: Final = 1.0
"""``related`` score of terms sharing a WordNet synset or a mythes meaning."""
MOBY_SCORE: Final = 0.7
"""``related`` score of terms linked only by a direct Moby thesaurus entry."""

_POS_BITS: Final = {"n": 1, "v": 2, "a": 4, "r": 8}
_NOUN: Final = 1
_NEIGHBOUR_CACHE: Final = 1 << 16
_LEMMA_CACHE: Final = 1 << 18
_WORDS_CACHE: Final = 1 << 12
_DATA_FILE: Final = "synonyms.npz"

IntArray = npt.NDArray[np.int32]


class LexiconError(UnspinError):
    """The lexicon data file is missing, unreadable or of another format version."""


def _text(arr: npt.NDArray[np.uint8]) -> str:
    return arr.tobytes().decode("utf-8")


class Lexicon:
    """Synonym lookups over a compiled lexicon. Build with :meth:`load` or :func:`default_lexicon`.

    All query methods take lowercase words or space-joined phrases (they lowercase their input
    anyway). They are cached and cheap: ``related`` costs about a microsecond once its words
    have been seen.
    """

    def __init__(self, arrays: dict[str, npt.NDArray[Any]], path: Path | None = None) -> None:
        self.path = path
        meta = json.loads(_text(arrays["meta"]))
        version = meta.get("format_version") if isinstance(meta, dict) else None
        if version != FORMAT_VERSION:
            raise LexiconError(
                f"{path}: lexicon format {version} is not {FORMAT_VERSION}; "
                "rebuild it with scripts/build_lexicon.py"
            )
        self.meta: dict[str, Any] = meta
        self._vocab: list[str] = _text(arrays["vocab"]).split("\n")
        self._ids: dict[str, int] = {t: i for i, t in enumerate(self._vocab)}
        n = len(self._vocab)
        self._pos_mask: list[int] = arrays["pos_mask"].astype(np.int64).tolist()
        self._group_ptr: IntArray = arrays["group_ptr"].astype(np.int32, copy=False)
        self._group_members: IntArray = arrays["group_members"].astype(np.int32, copy=False)
        self._group_source: npt.NDArray[np.uint8] = arrays["group_source"]
        # term -> groups (transpose of the group rows)
        sizes = np.diff(self._group_ptr)
        group_of = np.repeat(np.arange(len(sizes), dtype=np.int32), sizes)
        order = np.argsort(self._group_members, kind="stable")
        self._word_groups: IntArray = group_of[order]
        wg_ptr = np.zeros(n + 1, dtype=np.int64)
        np.cumsum(np.bincount(self._group_members, minlength=n), out=wg_ptr[1:])
        self._word_group_ptr: list[int] = wg_ptr.tolist()
        self._moby_ptr: list[int] = arrays["moby_ptr"].astype(np.int64).tolist()
        self._moby_idx: IntArray = np.cumsum(arrays["moby_delta"], dtype=np.int32)
        self._peak: IntArray = arrays["peak"].astype(np.int32, copy=False)
        self._rank: IntArray = arrays["rank"].astype(np.int32, copy=False)
        if not (
            len(self._pos_mask) == len(self._peak) == len(self._rank) == n
            and len(self._moby_ptr) == n + 1
        ):
            raise LexiconError(f"{path}: lexicon arrays disagree in length; rebuild it")

        self._exceptions: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
        for line in _text(arrays["exceptions"]).split("\n"):
            if not line:
                continue
            pos, form, bases = line.split("\t")
            self._exceptions.setdefault(form, []).append((_POS_BITS[pos], tuple(bases.split(" "))))
        self._rules: list[tuple[int, str, str]] = []
        for line in _text(arrays["rules"]).split("\n"):
            if line:
                pos, suffix, ending = line.split("\t")
                self._rules.append((_POS_BITS[pos], suffix, ending))
        max_words = meta.get("max_phrase_words")
        if not isinstance(max_words, int):
            max_words = max((t.count(" ") + 1 for t in self._vocab), default=1)
        self._max_phrase_words: int = max_words

        # bounded per-instance caches
        self._lemma_ids = functools.lru_cache(maxsize=_LEMMA_CACHE)(self._lemma_ids_uncached)
        self._synonym_ids = functools.lru_cache(maxsize=_NEIGHBOUR_CACHE)(
            self._synonym_ids_uncached
        )
        self._moby_ids = functools.lru_cache(maxsize=_NEIGHBOUR_CACHE)(self._moby_ids_uncached)
        self._neighbours = functools.lru_cache(maxsize=_WORDS_CACHE)(self._neighbours_uncached)
        self._parts_of_speech = functools.lru_cache(maxsize=_WORDS_CACHE)(
            self._parts_of_speech_uncached)
        self._neighbour_ids = functools.lru_cache(maxsize=_WORDS_CACHE)(
            self._neighbour_ids_uncached
        )

    # ---------------------------------------------------------------------------- loading

    @classmethod
    def load(cls, path: Path | None = None) -> Lexicon:
        """Load a compiled lexicon; ``None`` gives the shipped one, loaded once per process."""
        if path is None:
            return default_lexicon()
        return cls._load_file(Path(path))

    @classmethod
    def _load_file(cls, path: Path) -> Lexicon:
        if not path.is_file():
            raise LexiconError(
                f"{path}: lexicon data file not found; build it with scripts/build_lexicon.py"
            )
        try:
            with np.load(path, allow_pickle=False) as npz:
                arrays = {name: npz[name] for name in npz.files}
        except (OSError, ValueError) as exc:
            raise LexiconError(f"{path}: cannot read the lexicon: {exc}") from exc
        missing = {
            "vocab",
            "pos_mask",
            "group_ptr",
            "group_members",
            "group_source",
            "moby_ptr",
            "moby_delta",
            "peak",
            "rank",
            "exceptions",
            "rules",
            "meta",
        } - set(arrays)
        if missing:
            raise LexiconError(f"{path}: lexicon lacks {', '.join(sorted(missing))}; rebuild it")
        return cls(arrays, path)

    # ---------------------------------------------------------------------------- vocabulary

    def __len__(self) -> int:
        return len(self._vocab)

    def __contains__(self, term: object) -> bool:
        return isinstance(term, str) and term.lower() in self._ids

    @property
    def vocabulary_size(self) -> int:
        return len(self._vocab)

    @property
    def max_phrase_words(self) -> int:
        """Words in the longest multi-word entry: how far an aligner need look for a phrase."""
        return self._max_phrase_words

    def phrase_lengths(self) -> tuple[int, ...]:
        """Sorted distinct entry lengths in words (1 for single words, 2 for "set free", ...)."""
        return self._phrase_lengths

    @functools.cached_property
    def _phrase_lengths(self) -> tuple[int, ...]:
        return tuple(sorted({t.count(" ") + 1 for t in self._vocab}))

    def is_phrase(self, words: Sequence[str]) -> bool:
        """Whether the words, lowercased and joined by single spaces, are a vocabulary entry."""
        return " ".join(words).lower() in self._ids

    def is_phrase_prefix(self, words: Sequence[str]) -> bool:
        """Whether some multi-word entry starts with these words followed by more words, so
        an aligner extending a candidate phrase word by word knows when to stop."""
        return " ".join(words).lower() in self._prefixes

    @functools.cached_property
    def _prefixes(self) -> frozenset[str]:
        out: set[str] = set()
        for t in self._vocab:
            cut = t.rfind(" ")
            while cut > 0:
                prefix = t[:cut]
                if prefix in out:
                    break
                out.add(prefix)
                cut = t.rfind(" ", 0, cut)
        return frozenset(out)

    def partners(self, word: str, side: int) -> frozenset[str]:
        """The words that make a two-word entry with ``word``: those written before it
        (``side`` 0: "middle" for "east") or after it (``side`` 1: "east" for "middle")."""
        return self._partners.get((word.lower(), side), frozenset())

    @functools.cached_property
    def _partners(self) -> dict[tuple[str, int], frozenset[str]]:
        found: dict[tuple[str, int], set[str]] = {}
        for t in self._vocab:
            first, space, second = t.partition(" ")
            if space and " " not in second:
                found.setdefault((second, 0), set()).add(first)
                found.setdefault((first, 1), set()).add(second)
        return {key: frozenset(words) for key, words in found.items()}

    def term(self, term_id: int) -> str:
        """The term with this id (ids index the sorted vocabulary)."""
        return self._vocab[term_id]

    def term_id(self, term: str) -> int | None:
        return self._ids.get(term.lower())

    # ---------------------------------------------------------------------------- morphology

    def lemmas(self, word: str) -> tuple[str, ...]:
        """WordNet morphy-style base forms of a word form, the form itself first when it is in
        the vocabulary ("went" -> ("go",), "released" -> ("released", "release")).

        Uses WordNet's exception lists and detachment rules; a base form must be a vocabulary
        entry of the rule's part of speech. A phrase is tried as is, then with one word at a
        time replaced by its base form ("interest rates" -> "interest rate"), then, if still
        unknown, without leading/trailing function words ("course of" -> "course"). A trailing
        possessive "'s" is dropped. Unknown words give ``()``.
        """
        return tuple(self._vocab[i] for i in self._lemma_ids(word.lower()))

    def _lemma_ids_uncached(self, word: str) -> tuple[int, ...]:
        ids: dict[int, None] = {}
        self._add_forms(word, ids)
        if not ids and " " in word:
            tokens = word.split()
            for k, tok in enumerate(tokens):
                for base in self._base_forms(tok):
                    if base != tok:
                        cand = " ".join([*tokens[:k], base, *tokens[k + 1 :]])
                        i = self._ids.get(cand)
                        if i is not None:
                            ids[i] = None
            if not ids:
                lo, hi = 0, len(tokens)
                while lo < hi and tokens[lo] in FUNCTION_WORDS:
                    lo += 1
                while hi > lo and tokens[hi - 1] in FUNCTION_WORDS:
                    hi -= 1
                if 0 < hi - lo < len(tokens):
                    return self._lemma_ids(" ".join(tokens[lo:hi]))
        if not ids and word.endswith(("'s", "\u2019s")) and len(word) > 2:
            return self._lemma_ids(word[:-2])
        return tuple(ids)

    def _add_forms(self, word: str, ids: dict[int, None]) -> None:
        for form in self._base_forms(word):
            i = self._ids.get(form)
            if i is not None:
                ids[i] = None

    def _base_forms(self, word: str) -> list[str]:
        """``word`` itself if known, then morphy's candidates that exist with the right part of
        speech (terms with no recorded part of speech count as nouns)."""
        out: list[str] = []
        if word in self._ids:
            out.append(word)
        exc = self._exceptions.get(word)
        exc_pos = 0
        if exc is not None:
            for bit, bases in exc:
                exc_pos |= bit
                for base in bases:
                    if self._has_pos(base, bit):
                        out.append(base)
        for bit, suffix, ending in self._rules:
            if bit & exc_pos or not word.endswith(suffix) or len(word) <= len(suffix):
                continue
            base = word[: len(word) - len(suffix)] + ending
            if self._has_pos(base, bit):
                out.append(base)
        return list(dict.fromkeys(out))

    def _has_pos(self, term: str, bit: int) -> bool:
        i = self._ids.get(term)
        if i is None:
            return False
        mask = self._pos_mask[i]
        # Moby-only terms have no part of speech: let them take plural endings only.
        return bool(mask & bit) if mask else bit == _NOUN

    # ---------------------------------------------------------------------------- relations

    def related(self, a: str, b: str) -> float:
        """How surely ``b`` can be a thesaurus swap of ``a``: 1.0 when some base form of each
        shares a WordNet synset or mythes meaning (or the two share a base form), 0.7 when they
        are only linked by a Moby thesaurus entry, else 0.0. Identical strings give 1.0.

        Phrases of equal length that are not related as wholes are compared word by word: if
        every word pair is identical or related, the score is the lowest pair score
        ("center east" / "middle east" -> 1.0).
        """
        a = a.lower()
        b = b.lower()
        if a == b:
            return SYNONYM_SCORE
        score = self._related_terms(a, b)
        if score == 0.0 and (" " in a or " " in b):
            return self._related_word_by_word(a, b)
        return score

    def _related_word_by_word(self, a: str, b: str) -> float:
        ta = a.split()
        tb = b.split()
        if len(ta) != len(tb) or len(ta) < 2:
            return 0.0
        score = SYNONYM_SCORE
        for x, y in zip(ta, tb, strict=True):
            if x != y:
                score = min(score, self._related_terms(x, y))
                if score == 0.0:
                    break
        return score

    def _related_terms(self, a: str, b: str) -> float:
        la = self._lemma_ids(a)
        if not la:
            return 0.0
        lb = self._lemma_ids(b)
        if not lb:
            return 0.0
        for i in la:
            if i in lb:
                return SYNONYM_SCORE
        for i in la:
            syn = self._synonym_ids(i)
            for j in lb:
                if j in syn:
                    return SYNONYM_SCORE
        for i in la:
            moby = self._moby_ids(i)
            for j in lb:
                if j in moby:
                    return MOBY_SCORE
        return 0.0

    def neighbours(self, word: str) -> frozenset[str]:
        """Every term related (synset, mythes meaning or Moby link) to any base form of
        ``word``, including those base forms, but not ``word`` itself."""
        return self._neighbours(word.lower())

    def lemma_ids(self, word: str) -> tuple[int, ...]:
        """Vocabulary ids of the base forms of ``word`` (empty for unknown words)."""
        return tuple(self._lemma_ids(word.lower()))

    def neighbour_ids(self, word: str) -> frozenset[int]:
        """Ids of every term related to a base form of ``word``: :meth:`neighbours` as ids,
        cheap to intersect with the base-form ids of another text's words."""
        return self._neighbour_ids(word.lower())

    def _neighbour_ids_uncached(self, word: str) -> frozenset[int]:
        ids: set[int] = set()
        for i in self._lemma_ids(word):
            ids.update(self._synonym_ids(i))
            ids.update(self._moby_ids(i))
        return frozenset(ids)

    def synonyms(self, word: str) -> frozenset[str]:
        """Like :meth:`neighbours` but only WordNet/mythes synonyms (no Moby links)."""
        word = word.lower()
        ids: set[int] = set()
        for i in self._lemma_ids(word):
            ids.update(self._synonym_ids(i))
        return frozenset(self._vocab[i] for i in ids) - {word}

    def parts_of_speech(self, word: str) -> int:
        """Bit mask of the parts of speech of ``word``'s base forms (1 noun, 2 verb,
        4 adjective, 8 adverb; 0 when unknown or recorded without one)."""
        return self._parts_of_speech(word.lower())

    def _parts_of_speech_uncached(self, word: str) -> int:
        mask = 0
        for i in self._lemma_ids(word.lower()):
            mask |= self._pos_mask[i]
        return mask

    def irregular(self, word: str) -> int:
        """Parts of speech (bits as :meth:`parts_of_speech`) for which ``word`` is an
        irregular inflected form in WordNet's exception lists ("told" is a verb form of
        "tell", "children" a noun form of "child")."""
        mask = 0
        for bit, bases in self._exceptions.get(word.lower(), ()):
            if word.lower() not in bases:
                mask |= bit
        return mask

    def _neighbours_uncached(self, word: str) -> frozenset[str]:
        ids: set[int] = set()
        for i in self._lemma_ids(word):
            ids.update(self._synonym_ids(i))
            ids.update(self._moby_ids(i))
        return frozenset(self._vocab[i] for i in ids) - {word}

    def _synonym_ids_uncached(self, i: int) -> frozenset[int]:
        groups = self._word_groups[self._word_group_ptr[i] : self._word_group_ptr[i + 1]]
        if len(groups) == 0:
            return frozenset((i,))
        ptr = self._group_ptr
        members = self._group_members
        out: set[int] = {i}
        for g in groups.tolist():
            out.update(members[ptr[g] : ptr[g + 1]].tolist())
        return frozenset(out)

    def _moby_ids_uncached(self, i: int) -> frozenset[int]:
        return frozenset(self._moby_idx[self._moby_ptr[i] : self._moby_ptr[i + 1]].tolist())

    # ---------------------------------------------------------------------------- classes

    def class_id(self, word: str) -> int:
        """A synonym-class id for shingling: deterministic, and equal for many thesaurus swaps.

        Every term's class is the term reached by hill-climbing from it to its most frequent
        WordNet synonym (restricted to synsets among that synonym's commoner senses) until no
        synonym is more frequent; the id is that term's index. A word form with several
        lemmas takes the most frequent of their classes ("stated": "stated", "state" -> "say").
        Words outside the vocabulary get a stable hash id at or above the vocabulary size.

        The share of synonym pairs that share a class is measured at build time and kept in
        ``meta["class_id"]``.
        """
        word = word.lower()
        ids = self._lemma_ids(word)
        if not ids:
            return len(self._vocab) + xxhash.xxh64_intdigest(word.encode("utf-8")) % (1 << 62)
        best = -1
        best_rank = 1 << 62
        for i in ids:
            p = int(self._peak[i])
            r = int(self._rank[p])
            if r < best_rank:
                best, best_rank = p, r
        return best

    def class_term(self, word: str) -> str | None:
        """The term whose index is ``class_id(word)``, or None for an unknown word."""
        cid = self.class_id(word)
        return self._vocab[cid] if cid < len(self._vocab) else None


@functools.cache
def default_lexicon() -> Lexicon:
    """The lexicon shipped in the package, loaded once per process."""
    resource = importlib.resources.files("unspin.lexicon").joinpath("data", _DATA_FILE)
    # as_file gives a real path even from a zipped install; the load reads every array into
    # memory, so a temporary copy may go away afterwards.
    with importlib.resources.as_file(resource) as path:
        return Lexicon._load_file(path)
