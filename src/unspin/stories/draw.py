"""Drawings of a copy family beside its story's independent reports: Graphviz dot text (for
``dot -Tsvg`` or any Graphviz viewer), or a self-contained SVG on a layout of our own
(``layout.py``), so that a drawing needs no Graphviz.

In the SVG every id and reason is XML-escaped, cut ids keep their whole text in a tooltip, and
the drawing holds no script and no external reference; the same family gives the same bytes.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from xml.sax.saxutils import escape

from unspin.stories.families import Edge, Family, FamilyView
from unspin.stories.layout import ARROW, BOX_HEIGHT, BOX_WIDTH, Box, Route, layout

_COLOURS = {"verbatim": "#1f77b4", "partial": "#2ca02c", "spun": "#d62728",
            "paraphrase": "#9467bd"}
_OTHER_COLOUR = "#555555"
_INDEPENDENT_LABEL = "independent reports of this story"


def _quoted(text: str) -> str:
    """A dot string literal: backslashes and quotes escaped, newlines kept out."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


def dot(view: FamilyView) -> str:
    """The family as a dot digraph, each copy pointing to its source, the root drawn bold; the
    story's independent reports in a dashed cluster of their own, with no edges."""
    family = view.family
    story = f"story {view.story}" + (f": {view.title}" if view.title else "")
    lines = ["digraph family {", "  rankdir=BT;", f"  label={_quoted(story)};", "  labelloc=t;",
             '  node [shape=box, fontname="sans-serif"];']
    for article in family.articles:
        style = ', style="bold,filled", fillcolor="#f3f3f3"' if article == family.root else ""
        lines.append(f"  {_quoted(article)} [label={_quoted(article)}{style}];")
    for edge in family.edges:
        colour = _COLOURS.get(edge.kind, _OTHER_COLOUR)
        lines.append(f"  {_quoted(edge.copy)} -> {_quoted(edge.source)} "
                     f"[label={_quoted(edge.kind)}, color={_quoted(colour)}, "
                     f"tooltip={_quoted(edge.why)}];")
    if view.independent:
        lines += ["  subgraph cluster_independent {",
                  f"    label={_quoted(_INDEPENDENT_LABEL)};",
                  '    style=dashed;', '    color="#888888";']
        lines += [f"    {_quoted(a)} [label={_quoted(a)}, style=dashed];"
                  for a in view.independent]
        lines.append("  }")
    lines.append("}")
    return "\n".join(lines) + "\n"


# -- SVG ------------------------------------------------------------------------------------------

_MARGIN = 20
_LABEL_WIDTH = BOX_WIDTH - 12  # an id's label inside its box
_NARROW = frozenset("fijlrtI.,:;'!|()[]/- ")
_WIDE = frozenset("MWmw@%…")
# Characters XML 1.0 cannot hold at all, even escaped.
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml(text: str) -> str:
    """Text safe inside an element or a double-quoted attribute."""
    return escape(_NOT_XML.sub("\ufffd", text), {'"': "&quot;", "'": "&apos;"})


def _width(text: str, size: float) -> float:
    """About how wide ``text`` is in a sans-serif font of ``size`` pixels, erring wide (no font
    is at hand to measure: the viewer picks its own)."""
    def em(character: str) -> float:
        if character in _NARROW:
            return 0.34
        if character in _WIDE or unicodedata.east_asian_width(character) in "WF":
            return 1.0
        return 0.74 if character.isupper() else 0.6
    return size * sum(em(c) for c in text)


def _fit(text: str, room: float, size: float, head: float = 1 / 3) -> str:
    """``text`` on one line, cut in the middle to fit ``room`` pixels: the ``head`` share of
    what is kept from its start, the rest from its end (an id's end, the page's name, often
    tells the most)."""
    text = " ".join(text.split())
    limit = len(text)
    while limit > 2 and _width(text, size) > room:
        limit = min(limit - 1, int(room / (0.34 * size)))
        kept = round((limit - 1) * head)
        text_cut = text[:kept] + "…" + text[len(text) - (limit - 1 - kept):]
        if _width(text_cut, size) <= room:
            return text_cut
    return text


def _labels(articles: Sequence[str]) -> dict[str, str]:
    """Each article's label in a box: without the folder or site prefix all the ids share and
    without a URL's scheme, cut to fit where the cut leaves every label different (the site's
    name of copies of one page on many sites; the file's name in a folder) if any cut does."""
    first, last = min(articles), max(articles)  # the prefix all share is theirs
    shared = first[:next((k for k, (a, b) in enumerate(zip(first, last, strict=False))
                          if a != b),
                         min(len(first), len(last)))]
    shared = shared[:shared.rfind("/") + 1]
    bare = {a: re.sub(r"^(?:[a-z]+://)?(?:www\.)?", "", a[len(shared):] or a) for a in articles}
    tries = [{a: _fit(text, _LABEL_WIDTH, 12, head) for a, text in bare.items()}
             for head in (1 / 3, 2 / 3, 1, 0)]
    return next((labels for labels in tries if len(set(labels.values())) == len(labels)),
                tries[0])


def _n(value: float) -> str:
    return f"{value:.1f}".removesuffix(".0")


def _text(x: float, y: float, text: str, room: float, size: float, style: str = "",
          keep: str = "") -> str:
    """A line of ``text`` in ``size`` pixels, after ``keep`` (never cut), cut to fit ``room``;
    the whole text in its tooltip when cut."""
    shown = keep + _fit(text, room - _width(keep, size), size)
    tip = f"<title>{_xml(keep + text)}</title>" if shown != keep + " ".join(text.split()) else ""
    return (f'<text x="{_n(x)}" y="{_n(y)}" font-size="{_n(size)}"{style}>{tip}{_xml(shown)}'
            '</text>')


def _legend(kinds: Iterable[str], x: float, y: float) -> tuple[list[str], float]:
    """The legend's elements on one line from (x, y), and its right end."""
    out = []
    for kind in kinds:
        colour = _COLOURS.get(kind, _OTHER_COLOUR)
        out.append(f'<line x1="{_n(x)}" y1="{_n(y - 4)}" x2="{_n(x + 22)}" y2="{_n(y - 4)}" '
                   f'stroke="{colour}" stroke-width="2.5"/>')
        label = f"{kind} copy"
        out.append(_text(x + 28, y, label, 400, 11, ' fill="#333"'))
        x += 28 + _width(label, 11) + 14
    out.append(f'<rect x="{_n(x)}" y="{_n(y - 11)}" width="22" height="14" rx="3" '
               'fill="#fff6dc" stroke="#222" stroke-width="2.5"/>')
    out.append(_text(x + 28, y, "root", 400, 11, ' fill="#333"'))
    x += 28 + _width("root", 11) + 14
    note = "arrows point from a copy to the text it took"
    out.append(_text(x, y, note, 400, 11, ' fill="#666"'))
    return out, x + _width(note, 11)


def _edge(edge: Edge, route: Route) -> str:
    """The edge along its route, an arrowhead at the source, its reason as the tooltip."""
    (x1, y1), (x2, y2) = route.points[-1], route.tip
    base = y2 - ARROW if route.bend in ("down", "over") else y2 + ARROW
    d = "M" + " L".join(f"{_n(x)} {_n(y)}" for x, y in route.points)
    if route.bend == "over":
        d += f" C{_n(x1)} {_n(y1 - 34)} {_n(x2)} {_n(y2 - 34)} {_n(x2)} {_n(base)}"
    else:
        middle = (y1 + base) / 2
        d += f" C{_n(x1)} {_n(middle)} {_n(x2)} {_n(middle)} {_n(x2)} {_n(base)}"
    colour = _COLOURS.get(edge.kind, _OTHER_COLOUR)
    tip = f"{edge.copy} → {edge.source}: {edge.kind} copy; {edge.why}"
    arrow = f"{_n(x2)},{_n(y2)} {_n(x2 - 4.5)},{_n(base)} {_n(x2 + 4.5)},{_n(base)}"
    return (f'<g><title>{_xml(tip)}</title>'
            f'<path d="{d}" fill="none" stroke="transparent" stroke-width="10"/>'
            f'<path d="{d}" fill="none" stroke="{colour}" stroke-width="1.8" '
            f'stroke-opacity="0.85" stroke-linejoin="round"/>'
            f'<polygon points="{arrow}" fill="{colour}"/></g>')


def _node(article: str, label: str, box: Box, note: str, style: str) -> str:
    fill, stroke, extra = {
        "root": ("#fff6dc", "#222", ' stroke-width="2.5"'),
        "copy": ("#ffffff", "#888", ' stroke-width="1.2"'),
        "independent": ("#f6f6f6", "#888", ' stroke-width="1.2" stroke-dasharray="4 3"'),
    }[style]
    return (f'<g><title>{_xml(article)}</title>'
            f'<rect x="{_n(box.x)}" y="{_n(box.y)}" width="{BOX_WIDTH}" height="{BOX_HEIGHT}" '
            f'rx="5" fill="{fill}" stroke="{stroke}"{extra}/>'
            f'<text x="{_n(box.centre)}" y="{_n(box.y + 16)}" text-anchor="middle" '
            f'font-size="12" fill="#111">{_xml(label)}</text>'
            f'<text x="{_n(box.centre)}" y="{_n(box.y + 30)}" text-anchor="middle" '
            f'font-size="10" fill="#666">{_xml(note)}</text></g>')


def _notes(family: Family) -> dict[str, str]:
    """The second line of each box: the root's confidence, each copy's kinds."""
    kinds: dict[str, list[str]] = {}
    for edge in family.edges:
        kinds.setdefault(edge.copy, []).append(edge.kind)
    notes = {a: " + ".join(sorted(set(kinds[a]))) + " copy" if a in kinds else "nobody's copy"
             for a in family.articles}
    notes[family.root] = f"root · confidence {family.confidence:.2f}"
    return notes


def svg(view: FamilyView) -> str:
    """The family as a self-contained SVG drawing: a header naming the root and the story, a
    legend of the edge colours, the family from its root down, the independent reports apart."""
    family = view.family
    kinds = sorted({e.kind for e in family.edges}, key=lambda k: (k not in _COLOURS, k))
    legend, legend_end = _legend(kinds, _MARGIN, _MARGIN + 56)
    placed = layout(family, view.independent, _MARGIN + 80, max(480, legend_end + _MARGIN),
                    _MARGIN)
    width, height = placed.width, placed.height
    room = width - 2 * _MARGIN
    story = f"story {view.story}" + (f" · {view.title}" if view.title else "")
    header = [_text(_MARGIN, _MARGIN + 14, family.root, room / 1.1, 16,  # bold: wider
                    ' font-weight="bold" fill="#111"', keep="copy family of "),
              _text(_MARGIN, _MARGIN + 34, story, room, 12, ' fill="#444"')]
    edges = [_edge(e, placed.routes[(e.copy, e.source)]) for e in family.edges]
    notes = _notes(family)
    labels = _labels([*family.articles, *view.independent])
    nodes = [_node(a, labels[a], placed.boxes[a], notes[a],
                   "root" if a == family.root else "copy") for a in family.articles]
    count = len(view.independent)
    label = f"{_INDEPENDENT_LABEL} ({count})" + ("" if count else ": none in this index")
    apart = [f'<line x1="{_MARGIN}" y1="{_n(placed.apart)}" x2="{width - _MARGIN}" '
             f'y2="{_n(placed.apart)}" stroke="#bbb" stroke-dasharray="6 4"/>',
             _text(_MARGIN, placed.apart + 20, label, room, 12,
                   ' font-style="italic" fill="#444"')]
    apart += [_node(a, labels[a], placed.boxes[a], "independent report", "independent")
              for a in view.independent]
    return "\n".join([
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="Helvetica, Arial, sans-serif">',
        f"<title>{_xml(f'copy family of {family.root} ({story})')}</title>",
        f'<rect width="{width}" height="{height}" fill="#ffffff"/>',
        *header, *legend, *edges, *nodes, *apart, "</svg>", ""])
