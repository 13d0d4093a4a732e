"""Recall by case (``variant``) on a hardset corpus (``benchmarks/hardset.py``).

    unspin scan OUT/docs --db /tmp/x.db --format jsonl > OUT/pred.jsonl
    python benchmarks/hardset_report.py OUT/truth.jsonl OUT/pred.jsonl [--json FILE]

Strict recall counts a true pair found as such; family recall also counts it when a path of found
relations, each a true or a neutral pair, joins its two articles (the shared scorer's rule,
``../shared/eval/score.py``, whose overall precision and recall are printed beside ours as a
cross-check). False positives are listed with the documents' manifest labels, and marked when
they are same-story pairs from ``hard_negatives.jsonl``; missed pairs are listed per variant.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SCORER = ROOT.parent / "shared" / "eval" / "score.py"

Pair = frozenset[str]


def load(path: Path) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rows.append(json.loads(line))
    return rows


def report(truth: list[dict[str, Any]], pred: list[dict[str, Any]]) -> dict[str, Any]:
    marked = {frozenset((t["copy"], t["source"])) for t in truth if t["kind"] == "neutral"}
    true_pairs: dict[Pair, dict[str, Any]] = {
        frozenset((t["copy"], t["source"])): t for t in truth if t["kind"] != "neutral"
    }
    neighbours: dict[str, set[str]] = defaultdict(set)
    for t in true_pairs.values():
        neighbours[t["copy"]].add(t["source"])
        neighbours[t["source"]].add(t["copy"])
    neutral = {frozenset((a, b)) for ns in neighbours.values() for a in ns for b in ns if a != b}
    neutral = (neutral | marked) - set(true_pairs)
    found: dict[Pair, dict[str, Any]] = {}
    for p in pred:
        key = frozenset((p["copy"], p["source"]))
        if len(key) == 2 and (key not in found or p.get("score", 0) > found[key].get("score", 0)):
            found[key] = p
    tp = [k for k in found if k in true_pairs]
    fp = sorted(sorted(k) for k in found if k not in true_pairs and k not in neutral)
    joined: dict[str, set[str]] = defaultdict(set)
    for k in found:
        if k in true_pairs or k in neutral:
            a, b = tuple(k)
            joined[a].add(b)
            joined[b].add(a)

    def connected(a: str, b: str) -> bool:
        seen, stack = {a}, [a]
        while stack:
            for n in joined[stack.pop()]:
                if n not in seen:
                    seen.add(n)
                    stack.append(n)
        return b in seen

    rows: dict[str, dict[str, Any]] = {}
    for k, t in sorted(true_pairs.items(), key=lambda kv: sorted(kv[0])):
        variant = str(t.get("variant", t["kind"]))
        row = rows.setdefault(variant, {"kind": t["kind"], "n": 0, "strict": 0, "family": 0,
                                        "missed": []})
        if t["kind"] not in row["kind"].split("/"):
            row["kind"] += "/" + t["kind"]
        row["n"] += 1
        strict = k in found
        family = strict or connected(*sorted(k))
        row["strict"] += strict
        row["family"] += family
        if not family:
            row["missed"].append({"copy": t["copy"], "source": t["source"],
                                  "copied": t.get("copied"), "note": t.get("note", "")})
    precision = len(tp) / (len(tp) + len(fp)) if tp or fp else 0.0
    return {
        "pairs_true": len(true_pairs),
        "found": len(found),
        "precision": round(precision, 4),
        "recall": round(len(tp) / len(true_pairs), 4) if true_pairs else 0.0,
        "false_positives": fp,
        "by_variant": {
            v: {"kind": r["kind"], "n": r["n"], "strict": round(r["strict"] / r["n"], 3),
                "family": round(r["family"] / r["n"], 3), "missed": r["missed"]}
            for v, r in sorted(rows.items())
        },
    }


def shared_scorer(truth: Path, pred: Path) -> dict[str, Any] | None:
    if not SCORER.is_file():
        return None
    spec = importlib.util.spec_from_file_location("score", SCORER)
    if spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    result: dict[str, Any] = module.score(module.load(str(truth)), module.load(str(pred)))
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("truth", type=Path)
    parser.add_argument("pred", type=Path)
    parser.add_argument("--examples", type=int, default=3, help="missed pairs shown a variant")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    result = report(load(args.truth), load(args.pred))
    folder = args.truth.parent
    labels = {r["id"]: r["label"] for r in load(folder / "manifest.jsonl")}
    hard = {frozenset((r["a"], r["b"])) for r in load(folder / "hard_negatives.jsonl")}

    theirs = shared_scorer(args.truth, args.pred)
    print(f"pairs {result['pairs_true']}, found {result['found']}, precision "
          f"{result['precision']}, recall {result['recall']}"
          + (f" (shared scorer: precision {theirs['precision']}, recall {theirs['recall']}, "
             f"F1 {theirs['f1']})" if theirs else ""))
    print(f"\n{'variant':18}{'kind':14}{'n':>5}{'strict':>9}{'family':>9}")
    for variant, row in result["by_variant"].items():
        print(f"{variant:18}{row['kind']:14}{row['n']:>5}{row['strict']:>9.3f}"
              f"{row['family']:>9.3f}")
    print(f"\nfalse positives: {len(result['false_positives'])}")
    for a, b in result["false_positives"]:
        tag = " [same-story hard negative]" if frozenset((a, b)) in hard else ""
        print(f"  {a} ({labels.get(a, '?')}) ~ {b} ({labels.get(b, '?')}){tag}")
    for variant, row in result["by_variant"].items():
        if row["missed"]:
            print(f"\nmissed {variant} ({len(row['missed'])}):")
            for m in row["missed"][: args.examples]:
                print(f"  {m['copy']} <- {m['source']} copied {m['copied']}: {m['note']}")
    if args.json:
        result["shared_scorer"] = theirs
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
