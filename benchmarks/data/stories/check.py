"""Validate the stories set and print its counts.

Run from anywhere:  python benchmarks/data/stories/check.py   (exit status 1 on any error)
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]


def load(name: str) -> list[dict]:
    return [
        json.loads(x) for x in (HERE / name).read_text(encoding="utf-8").splitlines() if x.strip()
    ]


def main() -> int:
    arts, labs = load("articles.jsonl"), load("labels.jsonl")
    hard = json.loads((HERE / "hard_cases.json").read_text(encoding="utf-8"))
    errors: list[str] = []
    ids = [a["id"] for a in arts]
    for i, n in Counter(ids).items():
        if n > 1:
            errors.append(f"article id {i} appears {n} times")
    lab_ids = Counter(x["id"] for x in labs)
    for i, n in lab_ids.items():
        if n > 1:
            errors.append(f"{i} labelled {n} times")
    for i in set(ids) - set(lab_ids):
        errors.append(f"{i} has no label")
    for i in set(lab_ids) - set(ids):
        errors.append(f"label for unknown article {i}")
    for a in arts:
        if "source" not in a:
            errors.append(f"{a['id']}: no source")
        if a.get("text") is None and "text_ref" not in a and "url" not in a:
            errors.append(f"{a['id']}: neither text, text_ref nor url")
        p = a.get("published")
        if p is not None and (len(p) != 10 or p[4] != "-" or p[7] != "-"):
            errors.append(f"{a['id']}: published {p!r} is not YYYY-MM-DD")
        ref = a.get("text_ref", {}).get("path")
        if ref and not ref.startswith("../") and not (ROOT / ref).is_file():
            errors.append(f"{a['id']}: missing {ref}")
        # shared files are checked only where ../shared/ is on this machine
        shared_here = (ROOT.parent / "shared").is_dir()
        if ref and ref.startswith("../") and shared_here and not (ROOT / ref).resolve().is_file():
            errors.append(f"{a['id']}: missing {ref}")
        # a recorded SHA-256 must be well formed, and match the text where the text is here
        sha = a.get("sha256")
        if a["id"].startswith(("web3:", "web4:")) and not sha:
            errors.append(f"{a['id']}: no sha256")
        if sha is not None and (len(sha) != 64 or set(sha) - set("0123456789abcdef")):
            errors.append(f"{a['id']}: sha256 {sha!r} is not 64 hex digits")
        elif sha and ref and (ROOT / ref).resolve().is_file():
            got = hashlib.sha256((ROOT / ref).resolve().read_bytes()).hexdigest()
            if got != sha:
                errors.append(f"{a['id']}: {ref} has SHA-256 {got[:12]}..., recorded {sha[:12]}...")
    fam_story: dict[str, set] = defaultdict(set)
    fam_orig: Counter = Counter()
    fam_size: Counter = Counter()
    story_split: dict[str, set] = defaultdict(set)
    story_part: dict[str, set] = defaultdict(set)
    parts = {"dev1": "dev", "held1": "dev", "dev2": "dev", "rr-dev": "dev", "held2": "held2",
             "rr-held": "held-rr", "dev3": "dev3", "held3": "held3", "held4": "held4",
             "dev5": "dev5", "held5": "held5", "held6": "held6", "held7": "held7",
             "held8": "held8", "held9": "held9", "held10": "held10"}
    for x in labs:
        if parts.get(x.get("part", "")) != x["split"]:
            errors.append(f"{x['id']}: part {x.get('part')!r}, split {x['split']!r}")
        story_split[x["story"]].add(x["split"])
        story_part[x["story"]].add(x["part"])
        if x["family"] is None:
            if x["original"]:
                errors.append(f"{x['id']}: original without a family")
            continue
        fam_story[x["family"]].add(x["story"])
        fam_size[x["family"]] += 1
        fam_orig[x["family"]] += bool(x["original"])
    for f, s in fam_story.items():
        if len(s) > 1:
            errors.append(f"family {f} spans stories {sorted(s)}")
        if fam_orig[f] > 1:
            errors.append(f"family {f} has {fam_orig[f]} originals")
        if fam_size[f] < 2:
            errors.append(f"family {f} has a single member")
    for s, sp in story_split.items():
        if len(sp) > 1:
            errors.append(f"story {s} is split across {sorted(sp)}")
    for s in hard["stories"]:
        if s not in story_split:
            errors.append(f"hard case {s} is not a labelled story")
    story_size = Counter(x["story"] for x in labs)
    for x in labs:
        if not x["id"].startswith("bbc:"):
            continue
        if x["family"] is not None or x["original"]:
            errors.append(f"{x['id']}: a BBC piece is in no family")
        want = (
            "one_event_several_reports" if story_size[x["story"]] > 1 else "same_topic_other_event"
        )
        if x.get("hard_case") != want:
            errors.append(f"{x['id']}: hard_case {x.get('hard_case')!r}, expected {want!r}")

    # written articles: text inline, hard_case = their story's first tag, each topic in one split
    written_tags = {s: d["tags"] for s, d in hard["stories"].items() if s.startswith("written:")}
    has_text = {a["id"] for a in arts if a.get("text")}
    for x in labs:
        if not x["id"].startswith("written:"):
            continue
        if x["id"] not in has_text:
            errors.append(f"{x['id']}: a written article without its text")
        tags = written_tags.get(x["story"])
        if not tags:
            errors.append(f"{x['id']}: story {x['story']} has no hard-case entry")
        elif x.get("hard_case") != tags[0].replace("-", "_"):
            errors.append(
                f"{x['id']}: hard_case {x.get('hard_case')!r}, story's first tag {tags[0]!r}"
            )
    for topic, d in hard.get("written_topics", {}).items():
        sp = {v for s in d["stories"] for v in story_part.get(s, {"(missing)"})}
        if sp != {d["split"] + "1"}:
            errors.append(f"written topic {topic}: stories in {sorted(sp)}, expected {d['split']}")
    for name in ("web2", "web3", "web4", "web5"):
        for topic, d in hard.get(f"{name}_topics", {}).items():
            sp = {v for s in d["stories"] for v in story_part.get(s, {"(missing)"})}
            if sp != {d["part"]}:
                errors.append(
                    f"{name} topic {topic}: stories in {sorted(sp)}, expected {d['part']}"
                )
    # web3, web4 and web5 labels: each carries its story's first tag, and a labelled
    # original is dated no later than any dated member of its family
    web3_tags = {s: d["tags"] for s, d in hard["stories"].items()
                 if s.startswith(("web3:", "web4:", "web5:"))}
    published = {a["id"]: a.get("published") for a in arts}
    for x in labs:
        if not x["id"].startswith(("web3:", "web4:", "web5:")):
            continue
        tags = web3_tags.get(x["story"])
        if not tags:
            errors.append(f"{x['id']}: story {x['story']} has no hard-case entry")
        elif x.get("hard_case") != tags[0].replace("-", "_"):
            errors.append(
                f"{x['id']}: hard_case {x.get('hard_case')!r}, story's first tag {tags[0]!r}"
            )
        if x["original"]:
            mine = published.get(x["id"])
            if not mine:
                errors.append(f"{x['id']}: a labelled original without a date")
            for y in labs:
                if y["family"] == x["family"] and (published.get(y["id"]) or "9999") < (mine or ""):
                    errors.append(f"{x['id']}: {y['id']} is dated before the labelled original")

    src = {a["id"]: a["source"].split(" ")[0] for a in arts}
    undated = {a["id"] for a in arts if not a.get("published")}
    print(
        f"articles {len(arts)}  stories {len(story_split)}  families {len(fam_story)} "
        f"({sum(1 for f in fam_story if fam_orig[f])} with a labelled original)  "
        f"articles in no family {sum(1 for x in labs if x['family'] is None)}"
    )
    by_src: dict[str, list] = defaultdict(list)
    for x in labs:
        by_src[src[x["id"]]].append(x)
    for name, ls in by_src.items():
        print(
            f"  {name:8} articles {len(ls):4}  stories {len({x['story'] for x in ls}):3}  "
            f"families {len({x['family'] for x in ls if x['family']}):3}  "
            f"undated {sum(1 for x in ls if x['id'] in undated):3}"
        )
    for pt in sorted(parts):
        st = [s for s, v in story_part.items() if v == {pt}]
        ls = [x for x in labs if x["part"] == pt]
        print(f"  part {pt:7} (split {parts[pt]:7}): stories {len(st):3}  articles {len(ls):4}  "
              f"labelled originals {sum(1 for x in ls if x['original']):3}")
    for sp in ("dev", "held2", "held-rr", "dev3", "held3", "held4", "dev5", "held5", "held6",
               "held7", "held8", "held9", "held10"):
        st = [s for s, v in story_split.items() if v == {sp}]
        print(
            f"  split {sp:4}: stories {len(st):3}  articles "
            f"{sum(1 for x in labs if x['split'] == sp):4}"
            + "".join(
                f"   ({p}: stories {sum(1 for s in st if s.startswith(p + ':')):3}  articles "
                f"{sum(1 for x in labs if x['split'] == sp and x['id'].startswith(p + ':')):3})"
                for p in ("bbc", "written")
            )
        )
    for p in ("bbc", "written"):
        mine = [x for x in labs if "hard_case" in x and x["id"].startswith(p + ":")]
        hc = Counter((x["hard_case"], x["split"]) for x in mine)
        tagged = {(x["hard_case"], x["split"], x["story"]) for x in mine}
        hc_st = Counter((k, sp) for k, sp, _ in tagged)
        print(f"{p} articles by hard_case (dev / held articles, stories):")
        for k in sorted({k for k, _ in hc}):
            print(
                f"  {k:28} articles {hc[(k, 'dev')]:3} / {hc[(k, 'held')]:3}   stories "
                f"{hc_st[(k, 'dev')]:3} / {hc_st[(k, 'held')]:3}"
            )
    tags: Counter = Counter()
    tag_articles: Counter = Counter()
    story_n = Counter(x["story"] for x in labs)
    for s, d in hard["stories"].items():
        for t in d["tags"]:
            tags[t] += 1
            tag_articles[t] += story_n[s]
    print("hard cases (stories / articles):")
    for t in sorted(tags):
        print(f"  {t:28} {tags[t]:3} / {tag_articles[t]:3}")
    print(f"  gate documents left out (two stories or two families): {len(hard['gate_excluded'])}")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
