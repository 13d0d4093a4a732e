"""One article looked at on its own page: its sources side by side, its spin suspects, its
restoration and its quotations (the web app's answer to a pasted text or an uploaded file);
and the form that sends one."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import unspin
from unspin.views.page import esc, legend, percent, table
from unspin.views.relation import (
    RelationView,
    marked_text,
    restored_text,
    side_by_side,
    swaps_of_relation,
)
from unspin.views.sections import Record


@dataclass(slots=True)
class Analysis:
    """What the facade found about one article."""

    article: unspin.Article
    relations: list[unspin.Relation]
    spin: unspin.SpinResult
    restored: unspin.RestoreResult
    quotes: list[Record]
    notes: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        """The contract of ``POST /api/analyse``."""
        return {"article": self.article.id, "title": self.article.title,
                "relations": [r.to_json() for r in self.relations],
                "spin": self.spin.to_json(), "restored": self.restored.to_json(),
                "quotes": [q.to_json() for q in self.quotes], "notes": self.notes}


def paste_form(allow_add: bool) -> str:
    """The form that sends a text (or a file) to be analysed; plain HTML, no script."""
    add = ('<label><input type="checkbox" name="add" value="1"> also add it to the index'
           "</label>" if allow_add else "")
    return (
        '<form class="paste" method="post" action="/analyse" enctype="multipart/form-data">'
        "<h2>Check an article</h2><p class=\"note\">Paste its text, or choose a file (.txt, "
        ".html or .warc, up to 10 MB). Nothing is fetched from the web.</p>"
        '<p><input type="text" name="title" placeholder="Title (optional)" '
        'aria-label="title"> <input type="text" name="url" placeholder="Address (optional, '
        'never fetched)" aria-label="url"></p>'
        '<textarea name="text" placeholder="Paste the article text here" aria-label="text">'
        "</textarea>"
        '<p><input type="file" name="file" accept=".txt,.html,.htm,.warc,.gz" '
        f'aria-label="file"> {add} <button type="submit">Analyse</button></p></form>')


def _sources(found: Analysis, source_text: Callable[[str], str]) -> str:
    if not found.relations:
        return '<p class="note">No source found in the index.</p>'
    out = [legend()]
    for k, relation in enumerate(found.relations):
        other = relation.source if relation.copy == found.article.id else relation.copy
        own_is_copy = relation.copy == found.article.id
        copy_text = found.article.text if own_is_copy else source_text(other)
        original = source_text(other) if own_is_copy else found.article.text
        role = "a source" if own_is_copy else "a copy of this article"
        out.append(f"<h3>{esc(other)} <span class=\"muted\">· {role}</span></h3>"
                   + side_by_side(RelationView.of(relation), copy_text, original,
                                  swaps_of_relation(relation), f"s{k}"))
    return "".join(out)


def _spin(result: unspin.SpinResult) -> str:
    suspects = result.suspects
    rows = [(esc(s.text), esc(s.original), f"{s.confidence:.2f}", esc(s.evidence))
            for s in suspects]
    return (f"<p>Spin score <b>{result.score:.2f}</b> (0: reads as written by a person; 1: "
            f"reads as spun), {len(suspects)} suspect wordings marked.</p>"
            + marked_text(result.article.text, [(s.start, s.end) for s in suspects],
                          lambda k: f"likely original: {suspects[k].original} "
                                    f"({suspects[k].evidence})", "suspect")
            + (table(("suspect", "likely original", "confidence", "why"), rows, numeric=(2,))
               if rows else ""))


def _quotes(records: Sequence[Record]) -> str:
    if not records:
        return '<p class="note">No quotation found.</p>'
    rows = []
    for record in records:
        data = record.to_json()
        rows.append((esc(data["speaker"] or "unknown"), f"“{esc(data['text'])}”",
                     esc(data["verb"] or "—")))
    return table(("speaker", "quotation", "verb"), rows)


def analysis_page(found: Analysis, source_text: Callable[[str], str]) -> str:
    """The body of the page about one article (``source_text`` reads an indexed article)."""
    article = found.article
    restored = found.restored
    source = restored.source.id if restored.source is not None else None
    head = (f"<header class=\"top\"><h1>{esc(article.title or article.id)}</h1>"
            f'<p class="muted">{esc(article.id)}'
            + (f" · {esc(article.url)}" if article.url else "")
            + f' · {len(article.text):,} characters · <a href="/">check another</a></p>'
            "</header>")
    notes = "".join(f'<p class="note">{esc(n)}</p>' for n in found.notes)
    copied = max((r.copied for r in found.relations if r.copy == article.id), default=0.0)
    return (
        head + notes
        + f'<section id="sources"><h2>Sources ({len(found.relations)})</h2>'
        + (f"<p>Up to <b>{percent(copied)}</b> of this text was taken from one source.</p>"
           if copied else "")
        + _sources(found, source_text) + "</section>"
        + '<section id="spin"><h2>Spin suspects</h2>' + _spin(found.spin) + "</section>"
        + '<section id="restored"><h2>Restored</h2><p class="note">'
        + (f"Put back as {esc(source)} words it" if source
           else "No source: only the wording unspin is sure of is put back")
        + f" ({len(restored.restoration.changes)} changes).</p>"
        + "".join(f'<p class="note">{esc(n)}</p>' for n in restored.notes)
        + restored_text(restored) + "</section>"
        + f'<section id="quotations"><h2>Quotations ({len(found.quotes)})</h2>'
        + _quotes(found.quotes) + "</section>")
