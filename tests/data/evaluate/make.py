"""Make the scorer-agreement inputs of ``tests/test_evaluate.py`` (see README.md here).

    python tests/data/evaluate/make.py RELATIONS.jsonl

``RELATIONS.jsonl``: ``unspin scan tests/data/gate/corpus --format jsonl``. Writes
``truth.jsonl`` (the gate truth) and ``predictions.jsonl``: the relations cut to the fields
scorers read, then damaged with a fixed seed so that every scoring rule has work to do: pairs
dropped, directions flipped, kinds and ``copied`` changed, the same pair twice with other
scores, an article paired with itself, random pairs (false, or neutral by chance) and copies of
a common source paired with each other (neutral siblings).
"""

from __future__ import annotations

import json
import random
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
GATE = HERE.parent / "gate"
KINDS = ["verbatim", "spun", "partial", "paraphrase"]


def main() -> None:
    rng = random.Random(20240601)
    truth = [json.loads(line) for line in
             (GATE / "truth.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    found = [json.loads(line) for line in
             Path(sys.argv[1]).read_text(encoding="utf-8").splitlines() if line.strip()]
    ids = sorted(p.name for p in (GATE / "corpus").iterdir())
    out = []
    for r in found:
        r = {k: r[k] for k in ("copy", "source", "kind", "copied", "score")}
        if rng.random() < 0.25:
            continue
        if rng.random() < 0.15:
            r["copy"], r["source"] = r["source"], r["copy"]
        if rng.random() < 0.1:
            r["kind"] = rng.choice(KINDS)
        if rng.random() < 0.1:
            r["copied"] = round(rng.random(), 4)
        if rng.random() < 0.03:
            del r["copied"]
        out.append(r)
        if rng.random() < 0.1:
            twin = dict(r, score=round(rng.random(), 4), kind=rng.choice(KINDS))
            twin["copy"], twin["source"] = r["source"], r["copy"]
            out.append(twin)
    for _ in range(3):
        a = rng.choice(ids)
        out.append({"copy": a, "source": a, "kind": "verbatim", "copied": 1.0, "score": 1.0})
    for _ in range(25):
        a, b = rng.sample(ids, 2)
        out.append({"copy": a, "source": b, "kind": rng.choice(KINDS),
                    "copied": round(rng.random(), 4), "score": round(rng.random(), 4)})
    copies = defaultdict(list)
    for t in truth:
        if t["kind"] != "neutral":
            copies[t["source"]].append(t["copy"])
    shared = [c for c in copies.values() if len(c) > 1]
    for group in rng.sample(shared, min(8, len(shared))):
        a, b = rng.sample(group, 2)
        out.append({"copy": a, "source": b, "kind": "spun", "copied": 0.9, "score": 0.5})
    rng.shuffle(out)
    (HERE / "truth.jsonl").write_text(
        "".join(json.dumps(t) + "\n" for t in truth), encoding="utf-8")
    (HERE / "predictions.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in out), encoding="utf-8")


if __name__ == "__main__":
    main()
