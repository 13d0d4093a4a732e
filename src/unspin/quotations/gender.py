"""The gender of a person, so that "he" and "she" find the right antecedent: what the narrative
shows, else the usual gender of the first name (1990 US Census lists, ``data/first-names.tsv``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from unspin.quotations.entities import Mention
from unspin.quotations.layout import QuotedRanges
from unspin.quotations.names import name_gender
from unspin.text.fold import fold

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["genders", "name_gender"]


def genders(text: str, doc: Doc, mentions: Sequence[Mention], quoted: QuotedRanges
            ) -> dict[str, str]:
    """"m"/"f" for people whose gender the narrative shows: a title (Mr, Mrs, Ms) or a pronoun
    in a sentence where they are the only person named ("Ruth Ellery … her kitchen")."""
    votes: dict[str, list[int]] = {}
    names_in: dict[int, set[str | None]] = {}
    sentence_of: dict[int, Span] = {}
    for mention in mentions:
        span = doc.char_span(mention.position, mention.position + 1, alignment_mode="expand")
        if span is not None:
            sentence_of[mention.position] = span.sent
            names_in.setdefault(span.sent.start, set()).add(mention.name)
    for mention in mentions:
        if mention.name is None:
            continue
        tally = votes.setdefault(mention.name, [0, 0])
        before = fold(text[max(0, mention.position - 6) : mention.position])
        if re.search(r"\b(mr|sir|lord)\.? $", before):
            tally[0] += 3
        if re.search(r"\b(mrs|ms|miss|dame|lady)\.? $", before):
            tally[1] += 3
        sentence = sentence_of.get(mention.position)
        if sentence is None or len(names_in[sentence.start]) != 1:
            continue
        for t in sentence:
            if t.idx <= mention.position or quoted.covers(t.idx) or _object_of_theirs(
                    t, mention.position):
                continue
            if t.lower_ in ("he", "his", "him", "himself"):
                tally[0] += 1
            elif t.lower_ in ("she", "her", "hers", "herself"):
                tally[1] += 1
    return {name: ("m" if m > f else "f") for name, (m, f) in votes.items() if m != f}


def _object_of_theirs(pronoun: Token, position: int) -> bool:
    """"Mayor Bill Stone met her": a plain object pronoun of a verb whose subject is the person
    named at ``position`` is someone else (it would be "himself"/"herself" were it them)."""
    if pronoun.lower_ not in ("him", "her") or pronoun.dep_ not in ("dobj", "dative", "pobj"):
        return False
    verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    return any(c.dep_ in ("nsubj", "nsubjpass")
               and c.left_edge.idx <= position <= c.right_edge.idx for c in verb.children)
