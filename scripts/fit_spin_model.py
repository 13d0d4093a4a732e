"""Fit the spin score's weights on the gate corpus and write ``spin-model.json``.

Positives: the gate's spun copies (our own spinner, rate 0.2–0.65); negatives: its untouched
articles (nobody's copy). A third of the gate's copy families is held apart (``split``): the
model never sees them, and the test's floor (``tests/test_restore_gate.py``) is measured on them
alone; the list is written to ``tests/data/gate/spin-split.json``. Two logistic regressions, one
over ``unspin.spinning.score.FEATURES`` (used when the trigram model is not installed) and one
over those and ``CONTEXT_FEATURES``, standardised, with an L2 penalty, by plain gradient descent
(deterministic). The dev set, spun by another spinner, is kept for measuring
(``python benchmarks/spin.py``).

    python scripts/fit_spin_model.py [--corpus tests/data/gate/corpus --truth ...]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from unspin import read_article
from unspin.components import components
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


SPLIT = GATE / "spin-split.json"


def split(truth: list[dict[str, object]], names: list[str]) -> set[str]:
    """The held-apart articles: whole copy families (an original, its whole copies and copies of
    copies, joined by the truth's verbatim, spun and rewrite pairs), a family held when the first
    eight hex digits of its smallest file name are a multiple of 3. Deterministic, and no
    family the spin score learns from is split."""
    # two reports of one event, or an excerpt (a mosaic joins two stories), join no family
    head_of = components(((str(t["copy"]), str(t["source"])) for t in truth
                          if t["kind"] not in ("neutral", "partial", "spun-partial")), names)
    families: dict[str, list[str]] = {}
    for name in names:
        families.setdefault(head_of[name], []).append(name)
    return {name for members in families.values() if int(min(members)[:8], 16) % 3 == 0
            for name in members}


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
    names = sorted(path.name for path in args.corpus.iterdir() if path.is_file())
    held = split(truth, names)
    SPLIT.write_text(json.dumps({"held": sorted(held), "rule": split.__doc__}, indent=1) + "\n",
                     encoding="utf-8")
    rows, labels = [], []
    for path in sorted(args.corpus.iterdir()):
        if not path.is_file() or (path.name in copies and path.name not in spun):
            continue
        if path.name in held:
            continue
        article = read_article(path)
        rows.append(features(normalize(article.id, article.text), lexicon))
        labels.append(1.0 if path.name in spun else 0.0)
    if len(rows[0]) != len(FEATURES) + len(CONTEXT_FEATURES):
        raise SystemExit("the trigram model (pocketsphinx) is needed to fit the spin score")
    x_all, y = np.array(rows), np.array(labels)
    trained_on = (f"{args.corpus.name} without its held-apart families: {int(y.sum())} spun, "
                  f"{int(len(y) - y.sum())} untouched")
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
