"""Decide whether an alignment is reuse, and of which kind.

Only reuse is reuse: independent reports of one event share names, numbers, a quotation and the
odd stock sentence. What they do not share is a run of sentences matched closely in both
directions, outside quotation marks. A relation needs such a run (``min_run_sentences`` strong
sentences carrying ``min_run_evidence`` words), or enough strong sentences overall, or one long
sentence (``min_sentence_evidence`` words) taken whole, word for word or by thesaurus swaps, as a
passage of its own (a longer one, ``near_whole_evidence`` words, but for one word).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from unspin.model import Alignment, Relation, RelationKind, TakenSentence


@dataclass(frozen=True, slots=True)
class RelateConfig:
    """Evidence floors and the thresholds between kinds."""

    min_run_sentences: int = 2
    min_run_evidence: int = 20
    min_total_evidence: int = 40
    min_share_evidence: int = 10
    min_share: float = 0.3
    min_sentence_evidence: int = 15
    whole_sentence_slack: int = 2
    # A longer sentence is taken whole but for one word (a write-through's "died in a fire" for
    # "died during a fire", an editor's tense): one differing word in this many proves little.
    near_whole_evidence: int = 20
    # Sentences taken whole among a copy's own count as reuse two at a time, or one of this many
    # words: a shorter lone one is a wire lede's stock sentence, which independent reports carry.
    lone_sentence_evidence: int = 20
    # A relation rests in part on the writer's own narrative: matched words, outside quoted
    # clauses, of sentences that are no statement's words and no headline on either side.
    # Independent reports of one statement, post, letter or filing share its words, quoted,
    # pasted or in reported speech, under headlines worded alike, and nothing of their own.
    min_narrative_evidence: int = 10
    partial_below: float = 0.8
    spun_from: float = 0.03
    clearly_spun_from: float = 0.12
    template_numbers: int = 5
    template_share: float = 0.25

    def summary(self) -> str:
        return (
            f"relate(run={self.min_run_sentences}/{self.min_run_evidence},"
            f"total={self.min_total_evidence},share={self.min_share_evidence}/{self.min_share},"
            f"sentence={self.min_sentence_evidence}/{self.whole_sentence_slack}"
            f"/{self.near_whole_evidence}/{self.lone_sentence_evidence},"
            f"narrative={self.min_narrative_evidence},"
            f"partial<{self.partial_below},"
            f"spun>={self.spun_from}/{self.clearly_spun_from},"
            f"template={self.template_numbers}/{self.template_share})"
        )


def evidence(alignment: Alignment, config: RelateConfig) -> int:
    """Words of strong sentences outside quotations, or 0 when they prove nothing.

    They prove reuse when they form a run of strong sentences, when there are many of them, or
    when they make up a large share of a short text (a brief made of a copied sentence), not
    counting there the attribution around a quoted clause.
    """
    total = sum(p.evidence_words for p in alignment.passages)
    has_run = any(
        p.strong_sentences >= config.min_run_sentences
        and p.evidence_words >= config.min_run_evidence
        for p in alignment.passages
    )
    share = max(alignment.copied, alignment.source_covered)
    # The words around a shared quotation (who said it, where, and the rest in reported
    # speech) are in every report of the statement: a short page is not made a copy by them.
    unattributed = total - sum(p.attributed_words for p in alignment.passages)
    large_share = (unattributed >= config.min_share_evidence and share >= config.min_share
                   and _share_rests_on_copying(alignment, unattributed, config))
    # A long sentence copied whole (each word matched, the same or a thesaurus swap), outside
    # quotation marks, as a passage of its own: a small excerpt (one paragraph of a wire
    # story) proves reuse by itself. Whole on the source side too: a sentence that drops a
    # clause from the middle of the other's ("after a woman died in a fire that ripped
    # through" -> "after a fire tore through") is two reports of one police statement, not a
    # copy; a few source words more are a multi-word swap, and a copy may stop short.
    # Sentences taken whole among the copy's own (a scattered copy): two of them, or one long
    # one. A single sentence of 15-19 words is a wire lede's stock statement of the fact ("X,
    # the only child of Y, has died at the age of 54"), which independent reports of it carry.
    taken = [t.evidence for p in alignment.passages for t in p.taken_sentences
             if _sentence_taken_whole(t, config)]
    whole_sentence = any(
        p.evidence_words >= config.min_sentence_evidence
        and p.evidence_words == p.matched_words == p.aligned_words
        and p.source_words <= p.aligned_words + config.whole_sentence_slack
        for p in alignment.passages
    ) or len(taken) >= 2 or any(words >= config.lone_sentence_evidence for words in taken)
    if template(alignment, config) or not narrative(alignment, config):
        return 0
    return (total if has_run or large_share or whole_sentence
            or total >= config.min_total_evidence else 0)


def narrative(alignment: Alignment, config: RelateConfig) -> bool:
    """Whether the two texts share some of the writer's own narrative, not only a statement's
    words and a headline: ``min_narrative_evidence`` of its evidence words in sentences that
    are no statement pasted on either side and no headline on both (``PassagePair.own_words``).

    Reports of one event that each quote or paste one statement (a post, a police or family
    statement, a filing, a press release, a speech) share it word for word, sometimes
    without quotation marks, and often near-equal headlines: evidence of a common source,
    not of one page taking the other's text."""
    return sum(p.own_words for p in alignment.passages) >= config.min_narrative_evidence


def _sentence_taken_whole(taken: TakenSentence, config: RelateConfig) -> bool:
    """Whether one sentence, whatever its neighbours, was taken whole: the writer's own
    narrative (``PassagePair.taken_sentences`` leaves out a statement's words, which every
    report of it carries), long, every matched word outside quoted clauses (a scare quote
    is no quotation), and its ``sentence_words`` words in the copy taken from the source but
    for ``whole_sentence_slack`` (a long clause two sentences share, each with words of its own
    around it, is a fact sheet's or a statement's phrase two writers took: "X, a naval aviator
    who returned from …" / "The last member is X, a naval aviator who returned from …").

    Taken: each word matched, and at most ``whole_sentence_slack`` words more on the source
    side (a multi-word swap); or, in a sentence of ``near_whole_evidence`` words, one word
    other on each side (an editor's change: "died during a fire" -> "died in a fire"), never
    a clause for a word ("died in a fire in a block" / "died in a fire that ripped through a
    block").
    """
    evidence, matched, copy_words, source_words, sentence_words = taken
    if (evidence < config.min_sentence_evidence or evidence != matched
            or sentence_words - copy_words > config.whole_sentence_slack):
        return False
    if copy_words == matched:
        return source_words <= copy_words + config.whole_sentence_slack
    return (evidence >= config.near_whole_evidence and copy_words - matched == 1
            and source_words - matched <= 1)


_DIGITS = re.compile(r"\d+")


def template(alignment: Alignment, config: RelateConfig) -> bool:
    """Whether the two texts are one template filled with other figures: a daily market
    analysis, a weekly report, whose wording recurs while its numbers are all new. Many of the
    places where they differ change a number ("$2,600" / "$2,350"); a spinner never touches
    one, and an editor or a write-through changes a figure or two."""
    swaps = [s for s in alignment.substitutions if s.source.lower() != s.copy.lower()]
    renumbered = sum(1 for s in swaps
                     if _DIGITS.findall(s.source) != _DIGITS.findall(s.copy))
    return (renumbered >= config.template_numbers
            and renumbered >= config.template_share * len(swaps))


def _share_rests_on_copying(alignment: Alignment, unattributed: int, config: RelateConfig) -> bool:
    """A short page's large share is reuse when more than one closely matched sentence carries
    it, when its evidence alone is a large share of the shorter text, or when a passage was
    taken word for word (every aligned word matched, quotations and all).

    Independent reports of one event open on the same formula ("X has died aged 96, the
    palace has announced"; "a woman has been arrested on suspicion of murder after ...") and
    quote the same statement, so one sentence alike inside a loosely aligned stretch, the rest
    of it a shared quotation or sentences that only resemble each other, makes a short page
    look taken when its own writing is not.
    """
    if sum(p.evidence_sentences for p in alignment.passages) >= 2:
        return True
    if unattributed >= config.min_share * min(alignment.copy_words, alignment.source_words):
        return True
    return any(p.evidence_words and p.matched_words == p.aligned_words
               for p in alignment.passages)


def classify(alignment: Alignment, config: RelateConfig) -> tuple[RelationKind, str]:
    """``spun`` when many aligned words were swapped (however much was taken); otherwise
    ``verbatim`` or lightly ``spun`` when the copy took the source whole and is made of it, and
    ``partial`` when either text holds much that is not in the other."""
    copied, covered, substituted = alignment.copied, alignment.source_covered, alignment.substituted
    swaps = f"{substituted:.0%} of the aligned words differ ({len(alignment.substitutions)} swaps)"
    if substituted >= config.clearly_spun_from:
        return "spun", swaps
    if copied < config.partial_below or covered < config.partial_below:
        return "partial", f"{copied:.0%} of the copy is taken from {covered:.0%} of the source"
    if substituted >= config.spun_from:
        return "spun", swaps
    return "verbatim", f"{copied:.0%} of the copy matches the source word for word"


def relate(
    alignment: Alignment, config: RelateConfig, direction_reason: str = ""
) -> Relation | None:
    """A :class:`Relation` when the alignment is reuse, else ``None``."""
    words = evidence(alignment, config)
    if not words:
        return None
    kind, reason = classify(alignment, config)
    score = 1.0 - math.exp(-words / 40.0)
    return Relation(
        copy=alignment.copy_id,
        source=alignment.source_id,
        kind=kind,
        copied=alignment.copied,
        substituted=alignment.substituted,
        score=score,
        passages=alignment.passages,
        substitutions=alignment.substitutions,
        reason=f"{reason}; {words} words in closely matched sentences",
        direction_reason=direction_reason,
    )
