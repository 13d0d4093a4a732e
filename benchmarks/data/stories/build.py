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
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
SHARED = ROOT.parent / "shared" / "data" / "real-dev"
GATE = ROOT / "tests" / "data" / "gate"
sys.path.insert(0, str(HERE))
import bbc  # noqa: E402
import web2  # noqa: E402
import web3  # noqa: E402
import web4  # noqa: E402
import web5  # noqa: E402
import web6  # noqa: E402
import web7  # noqa: E402
import web8  # noqa: E402
import web9  # noqa: E402
import web10  # noqa: E402
import written  # noqa: E402

import web  # noqa: E402

REUSE_REAL = ROOT / "benchmarks" / "data" / "reuse-real"
# The reuse set's events are stories, except where its notes say a page reports another
# incident or a later step (a story of its own here); a page taking sentences from two stories
# is left out, as the gate's mosaics are.
RR_STORY = {
    "wire-middletoncar-3": "rr:middletoncar-lydgate-2023-03-17",  # another man, another day
    "wire-oregonfires-7": "rr:oregonfires-misstated-figure-2020-09-23",  # AP, two weeks on
    "wire-buffington-4": "rr:buffington-lawsuit-2016",  # the 2016 lawsuit, not the 2015 arrest
    "wire-buffington-6": "rr:buffington-lawsuit-2016",
}
RR_LEFT_OUT = {"wire-buffington-5": "takes sentences from the 2015 arrest and the 2016 lawsuit"}


def split_of(story: str) -> str:
    """Whole stories: dev if the first 8 hex digits of sha256(story id) mod 100 < 60."""
    return "dev" if int(hashlib.sha256(story.encode()).hexdigest()[:8], 16) % 100 < 60 else "held"


# Each label carries its part (where it was labelled and first split) and its split now. Session
# 16 moved the first held part into dev (its figures had been seen several times) and added two
# fresh parts: web2 (new real web pages) and the reuse set's events (benchmarks/data/reuse-real).
# Session 18 added a third fresh part, held3 (web3.py: new real web pages), held out whole.
# Session 19 added a fourth, held4 (web4.py: new real web pages, labelled blind), held out whole.
# Session 20 added a fifth (web5.py, labelled blind), split by topic: dev5 and held5.
# Session 21 added a sixth, held6 (web6.py, labelled blind), held out whole.
# Session 22 added a seventh, held7 (web7.py, labelled blind), held out whole.
# Session 23 added an eighth, held8 (web8.py, labelled blind), held out whole.
# Session 24 added a ninth, held9 (web9.py, labelled blind), held out whole.
# Session 25 added a tenth, held10 (web10.py, labelled blind), held out whole.
SPLIT_OF_PART = {"dev1": "dev", "held1": "dev", "dev2": "dev", "rr-dev": "dev",
                 "held2": "held2", "rr-held": "held-rr", "dev3": "dev3", "held3": "held3",
                 "held4": "held4", "dev5": "dev5", "held5": "held5", "held6": "held6",
                 "held7": "held7", "held8": "held8", "held9": "held9",
                 "held10": "held10"}


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


def web2_part() -> tuple[list[dict], list[dict]]:
    """The session-16 web pages (web2.py): text in ../realweb/texts/<id>.txt, outside the
    repository. A topic goes whole to one part: dev2 if split_of(topic) is dev, else held2."""
    arts, labs = [], []
    for topic, aid, story, fam, orig, role, url, published, title, summary in web2.ARTICLES:
        art = {"id": f"web2:{aid}", "text": None,
               "text_ref": {"path": f"../realweb/texts/{aid}.txt"}, "title": title, "url": url,
               "summary": summary, "source": web2.WEB2_SOURCE}
        if published:
            art["published"] = published
        arts.append(art)
        labs.append({"id": f"web2:{aid}", "story": story, "family": fam, "original": orig,
                     "role": role, "topic": f"web2:{topic}",
                     "part": "dev2" if split_of(topic) == "dev" else "held2",
                     "hard_case": web2.TOPICS[topic][1][story][1][0].replace("-", "_")})
    return arts, labs


def web3_part_of(topic: str) -> str:
    """A web3 topic goes whole to dev3 if the SHA-1 of its id is even, else to held3 (as the
    quotation set's web3 groups were split in session 18)."""
    return "dev3" if int(hashlib.sha1(topic.encode()).hexdigest(), 16) % 2 == 0 else "held3"


def _stored_pages(module: ModuleType, name: str, source: str, part_of: Callable[[str], str]
                  ) -> tuple[list[dict], list[dict]]:
    """A part of stored web pages labelled in ``module`` (web3.py, web4.py): text in
    ../realweb/texts/<id>.txt, outside the repository, with its SHA-256 recorded there; ids
    and topics prefixed ``name:``, each topic's part ``part_of(topic)``."""
    arts, labs = [], []
    for topic, aid, story, fam, orig, role, url, published, title, summary in module.ARTICLES:
        art = {"id": f"{name}:{aid}", "text": None,
               "text_ref": {"path": f"../realweb/texts/{aid}.txt"}, "sha256": module.SHA256[aid],
               "title": title, "url": url, "page": url, "summary": summary, "source": source}
        if published:
            art["published"] = published
        arts.append(art)
        labs.append({"id": f"{name}:{aid}", "story": story, "family": fam, "original": orig,
                     "role": role, "topic": f"{name}:{topic}", "part": part_of(topic),
                     "hard_case": module.TOPICS[topic][1][story][1][0].replace("-", "_")})
    return arts, labs


def _stored_stories(module: ModuleType, name: str) -> dict[str, dict]:
    """A stored-pages part's stories for hard_cases.json: each story's description, tags,
    topic (prefixed ``name:``) and the labeller's note where there is one."""
    return {sid: {"about": d, "tags": t, "topic": f"{name}:{topic}",
                  **({"note": module.NOTES[sid]} if sid in module.NOTES else {})}
            for topic, (_a, stories) in module.TOPICS.items()
            for sid, (d, t) in stories.items()}


def _stored_topics(module: ModuleType, name: str, part_of: Callable[[str], str]
                   ) -> dict[str, dict]:
    """A stored-pages part's topics for hard_cases.json: description, stories and part."""
    return {f"{name}:{topic}": {"about": about, "stories": sorted(stories),
                                "part": part_of(topic)}
            for topic, (about, stories) in module.TOPICS.items()}


def web3_part() -> tuple[list[dict], list[dict]]:
    """The session-18 web pages (web3.py). Held out whole in session 18 (measured once), then
    split by topic in session 19 (web3_part_of): dev3 to develop against, held3 to measure."""
    return _stored_pages(web3, "web3", web3.WEB3_SOURCE, web3_part_of)


def web4_part() -> tuple[list[dict], list[dict]]:
    """The session-19 web pages (web4.py), labelled blind. Part and split `held4`, held out
    whole."""
    return _stored_pages(web4, "web4", web4.WEB4_SOURCE, lambda _topic: "held4")


def web5_part_of(topic: str) -> str:
    """A web5 topic goes whole to dev5 if the SHA-1 of its id is even, else to held5."""
    return ("dev5", "held5")[int(hashlib.sha1(topic.encode()).hexdigest(), 16) % 2]


def web5_part() -> tuple[list[dict], list[dict]]:
    """The session-20 web pages (web5.py), labelled blind, split by topic (web5_part_of): dev5
    to develop against, held5 to measure."""
    return _stored_pages(web5, "web5", web5.WEB5_SOURCE, web5_part_of)


def web6_part() -> tuple[list[dict], list[dict]]:
    """The session-21 web pages (web6.py), labelled blind. Part and split `held6`, held out
    whole."""
    return _stored_pages(web6, "web6", web6.WEB6_SOURCE, lambda _topic: "held6")


def web7_part() -> tuple[list[dict], list[dict]]:
    """The session-22 web pages (web7.py), labelled blind. Part and split `held7`, held out
    whole."""
    return _stored_pages(web7, "web7", web7.WEB7_SOURCE, lambda _topic: "held7")


def web8_part() -> tuple[list[dict], list[dict]]:
    """The session-23 web pages (web8.py), labelled blind. Part and split `held8`, held out
    whole."""
    return _stored_pages(web8, "web8", web8.WEB8_SOURCE, lambda _topic: "held8")


def web9_part() -> tuple[list[dict], list[dict]]:
    """The session-24 web pages (web9.py), labelled blind. Part and split `held9`, held out
    whole."""
    return _stored_pages(web9, "web9", web9.WEB9_SOURCE, lambda _topic: "held9")


def web10_part() -> tuple[list[dict], list[dict]]:
    """The session-25 web pages (web10.py), labelled blind. Part and split `held10`, held out
    whole."""
    return _stored_pages(web10, "web10", web10.WEB10_SOURCE, lambda _topic: "held10")


def reuse_real_part() -> tuple[list[dict], list[dict]]:
    """The reuse set's pages (benchmarks/data/reuse-real, two builders), each event a story: a
    family is a set of pages joined by labelled copy lines (kind not neutral), its original
    the root when its role is original. The reuse set's own split by event (SHA-1 parity)
    decides the part: rr-dev or rr-held. Text in ../realweb/texts/, outside the repository."""
    arts, labs = [], []
    for builder in ("fin", "wire"):
        rows = [json.loads(x) for x in (REUSE_REAL / f"{builder}-articles.jsonl")
                .read_text(encoding="utf-8").splitlines() if x.strip()]
        truth = [json.loads(x) for x in (REUSE_REAL / f"{builder}-truth.jsonl")
                 .read_text(encoding="utf-8").splitlines() if x.strip()]
        parent: dict[str, str] = {}

        def find(x: str, parent: dict[str, str] = parent) -> str:
            while parent.get(x, x) != x:
                x = parent[x]
            return x

        copied = set()
        rows = [r for r in rows if r["id"] not in RR_LEFT_OUT]
        for t in truth:
            if t["kind"] != "neutral" and not {t["copy"], t["source"]} & set(RR_LEFT_OUT):
                parent[find(t["copy"])] = find(t["source"])
                copied.add(t["copy"])
        size: dict[str, int] = {}
        for r in rows:
            size[find(r["id"])] = size.get(find(r["id"]), 0) + 1
        for r in rows:
            root = find(r["id"])
            fam = f"rr:{root}" if size[root] > 1 else None
            event = r["event"]
            part = "rr-" + ("dev", "held")[int(hashlib.sha1(event.encode()).hexdigest(), 16) % 2]
            art = {"id": f"rr:{r['id']}", "text": None, "text_ref": r["text_ref"],
                   "url": r["url"], "source": f"reuse-real ({builder})"}
            if r.get("title"):
                art["title"] = r["title"]
            if r.get("published"):
                art["published"] = r["published"][:10]
            arts.append(art)
            labs.append({"id": f"rr:{r['id']}", "story": RR_STORY.get(r["id"], f"rr:{event}"),
                         "family": fam,
                         "original": fam is not None and r["role"] == "original"
                         and r["id"] not in copied,
                         "role": r["role"], "part": part})
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
        first = written_splits.get(x["story"]) or split_of(x["story"])
        x["part"] = first + "1"
    for part in (web2_part(), reuse_real_part(), web3_part(), web4_part(), web5_part(),
                 web6_part(), web7_part(), web8_part(), web9_part(), web10_part()):
        arts += part[0]
        labs += part[1]
    for x in labs:
        x["split"] = SPLIT_OF_PART[x["part"]]
    with open(HERE / "articles.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for x in arts:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    with open(HERE / "labels.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for x in labs:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    hard = {
        "stories": {
            **{sid: {"about": d, "tags": t} for sid, (d, t) in web.STORIES.items()},
            **{sid: {"about": d, "tags": t, "topic": f"web2:{topic}"}
               for topic, (_a, stories) in web2.TOPICS.items()
               for sid, (d, t) in stories.items()},
            **{sid: {"about": d, "tags": t} for sid, (d, t, _m) in bbc.STORIES.items()},
            **{
                sid: {"about": d, "tags": t, "topic": f"written:{topic}"}
                for sid, (d, t, topic) in written.STORIES.items()
            },
            **_stored_stories(web3, "web3"),
            **_stored_stories(web4, "web4"),
            **_stored_stories(web5, "web5"),
            **_stored_stories(web6, "web6"),
            **_stored_stories(web7, "web7"),
            **_stored_stories(web8, "web8"),
            **_stored_stories(web9, "web9"),
            **_stored_stories(web10, "web10"),
        },
        "written_topics": {
            f"written:{topic}": {
                "about": about,
                "split": written_topic_splits()[topic],
                "stories": [s for s, (_d, _t, tp) in written.STORIES.items() if tp == topic],
            }
            for topic, about in written.TOPICS.items()
        },
        "web2_topics": {f"web2:{topic}": {"about": about, "stories": sorted(stories),
                                          "part": "dev2" if split_of(topic) == "dev" else "held2"}
                        for topic, (about, stories) in web2.TOPICS.items()},
        "web3_topics": _stored_topics(web3, "web3", web3_part_of),
        "web3_left_out": web3.LEFT_OUT,
        "web4_topics": _stored_topics(web4, "web4", lambda _topic: "held4"),
        "web4_left_out": web4.LEFT_OUT,
        "web5_topics": _stored_topics(web5, "web5", web5_part_of),
        "web5_left_out": web5.LEFT_OUT,
        "web6_topics": _stored_topics(web6, "web6", lambda _topic: "held6"),
        "web6_left_out": web6.LEFT_OUT,
        "web7_topics": _stored_topics(web7, "web7", lambda _topic: "held7"),
        "web7_left_out": web7.LEFT_OUT,
        "web8_topics": _stored_topics(web8, "web8", lambda _topic: "held8"),
        "web8_left_out": web8.LEFT_OUT,
        "web9_topics": _stored_topics(web9, "web9", lambda _topic: "held9"),
        "web9_left_out": web9.LEFT_OUT,
        "web10_topics": _stored_topics(web10, "web10", lambda _topic: "held10"),
        "web10_left_out": web10.LEFT_OUT,
        "reuse_real_left_out": RR_LEFT_OUT,
        "reuse_real_stories_split": RR_STORY,
        "bbc_left_out": bbc.LEFT_OUT,
        "gate_excluded": excluded,
    }
    (HERE / "hard_cases.json").write_text(
        json.dumps(hard, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    print(f"{len(arts)} articles, {len(excluded)} gate documents excluded")


if __name__ == "__main__":
    main()
