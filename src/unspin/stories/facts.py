"""An article's facts as the index keeps them for stories: the names, numbers and rare words of
``paraphrase.facts``, each hashed to 32 bits (xxh32), sorted, unique.

Hashes rather than words: a story needs only which facts two articles share and how rare each
is, and four bytes a fact keep the facts of 100,000 articles in about 16 MB. Two facts sharing a
hash (a few pairs in millions) would count as one, which moves a share by a hair.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import numpy as np
import xxhash

from unspin.pipeline.normalize import Document
from unspin.pipeline.paraphrase import facts

KEY = np.dtype("<u4")


def fact_keys(words: Iterable[str]) -> np.ndarray:
    """The facts ``words`` as sorted unique 32-bit keys."""
    return np.unique(np.array([xxhash.xxh32_intdigest(w.encode("utf-8", "surrogatepass"))
                               for w in words], dtype=KEY))


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


def document_keys(doc: Document) -> np.ndarray:
    """The facts of a normalised document, and the days its lede names, as keys."""
    return fact_keys(facts(doc) | lede_days(doc))


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
