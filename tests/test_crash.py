"""Crash safety (issue 23), a few points of ``benchmarks/crash.py`` (which kills at 24): a scan
killed with SIGKILL and run again leaves an intact index with a clean scan's relations; a scan
that runs out of room (a file size limit) says so and leaves the index as it was."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXTRA = ["--quiet", "--no-paraphrase", "--workers", "2"]


@pytest.fixture(scope="module")
def crash() -> ModuleType:
    spec = importlib.util.spec_from_file_location("crash", ROOT / "benchmarks" / "crash.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["crash"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(ROOT / "examples", folder, ignore=shutil.ignore_patterns(".unspin"))
    return folder


@pytest.mark.slow
def test_killed_scans_leave_an_intact_index(crash: ModuleType, corpus: Path,
                                            tmp_path: Path) -> None:
    figures = crash.kill_trials(corpus, tmp_path, points=4, seed=1, extra=EXTRA,
                                log=lambda _line: None)
    assert figures["relations"] >= 3
    assert figures["killed"] >= 2  # most points fall inside the scan
    for trial in figures["trials"]:
        assert trial["integrity"] == "ok", trial
        assert trial["same_relations"], trial
        assert trial["rescan_exit"] == 0 and not trial["rescan_waited"], trial
    assert figures["failed"] == 0


def test_a_full_disk_is_a_clear_error_and_the_index_is_intact(crash: ModuleType, corpus: Path,
                                                              tmp_path: Path) -> None:
    found = crash.full_disk_trial(corpus, tmp_path, EXTRA, limit=64 * 1024)
    assert found["first_exit"] == 0
    assert found["exit"] == 1 and not found["traceback"]
    assert found["message"].startswith("unspin: cannot write the index ")
    assert "the disk is full, a file size limit or quota was reached" in found["message"]
    assert found["integrity"] == "ok"
    assert found["relations_kept"]
    assert found["rescan_same_as_clean"]
