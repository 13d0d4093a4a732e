"""The web app reads an analysed article's quotations in worker processes, in parallel with its
own thread's sources and spin: the quotations are those ``unspin.quotes`` finds, and a worker
that dies is replaced without losing the request."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

import unspin
from unspin.web import analyse

pytestmark = pytest.mark.web

TEXT = ("The minister spoke on Monday.\n\n"
        "“We will not raise taxes this year,” Finance Minister Anna Berg told reporters.\n")


KEYS = ("start", "end", "text", "speaker", "speaker_id", "verb", "variant")


def essence(quotes: list[dict[str, object]]) -> list[tuple[object, ...]]:
    """What a quotation says, apart from its article's id and the cluster id made of it."""
    return [tuple(q[k] for k in KEYS) for q in quotes]


def expected(tmp_path: Path) -> list[tuple[object, ...]]:
    path = tmp_path / "article.txt"
    path.write_text(TEXT, encoding="utf-8")
    return essence([record.to_json() for record in unspin.quotes(path).records])


@pytest.mark.skipif(analyse.WORKERS < 2, reason="one core: quotations are read in-thread")
def test_quotations_come_from_a_worker_process(tmp_path: Path) -> None:
    found = analyse.analyse_text(TEXT, None, None, None)
    assert essence([q.to_json() for q in found.quotes]) == expected(tmp_path)
    assert found.quotes and found.quotes[0].to_json()["speaker_id"] == "Anna Berg"
    pool = analyse.QUOTING._pool
    assert pool is not None
    assert all(p.pid != os.getpid() for p in pool._processes.values())


@pytest.mark.skipif(analyse.WORKERS < 2, reason="one core: quotations are read in-thread")
def test_a_dead_worker_is_replaced(tmp_path: Path) -> None:
    analyse.analyse_text(TEXT, None, None, None)
    pool = analyse.QUOTING._pool
    assert pool is not None
    for process in list(pool._processes.values()):
        process.kill()
        process.join()
    found = analyse.analyse_text(TEXT + "\nMore text.\n", None, None, None)  # not cached
    assert essence([q.to_json() for q in found.quotes]) == expected(tmp_path)
    again = analyse.analyse_text(TEXT + "\nStill more.\n", None, None, None)
    assert again.quotes
    assert analyse.QUOTING._pool is not None and analyse.QUOTING._pool is not pool


def test_without_spare_cores_the_request_reads_them(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(analyse, "WORKERS", 1)
    monkeypatch.setattr(analyse, "QUOTING", analyse._Quoting())
    found = analyse.analyse_text(TEXT, None, None, None)
    assert essence([q.to_json() for q in found.quotes]) == expected(tmp_path)
    assert analyse.QUOTING._pool is None


def children(pid: int) -> set[int]:
    """The processes whose parent is ``pid`` (Linux's /proc)."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


@pytest.mark.skipif(analyse.WORKERS < 2 or not Path("/proc/self/stat").exists(),
                    reason="one core (no workers), or no /proc to list processes")
def test_a_stopped_server_leaves_no_worker_behind() -> None:
    from webtools import Server

    running = Server()
    try:
        status, body = running.json("POST", "/api/analyse", {"text": TEXT})
        assert status == 200 and body["quotes"]
        workers = children(running.process.pid)
        assert workers  # the quotation processes (and multiprocessing's resource tracker)
    finally:
        running.stop()  # SIGTERM: uvicorn stops without running the pool's clean-up
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and any(Path(f"/proc/{p}").exists() for p in workers):
        time.sleep(0.2)
    left = {p for p in workers if Path(f"/proc/{p}").exists()
            and "zombie" not in Path(f"/proc/{p}/status").read_text().lower()}
    assert not left


@pytest.mark.skipif(analyse.WORKERS < 2, reason="one core: quotations are read in-thread")
def test_workers_that_cannot_start_are_not_started_again_and_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    quoting = analyse._Quoting()
    started = []

    def failing_pool() -> ProcessPoolExecutor:  # each worker dies as it starts
        started.append(1)
        with quoting._lock:
            if quoting._pool is None:
                quoting._pool = ProcessPoolExecutor(
                    max_workers=2, mp_context=multiprocessing.get_context("spawn"),
                    initializer=os._exit, initargs=(3,))
            return quoting._pool

    monkeypatch.setattr(quoting, "_executor", failing_pool)
    path = tmp_path / "article.txt"
    path.write_text(TEXT, encoding="utf-8")
    for _ in range(analyse.MAX_BROKEN + 3):
        found, missing = quoting.submit(path)[0]()
        assert essence(found) == expected(tmp_path) and missing is None  # read in-thread
    assert len(started) == analyse.MAX_BROKEN + 1


@pytest.mark.skipif(analyse.WORKERS < 2, reason="one core: the request's thread tags")
def test_the_spin_tags_come_ahead_from_the_quotation_parse(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text(TEXT, encoding="utf-8")
    analyse.QUOTING.warm()
    quoted, tagged = analyse.QUOTING.submit(path)
    deadline = time.monotonic() + 180  # a worker picks it up (the request's thread traces)
    while time.monotonic() < deadline and analyse.QUOTING._waiting and not any(
            taken.is_set() for taken, _ in list(analyse.QUOTING._waiting.values())):
        time.sleep(0.05)
    assert tagged() == unspin.spin_tags(path)
    found, missing = quoted()
    assert essence(found) == expected(tmp_path) and missing is None
    # Not yet taken by a worker when asked (all busy): None, and the caller tags itself; the
    # quotations still come.
    pool = analyse.QUOTING._executor()
    busy = [pool.submit(time.sleep, 3.0) for _ in range(analyse.WORKERS + 1)]
    late_quoted, late_tagged = analyse.QUOTING.submit(path)
    assert late_tagged() is None
    assert essence(late_quoted()[0]) == expected(tmp_path)
    for done in busy:
        done.result()
    assert not analyse.QUOTING._waiting  # nothing left waiting for an answer


def test_without_spare_cores_the_request_tags(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(analyse, "WORKERS", 1)
    path = tmp_path / "article.txt"
    path.write_text(TEXT, encoding="utf-8")
    quoted, tagged = analyse._Quoting().submit(path)
    assert tagged() is None  # spin tags it itself
    assert essence(quoted()[0]) == expected(tmp_path)


def test_a_warmed_server_keeps_what_it_loaded_out_of_full_collections() -> None:
    import gc

    from unspin.jobs.spin import forget_analyses

    try:
        analyse.warm_server(None)
        assert gc.get_freeze_count() > 0  # the lexicon and models a request reads
        found = analyse.analyse_text(TEXT + "\nWarm.\n", None, None, None)
        assert found.quotes and found.quotes[0].to_json()["speaker_id"] == "Anna Berg"
    finally:
        gc.unfreeze()
        forget_analyses()
