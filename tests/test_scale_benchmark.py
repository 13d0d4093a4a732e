"""The scale benchmark's corpus generator and scoring, on a tiny corpus (the benchmark itself is
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
    # a perfect answer scores 1; a pair of two articles in no injected pair is a false positive
    perfect = [{"copy": t["copy"], "source": t["source"]} for t in first.truth]
    figures = scale.reuse_figures(first.truth, perfect)
    assert list(figures) == ["true_pairs", "found", "recall", "precision", "false_positives",
                             "false_positive_examples", "direction_accuracy", "recall_by_kind"]
    assert (figures["recall"], figures["precision"], figures["direction_accuracy"]) == (1, 1, 1)
    assert figures["true_pairs"] == 6 and figures["false_positives"] == 0
    assert set(figures["recall_by_kind"]) >= {"verbatim", "partial"}
    paired = {end for t in first.truth for end in (t["copy"], t["source"])}
    a, b = [name for name in first.ids if name not in paired][:2]
    extra = [*perfect, {"copy": a, "source": b}]
    figures = scale.reuse_figures(first.truth, extra)
    assert figures["false_positives"] == 1
    assert figures["false_positive_examples"] == [sorted((a, b))]
    assert figures["precision"] == round(6 / 7, 4) and figures["found"] == 7
    # half the pairs the wrong way round, one pair missing
    flipped = [{"copy": t["source"], "source": t["copy"]} if k % 2 else t
               for k, t in enumerate(perfect[:-1])]
    figures = scale.reuse_figures(first.truth, flipped)
    assert figures["recall"] == round(5 / 6, 4)
    assert figures["direction_accuracy"] == round(3 / 5, 4)
    assert scale.exponent([(1000, 2.0), (10000, 20.0)]) == pytest.approx(1.0)
