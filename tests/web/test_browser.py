"""The report and the web app in a real browser: Debian's Chromium, headless, driven by
Playwright. Every request, dialog and console message of a page is recorded: the report must
make no request but for itself, and no page may open a dialog, log an error or run a payload
of the hostile article (each would set ``window.pwned``)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from webtools import (
    HOSTILE_ID,
    HOSTILE_TITLE,
    HOSTILE_URL,
    PAYLOAD,
    SPUN_EXAMPLE,
    Server,
    hostile_text,
)

pytestmark = [pytest.mark.browser, pytest.mark.web]


@dataclass
class Watched:
    """A page with everything it did recorded."""

    page: Any
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def assert_quiet(self) -> None:
        assert self.dialogs == []
        assert self.errors == []
        assert self.page.evaluate("typeof window.pwned") == "undefined"


@pytest.fixture
def watched(chromium: Any, request: pytest.FixtureRequest) -> Iterator[Watched]:
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    seen = Watched(page)
    allowed: list[str] = getattr(request, "param", [])

    def route(route: Any) -> None:
        seen.requests.append(route.request.url)
        if any(route.request.url.startswith(prefix) for prefix in allowed):
            route.continue_()
        else:
            route.abort()

    page.route("**/*", route)

    def on_dialog(dialog: Any) -> None:
        seen.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.on("console", lambda m: seen.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: seen.errors.append(str(e)))
    page.set_default_timeout(60_000)
    yield seen
    context.close()


def test_report_in_chromium(watched: Watched, report_file: Path, tmp_path: Path) -> None:
    page = watched.page
    url = report_file.as_uri()
    page.route("**/*", lambda route: (watched.requests.append(route.request.url),
                                      route.continue_() if route.request.url == url
                                      else route.abort()))
    page.goto(url)
    assert page.title().startswith("unspin report")
    page.screenshot(path=tmp_path / "report-overview.png")
    # The spun copy, drawn first, opens side by side with its swaps marked.
    spun = page.locator("details.relation#r0")
    assert "breaking-now.txt" in spun.locator("summary").inner_text()
    spun.locator("summary").click()
    swaps = spun.locator("ins.swap")
    assert swaps.count() > 50
    assert swaps.first.is_visible() and swaps.first.inner_text() == "launches"
    assert spun.locator("del.swap").first.inner_text() == "opens"
    spun.scroll_into_view_if_needed()
    page.screenshot(path=tmp_path / "report-relation.png")
    # The hostile article's payloads are shown as text.
    # (its own relation: the copy named first, then what it took; the spun copy is linked
    # to it too, as to the identical original)
    hostile = page.locator("details.relation", has_text=f"{HOSTILE_ID} took")
    hostile.locator("summary").click()
    assert hostile.get_by_text(PAYLOAD).count() >= 1
    assert page.locator("a[href^='javascript']").count() == 0
    assert page.locator("svg").count() >= 1 and page.locator("svg").first.is_visible()
    watched.assert_quiet()
    assert watched.requests == [url]  # the file itself, nothing else


@pytest.mark.parametrize("watched", [["http://127.0.0.1:"]], indirect=True)
def test_paste_the_spun_example(watched: Watched, server: Server, tmp_path: Path) -> None:
    page = watched.page
    page.goto(server.url + "/")
    page.fill("textarea[name=text]", SPUN_EXAMPLE.read_text(encoding="utf-8"))
    page.fill("input[name=title]", "Corvane launches Eastbrook battery recovery site")
    page.click("button[type=submit]")
    page.wait_for_selector("#sources")
    sources = page.locator("#sources")
    assert "battery-plant/eastbrook-ledger.txt" in sources.inner_text()
    swaps = sources.locator(".side ins.swap")
    assert swaps.count() > 50 and swaps.first.is_visible()
    assert swaps.first.inner_text() == "launches"
    assert page.locator("#spin mark.suspect").count() > 0
    assert "Corvane opens battery recycling plant" in page.locator("#restored").inner_text()
    page.screenshot(path=tmp_path / "app-analysis.png")
    watched.assert_quiet()
    assert all(u.startswith(server.url) for u in watched.requests)


@pytest.mark.parametrize("watched", [["http://127.0.0.1:"]], indirect=True)
def test_paste_a_hostile_article(watched: Watched, server: Server, tmp_path: Path) -> None:
    page = watched.page
    page.goto(server.url + "/")
    page.fill("textarea[name=text]", hostile_text())
    page.fill("input[name=title]", HOSTILE_TITLE)
    page.fill("input[name=url]", HOSTILE_URL)
    page.click("button[type=submit]")
    page.wait_for_selector("#sources")
    assert page.locator("h1").inner_text() == HOSTILE_TITLE  # shown as written, as text
    assert page.get_by_text(PAYLOAD).count() >= 1
    assert page.locator("a[href^='javascript'], img, script").count() == 0
    page.screenshot(path=tmp_path / "app-hostile.png")
    watched.assert_quiet()
    assert all(u.startswith(server.url) for u in watched.requests)


@pytest.mark.parametrize("watched", [["http://127.0.0.1:"]], indirect=True)
def test_app_report_and_story_pages(watched: Watched, server: Server, tmp_path: Path) -> None:
    page = watched.page
    page.goto(server.url + "/")
    page.click("text=The report of the index")
    page.wait_for_selector("#overview")
    assert page.locator("#stories svg").count() >= 1
    page.goto(server.url + "/")
    story_link = page.locator("a[href^='/stories/']").first
    story_link.click()
    page.wait_for_selector("#stories")
    assert page.locator("details.story").count() == 1
    page.screenshot(path=tmp_path / "app-story.png")
    watched.assert_quiet()
