"""The report: one self-contained HTML page of an index, drawn from the public facade alone.

The relations most worth reading (spun first, then rewrites, partial and verbatim copies; the
strongest first) are drawn side by side, up to ``max_relations``; every relation is listed in
the table. Each detailed view and story is folded in a ``<details>``, long tables in folds of
500 rows, and only the largest stories are drawn, so that a report of 10,000 relations opens
in Chromium in under 3 seconds (``benchmarks/report.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import unspin
from unspin.views import sections
from unspin.views.page import esc, kind_badge, legend, page, percent
from unspin.views.relation import (
    RelationView,
    restored_text,
    side_by_side,
    swaps_of_restoration,
)

MAX_RELATIONS = 200
# Quotations are extracted from the texts (spaCy, some 20 ms an article with quotation marks):
# by default only for an index this small; larger ones take --quotes.
QUOTES_UP_TO = 2000


@dataclass(slots=True)
class ReportData:
    """Everything a report shows, read from an index through the facade."""

    db: Path
    infos: list[unspin.ArticleInfo]
    relations: list[unspin.IndexedRelation]
    stories: list[unspin.Story]
    spinners: list[unspin.SpinnerTable]
    quotes: list[sections.Record] | None  # None: the nlp extra is missing
    story: str | None = None
    notes: list[str] = field(default_factory=list)


def _rank(relation: unspin.IndexedRelation) -> tuple[int, float, str, str]:
    return (sections.KIND_ORDER.index(relation.kind) if relation.kind in sections.KIND_ORDER
            else len(sections.KIND_ORDER), -relation.score, relation.copy, relation.source)


def gather(db: Path | str, story: str | None = None, quotes: bool | None = None
           ) -> ReportData:
    """What the report of ``db`` shows (of one story when ``story`` is its id); quotations
    when ``quotes``, by default when the index holds at most ``QUOTES_UP_TO`` articles."""
    db = Path(db)
    infos = unspin.articles(db)
    relations = sorted(unspin.relations(db), key=_rank)
    stories = unspin.stories(db)
    spinner_tables = unspin.spinners(db)
    notes: list[str] = []
    if story is not None:
        stories = [s for s in stories if s.id == story]
        if not stories:
            raise unspin.UsageError(f"no story {story!r} in {db}: 'unspin stories' lists them")
        members = set(stories[0].articles)
        infos = [i for i in infos if i.id in members]
        relations = [r for r in relations if r.copy in members and r.source in members]
        spinner_tables = [t for t in spinner_tables if members.intersection(t.copies)]
    records: list[sections.Record] | None = None
    if quotes is None and len(infos) > QUOTES_UP_TO:
        notes.append(f"quotations left out: {len(infos):,} articles to parse (more than "
                     f"{QUOTES_UP_TO:,}); --quotes includes them")
    elif quotes is not False:
        try:
            found = unspin.quotes_in_index(db)
            wanted = {i.id for i in infos}
            records = [r for r in found.records if r.article in wanted]
        except unspin.MissingDependency as error:
            notes.append(f"quotations left out: {error}")
    return ReportData(db, infos, relations, stories, spinner_tables, records, story, notes)


def _relation_table(relations: Sequence[unspin.IndexedRelation], detailed: int) -> str:
    rows = []
    for k, r in enumerate(relations):
        copy = (f'<a href="#r{k}">{esc(r.copy)}</a>' if k < detailed else esc(r.copy))
        rows.append((copy, esc(r.source), kind_badge(r.kind), percent(r.copied),
                     percent(r.substituted), f"{r.score:.2f}", f"{len(r.substitutions):,}"))
    return sections.folded_table(
        ("copy", "source", "kind", "copied", "swapped", "score", "substitutions"), rows,
        (3, 4, 5, 6), "relations")


def _details(data: ReportData, limit: int) -> tuple[str, str]:
    """The side-by-side views of the first ``limit`` relations, and the restored text of each
    spun copy among them."""
    texts: dict[str, str] = {}

    def text(article_id: str) -> str:
        if article_id not in texts:
            texts[article_id] = unspin.article(article_id, data.db).text
        return texts[article_id]

    views, restored = [], []
    for k, relation in enumerate(data.relations[:limit]):
        swaps = []
        result = None
        if relation.substitutions and relation.kind != "paraphrase":
            result = unspin.restored(relation.copy, data.db, source=relation.source)
            swaps = swaps_of_restoration(result)
        view = RelationView.of(relation)
        views.append(
            f'<details class="relation" id="r{k}"><summary>{kind_badge(relation.kind)} '
            f'{esc(relation.copy)} <span class="muted">took {percent(relation.copied)} from'
            f'</span> {esc(relation.source)} <span class="muted">· '
            f'{len(relation.substitutions)} substitutions</span></summary>'
            f'{side_by_side(view, text(relation.copy), text(relation.source), swaps, f"r{k}")}'
            "</details>")
        if relation.kind == "spun" and result is not None:
            restored.append(
                f'<details class="relation" id="restored-{k}"><summary>{esc(relation.copy)} '
                f'<span class="muted">restored from {esc(relation.source)} · '
                f'{len(result.restoration.changes)} wordings put back</span></summary>'
                f"{restored_text(result)}</details>")
    return "".join(views), "".join(restored)


def render(data: ReportData, max_relations: int = MAX_RELATIONS, app: bool = False) -> str:
    """The report page of ``data``, with at most ``max_relations`` relations drawn side by
    side; in the web app (``app``) with a way home and its policy sent as a header."""
    limit = min(max_relations, len(data.relations))
    details, restored = _details(data, limit)
    titles = {i.id: i.title for i in data.infos}
    scope = f"story {data.story}" if data.story else f"index {data.db.name}"
    more = len(data.relations) - limit
    body = [
        f'<header class="top"><h1>unspin report</h1><p class="muted">{esc(scope)} · '
        f'{len(data.infos):,} articles · {len(data.relations):,} relations · unspin '
        f'{esc(unspin.__version__)}</p>'
        '<nav class="toc">' + ('<a href="/">← check an article · all stories</a>' if app
                               else "")
        + '<a href="#overview">Overview</a><a href="#stories">Stories</a>'
        '<a href="#relations">Relations</a><a href="#restored">Restored copies</a>'
        '<a href="#spinners">Spinners</a><a href="#quotations">Quotations</a></nav></header>',
        *(f'<p class="note">{esc(note)}</p>' for note in data.notes),
        sections.overview(data.infos, data.relations, data.stories),
        f'<section id="stories"><h2>Stories ({len(data.stories):,})</h2>'
        '<p class="note">Each story is one news event: its copy families drawn (arrows point '
        'from a copy to the text it took), its independent reports beside them.</p>'
        + sections.stories(data.stories, titles) + "</section>",
        f'<section id="relations"><h2>Relations ({len(data.relations):,})</h2>'
        '<p class="note">Each copy against the text it took from. Open one to see the two '
        'texts side by side.</p>' + legend() + details
        + (f'<p class="note">{more:,} more relations are listed below without their passages '
           "(raise --max-relations to draw them).</p>" if more > 0 else "")
        + "<h3>All relations</h3>" + _relation_table(data.relations, limit) + "</section>",
        '<section id="restored"><h2>Restored copies</h2><p class="note">Each spun copy with '
        "its source's wording put back; the restored words are marked (hover for what the "
        "copy wrote).</p>"
        + (restored or '<p class="note">No spun copy among the relations drawn.</p>')
        + "</section>",
        '<section id="spinners"><h2>Spinner dictionaries</h2><p class="note">The swaps each '
        "site's spinner made, merged over its spun copies.</p>"
        + sections.spinners(data.spinners) + "</section>",
        '<section id="quotations"><h2>Quotations</h2>'
        + ('<p class="note">Quotations left out (see the note at the top).</p>'
           if data.quotes is None
           else sections.quotations(data.quotes)) + "</section>",
    ]
    return page(f"unspin report · {scope}", "".join(body), policy_meta=not app)


def report(db: Path | str, story: str | None = None, max_relations: int = MAX_RELATIONS,
           quotes: bool | None = None, app: bool = False) -> str:
    """The whole report of the index ``db`` (or of one ``story``) as one HTML page."""
    return render(gather(db, story, quotes), max_relations, app)
