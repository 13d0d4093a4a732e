"""The sections of a report that summarise an index: the overview (articles, relations by kind,
the histogram of spin rates, the sites that copy most), the stories with their families drawn,
the spinners' dictionaries and the quotation clusters."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import Protocol

import unspin
from unspin.views.page import counted, esc, kind_badge, table

KIND_ORDER = ("spun", "paraphrase", "partial", "verbatim")
MAX_DRAWN = 60  # a family larger than this is listed, not drawn (a drawing would not be read)
STORIES_DRAWN = 60  # the largest stories drawn; the rest listed (a page of thousands of drawings
# takes seconds to open)
STORIES_OPEN = 5  # unfolded at first
SPINNERS_SHOWN = 60
ROWS_PER_FOLD = 500  # a long table in folds: a closed fold is not laid out
SPIN_BINS = 10  # 5% wide: 0–5% … 45%–50%, then 50% and more


class Record(Protocol):
    """A quotation record (``unspin.quotes``' records): its JSON is the quotes JSONL contract."""

    def to_json(self) -> dict[str, object]: ...


def _bar(count: int, most: int, width: int = 320) -> str:
    size = 0 if not most else max(2 if count else 0, round(width * count / most))
    return f'<span class="bar" style="width:{size}px"></span> {count:,}'


def overview(infos: Sequence[unspin.ArticleInfo], relations: Sequence[unspin.IndexedRelation],
             stories: Sequence[unspin.Story]) -> str:
    """Counts, relations by kind, a histogram of spin rates, the sites that copy most."""
    kinds: Counter[str] = Counter(r.kind for r in relations)
    copies = {r.copy for r in relations}
    cards = "".join(f'<div class="card"><b>{value:,}</b>{esc(label)}</div>' for value, label in (
        (len(infos), "articles"), (len(relations), "reuse relations"), (len(copies), "copies"),
        (len(stories), "stories"), (kinds["spun"], "spun copies")))
    most = max(kinds.values(), default=0)
    by_kind = table(("kind", "relations"), [
        (kind_badge(kind), _bar(kinds[kind], most)) for kind in KIND_ORDER], css="compact")
    bins = [0] * (SPIN_BINS + 1)
    for r in relations:
        bins[min(SPIN_BINS, int(r.substituted * 100) // 5)] += 1
    labels = [f"{5 * k}–{5 * k + 5}%" for k in range(SPIN_BINS)] + ["50% and more"]
    top = max(bins)
    histogram = table(("words swapped in the copied text", "relations"),
                      [(esc(label), _bar(n, top)) for label, n in zip(labels, bins, strict=True)],
                      css="compact")
    site_of = {info.id: info.site for info in infos}
    sites: Counter[str] = Counter()
    taken: dict[str, set[str]] = defaultdict(set)
    for r in relations:
        site = site_of.get(r.copy) or f"{r.copy} (site unknown)"
        sites[site] += 1
        taken[site].add(site_of.get(r.source) or r.source)
    top_sites = table(
        ("site", "copies it carries", "sources it took from"),
        [(esc(site), f"{n:,}", f"{len(taken[site]):,}") for site, n in sites.most_common(15)],
        numeric=(1, 2))
    return (f'<section id="overview"><h2>Overview</h2><div class="cards">{cards}</div>'
            f'<h3>Relations by kind</h3>{by_kind}'
            '<h3>How spun the copies are</h3><p class="note">The share of copied words a '
            'copy changed (0% is a verbatim copy; spinners swap 10–40%).</p>'
            f'{histogram}<h3>Sites that copy most</h3>'
            + (top_sites if sites else '<p class="note">No copies in this index.</p>')
            + "</section>")


def _svg(view: unspin.FamilyView) -> str:
    drawing = unspin.family_svg(view)
    return drawing.split("?>", 1)[1] if drawing.startswith("<?xml") else drawing


def folded_table(headers: Sequence[str], rows: Sequence[Sequence[str]],
                 numeric: Sequence[int] = (), what: str = "rows") -> str:
    """A table cut into folds of ``ROWS_PER_FOLD`` rows, the first one open."""
    if len(rows) <= ROWS_PER_FOLD:
        return table(headers, rows, numeric)
    out = []
    for start in range(0, len(rows), ROWS_PER_FOLD):
        part = rows[start:start + ROWS_PER_FOLD]
        out.append(f'<details{" open" if not start else ""}><summary>{what} '
                   f"{start + 1:,}–{start + len(part):,} of {len(rows):,}</summary>"
                   + table(headers, part, numeric) + "</details>")
    return "".join(out)


def stories(found: Sequence[unspin.Story], titles: dict[str, str | None]) -> str:
    """The largest stories drawn (``STORIES_DRAWN``), the rest listed."""
    ordered = sorted(found, key=lambda s: (-len(s.articles), s.id))
    drawn = "".join(story(s, titles, k < STORIES_OPEN)
                    for k, s in enumerate(ordered[:STORIES_DRAWN]))
    rest = ordered[STORIES_DRAWN:]
    if not rest:
        return drawn
    rows = [(f'<span id="story-{esc(s.id)}">{esc(s.id)}</span>', esc(s.title or ""),
             f"{len(s.articles):,}", f"{len(s.families):,}", f"{len(s.independent):,}")
            for s in rest]
    return (drawn + f"<h3>{len(rest):,} more stories</h3><p class=\"note\">Drawn above: the "
            f"{STORIES_DRAWN} largest. 'unspin report --story ID' draws any one.</p>"
            + folded_table(("story", "title", "articles", "copy families", "independent"),
                           rows, (2, 3, 4), "stories"))


def story(found: unspin.Story, titles: dict[str, str | None], unfolded: bool = True) -> str:
    """One story: each copy family drawn (or listed when too large), its independent reports
    beside it."""
    when = " to ".join(sorted(set(found.published))) if found.published else "undated"
    parts = []
    for family in found.families:
        view = unspin.FamilyView(family, found.id, found.title, tuple(found.independent))
        if len(family.articles) <= MAX_DRAWN:
            parts.append(f'<div class="family">{_svg(view)}</div>')
        else:
            listed = ", ".join(esc(a) for a in family.articles[1:MAX_DRAWN])
            parts.append(f'<p>Copy family of <b>{esc(family.root)}</b>: '
                         f'{len(family.articles) - 1:,} copies (too many to draw): {listed}, …'
                         "</p>")
        parts.append('<p class="note">Root: ' + esc("; ".join(family.why))
                     + (" · against: " + esc("; ".join(family.against)) if family.against
                        else "") + "</p>")
    if not found.families:
        parts.append('<p class="note">No copy in this story: every article is an independent '
                     "report.</p>")
    independent = "".join(
        f"<li>{esc(a)}" + (f' <span class="muted">· {esc(titles[a])}</span>'
                           if titles.get(a) else "") + "</li>"
        for a in found.independent) or "<li>none</li>"
    return (f'<details class="story" id="story-{esc(found.id)}"{" open" if unfolded else ""}>'
            "<summary>"
            f'{esc(found.title or found.id)} <span class="muted">· {esc(found.id)} · '
            f'{counted(len(found.articles), "article")}, '
            f'{counted(len(found.families), "copy family", "copy families")}, '
            f'{len(found.independent)} independent · {esc(when)}</span></summary>'
            f'<div class="story-body"><div>{"".join(parts)}</div>'
            f'<div class="independent"><b>Independent reports</b> (same event, no copy)'
            f"<ul>{independent}</ul></div></div></details>")


def spinners(tables: Sequence[unspin.SpinnerTable], limit: int = 80) -> str:
    """Each content farm's spinner dictionary (the ``SPINNERS_SHOWN`` largest)."""
    if not tables:
        return '<p class="note">No spun copies, so no spinner dictionary.</p>'
    out = []
    if len(tables) > SPINNERS_SHOWN:
        out.append(f'<p class="note">The {SPINNERS_SHOWN} largest of {len(tables):,} '
                   "dictionaries ('unspin spinners' lists them all).</p>")
    for spinner in tables[:SPINNERS_SHOWN]:
        rows = [(f'<del class="swap">{esc(a)}</del>', f'<ins class="swap">{esc(b)}</ins>',
                 f"{n:,}") for a, b, n in spinner.swaps[:limit]]
        more = len(spinner.swaps) - limit
        out.append(f'<details class="spinner"><summary>{esc(spinner.group)} '
                   f'<span class="muted">· {len(spinner.copies)} spun copies, '
                   f'{len(spinner.swaps)} swaps</span></summary>'
                   + table(("source wording", "spinner wrote", "times"), rows, numeric=(2,))
                   + (f'<p class="note">… and {more:,} more swaps.</p>' if more > 0 else "")
                   + "</details>")
    return "".join(out)


def quotations(records: Sequence[Record], limit: int = 300) -> str:
    """Quotation clusters with their variants (a cluster quoted by several articles first); a
    spun quotation (synonyms swapped inside the quotation marks) flagged."""
    clusters: dict[str, list[dict[str, object]]] = defaultdict(list)
    for record in records:
        data = record.to_json()
        clusters[str(data["cluster"])].append(data)
    if not clusters:
        return '<p class="note">No quotations found.</p>'
    ordered = sorted(clusters.items(), key=lambda kv: (-len({str(d["article"]) for d in kv[1]}),
                                                       kv[0]))
    out = []
    for cluster, members in ordered[:limit]:
        spun = any(d["variant"] == "spun" for d in members)
        speaker = next((str(d["speaker_id"] or d["speaker"]) for d in members
                        if d["speaker_id"] or d["speaker"]), "unknown speaker")
        rows = [(esc(d["article"]),
                 (f'<span class="flag">{esc(d["variant"])}</span>' if d["variant"] == "spun"
                  else esc(d["variant"])),
                 esc(d["speaker"] or "—"), f"“{esc(d['text'])}”") for d in members]
        flag = (f' <span class="flag">spun quotation: {esc(unspin.SPUN_QUOTE_NOTE)}</span>'
                if spun else "")
        out.append(f'<details class="quote"{" open" if spun else ""}><summary>'
                   f'{esc(speaker)} <span class="muted">· {esc(cluster)} · '
                   f'{len(members)} occurrences</span>{flag}</summary>'
                   + table(("article", "variant", "speaker as written", "wording"), rows)
                   + "</details>")
    if len(ordered) > limit:
        out.append(f'<p class="note">… and {len(ordered) - limit:,} more clusters.</p>')
    return "".join(out)
