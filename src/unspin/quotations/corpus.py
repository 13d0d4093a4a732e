"""Quotations across a collection: canonical speakers, variant clusters, how each variant differs.

``link`` takes the quotations extracted from each article and returns one record per quotation
with its person's canonical name, the id of the cluster of its variants across articles and its
relation to the cluster's earliest occurrence.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import xxhash

from unspin.lexicon.synonyms import Lexicon
from unspin.quotations.extract import Quote
from unspin.quotations.names import WEAK, acronym_of, canonical_names, name_similarity
from unspin.quotations.variants import (
    Statement,
    Variant,
    VariantMatcher,
    cluster_statements,
    quoted_apart,
    words_of,
)


@dataclass(frozen=True, slots=True)
class QuoteRecord:
    """One quotation of the collection, as ``unspin quotes`` prints it."""

    article: str
    start: int
    end: int
    text: str
    speaker_as_written: str | None
    speaker: str | None
    verb: str | None
    cluster: str
    variant: Variant
    published: str | None = None

    def to_json(self) -> dict[str, object]:
        return {
            "article": self.article, "start": self.start, "end": self.end, "text": self.text,
            "speaker": self.speaker_as_written, "speaker_id": self.speaker, "verb": self.verb,
            "cluster": self.cluster, "variant": self.variant, "published": self.published,
        }


def same_speaker(a: str | None, b: str | None) -> bool:
    """Could two in-article names be one person (spellings drift across outlets)?"""
    if a is None or b is None:
        return a is None and b is None
    if acronym_of(a, b) or acronym_of(b, a):
        return True  # "LSE" / "London Stock Exchange"
    surname, given = name_similarity(a, b)
    return surname >= WEAK and given


def _cluster_id(article: str, start: int) -> str:
    return "q" + xxhash.xxh64_hexdigest(f"{article}\0{start}".encode())[:10]


def link(
    quotes: Sequence[Quote],
    published: Mapping[str, str | None],
    order: Mapping[str, int],
    lexicon: Lexicon | None,
    embed: Callable[[list[str]], npt.NDArray[np.float32]] | None = None,
) -> list[QuoteRecord]:
    """Records for ``quotes`` (from many articles), ordered by article then position.

    ``published`` and ``order`` give each article's date and place in the collection: the
    earliest occurrence of a cluster (by date, then by place) is its reference.
    """
    parts: dict[tuple[str, int, int], list[Quote]] = defaultdict(list)
    for quote in quotes:
        parts[(quote.article, quote.statement, 0)].append(quote)
    keys, statements = _statements(parts, order)
    # A split quote whose parts another outlet quotes apart is two statements.
    for index in quoted_apart(statements):
        article, statement, _ = keys[index]
        for number, quote in enumerate(parts.pop(keys[index])):
            parts[(article, statement, number)] = [quote]
    if len(parts) > len(statements):
        keys, statements = _statements(parts, order)
    statement_words = [s.words for s in statements]
    clusters, links = cluster_statements(statements, lexicon, same_speaker, embed)
    cooccur = {frozenset((statements[i].speaker, statements[j].speaker)) for i, j in links
               if statements[i].speaker and statements[j].speaker}
    names = canonical_names(
        ((q.speaker, f"{q.article}:{q.start}") for q in quotes if q.speaker),
        {frozenset(str(n) for n in pair) for pair in cooccur},
    )
    members: dict[int, list[int]] = defaultdict(list)
    for index, cluster in enumerate(clusters):
        members[cluster].append(index)

    def when(index: int) -> tuple[str, int, int, str, int]:
        """The reference is the earliest occurrence; among equal dates (or none), the fullest
        wording, which the others cut or reword."""
        article = statements[index].article
        return (published.get(article) or "9999", -len(statement_words[index]),
                order.get(article, 0), article, parts[keys[index]][0].start)

    matcher = VariantMatcher(lexicon)
    records: list[QuoteRecord] = []
    for indices in members.values():
        reference = min(indices, key=when)
        reference_quote = parts[keys[reference]][0]
        cluster_id = _cluster_id(reference_quote.article, reference_quote.start)
        reference_words = statement_words[reference]
        for index in indices:
            for quote in parts[keys[index]]:
                variant = _variant(matcher, index == reference, reference_words,
                                   statement_words[index], words_of(quote.text))
                records.append(QuoteRecord(
                    quote.article, quote.start, quote.end, quote.text, quote.speaker_as_written,
                    names.get(quote.speaker) if quote.speaker else None, quote.verb, cluster_id,
                    variant, published.get(quote.article),
                ))
    records.sort(key=lambda r: (order.get(r.article, 0), r.article, r.start))
    return records


def _statements(parts: Mapping[tuple[str, int, int], list[Quote]], order: Mapping[str, int]
                ) -> tuple[list[tuple[str, int, int]], list[Statement]]:
    """The keys of ``parts`` in the collection's order, and a statement for each."""
    keys = sorted(parts, key=lambda k: (order.get(k[0], 0), k[0], k[1], k[2]))
    headline = {key: all(q.headline for q in parts[key]) for key in keys}
    return keys, [
        Statement(n, key[0], " ".join(q.text for q in parts[key]),
                  # a headline's terse attribution ("…, Says ‘…’") neither joins nor parts
                  None if headline[key] else parts[key][0].speaker,
                  tuple(q.text for q in parts[key]), headline[key],
                  parts[key][0].speaker if headline[key] else None)
        for n, key in enumerate(keys)
    ]


def _variant(matcher: VariantMatcher, is_reference: bool, reference: list[str],
             statement: list[str], part: list[str]) -> Variant:
    if is_reference:
        return "original"
    whole = matcher.classify(reference, statement)
    if whole == "exact" or len(part) == len(statement):
        return whole
    # One part of a split quote: judged on its own against the reference's words.
    own = matcher.classify(reference, part)
    if own == "truncated" and whole in ("exact", "extended"):
        return "exact"
    return own
