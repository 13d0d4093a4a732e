"""families: copy families from relations, each root explained."""

from __future__ import annotations

from unspin.model import Article, IndexedRelation
from unspin.stories.families import Evidence, families


def rel(copy: str, source: str, kind: str = "verbatim", why: str = "") -> IndexedRelation:
    return IndexedRelation(copy, source, kind, 1.0, 0.0, 1.0, (), (), "reason", why)  # type: ignore[arg-type]


def test_a_chain_of_copies_is_one_family_rooted_at_the_original() -> None:
    found = families([rel("b", "a"), rel("c", "b", "spun"), rel("d", "a", "partial")], {})
    (family,) = found
    assert family.root == "a" and family.articles == ("a", "b", "c", "d")
    assert [(e.copy, e.source) for e in family.edges] == [("b", "a"), ("c", "b"), ("d", "a")]
    assert family.confidence >= 0.9 and "3 articles descend from it" in family.why[0]
    assert family.against == ()


def test_separate_families_stay_apart() -> None:
    found = families([rel("b", "a"), rel("y", "x")], {})
    assert [f.root for f in found] == ["a", "x"]


def test_two_originals_joined_by_a_mosaic_the_evidence_decides_and_says_so() -> None:
    """A mosaic copies two originals: both are nobody's copy; the earlier dated one is the root,
    and the other is named as evidence against."""
    evidence = {"old": Evidence(published="2024-01-01"), "new": Evidence(published="2024-01-03")}
    (family,) = families([rel("mosaic", "new", "partial"), rel("mosaic", "old", "partial")],
                         evidence)
    assert family.root == "old"
    assert any("new is nobody's copy" in a for a in family.against)
    assert family.confidence < 0.9


def test_a_copy_dated_earlier_is_shown_against_the_root() -> None:
    evidence = {"a": Evidence(published="2024-05-02"), "b": Evidence(published="2024-05-01")}
    (family,) = families([rel("b", "a")], evidence)
    assert family.root == "a"
    assert family.against == ("b dated earlier than a (2024-05-02)",)


def test_wire_credit_and_farm_signs_are_read_from_the_page() -> None:
    wire = Evidence.of(Article("w", "LONDON (Reuters) - Shares fell on Monday as ..."))
    farm = Evidence.of(Article("f", "Shares fell on Monday.\n\nBy Admin\n\nLeave a Reply"))
    plain = Evidence.of(Article("p", "Shares fell on Monday.", byline="Jane Doe"))
    assert wire.wire_credit and not wire.farm
    assert farm.farm and not farm.byline and not farm.wire_credit
    assert plain.byline and not plain.farm
    (family,) = families([rel("f", "w", "spun")], {"w": wire, "f": farm})
    assert family.root == "w"
    assert "w carries a wire credit line" in family.why
    assert "1 of the others carry content-farm signs" in family.why


def test_a_cycle_of_weak_directions_still_gets_a_root_with_low_confidence() -> None:
    (family,) = families([rel("a", "b"), rel("b", "a")], {"b": Evidence(byline=True)})
    assert family.root == "b" and family.confidence <= 0.4
    assert "someone's copy" in family.against[0]
