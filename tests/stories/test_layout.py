"""layout: boxes never overlap, a copy sits below its source, and no edge is drawn across a
box, for any family from one article to a few dozen."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from unspin.stories.families import Edge, Family
from unspin.stories.layout import BOX_HEIGHT, BOX_WIDTH, Box, layers, layout

KINDS = ("verbatim", "partial", "spun", "paraphrase")


@st.composite
def trees(draw: st.DrawFn) -> tuple[Family, tuple[str, ...]]:
    """A family whose every copy has one source among the articles before it, and a few
    independent reports."""
    size = draw(st.integers(1, 60))
    articles = [f"a{k:02d}" for k in range(size)]
    edges = [Edge(articles[k], articles[draw(st.integers(0, k - 1))],
                  draw(st.sampled_from(KINDS)), "why") for k in range(1, size)]
    family = Family(articles[0], tuple(articles), tuple(sorted(edges, key=lambda e: e.copy)),
                    0.9, ())
    independent = tuple(f"i{k:02d}" for k in range(draw(st.integers(0, 14))))
    return family, independent


def crosses(box: Box, start: tuple[float, float], end: tuple[float, float]) -> bool:
    """Whether the straight segment (vertical or horizontal) passes through the box's inside."""
    (x1, y1), (x2, y2) = start, end
    inside_x = box.x < max(x1, x2) and min(x1, x2) < box.x + BOX_WIDTH
    inside_y = box.y < max(y1, y2) and min(y1, y2) < box.y + BOX_HEIGHT
    return inside_x and inside_y


@settings(max_examples=60, deadline=None)
@given(trees())
def test_boxes_apart_copies_below_their_sources_and_no_edge_across_a_box(
        drawn: tuple[Family, tuple[str, ...]]) -> None:
    family, independent = drawn
    placed = layout(family, independent, 100, 480, 20)
    boxes = placed.boxes
    assert set(boxes) == {*family.articles, *independent}
    assert boxes[family.root].y == min(b.y for b in boxes.values())
    for article, box in boxes.items():
        assert box.x >= 0 and box.x + BOX_WIDTH <= placed.width
        assert box.y >= 100 and box.y + BOX_HEIGHT <= placed.height
        for other, second in boxes.items():
            if other != article:
                assert (abs(box.x - second.x) >= BOX_WIDTH
                        or abs(box.y - second.y) >= BOX_HEIGHT), (article, other)
    lowest = max(boxes[a].y for a in family.articles)
    assert all(lowest < placed.apart < boxes[i].y for i in independent)
    for edge in family.edges:
        assert boxes[edge.copy].y > boxes[edge.source].y
        route = placed.routes[(edge.copy, edge.source)]
        assert route.bend == "up" and route.points[0][1] == boxes[edge.copy].y
        assert route.tip[1] == boxes[edge.source].y + BOX_HEIGHT
        for start, end in zip(route.points, route.points[1:], strict=False):
            assert start[0] == end[0] or start[1] == end[1]  # straight: up, or along a gap
            assert not any(crosses(box, start, end) for box in boxes.values()), edge
        # the last curve stays in the gap under the source
        assert route.points[-1][1] - route.tip[1] <= 58


def test_an_article_copying_its_own_copy_and_a_second_original_get_layers() -> None:
    """A cycle of weak directions and a mosaic of two originals: every article gets a layer,
    the root on the first with the other original."""
    family = Family("old", ("old", "mosaic", "new", "x", "y"),
                    (Edge("mosaic", "old", "partial", ""), Edge("mosaic", "new", "partial", ""),
                     Edge("x", "y", "spun", ""), Edge("y", "x", "spun", ""),
                     Edge("x", "old", "verbatim", "")), 0.4, ())
    assert layers(family) == [["old", "new"], ["mosaic", "x"], ["y"]]
    placed = layout(family, (), 0, 0, 10)
    assert placed.routes[("x", "y")].bend == "down"


def test_the_same_family_gives_the_same_layout() -> None:
    family = Family("r", ("r", "b", "a"), (Edge("a", "r", "spun", ""), Edge("b", "r", "spun", "")),
                    0.9, ())
    assert layout(family, ("i",), 0, 0, 10) == layout(family, ("i",), 0, 0, 10)
