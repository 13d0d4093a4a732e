"""Tokens with character offsets, sentences, paragraphs and quotation spans of an article's text.

Every later stage works on a :class:`Document`: token ``i`` is ``text[starts[i]:ends[i]]`` and its
comparison form is ``norms[i]`` (lowercase, accents folded, typographic apostrophes unified).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from unspin.lexicon.function_words import FUNCTION_WORDS

# A word is letters/digits with inner apostrophes ("don't", "Russia’s"); a number keeps its inner
# separators ("1,200", "1.56") so that figures compare as wholes.
TOKEN_PATTERN = re.compile(r"\d+(?:[.,:]\d+)*|[^\W_]+(?:['’][^\W_]+)*")
# A sentence ends at ., ! or ? (optionally followed by closing quotes/brackets) before whitespace.
SENTENCE_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s)")
PARAGRAPH_BREAK = re.compile(r"\n")
OPENING_QUOTES = "“«„‟"
CLOSING_QUOTES = "”»"
# Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof sr jr st gen col lt sgt capt gov sen rep rev hon inc ltd co corp jan feb "
    "mar apr jun jul aug sep sept oct nov dec no vs etc u.s u.k e.g i.e fig approx est dept "
    "univ ave blvd mt ft".split()
)


@lru_cache(maxsize=200_000)
def fold(word: str) -> str:
    """The comparison form of a token: lowercase, without accents, with ASCII apostrophes."""
    lowered = word.lower().replace("’", "'")
    if lowered.isascii():
        return lowered
    decomposed = unicodedata.normalize("NFKD", lowered)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True, slots=True)
class Document:
    """An article's text cut into tokens, with the structure the aligner and fingerprints need.

    ``sentence_of[i]`` and ``line_of[i]`` give the sentence and line (paragraph) of token ``i``;
    ``quoted[i]`` is true when the token stands inside quotation marks.
    """

    id: str
    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    norms: tuple[str, ...]
    capitalized: tuple[bool, ...]
    sentence_of: tuple[int, ...]
    sentences: tuple[tuple[int, int], ...]  # token ranges [first, last+1)
    line_of: tuple[int, ...]
    lines: tuple[tuple[int, int], ...]  # character ranges of non-empty lines
    quoted: tuple[bool, ...]

    def __len__(self) -> int:
        return len(self.norms)

    def span(self, first: int, last: int) -> tuple[int, int]:
        """Character range covering tokens ``first`` to ``last`` inclusive."""
        return self.starts[first], self.ends[last]


def is_name_like(doc: Document, i: int) -> bool:
    """A capitalized token that does not open its sentence, or a number: spinners leave these."""
    word = doc.norms[i]
    if word[0].isdigit():
        return True
    if not doc.capitalized[i] or word in FUNCTION_WORDS:
        return False
    return doc.sentences[doc.sentence_of[i]][0] != i


_QUOTE_EVENT = re.compile("[\n\"" + OPENING_QUOTES + CLOSING_QUOTES + "]")


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges ``[start, end)`` inside quotation marks, the marks included.

    An opening mark opens, a closing mark closes, a straight quote toggles, and a paragraph
    break closes whatever is open (a quote running over paragraphs reopens on each)."""
    spans: list[tuple[int, int]] = []
    opened = -1
    for event in _QUOTE_EVENT.finditer(text):
        char, position = event.group(), event.start()
        if char == "\n":
            if opened >= 0:
                spans.append((opened, position))
            opened = -1
        elif char in OPENING_QUOTES:
            if opened < 0:
                opened = position
        elif char in CLOSING_QUOTES:
            spans.append((opened if opened >= 0 else position, position + 1))
            opened = -1
        elif opened >= 0:
            spans.append((opened, position + 1))
            opened = -1
        else:
            opened = position
    if opened >= 0:
        spans.append((opened, len(text)))
    return spans


def _all_quote_spans(text: str) -> list[tuple[int, int]]:
    """Quoted ranges by both readers, merged: the mark toggling above, and the quotation reader
    of :mod:`unspin.quotes.marks`, which also knows single marks (‘…’), quotes running over
    paragraphs and a missing mark."""
    from unspin.quotes.marks import find_marked_spans

    ranges = _quote_spans(text) + [(s.start - 1, s.end + 1) for s in find_marked_spans(text)]
    ranges.sort()
    merged: list[tuple[int, int]] = []
    for start, end in ranges:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _quoted_tokens(text: str, starts: list[int]) -> list[bool]:
    """Per token: does it start inside a quotation?"""
    flags = [False] * len(starts)
    spans = _all_quote_spans(text)
    if not spans:
        return flags
    k = 0
    for i, start in enumerate(starts):
        while k < len(spans) and spans[k][1] <= start:
            k += 1
        if k == len(spans):
            break
        flags[i] = spans[k][0] <= start
    return flags


def _sentence_breaks(text: str) -> list[int]:
    """Character positions where a new sentence starts."""
    breaks = []
    for match in SENTENCE_END.finditer(text):
        end = match.end()
        head = text[max(0, match.start() - 12) : match.start()]
        last_word = re.split(r"[\s(\"“]", head)[-1].lower()
        if match.group().startswith(".") and (
            last_word.rstrip(".") in ABBREVIATIONS or (len(last_word) == 1 and last_word.isalpha())
        ):
            continue
        breaks.append(end)
    breaks.extend(m.end() for m in PARAGRAPH_BREAK.finditer(text))
    return sorted(set(breaks))


def normalize(article_id: str, text: str) -> Document:
    """Cut ``text`` into a :class:`Document`. Pure and deterministic; never changes ``text``."""
    starts: list[int] = []
    ends: list[int] = []
    norms: list[str] = []
    capitalized: list[bool] = []
    for match in TOKEN_PATTERN.finditer(text):
        starts.append(match.start())
        ends.append(match.end())
        word = match.group()
        norms.append(fold(word))
        capitalized.append(word[0].isupper())

    breaks = _sentence_breaks(text)
    sentence_of: list[int] = []
    sentences: list[tuple[int, int]] = []
    break_index = 0
    current = -1
    for i, start in enumerate(starts):
        new_sentence = current < 0
        while break_index < len(breaks) and breaks[break_index] <= start:
            break_index += 1
            new_sentence = True
        if new_sentence:
            if current >= 0:
                sentences[current] = (sentences[current][0], i)
            sentences.append((i, i))
            current += 1
        sentence_of.append(current)
    if current >= 0:
        sentences[current] = (sentences[current][0], len(starts))

    lines: list[tuple[int, int]] = []
    line_of: list[int] = []
    position = 0
    for raw_line in text.split("\n"):
        line_start, line_end = position, position + len(raw_line)
        position = line_end + 1
        if raw_line.strip():
            lines.append((line_start, line_end))
    line_index = 0
    for start in starts:
        while line_index < len(lines) - 1 and lines[line_index][1] <= start:
            line_index += 1
        line_of.append(line_index)

    quoted = _quoted_tokens(text, starts)
    return Document(
        id=article_id,
        text=text,
        starts=tuple(starts),
        ends=tuple(ends),
        norms=tuple(norms),
        capitalized=tuple(capitalized),
        sentence_of=tuple(sentence_of),
        sentences=tuple(sentences),
        line_of=tuple(line_of),
        lines=tuple(lines),
        quoted=tuple(quoted),
    )
