"""Stories: a learned same-story pair model against the rules, cross-validated on the dev split.

Scans the dev split (as ``benchmarks/stories.py`` does), takes every pair of articles in
different copy families sharing ``min_shared`` facts within the date window (``cluster.links``
with no share floor), and fits a logistic regression over readable pair features (the share of
the smaller article's weighted facts, the log of the facts shared, "both name days of the week,
none in common", "a day of the week in common"), each source and class weighing the same, by
plain gradient descent. Leaving one dev part out at a time (dev1, held1, dev2, rr-dev), the
model fitted on the other parts scores the left-out part's pairs; average linkage over its
probabilities groups that part, at several linkage levels. Beside it, under the same protocol
(each part grouped alone, the weights of the pooled split): session 16's rule (links of 0.2 or
more) and session 17's (pairs down to 0.1 unless they name other weekdays). Reports pairwise
precision, recall and F1 pooled over the parts, and by part. Develop only: it reads dev labels.

    python benchmarks/stories_pairs.py
"""

from __future__ import annotations

import heapq
import sys
import tempfile
from pathlib import Path

import numpy as np

import unspin
from stories import load, write_corpus
from unspin.config import Config
from unspin.jobs.stories import story_articles, whole_families
from unspin.store.sqlite import open_store
from unspin.stories.cluster import StoryConfig, links, other_days, weekdays
from unspin.stories.measure import pairwise

PARTS = ("dev1", "held1", "dev2", "rr-dev")
FEATURES = ("share", "log_shared", "other_weekdays", "weekday_in_common")


def fit(x: np.ndarray, y: np.ndarray, w: np.ndarray, l2: float = 1.0, steps: int = 4000
        ) -> tuple[np.ndarray, float]:
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-9
    z = (x - mean) / scale
    weights, bias = np.zeros(z.shape[1]), 0.0
    for _ in range(steps):
        g = w * (1.0 / (1.0 + np.exp(-(z @ weights + bias))) - y)
        weights -= 0.5 * (z.T @ g / w.sum() + l2 * weights / len(y))
        bias -= 0.5 * float(g.sum() / w.sum())
    return weights / scale, bias - float((mean / scale) @ weights)


def group(members: list[int], unit: list[int], linked: dict[tuple[int, int], float],
          level: float) -> dict[int, int]:
    """Average linkage over ``linked`` among ``members`` (copy families joined first)."""
    of = {a: unit[a] for a in members}
    grouped: dict[int, list[int]] = {}
    for a in members:
        grouped.setdefault(of[a], []).append(a)
    near: dict[int, dict[int, float]] = {}
    for (a, b), value in linked.items():
        if a in of and b in of and of[a] != of[b]:
            ga, gb = of[a], of[b]
            near.setdefault(ga, {})[gb] = near.get(ga, {}).get(gb, 0.0) + value
            near.setdefault(gb, {})[ga] = near[ga][gb]

    def entry(a: int, b: int) -> tuple[float, int, int]:
        return -near[a][b] / (len(grouped[a]) * len(grouped[b])), min(a, b), max(a, b)

    heap = [entry(a, b) for a, others in near.items() for b in others if a < b]
    heapq.heapify(heap)
    while heap:
        negative, a, b = heapq.heappop(heap)
        if a not in grouped or b not in grouped or b not in near.get(a, {}):
            continue
        if abs(entry(a, b)[0] - negative) > 1e-12:
            continue
        if -negative < level:
            break
        keep, gone = (a, b) if len(grouped[a]) >= len(grouped[b]) else (b, a)
        for k in grouped[gone]:
            of[k] = keep
        grouped[keep] += grouped.pop(gone)
        mine = near.setdefault(keep, {})
        for other, value in near.pop(gone, {}).items():
            del near[other][gone]
            if other != keep:
                mine[other] = mine.get(other, 0.0) + value
                near[other][keep] = mine[other]
        for other in mine:
            heapq.heappush(heap, entry(keep, other))
    return of


def main() -> None:
    records, labels, _missing = load("dev")
    with tempfile.TemporaryDirectory() as folder:
        names = write_corpus(records, Path(folder) / "corpus")
        unspin.scan(Path(folder) / "corpus", db=Path(folder) / "index.db")
        with open_store(Path(folder) / "index.db", Config().index_summary(), create=False,
                        snapshot=True) as store:
            rows, relations = list(store.story_rows()), list(store.relations())
    items = story_articles(rows)
    ids = [names[a.id] for a in items]
    index = {a.id: k for k, a in enumerate(items)}
    unit = list(range(len(items)))
    for family in whole_families(relations):
        heads = {unit[index[a]] for a in family}
        for k, u in enumerate(unit):
            if u in heads:
                unit[k] = min(heads)
    found = links(items, StoryConfig(), units=unit, floor=0.0)
    pairs = np.array(list(found), dtype=np.int64)
    share = np.fromiter(found.values(), dtype=np.float64, count=len(found))
    shared = np.array([len(np.intersect1d(items[a].facts, items[b].facts)) for a, b in pairs])
    days = weekdays(items)
    apart = other_days(days, pairs[:, 0], pairs[:, 1])
    common = (days[pairs[:, 0]] & days[pairs[:, 1]]) > 0
    x = np.column_stack([share, np.log(shared), apart, common]).astype(np.float64)
    story = [labels[a]["story"] for a in ids]
    y = np.array([story[a] == story[b] for a, b in pairs], dtype=np.float64)
    source = np.array([ids[a].split(":")[0] for a in pairs[:, 0]])
    part = np.array([labels[a]["part"] for a in ids])
    truth = {ids[k]: story[k] for k in range(len(ids))}

    def score(name: str, grouping: dict[str, int]) -> None:
        pooled = pairwise(truth, {a: str(g) for a, g in grouping.items()})
        by_part = {p: pairwise({a: truth[a] for a in truth if labels[a]["part"] == p},
                               {a: str(g) for a, g in grouping.items()
                                if labels[a]["part"] == p})["f1"] for p in PARTS}
        print(f"{name:44} P {pooled['precision']:.3f} R {pooled['recall']:.3f} "
              f"F1 {pooled['f1']:.3f} | " + " ".join(f"{p} {v:.3f}" for p, v in by_part.items()))

    def each_part(linked_of: dict[str, dict[tuple[int, int], float]], level: float
                  ) -> dict[str, int]:
        out: dict[str, int] = {}
        for p in PARTS:
            members = [k for k in range(len(ids)) if part[k] == p]
            out.update({ids[k]: g for k, g in group(members, unit, linked_of[p], level).items()})
        return out

    def as_links(values: np.ndarray, keep: np.ndarray) -> dict[tuple[int, int], float]:
        return {(int(a), int(b)): float(v) for (a, b), v, k in zip(pairs, values, keep,
                                                                  strict=True) if k}

    old = as_links(share, share >= 0.2)
    new = as_links(share, (share >= 0.2) | ((share >= 0.1) & ~apart))
    score("session 16's rule (links of 0.2)", each_part({p: old for p in PARTS}, 0.2))
    score("session 17's rule (0.1 unless other days)", each_part({p: new for p in PARTS}, 0.2))
    model: dict[str, dict[tuple[int, int], float]] = {}
    for p in PARTS:
        train = (part[pairs[:, 0]] != p) & (part[pairs[:, 1]] != p)
        weight = np.zeros(len(y))
        for s in set(source[train]):
            for c in (0.0, 1.0):
                chosen = train & (source == s) & (y == c)
                weight[chosen] = 1.0 / max(1, int(chosen.sum()))
        coefficients, bias = fit(x[train], y[train], weight[train])
        print(f"fitted without {p}: " + ", ".join(
            f"{n} {c:+.2f}" for n, c in zip(FEATURES, coefficients, strict=True))
            + f", bias {bias:+.2f}", file=sys.stderr)
        model[p] = as_links(1.0 / (1.0 + np.exp(-(x @ coefficients + bias))),
                            np.ones(len(y), dtype=bool))
    for level in (0.25, 0.3, 0.4, 0.5):
        score(f"logistic, left-out part, linkage {level}", each_part(model, level))


if __name__ == "__main__":
    main()
