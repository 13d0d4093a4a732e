"""unspin at scale on one machine: throughput, memory, index size, quality and trace latency.

Builds a synthetic corpus of N articles from real sentences of the BBC News dataset
(``../shared/data/bbc-news``, research use: read from there at run time, never copied here),
with a known set of verbatim, partial and spun copies injected at 3% of N, then in one run:

- times ``unspin scan`` end to end (a fresh index; read → relations written) in a subprocess,
  and samples the memory of its process tree;
- scores the relations found against the injected copies (``unspin.evaluate``);
- times ``trace`` of single new articles (copies of indexed ones and unrelated ones) against the
  finished index, in one warm process;
- runs the usual recipe (datasketch MinHashLSH, word 5-grams, threshold 0.5, 128 permutations,
  its own reading and shingling: ``benchmarks/quality.py``) on the same corpus.

    python benchmarks/scale.py --articles 10000 [--workers 2] [--no-paraphrase]
    python benchmarks/scale.py --summary      # the plot and exponent over results/scale-*.json

Synthetic articles: every sentence is a real sentence whose content words, names and numbers are
redrawn from the corpus's own word frequencies (function words and punctuation kept), so that
no two articles share a sentence by chance — a pool of 40,000 real sentences would otherwise be
shared by dozens of unrelated articles at N = 100,000. Copies are then made of these articles:
verbatim (a farm byline and footer added), partial (a run of paragraphs inside another new
article) and spun (15, 30 or 45% of the content words swapped for thesaurus synonyms). One
article in ten carries one of a few site footers (common boilerplate), one in five hundred is
very long (150 to 300 sentences). Each source is copied once, so every other pair found is a
false positive.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from unspin.evaluate import score

ROOT = Path(__file__).resolve().parents[1]
BBC = ROOT.parent / "shared" / "data" / "bbc-news"
RESULTS = ROOT / "benchmarks" / "results"
COPY_SHARE = 0.03
WEIGHT_POWER = 0.5  # flatter than the corpus's word frequencies (see load_pools)
TRACE_ARTICLES = 100
SUMMARY = re.compile(r"unspin: \d+ articles .*?, (\d+) candidate pairs")
STAGE_PEAKS = re.compile(r"largest size of this process \(MiB\) by the end of: (.*)")
STAGE_PEAK = re.compile(r"([a-z ]+?) ([\d,]+)(?:, |$)")
WORD_SPLIT = re.compile(r"(\w+(?:'\w+)?)")
SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'])")
# Function words swapped within their class at FUNCTION_SWAP: one real sentence serves as the
# template of many drawn ones (N = 100,000 articles need 2 million sentences, the BBC articles
# hold 22,000 usable ones), and template mates would otherwise share their function-word
# skeleton, far more than unrelated real sentences do.
FUNCTION_CLASSES = [
    "a an the this that these those its their his her our some any each every",
    "in on at for with from by to of into over under after before about during between "
    "against through across",
    "is was are were has had have will would could should may might can",
    "and but or while although because since as if when",
    "he she it they we you i",
]
FUNCTION_SWAP = 0.5
FOOTERS = [
    "Follow us on Twitter and Facebook for the latest news.",
    "Copyright 2024 Daily Wire Services. All rights reserved.",
    "Sign up for our newsletter to get the top stories every morning.",
    "Share this article",
    "Leave a Reply",
    "This story was first published by our partner newsroom.",
    "Read more stories like this on our homepage.",
    "Comments are closed for this article.",
]


# -- the corpus ------------------------------------------------------------------------------------


@dataclass
class Pools:
    """Sentence templates and word pools drawn from the BBC articles."""

    templates: list[list[tuple[str, str]]]  # (slot kind, literal): kind "" is a literal
    words: dict[str, tuple[list[str], list[float]]]  # slot kind → (words, cumulative weights)
    function_classes: dict[str, list[str]]  # a function word → the words it may become


def load_pools(bbc: Path) -> Pools:
    from unspin.lexicon.function_words import FUNCTION_WORDS

    counts: dict[str, Counter[str]] = {"w": Counter(), "n": Counter(), "d": Counter()}
    templates: list[list[tuple[str, str]]] = []
    swappable = {word: line.split() for line in FUNCTION_CLASSES for word in line.split()}
    for path in sorted(bbc.glob("*/*.txt")):
        lines = path.read_bytes().decode("latin-1").splitlines()
        for paragraph in lines[1:]:
            for sentence in SENTENCE_SPLIT.split(paragraph.strip()):
                parts = WORD_SPLIT.split(sentence)
                words = parts[1::2]
                if not 6 <= len(words) <= 45 or sum(
                    w.lower() in FUNCTION_WORDS for w in words) > len(words) / 2:
                    continue  # redrawn, a sentence made mostly of function words would
                    # still match another drawn from the same template
                template: list[tuple[str, str]] = []
                for k, part in enumerate(parts):
                    if k % 2 == 0:
                        if part:
                            template.append(("", part))
                        continue
                    first = k == 1
                    if part.lower() in swappable:
                        template.append(("f", part))
                    elif part.lower() in FUNCTION_WORDS:
                        template.append(("", part))
                    elif part[0].isdigit():
                        counts["d"][part] += 1
                        template.append(("d", ""))
                    elif part[0].isupper() and not first:
                        counts["n"][part] += 1
                        template.append(("n", ""))
                    else:
                        counts["w"][part.lower()] += 1
                        template.append(("W" if first else "w", ""))
                templates.append(template)
    pools: dict[str, tuple[list[str], list[float]]] = {}
    for kind, counter in counts.items():
        items = sorted(counter.items())
        cumulative: list[float] = []
        total = 0.0
        for _, count in items:
            total += count**WEIGHT_POWER
            cumulative.append(total)
        pools[kind] = ([w for w, _ in items], cumulative)
    pools["W"] = pools["w"]
    return Pools(templates, pools, swappable)


def new_sentence(pools: Pools, rng: random.Random) -> str:
    template = pools.templates[rng.randrange(len(pools.templates))]
    slots = Counter(kind for kind, _ in template if kind and kind != "f")
    drawn = {
        kind: rng.choices(pools.words[kind][0], cum_weights=pools.words[kind][1], k=count)
        for kind, count in slots.items()
    }
    out = []
    for kind, literal in template:
        if not kind:
            out.append(literal)
            continue
        if kind == "f":
            if rng.random() < FUNCTION_SWAP:
                swap = rng.choice(pools.function_classes[literal.lower()])
                literal = swap[0].upper() + swap[1:] if literal[0].isupper() else swap
            out.append(literal)
            continue
        word = drawn[kind].pop()
        out.append(word[0].upper() + word[1:] if kind == "W" else word)
    return "".join(out)


def new_paragraphs(pools: Pools, rng: random.Random, sentences: int) -> list[str]:
    paragraphs = []
    left = sentences
    while left > 0:
        size = min(left, rng.randint(1, 3))
        paragraphs.append(" ".join(new_sentence(pools, rng) for _ in range(size)))
        left -= size
    return paragraphs


def new_title(pools: Pools, rng: random.Random) -> str:
    words, weights = pools.words["w"]
    title = " ".join(rng.choices(words, cum_weights=weights, k=rng.randint(4, 8)))
    return title[0].upper() + title[1:]


@dataclass
class Spinner:
    """Swaps a share of content words for thesaurus synonyms, as article spinners do."""

    cache: dict[str, list[str]] = field(default_factory=dict)

    def synonyms(self, word: str) -> list[str]:
        if word not in self.cache:
            from unspin.lexicon.synonyms import default_lexicon

            found = default_lexicon().synonyms(word)
            self.cache[word] = sorted(s.replace("_", " ") for s in found if s.isascii())
        return self.cache[word]

    def spin(self, text: str, rate: float, rng: random.Random) -> str:
        from unspin.lexicon.function_words import FUNCTION_WORDS

        parts = WORD_SPLIT.split(text)
        for k in range(1, len(parts), 2):
            word = parts[k]
            if word.lower() in FUNCTION_WORDS or not word.isalpha() or rng.random() >= rate:
                continue
            options = self.synonyms(word.lower())
            if options:
                swap = rng.choice(options)
                parts[k] = swap[0].upper() + swap[1:] if word[0].isupper() else swap
        return "".join(parts)


@dataclass
class Corpus:
    docs: Path
    ids: list[str]
    truth: list[dict[str, Any]]
    text_bytes: int
    trace_files: list[tuple[Path, str | None]]  # (file, the indexed source it copies)


def article_text(title: str, paragraphs: list[str]) -> str:
    return title + "\n\n" + "\n\n".join(paragraphs) + "\n"


def build_corpus(n: int, seed: int, out: Path, pools: Pools) -> Corpus:
    """``n`` articles under ``out/docs`` (1,000 a folder) and trace inputs under ``out/trace``."""
    rng = random.Random(seed)
    originals = n - max(3, round(n * COPY_SHARE))
    bodies: list[tuple[str, list[str]]] = []
    for _ in range(originals):
        sentences = rng.randint(150, 300) if rng.random() < 0.002 else rng.randint(8, 30)
        paragraphs = new_paragraphs(pools, rng, sentences)
        if rng.random() < 0.1:
            paragraphs.append(rng.choice(FOOTERS))
        bodies.append((new_title(pools, rng), paragraphs))
    return write_corpus(bodies, n, rng, out, pools)


def write_corpus(bodies: list[tuple[str, list[str]]], n: int, rng: random.Random, out: Path,
                 pools: Pools) -> Corpus:
    """The ``n``-article corpus made of the original ``bodies`` (n less 3% of them) and copies
    of some of them (verbatim, partial, spun), under ``out/docs``, with trace inputs."""
    spinner = Spinner()
    copies = n - len(bodies)
    originals = len(bodies)

    def copy_of(source: tuple[str, list[str]], kind: str, rate: float
                ) -> tuple[str, list[str]]:
        title, paragraphs = source
        if kind == "verbatim":
            return title, ["By Admin", *paragraphs, rng.choice(FOOTERS)]
        if kind == "spun":
            return (spinner.spin(title, rate, rng),
                    [spinner.spin(p, rate, rng) for p in paragraphs])
        # partial: a run of paragraphs holding at least 3 sentences, inside a new article
        start = rng.randrange(max(1, len(paragraphs) - 3))
        end = start + 1
        while end < len(paragraphs) and sum(
            len(SENTENCE_SPLIT.split(p)) for p in paragraphs[start:end]
        ) < 3:
            end += 1
        host = new_paragraphs(pools, rng, rng.randint(6, 16))
        at = rng.randint(0, len(host))
        return new_title(pools, rng), host[:at] + paragraphs[start:end] + host[at:]

    kinds = ["verbatim", "partial", "spun"]
    sources = rng.sample(range(originals), copies)
    made: list[tuple[int, str, float]] = []
    for k, source in enumerate(sources):
        kind = kinds[k % 3]
        rate = [0.15, 0.3, 0.45][(k // 3) % 3] if kind == "spun" else 0.0
        bodies.append(copy_of(bodies[source], kind, rate))
        made.append((source, kind, rate))

    order = list(range(n))
    rng.shuffle(order)  # file names do not give away which article is a copy
    names = [""] * n
    docs = out / "docs"
    text_bytes = 0
    for position, index in enumerate(order):
        name = f"{position // 1000:04d}/a{position:07d}.txt"
        names[index] = name
        path = docs / name
        if position % 1000 == 0:
            path.parent.mkdir(parents=True, exist_ok=True)
        data = article_text(*bodies[index]).encode("utf-8")
        text_bytes += len(data.rstrip())
        path.write_bytes(data)
    truth = [
        {"copy": names[originals + k], "source": names[source], "kind": kind, "rate": rate}
        for k, (source, kind, rate) in enumerate(made)
    ]

    trace_dir = out / "trace"
    trace_dir.mkdir(parents=True, exist_ok=True)
    trace_files: list[tuple[Path, str | None]] = []
    for k in range(TRACE_ARTICLES):
        if k % 2:
            body = (new_title(pools, rng), new_paragraphs(pools, rng, rng.randint(8, 30)))
            source_name = None
        else:
            source = rng.randrange(originals)
            body = copy_of(bodies[source], kinds[(k // 2) % 3], 0.3)
            source_name = names[source]
        path = trace_dir / f"t{k:03d}.txt"
        path.write_text(article_text(*body), encoding="utf-8")
        trace_files.append((path, source_name))
    return Corpus(docs, [names[i] for i in range(n)], truth, text_bytes, trace_files)


# -- measuring -------------------------------------------------------------------------------------


SAMPLE_SECONDS = 1.0
"""How often the scan's memory is read. Reading ``smaps_rollup`` walks a process's page tables:
at 0.1 s, during the 1,000,000-article scan (processes of 0.2 to 1.2 GB), the sampler used 9% of
a core (mostly in the kernel), taken from the scan it measured. The scan's memory moves over
seconds: it streams the corpus, and its candidate stage lasts seconds even at 10,000 articles."""


def tree_memory(pid: int) -> tuple[int, int, int]:
    """Resident and proportional (PSS: shared pages split between their users) bytes of a
    process and all its descendants, from /proc, and the resident bytes of the largest one.
    Forked workers share the lexicon's pages with their parent, which a sum of RSS counts once
    per process."""
    rss = pss = largest = 0
    stack = [pid]
    page = os.sysconf("SC_PAGE_SIZE")
    while stack:
        current = stack.pop()
        try:
            with open(f"/proc/{current}/statm") as handle:
                resident = int(handle.read().split()[1]) * page
                rss += resident
                largest = max(largest, resident)
            with open(f"/proc/{current}/smaps_rollup") as handle:
                for line in handle:
                    if line.startswith("Pss:"):
                        pss += int(line.split()[1]) * 1024
                        break
            with open(f"/proc/{current}/task/{current}/children") as handle:
                stack.extend(int(c) for c in handle.read().split())
        except (OSError, ValueError):
            continue
    return rss, pss, largest


def run_measured(command: list[str], stdout: Path) -> tuple[float, float, int, int, int]:
    """Run ``command``; its wall seconds, the CPU seconds of its process tree (less sensitive
    than wall time to other jobs on the machine), the peak RSS and PSS of its process tree and
    the peak RSS of its largest single process (all sampled every :data:`SAMPLE_SECONDS`: the
    kernel's ``ru_maxrss`` of a child keeps, across its ``exec``, the size of this process when
    it forked, which held the corpus). Its stderr goes to ``stdout`` + ``.err``."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    peak = peak_pss = largest = 0
    with stdout.open("wb") as out, stdout.with_suffix(".err").open("wb") as err:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=err)
        done = threading.Event()

        def sample() -> None:
            nonlocal peak, peak_pss, largest
            while not done.wait(SAMPLE_SECONDS):
                rss, pss, single = tree_memory(process.pid)
                peak, peak_pss, largest = max(peak, rss), max(peak_pss, pss), max(largest, single)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        code = process.wait()
        seconds = time.perf_counter() - started
        done.set()
        sampler.join()
    if code not in (0, 1):
        sys.exit(f"{' '.join(command)} failed with exit status {code}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return seconds, cpu, peak, peak_pss, largest


SCORE_KEYS = {  # this benchmark's keys (kept, so that results files stay comparable) and
    # unspin.evaluate's
    "true_pairs": "pairs_true",
    "recall": "recall",
    "precision": "precision",
    "false_positives": "false_positives",
    "false_positive_examples": "false_positive_examples",
    "direction_accuracy": "direction_accuracy_all",
    "recall_by_kind": "recall_by_kind",
}


def reuse_figures(truth: list[dict[str, Any]], found: list[dict[str, Any]]) -> dict[str, Any]:
    """The relations ``found`` scored against the injected copies by :mod:`unspin.evaluate`,
    under this benchmark's keys: recall (and by kind), precision, false positives (distinct
    pairs), direction accuracy on every injected copy found, and ``found``, the number of
    relations printed."""
    figures = score(truth, found)
    named = {key: figures[ours] for key, ours in SCORE_KEYS.items()}
    return {"true_pairs": named.pop("true_pairs"), "found": len(found), **named}


def measure_stories(corpus: Corpus, db: Path, work: Path, scan_seconds: float,
                    scan_pss: int) -> dict[str, Any]:
    """``unspin stories`` over the finished index, in a subprocess measured like the scan: its
    time and memory against the scan's, and whether every article is in exactly one story and
    every injected copy found in its source's story."""
    command = [sys.executable, "-m", "unspin", "stories", str(corpus.docs), "--db", str(db),
               "--format", "jsonl"]
    seconds, cpu, _peak, peak_pss, _single = run_measured(command, work / "stories.jsonl")
    stories = [json.loads(line) for line in (work / "stories.jsonl").open()]
    story_of = {a: s["story"] for s in stories for a in s["articles"]}
    placed = sum(len(s["articles"]) for s in stories)
    # A partial copy is a run of paragraphs inside another new article: another event.
    whole = [t for t in corpus.truth if t["kind"] != "partial"]
    together = sum(story_of.get(t["copy"]) == story_of.get(t["source"]) is not None
                   for t in whole)
    return {
        "command": " ".join(["unspin", *command[3:]]),
        "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu, 1),
        "share_of_scan_time": round(seconds / scan_seconds, 3),
        "peak_pss_mb": round(peak_pss / 2**20, 1),
        "share_of_scan_memory": round(peak_pss / scan_pss, 3) if scan_pss else None,
        "stories": len(stories),
        "articles_placed": placed,
        "articles_in_exactly_one_story": placed == len(story_of) == len(corpus.ids),
        "multi_article_stories": sum(len(s["articles"]) > 1 for s in stories),
        "whole_copies_in_their_source_story": round(together / len(whole), 4) if whole else None,
    }


def measure_trace(corpus: Corpus, db: Path, paraphrase: bool) -> dict[str, Any]:
    """Latency of ``trace`` for single new articles against the index, in one warm process."""
    from unspin import trace
    from unspin.config import Config
    from unspin.pipeline.paraphrase import ParaphraseConfig

    config = Config(paraphrase=ParaphraseConfig(enabled=paraphrase))
    trace(corpus.trace_files[0][0], db, config)  # loads the lexicon (and model)
    latencies = []
    found = 0
    copies = 0
    for path, source in corpus.trace_files:
        started = time.perf_counter()
        results = trace(path, db, config)
        latencies.append(time.perf_counter() - started)
        if source is not None:
            copies += 1
            related = {r.source for r in results[0].relations} | {
                r.copy for r in results[0].relations}
            found += source in related
    latencies.sort()
    return {
        "articles": len(latencies),
        "p50_ms": round(1000 * statistics.median(latencies), 1),
        "p95_ms": round(1000 * latencies[int(0.95 * (len(latencies) - 1))], 1),
        "max_ms": round(1000 * latencies[-1], 1),
        "sources_found": f"{found}/{copies}",
    }


def measure_recipe(corpus: Corpus) -> tuple[float, list[dict[str, Any]]]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from quality import minhash_recipe

    started = time.perf_counter()
    relations = minhash_recipe(corpus.docs)
    return time.perf_counter() - started, relations


def run(args: argparse.Namespace) -> dict[str, Any]:
    if not args.bbc.is_dir():
        sys.exit(f"{args.bbc} is absent: the scale benchmark builds its corpus from the BBC News "
                 "dataset (../shared/data/bbc-news); nothing was measured")
    n = args.articles
    work = Path(tempfile.mkdtemp(prefix=f"unspin-scale-{n}-", dir=args.tmp))
    try:
        started = time.perf_counter()
        corpus = build_corpus(n, args.seed, work, load_pools(args.bbc))
        build_seconds = time.perf_counter() - started
        print(f"corpus: {n} articles ({corpus.text_bytes / 1e6:.1f} MB of text, "
              f"{len(corpus.truth)} injected copies) in {build_seconds:.0f}s", file=sys.stderr)
        db = work / "index.db"
        command = [sys.executable, "-m", "unspin", "scan", str(corpus.docs), "--db", str(db),
                   "--format", "jsonl", "--verbose"]
        if args.workers:
            command += ["--workers", str(args.workers)]
        if not args.paraphrase:
            command.append("--no-paraphrase")
        seconds, cpu, peak, peak_pss, single = run_measured(command, work / "relations.jsonl")
        found = [json.loads(line) for line in (work / "relations.jsonl").open()]
        scan_err = (work / "relations.err").read_text(errors="replace")
        summary = SUMMARY.search(scan_err)
        candidates = int(summary.group(1)) if summary else None
        stages = STAGE_PEAKS.search(scan_err)
        main_peaks = {name: float(mb.replace(",", "")) for name, mb in
                      STAGE_PEAK.findall(stages.group(1))} if stages else {}
        index_bytes = sum(p.stat().st_size for p in work.glob("index.db*"))
        print(f"scan: {seconds:.1f}s, {n / seconds:.0f} articles/s, peak {peak_pss / 2**20:.0f} "
              f"MiB (PSS; RSS summed {peak / 2**20:.0f} MiB)", file=sys.stderr)
        result: dict[str, Any] = {
            "articles": n,
            "seed": args.seed,
            "workers": args.workers or os.cpu_count(),
            "paraphrase": args.paraphrase,
            "text_mb": round(corpus.text_bytes / 1e6, 2),
            "scan": {
                "command": " ".join(["unspin", *command[3:]]),
                "seconds": round(seconds, 2),
                "articles_per_second": round(n / seconds, 1),
                "cpu_seconds": round(cpu, 1),
                "cpu_ms_per_article": round(1000 * cpu / n, 3),
                "peak_pss_mb": round(peak_pss / 2**20, 1),
                "peak_rss_mb": round(peak / 2**20, 1),
                "peak_rss_largest_process_mb": round(single / 2**20, 1),
                # the scanning (main) process's largest RSS by the end of each stage
                "main_process_peak_mb_by_stage": main_peaks,
                "index_mb": round(index_bytes / 1e6, 2),
                "index_to_text": round(index_bytes / corpus.text_bytes, 3),
                "candidate_pairs": candidates,
                "candidates_per_article": candidates and round(candidates / n, 4),
                **reuse_figures(corpus.truth, found),
            },
        }
        result["stories"] = measure_stories(corpus, db, work, seconds, peak_pss)
        print(f"stories: {result['stories']}", file=sys.stderr)
        result["trace"] = measure_trace(corpus, db, args.paraphrase)
        print(f"trace: {result['trace']}", file=sys.stderr)
        if not args.no_recipe:
            recipe_seconds, recipe = measure_recipe(corpus)
            result["minhash_lsh"] = {
                "seconds": round(recipe_seconds, 2),
                "articles_per_second": round(n / recipe_seconds, 1),
                **reuse_figures(corpus.truth, recipe),
            }
            result["speed_ratio_unspin_to_recipe"] = round(recipe_seconds / seconds, 3)
        return result
    finally:
        if args.keep:
            print(f"kept {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)


# -- summary ---------------------------------------------------------------------------------------


def exponent(points: list[tuple[float, float]]) -> float | None:
    """The slope of log(seconds) against log(N): 1.0 is linear."""
    if len(points) < 2:
        return None
    xs = [math.log(n) for n, _ in points]
    ys = [math.log(s) for _, s in points]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum(
        (x - mx) ** 2 for x in xs)


def svg_plot(runs: list[dict[str, Any]]) -> str:
    """Articles/s and peak memory against N (log scale), two panels, as plain SVG."""
    width, height, pad = 360, 260, 50
    ns = [r["articles"] for r in runs]
    low, high = math.log10(min(ns)) - 0.1, math.log10(max(ns)) + 0.1

    def panel(x0: int, title: str, series: list[tuple[str, str, list[float]]], unit: str) -> str:
        top = max(max(v) for _, _, v in series) * 1.15
        parts = [f'<text x="{x0 + width / 2}" y="20" text-anchor="middle">{title}</text>',
                 f'<rect x="{x0 + pad}" y="{pad}" width="{width - pad - 10}" '
                 f'height="{height - 2 * pad}" fill="none" stroke="#888"/>']

        def xy(n: float, v: float) -> tuple[float, float]:
            x = x0 + pad + (math.log10(n) - low) / (high - low) * (width - pad - 10)
            return x, height - pad - v / top * (height - 2 * pad)

        for n in ns:
            x, _ = xy(n, 0)
            parts.append(f'<text x="{x:.0f}" y="{height - pad + 15}" text-anchor="middle" '
                         f'font-size="10">{n:,}</text>')
        for k in range(5):
            v = top * k / 4
            _, y = xy(ns[0], v)
            parts.append(f'<text x="{x0 + pad - 4}" y="{y + 3:.0f}" text-anchor="end" '
                         f'font-size="10">{v:,.0f}</text>')
        parts.append(f'<text x="{x0 + width / 2}" y="{height - 12}" text-anchor="middle" '
                     f'font-size="11">articles (N, log scale); {unit}</text>')
        for k, (name, colour, values) in enumerate(series):
            points = " ".join("{:.1f},{:.1f}".format(*xy(n, v))
                              for n, v in zip(ns, values, strict=True))
            parts.append(f'<polyline points="{points}" fill="none" stroke="{colour}" '
                         'stroke-width="2"/>')
            for n, v in zip(ns, values, strict=True):
                x, y = xy(n, v)
                parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{colour}"/>')
            parts.append(f'<text x="{x0 + pad + 8}" y="{pad + 14 + 14 * k}" font-size="11" '
                         f'fill="{colour}">{name}</text>')
        return "\n".join(parts)

    speed = panel(0, "throughput", [
        ("unspin scan", "#c0392b", [r["scan"]["articles_per_second"] for r in runs]),
        ("MinHashLSH recipe", "#2c3e50",
         [r.get("minhash_lsh", {}).get("articles_per_second", 0.0) for r in runs]),
    ], "articles/s")
    memory = panel(width, "peak memory of the scan's processes", [
        ("PSS", "#c0392b", [r["scan"].get("peak_pss_mb", 0.0) for r in runs]),
        ("RSS summed", "#7f8c8d", [r["scan"]["peak_rss_mb"] for r in runs]),
    ], "MiB")
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{2 * width}" height="{height}" '
            f'font-family="sans-serif" font-size="12">\n{speed}\n{memory}\n</svg>\n')


def summary() -> None:
    runs = []
    for path in sorted(RESULTS.glob("scale-*.json")):
        if path.stem == "scale-summary":
            continue
        runs.append(json.loads(path.read_text()))
    runs = [r for r in runs if r.get("paraphrase", True)] or runs
    runs.sort(key=lambda r: r["articles"])
    if not runs:
        sys.exit(f"no results in {RESULTS}: run with --articles N first")
    points = [(r["articles"], r["scan"]["seconds"]) for r in runs]
    cpu_points = [(r["articles"], r["scan"]["cpu_seconds"]) for r in runs
                  if "cpu_seconds" in r["scan"]]
    out = {
        "runs": [{"articles": r["articles"], "articles_per_second":
                  r["scan"]["articles_per_second"], "peak_rss_mb": r["scan"]["peak_rss_mb"],
                  "peak_pss_mb": r["scan"].get("peak_pss_mb"),
                  "recall": r["scan"]["recall"], "precision": r["scan"]["precision"],
                  "candidates_per_article": r["scan"].get("candidates_per_article"),
                  "cpu_ms_per_article": r["scan"].get("cpu_ms_per_article"),
                  "index_to_text": r["scan"]["index_to_text"],
                  "trace_p50_ms": r["trace"]["p50_ms"], "trace_p95_ms": r["trace"]["p95_ms"],
                  "recipe_articles_per_second":
                      r.get("minhash_lsh", {}).get("articles_per_second")}
                 for r in runs],
        "time_exponent": None if (e := exponent(points)) is None else round(e, 3),
        "cpu_time_exponent": None if (c := exponent(cpu_points)) is None or len(cpu_points) < len(
            points) else round(c, 3),
    }
    (RESULTS / "scale-summary.json").write_text(json.dumps(out, indent=2) + "\n")
    (RESULTS / "scale.svg").write_text(svg_plot(runs))
    print(json.dumps(out, indent=2))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, help="corpus size N")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--bbc", type=Path, default=BBC, help=f"the BBC News folder ({BBC})")
    parser.add_argument("--workers", type=int, default=None, help="default: all cores")
    parser.add_argument("--no-paraphrase", dest="paraphrase", action="store_false")
    parser.add_argument("--no-recipe", action="store_true", help="skip the MinHashLSH recipe")
    parser.add_argument("--keep", action="store_true", help="keep the corpus and index")
    parser.add_argument("--tmp", type=Path, default=None, help="where to build the corpus")
    parser.add_argument("--json", type=Path, help="default: results/scale-N[-no-paraphrase].json")
    parser.add_argument("--summary", action="store_true",
                        help="only draw results/scale.svg and results/scale-summary.json")
    args = parser.parse_args()
    if args.summary:
        summary()
        return
    if not args.articles:
        parser.error("give --articles N (or --summary)")
    result = run(args)
    suffix = "" if args.paraphrase else "-no-paraphrase"
    out = args.json or RESULTS / f"scale-{args.articles}{suffix}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
