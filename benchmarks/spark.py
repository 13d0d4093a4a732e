"""The scan on Spark against the local backend, on the scale benchmark's synthetic corpus.

Builds the corpus of ``benchmarks/scale.py`` (N articles from the BBC News sentences, 3% of them
injected copies), then in one run scans it with the local backend (``--workers 2``) and with
``--backend spark`` on ``local[1]`` and ``local[2]``, each in its own process, and reports for
each: wall seconds, articles/s, CPU seconds of the process tree, its peak memory (PSS), and for
Spark the bytes its shuffles wrote and read, the executor's peak JVM heap and its Python
workers' peak resident size (Spark's own metrics, from its REST API on 127.0.0.1), per stage.
It checks that the three runs give the same relations.

    python benchmarks/spark.py --articles 20000 [--no-paraphrase] [--masters local[1] local[2]]

Results go to ``benchmarks/results/spark-N.json``; docs/spark.md reports them.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scale import BBC, RESULTS, build_corpus, load_pools, run_measured


def child(corpus: str, master: str, out: Path, paraphrase: bool) -> None:
    """One Spark scan in this process, its relations and Spark's metrics written to ``out``."""
    from dataclasses import replace

    import unspin
    from unspin.backends import spark as backend

    config = unspin.Config()
    if not paraphrase:
        config = replace(config, paraphrase=replace(config.paraphrase, enabled=False))
    session = backend.session(master, settings={
        "spark.ui.enabled": "true", "spark.ui.port": "0",
        "spark.executor.processTreeMetrics.enabled": "true",
        "spark.executor.metrics.pollingInterval": "500ms",
        "spark.driver.memory": "4g",
    })
    try:
        started = time.perf_counter()
        result = backend.scan(corpus, config=config, spark=session)
        seconds = time.perf_counter() - started
        metrics = spark_metrics(session)
    finally:
        session.stop()
    with (out / "relations.jsonl").open("w", encoding="utf-8") as handle:
        for relation in result.relations:
            handle.write(json.dumps(relation.to_json(), ensure_ascii=False) + "\n")
    s = result.stats
    (out / "metrics.json").write_text(json.dumps({
        "seconds_in_scan": round(seconds, 2), "candidates": s.candidates,
        "relations": s.relations, "near_duplicates": s.near_duplicates,
        "common_keys_dropped": s.common_fingerprints_dropped,
        "phases": {k: round(v, 2) for k, v in s.phases.items()}, **metrics}, indent=1))


def spark_metrics(session: Any) -> dict[str, Any]:
    """Shuffle bytes (all stages) and peak executor memory, from Spark's REST API."""
    sc = session.sparkContext
    base = f"{sc.uiWebUrl}/api/v1/applications/{sc.applicationId}"

    def get(path: str) -> Any:
        with urllib.request.urlopen(base + path, timeout=30) as response:
            return json.load(response)

    stages = get("/stages?status=complete")
    executors = get("/allexecutors")
    peaks: dict[str, float] = {}
    for executor in executors:
        for name, value in (executor.get("peakMemoryMetrics") or {}).items():
            peaks[name] = max(peaks.get(name, 0), value)
    by_stage = sorted(((s["shuffleWriteBytes"], s["name"][:60]) for s in stages),
                      reverse=True)[:6]
    return {
        "shuffle_write_bytes": sum(s["shuffleWriteBytes"] for s in stages),
        "shuffle_read_bytes": sum(s["shuffleReadBytes"] for s in stages),
        "shuffle_write_records": sum(s["shuffleWriteRecords"] for s in stages),
        "largest_shuffles": by_stage,
        "stages": len(stages),
        "peak_jvm_heap_mb": round(peaks.get("JVMHeapMemory", 0) / 2**20, 1),
        "peak_python_rss_mb": round(peaks.get("ProcessTreePythonRSSMemory", 0) / 2**20, 1),
        "peak_jvm_rss_mb": round(peaks.get("ProcessTreeJVMRSSMemory", 0) / 2**20, 1),
    }


def run(args: argparse.Namespace) -> dict[str, Any]:
    n = args.articles
    work = Path(tempfile.mkdtemp(prefix=f"unspin-spark-{n}-", dir=args.tmp))
    corpus = build_corpus(n, args.seed, work, load_pools(args.bbc))
    print(f"corpus: {n} articles ({corpus.text_bytes / 1e6:.1f} MB)", file=sys.stderr)
    flags = [] if args.paraphrase else ["--no-paraphrase"]
    runs: dict[str, Any] = {}
    relations: dict[str, list[str]] = {}

    local = work / "local"
    local.mkdir()
    command = [sys.executable, "-m", "unspin", "scan", str(corpus.docs), "--db",
               str(local / "index.db"), "--format", "jsonl", "--workers", "2", *flags]
    seconds, cpu, _, pss, _ = run_measured(command, local / "relations.jsonl")
    relations["local"] = sorted((local / "relations.jsonl").read_text().splitlines())
    runs["local (--workers 2)"] = {"seconds": round(seconds, 1),
                                   "articles_per_second": round(n / seconds, 1),
                                   "cpu_seconds": round(cpu, 1),
                                   "peak_pss_mb": round(pss / 2**20, 1)}
    print(f"local: {seconds:.1f}s", file=sys.stderr)
    for master in args.masters:
        out = work / master.replace("[", "-").replace("]", "")
        out.mkdir()
        command = [sys.executable, __file__, "--child", str(corpus.docs), master, str(out),
                   *(["--no-paraphrase"] if not args.paraphrase else [])]
        seconds, cpu, _, pss, _ = run_measured(command, out / "child.out")
        metrics = json.loads((out / "metrics.json").read_text())
        relations[master] = sorted((out / "relations.jsonl").read_text().splitlines())
        runs[f"spark {master}"] = {"seconds": round(seconds, 1),
                                   "articles_per_second": round(n / seconds, 1),
                                   "cpu_seconds": round(cpu, 1),
                                   "peak_pss_mb": round(pss / 2**20, 1), **metrics}
        print(f"spark {master}: {seconds:.1f}s, shuffle "
              f"{metrics['shuffle_write_bytes'] / 1e6:.1f} MB", file=sys.stderr)
    same = all(found == relations["local"] for found in relations.values())
    return {"articles": n, "seed": args.seed, "paraphrase": args.paraphrase,
            "text_mb": round(corpus.text_bytes / 1e6, 2),
            "relations": len(relations["local"]), "same_relations": same, "runs": runs}


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        corpus, master, out = sys.argv[2:5]
        child(corpus, master, Path(out), "--no-paraphrase" not in sys.argv)
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--masters", nargs="+", default=["local[1]", "local[2]"])
    parser.add_argument("--no-paraphrase", dest="paraphrase", action="store_false")
    parser.add_argument("--bbc", type=Path, default=BBC)
    parser.add_argument("--tmp", default=None)
    args = parser.parse_args()
    result = run(args)
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / f"spark-{args.articles}.json"
    path.write_text(json.dumps(result, indent=1) + "\n")
    print(json.dumps(result, indent=1))
    print(f"written to {path}", file=sys.stderr)


if __name__ == "__main__":
    main()
