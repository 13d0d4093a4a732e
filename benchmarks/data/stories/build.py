"""Build articles.jsonl, labels.jsonl and hard_cases.json for the stories set.

Run from the repository root:  .venv/bin/python benchmarks/data/stories/build.py
Deterministic: the same inputs give the same files. Needs ../shared/data/real-dev/ (labels only
are taken from it) and regenerates the gate manifest with scripts/make_gate.py in a temp dir.
The written articles (written.py) carry their text inline.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
SHARED = ROOT.parent / "shared" / "data" / "real-dev"
GATE = ROOT / "tests" / "data" / "gate"
sys.path.insert(0, str(HERE))
import bbc  # noqa: E402
import written  # noqa: E402

import web  # noqa: E402


def split_of(story: str) -> str:
    """Whole stories: dev if the first 8 hex digits of sha256(story id) mod 100 < 60."""
    return "dev" if int(hashlib.sha256(story.encode()).hexdigest()[:8], 16) % 100 < 60 else "held"


def real_dev() -> tuple[list[dict], list[dict], dict]:
    roles = json.loads((SHARED / "roles.json").read_text())
    truth = [json.loads(x) for x in (SHARED / "truth.jsonl").read_text().splitlines() if x.strip()]
    corpus = {}
    for line in (SHARED / "corpus.jsonl").read_text().splitlines():
        if line.strip():
            d = json.loads(line)
            corpus[d["id"]] = d
    parent = {t["copy"]: t["source"] for t in truth if t["kind"] != "neutral"}

    def root(i: str) -> str:
        while i in parent:
            i = parent[i]
        return i

    members: dict[str, list[str]] = {}
    for i in roles:
        members.setdefault(root(i), []).append(i)
    arts, labs = [], []
    for i in sorted(corpus):
        story, role = roles[i]
        r = root(i)
        fam = f"realdev:{r}" if len(members[r]) > 1 else None
        a = {
            "id": f"realdev:{i}",
            "text": None,
            "text_ref": {"path": "../shared/data/real-dev/corpus.jsonl", "id": i},
            "title": corpus[i].get("title"),
            "url": corpus[i].get("url"),
            "source": "real-dev",
        }
        if corpus[i].get("published"):
            a["published"] = corpus[i]["published"][:10]
        arts.append({k: v for k, v in a.items() if v is not None or k == "text"})
        # The family's original is the article whose role is "original"; a family whose root is
        # itself a copy of an article outside the set has no labelled original.
        labs.append(
            {
                "id": f"realdev:{i}",
                "story": f"realdev:{story}",
                "family": fam,
                "original": fam is not None and role == "original" and r == i,
                "role": role,
            }
        )
    return arts, labs, {}


def gate() -> tuple[list[dict], list[dict], list[dict]]:
    with tempfile.TemporaryDirectory() as tmp:
        man = Path(tmp) / "manifest.jsonl"
        subprocess.run(
            [
                sys.executable,
                str(ROOT / "scripts" / "make_gate.py"),
                "--seed",
                "20240222",
                "--out",
                tmp,
                "--manifest",
                str(man),
            ],
            check=True,
            capture_output=True,
        )
        for f in sorted((Path(tmp) / "corpus").iterdir()):
            if f.read_bytes() != (GATE / "corpus" / f.name).read_bytes():
                raise SystemExit(f"gate corpus differs from make_gate output: {f.name}")
        rows = [json.loads(x) for x in man.read_text().splitlines() if x.strip()]
    # which -b/-c reports were republished (they then head a family)
    republished = {
        r["label"].split("/")[0]
        for r in rows
        if "/" in r["label"] and r["label"].split("/")[0][-1] in "bc"
    }
    arts, labs, excluded = [], [], []
    for r in sorted(rows, key=lambda r: r["id"]):
        lab = r["label"]
        head, _, kind = lab.partition("/")
        if "partial" in kind or "mosaic" in kind:
            excluded.append({"id": f"gate:{r['id']}", "why": lab})
            continue
        nn, letter = head.split("-")[1], head.split("-")[2]
        story = f"gate:story-{nn}"
        if letter in "ar":  # -a story, its copies and its rewrite form one family
            fam, orig = f"gate:story-{nn}-a", (lab == head and letter == "a")
        else:
            fam = f"gate:{head}" if head in republished else None
            orig = fam is not None and lab == head
        base = kind.split(",")[0].split("-")[0]
        role = (
            "original"
            if orig
            else "independent_same_story"
            if kind == ""
            else "rewrite"
            if base == "paraphrase"
            else base + "_copy"
        )
        arts.append(
            {
                "id": f"gate:{r['id']}",
                "text": None,
                "text_ref": {"path": f"tests/data/gate/corpus/{r['id']}.txt"},
                "source": "gate",
            }
        )
        labs.append(
            {"id": f"gate:{r['id']}", "story": story, "family": fam, "original": orig, "role": role}
        )
    return arts, labs, excluded


def web_part() -> tuple[list[dict], list[dict]]:
    arts, labs = [], []
    for a in web.ARTICLES:
        art = {
            "id": a["id"],
            "text": None,
            "title": a["title"],
            "url": a["url"],
            "page": a["page"],
            "summary": a["summary"],
            "source": web.WEB_SOURCE,
        }
        if a["published"]:
            art["published"] = a["published"]
        arts.append(art)
        labs.append(
            {
                "id": a["id"],
                "story": a["story"],
                "family": a["family"],
                "original": a["original"],
                "role": a["role"],
            }
        )
    return arts, labs


def bbc_part() -> tuple[list[dict], list[dict]]:
    """The hand-labelled BBC News articles (bbc.py), referenced by path under ../shared/."""
    arts, labs = [], []
    for story, (_about, _tags, members) in bbc.STORIES.items():
        several = len(members) > 1
        for m in members:
            path = f"{bbc.BBC_DIR}/{m}.txt"
            title = (ROOT / path).resolve().read_text(encoding="utf-8", errors="replace")
            aid = f"bbc:{m}"
            arts.append(
                {
                    "id": aid,
                    "text": None,
                    "text_ref": {"path": path},
                    "title": title.splitlines()[0].strip(),
                    "source": bbc.BBC_SOURCE,
                }
            )
            labs.append(
                {
                    "id": aid,
                    "story": story,
                    "family": None,
                    "original": False,
                    "role": "independent_same_story",
                    "hard_case": "one_event_several_reports"
                    if several
                    else "same_topic_other_event",
                }
            )
    return arts, labs


def written_topic_splits() -> dict[str, str]:
    """Written topics go whole to one split: like topics are paired (written.PAIRS), and in each
    pair the topic whose sha256 hex digest is lower goes to dev, the other to held."""
    out = {}
    for pair in written.PAIRS:
        first, second = sorted(pair, key=lambda t: hashlib.sha256(t.encode()).hexdigest())
        out[first], out[second] = "dev", "held"
    if set(out) != set(written.TOPICS):
        raise SystemExit(f"written topics not paired: {sorted(set(written.TOPICS) ^ set(out))}")
    return out


def written_part() -> tuple[list[dict], list[dict], dict[str, str]]:
    """The articles written for the set (written.py, CC0-1.0), text inline; with the split of
    each written story (its topic's)."""
    topic_split = written_topic_splits()
    arts, labs = [], []
    for a in written.ARTICLES:
        art = {"id": a["id"], "text": a["text"], "title": a["title"], "url": a["url"]}
        if a["published"]:
            art["published"] = a["published"]
        if a["byline"]:
            art["byline"] = a["byline"]
        art["source"] = written.WRITTEN_SOURCE
        arts.append(art)
        tags = written.STORIES[a["story"]][1]
        labs.append(
            {
                "id": a["id"],
                "story": a["story"],
                "family": a["family"],
                "original": a["original"],
                "role": a["role"],
                "hard_case": tags[0].replace("-", "_"),
            }
        )
    splits = {s: topic_split[topic] for s, (_d, _t, topic) in written.STORIES.items()}
    return arts, labs, splits


def main() -> None:
    arts, labs = [], []
    written_arts, written_labs, written_splits = written_part()
    parts = [real_dev()[:2], gate(), web_part(), bbc_part(), (written_arts, written_labs)]
    excluded = parts[1][2]
    for part in parts:
        arts += part[0]
        labs += part[1]
    for x in labs:
        x["split"] = written_splits.get(x["story"]) or split_of(x["story"])
    with open(HERE / "articles.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for x in arts:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    with open(HERE / "labels.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for x in labs:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    hard = {
        "stories": {
            **{sid: {"about": d, "tags": t} for sid, (d, t) in web.STORIES.items()},
            **{sid: {"about": d, "tags": t} for sid, (d, t, _m) in bbc.STORIES.items()},
            **{
                sid: {"about": d, "tags": t, "topic": f"written:{topic}"}
                for sid, (d, t, topic) in written.STORIES.items()
            },
        },
        "written_topics": {
            f"written:{topic}": {
                "about": about,
                "split": written_topic_splits()[topic],
                "stories": [s for s, (_d, _t, tp) in written.STORIES.items() if tp == topic],
            }
            for topic, about in written.TOPICS.items()
        },
        "bbc_left_out": bbc.LEFT_OUT,
        "gate_excluded": excluded,
    }
    (HERE / "hard_cases.json").write_text(
        json.dumps(hard, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    print(f"{len(arts)} articles, {len(excluded)} gate documents excluded")


if __name__ == "__main__":
    main()
