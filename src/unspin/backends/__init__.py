"""Backends that run the scan's tasks somewhere other than this machine's process pool
(``unspin.executor``): each maps the same module-level tasks of ``unspin.jobs.worker`` over its
own workers. Only a backend may import its engine (pyspark: an import contract says so)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Literal

from unspin.config import Config
from unspin.errors import MissingDependency, UsageError
from unspin.jobs import scan as local
from unspin.results import ScanResult

Backend = Literal["local", "spark"]
BACKENDS: tuple[Backend, ...] = ("local", "spark")


def scan(
    corpus: Path | str,
    db: Path | str | None = None,
    config: Config | None = None,
    workers: int | None = None,
    progress: bool = False,
    all_pairs: bool = False,
    wait: bool = True,
    on_wait: Callable[[str], None] | None = None,
    backend: Backend = "local",
    master: str | None = None,
    out: Path | str | None = None,
) -> ScanResult:
    """Index every article under ``corpus`` and find all reuse relations, on this machine
    (``backend="local"``: ``workers`` processes and the index at ``db``) or on Spark
    (``backend="spark"``: on ``master``, e.g. ``local[2]``, ``spark://HOST:7077`` or ``yarn``;
    relations written as Parquet to ``out``, and into a fresh index at ``db`` when given).
    Both give the same relations. ``wait``, ``on_wait``: while another job writes the index,
    the local scan waits (or raises ``IndexBusy``); a Spark scan builds a fresh index."""
    if backend == "local":
        if master is not None or out is not None:
            raise UsageError("--master and --out are for --backend spark")
        return local.scan(corpus, db=db, config=config, workers=workers, progress=progress,
                          all_pairs=all_pairs, wait=wait, on_wait=on_wait)
    if backend != "spark":
        raise UsageError(f"unknown backend {backend!r} (one of {', '.join(BACKENDS)})")
    try:
        from unspin.backends import spark
    except ImportError as error:
        raise MissingDependency("spark", f"--backend spark ({error})") from None
    return spark.scan(corpus, master=master, out=out, db=db, config=config,
                      all_pairs=all_pairs)
