"""Running the facade on one article the web app was given: a pasted text (written as a JSON
line, so its title and address go with it) or an uploaded file, each in a fresh temporary
folder under a name the app chooses (a client's file name never reaches the file system)."""

from __future__ import annotations

import contextlib
import gc
import hashlib
import itertools
import json
import multiprocessing
import os
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import unspin
from unspin.views.analysis import Analysis
from unspin.views.sections import Record

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


_TOLD: Any = None
"""In a worker process: the queue its parse's spin tags go ahead through (see :class:`_Quoting`)."""
_TAKEN = "taken"
"""The early answer a worker sends as it takes a task, before the task's tags."""


def _quotes(path: str, token: int | None = None) -> tuple[list[dict[str, object]], str | None]:
    """The quotations of the article in ``path`` as JSON objects, or why they were left out.
    Runs in a worker process: only plain data goes back. Under ``token``, the spin guesser's
    parts of speech of the article (the same parse's tags) go ahead to the server through the
    worker's queue as soon as they are read, or None when they cannot be."""
    def tagged(slots: dict[int, int] | None) -> None:
        if token is not None and _TOLD is not None:
            _TOLD.put((token, slots))

    if token is not None and _TOLD is not None:
        _TOLD.put((token, _TAKEN))  # the request waits for this worker's tags from now on
    try:
        found = unspin.quotes_with_tags(Path(path), tagged)
        return [record.to_json() for record in found.records], None
    except unspin.UnspinError as error:  # a missing extra; or a bad file, which the caller
        return [], str(error)            # reads too and says why first


_WARM_TEXT = "“The parser is loaded,” the server said.\n"


def _start_worker(server: int, told: Any) -> None:
    """A worker process's start: it keeps the queue for its early answers, ends itself when
    the server is gone (a server stopped by a signal runs no clean-up, and a worker left
    waiting would live on), then loads the quotation parser before a request needs it."""
    global _TOLD
    _TOLD = told

    def watch() -> None:
        while os.getppid() == server:
            time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=watch, name="unspin-orphan-watch", daemon=True).start()
    _warm()
    gc.freeze()  # see warm_server


def _warm() -> None:
    """Load the quotation parser (a worker's first task)."""
    with tempfile.TemporaryDirectory(prefix="unspin-web-") as folder:
        path = Path(folder) / "warm.txt"
        path.write_text(_WARM_TEXT, encoding="utf-8")
        _quotes(str(path))


_Quoted = tuple[list[dict[str, object]], str | None]
_Tags = dict[int, int] | None


class _Quoting:
    """The processes that read quotations while the request's own thread looks for sources
    and spin: spaCy's parse and the guesser's Python both need a core, and threads of one
    process share a single one for Python code. The parse's tagger also gives the spin
    guesser its parts of speech: the worker sends them ahead through a queue, under the
    request's token, before it parses the rest. One process per analysis that may run at
    once, started on first use (``spawn``: the server's threads are never forked); a process
    that dies is replaced, and that request's work is done in its own thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pool: ProcessPoolExecutor | None = None
        self._told: Any = None  # the pool's queue of early answers
        self._broken = 0  # pools broken in a row: past MAX_BROKEN, quotations stay in-thread
        self._tokens = itertools.count()
        # Per request: whether a worker has taken it, and its tags once they come.
        self._waiting: dict[int, tuple[threading.Event, Future[_Tags]]] = {}

    def _executor(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._pool is None:
                context = multiprocessing.get_context("spawn")
                self._told = context.Queue()
                self._told.cancel_join_thread()  # a queue a worker broke never holds up exit
                self._pool = ProcessPoolExecutor(
                    max_workers=WORKERS, mp_context=context,
                    initializer=_start_worker, initargs=(os.getpid(), self._told))
                threading.Thread(target=self._listen, args=(self._told,),
                                 name="unspin-early-answers", daemon=True).start()
            return self._pool

    def _listen(self, told: Any) -> None:
        """Hand each early answer to the request waiting for it, until the pool is gone."""
        while (message := told.get()) is not None:
            token, answer = message
            with self._lock:
                waiting = self._waiting.get(token)
                if waiting is not None and answer != _TAKEN:
                    del self._waiting[token]
            if waiting is None:
                continue
            taken, tags = waiting
            if answer == _TAKEN:
                taken.set()
            else:
                tags.set_result(answer)

    def _forget(self, token: int) -> None:
        with self._lock:
            self._waiting.pop(token, None)

    def _reset(self, broken: ProcessPoolExecutor) -> None:
        told = None
        with self._lock:
            if self._pool is broken:
                self._pool = None
                self._broken += 1
                told, self._told = self._told, None
        if told is not None:
            told.put(None)  # its listener stops
        broken.shutdown(wait=False, cancel_futures=True)

    def _answer(self, pool: ProcessPoolExecutor, future: Future[_Quoted],
                otherwise: Callable[[], _Quoted]) -> _Quoted:
        """The worker's answer, or ``otherwise()`` when its pool broke meanwhile."""
        try:
            found = future.result()
        except BrokenProcessPool:
            self._reset(pool)
            return otherwise()
        self._broken = 0
        return found

    def submit(self, path: Path) -> tuple[Callable[[], _Quoted], Callable[[], _Tags]]:
        """Start reading the quotations of ``path``. Call the first result for them, the
        second for the spin guesser's parts of speech of its article: the worker's, or None
        when no worker has taken the task by then (the caller tags the article itself rather
        than wait behind other requests' quotations)."""
        def here() -> _Quoted:
            return _quotes(str(path))

        if WORKERS < 2 or self._broken > MAX_BROKEN:
            # Workers that cannot start (a script without ``if __name__ == "__main__"``
            # re-runs itself in each) are not started again and again.
            return here, lambda: None
        token = next(self._tokens)
        taken, tags = threading.Event(), Future[_Tags]()
        with self._lock:
            self._waiting[token] = (taken, tags)
        pool = self._executor()
        try:
            future = pool.submit(_quotes, str(path), token)
        except BrokenProcessPool:
            self._forget(token)
            self._reset(pool)
            return here, lambda: None
        future.add_done_callback(lambda _: self._forget(token))

        def tagged() -> _Tags:
            if taken.is_set():  # a worker has it: its tags come before its quotations
                either: list[Future[Any]] = [tags, future]
                wait(either, return_when=FIRST_COMPLETED)
            self._forget(token)
            return tags.result() if tags.done() else None

        return (lambda: self._answer(pool, future, here)), tagged

    def warm(self) -> None:
        """Start the processes and load their parser now, not on the first request."""
        if WORKERS >= 2:
            pool = self._executor()
            for done in [pool.submit(_warm) for _ in range(WORKERS)]:
                done.result()


def warm_server(db: Path | None, config: unspin.Config | None = None) -> None:
    """Load what an analysis reads before the first request needs it: the quotation
    processes' parser, and this process's lexicon, models and index. Then what is loaded
    leaves the garbage collector's full passes (``gc.freeze``): a full pass over millions of
    lexicon entries took half a second, in whichever request it fell."""
    QUOTING.warm()
    with contextlib.suppress(unspin.UnspinError):  # a missing extra: the first request says so
        analyse_text(_WARM_TEXT, None, None, db, config=config)
    gc.freeze()


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
        # The worker's parse tags the article first, for the spin guesser; its answer is the
        # same as here.
        quoted, tagged = QUOTING.submit(path)
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
