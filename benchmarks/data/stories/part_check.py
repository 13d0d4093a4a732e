"""The checks of a part of blind-labelled stored pages (web5.py, web6.py), for its checker
(check5.py, check6.py), and the URLs of every other labelled set under benchmarks/data/: a
fresh part takes no page another set already holds.

Checks: ids unique; every story in TOPICS under the article's topic; every TOPICS story has an
article; each family has at most one original, an original is role `original` and the reverse;
no dated member of a family is dated before its original; every text present at
../realweb/texts/<id>.txt has the SHA-256 recorded in SHA256 (a missing text is reported, and is
an error with --texts); no URL is in another labelled set of benchmarks/data/. Exits 1 on error.
"""

from __future__ import annotations

import collections
import hashlib
import json
import pathlib
import re
import sys
from types import ModuleType

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[2]
DATA = ROOT / "benchmarks" / "data"
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
        if f.name in (f"{part}.py", f"check{part[3:]}.py", "part_check.py"):
            continue
        text = f.read_text(encoding="utf-8")
        urls.update(re.findall(r"'(https?://[^']+)'", text))
        urls.update(re.findall(r'"(https?://[^"]+)"', text))
    return urls


ROLES = {"original", "wire_copy", "verbatim_copy", "edited_copy", "partial_copy", "excerpt_copy",
         "spun_copy", "rewrite", "write_through", "live_blog", "likely_source",
         "independent_same_story"}


def check(labels: ModuleType, also_skip: tuple[str, ...] = ()) -> int:
    """Check the part ``labels`` (a module of TOPICS, ARTICLES, SHA256, NOTES and LEFT_OUT:
    web5.py, labels.py), print its counts and its errors; 1 on error. ``also_skip``: the files
    of sets labelled in the same session (``other_urls``)."""
    need_texts = "--texts" in sys.argv
    errors: list[str] = []
    seen: set[str] = set()
    story_topic = {s: t for t, (_d, stories) in labels.TOPICS.items() for s in stories}
    fams: dict[str, list[tuple]] = collections.defaultdict(list)
    used_stories: set[str] = set()
    texts_dir = ROOT.parent / "realweb" / "texts"
    missing = 0
    for art in labels.ARTICLES:
        topic, aid, story, fam, orig, role, _url, published, _title, _summary = art
        if aid in seen:
            errors.append(f"duplicate id {aid}")
        seen.add(aid)
        if story_topic.get(story) != topic:
            errors.append(f"{aid}: story {story} not in topic {topic}")
        used_stories.add(story)
        if role not in ROLES:
            errors.append(f"{aid}: unknown role {role}")
        if orig != (role == "original"):
            errors.append(f"{aid}: original flag and role disagree")
        if orig and not fam:
            errors.append(f"{aid}: an original outside a family")
        if published is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", published):
            errors.append(f"{aid}: bad date {published}")
        if fam:
            fams[fam].append(art)
        if aid not in labels.SHA256:
            errors.append(f"{aid}: no SHA-256")
        path = texts_dir / f"{aid}.txt"
        if path.exists():
            if hashlib.sha256(path.read_bytes()).hexdigest() != labels.SHA256.get(aid):
                errors.append(f"{aid}: SHA-256 differs from {path}")
        else:
            missing += 1
            if need_texts:
                errors.append(f"{aid}: text missing at {path}")
    for s in story_topic:
        if s not in used_stories:
            errors.append(f"story {s} has no article")
    for extra in set(labels.SHA256) - seen:
        errors.append(f"SHA256 has {extra}, not an article")
    originals = 0
    for fam, arts in fams.items():
        if len(arts) < 2:
            errors.append(f"family {fam} has one member")
        if len({a[2] for a in arts}) > 1:
            errors.append(f"family {fam} spans stories")
        origs = [a for a in arts if a[4]]
        if len(origs) > 1:
            errors.append(f"family {fam} has {len(origs)} originals")
        if origs:
            originals += 1
            od = origs[0][7]
            if od is None:
                errors.append(f"family {fam}: original undated")
            for a in arts:
                if od and a[7] and a[7] < od:
                    errors.append(f"family {fam}: {a[1]} dated {a[7]} before original {od}")
    for sid in labels.NOTES:
        if sid not in story_topic:
            errors.append(f"NOTES names {sid}, not a story")
    for u in labels.LEFT_OUT:
        if u in {a[6] for a in labels.ARTICLES}:
            errors.append(f"LEFT_OUT URL is also an article: {u}")
    clash = {a[6] for a in labels.ARTICLES} & other_urls(labels.__name__, also_skip)
    for u in sorted(clash):
        errors.append(f"URL in another set: {u}")
    stories_by_topic = {t: len(s) for t, (_d, s) in labels.TOPICS.items()}
    tags = collections.Counter(tag for _t, (_d, s) in labels.TOPICS.items()
                               for _sid, (_sd, tl) in s.items() for tag in tl)
    counts = {
        "pages": len(labels.ARTICLES), "topics": len(labels.TOPICS), "stories": len(story_topic),
        "families": len(fams), "originals": originals,
        "undated": sum(1 for a in labels.ARTICLES if a[7] is None),
        "texts_missing": missing, "stories_by_topic": stories_by_topic,
        "pages_by_topic": dict(collections.Counter(a[0] for a in labels.ARTICLES)),
        "hard_case_tags (stories)": dict(tags), "left_out": len(labels.LEFT_OUT),
    }
    print(json.dumps(counts, indent=1))
    for e in errors:
        print("ERROR", e)
    print("ok" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0
