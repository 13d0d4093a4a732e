"""How well a grouping of articles into stories matches a labelled one: the measures of the
news-clustering literature (pairwise precision, recall and F1 over article pairs; BCubed), and
the share of labelled originals that are the root of their family."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping


def pairwise(truth: Mapping[str, str], found: Mapping[str, str]) -> dict[str, float]:
    """Pairwise precision, recall and F1 of "same story" over the articles both label
    (``truth`` and ``found``: article id → story id), counted from group sizes."""
    articles = truth.keys() & found.keys()
    cells = Counter((truth[a], found[a]) for a in articles)
    true_sizes = Counter(truth[a] for a in articles)
    found_sizes = Counter(found[a] for a in articles)

    def pairs(n: int) -> int:
        return n * (n - 1) // 2

    both = sum(pairs(n) for n in cells.values())
    true_pairs = sum(pairs(n) for n in true_sizes.values())
    found_pairs = sum(pairs(n) for n in found_sizes.values())
    precision = both / found_pairs if found_pairs else 1.0
    recall = both / true_pairs if true_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "articles": len(articles)}


def bcubed(truth: Mapping[str, str], found: Mapping[str, str]) -> dict[str, float]:
    """BCubed precision, recall and F1 (Bagga and Baldwin): per article, the share of its
    predicted story that shares its labelled story, and the reverse, averaged."""
    articles = sorted(truth.keys() & found.keys())
    if not articles:
        return {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    cells = Counter((truth[a], found[a]) for a in articles)
    true_sizes = Counter(truth[a] for a in articles)
    found_sizes = Counter(found[a] for a in articles)
    precision = sum(cells[(truth[a], found[a])] / found_sizes[found[a]] for a in articles)
    recall = sum(cells[(truth[a], found[a])] / true_sizes[truth[a]] for a in articles)
    precision, recall = precision / len(articles), recall / len(articles)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def origin_accuracy(originals: Mapping[str, str], roots: Mapping[str, str]) -> float | None:
    """The share of labelled originals (family id → article id) that are the root of the family
    found for them (``roots``: article id → the root of its found family); None without any."""
    if not originals:
        return None
    right = sum(roots.get(article) == article for article in originals.values())
    return round(right / len(originals), 4)
