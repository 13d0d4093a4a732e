"""One relation drawn side by side: the source's passage beside the copy's, every substitution
marked in both (the source's word struck out, the copy's word beside it), with the share copied
and the evidence for the direction; and a text with spans marked (spin suspects, restored
wording)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import unspin
from unspin.views.page import esc, kind_badge, percent

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Swap:
    """One substitution with its place in the copy and, when known, in the source."""

    copy_start: int
    copy_end: int
    source_start: int | None
    source_end: int | None
    source: str
    copy: str


@dataclass(frozen=True, slots=True)
class RelationView:
    """What a side-by-side view of a relation needs, whichever job found the relation."""

    copy: str
    source: str
    kind: str
    copied: float
    substituted: float
    score: float
    reason: str
    direction: str
    passages: tuple[tuple[Span, Span], ...]  # (copy span, source span)
    substitutions: tuple[tuple[str, str], ...]  # (source wording, copy wording)

    @classmethod
    def of(cls, relation: unspin.Relation | unspin.IndexedRelation) -> RelationView:
        if isinstance(relation, unspin.Relation):
            passages = tuple(((p.copy.start, p.copy.end), (p.source.start, p.source.end))
                             for p in relation.passages)
            subs = tuple((s.source, s.copy) for s in relation.substitutions)
            direction = relation.direction_reason
        else:
            passages = relation.passages
            subs = relation.substitutions
            direction = relation.direction
        return cls(relation.copy, relation.source, relation.kind, relation.copied,
                   relation.substituted, relation.score, relation.reason, direction,
                   passages, subs)


def swaps_of_relation(relation: unspin.Relation) -> list[Swap]:
    """The substitutions of a relation a scan or trace found, with their offsets."""
    return [Swap(s.copy_start, s.copy_end, s.source_start, s.source_end, s.source, s.copy)
            for s in relation.substitutions]


def swaps_of_restoration(result: unspin.RestoreResult) -> list[Swap]:
    """The changes a restoration made against its source, as swaps (source offsets kept)."""
    out = []
    for applied in result.restoration.changes:
        change = applied.change
        out.append(Swap(change.copy_start, change.copy_end, change.source_start,
                        change.source_end, change.original, change.copy))
    return out


def marked(text: str, start: int, end: int, spans: Sequence[tuple[int, int, str]]) -> str:
    """``text[start:end]`` escaped, with each of ``spans`` (start, end, HTML to put there,
    already escaped) replacing its stretch; spans outside the range or overlapping an earlier
    one are left out."""
    out: list[str] = []
    position = start
    for span_start, span_end, replacement in sorted(spans, key=lambda s: (s[0], s[1])):
        if span_start < position or span_end > end or span_start >= span_end:
            continue
        out.append(esc(text[position:span_start]))
        out.append(replacement)
        position = span_end
    out.append(esc(text[position:end]))
    return "".join(out)


def _swap_in_copy(swap: Swap) -> str:
    tip = esc(f"source: {swap.source} → copy: {swap.copy}")
    return (f'<del class="swap" title="{tip}">{esc(swap.source)}</del>'
            f'<span class="to">→</span><ins class="swap" title="{tip}">{esc(swap.copy)}</ins>')


def _swap_in_source(swap: Swap) -> str:
    tip = esc(f"the copy wrote: {swap.copy}")
    return f'<del class="swap" title="{tip}">{esc(swap.source)}</del>'


def side_by_side(view: RelationView, copy_text: str, source_text: str, swaps: Sequence[Swap],
                 anchor: str = "") -> str:
    """The relation's figures and direction, then each aligned passage: source left, copy
    right, every substitution marked in both."""
    facts = (f"{kind_badge(view.kind)} <b>{esc(view.copy)}</b> took "
             f"<b>{percent(view.copied)}</b> of its text from <b>{esc(view.source)}</b>; "
             f"{percent(view.substituted)} of the copied words were swapped "
             f"({len(view.substitutions)} substitutions), score {view.score:.2f}.")
    lines = [f'<p>{facts}</p>',
             f'<p class="note">Why this kind: {esc(view.reason)}</p>' if view.reason else "",
             f'<p class="note">Why this direction (which is the source): '
             f'{esc(view.direction)}</p>' if view.direction else ""]
    for k, ((c_start, c_end), (s_start, s_end)) in enumerate(view.passages, 1):
        in_copy = [(s.copy_start, s.copy_end, _swap_in_copy(s)) for s in swaps
                   if c_start <= s.copy_start and s.copy_end <= c_end]
        in_source = [(s.source_start, s.source_end, _swap_in_source(s)) for s in swaps
                     if s.source_start is not None and s.source_end is not None
                     and s_start <= s.source_start and s.source_end <= s_end]
        lines.append(
            f'<div class="side" id="{esc(anchor)}-p{k}">'
            f'<div><div class="head">source · {esc(view.source)} '
            f'<span class="muted">[{s_start}–{s_end}]</span></div>'
            f'<span class="kept">{marked(source_text, s_start, s_end, in_source)}</span></div>'
            f'<div><div class="head">copy · {esc(view.copy)} '
            f'<span class="muted">[{c_start}–{c_end}]</span></div>'
            f'<span class="kept">{marked(copy_text, c_start, c_end, in_copy)}</span></div>'
            "</div>")
    if not view.passages:
        lines.append('<p class="note">No aligned passage was kept for this relation.</p>')
    if view.substitutions and not swaps:
        pairs = ", ".join(f"{esc(a)} → {esc(b)}" for a, b in view.substitutions[:60])
        more = len(view.substitutions) - 60
        lines.append(f'<p class="note">Substitutions (not placed in the text): {pairs}'
                     + (f", … (+{more})" if more > 0 else "") + "</p>")
    return "".join(lines)


def marked_text(text: str, spans: Sequence[tuple[int, int]], tip: Callable[[int], str],
                css: str) -> str:
    """The whole text, escaped, each span in a ``<mark class=css>`` with its tooltip."""
    html_spans = [(start, end, f'<mark class="{css}" title="{esc(tip(k))}">'
                               f'{esc(text[start:end])}</mark>')
                  for k, (start, end) in enumerate(spans)]
    return f'<div class="text">{marked(text, 0, len(text), html_spans)}</div>'


def restored_text(result: unspin.RestoreResult) -> str:
    """A restored copy, each put-back wording marked with what the copy had written."""
    changes = result.restoration.changes
    return marked_text(
        result.restoration.text, [(c.restored_start, c.restored_end) for c in changes],
        lambda k: f"the copy wrote: {changes[k].change.copy} "
                  f"({changes[k].change.evidence}, {changes[k].change.confidence:.2f})",
        "restored")
