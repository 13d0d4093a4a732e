"""draw: a family as Graphviz dot, whatever the article ids hold."""

from __future__ import annotations

from unspin.stories.draw import dot
from unspin.stories.families import Edge, Family


def test_ids_with_quotes_and_backslashes_stay_inside_their_strings() -> None:
    family = Family('a"b\\c', ('a"b\\c', "x\ny"),
                    (Edge("x\ny", 'a"b\\c', "spun", 'why "so"'),), 0.9, ("because",))
    text = dot(family)
    assert text.startswith("digraph family {") and text.endswith("}\n")
    assert '"a\\"b\\\\c" [label="a\\"b\\\\c", style="bold,filled"' in text
    assert '"x y" -> "a\\"b\\\\c" [label="spun", color="#d62728", tooltip="why \\"so\\""];' in text
    # every quote in the drawing is either a delimiter or escaped: an even number unescaped
    assert text.replace('\\"', "").count('"') % 2 == 0
