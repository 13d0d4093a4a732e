"""Where things lie in an article's text: paragraphs, sentences, the tokens of a character range
and the quoted ranges (so that what is said inside a quotation is not read as the narrative's)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from unspin.text.marks import MarkedSpan

# A word as quotations count them ("don't", "Adeyemi-Clarke" whole).
WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


class QuotedRanges:
    """The character ranges of an article's marked spans, for "is this offset quoted?"."""

    def __init__(self, spans: Sequence[MarkedSpan]) -> None:
        self._starts = [s.start for s in spans]
        self._ends = [s.end for s in spans]

    def covers(self, position: int) -> bool:
        k = bisect.bisect_right(self._starts, position) - 1
        return k >= 0 and position < self._ends[k]


def tokens_in(doc: Doc, lo: int, hi: int) -> list[Token]:
    """The tokens lying wholly inside characters ``[lo, hi)``."""
    if hi <= lo:
        return []
    span = doc.char_span(lo, hi, alignment_mode="contract")
    return list(span) if span is not None else []


def opening_of(span: MarkedSpan) -> int:
    """The offset of the span's opening mark, or of its text when the mark is missing."""
    return span.open_mark if span.open_mark >= 0 else span.start


def paragraph_start(text: str, position: int) -> int:
    return text.rfind("\n", 0, position) + 1


def paragraph_end(text: str, position: int) -> int:
    end = text.find("\n", position)
    return len(text) if end < 0 else end


def same_paragraph(text: str, a: int, b: int) -> bool:
    return "\n" not in text[a:b]


def sentence_start(text: str, doc: Doc, span: MarkedSpan) -> int:
    """Where the sentence holding the span's opening mark starts (its paragraph at the latest)."""
    opening = opening_of(span)
    tokens = tokens_in(doc, paragraph_start(text, opening), opening)
    for t in reversed(tokens):
        if t.text in (".", "!", "?") and t.i + 1 < len(doc) and t.idx + 1 < opening:
            following = doc[t.i + 1]
            if following.text[:1].isupper() or following.text in ('"', "“", "‘", "'"):
                return following.idx
    return paragraph_start(text, opening)


def title_case(words: list[str]) -> bool:
    """Every word capitalized except short function words, after a leading lower-case article
    ("dubbed him “the Iron Chancellor”"): a title or a name."""
    small = {"a", "an", "the", "of", "in", "on", "for", "and", "or", "to", "at", "by", "with"}
    if len(words) > 1 and words[0] in ("a", "an", "the"):
        words = words[1:]
    content = [w for w in words if w.lower() not in small or w == words[0]]
    return bool(content) and all(w[:1].isupper() or w[:1].isdigit() for w in content)


def title_case_line(text: str, span: MarkedSpan) -> bool:
    """Is the span in a line set in title case as a whole, a headline's style ("Ukrainian
    President Refuses to Evacuate, Tells U.S. He Needs Ammo, ‘Not a Ride’"), where a quote's
    capitals say nothing of a title?"""
    start, end = paragraph_start(text, span.start), paragraph_end(text, span.end)
    close = span.close_mark + 1 if span.close_mark >= 0 else span.end
    outside = WORD.findall(text[start : opening_of(span)]) + WORD.findall(text[close:end])
    return len(outside) >= 3 and _headline_style(text[start:end].rstrip(), outside)


def title_case_line_at(text: str, position: int) -> bool:
    """Is the line holding ``position`` set in title case as a whole (a headline)?"""
    start, end = paragraph_start(text, position), paragraph_end(text, position)
    words = WORD.findall(text[start:end])
    return len(words) >= 3 and _headline_style(text[start:end].rstrip(), words)


def _headline_style(line: str, words: list[str]) -> bool:
    # Headline styles keep short conjunctions and prepositions in lower case too ("… ‘I Need
    # Ammunition’ as White House Urges Him to Leave"); a headline may run past 20 words.
    return len(WORD.findall(line)) <= HEADLINE_WORDS and line[-1:] != "." \
        and title_case([w for w in words if w not in HEADLINE_SMALL])


HEADLINE_WORDS = 30
HEADLINE_SMALL = frozenset("as but nor so yet from into off up via per vs over than".split())
