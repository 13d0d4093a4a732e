"""The report at 10,000 relations: how long ``unspin report`` takes, how large the file is, and
how long Chromium takes to open it.

Builds ``--originals`` (2,000) synthetic articles (``scale.py``'s: real BBC News sentences with
their content words redrawn; ``../shared/data/bbc-news``, read at run time) and ``--copies``
copies of each (verbatim with a farm byline, spun at 15% and 30%, a partial copy inside a new
article), so that the scan finds some 10,000 relations; scans them, then times

- ``unspin report --db INDEX -o report.html`` (a subprocess, the default ``--max-relations``);
- opening the file in headless Chromium (Debian's ``/usr/bin/chromium`` driven by Playwright,
  as the tests do), ``--repeat`` times in fresh pages: the wall-clock time of ``page.goto``
  until the ``load`` event, and the navigation timing's ``loadEventEnd`` and first contentful
  paint. The target is under 3 s.

    python benchmarks/report.py [--originals 2000] [--copies 4] [--repeat 5] [--keep DIR]

Results: ``benchmarks/results/report.json``.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import scale

RESULTS = scale.RESULTS / "report.json"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]


def build(out: Path, originals: int, copies: int, seed: int) -> int:
    """The corpus under ``out``; returns the number of copies made."""
    pools = scale.load_pools(scale.BBC)
    rng = random.Random(seed)
    spinner = scale.Spinner()
    made = 0
    for k in range(originals):
        folder = out / f"{k // 500:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        title = scale.new_title(pools, rng)
        paragraphs = scale.new_paragraphs(pools, rng, rng.randint(8, 24))
        (folder / f"o{k:05d}.txt").write_text(scale.article_text(title, paragraphs),
                                             encoding="utf-8")
        variants = [
            ("v", title, ["By Admin", *paragraphs, rng.choice(scale.FOOTERS)]),
            ("s", spinner.spin(title, 0.3, rng), [spinner.spin(p, 0.3, rng) for p in paragraphs]),
            ("t", spinner.spin(title, 0.15, rng),
             [spinner.spin(p, 0.15, rng) for p in paragraphs]),
            ("p", scale.new_title(pools, rng),
             scale.new_paragraphs(pools, rng, 6) + paragraphs[:3]
             + scale.new_paragraphs(pools, rng, 4)),
        ]
        for tag, copy_title, copy_paragraphs in variants[:copies]:
            (folder / f"{tag}{k:05d}.txt").write_text(
                scale.article_text(copy_title, copy_paragraphs), encoding="utf-8")
            made += 1
    return made


def open_in_chromium(report: Path, repeat: int) -> dict[str, Any]:
    """Seconds to open ``report`` in headless Chromium, ``repeat`` times (fresh pages)."""
    from playwright.sync_api import sync_playwright

    walls, loads, paints = [], [], []
    requests: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for _ in range(repeat):
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.on("request", lambda r: requests.append(r.url))
            start = time.perf_counter()
            page.goto(report.as_uri(), wait_until="load", timeout=120_000)
            walls.append(time.perf_counter() - start)
            timing = page.evaluate(
                "() => { const n = performance.getEntriesByType('navigation')[0];"
                " const p = performance.getEntriesByName('first-contentful-paint')[0];"
                " return [n.loadEventEnd, p ? p.startTime : null]; }")
            loads.append(timing[0] / 1000)
            if timing[1] is not None:
                paints.append(timing[1] / 1000)
            page.close()
        browser.close()
    other = sorted({u for u in requests if u != report.as_uri()})
    return {"open_seconds_median": round(statistics.median(walls), 3),
            "open_seconds": [round(w, 3) for w in walls],
            "load_event_seconds_median": round(statistics.median(loads), 3),
            "first_paint_seconds_median": round(statistics.median(paints), 3) if paints
            else None,
            "other_requests": other}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--originals", type=int, default=2000)
    parser.add_argument("--copies", type=int, default=4, choices=range(1, 5))
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=22)
    parser.add_argument("--keep", type=Path, help="Build in this folder and keep it.")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="unspin-report-"))
    corpus, db, out = work / "corpus", work / "index.db", work / "report.html"
    if not db.exists():
        made = build(corpus, args.originals, args.copies, args.seed)
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "unspin", "scan", str(corpus), "--db", str(db),
                        "--quiet", "--no-paraphrase"], check=True, stdout=subprocess.DEVNULL)
        scan_seconds = time.perf_counter() - started
    else:
        made, scan_seconds = -1, 0.0
    import unspin

    relations = unspin.relations(db)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "unspin", "report", "--db", str(db), "-o", str(out)],
                   check=True)
    report_seconds = time.perf_counter() - started
    result = {
        "articles": len(unspin.articles(db)), "copies_made": made,
        "relations": len(relations),
        "by_kind": {k: sum(r.kind == k for r in relations)
                    for k in ("verbatim", "partial", "spun", "paraphrase")},
        "scan_seconds": round(scan_seconds, 1),
        "report_seconds": round(report_seconds, 1),
        "report_mb": round(out.stat().st_size / 1e6, 2),
        **open_in_chromium(out, args.repeat),
    }
    print(json.dumps(result, indent=2))
    RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
