"""Where each box and edge of a family drawing goes: a small layered layout, no Graphviz.

The root (and any other article that is nobody's copy) on the top layer, each copy one layer
below the nearest of its sources; a layer wider than ``COLUMNS`` boxes wraps onto several lines.
An edge whose source is on the line just above its copy is one curve; a longer edge climbs
through the gaps between the boxes of the lines in between, then curves into its source, so
that no edge is drawn across a box. The independent reports of the story go on lines of their
own below. Everything is a pure function of the family: the same family, the same layout.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass

from unspin.stories.families import Edge, Family

BOX_WIDTH, BOX_HEIGHT = 156, 38
GAP = 26  # between two boxes of a line: room for the edges climbing through it
CELL = BOX_WIDTH + GAP
COLUMNS = 6  # boxes on one line; a wider layer wraps
LAYER_GAP = 58  # between layers, room for the curves
LINE_GAP = 20  # between the wrapped lines of one layer
APART = 62  # from the family to the first line of independent reports (room for their label)
ARROW = 8.0  # the arrowhead's length


@dataclass(frozen=True, slots=True)
class Box:
    x: float
    y: float

    @property
    def centre(self) -> float:
        return self.x + BOX_WIDTH / 2

    @property
    def bottom(self) -> float:
        return self.y + BOX_HEIGHT


@dataclass(frozen=True, slots=True)
class Route:
    """An edge's way from its copy to its source: straight segments from ``points[0]`` on the
    copy, then a curve from ``points[-1]`` to ``tip`` on the source's side. ``bend``: "up" (the
    source above), "down" (below: a cycle of weak directions) or "over" (on the same line: an
    arc above it)."""

    points: tuple[tuple[float, float], ...]
    tip: tuple[float, float]
    bend: str


@dataclass(frozen=True, slots=True)
class Layout:
    width: int
    height: int
    boxes: dict[str, Box]
    routes: dict[tuple[str, str], Route]  # by (copy, source)
    apart: float  # where the independent reports' part begins


def layers(family: Family) -> list[list[str]]:
    """The family's articles by layer: the root (and any other article that is nobody's copy)
    first, each copy one layer below the nearest of its sources. An article reached only by
    copying its own copies (a cycle of weak directions) goes below the nearest article placed."""
    children: dict[str, list[str]] = {}
    neighbours: dict[str, set[str]] = {}
    for edge in family.edges:
        children.setdefault(edge.source, []).append(edge.copy)
        neighbours.setdefault(edge.source, set()).add(edge.copy)
        neighbours.setdefault(edge.copy, set()).add(edge.source)
    copies = {e.copy for e in family.edges}
    heads = [family.root] + [a for a in family.articles if a != family.root and a not in copies]
    depth = dict.fromkeys(heads, 0)
    while True:
        queue = deque(depth)
        while queue:
            article = queue.popleft()
            for copy in sorted(children.get(article, ())):
                if copy not in depth:
                    depth[copy] = depth[article] + 1
                    queue.append(copy)
        left = [a for a in family.articles if a not in depth]
        if not left:
            break
        near = [(min(depth[n] for n in neighbours.get(a, ()) if n in depth) + 1, a) for a in left
                if any(n in depth for n in neighbours.get(a, ()))]
        level, article = min(near) if near else (max(depth.values()) + 1, left[0])
        depth[article] = level
    out: list[list[str]] = [[] for _ in range(max(depth.values()) + 1)]
    for article in family.articles:  # the root first, then by id
        out[depth[article]].append(article)
    return out


def wrapped(count: int) -> list[int]:
    """How many boxes go on each line of a layer of ``count``: lines as even as can be."""
    lines = max(1, math.ceil(count / COLUMNS))
    base, extra = divmod(count, lines)
    return [base + (1 if k < extra else 0) for k in range(lines)]


def _line_width(count: int) -> float:
    return wrapped(count)[0] * CELL - GAP


def _place(articles: Sequence[str], top: float, width: float, boxes: dict[str, Box],
           lines: list[list[Box]]) -> float:
    """Put ``articles`` on centred lines from ``top``; returns the bottom of the last line."""
    y = top
    start = 0
    for count in wrapped(len(articles)):
        left = (width - (count * CELL - GAP)) / 2
        line = [Box(left + i * CELL, y) for i in range(count)]
        boxes.update(zip(articles[start:start + count], line, strict=True))
        lines.append(line)
        start += count
        y += BOX_HEIGHT + LINE_GAP
    return y - LINE_GAP


def _ordered(layer: Sequence[str], edges: Sequence[Edge], boxes: dict[str, Box]) -> list[str]:
    """A layer's articles under their sources: by the mean place of the sources already placed
    (line, then position on it), then by id; fewer crossings, the same order every time. In a
    layer that wraps, the articles with copies of their own go last, on the line nearest to
    their copies below."""
    sources: dict[str, list[str]] = {}
    for edge in edges:
        sources.setdefault(edge.copy, []).append(edge.source)
    copied = {e.source for e in edges}
    wraps = len(layer) > COLUMNS

    def key(article: str) -> tuple[bool, float, float, str]:
        above = [boxes[s] for s in sources.get(article, ()) if s in boxes]
        last = wraps and article in copied
        if not above:
            return (last, math.inf, math.inf, article)
        return (last, sum(b.y for b in above) / len(above),
                sum(b.centre for b in above) / len(above), article)
    return sorted(layer, key=key)


def _ports(ends: Sequence[str], boxes: dict[str, Box], at: str) -> dict[str, float]:
    """Where each of several edges meets the box ``at``: spread along its side in the order of
    the boxes at their other ends, so that they do not all meet at one point."""
    step = min(12.0, BOX_WIDTH * 0.7 / max(1, len(ends)))
    order = sorted(ends, key=lambda a: (boxes[a].centre, boxes[a].y, a))
    middle = (len(order) - 1) / 2
    return {a: boxes[at].centre + (k - middle) * step for k, a in enumerate(order)}


def _through(line: Sequence[Box], x: float, toward: float) -> float:
    """Where an edge at ``x`` crosses ``line``: ``x`` itself if no box is there, else the middle
    of the nearest gap between boxes (on the side of ``toward`` when two are as near)."""
    if all(not (box.x - 4 <= x <= box.x + BOX_WIDTH + 4) for box in line):
        return x
    gaps = [line[0].x - GAP / 2] + [box.x + BOX_WIDTH + GAP / 2 for box in line]
    return min(gaps, key=lambda g: (abs(g - x), abs(g - toward)))


def _route(copy: Box, source: Box, start: float, end: float, lines: Sequence[Sequence[Box]],
           lane: float) -> Route:
    """The way from the copy (leaving its side at ``start``) to the source (``end``); ``lane``,
    a few pixels either way, keeps edges climbing through one gap apart."""
    if copy.y < source.y:
        return Route(((start, copy.bottom),), (end, source.y), "down")
    if copy.y == source.y:
        return Route(((start, copy.y),), (end, source.y), "over")
    points = [(start, copy.y)]
    x = start
    between = [line for line in lines if source.y < line[0].y < copy.y]
    for line in sorted(between, key=lambda line: -line[0].y):  # from the copy's up
        crossing = _through(line, x, end)
        if crossing != x:
            gap_y = line[0].y + BOX_HEIGHT + LINE_GAP / 2 + lane
            points += [(x, gap_y), (crossing + lane, gap_y)]
            x = crossing + lane
        points.append((x, line[0].y))
    return Route(tuple(points), (end, source.bottom), "up")


def layout(family: Family, independent: Sequence[str], top: float, min_width: float,
           margin: float) -> Layout:
    """The boxes of the family from ``top`` down, then its independent reports' lines, and the
    route of every edge, in a drawing at least ``min_width`` wide with ``margin`` around."""
    by_layer = layers(family)
    width = math.ceil(max(*(_line_width(len(layer)) for layer in by_layer),
                          _line_width(len(independent)), min_width - 2 * margin) + 2 * margin)
    boxes: dict[str, Box] = {}
    lines: list[list[Box]] = []
    y = top
    for depth, layer in enumerate(by_layer):
        ordered = layer if depth == 0 else _ordered(layer, family.edges, boxes)
        y = _place(ordered, y, width, boxes, lines) + LAYER_GAP
    apart = y - LAYER_GAP + 30
    bottom = apart + 10
    if independent:
        bottom = _place(independent, apart + APART - 30, width, boxes, [])

    into: dict[str, list[str]] = {}
    out_of: dict[str, list[str]] = {}
    for edge in family.edges:
        into.setdefault(edge.source, []).append(edge.copy)
        out_of.setdefault(edge.copy, []).append(edge.source)
    ends = {source: _ports(copies, boxes, source) for source, copies in into.items()}
    starts = {copy: _ports(sources, boxes, copy) for copy, sources in out_of.items()}
    routes = {}
    for k, edge in enumerate(family.edges):
        routes[(edge.copy, edge.source)] = _route(
            boxes[edge.copy], boxes[edge.source], starts[edge.copy][edge.source],
            ends[edge.source][edge.copy], lines, (k % 5 - 2) * 2.5)
    return Layout(width, math.ceil(bottom + margin), boxes, routes, apart)
