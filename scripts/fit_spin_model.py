"""Fit the spin score's weights on the gate corpus and write ``spin-model.json``.

Positives: the gate's spun copies (our own spinner, rate 0.2–0.65); negatives: its untouched
articles (nobody's copy). Two logistic regressions, one over ``unspin.spinning.score.FEATURES``
(used when the trigram model is not installed) and one over those and ``CONTEXT_FEATURES``,
standardised, with an L2 penalty, by plain gradient descent (deterministic). The dev set, spun by
another spinner, is kept for measuring (``python benchmarks/spin.py``).

    python scripts/fit_spin_model.py [--corpus tests/data/gate/corpus --truth ...]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from unspin import read_article
from unspin.jobs.common import load_lexicon
from unspin.lexicon.synonyms import Lexicon
from unspin.pipeline.normalize import normalize
from unspin.spinning.score import CONTEXT_FEATURES, FEATURES, features

ROOT = Path(__file__).resolve().parents[1]
GATE = ROOT / "tests" / "data" / "gate"
OUT = ROOT / "src" / "unspin" / "lexicon" / "data" / "spin-model.json"


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 5000
        ) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-9
    z = (x - mean) / scale
    weights, bias = np.zeros(z.shape[1]), 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(z @ weights + bias)))
        weights -= 0.5 * (z.T @ (p - y) + l2 * weights) / len(y)
        bias -= 0.5 * float((p - y).mean())
    return mean, scale, weights, bias


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=GATE / "corpus")
    parser.add_argument("--truth", type=Path, default=GATE / "truth.jsonl")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    truth = [json.loads(line) for line in args.truth.open(encoding="utf-8")]
    copies = {t["copy"] for t in truth}
    spun = {t["copy"] for t in truth if t["kind"] == "spun"}
    lexicon = load_lexicon()
    assert isinstance(lexicon, Lexicon)
    rows, labels = [], []
    for path in sorted(args.corpus.iterdir()):
        if not path.is_file() or (path.name in copies and path.name not in spun):
            continue
        article = read_article(path)
        rows.append(features(normalize(article.id, article.text), lexicon))
        labels.append(1.0 if path.name in spun else 0.0)
    if len(rows[0]) != len(FEATURES) + len(CONTEXT_FEATURES):
        raise SystemExit("the trigram model (pocketsphinx) is needed to fit the spin score")
    x_all, y = np.array(rows), np.array(labels)
    trained_on = f"{args.corpus.name}: {int(y.sum())} spun, {int(len(y) - y.sum())} untouched"
    models = {}
    for name, names in (("vocabulary", FEATURES), ("context", FEATURES + CONTEXT_FEATURES)):
        mean, scale, weights, bias = fit(x_all[:, :len(names)], y)
        models[name] = {
            "features": list(names),
            "mean": mean.round(6).tolist(),
            "scale": scale.round(6).tolist(),
            "weights": weights.round(6).tolist(),
            "bias": [round(bias, 6)],
            "trained_on": trained_on,
        }
    args.out.write_text(json.dumps(models, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {trained_on}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
