"""The scan on Spark (``--backend spark``) gives the local backend's relations: on the gate
corpus, on a corpus of every input format (text, JSONL, WARC, Parquet, through a Hadoop
``file://`` URI), from the command line, and into an index that ``trace`` and ``stories`` read.

Spark runs in this process on ``local[2]`` (one session for the module); the standalone cluster
run is ``test_spark_cluster.py``."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import unspin

pytestmark = pytest.mark.spark

ROOT = Path(__file__).resolve().parents[1]
GATE = ROOT / "tests" / "data" / "gate" / "corpus"
DEVSET = ROOT.parent / "shared" / "data" / "devset" / "docs"


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    from unspin.backends import spark as backend

    session = backend.session("local[2]", app="unspin tests")
    yield session
    session.stop()


def lines(relations: list[unspin.Relation]) -> list[str]:
    return [json.dumps(r.to_json(), sort_keys=True) for r in relations]


def compare(corpus: Path | str, local_corpus: Path, spark: Any, tmp_path: Path,
            name: str) -> tuple[unspin.ScanResult, unspin.ScanResult]:
    from unspin.backends import spark as backend

    local = unspin.scan(local_corpus, db=tmp_path / f"{name}-local.db", workers=2)
    found = backend.scan(corpus, out=tmp_path / f"{name}.parquet", db=tmp_path / f"{name}.db",
                         spark=spark)
    assert lines(found.relations) == lines(local.relations)
    return local, found


def test_gate_corpus_same_relations_parquet_and_index(spark: Any, tmp_path: Path) -> None:
    from unspin.backends import spark as backend

    local, found = compare(GATE, GATE, spark, tmp_path, "gate")
    assert len(found.relations) > 200
    assert {r.kind for r in found.relations} >= {"verbatim", "partial", "spun"}
    assert found.stats.indexed == local.stats.indexed == 220
    assert found.stats.candidates == local.stats.candidates
    assert found.stats.near_duplicates == local.stats.near_duplicates > 0
    # The Parquet file holds the JSON lines of ``scan --format jsonl``, column for column.
    written = backend.read_parquet(spark, str(tmp_path / "gate.parquet"))
    assert written == [r.to_json() for r in local.relations]
    # The index holds what a local scan's does: trace and stories read it alike.
    spark_db, local_db = tmp_path / "gate.db", tmp_path / "gate-local.db"
    new = sorted(GATE.iterdir())[5]
    traced = [t.relations for t in unspin.trace(new, db=spark_db)]
    assert traced == [t.relations for t in unspin.trace(new, db=local_db)]
    assert unspin.stories(spark_db) == unspin.stories(local_db)


def mixed_corpus(folder: Path) -> list[tuple[str, str]]:
    """Gate articles as text files, JSON lines and a WARC, plus inputs that fail; returns the
    records of the JSON-lines file."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    files = sorted(GATE.iterdir())[:60]
    (folder / "text").mkdir(parents=True)
    for path in files[:30]:
        (folder / "text" / path.name).write_bytes(path.read_bytes())
    records = [(path.stem, path.read_text()) for path in files[30:50]]
    with (folder / "feed.jsonl").open("w") as handle:
        for article_id, text in records:
            handle.write(json.dumps({"id": article_id, "text": text}) + "\n")
        handle.write("not json\n")
        handle.write(json.dumps({"id": f"text/{files[0].name}", "text": "A repeated id."})
                     + "\n")
    with (folder / "crawl.warc.gz").open("wb") as output:
        writer = WARCWriter(output, gzip=True)
        for path in files[50:]:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/plain")],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                f"https://example.com/{path.stem}", "response",
                payload=open(path, "rb"), http_headers=headers))  # noqa: SIM115
    (folder / "empty.txt").write_text("")
    return records


def test_every_input_format_and_a_hadoop_uri(spark: Any, tmp_path: Path) -> None:
    from unspin.backends import spark as backend

    corpus = tmp_path / "mixed"
    records = mixed_corpus(corpus)
    local, found = compare(corpus, corpus, spark, tmp_path, "mixed")
    assert found.relations and found.stats.indexed == local.stats.indexed > 50
    assert sorted(map(str, found.failures)) == sorted(map(str, local.failures))
    assert len(found.failures) >= 3  # a bad line, a repeated id, an empty file
    # Through Hadoop's file system (a file:// URI): the same.
    via_hadoop = backend.scan(corpus.resolve().as_uri(), spark=spark)
    assert lines(via_hadoop.relations) == lines(local.relations)
    # The JSON lines as a Parquet file: the same records, the same relations.
    as_parquet = tmp_path / "parquet"
    as_parquet.mkdir()
    shutil.copytree(corpus / "text", as_parquet / "text")
    shutil.copy(corpus / "crawl.warc.gz", as_parquet)
    frame = spark.createDataFrame([{"id": i, "text": t} for i, t in records], "id string, "
                                  "text string")
    frame.coalesce(1).write.parquet(str(as_parquet / "feed.parquet"))
    from_parquet = backend.scan(as_parquet, spark=spark)
    clean = tmp_path / "clean"
    clean.mkdir()
    shutil.copytree(corpus / "text", clean / "text")
    shutil.copy(corpus / "crawl.warc.gz", clean)
    with (clean / "feed.jsonl").open("w") as handle:
        for article_id, text in records:
            handle.write(json.dumps({"id": article_id, "text": text}) + "\n")
    reference = unspin.scan(clean, db=tmp_path / "clean.db", workers=2)
    assert from_parquet.stats.indexed == 60
    assert lines(from_parquet.relations) == lines(reference.relations)


def test_command_line(tmp_path: Path) -> None:
    """``unspin scan --backend spark`` prints what the local scan prints, in its own process
    (whose Python workers it points at its own interpreter)."""
    examples = ROOT / "examples"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYSPARK")}

    def run(*extra: str) -> str:
        return subprocess.run(
            [sys.executable, "-m", "unspin", "scan", str(examples), "--format", "jsonl",
             "--db", str(tmp_path / f"{len(extra)}.db"), *extra],
            capture_output=True, text=True, check=True, env=env, timeout=600).stdout

    spark = run("--backend", "spark", "--master", "local[1]", "--out",
                str(tmp_path / "relations.parquet"))
    assert spark == run() and '"verbatim"' in spark
    assert (tmp_path / "relations.parquet").is_dir()


def test_local_backend_refuses_spark_options(tmp_path: Path) -> None:
    with pytest.raises(unspin.UsageError):
        unspin.scan(ROOT / "examples", db=tmp_path / "x.db", master="local[2]")


@pytest.mark.slow
def test_dev_set_same_relations(spark: Any, tmp_path: Path) -> None:
    if not DEVSET.is_dir():
        pytest.skip(f"{DEVSET} is absent (the shared dev set)")
    _, found = compare(DEVSET, DEVSET, spark, tmp_path, "dev")
    assert len(found.relations) > 100
