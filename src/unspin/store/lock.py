"""The writer lock of an index: one job at a time changes an index file.

A scan is many transactions (a batch of articles at a time, the postings, the roots and the
relations) and its later steps use the row ids its earlier steps read; SQLite's own locks last
one transaction. So every job that writes an index (``scan``, ``trace --add``, ``quotes --db``,
and any backend that writes through the store) holds this lock from start to end: an exclusive
``flock`` on ``INDEX.lock`` beside the index file (``docs/decisions.md``, "The writer lock").

The kernel drops the lock when its process ends, however it ends (``kill -9`` included), so a
crashed scan never leaves a stale lock behind. Worker processes forked while it is held close
their copy of it: the lock is the holder's alone. Readers take no lock: they read a snapshot
(``SQLiteStore(..., snapshot=True)``).
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from unspin.errors import IndexBusy, StoreError

try:
    import fcntl
except ImportError:  # pragma: no cover - not on Windows, where no lock is taken
    fcntl = None  # type: ignore[assignment]

POLL_SECONDS = 0.2
_held: set[int] = set()  # descriptors this process holds a lock through (closed in forks)


def _close_in_child() -> None:
    for fd in list(_held):
        with contextlib.suppress(OSError):
            os.close(fd)
    _held.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_close_in_child)


def lock_path(db: Path) -> Path:
    """Where the writer lock of the index ``db`` lives: ``db`` + ``.lock``."""
    return db.with_name(db.name + ".lock")


def holder(db: Path) -> str:
    """Who holds the lock, as the holder wrote it (``"scan by pid 123 since 16:40:02 UTC"``), or
    ``"another job"`` when it cannot be read."""
    try:
        text = lock_path(db).read_text(encoding="utf-8").strip()
    except OSError:
        text = ""
    return text or "another job"


@contextlib.contextmanager
def writer_lock(db: Path, job: str, wait: bool = True,
                on_wait: Callable[[str], None] | None = None,
                timeout: float | None = None) -> Iterator[None]:
    """Hold the writer lock of the index ``db`` for the block.

    When another job holds it: with ``wait``, ``on_wait`` is called once with a message saying
    who holds it, and the lock is waited for (at most ``timeout`` seconds, then
    :class:`IndexBusy`); without ``wait``, :class:`IndexBusy` is raised at once."""
    if fcntl is None:  # pragma: no cover
        yield
        return
    path = lock_path(db)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
    except OSError as error:
        raise StoreError(f"cannot open the lock file {path}: {error.strerror or error}") from None
    try:
        _acquire(fd, db, wait, on_wait, timeout)
        _held.add(fd)
        try:
            since = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
            with contextlib.suppress(OSError):  # who holds it is a courtesy to waiters
                os.ftruncate(fd, 0)
                os.pwrite(fd, f"{job} by pid {os.getpid()} since {since}\n".encode(), 0)
            yield
        finally:
            _held.discard(fd)
            with contextlib.suppress(OSError):
                os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def _acquire(fd: int, db: Path, wait: bool, on_wait: Callable[[str], None] | None,
             timeout: float | None) -> None:
    if _try(fd):
        return
    if not wait:
        raise IndexBusy(f"index busy: {db} is being written ({holder(db)}); run again when "
                        "it ends, or without --no-wait to wait for it")
    if on_wait is not None:
        on_wait(f"index {db} is busy ({holder(db)}); waiting…")
    deadline = None if timeout is None else time.monotonic() + timeout
    while not _try(fd):
        if deadline is not None and time.monotonic() > deadline:
            raise IndexBusy(f"index busy: {db} is still being written ({holder(db)}) after "
                            f"{timeout:.0f}s")
        time.sleep(POLL_SECONDS)


def _try(fd: int) -> bool:
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError as error:
        raise StoreError(f"cannot lock the index: {error.strerror or error}") from None
    return True
