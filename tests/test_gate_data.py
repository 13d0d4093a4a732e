"""Checks of the labelled gate corpus itself (tests/data/gate), not of the engine."""

from __future__ import annotations

import hashlib
import itertools
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
GATE = REPO / "tests" / "data" / "gate"
ORIGINALS = GATE / "originals"
CORPUS = GATE / "corpus"
TRUTH = GATE / "truth.jsonl"
SCRIPT = REPO / "scripts" / "make_gate.py"
SEED = 20240222  # the seed documented in tests/data/gate/README.md

WORD_RE = re.compile(r"\w+(?:['’]\w+)*")
QUOTED_RE = re.compile(r'"[^"\n]*"|“[^”\n]*”')
ID_RE = re.compile(r"[0-9a-f]{8}")
KINDS = {"verbatim", "spun", "partial", "spun-partial", "paraphrase", "neutral"}
STORIES_WITH_C = {3, 10, 14, 19, 25, 28}
# stories with a hand-written rewrite (story-NN-r.txt), and those rewritten as a translation
# round trip (which may keep longer runs of the story's words)
REWRITTEN = {2, 4, 7, 9, 12, 15, 18, 21, 24, 27}
ROUND_TRIPS = {4, 12, 21}


def words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in WORD_RE.findall(text)]


def unquoted_ngrams(text: str, n: int) -> set[tuple[str, ...]]:
    grams: set[tuple[str, ...]] = set()
    for part in QUOTED_RE.split(text):
        ws = words(part)
        grams.update(tuple(ws[i : i + n]) for i in range(len(ws) - n + 1))
    return grams


def load_truth() -> list[dict[str, object]]:
    return [json.loads(line) for line in TRUTH.read_text(encoding="utf-8").splitlines()]


def corpus_texts() -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))}


def original(name: str) -> str:
    return (ORIGINALS / name).read_text(encoding="utf-8")


def fingerprint(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted((folder / "corpus").glob("*.txt")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    digest.update((folder / "truth.jsonl").read_bytes())
    return digest.hexdigest()


# --- originals ---------------------------------------------------------------------------


def test_originals_present_and_licensed() -> None:
    names = {p.name for p in ORIGINALS.glob("story-*.txt")}
    expected = {f"story-{n:02d}-{v}.txt" for n in range(1, 31) for v in "ab"}
    expected |= {f"story-{n:02d}-c.txt" for n in STORIES_WITH_C}
    expected |= {f"story-{n:02d}-r.txt" for n in REWRITTEN}
    assert names == expected
    readme = (ORIGINALS / "README.md").read_text(encoding="utf-8")
    assert "CC0-1.0" in readme and "fictional" in readme.lower()


@pytest.mark.parametrize("name", sorted(p.name for p in ORIGINALS.glob("story-*.txt")))
def test_original_shape(name: str) -> None:
    text = original(name)
    lines = text.split("\n")
    assert lines[0].strip() and lines[1] == "", "headline, then a blank line"
    assert text.endswith("\n") and not text.endswith("\n\n") and "\n\n\n" not in text
    n = len(words(text))
    if name.endswith("-r.txt"):
        story = len(words(original(name.replace("-r.txt", "-a.txt"))))
        lo, hi = round(0.7 * story), round(1.12 * story)
    else:
        lo, hi = (350, 650) if name.endswith("-a.txt") else (250, 550)
    assert lo <= n <= hi, f"{name} has {n} words"


@pytest.mark.parametrize("story", range(1, 31))
def test_independent_reports_share_no_long_unquoted_run(story: int) -> None:
    """The -b/-c reports are hard negatives: no run of 13+ words outside quotation marks."""
    texts = {
        v: original(f"story-{story:02d}-{v}.txt")
        for v in "abc"
        if (ORIGINALS / f"story-{story:02d}-{v}.txt").exists()
    }
    for one, two in itertools.combinations(sorted(texts), 2):
        shared = unquoted_ngrams(texts[one], 13) & unquoted_ngrams(texts[two], 13)
        assert not shared, f"story {story} {one}/{two}: {' '.join(next(iter(shared)))}"


@pytest.mark.parametrize("story", sorted(REWRITTEN))
def test_rewrites_are_rewritten(story: int) -> None:
    """A rewrite keeps no run of 7+ words of its story outside quotation marks (9+ for a
    translation round trip), and no run of 13+ words of the story's independent reports."""
    rewrite = original(f"story-{story:02d}-r.txt")
    n = 9 if story in ROUND_TRIPS else 7
    shared = unquoted_ngrams(rewrite, n) & unquoted_ngrams(original(f"story-{story:02d}-a.txt"), n)
    assert not shared, f"story {story}: {' '.join(next(iter(shared)))}"
    for v in "bc":
        path = ORIGINALS / f"story-{story:02d}-{v}.txt"
        if path.exists():
            assert not unquoted_ngrams(rewrite, 13) & unquoted_ngrams(path.read_text("utf-8"), 13)


# --- corpus and truth --------------------------------------------------------------------


def test_corpus_size_and_names() -> None:
    files = sorted(CORPUS.glob("*"))
    assert 180 <= len(files) <= 260
    assert all(p.suffix == ".txt" and ID_RE.fullmatch(p.stem) for p in files)
    total = sum(p.stat().st_size for p in files) + TRUTH.stat().st_size
    assert total < 1_500_000


def test_every_original_is_in_the_corpus_unchanged() -> None:
    texts = set(corpus_texts().values())
    for path in sorted(ORIGINALS.glob("story-*-[abc].txt")):
        assert path.read_text(encoding="utf-8") in texts, path.name


def rewrite_ids() -> dict[int, str]:
    """Corpus id of each rewrite (some are wrapped in boilerplate)."""
    ids: dict[int, str] = {}
    for story in REWRITTEN:
        body = original(f"story-{story:02d}-r.txt").strip()
        found = [cid for cid, text in corpus_texts().items() if body in text]
        assert len(found) == 1, f"story-{story:02d}-r.txt is in {len(found)} documents"
        ids[story] = found[0]
    return ids


def test_truth_is_well_formed() -> None:
    ids = set(corpus_texts())
    seen: set[tuple[str, str]] = set()
    kinds: dict[str, int] = {}
    for rec in load_truth():
        copy, source, kind = rec["copy"], rec["source"], rec["kind"]
        assert isinstance(copy, str) and isinstance(source, str) and isinstance(kind, str)
        assert copy in ids and source in ids and copy != source
        assert kind in KINDS
        pair = (copy, source)
        assert pair not in seen and pair[::-1] not in seen, f"duplicate pair {pair}"
        seen.add(pair)
        kinds[kind] = kinds.get(kind, 0) + 1
        if kind == "neutral":
            assert set(rec) == {"copy", "source", "kind"}
            continue
        assert set(rec) == {"copy", "source", "kind", "rate", "copied", "variant"}
        rate, copied = rec["rate"], rec["copied"]
        assert isinstance(rate, float) and isinstance(copied, float)
        assert 0.0 < copied <= 1.0
        if kind in ("verbatim", "partial", "paraphrase"):
            assert rate == 0.0
        else:
            assert 0.1 <= rate <= 0.7
        assert isinstance(rec["variant"], str) and rec["variant"]
    assert set(kinds) == KINDS
    assert kinds["spun"] >= 60 and kinds["partial"] >= 20 and kinds["verbatim"] >= 30
    assert kinds["paraphrase"] == len(REWRITTEN)


def test_copied_share_matches_the_copy_for_verbatim_copies() -> None:
    texts = corpus_texts()
    for rec in load_truth():
        if rec["kind"] != "verbatim":
            continue
        copy, source = texts[str(rec["copy"])], texts[str(rec["source"])]
        expected = len(words(source)) / len(words(copy))
        variant = str(rec["variant"])
        if "headline dropped" in variant:
            assert float(str(rec["copied"])) < expected
        else:
            assert float(str(rec["copied"])) == pytest.approx(expected, abs=0.002)


def test_hard_negatives_are_not_labelled() -> None:
    by_text = {text: cid for cid, text in corpus_texts().items()}
    family: dict[int, list[str]] = {}
    for path in sorted(ORIGINALS.glob("story-*-[abc].txt")):
        family.setdefault(int(path.name[6:8]), []).append(by_text[path.read_text("utf-8")])
    pairs = {frozenset((str(r["copy"]), str(r["source"]))) for r in load_truth()}
    for story, ids in family.items():
        for one, two in itertools.combinations(ids, 2):
            assert frozenset((one, two)) not in pairs, f"story {story} reports are labelled"
    # a rewrite of the -a story is a copy of it, and a negative for the -b/-c reports
    kinds = {frozenset((str(r["copy"]), str(r["source"]))): r["kind"] for r in load_truth()}
    for story, rewrite in rewrite_ids().items():
        story_a, *reports = family[story]
        assert kinds.get(frozenset((rewrite, story_a))) == "paraphrase", story
        for report in reports:
            assert frozenset((rewrite, report)) not in pairs, f"story {story} rewrite/report"


def test_generator_is_deterministic(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--seed", str(SEED), "--out", str(tmp_path), "--quiet"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert fingerprint(tmp_path) == fingerprint(GATE)
