"""Tokens with character offsets, sentences, paragraphs and quotation spans of an article's text.

Every later stage works on a :class:`Document`: token ``i`` is ``text[starts[i]:ends[i]]`` and its
comparison form is ``norms[i]`` (lowercase, accents folded, typographic apostrophes unified).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from itertools import pairwise

import numpy as np

from unspin.accelerated import accel
from unspin.lexicon.function_words import FUNCTION_WORDS
from unspin.text.fold import fold
from unspin.text.marks import find_marked_spans
from unspin.text.posts import embedded_posts

# A word is letters/digits with inner apostrophes ("don't", "Russia’s"); a number keeps its inner
# separators ("1,200", "1.56") so that figures compare as wholes.
TOKEN_PATTERN = re.compile(r"\d+(?:[.,:]\d+)*|[^\W_]+(?:['’][^\W_]+)*")
# A sentence ends at ., ! or ? (optionally followed by closing quotes/brackets) before whitespace.
SENTENCE_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s)")
# Pages whose paragraphs lost the break between them on the way (a scraper joining <p>
# elements, an aggregator's feed) run sentences together: "the railroad said.Officials said".
# A full stop right after a lower-case word (two letters or digits, not an abbreviation's
# "U.S.") and right before a capitalised word ends a sentence there too; "Football.London" or
# "Yahoo.Finance" split as well, which costs nothing.
GLUED_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=[\"“‘(]?[A-Z][a-z])")
# What every GLUED_END holds, one pattern a stop: a pattern opening with a literal character is
# searched for fast (a character class is tried at each position, ten times slower), and most
# texts hold no glued end at all.
_GLUED_STOPS = tuple((stop, re.compile(re.escape(stop) + r"[\"'”’)\]]*[\"“‘(]?[A-Z][a-z]"))
                     for stop in ".!?")
_GLUED_WORD_END = re.compile(r"[a-z0-9]{2}")
PARAGRAPH_BREAK = re.compile(r"\n")
OPENING_QUOTES = "“«„‟"
CLOSING_QUOTES = "”»"
# Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof sr jr st gen col lt sgt capt gov sen rep rev hon inc ltd co corp jan feb "
    "mar apr jun jul aug sep sept oct nov dec no vs etc u.s u.k e.g i.e fig approx est dept "
    "univ ave blvd mt ft".split()
)


_TOKEN_SPLIT = re.compile(f"({TOKEN_PATTERN.pattern})")
_BREAK_HEAD = re.compile(r"[\s(\"“]")


@dataclass(frozen=True)
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

    @cached_property
    def quoted(self) -> tuple[bool, ...]:
        """Per token: does it stand inside quotation marks? Read on first use: indexing needs
        no quotations, verification does."""
        return tuple(_quoted_tokens(self.text, list(self.starts)))

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
    break closes whatever is open (a quote running over paragraphs reopens on each). A straight
    quote that can only open (a space before it, a word after) does not close an open quote:
    it reopens it, as a quote of several sentences does at each in some house styles ("… a
    good idea. "France is …," he said); one that can only close closes nothing when none is
    open."""
    spans: list[tuple[int, int]] = []
    opened = -1
    for event in _QUOTE_EVENT.finditer(text):
        char, position = event.group(), event.start()
        if char == '"':
            before = text[position - 1] if position else " "
            after = text[position + 1] if position + 1 < len(text) else " "
            opens_only = before.isspace() and not after.isspace()
            closes_only = not before.isspace() and after.isspace()
            if (opened >= 0 and opens_only) or (opened < 0 and closes_only):
                continue
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
    of :mod:`unspin.text.marks`, which also knows single marks (‘…’), quotes running over
    paragraphs and a missing mark; and embedded social-media posts (:mod:`unspin.text.posts`),
    quotations without marks."""
    ranges = _quote_spans(text) + [(s.start - 1, s.end + 1) for s in find_marked_spans(text)]
    ranges += embedded_posts(text)
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
    spans = _all_quote_spans(text)
    if not spans:
        return [False] * len(starts)
    # The first span not ending at or before the token's start holds it if it starts by then
    # (spans come in text order and do not overlap).
    positions = np.array(starts, dtype=np.int64)
    span_starts = np.array([a for a, _ in spans] + [len(text) + 1], dtype=np.int64)
    following = np.searchsorted(np.array([b for _, b in spans], dtype=np.int64), positions,
                                side="right")
    flags: list[bool] = (span_starts[following] <= positions).tolist()
    return flags


def is_abbreviation(word: str) -> bool:
    """Does a full stop after ``word`` (the text since the last space, "(" or opening quote)
    leave the sentence open? An abbreviation ("Mr", "U.S") or a lone letter ("J. Smith")."""
    lowered = word.lower()
    return lowered.rstrip(".") in ABBREVIATIONS or (len(lowered) == 1 and lowered.isalpha())


def sentence_breaks(text: str) -> list[int]:
    """Character positions where a new sentence starts."""
    breaks = []
    for match in SENTENCE_END.finditer(text):
        start = match.start()
        if text[start] == "." and is_abbreviation(
                _BREAK_HEAD.split(text[max(0, start - 12) : start])[-1]):
            continue
        breaks.append(match.end())
    breaks.extend(m.end() for m in PARAGRAPH_BREAK.finditer(text))
    return sorted(set(breaks))


# The fields of a Document after its id and text, as _document_fields gives them.
Fields = tuple[tuple[int, ...], tuple[int, ...], tuple[str, ...], tuple[bool, ...],
               tuple[int, ...], tuple[tuple[int, int], ...], tuple[int, ...],
               tuple[tuple[int, int], ...]]


def normalize(article_id: str, text: str) -> Document:
    """Cut ``text`` into a :class:`Document`. Pure and deterministic; never changes ``text``.

    The work is done by the C module ``unspin._accel`` when it was built (the install compiles
    it where a C compiler is found), else by :func:`_document_fields`; both give the same
    fields, which the tests check over all of Unicode and on real articles."""
    if accel is not None:
        fields: Fields = accel.document_fields(text, fold, is_abbreviation, ABBREVIATIONS)
    else:
        fields = _document_fields(text)
    return Document(article_id, text, *_split_glued(text, _join_wrapped(text, fields)))


# Hard-wrapped text (a plain-text wire or mail feed cut at 60-80 characters a line) breaks lines
# inside sentences: "Earlier this month, the regulator sued major exchanges\nCoinbase and
# Binance in high-profile lawsuits". A line of 30-100 characters not ending as a sentence or a
# clause ends is a soft break when the text is wrapped: at least WRAPPED_LINES such lines,
# WRAPPED_SHARE of its lines, and most of them followed by a line going on in lower case (a
# page's list of headlines or menu items has short lines, or capitalised ones).
_SOFT_LINE = re.compile(r"[^\n]{29,99}[^\s.!?:;\"'”’)\]|]$")
_WRAPPED_LINES = 3
_WRAPPED_SHARE = 0.4


def wrapped_breaks(text: str) -> list[int]:
    """Where a line of hard-wrapped text goes on with the sentence of the line before (the
    position of its first character), or nothing when the text is not hard-wrapped."""
    lines = text.split("\n")
    soft: list[int] = []  # the offsets of lines going on after a soft break
    lower = nonempty = 0
    at = 0
    for line, following in pairwise(lines):
        at += len(line) + 1
        if not line.strip():
            continue
        nonempty += 1
        head = following.lstrip()
        if head and _SOFT_LINE.fullmatch(line.strip()):
            soft.append(at + len(following) - len(head))
            lower += head[0].islower()
    if len(soft) < _WRAPPED_LINES or len(soft) < _WRAPPED_SHARE * (nonempty + 1) \
            or lower * 2 < len(soft):
        return []
    return soft


def _join_wrapped(text: str, fields: Fields) -> Fields:
    """``fields`` with no sentence opened at the ``wrapped_breaks`` of the text (its lines are
    kept: a line is what the boilerplate reads)."""
    breaks = wrapped_breaks(text)
    if not breaks or not fields[0]:
        return fields
    opens = _openings(fields)
    # a line's first token goes on with the sentence before it
    opens[np.isin(np.asarray(fields[0], dtype=np.int64), breaks)] = False
    opens[0] = True
    return _with_openings(fields, opens)


def _openings(fields: Fields) -> np.ndarray:
    """Which tokens open a sentence in ``fields``."""
    opens = np.zeros(len(fields[0]), dtype=bool)
    opens[[first for first, _last in fields[5]]] = True
    return opens


def _with_openings(fields: Fields, opens: np.ndarray) -> Fields:
    """``fields`` with its sentences (and each token's sentence) made anew from ``opens``."""
    starts, ends, norms, capitalized, _, _sentences, line_of, lines = fields
    bounds = [*np.flatnonzero(opens).tolist(), len(starts)]
    return (starts, ends, norms, capitalized, tuple((np.cumsum(opens) - 1).tolist()),
            tuple(pairwise(bounds)), line_of, lines)


def glued_breaks(text: str) -> list[int]:
    """Where a sentence starts right after another's full stop, with no space between them
    (``GLUED_END``), unless the word before the stop is an abbreviation."""
    if not any(stop in text and glued.search(text) for stop, glued in _GLUED_STOPS):
        return []  # no stop is followed by a capitalised word: no GLUED_END
    return [match.end() for match in GLUED_END.finditer(text)
            if _GLUED_WORD_END.fullmatch(text, max(0, match.start() - 2), match.start())
            and not is_abbreviation(_BREAK_HEAD.split(text[max(0, match.start() - 12):
                                                         match.start()])[-1])]


def _split_glued(text: str, fields: Fields) -> Fields:
    """``fields`` with a sentence opened at each of the text's ``glued_breaks``."""
    breaks = glued_breaks(text)
    if not breaks:
        return fields
    # the first token starting at or after each break opens a sentence (a break after the last
    # token opens none)
    at = np.searchsorted(np.asarray(fields[0], dtype=np.int64), breaks)
    opens = _openings(fields)
    opens[at[at < len(opens)]] = True
    return _with_openings(fields, opens)


def _document_fields(text: str) -> Fields:
    """The reference for ``unspin._accel.document_fields``: a Document's token, sentence and
    line fields, in Python."""
    # Tokens and the text between them in one C-level split of the lowered text, which is cut
    # like the text (lowering keeps letters letters); offsets are running lengths. Lowering is
    # per character for ASCII, so a token whose lowered form is ASCII is its own comparison form.
    lowered = text.lower().replace("’", "'")
    aligned = len(lowered) == len(text)  # not when a letter lowers to two ("İ")
    parts = _TOKEN_SPLIT.split(lowered if aligned else text)
    lengths = np.fromiter(map(len, parts), dtype=np.int64, count=len(parts))
    offsets = np.cumsum(lengths) - lengths  # where each part starts
    positions = offsets[1::2]
    end_positions = positions + lengths[1::2]
    starts = positions.tolist()
    ends = end_positions.tolist()
    norms: list[str] = parts[1::2]
    points = None if text.isascii() else code_points(text)
    if not aligned:
        norms = [fold(w) for w in norms]
    elif points is not None and norms and not lowered.isascii():
        # A token of the text holding a non-ASCII character (a superset of those of the
        # lowered text: ASCII lowers to ASCII) is folded from the text itself.
        for k in _tokens_holding(points, positions, end_positions):
            norms[k] = fold(text[starts[k]:ends[k]])
    capitalized = _capitalized(text, points, positions)

    # A token opens a sentence when a break falls after the previous token's start and at or
    # before its own (the first token always opens one).
    breaks_before = np.searchsorted(np.array(sentence_breaks(text), dtype=np.int64), positions,
                                    side="right")
    opens = np.ones(len(starts), dtype=bool)
    opens[1:] = breaks_before[1:] > breaks_before[:-1]
    first_tokens = np.flatnonzero(opens)
    sentence_of = (np.cumsum(opens) - 1).tolist()
    bounds = [*first_tokens.tolist(), len(starts)]
    sentences = list(pairwise(bounds))

    lines: list[tuple[int, int]] = []
    position = 0
    for raw_line in text.split("\n"):
        line_start, line_end = position, position + len(raw_line)
        position = line_end + 1
        if raw_line.strip():
            lines.append((line_start, line_end))
    # A token belongs to the first line that does not end at or before its start (the last
    # line when all do).
    line_ends = np.array([end for _, end in lines], dtype=np.int64)
    line_of = np.minimum(np.searchsorted(line_ends, positions, side="right"),
                         max(len(lines) - 1, 0)).tolist() if lines else [0] * len(starts)

    return (tuple(starts), tuple(ends), tuple(norms), tuple(capitalized), tuple(sentence_of),
            tuple(sentences), tuple(line_of), tuple(lines))


def code_points(text: str) -> np.ndarray:
    """The text's code points, indexed as the string is (lone surrogates kept)."""
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def _tokens_holding(points: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> list[int]:
    """The tokens (by their character ranges) holding a non-ASCII code point of ``points``."""
    wide = np.flatnonzero(points > 127)
    token = np.searchsorted(starts, wide, side="right") - 1
    inside = (token >= 0) & (wide < ends[np.maximum(token, 0)])
    found: list[int] = np.unique(token[inside]).tolist()
    return found


def _capitalized(text: str, points: np.ndarray | None, positions: np.ndarray) -> list[bool]:
    """Per token (by its first character's position): does it start with an uppercase letter?
    ``points``: the text's :func:`code_points`, or ``None`` for an ASCII text."""
    if points is None:
        first = np.frombuffer(text.encode("ascii"), dtype=np.uint8)[positions]
        upper: list[bool] = ((first >= 65) & (first <= 90)).tolist()
        return upper
    starting = points[positions]
    flags: list[bool] = ((starting >= 65) & (starting <= 90)).tolist()
    for i in np.flatnonzero(starting > 127).tolist():
        flags[i] = chr(int(starting[i])).isupper()
    return flags
