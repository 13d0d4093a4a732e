"""Stories: how well articles are grouped into stories (one news event each), and families rooted.

Reads the labelled set in ``benchmarks/data/stories/`` (articles whose text this machine has:
the gate's by path, real-dev's from the shared data; the stored web pages carry no text and are
left out), one split at a time (``--split dev`` to develop against, ``held`` to measure), scans
them with ``unspin scan`` (in-process) and scores, side by side:

- **reuse components**: stories as the connected components of the reuse relations (every
  article a story of its own unless it copies or is copied);
- **tf-idf**: TF-IDF cosine over words with average-linkage clustering, at the threshold that
  scores best on the split itself (an upper bound for that method, not a tuned rule);
- **unspin**: ``unspin.stories.cluster`` at its default settings (families kept whole, shared
  rare facts, dates, average linkage);

with pairwise precision/recall/F1 over article pairs, BCubed, and origin accuracy (the share of
labelled originals that are the root of the family found for them). Results go to
``results/stories-<split>.json``.

    python benchmarks/stories.py [--split dev|held]
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

import unspin
from unspin.components import components
from unspin.jobs.stories import WHOLE_COPIES
from unspin.pipeline.normalize import normalize
from unspin.pipeline.paraphrase import facts
from unspin.stories.cluster import StoryArticle, StoryConfig, stories
from unspin.stories.families import Evidence, families
from unspin.stories.measure import bcubed, origin_accuracy, pairwise

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / "data" / "stories"
RESULTS = ROOT / "benchmarks" / "results"
_WORD = re.compile(r"[a-z][a-z'-]+|\d[\d,.]*")


def load(split: str) -> tuple[dict[str, str], dict[str, dict[str, Any]], int]:
    """Article id → text for the split's articles this machine has, their labels, and how many
    of the split's articles have no text here."""
    labels = {r["id"]: r for r in map(json.loads, (DATA / "labels.jsonl").open(encoding="utf-8"))}
    shared: dict[str, dict[str, str]] = {}
    texts: dict[str, str] = {}
    missing = 0
    for record in map(json.loads, (DATA / "articles.jsonl").open(encoding="utf-8")):
        if labels[record["id"]]["split"] != split:
            continue
        ref = record.get("text_ref")
        text = record.get("text")
        if text is None and ref:
            path = (ROOT / ref["path"]).resolve()
            if "id" in ref:
                if path not in shared and path.exists():
                    shared[str(path)] = {r["id"]: r.get("text", "") for r in
                                         map(json.loads, path.open(encoding="utf-8"))}
                text = shared.get(str(path), {}).get(ref["id"])
            elif path.exists():
                text = path.read_text(encoding="utf-8")
        if text:
            texts[record["id"]] = text
        else:
            missing += 1
    return texts, {a: labels[a] for a in texts}, missing


def scan(texts: dict[str, str]) -> tuple[list[unspin.Relation], dict[str, Evidence], float]:
    """Scan the articles (one file each, named by a safe form of the id) in this process."""
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "corpus"
        corpus.mkdir()
        names = {}
        for article_id, text in texts.items():
            name = re.sub(r"[^A-Za-z0-9._-]", "_", article_id) + ".txt"
            names[name] = article_id
            (corpus / name).write_text(text, encoding="utf-8")
        started = time.perf_counter()
        result = unspin.scan(corpus, db=Path(folder) / "index.db")
        seconds = time.perf_counter() - started
        evidence = {names[p.name]: Evidence.of(unspin.read_article(p))
                    for p in corpus.iterdir()}
    relations = [unspin.Relation(names[r.copy], names[r.source], r.kind, r.copied,
                                 r.substituted, r.score, r.passages, r.substitutions, r.reason,
                                 r.direction_reason) for r in result.relations]
    return relations, evidence, seconds


def reuse_components(articles: list[str], relations: list[unspin.Relation]) -> dict[str, str]:
    return components(((r.copy, r.source) for r in relations), articles)


def tfidf_average_linkage(texts: dict[str, str], threshold: float) -> dict[str, str]:
    """Average-linkage clusters of TF-IDF cosine similarity, merged while the best pair of
    clusters averages at least ``threshold`` (naive O(n³); the sets here are small)."""
    ids = sorted(texts)
    counts = [Counter(_WORD.findall(texts[a].lower())) for a in ids]
    df = Counter(w for c in counts for w in c)
    vocabulary = {w: k for k, w in enumerate(sorted(df))}
    matrix = np.zeros((len(ids), len(vocabulary)))
    for row, c in enumerate(counts):
        for w, n in c.items():
            matrix[row, vocabulary[w]] = (1 + math.log(n)) * math.log(len(ids) / df[w])
    matrix /= np.linalg.norm(matrix, axis=1, keepdims=True) + 1e-12
    similarity = matrix @ matrix.T
    clusters = [[k] for k in range(len(ids))]
    while len(clusters) > 1:
        best, pair = -1.0, (0, 0)
        for i in range(len(clusters)):
            for j in range(i + 1, len(clusters)):
                value = float(similarity[np.ix_(clusters[i], clusters[j])].mean())
                if value > best:
                    best, pair = value, (i, j)
        if best < threshold:
            break
        i, j = pair
        clusters[i] += clusters.pop(j)
    return {ids[k]: str(n) for n, members in enumerate(clusters) for k in members}


def figures(truth: dict[str, str], found: dict[str, str]) -> dict[str, Any]:
    return {"pairwise": pairwise(truth, found), "bcubed": bcubed(truth, found),
            "stories_found": len(set(found.values()))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["dev", "held"], default="dev")
    args = parser.parse_args()
    texts, labels, missing = load(args.split)
    if not texts:
        sys.exit("no labelled article with text on this machine")
    truth = {a: labels[a]["story"] for a in texts}
    relations, evidence, seconds = scan(texts)
    roots = {a: f.root for f in families(
        [unspin.model.IndexedRelation.from_json(r.to_json()) for r in relations], evidence)
        for a in f.articles}
    originals = {labels[a]["family"]: a for a in texts
                 if labels[a].get("original") and labels[a].get("family")}
    result: dict[str, Any] = {
        "split": args.split, "articles": len(texts), "without_text_here": missing,
        "stories": len(set(truth.values())), "scan_seconds": round(seconds, 1),
        "origin_accuracy": origin_accuracy(originals, roots),
        "labelled_originals": len(originals),
        "reuse_components": figures(truth, reuse_components(sorted(texts), relations)),
    }
    # Whole copies (verbatim, spun, rewritten) keep their original's story; a partial copy may
    # take background paragraphs from another event's report, so it is evidence, not a bond.
    found_families = families(
        [unspin.model.IndexedRelation.from_json(r.to_json()) for r in relations
         if r.kind in WHOLE_COPIES], evidence)
    dates = {r["id"]: r.get("published") for r in
             map(json.loads, (DATA / "articles.jsonl").open(encoding="utf-8"))}
    story_articles = [StoryArticle(a, facts(normalize(a, texts[a])), dates.get(a))
                      for a in sorted(texts)]
    grouped = stories(story_articles, [f.articles for f in found_families], StoryConfig())
    result["unspin"] = figures(truth, {a: g[0] for g in grouped for a in g})
    sweep = {}
    for threshold in np.arange(0.05, 0.61, 0.05).round(2).tolist():
        sweep[threshold] = figures(truth, tfidf_average_linkage(texts, threshold))
    best = max(sweep, key=lambda t: sweep[t]["pairwise"]["f1"])
    result["tfidf_average_linkage"] = {"best_threshold_on_this_split": best, **sweep[best]}
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"stories-{args.split}.json").write_text(json.dumps(result, indent=2) + "\n",
                                                       encoding="utf-8")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
