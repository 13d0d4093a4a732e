"""Crash safety of the index: ``kill -9`` of a scan at random moments, then a rescan; and a scan
that runs out of disk.

For each kill point, a scan is started (of a fresh index, or of an index built from nine tenths
of the corpus, so that the killed scan adds, re-indexes and merges) and killed with SIGKILL
(the scan's own process, as ``kill -9 PID`` does; its worker processes are left to end on their
own) after a random share of a clean scan's time. Then the same scan runs again to the end, and:

- ``PRAGMA integrity_check`` is ``ok``;
- its relations (``--format jsonl``) are those of a clean scan (``canonical``: every field,
  but for the rarity margin quoted in a direction's explanation);
- it did not wait for a lock (a killed scan leaves none).

The full disk: a scan of the whole corpus over an index of part of it, in a process whose file
size limit (``RLIMIT_FSIZE``, what ``ulimit -f`` sets; SIGXFSZ is ignored by Python, so a write
past it fails with EFBIG as on a full file system) is just above the index's size. It must end
with exit status 1 and a message naming the cause, leave an index whose integrity check passes
and whose relations are still the last complete scan's, and a rescan without the limit must give
a clean scan's relations.

    python benchmarks/crash.py [--corpus DIR] [--points 24] [--seed 0] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEVSET = ROOT.parent / "shared" / "data" / "devset" / "docs"
RESULTS = ROOT / "benchmarks" / "results"
UNSPIN = [sys.executable, "-m", "unspin"]


def scan_command(corpus: Path, db: Path, extra: Sequence[str]) -> list[str]:
    return [*UNSPIN, "scan", str(corpus), "--db", str(db), "--format", "jsonl", *extra]


def run_scan(corpus: Path, db: Path, extra: Sequence[str],
             preexec: Callable[[], None] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(scan_command(corpus, db, extra), capture_output=True, text=True,
                          encoding="utf-8", check=False, preexec_fn=preexec, timeout=3600)


_MARGIN = re.compile(r" \([+-]?[\d.]+\)$")


def canonical(jsonl: str) -> list[dict[str, Any]]:
    """A scan's relations as compared here: everything but the rarity margin quoted in a
    direction's explanation, whose sign and last digits follow which of the two articles the
    index holds first (an index built in two scans gives the same relations, directions
    included, with those numbers changed: so it is without any crash)."""
    relations = [json.loads(line) for line in jsonl.splitlines() if line.strip()]
    for relation in relations:
        relation["direction"] = _MARGIN.sub("", str(relation["direction"]))
    return relations


def integrity(db: Path) -> str:
    connection = sqlite3.connect(db)
    try:
        return ";".join(row[0] for row in connection.execute("PRAGMA integrity_check"))
    finally:
        connection.close()


def stored_relations(db: Path) -> list[str]:
    """The relations kept in the index, as stored."""
    connection = sqlite3.connect(db)
    try:
        return [row[0] for row in connection.execute("SELECT body FROM relations ORDER BY body")]
    finally:
        connection.close()


def remove_index(db: Path) -> None:
    for suffix in ("", "-wal", "-shm", ".lock"):
        db.with_name(db.name + suffix).unlink(missing_ok=True)


def _hide(corpus: Path, share: float, seed: int) -> list[tuple[Path, Path]]:
    """Move a share of the corpus's files aside (to put back with ``_restore``)."""
    files = sorted(p for p in corpus.rglob("*") if p.is_file() and ".unspin" not in p.parts)
    chosen = random.Random(seed).sample(files, max(1, int(len(files) * share)))
    aside = Path(tempfile.mkdtemp(prefix="unspin-aside-"))
    moved = []
    for number, path in enumerate(chosen):
        target = aside / f"{number}-{path.name}"
        path.rename(target)
        moved.append((path, target))
    return moved


def _restore(moved: list[tuple[Path, Path]]) -> None:
    for original, target in moved:
        target.rename(original)
    if moved:
        shutil.rmtree(moved[0][1].parent, ignore_errors=True)


def kill_trials(corpus: Path, work: Path, points: int, seed: int, extra: Sequence[str],
                log: Callable[[str], None] = print) -> dict[str, Any]:
    """``points`` kill-and-rescan trials; returns the figures (and every failure seen)."""
    rng = random.Random(seed)
    clean_db = work / "clean.db"
    remove_index(clean_db)
    started = time.perf_counter()
    clean = run_scan(corpus, clean_db, extra)
    clean_seconds = time.perf_counter() - started
    if clean.returncode not in (0, 1):
        raise SystemExit(f"the clean scan failed: {clean.stderr}")
    reference = clean.stdout
    # The scan of the whole corpus over an index of nine tenths of it: timed for its kill points.
    base_db = work / "base.db"
    remove_index(base_db)
    moved = _hide(corpus, 0.1, seed)
    try:
        run_scan(corpus, base_db, extra)
    finally:
        _restore(moved)
    probe_db = work / "probe.db"
    remove_index(probe_db)
    shutil.copy(base_db, probe_db)
    started = time.perf_counter()
    probe = run_scan(corpus, probe_db, extra)
    rescan_seconds = time.perf_counter() - started
    # What an uninterrupted scan over that index prints: the reference of the "rescan" trials
    # (an index built in two scans may differ from one built at once in details that depend on
    # the order articles were indexed in; that is not what is tested here).
    references = {"fresh": reference, "rescan": probe.stdout}
    log(f"clean scan {clean_seconds:.1f}s ({len(reference.splitlines())} relations), "
        f"rescan of nine tenths {rescan_seconds:.1f}s")
    trials: list[dict[str, Any]] = []
    for point in range(points):
        kind = "fresh" if point % 2 == 0 else "rescan"
        db = work / f"trial-{point}.db"
        remove_index(db)
        if kind == "rescan":
            shutil.copy(base_db, db)
        after = rng.uniform(0.02, 0.98) * (clean_seconds if kind == "fresh" else rescan_seconds)
        process = subprocess.Popen(scan_command(corpus, db, extra), stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        time.sleep(after)
        finished_first = process.poll() is not None
        if not finished_first:
            os.kill(process.pid, signal.SIGKILL)
        process.wait()
        started = time.perf_counter()
        again = run_scan(corpus, db, extra)
        seconds = time.perf_counter() - started
        trial = {
            "kind": kind, "killed_after_s": round(after, 3), "killed": not finished_first,
            "integrity": integrity(db),
            "same_relations": canonical(again.stdout) == canonical(references[kind]),
            "byte_identical": again.stdout == references[kind],
            "rescan_exit": again.returncode, "rescan_waited": "is busy" in again.stderr,
            "rescan_s": round(seconds, 2),
        }
        trials.append(trial)
        log(json.dumps(trial))
        remove_index(db)
    bad = [t for t in trials if t["integrity"] != "ok" or not t["same_relations"]
           or t["rescan_exit"] != clean.returncode]
    return {
        "corpus": str(corpus), "articles": sum(1 for p in corpus.rglob("*") if p.is_file()),
        "relations": len(reference.splitlines()), "clean_scan_s": round(clean_seconds, 2),
        "rescan_s": round(rescan_seconds, 2), "points": points,
        "two_scan_index_same_as_clean": canonical(probe.stdout) == canonical(reference),
        "killed": sum(t["killed"] for t in trials), "failed": len(bad), "trials": trials,
    }


def full_disk_trial(corpus: Path, work: Path, extra: Sequence[str], margin: int = 256 * 1024,
                    seed: int = 0, limit: int | None = None) -> dict[str, Any]:
    """A scan that runs out of room: see the module's docstring. The file size limit is the
    largest index file's size plus ``margin``, or ``limit``."""
    db = work / "full.db"
    remove_index(db)
    moved = _hide(corpus, 0.5, seed)
    try:
        first = run_scan(corpus, db, extra)
    finally:
        _restore(moved)
    before = stored_relations(db)
    sizes = [p.stat().st_size for p in db.parent.glob(db.name + "*") if p.is_file()]
    limit = limit if limit is not None else max(sizes) + margin

    def limited() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    full = run_scan(corpus, db, extra, preexec=limited)
    kept = stored_relations(db)
    check = integrity(db)
    again = run_scan(corpus, db, extra)
    clean_db = work / "full-clean.db"
    remove_index(clean_db)
    clean = run_scan(corpus, clean_db, extra)
    result = {
        "limit_bytes": limit, "first_exit": first.returncode, "exit": full.returncode,
        "message": full.stderr.strip().splitlines()[-1] if full.stderr.strip() else "",
        "traceback": "Traceback" in full.stderr, "integrity": check,
        "relations_kept": kept == before,
        "rescan_same_as_clean": canonical(again.stdout) == canonical(clean.stdout),
    }
    remove_index(db)
    remove_index(clean_db)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEVSET)
    parser.add_argument("--points", type=int, default=24)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--no-paraphrase", action="store_true")
    parser.add_argument("--json", type=Path, default=RESULTS / "crash.json")
    args = parser.parse_args()
    extra = [*(["--workers", str(args.workers)] if args.workers else []),
             *(["--no-paraphrase"] if args.no_paraphrase else []), "--quiet"]
    with tempfile.TemporaryDirectory(prefix="unspin-crash-") as tmp:
        work = Path(tmp)
        corpus = work / "corpus"
        shutil.copytree(args.corpus, corpus, ignore=shutil.ignore_patterns(".unspin"))
        figures = kill_trials(corpus, work, args.points, args.seed, extra)
        figures["full_disk"] = full_disk_trial(corpus, work, extra, seed=args.seed)
    figures["command"] = "python benchmarks/crash.py " + " ".join(sys.argv[1:])
    print(json.dumps({k: v for k, v in figures.items() if k != "trials"}, indent=2))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    disk = figures["full_disk"]
    ok = (figures["failed"] == 0 and disk["exit"] == 1 and not disk["traceback"]
          and disk["integrity"] == "ok" and disk["relations_kept"]
          and disk["rescan_same_as_clean"])
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
