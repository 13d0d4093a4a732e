"""The ``unspin`` command, run as a user runs it: a real process, its output and exit status."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from unspin.cli import main

SCRIPT = Path(sys.executable).parent / "unspin"
README = Path(__file__).resolve().parent.parent / "README.md"
CONTRACT_KEYS = {"copy", "source", "kind", "copied", "substituted", "score", "passages",
                 "substitutions", "reason", "direction"}
RUNNERS = {"module": [sys.executable, "-m", "unspin"], "script": [str(SCRIPT)]}


def unspin(*args: object, runner: str = "module") -> subprocess.CompletedProcess[str]:
    if runner == "script" and not SCRIPT.exists():
        pytest.skip(f"no unspin script next to {sys.executable}")
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [*RUNNERS[runner], *map(str, args)], capture_output=True, text=True, encoding="utf-8",
        env=env, timeout=120, check=False,
    )


def check_relation(record: dict[str, object], corpus: Path) -> None:
    """One relation of the JSON contract, with offsets that slice the two articles' texts."""
    assert set(record) == CONTRACT_KEYS
    assert record["kind"] in {"verbatim", "spun", "partial", "paraphrase"}
    for key in ("copied", "substituted", "score"):
        value = record[key]
        assert isinstance(value, float | int) and 0 <= value <= 1, key
    assert isinstance(record["reason"], str) and record["reason"]
    assert isinstance(record["direction"], str)
    texts = {side: (corpus / str(record[side])).read_text(encoding="utf-8")
             for side in ("copy", "source")}
    slices: dict[str, list[str]] = {"copy": [], "source": []}
    passages = record["passages"]
    assert isinstance(passages, list) and passages
    for passage in passages:
        assert set(passage) == {"copy", "source"}
        for side in ("copy", "source"):
            start, end = passage[side]
            assert isinstance(start, int) and isinstance(end, int)
            assert 0 <= start < end <= len(texts[side])
            piece = texts[side][start:end]
            assert re.match(r"\w", piece) and re.search(r"\w$", piece), piece
            slices[side].append(piece)
    substitutions = record["substitutions"]
    assert isinstance(substitutions, list)
    for sub in substitutions:
        assert set(sub) == {"source", "copy"}
        assert sub["source"] != sub["copy"]
        assert sub["copy"] in texts["copy"] and sub["source"] in texts["source"]


@pytest.mark.parametrize("runner", ["module", "script"])
def test_scan_jsonl(corpus_dir: Path, runner: str) -> None:
    done = unspin("scan", corpus_dir, "--format", "jsonl", "--workers", "2", "--verbose",
                  runner=runner)
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(records) == 1
    (record,) = records
    check_relation(record, corpus_dir)
    assert (record["copy"], record["source"], record["kind"]) == ("spun.txt", "original.txt",
                                                                  "spun")
    copy_start, _ = record["passages"][0]["copy"]
    spun = (corpus_dir / "spun.txt").read_text(encoding="utf-8")
    assert spun[copy_start:].startswith("Riverton City Council launched")
    assert {"source": "released", "copy": "launched"} in record["substitutions"]
    assert {"source": "list", "copy": "checklist"} in record["substitutions"]
    assert "published first" in record["direction"]
    # the summary goes to stderr, so stdout stays machine-readable
    assert re.search(r"unspin: 4 articles \(4 indexed, 0 unchanged", done.stderr)
    assert re.search(r"time by stage: read and index \d+\.\ds, postings", done.stderr)
    sizes = re.search(r"largest size of this process \(MiB\) by the end of: read and index "
                      r"([\d,]+), postings ([\d,]+)", done.stderr)
    assert sizes is not None
    assert 10 < int(sizes[1].replace(",", "")) <= int(sizes[2].replace(",", ""))
    assert (corpus_dir / ".unspin" / "index.db").exists()


def test_scan_reports_its_own_size_not_its_launchers(corpus_dir: Path) -> None:
    """The kernel's ru_maxrss keeps, across exec, the size of the process that launched the
    scan: a launcher holding 400 MB must not make a small scan report 400 MB."""
    ballast = b"x" * 400_000_000
    done = unspin("scan", corpus_dir, "--format", "jsonl", "--verbose")
    assert len(ballast) and done.returncode == 0, done.stderr
    del ballast
    sizes = re.search(r"largest size of this process \(MiB\) by the end of: read and index "
                      r"([\d,]+)", done.stderr)
    assert sizes is not None
    assert int(sizes[1].replace(",", "")) < 350


def test_scan_table_then_quiet_rescan(corpus_dir: Path, tmp_path: Path) -> None:
    db = tmp_path / "elsewhere.db"
    done = unspin("scan", corpus_dir, "--db", db)
    assert done.returncode == 0, done.stderr
    header, *rows = done.stdout.splitlines()
    assert header.split() == ["copy", "source", "kind", "copied", "subst.", "score",
                              "substitutions"]
    assert len(rows) == 1
    assert rows[0].split()[:3] == ["spun.txt", "original.txt", "spun"]
    assert "released→launched" in rows[0]
    assert db.exists() and not (corpus_dir / ".unspin").exists()

    again = unspin("scan", corpus_dir, "--db", db, "--quiet", "--format", "jsonl")
    assert again.returncode == 0
    assert again.stderr == ""
    assert json.loads(again.stdout)["copy"] == "spun.txt"


@pytest.mark.semantic
def test_scan_rewritten_copy_and_no_paraphrase(corpus_dir: Path, rewritten_text: str) -> None:
    (corpus_dir / "rewritten.txt").write_text(f"By Admin\n\n{rewritten_text}\n",
                                              encoding="utf-8")
    done = unspin("scan", corpus_dir, "--format", "jsonl", "--quiet")
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""  # no model-loading chatter
    records = {(r["copy"], r["source"]): r for r in map(json.loads, done.stdout.splitlines())}
    record = records[("rewritten.txt", "original.txt")]
    check_relation(record, corpus_dir)
    assert record["kind"] == "paraphrase"
    assert "same order in other words" in record["reason"]

    off = unspin("scan", corpus_dir, "--format", "jsonl", "--quiet", "--no-paraphrase")
    assert off.returncode == 0, off.stderr
    kinds = {json.loads(line)["kind"] for line in off.stdout.splitlines()}
    assert kinds == {"spun"}


def test_scan_with_a_bad_file(corpus_dir: Path) -> None:
    (corpus_dir / "broken.txt").write_bytes(b"\x00\x01\x02\x03" * 64)
    done = unspin("scan", corpus_dir, "--format", "jsonl")
    assert done.returncode == 1
    skipped = [line for line in done.stderr.splitlines() if "broken.txt" in line]
    assert skipped == ["unspin: skipped broken.txt: binary file, not text"]
    # the rest was processed
    (record,) = [json.loads(line) for line in done.stdout.splitlines()]
    assert record["copy"] == "spun.txt"
    assert "1 failed" in done.stderr


def test_scan_with_nothing_found(tmp_path: Path, article_text: str) -> None:
    (tmp_path / "one.txt").write_text(article_text)
    done = unspin("scan", tmp_path, "--quiet")
    assert done.returncode == 0
    assert done.stdout.strip() == "no reuse found"
    done = unspin("scan", tmp_path, "--quiet", "--format", "jsonl")
    assert done.returncode == 0 and done.stdout == ""


@pytest.mark.parametrize(
    "args",
    [
        ["scan", "--bogus", "{corpus}"],
        ["scan", "{corpus}/does-not-exist"],
        ["scan"],
        ["scan", "{corpus}", "--format", "xml"],
        ["scan", "{corpus}", "--workers", "0"],
        ["trace", "{corpus}/spun.txt"],  # no --db
        ["frobnicate"],
    ],
)
def test_bad_usage(args: list[str], corpus_dir: Path) -> None:
    done = unspin(*(arg.format(corpus=corpus_dir) for arg in args))
    assert done.returncode == 2
    assert "Usage:" in done.stderr and "Error" in done.stderr
    assert "Traceback" not in done.stderr
    assert done.stdout == ""
    assert not (corpus_dir / ".unspin").exists()


def test_trace_json(corpus_dir: Path, tmp_path: Path) -> None:
    new = tmp_path / "new.txt"
    (corpus_dir / "spun.txt").rename(new)
    db = tmp_path / "index.db"
    assert unspin("scan", corpus_dir, "--db", db, "--quiet").returncode == 0

    done = unspin("trace", new, "--db", db, "--format", "json")
    assert done.returncode == 0, done.stderr
    payload = json.loads(done.stdout)
    assert set(payload) == {"article", "candidates", "relations"}
    assert payload["article"] == "new.txt"
    assert payload["candidates"] >= 1
    (record,) = payload["relations"]
    (corpus_dir / "new.txt").write_text(new.read_text())  # so that check_relation finds it
    check_relation(record, corpus_dir)
    assert (record["copy"], record["source"], record["kind"]) == ("new.txt", "original.txt",
                                                                  "spun")

    done = unspin("trace", new, "--db", db, "--add", runner="script")
    assert done.returncode == 0, done.stderr
    assert re.fullmatch(r"new\.txt: 1 relations \(\d+ candidates\)", done.stdout.splitlines()[0])
    assert "released→launched" in done.stdout


def test_trace_without_an_index(corpus_dir: Path, tmp_path: Path) -> None:
    db = tmp_path / "missing" / "index.db"
    done = unspin("trace", corpus_dir / "spun.txt", "--db", db)
    assert done.returncode == 1
    lines = done.stderr.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("unspin: no index at ")
    assert "unspin scan" in lines[0]
    assert done.stdout == ""
    assert not db.exists()


def test_scan_with_a_file_that_is_not_an_index(corpus_dir: Path, tmp_path: Path) -> None:
    db = tmp_path / "notes.db"
    db.write_text("my notes, not an index\n" * 200)
    done = unspin("scan", corpus_dir, "--db", db)
    assert done.returncode == 1
    (line,) = done.stderr.splitlines()
    assert line.startswith("unspin: ") and "not a usable unspin index" in line
    assert db.read_text().startswith("my notes")


def test_version() -> None:
    done = unspin("--version")
    assert done.returncode == 0
    assert re.fullmatch(r"unspin, version \d+\.\d+\.\d+\n", done.stdout)


# -- the README's commands ------------------------------------------------------------------------


COMMANDS = tuple(sorted(main.commands))


def readme_options() -> list[tuple[str, str]]:
    """(command, option) for every ``--option`` the README shows after ``unspin <command>`` or
    in a code span starting with ``<command>``; command "" for options shown on their own."""
    if not README.exists():
        return []
    text = README.read_text(encoding="utf-8")
    names = "|".join(COMMANDS)
    found: list[tuple[str, str]] = []
    for match in re.finditer(rf"(?:\bunspin |`)({names})\b([^`\n]*)", text):
        found += [(match.group(1), option) for option in re.findall(r"--[a-z][\w-]*",
                                                                    match.group(2))]
    for span in re.findall(r"`([^`\n]*)`", text):
        if not re.match(rf"(unspin )?({names})\b", span):
            found += [("", option) for option in re.findall(r"(?<![\w-])--[a-z][\w-]*", span)]
    return sorted(set(found))


def help_of(command: str) -> str:
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.skipif(not README.exists(), reason="no README.md")
def test_readme_mentions_options() -> None:
    assert any(command for command, _ in readme_options())


@pytest.mark.parametrize(
    ("command", "option"),
    [pytest.param(c, o, id=f"{c or 'any'} {o}") for c, o in readme_options()]
    or [pytest.param("", "", id="none")],
)
def test_readme_options_are_accepted(command: str, option: str) -> None:
    if not option:
        pytest.skip("no README.md or no options in it")
    commands = [command] if command else list(COMMANDS)
    assert any(re.search(rf"(?<![\w-]){re.escape(option)}\b", help_of(c)) for c in commands), (
        f"README shows 'unspin {command or '...'} {option}', which --help does not list"
    )


@pytest.mark.skipif(not README.exists(), reason="no README.md")
@pytest.mark.parametrize("command", COMMANDS)
def test_readme_format_choices_are_accepted(command: str) -> None:
    text = README.read_text(encoding="utf-8")
    shown = re.findall(rf"unspin {command}\b[^`\n]*--format ([\w|]+)", text)
    for choices in shown:
        for choice in choices.split("|"):
            assert choice in help_of(command), (command, choice)


# -- restore --------------------------------------------------------------------------------------


def test_restore_with_the_source(corpus_dir: Path) -> None:
    done = unspin("restore", corpus_dir / "spun.txt", "--source", corpus_dir / "original.txt")
    assert done.returncode == 0, done.stderr
    assert "City Council released its final plan" in done.stdout
    assert "His old friend and fellow engineer" in done.stdout
    assert "changes from original.txt" in done.stderr


def test_restore_json_offsets(corpus_dir: Path) -> None:
    done = unspin("restore", corpus_dir / "spun.txt", "--source", corpus_dir / "original.txt",
                  "--format", "json")
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    assert record["article"] == "spun.txt" and record["source"] == "original.txt"
    copy = (corpus_dir / "spun.txt").read_text(encoding="utf-8")
    source = (corpus_dir / "original.txt").read_text(encoding="utf-8")
    pairs = set()
    for change in record["changes"]:
        assert set(change) == {"start", "end", "copy", "restored", "source", "from", "to",
                               "confidence", "evidence"}
        assert copy[change["start"]:change["end"]] == change["from"]
        assert change["copy"] == [change["start"], change["end"]]
        assert source[slice(*change["source"])] == change["to"]
        assert record["text"][slice(*change["restored"])] == change["to"]
        assert 0 < change["confidence"] <= 1
        pairs.add((change["to"], change["from"]))
    assert {("released", "launched"), ("told", "instructed"), ("list", "checklist")} <= pairs


def test_restore_with_an_index(corpus_dir: Path, tmp_path: Path) -> None:
    db = tmp_path / "index.db"
    assert unspin("scan", corpus_dir, "--db", db, "--quiet").returncode == 0
    done = unspin("restore", corpus_dir / "spun.txt", "--db", db, "--format", "json")
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    assert record["source"] == "original.txt" and record["changes"]
    lone = unspin("restore", corpus_dir / "unrelated.txt", "--db", db)
    assert lone.returncode == 0
    assert "no source of unrelated.txt" in lone.stderr


def test_restore_with_the_spinners_of_an_index(corpus_dir: Path, tmp_path: Path) -> None:
    """A new article from the farm whose source is not indexed: its known swaps go back."""
    db = tmp_path / "index.db"
    assert unspin("scan", corpus_dir, "--db", db, "--quiet").returncode == 0
    new = tmp_path / "new.txt"
    new.write_text("By Admin\n\nThe ministry launched a checklist of closed roads on Monday, "
                   "and engineers will supervise the repairs.\n", encoding="utf-8")
    done = unspin("restore", new, "--db", db, "--format", "json", "--min-confidence", "0.3")
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    assert record["source"] is None
    changes = {(c["from"], c["to"]) for c in record["changes"]}
    assert {("launched", "released"), ("checklist", "list"), ("supervise", "oversee")} <= changes
    assert "known to write" in done.stderr
    assert all("spinners wrote" in c["evidence"] for c in record["changes"])


def test_restore_takes_one_source_at_most(corpus_dir: Path) -> None:
    done = unspin("restore", corpus_dir / "spun.txt", "--source", corpus_dir / "original.txt",
                  "--db", corpus_dir / "x.db")
    assert done.returncode == 2
    assert "--source" in done.stderr


def test_restore_without_a_source() -> None:
    examples = README.parent / "examples"
    done = unspin("restore", examples / "spun-copy.txt", "--format", "json")
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    assert record["source"] is None
    text = (examples / "spun-copy.txt").read_text(encoding="utf-8")
    changes = {(c["from"], c["to"]) for c in record["changes"]}
    assert ("Center", "Middle") in changes
    for change in record["changes"]:
        assert text[slice(*change["copy"])] == change["from"]
        assert record["text"][slice(*change["restored"])] == change["to"]
        assert change["confidence"] >= 0.6 and "source" not in change
    assert "Middle East" in record["text"] and "Center East" not in record["text"]
    assert "no source given" in done.stderr
    # nothing sure enough at the highest bar: the text comes back as it was
    strict = unspin("restore", examples / "spun-copy.txt", "--min-confidence", "1")
    assert strict.returncode == 0 and strict.stdout.rstrip("\n") == text.rstrip("\n")


# -- spin -----------------------------------------------------------------------------------------


def test_spin_json_on_the_examples() -> None:
    examples = README.parent / "examples"
    done = unspin("spin", examples / "spun-copy.txt", "--format", "json")
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    assert record["article"] == "spun-copy.txt" and record["score"] > 0.9
    text = (examples / "spun-copy.txt").read_text(encoding="utf-8")
    pairs = set()
    assert record["phrases"] == record["suspects"]
    for suspect in record["phrases"]:
        assert set(suspect) == {"start", "end", "span", "text", "original", "confidence",
                                "evidence"}
        assert text[suspect["start"]:suspect["end"]] == suspect["text"]
        assert suspect["span"] == [suspect["start"], suspect["end"]]
        pairs.add((suspect["text"], suspect["original"]))
    assert {("Center", "Middle"), ("grownup", "adult")} <= pairs
    report = unspin("spin", examples / "independent-report.txt")
    assert report.returncode == 0
    assert re.match(r"independent-report\.txt: spin score 0\.[0-4]", report.stdout)


def test_spin_of_a_bad_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01" * 100)
    done = unspin("spin", bad)
    assert done.returncode == 1
    assert "bad.txt" in done.stderr and "binary" in done.stderr


def test_spinners_merges_the_swaps_of_spun_copies(corpus_dir: Path, tmp_path: Path,
                                                  spun_text: str) -> None:
    # the farm posts its spun text on a second site: a republication of the spun copy (one
    # spinning, so its swaps are counted once), not a second spinning of the original
    (corpus_dir / "spun2.txt").write_text(f"By Admin\n\n{spun_text}\n", encoding="utf-8")
    db = tmp_path / "index.db"
    scanned = unspin("scan", corpus_dir, "--db", db, "--quiet", "--format", "jsonl")
    assert scanned.returncode == 0
    kinds = {(r["copy"], r["source"]): r["kind"]
             for r in map(json.loads, scanned.stdout.splitlines())}
    # each reprint is a spun copy of the original, as much as the other: which of the two
    # identical pages copied the other is for their dates to say
    assert sorted(kinds.values()) == ["spun", "spun", "verbatim"]
    assert {frozenset(pair) for pair, kind in kinds.items() if kind == "verbatim"} == {
        frozenset(("spun.txt", "spun2.txt"))}
    assert {pair[1] for pair, kind in kinds.items() if kind == "spun"} == {"original.txt"}
    done = unspin("spinners", "--db", db, "--format", "json")
    assert done.returncode == 0, done.stderr
    (table,) = json.loads(done.stdout)
    assert table["group"] == "copies of original.txt"
    (spun_copy,) = table["copies"]
    assert spun_copy in ("spun.txt", "spun2.txt")
    counts = {(s["source"], s["copy"]): s["count"] for s in table["swaps"]}
    assert counts[("released", "launched")] == 1
    assert counts[("list", "checklist")] == 1
    text = unspin("spinners", "--db", db, "--min-count", "1")
    assert text.returncode == 0
    assert "1  released → launched" in text.stdout


@pytest.mark.parametrize("command", COMMANDS)
def test_every_help_shows_an_example(command: str) -> None:
    shown = re.search(r"Example:\n\s+(unspin \S+)", help_of(command))
    assert shown is not None and shown[1] == f"unspin {command}"


@pytest.mark.semantic
def test_the_first_command_shows_every_kind(tmp_path: Path) -> None:
    """The README's first command, ``unspin scan examples``: one relation of each kind, the
    spun one with its substitutions, and neither independent report linked."""
    done = unspin("scan", README.parent / "examples", "--db", tmp_path / "index.db")
    assert done.returncode == 0, done.stderr
    header, *rows = done.stdout.splitlines()
    assert header.split()[:3] == ["copy", "source", "kind"]
    kinds = {row.split()[2] for row in rows}
    assert {"verbatim", "partial", "spun", "paraphrase"} <= kinds
    spun = next(row for row in rows if row.split()[2] == "spun")
    assert "→" in spun
    for independent in ("valley-herald.txt", "independent-report.txt", "spun-copy.txt"):
        assert independent not in done.stdout


def test_all_pairs_adds_the_sibling_links(article_text: str, tmp_path: Path) -> None:
    """Five republications of one story: by default each is printed once, against the
    original; ``--all-pairs`` adds the ten links between the copies, and the index keeps the
    family's five (what ``trace`` and the other commands read)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "original.txt").write_text(article_text, encoding="utf-8")
    for k in range(5):
        (corpus / f"copy-{k}.txt").write_text(
            f"Site number {k} | Home | News\n\n{article_text}\n\nMore from site {k}.\n",
            encoding="utf-8")
    db = tmp_path / "index.db"
    family = unspin("scan", corpus, "--db", db, "--format", "jsonl", "--no-paraphrase")
    assert family.returncode == 0, family.stderr
    links = [json.loads(line) for line in family.stdout.splitlines()]
    assert sorted((r["copy"], r["source"]) for r in links) == [
        (f"copy-{k}.txt", "original.txt") for k in range(5)]
    everything = unspin("scan", corpus, "--db", db, "--format", "jsonl", "--no-paraphrase",
                        "--all-pairs")
    assert everything.returncode == 0, everything.stderr
    links = [json.loads(line) for line in everything.stdout.splitlines()]
    for record in links:
        check_relation(record, corpus)
    siblings = {frozenset((r["copy"], r["source"])) for r in links
                if "original.txt" not in (r["copy"], r["source"])}
    assert len(links) == 15 and len(siblings) == 10
    assert "and 10 sibling links" in everything.stderr
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT COUNT(*) FROM relations").fetchone() == (5,)


def test_family_shows_the_root_its_copies_and_why(article_text: str, spun_text: str,
                                                  tmp_path: Path) -> None:
    """An original, its spun copy and a verbatim republication of the spun copy: the family of
    the last names the original as root, in a table, JSON and Graphviz dot; an unknown id is a
    usage error naming it."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "original.txt").write_text(article_text, encoding="utf-8")
    (corpus / "spun.txt").write_text(spun_text, encoding="utf-8")
    (corpus / "repost.txt").write_text(f"Site | Home\n\n{spun_text}\n\nMore news.\n",
                                       encoding="utf-8")
    db = tmp_path / "index.db"
    assert unspin("scan", corpus, "--db", db, "--no-paraphrase", "--quiet").returncode == 0
    done = unspin("family", "repost.txt", "--db", db, "--format", "json")
    assert done.returncode == 0, done.stderr
    family = json.loads(done.stdout)
    assert family["root"] == "original.txt"
    assert sorted(family["articles"]) == ["original.txt", "repost.txt", "spun.txt"]
    assert {(e["copy"], e["source"]) for e in family["edges"]} == {
        ("spun.txt", "original.txt"), ("repost.txt", "spun.txt")}
    assert "nobody's copy" in family["why"][0] and family["confidence"] >= 0.9
    table = unspin("family", "spun.txt", "--db", db)
    assert table.stdout.startswith("root: original.txt")
    assert "repost.txt  (verbatim copy of spun.txt)" in table.stdout
    drawing = unspin("family", "spun.txt", "--db", db, "--format", "dot").stdout
    assert drawing.startswith("digraph family {") and '"repost.txt" -> "spun.txt"' in drawing
    missing = unspin("family", 'no"such.txt', "--db", db)
    assert missing.returncode == 2 and "no article 'no\"such.txt'" in missing.stderr


def test_stories_groups_an_index_and_keeps_its_ids(article_text: str, spun_text: str,
                                                   unrelated_text: str, tmp_path: Path) -> None:
    """The original, its spun copy and a republication are one story with one family; an
    unrelated article is a story of its own; every article is in exactly one story; a rescan
    that adds an article keeps the story ids."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "original.txt").write_text(article_text, encoding="utf-8")
    (corpus / "spun.txt").write_text(spun_text, encoding="utf-8")
    (corpus / "unrelated.txt").write_text(unrelated_text, encoding="utf-8")
    assert unspin("scan", corpus, "--no-paraphrase", "--quiet").returncode == 0
    done = unspin("stories", corpus, "--format", "jsonl")
    assert done.returncode == 0, done.stderr
    first = [json.loads(line) for line in done.stdout.splitlines()]
    articles = [a for story in first for a in story["articles"]]
    assert sorted(articles) == ["original.txt", "spun.txt", "unrelated.txt"]
    (story,) = [s for s in first if "original.txt" in s["articles"]]
    assert story["articles"] == ["original.txt", "spun.txt"] and story["independent"] == []
    (family,) = story["families"]
    assert family["root"] == "original.txt" and family["edges"][0]["copy"] == "spun.txt"
    assert [s["articles"] for s in first if s is not story] == [["unrelated.txt"]]
    (corpus / "repost.txt").write_text(f"Site | Home\n\n{spun_text}\n", encoding="utf-8")
    assert unspin("scan", corpus, "--no-paraphrase", "--quiet").returncode == 0
    again = [json.loads(line) for line in
             unspin("stories", corpus, "--format", "jsonl").stdout.splitlines()]
    assert {s["story"] for s in again} == {s["story"] for s in first}
    (grown,) = [s for s in again if s["story"] == story["story"]]
    assert grown["articles"] == ["original.txt", "repost.txt", "spun.txt"]
    missing = unspin("stories", tmp_path)
    assert missing.returncode == 2 and "run 'unspin scan" in missing.stderr


def test_an_index_of_an_older_schema_is_refused_with_rebuild(article_text: str,
                                                             tmp_path: Path) -> None:
    """An index that an older unspin built (schema 3: no stored facts) is not read half-way:
    stories, family and trace refuse it, saying to rebuild it."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "original.txt").write_text(article_text, encoding="utf-8")
    assert unspin("scan", corpus, "--no-paraphrase", "--quiet").returncode == 0
    db = corpus / ".unspin" / "index.db"
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE meta SET value = '3' WHERE key = 'schema'")
    for command in (("stories", corpus), ("family", "original.txt", "--db", db)):
        refused = unspin(*command)
        assert refused.returncode == 1, (command, refused.stderr)
        assert "rebuild it" in refused.stderr and str(db) in refused.stderr
