"""Bounded work per article (issue 23): an article over the time or memory limit is a failure
of its own, named with the limit, and the scan goes on with the rest."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

import unspin
from unspin.config import Config
from unspin.jobs import indexing, worker
from unspin.model import Article, Failure, RawDocument
from unspin.pipeline.read import content_hash

ARTICLE = ("Battery plant opens in Eastbrook\n\nThe new plant will employ 300 people, the "
           "minister said on Tuesday. It is the largest of its kind in the region.\n")


@pytest.fixture
def slow_extract(monkeypatch: pytest.MonkeyPatch) -> None:
    """Extraction that never ends for a document named slow*: what the limit is for (real
    pathological pages take seconds, but how many depends on the machine)."""
    real = indexing.extract

    def extract(raw: RawDocument) -> Article:
        if raw.id.startswith("slow"):
            while True:
                time.sleep(0.01)
        return real(raw)

    monkeypatch.setattr(indexing, "extract", extract)


def raw(data: bytes, name: str, format_: str) -> RawDocument:
    return RawDocument(name, name, format_, data, content_hash(data))  # type: ignore[arg-type]


@pytest.mark.usefixtures("slow_extract")
def test_an_article_over_the_time_limit_is_its_own_failure() -> None:
    config = dataclasses.replace(Config(), article_seconds=1.0)
    worker.start(False, config, None, frozenset())
    article_id, result = worker.index_task(raw(b"<p>Slow.</p>", "slow.html", "html"))
    assert article_id == "slow.html"
    assert isinstance(result, Failure) and result.origin == "slow.html"
    assert "took more than 1s" in result.reason and "per-article time limit" in result.reason
    # the next article is indexed as usual, the timer gone
    _id, result = worker.index_task(raw(ARTICLE.encode(), "good.txt", "text"))
    assert not isinstance(result, Failure)


MEMORY = textwrap.dedent("""
    import dataclasses, sys
    from unspin.config import Config
    from unspin.jobs import worker
    from unspin.model import Failure, RawDocument
    config = dataclasses.replace(Config(), article_memory_mb=40)
    worker.start(True, config, None, frozenset())  # as a pool process: the cap is set
    words = ("plant minister battery Eastbrook said jobs " * 400_000).encode()
    for name, data in (("big.txt", words), ("good.txt", b"The minister said on Tuesday.")):
        _id, result = worker.index_task(RawDocument(name, name, "text", data, name))
        print(name, result.reason if isinstance(result, Failure) else "indexed")
""")


def test_an_article_over_the_memory_limit_is_its_own_failure() -> None:
    done = subprocess.run([sys.executable, "-c", MEMORY], capture_output=True, text=True,
                          timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    big, good = done.stdout.splitlines()
    assert big.startswith("big.txt needed more than 40 MB") and "memory limit" in big
    assert good == "good.txt indexed"


@pytest.mark.usefixtures("slow_extract")
def test_a_scan_reports_the_slow_article_and_goes_on(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "slow.html").write_bytes(b"<p>Slow.</p>")  # the workers are forked: patched too
    (corpus / "a.txt").write_text(ARTICLE + "More of the first text here.\n", encoding="utf-8")
    (corpus / "b.txt").write_text(ARTICLE + "More of the copy here.\n", encoding="utf-8")
    config = dataclasses.replace(Config(), article_seconds=1.0)
    result = unspin.scan(corpus, db=tmp_path / "index.db", config=config, workers=2)
    assert [f.origin for f in result.failures] == ["slow.html"]
    assert "per-article time limit" in result.failures[0].reason
    assert result.stats.indexed == 2
