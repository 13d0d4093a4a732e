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
    return np.unique(np.array([_key(w) for w in words], dtype=KEY))


def _key(word: str) -> int:
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


def lede_days(doc: Document) -> frozenset[str]:
    """The marker facts of the days of the week the document's first ``LEDE_WORDS`` words
    name (a plural, "on Mondays", names a habit, not a day)."""
    found = set()
    for word in doc.norms[:LEDE_WORDS]:
        day = word[:-2] if word.endswith("'s") else word
        if day in WEEKDAYS:
            found.add("^" + day)
    return frozenset(found)


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
    found = set()
    for word in doc.norms[:LEDE_TERMS]:
        if word[0].isdigit():
            found.add("#" + word)
        elif word.isalpha() and len(word) > 2 and word not in FUNCTION_WORDS:
            found.add("~" + _stem(word))
    return frozenset(found)


def _stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[:-len(suffix)]
    return word


def document_keys(doc: Document) -> np.ndarray:
    """The facts of a normalised document, the days its lede names and what its lede says, as
    keys."""
    return fact_keys(facts(doc) | lede_days(doc) | lede_terms(doc))


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
