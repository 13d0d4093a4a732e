"""components: connected components named by their smallest member."""

from __future__ import annotations

from unspin.components import components


def test_components_are_named_by_their_smallest_member_and_lone_nodes_stay_alone() -> None:
    found = components([("d", "b"), ("b", "c"), ("x", "y")], nodes=["a", "c"])
    assert found == {"a": "a", "b": "b", "c": "b", "d": "b", "x": "x", "y": "x"}
    assert components([]) == {}
