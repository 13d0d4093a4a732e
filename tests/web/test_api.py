"""The web app over real HTTP: ``unspin serve`` in its own process on 127.0.0.1, every endpoint
of the JSON API against its contract, the errors (413, 422, 404, 403), the security headers."""

from __future__ import annotations

import http.client
import json
import shutil
import urllib.parse
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from webtools import HOSTILE_ID, HOSTILE_TITLE, PAYLOAD, SPUN_EXAMPLE, Server

import unspin

pytestmark = pytest.mark.web

RELATION_KEYS = {"copy", "source", "kind", "copied", "substituted", "score", "passages",
                 "substitutions", "reason", "direction"}
QUOTE_KEYS = {"article", "start", "end", "text", "speaker", "speaker_id", "verb", "cluster",
              "variant", "published"}


def quoted(article_id: str) -> str:
    return urllib.parse.quote(article_id, safe="/")


def test_openapi_describes_the_api(server: Server) -> None:
    status, schema = server.json("GET", "/openapi.json")
    assert status == 200
    assert {"/api/analyse", "/api/stories", "/api/stories/{story_id}",
            "/api/articles/{article_id}", "/api/relations"} <= set(schema["paths"])
    assert "post" in schema["paths"]["/api/analyse"]


def test_every_response_forbids_scripts(server: Server) -> None:
    for path in ("/", "/report", "/api/stories", "/api/articles/nope"):
        _status, headers, _body = server.request("GET", path)
        headers = {k.lower(): v for k, v in headers.items()}
        assert "default-src 'none'" in headers["content-security-policy"]
        assert "script-src" not in headers["content-security-policy"]  # none allowed at all
        assert headers["x-content-type-options"] == "nosniff"


def test_analyse_the_spun_example(server: Server, index: Path) -> None:
    text = SPUN_EXAMPLE.read_text(encoding="utf-8")
    status, found = server.json("POST", "/api/analyse", {"text": text, "title": "Spun"})
    assert status == 200
    assert set(found) >= {"relations", "spin", "restored", "quotes"}
    spun = [r for r in found["relations"] if r["kind"] == "spun"]
    assert len(spun) == 1
    relation = spun[0]
    assert set(relation) == RELATION_KEYS
    assert relation["source"] == "battery-plant/eastbrook-ledger.txt"
    assert {"source": "opens", "copy": "launches"} in relation["substitutions"]
    source = unspin.article(relation["source"], index).text
    for passage in relation["passages"]:
        start, end = passage["source"]
        assert 0 <= start < end <= len(source)
    assert 0 <= found["spin"]["score"] <= 1 and found["spin"]["suspects"]
    restored = found["restored"]
    assert restored["source"] == "battery-plant/eastbrook-ledger.txt"
    assert any(c["from"] == "launches" and c["to"] == "opens" for c in restored["changes"])
    assert restored["text"].startswith("Corvane opens battery recycling plant")
    for quote in found["quotes"]:
        assert set(quote) == QUOTE_KEYS
        assert text[quote["start"]:quote["end"]] == quote["text"]


def test_analyse_keeps_a_hostile_text_as_data(server: Server) -> None:
    text = f"{PAYLOAD}\n\nA short note about nothing in particular, written for a test."
    status, found = server.json("POST", "/api/analyse",
                                {"text": text, "title": HOSTILE_TITLE, "url": "javascript:x"})
    assert status == 200
    assert found["restored"]["text"] == text  # returned as it came, to be escaped by its reader


@pytest.mark.parametrize(("body", "status"), [
    (b"{not json", 422),
    (b'{"title": "no text"}', 422),
    (b'{"text": ""}', 422),
    (b'{"text": 5}', 422),
    (b"[]", 422),
])
def test_analyse_refuses_bad_bodies(server: Server, body: bytes, status: int) -> None:
    got, _headers, data = server.request("POST", "/api/analyse", body,
                                        {"content-type": "application/json"})
    assert got == status
    assert "error" in json.loads(data)


def test_an_oversized_body_gets_413(server: Server) -> None:
    """Refused on its declared length, before the 11 MB are sent."""
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
    try:
        connection.putrequest("POST", "/api/analyse")
        connection.putheader("content-type", "application/json")
        connection.putheader("content-length", str(11 * 1024 * 1024))
        connection.endheaders()
        connection.send(b'{"text": "' + b"word " * 1000)
        response = connection.getresponse()
        assert response.status == 413
        assert "error" in json.loads(response.read())
    finally:
        connection.close()


def test_stories(server: Server, index: Path) -> None:
    status, stories = server.json("GET", "/api/stories")
    assert status == 200
    assert [s["story"] for s in stories] == [s.id for s in unspin.stories(index)]
    first = stories[0]
    status, one = server.json("GET", f"/api/stories/{first['story']}")
    assert status == 200 and one == first


def test_stories_come_in_pages(server: Server, index: Path) -> None:
    everything = [s.id for s in unspin.stories(index)]
    assert len(everything) >= 2
    pages = []
    for offset in range(len(everything)):
        status, headers, data = server.request("GET", f"/api/stories?offset={offset}&limit=1")
        headers = {k.lower(): v for k, v in headers.items()}
        assert status == 200 and headers["x-total-count"] == str(len(everything))
        pages += [s["story"] for s in json.loads(data)]
        links = headers.get("link", "")
        assert (f'</api/stories?offset={offset + 1}&limit=1>; rel="next"' in links) == (
            offset + 1 < len(everything))
        assert (f'</api/stories?offset={offset - 1}&limit=1>; rel="prev"' in links) == (
            offset > 0)
    assert pages == everything
    status, _headers, data = server.request("GET", f"/api/stories?offset={len(everything)}")
    assert status == 200 and json.loads(data) == []


@pytest.mark.parametrize("query", ["limit=0", "limit=1001", "offset=-1", "offset=x"])
def test_bad_pages_get_422(server: Server, query: str) -> None:
    for path in ("/api/stories", "/api/relations"):
        status, found = server.json("GET", f"{path}?{query}")
        assert status == 422 and "error" in found


def test_relations_come_in_pages(server: Server) -> None:
    status, everything = server.json("GET", "/api/relations")
    assert status == 200 and len(everything) >= 2
    status, headers, data = server.request("GET", "/api/relations?offset=1&limit=1")
    headers = {k.lower(): v for k, v in headers.items()}
    assert status == 200 and json.loads(data) == everything[1:2]
    assert headers["x-total-count"] == str(len(everything))
    status, headers, data = server.request("GET", "/api/relations?kind=spun&limit=1")
    headers = {k.lower(): v for k, v in headers.items()}
    spun = [r for r in everything if r["kind"] == "spun"]
    assert json.loads(data) == spun[:1]
    assert headers["x-total-count"] == str(len(spun))
    assert ("link" in headers) == (len(spun) > 1)


def test_article_and_relations(server: Server) -> None:
    status, article = server.json("GET", "/api/articles/" + quoted(HOSTILE_ID))
    assert status == 200
    assert article["id"] == HOSTILE_ID and article["title"] == HOSTILE_TITLE
    assert PAYLOAD in article["text"]
    status, relations = server.json("GET", "/api/relations")
    assert status == 200 and relations and all(set(r) == RELATION_KEYS for r in relations)
    status, verbatim = server.json("GET", "/api/relations?kind=verbatim")
    assert status == 200
    assert verbatim == [r for r in relations if r["kind"] == "verbatim"] and verbatim


@pytest.mark.parametrize("path", [
    "/api/stories/s000000000000",
    "/api/articles/nope.txt",
    "/api/articles/..%2F..%2F..%2Fetc%2Fpasswd",
    "/api/articles/%2Fetc%2Fpasswd",
    "/stories/..%2F..%2Fetc%2Fpasswd",
])
def test_unknown_ids_get_404(server: Server, path: str) -> None:
    status, _headers, data = server.request("GET", path)
    assert status == 404
    assert "error" in json.loads(data)
    assert "root:" not in data.decode("utf-8", "replace")


def test_unknown_kind_gets_422(server: Server) -> None:
    status, found = server.json("GET", "/api/relations?kind=forged")
    assert status == 422 and "error" in found


def test_read_only_unless_allowed(server: Server) -> None:
    status, found = server.json("POST", "/api/analyse", {"text": "Some text.", "add": True})
    assert status == 403 and "allow-add" in found["error"]


@pytest.fixture(scope="module")
def adding_server(index: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    db = tmp_path_factory.mktemp("adding") / "index.db"
    shutil.copy(index, db)
    running = Server("--db", str(db), "--allow-add")
    yield running
    running.stop()


def test_allow_add_adds_the_article(adding_server: Server) -> None:
    text = SPUN_EXAMPLE.read_text(encoding="utf-8")
    status, found = adding_server.json("POST", "/api/analyse", {"text": text, "add": True})
    assert status == 200
    status, article = adding_server.json("GET", "/api/articles/" + quoted(found["article"]))
    assert status == 200 and article["text"] == text.strip()


def test_upload_form(server: Server) -> None:
    boundary = "unspinboundary"
    data = SPUN_EXAMPLE.read_bytes()
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; "
            f"filename=\"../../etc/evil.txt\"\r\nContent-Type: text/plain\r\n\r\n").encode() \
        + data + f"\r\n--{boundary}--\r\n".encode()
    status, _headers, page = server.request(
        "POST", "/analyse", body, {"content-type": f"multipart/form-data; boundary={boundary}"})
    assert status == 200, page[:500]
    text = page.decode("utf-8")
    assert 'id="sources"' in text and "battery-plant/eastbrook-ledger.txt" in text
    assert '<ins class="swap"' in text
    status, _headers, refused = server.request(
        "POST", "/analyse", body.replace(b"evil.txt", b"evil.exe"),
        {"content-type": f"multipart/form-data; boundary={boundary}"})
    assert status == 400 and "error" in json.loads(refused)


@pytest.mark.parametrize(("chunks", "limit", "status"), [(3, 1000, 413), (3, 2000, 200)])
def test_a_streamed_body_is_counted_as_it_arrives(chunks: int, limit: int, status: int) -> None:
    """No declared length (chunked): refused once the bytes read pass the limit, else handed
    on whole."""
    import asyncio

    from unspin.web.app import Guard

    received: list[bytes] = []
    sent: list[dict[str, Any]] = []
    parts = [{"type": "http.request", "body": b"x" * 600, "more_body": k < chunks - 1}
             for k in range(chunks)]

    async def app(scope: Any, receive: Any, send: Any) -> None:
        received.append((await receive())["body"])
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"{}"})

    async def receive() -> dict[str, Any]:
        return parts.pop(0)

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {"type": "http", "method": "POST", "path": "/api/analyse", "headers": []}
    asyncio.run(Guard(app, limit)(scope, receive, send))
    assert sent[0]["status"] == status
    assert (b"content-security-policy" in dict(sent[0]["headers"]))
    assert received == ([] if status == 413 else [b"x" * 600 * chunks])


def test_without_an_index_only_spin_is_checked() -> None:
    running = Server()
    try:
        status, found = running.json("POST", "/api/analyse", {
            "text": SPUN_EXAMPLE.read_text(encoding="utf-8")})
        assert status == 200
        assert found["relations"] == [] and any("no index" in n for n in found["notes"])
        assert found["spin"]["score"] > 0.5 and found["restored"]["source"] is None
        for path in ("/api/stories", "/api/relations", "/api/articles/x", "/report"):
            status, refused = running.json("GET", path)
            assert status == 404 and "no index" in refused["error"]
    finally:
        running.stop()


async def asgi_call(asgi: Any, method: str, path: str, body: bytes = b""
                    ) -> tuple[int, dict[bytes, bytes], float]:
    """One request straight to an ASGI app: its status, headers and when it was answered."""
    import time

    sent: list[dict[str, Any]] = []
    parts = [{"type": "http.request", "body": body, "more_body": False}]

    async def receive() -> dict[str, Any]:
        return parts.pop(0) if parts else {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {"type": "http", "method": method, "path": path, "raw_path": path.encode(),
             "query_string": b"", "root_path": "", "scheme": "http",
             "server": ("127.0.0.1", 80), "client": ("127.0.0.1", 1),
             "headers": [(b"content-type", b"application/json"),
                         (b"content-length", str(len(body)).encode())]}
    await asgi(scope, receive, send)
    return sent[0]["status"], dict(sent[0]["headers"]), time.monotonic()


def blocked_analyses(monkeypatch: pytest.MonkeyPatch) -> tuple[list[int], Any]:
    """Analyses that wait for the returned event to be set; the most running at once."""
    import threading

    from unspin.web import app as web_app

    running, most, release = [0], [0], threading.Event()
    guard = threading.Lock()
    real = web_app.analyse_text

    def slow(*args: Any) -> Any:
        with guard:
            running[0] += 1
            most[0] = max(most[0], running[0])
        release.wait(30)
        with guard:
            running[0] -= 1
        return real(*args)

    monkeypatch.setattr(web_app, "analyse_text", slow)
    return most, release


def test_analyses_take_turns_and_reads_go_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """At most ``analyses`` articles are analysed at once; the rest wait without holding a
    worker thread, and reads are answered meanwhile."""
    import asyncio

    from unspin.web.app import create_app

    most, release = blocked_analyses(monkeypatch)
    asgi = create_app(analyses=1)

    async def scenario() -> None:
        body = json.dumps({"text": SPUN_EXAMPLE.read_text(encoding="utf-8")[:600]}).encode()
        posts = [asyncio.create_task(asgi_call(asgi, "POST", "/api/analyse", body))
                 for _ in range(3)]
        await asyncio.sleep(0.5)
        status, _, read_at = await asgi_call(asgi, "GET", "/openapi.json")
        assert status == 200
        release.set()
        answers = await asyncio.gather(*posts)
        assert [s for s, _, _ in answers] == [200, 200, 200]
        assert read_at < min(at for _, _, at in answers)  # read while the analyses waited

    asyncio.run(scenario())
    assert most[0] == 1


def test_an_analysis_waiting_too_long_gets_429(monkeypatch: pytest.MonkeyPatch) -> None:
    """No turn free within ``max_wait``: 429 with Retry-After and a JSON error, not a hang."""
    import asyncio

    from unspin.web.app import create_app

    _most, release = blocked_analyses(monkeypatch)
    asgi = create_app(analyses=1, max_wait=0.3)

    async def scenario() -> None:
        body = json.dumps({"text": "Ministers said the plan would go ahead."}).encode()
        first = asyncio.create_task(asgi_call(asgi, "POST", "/api/analyse", body))
        await asyncio.sleep(0.2)
        status, headers, _ = await asgi_call(asgi, "POST", "/api/analyse", body)
        assert status == 429 and headers[b"retry-after"] == b"1"
        release.set()
        assert (await first)[0] == 200

    asyncio.run(scenario())
