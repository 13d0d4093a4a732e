"""near_duplicates: republications of one text grouped in linear time; candidates.collapse."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unspin.pipeline.candidates import CandidateConfig, candidate_pairs, collapse
from unspin.pipeline.near_duplicates import (
    NearDuplicateConfig,
    group_members,
    groups,
    similarity,
    sketch,
)

CONFIG = NearDuplicateConfig()


def random_prints(rng: np.random.Generator, count: int) -> np.ndarray:
    return rng.integers(0, 2**62, count, dtype=np.uint64)


def republications(copies: int, others: int, seed: int = 0) -> np.ndarray:
    """Sketches of ``copies`` pages of one 100-shingle story with 6 shingles of their own
    each (a site's header and footer), then ``others`` unrelated pages."""
    rng = np.random.default_rng(seed)
    story = random_prints(rng, 100)
    rows = [sketch(np.concatenate((story, random_prints(rng, 6))), CONFIG) for _ in range(copies)]
    rows += [sketch(random_prints(rng, int(rng.integers(20, 150))), CONFIG)
             for _ in range(others)]
    return np.array(rows)


def test_a_story_copied_many_times_is_one_group_and_the_rest_are_alone() -> None:
    rows = republications(copies=2000, others=3000)
    root = groups(rows, CONFIG, lambda a, b: a < b)
    assert set(root[:2000].tolist()) == {0}  # the preferred member is the root
    assert (root[2000:] == np.arange(2000, 5000)).all()
    assert len(group_members(root)) == 1999


def test_the_root_is_whom_the_comparison_prefers_whatever_the_order() -> None:
    rows = republications(copies=50, others=0)
    root = groups(rows, CONFIG, lambda a, b: a == 17 or (b != 17 and a < b))
    assert set(root.tolist()) == {17}


def test_a_shared_footer_or_a_partial_copy_makes_no_group() -> None:
    rng = np.random.default_rng(1)
    footer = random_prints(rng, 5)
    story = random_prints(rng, 100)
    pages = [np.concatenate((random_prints(rng, 80), footer)) for _ in range(200)]
    pages.append(story)
    pages.append(np.concatenate((story[:40], random_prints(rng, 80))))  # an excerpt
    spun = story.copy()
    changed = rng.random(100) < 0.56  # about 44% of word 5-grams survive a 15% spin
    spun[changed] = random_prints(rng, int(changed.sum()))
    pages.append(spun)
    root = groups(np.array([sketch(p, CONFIG) for p in pages]), CONFIG, lambda a, b: a < b)
    assert (root == np.arange(len(pages))).all()


def test_short_texts_get_no_sketch_and_no_group() -> None:
    rng = np.random.default_rng(2)
    short = random_prints(rng, CONFIG.min_fingerprints - 1)
    rows = np.array([sketch(short, CONFIG), sketch(short, CONFIG)])
    assert (rows == 0xFFFFFFFF).all()
    assert (groups(rows, CONFIG, lambda a, b: a < b) == [0, 1]).all()


def test_skeleton_fingerprints_take_no_part() -> None:
    rng = np.random.default_rng(3)
    words = random_prints(rng, 60)
    skeleton = random_prints(rng, 60) | np.uint64(1 << 62)
    assert (sketch(np.concatenate((words, skeleton)), CONFIG) == sketch(words, CONFIG)).all()


@settings(max_examples=50, deadline=None)
@given(st.integers(10, 200), st.integers(0, 200), st.integers(0, 2**32))
def test_similarity_estimates_jaccard(shared: int, own: int, seed: int) -> None:
    rng = np.random.default_rng(seed)
    common = random_prints(rng, shared)
    first = sketch(np.concatenate((common, random_prints(rng, own))), CONFIG)
    second = sketch(np.concatenate((common, random_prints(rng, own))), CONFIG)
    jaccard = shared / (shared + 2 * own)
    assert abs(float(similarity(first, second)) - jaccard) < 0.4
    assert float(similarity(first, first)) == 1.0


def test_the_config_checks_itself() -> None:
    with pytest.raises(ValueError, match="multiple"):
        NearDuplicateConfig(k=30, rows=4)
    with pytest.raises(ValueError, match="min_similarity"):
        NearDuplicateConfig(min_similarity=0)


def test_collapse_keeps_a_members_own_fingerprints() -> None:
    """Member 1 of root 0 loses what it shares with 0 and keeps its own; 2 is alone."""
    articles = np.array([0, 1, 2, 0, 1, 1, 2])
    hashes = np.array([10, 10, 10, 20, 20, 30, 30])
    order = np.lexsort((articles, hashes))
    root = np.array([0, 0, 2])
    kept_articles, kept_hashes = collapse(articles[order], hashes[order], root)
    assert list(zip(kept_hashes.tolist(), kept_articles.tolist(), strict=True)) == [
        (10, 0), (10, 2), (20, 0), (30, 1), (30, 2)]


def test_a_story_copied_past_the_frequency_cap_stays_a_candidate_once_collapsed() -> None:
    """60 copies of one story and an excerpt of it: without collapsing, every shingle is in
    61+ articles, over ``max_df``, and the excerpt finds nothing; collapsed, it finds the root."""
    config = CandidateConfig(max_df=50)
    copies, story = 60, np.arange(100, 140)
    articles = np.repeat(np.arange(copies), len(story))
    hashes = np.tile(story, copies)
    excerpt = story[:10]
    articles = np.concatenate((articles, np.full(len(excerpt), copies)))
    hashes = np.concatenate((hashes, excerpt))
    pairs, _, _ = candidate_pairs(articles, hashes, config)
    assert len(pairs) == 0
    root = np.concatenate((np.zeros(copies, dtype=np.int64), [copies]))
    order = np.lexsort((articles, hashes))
    kept = collapse(articles[order], hashes[order], root)
    pairs, _, _ = candidate_pairs(*kept, config, presorted=True)
    assert pairs.tolist() == [[0, copies]]
