"""draw: a family as Graphviz dot or as a self-contained SVG, whatever the article ids hold."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from unspin.stories.draw import dot, svg
from unspin.stories.families import Edge, Family, FamilyView

SVG = "{http://www.w3.org/2000/svg}"
HOSTILE = ("<script>alert(1)</script>", 'a&b"', "x\x01y", "]]><!--", "it's")


def view(family: Family, independent: tuple[str, ...] = (), title: str | None = None
         ) -> FamilyView:
    return FamilyView(family, "s0123456789ab", title, independent)


def hostile_view() -> FamilyView:
    """Every hostile id as an article of the family, a reason with markup, and hostile ids
    among the independent reports."""
    root, *copies = HOSTILE[:4]
    edges = tuple(Edge(c, root, kind, f"why <b>{c}</b> & more")
                  for c, kind in zip(copies, ("spun", "verbatim", "reworded"), strict=True))
    family = Family(root, (root, *sorted(copies)), edges, 0.9, ("because",))
    return view(family, (HOSTILE[4], "<img src=x onerror=alert(1)>"), title="<b>Flood</b> & co")


def test_ids_with_quotes_and_backslashes_stay_inside_their_strings() -> None:
    family = Family('a"b\\c', ('a"b\\c', "x\ny"),
                    (Edge("x\ny", 'a"b\\c', "spun", 'why "so"'),), 0.9, ("because",))
    text = dot(view(family))
    assert text.startswith("digraph family {") and text.endswith("}\n")
    assert '"a\\"b\\\\c" [label="a\\"b\\\\c", style="bold,filled"' in text
    assert '"x y" -> "a\\"b\\\\c" [label="spun", color="#d62728", tooltip="why \\"so\\""];' in text
    # every quote in the drawing is either a delimiter or escaped: an even number unescaped
    assert text.replace('\\"', "").count('"') % 2 == 0


def test_dot_draws_the_independent_reports_apart_without_edges() -> None:
    family = Family("a", ("a", "b"), (Edge("b", "a", "verbatim", "earlier"),), 0.95, ())
    text = dot(view(family, ('i"1', "i2"), title="Flood"))
    cluster = text[text.index("subgraph cluster_independent {"):]
    assert 'label="independent reports of this story";' in cluster and "style=dashed;" in cluster
    assert '"i\\"1" [label="i\\"1", style=dashed];' in cluster and "->" not in cluster
    assert 'label="story s0123456789ab: Flood";' in text
    assert "cluster_independent" not in dot(view(family))


def parsed(text: str) -> ET.Element:
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<svg ')
    return ET.fromstring(text.encode("utf-8"))


def titles(root: ET.Element) -> list[str]:
    return [t.text or "" for t in root.iter(f"{SVG}title")]


def test_svg_escapes_hostile_ids_and_reasons() -> None:
    shown = hostile_view()
    root = parsed(svg(shown))
    tags = {element.tag.removeprefix(SVG) for element in root.iter()}
    assert tags <= {"svg", "title", "rect", "text", "g", "path", "polygon", "line"}
    for element in root.iter():
        for name, value in element.attrib.items():
            assert not name.startswith("on") and "href" not in name, (name, value)
            assert "script" not in value and "url(" not in value, (name, value)
    every = titles(root)
    # each id comes back whole in a tooltip; a character XML cannot hold at all is replaced
    for article in (*shown.family.articles, *shown.independent):
        assert article.replace("\x01", "\ufffd") in every, article
    assert any("why <b>a&b\"</b> & more" in t for t in every)
    assert any("<b>Flood</b> & co" in t for t in every)


def test_svg_draws_every_member_the_root_outlined_and_the_independent_reports_apart() -> None:
    edges = (Edge("b", "a", "verbatim", "b carries content-farm signs"),
             Edge("c", "b", "spun", "c has the rarer wording"),
             Edge("d", "a", "paraphrase", "earlier date"))
    family = Family("a", ("a", "b", "c", "d"), edges, 0.95, ("a is nobody's copy",))
    text = svg(view(family, ("e", "f"), title="Flood barrier"))
    root = parsed(text)
    assert text == svg(view(family, ("e", "f"), title="Flood barrier"))  # same bytes each time
    texts = ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]
    for article in "abcdef":
        assert article in texts and article in titles(root)
    assert "independent reports of this story (2)" in texts
    assert texts.count("independent report") == 2
    assert "root · confidence 0.95" in texts and "story s0123456789ab · Flood barrier" in texts
    assert {"verbatim copy", "spun copy", "paraphrase copy", "root"} <= set(texts)  # the legend
    edge_tips = [t for t in titles(root) if "→" in t]
    assert edge_tips == ["b → a: verbatim copy; b carries content-farm signs",
                         "c → b: spun copy; c has the rarer wording",
                         "d → a: paraphrase copy; earlier date"]
    outlined = [r for r in root.iter(f"{SVG}rect") if r.get("stroke-width") == "2.5"]
    assert len(outlined) == 2  # the root's box and its sample in the legend
    dashed = [r for r in root.iter(f"{SVG}rect") if r.get("stroke-dasharray")]
    assert len(dashed) == 2
    # the root above its copies, the copy of a copy below them, the independent reports lowest
    top = {t.text: float(t.get("y", 0)) for t in root.iter(f"{SVG}text") if t.text in "abcdef"}
    assert top["a"] < top["b"] == top["d"] < top["c"] < top["e"] == top["f"]


def test_svg_of_a_lone_article_says_there_are_no_independent_reports() -> None:
    root = parsed(svg(view(Family("only", ("only",), (), 1.0, ()))))
    texts = ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]
    assert "only" in texts
    assert "independent reports of this story (0): none in this index" in texts


@pytest.mark.parametrize("prefix", ["", "corpus/2024/", "https://www."])
def test_long_ids_are_cut_in_the_label_and_whole_in_the_tooltip(prefix: str) -> None:
    articles = [f"{prefix}site{k}.example.com/news/2024/05/01/flood-barrier-approved"
                for k in range(3)]
    family = Family(articles[0], tuple(articles),
                    tuple(Edge(a, articles[0], "verbatim", "earlier") for a in articles[1:]),
                    0.9, ())
    root = parsed(svg(view(family)))
    labels = [t for t in root.iter(f"{SVG}text") if t.get("font-size") == "12"
              and t.get("text-anchor") == "middle"]
    shown = [t.text or "" for t in labels]
    assert len(shown) == 3 and len(set(shown)) == 3  # cut, each still its own
    assert all(len(label) < 26 and "…" in label for label in shown)
    assert not any(label.startswith(("https", "www")) for label in shown)
    assert set(articles) <= set(titles(root))


def test_svg_size_fits_a_wide_family() -> None:
    copies = [f"copy-{k:02d}" for k in range(59)]
    family = Family("root", ("root", *copies),
                    tuple(Edge(c, "root", "verbatim", "earlier") for c in copies), 0.95, ())
    root = parsed(svg(view(family)))
    width, height = int(root.get("width", 0)), int(root.get("height", 0))
    assert width <= 1200 and root.get("viewBox") == f"0 0 {width} {height}"
    for rect in root.iter(f"{SVG}rect"):
        assert float(rect.get("x", 0)) + float(rect.get("width", 0)) <= width
        assert float(rect.get("y", 0)) + float(rect.get("height", 0)) <= height
    for path in root.iter(f"{SVG}path"):  # coordinates to one decimal at most
        assert not re.search(r"\.\d\d", path.get("d", ""))
