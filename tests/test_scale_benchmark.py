"""The scale benchmark's corpus generator and scorer, on a tiny corpus (the benchmark itself is
``python benchmarks/scale.py --articles N``, not a test)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
BBC = ROOT.parent / "shared" / "data" / "bbc-news"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not BBC.is_dir(), reason=f"{BBC} is absent (the BBC News dataset)"),
]


@pytest.fixture(scope="module")
def scale() -> ModuleType:
    spec = importlib.util.spec_from_file_location("scale", ROOT / "benchmarks" / "scale.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["scale"] = module
    spec.loader.exec_module(module)
    return module


def test_corpus_is_deterministic_with_known_copies(scale: ModuleType, tmp_path: Path) -> None:
    pools = scale.load_pools(BBC)
    first = scale.build_corpus(200, 7, tmp_path / "one", pools)
    second = scale.build_corpus(200, 7, tmp_path / "two", pools)
    files = sorted(p.relative_to(first.docs) for p in first.docs.rglob("*.txt"))
    assert len(files) == 200
    assert files == sorted(p.relative_to(second.docs) for p in second.docs.rglob("*.txt"))
    assert all((first.docs / f).read_bytes() == (second.docs / f).read_bytes() for f in files)
    assert first.truth == second.truth
    assert len(first.truth) == 6
    assert {t["kind"] for t in first.truth} == {"verbatim", "partial", "spun"}
    assert len(first.trace_files) == scale.TRACE_ARTICLES
    # a perfect answer scores 1, an extra pair is a false positive
    perfect = [{"copy": t["copy"], "source": t["source"]} for t in first.truth]
    assert scale.score(first.truth, perfect)["recall"] == 1.0
    extra = [*perfect, {"copy": first.ids[0], "source": first.ids[1]}]
    assert scale.score(first.truth, extra)["false_positives"] in (0, 1)
    assert scale.exponent([(1000, 2.0), (10000, 20.0)]) == pytest.approx(1.0)
