"""``unspin family`` run as a user runs it: one article's copy family within its story, with
the story's independent reports, as a table, JSON, Graphviz dot and SVG."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import unspin
from conftest import CORPUS_FILES, SPUN, write_corpus
from unspin.jobs.stories import stories

SVG = "{http://www.w3.org/2000/svg}"


def run(*args: object) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "unspin", *map(str, args)], capture_output=True,
                          text=True, encoding="utf-8", env=env, timeout=120, check=False)


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The original, its spun copy, a republication of the copy, an independent report of the
    same event (same names, numbers and one quotation) and an unrelated article, scanned."""
    folder = tmp_path_factory.mktemp("family")
    files = {**CORPUS_FILES, "repost.txt": f"Site | Home\n\n{SPUN}\n\nMore news.\n"}
    write_corpus(folder / "corpus", files)
    db = folder / "index.db"
    done = run("scan", folder / "corpus", "--db", db, "--no-paraphrase", "--quiet")
    assert done.returncode == 0, done.stderr
    return db


def test_json_gives_the_family_its_story_and_the_independent_reports(index: Path) -> None:
    done = run("family", "repost.txt", "--db", index, "--format", "json")
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    assert found["root"] == "original.txt"
    assert found["articles"] == ["original.txt", "repost.txt", "spun.txt"]
    assert found["independent"] == ["independent.txt"]
    stories = [json.loads(line) for line in
               run("stories", index.parent, "--db", index, "--format", "jsonl").stdout.splitlines()]
    (story,) = [s for s in stories if "repost.txt" in s["articles"]]
    assert found["story"] == story["story"] and found["title"] == story["title"]
    assert {"root", "articles", "edges", "confidence", "why", "against", "story", "title",
            "independent"} == set(found)


def test_an_independent_report_is_a_family_of_its_own(index: Path) -> None:
    found = json.loads(run("family", "independent.txt", "--db", index, "--format", "json").stdout)
    assert found["root"] == "independent.txt" and found["articles"] == ["independent.txt"]
    assert found["edges"] == [] and found["independent"] == []
    assert "no copy relation joins it" in found["why"][0]


def test_table_lists_the_independent_reports_after_the_tree(index: Path) -> None:
    lines = run("family", "spun.txt", "--db", index).stdout.splitlines()
    assert lines[0].startswith("root: original.txt")
    at = lines.index("independent reports of this story (1):")
    assert lines[at + 1:] == ["  independent.txt"]
    assert lines[at - 1].startswith("story s") and "└─ repost.txt" in "\n".join(lines[:at])


def test_dot_puts_the_independent_reports_in_a_dashed_cluster(index: Path) -> None:
    drawing = run("family", "spun.txt", "--db", index, "--format", "dot").stdout
    assert drawing.startswith("digraph family {")
    cluster = drawing[drawing.index("subgraph cluster_independent"):]
    assert '"independent.txt" [label="independent.txt", style=dashed];' in cluster
    assert "independent.txt" not in drawing[:drawing.index("subgraph")]


def test_svg_is_self_contained_and_shows_everyone(index: Path) -> None:
    done = run("family", "original.txt", "--db", index, "--format", "svg")
    assert done.returncode == 0, done.stderr
    root = ET.fromstring(done.stdout.encode("utf-8"))
    assert root.tag == f"{SVG}svg"
    texts = ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]
    for article in ("original.txt", "repost.txt", "spun.txt", "independent.txt"):
        assert article in texts
    assert "unrelated.txt" not in done.stdout
    assert "independent reports of this story (1)" in texts
    assert "href" not in done.stdout and "<script" not in done.stdout


def test_the_python_job_and_an_unknown_id(index: Path) -> None:
    found = unspin.family("spun.txt", index)
    assert isinstance(found, unspin.FamilyView) and found.family.root == "original.txt"
    assert unspin.family_svg(found) == unspin.family_svg(unspin.family("spun.txt", index))
    missing = run("family", "<no such>", "--db", index, "--format", "svg")
    assert missing.returncode == 2 and "no article '<no such>'" in missing.stderr
    assert missing.stdout == ""


def test_the_story_of_one_article_is_the_one_the_whole_grouping_gives(index: Path) -> None:
    """``family`` draws only its article's story; that story is the one ``stories`` gives."""
    every = stories(index)
    for story in every:
        for article in story.articles:
            assert stories(index, containing=article) == [story]


def test_untitled_stories_take_the_same_headlines_read_a_few_texts_at_a_time(
        index: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Plain texts carry no titles: each untitled story's headline is read from its text, in
    chunks (a collection of 100,000 plain texts would otherwise be held whole)."""
    whole = stories(index)
    assert all(story.title for story in whole)
    monkeypatch.setattr("unspin.jobs.stories._TEXTS_AT_ONCE", 1)
    assert stories(index) == whole
