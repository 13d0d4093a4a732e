"""The scan and trace jobs end to end: incremental indexing, failures, interruption, workers."""

from __future__ import annotations

import dataclasses
import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import unspin as engine
import unspin.pipeline.fingerprint as fingerprint_module
import unspin.pipeline.normalize as normalize_module
import unspin.semantic as semantic
import unspin.store.sqlite as sqlite_store
from unspin import accelerated, executor
from unspin.config import Config
from unspin.errors import InputError, StoreError, UsageError
from unspin.jobs import common, worker
from unspin.jobs import scan as scan_job
from unspin.model import Relation
from unspin.pipeline.fingerprint import FingerprintConfig
from unspin.pipeline.paraphrase import ParaphraseConfig
from unspin.store.sqlite import SQLiteStore


def pairs(relations: list[Relation]) -> set[tuple[str, str]]:
    return {(r.copy, r.source) for r in relations}


def as_json(relations: list[Relation]) -> list[dict[str, object]]:
    return [r.to_json() for r in relations]


def indexed_ids(db: Path) -> set[str]:
    with SQLiteStore(db, Config().index_summary(), create=False) as store:
        return set(store.content_hashes())


def texts_in(db: Path) -> dict[str, str]:
    with SQLiteStore(db, Config().index_summary(), create=False) as store:
        return {article_id: store.article(rowid).text
                for rowid, article_id in store.article_ids().items()}


@pytest.fixture
def scanned(corpus_dir: Path) -> engine.ScanResult:
    return engine.scan(corpus_dir, workers=1)


def test_scan_finds_the_spun_copy(scanned: engine.ScanResult, corpus_dir: Path) -> None:
    assert scanned.db == corpus_dir / ".unspin" / "index.db"
    assert scanned.failures == []
    stats = scanned.stats
    assert (stats.seen, stats.indexed, stats.unchanged, stats.removed, stats.failed) == (
        4, 4, 0, 0, 0
    )
    assert stats.relations == len(scanned.relations) == 1
    assert stats.candidates >= 1
    (relation,) = scanned.relations
    assert (relation.copy, relation.source, relation.kind) == ("spun.txt", "original.txt", "spun")
    assert relation.direction_reason == "original.txt was published first (2024-03-12)"
    assert relation.copied > 0.95
    assert ("released", "launched") in {(s.source, s.copy) for s in relation.substitutions}
    # the offsets point into the extracted texts kept in the index
    texts = texts_in(scanned.db)
    for pair in relation.passages:
        assert pair.copy.slice(texts["spun.txt"]).startswith("Riverton City Council launched")
        assert pair.source.slice(texts["original.txt"]).startswith("Riverton City Council released")
    for sub in relation.substitutions:
        assert texts["spun.txt"][sub.copy_start : sub.copy_end] == sub.copy
        assert texts["original.txt"][sub.source_start : sub.source_end] == sub.source
    # what the index keeps is what the scan returned
    with SQLiteStore(scanned.db, Config().index_summary(), create=False) as store:
        assert [r.to_json() for r in store.relations()] == as_json(scanned.relations)


def test_the_stored_relations_by_kind_and_page(scanned: engine.ScanResult) -> None:
    db = scanned.db
    everything = as_json(engine.relations(db))
    assert everything == as_json(scanned.relations)
    assert engine.relation_count(db) == 1 and engine.relation_count(db, "spun") == 1
    assert engine.relation_count(db, "verbatim") == 0 and engine.relations(db, "verbatim") == []
    assert as_json(engine.relations(db, offset=0, limit=1)) == everything
    assert engine.relations(db, offset=1) == [] and engine.relations(db, limit=0) == []
    for bad in ({"offset": -1}, {"limit": -1}):
        with pytest.raises(UsageError, match="negative"):
            engine.relations(db, **bad)  # type: ignore[arg-type]
    with pytest.raises(UsageError, match="unknown kind"):
        engine.relation_count(db, "forged")
    # a copy is restored against its own stored source, found by its id
    restored = engine.restored("spun.txt", db)
    assert restored.source is not None and restored.source.id == "original.txt"
    assert engine.restored("original.txt", db).source is None


def test_a_copy_of_identical_pages_is_linked_to_each(tmp_path: Path, article_text: str,
                                                    spun_text: str) -> None:
    """An original reprinted word for word and a spun copy: the text cannot say whether the
    spinner took the original or the reprint, so the scan links the spun copy to both (which
    one a labelled set calls its source is the labeller's pick); the family draws one line,
    to the original. A reprint of the spun copy is as much a spun copy of the original."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "original.txt").write_text(f"Published: 12 March 2024\n\n{article_text}")
    (corpus / "reprint.txt").write_text(
        f"March 13, 2024\nSite | Home\n\n{article_text}\n\nMore news.\n")
    (corpus / "spun.txt").write_text(f"By Admin\n\n{spun_text}\n\nLeave a Reply\n")
    (corpus / "spun-reprint.txt").write_text(f"Farm | Home\n\n{spun_text}\n\nMore.\n")
    result = engine.scan(corpus, workers=1)
    links = {(r.copy, r.source): r.kind for r in result.relations}
    assert links[("reprint.txt", "original.txt")] == "verbatim"
    spun = {"spun.txt", "spun-reprint.txt"}
    twins = {pair for pair, kind in links.items() if set(pair) == spun}
    assert len(twins) == 1 and links[next(iter(twins))] == "verbatim"
    for copy in spun:
        assert links[(copy, "original.txt")] == "spun"
        assert links[(copy, "reprint.txt")] == "spun"
    family = engine.family("spun.txt", result.db).family
    assert family.root == "original.txt"
    edges = {(e.copy, e.source) for e in family.edges}
    (spun_source,) = [pair[1] for pair in twins]
    (spun_copy,) = spun - {spun_source}
    assert edges == {("reprint.txt", "original.txt"), (spun_source, "original.txt"),
                     (spun_copy, spun_source)}


def test_independent_report_and_boilerplate_do_not_relate(scanned: engine.ScanResult) -> None:
    involved = {name for r in scanned.relations for name in (r.copy, r.source)}
    assert "independent.txt" not in involved
    assert "unrelated.txt" not in involved  # it shares only "By Admin" and the footer


@pytest.mark.parametrize(
    ("original_header", "copy_header", "copy_body", "reason"),
    [
        # dates tell, against the wording: the spun text was published first
        ("Published: 12 March 2024\n", "March 2, 2024\n", "spun", "published first"),
        # no dates, a verbatim copy: the content-farm byline tells
        ("By Jane Porter\n", "By Admin\n", "original", "content-farm signs"),
    ],
)
def test_direction_from_dates_and_bylines(
    tmp_path: Path, article_text: str, spun_text: str, original_header: str, copy_header: str,
    copy_body: str, reason: str,
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    body = spun_text if copy_body == "spun" else article_text
    (corpus / "a.txt").write_text(f"{original_header}\n{article_text}\n")
    (corpus / "b.txt").write_text(f"{copy_header}\n{body}\n\nLeave a Reply\n")
    result = engine.scan(corpus, workers=1)
    (relation,) = result.relations
    expected = ("a.txt", "b.txt") if copy_body == "spun" else ("b.txt", "a.txt")
    assert (relation.copy, relation.source) == expected
    assert relation.kind == ("spun" if copy_body == "spun" else "verbatim")
    assert reason in relation.direction_reason


def test_rescan_without_change(scanned: engine.ScanResult, corpus_dir: Path) -> None:
    again = engine.scan(corpus_dir, workers=1)
    assert (again.stats.seen, again.stats.indexed, again.stats.unchanged) == (4, 0, 4)
    assert again.stats.removed == 0
    assert as_json(again.relations) == as_json(scanned.relations)


def test_edited_file_alone_is_reindexed(scanned: engine.ScanResult, corpus_dir: Path) -> None:
    path = corpus_dir / "unrelated.txt"
    path.write_text(path.read_text() + "\nThe company will report again in July.\n")
    again = engine.scan(corpus_dir, workers=1)
    assert (again.stats.indexed, again.stats.unchanged, again.stats.removed) == (1, 3, 0)
    assert "July" in texts_in(again.db)["unrelated.txt"]
    assert as_json(again.relations) == as_json(scanned.relations)


def test_edited_copy_changes_its_relation(scanned: engine.ScanResult, corpus_dir: Path) -> None:
    path = corpus_dir / "spun.txt"
    path.write_text(path.read_text().replace("checklist", "register"))
    again = engine.scan(corpus_dir, workers=1)
    assert again.stats.indexed == 1
    (relation,) = again.relations
    table = {(s.source, s.copy) for s in relation.substitutions}
    assert ("list", "register") in table and ("list", "checklist") not in table


def test_deleted_file_leaves_the_index(scanned: engine.ScanResult, corpus_dir: Path) -> None:
    (corpus_dir / "independent.txt").unlink()
    again = engine.scan(corpus_dir, workers=1)
    assert (again.stats.seen, again.stats.indexed, again.stats.removed) == (3, 0, 1)
    assert indexed_ids(again.db) == {"original.txt", "spun.txt", "unrelated.txt"}
    assert as_json(again.relations) == as_json(scanned.relations)

    (corpus_dir / "spun.txt").unlink()
    again = engine.scan(corpus_dir, workers=1)
    assert again.stats.removed == 1
    assert again.relations == []
    assert indexed_ids(again.db) == {"original.txt", "unrelated.txt"}


def test_same_relations_with_one_or_two_workers(corpus_dir: Path, tmp_path: Path) -> None:
    one = engine.scan(corpus_dir, db=tmp_path / "one.db", workers=1)
    two = engine.scan(corpus_dir, db=tmp_path / "two.db", workers=2)
    assert as_json(one.relations) == as_json(two.relations)
    assert len(one.relations) == 1
    assert one.stats.candidates == two.stats.candidates


def test_same_relations_when_the_index_is_read_in_parts(
    corpus_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A large index is merged and read a key range at a time, its candidates counted on disk
    # beside it.
    whole = engine.scan(corpus_dir, db=tmp_path / "whole" / "index.db", workers=1)
    monkeypatch.setattr(sqlite_store, "POSTINGS_PER_PART", 40)
    parts = engine.scan(corpus_dir, db=tmp_path / "parts" / "index.db", workers=1)
    assert as_json(whole.relations) == as_json(parts.relations)
    assert whole.stats.candidates == parts.stats.candidates
    assert len(whole.relations) == 1
    assert not [p for p in (tmp_path / "parts").iterdir() if p.name.startswith("unspin-pairs-")]


@pytest.mark.parametrize("workers", [1, 2])
def test_interrupted_scan_is_completed_by_the_next(
    corpus_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: int
) -> None:
    db = tmp_path / "index.db"
    real_write = SQLiteStore.write_articles
    calls = []

    def interrupted_write(self: SQLiteStore, batch: object) -> None:
        calls.append(batch)
        if len(calls) == 2:
            raise KeyboardInterrupt
        real_write(self, batch)  # type: ignore[arg-type]

    with monkeypatch.context() as patch:
        patch.setattr(scan_job, "BATCH", 1)
        patch.setattr(SQLiteStore, "write_articles", interrupted_write)
        with pytest.raises(KeyboardInterrupt):
            engine.scan(corpus_dir, db=db, workers=workers)
    assert indexed_ids(db) == {"independent.txt"}  # the first batch, and nothing of the second

    resumed = engine.scan(corpus_dir, db=db, workers=workers)
    assert (resumed.stats.indexed, resumed.stats.unchanged) == (3, 1)
    fresh = engine.scan(corpus_dir, db=tmp_path / "fresh.db", workers=1)
    assert as_json(resumed.relations) == as_json(fresh.relations)
    assert pairs(resumed.relations) == {("spun.txt", "original.txt")}
    assert indexed_ids(db) == indexed_ids(tmp_path / "fresh.db")


FEED_TEXT = (
    "The Millbrook library will stay open until nine on weekdays from next month, the town "
    "said on Friday. Volunteers will run a homework club on Tuesday and Thursday evenings."
)


def write_bad_files(corpus: Path) -> None:
    (corpus / "binary.txt").write_bytes(b"\x00\x01\x02\x03binary\x00\xff data" * 30)
    (corpus / "empty.txt").write_bytes(b"")
    good = {"id": "feed-1", "text": FEED_TEXT, "published": "2024-03-13"}
    (corpus / "feed.jsonl").write_text(json.dumps(good) + "\n{not json at all\n")
    (corpus / "undecodable.txt").write_bytes(b"\xef\xbb\xbfCaf\xe9 \xff\xfe news in bad UTF-8.")


def test_bad_files_are_reported_and_the_rest_processed(corpus_dir: Path) -> None:
    write_bad_files(corpus_dir)
    result = engine.scan(corpus_dir, workers=2)
    reasons = {f.origin: f.reason for f in result.failures}
    assert set(reasons) == {"binary.txt", "empty.txt", "feed.jsonl:2", "undecodable.txt"}
    assert "binary" in reasons["binary.txt"]
    assert "empty" in reasons["empty.txt"]
    assert "JSON" in reasons["feed.jsonl:2"]
    assert "undecodable" in reasons["undecodable.txt"]
    assert result.stats.failed == 4
    assert "feed-1" in indexed_ids(result.db)
    assert pairs(result.relations) == {("spun.txt", "original.txt")}
    # failures are reported again on the next scan, not forgotten
    again = engine.scan(corpus_dir, workers=1)
    assert {f.origin for f in again.failures} == set(reasons)
    assert again.stats.indexed == 0


def test_file_turned_bad_leaves_the_index(scanned: engine.ScanResult, corpus_dir: Path) -> None:
    (corpus_dir / "spun.txt").write_bytes(b"\x00\x00junk\x00" * 50)
    again = engine.scan(corpus_dir, workers=1)
    assert [f.origin for f in again.failures] == ["spun.txt"]
    assert "spun.txt" not in indexed_ids(again.db)
    assert again.relations == []


def test_settings_mismatch_is_refused(scanned: engine.ScanResult, corpus_dir: Path) -> None:
    config = Config(fingerprint=FingerprintConfig(sample=8))
    with pytest.raises(StoreError, match="other settings"):
        engine.scan(corpus_dir, config=config, workers=1)


def test_missing_corpus(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="does not exist"):
        engine.scan(tmp_path / "nowhere", workers=1)
    assert not (tmp_path / "nowhere").exists()


def test_single_file_corpus(tmp_path: Path, article_text: str) -> None:
    path = tmp_path / "one.txt"
    path.write_text(article_text)
    result = engine.scan(path, workers=1)
    assert result.db == tmp_path / ".unspin" / "index.db"
    assert result.relations == [] and result.stats.indexed == 1


@pytest.fixture
def index_without(corpus_dir: Path, tmp_path: Path) -> object:
    """An index of the corpus without one of its files; returns (db, removed file's path)."""

    def build(name: str) -> tuple[Path, Path]:
        outside = tmp_path / "new"
        outside.mkdir(exist_ok=True)
        moved = (corpus_dir / name).rename(outside / name)
        db = tmp_path / "index.db"
        engine.scan(corpus_dir, db=db, workers=1)
        return db, moved

    return build


def test_trace_finds_the_source(index_without: object) -> None:
    db, new = index_without("spun.txt")  # type: ignore[operator]
    before = indexed_ids(db)
    (result,) = engine.trace(new, db)
    assert result.article.id == "spun.txt"
    assert result.candidates >= 1
    assert [(r.copy, r.source, r.kind) for r in result.relations] == [
        ("spun.txt", "original.txt", "spun")
    ]
    assert indexed_ids(db) == before  # not added

    (added,) = engine.trace(new, db, add=True)
    assert [r.to_json() for r in added.relations] == [r.to_json() for r in result.relations]
    assert indexed_ids(db) == before | {"spun.txt"}


def test_trace_finds_the_copies(index_without: object) -> None:
    db, new = index_without("original.txt")  # type: ignore[operator]
    (result,) = engine.trace(new, db)
    assert [(r.copy, r.source) for r in result.relations] == [("spun.txt", "original.txt")]


def test_trace_of_the_independent_report_finds_nothing(index_without: object) -> None:
    db, new = index_without("independent.txt")  # type: ignore[operator]
    (result,) = engine.trace(new, db)
    assert result.relations == []


def test_trace_errors(scanned: engine.ScanResult, corpus_dir: Path, tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no index"):
        engine.trace(corpus_dir / "spun.txt", tmp_path / "missing.db")
    assert not (tmp_path / "missing.db").exists()
    with pytest.raises(UsageError, match="not a file"):
        engine.trace(corpus_dir, scanned.db)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02" * 40)
    with pytest.raises(InputError, match=r"bad\.txt"):
        engine.trace(bad, scanned.db)


def test_python_api_of_the_readme(corpus_dir: Path, tmp_path: Path) -> None:
    """``unspin.scan(corpus)`` and ``unspin.trace(file, db=...)`` as the README shows them."""
    import unspin

    result = unspin.scan(corpus_dir, workers=1)
    assert isinstance(result, unspin.ScanResult)
    assert pairs(result.relations) == {("spun.txt", "original.txt")}
    new = tmp_path / "again.txt"
    new.write_text((corpus_dir / "spun.txt").read_text())
    (traced,) = unspin.trace(str(new), db=str(result.db))
    assert isinstance(traced, unspin.TraceResult)
    assert {(r.copy, r.source) for r in traced.relations} >= {("again.txt", "original.txt")}


# -- rewritten copies (the paraphrase channel) ---------------------------------------------------

@pytest.fixture
def rewrite_corpus(corpus_dir: Path, rewritten_text: str) -> Path:
    (corpus_dir / "rewritten.txt").write_text(f"By Admin\n\n{rewritten_text}\n", encoding="utf-8")
    return corpus_dir


@pytest.mark.semantic
def test_scan_finds_the_rewritten_copy(rewrite_corpus: Path) -> None:
    result = engine.scan(rewrite_corpus, workers=2)
    assert result.notes == common.accelerated_note()
    found = {(r.copy, r.source): r for r in result.relations}
    relation = found[("rewritten.txt", "original.txt")]
    assert relation.kind == "paraphrase"
    assert relation.copied > 0.9 and relation.substituted > 0.15
    assert "content-farm signs" in relation.direction_reason
    # the independent report is linked to nothing, the spun copy still to its source
    assert not any("independent.txt" in pair for pair in found)
    assert found[("spun.txt", "original.txt")].kind == "spun"


@pytest.mark.semantic
def test_workers_fork_after_the_model_ran_in_process(rewrite_corpus: Path, tmp_path: Path
                                                     ) -> None:
    """A library user's process that has run the encoder (a trace, say) can still scan with a
    pool: forked workers do not deadlock in the parent's BLAS threads. Run in a subprocess with
    a time limit, so a deadlock fails the test instead of hanging the suite."""
    import subprocess
    import sys

    script = (
        "import sys, unspin as e, unspin.semantic as s\n"
        "s.MiniLMEncoder(threads=2).encode(['The council approved the budget.'] * 40)\n"
        "r = e.scan(sys.argv[1], db=sys.argv[2], workers=2)\n"
        "print(sorted(x.kind for x in r.relations))\n"
    )
    done = subprocess.run([sys.executable, "-c", script, str(rewrite_corpus),
                           str(tmp_path / "i.db")], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "paraphrase" in done.stdout and "spun" in done.stdout


@pytest.mark.semantic
def test_trace_finds_the_source_of_a_rewrite(corpus_dir: Path, rewritten_text: str,
                                             tmp_path: Path) -> None:
    engine.scan(corpus_dir, workers=1)
    new = tmp_path / "new.txt"
    new.write_text(rewritten_text, encoding="utf-8")
    (result,) = engine.trace(new, corpus_dir / ".unspin" / "index.db")
    assert [(r.source, r.kind) for r in result.relations] == [("original.txt", "paraphrase")]


def test_paraphrase_channel_can_be_turned_off(rewrite_corpus: Path) -> None:
    config = Config(paraphrase=ParaphraseConfig(enabled=False))
    result = engine.scan(rewrite_corpus, config=config, workers=1)
    assert result.notes == common.accelerated_note()
    assert all(r.kind != "paraphrase" for r in result.relations)


def test_scan_says_when_the_paraphrase_channel_is_missing(
    rewrite_corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(semantic, "semantic_available", lambda: False)
    result = engine.scan(rewrite_corpus, workers=1)
    assert result.notes == [common.PARAPHRASE_OFF, *common.accelerated_note()]
    assert all(r.kind != "paraphrase" for r in result.relations)
    assert ("spun.txt", "original.txt") in pairs(result.relations)


def test_a_pure_python_install_scans_alike_and_says_so(
    rewrite_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = Config(paraphrase=ParaphraseConfig(enabled=False))
    here = engine.scan(rewrite_corpus, tmp_path / "c.db", config=config, workers=2)
    for module in (accelerated, normalize_module, fingerprint_module):
        monkeypatch.setattr(module, "accel", None)
    alone = engine.scan(rewrite_corpus, tmp_path / "python.db", config=config, workers=2)
    assert alone.notes == [accelerated.PURE_PYTHON]
    assert alone.relations == here.relations
    assert ("spun.txt", "original.txt") in pairs(alone.relations)


@pytest.mark.semantic
def test_two_workers_after_the_model_ran_in_process(rewrite_corpus: Path, tmp_path: Path) -> None:
    """A process that has run PyTorch must not fork workers (they would deadlock)."""
    alone = engine.scan(rewrite_corpus, db=tmp_path / "one.db", workers=1)
    again = engine.scan(rewrite_corpus, db=tmp_path / "two.db", workers=2)
    assert as_json(again.relations) == as_json(alone.relations)
    assert "paraphrase" in {r.kind for r in again.relations}


def _square(value: int) -> int:
    return value * value


def test_parallel_map_keeps_order_and_reads_a_window_ahead(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Results come in order; the items are read as results come back, never more than a
    window ahead of them (a corpus is not read into memory whole)."""
    monkeypatch.setattr(executor, "WINDOW", 16)
    taken: list[int] = []

    def items() -> Iterator[int]:
        for value in range(300):
            taken.append(value)
            yield value

    args = (Config(), None, frozenset[int]())
    results = executor.parallel_map(_square, items(), 2, worker.start, args, chunksize=2)
    first = [next(results) for _ in range(10)]
    assert first == [v * v for v in range(10)]
    assert len(taken) <= 10 + 16 + 2
    assert list(results) == [v * v for v in range(10, 300)]
    assert taken == list(range(300))


def test_parallel_map_ends_when_its_reader_stops(monkeypatch: pytest.MonkeyPatch) -> None:
    """A reader giving up early (an error while writing, Ctrl-C) leaves no feeder thread
    waiting for room and no worker behind."""
    monkeypatch.setattr(executor, "WINDOW", 8)
    args = (Config(), None, frozenset[int]())
    before = threading.active_count()
    results = executor.parallel_map(_square, iter(range(10_000)), 2, worker.start, args,
                                     chunksize=1)
    assert next(results) == 0
    results.close()
    deadline = time.monotonic() + 10
    while threading.active_count() > before and time.monotonic() < deadline:
        time.sleep(0.05)
    assert threading.active_count() == before


# -- widely copied stories ------------------------------------------------------------------------


def test_a_story_republished_past_the_frequency_cap(article_text: str, tmp_path: Path) -> None:
    """60 republications (each with its site's header and footer: past ``max_df`` = 50, where
    shingles used to be dropped as boilerplate): each copy is reported once, against the
    original, and ``trace`` of one more copy answers with the original alone."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "original.txt").write_text(article_text, encoding="utf-8")
    for k in range(60):
        (corpus / f"copy-{k:02d}.txt").write_text(
            f"Site number {k} | Home | News | Contact\n\n{article_text}\n\n"
            f"Read more news from site number {k} every day.\n", encoding="utf-8")
    result = engine.scan(corpus, db=tmp_path / "index.db", config=Config(
        paraphrase=ParaphraseConfig(enabled=False)), workers=2)
    assert len(result.relations) == 60
    assert {(r.source, r.kind) for r in result.relations} == {("original.txt", "verbatim")}
    assert result.stats.near_duplicates == 60
    new = tmp_path / "new.txt"
    new.write_text(f"Another site | Home\n\n{article_text}\n\nMore from another site.\n",
                   encoding="utf-8")
    (traced,) = engine.trace(new, tmp_path / "index.db",
                             Config(paraphrase=ParaphraseConfig(enabled=False)))
    assert [(r.copy, r.source) for r in traced.relations] == [("new.txt", "original.txt")]
    assert traced.candidates == 1


@pytest.mark.skipif(not semantic.semantic_available(),
                    reason="the semantic extra (tokenizers) is not installed")
def test_rewrites_become_candidates_through_their_facts(tmp_path: Path) -> None:
    """A rewrite shares its original's names, numbers and rare words, not its 5-grams: the
    rewrite channel proposes the pair even when no fingerprint would (here none counts)."""
    originals = Path(__file__).parent / "data" / "gate" / "originals"
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("story-02-a.txt", "story-02-r.txt", "story-07-a.txt"):
        (corpus / name).write_text((originals / name).read_text(encoding="utf-8"),
                                   encoding="utf-8")
    blind = Config()
    blind = dataclasses.replace(blind, candidates=dataclasses.replace(
        blind.candidates, min_shared=10**6, min_shared_common=10**6, clear_containment=2.0))
    result = engine.scan(corpus, db=tmp_path / "index.db", config=blind, workers=1)
    assert result.stats.candidates == 0 and result.stats.rewrite_candidates == 1
    [relation] = result.relations
    assert (relation.copy, relation.source) == ("story-02-r.txt", "story-02-a.txt")
    off = dataclasses.replace(blind, paraphrase=dataclasses.replace(blind.paraphrase,
                                                                     enabled=False))
    result = engine.scan(corpus, db=tmp_path / "off.db", config=off, workers=1)
    assert result.stats.rewrite_candidates == 0 and result.relations == []
