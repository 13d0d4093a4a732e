"""benchmarks/data/rehydrate.py: page texts put back only when they are the labelled ones."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "data" / "rehydrate.py"


def _module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("rehydrate", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # (its dataclass looks its module up)
    spec.loader.exec_module(module)
    return module


def test_put_writes_matching_texts_and_refuses_others(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    rehydrate = _module()
    good, changed = "A stored page.\n", "A stored page, changed.\n"
    digest = hashlib.sha256(good.encode()).hexdigest()
    corpus = tmp_path / "quotes-web" / "corpus.jsonl"
    pages = [
        rehydrate.Page("one", "https://a.example/1", None, None, tmp_path / "texts" / "one.txt",
                       digest),
        rehydrate.Page("two", "https://a.example/2", None, None, tmp_path / "texts" / "two.txt",
                       digest),
        rehydrate.Page("three", "https://a.example/3", None, None, corpus, digest),
        rehydrate.Page("four", "https://a.example/4", None, None, tmp_path / "texts" / "four.txt",
                       None),  # no digest recorded yet: taken as it comes
    ]
    monkeypatch.setattr(rehydrate, "pages", lambda: pages)
    fetched = tmp_path / "fetched"
    fetched.mkdir()
    for name, text in (("one", good), ("two", changed), ("three", good), ("four", changed)):
        (fetched / f"{name}.json").write_text(json.dumps({"url": "u", "text": text}))
    (fetched / "stray.json").write_text(json.dumps({"url": "u", "text": good}))

    assert rehydrate.put(fetched) == 3
    assert (tmp_path / "texts" / "one.txt").read_text() == good
    assert not (tmp_path / "texts" / "two.txt").exists()
    assert (tmp_path / "texts" / "four.txt").read_text() == changed
    assert [json.loads(line)["id"] for line in corpus.read_text().splitlines()] == ["three"]
    errors = capsys.readouterr().err
    assert "two.json: the text differs" in errors and "stray.json: no labelled page" in errors

    missing, different = rehydrate.check()
    assert [p.id for p in missing] == ["two"] and different == []
