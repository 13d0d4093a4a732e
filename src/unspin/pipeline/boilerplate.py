"""Boilerplate: short lines that recur across many articles ("Leave a Reply", "By Admin").

Such lines never make two articles related. A line is boilerplate when the corpus shows it in at
least ``min_docs`` articles, or when it is one of the content-farm phrases every corpus has, so
that even a corpus of two files ignores them.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

import numpy as np
import xxhash

from unspin.accelerated import accel
from unspin.pipeline.normalize import Document, code_points

_NON_WORD = re.compile(r"[\W_]+")

# Lines that content-farm templates add to every page; compared after normalisation.
KNOWN_BOILERPLATE = frozenset(
    {
        "by admin", "posted by admin", "admin", "leave a reply", "leave a comment",
        "related posts", "related articles", "avatar photo", "share this", "share",
        "like this", "like loading", "facebook", "twitter", "whatsapp", "email", "print",
        "read more", "continue reading", "advertisement", "sponsored", "tags",
        "your email address will not be published required fields are marked",
        "share on facebook share on twitter", "comments", "subscribe", "sign up",
        "cancel reply", "post comment", "you may also like", "recommended",
    }
)


@dataclass(frozen=True, slots=True)
class BoilerplateConfig:
    """A line recurring in ``min_docs`` articles and at most ``max_words`` long is boilerplate."""

    min_docs: int = 5
    max_words: int = 40

    def summary(self) -> str:
        return f"boilerplate(min_docs={self.min_docs},max_words={self.max_words})"


def normalize_line(line: str) -> str:
    return _NON_WORD.sub(" ", line.lower()).strip()


def line_hash(normalized: str) -> int:
    """A signed-64-bit-safe hash of a normalised line."""
    return int(xxhash.xxh3_64_intdigest(normalized.encode("utf-8"))) >> 1


KNOWN_HASHES = frozenset(line_hash(line) for line in KNOWN_BOILERPLATE)


def short_line_hashes(doc: Document, config: BoilerplateConfig) -> list[int]:
    """Hashes of the article's lines short enough to be boilerplate candidates."""
    if accel is not None:
        return [line_hash(line) for line in
                accel.short_lines(doc.text, doc.lines, config.max_words, normalize_line)]
    least = _least_words(doc)
    hashes = []
    for (start, end), words in zip(doc.lines, least, strict=True):
        if words > config.max_words:
            continue
        normalized = normalize_line(doc.text[start:end])
        if normalized and normalized.count(" ") < config.max_words:
            hashes.append(line_hash(normalized))
    return hashes


def _least_words(doc: Document) -> list[int]:
    """Per line, a floor on the words ``normalize_line`` will find in it, without normalising
    it: its tokens, less those opening with a digit (or any non-ASCII character). Each token
    holds at least one run of letters and digits, runs split by a non-word character; only a
    number can end where the next token starts ("11bn"), merging two tokens into one run."""
    if not doc.line_of:
        return [0] * len(doc.lines)
    starts = np.fromiter(doc.starts, dtype=np.int64, count=len(doc.starts))
    first = code_points(doc.text)[starts]
    plain = ~(((first >= 48) & (first <= 57)) | (first > 127))
    lines = np.fromiter(doc.line_of, dtype=np.int64, count=len(doc.line_of))
    least: list[int] = np.bincount(lines[plain], minlength=len(doc.lines)).tolist()
    return least


def masked_tokens(doc: Document, boilerplate: Collection[int]) -> frozenset[int]:
    """Indices of the tokens standing on boilerplate lines."""
    masked_lines = set()
    for index, (start, end) in enumerate(doc.lines):
        h = line_hash(normalize_line(doc.text[start:end]))
        if h in boilerplate or h in KNOWN_HASHES:
            masked_lines.add(index)
    if not masked_lines:
        return frozenset()
    return frozenset(i for i, line in enumerate(doc.line_of) if line in masked_lines)
