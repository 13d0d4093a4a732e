"""Drawings of a copy family: Graphviz dot text (for ``dot -Tsvg`` or any Graphviz viewer)."""

from __future__ import annotations

from unspin.stories.families import Family

_COLOURS = {"verbatim": "#1f77b4", "partial": "#2ca02c", "spun": "#d62728",
            "paraphrase": "#9467bd"}


def _quoted(text: str) -> str:
    """A dot string literal: backslashes and quotes escaped, newlines kept out."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


def dot(family: Family) -> str:
    """The family as a dot digraph, each copy pointing to its source, the root drawn bold."""
    lines = ["digraph family {", "  rankdir=BT;", '  node [shape=box, fontname="sans-serif"];']
    for article in family.articles:
        style = ', style="bold,filled", fillcolor="#f3f3f3"' if article == family.root else ""
        lines.append(f"  {_quoted(article)} [label={_quoted(article)}{style}];")
    for edge in family.edges:
        colour = _COLOURS.get(edge.kind, "#555555")
        lines.append(f"  {_quoted(edge.copy)} -> {_quoted(edge.source)} "
                     f"[label={_quoted(edge.kind)}, color={_quoted(colour)}, "
                     f"tooltip={_quoted(edge.why)}];")
    lines.append("}")
    return "\n".join(lines) + "\n"
