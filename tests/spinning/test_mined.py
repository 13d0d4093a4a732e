"""mined: swap tables learned from stored relations."""

from __future__ import annotations

from unspin.model import IndexedRelation
from unspin.spinning.mined import SwapTable


def relation(copy_text: str, subs: list[tuple[str, str]]) -> IndexedRelation:
    return IndexedRelation("c", "s", "spun", 1.0, 0.3, 1.0, (((0, len(copy_text)), (0, 1)),),
                           tuple(subs), "why", "")


def test_confidence_is_consistency() -> None:
    table = SwapTable()
    one = "The gallery launched a show. The gallery opened."
    table.add_relation(relation(one, [("museum", "gallery"), ("released", "launched")]), one)
    two = "A gallery launched it."
    table.add_relation(relation(two, [("museum", "gallery"), ("released", "launched")]), two)
    table.finish()
    original, confidence, count, seen = table.best("gallery") or ("", 0.0, 0, 0)
    # swapped twice, but seen three times (once the source had "gallery" too)
    assert (original, count, seen) == ("museum", 2, 3)
    assert abs(confidence - 2 / 3 * 2 / 3) < 1e-9
    launched = table.best("launched")
    assert launched is not None and launched[0] == "released" and launched[2:] == (2, 2)


def test_changes_keep_case_and_offsets() -> None:
    table = SwapTable()
    text = "The gallery launched it."
    table.add_relation(relation(text, [("museum", "gallery")]), text)
    table.finish()
    new = "Gallery staff said the gallery would close."
    changes = table.changes(new)
    assert [(c.copy, c.original) for c in changes] == [("Gallery", "Museum"),
                                                       ("gallery", "museum")]
    for c in changes:
        assert new[c.copy_start:c.copy_end] == c.copy


def test_function_word_swaps_are_not_learned() -> None:
    table = SwapTable()
    text = "of the town"
    table.add_relation(relation(text, [("in", "of")]), text)
    assert table.finish().changes("most of the town") == []
