"""The records that flow through unspin's pipeline.

Every offset is a character offset into an article's extracted ``text``: ``text[start:end]`` is
always the passage it names.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple

RawFormat = Literal["text", "html"]
RelationKind = Literal["verbatim", "spun", "partial", "paraphrase"]


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One input document before extraction: bytes plus what the container told us about it.

    ``fields`` carries metadata given by the container (a JSONL record's ``url``, ``title``,
    ``published``, ``byline``; a WARC record's target URI and date).
    """

    id: str
    origin: str
    format: RawFormat
    data: bytes
    content_hash: str
    fields: Mapping[str, str] = field(default_factory=dict)
    encoding: str | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """An article's extracted main text and metadata; ``origin`` says where it was read from."""

    id: str
    text: str
    content_hash: str = ""
    title: str | None = None
    url: str | None = None
    site: str | None = None
    published: str | None = None
    byline: str | None = None
    origin: str = ""


@dataclass(frozen=True, slots=True)
class Passage:
    """A span ``[start, end)`` of one article's text."""

    article_id: str
    start: int
    end: int

    def slice(self, text: str) -> str:
        return text[self.start : self.end]


class TakenSentence(NamedTuple):
    """One sentence pair of a passage, as the test of a sentence taken whole reads it."""

    evidence: int  # matched words outside quoted clauses
    matched: int  # matched words
    copy_span: int  # words from the first to the last taken, in the copy (matched or swapped)
    source_span: int  # the same in the source
    sentence_words: int  # the copy sentence's words


@dataclass(frozen=True, slots=True)
class PassagePair:
    """A passage of the copy aligned with the passage of the source it was taken from.

    ``strong_sentences`` counts sentence pairs matched closely in both directions and
    ``evidence_words`` their matched words outside quotation marks: what makes it reuse.
    ``attributed_words`` are those of them in sentences quoting a clause: the attribution and
    reported speech around a quotation, which prove reuse only within a run of copied
    sentences. ``taken_sentences`` holds each strong sentence counted as evidence that cannot
    be a statement's words (attributed, beside a quotation, introduced by a colon), to tell
    whether it was taken whole, whatever its neighbours. ``own_words`` are the evidence words
    of sentences that are no statement pasted (in the first person, introduced by a colon) on
    either side, and not a headline on both: the writer's own
    wording, reported speech included, which a relation must rest on in part.
    """

    copy: Passage
    source: Passage
    aligned_words: int
    matched_words: int
    strong_sentences: int = 0
    evidence_words: int = 0
    attributed_words: int = 0
    evidence_sentences: int = 0
    source_words: int = 0
    taken_sentences: tuple[TakenSentence, ...] = ()
    own_words: int = 0


@dataclass(frozen=True, slots=True)
class Substitution:
    """One place where the copy's wording differs from the source's inside an aligned passage."""

    source: str
    copy: str
    source_start: int
    source_end: int
    copy_start: int
    copy_end: int


@dataclass(frozen=True, slots=True)
class Alignment:
    """What a local alignment of two texts found, before any decision is taken on it.

    ``copied`` is the share of the copy's words inside aligned passages; ``substituted`` the
    share of aligned copy words that differ from the source.
    """

    copy_id: str
    source_id: str
    passages: tuple[PassagePair, ...]
    substitutions: tuple[Substitution, ...]
    copy_words: int
    source_words: int
    aligned_copy_words: int
    aligned_source_words: int
    matched_words: int
    synonym_words: int
    quoted_words: int

    @property
    def copied(self) -> float:
        return self.aligned_copy_words / self.copy_words if self.copy_words else 0.0

    @property
    def source_covered(self) -> float:
        return self.aligned_source_words / self.source_words if self.source_words else 0.0

    @property
    def substituted(self) -> float:
        if not self.aligned_copy_words:
            return 0.0
        return max(0.0, 1.0 - self.matched_words / self.aligned_copy_words)


@dataclass(frozen=True, slots=True)
class Relation:
    """A decided reuse relation: ``copy`` took text from ``source``; ``reason`` says why."""

    copy: str
    source: str
    kind: RelationKind
    copied: float
    substituted: float
    score: float
    passages: tuple[PassagePair, ...]
    substitutions: tuple[Substitution, ...]
    reason: str
    direction_reason: str = ""

    def to_json(self) -> dict[str, object]:
        """The JSON-lines contract of ``unspin scan --format jsonl`` (see DESIGN.md)."""
        return {
            "copy": self.copy,
            "source": self.source,
            "kind": self.kind,
            "copied": round(self.copied, 4),
            "substituted": round(self.substituted, 4),
            "score": round(self.score, 4),
            "passages": [
                {"copy": [p.copy.start, p.copy.end], "source": [p.source.start, p.source.end]}
                for p in self.passages
            ],
            "substitutions": [{"source": s.source, "copy": s.copy} for s in self.substitutions],
            "reason": self.reason,
            "direction": self.direction_reason,
        }


@dataclass(frozen=True, slots=True)
class IndexedRelation:
    """A relation as an index keeps it: the JSON contract of :meth:`Relation.to_json`, typed
    (passages as character spans of the copy and the source)."""

    copy: str
    source: str
    kind: RelationKind
    copied: float
    substituted: float
    score: float
    passages: tuple[tuple[tuple[int, int], tuple[int, int]], ...]
    substitutions: tuple[tuple[str, str], ...]  # (source wording, copy wording)
    reason: str
    direction: str

    @classmethod
    def from_json(cls, record: Mapping[str, Any]) -> IndexedRelation:
        return cls(
            copy=str(record["copy"]),
            source=str(record["source"]),
            kind=record["kind"],
            copied=float(record["copied"]),
            substituted=float(record["substituted"]),
            score=float(record["score"]),
            passages=tuple((tuple(p["copy"]), tuple(p["source"]))
                           for p in record["passages"]),
            substitutions=tuple((str(s["source"]), str(s["copy"]))
                                for s in record["substitutions"]),
            reason=str(record["reason"]),
            direction=str(record.get("direction", "")),
        )

    def to_json(self) -> dict[str, object]:
        """The same contract as :meth:`Relation.to_json`."""
        return {
            "copy": self.copy,
            "source": self.source,
            "kind": self.kind,
            "copied": self.copied,
            "substituted": self.substituted,
            "score": self.score,
            "passages": [{"copy": list(c), "source": list(s)} for c, s in self.passages],
            "substitutions": [{"source": a, "copy": b} for a, b in self.substitutions],
            "reason": self.reason,
            "direction": self.direction,
        }


@dataclass(frozen=True, slots=True)
class Failure:
    """An input that could not be processed, with the reason, so a batch can carry on."""

    origin: str
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"
