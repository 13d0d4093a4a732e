"""Fuzzing the readers and extractors: text, HTML, WARC, JSONL and charset detection.

Every input goes the way a file of the corpus goes: written to a file with the suffix under test,
read by ``iter_raw_documents``, each document extracted by ``extract`` (decoding and charset
detection included), as the scan's workers do, and normalised and fingerprinted (so the
indexing work per article is fuzzed too). The promise checked, input by input: nothing but a
document, an article or a per-file failure comes out — a ``Failure`` or an ``InputError`` naming
the file (or its record) and a reason; any other exception is a crash; an input taking more
than ``HANG_SECONDS`` is a hang.

Two engines:

- hypothesis (the dev extra): structured inputs — random bytes, text in many encodings with
  and without a declared charset, HTML built from random nested markup, JSON lines built from
  random values, WARC records built from random headers and payloads (gzipped or not, chunked,
  content-encoded, cut short), each then possibly mutated byte by byte;
- atheris (the ``fuzz`` extra, where it installs): coverage-guided, libFuzzer mutating the
  bytes of each file type from seeds of every kind, the pipeline's own modules instrumented.

    python benchmarks/fuzz.py [--examples 20000] [--atheris-runs 20000] [--json FILE]

(``--examples`` per hypothesis target, six targets; ``--atheris-runs`` per file type, five.)
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results"
HANG_SECONDS = 10.0
SUFFIXES = (".txt", ".html", ".jsonl", ".warc", ".warc.gz")
SCRATCH = Path("/dev/shm") if Path("/dev/shm").is_dir() else Path(tempfile.gettempdir())


@dataclass
class Tally:
    """What one target saw: inputs, documents, failures (by reason), crashes, the slowest."""

    inputs: int = 0
    documents: int = 0
    failures: dict[str, int] = field(default_factory=dict)
    crashes: list[str] = field(default_factory=list)
    slowest: float = 0.0

    def failure(self, reason: str) -> None:
        key = reason.split(":")[0].split("(")[0].strip()[:60]
        self.failures[key] = self.failures.get(key, 0) + 1


class Crash(AssertionError):
    """The promise broken: an exception other than a per-file failure, or a bad failure."""


def check_file(path: Path, tally: Tally | None = None) -> None:
    """Read ``path`` as the scan does and extract, normalise and fingerprint every document;
    raise :class:`Crash` when anything but a document or a per-file failure comes out."""
    from unspin.config import Config
    from unspin.errors import InputError
    from unspin.model import Failure, RawDocument
    from unspin.pipeline.extract import extract
    from unspin.pipeline.fingerprint import fingerprints
    from unspin.pipeline.normalize import normalize
    from unspin.pipeline.read import iter_raw_documents

    config = Config()
    started = time.perf_counter()
    cpu = time.process_time()  # a hang is judged on CPU time: a loaded machine is no hang
    name = path.name
    try:
        for item in iter_raw_documents(path):
            if isinstance(item, Failure):
                if not item.origin.startswith(name) or not item.reason:
                    raise Crash(f"failure not naming its file: {item!r}")
                if tally is not None:
                    tally.failure(item.reason)
                continue
            if not isinstance(item, RawDocument):
                raise Crash(f"read yielded {type(item).__name__}")
            try:
                article = extract(item)
            except InputError as error:
                if error.origin != item.origin or not error.reason:
                    raise Crash(f"extract failure not naming its document: {error!r}") from None
                if tally is not None:
                    tally.failure(error.reason)
                continue
            doc = normalize(article.id, article.text)
            fingerprints(doc, config.fingerprint)
            if tally is not None:
                tally.documents += 1
    except Crash:
        raise
    except Exception as error:  # the point: nothing else may escape
        raise Crash(f"{type(error).__name__}: {error}") from error
    finally:
        if tally is not None:
            tally.inputs += 1
            tally.slowest = max(tally.slowest, time.perf_counter() - started)
    if time.process_time() - cpu > HANG_SECONDS:
        raise Crash(f"took {time.process_time() - cpu:.1f}s of CPU (a hang)")


def write_input(data: bytes, suffix: str, folder: Path) -> Path:
    path = folder / f"input{suffix}"
    path.write_bytes(data)
    return path


# -- structured inputs (hypothesis) ---------------------------------------------------------------

ENCODINGS = ("utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1252", "latin-1",
             "iso-8859-7", "koi8-r", "shift_jis", "gb18030", "big5", "euc-kr", "cp1251")
LABELS = (*ENCODINGS, "x-unknown", "", "utf8", "UTF-8", "unicode", "us-ascii", "binary",
          "utf-7", "../etc/passwd", "latin1\x00", "ISO-8859-1; x")
TAGS = ("div", "p", "span", "article", "main", "script", "style", "title", "head", "body",
        "h1", "br", "table", "td", "a", "img", "svg", "template", "noscript", "iframe", "meta",
        "!--", "![CDATA[", "?xml", "html")


def strategies() -> dict[str, Any]:
    """The hypothesis strategies, by target (each draws the bytes of a file and its suffix)."""
    from hypothesis import strategies as st

    text = st.text(alphabet=st.characters(codec=None), max_size=400)
    words = st.lists(st.sampled_from(
        ["the", "minister", "said", "on", "Tuesday", "“quote”", "«x»", "\u202e", "\u200b",
         "\ufeff", "&amp;", "&#x0;", "&#1114112;", "\r\n", "\n\n", "🙂", "e\u0301", "x" * 300,
         "2024-02-30", "By Admin", "<", ">", "\\", "\"", "'"]), max_size=80).map(" ".join)
    prose = st.one_of(text, words)

    @st.composite
    def encoded(draw: Any) -> tuple[bytes, str]:
        body = draw(prose)
        encoding = draw(st.sampled_from(ENCODINGS))
        data = body.encode(encoding, errors="replace")
        if draw(st.booleans()):
            data = draw(st.sampled_from([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff",
                                         b"\xff\xfe\x00\x00", b""])) + data
        return data, ".txt"

    @st.composite
    def markup(draw: Any, depth: int = 0) -> str:
        parts = []
        for _ in range(draw(st.integers(0, 4))):
            kind = draw(st.integers(0, 3))
            if kind == 0 or depth > 4:
                parts.append(draw(prose))
            else:
                tag = draw(st.sampled_from(TAGS))
                attrs = draw(st.sampled_from(["", ' class="x"', " charset=" + draw(
                    st.sampled_from(LABELS)), ' content="text/html; charset=koi8-r"',
                    ' href="javascript:alert(1)"', " a='<>'", ' id="\u202e"']))
                inner = draw(markup(depth + 1))
                close = draw(st.sampled_from([f"</{tag}>", "", f"</{tag}", "</>"]))
                parts.append(f"<{tag}{attrs}>{inner}{close}")
        return "".join(parts)

    @st.composite
    def html(draw: Any) -> tuple[bytes, str]:
        page = draw(markup())
        if draw(st.booleans()):
            page = f"<html><head><title>{draw(prose)}</title></head><body>{page}</body></html>"
        nested = draw(st.integers(0, 3))
        if nested:
            page = "<div>" * (10 ** nested) + page + "</div>" * draw(st.integers(0, 10))
        encoding = draw(st.sampled_from(ENCODINGS))
        return page.encode(encoding, errors="replace"), draw(st.sampled_from([".html", ".htm"]))

    json_values = st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | prose,
        lambda inner: st.lists(inner, max_size=4)
        | st.dictionaries(st.sampled_from(["id", "text", "html", "url", "title", "published"]),
                          inner, max_size=6),
        max_leaves=12)

    @st.composite
    def jsonl(draw: Any) -> tuple[bytes, str]:
        lines = []
        for _ in range(draw(st.integers(1, 5))):
            record = draw(st.dictionaries(
                st.sampled_from(["id", "text", "html", "url", "title", "published", "byline",
                                 "x"]), json_values, max_size=7))
            if draw(st.booleans()):
                record["id"] = draw(st.one_of(prose, st.sampled_from(
                    ["../../etc/passwd", "\u202eevil", "a\x00b", "x" * 2000, "1", "dup"])))
                record["text"] = draw(prose)
            line = json.dumps(record, ensure_ascii=draw(st.booleans()))
            if draw(st.integers(0, 5)) == 0:
                line = line[: draw(st.integers(0, len(line)))]  # a broken line
            lines.append(line)
        data = "\n".join(lines).encode("utf-8", "surrogatepass")
        return data, ".jsonl"

    @st.composite
    def warc(draw: Any) -> tuple[bytes, str]:
        records = []
        for _ in range(draw(st.integers(1, 3))):
            payload = draw(st.one_of(prose.map(lambda s: s.encode("utf-8", "replace")),
                                     st.binary(max_size=300)))
            if draw(st.booleans()):
                payload = f"<html><body><p>{draw(prose)}</p></body></html>".encode(
                    "utf-8", "replace")
            headers = [f"HTTP/1.1 {draw(st.sampled_from(['200 OK', '404 No', '301 M', 'x']))}",
                       "Content-Type: " + draw(st.sampled_from(
                           ["text/html", "text/plain; charset=" + draw(st.sampled_from(LABELS)),
                            "image/png", "", "text/html; charset=\"utf-16\""]))]
            if draw(st.booleans()):  # a gzip-encoded body, maybe a bomb
                size = draw(st.sampled_from([10, 1000, 6_000_000]))
                payload = gzip.compress(payload + b" " * size) if size else payload
                headers.append("Content-Encoding: gzip")
            if draw(st.booleans()):
                payload = (hex(len(payload))[2:].encode() + b"\r\n" + payload + b"\r\n0\r\n\r\n")
                headers.append("Transfer-Encoding: chunked")
            http = ("\r\n".join(headers) + "\r\n\r\n").encode() + payload
            kind = draw(st.sampled_from(["response", "resource", "request", "metadata"]))
            uri = draw(st.sampled_from(["http://example.com/a", "", "<http://x/../../etc>",
                                        "dns:example.com", "http://\u202e.com/"]))
            block = http if kind == "response" else payload
            length = len(block) + draw(st.sampled_from([0, 0, 0, -5, 7]))
            head = (f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\n"
                    f"WARC-Date: 2024-02-22T10:00:00Z\r\nContent-Length: {length}\r\n"
                    f"WARC-Record-ID: <urn:uuid:{draw(st.uuids())}>\r\n\r\n").encode()
            record = head + block + b"\r\n\r\n"
            records.append(gzip.compress(record) if draw(st.booleans()) else record)
        data = b"".join(records)
        compressed = data[:2] == b"\x1f\x8b"
        if draw(st.integers(0, 4)) == 0:
            data = data[: draw(st.integers(0, len(data)))]  # cut short
        return data, ".warc.gz" if compressed else ".warc"

    @st.composite
    def mutated(draw: Any) -> tuple[bytes, str]:
        data, suffix = draw(st.one_of(encoded(), html(), jsonl(), warc()))
        data = bytearray(data)
        for _ in range(draw(st.integers(1, 8))):
            if not data:
                break
            at = draw(st.integers(0, len(data) - 1))
            data[at] = draw(st.integers(0, 255))
        return bytes(data), suffix

    @st.composite
    def random_bytes(draw: Any) -> tuple[bytes, str]:
        return draw(st.binary(min_size=1, max_size=2000)), draw(st.sampled_from(SUFFIXES))

    return {"bytes": random_bytes(), "text": encoded(), "html": html(), "jsonl": jsonl(),
            "warc": warc(), "mutated": mutated()}


def run_hypothesis(target: str, examples: int, seed: int = 0) -> Tally:
    """``examples`` inputs of one target through ``check_file``; a crash raises."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import seed as hypothesis_seed

    tally = Tally()
    strategy = strategies()[target]
    folder = Path(tempfile.mkdtemp(prefix="unspin-fuzz-", dir=SCRATCH))

    @hypothesis_seed(seed)
    @settings(max_examples=examples, deadline=None, database=None, derandomize=False,
              suppress_health_check=list(HealthCheck))
    @given(strategy)
    def one(case: tuple[bytes, str]) -> None:
        data, suffix = case
        check_file(write_input(data, suffix, folder), tally)

    try:
        one()
    finally:
        for path in folder.iterdir():
            path.unlink()
        folder.rmdir()
    return tally


# -- coverage-guided (atheris) --------------------------------------------------------------------


def seeds() -> dict[str, list[bytes]]:
    """A few valid files of each type to start libFuzzer from."""
    article = ("Battery plant opens in Eastbrook\nBy Jane Doe\n\nThe plant will employ 300 "
               "people, the minister said on Tuesday. “It is a good day,” she said.\n")
    page = (f"<html><head><meta charset='utf-8'><title>Plant</title></head><body><article>"
            f"<p>{article}</p></article></body></html>")
    http = f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n{page}".encode()
    record = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://example.com/\r\n"
              f"Content-Length: {len(http)}\r\n\r\n").encode() + http + b"\r\n\r\n"
    line = json.dumps({"id": "a", "text": article, "url": "http://example.com/a"})
    return {".txt": [article.encode(), article.encode("cp1252"), article.encode("utf-16")],
            ".html": [page.encode(), page.encode("koi8-r", "replace")],
            ".jsonl": [line.encode(), (line + "\n" + line.replace('"a"', '"b"')).encode()],
            ".warc": [record], ".warc.gz": [gzip.compress(record)]}


def atheris_available() -> bool:
    try:
        import atheris  # noqa: F401
    except ImportError:
        return False
    return True


def run_atheris(suffix: str, runs: int, seed: int = 0) -> dict[str, Any]:
    """libFuzzer over files of one type, ``runs`` inputs, in a process of its own (libFuzzer
    ends its process); returns its figures."""
    work = Path(tempfile.mkdtemp(prefix="unspin-atheris-", dir=SCRATCH))
    corpus, inputs = work / "corpus", work / "inputs"
    corpus.mkdir()
    inputs.mkdir()
    for number, data in enumerate(seeds()[suffix]):
        (corpus / f"seed-{number}").write_bytes(data)
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, __file__, "--atheris-child", suffix, f"-runs={runs}", f"-seed={seed + 1}",
         f"-timeout={int(HANG_SECONDS)}", "-rss_limit_mb=4096", "-max_len=65536",
         "-print_final_stats=1", str(corpus)],
        capture_output=True, text=True, check=False,
        env={**os.environ, "UNSPIN_FUZZ_INPUTS": str(inputs)})
    seconds = time.perf_counter() - started
    shutil.rmtree(work, ignore_errors=True)
    stats = {key.strip(): value.strip() for key, _, value in
             (line.rpartition(":") for line in done.stderr.splitlines()
              if line.startswith("stat::"))}
    executed = int(stats.get("stat::number_of_executed_units", "0") or 0)
    crashed = done.returncode != 0
    return {"suffix": suffix, "runs": executed, "seconds": round(seconds, 1), "crashed": crashed,
            "exit": done.returncode,
            "detail": "\n".join(done.stderr.splitlines()[-30:]) if crashed else ""}


def _atheris_child(suffix: str, argv: list[str]) -> None:
    import atheris

    with atheris.instrument_imports(include=["unspin"]):
        import unspin.pipeline.decode
        import unspin.pipeline.extract
        import unspin.pipeline.read  # noqa: F401
    folder = Path(os.environ["UNSPIN_FUZZ_INPUTS"])  # the parent removes it

    def one(data: bytes) -> None:
        check_file(write_input(data, suffix, folder))

    atheris.Setup([sys.argv[0], *argv], one)
    atheris.Fuzz()


# -- the benchmark --------------------------------------------------------------------------------


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--atheris-child":
        _atheris_child(sys.argv[2], sys.argv[3:])
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=20_000,
                        help="hypothesis inputs per target (six targets)")
    parser.add_argument("--atheris-runs", type=int, default=20_000,
                        help="atheris inputs per file type (five), where atheris installs")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", type=Path, default=RESULTS / "fuzz.json")
    args = parser.parse_args()
    figures: dict[str, Any] = {"hypothesis": {}, "atheris": {}}
    crashes = 0
    for target in strategies() if args.examples else ():
        started = time.perf_counter()
        try:
            tally = run_hypothesis(target, args.examples, args.seed)
            crash = ""
        except Exception as error:  # report it, and go on with the other targets
            tally, crash = Tally(), f"{type(error).__name__}: {error}"
            crashes += 1
        figures["hypothesis"][target] = {
            "inputs": tally.inputs, "documents": tally.documents,
            "failures": dict(sorted(tally.failures.items(), key=lambda kv: -kv[1])[:8]),
            "slowest_s": round(tally.slowest, 3), "seconds": round(time.perf_counter() - started),
            "crash": crash}
        print(target, json.dumps(figures["hypothesis"][target]), flush=True)
    if args.atheris_runs and atheris_available():
        for suffix in SUFFIXES:
            result = run_atheris(suffix, args.atheris_runs, args.seed)
            crashes += result["crashed"]
            figures["atheris"][suffix] = result
            print(suffix, json.dumps(result), flush=True)
    else:
        figures["atheris"] = "not installed (pip install -c constraints.txt -e '.[fuzz]')"
    figures["inputs"] = (sum(t["inputs"] for t in figures["hypothesis"].values())
                         + (sum(r["runs"] for r in figures["atheris"].values())
                            if isinstance(figures["atheris"], dict) else 0))
    figures["crashes"] = crashes
    figures["command"] = "python benchmarks/fuzz.py " + " ".join(sys.argv[1:])
    figures["hang_seconds"] = HANG_SECONDS
    print(json.dumps({k: figures[k] for k in ("inputs", "crashes", "command")}))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    sys.exit(1 if crashes else 0)


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
