"""Synonym-aware alignment of a candidate copy with a candidate source.

The aligner works sentence by sentence, because that is how spinners and copy editors work: a
spinner rewrites words inside sentences, swaps neighbouring sentences and slips junk lines in
between; a partial copy takes a run of paragraphs. For every sentence of the copy it finds the
source sentence sharing the most words or synonyms, aligns the two token sequences with an edit
alignment (rapidfuzz's C++ Levenshtein opcodes) in which a copy word that is a thesaurus neighbour
of a source word counts as that word, and keeps the sentence pair when most of the copy sentence
is matched. Runs of matched sentences whose source sentences are close together become passages;
the differing words inside them become the substitution table.

Example: "We're very attentive to this checklist and can course of it fastidiously" against
"We are very attentive to this list and will process it carefully" aligns as one sentence with
the substitutions list→checklist, will→can, process→course of, carefully→fastidiously.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

import numpy as np
from rapidfuzz.distance import Levenshtein

from unspin.lexicon.function_words import FUNCTION_WORDS
from unspin.model import Alignment, Passage, PassagePair, Substitution, TakenSentence
from unspin.pipeline.codes import SynonymLookup, pair_codes, side
from unspin.pipeline.normalize import Document, is_name_like


@dataclass(frozen=True, slots=True)
class AlignConfig:
    """Thresholds of sentence matching and passage building (see the module docstring)."""

    min_sentence_match: float = 0.5
    min_sentence_tokens: int = 3
    max_source_gap: int = 3
    max_copy_gap: int = 2
    max_substitution_words: int = 4
    candidate_sentences: int = 3
    strong_sentence: float = 0.6
    min_quotation_words: int = 4

    def summary(self) -> str:
        return (
            f"align(match={self.min_sentence_match},tokens={self.min_sentence_tokens},"
            f"gaps={self.max_copy_gap}/{self.max_source_gap},sub={self.max_substitution_words},"
            f"cands={self.candidate_sentences},strong={self.strong_sentence},"
            f"quotation={self.min_quotation_words})"
        )


@dataclass(frozen=True, slots=True)
class SentenceMatch:
    """One copy sentence aligned to one source sentence, with its token-level matches."""

    copy_sentence: int
    source_sentence: int
    pairs: tuple[tuple[int, int], ...]  # (copy token, source token) matched exactly or by synonym
    synonym_pairs: int
    blocks: tuple[tuple[int, int, int, int], ...]  # differing runs: copy [a, b), source [c, d)
    conflicts: int = 0  # names or numbers of the copy replaced by others: spinners keep those


FUNCTION_WEIGHT = 0.2


def _weight(word: str) -> float:
    return FUNCTION_WEIGHT if word in FUNCTION_WORDS else 1.0


def match_sentences(
    copy: Document,
    source: Document,
    config: AlignConfig,
    lexicon: SynonymLookup | None = None,
    copy_masked: Collection[int] = (),
    source_masked: Collection[int] = (),
) -> list[SentenceMatch]:
    """Every copy sentence that aligns with a source sentence, in copy order."""
    copy_side, source_side = side(copy, copy_masked, lexicon), side(source, source_masked,
                                                                        lexicon)
    copy_codes, source_codes, synonym_positions, copy_array = pair_codes(copy_side, source_side,
                                                                          lexicon)
    # Weighted words each copy sentence shares with each source sentence, in fifths (function
    # words weigh 1, others 5): integers, so that ranks and thresholds are exact.
    incidence, weights = source_side.incidence(), copy_side.weights
    known = (copy_array >= 0) & (copy_array < len(incidence))
    starts = [first for first, _ in copy.sentences]
    if not starts or not known.any():
        return []
    present = np.zeros((len(copy_array), len(source.sentences)), dtype=np.int32)
    present[known] = incidence[copy_array[known]]
    # Tokens each copy sentence has in each source sentence: no alignment of the two can pair
    # more, so a sentence that has too few in every source sentence is not tried.
    found_by_sentence = np.add.reduceat(present, starts, axis=0)
    scores_by_sentence = np.add.reduceat(present * weights[:, None], starts, axis=0)
    totals = np.add.reduceat(weights, starts).tolist()
    lengths = np.array([last - first for first, last in copy.sentences])
    needed = np.maximum(config.min_sentence_tokens, config.min_sentence_match * lengths)
    possible = ((lengths >= config.min_sentence_tokens)
                & (found_by_sentence.max(axis=1, initial=0) >= needed))
    if not possible.any():
        return []

    # A copy sentence found word for word in the source is matched there: among sentences
    # sharing as many words ("council council …"), the top candidates by score may miss it.
    identical = source_side.identical()

    matches: list[SentenceMatch] = []
    for s in np.flatnonzero(possible).tolist():
        first, last = copy.sentences[s]
        row = scores_by_sentence[s]
        candidates = np.flatnonzero(row)
        if not len(candidates):
            continue
        total = totals[s]
        order = np.lexsort((candidates, -row[candidates]))[: config.candidate_sentences]
        ranked = list(zip(candidates[order].tolist(), row[candidates[order]].tolist(),
                          strict=True))
        same = identical.get(tuple(copy_codes[first:last]))
        if same is not None:
            # Matched word for word: no other candidate can match it more closely (its
            # quality is 1), and the first of equals wins, so no alignment is needed.
            s_first = source.sentences[same][0]
            matches.append(SentenceMatch(
                s, same, tuple((first + k, s_first + k) for k in range(last - first)),
                sum(1 for i in range(first, last) if i in synonym_positions), ()))
            continue
        # The source sentence sharing most words may merely contain a short copy sentence
        # (a headline inside a lead): keep the candidate matched most closely both ways.
        best: SentenceMatch | None = None
        best_rank = (0.0, 0)
        for sentence, score in ranked:
            if 4 * score < total:  # less than a quarter of the weighted words
                break
            if found_by_sentence[s, sentence] < needed[s]:
                continue
            match = _align_sentences(
                copy_codes, source_codes, synonym_positions, s, sentence, copy, source, config
            )
            if match is not None:
                rank = (_quality(match, copy, source), len(match.pairs))
                if rank > best_rank:
                    best, best_rank = match, rank
        if best is not None:
            matches.append(best)
    return matches


def _align_sentences(
    copy_codes: list[int],
    source_codes: list[int],
    synonym_positions: set[int],
    copy_sentence: int,
    source_sentence: int,
    copy: Document,
    source: Document,
    config: AlignConfig,
) -> SentenceMatch | None:
    c_first, c_last = copy.sentences[copy_sentence]
    s_first, s_last = source.sentences[source_sentence]
    opcodes = Levenshtein.opcodes(copy_codes[c_first:c_last], source_codes[s_first:s_last])
    pairs: list[tuple[int, int]] = []
    blocks: list[tuple[int, int, int, int]] = []
    synonyms = 0
    for op in opcodes:
        if op.tag == "equal":
            for offset in range(op.src_end - op.src_start):
                i = c_first + op.src_start + offset
                pairs.append((i, s_first + op.dest_start + offset))
                synonyms += i in synonym_positions
        else:
            blocks.append(
                (
                    c_first + op.src_start,
                    c_first + op.src_end,
                    s_first + op.dest_start,
                    s_first + op.dest_end,
                )
            )
    length = c_last - c_first
    if len(pairs) < config.min_sentence_tokens or len(pairs) < config.min_sentence_match * length:
        return None
    merged = _merge_blocks(blocks)
    conflicts = sum(
        sum(1 for i in range(a, b) if is_name_like(copy, i))
        for a, b, c, d in merged
        if b > a and any(is_name_like(source, j) for j in range(c, d))
    )
    return SentenceMatch(copy_sentence, source_sentence, tuple(pairs), synonyms, merged, conflicts)


def _merge_blocks(
    blocks: list[tuple[int, int, int, int]],
) -> tuple[tuple[int, int, int, int], ...]:
    """Join adjacent insert/delete/replace runs: "process" → "course of" is one block."""
    merged: list[tuple[int, int, int, int]] = []
    for block in blocks:
        if merged and merged[-1][1] == block[0] and merged[-1][3] == block[2]:
            previous = merged[-1]
            merged[-1] = (previous[0], block[1], previous[2], block[3])
        else:
            merged.append(block)
    return tuple(merged)


def _runs(matches: list[SentenceMatch], config: AlignConfig) -> list[list[SentenceMatch]]:
    """Group sentence matches into passages: close in the copy and close in the source."""
    runs: list[list[SentenceMatch]] = []
    for match in matches:
        if runs:
            last = runs[-1][-1]
            near_in_copy = match.copy_sentence - last.copy_sentence <= config.max_copy_gap + 1
            sources = [m.source_sentence for m in runs[-1]]
            near_in_source = (
                min(sources) - config.max_source_gap
                <= match.source_sentence
                <= max(sources) + config.max_source_gap
            )
            if near_in_copy and near_in_source:
                runs[-1].append(match)
                continue
        runs.append([match])
    return runs


def align(
    copy: Document,
    source: Document,
    config: AlignConfig | None = None,
    lexicon: SynonymLookup | None = None,
    copy_masked: Collection[int] = (),
    source_masked: Collection[int] = (),
) -> Alignment:
    """Align ``copy`` against ``source``: passages, substitutions and the shares they make up."""
    config = config or AlignConfig()
    matches = match_sentences(copy, source, config, lexicon, copy_masked, source_masked)
    passages: list[PassagePair] = []
    substitutions: list[Substitution] = []
    matched = synonym_words = quoted = 0
    taken_copy: set[int] = set()
    taken_source: set[int] = set()
    for run in _runs(matches, config):
        pairs = [pair for m in run for pair in m.pairs]
        # Words taken from the source: matched ones plus those inside substitutions; words a
        # copy added between copied ones (a sentence of its own) are not taken.
        swapped = [block for m in run for block in m.blocks if _is_substitution(*block, config)]
        run_copy = {i for i, _ in pairs}.union(*(range(a, b) for a, b, _, _ in swapped))
        run_source = {j for _, j in pairs}.union(*(range(c, d) for _, _, c, d in swapped))
        copy_first, copy_last = min(run_copy), max(run_copy)
        source_first, source_last = min(run_source), max(run_source)
        strong = [m for m in run if _quality(m, copy, source) >= config.strong_sentence]
        # A sentence that is mostly quotation is the quote and its attribution ("…," said the
        # minister): shared by every report of the speech, so none of its words is evidence.
        # Either report may mark it: a post one page quotes, another pastes without marks.
        counted = [
            (m, sum(1 for i, j in m.pairs if not copy.quoted[i] and not source.quoted[j]))
            for m in strong
            if not _mostly_quoted(copy, m.copy_sentence)
            and not _mostly_quoted(source, m.source_sentence)
        ]
        evidence = sum(words for _, words in counted)
        # The words around a quoted clause are its attribution and reported speech ("…," the
        # president said on X, adding that …), which every report of the statement carries too.
        attributed = sum(
            words for m, words in counted
            if _quotes_a_clause(copy, m.copy_sentence, config.min_quotation_words)
            or _quotes_a_clause(source, m.source_sentence, config.min_quotation_words)
        )
        passages.append(
            PassagePair(
                copy=Passage(copy.id, *copy.span(copy_first, copy_last)),
                source=Passage(source.id, *source.span(source_first, source_last)),
                aligned_words=copy_last - copy_first + 1,
                matched_words=len(pairs),
                strong_sentences=len(strong),
                evidence_words=evidence,
                attributed_words=attributed,
                evidence_sentences=sum(1 for _, words in counted if words),
                source_words=source_last - source_first + 1,
                taken_sentences=tuple(
                    _taken(m, copy, source, config) for m, _ in counted
                    if is_narrative(copy, m.copy_sentence)
                    and is_narrative(source, m.source_sentence)),
                own_words=sum(
                    words for m, words in counted
                    if _own_words(copy, m.copy_sentence, source, m.source_sentence)),
            )
        )
        taken_copy |= run_copy
        taken_source |= run_source
        synonyms = sum(m.synonym_pairs for m in run)
        matched += len(pairs) - synonyms
        synonym_words += synonyms
        quoted += sum(1 for i, _ in pairs if copy.quoted[i])
        for m in run:
            substitutions.extend(_substitutions(m, copy, source, config))
    aligned_copy, aligned_source = len(taken_copy), len(taken_source)
    return Alignment(
        copy_id=copy.id,
        source_id=source.id,
        passages=tuple(passages),
        substitutions=tuple(substitutions),
        copy_words=len(copy) - len(copy_masked),
        source_words=len(source) - len(source_masked),
        aligned_copy_words=aligned_copy,
        aligned_source_words=aligned_source,
        matched_words=matched,
        synonym_words=synonym_words,
        quoted_words=quoted,
    )


# Words that give a sentence to a speaker: "…, police said", "according to", "told reporters",
# "in a statement", "wrote on X"; and the first person, in which a statement, a letter or a
# post speaks and a news report does not ("We are deeply saddened …", "I have decided …").
ATTRIBUTION_WORDS = frozenset("said says say told tells according statement stated wrote "
                              "writes tweeted".split())
FIRST_PERSON = frozenset("i i'm i've i'd i'll me my mine myself we we're we've we'd we'll our "
                         "ours ourselves".split())


# A sentence's own end: a full stop, question or exclamation mark after its last word, or
# after a closing quotation mark or bracket.
_STOP = re.compile(r"[\"'”’)\]]*[.!?]")


def is_narrative(doc: Document, sentence: int) -> bool:
    """Whether a sentence is the writer's own narrative: a sentence ended by its own stop (not
    a headline, a subheading or a caption, which independent reports word alike: "Woman dies
    in flat fire in east London") and not a statement's words."""
    return _has_stop(doc, sentence) and not _statement_words(doc, sentence)


def _statement_words(doc: Document, sentence: int) -> bool:
    """Whether a sentence may be a statement's words, which every report of the statement
    carries, quoted or pasted without marks: it gives what it says to a speaker ("…, police
    said") or speaks in the first person, a quotation stands beside it in its paragraph (a
    statement quoted in part), or a colon introduces it or its paragraph ("The club said:"
    and the statement pasted as a paragraph)."""
    first, last = doc.sentences[sentence]
    if any(doc.norms[i] in ATTRIBUTION_WORDS or doc.norms[i] in FIRST_PERSON
           for i in range(first, last)):
        return True
    if _after_colon(doc, first):
        return True
    line = doc.line_of[first]
    for other in (sentence - 1, sentence + 1):
        if 0 <= other < len(doc.sentences):
            o_first, o_last = doc.sentences[other]
            if doc.line_of[o_first] == line and any(doc.quoted[o_first:o_last]):
                return True
    return False


def _own_words(copy: Document, copy_sentence: int, source: Document, source_sentence: int
               ) -> bool:
    """Whether a sentence pair is the writers' own wording, not a statement pasted with or
    without marks on either side (in the first person, introduced by a colon) nor a headline
    on both (a sentence without a stop of its own:
    independent reports word headlines alike). Reported speech ("…, police said") stays the
    writer's: two reports of one statement word it alike only by taking one text."""
    if not (_has_stop(copy, copy_sentence) or _has_stop(source, source_sentence)):
        return False
    return not (_pasted(copy, copy_sentence) or _pasted(source, source_sentence))


def _has_stop(doc: Document, sentence: int) -> bool:
    """Whether a sentence ends with a stop of its own (``_STOP``)."""
    return _STOP.match(doc.text, doc.ends[doc.sentences[sentence][1] - 1]) is not None


def _after_colon(doc: Document, first: int) -> bool:
    """Whether a colon introduces the sentence starting at word ``first``, or its paragraph
    (a statement pasted whole: "The club said:")."""
    return any(doc.text[max(0, start - 40):start].rstrip().endswith(":")
               for start in (doc.starts[first], doc.lines[doc.line_of[first]][0]))


_SPEAKER = FIRST_PERSON - {"our", "ours"}


def _pasted(doc: Document, sentence: int) -> bool:
    """Whether a sentence may be a statement, a post, a letter or a filing pasted: it speaks
    in the first person (not a possessive "our" alone: "our correspondent" is a newsroom's),
    or a colon introduces it or its paragraph ("said in a statement:")."""
    first, last = doc.sentences[sentence]
    return (any(doc.norms[i] in _SPEAKER for i in range(first, last))
            or _after_colon(doc, first))


def _taken(match: SentenceMatch, copy: Document, source: Document, config: AlignConfig
           ) -> TakenSentence:
    """A sentence's matched words outside quoted clauses (a word or two in quotation marks is
    a title or a scare quote: "confident"), its matched words, the words from the first to the
    last it took in the copy and in the source (matched or inside a swap), and the copy
    sentence's words."""
    quoted = (_clause_tokens(copy, match.copy_sentence, config.min_quotation_words),
              _clause_tokens(source, match.source_sentence, config.min_quotation_words))
    outside = sum(1 for i, j in match.pairs if i not in quoted[0] and j not in quoted[1])
    swapped = [block for block in match.blocks if _is_substitution(*block, config)]
    taken_copy = [i for i, _ in match.pairs] + [i for a, b, _, _ in swapped for i in (a, b - 1)]
    taken_source = [j for _, j in match.pairs] + [j for _, _, c, d in swapped
                                                  for j in (c, d - 1)]
    first, last = copy.sentences[match.copy_sentence]
    return TakenSentence(outside, len(match.pairs), max(taken_copy) - min(taken_copy) + 1,
                         max(taken_source) - min(taken_source) + 1, last - first)


def _clause_tokens(doc: Document, sentence: int, min_words: int) -> set[int]:
    """The tokens of a sentence inside a quoted run of ``min_words`` words or more."""
    first, last = doc.sentences[sentence]
    found: set[int] = set()
    run: list[int] = []
    for i in range(first, last + 1):
        if i < last and doc.quoted[i]:
            run.append(i)
            continue
        if len(run) >= min_words:
            found.update(run)
        run = []
    return found


def _mostly_quoted(doc: Document, sentence: int) -> bool:
    first, last = doc.sentences[sentence]
    return sum(doc.quoted[first:last]) * 2 > last - first


def _quotes_a_clause(doc: Document, sentence: int, min_words: int) -> bool:
    """The sentence quotes a run of ``min_words`` words or more: a clause, where a word or two
    in quotation marks is a title or a scare quote."""
    return bool(_clause_tokens(doc, sentence, min_words))


def _quality(match: SentenceMatch, copy: Document, source: Document) -> float:
    """Matched share of the longer of the two sentences, near 1 for copied sentences; names and
    numbers replaced by other names and numbers count against it (a template, not a copy)."""
    c_first, c_last = copy.sentences[match.copy_sentence]
    s_first, s_last = source.sentences[match.source_sentence]
    return (len(match.pairs) - 2 * match.conflicts) / max(c_last - c_first, s_last - s_first)


def _is_substitution(a: int, b: int, c: int, d: int, config: AlignConfig) -> bool:
    """A differing run short on both sides is a swap; a longer or one-sided one is an edit."""
    longest = config.max_substitution_words
    return 0 < b - a <= longest and 0 < d - c <= longest


def _substitutions(
    match: SentenceMatch, copy: Document, source: Document, config: AlignConfig
) -> list[Substitution]:
    found: list[tuple[int, int, int, int]] = [
        (i, i + 1, j, j + 1) for i, j in match.pairs if copy.norms[i] != source.norms[j]
    ]
    found.extend(block for block in match.blocks if _is_substitution(*block, config))
    found.sort()
    result = []
    for a, b, c, d in found:
        copy_start, copy_end = copy.starts[a], copy.ends[b - 1]
        source_start, source_end = source.starts[c], source.ends[d - 1]
        result.append(
            Substitution(
                source=source.text[source_start:source_end],
                copy=copy.text[copy_start:copy_end],
                source_start=source_start,
                source_end=source_end,
                copy_start=copy_start,
                copy_end=copy_end,
            )
        )
    return result
