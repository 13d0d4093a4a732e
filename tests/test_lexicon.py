"""Tests of the synonym lexicon (unspin.lexicon) and of the script that compiles it."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from unspin.lexicon.function_words import FUNCTION_WORDS, is_function_word
from unspin.lexicon.synonyms import (
    MOBY_SCORE,
    SYNONYM_SCORE,
    Lexicon,
    LexiconError,
    default_lexicon,
)

REPO = Path(__file__).resolve().parent.parent
SHIPPED = REPO / "src" / "unspin" / "lexicon" / "data" / "synonyms.npz"


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return default_lexicon()


# --------------------------------------------------------------------------- related()

SPINNER_SWAPS = [
    ("released", "launched"),
    ("process", "course of"),
    ("friend", "pal"),
    ("adult", "grownup"),
    ("told", "instructed"),
    ("middle", "center"),
    ("middle east", "center east"),
    ("meeting", "assembly"),
    ("trading", "buying and selling"),
    ("interest rate", "rate of interest"),
    ("list", "checklist"),
]


@pytest.mark.parametrize(("a", "b"), SPINNER_SWAPS)
def test_spinner_swaps_are_related(lex: Lexicon, a: str, b: str) -> None:
    assert lex.related(a, b) > 0
    assert lex.related(b, a) == lex.related(a, b)


def test_synset_partners_score_one(lex: Lexicon) -> None:
    assert lex.related("adult", "grownup") == SYNONYM_SCORE
    assert lex.related("middle", "center") == SYNONYM_SCORE
    assert lex.related("interest rate", "rate of interest") == SYNONYM_SCORE
    assert lex.related("big", "large") == SYNONYM_SCORE


def test_mythes_similar_terms_score_one(lex: Lexicon) -> None:
    # "huge" and "enormous" are in different WordNet synsets, one mythes meaning
    assert lex.related("huge", "enormous") == SYNONYM_SCORE


def test_moby_only_link_scores_point_seven(lex: Lexicon) -> None:
    assert lex.related("friend", "pal") == MOBY_SCORE
    assert lex.related("list", "checklist") == MOBY_SCORE


def test_inflected_forms(lex: Lexicon) -> None:
    assert lex.related("released", "launched") > 0
    assert lex.related("told", "instructed") > 0
    assert lex.related("said", "stated") == SYNONYM_SCORE
    assert lex.related("went", "go") == SYNONYM_SCORE  # same base form
    assert lex.related("Released", "LAUNCHED") == lex.related("released", "launched")


def test_unrelated_and_unknown(lex: Lexicon) -> None:
    assert lex.related("dog", "cat") == 0.0
    assert lex.related("banana", "parliament") == 0.0
    assert lex.related("xyzzyqq", "friend") == 0.0
    assert lex.related("friend", "xyzzyqq") == 0.0
    assert lex.related("xyzzyqq", "xyzzyqq") == SYNONYM_SCORE  # identical strings


def test_phrases_word_by_word(lex: Lexicon) -> None:
    # "center east" is no entry; its words are identical to or synonyms of "middle east"'s
    assert "center east" not in lex
    assert lex.related("middle east", "center east") == SYNONYM_SCORE
    assert lex.related("middle east", "center banana") == 0.0
    assert lex.related("middle east", "center") == 0.0


def test_related_is_symmetric_on_a_sample(lex: Lexicon) -> None:
    rng = np.random.default_rng(7)
    words = [lex.term(int(i)) for i in rng.integers(0, len(lex), 150)]
    words += ["friend", "pal", "release", "launch", "big", "large"]
    for a in words:
        for b in words[:40]:
            assert lex.related(a, b) == lex.related(b, a)


# --------------------------------------------------------------------------- lemmas()


@pytest.mark.parametrize(
    ("form", "base"),
    [
        ("went", "go"),
        ("children", "child"),
        ("geese", "goose"),
        ("told", "tell"),
        ("better", "good"),
        ("released", "release"),
        ("grownups", "grownup"),
        ("launched", "launch"),
        ("meetings", "meeting"),
        ("interest rates", "interest rate"),
        ("setting free", "set free"),
        ("company's", "company"),
    ],
)
def test_lemmas(lex: Lexicon, form: str, base: str) -> None:
    assert base in lex.lemmas(form)


def test_lemmas_keep_known_word_first(lex: Lexicon) -> None:
    assert lex.lemmas("released")[0] == "released"
    assert lex.lemmas("friend") == ("friend",)
    assert lex.lemmas("went") == ("go",)  # "went" itself is no entry


def test_lemmas_strip_edge_function_words_of_unknown_phrases(lex: Lexicon) -> None:
    assert lex.lemmas("course of") == ("course",)


def test_lemmas_unknown(lex: Lexicon) -> None:
    assert lex.lemmas("xyzzyqq") == ()
    assert lex.lemmas("") == ()


# --------------------------------------------------------------------------- neighbours()


def test_neighbours(lex: Lexicon) -> None:
    n = lex.neighbours("friend")
    assert isinstance(n, frozenset)
    assert "pal" in n
    assert "friend" not in n
    assert "release" in lex.neighbours("launched")
    assert "launch" in lex.neighbours("released")
    assert lex.neighbours("xyzzyqq") == frozenset()
    assert lex.synonyms("middle") <= lex.neighbours("middle")
    assert "center" in lex.synonyms("middle")


# --------------------------------------------------------------------------- class_id()


def test_class_id_is_deterministic_across_loads(lex: Lexicon) -> None:
    other = Lexicon.load(SHIPPED)
    assert other is not lex
    for w in ["friend", "released", "middle", "xyzzyqq", "interest rate", "the"]:
        assert other.class_id(w) == lex.class_id(w)
        assert lex.class_id(w) == lex.class_id(w)


def test_class_id_joins_common_swaps(lex: Lexicon) -> None:
    assert lex.class_id("adult") == lex.class_id("grownup")
    assert lex.class_id("middle") == lex.class_id("center")
    assert lex.class_id("big") == lex.class_id("large")
    assert lex.class_id("stated") == lex.class_id("says")
    assert lex.class_id("interest rate") == lex.class_id("rate of interest")
    assert lex.class_id("dog") != lex.class_id("banana")


def test_class_id_of_unknown_words(lex: Lexicon) -> None:
    a = lex.class_id("xyzzyqq")
    b = lex.class_id("qqzzyxx")
    assert a >= len(lex)
    assert b >= len(lex)
    assert a != b
    assert a == lex.class_id("XYZZYQQ")
    assert lex.class_term("xyzzyqq") is None
    assert 0 <= lex.class_id("friend") < len(lex)


def test_class_agreement_measured_at_build(lex: Lexicon) -> None:
    measured = lex.meta["class_id"]["measurements"][lex.meta["class_id"]["climb"]]
    # the shipped lexicon's figure, 0.831: measured by ``python scripts/build_lexicon.py``,
    # which stores it in the lexicon's meta, where this test reads it
    assert measured["agreement_common_word_any_synonym"] >= 0.831


# --------------------------------------------------------------------------- phrases


def test_phrases(lex: Lexicon) -> None:
    assert lex.is_phrase(["interest", "rate"])
    assert lex.is_phrase(["set", "free"])
    assert lex.is_phrase(["buying", "and", "selling"])
    assert lex.is_phrase(["friend"])
    assert not lex.is_phrase(["interest", "ratez"])
    assert not lex.is_phrase([])
    assert lex.is_phrase_prefix(["buying", "and"])
    assert not lex.is_phrase_prefix(["buying", "and", "selling", "xyzzyqq"])
    assert lex.max_phrase_words >= 3
    lengths = lex.phrase_lengths()
    assert lengths[0] == 1
    assert 2 in lengths
    assert lengths[-1] == lex.max_phrase_words


# --------------------------------------------------------------------------- loading


def test_default_is_cached(lex: Lexicon) -> None:
    assert Lexicon.load() is lex
    assert default_lexicon() is lex
    assert "friend" in lex
    assert "xyzzyqq" not in lex


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match="not found"):
        Lexicon.load(tmp_path / "nope.npz")


def test_wrong_version(tmp_path: Path) -> None:
    with np.load(SHIPPED) as npz:
        arrays = {k: npz[k] for k in npz.files}
    meta = json.loads(arrays["meta"].tobytes().decode())
    meta["format_version"] = 999
    arrays["meta"] = np.frombuffer(json.dumps(meta).encode(), dtype=np.uint8)
    path = tmp_path / "old.npz"
    np.savez(path, **arrays)
    with pytest.raises(LexiconError, match="format"):
        Lexicon.load(path)


def test_shipped_file_size() -> None:
    assert SHIPPED.stat().st_size <= 12 * 1024 * 1024
    assert (SHIPPED.parent / "LICENSES.md").is_file()


# --------------------------------------------------------------------------- function words


def test_function_words() -> None:
    assert 250 <= len(FUNCTION_WORDS) <= 350
    assert all(w == w.lower() and w.strip() == w for w in FUNCTION_WORDS)
    for w in ["the", "of", "and", "not", "also", "very", "would", "themselves", "because"]:
        assert is_function_word(w)
    assert is_function_word("The")
    assert is_function_word("don\u2019t")
    for w in ["article", "government", "released", "friend"]:
        assert not is_function_word(w)


# --------------------------------------------------------------------------- the build script


def _build_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_lexicon", REPO / "scripts" / "build_lexicon.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _tiny_sources(root: Path) -> tuple[Path, Path, Path]:
    wn = root / "wordnet"
    wn.mkdir()
    header = "  1 This software and database is being provided to you\n"
    data = {
        "noun": [
            ("00000001", ["friend", "supporter"]),
            ("00000002", ["process", "procedure"]),
            ("00000003", ["child", "kid"]),
            ("00000004", ["interest_rate", "rate_of_interest"]),
        ],
        "verb": [("00000011", ["release", "free", "liberate"]), ("00000012", ["go", "move"])],
        "adj": [("00000021", ["big(a)", "large"])],
        "adv": [("00000031", ["quickly", "rapidly"])],
    }
    for name, synsets in data.items():
        pos = {"noun": "n", "verb": "v", "adj": "a", "adv": "r"}[name]
        lines = [header]
        index: dict[str, list[str]] = {}
        for off, words in synsets:
            body = " ".join(f"{w} 0" for w in words)
            lines.append(f"{off} 03 {pos} {len(words):02x} {body} 000 | gloss\n")
            for w in words:
                index.setdefault(w.split("(")[0].lower(), []).append(off)
        (wn / f"data.{name}").write_text("".join(lines))
        (wn / f"index.{name}").write_text(
            header
            + "".join(
                f"{w} {pos} {len(offs)} 0 {len(offs)} 0 {' '.join(offs)}\n"
                for w, offs in sorted(index.items())
            )
        )
        exc = {"noun": "children child\n", "verb": "went go\n"}.get(name, "")
        (wn / f"{name}.exc").write_text(exc)
    mythes = root / "th.dat"
    mythes.write_text(
        "UTF-8\nhuge|1\n(adj)|immense|big (similar term)|thing (generic term)|small (antonym)\n"
    )
    moby = root / "words.txt"
    moby.write_text("friend,pal,buddy,qxzqxzqxz\nlist,checklist,roster\n")
    return wn, mythes, moby


def test_build_script_on_tiny_sources(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    build = _build_module()
    wn, mythes, moby = _tiny_sources(tmp_path)
    out = tmp_path / "out"
    args = ["--wordnet", str(wn), "--mythes", str(mythes), "--moby", str(moby), "--out", str(out)]
    assert build.main([*args, "--pairs", "50"]) == 0
    capsys.readouterr()
    assert (out / "LICENSES.md").read_text().count("Moby") >= 1
    lex = Lexicon.load(out / "synonyms.npz")
    assert lex.related("friend", "supporter") == SYNONYM_SCORE
    assert lex.related("friend", "pal") == MOBY_SCORE
    assert lex.related("pal", "friend") == MOBY_SCORE
    assert lex.related("huge", "immense") == SYNONYM_SCORE
    assert lex.related("huge", "big") == SYNONYM_SCORE  # similar term kept
    assert lex.related("huge", "thing") == 0.0  # generic term dropped
    assert lex.related("huge", "small") == 0.0  # antonym dropped
    assert "qxzqxzqxz" not in lex  # implausible Moby word dropped
    assert lex.lemmas("children") == ("child",)
    assert lex.lemmas("went") == ("go",)
    assert lex.lemmas("released") == ("release",)
    assert lex.related("interest rates", "rate of interest") == SYNONYM_SCORE
    assert lex.class_id("child") == lex.class_id("kid")
    assert lex.max_phrase_words == 3


def test_build_script_fails_clearly_on_missing_source(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    build = _build_module()
    wn, mythes, _ = _tiny_sources(tmp_path)
    args = ["--wordnet", str(wn), "--mythes", str(mythes), "--moby", str(tmp_path / "none.txt")]
    with pytest.raises(SystemExit) as info:
        build.main([*args, "--out", str(tmp_path / "out")])
    assert info.value.code == 2
    assert "Moby thesaurus" in capsys.readouterr().err
