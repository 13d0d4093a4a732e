"""The ``unspin`` command line: one module per command group (reuse, spin, quotes, stories,
report, serve), each registering its commands on the group of ``app``."""

from __future__ import annotations

# Each module registers its commands.
from unspin.cli import quotes, report, reuse, serve, spin, stories  # noqa: F401
from unspin.cli.app import main

__all__ = ["main"]
