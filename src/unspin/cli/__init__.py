"""The ``unspin`` command line: one module per command group (reuse, spin, quotes, stories), each
registering its commands on the group of ``app``."""

from __future__ import annotations

from unspin.cli import quotes, reuse, spin, stories  # noqa: F401  (each registers its commands)
from unspin.cli.app import main

__all__ = ["main"]
