"""The URLs of every labelled set under benchmarks/data/ but one part's own, for the parts'
checkers (check5.py, check6.py): a fresh part takes no page another set already holds."""

from __future__ import annotations

import json
import re
from pathlib import Path

DATA = Path(__file__).resolve().parents[1]
BUILT = DATA / "stories"


def other_urls(part: str, also_skip: tuple[str, ...] = ()) -> set[str]:
    """URLs in the .jsonl and .json files and the .py label files (single- or double-quoted)
    under benchmarks/data/, leaving out the part's own: its ``<part>.py`` and checker, what
    build.py writes from it (its lines of stories/articles.jsonl, its left-out pages in
    hard_cases.json), and the files named in ``also_skip`` (sets labelled in the same sitting,
    which may share a page: both are held out)."""
    urls: set[str] = set()
    for f in [*DATA.rglob("*.jsonl"), *DATA.rglob("*.json")]:
        if f.name in also_skip:
            continue
        text = f.read_text(encoding="utf-8")
        if f == BUILT / "articles.jsonl":
            text = "\n".join(line for line in text.splitlines()
                             if not line.startswith(f'{{"id": "{part}:'))
        elif f == BUILT / "hard_cases.json":
            hard = json.loads(text)
            hard.pop(f"{part}_left_out", None)
            text = json.dumps(hard)
        urls.update(re.findall(r'"(https?://[^"]+)"', text))
    for f in DATA.rglob("*.py"):
        if f.name in (f"{part}.py", f"check{part[3:]}.py", "labelled_urls.py"):
            continue
        text = f.read_text(encoding="utf-8")
        urls.update(re.findall(r"'(https?://[^']+)'", text))
        urls.update(re.findall(r'"(https?://[^"]+)"', text))
    return urls
