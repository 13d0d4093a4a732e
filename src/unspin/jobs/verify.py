"""Verification of one candidate pair: the word-level alignment, and the sentence-level one when
a rewrite may explain the copy better; oriented, related, or nothing.
"""

from __future__ import annotations

from unspin.config import Config
from unspin.model import Alignment, Article, Relation
from unspin.pipeline.align import align
from unspin.pipeline.codes import SynonymLookup
from unspin.pipeline.normalize import Document
from unspin.pipeline.paraphrase import RewriteMatcher, relate_paraphrase
from unspin.pipeline.provenance import (
    NO_EVIDENCE,
    Direction,
    orient,
)
from unspin.pipeline.relate import evidence, relate


def verify(
    first: tuple[Article, Document, frozenset[int]],
    second: tuple[Article, Document, frozenset[int]],
    config: Config,
    lexicon: SynonymLookup | None,
    rewrites: RewriteMatcher | None = None,
    root: str | None = None,
) -> Relation | None:
    """Align two articles; if it is reuse, orient it and return the relation (``root``: see
    ``orient``).

    Word-level alignment comes first. The sentence-level (paraphrase) alignment runs when it
    found nothing, or found a partial copy that a rewrite might explain better: the rewrite is
    reported when it covers clearly more of the copy.
    """
    lexical, words = _verify_words(first, second, config, lexicon, root)
    if rewrites is None or not config.paraphrase.enabled:
        return lexical
    if lexical is not None and lexical.copied >= 1.0 - config.paraphrase.override_gain:
        return lexical
    (a, doc_a, mask_a), (b, doc_b, mask_b) = first, second
    if lexical is not None and lexical.copy == b.id:
        (a, doc_a, mask_a), (b, doc_b, mask_b) = second, first
    found = [p.copy for p in lexical.passages] if lexical is not None else []
    # a long sentence the word level matched closely, too little by itself to prove reuse
    anchored = words is not None and closest_sentence(words) >= config.paraphrase.anchor_words
    rewrite = rewrites.match(doc_a, doc_b, mask_a, mask_b, found, anchored)
    if rewrite is None:
        return lexical
    if lexical is not None:
        if rewrite.alignment.copied < lexical.copied + config.paraphrase.override_gain:
            return lexical
        return relate_paraphrase(rewrite, lexical.direction_reason, lexical.substitutions)
    direction = orient(a, b, rewrite.alignment, root=root)
    if direction.reason == NO_EVIDENCE and words is not None:
        # The word-level alignment found swapped wording but too little to prove reuse by
        # itself (a sentence alike in a loosely aligned stretch): which side's wording is the
        # rarer still tells the rewrite from its source.
        aligned = orient(*((a, b) if words.copy_id == a.id else (b, a)), words, root=root)
        direction = Direction(aligned.swap == (words.copy_id == a.id), aligned.reason)
    if direction.swap:
        swapped = rewrites.match(doc_b, doc_a, mask_b, mask_a, anchored=anchored)
        if swapped is not None:
            rewrite = swapped
    return relate_paraphrase(rewrite, direction.reason)


def closest_sentence(alignment: Alignment) -> int:
    """The matched words (outside quoted clauses) of the alignment's longest strong sentence
    counted as evidence that is the writers' own narrative (``PassagePair.taken_sentences``):
    a statement's words, which independent reports of it share, anchor nothing."""
    return max((taken.evidence for p in alignment.passages for taken in p.taken_sentences),
               default=0)


def verify_words(
    first: tuple[Article, Document, frozenset[int]],
    second: tuple[Article, Document, frozenset[int]],
    config: Config,
    lexicon: SynonymLookup | None,
    root: str | None = None,
) -> Relation | None:
    """The word-level (verbatim, partial, spun) relation between two articles, if any."""
    return _verify_words(first, second, config, lexicon, root)[0]


def _verify_words(
    first: tuple[Article, Document, frozenset[int]],
    second: tuple[Article, Document, frozenset[int]],
    config: Config,
    lexicon: SynonymLookup | None,
    root: str | None = None,
) -> tuple[Relation | None, Alignment | None]:
    """:func:`verify_words`, and when it finds no relation although some sentence matched
    closely, the alignment it tried last (its swaps still say which wording is the rarer)."""
    (a, doc_a, mask_a), (b, doc_b, mask_b) = first, second
    forward = align(doc_a, doc_b, config.align, lexicon, mask_a, mask_b)
    if not evidence(forward, config.relate):
        # Alignment is asymmetric (copy sentences look for source sentences): a headline and
        # lead copied into a longer page may only show from the other side.
        if not any(p.strong_sentences for p in forward.passages):
            return None, None
        forward = align(doc_b, doc_a, config.align, lexicon, mask_b, mask_a)
        if not evidence(forward, config.relate):
            return None, forward
        (a, doc_a, mask_a), (b, doc_b, mask_b) = second, first
    direction = orient(a, b, forward, root=root)
    alignment = forward
    if direction.swap:
        alignment = align(doc_b, doc_a, config.align, lexicon, mask_b, mask_a)
    relation = relate(alignment, config.relate, direction.reason)
    return relation, alignment if relation is None else None
