"""The read stage: ids, formats and order of a corpus walk, and a failure for every bad input."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
import xxhash
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from unspin.errors import InputError
from unspin.model import Failure, RawDocument
from unspin.pipeline.extract import extract_documents
from unspin.pipeline.read import ReadStats, iter_raw_documents

ARTICLE = "The council said on Tuesday that it would raise local taxes.\n"
PAGE = "<html><body><article><p>The council raised taxes.</p></article></body></html>"


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def jsonl(*records: object) -> str:
    return "".join(json.dumps(record) + "\n" for record in records)


def read_all(corpus: Path, max_bytes: int = 5_000_000) -> list[RawDocument | Failure]:
    return list(iter_raw_documents(corpus, max_bytes=max_bytes))


def documents(items: list[RawDocument | Failure]) -> dict[str, RawDocument]:
    return {item.id: item for item in items if isinstance(item, RawDocument)}


def failures(items: list[RawDocument | Failure]) -> dict[str, str]:
    return {item.origin: item.reason for item in items if isinstance(item, Failure)}


def xxh(data: bytes) -> str:
    return xxhash.xxh3_128_hexdigest(data)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    write(root / "a.txt", ARTICLE)
    write(root / "b" / "c.html", PAGE)
    write(root / "b" / "d.HTM", PAGE)
    write(root / "b" / "deeper" / "e.txt", ARTICLE)
    write(
        root / "feed.jsonl",
        jsonl(
            {"id": "rec-1", "text": ARTICLE, "url": "https://example.com/1", "title": "One"},
            {"id": "rec-2", "html": PAGE, "published": "2024-02-22", "byline": "By Admin"},
        ),
    )
    write(root / ".unspin" / "index.txt", ARTICLE)
    write(root / ".hidden" / "x.html", PAGE)
    write(root / "b" / ".secret.txt", ARTICLE)
    write(root / "notes.md", "# not an article")
    write(root / "image.png", b"\x89PNG\r\n\x1a\n\x00\x00")
    return root


def test_ids_are_relative_paths_in_sorted_order(corpus: Path) -> None:
    items = read_all(corpus)
    assert [item.id for item in items if isinstance(item, RawDocument)] == [
        "a.txt",
        "b/c.html",
        "b/d.HTM",
        "b/deeper/e.txt",
        "rec-1",
        "rec-2",
    ]
    assert not failures(items)
    assert [getattr(item, "id", None) for item in read_all(corpus)] == [
        getattr(item, "id", None) for item in items
    ]


def test_formats_origins_and_hashes(corpus: Path) -> None:
    docs = documents(read_all(corpus))
    assert docs["a.txt"].format == "text"
    assert docs["a.txt"].data == ARTICLE.encode()
    assert docs["a.txt"].content_hash == xxh(ARTICLE.encode())
    assert docs["a.txt"].encoding is None
    assert docs["b/c.html"].format == "html"
    assert docs["b/d.HTM"].format == "html"
    assert docs["b/deeper/e.txt"].origin == "b/deeper/e.txt"


def test_jsonl_records(corpus: Path) -> None:
    docs = documents(read_all(corpus))
    first, second = docs["rec-1"], docs["rec-2"]
    assert first.format == "text" and second.format == "html"
    assert first.data == ARTICLE.encode("utf-8")
    assert first.encoding == "utf-8"
    assert first.origin == "feed.jsonl:1" and second.origin == "feed.jsonl:2"
    assert dict(first.fields) == {"url": "https://example.com/1", "title": "One"}
    assert dict(second.fields) == {"published": "2024-02-22", "byline": "By Admin"}
    canonical = json.dumps(
        {"id": "rec-1", "text": ARTICLE, "url": "https://example.com/1", "title": "One"},
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )
    assert first.content_hash == xxh(canonical.encode("utf-8"))


def test_jsonl_hash_ignores_key_order(tmp_path: Path) -> None:
    write(tmp_path / "a" / "x.jsonl", '{"id": "r", "text": "Hello world", "title": "T"}\n')
    write(tmp_path / "b" / "x.jsonl", '{"title": "T", "text": "Hello world", "id": "r"}\n')
    [one] = read_all(tmp_path / "a")
    [two] = read_all(tmp_path / "b")
    assert isinstance(one, RawDocument) and isinstance(two, RawDocument)
    assert one.content_hash == two.content_hash


def test_hidden_and_other_extensions_are_skipped_and_counted(corpus: Path) -> None:
    stats = ReadStats()
    items = list(iter_raw_documents(corpus, stats=stats))
    assert not any(".unspin" in item.origin or ".hidden" in item.origin for item in items)
    assert stats.skipped_extension == 2  # notes.md, image.png
    assert stats.skipped_hidden == 3  # .unspin/, .hidden/, b/.secret.txt
    assert stats.files_seen == 7
    assert stats.documents == 6 and stats.failures == 0


def test_single_file_corpus_ids_are_relative_to_its_parent(corpus: Path) -> None:
    [item] = read_all(corpus / "b" / "c.html")
    assert isinstance(item, RawDocument)
    assert item.id == "c.html" and item.format == "html"
    assert list(documents(read_all(corpus / "feed.jsonl"))) == ["rec-1", "rec-2"]


def test_single_file_of_unsupported_type_is_a_failure(corpus: Path) -> None:
    [item] = read_all(corpus / "notes.md")
    assert isinstance(item, Failure)
    assert item.origin == "notes.md" and "unsupported file type" in item.reason


def test_missing_corpus_raises(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_all(tmp_path / "nowhere")


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.html", b"  \n\t\n", "empty file"),
        ("huge.txt", b"word " * 40, "too large"),
        ("empty.jsonl", b"\n\n", "empty file"),
    ],
)
def test_bad_files_fail_and_reading_carries_on(
    tmp_path: Path, name: str, content: bytes, reason: str
) -> None:
    write(tmp_path / name, content)
    write(tmp_path / "zz-good.txt", ARTICLE)
    items = read_all(tmp_path, max_bytes=100)
    assert reason in failures(items)[name]
    assert "zz-good.txt" in documents(items)


def test_unreadable_file_fails(tmp_path: Path) -> None:
    (tmp_path / "broken.txt").symlink_to(tmp_path / "missing-target.txt")
    write(tmp_path / "good.txt", ARTICLE)
    items = read_all(tmp_path)
    assert "cannot read" in failures(items)["broken.txt"]
    assert "good.txt" in documents(items)


def test_bad_jsonl_lines_name_the_line_and_reading_carries_on(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "ok-1", "text": "First good record."}),
        '{"id": "broken", "text": ',
        json.dumps({"text": "no id here"}),
        json.dumps({"id": "no-body", "title": "Only a title"}),
        "",
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "ok-1", "text": "Same id again."}),
        json.dumps({"id": "blank", "text": "   "}),
        json.dumps({"id": "numeric-text", "text": 42}),
        json.dumps({"id": "huge", "text": "x" * 500}),
        json.dumps({"id": "ok-2", "text": "Last good record."}),
    ]
    data = ("\n".join(lines) + "\n").encode() + b'{"id": "latin", "text": "caf\xe9"}\n'
    write(tmp_path / "feed.jsonl", data)
    items = read_all(tmp_path, max_bytes=200)
    assert list(documents(items)) == ["ok-1", "ok-2"]
    found = failures(items)
    assert found["feed.jsonl:2"].startswith("bad JSON")
    assert found["feed.jsonl:3"] == "record has no id"
    assert found["feed.jsonl:4"] == "record has neither text nor html"
    assert "not an object" in found["feed.jsonl:6"]
    assert "duplicate id 'ok-1'" in found["feed.jsonl:7"]
    assert "feed.jsonl:1" in found["feed.jsonl:7"]
    assert found["feed.jsonl:8"] == "record has empty text"
    assert "not a string" in found["feed.jsonl:9"]
    assert "too large" in found["feed.jsonl:10"]
    assert "UTF-8" in found["feed.jsonl:12"]
    assert len(found) == 9  # the blank line 5 is not a failure


def test_overlong_jsonl_line_is_skipped_without_losing_the_next(tmp_path: Path) -> None:
    big = json.dumps({"id": "big", "text": "word " * 10_000})
    write(tmp_path / "f.jsonl", big + "\n" + json.dumps({"id": "next", "text": "Hi there"}) + "\n")
    items = read_all(tmp_path, max_bytes=1_000)
    assert "too large" in failures(items)["f.jsonl:1"]
    assert list(documents(items)) == ["next"]


def test_duplicate_ids_across_files(tmp_path: Path) -> None:
    write(tmp_path / "a.jsonl", jsonl({"id": "b.txt", "text": "Claims a file's id."}))
    write(tmp_path / "b.txt", ARTICLE)
    items = read_all(tmp_path)
    assert documents(items)["b.txt"].origin == "a.jsonl:1"
    assert "duplicate id 'b.txt'" in failures(items)["b.txt"]


def test_binary_and_undecodable_files_fail_at_extraction_with_their_path(tmp_path: Path) -> None:
    write(tmp_path / "a" / "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    write(tmp_path / "b.txt", ARTICLE)
    results = list(extract_documents(iter_raw_documents(tmp_path)))
    [failure] = [item for item in results if isinstance(item, Failure)]
    assert failure.origin == "a/photo.txt"
    assert failure.reason == "binary file, not text"
    assert [item.id for item in results if not isinstance(item, Failure)] == ["b.txt"]


# --- WARC ---------------------------------------------------------------------------------

LATIN1_PAGE = (
    "<html><head><title>Caf\u00e9 news</title></head><body><article>"
    "<p>The caf\u00e9 on the corner re-opened on Monday after a long closure.</p>"
    "</article></body></html>"
)


def write_warc(path: Path, *, compress: bool) -> Path:
    """A small WARC: HTML and text responses, plus records the reader must skip."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as output:
        writer = WARCWriter(output, gzip=compress)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))

        def response(
            uri: str, body: bytes, content_type: str, status: str = "200 OK", **headers: str
        ) -> None:
            http_headers = StatusAndHeaders(
                status,
                [("Content-Type", content_type), *headers.items()],
                protocol="HTTP/1.1",
            )
            record = writer.create_warc_record(
                uri,
                "response",
                payload=io.BytesIO(body),
                http_headers=http_headers,
                warc_headers_dict={"WARC-Date": "2024-03-01T12:00:00Z"},
            )
            writer.write_record(record)

        response(
            "https://www.example.com/news/cafe",
            LATIN1_PAGE.encode("latin-1"),
            "text/html; charset=ISO-8859-1",
            **{"Last-Modified": "Fri, 27 Oct 2023 08:00:00 GMT"},
        )
        response("https://example.com/plain.txt", ARTICLE.encode(), "text/plain")
        response("https://example.com/logo.png", b"\x89PNG\r\n\x1a\n", "image/png")
        response(
            "https://example.com/gone", b"<html>Not found</html>", "text/html", "404 Not Found"
        )
        request = writer.create_warc_record(
            "https://example.com/plain.txt",
            "request",
            payload=io.BytesIO(b"GET /plain.txt HTTP/1.1\r\nHost: example.com\r\n\r\n"),
        )
        writer.write_record(request)
    return path


@pytest.mark.parametrize("name", ["crawl/site.warc.gz", "crawl/site.warc"])
def test_warc_response_records(tmp_path: Path, name: str) -> None:
    write_warc(tmp_path / name, compress=name.endswith(".gz"))
    stats = ReadStats()
    items = list(iter_raw_documents(tmp_path, stats=stats))
    assert not failures(items)
    docs = documents(items)
    page_id = f"{name}#https://www.example.com/news/cafe"
    assert list(docs) == [page_id, f"{name}#https://example.com/plain.txt"]

    page = docs[page_id]
    assert page.origin == page_id
    assert page.format == "html"
    assert page.encoding == "iso-8859-1"
    assert page.data == LATIN1_PAGE.encode("latin-1")
    assert page.content_hash == xxh(page.data)
    assert page.fields["url"] == "https://www.example.com/news/cafe"
    assert page.fields["crawl_date"] == "2024-03-01T12:00:00Z"
    assert page.fields["last_modified"] == "Fri, 27 Oct 2023 08:00:00 GMT"

    plain = docs[f"{name}#https://example.com/plain.txt"]
    assert plain.format == "text" and plain.data == ARTICLE.encode()
    assert stats.skipped_records >= 3  # warcinfo, image, 404, request


def test_warc_article_extracts_with_its_charset_and_dates(tmp_path: Path) -> None:
    write_warc(tmp_path / "site.warc.gz", compress=True)
    articles = [
        item
        for item in extract_documents(iter_raw_documents(tmp_path))
        if not isinstance(item, Failure)
    ]
    page = articles[0]
    assert "café on the corner" in page.text
    assert page.url == "https://www.example.com/news/cafe"
    assert page.site == "example.com"
    # The page carries no date of its own, so the HTTP Last-Modified stands in.
    assert page.published == "2023-10-27"


def test_damaged_warc_keeps_earlier_records_and_fails(tmp_path: Path) -> None:
    good = write_warc(tmp_path / "src.warc.gz", compress=True).read_bytes()
    write(tmp_path / "a-damaged.warc.gz", good[: len(good) * 2 // 3])
    write(tmp_path / "b-garbage.warc", "this is not a WARC file at all\n" * 5)
    write(tmp_path / "c-gzip-garbage.warc.gz", gzip.compress(b"not a warc either\n" * 5))
    (tmp_path / "src.warc.gz").unlink()
    write(tmp_path / "z.txt", ARTICLE)
    items = read_all(tmp_path)
    found = failures(items)
    assert "unreadable WARC" in found["b-garbage.warc"]
    assert "unreadable WARC" in found["c-gzip-garbage.warc.gz"]
    assert "a-damaged.warc.gz#https://www.example.com/news/cafe" in documents(items)
    assert "z.txt" in documents(items)


@pytest.mark.parametrize("compress", [True, False])
@pytest.mark.parametrize("kept", [0.05, 0.3, 0.5, 0.7, 0.9, 0.99])
def test_cut_off_warc_is_reported_and_complete_records_survive(
    tmp_path: Path, compress: bool, kept: float
) -> None:
    whole = write_warc(tmp_path / "whole" / "w.warc", compress=compress)
    originals = documents(read_all(whole))
    data = whole.read_bytes()
    write(tmp_path / "cut" / "w.warc", data[: int(len(data) * kept)])
    items = read_all(tmp_path / "cut")
    assert any(isinstance(item, Failure) and item.origin.startswith("w.warc") for item in items)
    for doc_id, doc in documents(items).items():
        assert doc.data == originals[doc_id].data


def test_warc_record_over_the_size_limit_fails(tmp_path: Path) -> None:
    write_warc(tmp_path / "site.warc.gz", compress=True)
    items = read_all(tmp_path, max_bytes=100)
    found = failures(items)
    assert "too large" in found["site.warc.gz#https://www.example.com/news/cafe"]
    assert "site.warc.gz#https://example.com/plain.txt" in documents(items)


def test_warc_payloads_are_decoded_and_resource_records_read(tmp_path: Path) -> None:
    body = b"<html><body><p>Compressed page body here.</p></body></html>"
    chunked = b"10\r\n%s\r\n%x\r\n%s\r\n0\r\n\r\n" % (body[:16], len(body) - 16, body[16:])
    with (tmp_path / "g.warc.gz").open("wb") as output:
        writer = WARCWriter(output, gzip=True)
        for uri, payload, encoding in [
            ("http://x.org/gzip", gzip.compress(body), ("Content-Encoding", "gzip")),
            ("http://x.org/chunked", chunked, ("Transfer-Encoding", "chunked")),
        ]:
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html"), encoding], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                uri, "response", payload=io.BytesIO(payload), http_headers=headers
            )
            writer.write_record(record)
        resource = writer.create_warc_record(
            "file:///notes.txt",
            "resource",
            payload=io.BytesIO(b"Plain resource text."),
            warc_content_type="text/plain",
        )
        writer.write_record(resource)
    items = read_all(tmp_path)
    assert not failures(items)
    docs = documents(items)
    assert docs["g.warc.gz#http://x.org/gzip"].data == body
    assert docs["g.warc.gz#http://x.org/chunked"].data == body
    assert docs["g.warc.gz#file:///notes.txt"].format == "text"
    assert docs["g.warc.gz#file:///notes.txt"].data == b"Plain resource text."
