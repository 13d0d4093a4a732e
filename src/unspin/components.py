"""Connected components of an undirected graph given by its edges (union-find with path halving):
copy families, story groupings and the scorer's family recall all need them."""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import Any, TypeVar

T = TypeVar("T", bound=Hashable)


def components(edges: Iterable[tuple[T, T]], nodes: Iterable[T] = ()) -> dict[T, T]:
    """Each node of ``edges`` (and of ``nodes``, alone when no edge reaches it) → its
    component's smallest member."""
    parent: dict[Any, Any] = {node: node for node in nodes}

    def find(node: Any) -> Any:
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for a, b in edges:
        first, second = find(a), find(b)
        if first != second:
            low, high = (first, second) if first < second else (second, first)
            parent[high] = low
    return {node: find(node) for node in list(parent)}
