"""spaCy's small English model as the quotation parse and the spin tagger run it.

Its layers multiply small matrices (a few hundred tokens by 96 to 288 columns). thinc does that
with BLIS by default; NumPy's OpenBLAS on one thread did the same products a quarter faster on
the machines measured here, with the same parse to the last token (tags, heads, dependencies,
entities of 1,004 articles, 437,699 tokens). A second BLAS thread only spins beside a parse of
this size, and on a machine whose other cores read spin or run other parses it takes their
time: parses run inside :func:`one_thread`.
"""

from __future__ import annotations

import contextlib
import functools
import importlib
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

__all__ = ["load", "one_thread"]

_T = TypeVar("_T")


def load(loader: Callable[[], _T]) -> _T:
    """``loader()`` (a model package's ``load``), its layers built on NumPy's matrix
    products."""
    thinc: Any = importlib.import_module("thinc.api")
    with thinc.use_ops("numpy", use_blis=False):
        return loader()


@functools.cache
def _controller() -> Any:
    threadpoolctl: Any = importlib.import_module("threadpoolctl")
    return threadpoolctl.ThreadpoolController()


@contextlib.contextmanager
def one_thread() -> Iterator[None]:
    """Run what is inside with one BLAS thread (then as before)."""
    with _controller().limit(limits=1, user_api="blas"):
        yield
