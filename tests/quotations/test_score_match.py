"""The quotation scorer's matching: each record takes one labelled quotation it overlaps."""

from __future__ import annotations

from unspin.quotations.score import match, score


def label(article: str, start: int, end: int, cluster: str) -> dict[str, object]:
    return {"article": article, "start": start, "end": end, "speaker": "Jane Holt",
            "cluster": cluster}


def record(article: str, start: int, end: int) -> dict[str, object]:
    return {"article": article, "start": start, "end": end, "speaker": "Holt",
            "speaker_id": "Jane Holt", "cluster": "q1"}


def test_each_record_takes_the_first_free_label_it_overlaps_in_its_own_article() -> None:
    labels = [label("a", 0, 10, "c1"), label("a", 5, 20, "c2"), label("b", 0, 10, "c1")]
    records = [record("a", 8, 12), record("a", 9, 15), record("a", 30, 40), record("c", 0, 10)]
    pairs = match(records, labels)
    assert [(r["start"], g["cluster"], g["article"]) for r, g in pairs] == [
        (8, "c1", "a"), (9, "c2", "a")]
    # the scores count the same matches: two of four records, two of three labels
    scores = score(records, labels)
    assert (scores.matched, scores.precision, round(scores.recall, 3)) == (2, 0.5, 0.667)
