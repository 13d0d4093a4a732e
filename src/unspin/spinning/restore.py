"""Undo spin: put a copy's substituted wording back as its source had it.

With the source known, the word-level alignment already lists every place where the copy's
wording differs inside a copied passage (``Alignment.substitutions``): each becomes a change,
and nothing else in the copy is touched. Without a source, :mod:`unspin.spinning.score` proposes
changes with a confidence, and only those above a threshold are applied.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from unspin.model import Substitution
from unspin.pipeline.codes import SynonymLookup

__all__ = ["Change", "Restoration", "apply_changes", "changes_from_substitutions"]


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
