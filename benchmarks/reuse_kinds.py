"""Reuse found by kind, on every labelled set at once: the figures issue 21 asks for, before
and after a change, in one run.

The sets (each skipped, with a note, where its texts are not on this machine):

- ``devset``: the shared synthetic dev set (``../shared/data/devset``);
- ``gate``: the project's own fictional gate corpus (``tests/data/gate``);
- ``real-dev``: the shared real web copies (``../shared/data/real-dev``);
- ``reuse-real-dev``, ``reuse-real-dev2``, ``reuse-real-held2`` and ``reuse-real-held3``: our
  real reuse set (``benchmarks/data/reuse-real``; texts under ``../realweb``): ``dev`` is every
  part but the held ones (the first two builders' events, whose old held part was moved into
  dev in session 16, and the third builder's dev part), ``dev2`` the third builder's dev part
  alone, ``held2`` the third builder's held part, ``held3`` the fourth builder's pages
  (session 19, labelled blind), both only measured; ``reuse-real-dev4`` and
  ``reuse-real-held4`` the fifth builder's (session 20, labelled blind), split by event, the
  first to develop on, the second only measured; ``reuse-real-held5`` the sixth builder's
  (session 21, labelled blind) and ``reuse-real-held6`` the seventh's (session 22), only measured;
  ``reuse-real-dev6`` and ``reuse-real-held7`` the eighth builder's (session 22, labelled blind:
  independent reports sharing one statement, beside real copies), split by event, the first to
  develop on, the second only measured; ``reuse-real-dev7`` the ninth builder's (session 23,
  labelled blind: independent reports sharing one third-party text, often pasted without
  quotation marks, beside real copies), all to develop on; ``reuse-real-held8`` the tenth's
  (session 23, labelled blind), ``reuse-real-held9`` the eleventh's (session 24, labelled
  blind) and ``reuse-real-held10`` the twelfth's (session 25, labelled blind), only
  measured. ``held3`` and ``held4``, measured in sessions 19-23, were retired to development
  in session 24 (docs/decisions.md, "consumed held parts");
- ``hardset-dev`` and ``hardset-held``: the second synthetic set (``benchmarks/hardset.py``),
  when ``--hardset FOLDER`` holds its generated splits (``FOLDER/dev``, ``FOLDER/held``).

For each: precision, recall, F1, false links, direction over every true pair found (the scorer's
``direction_accuracy`` counts spun pairs alone), and recall by kind, strict (the labelled pair)
and by family (a path of true or neutral links joins the two). ``--baseline`` prints each figure
as before → after against an earlier run's JSON; run the same script with another checkout's
code first (``PYTHONPATH=/path/to/old/src``) to get one.

    python benchmarks/reuse_kinds.py --json after.json [--baseline before.json]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from unspin import scan
from unspin.evaluate import load, score

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"


def _real_split(split: str, folder: Path) -> tuple[Path, Path] | None:
    """Assemble one split of the real reuse set into ``folder``, or None without its texts."""
    out = folder / f"reuse-real-{split}"
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks/data/reuse-real/assemble.py"), str(out),
         "--split", split], capture_output=True, text=True)
    if done.returncode != 0:
        return None
    return out / "corpus.jsonl", out / "truth.jsonl"


def sets(folder: Path, hardset: Path | None) -> dict[str, tuple[Path, Path] | None]:
    found: dict[str, tuple[Path, Path] | None] = {
        "devset": (SHARED / "devset/docs", SHARED / "devset/truth.jsonl"),
        "gate": (ROOT / "tests/data/gate/corpus", ROOT / "tests/data/gate/truth.jsonl"),
        "real-dev": (SHARED / "real-dev/corpus.jsonl", SHARED / "real-dev/truth.jsonl"),
        "reuse-real-dev": _real_split("dev", folder),
        "reuse-real-dev2": _real_split("dev2", folder),
        "reuse-real-held2": _real_split("held2", folder),
        "reuse-real-held3": _real_split("held3", folder),
        "reuse-real-dev4": _real_split("dev4", folder),
        "reuse-real-held4": _real_split("held4", folder),
        "reuse-real-held5": _real_split("held5", folder),
        "reuse-real-held6": _real_split("held6", folder),
        "reuse-real-dev6": _real_split("dev6", folder),
        "reuse-real-held7": _real_split("held7", folder),
        "reuse-real-dev7": _real_split("dev7", folder),
        "reuse-real-held8": _real_split("held8", folder),
        "reuse-real-held9": _real_split("held9", folder),
        "reuse-real-held10": _real_split("held10", folder),
    }
    for split in ("dev", "held"):
        if hardset is not None:
            found[f"hardset-{split}"] = (hardset / split / "docs", hardset / split / "truth.jsonl")
    return {name: paths if paths and paths[0].exists() and paths[1].exists() else None
            for name, paths in found.items()}


def measure(corpus: Path, truth: Path, db: Path) -> dict[str, Any]:
    started = time.perf_counter()
    result = scan(corpus, db=db)
    seconds = time.perf_counter() - started
    predicted = [r.to_json() for r in result.relations]
    # spin rates to one decimal: the gate labels each copy's own rate (0.198, 0.201, …)
    labels = [{**row, "rate": round(row["rate"], 1)} if "rate" in row else row
              for row in load(truth)]
    figures = score(labels, predicted)
    keep = ("precision", "recall", "f1", "false_positives", "direction_accuracy_all",
            "recall_by_kind", "recall_by_kind_family")
    return {"seconds": round(seconds, 1), **{k: figures.get(k) for k in keep}}


def _flat(figures: dict[str, Any]) -> dict[str, float]:
    out: dict[str, float] = {}
    for key, value in figures.items():
        if isinstance(value, dict):
            out.update({f"{key}.{kind}": v for kind, v in value.items()})
        elif isinstance(value, int | float):
            out[key] = value
    return out


def show(name: str, after: dict[str, Any], before: dict[str, Any] | None) -> None:
    print(f"\n{name}")
    now, then = _flat(after), _flat(before or {})
    for key, value in now.items():
        if key == "seconds":
            continue
        old = then.get(key)
        change = "" if old is None or old == value else f"{old} → "
        label = key.replace("recall_by_kind_family.", "family recall, ").replace(
            "recall_by_kind.", "recall, ")
        print(f"  {label:34} {change}{value}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument("--baseline", type=Path, help="an earlier run's JSON, to compare")
    parser.add_argument("--hardset", type=Path, help="the hardset folder (dev/, held/)")
    parser.add_argument("--only", nargs="*", help="measure only these sets")
    args = parser.parse_args()
    baseline = json.loads(args.baseline.read_text()) if args.baseline else {}
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for name, paths in sets(folder, args.hardset).items():
            if args.only and name not in args.only:
                continue
            if paths is None:
                print(f"\n{name}: its texts are not on this machine; skipped")
                continue
            results[name] = measure(*paths, folder / f"{name}.db")
            show(name, results[name], baseline.get(name))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n")


if __name__ == "__main__":
    if importlib.util.find_spec("unspin") is None:
        sys.exit("unspin is not installed: run the README's first command")
    main()
