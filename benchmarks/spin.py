"""Spin without a source: the spin score's ROC AUC, and the restore-versus-collateral curve.

On a labelled corpus (default: the shared dev set), for every spun copy the gold substitutions
are the changes `unspin restore --source` makes (99.8% exact on the dev set). Without the source:

- **spin score**: ROC AUC separating spun copies (rate ≥ 0.15, and ≥ 0.3) from untouched
  articles (those that are nobody's copy);
- **restoring**: for confidence thresholds, the share of gold substituted words restored exactly
  (the suspect covers the gold span and names its original) against the share of untouched words
  changed (suspects outside any gold span, over the words of untouched articles and of the
  untouched parts of spun copies).

    python benchmarks/spin.py [--corpus DIR|FILE.jsonl --truth FILE] [--limit N]
        [--no-context] [--no-tagger] [--moby-weight W] [--context-weight W]
        [--refine-at P] [--no-phrases]
        [--length-nats X] [--jobs N]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from unspin import read_article, restore
from unspin.jobs.common import load_lexicon
from unspin.lexicon.function_words import FUNCTION_WORDS
from unspin.lexicon.synonyms import Lexicon
from unspin.pipeline.normalize import TOKEN_PATTERN, normalize
from unspin.spinning import score as spin
from unspin.spinning.guess import GuessConfig

ROOT = Path(__file__).resolve().parents[1]
DEVSET = ROOT.parent / "shared" / "data" / "devset"
THRESHOLDS = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)


def roc_auc(positive: list[float], negative: list[float]) -> float:
    if not positive or not negative:
        return float("nan")
    scores = np.array(positive + negative)
    labels = np.array([1] * len(positive) + [0] * len(negative))
    order = np.argsort(scores, kind="mergesort")
    ranks = np.empty(len(scores))
    ranks[order] = np.arange(1, len(scores) + 1)
    # average ranks of ties
    for value in np.unique(scores):
        tied = scores == value
        ranks[tied] = ranks[tied].mean()
    p, n = len(positive), len(negative)
    return float((ranks[labels == 1].sum() - p * (p + 1) / 2) / (p * n))


def content_words(text: str) -> int:
    return sum(1 for m in TOKEN_PATTERN.finditer(text) if m.group().lower() not in FUNCTION_WORDS)


_STATE: dict[str, object] = {}


def _init(config: spin.SpinConfig) -> None:
    lexicon = load_lexicon()
    assert isinstance(lexicon, Lexicon)
    _STATE["lexicon"], _STATE["config"] = lexicon, config


def analyse(path: Path) -> tuple[str, list[tuple[int, int, str, float]], float]:
    """The text, its suspects as (start, end, original, confidence) and its spin score."""
    lexicon, config = _STATE["lexicon"], _STATE["config"]
    assert isinstance(lexicon, Lexicon) and isinstance(config, spin.SpinConfig)
    article = read_article(path)
    doc = normalize(article.id, article.text)
    score, found = spin.analyse(doc, lexicon, config)
    return (article.text, [(s.start, s.end, s.original.lower(), s.confidence) for s in found],
            score)


def gold_changes(copy: Path, source: Path) -> dict[tuple[int, int], str]:
    return {(c.change.copy_start, c.change.copy_end): c.change.original.lower()
            for c in restore(copy, source=source).restoration.changes}


def _spun_task(paths: tuple[Path, Path]) -> tuple[dict[tuple[int, int], str],
                                                   tuple[str, list[tuple[int, int, str, float]],
                                                         float]]:
    return gold_changes(*paths), analyse(paths[0])


def _unpacked(corpus: Path, truth: list[dict[str, object]]
              ) -> tuple[Path, list[dict[str, object]]]:
    """A corpus given as one JSON-lines file (``id`` and ``text`` per line, as the shared
    ``real-dev`` set is) written out as one ``ID.txt`` file per article in a temporary folder,
    and the truth's ids named so."""
    folder = Path(tempfile.mkdtemp(prefix="unspin-spin-"))
    with corpus.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                (folder / f"{record['id']}.txt").write_text(record["text"], encoding="utf-8")
    named = [{**t, "copy": f"{t['copy']}.txt", "source": f"{t['source']}.txt"} for t in truth]
    return folder, named


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEVSET / "docs")
    parser.add_argument("--truth", type=Path, default=DEVSET / "truth.jsonl")
    parser.add_argument("--limit", type=int, default=0,
                        help="at most N untouched articles, spread evenly over the corpus")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results"
                        / "spin-devset.json")
    parser.add_argument("--no-context", action="store_true",
                        help="guess originals by word frequency alone (no language model)")
    parser.add_argument("--moby-weight", type=float, default=GuessConfig().moby_weight)
    parser.add_argument("--context-weight", type=float, default=GuessConfig().context_weight)
    parser.add_argument("--refine-at", type=float, default=GuessConfig().refine_at,
                        help="second reading with originals this sure put back (1: none)")
    parser.add_argument("--no-phrases", action="store_true",
                        help="no multi-word suspects read by the language model")
    parser.add_argument("--length-nats", type=float, default=GuessConfig().length_nats,
                        help="worth of each word a candidate adds or drops")
    parser.add_argument("--readings", type=int, default=GuessConfig().readings,
                        help="readings of the text, each with the last one's sure originals")
    parser.add_argument("--no-tagger", action="store_true",
                        help="no part-of-speech evidence")
    args = parser.parse_args()
    config = spin.SpinConfig(
        use_tagger=not args.no_tagger,
        guess=GuessConfig(use_context=not args.no_context, moby_weight=args.moby_weight,
                          context_weight=args.context_weight, refine_at=args.refine_at,
                          phrases=not args.no_phrases,
                          length_nats=args.length_nats, readings=args.readings),
    )
    if not args.truth.exists():
        sys.exit(f"no truth file at {args.truth}: pass --corpus and --truth")
    truth = [json.loads(line) for line in args.truth.open(encoding="utf-8")]
    if args.corpus.is_file():
        args.corpus, truth = _unpacked(args.corpus, truth)
    copies = {t["copy"] for t in truth}
    spun = [t for t in truth if t["kind"] == "spun"]
    untouched = sorted(p.name for p in args.corpus.iterdir()
                       if p.is_file() and p.name not in copies)
    if args.limit and args.limit < len(untouched):
        step = len(untouched) / args.limit
        untouched = [untouched[int(k * step)] for k in range(args.limit)]
    started = time.perf_counter()

    gold_words = 0
    restored = {t: 0 for t in THRESHOLDS}
    collateral = {t: 0 for t in THRESHOLDS}
    clean_words = 0
    spun_scores: list[tuple[float, float]] = []
    with multiprocessing.get_context("fork").Pool(max(1, args.jobs), _init, (config,)) as pool:
        spun_results = pool.map(
            _spun_task, [(args.corpus / p["copy"], args.corpus / p["source"]) for p in spun],
            chunksize=1)
        clean_results = pool.map(analyse, [args.corpus / name for name in untouched],
                                 chunksize=4)
    for pair, (gold, (text, found, score)) in zip(spun, spun_results, strict=True):
        spun_scores.append((pair.get("rate", float("nan")), score))
        gold_words += len(gold)
        clean_words += content_words(text) - len(gold)
        for start, end, original, confidence in found:
            inside = [span for span in gold if span[0] <= start < span[1]
                      or start <= span[0] < end]
            for threshold in THRESHOLDS:
                if confidence < threshold:
                    continue
                if not inside:
                    collateral[threshold] += 1
                elif any(gold[span] == original for span in inside):
                    restored[threshold] += 1
    clean_scores = []
    for text, found, score in clean_results:
        clean_scores.append(score)
        clean_words += content_words(text)
        for *_, confidence in found:
            for threshold in THRESHOLDS:
                if confidence >= threshold:
                    collateral[threshold] += 1
    seconds = time.perf_counter() - started

    figures: dict[str, object] = {
        "spun_copies": len(spun), "untouched_articles": len(untouched),
        "auc_rate_0.15_up": roc_auc([s for r, s in spun_scores if r >= 0.15], clean_scores),
        "auc_rate_0.3_up": roc_auc([s for r, s in spun_scores if r >= 0.3], clean_scores),
        # Real spinner output carries no rate: all spun copies against the untouched articles.
        "auc_all_spun": roc_auc([s for _, s in spun_scores], clean_scores),
        "gold_substitutions": gold_words,
        "curve": [{"threshold": t, "restored": restored[t] / max(1, gold_words),
                   "collateral": collateral[t] / max(1, clean_words)} for t in THRESHOLDS],
        "seconds": seconds,
    }
    print(f"{len(spun)} spun copies, {len(untouched)} untouched articles, {seconds:.0f}s")
    print(f"spin score ROC AUC: rate >= 0.15: {figures['auc_rate_0.15_up']:.3f}; "
          f"rate >= 0.3: {figures['auc_rate_0.3_up']:.3f}; all: {figures['auc_all_spun']:.3f}")
    print("threshold  restored  collateral")
    for point in figures["curve"]:  # type: ignore[attr-defined]
        print(f"{point['threshold']:>9.2f}  {point['restored']:>8.3f}  "
              f"{point['collateral']:>10.4f}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
