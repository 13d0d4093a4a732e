"""The web app under load: concurrent clients on 127.0.0.1 for a bounded time, ordinary and
hostile requests mixed, as issue 23 asks.

Starts ``unspin serve`` on a free loopback port over an index (``--db``; by default one built
from the bundled examples), then runs ``--clients`` threads, each in a loop that stops by
itself after ``--seconds``: most requests are ordinary (the stories, one story, an article, the
relations of a kind, and ``POST /api/analyse`` of a short text), one in five is hostile (a body
declared over the size limit, malformed JSON, a path-traversal or right-to-left-override id,
script payloads in every field: the last are data, answered as JSON, analysed or refused; the
others must get a 4xx with a JSON error). It reports p50 and p95 latency of the ordinary
requests, every status seen, the 5xx and dropped-connection count (must be 0), the hostile
requests not answered as they should be, and the resident memory of the server and its worker
processes sampled every second (flat: the last quarter's mean against the second quarter's).
Nothing is fetched from anywhere but the server.

    python benchmarks/web_load.py [--db INDEX] [--clients 50] [--seconds 60]
"""

from __future__ import annotations

import argparse
import http.client
import json
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results" / "web-load.json"
SCRIPT = '<script>window.pwned=1</script><img src=x onerror="alert(1)"> javascript:alert(1)'


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def request(url: str, body: bytes | None = None, content_type: str = "application/json"
            ) -> tuple[int, bytes, float]:
    """(status, body, seconds) of one request; HTTP errors are answers, not failures."""
    headers = {"content-type": content_type} if body is not None else {}
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(urllib.request.Request(url, data=body, headers=headers),
                                    timeout=120) as response:
            return response.status, response.read(), time.perf_counter() - started
    except urllib.error.HTTPError as error:
        return error.code, error.read(), time.perf_counter() - started
    except OSError:  # refused or reset: status 0, counted as a failure
        return 0, b"", time.perf_counter() - started


def _own_rss_mb(pid: int) -> float:
    try:
        lines = Path(f"/proc/{pid}/status").read_text().splitlines()
    except OSError:  # ended meanwhile
        return 0.0
    for line in lines:
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def rss_mb(pid: int) -> float:
    """The resident memory of the server and of its processes (the quotation workers)."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            parent = int(stat.read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(parent, []).append(int(stat.parent.name))
    total, todo = 0.0, [pid]
    while todo:
        current = todo.pop()
        total += _own_rss_mb(current)
        todo.extend(children.get(current, ()))
    return total


def oversized(port: int) -> tuple[int, bytes]:
    """A body declared over the 10 MB limit, of which only the start is sent: the server must
    answer 413 from the declared length, without reading (or waiting for) the rest."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        connection.putrequest("POST", "/api/analyse")
        connection.putheader("content-type", "application/json")
        connection.putheader("content-length", str(11 << 20))
        connection.endheaders(b'{"text": "' + b"a" * 4096)
        response = connection.getresponse()
        return response.status, response.read()
    except OSError:
        return 0, b""
    finally:
        connection.close()


def hostile(base: str, rng: random.Random) -> tuple[str, bytes | None, str]:
    """A hostile request: (url, body, content type); the empty url is the oversized body."""
    choice = rng.randrange(6)
    if choice == 0:
        return "", None, ""
    if choice == 1:
        return base + "/api/analyse", b'{"text": "unterminated', "application/json"
    if choice == 2:
        return base + "/api/articles/..%2F..%2Fetc%2Fpasswd", None, ""
    if choice == 3:
        return base + "/api/stories/%E2%80%AEs000000000000", None, ""
    if choice == 4:
        return base + "/api/relations?kind=" + quote(SCRIPT), None, ""
    payload = {"text": SCRIPT * 3, "title": SCRIPT, "url": "javascript:alert(1)"}
    return base + "/api/analyse", json.dumps(payload).encode(), "application/json"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, help="default: an index of the bundled examples")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db
        if db is None:
            db = Path(tmp) / "index.db"
            subprocess.run([sys.executable, "-m", "unspin", "scan", str(ROOT / "examples"),
                            "--db", str(db), "--quiet"], check=True, stdout=subprocess.DEVNULL)
        result = run(db, args.clients, args.seconds, args.seed)
    print(json.dumps(result, indent=2))
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    if result["server_errors"] or result["hostile_not_4xx_json"]:
        raise SystemExit("the server answered 5xx, or a hostile request was not refused")


def run(db: Path, clients: int, seconds: float, seed: int) -> dict[str, Any]:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([sys.executable, "-m", "unspin", "serve", "--db", str(db),
                               "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while request(base + "/openapi.json")[0] != 200:
            if time.monotonic() > deadline or server.poll() is not None:
                raise SystemExit("unspin serve did not start")
            time.sleep(0.3)
        stories = json.loads(request(base + "/api/stories")[1])
        story_ids = [s["story"] for s in stories][:20] or ["s000000000000"]
        article_ids = [a for s in stories for a in s["articles"]][:20] or ["none"]
        texts = [p.read_text(encoding="utf-8")[:1500]
                 for p in sorted((ROOT / "examples").rglob("*.txt"))]
        request(base + "/api/analyse", json.dumps({"text": texts[0]}).encode())  # warm up
        analyses: list[float] = []
        reads: list[float] = []
        statuses: Counter[int] = Counter()
        bad_hostile: list[str] = []
        memory: list[float] = []
        lock = threading.Lock()
        stop = time.monotonic() + seconds

        def client(k: int) -> None:
            rng = random.Random(seed * 1000 + k)
            while time.monotonic() < stop:  # bounded: stops by itself
                if rng.random() < 0.2:
                    url, body, kind = hostile(base, rng)
                    status, answer = (oversized(port) if not url
                                      else request(url, body, kind)[:2])
                    # script payloads in an article are data: analysed (200) or refused (4xx),
                    # always as JSON; every other hostile request must be refused
                    data = body is not None and b"window.pwned" in body
                    refused = (status < 500 if data else 400 <= status < 500) and status > 0 \
                        and answer.lstrip().startswith(b"{")
                    with lock:
                        statuses[status] += 1
                        if not refused:
                            bad_hostile.append(f"{status} {url[:80]}")
                    continue
                pick = rng.randrange(5)
                if pick == 0:
                    answer_of = request(base + "/api/stories")
                elif pick == 1:
                    answer_of = request(base + "/api/stories/" + rng.choice(story_ids))
                elif pick == 2:
                    answer_of = request(base + "/api/articles/"
                                        + quote(rng.choice(article_ids), safe=""))
                elif pick == 3:
                    answer_of = request(base + "/api/relations?kind=spun")
                else:
                    answer_of = request(base + "/api/analyse",
                                        json.dumps({"text": rng.choice(texts)}).encode())
                with lock:
                    statuses[answer_of[0]] += 1
                    (analyses if pick == 4 else reads).append(answer_of[2])

        threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
        for thread in threads:
            thread.start()
        while any(t.is_alive() for t in threads):
            memory.append(rss_mb(server.pid))
            time.sleep(1.0)
        for thread in threads:
            thread.join()
    finally:
        server.terminate()
        server.wait(timeout=30)
    quarter = max(1, len(memory) // 4)
    return {
        "db": str(db), "clients": clients, "seconds": seconds,
        "requests": sum(statuses.values()), "ordinary": len(reads) + len(analyses),
        **percentiles("", reads + analyses), **percentiles("reads_", reads),
        **percentiles("analyses_", analyses), "analyses": len(analyses),
        "analyses_per_s": round(len(analyses) / seconds, 2),
        "statuses": {str(k): v for k, v in sorted(statuses.items())},
        "server_errors": sum(v for k, v in statuses.items() if k >= 500 or k == 0),
        "hostile_not_4xx_json": bad_hostile[:10],
        "rss_mb_second_quarter": round(statistics.mean(memory[quarter:2 * quarter]), 1)
        if len(memory) >= 4 else None,
        "rss_mb_last_quarter": round(statistics.mean(memory[-quarter:]), 1) if memory else None,
        "rss_mb_max": round(max(memory), 1) if memory else None,
    }


def percentiles(prefix: str, seconds: list[float]) -> dict[str, float | None]:
    """p50 and p95 in milliseconds, keyed ``{prefix}p50_ms`` and ``{prefix}p95_ms``."""
    ordered = sorted(seconds)
    if not ordered:
        return {f"{prefix}p50_ms": None, f"{prefix}p95_ms": None}
    return {f"{prefix}p50_ms": round(1000 * statistics.median(ordered), 1),
            f"{prefix}p95_ms": round(1000 * ordered[int(0.95 * (len(ordered) - 1))], 1)}


if __name__ == "__main__":
    main()
