"""``POST /api/analyse`` latency: one article against an index, through ``unspin serve`` over
HTTP on 127.0.0.1, as a client sees it (sources, spin, restoration and quotations).

Starts the server on a free port (``--paraphrase`` on or off), posts one input to load its
models, then ``--warm`` other articles from ``--warm-from`` (a server that has been running:
its per-word caches warm; each measured article is still seen for the first time), then each
input ``--rounds`` times in turn, and reports p50 and p95 in milliseconds. The inputs of
``scale.py`` (its ``trace/`` folder: copies of indexed articles and unrelated new ones) against
its index are the intended case:

    python benchmarks/scale.py --articles 100000 --no-recipe --keep --tmp DIR --json /tmp/s.json
    python benchmarks/web.py --db DIR/.../index.db --inputs DIR/.../trace \
        --warm-from DIR/.../docs [--no-paraphrase]

Results: ``benchmarks/results/web-analyse.json`` (one entry per ``--label``).
"""

from __future__ import annotations

import argparse
import json
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results" / "web-analyse.json"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def post(url: str, text: str) -> float:
    body = json.dumps({"text": text}).encode("utf-8")
    request = urllib.request.Request(url, data=body, method="POST",
                                     headers={"content-type": "application/json"})
    started = time.perf_counter()
    with urllib.request.urlopen(request, timeout=300) as response:
        response.read()
        assert response.status == 200
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--inputs", type=Path, required=True)
    parser.add_argument("--paraphrase", action=argparse.BooleanOptionalAction, default=True)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--limit", type=int, default=100, help="at most this many inputs")
    parser.add_argument("--label", default="run")
    parser.add_argument("--warm-from", type=Path,
                        help="before measuring, analyse --warm other articles from here (a "
                             "server that has been running: its per-word caches warm)")
    parser.add_argument("--warm", type=int, default=200)
    args = parser.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in sorted(args.inputs.glob("*.txt"))]
    texts = texts[: args.limit]
    measured = {p.resolve() for p in sorted(args.inputs.glob("*.txt"))[: args.limit]}
    warming = [] if args.warm_from is None else [
        p for p in sorted(args.warm_from.rglob("*.txt")) if p.resolve() not in measured
    ][: args.warm]
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "unspin", "serve", "--db", str(args.db), "--port", str(port),
         "--paraphrase" if args.paraphrase else "--no-paraphrase"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/api/analyse"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/openapi.json", timeout=2)
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise SystemExit("unspin serve did not start") from None
                time.sleep(0.3)
        post(url, texts[0])  # loads the lexicon, the models and spaCy
        for path in warming:
            post(url, path.read_text(encoding="utf-8", errors="replace"))
        latencies = sorted(post(url, text) for _ in range(args.rounds) for text in texts)
    finally:
        server.terminate()
        server.wait(timeout=30)
    result = {
        "db": str(args.db), "inputs": len(texts), "requests": len(latencies),
        "paraphrase": args.paraphrase, "warmed_on": len(warming),
        "p50_ms": round(1000 * statistics.median(latencies), 1),
        "p95_ms": round(1000 * latencies[int(0.95 * (len(latencies) - 1))], 1),
        "max_ms": round(1000 * latencies[-1], 1),
    }
    print(json.dumps(result, indent=2))
    kept = json.loads(RESULTS.read_text(encoding="utf-8")) if RESULTS.exists() else {}
    kept[args.label] = result
    RESULTS.write_text(json.dumps(kept, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
