"""Record what every command prints, to show that a change of structure changed no behaviour.

    python scripts/snapshot.py save OUT      # before the change
    python scripts/snapshot.py check OUT     # after it: every output byte-identical, or a diff

Runs the CLI through its entry point (``python -m unspin``) on the corpora in this repository (the
gate corpus, the quotation articles, the examples) and, when the shared data is there, on the dev
set: scan, trace, restore (with an index, with a source, alone), spin, spinners, quotes and
quote. Each command's stdout is one file in OUT; ``check`` writes the new outputs beside it
(``OUT.new``) and compares them file by file. Timings and paths on stderr are not compared.
"""

from __future__ import annotations

import argparse
import difflib
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GATE = ROOT / "tests" / "data" / "gate"
QUOTES = ROOT / "tests" / "data" / "quotes" / "articles"
EXAMPLES = ROOT / "examples"
DEVSET = ROOT.parent / "shared" / "data" / "devset" / "docs"


def commands(work: Path) -> list[tuple[str, list[str]]]:
    """(name, arguments) of every command, in the order they must run (scans first)."""
    truth = [json.loads(line) for line in (GATE / "truth.jsonl").read_text().splitlines()]
    spun = sorted({t["copy"] for t in truth if t["kind"] == "spun"})[:8]
    verbatim = sorted({(t["copy"], t["source"]) for t in truth if t["kind"] == "verbatim"})[:3]
    gate_db, examples_db, quotes_db = work / "gate.db", work / "examples.db", work / "quotes.db"
    corpus = GATE / "corpus"
    out: list[tuple[str, list[str]]] = [
        ("scan-gate", ["scan", str(corpus), "--db", str(gate_db), "--format", "jsonl"]),
        ("scan-examples", ["scan", str(EXAMPLES), "--db", str(examples_db), "--format", "jsonl"]),
        ("spinners-gate", ["spinners", "--db", str(gate_db), "--format", "json"]),
        ("quotes", ["quotes", str(QUOTES), "--db", str(quotes_db), "--format", "jsonl"]),
        ("quote", ["quote", "We will rebuild", "--db", str(quotes_db), "--format", "json"]),
    ]
    if DEVSET.is_dir():
        out.insert(0, ("scan-devset", ["scan", str(DEVSET), "--db", str(work / "dev.db"),
                                       "--format", "jsonl"]))
    for name in spun:
        out += [(f"restore-db-{name}", ["restore", str(corpus / name), "--db", str(gate_db),
                                        "--format", "json"]),
                (f"restore-alone-{name}", ["restore", str(corpus / name), "--format", "json"]),
                (f"spin-{name}", ["spin", str(corpus / name), "--format", "json"]),
                (f"trace-{name}", ["trace", str(corpus / name), "--db", str(gate_db),
                                   "--format", "json"])]
    for copy, source in verbatim:
        out.append((f"restore-source-{copy}", ["restore", str(corpus / copy), "--source",
                                               str(corpus / source), "--format", "json"]))
    return out


def run(out: Path) -> None:
    out.mkdir(parents=True)
    with tempfile.TemporaryDirectory() as folder:
        for name, arguments in commands(Path(folder)):
            done = subprocess.run([sys.executable, "-m", "unspin", *arguments], cwd=ROOT,
                                  capture_output=True, text=True, check=False)
            (out / f"{name}.out").write_text(f"exit {done.returncode}\n{done.stdout}")
            print(f"{name}: exit {done.returncode}, {len(done.stdout)} characters",
                  file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["save", "check"])
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    if args.action == "save":
        run(args.out)
        return
    new = args.out.with_name(args.out.name + ".new")
    shutil.rmtree(new, ignore_errors=True)
    run(new)
    differ = 0
    for before in sorted(args.out.glob("*.out")):
        after = new / before.name
        if not after.exists() or after.read_text() != before.read_text():
            differ += 1
            lines = difflib.unified_diff(
                before.read_text().splitlines(), after.read_text().splitlines()
                if after.exists() else [], str(before), str(after), lineterm="", n=1)
            print("\n".join(list(lines)[:40]))
    print(f"{differ} of {len(list(args.out.glob('*.out')))} outputs differ")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
