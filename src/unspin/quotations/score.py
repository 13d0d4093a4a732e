"""Scores of quotation records against a labelled set (``tests/data/quotes`` format).

- extraction precision and recall: a predicted and a labelled quotation match when their spans
  overlap (each labelled quotation matches at most one prediction);
- speaker accuracy over matched quotations: a quotation counts when its predicted canonical
  speaker and its labelled speaker map to each other (each is the other's most frequent
  partner), so a person split into two ids or two people merged into one both cost;
- attribution over matched quotations: the predicted ``speaker_id``, or the speaker as written,
  names the labelled speaker (holds the last word of the labelled name, in any spelling: case,
  accents and transliteration aside); a quotation whose labelled speaker is ``null`` counts
  when no ``speaker_id`` is given;
- variant clustering: pairwise precision, recall and F1 over matched quotations (two quotations
  are a pair when they share a cluster);
- variant labels: share of matched non-original quotations with the right label.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import Any

from unspin.quotations.names import acronym_of


@dataclass(frozen=True, slots=True)
class QuoteScores:
    precision: float
    recall: float
    speaker_accuracy: float
    attribution: float
    cluster_precision: float
    cluster_recall: float
    cluster_f1: float
    variant_accuracy: float
    predicted: int
    labelled: int
    matched: int

    def to_json(self) -> dict[str, float | int]:
        return {k: round(v, 4) if isinstance(v, float) else v
                for k, v in ((f, getattr(self, f)) for f in self.__slots__)}


NAME_LIKENESS = 0.7  # difflib's ratio between two spellings of one name


def _ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def _compact(text: str) -> list[str]:
    """Words without case, accents or inner punctuation ("al-Hadad" → "alhadad")."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", text.casefold())
                     if not unicodedata.combining(c))
    return [re.sub(r"\W", "", w) for w in folded.split() if re.sub(r"\W", "", w)]


def _spelled_alike(a: str, b: str) -> bool:
    """One name in two spellings or transliterations ("Petrović" / "Petrovich", "Hrytsenko" /
    "Gritsenko", "Al-Haddad" / "al-Hadad")."""
    return a == b or difflib.SequenceMatcher(None, a, b).ratio() >= NAME_LIKENESS


def names_speaker(record: Mapping[str, Any], speaker: str | None) -> bool:
    """Whether a predicted record attributes its quotation to the labelled ``speaker``: its
    ``speaker_id`` or its speaker as written holds the name's last word, in any spelling (one
    word, or two written apart: "Bin Saeed" for "Bensaid"). ``None``: the record names
    nobody."""
    if speaker is None:
        return not record.get("speaker_id")
    for value in (record.get("speaker_id"), record.get("speaker")):
        if value and (acronym_of(str(value), speaker) or acronym_of(speaker, str(value))):
            return True  # "IAAF" for the International Association of Athletics Federations
    surname = _compact(speaker)[-1]
    for value in (record.get("speaker_id"), record.get("speaker")):
        words = _compact(str(value)) if value else []
        runs = words + ["".join(words[k:k + 2]) for k in range(len(words) - 1)]
        if any(_spelled_alike(surname, run) for run in runs):
            return True
    return False


def match(predicted: Sequence[Mapping[str, Any]], labelled: Sequence[Mapping[str, Any]]
          ) -> list[tuple[Mapping[str, Any], Mapping[str, Any]]]:
    """Each predicted record paired with the first labelled quotation of its article whose span
    it overlaps and that no earlier record took; records and labels left over are unmatched."""
    by_article: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for gold in labelled:
        by_article[gold["article"]].append(gold)
    matches: list[tuple[Mapping[str, Any], Mapping[str, Any]]] = []
    used: set[int] = set()
    for record in predicted:
        for gold in by_article.get(record["article"], []):
            if id(gold) in used:
                continue
            if gold["start"] < record["end"] and record["start"] < gold["end"]:
                used.add(id(gold))
                matches.append((record, gold))
                break
    return matches


def score(predicted: Sequence[Mapping[str, Any]], labelled: Sequence[Mapping[str, Any]]
          ) -> QuoteScores:
    """Scores of ``predicted`` records (``unspin quotes --format jsonl`` lines) on ``labelled``."""
    matches = match(predicted, labelled)
    # A quotation's speaker is right when its predicted id and its labelled person stand for each
    # other: the id's quotations are mostly that person's, and that person's mostly carry the id.
    to_gold: dict[object, Counter[object]] = defaultdict(Counter)
    to_pred: dict[object, Counter[object]] = defaultdict(Counter)
    for record, gold in matches:
        to_gold[record.get("speaker_id")][gold["speaker"]] += 1
        to_pred[gold["speaker"]][record.get("speaker_id")] += 1
    gold_of = {pred: counts.most_common(1)[0][0] for pred, counts in to_gold.items()}
    pred_of = {person: counts.most_common(1)[0][0] for person, counts in to_pred.items()}
    speaker_right = sum(1 for record, gold in matches
                        if gold_of[record.get("speaker_id")] == gold["speaker"]
                        and pred_of[gold["speaker"]] == record.get("speaker_id"))
    true_pairs = predicted_pairs = both = 0
    for (r1, g1), (r2, g2) in combinations(matches, 2):
        same_gold = g1["cluster"] == g2["cluster"]
        same_pred = r1["cluster"] == r2["cluster"]
        true_pairs += same_gold
        predicted_pairs += same_pred
        both += same_gold and same_pred
    cluster_p, cluster_r = _ratio(both, predicted_pairs), _ratio(both, true_pairs)
    f1 = 2 * cluster_p * cluster_r / (cluster_p + cluster_r) if cluster_p + cluster_r else 0.0
    labelled_variants = [(r, g) for r, g in matches if g.get("variant") not in (None, "original")]
    variant_right = sum(1 for r, g in labelled_variants if r.get("variant") == g["variant"])
    return QuoteScores(
        precision=_ratio(len(matches), len(predicted)),
        recall=_ratio(len(matches), len(labelled)),
        speaker_accuracy=_ratio(speaker_right, len(matches)),
        attribution=_ratio(sum(names_speaker(r, g["speaker"]) for r, g in matches),
                           len(matches)),
        cluster_precision=cluster_p,
        cluster_recall=cluster_r,
        cluster_f1=f1,
        variant_accuracy=_ratio(variant_right, len(labelled_variants)),
        predicted=len(predicted),
        labelled=len(labelled),
        matched=len(matches),
    )
