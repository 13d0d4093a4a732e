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
import shutil
import sys
import tempfile
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

from unspin.config import Config
from unspin.errors import UsageError
from unspin.jobs import worker
from unspin.jobs.common import accelerated_note, paraphrase_note
from unspin.jobs.indexing import indexed_document
from unspin.jobs.scan import (
    decide,
    grouped_roots,
    grouped_rowids,
    near_duplicate_roots,
)
from unspin.model import Article, Failure, RawDocument, Relation
from unspin.pipeline.candidates import _count, _instances, best_by_evidence
from unspin.pipeline.fingerprint import is_skeleton
from unspin.pipeline.near_duplicates import group_members
from unspin.pipeline.read import corpus_files, parse_jsonl_record, read_file
from unspin.results import ScanResult, ScanStats
from unspin.store.keys import KEY_CHANNEL_BIT, index_keys
from unspin.store.sqlite import IndexedArticle, open_store

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
    one unspin is installed in), with its driver and UI bound to this machine's loopback
    address when the master is local."""
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
    builder = builder.config("spark.pyspark.python", sys.executable).config(
        "spark.ui.showConsoleProgress", "false")
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
    documents, failures = _read(spark, corpus, config, parallelism)
    indexed = documents.map(lambda item: (item[0], _read_and_index(item[1], config)))
    indexed.persist(StorageLevel.MEMORY_AND_DISK)
    failures += [(order, item) for order, item in
                 indexed.filter(lambda item: isinstance(item[1], Failure)).collect()
                 if isinstance(item, Failure)]
    read = indexed.filter(lambda item: not isinstance(item[1], Failure))
    # A repeated id is a failure, the first read wins (as ``iter_raw_documents`` says).
    repeated = (read.map(lambda item: (item[1][0], (item[0], item[1][1]))).groupByKey()
                .flatMap(lambda item: _repeats(item[0], sorted(item[1]))).collect())
    failures += repeated
    dropped = sc.broadcast(frozenset(order for order, _ in repeated))
    results = read.filter(lambda item: item[0] not in dropped.value).mapValues(
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
    pairs, capped, too_common = _candidates(sc, articles, root, config, stats.indexed,
                                            parallelism)
    stats.candidates, stats.candidates_capped = len(pairs), capped
    stats.common_fingerprints_dropped = too_common
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


# -- reading -------------------------------------------------------------------------------


def _read(spark: SparkSession, corpus: str, config: Config, parallelism: int
          ) -> tuple[Any, list[tuple[Order, Failure]]]:
    """Every document of the corpus (or the failure that stopped it) keyed by its reading
    order, and the failures found on the driver (folders that could not be listed). Local
    paths are read by the executors from the path (the workers must see it: one machine, or a
    shared file system); other URIs
    (``hdfs://``, ``s3a://``, ``file://``) through Hadoop's file systems."""
    sc = spark.sparkContext
    max_bytes = config.max_bytes
    failures: list[tuple[Order, Failure]] = []
    if "://" in corpus or corpus.startswith("file:"):
        base, files = _hadoop_files(sc, corpus)
        local = False
    else:
        path = Path(corpus)
        if not path.exists():
            raise UsageError(f"{corpus} does not exist: give a folder or file of articles")
        if path.is_dir():
            listed = corpus_files(path)
            base = str(path.resolve())
        else:
            listed, base = [(path.name, None)], str(path.resolve().parent)
        files = []
        for relative, error in listed:
            if error is not None:
                failures.append(((len(files), -1), Failure(relative, error)))
            files.append(relative)
        local = True
    ranked = list(enumerate(files))
    plain = [(rank, rel) for rank, rel in ranked if not rel.lower().endswith(PARQUET)]
    parquet = [(rank, rel) for rank, rel in ranked if rel.lower().endswith(PARQUET)]
    if local:
        def read_local(item: tuple[int, str]) -> Iterator[tuple[Order, RawDocument | Failure]]:
            rank, relative = item
            for k, doc in enumerate(read_file(Path(base) / relative, relative, max_bytes)):
                yield (rank, k), doc
        documents = sc.parallelize(plain, max(1, min(len(plain), 4 * parallelism))
                                   ).flatMap(read_local)
    else:
        uris = {_plain(f"{base}/{rel}"): (rank, rel) for rank, rel in plain}
        documents = (sc.binaryFiles(",".join(f"{base}/{rel}" for _, rel in plain),
                                    minPartitions=parallelism)
                     .flatMap(lambda item: _read_bytes(uris, item[0], item[1], max_bytes))
                     if uris else sc.emptyRDD())
    for rank, relative in parquet:
        documents = documents.union(_parquet_documents(spark, f"{base}/{relative}", rank,
                                                       relative, max_bytes))
    return documents, failures


# A document read and indexed: (id, origin, the indexed article or why it failed); or the
# failure that stopped it being read.
Indexed = tuple[str, str, IndexedArticle | Failure] | Failure


def _read_and_index(document: RawDocument | Failure, config: Config) -> Indexed:
    if isinstance(document, Failure):
        return document
    return document.id, document.origin, _index(document, config)


def _repeats(article_id: str, reads: list[tuple[Order, str]]) -> Iterator[tuple[Order, Failure]]:
    first = reads[0][1]
    for order, origin in reads[1:]:
        yield order, Failure(origin, f"duplicate id {article_id!r} (first read from {first})")


def _index(raw: RawDocument, config: Config) -> IndexedArticle | Failure:
    """One document extracted, normalised, fingerprinted and sketched (the text kept whole:
    it is aligned here, and packed only if an index is written)."""
    indexed = indexed_document(raw, config, pack=False)
    return indexed if isinstance(indexed, Failure) else indexed[0]


def _hadoop_files(sc: SparkContext, corpus: str) -> tuple[str, list[str]]:
    """The base URI and the files under it (relative, sorted, hidden ones left out), listed
    through Hadoop's file system API."""
    jvm, jsc = sc._jvm, sc._jsc
    assert jvm is not None and jsc is not None
    path = jvm.org.apache.hadoop.fs.Path(corpus)
    fs = path.getFileSystem(jsc.hadoopConfiguration())
    if not fs.exists(path):
        raise UsageError(f"{corpus} does not exist: give a folder or file of articles")
    base = fs.makeQualified(path).toString().rstrip("/")
    if fs.getFileStatus(path).isFile():
        parent, name = base.rsplit("/", 1)
        return parent, [name]
    found = []
    listing = fs.listFiles(path, True)
    while listing.hasNext():
        uri = listing.next().getPath().toString()
        relative = uri[len(base) + 1:]
        if not any(part.startswith((".", "_")) for part in relative.split("/")):
            found.append(relative)
    return base, sorted(found)


def _plain(uri: str) -> str:
    """A URI without its scheme and leading slashes (``file:/a`` and ``file:///a`` alike)."""
    return uri.split(":", 1)[1].lstrip("/") if ":" in uri else uri.lstrip("/")


def _read_bytes(uris: dict[str, tuple[int, str]], uri: str, data: bytes, max_bytes: int
                ) -> Iterator[tuple[Order, RawDocument | Failure]]:
    """The documents of one file read through Hadoop, as ``read_file`` reads a local one."""
    rank, relative = uris[_plain(uri)]
    folder = tempfile.mkdtemp(prefix="unspin-read-")
    try:
        local = Path(folder) / Path(relative).name
        local.write_bytes(data)
        for k, doc in enumerate(read_file(local, relative, max_bytes)):
            yield (rank, k), doc
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _parquet_documents(spark: SparkSession, uri: str, rank: int, relative: str,
                       max_bytes: int) -> Any:
    """The records of a Parquet file (the columns of a JSON-lines record: ``id``, ``text`` or
    ``html``, ...), each read as that JSON line would be, in row order."""
    import json

    def record(item: tuple[Any, int]) -> tuple[Order, RawDocument | Failure]:
        row, k = item
        line = json.dumps({key: value for key, value in row.asDict().items()
                           if value is not None}, ensure_ascii=False, default=str)
        return (rank, k), parse_jsonl_record(line.encode("utf-8", "surrogatepass"),
                                             f"{relative}:{k + 1}", max_bytes)

    return spark.read.parquet(uri).rdd.zipWithIndex().map(record)


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


# -- candidates ----------------------------------------------------------------------------


def _bucket(values: np.ndarray, count: int) -> np.ndarray:
    """A partition for each key or pair code (a multiplicative hash: its low bits are not
    enough, keys of one channel share them)."""
    mixed = (values.astype(np.uint64) * GOLDEN) >> np.uint64(40)
    buckets: np.ndarray = (mixed % np.uint64(count)).astype(np.int64)
    return buckets


def _split(arrays: tuple[np.ndarray, ...], buckets: np.ndarray, count: int
           ) -> Iterator[tuple[int, tuple[np.ndarray, ...]]]:
    """``arrays`` cut by bucket: one shuffle record per bucket a partition sends to."""
    order = np.argsort(buckets, kind="stable")
    bounds = np.searchsorted(buckets[order], np.arange(count + 1))
    for k in range(count):
        start, end = int(bounds[k]), int(bounds[k + 1])
        if end > start:
            yield k, tuple(array[order[start:end]] for array in arrays)


def _candidates(sc: SparkContext, articles: Any, root: np.ndarray, config: Config,
                documents: int, parallelism: int) -> tuple[np.ndarray, int, int]:
    """The candidate pairs (row ids, sorted), the pairs capped, and the keys dropped as too
    common: ``candidate_pairs_in_parts`` with fingerprint keys as shuffle keys."""
    candidates = config.candidates
    roots = sc.broadcast(root)
    keys = articles.mapValues(lambda indexed: np.frombuffer(
        index_keys(indexed.fingerprints), dtype=np.int64))

    def group_of(item: tuple[int, np.ndarray]) -> int:
        return int(roots.value[item[0]])

    in_group = np.zeros(len(root), dtype=bool)
    in_group[np.flatnonzero(root != np.arange(len(root)))] = True
    in_group[root[in_group]] = True
    grouped = sc.broadcast(frozenset(np.flatnonzero(in_group).tolist()))
    alone = keys.filter(lambda item: item[0] not in grouped.value)
    collapsed = alone.union(
        keys.filter(lambda item: item[0] in grouped.value).keyBy(group_of)
        .groupByKey(numPartitions=parallelism).flatMap(lambda item: _collapse(item[0], item[1])))
    collapsed.persist(StorageLevel.MEMORY_AND_DISK)

    def totals(item: tuple[int, np.ndarray]) -> tuple[int, int, int]:
        skeleton = int(np.count_nonzero(is_skeleton(item[1], KEY_CHANNEL_BIT)))
        return item[0], len(item[1]) - skeleton, skeleton

    counted = np.array(collapsed.map(totals).collect(), dtype=np.int64).reshape(-1, 3)
    per_article = np.zeros((len(root), 2))
    per_article[counted[:, 0]] = counted[:, 1:]

    def postings(items: Iterable[tuple[int, np.ndarray]]) -> tuple[np.ndarray, np.ndarray]:
        batch = list(items)
        if not batch:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        hashes = np.concatenate([k for _, k in batch])
        owners = np.concatenate([np.full(len(k), a, dtype=np.int64) for a, k in batch])
        return hashes, owners

    # Document frequencies, combined in each partition before the shuffle: one record per
    # key and partition, however many articles carry it.
    def frequencies(items: Iterable[tuple[int, np.ndarray]]
                    ) -> Iterator[tuple[int, tuple[np.ndarray, ...]]]:
        hashes, _ = postings(items)
        unique, counts = np.unique(hashes, return_counts=True)
        yield from _split((unique, counts), _bucket(unique, parallelism), parallelism)

    def common(pieces: Iterable[tuple[int, tuple[np.ndarray, ...]]]) -> Iterator[np.ndarray]:
        parts = [p for _, p in pieces]
        if parts:
            hashes = np.concatenate([p[0] for p in parts])
            counts = np.concatenate([p[1] for p in parts])
            unique, inverse = np.unique(hashes, return_inverse=True)
            total = np.bincount(inverse, weights=counts)
            yield unique[total > candidates.max_df]

    too_common = collapsed.mapPartitions(frequencies).partitionBy(
        parallelism, lambda k: k).mapPartitions(common).collect()
    dropped = np.sort(np.concatenate(too_common)) if too_common else np.zeros(0, np.int64)
    drop = sc.broadcast(dropped)

    def shuffled_postings(items: Iterable[tuple[int, np.ndarray]]
                          ) -> Iterator[tuple[int, tuple[np.ndarray, ...]]]:
        hashes, owners = postings(items)
        common_keys = drop.value
        if len(common_keys) and len(hashes):
            at = np.minimum(np.searchsorted(common_keys, hashes), len(common_keys) - 1)
            keep = common_keys[at] != hashes
            hashes, owners = hashes[keep], owners[keep]
        yield from _split((hashes, owners.astype(np.uint32)), _bucket(hashes, parallelism),
                          parallelism)

    def instances(pieces: Iterable[tuple[int, tuple[np.ndarray, ...]]]
                  ) -> Iterator[tuple[int, tuple[np.ndarray, ...]]]:
        parts = [p for _, p in pieces]
        if not parts:
            return
        hashes = np.concatenate([p[0] for p in parts])
        owners = np.concatenate([p[1] for p in parts]).astype(np.int64)
        order = np.lexsort((owners, hashes))
        _, found = _instances(owners[order], hashes[order], candidates, KEY_CHANNEL_BIT,
                              documents)
        for codes, flags, evidence in found:
            yield from _split((codes, flags, evidence), _bucket(codes, parallelism),
                              parallelism)

    def count(pieces: Iterable[tuple[int, tuple[np.ndarray, ...]]]
              ) -> Iterator[tuple[np.ndarray, ...]]:
        parts = [p for _, p in pieces]
        if parts:
            codes, flags, evidence = (np.concatenate([p[k] for p in parts]) for k in range(3))
            yield _count(codes, flags, evidence, candidates)

    counted_pairs = (collapsed.mapPartitions(shuffled_postings)
                     .partitionBy(parallelism, lambda k: k).mapPartitions(instances)
                     .partitionBy(parallelism, lambda k: k).mapPartitions(count).collect())
    collapsed.unpersist()
    codes, shared, skeleton, evidence = (
        np.concatenate([c[k] for c in counted_pairs]) if counted_pairs else np.zeros(0, dtype)
        for k, dtype in enumerate((np.int64, np.float64, np.float64, np.float64)))
    order = np.argsort(codes, kind="stable")
    codes, shared, skeleton, evidence = (codes[order], shared[order], skeleton[order],
                                         evidence[order])
    pairs = np.stack((codes >> np.int64(32), codes & np.int64(0xFFFFFFFF)), axis=1)
    words = shared - candidates.skeleton_weight * skeleton
    keep = best_by_evidence(pairs, np.stack((words, skeleton), axis=1), evidence,
                            per_article[pairs] if candidates.per_article else None, candidates)
    return pairs[keep], int((~keep).sum()), len(dropped)


def _collapse(group: int, items: Iterable[tuple[int, np.ndarray]]
              ) -> Iterator[tuple[int, np.ndarray]]:
    """A near-duplicate group's keys with each member's keys that its root carries left out
    (``candidates.collapse``: the group counts once for what its members share)."""
    members = list(items)
    head = next(k for a, k in members if a == group)
    for article, keys in members:
        yield article, keys if article == group else keys[~np.isin(keys, head,
                                                                     assume_unique=True)]


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
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    db.parent.mkdir(parents=True, exist_ok=True)
    with open_store(db, config.index_summary()) as store:
        batch: list[IndexedArticle] = []
        for _, indexed in articles.sortByKey().toLocalIterator():
            batch.append(indexed)
            if len(batch) >= 1024:
                store.write_articles(batch)
                batch = []
        store.write_articles(batch)
        store.flush_postings()
        store.write_roots(grouped_roots(root))
        store.replace_relations(relations)


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
