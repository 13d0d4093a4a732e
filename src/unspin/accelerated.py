"""The C module ``unspin._accel`` (src/unspin/_accel.c), or ``None`` where it was not built.

The install compiles it where a C compiler is found; elsewhere the same functions run in
Python (each caller keeps the reference implementation, equal by test), only slower. Setting
``UNSPIN_PURE_PYTHON=1`` runs the Python code although the module is built (for benchmarks
measuring both in one run, and for ruling the module out when chasing a bug).
"""

from __future__ import annotations

import importlib
import os
from types import ModuleType

accel: ModuleType | None
if os.environ.get("UNSPIN_PURE_PYTHON", "") not in ("", "0"):
    accel = None
else:
    try:
        accel = importlib.import_module("unspin._accel")
    except ImportError:  # pragma: no cover - only where no C compiler was found at install
        accel = None

PURE_PYTHON = (
    "the C module unspin._accel is not in use (not built, or UNSPIN_PURE_PYTHON is set): "
    "indexing runs in pure Python, more slowly"
)
