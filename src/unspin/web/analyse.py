"""Running the facade on one article the web app was given: a pasted text (written as a JSON
line, so its title and address go with it) or an uploaded file, each in a fresh temporary
folder under a name the app chooses (a client's file name never reaches the file system)."""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import unspin
from unspin.views.analysis import Analysis
from unspin.views.sections import Record

_T = TypeVar("_T")

UPLOAD_SUFFIXES = (".txt", ".html", ".htm", ".warc", ".warc.gz")


def upload_suffix(filename: str) -> str:
    """The accepted suffix of an uploaded file's name; a usage error for any other."""
    name = filename.lower()
    for suffix in sorted(UPLOAD_SUFFIXES, key=len, reverse=True):
        if name.endswith(suffix):
            return suffix
    raise unspin.UsageError(f"give a {', '.join(UPLOAD_SUFFIXES)} file")


def pasted_id(text: str) -> str:
    """A pasted text's id: the same text gets the same id."""
    return "pasted/" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def analyse_text(text: str, title: str | None, url: str | None, db: Path | None,
                 add: bool = False, config: unspin.Config | None = None) -> Analysis:
    """Sources, spin, restoration and quotations of a pasted text."""
    if not text.strip():
        raise unspin.UsageError("the text is empty: paste an article")
    record = {"id": pasted_id(text), "text": text, "title": title or None, "url": url or None}
    line = json.dumps({k: v for k, v in record.items() if v is not None}, ensure_ascii=False)
    return _analyse(line.encode("utf-8") + b"\n", ".jsonl", db, add, config)


def analyse_upload(data: bytes, suffix: str, db: Path | None, add: bool = False,
                   config: unspin.Config | None = None) -> Analysis:
    """Sources, spin, restoration and quotations of an uploaded file's first article."""
    if suffix not in UPLOAD_SUFFIXES:
        raise unspin.UsageError(f"give a {', '.join(UPLOAD_SUFFIXES)} file")
    return _analyse(data, suffix, db, add, config)


def _best_source(article: unspin.Article, relations: list[unspin.Relation]) -> str | None:
    """The source the article copied most from, as ``restore --db`` picks it."""
    sources = [r for r in relations if r.copy == article.id]
    return max(sources, key=lambda r: (r.copied, r.score)).source if sources else None


@dataclass(frozen=True, slots=True)
class QuoteRecord:
    """A quotation as the worker process read it: its quotes JSONL object."""

    data: dict[str, object]

    def to_json(self) -> dict[str, object]:
        return self.data


def _quotes(path: str) -> tuple[list[dict[str, object]], str | None]:
    """The quotations of the article in ``path`` as JSON objects, or why they were left out.
    Runs in a worker process: only plain data goes back."""
    try:
        return [record.to_json() for record in unspin.quotes(Path(path)).records], None
    except unspin.UnspinError as error:  # a missing extra; or a bad file, which the caller
        return [], str(error)            # reads too and says why first


def _tags(path: str) -> dict[int, int] | None:
    """The spin guesser's parts of speech of the article in ``path`` (runs in a worker)."""
    try:
        return unspin.spin_tags(Path(path))
    except unspin.UnspinError:  # the caller reads the same file and says why
        return None


_WARM_TEXT = "“The parser is loaded,” the server said.\n"


def _start_worker(server: int) -> None:
    """A worker process's start: it ends itself when the server is gone (a server stopped by
    a signal runs no clean-up, and a worker left waiting would live on), then loads the
    quotation parser before a request needs it."""
    def watch() -> None:
        while os.getppid() == server:
            time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=watch, name="unspin-orphan-watch", daemon=True).start()
    _warm()


def _warm() -> None:
    """Load the quotation parser and the spin tagger (a worker's first task)."""
    with tempfile.TemporaryDirectory(prefix="unspin-web-") as folder:
        path = Path(folder) / "warm.txt"
        path.write_text(_WARM_TEXT, encoding="utf-8")
        _quotes(str(path))
        _tags(str(path))


class _Quoting:
    """The processes that read quotations (and the spin tagger's parts of speech) while the
    request's own thread looks for sources and spin: spaCy's parse and the guesser's Python
    both need a core, and threads of one process share a single one for Python code. One
    process per analysis that may run at once, started on first use (``spawn``: the server's
    threads are never forked); a process that dies is replaced, and that request's work is
    done in its own thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pool: ProcessPoolExecutor | None = None
        self._broken = 0  # pools broken in a row: past MAX_BROKEN, quotations stay in-thread

    def _executor(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._pool is None:
                self._pool = ProcessPoolExecutor(
                    max_workers=WORKERS, mp_context=multiprocessing.get_context("spawn"),
                    initializer=_start_worker, initargs=(os.getpid(),))
            return self._pool

    def _reset(self, broken: ProcessPoolExecutor) -> None:
        with self._lock:
            if self._pool is broken:
                self._pool = None
                self._broken += 1
        broken.shutdown(wait=False, cancel_futures=True)

    def _start(self, task: Callable[[str], _T], path: Path
               ) -> tuple[ProcessPoolExecutor, Future[_T]] | None:
        """``task(path)`` submitted to the workers; None when there are none to take it."""
        if WORKERS < 2 or self._broken > MAX_BROKEN:
            # Workers that cannot start (a script without ``if __name__ == "__main__"``
            # re-runs itself in each) are not started again and again.
            return None
        pool = self._executor()
        try:
            return pool, pool.submit(task, str(path))
        except BrokenProcessPool:
            self._reset(pool)
            return None

    def _answer(self, pool: ProcessPoolExecutor, future: Future[_T],
                otherwise: Callable[[], _T]) -> _T:
        """The worker's answer, or ``otherwise()`` when its pool broke meanwhile."""
        try:
            found = future.result()
        except BrokenProcessPool:
            self._reset(pool)
            return otherwise()
        self._broken = 0
        return found

    def submit(self, path: Path) -> Callable[[], tuple[list[dict[str, object]], str | None]]:
        """Start reading the quotations of ``path``; call the result for them."""
        def here() -> tuple[list[dict[str, object]], str | None]:
            return _quotes(str(path))

        started = self._start(_quotes, path)
        if started is None:
            return here
        pool, future = started
        return lambda: self._answer(pool, future, here)

    def early(self, task: Callable[[str], dict[int, int] | None], path: Path
              ) -> Callable[[], dict[int, int] | None]:
        """Start ``task(path)`` in a worker if one is free soon; call the result for its answer,
        or None when no worker started it (the caller then does the work itself rather than
        wait behind other requests' quotations)."""
        started = self._start(task, path)
        if started is None:
            return lambda: None
        pool, future = started
        # A task still waiting for a worker is cancelled: the caller does it sooner itself.
        return lambda: None if future.cancel() else self._answer(pool, future, lambda: None)

    def warm(self) -> None:
        """Start the processes and load their parser now, not on the first request."""
        if WORKERS >= 2:
            pool = self._executor()
            for done in [pool.submit(_warm) for _ in range(WORKERS)]:
                done.result()


CORES = max(1, min(4, os.cpu_count() or 1))
"""The cores an analysis server uses: as many analyses at once (the app's ``ANALYSES``), and as
many quotation processes; on one core, the request's own thread reads the quotations."""
WORKERS = CORES
MAX_BROKEN = 3
QUOTING = _Quoting()


def _analyse(data: bytes, suffix: str, db: Path | None, add: bool,
             config: unspin.Config | None) -> Analysis:
    config = config or unspin.Config()
    with tempfile.TemporaryDirectory(prefix="unspin-web-") as folder:
        path = Path(folder) / f"upload{suffix}"
        path.write_bytes(data)
        # The quotations are read in another process while this thread looks for sources and
        # spin; the file stays until they are read.
        quoted = QUOTING.submit(path)
        # The spin guesser's tagger runs in a second worker while this thread traces and
        # scores what needs no tags; its answer is the same as here.
        tagged = QUOTING.early(_tags, path)
        try:
            notes: list[str] = []
            relations: list[unspin.Relation] = []
            if db is not None:
                traced = unspin.trace(path, db, config=config, add=add)
                if not traced:
                    raise unspin.InputError("upload", "no article in the file")
                article = traced[0].article
                relations = traced[0].relations
                notes += traced[0].notes
            else:
                article = unspin.read_article(path)
                notes.append("no index: start 'unspin serve --db INDEX' to look for sources")
            spin = unspin.spin(path, tags=tagged)
            source = _best_source(article, relations) if db is not None else None
            if source is not None and db is not None:  # the traced source: no second trace
                restored = unspin.restore_pair(article, unspin.article(source, db), config)
            else:
                # Without a source, what unspin infers on its own. (restore --db would learn the
                # index's spinner swaps first: a minute at 100,000 articles, too slow per request.)
                restored = unspin.restore(path, config=config)
        finally:
            found, missing = quoted()
    if missing:
        notes.append(f"quotations left out: {missing}")
    notes += [n for n in spin.notes if n not in notes]
    quotes: list[Record] = [QuoteRecord(data) for data in found]
    return Analysis(article, relations, spin, restored, quotes, notes)
