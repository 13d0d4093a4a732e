"""Running a task over many items in worker processes, in order, with bounded read-ahead: the seam
where another backend (Spark) takes over the same pure tasks.

``parallel_map`` forks ``workers`` processes, each started by ``initializer(True, *initargs)``
(``False`` when the work runs in this process), and maps a module-level function over the items.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")
WINDOW = 4096  # items handed to the worker processes at a time


def workers_for(workers: int | None) -> int:
    """The processes to use: ``workers``, or one per core."""
    return max(1, workers if workers is not None else (os.cpu_count() or 1))


def parallel_map(
    function: Callable[[T], R],
    items: Iterable[T],
    workers: int,
    initializer: Callable[..., None],
    initargs: tuple[Any, ...],
    chunksize: int = 8,
) -> Iterator[R]:
    """``map`` in order, in ``workers`` processes (in-process when ``workers`` is 1).

    At most a window of ``items`` is taken ahead of the results read back (``Pool.imap`` alone
    would read them all ahead of the workers), so a lazily read corpus stays out of memory.
    The pool's feeder thread takes them, one as each result is read: reading the corpus goes on
    while the workers work, and the workers never wait for a window to be read."""
    if workers <= 1:
        initializer(False, *initargs)
        yield from map(function, items)
        return
    context = multiprocessing.get_context("fork")
    pool = context.Pool(workers, initializer=initializer, initargs=(True, *initargs))
    ahead = threading.Semaphore(max(WINDOW, chunksize * workers * 4))
    stopped = threading.Event()

    def bounded() -> Iterator[T]:
        for item in items:
            while not ahead.acquire(timeout=0.05):
                if stopped.is_set():  # the reader gave up: let the feeder thread end
                    return
            yield item

    try:
        for result in pool.imap(function, bounded(), chunksize=chunksize):
            ahead.release()
            yield result
        pool.close()
    finally:
        stopped.set()
        pool.terminate()
        pool.join()
