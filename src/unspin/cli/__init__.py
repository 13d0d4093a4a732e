"""The ``unspin`` command line: one module per command group, all on the group of ``app``."""

from __future__ import annotations

import importlib

from unspin.cli import reuse, spin  # noqa: F401  (each registers its commands on ``main``)
from unspin.cli.app import example as _example
from unspin.cli.app import fail as _fail
from unspin.cli.app import main
from unspin.cli.app import report_failures as _report_failures

importlib.import_module("unspin.cli_quotes")  # registers `quotes` and `quote` on `main`

__all__ = ["_example", "_fail", "_report_failures", "main"]
