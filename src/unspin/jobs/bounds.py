"""Bounded work per article: a time limit and a memory limit on extracting, normalising and
fingerprinting one document, each reported as that document's failure when it is exceeded.

- **Time**: an interval timer (``SIGALRM``) around the article; when it fires, ``ArticleTimeout``
  is raised where the work is. It derives from ``BaseException`` so that no library's
  ``except Exception`` swallows it. Python code is interrupted at once; a long call inside a C
  library (lxml, the regex engine) is interrupted when it returns to Python.
- **Memory**: in the scan's worker processes, the address space (``RLIMIT_AS``) is capped at what
  the worker held when it started plus the article budget, so an article that needs more gets a
  ``MemoryError`` (its allocation fails) instead of the machine's memory; the worker frees it and
  goes on. In a scan run in one process (``--workers 1``) only the time limit applies: the cap
  would bind the whole scan.

Both are ``Config.article_seconds`` and ``Config.article_memory_mb`` (not index settings).
"""

from __future__ import annotations

import contextlib
import resource
import signal
import threading
from collections.abc import Iterator

from unspin.config import Config
from unspin.model import Failure, RawDocument

# Indexed once in each process before the first article is timed: what indexing loads on first
# use (the word frequencies, some 1.5 s) is no article's work, nor its memory.
WARM_UP = RawDocument("warm-up", "warm-up", "text",
                      b"The minister said on Tuesday that the plant will open in May.", "warm-up")


class ArticleTimeout(BaseException):
    """The article's time is up (raised by the interval timer)."""


def _on_alarm(signum: int, frame: object) -> None:
    raise ArticleTimeout


@contextlib.contextmanager
def time_bound(seconds: float) -> Iterator[None]:
    """Raise :class:`ArticleTimeout` in this block once ``seconds`` have passed (no bound when
    ``seconds`` is 0 or this is not the main thread, where signals cannot be delivered)."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _address_space() -> int:
    """This process's address space now, in bytes (``/proc/self/statm``; 0 where unknown)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            pages = int(statm.read().split()[0])
    except (OSError, ValueError, IndexError):
        return 0
    return pages * resource.getpagesize()


def cap_memory(megabytes: int) -> bool:
    """Cap this process's address space at its present size plus ``megabytes`` (for a worker
    process, once). Whether a cap was set."""
    now = _address_space()
    if megabytes <= 0 or not now:
        return False
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    wanted = now + megabytes * (1 << 20)
    if hard != resource.RLIM_INFINITY:
        wanted = min(wanted, hard)
    if soft != resource.RLIM_INFINITY and soft <= wanted:
        return False  # a tighter cap is there already
    resource.setrlimit(resource.RLIMIT_AS, (wanted, hard))
    return True


def too_slow(origin: str, config: Config) -> Failure:
    return Failure(origin, (
        f"took more than {config.article_seconds:g}s to extract and fingerprint "
        "(the per-article time limit): left out"))


def too_large(origin: str, config: Config) -> Failure:
    return Failure(origin, (
        f"needed more than {config.article_memory_mb:,} MB to extract and fingerprint "
        "(the per-article memory limit): left out"))
