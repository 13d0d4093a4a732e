"""The labelled quality gate: unspin on the committed gate corpus (tests/data/gate, CC0).

The corpus is built by ``scripts/make_gate.py`` from stories written for these tests, with a
spinner unlike the dev set's: a hand-written table of real spinner swaps (multi-word ones
included), function-word swaps, swapped neighbouring sentences and junk lines, among
independent reports of the same events that share names, numbers and quotations.
Floors only ever go up.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from unspin.engine import scan

GATE = Path(__file__).parent / "data" / "gate"
FLOORS = {"precision": 0.99, "recall": 0.99, "direction": 0.95, "kind": 0.95, "copied_mae": 0.15}


def _score(truth: list[dict[str, object]], found: list[dict[str, object]]) -> dict[str, float]:
    """Pair-level precision/recall; pairs sharing a source, or marked neutral, count for nothing."""
    true = {frozenset((t["copy"], t["source"])): t for t in truth if t["kind"] != "neutral"}
    neutral = {frozenset((t["copy"], t["source"])) for t in truth if t["kind"] == "neutral"}
    neighbours: dict[object, set[object]] = defaultdict(set)
    for t in true.values():
        neighbours[t["copy"]].add(t["source"])
        neighbours[t["source"]].add(t["copy"])
    for group in neighbours.values():
        neutral |= {frozenset((a, b)) for a in group for b in group if a != b}
    by_pair = {frozenset((f["copy"], f["source"])): f for f in found}
    hits = [k for k in by_pair if k in true]
    false = [k for k in by_pair if k not in true and k not in neutral]
    spun = [k for k in hits if true[k]["kind"] in ("spun", "spun-partial")]
    accepted = {"verbatim": {"verbatim"}, "spun": {"spun"}, "partial": {"partial"},
                "spun-partial": {"partial", "spun"}}
    partial = [k for k in hits if true[k]["kind"] in ("partial", "spun-partial")]
    return {
        "precision": len(hits) / max(1, len(hits) + len(false)),
        "recall": len(hits) / max(1, len(true)),
        "direction": sum(by_pair[k]["copy"] == true[k]["copy"] for k in spun) / max(1, len(spun)),
        "kind": sum(by_pair[k]["kind"] in accepted[str(true[k]["kind"])] for k in hits)
        / max(1, len(hits)),
        "copied_mae": sum(
            abs(float(by_pair[k]["copied"]) - float(true[k]["copied"])) for k in partial  # type: ignore[arg-type]
        )
        / max(1, len(partial)),
    }


@pytest.mark.slow
def test_gate_corpus_meets_the_floors(tmp_path: Path) -> None:
    truth = [json.loads(line) for line in (GATE / "truth.jsonl").read_text().splitlines() if line]
    result = scan(GATE / "corpus", db=tmp_path / "index.db")
    figures = _score(truth, [r.to_json() for r in result.relations])
    assert not result.failures
    assert figures["precision"] >= FLOORS["precision"], figures
    assert figures["recall"] >= FLOORS["recall"], figures
    assert figures["direction"] >= FLOORS["direction"], figures
    assert figures["kind"] >= FLOORS["kind"], figures
    assert figures["copied_mae"] <= FLOORS["copied_mae"], figures


def test_the_scorer_counts_false_positives_and_neutral_pairs() -> None:
    truth = [
        {"copy": "b", "source": "a", "kind": "spun", "copied": 1.0},
        {"copy": "c", "source": "a", "kind": "verbatim", "copied": 1.0},
    ]
    found = [
        {"copy": "b", "source": "a", "kind": "spun", "copied": 1.0},
        {"copy": "c", "source": "b", "kind": "spun", "copied": 1.0},  # siblings: neutral
        {"copy": "d", "source": "a", "kind": "partial", "copied": 0.2},  # false
    ]
    figures = _score(truth, found)
    assert figures["precision"] == pytest.approx(0.5)
    assert figures["recall"] == pytest.approx(0.5)
    assert figures["direction"] == 1.0
