"""Fixtures of the report and web-app tests: an index of the bundled battery-plant story (less
its spun copy, which the tests paste) plus a hostile article, a running ``unspin serve``, and a
headless Chromium driven by Playwright; and the skips where the web or browser extra is
missing."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from webtools import (
    CHROMIUM,
    CHROMIUM_ARGS,
    EXAMPLES,
    HOSTILE_ID,
    HOSTILE_TITLE,
    HOSTILE_URL,
    SPUN_EXAMPLE,
    Server,
    browser_available,
    hostile_text,
    run,
    web_available,
)

import unspin


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """``web`` tests need the web extra; ``browser`` tests Playwright and Debian's Chromium."""
    needs = {
        "web": (web_available(), "the web extra is not installed: pip install -c "
                "constraints.txt -e '.[web]'"),
        "browser": (browser_available(), "Playwright (pip install -c constraints.txt -e "
                    "'.[browser]') or /usr/bin/chromium (apt-get install chromium) is missing"),
    }
    for marker, (available, reason) in needs.items():
        if available:
            continue
        for item in items:
            if marker in item.keywords:
                item.add_marker(pytest.mark.skip(reason=reason))


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """CI installs the web and browser extras and Chromium: a skip there is a failure."""
    if os.environ.get("CI") == "true" and not (web_available() and browser_available()):
        print("\nCI is missing the web or browser extra or /usr/bin/chromium")
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The battery-plant story without its spun copy, plus the hostile article."""
    folder = tmp_path_factory.mktemp("web-corpus")
    shutil.copytree(EXAMPLES / "battery-plant", folder / "battery-plant")
    (folder / "battery-plant" / "breaking-now.txt").unlink()
    record = {"id": HOSTILE_ID, "title": HOSTILE_TITLE, "url": HOSTILE_URL,
              "text": hostile_text()}
    (folder / "hostile.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def index(corpus: Path) -> Path:
    result = unspin.scan(corpus, workers=1)
    assert not result.failures
    assert any(r.copy == HOSTILE_ID for r in result.relations)
    return result.db


@pytest.fixture(scope="session")
def server(index: Path) -> Iterator[Server]:
    if not web_available():
        pytest.skip("the web extra is not installed: pip install -c constraints.txt -e '.[web]'")
    running = Server("--db", str(index))
    yield running
    running.stop()


@pytest.fixture(scope="session")
def chromium() -> Iterator[Any]:
    if not browser_available():
        pytest.skip("Playwright or /usr/bin/chromium is missing")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def spun_corpus(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The web corpus with the spun copy back in (so the report has a spun relation)."""
    folder = tmp_path_factory.mktemp("report-corpus")
    shutil.copytree(corpus, folder, dirs_exist_ok=True)
    shutil.rmtree(folder / ".unspin", ignore_errors=True)
    shutil.copy(SPUN_EXAMPLE, folder / "battery-plant" / SPUN_EXAMPLE.name)
    return folder


@pytest.fixture(scope="session")
def report_file(spun_corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("report") / "report.html"
    done = run("report", spun_corpus, "-o", out)
    assert done.returncode == 0, done.stderr
    assert f"wrote {out}" in done.stderr
    return out
