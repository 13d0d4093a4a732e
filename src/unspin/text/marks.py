"""Quoted spans of a text, found from its quotation marks alone.

Reads straight and curly, double and single marks; a quote split by its attribution gives one
span per part; a quote running over paragraphs (an opening mark on each paragraph, a closing mark
only on the last) gives one span; nested quotes stay inside their outer span; a missing mark is
reported (``unbalanced``) and the span is cut where a careful reader would cut it. Whether a span
is a quotation at all (rather than scare quotes or a title) is decided later, with its attribution.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from unspin.text.speech import SPEECH_FORMS

DOUBLE_OPEN = "“„«‟"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘‚‹‛"
SINGLE_CLOSE = "’›"
STRAIGHT_DOUBLE = '"'
STRAIGHT_SINGLE = "'"
_LOW_PAIRS = {"“": "„", "‘": "‚"}  # a high opening mark closing the low one before it
ALL_MARKS = DOUBLE_OPEN + DOUBLE_CLOSE + SINGLE_OPEN + SINGLE_CLOSE + '"' + "'"
_MARK = re.compile("[" + re.escape(ALL_MARKS) + "]")
# Characters that may stand before an opening mark / after a closing mark besides space.
_BEFORE_OPEN = "([{—–-/:" + DOUBLE_OPEN + SINGLE_OPEN + '"' + "'"
_AFTER_CLOSE = ".,;:!?)]}—–-/…" + DOUBLE_CLOSE + SINGLE_CLOSE + '"' + "'"

Kind = Literal["double", "single"]


@dataclass(frozen=True, slots=True)
class MarkedSpan:
    """The text between a quotation's marks: ``text[start:end]``, marks excluded.

    ``open_mark``/``close_mark`` are the offsets of the marks (``-1`` when missing).
    """

    start: int
    end: int
    kind: Kind
    open_mark: int
    close_mark: int
    multi_paragraph: bool = False

    @property
    def unbalanced(self) -> bool:
        return self.open_mark < 0 or self.close_mark < 0


@dataclass(slots=True)
class _Frame:
    kind: Kind
    mark: int  # offset of the opening mark
    content: int  # offset where the quoted text starts
    multi: bool = False


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Character ranges of non-blank lines: a paragraph is a line in extracted text."""
    ranges = []
    position = 0
    for line in text.split("\n"):
        end = position + len(line)
        if line.strip():
            ranges.append((position, end))
        position = end + 1
    return ranges


def _role(text: str, i: int, lo: int, hi: int) -> tuple[bool, bool]:
    """Can the mark at ``i`` open (space before, text after) / close (text before, space after)?"""
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    can_open = (before.isspace() or before in _BEFORE_OPEN) and not after.isspace()
    can_close = (not before.isspace()) and (after.isspace() or after in _AFTER_CLOSE)
    return can_open, can_close


def after_word(text: str, i: int, hi: int) -> bool:
    """Does a word (a letter or digit) follow the mark at ``i`` directly?"""
    return i + 1 < hi and text[i + 1].isalnum()


def _is_apostrophe(text: str, i: int, lo: int, hi: int) -> bool:
    """A single mark between two letters/digits ("don't", "Okafor’s", "rock’n’roll")."""
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    return before.isalnum() and after.isalnum()


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


_CUT = re.compile(r"[,?!…—–]\s+|\s+[—–]\s+")


def attribution_cut(text: str, start: int, end: int) -> int:
    """Where an unclosed quote ends: before an attribution inside ``text[start:end]``, if any.

    ``“We lost everything downstairs, said a man …`` ends after "downstairs,".
    """
    segment = text[start:end]
    for match in _CUT.finditer(segment):
        following = re.findall(r"[^\W\d_]+", segment[match.end() : match.end() + 60])[:5]
        if any(word.lower() in SPEECH_FORMS for word in following):
            cut = match.start() + (1 if segment[match.start()] in ",?!…" else 0)
            return start + cut
    return end


def _lost_break(text: str, start: int, mark: int) -> bool:
    """Does the open quote from ``start`` end a sentence right before the opening ``mark``, with
    no attribution in it (``“A. “B.`` is one quote whose paragraph break was lost; ``“A, said
    Lund. “B`` is a quote that lost its closing mark)?"""
    before = text[start:mark].rstrip()
    return (before[-1:] in ".!?…" and text[mark - 1:mark].isspace()
            and attribution_cut(text, start, mark) == mark)


def _next_starts_with_open(text: str, paragraphs: list[tuple[int, int]], k: int, kind: Kind
                           ) -> bool:
    if k + 1 >= len(paragraphs):
        return False
    lo, _ = paragraphs[k + 1]
    first = text[lo]
    opens = (DOUBLE_OPEN + STRAIGHT_DOUBLE) if kind == "double" else (SINGLE_OPEN + "'")
    return first in opens


def find_marked_spans(text: str) -> list[MarkedSpan]:
    """Every top-level quoted span of ``text``, in order of position."""
    spans: list[MarkedSpan] = []
    paragraphs = _paragraphs(text)
    continued: _Frame | None = None
    for k, (lo, hi) in enumerate(paragraphs):
        stack: list[_Frame] = [continued] if continued else []
        skip_first_open = continued is not None
        continued = None
        last_close = lo

        def emit(frame: _Frame, end: int, close_mark: int) -> None:
            start, end = _trimmed(text, frame.content, end)
            if end > start:
                spans.append(
                    MarkedSpan(start, end, frame.kind, frame.mark, close_mark, frame.multi))

        for match in _MARK.finditer(text, lo, hi):
            i, char = match.start(), match.group()
            can_open, can_close = _role(text, i, lo, hi)
            if char in SINGLE_OPEN + SINGLE_CLOSE + STRAIGHT_SINGLE:
                kind: Kind = "single"
                if char in SINGLE_CLOSE + STRAIGHT_SINGLE and _is_apostrophe(text, i, lo, hi):
                    continue
            else:
                kind = "double"
            if skip_first_open and i == lo and (char in DOUBLE_OPEN + SINGLE_OPEN or can_open):
                skip_first_open = False  # the mark that reopens a multi-paragraph quote
                continue
            skip_first_open = False
            open_kinds = [f.kind for f in stack]
            if char in _LOW_PAIRS and any(
                    f.kind == kind and text[f.mark] == _LOW_PAIRS[char] for f in stack[-1:]):
                # „…“ and ‚…‘ (German, Polish, Icelandic, Czech): the high mark closes the low
                # one, where English would open with it
                is_open = False
            elif char in DOUBLE_OPEN or char in SINGLE_OPEN:
                is_open = True
            elif char in DOUBLE_CLOSE:
                # A closing double mark where only an opening one can stand, no double quote
                # being open (`… Kwon said. ”I’ve since lost …”`, `she said.»You see …»`): the
                # copy turned the opening mark round.
                # A comma before it ends a quote whose space after was lost (`… back
                # down,”Federal Reserve Chair Jerome Powell said`).
                is_open = "double" not in open_kinds and after_word(text, i, hi) and (
                    i == lo or not (text[i - 1].isalnum() or text[i - 1] == ","))
            elif char in SINGLE_CLOSE:
                is_open = False
            elif kind in open_kinds:  # a straight mark closes what it opened unless it must open
                is_open = can_open and not can_close and stack[-1].kind != kind
            else:
                is_open = can_open or not can_close
            reopens = (char == STRAIGHT_DOUBLE and can_open and not can_close) \
                or char in DOUBLE_OPEN
            if (kind == "double" and reopens and len(stack) == 1 and stack[0].kind == "double"
                    and _lost_break(text, stack[0].content, i)):
                # ‘…sense. "The players…’: an opening mark right after a sentence of an open
                # quote reopens it; the paragraph break before it was lost (common in scraped
                # text), so the quote runs on as a multi-paragraph one.
                stack[0].multi = True
                continue
            if (not is_open and char == STRAIGHT_DOUBLE and can_open and not can_close
                    and len(stack) == 1 and stack[0].kind == "double"):
                # A mark that can only open, inside an open quote: the first lost its close.
                frame = stack.pop()
                emit(frame, attribution_cut(text, frame.content, i), -1)
                is_open = True
            if is_open:
                if kind == "single" and not can_open and char not in SINGLE_OPEN:
                    continue
                if kind == "double" and stack and stack[0].kind == "double" and len(stack) == 1:
                    # A second opening double mark at the top level: the first lost its close.
                    frame = stack.pop()
                    emit(frame, attribution_cut(text, frame.content, i), -1)
                stack.append(_Frame(kind, i, i + 1))
                continue
            if kind in open_kinds:
                while stack and stack[-1].kind != kind:
                    stack.pop()
                frame = stack.pop()
                if not stack:
                    emit(frame, i, i)
                    last_close = i + 1
            elif not stack and kind == "double" and (
                    can_close or (char in DOUBLE_CLOSE and text[i - 1 : i] == ",")):
                # A closing mark with no opening one: the quote started at the paragraph start.
                start = lo if last_close == lo else last_close
                emit(_Frame("double", -1, start), i, i)
                last_close = i + 1
            # else: a stray closing single mark is an apostrophe ("the nurses’ union")
        if stack:
            bottom = stack[0]
            if _next_starts_with_open(text, paragraphs, k, bottom.kind):
                bottom.multi = True
                continued = bottom
            elif bottom.kind == "double":
                emit(bottom, attribution_cut(text, bottom.content, hi), -1)
    return spans
