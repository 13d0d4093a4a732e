"""Hostile input: a folder of files built to make a reader or an extractor slow, large or
crash, scanned as a user would scan it; the per-article bounds at work, and the peak memory.

The files (``make_corpus``): random bytes; invalid UTF-8; 200,000 nested ``<div>``s (and the
same with text at the bottom); regex-hostile text (a 4 MB run of one letter, of spaces, of
``a.a.a.``, of quotation marks, of ``By By By``, dates everywhere); a 4 MB single line of words;
a gzip bomb inside a valid WARC record's HTTP payload (``Content-Encoding: gzip``, 1 GB
inflated) and a WARC file that is itself a 1 GB bomb (``.warc.gz``); a JSONL with broken lines,
duplicate ids, ``../../etc/passwd`` and right-to-left override ids, and a 4 MB record; a FIFO and
a symlink loop; plus two ordinary articles that must be indexed whatever the rest does.

    python benchmarks/hostile.py [--json FILE] [--keep DIR]

Prints each failure, the scan's exit status and time, and the peak memory (largest resident
size of the scan's process and of any one of its worker processes).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results"
MB = 1 << 20
ARTICLE = ("Battery plant opens in Eastbrook\n\nThe new plant will employ 300 people, the "
           "minister said on Tuesday. It is the largest of its kind in the region, and the "
           "company says it will recycle most of the batteries it takes in.\n\n“This is a good "
           "day for Eastbrook,” the minister said.\n")


def _bomb(size: int) -> bytes:
    """``size`` zero bytes, gzipped (about a thousandth of the size), built a chunk at a time."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    chunk = b"\0" * MB
    parts = [compressor.compress(chunk) for _ in range(size // MB)]
    parts.append(compressor.flush())
    return b"".join(parts)


def _warc_record(uri: str, http: bytes) -> bytes:
    return (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\n"
            f"WARC-Date: 2024-02-22T10:00:00Z\r\nContent-Length: {len(http)}\r\n\r\n"
            ).encode() + http + b"\r\n\r\n"


def make_corpus(folder: Path, big: int = 4 * MB) -> dict[str, str]:
    """Write the hostile files into ``folder``; returns file -> what it is."""
    rng = random.Random(0)
    folder.mkdir(parents=True, exist_ok=True)
    made: dict[str, str] = {}

    def put(name: str, data: bytes, what: str) -> None:
        (folder / name).write_bytes(data)
        made[name] = what

    put("good-1.txt", ARTICLE.encode(), "an ordinary article")
    put("good-2.html", f"<html><body><p>{ARTICLE}</p></body></html>".encode(),
        "an ordinary page")
    put("random.txt", rng.randbytes(MB), "1 MB of random bytes")
    put("invalid-utf8.html", b"<p>caf\xc3 \xff\xfe na\xefve</p>" * 1000, "invalid UTF-8")
    put("nested-divs.html", b"<div>" * 200_000 + b"text" + b"</div>" * 200_000,
        "200,000 nested <div>s")
    put("nested-divs-article.html", b"<html><body>" + b"<div>" * 200_000
        + f"<p>{ARTICLE}</p>".encode() + b"</div>" * 200_000 + b"</body></html>",
        "an article under 200,000 nested <div>s")
    put("unclosed-tags.html", b"<p><b><i><span>x" * 100_000, "400,000 unclosed tags")
    put("one-letter.txt", b"a" * big, "a 4 MB run of one letter")
    put("spaces.txt", b"x" + b" " * big + b"y", "4 MB of spaces")
    put("dots.txt", b"a." * (big // 2), "a.a.a. (sentence splitting)")
    put("quotes.txt", "“".encode() * (big // 3), "4 MB of opening quotation marks")
    put("bylines.txt", b"By By By " * (big // 9), "By By By (byline search)")
    put("dates.txt", b"Published on 22 February 2024 | " * (big // 32), "dates everywhere")
    words = [rng.choice(["plant", "minister", "battery", "Eastbrook", "the", "of", "said",
                         "300", "jobs"]) for _ in range(big // 6)]
    put("one-line.txt", " ".join(words).encode(), "a 4 MB single line of words")
    put("html-one-line.html", b"<p>" + " ".join(words).encode() + b"</p>",
        "a 4 MB single-line paragraph")
    http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n"
            + _bomb(1024 * MB))
    put("payload-bomb.warc", _warc_record("http://example.com/bomb", http)
        + _warc_record("http://example.com/ok", b"HTTP/1.1 200 OK\r\nContent-Type: text/html"
                       b"\r\n\r\n<p>" + ARTICLE.encode() + b"</p>"),
        "a 1 GB gzip bomb in a WARC record's HTTP payload, then an ordinary record")
    put("file-bomb.warc.gz", _bomb(1024 * MB), "a 1 GB gzip bomb named .warc.gz")
    lines = [json.dumps({"id": "a", "text": ARTICLE}), "{broken", json.dumps({"id": "a",
             "text": "duplicate"}), json.dumps({"id": "../../etc/passwd", "text": ARTICLE}),
             json.dumps({"id": "\u202eevil.txt", "text": ARTICLE}),
             json.dumps({"id": "big", "text": " ".join(words)})]
    put("records.jsonl", "\n".join(lines).encode(), "broken lines, duplicate and hostile ids, "
        "a 4 MB record")
    os.mkfifo(folder / "fifo.txt")
    made["fifo.txt"] = "a FIFO"
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    made["loop.txt"] = "a symlink loop"
    return made


def _peak_children_mb() -> float:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", type=Path, default=RESULTS / "hostile.json")
    parser.add_argument("--keep", type=Path, default=None, help="build the corpus here, keep it")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="unspin-hostile-") as tmp:
        folder = args.keep or Path(tmp) / "hostile"
        made = make_corpus(folder)
        db = Path(tmp) / "index.db"
        command = [sys.executable, "-m", "unspin", "scan", str(folder), "--db", str(db),
                   "--format", "jsonl", "--workers", str(args.workers), "--verbose"]
        started = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, check=False,
                              timeout=3600)
        seconds = time.perf_counter() - started
        failures = [line[len("unspin: skipped "):] for line in done.stderr.splitlines()
                    if line.startswith("unspin: skipped ")]
        summary = next((line for line in done.stderr.splitlines()
                        if " articles (" in line), "")
        figures: dict[str, Any] = {
            "files": made, "exit": done.returncode, "seconds": round(seconds, 1),
            "peak_rss_mb_largest_process": round(_peak_children_mb()),
            "failures": failures, "summary": summary,
            "traceback": "Traceback" in done.stderr,
            "command": "python benchmarks/hostile.py " + " ".join(sys.argv[1:]),
        }
    print("\n".join(failures))
    print(json.dumps({k: v for k, v in figures.items() if k not in ("files", "failures")},
                     indent=2))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n",
                         encoding="utf-8")
    sys.exit(0 if done.returncode == 1 and not figures["traceback"] else 1)


if __name__ == "__main__":
    main()
