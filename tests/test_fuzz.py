"""The readers and extractors under generated input (issue 23): a small budget of
``benchmarks/fuzz.py`` (which runs over 100,000 inputs), and the hostile files it was built
around. Whatever comes in, only documents, articles or per-file failures come out."""

from __future__ import annotations

import gzip
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
BUDGET = 60  # inputs per target here; the benchmark runs thousands


@pytest.fixture(scope="module")
def fuzz() -> ModuleType:
    spec = importlib.util.spec_from_file_location("fuzz", ROOT / "benchmarks" / "fuzz.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["fuzz"] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("target", ["bytes", "text", "html", "jsonl", "warc", "mutated"])
def test_generated_inputs_never_crash(fuzz: ModuleType, target: str) -> None:
    tally = fuzz.run_hypothesis(target, BUDGET, seed=23)
    assert tally.inputs >= BUDGET // 2
    assert not tally.crashes
    assert tally.slowest < fuzz.HANG_SECONDS
    if target in ("bytes", "mutated", "jsonl", "warc"):
        assert tally.failures  # bad input was met, and reported per file


HOSTILE = {
    "overlong-utf8.txt": b"\xc0\xaf\xe0\x80\xaf" * 100,
    "lone-surrogate.jsonl": b'{"id": "a", "text": "\\ud800 x"}',
    "deep.jsonl": b'{"id": "a", "text": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
    "nul.html": b"<p>a\x00b</p>",
    "bom-only.txt": b"\xef\xbb\xbf",
    "utf16-odd.txt": b"\xff\xfea\x00b",
    "charset-trick.html": b'<meta charset="utf-16"><p>plain ascii words here</p>',
    "warc-headers-only.warc": b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99\r\n\r\n",
    "bomb.warc.gz": gzip.compress(b"WARC/1.0\r\n" + b"\0" * 2_000_000),
    "rtl-id.jsonl": b'{"id": "\xe2\x80\xaeevil.txt", "text": "The minister said so."}',
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_files_are_documents_or_per_file_failures(fuzz: ModuleType, name: str,
                                                          tmp_path: Path) -> None:
    path = tmp_path / name
    path.write_bytes(HOSTILE[name])
    tally = fuzz.Tally()
    fuzz.check_file(path, tally)
    assert tally.inputs == 1 and not tally.crashes
    assert tally.documents + sum(tally.failures.values()) >= 1


def test_a_crash_is_caught(fuzz: ModuleType, tmp_path: Path,
                           monkeypatch: pytest.MonkeyPatch) -> None:
    """The check can fail: an extractor raising anything but an InputError is a crash."""
    import unspin.pipeline.extract as extract

    def broken(raw: object) -> None:
        raise KeyError("boom")

    monkeypatch.setattr(extract, "extract", broken)
    path = tmp_path / "a.txt"
    path.write_bytes(b"The minister said so.")
    with pytest.raises(fuzz.Crash, match="KeyError"):
        fuzz.check_file(path)
