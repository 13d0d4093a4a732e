"""Typed errors: the library raises these; the CLI turns them into messages and exit codes."""

from __future__ import annotations


class UnspinError(Exception):
    """Base class of every error unspin raises on purpose."""

    exit_code = 1


class InputError(UnspinError):
    """An input file or record could not be read: names the file and says why."""

    def __init__(self, origin: str, reason: str) -> None:
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason


class StoreError(UnspinError):
    """The index cannot be used as asked (missing, built with other settings, corrupt)."""


class UsageError(UnspinError):
    """The caller asked for something that cannot be done; the message says what to do instead."""

    exit_code = 2


class MissingDependency(UnspinError):
    """An optional extra is needed: the message names the ``pip install`` that provides it."""

    def __init__(self, extra: str, feature: str) -> None:
        super().__init__(f"install unspin[{extra}] to use {feature}")
        self.extra = extra
        self.feature = feature


class IndexBusy(StoreError):
    """Another job is writing the index (``scan --no-wait``, or a wait that timed out)."""
