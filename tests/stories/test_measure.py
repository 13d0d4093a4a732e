"""measure: pairwise and BCubed scores of a story grouping, origin accuracy."""

from __future__ import annotations

from itertools import combinations

from hypothesis import given
from hypothesis import strategies as st

from unspin.stories.measure import bcubed, origin_accuracy, pairwise


def test_a_perfect_grouping_scores_one_and_a_merge_costs_precision() -> None:
    truth = {"a": "s1", "b": "s1", "c": "s2", "d": "s2"}
    assert pairwise(truth, {"a": "x", "b": "x", "c": "y", "d": "y"})["f1"] == 1.0
    merged = pairwise(truth, {a: "x" for a in truth})
    assert merged["recall"] == 1.0 and merged["precision"] == round(2 / 6, 4)
    split = bcubed(truth, {"a": "1", "b": "2", "c": "3", "d": "4"})
    assert split["precision"] == 1.0 and split["recall"] == 0.5


@given(st.dictionaries(st.text("abcdefgh", min_size=1, max_size=3),
                       st.tuples(st.integers(0, 3), st.integers(0, 3)), min_size=1, max_size=12))
def test_pairwise_equals_counting_pairs_one_by_one(labels: dict[str, tuple[int, int]]) -> None:
    truth = {a: str(t) for a, (t, _) in labels.items()}
    found = {a: str(f) for a, (_, f) in labels.items()}
    same_true = {p for p in combinations(sorted(labels), 2) if truth[p[0]] == truth[p[1]]}
    same_found = {p for p in combinations(sorted(labels), 2) if found[p[0]] == found[p[1]]}
    scores = pairwise(truth, found)
    if same_found:
        assert scores["precision"] == round(len(same_true & same_found) / len(same_found), 4)
    if same_true:
        assert scores["recall"] == round(len(same_true & same_found) / len(same_true), 4)


def test_origin_accuracy_counts_originals_that_are_roots() -> None:
    assert origin_accuracy({"f1": "a", "f2": "c"}, {"a": "a", "b": "a", "c": "d", "d": "d"}) == 0.5
    assert origin_accuracy({}, {}) is None
