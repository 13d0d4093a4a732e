"""The scan on Apache Spark: the same pure stages as Spark tasks, the same decisions, the same
relations as the local backend (``unspin.jobs.scan``).

Stages (each a Spark job over the corpus; docs/spark.md has the figures):

1. **read and index**: the corpus's files, numbered in the order the local scan reads them
   (sorted relative path, then record), are read and indexed in the executors
   (``read_file``, ``indexed_document``). An article's number (its row id) is its rank in that
   order: derived from paths and record positions, never from Spark's partitioning, so the
   numbers, and every tie broken by them, are the local scan's.
2. **boilerplate lines and near-duplicate groups**: short-line hashes counted by a reduce;
   the sketches (128 bytes an article) grouped on the driver by the local function, which
   reads the articles of the groups alone.
3. **candidates**: fingerprint keys are the shuffle keys. A group member's keys shared with
   its root are dropped in a shuffle by root (``collapse``); each key's document frequency is
   counted with map-side combining, and keys carried by more than ``max_df`` articles (stock
   phrases, boilerplate) are dropped *before* the postings are shuffled by key, so no key can
   load a partition with more than ``max_df`` postings. Each key partition yields pair
   instances (``candidates._instances``), shuffled by pair and counted (``_count``); the
   pairs that qualify are ranked per article on the driver (``best_by_evidence``).
4. **alignment**: candidate pairs and near-duplicate members are joined with the two
   articles and verified in the executors (``worker.verify_articles``); re-rooting,
   grandparents and the choice of each copy's best source are ``jobs.scan.decide``, shared
   with the local backend.

Relations are written as Parquet with the columns of ``scan --format jsonl``; with ``db``,
the articles and relations also go into the embedded index (built afresh), so ``trace``,
``stories`` and ``family`` read the result.
"""

from __future__ import annotations

import os
import sys
import time
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
from pyspark import SparkContext, StorageLevel
from pyspark.sql import SparkSession
from pyspark.sql.types import (
    ArrayType,
    DoubleType,
    LongType,
    StringType,
    StructField,
    StructType,
)

from unspin.backends.spark_candidates import candidates
from unspin.backends.spark_read import read_and_index, read_corpus, repeats
from unspin.config import Config
from unspin.jobs import worker
from unspin.jobs.common import accelerated_note, paraphrase_note
from unspin.jobs.scan import (
    decide,
    grouped_roots,
    grouped_rowids,
    near_duplicate_roots,
    rewrite_candidates,
)
from unspin.model import Article, Failure, Relation
from unspin.pipeline.near_duplicates import group_members
from unspin.results import ScanResult, ScanStats
from unspin.semantic import semantic_available
from unspin.store.lock import writer_lock
from unspin.store.sqlite import IndexedArticle, open_store
from unspin.stories.facts import unpack

Order = tuple[int, int]  # (file rank in reading order, record in the file)
PARQUET = ".parquet"
GOLDEN = np.uint64(0x9E3779B97F4A7C15)

# The schema of ``scan --format jsonl`` (``Relation.to_json``), as Parquet columns.
RELATION_SCHEMA = StructType([
    StructField("copy", StringType(), False),
    StructField("source", StringType(), False),
    StructField("kind", StringType(), False),
    StructField("copied", DoubleType(), False),
    StructField("substituted", DoubleType(), False),
    StructField("score", DoubleType(), False),
    StructField("passages", ArrayType(StructType([
        StructField("copy", ArrayType(LongType()), False),
        StructField("source", ArrayType(LongType()), False),
    ])), False),
    StructField("substitutions", ArrayType(StructType([
        StructField("source", StringType(), False),
        StructField("copy", StringType(), False),
    ])), False),
    StructField("reason", StringType(), False),
    StructField("direction", StringType(), False),
])


def session(master: str | None = None, app: str = "unspin scan",
            settings: dict[str, str] | None = None) -> SparkSession:
    """A Spark session whose Python workers run this interpreter (``sys.executable``: the
    one unspin is installed in), with its driver (and UI, when ``settings`` turn it on) bound
    to this machine's loopback address when the master is local."""
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    builder = SparkSession.builder.appName(app)
    if master:
        builder = builder.master(master)
    local = (master or "").startswith(("local", "spark://127.0.0.1", "spark://localhost"))
    if local:
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        builder = builder.config("spark.driver.host", "127.0.0.1").config(
            "spark.driver.bindAddress", "127.0.0.1")
    # No web UI unless asked for (the benchmark asks, for its REST metrics).
    builder = builder.config("spark.pyspark.python", sys.executable).config(
        "spark.ui.showConsoleProgress", "false").config("spark.ui.enabled", "false")
    for key, value in (settings or {}).items():
        builder = builder.config(key, value)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def scan(
    corpus: str | Path,
    master: str | None = None,
    out: str | Path | None = None,
    db: str | Path | None = None,
    config: Config | None = None,
    all_pairs: bool = False,
    spark: SparkSession | None = None,
) -> ScanResult:
    """``jobs.scan.scan`` on Spark: the relations of every article under ``corpus`` (a local
    path or any Hadoop-compatible URI), written to ``out`` (Parquet) and, with ``db``, into
    a fresh index there. ``spark``: a session to use (else one is started on ``master``,
    and stopped at the end)."""
    started = time.perf_counter()
    config = config or Config()
    owned = spark is None
    spark = spark or session(master)
    try:
        return _scan(spark, str(corpus), out, db, config, all_pairs, started)
    finally:
        if owned:
            spark.stop()


def _scan(spark: SparkSession, corpus: str, out: str | Path | None, db: str | Path | None,
          config: Config, all_pairs: bool, started: float) -> ScanResult:
    sc = spark.sparkContext
    parallelism = max(2, sc.defaultParallelism)
    stats = ScanStats()
    clock = time.perf_counter()
    documents, failures = read_corpus(spark, corpus, config, parallelism)
    indexed = documents.map(lambda item: (item[0], read_and_index(item[1], config)))
    indexed.persist(StorageLevel.MEMORY_AND_DISK)
    failures += [(order, item) for order, item in
                 indexed.filter(lambda item: isinstance(item[1], Failure)).collect()
                 if isinstance(item, Failure)]
    documents_read = indexed.filter(lambda item: not isinstance(item[1], Failure))
    # A repeated id is a failure, the first read wins (as ``iter_raw_documents`` says).
    repeated = (documents_read.map(lambda item: (item[1][0], (item[0], item[1][1]))).groupByKey()
                .flatMap(lambda item: repeats(item[0], sorted(item[1]))).collect())
    failures += repeated
    dropped = sc.broadcast(frozenset(order for order, _ in repeated))
    results = documents_read.filter(lambda item: item[0] not in dropped.value).mapValues(
        lambda item: item[2])
    not_indexed = results.filter(lambda item: isinstance(item[1], Failure)).collect()
    # Row ids: ranks in reading order (a sort by it, then each partition's offset); the sort
    # leaves contiguous runs of row ids in each partition, which is all the later stages need.
    articles = (results.filter(lambda item: not isinstance(item[1], Failure))
                .sortByKey(numPartitions=parallelism).values().zipWithIndex()
                .map(lambda item: (item[1] + 1, item[0]), preservesPartitioning=True))
    articles.persist(StorageLevel.MEMORY_AND_DISK)
    stats.indexed = articles.count()
    indexed.unpersist()
    _debug("read, index and number", clock)
    stats.seen = stats.indexed + len(not_indexed)
    failure_list = [f for _, f in sorted(failures + not_indexed, key=lambda item: item[0])]
    stats.failed = len(failure_list)
    clock = stats.timed("read and index", clock)

    frequent = _frequent_lines(articles, config.boilerplate.min_docs)
    _debug("lines", clock)
    root, fetched = _roots(sc, articles, config, frequent, stats.indexed)
    _debug("roots", clock)
    members = group_members(root)
    stats.near_duplicates = len(members)
    pairs, capped, too_common = candidates(sc, articles, root, config, stats.indexed,
                                            parallelism)
    stats.candidates, stats.candidates_capped = len(pairs), capped
    stats.common_fingerprints_dropped = too_common
    if config.paraphrase.enabled and semantic_available():
        # The rewrite channel's pairs, from the articles' facts by the local function.
        facts = sorted(articles.map(lambda item: (item[0], item[1].facts or None)).collect())
        rewrites = rewrite_candidates([rowid for rowid, _ in facts],
                                      [unpack(packed) for _, packed in facts], root, config,
                                      pairs)
        stats.rewrite_candidates = len(rewrites)
        if len(rewrites):
            pairs = np.concatenate([np.asarray(pairs, dtype=np.int64).reshape(-1, 2), rewrites])
    clock = stats.timed("candidates", clock)

    ids = dict(articles.map(lambda item: (item[0], item[1].article.id)).collect())
    boilerplate = sc.broadcast(frozenset(frequent))
    text_of = articles.mapValues(lambda indexed: indexed.article)
    text_of.persist(StorageLevel.MEMORY_AND_DISK)
    def article(rowid: int) -> Article:
        if rowid not in fetched:
            fetched[rowid] = text_of.lookup(rowid)[0]
        return fetched[rowid]

    verifier = _verifier(sc, text_of, config, boilerplate, parallelism)
    notes = paraphrase_note(config) + accelerated_note()
    tasks = [(int(a), int(b)) for a, b in pairs]
    relations, siblings = decide(tasks, members, root, ids, verifier, article, all_pairs, notes)
    stats.relations = len(relations)
    clock = stats.timed("align", clock)

    target = Path(out) if out is not None else None
    if out is not None:
        write_parquet(spark, relations + siblings if all_pairs else relations, str(out))
    if db is not None:
        target = Path(db)
        _write_index(Path(db), config, articles, root, relations)
    stats.timed("write relations", clock)
    text_of.unpersist()
    articles.unpersist()
    stats.seconds = time.perf_counter() - started
    return ScanResult(target or Path(str(out or "")), relations, failure_list, stats, notes,
                      siblings)


def _debug(step: str, since: float) -> None:
    """With ``UNSPIN_SPARK_DEBUG`` set, the time a step took (from ``since``) on stderr."""
    if os.environ.get("UNSPIN_SPARK_DEBUG"):
        print(f"unspin spark: {step} {time.perf_counter() - since:.1f}s", file=sys.stderr)


# -- boilerplate lines and near-duplicate groups -------------------------------------------


def _frequent_lines(articles: Any, min_docs: int) -> set[int]:
    """Hashes of the short lines found in at least ``min_docs`` articles (each counted once
    an article, as the index's ``lines`` table does)."""
    counts = (articles.flatMap(lambda item: [(h, 1) for h in set(item[1].line_hashes)])
              .reduceByKey(lambda a, b: a + b).filter(lambda item: item[1] >= min_docs)
              .keys().collect())
    return set(counts)


def _roots(sc: SparkContext, articles: Any, config: Config, frequent: set[int], count: int
           ) -> tuple[np.ndarray, dict[int, Article]]:
    """``root[rowid]``: the near-duplicate groups of ``near_duplicate_roots`` from the
    sketches, reading the articles of the groups (and their page furniture) alone; and those
    articles (re-rooting reads them again)."""
    sketches = dict(articles.map(lambda item: (item[0], item[1].sketch)).collect())
    rowids = np.arange(1, count + 1, dtype=np.int64)
    blobs = [sketches.get(r) or None for r in rowids.tolist()]
    wanted = sc.broadcast(frozenset(grouped_rowids(rowids, blobs, config)))
    lines = sc.broadcast(frozenset(frequent))
    members = dict(articles.filter(lambda item: item[0] in wanted.value).map(
        lambda item: (item[0], (item[1].article,
                                sum(h in lines.value for h in set(item[1].line_hashes)))))
        .collect())
    root = near_duplicate_roots(rowids, blobs, config, members.__getitem__)
    return root, {rowid: article for rowid, (article, _) in members.items()}


# -- alignment -----------------------------------------------------------------------------


_started: str | None = None


def _verify_partition(tasks: Iterable[tuple[int, tuple[bool, Article, Article]]],
                      config: Config, boilerplate: Any, scan_token: str
                      ) -> Iterator[tuple[int, Relation | None]]:
    """Verify a partition's tasks in this Python worker (its state set once a scan: a worker
    process serves many tasks, and keeps its sentence model loaded between them)."""
    global _started
    if _started != scan_token:
        worker.start(True, config, None, boilerplate.value)
        _started = scan_token
    for index, (member, first, second) in tasks:
        yield index, worker.verify_articles(member, first, second)


def _verifier(sc: SparkContext, text_of: Any, config: Config, boilerplate: Any,
              parallelism: int) -> Any:
    """``jobs.scan.Verifier`` on Spark: each task joined with its two articles (by row id)
    and verified in the executors; the results come back in task order."""
    token = uuid.uuid4().hex

    def run(tasks: list[tuple[bool, int, int]]) -> list[Relation | None]:
        if not tasks:
            return []
        clock = time.perf_counter()
        keyed = sc.parallelize([(first, (index, member, second))
                                for index, (member, first, second) in enumerate(tasks)],
                               parallelism)
        # Only the articles of these tasks take part in the joins (a few in a hundred at
        # the scale corpus's candidate rate), not the whole corpus.
        needed = sc.broadcast(frozenset(r for _, first, second in tasks
                                        for r in (first, second)))
        involved = text_of.filter(lambda item: item[0] in needed.value)
        with_first = keyed.join(involved).map(
            lambda item: (item[1][0][2], (item[1][0][0], item[1][0][1], item[1][1])))
        joined = with_first.join(involved).map(
            lambda item: (item[1][0][0], (item[1][0][1], item[1][0][2], item[1][1])))
        # Contiguous runs of tasks, in task order (pairs sorted by their first article): a
        # worker prepares an article once for its run of pairs, as the local pool does.
        slices = max(1, min(4 * parallelism, len(tasks) // 32))
        ranges = joined.repartitionAndSortWithinPartitions(
            slices, lambda index: index * slices // len(tasks))
        found = dict(ranges.mapPartitions(
            lambda part: _verify_partition(part, config, boilerplate, token)).collect())
        _debug(f"verified {len(tasks)}", clock)
        return [found[index] for index in range(len(tasks))]
    return run


# -- output --------------------------------------------------------------------------------


def relation_row(relation: Relation) -> dict[str, Any]:
    """A relation as a Parquet row: ``Relation.to_json``, column for column."""
    return relation.to_json()


def write_parquet(spark: SparkSession, relations: list[Relation], out: str) -> None:
    """The relations (by copy, then source) as one Parquet file set at ``out``."""
    rows = [relation_row(r) for r in sorted(relations, key=lambda r: (r.copy, r.source))]
    frame = spark.createDataFrame(rows, RELATION_SCHEMA) if rows else spark.createDataFrame(
        spark.sparkContext.emptyRDD(), RELATION_SCHEMA)
    frame.coalesce(1).write.mode("overwrite").parquet(out)


def read_parquet(spark: SparkSession, path: str) -> list[dict[str, Any]]:
    """Relations written by ``write_parquet``, as the JSON lines of ``scan --format jsonl``."""
    rows = spark.read.parquet(path).collect()
    out = []
    for row in rows:
        record = row.asDict(recursive=True)
        record["passages"] = [{"copy": list(p["copy"]), "source": list(p["source"])}
                              for p in record["passages"]]
        out.append(record)
    return sorted(out, key=lambda r: (r["copy"], r["source"]))


def _write_index(db: Path, config: Config, articles: Any, root: np.ndarray,
                 relations: list[Relation]) -> None:
    """The articles, in row id order, their near-duplicate roots and the relations, into a
    fresh index at ``db`` (the one there is replaced: a Spark scan indexes the whole corpus)."""
    db.parent.mkdir(parents=True, exist_ok=True)
    # The index's writer lock (``store.lock``) is held while the old index is replaced: another
    # job writing it is waited for.
    with writer_lock(db, "spark scan"):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        with open_store(db, config.index_summary()) as store:
            batch: list[IndexedArticle] = []
            for _, indexed in articles.sortByKey().toLocalIterator():
                batch.append(indexed)
                if len(batch) >= 1024:
                    store.write_articles(batch)
                    batch = []
            store.write_articles(batch)
            store.flush_postings()
            store.replace_relations(relations, grouped_roots(root))


def main(argv: list[str] | None = None) -> int:
    """``spark-submit src/unspin/backends/spark.py CORPUS [--out R.parquet] [--db INDEX]``:
    the scan as a Spark application (the master comes from spark-submit)."""
    import argparse
    import json

    parser = argparse.ArgumentParser(prog="unspin-spark", description=main.__doc__)
    parser.add_argument("corpus")
    parser.add_argument("--out")
    parser.add_argument("--db")
    parser.add_argument("--jsonl", help="also write the relations as JSON lines here")
    parser.add_argument("--no-paraphrase", action="store_true")
    args = parser.parse_args(argv)
    from dataclasses import replace

    config = Config()
    if args.no_paraphrase:
        config = replace(config, paraphrase=replace(config.paraphrase, enabled=False))
    result = scan(args.corpus, out=args.out, db=args.db, config=config)
    if args.jsonl:
        with open(args.jsonl, "w", encoding="utf-8") as handle:
            for relation in result.relations:
                handle.write(json.dumps(relation.to_json(), ensure_ascii=False) + "\n")
    s = result.stats
    print(f"unspin: {s.seen} articles ({s.indexed} indexed, {s.failed} failed), "
          f"{s.candidates} candidate pairs, {s.relations} relations in {s.seconds:.1f}s",
          file=sys.stderr)
    return 1 if result.failures else 0


if __name__ == "__main__":
    sys.exit(main())
