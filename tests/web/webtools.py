"""What the report and web-app tests share (their fixtures are in conftest.py): the hostile
article, where Chromium is and how it is launched, what is installed, and a running
``unspin serve`` on a free port of 127.0.0.1.

The hostile article copies the original's text with script tags, an ``onerror`` image and a
``javascript:`` link between its paragraphs, in its id, title and address: every view must show
them as text and run none of it (each payload would set ``window.pwned`` or open a dialog)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
SPUN_EXAMPLE = EXAMPLES / "battery-plant" / "breaking-now.txt"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]
PAYLOAD = "<script>window.pwned = 1; alert('script')</script>"
HOSTILE_ID = 'hostile/<script>alert("id")</script>.html'
HOSTILE_TITLE = "Breaking <script>window.pwned = 2; alert('title')</script> news"
HOSTILE_URL = "javascript:window.pwned = 3; alert('url')"
HOSTILE_LINES = [
    PAYLOAD,
    "<img src=x onerror=\"window.pwned = 4; alert('onerror')\">",
    "<a href=\"javascript:window.pwned = 5; alert('link')\">read more</a>",
]


def hostile_text() -> str:
    """The original's paragraphs with a payload between each of the first ones."""
    paragraphs = (EXAMPLES / "battery-plant" / "eastbrook-ledger.txt").read_text(
        encoding="utf-8").split("\n\n")
    mixed: list[str] = []
    for k, paragraph in enumerate(paragraphs):
        mixed.append(paragraph)
        if k < len(HOSTILE_LINES):
            mixed.append(HOSTILE_LINES[k])
    return "\n\n".join(mixed)


def web_available() -> bool:
    try:
        import fastapi  # noqa: F401
        import python_multipart  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError:
        return False
    return True


def browser_available() -> bool:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return False
    return CHROMIUM.exists()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Server:
    """``unspin serve`` in a child process, on 127.0.0.1 and a free port."""

    def __init__(self, *args: str) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen(
            [sys.executable, "-m", "unspin", "serve", "--port", str(self.port), *args],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"unspin serve stopped: {self.process.stderr.read()}")
            try:
                with urllib.request.urlopen(self.url + "/openapi.json", timeout=2):
                    return
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError("unspin serve did not answer within 60 s")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)

    def request(self, method: str, path: str, body: bytes | None = None,
                headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
        """One request: (status, headers, body), error statuses included."""
        request = urllib.request.Request(self.url + path, data=body, method=method,
                                         headers=headers or {})
        try:
            with urllib.request.urlopen(request, timeout=120) as response:
                return response.status, dict(response.headers), response.read()
        except urllib.error.HTTPError as error:
            return error.code, dict(error.headers), error.read()

    def json(self, method: str, path: str, payload: Any = None) -> tuple[int, Any]:
        body = json.dumps(payload).encode("utf-8") if payload is not None else None
        status, _headers, data = self.request(method, path, body,
                                              {"content-type": "application/json"})
        return status, json.loads(data)


def run(*args: object) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "unspin", *map(str, args)],
                          capture_output=True, text=True, encoding="utf-8", env=env,
                          timeout=300, check=False)
