"""The Spark backend's reading: a corpus's files listed in the local scan's reading order
(local paths, or any Hadoop-compatible URI), read by the executors with the read stage's own
functions, and each document indexed where it was read."""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pyspark import SparkContext
from pyspark.sql import SparkSession

from unspin.config import Config
from unspin.errors import UsageError
from unspin.jobs.indexing import indexed_document
from unspin.model import Failure, RawDocument
from unspin.pipeline.read import corpus_files, parse_jsonl_record, read_file
from unspin.store.sqlite import IndexedArticle

Order = tuple[int, int]  # (file rank in reading order, record in the file)
PARQUET = ".parquet"


def read_corpus(spark: SparkSession, corpus: str, config: Config, parallelism: int
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


def read_and_index(document: RawDocument | Failure, config: Config) -> Indexed:
    if isinstance(document, Failure):
        return document
    return document.id, document.origin, _index(document, config)


def repeats(article_id: str, reads: list[tuple[Order, str]]) -> Iterator[tuple[Order, Failure]]:
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
    def record(item: tuple[Any, int]) -> tuple[Order, RawDocument | Failure]:
        row, k = item
        line = json.dumps({key: value for key, value in row.asDict().items()
                           if value is not None}, ensure_ascii=False, default=str)
        return (rank, k), parse_jsonl_record(line.encode("utf-8", "surrogatepass"),
                                             f"{relative}:{k + 1}", max_bytes)

    return spark.read.parquet(uri).rdd.zipWithIndex().map(record)
