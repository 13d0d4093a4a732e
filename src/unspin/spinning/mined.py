"""Swap tables mined from aligned copies: a corpus teaches the engine its spinners.

Every spun relation in an index records the copy's wording at each substituted place and the
source's. Merged over many copies, they are the dictionary a content farm's spinner uses: where
a new article from that farm says "gallery", its source said "museum". A swap is only as sure as
it is consistent: a wording the spinner wrote for "museum" 30 times, but that also appears 10
times in copied passages where the source had it too, is put back with confidence 30/40.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from unspin.lexicon.function_words import FUNCTION_WORDS
from unspin.model import IndexedRelation
from unspin.spinning.restore import Change

MAX_WORDS = 4


@dataclass(slots=True)
class SwapTable:
    """Copy wording (lowercase) → the source wordings it replaced, and how often the wording
    was seen at all inside copied passages."""

    swaps: dict[str, Counter[str]] = field(default_factory=dict)
    seen: Counter[str] = field(default_factory=Counter)
    _passages: list[list[str]] = field(default_factory=list)  # copied text, until finish()

    def add_relation(self, relation: IndexedRelation, copy_text: str) -> None:
        """Learn from one stored relation and its copy's text."""
        for source, copy in relation.substitutions:
            copy, source = copy.lower(), source.lower()
            if copy != source and _has_content(copy):
                self.swaps.setdefault(copy, Counter())[source] += 1
        self._passages.append([copy_text[a:b].lower() for (a, b), _ in relation.passages])

    def finish(self) -> SwapTable:
        """Count every learned wording inside the copied passages (swapped or not)."""
        if not self.swaps:
            return self
        pattern = _pattern(self.swaps)
        for texts in self._passages:
            for text in texts:
                self.seen.update(m.group(1) for m in pattern.finditer(text))
        self._passages = []
        return self

    def best(self, wording: str) -> tuple[str, float, int, int] | None:
        """(original, confidence, times swapped, times seen) for a copy wording."""
        options = self.swaps.get(wording.lower())
        if not options:
            return None
        original, count = options.most_common(1)[0]
        seen = max(self.seen[wording.lower()], sum(options.values()))
        confidence = count / seen * count / (count + 1)
        return original, confidence, count, seen

    def changes(self, text: str) -> list[Change]:
        """Every learned wording in ``text``, as a change back to what it most often replaced."""
        if not self.swaps:
            return []
        found = []
        for match in _pattern(self.swaps).finditer(text.lower()):
            start, end = match.span(1)
            best = self.best(match.group(1))
            if best is None:
                continue
            original, confidence, count, seen = best
            written = text[start:end]
            if written[:1].isupper():
                original = original[:1].upper() + original[1:]
            found.append(Change(start, end, written, original, confidence,
                                f"the index's spinners wrote “{match.group(1)}” for "
                                f"“{original.lower()}” {count} of {seen} times"))
        return found


def _has_content(wording: str) -> bool:
    return any(w not in FUNCTION_WORDS for w in wording.split())


def _pattern(keys: Iterable[str]) -> re.Pattern[str]:
    ordered = sorted(keys, key=len, reverse=True)
    return re.compile(r"(?<!\w)(" + "|".join(re.escape(k) for k in ordered) + r")(?!\w)")
