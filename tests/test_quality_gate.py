"""The labelled quality gate: unspin on the committed gate corpus (tests/data/gate, CC0).

The corpus is built by ``scripts/make_gate.py`` from stories written for these tests, with a
spinner unlike the dev set's: a hand-written table of real spinner swaps (multi-word ones
included), function-word swaps, swapped neighbouring sentences and junk lines, among
independent reports of the same events that share names, numbers and quotations, and ten
hand-written rewrites (kind ``paraphrase``: LLM-style rewrites and translation round trips).
The rewrites are only looked for with the ``semantic`` extra installed; without it their pairs
count for nothing. Floors only ever go up.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

from unspin import scan
from unspin.semantic import semantic_available

GATE = Path(__file__).parent / "data" / "gate"
FLOORS = {"precision": 0.99, "recall": 0.99, "direction": 0.95, "kind": 0.95, "copied_mae": 0.15}


def _score(
    truth: list[dict[str, object]], found: list[dict[str, object]], paraphrase: bool = True
) -> dict[str, Any]:
    """Pair-level precision/recall; pairs sharing a source, or marked neutral, count for nothing.

    ``recall_by_kind`` gives the recall of each kind of true pair. With ``paraphrase`` False
    (the paraphrase channel is not installed) the ``paraphrase`` pairs count as neutral: they are
    left out of recall, and finding them is not a false positive.
    """
    ignored = {"neutral"} if paraphrase else {"neutral", "paraphrase"}
    true = {frozenset((t["copy"], t["source"])): t for t in truth if t["kind"] not in ignored}
    neutral = {frozenset((t["copy"], t["source"])) for t in truth if t["kind"] in ignored}
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
    accepted = {
        "verbatim": {"verbatim"},
        "spun": {"spun"},
        "partial": {"partial"},
        "spun-partial": {"partial", "spun"},
        "paraphrase": {"paraphrase", "spun", "partial"},
    }
    partial = [k for k in hits if true[k]["kind"] in ("partial", "spun-partial")]
    by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for k, t in true.items():
        by_kind[str(t["kind"])][0] += k in by_pair
        by_kind[str(t["kind"])][1] += 1
    return {
        "precision": len(hits) / max(1, len(hits) + len(false)),
        "recall": len(hits) / max(1, len(true)),
        "recall_by_kind": {kind: n / total for kind, (n, total) in sorted(by_kind.items())},
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
    figures = _score(truth, [r.to_json() for r in result.relations], semantic_available())
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
    assert figures["recall_by_kind"] == {"spun": 1.0, "verbatim": 0.0}


def test_the_scorer_counts_paraphrases_only_with_the_semantic_extra() -> None:
    truth = [
        {"copy": "b", "source": "a", "kind": "spun", "copied": 1.0},
        {"copy": "r", "source": "a", "kind": "paraphrase", "copied": 1.0},
        {"copy": "s", "source": "x", "kind": "paraphrase", "copied": 1.0},
    ]
    found = [
        {"copy": "b", "source": "a", "kind": "spun", "copied": 1.0},
        {"copy": "r", "source": "a", "kind": "spun", "copied": 0.6},
    ]
    figures = _score(truth, found, paraphrase=True)
    assert figures["precision"] == 1.0
    assert figures["recall"] == pytest.approx(2 / 3)
    assert figures["recall_by_kind"] == {"paraphrase": 0.5, "spun": 1.0}
    assert figures["kind"] == 1.0
    figures = _score(truth, found, paraphrase=False)
    assert figures["precision"] == 1.0  # the rewrite found is not a false positive
    assert figures["recall"] == 1.0
    assert figures["recall_by_kind"] == {"spun": 1.0}
