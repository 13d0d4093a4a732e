"""Invariants of the hardset generator (benchmarks/hardset.py) on a tiny split."""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
BBC = REPO.parent / "shared" / "data" / "bbc-news"
MYTHES = Path("/usr/share/mythes/th_en_US_v2.dat")

if not BBC.is_dir():
    pytest.skip(f"the BBC News texts are not at {BBC}", allow_module_level=True)
if not MYTHES.is_file():
    pytest.skip(f"no MyThes thesaurus at {MYTHES}: apt-get install -y mythes-en-us",
                allow_module_level=True)

sys.path.insert(0, str(REPO / "benchmarks"))
import hardset  # noqa: E402

SEED = 7
SCALE = 0.1
ARTICLES = 60
WORD = re.compile(r"\w+")


def generate(out: Path, split: str = "dev") -> None:
    code = hardset.main([str(out), "--split", split, "--seed", str(SEED), "--scale", str(SCALE),
                         "--max-articles", str(ARTICLES), "--quiet"])
    assert code == 0


def digest(folder: Path) -> str:
    h = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            h.update(path.relative_to(folder).as_posix().encode())
            h.update(path.read_bytes())
    return h.hexdigest()


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("hardset")
    generate(out)
    return out


def truth(folder: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in (folder / "truth.jsonl").read_text().splitlines()]


def text(folder: Path, doc: object) -> str:
    return (folder / "docs" / str(doc)).read_text(encoding="utf-8")


def test_tiny_split_shape(tiny: Path) -> None:
    docs = list((tiny / "docs").glob("*.txt"))
    assert 30 <= len(docs) <= 80
    variants = {str(r.get("variant")) for r in truth(tiny) if r["kind"] != "neutral"}
    assert {"verbatim", "spun-0.3", "small-excerpt", "scattered", "scattered-quote",
            "spun-excerpt", "mosaic", "copy-of-copy"} <= variants
    for rec in truth(tiny):
        assert (tiny / "docs" / str(rec["copy"])).is_file()
        assert (tiny / "docs" / str(rec["source"])).is_file()
        if rec["kind"] != "neutral":
            assert rec["kind"] in {"verbatim", "partial", "spun", "spun-partial"}
            assert 0.0 < float(str(rec["copied"])) <= 1.0


def test_deterministic(tiny: Path, tmp_path: Path) -> None:
    generate(tmp_path)
    assert digest(tmp_path) == digest(tiny)


def test_generator_checks_hold() -> None:
    builder, _ = hardset.build_split("held", SEED, SCALE, ARTICLES)
    assert hardset.check(builder) == []


def test_labelled_spans_are_copied(tiny: Path) -> None:
    """Verbatim and paragraph copies contain their source's paragraphs; a scattered copy holds
    two or more sentences of 20-33 words of its source, each with at most two words changed."""
    for rec in truth(tiny):
        variant = rec.get("variant")
        copy, source = text(tiny, rec["copy"]), text(tiny, rec["source"])
        straight = hardset.straight
        if variant == "small-excerpt":
            paras = [p for p in source.split("\n\n")[1:] if straight(p.strip()) in straight(copy)]
            assert paras, rec
        elif variant in ("scattered", "scattered-quote"):
            src_sents = [s for p in source.split("\n\n") for s in hardset.split_sentences(p)]
            hits = 0
            for sent in src_sents:
                words = WORD.findall(sent)
                if not 20 <= len(words) <= 33 or any(q in sent for q in hardset.QUOTE_CHARS):
                    continue
                for cand in (s for p in copy.split("\n\n") for s in hardset.split_sentences(p)):
                    theirs = WORD.findall(cand)
                    same = sum(a == b for a, b in zip(words, theirs, strict=False))
                    close = abs(len(theirs) - len(words)) <= 4 and same >= len(words) - 6
                    if cand == sent or close:
                        hits += 1
                        break
            assert hits >= 2, rec
        elif rec["kind"] == "verbatim" and variant == "verbatim":
            body = source.split("\n\n")[1:]
            for para in body:
                assert straight(para.strip()) in straight(copy) or para.strip() in copy.replace(
                    "\n", "\n\n"), rec


def test_spin_rate_near_target(tiny: Path) -> None:
    for rec in truth(tiny):
        variant = str(rec.get("variant"))
        if variant.startswith("spun-0"):
            assert abs(float(str(rec["rate"])) - float(variant[5:])) <= 0.03, rec
        if variant == "spun-excerpt":
            assert abs(float(str(rec["rate"])) - 0.3) <= 0.05, rec


def test_spinner_is_mythes_with_multiword_swaps() -> None:
    """The spinner reads MyThes (not unspin's compiled lexicon), swaps phrases both ways and
    picks terms (hypernyms, multi-word terms) that unspin's lexicon does not relate."""
    import random

    spinner = hardset.MythesSpinner()
    assert "take part" in spinner.table and "participate" in {
        t for s in spinner.table["take part"] for t in s.targets}
    sample = (
        "The firm said it would take part in the talks, and shares rose sharply as investors "
        "looked forward to a deal that analysts expected to boost profits in the coming year. "
        "Officials warned that the economy was growing more slowly than the government had "
        "predicted, and that prices could go up again before the end of the year."
    )
    swaps: list[tuple[str, str]] = []
    for seed in range(40):
        _, stats = spinner.spin(sample, random.Random(seed), rate=0.45)
        swaps += stats.swaps
    assert any(" " in a and " " not in b for a, b in swaps), "no multi -> single swap"
    assert any(" " not in a and " " in b for a, b in swaps), "no single -> multi swap"
    unspin = pytest.importorskip("unspin.lexicon.synonyms")
    lexicon = unspin.default_lexicon()
    unknown = sum(1 for a, b in set(swaps) if lexicon.related(a, b) < 1.0)
    assert unknown / len(set(swaps)) > 0.2  # not the engine's thesaurus
