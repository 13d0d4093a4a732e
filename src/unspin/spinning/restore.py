"""Undo spin: put a copy's substituted wording back as its source had it.

With the source known, the word-level alignment already lists every place where the copy's
wording differs inside a copied passage (``Alignment.substitutions``): each becomes a change,
and nothing else in the copy is touched. Without a source, :mod:`unspin.spinning.score` proposes
changes with a confidence, and only those above a threshold are applied.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from unspin.model import Substitution
from unspin.pipeline.codes import SynonymLookup

__all__ = ["Change", "Restoration", "apply_changes", "changes_from_substitutions",
           "with_dropped_words"]


@dataclass(frozen=True, slots=True)
class Change:
    """Replace ``copy`` at ``[copy_start, copy_end)`` of the copy by ``original``.

    ``source_start``/``source_end`` locate ``original`` in the source when one was given;
    ``confidence`` is how sure the change is (0–1) and ``evidence`` says why.
    """

    copy_start: int
    copy_end: int
    copy: str
    original: str
    confidence: float
    evidence: str
    source_start: int | None = None
    source_end: int | None = None


@dataclass(frozen=True, slots=True)
class AppliedChange:
    """A change as applied: also where its ``original`` now stands in the restored text."""

    change: Change
    restored_start: int
    restored_end: int

    def to_json(self) -> dict[str, object]:
        c = self.change
        record: dict[str, object] = {
            "start": c.copy_start,  # offsets into the input text, as DESIGN.md has them
            "end": c.copy_end,
            "copy": [c.copy_start, c.copy_end],
            "restored": [self.restored_start, self.restored_end],
            "from": c.copy,
            "to": c.original,
            "confidence": round(c.confidence, 3),
            "evidence": c.evidence,
        }
        if c.source_start is not None and c.source_end is not None:
            record["source"] = [c.source_start, c.source_end]
        return record


@dataclass(frozen=True, slots=True)
class Restoration:
    """The restored text and every change made to get it from the copy."""

    text: str
    changes: tuple[AppliedChange, ...]

    def to_json(self) -> dict[str, object]:
        return {"text": self.text, "changes": [c.to_json() for c in self.changes]}


def apply_changes(text: str, changes: Iterable[Change], min_confidence: float = 0.0
                  ) -> Restoration:
    """Apply the non-overlapping changes at or above ``min_confidence`` (the more confident wins
    an overlap); everything outside them is copied unchanged."""
    chosen: list[Change] = []
    for change in sorted(changes, key=lambda c: (-c.confidence, c.copy_start)):
        if change.confidence < min_confidence or change.copy == change.original:
            continue
        if not 0 <= change.copy_start < change.copy_end <= len(text):
            raise ValueError(f"change {change} lies outside the text")
        if text[change.copy_start : change.copy_end] != change.copy:
            raise ValueError(f"change {change} does not match the text")
        if any(c.copy_start < change.copy_end and change.copy_start < c.copy_end for c in chosen):
            continue
        chosen.append(change)
    chosen.sort(key=lambda c: c.copy_start)
    parts: list[str] = []
    applied: list[AppliedChange] = []
    position = length = 0
    for change in chosen:
        kept = text[position : change.copy_start]
        parts.append(kept)
        length += len(kept)
        parts.append(change.original)
        applied.append(AppliedChange(change, length, length + len(change.original)))
        length += len(change.original)
        position = change.copy_end
    parts.append(text[position:])
    return Restoration("".join(parts), tuple(applied))


def changes_from_substitutions(
    substitutions: Sequence[Substitution], lexicon: SynonymLookup | None = None
) -> list[Change]:
    """One change per substitution of a word-level alignment against the source.

    Confidence: 1.0 for a thesaurus swap (the two wordings are synonyms), 0.9 for any other
    difference inside a copied passage (an edit the thesaurus does not know, a changed number).
    """
    related = getattr(lexicon, "related", None)
    changes = []
    for sub in substitutions:
        synonym = bool(related and related(sub.source.lower(), sub.copy.lower()) > 0)
        changes.append(
            Change(
                copy_start=sub.copy_start,
                copy_end=sub.copy_end,
                copy=sub.copy,
                original=sub.source,
                confidence=1.0 if synonym else 0.9,
                evidence="thesaurus swap in a copied passage" if synonym
                else "differs from the source inside a copied passage",
                source_start=sub.source_start,
                source_end=sub.source_end,
            )
        )
    return changes


_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_BETWEEN = re.compile(r"[ \t]+")  # words of one phrase: nothing but spaces between them
DROPPED_WORDS = 2
"""Source words a spinner may have dropped beside a swap ("set up" written "pitch")."""


def with_dropped_words(substitutions: Sequence[Substitution], copy_text: str,
                       source_text: str, limit: int = DROPPED_WORDS) -> list[Substitution]:
    """The substitutions with the source words beside each that the copy lacks: a spinner
    that writes one word for a phrase ("pitch" for "set up", "allow" for "budget for") leaves
    the alignment a swap of one word and a source word with no counterpart. A run of up to
    ``limit`` such words joins the swap when the two words past it (on either side) match in
    both texts, as the same word or as another swap, and only spaces stand between them."""
    swapped = {sub.copy_start: sub.source_start for sub in substitutions}
    spans = [(sub.source_start, sub.source_end) for sub in substitutions]

    def claimed(word: tuple[str, int, int]) -> bool:
        """Whether another swap has this source word."""
        return any(start <= word[1] < end for start, end in spans)

    def matched(copy_word: tuple[str, int, int], source_word: tuple[str, int, int]) -> bool:
        return (copy_word[0].lower() == source_word[0].lower()
                or swapped.get(copy_word[1]) == source_word[1])

    def dropped(copy_side: list[tuple[str, int, int]], source_side: list[tuple[str, int, int]]
                ) -> int:
        """How many source words the copy lacks before the two words that match again."""
        if len(copy_side) < 2 or not source_side or matched(copy_side[0], source_side[0]):
            return 0
        for k in range(1, limit + 1):
            anchor = source_side[k:k + 2]
            if any(claimed(word) for word in source_side[:k]):
                return 0
            if len(anchor) == 2 and all(map(matched, copy_side, anchor)):
                return k
        return 0

    out = []
    for sub in substitutions:
        after = _words_after(source_text, sub.source_end, limit + 2)
        k = dropped(_words_after(copy_text, sub.copy_end, 2), after)
        source_end = after[k - 1][2] if k else sub.source_end
        before = _words_before(source_text, sub.source_start, limit + 2)
        k = dropped(_words_before(copy_text, sub.copy_start, 2), before)
        source_start = before[k - 1][1] if k else sub.source_start
        if (source_start, source_end) != (sub.source_start, sub.source_end):
            sub = Substitution(source_text[source_start:source_end], sub.copy, source_start,
                               source_end, sub.copy_start, sub.copy_end)
        out.append(sub)
    return out


def _words_after(text: str, start: int, count: int) -> list[tuple[str, int, int]]:
    """Up to ``count`` words from ``start``, each separated from the last by spaces alone."""
    out: list[tuple[str, int, int]] = []
    at = start
    while len(out) < count:
        gap = _BETWEEN.match(text, at)
        word = _WORD.match(text, gap.end() if gap else at)
        if word is None or gap is None:
            break
        out.append((word.group(), word.start(), word.end()))
        at = word.end()
    return out


def _words_before(text: str, end: int, count: int) -> list[tuple[str, int, int]]:
    """Up to ``count`` words before ``end``, nearest first, separated by spaces alone."""
    out: list[tuple[str, int, int]] = []
    at = end
    while len(out) < count:
        space = at
        while space > 0 and text[space - 1] in " \t":
            space -= 1
        if space == at:
            break
        word_end = space
        word_start = word_end
        while word_start > 0 and (text[word_start - 1].isalnum() or text[word_start - 1] in "'’"):
            word_start -= 1
        if word_start == word_end or not _WORD.fullmatch(text, word_start, word_end):
            break
        out.append((text[word_start:word_end], word_start, word_end))
        at = word_start
    return out
