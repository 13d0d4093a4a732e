"""unspin.evaluate: the one reuse scorer, its rules, and its agreement with the shared scorer."""

from __future__ import annotations

import importlib.util
import json
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from unspin.evaluate import SHARED_KEYS, load, main, neutral_pairs, score

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).parent / "data" / "evaluate"
SHARED_SCORER = ROOT.parent / "shared" / "eval" / "score.py"


def rel(copy: str, source: str, kind: str = "spun", **extra: Any) -> dict[str, Any]:
    return {"copy": copy, "source": source, "kind": kind, **extra}


# -- agreement with the shared scorer --------------------------------------------------------------


def test_agrees_with_the_shared_scorer_on_the_committed_inputs() -> None:
    """``shared.json`` is the shared scorer's output for these two files (README.md here)."""
    expected = json.loads((DATA / "shared.json").read_text(encoding="utf-8"))
    figures = score(load(DATA / "truth.jsonl"), load(DATA / "predictions.jsonl"))
    assert list(expected) == list(SHARED_KEYS)
    assert list(figures)[: len(SHARED_KEYS)] == list(SHARED_KEYS)
    assert {k: figures[k] for k in SHARED_KEYS} == expected
    # the inputs exercise the rules: neutral pairs found, family recall above plain recall,
    # wrong directions, wrong kinds, false positives
    assert expected["pairs_found"] > expected["pairs_true"] * expected["recall"] + 25
    assert expected["recall_by_kind_family"] != expected["recall_by_kind"]
    assert expected["direction_accuracy"] < 1 and expected["kind_accuracy"] < 1
    assert expected["false_positives"] > 0


def test_the_command_line_prints_the_same_json(capsys: pytest.CaptureFixture[str]) -> None:
    main([str(DATA / "truth.jsonl"), str(DATA / "predictions.jsonl"), "--json"])
    printed = json.loads(capsys.readouterr().out)
    expected = json.loads((DATA / "shared.json").read_text(encoding="utf-8"))
    assert {k: printed[k] for k in expected} == expected
    main([str(DATA / "truth.jsonl"), str(DATA / "predictions.jsonl")])
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["pairs_true", str(expected["pairs_true"])]
    assert lines[2].split() == ["precision", str(expected["precision"])]


@pytest.mark.skipif(not SHARED_SCORER.is_file(), reason=f"{SHARED_SCORER} is absent")
def test_agrees_with_the_shared_scorer_on_damaged_relations() -> None:
    """Where ../shared is at hand: the two scorers on 200 random damages of the committed
    relations (dropped, flipped, relabelled, repeated, random pairs)."""
    spec = importlib.util.spec_from_file_location("shared_score", SHARED_SCORER)
    assert spec is not None and spec.loader is not None
    shared = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(shared)
    truth, found = load(DATA / "truth.jsonl"), load(DATA / "predictions.jsonl")
    ids = sorted({r[end] for r in truth + found for end in ("copy", "source")})
    rng = random.Random(1)
    for _ in range(200):
        damaged = []
        for r in found:
            if rng.random() < 0.3:
                continue
            r = dict(r, score=round(rng.random(), 2))
            if rng.random() < 0.2:
                r["copy"], r["source"] = r["source"], r["copy"]
            if rng.random() < 0.2:
                r["kind"] = rng.choice(["verbatim", "spun", "partial", "paraphrase"])
            damaged.append(r)
        damaged += [rel(*rng.sample(ids, 2), score=rng.random()) for _ in range(10)]
        rng.shuffle(damaged)
        expected = shared.score([dict(t) for t in truth], [dict(r) for r in damaged])
        assert {k: v for k, v in score(truth, damaged).items() if k in expected} == expected


def test_the_committed_inputs_are_the_shared_scorers_output_today() -> None:
    if not SHARED_SCORER.is_file():
        pytest.skip(f"{SHARED_SCORER} is absent")
    done = subprocess.run(
        [sys.executable, str(SHARED_SCORER), "truth.jsonl", "predictions.jsonl", "--json"],
        cwd=DATA, capture_output=True, text=True, check=True)
    assert json.loads(done.stdout) == json.loads((DATA / "shared.json").read_text())


# -- the rules -------------------------------------------------------------------------------------


def test_false_positives_and_neutral_siblings() -> None:
    truth = [rel("b", "a", "spun", copied=1.0), rel("c", "a", "verbatim", copied=1.0)]
    found = [
        rel("b", "a", "spun", copied=1.0),
        rel("c", "b", "spun", copied=1.0),  # two copies of a: neutral
        rel("d", "a", "partial", copied=0.2),  # false
    ]
    figures = score(truth, found)
    assert figures["precision"] == 0.5
    assert figures["recall"] == 0.5
    assert figures["false_positives"] == 1
    assert figures["false_positive_examples"] == [["a", "d"]]
    assert figures["pairs_found"] == 3
    assert figures["direction_accuracy"] == 1.0
    assert figures["recall_by_kind"] == {"spun": 1.0, "verbatim": 0.0}


def test_a_copy_of_a_copy_and_its_grandparent_are_neutral() -> None:
    truth = [rel("b", "a"), rel("c", "b")]
    assert neutral_pairs(truth) == {frozenset(("a", "c"))}
    figures = score(truth, [rel("c", "a")])
    assert figures["false_positives"] == 0 and figures["precision"] == 0.0
    assert figures["recall"] == 0.0


def test_a_labelled_pair_is_never_neutral() -> None:
    # c copies both a and b, and b copies a: (b, a) is labelled, though b and a share c
    truth = [rel("b", "a"), rel("c", "a"), rel("c", "b")]
    assert neutral_pairs(truth) == set()
    assert score(truth, [rel("b", "a")])["recall"] == pytest.approx(0.3333)


def test_pairs_marked_neutral_count_for_nothing_and_make_no_siblings() -> None:
    truth = [rel("b", "a"), rel("x", "a", "neutral")]
    assert neutral_pairs(truth) == {frozenset(("x", "a"))}
    figures = score(truth, [rel("b", "a"), rel("x", "a"), rel("x", "b")])
    assert figures["pairs_true"] == 1
    assert figures["false_positives"] == 1  # (x, b): x is no labelled copy of a
    assert figures["false_positive_examples"] == [["b", "x"]]


def test_family_recall_goes_through_neutral_links_only() -> None:
    # a wire story a with copies b and c; c is found linked to its sibling b, not to a
    truth = [rel("b", "a", "verbatim"), rel("c", "a", "verbatim")]
    figures = score(truth, [rel("b", "a", "verbatim"), rel("c", "b", "verbatim")])
    assert figures["recall_by_kind"] == {"verbatim": 0.5}
    assert figures["recall_by_kind_family"] == {"verbatim": 1.0}
    # a false link does not join a family: d - b is false, so c - d - b - a is no path
    truth = [rel("b", "a", "verbatim"), rel("c", "a", "verbatim"), rel("d", "x", "verbatim")]
    found = [rel("b", "a", "verbatim"), rel("c", "d", "verbatim"), rel("d", "b", "verbatim")]
    figures = score(truth, found)
    assert figures["recall_by_kind_family"] == {"verbatim": pytest.approx(0.333)}
    assert figures["false_positives"] == 2


def test_family_recall_through_a_chain_of_neutral_links() -> None:
    # four copies of a; e is linked to d, d to c, c to b, b to a: all in the family
    truth = [rel(x, "a", "spun", rate=0.3) for x in "bcde"]
    found = [rel("b", "a"), rel("c", "b"), rel("d", "c"), rel("e", "d")]
    figures = score(truth, found)
    assert figures["recall_by_kind"] == {"spun@0.3": 0.25}
    assert figures["recall_by_kind_family"] == {"spun@0.3": 1.0}
    assert figures["precision"] == 1.0 and figures["recall"] == 0.25


def test_one_relation_per_pair_the_highest_score() -> None:
    truth = [rel("b", "a", "spun-partial", copied=0.5)]
    found = [
        rel("b", "a", "verbatim", copied=0.9, score=0.4),
        rel("a", "b", "partial", copied=0.6, score=0.8),  # stands for the pair
        rel("b", "a", "spun", copied=0.5, score=0.8),  # equal score: the first is kept
        rel("a", "a", "verbatim", score=1.0),  # an article and itself: dropped
    ]
    figures = score(truth, found)
    assert figures["pairs_found"] == 1
    assert figures["precision"] == 1.0
    assert figures["direction_accuracy"] == 0.0
    assert figures["kind_accuracy"] == 1.0  # partial is accepted for spun-partial
    assert figures["copied_mae"] == pytest.approx(0.1)


def test_a_relation_without_a_score_loses_to_one_with_a_score() -> None:
    truth = [rel("b", "a", "spun")]
    figures = score(truth, [rel("a", "b"), rel("b", "a", score=0.1)])
    assert figures["direction_accuracy"] == 1.0


def test_direction_kind_and_copied_on_their_own_kinds() -> None:
    truth = [
        rel("b", "a", "verbatim", copied=1.0),
        rel("c", "a", "partial", copied=0.4),
        rel("d", "a", "spun", rate=0.15, copied=1.0),
        rel("e", "a", "paraphrase", copied=1.0),
    ]
    found = [
        rel("a", "b", "verbatim", copied=1.0),  # wrong way: not counted in direction
        rel("c", "a", "spun", copied=0.7),  # wrong kind; copied off by 0.3
        rel("d", "a", "spun", copied=0.2),  # copied of a spun pair is not scored
        rel("e", "a", "partial"),  # accepted for a paraphrase
    ]
    figures = score(truth, found)
    assert figures["direction_accuracy"] == 1.0  # d only
    assert figures["direction_accuracy_all"] == 0.75
    assert figures["kind_accuracy"] == 0.75
    assert figures["copied_mae"] == pytest.approx(0.3)
    assert figures["recall_by_kind"] == {
        "paraphrase": 1.0, "partial": 1.0, "spun@0.15": 1.0, "verbatim": 1.0}


def test_a_kind_made_neutral() -> None:
    truth = [rel("b", "a", copied=1.0), rel("r", "a", "paraphrase"), rel("s", "x", "paraphrase")]
    found = [rel("b", "a", "spun"), rel("r", "a", "spun"), rel("r", "b", "spun")]
    counted = score(truth, found)
    assert counted["precision"] == 1.0  # (r, b): siblings
    assert counted["recall"] == pytest.approx(0.6667)
    assert counted["recall_by_kind"] == {"paraphrase": 0.5, "spun": 1.0}
    assert counted["kind_accuracy"] == 1.0
    neutral = score(truth, found, neutral_kinds={"paraphrase"})
    assert neutral["pairs_true"] == 1
    assert neutral["recall"] == 1.0
    assert neutral["recall_by_kind"] == {"spun": 1.0}
    # the rewrite found is not a false positive, but a neutral pair makes no siblings
    assert neutral["false_positives"] == 1
    assert neutral["false_positive_examples"] == [["b", "r"]]


def test_nothing_to_count() -> None:
    figures = score([], [])
    assert figures["precision"] == figures["recall"] == figures["f1"] == 0.0
    assert figures["direction_accuracy"] is None
    assert figures["copied_mae"] is None
    assert figures["kind_accuracy"] is None
    assert figures["recall_by_kind"] == {}


def test_load_names_the_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text('{"copy": "a"}\n\nnot json\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"x\.jsonl:3: not JSON"):
        load(path)
    with pytest.raises(SystemExit, match=r"x\.jsonl:3"):
        main([str(path), str(path)])
