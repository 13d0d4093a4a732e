"""candidates: article pairs sharing enough fingerprints, common fingerprints ignored."""

from __future__ import annotations

from collections import Counter
from itertools import combinations, pairwise

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from unspin.pipeline.candidates import CandidateConfig, candidate_pairs
from unspin.pipeline.fingerprint import CHANNEL_BIT

SKELETON = 1 << CHANNEL_BIT


def arrays(postings: dict[int, set[int]]) -> tuple[np.ndarray, np.ndarray]:
    """(articles, hashes) arrays as the store gives them, from article -> fingerprints."""
    rows = [(article, h) for article, hashes in postings.items() for h in sorted(hashes)]
    if not rows:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    table = np.array(rows, dtype=np.int64)
    return table[:, 0], table[:, 1]


def run(
    postings: dict[int, set[int]], min_shared: int = 2, max_df: int = 50
) -> dict[tuple[int, int], int]:
    articles, hashes = arrays(postings)
    pairs, counts, stats = candidate_pairs(
        articles, hashes, CandidateConfig(min_shared=min_shared, max_df=max_df,
                                          skeleton_weight=1.0, per_article=0)
    )
    assert pairs.shape == (len(counts), 2)
    assert stats.pairs == len(pairs)
    return {(int(a), int(b)): int(n) for (a, b), n in zip(pairs, counts, strict=True)}


def brute_force(
    postings: dict[int, set[int]], min_shared: int, max_df: int, rare_df: int = 5,
    common: int = 4, skeleton_weight: float = 1.0,
) -> dict[tuple[int, int], float]:
    holders: dict[int, list[int]] = {}
    for article, hashes in postings.items():
        for h in hashes:
            holders.setdefault(h, []).append(article)
    shared: Counter[tuple[int, int]] = Counter()
    rare: set[tuple[int, int]] = set()
    for h, members in holders.items():
        if len(members) > max_df:
            continue
        for a, b in combinations(sorted(members), 2):
            shared[(a, b)] += skeleton_weight if (h >> CHANNEL_BIT) & 1 else 1.0
            if len(members) <= rare_df:
                rare.add((a, b))
    return {pair: n for pair, n in shared.items()
            if n >= min_shared and (pair in rare or n >= common)}


def test_pairs_for_shared_hashes() -> None:
    postings = {1: {10, 11, 12}, 2: {10, 11, 99}, 3: {12, 13}, 4: {50}}
    assert run(postings) == {(1, 2): 2}
    assert run(postings, min_shared=1) == {(1, 2): 2, (1, 3): 1}


@pytest.mark.parametrize(("min_shared", "expected"), [
    (1, {(1, 2): 3, (1, 3): 1, (2, 3): 1}),
    (2, {(1, 2): 3}),
    (3, {(1, 2): 3}),
    (4, {}),
])
def test_min_shared(min_shared: int, expected: dict[tuple[int, int], int]) -> None:
    postings = {1: {1, 2, 3, 4}, 2: {1, 2, 3, 5}, 3: {4, 5, 6}}
    assert run(postings, min_shared=min_shared) == expected


@pytest.mark.parametrize(("holders", "kept"), [(3, True), (4, False), (10, False)])
def test_common_fingerprint_dropped(holders: int, kept: bool) -> None:
    # fingerprint 7 is held by `holders` articles; articles 0 and 1 also share fingerprint 8
    postings = {article: {7} for article in range(holders)}
    postings[0] |= {8}
    postings[1] |= {8}
    articles, hashes = arrays(postings)
    pairs, counts, stats = candidate_pairs(articles, hashes, CandidateConfig(2, max_df=3))
    found = {(int(a), int(b)): int(n) for (a, b), n in zip(pairs, counts, strict=True)}
    assert found == ({(0, 1): 2} if kept else {})
    assert stats.common_fingerprints_dropped == (0 if kept else 1)
    assert stats.fingerprints == len(hashes)


def test_no_self_pairs_and_ordered() -> None:
    postings = {5: {1, 2, 3}, 3: {1, 2, 3}, 9: {1, 2, 3}}
    found = run(postings)
    assert found == {(3, 5): 3, (3, 9): 3, (5, 9): 3}
    assert all(a < b for a, b in found)


def test_empty_input() -> None:
    pairs, counts, stats = candidate_pairs(
        np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), CandidateConfig()
    )
    assert pairs.shape == (0, 2) and len(counts) == 0
    assert stats.pairs == 0
    assert run({1: {1, 2}}) == {}


def test_large_ids_and_hashes() -> None:
    """Rowids up to 2**31 and fingerprints up to 2**63 (what the store holds) pair correctly."""
    big = 2**63 - 1
    postings = {2**31 - 1: {big, big - 1, 0}, 2**31 - 2: {big, big - 1}, 1: {0}}
    assert run(postings) == {(2**31 - 2, 2**31 - 1): 2}


def test_input_order_does_not_matter() -> None:
    articles = np.array([3, 1, 2, 1, 3, 2, 1], dtype=np.int64)
    hashes = np.array([40, 30, 30, 40, 30, 40, 50], dtype=np.int64)
    pairs, counts, _ = candidate_pairs(articles, hashes, CandidateConfig(min_shared=2))
    assert pairs.tolist() == [[1, 2], [1, 3], [2, 3]]
    assert counts.tolist() == [2, 2, 2]


POSTINGS = st.dictionaries(
    st.integers(min_value=0, max_value=40),
    st.sets(st.integers(min_value=-5, max_value=25), max_size=12),
    max_size=12,
)


def test_skeleton_fingerprints_count_half() -> None:
    """Two shared skeleton fingerprints are chance; two word ones, or one of each and another
    skeleton one, are a candidate."""
    config = CandidateConfig()  # min_shared 2, skeleton_weight 0.5
    for shared, expected in [({SKELETON | 1, SKELETON | 2}, {}),
                             ({1, 2}, {(0, 1): 2.0}),
                             ({1, SKELETON | 2, SKELETON | 3}, {(0, 1): 2.0}),
                             ({1, SKELETON | 2}, {})]:
        articles, hashes = arrays({0: shared | {100}, 1: shared | {200}})
        pairs, counts, _ = candidate_pairs(articles, hashes, config)
        assert {(int(a), int(b)): float(n) for (a, b), n in zip(pairs, counts, strict=True)
                } == expected


def test_pairs_sharing_only_common_fingerprints_need_more() -> None:
    """Two fingerprints held by 6 articles each are chance; 4 of them, or one rare one, not."""
    postings: dict[int, set[int]] = {article: {1, 2} for article in range(6)}
    assert run(postings) == {}
    postings = {article: {1, 2, 3, 4} for article in range(6)}
    assert len(run(postings)) == 15
    postings = {article: {1, 2} for article in range(6)}
    postings[0] |= {9}
    postings[1] |= {9}
    assert run(postings) == {(0, 1): 3}


@given(
    POSTINGS,
    st.integers(min_value=1, max_value=4),
    st.integers(min_value=1, max_value=8),
    st.integers(min_value=1, max_value=6),
    st.integers(min_value=1, max_value=5),
    st.randoms(use_true_random=False),
)
def test_equals_brute_force(
    postings: dict[int, set[int]], min_shared: int, max_df: int, rare_df: int, common: int,
    random: object,
) -> None:
    # odd fingerprints are the skeleton channel's, counting half
    postings = {a: {h | SKELETON if h % 2 else h for h in hashes}
                for a, hashes in postings.items()}
    articles, hashes = arrays(postings)
    order = list(range(len(hashes)))
    random.shuffle(order)  # type: ignore[attr-defined]
    config = CandidateConfig(min_shared=min_shared, max_df=max_df, rare_df=rare_df,
                             min_shared_common=common, skeleton_weight=0.5, per_article=0)
    pairs, counts, stats = candidate_pairs(articles[order], hashes[order], config)
    found = {(int(a), int(b)): float(n) for (a, b), n in zip(pairs, counts, strict=True)}
    assert found == brute_force(postings, min_shared, max_df, rare_df, common, 0.5)
    assert all(a < b for a, b in found)
    assert [tuple(p) for p in pairs.tolist()] == sorted(found)
    holders = Counter(int(h) for h in hashes)
    assert stats.common_fingerprints_dropped == sum(1 for n in holders.values() if n > max_df)


@given(st.dictionaries(st.integers(1, 60), st.sets(st.integers(0, 40), max_size=12),
                       max_size=40),
       st.integers(1, 7), st.integers(2, 9))
def test_parts_and_spilled_counting_give_the_same_pairs(
        postings: dict[int, set[int]], parts: int, buckets: int) -> None:
    # A large index is read a key range at a time and its pair instances counted on disk in
    # buckets: the candidates must be those of one pass in memory.
    import tempfile
    from pathlib import Path

    from unspin.pipeline.candidates import candidate_pairs_in_parts

    articles, hashes = arrays({a: {h | (SKELETON if h % 3 == 0 else 0) for h in hs}
                               for a, hs in postings.items()})
    config = CandidateConfig(min_shared=1.5, max_df=6, rare_df=3, min_shared_common=2)
    expected, expected_counts, expected_stats = candidate_pairs(articles, hashes, config)
    order = np.lexsort((articles, hashes))
    articles, hashes = articles[order], hashes[order]
    cuts = np.linspace(0, 64, parts + 1).astype(np.int64)
    low = hashes & np.int64(0xFFFF)  # the key range a hash falls in, without its channel bit
    split = [(articles[(low >= a) & (low < b)], hashes[(low >= a) & (low < b)])
             for a, b in pairwise(cuts.tolist())]
    with tempfile.TemporaryDirectory() as folder:
        pairs, counts, stats = candidate_pairs_in_parts(split, config, spill=Path(folder),
                                                        spill_buckets=buckets)
        assert list(Path(folder).iterdir()) == []  # the spill files are gone
    assert np.array_equal(pairs, expected) and np.array_equal(counts, expected_counts)
    assert stats == expected_stats


def test_an_article_keeps_its_best_candidates_and_clear_ones() -> None:
    """Article 0 shares a little with many articles and much with article 1: with a cap of two
    per article, its weakest pairs go unless the other article ranks them among its best, and a
    pair that makes up much of the smaller text stays whatever its rank."""
    postings: dict[int, set[int]] = {0: set(range(100, 200)), 1: set(range(100, 140))}
    for k in range(2, 8):  # articles 2..7 each share 2 + k fingerprints with article 0 alone
        postings[k] = {100 + 10 * k + j for j in range(2 + k)} | {1000 * k + j for j in range(400)}
    config = CandidateConfig(min_shared=2, rare_df=10, per_article=2, clear_containment=0.5)
    articles, hashes = arrays(postings)
    pairs, _counts, stats = candidate_pairs(articles, hashes, config)
    kept = {tuple(p) for p in pairs.tolist()}
    uncapped, _, _ = candidate_pairs(articles, hashes, CandidateConfig(
        min_shared=2, rare_df=10, per_article=0))
    # every article but 0 has a single candidate (article 0), so keeps it: nothing dropped
    assert kept == {tuple(p) for p in uncapped.tolist()} and stats.capped == 0
    # article 3 has a second, stronger partner sharing nothing with 0: now (0, 3) is weak at
    # both ends and goes, while (0, 1), 40 of article 1's 40, is clear however it ranks
    postings[8] = {3000 + j for j in range(50)}
    postings[9] = {3000 + j for j in range(50)} | {5000}
    postings[3] |= {3000 + j for j in range(50)}
    articles, hashes = arrays(postings)
    config = CandidateConfig(min_shared=2, rare_df=10, per_article=1, clear_containment=0.5)
    pairs, _counts, stats = candidate_pairs(articles, hashes, config)
    kept = {tuple(p) for p in pairs.tolist()}
    assert (0, 1) in kept and (0, 3) not in kept and stats.capped >= 1


@given(st.dictionaries(st.integers(0, 30), st.sets(st.integers(0, 30), max_size=15),
                       max_size=25),
       st.integers(1, 4), st.sampled_from([0.05, 0.3, 0.7]))
def test_the_cap_equals_its_definition(postings: dict[int, set[int]], cap: int,
                                       containment: float) -> None:
    """A pair is kept when it is among the ``cap`` best by evidence in either article's list
    (ties to the lower partner) or shares ``containment`` of the smaller article."""
    import math

    articles, hashes = arrays(postings)
    base = CandidateConfig(min_shared=1, rare_df=30, per_article=0)
    all_pairs, _counts, _ = candidate_pairs(articles, hashes, base)
    kept, _, _ = candidate_pairs(articles, hashes, CandidateConfig(
        min_shared=1, rare_df=30, per_article=cap, clear_containment=containment))
    documents = len(postings.keys() & {int(a) for a in articles})
    carriers = Counter(h for hs in postings.values() for h in hs)

    def evidence(a: int, b: int) -> float:
        return sum(round(math.log(documents / carriers[h]) * 1000)
                   for h in postings[a] & postings[b] if 1 < carriers[h] <= 50)

    pairs = [tuple(p) for p in all_pairs.tolist()]
    lists = {a: sorted((p for p in pairs if a in p),
                       key=lambda p, a=a: (-evidence(*p), p[0] + p[1] - a))
             for a in postings}
    expected = {p for p in pairs
                if any(p in lists[a][:cap] for a in p)
                or len(postings[p[0]] & postings[p[1]])
                >= containment * max(1, min(len(postings[p[0]]), len(postings[p[1]])))}
    assert {tuple(p) for p in kept.tolist()} == expected
