"""The web app: the report's views of an index, a page that checks one pasted or uploaded
article, and a JSON API (described at ``/openapi.json``). Built on the public facade alone.

Read-only unless made with ``allow_add``; every response forbids scripts and requests to other
origins (Content-Security-Policy); a body over ``max_body`` bytes gets 413, malformed JSON 422,
an unknown id 404, each with a JSON error. Ids and parameters only ever reach the index as
query values, never the file system; the app never fetches a URL.
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Awaitable, Callable, MutableMapping
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import FastAPI, File, Form, HTTPException, Query, Request, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

import unspin
from unspin.views.analysis import Analysis, analysis_page, paste_form
from unspin.views.page import HEADER_POLICY, counted, esc, page
from unspin.views.report import report
from unspin.web.analyse import CORES, analyse_text, analyse_upload, upload_suffix
from unspin.web.listing import (
    MAX_PAGE,
    PAGE,
    StoryListing,
    encode,
    index_state,
    join,
    page_headers,
)

MAX_BODY = 10 * 1024 * 1024  # an uploaded file of up to 10 MB, with its form's envelope
APP_RELATIONS = 200  # relations drawn side by side on the app's report page
HOME_STORIES = 100  # stories linked from the home page, the largest first
ANALYSES = CORES
"""Articles analysed at once; more wait their turn without holding a thread, so a burst of
analyses (each a second of CPU work) cannot starve the reads of the index."""
MAX_WAIT = 60.0
"""Seconds an analysis waits for its turn before it is answered 429 (busy, with Retry-After)
instead of leaving its client hanging."""

Offset = Annotated[int, Query(ge=0, description="Items to skip.")]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE,
                             description=f"Items to return (at most {MAX_PAGE}).")]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

SECURITY_HEADERS = [
    (b"content-security-policy", HEADER_POLICY.encode("ascii")),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]


class Guard:
    """ASGI middleware: the security headers on every response, and a body over ``limit``
    bytes refused with 413 before the app reads any of it (by its declared length, or as it
    arrives when none is declared)."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_secured(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            await self._too_large(send_secured)
            return
        body = bytearray()
        more = True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                break
            body += message.get("body", b"")
            more = message.get("more_body", False)
            if len(body) > self.limit:
                await self._too_large(send_secured)
                return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": bytes(body), "more_body": False}
            return await receive()

        await self.app(scope, replay, send_secured)

    async def _too_large(self, send: Send) -> None:
        response = JSONResponse({"error": f"request body over {self.limit:,} bytes"}, 413)
        await response({"type": "http"}, _nothing, send)


async def _nothing() -> Message:
    return {"type": "http.disconnect"}


class AnalyseRequest(BaseModel):
    """An article to check: its text, and optionally its title and address (never fetched)."""

    text: str = Field(min_length=1, max_length=MAX_BODY)
    title: str | None = Field(default=None, max_length=2000)
    url: str | None = Field(default=None, max_length=2000)
    add: bool = Field(default=False, description="Also add it to the index (--allow-add).")


def create_app(db: Path | None = None, allow_add: bool = False, max_body: int = MAX_BODY,
               config: unspin.Config | None = None, analyses: int = ANALYSES,
               max_wait: float = MAX_WAIT) -> ASGIApp:
    """The app over the index ``db`` (none: only checking pasted articles), checking them
    with ``config`` (the scan's settings of the index; the paraphrase channel on or off),
    ``analyses`` articles at a time, each waiting at most ``max_wait`` seconds for its turn."""
    app = FastAPI(title="unspin", version=unspin.__version__,
                  description="Where did this news text come from, what was changed, and "
                              "who really said what.")
    # Drawn once per state of the index: its file and its write-ahead log (where an added
    # article lands first) as they stand.
    reports: dict[tuple[str | None, tuple[int, ...]], str] = {}
    grouped: dict[tuple[int, ...], StoryListing] = {}
    totals: dict[tuple[str | None, tuple[int, ...]], int] = {}
    lock = threading.Lock()
    turns = asyncio.Semaphore(analyses)

    async def analysed(work: Callable[..., Analysis], *args: Any) -> Analysis:
        """``work(*args)`` in a worker thread once a turn is free; 429 when none is free in
        ``max_wait`` seconds."""
        try:
            await asyncio.wait_for(turns.acquire(), max_wait)
        except TimeoutError:
            raise HTTPException(429, f"busy: no analysis could start in {max_wait:g} s; "
                                     "try again shortly",
                                headers={"retry-after": str(max(1, round(max_wait)))}) from None
        try:
            return await run_in_threadpool(work, *args)
        finally:
            turns.release()

    def index() -> Path:
        if db is None:
            raise HTTPException(404, "no index: start 'unspin serve --db INDEX'")
        return db

    def may_add(add: bool) -> bool:
        if add and not allow_add:
            raise HTTPException(403, "read-only: start 'unspin serve --allow-add' to add")
        return add

    def remembered(cache: dict[Any, Any], key: object, make: Callable[[], Any],
                   keep: int = 64) -> Any:
        """``cache[key]``, made by ``make()`` the first time (the cache emptied when it holds
        more than ``keep`` entries)."""
        with lock:
            if key not in cache:
                if len(cache) > keep:
                    cache.clear()
                cache[key] = make()
            return cache[key]

    def stories() -> StoryListing:
        path = index()
        found: StoryListing = remembered(grouped, index_state(path),
                                         lambda: StoryListing(unspin.stories(path)), keep=0)
        return found

    def relation_count(kind: str | None) -> int:
        path = index()
        total: int = remembered(totals, (kind, index_state(path)),
                                lambda: unspin.relation_count(path, kind))
        return total

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, error: StarletteHTTPException) -> JSONResponse:
        return JSONResponse({"error": str(error.detail)}, error.status_code,
                            headers=error.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, error: RequestValidationError) -> JSONResponse:
        detail = [{"loc": list(e.get("loc", ())), "msg": str(e.get("msg", ""))}
                  for e in error.errors()]
        return JSONResponse({"error": "invalid request", "detail": detail}, 422)

    @app.exception_handler(unspin.UnspinError)
    async def refused(_request: Request, error: unspin.UnspinError) -> JSONResponse:
        status = 501 if isinstance(error, unspin.MissingDependency) else (
            400 if isinstance(error, unspin.UsageError | unspin.InputError) else 500)
        return JSONResponse({"error": str(error)}, status)

    # -- pages ----------------------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home() -> str:
        links = ('<p><a href="/report">The report of the index</a> · '
                 '<a href="/docs-api">the JSON API</a></p>' if db is not None else
                 '<p class="note">No index: sources are not looked for (start unspin serve '
                 "--db INDEX).</p>")
        listed = ""
        if db is not None:
            found = stories()
            listed = f"<h2>Stories ({len(found):,})</h2><ul>" + "".join(
                f'<li><a href="/stories/{esc(s.id)}">{esc(s.title or s.id)}</a> '
                f'<span class="muted">· {counted(len(s.articles), "article")}, '
                f'{counted(len(s.families), "copy family", "copy families")}</span></li>'
                for s in found.largest(HOME_STORIES)) + "</ul>" + (
                f'<p class="note">The {HOME_STORIES} largest; the report lists them all.</p>'
                if len(found) > HOME_STORIES else "")
        return page("unspin", '<header class="top"><h1>unspin</h1><p class="muted">Where did '
                    "this news text come from, what was changed, and who really said what?"
                    f"</p>{links}</header>{paste_form(allow_add)}{listed}", policy_meta=False)

    @app.get("/docs-api", response_class=HTMLResponse, include_in_schema=False)
    def api_doc() -> str:
        routes = "".join(f"<li><code>{esc(r)}</code></li>" for r in (
            "POST /api/analyse {text, title?, url?}", "GET /api/stories?offset=&limit=",
            "GET /api/stories/{id}", "GET /api/articles/{id}",
            "GET /api/relations?kind=&offset=&limit=",
            "GET /openapi.json"))
        return page("unspin API", f"<h1>unspin JSON API</h1><ul>{routes}</ul>",
                    policy_meta=False)

    def cached_report(story: str | None) -> str:
        path = index()
        drawn: str = remembered(reports, (story, index_state(path)), lambda: report(
            path, story=story, max_relations=APP_RELATIONS, app=True))
        return drawn

    @app.get("/report", response_class=HTMLResponse, include_in_schema=False)
    def whole_report() -> str:
        return cached_report(None)

    @app.get("/stories/{story_id}", response_class=HTMLResponse, include_in_schema=False)
    def story_page(story_id: str) -> str:
        if stories().find(story_id) is None:
            raise HTTPException(404, f"no story {story_id!r}")
        return cached_report(story_id)

    @app.post("/analyse", response_class=HTMLResponse, include_in_schema=False)
    async def analyse_page(
        text: Annotated[str, Form()] = "",
        title: Annotated[str, Form()] = "",
        url: Annotated[str, Form()] = "",
        add: Annotated[str, Form()] = "",
        file: Annotated[UploadFile | None, File()] = None,
    ) -> str:
        adding = may_add(bool(add))
        if file is not None and file.filename:
            data = await file.read()
            suffix = upload_suffix(file.filename)
            found = await analysed(analyse_upload, data, suffix, db, adding, config)
        else:
            found = await analysed(analyse_text, text, title, url, db, adding, config)
        body = await run_in_threadpool(
            analysis_page, found, lambda a: unspin.article(a, index()).text)
        return page(f"unspin · {found.article.title or found.article.id}", body,
                    policy_meta=False)

    # -- JSON API -------------------------------------------------------------------------------

    @app.post("/api/analyse", response_model=dict[str, object])
    async def api_analyse(request: AnalyseRequest) -> Response:
        """Sources (scan JSON-lines objects), spin, restoration and quotations of a text."""
        found = await analysed(analyse_text, request.text, request.title, request.url, db,
                               may_add(request.add), config)
        # Plain JSON already: written as it is, without FastAPI's generic encoder (10 ms for
        # a long article's passages and suspects).
        return Response(json.dumps(found.to_json(), ensure_ascii=False).encode("utf-8"),
                        media_type="application/json")

    @app.get("/api/stories", response_model=list[dict[str, object]])
    def api_stories(offset: Offset = 0, limit: Limit = PAGE) -> Response:
        """The stories of the index (as ``unspin stories --format jsonl`` prints them), a page
        at a time: ``limit`` of them from the ``offset``-th on. ``X-Total-Count`` says how many
        there are, ``Link`` where the next and previous pages are."""
        found = stories()
        return Response(found.page(offset, limit), media_type="application/json",
                        headers=page_headers("/api/stories", offset, limit, len(found)))

    @app.get("/api/stories/{story_id}", response_model=dict[str, object])
    def api_story(story_id: str) -> Response:
        found = stories()
        k = found.position.get(story_id)
        if k is None:
            raise HTTPException(404, f"no story {story_id!r}")
        return Response(found.encoded(k), media_type="application/json")

    @app.get("/api/articles/{article_id:path}")
    def api_article(article_id: str) -> dict[str, object]:
        """One indexed article: its id, title, address, site, date and extracted text."""
        try:
            article = unspin.article(article_id, index())
        except unspin.UsageError:
            raise HTTPException(404, f"no article {article_id!r}") from None
        return {"id": article.id, "title": article.title, "url": article.url,
                "site": article.site, "published": article.published, "text": article.text}

    @app.get("/api/relations", response_model=list[dict[str, object]])
    def api_relations(
        kind: Annotated[Literal["verbatim", "partial", "spun", "paraphrase"] | None,
                        Query()] = None,
        offset: Offset = 0, limit: Limit = PAGE,
    ) -> Response:
        """The index's relations (scan JSON-lines objects), of one kind when given, a page at a
        time in the order the scan stored them (``X-Total-Count``, ``Link`` as for stories)."""
        found = unspin.relations(index(), kind=kind, offset=offset, limit=limit)
        return Response(join([encode(r.to_json()) for r in found]),
                        media_type="application/json",
                        headers=page_headers("/api/relations", offset, limit,
                                             relation_count(kind),
                                             {"kind": kind} if kind else None))

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response(status_code=204)

    return Guard(app, max_body)
