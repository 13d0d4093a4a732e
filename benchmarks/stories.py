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
import dataclasses
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
from unspin.stories.measure import bcubed, origin_accuracy, pairwise

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / "data" / "stories"
RESULTS = ROOT / "benchmarks" / "results"
FIELDS = ("text", "title", "url", "published", "byline")  # what a JSONL corpus record may carry
_WORD = re.compile(r"[a-z][a-z'-]+|\d[\d,.]*")


def load(split: str) -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]], int]:
    """Article id → its record as a user would have it (a JSONL record: text and the fields
    its source gives, or a text file's content) for the split's articles this machine has,
    their labels, and how many of the split's articles have no text here."""
    labels = {r["id"]: r for r in map(json.loads, (DATA / "labels.jsonl").open(encoding="utf-8"))}
    shared: dict[str, dict[str, dict[str, Any]]] = {}
    records: dict[str, dict[str, Any]] = {}
    missing = 0
    for record in map(json.loads, (DATA / "articles.jsonl").open(encoding="utf-8")):
        if labels[record["id"]]["split"] != split:
            continue
        ref = record.get("text_ref")
        found: dict[str, Any] | None = None
        if record.get("text"):  # written for this set: the record is the article
            found = {k: record[k] for k in FIELDS if record.get(k)}
        elif ref and "id" in ref:
            path = str((ROOT / ref["path"]).resolve())
            if path not in shared and Path(path).exists():
                with open(path, encoding="utf-8") as handle:
                    shared[path] = {r["id"]: r for r in map(json.loads, handle)}
            found = shared.get(path, {}).get(ref["id"])
        elif ref and (ROOT / ref["path"]).exists():
            found = {"file": (ROOT / ref["path"]).read_text(encoding="utf-8")}
        if found and (found.get("text") or found.get("file")):
            records[record["id"]] = found
        else:
            missing += 1
    return records, {a: labels[a] for a in records}, missing


def text_of(record: dict[str, Any]) -> str:
    return str(record.get("text") or record.get("file") or "")


def write_corpus(records: dict[str, dict[str, Any]], corpus: Path) -> dict[str, str]:
    """The articles as a user would have them: a text file per article that came as one, a
    JSONL corpus of the records that came as records, with their fields. Returns each
    scanned id's labelled id."""
    corpus.mkdir()
    names = {}
    with (corpus / "records.jsonl").open("w", encoding="utf-8") as out:
        for number, (article_id, record) in enumerate(sorted(records.items())):
            if "file" in record:
                name = f"{number:05d}.txt"
                (corpus / name).write_text(record["file"], encoding="utf-8")
            else:
                name = f"r{number:05d}"
                fields = {k: v for k, v in record.items() if k in FIELDS}
                out.write(json.dumps({"id": name, **fields}) + "\n")
            names[name] = article_id
    return names


def scan(records: dict[str, dict[str, Any]], folder: Path
         ) -> tuple[list[unspin.Relation], list[unspin.Story], float, float]:
    """Scan the articles as a user would (``write_corpus``), then group the index into stories;
    the relations and stories come back under the labelled ids."""
    names = write_corpus(records, folder / "corpus")
    started = time.perf_counter()
    result = unspin.scan(folder / "corpus", db=folder / "index.db")
    scanned = time.perf_counter() - started
    started = time.perf_counter()
    found = unspin.stories(folder / "index.db")
    grouped = time.perf_counter() - started
    relations = [dataclasses.replace(r, copy=names[r.copy], source=names[r.source])
                 for r in result.relations]
    renamed = [dataclasses.replace(
        story, articles=[names[a] for a in story.articles],
        independent=[names[a] for a in story.independent],
        families=[dataclasses.replace(f, root=names[f.root],
                                      articles=tuple(names[a] for a in f.articles))
                  for f in story.families]) for story in found]
    return relations, renamed, scanned, grouped


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


def by_source(truth: dict[str, str], found: dict[str, str]) -> dict[str, dict[str, float]]:
    """Pairwise figures within each source's articles (the id's prefix: gate, realdev, bbc,
    written); pairs across sources are left out."""
    source = {a: a.split(":", 1)[0] for a in truth}
    return {name: pairwise({a: truth[a] for a in truth if source[a] == name},
                           {a: found[a] for a in truth if source[a] == name})
            for name in sorted(set(source.values()))}


def print_errors(truth: dict[str, str], found: list[unspin.Story],
                 dates: dict[str, str | None]) -> None:
    story_of = {a: story.id for story in found for a in story.articles}
    for story in found:
        if len({truth[a] for a in story.articles}) > 1:
            print(f"mixed {story.id}: {story.title}", file=sys.stderr)
            for a in sorted(story.articles, key=lambda a: truth[a]):
                print(f"    {truth[a]:45.45} {dates[a] or '-':10} {a}", file=sys.stderr)
    for label in sorted(set(truth.values())):
        members = sorted((story_of[a], a) for a in truth if truth[a] == label)
        if len({s for s, _ in members}) > 1:
            print(f"split {label}", file=sys.stderr)
            for story_id, a in members:
                print(f"    {story_id} {dates[a] or '-':10} {a}", file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["dev", "held"], default="dev")
    parser.add_argument("--errors", action="store_true",
                        help="print the stories found that mix labelled stories, and the "
                             "labelled stories found split (develop on dev only)")
    args = parser.parse_args()
    records, labels, missing = load(args.split)
    if not records:
        sys.exit("no labelled article with text on this machine")
    texts = {a: text_of(r) for a, r in records.items()}
    truth = {a: labels[a]["story"] for a in records}
    with tempfile.TemporaryDirectory() as folder:
        relations, found, scanned, grouped = scan(records, Path(folder))
    roots = {a: f.root for story in found for f in story.families for a in f.articles}
    originals = {labels[a]["family"]: a for a in records
                 if labels[a].get("original") and labels[a].get("family")}
    result: dict[str, Any] = {
        "split": args.split, "articles": len(records), "without_text_here": missing,
        "stories": len(set(truth.values())), "scan_seconds": round(scanned, 1),
        "stories_seconds": round(grouped, 1),
        "origin_accuracy": origin_accuracy(originals, roots),
        "labelled_originals": len(originals),
        "reuse_components": figures(truth, reuse_components(sorted(records), relations)),
        "unspin": figures(truth, {a: story.id for story in found for a in story.articles}),
    }
    story_of = {a: story.id for story in found for a in story.articles}
    result["unspin_by_source"] = by_source(truth, story_of)
    if args.errors:
        print_errors(truth, found, {a: r.get("published") for a, r in records.items()})
        for original in sorted(originals.values()):
            family = next((f for story in found for f in story.families
                           if original in f.articles), None)
            if family is None or family.root != original:
                print(f"origin {original}: found root {family and family.root}", file=sys.stderr)
                for edge in family.edges if family else ():
                    print(f"    {edge.copy} -> {edge.source} {edge.kind}: {edge.why}",
                          file=sys.stderr)
                for line in family.why + family.against if family else ():
                    print(f"    {line}", file=sys.stderr)
    sweep = {}
    for threshold in np.arange(0.05, 0.61, 0.05).round(2).tolist():
        sweep[threshold] = figures(truth, tfidf_average_linkage(texts, threshold))
    best = max(sweep, key=lambda t: sweep[t]["pairwise"]["f1"])
    result["tfidf_average_linkage"] = {"best_threshold_on_this_split": best, **sweep[best]}
    result["tfidf_by_source"] = by_source(truth, tfidf_average_linkage(texts, best))
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"stories-{args.split}.json").write_text(json.dumps(result, indent=2) + "\n",
                                                       encoding="utf-8")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
