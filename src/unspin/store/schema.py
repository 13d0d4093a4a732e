"""The index file itself: its tables, opening it, the settings it was built with, transactions.

Opening creates the tables when they are missing and sets the connection up (page size, WAL
journal, foreign keys). The settings that shape the stored data are kept in ``meta``; opening an
index built with other settings, or with another schema, is refused. Every write of the store runs
in a :class:`Transaction`, so that a crash or Ctrl-C leaves the old state or the new one.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from unspin.errors import StoreError

SCHEMA_VERSION = "4"  # 3: articles keep a near-duplicate sketch and their group root; 4: facts
PAGE_SIZE = 16384

# ``pending`` and ``removed`` are the postings' own (see ``store.postings``): the trigger keeps
# them true when an article is deleted, whoever deletes it.
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL,
    origin TEXT NOT NULL,
    title TEXT, url TEXT, site TEXT, published TEXT, byline TEXT,
    text BLOB NOT NULL,
    words INTEGER NOT NULL,
    sketch BLOB,
    root INTEGER,
    facts BLOB
);
CREATE TABLE IF NOT EXISTS pending (article INTEGER PRIMARY KEY, keys BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS postings (
    bucket INTEGER PRIMARY KEY,
    keys BLOB NOT NULL,
    articles BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS removed (article INTEGER PRIMARY KEY);
CREATE TRIGGER IF NOT EXISTS articles_removed AFTER DELETE ON articles BEGIN
    INSERT OR IGNORE INTO removed(article) SELECT old.rowid
        WHERE NOT EXISTS (SELECT 1 FROM pending WHERE article = old.rowid);
    DELETE FROM pending WHERE article = old.rowid;
END;
CREATE TABLE IF NOT EXISTS lines (
    hash INTEGER NOT NULL,
    article INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
    PRIMARY KEY (hash, article)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS lines_article ON lines(article);
CREATE TABLE IF NOT EXISTS relations (
    copy INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
    source INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    score REAL NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (copy, source)
);
"""


def connect(path: Path, *, create: bool = True) -> sqlite3.Connection:
    """A connection to the index at ``path``, its tables made when missing (and the file too,
    with ``create``). Refused with a :class:`StoreError` when the file is not a usable index."""
    if not create and not path.exists():
        raise StoreError(f"no index at {path}: run 'unspin scan CORPUS --db {path}' first")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(path, timeout=30, isolation_level=None)
        # Rows of about 2 KB (a packed article, a bucket of postings) fill 4 KB pages badly.
        # Only a new file takes the page size; an existing one keeps its own.
        connection.execute(f"PRAGMA page_size={PAGE_SIZE}")
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=NORMAL")
        connection.execute("PRAGMA foreign_keys=ON")
        connection.executescript(SCHEMA)
    except sqlite3.DatabaseError as error:
        raise StoreError(f"{path} is not a usable unspin index ({error})") from error
    return connection


def check_settings(connection: sqlite3.Connection, path: Path, settings: str,
                   create: bool = True) -> None:
    """Record ``settings`` and the schema version in a new index; refuse an index that was
    built with others (its data would not match what this run computes). Without ``create``
    (a reader), an index nothing was ever written to is refused."""
    stored = dict(connection.execute("SELECT key, value FROM meta").fetchall())
    wanted = {"schema": SCHEMA_VERSION, "settings": settings}
    if not stored and not create:
        raise StoreError(f"no index at {path} yet (empty: a first scan may be building it)")
    if not stored:
        with Transaction(connection):
            connection.executemany(
                "INSERT INTO meta(key, value) VALUES (?, ?)", sorted(wanted.items())
            )
        return
    if stored.get("schema") != SCHEMA_VERSION:
        raise StoreError(
            f"the index {path} was built by another version of unspin (index schema "
            f"{stored.get('schema')!r}, this version reads {SCHEMA_VERSION!r}): rebuild it "
            "(delete it and run 'unspin scan' again, or pass --db NEW_FILE)")
    for key, value in wanted.items():
        if stored.get(key) != value:
            raise StoreError(
                f"the index {path} was built with other settings "
                f"({key}: {stored.get(key)!r}, now {value!r}); delete it or pass "
                "--db NEW_FILE to build a new one"
            )


def begin_snapshot(connection: sqlite3.Connection) -> None:
    """Start a read transaction and take its snapshot now: every later read on ``connection``
    sees the index as it was committed at this moment (WAL keeps it for the reader), until
    the transaction ends."""
    connection.execute("BEGIN DEFERRED")
    connection.execute("SELECT count(*) FROM meta").fetchone()


# What SQLite and the OS say when a write does not fit: a full disk, a quota, a file size limit.
_FULL = ("database or disk is full", "disk i/o error", "file too large", "no space left",
         "disk quota exceeded")


def storage_error(path: Path | str, error: BaseException) -> StoreError | None:
    """The :class:`StoreError` that says why writing the index ``path`` failed, when ``error``
    is a full disk or file size limit (SQLite's or the OS's); else ``None``."""
    text = str(error).lower()
    errno = getattr(error, "errno", None)
    if not (isinstance(error, sqlite3.OperationalError | OSError)
            and (any(cause in text for cause in _FULL) or errno in (27, 28, 122))):
        return None
    name = getattr(error, "sqlite_errorname", None)
    cause = f"{error} ({name})" if name else str(error)
    return StoreError(
        f"cannot write the index {path}: {cause}: the disk is full, a file size limit or quota "
        "was reached, or the disk failed; the index keeps its last complete state: make room "
        "and run the scan again")


def _database_path(connection: sqlite3.Connection) -> str:
    try:
        return str(connection.execute("PRAGMA database_list").fetchone()[2])
    except sqlite3.Error:
        return "(unknown)"


class Transaction:
    """``BEGIN IMMEDIATE`` … ``COMMIT``, or ``ROLLBACK`` on any exception (Ctrl-C included).

    A write that does not fit (a full disk, a file size limit) is rolled back and raised as a
    :class:`StoreError` naming the cause (``storage_error``)."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection

    def __enter__(self) -> None:
        try:
            self.connection.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            raise storage_error(_database_path(self.connection), error) or error from None

    def __exit__(self, exc_type: object, exc: BaseException | None, *rest: object) -> None:
        if exc_type is None:
            try:
                self.connection.execute("COMMIT")
                return
            except sqlite3.OperationalError as error:
                exc = error
        if self.connection.in_transaction:
            with contextlib.suppress(sqlite3.Error):  # else SQLite rolled it back itself
                self.connection.execute("ROLLBACK")
        if exc is not None:
            translated = storage_error(_database_path(self.connection), exc)
            if translated is not None:
                raise translated from exc
            if exc_type is None:
                raise exc
