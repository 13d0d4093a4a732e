"""The web app's listings in pages: the stories of one state of the index, each encoded as JSON
once (on the first request that shows it) instead of for every request, and a page's links.

Grouping an index of 100,000 articles gives nearly as many stories; encoding all of them for
each ``GET /api/stories`` took seconds of the server's one interpreter, and fifty clients
reading at once starved every other request. A page is now a slice of bytes already made.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import urlencode

import unspin

PAGE = 100
"""Items a listing returns when the request names no ``limit``."""
MAX_PAGE = 1000
"""The largest ``limit`` a request may ask for."""


def index_state(path: Path) -> tuple[int, ...]:
    """What changes when the index at ``path`` is written to, and only then: its file's time
    and size, and its write-ahead log's while the log holds writes not yet moved into the file.

    An empty log comes and goes as readers open and close the index (the first to open it
    creates the log, the last to close it removes it), so its presence says nothing: a state
    that counted it changed with every request that read the index while another one did, and
    each change regrouped 100,000 articles (fifty clients waited a minute for their reads)."""
    state: list[int] = []
    for file in (path, path.with_name(path.name + "-wal")):
        try:
            found = file.stat()
        except FileNotFoundError:
            continue
        if found.st_size or file == path:
            state += [found.st_mtime_ns, found.st_size]
    return tuple(state)


def encode(value: object) -> bytes:
    """``value`` (plain JSON data) as UTF-8 JSON, as the CLI writes it."""
    return json.dumps(value, ensure_ascii=False).encode("utf-8")


def join(items: Sequence[bytes]) -> bytes:
    """Encoded items as one JSON array."""
    return b"[" + b",".join(items) + b"]"


class StoryListing:
    """The stories of one state of an index, in the order ``unspin.stories`` gives them."""

    def __init__(self, stories: list[unspin.Story]) -> None:
        self.stories = stories
        self.position = {story.id: k for k, story in enumerate(stories)}
        self._encoded: list[bytes | None] = [None] * len(stories)
        self._largest: list[unspin.Story] | None = None

    def __len__(self) -> int:
        return len(self.stories)

    def find(self, story_id: str) -> unspin.Story | None:
        k = self.position.get(story_id)
        return None if k is None else self.stories[k]

    def encoded(self, k: int) -> bytes:
        """Story ``k`` as JSON (as ``unspin stories --format jsonl`` prints it)."""
        found = self._encoded[k]
        if found is None:  # two threads may both encode it: the same bytes either way
            found = self._encoded[k] = encode(self.stories[k].to_json())
        return found

    def page(self, offset: int, limit: int) -> bytes:
        """Stories ``offset`` to ``offset + limit`` as one JSON array."""
        return join([self.encoded(k) for k in range(offset, min(len(self), offset + limit))])

    def largest(self, count: int) -> list[unspin.Story]:
        """The ``count`` stories of most articles (ties by id)."""
        if self._largest is None or len(self._largest) < count:
            self._largest = sorted(self.stories, key=lambda s: (-len(s.articles), s.id))[:count]
        return self._largest[:count]


def page_headers(path: str, offset: int, limit: int, total: int,
                 query: dict[str, str] | None = None) -> dict[str, str]:
    """The headers of one page of a listing: ``X-Total-Count``, and a ``Link`` to the next and
    previous pages (RFC 8288) where there are any."""
    links = []
    if offset + limit < total:
        links.append((offset + limit, "next"))
    if offset > 0:
        links.append((max(0, offset - limit), "prev"))
    headers = {"x-total-count": str(total)}
    if links:
        headers["link"] = ", ".join(
            f'<{path}?{urlencode({**(query or {}), "offset": at, "limit": limit})}>; rel="{rel}"'
            for at, rel in links)
    return headers
