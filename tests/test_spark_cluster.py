"""A real Spark cluster on this machine: a standalone master and two workers started with the
scripts of the pyspark wheel (``sbin/spark-daemon.sh``, which Spark's ``start-master.sh`` and
``start-worker.sh`` call), bound to 127.0.0.1 on free ports, run the scan submitted by
``spark-submit``; its relations are the local backend's. The cluster is stopped whatever
happens (and every step has a time limit)."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

import unspin

pytestmark = [pytest.mark.spark, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[1]
GATE = ROOT / "tests" / "data" / "gate" / "corpus"
SUBMIT = ROOT / "src" / "unspin" / "backends" / "spark_submit.py"
MASTER = "org.apache.spark.deploy.master.Master"
WORKER = "org.apache.spark.deploy.worker.Worker"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Cluster:
    """A standalone master and two one-core workers under ``folder``."""

    def __init__(self, folder: Path) -> None:
        import pyspark

        self.home = Path(pyspark.__file__).parent
        self.daemon = self.home / "sbin" / "spark-daemon.sh"
        self.port, self.ui = free_port(), free_port()
        self.url = f"spark://127.0.0.1:{self.port}"
        self.env = {**os.environ, "SPARK_HOME": str(self.home),
                    "SPARK_LOG_DIR": str(folder / "logs"), "SPARK_PID_DIR": str(folder / "pids"),
                    "SPARK_WORKER_DIR": str(folder / "work"), "SPARK_LOCAL_IP": "127.0.0.1",
                    "SPARK_IDENT_STRING": "unspin-test",
                    "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
        self.env = {k: v for k, v in self.env.items() if not k.startswith("PYSPARK")}
        self.folder = folder
        self.started: list[tuple[str, int]] = []

    def daemon_command(self, action: str, cls: str, instance: int, *args: str) -> None:
        subprocess.run(["bash", str(self.daemon), action, cls, str(instance), *args],
                       env=self.env, check=True, timeout=60, capture_output=True)

    def start(self) -> None:
        self.daemon_command("start", MASTER, 1, "--host", "127.0.0.1", "--port", str(self.port),
                            "--webui-port", str(self.ui))
        self.started.append((MASTER, 1))
        for instance in (1, 2):
            self.daemon_command("start", WORKER, instance, "--host", "127.0.0.1", "--cores",
                                "1", "--memory", "2g", "--webui-port", str(free_port()),
                                self.url)
            self.started.append((WORKER, instance))
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.ui}/json/",
                                            timeout=5) as response:
                    state = json.load(response)
                if sum(w["state"] == "ALIVE" for w in state.get("workers", [])) == 2:
                    return
            except OSError:
                pass
            time.sleep(1)
        raise TimeoutError(f"the Spark cluster did not start: see {self.folder / 'logs'}")

    def stop(self) -> None:
        for cls, instance in reversed(self.started):
            with contextlib.suppress(subprocess.SubprocessError, OSError):
                self.daemon_command("stop", cls, instance)
            pid_file = self.folder / "pids" / f"spark-unspin-test-{cls}-{instance}.pid"
            if pid_file.exists():  # not stopped by the script: end it by its own id
                with contextlib.suppress(OSError, ValueError):
                    os.kill(int(pid_file.read_text().strip()), signal.SIGKILL)


@pytest.fixture
def cluster(tmp_path: Path) -> Iterator[Cluster]:
    running = Cluster(tmp_path / "cluster")
    try:
        running.start()
        yield running
    finally:
        running.stop()


def test_spark_submit_on_a_standalone_cluster(cluster: Cluster, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path in sorted(GATE.iterdir())[:120]:
        shutil.copy(path, corpus)
    local = unspin.scan(corpus, db=tmp_path / "local.db", workers=2)
    submit = Path(sys.executable).parent / "spark-submit"
    done = subprocess.run(
        [str(submit), "--master", cluster.url, "--conf", "spark.driver.host=127.0.0.1",
         "--conf", "spark.ui.enabled=false", "--executor-memory", "1g", str(SUBMIT),
         str(corpus), "--out", str(tmp_path / "relations.parquet"), "--jsonl",
         str(tmp_path / "relations.jsonl")],
        env=cluster.env, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-3000:]
    found = (tmp_path / "relations.jsonl").read_text().splitlines()
    assert found == [json.dumps(r.to_json(), ensure_ascii=False) for r in local.relations]
    assert len(found) > 50
    assert (tmp_path / "relations.parquet").is_dir()
    # Both workers ran tasks of the application.
    with urllib.request.urlopen(f"http://127.0.0.1:{cluster.ui}/json/", timeout=5) as response:
        state = json.load(response)
    print(json.dumps(state["completedapps"])[:2000])
    assert [app["cores"] for app in state["completedapps"]] == [2]
