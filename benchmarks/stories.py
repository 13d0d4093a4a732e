"""Stories: how well articles are grouped into stories (one news event each), and families rooted.

Reads the labelled set in ``benchmarks/data/stories/`` (articles whose text this machine has:
the gate's by path, real-dev's from the shared data, the session-16 web pages and the reuse
set's from ``../realweb/texts``; the first stored web pages carry no text and are left out),
one split at a time (``--split dev`` to develop against, with ``held2`` and ``held-rr``, measured
several times since session 16, and ``dev3``, held3's topic split off in session 19; ``held3``
to measure, once; several splits in one run, each
scanned on its own), scans them with ``unspin scan``
(in-process) and scores, side by side:

- **reuse components**: stories as the connected components of the reuse relations (every
  article a story of its own unless it copies or is copied);
- **tf-idf**: TF-IDF cosine over words with average-linkage clustering, at the threshold that
  scores best on the split itself (an upper bound for that method, not a tuned rule);
- **unspin**: ``unspin.stories.cluster`` at its default settings (families kept whole, shared
  rare facts, dates, average linkage);

with pairwise precision/recall/F1 over article pairs, BCubed, and origin accuracy (the share of
labelled originals that are the root of the family found for them), overall, by source and by
part (where each article was labelled first: dev1, held1 (the first held part, in dev since
session 16), dev2, rr-dev; held2; rr-held; dev3; held3). With ``--baseline SRC``, the same splits
are also
grouped by the unspin found at ``SRC`` (another checkout's ``src``, in a subprocess) and both
are reported. Results go to ``results/stories-<split>.json``.

    python benchmarks/stories.py [--split dev held2 ...] [--baseline ../main/src]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import math
import os
import re
import subprocess
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
SPLITS = ("dev", "held2", "held-rr", "dev3", "held3", "held4", "dev5", "held5", "held6",
          "held7", "held8", "held9", "held10")
# held2 and held-rr are development splits; held3, held4 and held5 were measured in sessions
# 19-23 and retired to development in session 24 (docs/decisions.md, "consumed held parts")
MEASURE_ONLY = ("held6", "held7", "held8", "held9", "held10")
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
        elif ref and (ROOT / ref["path"]).exists() and record.get("url"):
            # A page: its stored text, with the fields a crawl gives (title, url, date).
            found = {"text": (ROOT / ref["path"]).read_text(encoding="utf-8"),
                     **{k: record[k] for k in FIELDS if record.get(k) and k != "text"}}
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
    clusters averages at least ``threshold`` (the cluster similarities kept up to date by the
    Lance-Williams rule for the average: O(n²) a merge)."""
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
    np.fill_diagonal(similarity, -np.inf)
    size = np.ones(len(ids))
    members: dict[int, list[int]] = {k: [k] for k in range(len(ids))}
    while len(members) > 1:
        flat = int(np.argmax(similarity))
        i, j = divmod(flat, len(ids))
        if similarity[i, j] < threshold:
            break
        merged = (size[i] * similarity[i] + size[j] * similarity[j]) / (size[i] + size[j])
        similarity[i], similarity[:, i] = merged, merged
        similarity[i, i] = -np.inf
        similarity[j], similarity[:, j] = -np.inf, -np.inf
        size[i] += size[j]
        members[i] += members.pop(j)
    return {ids[k]: str(n) for n, group in enumerate(members.values()) for k in group}


def figures(truth: dict[str, str], found: dict[str, str]) -> dict[str, Any]:
    return {"pairwise": pairwise(truth, found), "bcubed": bcubed(truth, found),
            "stories_found": len(set(found.values()))}


def by_source(truth: dict[str, str], found: dict[str, str],
              source: dict[str, str] | None = None) -> dict[str, dict[str, float]]:
    """Pairwise figures within each source's articles (the id's prefix: gate, realdev, bbc,
    written, web2, rr; or the group ``source`` gives); pairs across sources are left out."""
    source = source or {a: a.split(":", 1)[0] for a in truth}
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


def grouped(split: str, errors: bool = False) -> dict[str, Any]:
    """Scan one split and score unspin's stories and families (no TF-IDF)."""
    records, labels, missing = load(split)
    if not records:
        sys.exit("no labelled article with text on this machine")
    truth = {a: labels[a]["story"] for a in records}
    with tempfile.TemporaryDirectory() as folder:
        relations, found, scanned, seconds = scan(records, Path(folder))
    roots = {a: f.root for story in found for f in story.families for a in f.articles}
    originals = {labels[a]["family"]: a for a in records
                 if labels[a].get("original") and labels[a].get("family")}
    part = {a: labels[a].get("part", split) for a in records}
    story_of = {a: story.id for story in found for a in story.articles}
    result: dict[str, Any] = {
        "split": split, "articles": len(records), "without_text_here": missing,
        "stories": len(set(truth.values())), "scan_seconds": round(scanned, 1),
        "stories_seconds": round(seconds, 1),
        "origin_accuracy": origin_accuracy(originals, roots),
        "labelled_originals": len(originals),
        "origin_by_part": {p: {"accuracy": origin_accuracy(
            {f: a for f, a in originals.items() if part[a] == p}, roots),
            "originals": sum(1 for a in originals.values() if part[a] == p)}
            for p in sorted({part[a] for a in originals.values()})},
        "reuse_components": figures(truth, reuse_components(sorted(records), relations)),
        "unspin": figures(truth, story_of),
        "unspin_by_source": by_source(truth, story_of),
        "unspin_by_part": by_source(truth, story_of, part),
    }
    if errors:
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
    return result


def baseline(source: str, split: str) -> dict[str, Any]:
    """``grouped`` run by the unspin at ``source`` (another checkout's src), in a subprocess."""
    env = {**os.environ, "PYTHONPATH": str(Path(source).resolve())}
    done = subprocess.run([sys.executable, __file__, "--split", split, "--grouping-only"],
                          env=env, capture_output=True, text=True, check=True)
    return dict(json.loads(done.stdout))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=SPLITS, nargs="+", default=["dev"])
    parser.add_argument("--errors", action="store_true",
                        help="print the stories found that mix labelled stories, and the "
                             "labelled stories found split (development splits only, not on "
                             + ", ".join(MEASURE_ONLY) + ")")
    parser.add_argument("--baseline", metavar="SRC",
                        help="also group each split with the unspin package under SRC")
    parser.add_argument("--grouping-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.grouping_only:
        print(json.dumps(grouped(args.split[0])))
        return
    for split in args.split:
        if args.errors and split in MEASURE_ONLY:
            sys.exit(f"--errors is for the development splits only, not {split}: "
                     "a held split is measured, never read")
        result = grouped(split, args.errors)
        if args.baseline:
            result["baseline"] = {"src": args.baseline, **baseline(args.baseline, split)}
        records, labels, _missing = load(split)
        texts = {a: text_of(r) for a, r in records.items()}
        truth = {a: labels[a]["story"] for a in records}
        sweep = {}
        for threshold in np.arange(0.05, 0.61, 0.05).round(2).tolist():
            sweep[threshold] = figures(truth, tfidf_average_linkage(texts, threshold))
        best = max(sweep, key=lambda t: sweep[t]["pairwise"]["f1"])
        result["tfidf_average_linkage"] = {"best_threshold_on_this_split": best, **sweep[best]}
        result["tfidf_by_source"] = by_source(truth, tfidf_average_linkage(texts, best))
        RESULTS.mkdir(exist_ok=True)
        (RESULTS / f"stories-{split}.json").write_text(json.dumps(result, indent=2) + "\n",
                                                      encoding="utf-8")
        print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
