"""Quotations: extraction, speakers, variant clusters, on our written set and on real news.

Runs ``find_quotes`` and scores it (see :mod:`unspin.quotations.score`): span precision and
recall, speaker accuracy, attribution (the speaker id or the speaker as written names the
labelled speaker), pairwise F1 of the variant clusters, variant-label accuracy. Negatives (scare
quotes, titles, names) count as false positives when predicted. In one run, on:

- ``tests/data/quotes`` (written by us, CC0), with and without the sentence embeddings (the
  re-rendering channel), and the two bundled examples;
- the real set ``benchmarks/data/quotes-real`` (real-dev and BBC News articles, labelled by hand
  before any rule was measured on them; the texts are read from ``../shared/data``), one split
  (``--split dev`` to develop against, ``held`` to measure), beside a **regex baseline**: every
  span of four words or more between matching double marks is a quotation, nobody is named,
  and two quotations are variants only when their words are the same. The set's web part (wire
  reprints, crypto sites, blogs, translations; texts in ``../shared/data/quotes-web``) has its
  own pair of parts, ``dev2`` and ``held2``; several parts are scored in one run (the default
  ``dev dev2`` to develop, ``held held2`` to measure).

    python benchmarks/quotes.py [--split dev|dev2|dev3|dev5|held|held2|held3 ...]
                                [--labels DIR] [--errors attribution|clusters|extraction]
                                [--out FILE] [--web-texts FILE]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from unspin.jobs.quotes import find_quotes
from unspin.quotations.score import match, names_speaker, score
from unspin.semantic import semantic_available

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "tests" / "data" / "quotes"
REAL = ROOT / "benchmarks" / "data" / "quotes-real"
_MARKED = re.compile(r'[“"]([^“”"\n]+)[”"]')
_WORD = re.compile(r"\w+")


def run(labels: Path, semantic: bool) -> dict[str, object]:
    gold = [json.loads(line) for line in (labels / "quotes.jsonl").open(encoding="utf-8")]
    started = time.perf_counter()
    result = find_quotes(labels / "articles", semantic=semantic)
    seconds = time.perf_counter() - started
    # Article ids are file names ("s1-a.txt"); the labels name articles by stem.
    predicted = [{**r.to_json(), "article": Path(r.article).stem} for r in result.records]
    return {**score(predicted, gold).to_json(), "seconds": round(seconds, 2)}


def run_examples(semantic: bool) -> dict[str, object]:
    """The same scores on the two bundled example articles (labels: ``examples.jsonl``)."""
    gold = [json.loads(line) for line in (LABELS / "examples.jsonl").open(encoding="utf-8")]
    result = find_quotes(ROOT / "examples", semantic=semantic)
    labelled = {g["article"] for g in gold}  # the two real articles, not the written folder
    predicted = [{**r.to_json(), "article": Path(r.article).stem} for r in result.records
                 if Path(r.article).stem in labelled]
    return score(predicted, gold).to_json()


WEB_KEPT = ROOT.parent / "realweb" / "quotes-web" / "corpus.jsonl"


def load_real(split: str, web_texts: Path | None = None
              ) -> tuple[dict[str, str], list[dict[str, Any]]]:
    """The real set's articles of ``split`` this machine has (id → text), and their labels;
    ``web_texts`` stands for the web part's corpus file when it is kept elsewhere than its
    ``text_ref`` says (each text is checked against the label's SHA-256)."""
    if not (REAL / "split.json").exists():
        return {}, []
    groups = json.loads((REAL / "split.json").read_text(encoding="utf-8"))
    texts: dict[str, str] = {}
    shared: dict[Path, dict[str, str]] = {}
    for path in sorted(REAL.glob("*-articles.jsonl")):
        for article in map(json.loads, path.open(encoding="utf-8")):
            if article["group"] not in groups:
                raise SystemExit(f"{article['group']} has no split: run "
                                 "benchmarks/data/quotes-real/check.py --split")
            if groups[article["group"]] != split:
                continue
            ref = article["text_ref"]
            source = (ROOT / ref["path"]).resolve()
            if web_texts is not None and "quotes-web/corpus" in ref["path"]:
                source = web_texts.resolve()
            elif not source.exists() and "sha256" in ref and WEB_KEPT.exists():
                source = WEB_KEPT.resolve()  # where ../shared is reset between sessions
            if not source.exists():
                continue
            if "id" in ref:
                if source not in shared:
                    with source.open(encoding="utf-8") as handle:
                        shared[source] = {r["id"]: r["text"] for r in map(json.loads, handle)}
                if ref["id"] not in shared[source]:
                    print(f"{article['id']}: its text is not on this machine (see "
                          "benchmarks/data/REHYDRATE.md): left out", file=sys.stderr)
                    continue
                text = shared[source][ref["id"]]
                if "sha256" in ref and hashlib.sha256(text.encode()).hexdigest() != ref["sha256"]:
                    raise SystemExit(f"{article['id']}: the text differs from the labelled one")
                texts[article["id"]] = text
            else:
                texts[article["id"]] = source.read_text(encoding="utf-8")
    gold = [q for path in sorted(REAL.glob("*-quotes.jsonl"))
            for q in map(json.loads, path.open(encoding="utf-8")) if q["article"] in texts]
    return texts, gold


def predict(texts: dict[str, str], semantic: bool) -> tuple[list[dict[str, Any]], float]:
    """``find_quotes`` on the real articles (a text file each): its records, named by article
    id, and the seconds it took."""
    with tempfile.TemporaryDirectory() as folder:
        names = {}
        for number, (article, text) in enumerate(sorted(texts.items())):
            (Path(folder) / f"{number:04d}.txt").write_text(text, encoding="utf-8")
            names[f"{number:04d}.txt"] = article
        started = time.perf_counter()
        result = find_quotes(folder, semantic=semantic)
        seconds = time.perf_counter() - started
    return [{**r.to_json(), "article": names[r.article]} for r in result.records], seconds


def run_real(texts: dict[str, str], gold: list[dict[str, Any]], semantic: bool
             ) -> dict[str, object]:
    """``find_quotes`` on the real articles, scored on their labels."""
    predicted, seconds = predict(texts, semantic)
    sizes = Counter(r["cluster"] for r in predicted)
    return {**score(predicted, gold).to_json(), "seconds": round(seconds, 2),
            "largest_cluster": max(sizes.values(), default=0)}


# held4 and held5 were measured in sessions 19-23 and retired to development in session 24
# (docs/decisions.md, "consumed held parts"); their names stay for continuity.
MEASURE_ONLY = ("held", "held3", "held6", "held7", "held8", "held9", "held10")


def show_errors(texts: dict[str, str], gold: list[dict[str, Any]], kind: str) -> None:
    """Print a development part's errors of one kind, each with its text around it:
    ``attribution`` (a matched quotation whose speaker is wrong or missing), ``clusters`` (a
    predicted cluster holding several labelled statements; a statement split over several
    predicted clusters), ``extraction`` (a labelled quotation not found; a record matching no
    label)."""
    predicted, _seconds = predict(texts, semantic=False)
    matches = match(predicted, gold)

    def around(article: str, start: int, end: int, before: int = 240, after: int = 160) -> str:
        text = texts[article]
        return text[max(0, start - before):end + after].replace("\n", " ¶ ")

    if kind == "attribution":
        counts: Counter[str] = Counter()
        for record, label in matches:
            if names_speaker(record, label["speaker"]):
                continue
            why = ("labelled nobody" if label["speaker"] is None else
                   "none given" if not record.get("speaker_id") and not record.get("speaker")
                   else "wrong")
            counts[why] += 1
            print(f"-- {label['article']} [{why}] labelled {label['speaker']!r}, given "
                  f"{record.get('speaker_id')!r} ({record.get('speaker')!r})")
            print("   ", around(label["article"], label["start"], label["end"]))
        print(f"{sum(counts.values())} of {len(matches)} matched quotations: {dict(counts)}")
    elif kind == "clusters":
        by_label: dict[str, list[tuple[Any, Any]]] = {}
        by_record: dict[str, list[tuple[Any, Any]]] = {}
        for record, label in matches:
            by_label.setdefault(label["cluster"], []).append((record, label))
            by_record.setdefault(record["cluster"], []).append((record, label))
        for title, groups, other in (("a predicted cluster holding several statements",
                                      by_record, "cluster"),
                                     ("a statement split over predicted clusters", by_label,
                                      "record")):
            print(f"== {title}")
            for name, items in groups.items():
                inner = Counter(label["cluster"] if other == "cluster" else record["cluster"]
                                for record, label in items)
                if len(inner) < 2:
                    continue
                print(f"-- {name}: {dict(inner)}")
                for record, label in items:
                    key = label["cluster"] if other == "cluster" else record["cluster"]
                    quoted = texts[label["article"]][label["start"]:label["end"]]
                    print(f"    [{key}] {label['article']}: {quoted[:160]!r}")
    else:
        taken = {id(label) for _record, label in matches}
        found = {id(record) for record, _label in matches}
        for label in gold:
            if id(label) not in taken:
                print(f"-- missed {label['article']} ({label.get('variant')}): "
                      f"{around(label['article'], label['start'], label['end'], 120, 40)!r}")
        for record in predicted:
            if id(record) not in found:
                print(f"-- false {record['article']}: "
                      f"{around(record['article'], record['start'], record['end'], 100, 40)!r}")


def regex_baseline(texts: dict[str, str], gold: list[dict[str, Any]]) -> dict[str, object]:
    predicted = []
    for article, text in texts.items():
        for marked in _MARKED.finditer(text):
            words = _WORD.findall(marked.group(1).lower())
            if len(words) >= 4:
                predicted.append({"article": article, "start": marked.start(1),
                                  "end": marked.end(1), "speaker": None, "speaker_id": None,
                                  "cluster": " ".join(words)})
    return score(predicted, gold).to_json()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--split", nargs="+",
                        choices=["dev", "dev2", "dev3", "held", "held2", "held3", "held4", "dev5",
                                 "held5", "held6", "held7", "held8", "held9", "held10"],
                        default=["dev", "dev2"],
                        help="the real set's parts (develop on dev dev2 dev3 dev5 held2 held4 "
                             "held5, measure on held3 and held6 to held10)")
    parser.add_argument("--web-texts", type=Path, default=None,
                        help="the web part's corpus.jsonl, when not at its text_ref's path")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "quotes.json")
    parser.add_argument("--errors", choices=["attribution", "clusters", "extraction"],
                        help="print the errors of one kind on development parts (not on "
                             + ", ".join(MEASURE_ONLY) + ") instead of scoring")
    args = parser.parse_args()
    if args.errors:
        if held := [part for part in args.split if part in MEASURE_ONLY]:
            sys.exit(f"--errors is for the development parts only, not {', '.join(held)}: "
                     "those are measured, never read")
        for part in dict.fromkeys(args.split):
            texts, gold = load_real(part, args.web_texts)
            print(f"# {part}: {len(texts)} articles")
            show_errors(texts, gold, args.errors)
        return
    results = {"words_only": run(args.labels, semantic=False)}
    if semantic_available():
        results["with_embeddings"] = run(args.labels, semantic=True)
    results["examples"] = run_examples(semantic=False)
    for part in dict.fromkeys(args.split):
        texts, gold = load_real(part, args.web_texts)
        if not texts:
            print(f"the real set's {part} texts are not on this machine (../shared/data): "
                  "left out")
            continue
        results[f"real_{part}"] = {"articles": len(texts), **run_real(texts, gold, semantic=False)}
        if semantic_available():
            results[f"real_{part}_with_embeddings"] = run_real(texts, gold, semantic=True)
        results[f"real_{part}_regex_baseline"] = regex_baseline(texts, gold)
    for name, figures in results.items():
        print(name, json.dumps(figures))
    args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
