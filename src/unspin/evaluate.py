"""Score reuse relations against a labelled truth file: the one scorer of tests and benchmarks.

    python -m unspin.evaluate TRUTH.jsonl PREDICTIONS.jsonl [--json] [--neutral-kind KIND]

``PREDICTIONS`` holds relations as printed by ``unspin scan --format jsonl`` (dicts with
``copy``, ``source``, ``kind``, ``copied``, ``score``...), ``TRUTH`` labelled pairs (dicts with
``copy``, ``source``, ``kind`` and, where known, ``rate`` and ``copied``).

Every figure the shared scorer (``../shared/eval/score.py``, used by the held-out evaluation)
computes is computed here with the same rules, so that the two agree key for key:

- Pairs are compared without direction. Two relations of one pair count once: the one with the
  higher ``score`` stands for it (the first of equal ones); a relation of an article to itself
  is dropped.
- Pairs of articles that share a labelled neighbour (two copies of one source, or a copy of a
  copy and its grandparent), and pairs labelled ``kind: "neutral"``, are neutral: reporting
  them is neither rewarded nor punished. A labelled (non-neutral) pair is never neutral.
- ``recall_by_kind`` is the recall of each kind of true pair; a ``spun`` pair with a ``rate``
  is counted under ``spun@RATE``.
- ``recall_by_kind_family`` also counts a true pair as found when a path of found relations,
  each of them a true or a neutral pair, joins its two articles (a wire copy linked to a
  sibling copy rather than to the labelled source is still in the right copy family).
- ``direction_accuracy``: the share of the true ``spun`` and ``spun-partial`` pairs found whose
  relation names the right copy; ``copied_mae``: the mean absolute error of ``copied`` on the
  true ``partial`` and ``spun-partial`` pairs found (those labelled with ``copied``);
  ``kind_accuracy``: the share of true pairs found reported with an accepted kind
  (:data:`KIND_ACCEPTED`).

Beyond the shared scorer: ``neutral_kinds`` makes more labelled kinds neutral (the gate test
counts ``paraphrase`` pairs as neutral when the sentence model is not installed), and
``direction_accuracy_all`` scores direction on every true pair found, whatever its kind (what
the scale benchmarks report as their ``direction_accuracy``).

This module imports only the standard library.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from unspin.components import components

Record = Mapping[str, Any]
Pair = frozenset[Any]  # two article ids (strings, as unspin prints them)

NEUTRAL = "neutral"
DIRECTED_KINDS = frozenset({"spun", "spun-partial"})
"""True pairs whose direction ``direction_accuracy`` scores."""
PARTIAL_KINDS = frozenset({"partial", "spun-partial"})
"""True pairs whose ``copied`` share ``copied_mae`` scores."""
KIND_ACCEPTED: dict[str, frozenset[str]] = {
    "verbatim": frozenset({"verbatim"}),
    "spun": frozenset({"spun"}),
    "partial": frozenset({"partial"}),
    "spun-partial": frozenset({"partial", "spun"}),
    "paraphrase": frozenset({"paraphrase", "spun", "partial"}),
}
"""The kinds a relation may report for a true pair of each labelled kind (any other labelled
kind accepts only itself)."""
SHARED_KEYS = (
    "pairs_true", "pairs_found", "precision", "recall", "f1", "false_positives",
    "recall_by_kind", "recall_by_kind_family", "direction_accuracy", "copied_mae",
    "kind_accuracy", "false_positive_examples",
)
"""The keys the shared scorer prints, in its order: :func:`score` gives them first."""
EXAMPLES = 5


def load(path: str | Path) -> list[dict[str, Any]]:
    """The JSON objects of a JSON-lines file, blank lines skipped.

    Raises ValueError naming the file and line of a line that is not JSON.
    """
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                raise ValueError(f"{path}:{n}: not JSON: {e}") from e
    return rows


def pair(record: Record) -> Pair:
    """The pair of a relation or truth record, without direction."""
    return frozenset((record["copy"], record["source"]))


def kind_label(truth: Record) -> str:
    """The label a true pair is counted under in ``recall_by_kind``: ``spun@RATE`` for a spun
    pair labelled with a rate, its kind otherwise."""
    kind = str(truth["kind"])
    return f"{kind}@{truth['rate']}" if kind == "spun" and "rate" in truth else kind


def accepted(kind: str) -> frozenset[str]:
    """The kinds a relation may report for a true pair labelled ``kind``."""
    return KIND_ACCEPTED.get(kind, frozenset({kind}))


def neutral_pairs(truth: Iterable[Record], neutral_kinds: Collection[str] = ()) -> set[Pair]:
    """The neutral pairs of ``truth``: those labelled with a neutral kind (``neutral`` and
    ``neutral_kinds``) and those of two articles labelled against a common one, less the
    labelled (non-neutral) pairs."""
    ignored = {NEUTRAL, *neutral_kinds}
    truth = list(truth)
    marked = {pair(t) for t in truth if t["kind"] in ignored}
    labelled = [t for t in truth if t["kind"] not in ignored]
    neighbours: dict[Any, set[Any]] = defaultdict(set)
    for t in labelled:
        neighbours[t["copy"]].add(t["source"])
        neighbours[t["source"]].add(t["copy"])
    siblings = {frozenset((a, b)) for group in neighbours.values()
                for a in group for b in group if a != b}
    return (siblings | marked) - {pair(t) for t in labelled}


def distinct(found: Iterable[Record]) -> dict[Pair, Record]:
    """One relation per pair (the highest ``score``, the first of equal ones), in the order the
    pairs first appear; relations of an article to itself dropped."""
    kept: dict[Pair, Record] = {}
    for relation in found:
        key = pair(relation)
        if len(key) == 2 and (
            key not in kept or relation.get("score", 0) > kept[key].get("score", 0)
        ):
            kept[key] = relation
    return kept


def _ratio(hits: int, total: int, digits: int) -> float | None:
    return round(hits / total, digits) if total else None


def score(
    truth: Sequence[Record],
    found: Iterable[Record],
    *,
    neutral_kinds: Collection[str] = (),
) -> dict[str, Any]:
    """Score the relations ``found`` against the labelled pairs ``truth``.

    ``neutral_kinds``: labelled kinds to count as neutral besides ``neutral`` (their pairs are
    neither recalled nor false positives, and, like ``neutral`` ones, make no siblings).

    Returns the shared scorer's keys (:data:`SHARED_KEYS`, same values) then
    ``direction_accuracy_all``. Ratios with nothing to count are ``None``, except precision,
    recall and F1, which are then 0.0 (as in the shared scorer).
    """
    ignored = {NEUTRAL, *neutral_kinds}
    true_pairs = {pair(t): t for t in truth if t["kind"] not in ignored}
    neutral = neutral_pairs(truth, neutral_kinds)
    kept = distinct(found)

    tp = [k for k in kept if k in true_pairs]
    fp = [k for k in kept if k not in true_pairs and k not in neutral]
    precision = len(tp) / (len(tp) + len(fp)) if tp or fp else 0.0
    recall = len(tp) / len(true_pairs) if true_pairs else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    component: dict[Any, Any] = components(
        tuple(k) for k in kept if k in true_pairs or k in neutral)
    by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_family: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for k, t in true_pairs.items():
        label = kind_label(t)
        a, b = sorted(k) if len(k) == 2 else (*k, *k)
        joined = a in component and component.get(b) == component[a]
        by_kind[label][0] += k in kept
        by_kind[label][1] += 1
        by_family[label][0] += k in kept or joined
        by_family[label][1] += 1

    directed = [k for k in tp if true_pairs[k]["kind"] in DIRECTED_KINDS]
    right_way = sum(kept[k]["copy"] == true_pairs[k]["copy"] for k in directed)
    right_way_all = sum(kept[k]["copy"] == true_pairs[k]["copy"] for k in tp)
    copied_err = [
        abs(float(kept[k].get("copied", 0)) - float(true_pairs[k]["copied"]))
        for k in tp
        if true_pairs[k]["kind"] in PARTIAL_KINDS and "copied" in true_pairs[k]
    ]
    kinds_right = sum(kept[k].get("kind") in accepted(true_pairs[k]["kind"]) for k in tp)
    return {
        "pairs_true": len(true_pairs),
        "pairs_found": len(kept),
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "false_positives": len(fp),
        "recall_by_kind": {k: round(v[0] / v[1], 3) for k, v in sorted(by_kind.items())},
        "recall_by_kind_family": {k: round(v[0] / v[1], 3) for k, v in sorted(by_family.items())},
        "direction_accuracy": _ratio(right_way, len(directed), 4),
        "copied_mae": round(sum(copied_err) / len(copied_err), 4) if copied_err else None,
        "kind_accuracy": _ratio(kinds_right, len(tp), 4),
        "false_positive_examples": [sorted(k) for k in fp[:EXAMPLES]],
        "direction_accuracy_all": _ratio(right_way_all, len(tp), 4),
    }


def main(argv: Sequence[str] | None = None) -> None:
    """``python -m unspin.evaluate TRUTH PRED [--json]``: print the figures, one a line, or as
    one JSON object."""
    parser = argparse.ArgumentParser(
        prog="python -m unspin.evaluate", description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("truth")
    parser.add_argument("predictions")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--neutral-kind", action="append", default=[], metavar="KIND",
                        help="count labelled pairs of this kind as neutral (repeatable)")
    args = parser.parse_args(argv)
    try:
        result = score(load(args.truth), load(args.predictions),
                       neutral_kinds=args.neutral_kind)
    except (OSError, ValueError) as e:
        sys.exit(str(e))
    if args.json:
        print(json.dumps(result))
        return
    for key, value in result.items():
        print(f"{key:24} {value}")


if __name__ == "__main__":
    main()
