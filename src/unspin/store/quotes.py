"""Quotation records kept in the index file, beside (not inside) the scan's tables.

``unspin quotes CORPUS --db INDEX`` replaces the whole table in one transaction, so a crash or
Ctrl-C leaves the previous records or the new ones, never a mix.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from unspin.errors import StoreError
from unspin.quotations.corpus import QuoteRecord
from unspin.store.lock import writer_lock
from unspin.store.schema import Transaction

SCHEMA = """
CREATE TABLE IF NOT EXISTS quotes (
    article TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    speaker_as_written TEXT,
    speaker TEXT,
    verb TEXT,
    cluster TEXT NOT NULL,
    variant TEXT NOT NULL,
    published TEXT,
    PRIMARY KEY (article, start)
);
CREATE INDEX IF NOT EXISTS quotes_cluster ON quotes(cluster);
"""
_COLUMNS = (
    'article, start, "end", text, speaker_as_written, speaker, verb, cluster, variant, published'
)


def _connect(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        connection = sqlite3.connect(path, timeout=30, isolation_level=None)
        connection.executescript(SCHEMA)
    except sqlite3.DatabaseError as error:
        raise StoreError(f"{path}: not a usable index ({error})") from error
    return connection


def save_quotes(path: Path, records: list[QuoteRecord],
                on_wait: Callable[[str], None] | None = None) -> None:
    """Replace the index's quotation records with ``records`` in one transaction, the index's
    writer lock held (waited for; ``on_wait`` is told why)."""
    with writer_lock(path, "quotes", on_wait=on_wait):
        _save(path, records)


def _save(path: Path, records: list[QuoteRecord]) -> None:
    connection = _connect(path)
    try:
        with Transaction(connection):
            connection.execute("DELETE FROM quotes")
            connection.executemany(
                f"INSERT INTO quotes ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(r.article, r.start, r.end, r.text, r.speaker_as_written, r.speaker, r.verb,
                  r.cluster, r.variant, r.published) for r in records],
            )
    finally:
        connection.close()


def load_quotes(path: Path) -> list[QuoteRecord]:
    """Every quotation record of the index (empty when ``unspin quotes`` never filled it)."""
    if not path.is_file():
        raise StoreError(f"{path} does not exist: run `unspin quotes CORPUS --db {path}` first")
    connection = _connect(path)
    try:
        rows = connection.execute(f"SELECT {_COLUMNS} FROM quotes ORDER BY article, start")
        return [QuoteRecord(*row) for row in rows]
    finally:
        connection.close()
