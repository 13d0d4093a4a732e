"""Does the sentence model pay for itself? The paraphrase matcher's similarity on real news
sentence pairs (the MRPC test split), against the word-overlap measure it would otherwise use,
in one run.

For each pair of MRPC's test split (1,725 pairs of news sentences, 66% labelled paraphrases;
the negatives share many words, which makes it hard) it prints the ROC AUC and the best
accuracy of:

- ``lemma-dice``: Dice overlap of the two sentences' content words as base forms, the filter the
  matcher runs before the encoder (no model);
- ``minilm``: cosine similarity of all-MiniLM-L6-v2 embeddings, the encoder of ``unspin[semantic]``;

and the sentences per second of each on this machine. Then, on whole articles (the gate's
hand-written rewrites and independent reports, and real-dev's rewritten copies and independent
reports of the same stories), how well each measure, fed to the matcher's monotone sentence
chain, separates rewrites from reports: the share of sentences chained at the best threshold,
lowest over rewrites against highest over reports. Writes
``benchmarks/results/paraphrase-mrpc.json``.

    python benchmarks/paraphrase.py [--data ../shared/data/paraphrase-mrpc]
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from pathlib import Path

import numpy as np

from unspin.jobs.common import load_lexicon
from unspin.lexicon.function_words import FUNCTION_WORDS
from unspin.pipeline.normalize import TOKEN_PATTERN, fold
from unspin.semantic import default_encoder

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "paraphrase-mrpc"


def load_pairs(path: Path) -> tuple[list[str], list[str], np.ndarray]:
    first: list[str] = []
    second: list[str] = []
    labels: list[int] = []
    lines = path.read_text(encoding="utf-8-sig").splitlines()[1:]
    for line in lines:
        quality, _, _, a, b = line.split("\t")
        first.append(a)
        second.append(b)
        labels.append(int(quality))
    return first, second, np.array(labels)


def roc_auc(scores: np.ndarray, labels: np.ndarray) -> float:
    order = np.argsort(scores, kind="mergesort")
    ranks = np.empty(len(scores))
    ranks[order] = np.arange(1, len(scores) + 1)
    positives = int(labels.sum())
    negatives = len(labels) - positives
    return float((ranks[labels == 1].sum() - positives * (positives + 1) / 2)
                 / (positives * negatives))


def best_accuracy(scores: np.ndarray, labels: np.ndarray) -> float:
    return max(float(((scores >= t) == labels).mean()) for t in np.unique(scores))


def lemma_dice(first: list[str], second: list[str]) -> np.ndarray:
    lexicon = load_lexicon()
    assert lexicon is not None

    def words(sentence: str) -> set[int | str]:
        found: set[int | str] = set()
        for token in TOKEN_PATTERN.findall(sentence):
            word = fold(token)
            if word in FUNCTION_WORDS:
                continue
            lemmas = lexicon.lemma_ids(word)
            found.update(lemmas if lemmas else (word,))
        return found

    scores = []
    for a, b in zip(first, second, strict=True):
        x, y = words(a), words(b)
        scores.append(2 * len(x & y) / (len(x) + len(y)) if x or y else 0.0)
    return np.array(scores)


# -- whole articles: rewrites against independent reports of the same story -------------------


def article_pairs(data_root: Path) -> list[tuple[str, str, bool]]:
    """(text, text, is_rewrite): the gate's -r rewrites and -b/-c reports of each -a story, and
    real-dev's rewritten copies and same-story independent reports."""
    pairs: list[tuple[str, str, bool]] = []
    originals = ROOT / "tests" / "data" / "gate" / "originals"
    for story in sorted(originals.glob("story-*-a.txt")):
        base = story.read_text(encoding="utf-8")
        for other in sorted(originals.glob(story.name.replace("-a.txt", "-[bcr].txt"))):
            pairs.append((other.read_text(encoding="utf-8"), base, other.name.endswith("-r.txt")))
    real = data_root / "real-dev"
    if (real / "corpus.jsonl").exists():
        texts = {d["id"]: d["text"] for d in map(json.loads, (real / "corpus.jsonl").open())}
        roles = json.loads((real / "roles.json").read_text())
        truth = [json.loads(line) for line in (real / "truth.jsonl").open()]
        rewrites = {(t["copy"], t["source"]) for t in truth if t["kind"] == "paraphrase"}
        pairs += [(texts[c], texts[s], True) for c, s in rewrites]
        independent = [i for i, (_, role) in roles.items() if role == "independent_same_story"]
        for i in independent:
            for j, (story, _) in roles.items():
                if j != i and story == roles[i][0]:
                    pairs.append((texts[i], texts[j], False))
    return pairs


def chain_share(similarity: np.ndarray, threshold: float) -> float:
    """Share of the shorter text's sentences in the matcher's monotone chain above threshold."""
    from unspin.pipeline.paraphrase import monotone_matches

    if min(similarity.shape) == 0:
        return 0.0
    chain = monotone_matches(similarity, threshold, 0.05)
    return sum(1 for r, c in chain if similarity[r, c] >= threshold) / min(similarity.shape)


def article_separation(pairs: list[tuple[str, str, bool]]) -> dict[str, dict[str, float]]:
    """For each measure, at its best threshold: the lowest share any rewrite reaches, the
    highest any independent report reaches, and the gap between them (positive: separable)."""
    from unspin.config import Config
    from unspin.pipeline.normalize import normalize
    from unspin.pipeline.paraphrase import profile

    config = Config().paraphrase
    lexicon = load_lexicon()
    profiles = [(profile(normalize("c", c), (), config, lexicon),
                 profile(normalize("s", s), (), config, lexicon), rewrite)
                for c, s, rewrite in pairs]
    matrices: dict[str, list[tuple[np.ndarray, bool]]] = {"lemma-dice": []}
    for copy, source, rewrite in profiles:
        matrix = np.array([[2 * len(x & y) / max(1, len(x) + len(y))
                            for y in source.sentence_words] for x in copy.sentence_words])
        matrices["lemma-dice"].append((matrix.reshape(len(copy.sentence_words), -1), rewrite))
    encoder = default_encoder()
    if encoder is not None:
        matrices["minilm"] = [
            (encoder.encode(copy.sentences.texts) @ encoder.encode(source.sentences.texts).T,
             rewrite)
            for copy, source, rewrite in profiles
        ]
        matrices["mean of both"] = [
            ((lexical + semantic) / 2, rewrite)
            for (lexical, rewrite), (semantic, _) in zip(matrices["lemma-dice"],
                                                          matrices["minilm"], strict=True)
        ]
    found: dict[str, dict[str, float]] = {}
    for name, items in matrices.items():
        best: dict[str, float] = {"gap": -1.0}
        for threshold in np.arange(0.3, 0.91, 0.05):
            shares = [(chain_share(m, float(threshold)), rewrite) for m, rewrite in items]
            low = min(share for share, rewrite in shares if rewrite)
            high = max(share for share, rewrite in shares if not rewrite)
            if low - high > best["gap"]:
                best = {"threshold": round(float(threshold), 2), "lowest_rewrite": low,
                        "highest_report": high, "gap": low - high}
        found[name] = best
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results"
                        / "paraphrase-mrpc.json")
    args = parser.parse_args()
    test = args.data / "msr_paraphrase_test.txt"
    if not test.exists():
        sys.exit(f"MRPC not found at {test}: pass --data")
    first, second, labels = load_pairs(test)
    results: dict[str, dict[str, float]] = {}

    started = time.perf_counter()
    lexical = lemma_dice(first, second)
    seconds = time.perf_counter() - started
    results["lemma-dice"] = {"auc": roc_auc(lexical, labels),
                             "accuracy": best_accuracy(lexical, labels),
                             "sentences_per_second": 2 * len(first) / seconds}

    encoder = default_encoder()
    if encoder is None:
        print("the semantic extra is not installed: only the word-overlap figures", file=sys.stderr)
    else:
        encoder.encode(["warm up"])  # model loading is not part of the throughput
        started = time.perf_counter()
        a, b = encoder.encode(first), encoder.encode(second)
        seconds = time.perf_counter() - started
        cosine = (a * b).sum(axis=1)
        results["minilm"] = {"auc": roc_auc(cosine, labels),
                             "accuracy": best_accuracy(cosine, labels),
                             "sentences_per_second": 2 * len(first) / seconds}

    pairs = article_pairs(args.data.parent)
    separation = article_separation(pairs)

    majority = max(float(labels.mean()), 1 - float(labels.mean()))
    print(f"MRPC test: {len(labels)} pairs, majority-class accuracy {majority:.3f}")
    print(f"{'measure':<12} {'ROC AUC':>8} {'best acc.':>10} {'sentences/s':>12}")
    for name, figures in results.items():
        print(f"{name:<12} {figures['auc']:>8.3f} {figures['accuracy']:>10.3f} "
              f"{figures['sentences_per_second']:>12.0f}")
    rewrites = sum(1 for *_, rewrite in pairs if rewrite)
    print(f"\nwhole articles: {rewrites} rewrites, {len(pairs) - rewrites} independent reports"
          " of the same stories (gate originals, real-dev)")
    print(f"{'measure':<12} {'threshold':>9} {'min rewrite':>12} {'max report':>11} {'gap':>6}")
    for name, figures in separation.items():
        print(f"{name:<12} {figures['threshold']:>9.2f} {figures['lowest_rewrite']:>12.2f} "
              f"{figures['highest_report']:>11.2f} {figures['gap']:>+6.2f}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"pairs": len(labels), "majority_accuracy": majority,
                                    "machine": platform.machine(), "results": results,
                                    "articles": {"rewrites": rewrites,
                                                 "reports": len(pairs) - rewrites,
                                                 "separation": separation}},
                                   indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
