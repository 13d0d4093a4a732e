"""Two scans of one index and a stream of traces at once, through the command line (issue 23):
every scan prints what a lone scan prints, the second says it waits, no trace fails."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
UNSPIN = [sys.executable, "-m", "unspin"]
ROUNDS = 3
# The sentence model is left off: loading it in every process is most of their time, and
# what is tested here is the index, not the paraphrase channel.
FAST = ("--no-paraphrase",)
ENV = {**os.environ, "PYTHONIOENCODING": "utf-8"}


def run(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*UNSPIN, *map(str, args)], capture_output=True, text=True,
                          encoding="utf-8", env=ENV, timeout=300, check=False)


def start(*args: object) -> subprocess.Popen[str]:
    return subprocess.Popen([*UNSPIN, *map(str, args)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, encoding="utf-8", env=ENV)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("concurrency") / "examples"
    shutil.copytree(EXAMPLES, folder, ignore=shutil.ignore_patterns(".unspin"))
    return folder


def test_two_scans_and_traces_at_once(corpus: Path, tmp_path: Path) -> None:
    traced = corpus / "battery-plant" / "breaking-now.txt"
    lone_db = tmp_path / "lone.db"
    lone = run("scan", corpus, "--db", lone_db, "--format", "jsonl", "--quiet", *FAST)
    assert lone.returncode == 0, lone.stderr
    assert len(lone.stdout.splitlines()) >= 3
    lone_trace = run("trace", traced, "--db", lone_db, "--format", "json", *FAST)
    assert lone_trace.returncode == 0, lone_trace.stderr
    assert json.loads(lone_trace.stdout)["relations"]
    for round_ in range(ROUNDS):
        db = tmp_path / f"round-{round_}.db"
        first = start("scan", corpus, "--db", db, "--format", "jsonl", "--workers", "2", *FAST)
        time.sleep(0.2 * round_)  # the second starts at once, or while the first writes
        second = start("scan", corpus, "--db", db, "--format", "jsonl", "--workers", "2",
                       *FAST)
        traces: list[subprocess.CompletedProcess[str]] = []

        def trace_meanwhile(db: Path = db, second: subprocess.Popen[str] = second,
                            traces: list[subprocess.CompletedProcess[str]] = traces) -> None:
            while second.poll() is None and len(traces) < 40:
                traces.append(run("trace", traced, "--db", db, "--format", "json", *FAST))

        stream = threading.Thread(target=trace_meanwhile)
        stream.start()
        outputs = [process.communicate(timeout=300) for process in (first, second)]
        stream.join(300)
        for process, (out, err) in zip((first, second), outputs, strict=True):
            assert process.returncode == 0, err
            assert out == lone.stdout, err  # the same relations, in the same order
            assert "Traceback" not in err
        # one of them waited for the other, and said so
        assert sum("is busy (scan by pid" in err for _out, err in outputs) == 1
        assert traces
        for done in traces:
            assert "Traceback" not in done.stderr, done.stderr
            if done.returncode == 0:  # a consistent snapshot: a well-formed answer
                answer = json.loads(done.stdout)
                assert answer["article"] == "breaking-now.txt"
            else:  # before the first batch was committed
                assert done.returncode == 1 and "no index at" in done.stderr, done.stderr
        after = run("trace", traced, "--db", db, "--format", "json", *FAST)
        assert after.stdout == lone_trace.stdout


def test_no_wait_exits_at_once_with_index_busy(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "index.db"
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time; from pathlib import Path; from unspin.store.lock import writer_lock\n"
        "with writer_lock(Path(sys.argv[1]), 'scan'):\n"
        "    print('held', flush=True); time.sleep(60)"), str(db)],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        started = time.monotonic()
        busy = run("scan", corpus, "--db", db, "--no-wait", "--quiet")
        assert busy.returncode == 1
        assert busy.stderr.startswith("unspin: index busy: ") and f"pid {holder.pid}" in \
            busy.stderr
        assert time.monotonic() - started < 30
        assert not db.exists()  # nothing was written
    finally:
        holder.kill()
        holder.wait()
    done = run("scan", corpus, "--db", db, "--no-wait", "--quiet")
    assert done.returncode == 0, done.stderr
