"""An article's facts as the index keeps them for stories: the names, numbers and rare words of
``paraphrase.facts``, each hashed to 31 bits (xxh32, its top bit cleared), sorted, unique; and
beside them the marks of what its lede says (``lede_days``, ``lede_terms``), whose keys carry the
top bit, so that no mark is ever read as a fact.

Hashes rather than words: a story needs only which facts two articles share and how rare each
is, and four bytes a fact keep the facts of 100,000 articles in about 16 MB. Two facts sharing a
hash (a few pairs in millions) would count as one, which moves a share by a hair.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import numpy as np
import xxhash

from unspin.lexicon.function_words import FUNCTION_WORDS
from unspin.pipeline.normalize import Document
from unspin.pipeline.paraphrase import facts

KEY = np.dtype("<u4")
# A key with the top bit is a lede's mark (a word starting with one of MARK_PREFIXES), not a
# fact; with the next bit too, a mark of a number ("#4.3").
MARK = 1 << 31
NUMBER_MARK = 1 << 30
MARK_PREFIXES = ("^", "~", "#")


def fact_keys(words: Iterable[str]) -> np.ndarray:
    """The facts ``words`` as sorted unique 32-bit keys (a mark's key carries ``MARK``, and a
    number's mark ``NUMBER_MARK`` too; a fact's key neither)."""
    return np.unique(_keys(list(words)))


# Facts are hashed joined by a character no word holds (a token is letters and digits): one
# encoding and one split of their bytes, then xxh32 over each, all in C, where a Python call a
# word made the keys a tenth of the indexing's time. Marks (a lede's few words) go a word at a
# time, and a lede's marks are keyed through a cache of each word's (``_term_key``).
_JOIN = "\0"
_MARK_STARTS = tuple(_JOIN + prefix for prefix in MARK_PREFIXES)


def _keys(words: list[str]) -> np.ndarray:
    """Each word's key (``fact_keys``), in the words' order."""
    joined = _JOIN.join(words)
    if (not words or joined.count(_JOIN) != len(words) - 1 or joined.startswith(MARK_PREFIXES)
            or any(mark in joined for mark in _MARK_STARTS)):
        return np.array([_key(w) for w in words], dtype=KEY)  # a mark, or a word holding _JOIN
    encoded = joined.encode("utf-8", "surrogatepass").split(_JOIN.encode())
    digests = np.fromiter(map(xxhash.xxh32_intdigest, encoded), dtype=np.int64,
                          count=len(words))
    return (digests & (MARK - 1)).astype(KEY)


def _key(word: str) -> int:
    """One word's key: its xxh32, with ``MARK`` (and ``NUMBER_MARK``) for a mark."""
    digest = xxhash.xxh32_intdigest(word.encode("utf-8", "surrogatepass"))
    if not word.startswith(MARK_PREFIXES):
        return digest & (MARK - 1)
    return (digest & (NUMBER_MARK - 1)) | MARK | (NUMBER_MARK if word[0] == "#" else 0)


# The days of the week an article's lede names ("… said on Tuesday"), as marker facts that no
# word can be ("^tuesday"): the lede (the headline and the first sentence of a page, its first
# LEDE_WORDS words) tells the day of the event it reports, where the rest of a follow-up names
# the days of its background too. Stories read them as a day, never as a shared fact.
LEDE_WORDS = 25
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
LEDE_MARKS = tuple("^" + day for day in WEEKDAYS)


# A word of the lede naming a day ("tuesday", "tuesday's") → the day's mark.
_DAY_MARKS = {name: "^" + day for day in WEEKDAYS for name in (day, day + "'s")}


def lede_days(doc: Document) -> frozenset[str]:
    """The marker facts of the days of the week the document's first ``LEDE_WORDS`` words
    name (a plural, "on Mondays", names a habit, not a day)."""
    return frozenset(_DAY_MARKS[word] for word in _DAY_MARKS.keys() & doc.norms[:LEDE_WORDS])


# What a lede reports, as marks: its content words ("~surg", one crude stem for "surges" and
# "surged") and its numbers ("#2,600") among its first LEDE_TERMS words (a headline and a first
# sentence, or a first sentence and a half). One event's reports lead with the same happening
# ("Dow surges as Trump pauses tariffs"), the next day's with another ("Dow plunges as China
# retaliates"), however many names and figures of the storyline their bodies share.
LEDE_TERMS = 40
_SUFFIXES = ("ing", "ed", "es", "s")


def lede_terms(doc: Document) -> frozenset[str]:
    """The marks of the content words (three letters or more, no function word, stemmed) and
    of the numbers among the document's first ``LEDE_TERMS`` words."""
    return frozenset(filter(None, map(_term_mark, doc.norms[:LEDE_TERMS])))


def _term_mark(word: str) -> str | None:
    """A lede word's mark (``lede_terms``), or ``None`` when it says nothing."""
    if word[0].isdigit():
        return "#" + word
    if word.isalpha() and len(word) > 2 and word not in FUNCTION_WORDS:
        return "~" + _stem(word)
    return None


@lru_cache(maxsize=1 << 16)  # every lede asks of its words, most of them asked before
def _term_key(word: str) -> int | None:
    """The key of a lede word's mark (``_term_mark``), or ``None``."""
    mark = _term_mark(word)
    return None if mark is None else _key(mark)


def _stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[:-len(suffix)]
    return word


def document_keys(doc: Document) -> np.ndarray:
    """The facts of a normalised document, the days its lede names and what its lede says, as
    keys."""
    marks = [_key(day) for day in lede_days(doc)]
    marks += filter(None, map(_term_key, doc.norms[:LEDE_TERMS]))  # a mark's key is never 0
    return np.unique(np.concatenate((_keys(list(facts(doc))), np.array(marks, dtype=KEY))))


def pack(keys: np.ndarray) -> bytes:
    return np.asarray(keys, dtype=KEY).tobytes()


def unpack(data: bytes | None) -> np.ndarray:
    return np.frombuffer(data or b"", dtype=KEY)


# Numbers as a phrase may write them: digits ("1,900", "4.5") or the words for small ones
# ("three", "Seven"), so that "7" -> "seven" is the same number written otherwise.
_NUMBER_WORDS = {word: float(value) for value, word in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?|\b(?:" + "|".join(_NUMBER_WORDS) + r")\b", re.I)


def numbers(phrase: str) -> list[float]:
    """The numbers a phrase states, sorted."""
    found = []
    for token in _NUMBER.findall(phrase):
        if token[0].isdigit():
            try:
                found.append(float(token.replace(",", "")))
            except ValueError:
                continue
        else:
            found.append(_NUMBER_WORDS[token.lower()])
    return sorted(found)


_DIGIT = re.compile(r"\d")


def changed_numbers(substitutions: Iterable[tuple[str, str]]) -> int:
    """How many of an alignment's substitutions (source wording, copy wording) state other
    numbers on each side ("43.50" -> "44.00", "below $42" -> "above $45"). A spinner or a
    rewriter keeps a story's figures; a report cast in another's template (a daily price
    analysis, a monthly figure, a match report) changes them."""
    count = 0
    for source, copy in substitutions:
        if not (_DIGIT.search(source) or _DIGIT.search(copy)):
            continue  # most swaps state no figure (and "two" -> "one" alone is no template)
        before, after = numbers(source), numbers(copy)
        if before and after and before != after:
            count += 1
    return count
