"""Read stage: walk a corpus and yield its documents as raw bytes, or a ``Failure`` per bad input.

Accepted inputs are ``.txt``, ``.html``/``.htm``, ``.jsonl`` and ``.warc``/``.warc.gz`` files.
Nothing is decoded here (that is ``extract``'s job); this stage only finds documents, gives them
stable ids, enforces the size limit and reports what it could not read, so a batch always carries
on past bad input.
"""

from __future__ import annotations

import json
import os
import stat
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import xxhash
from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from unspin.errors import InputError
from unspin.model import Failure, RawDocument, RawFormat

DEFAULT_MAX_BYTES = 5_000_000
TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl",)
WARC_SUFFIXES = (".warc", ".warc.gz")
ACCEPTED_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES + WARC_SUFFIXES
JSONL_FIELDS = ("url", "title", "published", "byline")
HTML_MIME_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_MIME_TYPES = frozenset({"text/plain"})
TRUNCATED_RECORD = "truncated record (the WARC file ends inside it)"


@dataclass(slots=True)
class ReadStats:
    """What the read stage saw and dropped, so a run can say why it read fewer documents."""

    files_seen: int = 0
    skipped_hidden: int = 0
    skipped_extension: int = 0
    skipped_records: int = 0
    documents: int = 0
    failures: int = 0


def content_hash(data: bytes) -> str:
    """The content hash of a document's raw bytes (xxh3, 128 bits, hex)."""
    return xxhash.xxh3_128_hexdigest(data)


def iter_raw_documents(
    corpus: Path, *, max_bytes: int = DEFAULT_MAX_BYTES, stats: ReadStats | None = None
) -> Iterator[RawDocument | Failure]:
    """Yield every document under ``corpus`` (a directory or one file), deterministically.

    Files come in sorted path order, the records of a JSONL or WARC file in file order. Bad files
    and records come out as ``Failure`` and reading carries on; a repeated id is a failure (the
    first one wins). A missing corpus raises ``InputError``. Pass a ``ReadStats`` to count what
    was seen and skipped.
    """
    counts = stats if stats is not None else ReadStats()
    seen_ids: dict[str, str] = {}
    for item in _iter_unchecked(Path(corpus), max_bytes, counts):
        if isinstance(item, RawDocument):
            first = seen_ids.get(item.id)
            if first is not None:
                item = Failure(item.origin, f"duplicate id {item.id!r} (first read from {first})")
            else:
                seen_ids[item.id] = item.origin
        if isinstance(item, Failure):
            counts.failures += 1
        else:
            counts.documents += 1
        yield item


def _iter_unchecked(
    corpus: Path, max_bytes: int, stats: ReadStats
) -> Iterator[RawDocument | Failure]:
    """Every document and failure, before duplicate ids are caught."""
    try:
        mode = corpus.stat().st_mode
    except FileNotFoundError:
        raise InputError(str(corpus), "no such file or directory") from None
    except OSError as error:
        raise InputError(str(corpus), f"cannot read: {error.strerror or error}") from None

    if not stat.S_ISDIR(mode):
        stats.files_seen += 1
        name = corpus.name
        if _suffix_of(name) is None:
            # Named explicitly, so say why it was not read rather than skipping it silently.
            expected = ", ".join(ACCEPTED_SUFFIXES)
            yield Failure(name, f"unsupported file type (expected one of {expected})")
            return
        yield from _read_file(corpus, name, max_bytes, stats)
        return

    for relative, walk_error in _walk(corpus, stats):
        if walk_error is not None:
            yield Failure(relative, walk_error)
            continue
        stats.files_seen += 1
        if _suffix_of(relative) is None:
            stats.skipped_extension += 1
            continue
        yield from _read_file(corpus / relative, relative, max_bytes, stats)


def _walk(root: Path, stats: ReadStats) -> list[tuple[str, str | None]]:
    """All non-hidden file paths under ``root`` (relative, ``/``-separated, sorted), with errors.

    An entry with a reason in its second slot is a directory that could not be listed.
    """
    entries: list[tuple[str, str | None]] = []

    def on_error(error: OSError) -> None:
        where = Path(error.filename) if error.filename else root
        relative = where.relative_to(root).as_posix() if where != root else "."
        entries.append((relative, f"cannot read directory: {error.strerror or error}"))

    for directory, dirnames, filenames in os.walk(root, onerror=on_error):
        visible = [name for name in dirnames if not name.startswith(".")]
        stats.skipped_hidden += len(dirnames) - len(visible)
        dirnames[:] = sorted(visible)
        base = Path(directory).relative_to(root)
        for name in filenames:
            if name.startswith("."):
                stats.skipped_hidden += 1
                continue
            entries.append(((base / name).as_posix(), None))
    entries.sort(key=lambda entry: entry[0])
    return entries


def corpus_files(root: Path) -> list[tuple[str, str | None]]:
    """The files a directory corpus is read from, in reading order: (relative path, None) for
    each non-hidden file, or (directory, reason) for one that could not be listed; a backend
    that reads files elsewhere (Spark) numbers them in this order."""
    return _walk(root, ReadStats())


def read_file(path: Path, relative: str, max_bytes: int = DEFAULT_MAX_BYTES
              ) -> Iterator[RawDocument | Failure]:
    """The documents of one corpus file (named ``relative``), as ``iter_raw_documents`` reads
    them (before duplicate ids across files are caught); files of other types give nothing."""
    if _suffix_of(relative) is None:
        return iter(())
    return _read_file(path, relative, max_bytes, ReadStats())


def parse_jsonl_record(line: bytes, origin: str, max_bytes: int = DEFAULT_MAX_BYTES
                       ) -> RawDocument | Failure:
    """One JSON-lines record (``{"id", "text" or "html", ...}``) as a document, or why not."""
    return _parse_jsonl_record(line, origin, max_bytes)


def _suffix_of(name: str) -> str | None:
    """The accepted suffix ``name`` ends with (case-insensitive), or None."""
    lowered = name.lower()
    for suffix in sorted(ACCEPTED_SUFFIXES, key=len, reverse=True):
        if lowered.endswith(suffix) and len(lowered) > len(suffix):
            return suffix
    return None


def _read_file(
    path: Path, relative: str, max_bytes: int, stats: ReadStats
) -> Iterator[RawDocument | Failure]:
    """The documents of one accepted file, or the failures that stopped them."""
    try:
        info = path.stat()
    except OSError as error:
        yield Failure(relative, f"cannot read: {error.strerror or error}")
        return
    if not stat.S_ISREG(info.st_mode):
        yield Failure(relative, "not a regular file")
        return
    if info.st_size == 0:
        yield Failure(relative, "empty file")
        return

    suffix = _suffix_of(relative)
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl(path, relative, max_bytes)
    elif suffix in WARC_SUFFIXES:
        yield from _read_warc(path, relative, max_bytes, stats)
    else:
        if info.st_size > max_bytes:
            yield Failure(relative, _too_large(info.st_size, max_bytes))
            return
        try:
            data = path.read_bytes()
        except OSError as error:
            yield Failure(relative, f"cannot read: {error.strerror or error}")
            return
        if not data.strip():
            yield Failure(relative, "empty file")
            return
        format_: RawFormat = "html" if suffix in HTML_SUFFIXES else "text"
        yield RawDocument(
            id=relative,
            origin=relative,
            format=format_,
            data=data,
            content_hash=content_hash(data),
        )


def _too_large(size: int, max_bytes: int) -> str:
    return f"too large ({size:,} bytes; the limit is {max_bytes:,})"


def _read_jsonl(path: Path, relative: str, max_bytes: int) -> Iterator[RawDocument | Failure]:
    """One document per JSON line; a bad line is a failure named ``PATH:LINE``."""
    try:
        handle = path.open("rb")
    except OSError as error:
        yield Failure(relative, f"cannot read: {error.strerror or error}")
        return
    records = 0
    with handle:
        line_number = 0
        while True:
            try:
                line, complete = _read_line(handle, max_bytes)
            except OSError as error:
                yield Failure(f"{relative}:{line_number + 1}", f"cannot read: {error}")
                return
            if not line and complete:
                break
            line_number += 1
            origin = f"{relative}:{line_number}"
            if not complete:
                records += 1
                yield Failure(origin, f"record too large (over {max_bytes:,} bytes)")
                continue
            if line_number == 1 and line.startswith(b"\xef\xbb\xbf"):
                line = line[3:]
            if not line.strip():
                continue
            records += 1
            yield _parse_jsonl_record(line, origin, max_bytes)
    if records == 0:
        yield Failure(relative, "empty file (no JSON records)")


def _read_line(handle: BinaryIO, max_bytes: int) -> tuple[bytes, bool]:
    """The next line and whether it was read whole; an overlong line is consumed but not kept.

    At end of file this returns ``(b"", True)``.
    """
    # Room for a record at the size limit even if every character is a \uXXXX escape, plus the
    # other fields; the decoded text is checked against the limit itself after parsing.
    limit = 6 * max_bytes + 65_536
    line = handle.readline(limit)
    if len(line) < limit or line.endswith(b"\n"):
        return line, True
    while True:
        rest = handle.readline(1 << 20)
        if not rest or rest.endswith(b"\n"):
            return b"", False


def _parse_jsonl_record(line: bytes, origin: str, max_bytes: int) -> RawDocument | Failure:
    """Turn one JSON line into a document, or say what is wrong with it."""
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as error:
        return Failure(origin, f"not valid UTF-8 (bad byte at column {error.start + 1})")
    try:
        record = json.loads(text)
    except json.JSONDecodeError as error:
        return Failure(origin, f"bad JSON: {error.msg} at column {error.colno}")
    except (ValueError, RecursionError) as error:
        return Failure(origin, f"bad JSON: {error}")
    if not isinstance(record, dict):
        return Failure(origin, f"record is a JSON {type(record).__name__}, not an object")

    raw_id = record.get("id")
    if isinstance(raw_id, int) and not isinstance(raw_id, bool):
        raw_id = str(raw_id)
    if not isinstance(raw_id, str) or not raw_id.strip():
        return Failure(origin, "record has no id")

    html, text_field = record.get("html"), record.get("text")
    for name, value in (("html", html), ("text", text_field)):
        if value is not None and not isinstance(value, str):
            return Failure(origin, f"field {name!r} is not a string")
    if html is None and text_field is None:
        return Failure(origin, "record has neither text nor html")
    # A record may carry both; the HTML is the fuller source, unless it is empty.
    format_: RawFormat = "html" if isinstance(html, str) and html.strip() else "text"
    body = html if format_ == "html" else text_field
    if not isinstance(body, str) or not body.strip():
        return Failure(origin, "record has empty text")
    try:
        data = body.encode("utf-8")
    except UnicodeEncodeError:
        return Failure(origin, f"field {format_!r} is not valid Unicode (lone surrogate)")
    if len(data) > max_bytes:
        return Failure(origin, _too_large(len(data), max_bytes))

    fields = {
        name: value.strip()
        for name in JSONL_FIELDS
        if isinstance(value := record.get(name), str) and value.strip()
    }
    canonical = json.dumps(record, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return RawDocument(
        id=raw_id,
        origin=origin,
        format=format_,
        data=data,
        content_hash=content_hash(canonical.encode("utf-8", "surrogatepass")),
        fields=fields,
        encoding="utf-8",
    )


def _read_warc(
    path: Path, relative: str, max_bytes: int, stats: ReadStats
) -> Iterator[RawDocument | Failure]:
    """One document per HTML or plain-text response (or resource) record of a WARC file.

    Records that are not articles (requests, metadata, redirects, errors, images, scripts) are
    skipped and counted. A damaged or cut-off archive yields the records read so far and then a
    failure.
    """
    try:
        handle = path.open("rb")
    except OSError as error:
        yield Failure(relative, f"cannot read: {error.strerror or error}")
        return
    number = 0
    last_offset = 0
    truncated = False
    with handle:
        try:
            compressed = handle.read(2) == b"\x1f\x8b"
            handle.seek(0)
            if not _starts_like_warc(handle, compressed):
                reason = "unreadable WARC: the file does not start with a WARC record"
                yield Failure(relative, reason)
                return
            records = ArchiveIterator(handle)
            for record in records:
                number += 1
                item = _warc_document(record, relative, number, max_bytes)
                if item is None:
                    stats.skipped_records += 1
                    truncated = _truncated(record)
                else:
                    yield item
                    if isinstance(item, Failure) and item.reason == TRUNCATED_RECORD:
                        return  # said already, and nothing follows it
                if truncated:
                    break
                last_offset = int(records.get_record_offset())
            # warcio ends quietly when a file stops inside a record's headers; look for that.
            if not truncated and not _ends_cleanly(handle, last_offset, compressed):
                truncated = True
            if truncated:
                yield Failure(relative, "truncated WARC: the file ends inside a record")
            elif number == 0:  # a WARC header and then nothing warcio reads as a record
                yield Failure(relative, "unreadable WARC: no record in the file")
        except Exception as error:  # warcio raises many kinds of errors on damaged input
            known = isinstance(error, OSError | EOFError | zlib.error | ArchiveLoadFailed)
            reason = _first_line(str(error)) if known else ""
            where = f" after {number} records" if number else ""
            yield Failure(relative, f"unreadable WARC{where}: {reason or 'damaged or truncated'}")


def _ends_cleanly(handle: BinaryIO, last_offset: int, compressed: bool) -> bool:
    """Whether the file from its last record on is whole: complete gzip members, or a CRLF end."""
    if not compressed:
        handle.seek(0, os.SEEK_END)
        size = handle.tell()
        handle.seek(max(0, size - 4))
        return handle.read(4).replace(b"\r", b"").endswith(b"\n\n")
    handle.seek(last_offset)
    decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
    fed = False
    while chunk := handle.read(1 << 20):
        while chunk:
            fed = True
            decompressor.decompress(chunk, 1 << 20)
            while decompressor.unconsumed_tail and not decompressor.eof:
                decompressor.decompress(decompressor.unconsumed_tail, 1 << 20)
            if not decompressor.eof:
                break
            chunk = decompressor.unused_data
            decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
            fed = False
    return not fed


def _starts_like_warc(handle: BinaryIO, compressed: bool) -> bool:
    """Whether the (possibly gzipped) file starts with a WARC header; rewinds the file.

    warcio would otherwise read many a text file as an old-style ARC archive.
    """
    head = handle.read(1024)
    handle.seek(0)
    if compressed:
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64)
        except zlib.error:
            return False
    return head.lstrip(b"\r\n").startswith(b"WARC/")


def _warc_document(
    record: Any, relative: str, number: int, max_bytes: int
) -> RawDocument | Failure | None:
    """The document held by one WARC record (warcio's, untyped), a failure, or None to skip it."""
    rec_type = str(record.rec_type or "")
    if not rec_type:  # every WARC record has one: this is damage, not a record to skip
        return Failure(f"{relative} (record {number})", "WARC record without WARC-Type")
    if rec_type not in ("response", "resource"):
        return None
    rec_headers = record.rec_headers
    http_headers = record.http_headers

    if http_headers is not None:
        status = str(http_headers.get_statuscode() or "")
        if rec_type == "response" and not status.startswith("2"):
            return None
        content_type = str(http_headers.get_header("Content-Type") or "")
    else:
        if rec_type == "response":
            return None  # not an HTTP response (dns:, whois:): nothing to read
        content_type = str(rec_headers.get_header("Content-Type") or "")

    uri = str(rec_headers.get_header("WARC-Target-URI") or "").strip().strip("<>")
    if not uri:
        return Failure(f"{relative} (record {number})", "WARC record without WARC-Target-URI")
    doc_id = f"{relative}#{uri}"

    mime, charset = _parse_content_type(content_type)
    if mime and mime not in HTML_MIME_TYPES and mime not in TEXT_MIME_TYPES:
        return None

    try:
        payload = bytes(record.content_stream().read(max_bytes + 1))
    except Exception as error:  # a broken chunked or gzip body
        return Failure(doc_id, f"cannot decode HTTP payload: {_first_line(str(error))}")
    if len(payload) > max_bytes:
        return Failure(doc_id, f"record too large (over {max_bytes:,} bytes)")
    if _truncated(record):
        return Failure(doc_id, TRUNCATED_RECORD)
    if not payload.strip():
        return Failure(doc_id, "empty record")

    if mime:
        format_: RawFormat = "html" if mime in HTML_MIME_TYPES else "text"
    else:
        format_ = "html" if payload.lstrip()[:1] == b"<" else "text"

    fields: dict[str, str] = {"url": uri}
    # Dates the container knows are when the page was fetched, not when it was written, so they
    # go in fields of their own; extract uses them only when the page itself carries no date.
    warc_date = str(rec_headers.get_header("WARC-Date") or "").strip()
    if warc_date:
        fields["crawl_date"] = warc_date
    if http_headers is not None:
        last_modified = str(http_headers.get_header("Last-Modified") or "").strip()
        http_date = str(http_headers.get_header("Date") or "").strip()
        if last_modified:
            fields["last_modified"] = last_modified
        if http_date and "crawl_date" not in fields:
            fields["crawl_date"] = http_date
    return RawDocument(
        id=doc_id,
        origin=doc_id,
        format=format_,
        data=payload,
        content_hash=content_hash(payload),
        fields=fields,
        encoding=charset,
    )


def _truncated(record: Any) -> bool:
    """Whether a record's block ended before its Content-Length (a cut-off file)."""
    raw = record.raw_stream
    limit = getattr(raw, "limit", None)
    if not isinstance(limit, int):
        return False
    while raw.read(1 << 16):
        pass
    return int(raw.limit) > 0


def _parse_content_type(value: str) -> tuple[str, str | None]:
    """``("text/html", "utf-8")`` from ``"text/html; charset=UTF-8"``; the charset may be None."""
    parts = value.split(";")
    mime = parts[0].strip().lower()
    charset: str | None = None
    for parameter in parts[1:]:
        key, _, raw = parameter.partition("=")
        if key.strip().lower() == "charset":
            charset = raw.strip().strip("\"'").lower() or None
    return mime, charset


def _first_line(message: str) -> str:
    for line in message.splitlines():
        if line.strip():
            return line.strip()
    return ""
