"""Rewritten copies: align two articles sentence by sentence on meaning, not on words.

Language-model rewrites and translation round trips keep what each sentence says and the order
of the sentences, but few of the words, so the word and skeleton channels see little. Here each
eligible sentence (long enough, mostly outside quotation marks and boilerplate) becomes a
sentence embedding; a monotone local alignment over the two sequences of sentences (Smith and
Waterman's recurrence, with ``similarity - threshold`` as the score of a pair and a small gap
penalty) finds the longest stretch of sentences that say the same things in the same order.

Independent reports of one event say many of the same things too, but not nearly every sentence
in the same order, and not as closely: a rewrite is reported only when at least
``min_sentences`` pairs are closer than ``threshold`` and they make up ``min_share`` of the
shorter text's eligible sentences. A language model's rewrite may also move paragraphs about;
sentence pairs matched one to one in any order (``one_to_one``) then count, when they make up
the larger share ``min_share_unordered``. Shared quotations prove nothing (different outlets
quote the same people), so sentences mostly inside quotation marks take no part.

Cheap filters run first, so that the encoder only sees likely pairs: a rewrite keeps most of an
article's names, numbers and rare words, and about half of each sentence's content words (as
base forms); articles that merely share a topic do not.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from typing import TypeVar

import numpy as np
import numpy.typing as npt
from wordfreq import get_frequency_dict, zipf_frequency

from unspin.lexicon.function_words import FUNCTION_WORDS
from unspin.model import Alignment, Passage, PassagePair, Relation, Substitution
from unspin.pipeline.align import is_narrative
from unspin.pipeline.codes import SynonymLookup
from unspin.pipeline.normalize import Document
from unspin.semantic import SentenceEncoder

FloatArray = npt.NDArray[np.float32]
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class ParaphraseConfig:
    """When two articles are rewrites of each other."""

    enabled: bool = True
    threshold: float = 0.75
    gap: float = 0.05
    min_sentences: int = 4
    min_share: float = 0.45
    # Rewrites by a language model also reorder, merge and split paragraphs: sentence pairs
    # matched one to one in any order are enough when they make up this share.
    min_share_unordered: float = 0.6
    min_tokens: int = 6
    max_quoted: float = 0.5
    max_sentences: int = 400
    min_facts: int = 8
    min_facts_share: float = 0.4
    min_word_sentences: float = 0.4
    min_word_overlap: float = 0.4
    rare_zipf: float = 3.0
    override_gain: float = 0.15
    # The rewrite candidate channel: pairs sharing this weighted share of the smaller article's
    # facts (at least min_facts of them) are verified whatever fingerprints they share, each
    # article's best few; a fact more than candidate_df articles carry is no clue to a pair.
    candidate_share: float = 0.4
    candidate_df: int = 20
    candidates_per_article: int = 3
    # Anchored rewrites: independent reports of one event say many of the same things, or
    # share a sentence (an agency's or a police statement's formula), seldom both. A rewrite
    # that kept one long sentence close to word for word (``anchor_words`` matched words
    # outside quotations, found by the word-level alignment), or a scattered copy that reworded
    # the sentences around the one it kept, needs sentence pairs matched one to one in only
    # ``min_share_anchored`` of the shorter text (``min_sentences_anchored`` at least). The
    # anchor is as long as the word level's sentence taken whole once had to be (15 words,
    # session 14): shorter stock phrases recur by chance, a 15-word narrative sentence
    # matched closely seldom does, and with the sentence pairs it takes both.
    anchor_words: int = 15
    min_share_anchored: float = 0.4
    min_sentences_anchored: int = 3
    # Sentence pairs that are the writer's own narrative on both sides (no statement's words,
    # no headline) a rewrite needs among its pairs, unless anchored: independent reports of
    # one statement, post or letter each tell it in reported speech, sentence by sentence.
    min_narrative_pairs: int = 2
    # Rewrites told in the source's order: a rewrite that merges and splits sentences matches
    # few of them one to one at ``threshold``, but its sentences still follow the source's,
    # each close to its counterpart at a looser ``ordered_threshold``, and it tells the
    # source's names and numbers in the source's order. When the pairs matched one to one
    # reach ``min_share_anchored``, a monotone chain at the looser threshold covering
    # ``min_share_ordered`` of the shorter text (``min_sentences_ordered`` sentences at
    # least) with ``min_facts_in_order`` of the smaller text's fact mentions told in the same
    # order (a longest common subsequence, outside quotations) makes a rewrite too.
    ordered_threshold: float = 0.6
    min_share_ordered: float = 0.66
    min_sentences_ordered: int = 8
    min_facts_in_order: float = 0.45

    def summary(self) -> str:
        return (
            f"paraphrase(on={self.enabled},t={self.threshold},gap={self.gap},"
            f"min={self.min_sentences}/{self.min_share},facts={self.min_facts}/"
            f"{self.min_facts_share},anchored={self.anchor_words}/"
            f"{self.min_sentences_anchored}/{self.min_share_anchored},"
            f"narrative={self.min_narrative_pairs},ordered={self.ordered_threshold}/"
            f"{self.min_sentences_ordered}/{self.min_share_ordered}/{self.min_facts_in_order})"
        )


@dataclass(frozen=True, slots=True)
class SentenceSet:
    """The eligible sentences of one document: their indices into ``doc.sentences``, token
    ranges, unmasked word counts, and (once encoded) their embeddings."""

    indices: tuple[int, ...]
    texts: tuple[str, ...]
    words: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Rewrite:
    """An accepted sentence-level alignment: ``sentences`` pairs closer than the threshold, out
    of ``eligible`` sentences in the shorter text, at a mean similarity of ``similarity``."""

    alignment: Alignment
    sentences: int
    eligible: int
    similarity: float


@lru_cache(maxsize=200_000)
def _zipf(word: str) -> float:
    """wordfreq's Zipf frequency of ``word`` in English. A plain lower-case ASCII word is its own
    only token, so it is looked up in wordfreq's table directly, rounded as ``zipf_frequency``
    rounds (equal on every such word of the table, a test checks a sample): the tokenizer it
    skips is most of the cost when the indexing sees a word for the first time."""
    if word.isascii() and word.isalpha() and word.islower():
        frequency = get_frequency_dict("en").get(word)  # wordfreq keeps the table
        if frequency is None:
            return 0.0
        frequency = max(frequency, 1e-9)
        frequency = round(frequency, math.floor(-math.log(frequency, 10)) + 3)
        return round(math.log(frequency, 10) + 9, 2)
    return float(zipf_frequency(word, "en"))


def facts(doc: Document, masked: Collection[int] = (), rare_zipf: float = 3.0) -> frozenset[str]:
    """Names, numbers and rare words of a document: what any rewrite of it keeps."""
    if not masked:
        return _unmasked_facts(doc, rare_zipf)
    return _facts_in(doc, range(len(doc)), masked, rare_zipf)


# Words already judged, per rare_zipf: a number or rare word, or neither. The indexing asks of
# every article; set operations over its distinct words then leave only new words to judge.
_JUDGED: dict[float, tuple[set[str], set[str]]] = {}
_JUDGED_LIMIT = 200_000  # words kept judged, as many as _zipf caches


def _unmasked_facts(doc: Document, rare_zipf: float) -> frozenset[str]:
    """``_facts_in`` over the whole document with nothing masked (equal, tested), by sets."""
    norms = doc.norms
    opening = list(doc.capitalized)  # capitalised tokens, less those opening their sentence
    for first, _ in doc.sentences:
        if first < len(opening):
            opening[first] = False
    found = set(compress(norms, opening))
    words = set(norms)
    words -= found
    words -= FUNCTION_WORDS
    factual, plain = _JUDGED.setdefault(rare_zipf, (set(), set()))
    new = words - factual - plain
    if new:
        judged = {w for w in new if w[0].isdigit() or _zipf(w) < rare_zipf}
        if len(factual) + len(plain) < _JUDGED_LIMIT:
            factual |= judged
            plain |= new - judged
        found |= judged
    found |= words & factual
    found -= FUNCTION_WORDS
    return frozenset(found)


def _facts_in(
    doc: Document, positions: range, masked: Collection[int], rare_zipf: float
) -> frozenset[str]:
    found = set()
    norms, capitalized, sentence_of = doc.norms, doc.capitalized, doc.sentence_of
    firsts = [first for first, _ in doc.sentences]
    for i in positions:
        word = norms[i]
        if word in FUNCTION_WORDS or word in found or i in masked:
            continue
        # is_name_like, inlined: a number, or a capitalised word not opening its sentence
        if (word[0].isdigit() or (capitalized[i] and firsts[sentence_of[i]] != i)
                or _zipf(word) < rare_zipf):
            found.add(word)
    return frozenset(found)


def share_facts(first: frozenset[str], second: frozenset[str], config: ParaphraseConfig) -> bool:
    """Whether two documents share enough names, numbers and rare words to be rewrites."""
    shared = len(first & second)
    smaller = min(len(first), len(second))
    return shared >= config.min_facts and shared >= config.min_facts_share * smaller


def eligible_sentences(
    doc: Document, masked: Collection[int], config: ParaphraseConfig
) -> SentenceSet:
    """Sentences long enough to carry meaning, mostly outside quotations and boilerplate."""
    indices: list[int] = []
    texts: list[str] = []
    words: list[int] = []
    for index, (first, last) in enumerate(doc.sentences):
        tokens = [i for i in range(first, last) if i not in masked]
        if len(tokens) < config.min_tokens:
            continue
        quoted = sum(1 for i in tokens if doc.quoted[i])
        if quoted > config.max_quoted * len(tokens):
            continue
        indices.append(index)
        texts.append(doc.text[doc.starts[first] : doc.ends[last - 1]])
        words.append(len(tokens))
        if len(indices) >= config.max_sentences:
            break
    return SentenceSet(tuple(indices), tuple(texts), tuple(words))


def monotone_matches(
    similarity: FloatArray, threshold: float, gap: float
) -> list[tuple[int, int]]:
    """The best-scoring monotone chain of sentence pairs (local alignment), as (row, column).

    A pair scores ``similarity - threshold``; skipping a sentence on either side costs ``gap``.
    """
    rows, columns = similarity.shape
    if rows == 0 or columns == 0:
        return []
    score = similarity.astype(np.float64) - threshold
    table = np.zeros((rows + 1, columns + 1))
    move = np.zeros((rows + 1, columns + 1), dtype=np.int8)  # 0 stop, 1 diagonal, 2 up, 3 left
    for i in range(1, rows + 1):
        diagonal = table[i - 1, :-1] + score[i - 1]
        up = table[i - 1, 1:] - gap
        row = table[i]
        moves = move[i]
        for j in range(1, columns + 1):
            best, step = 0.0, 0
            d, u, left = diagonal[j - 1], up[j - 1], row[j - 1] - gap
            if d > best:
                best, step = d, 1
            if u > best:
                best, step = u, 2
            if left > best:
                best, step = left, 3
            row[j] = best
            moves[j] = step
    i, j = (int(x) for x in np.unravel_index(int(np.argmax(table)), table.shape))
    chain: list[tuple[int, int]] = []
    while i > 0 and j > 0 and move[i, j]:
        step = move[i, j]
        if step == 1:
            chain.append((i - 1, j - 1))
            i, j = i - 1, j - 1
        elif step == 2:
            i -= 1
        else:
            j -= 1
    chain.reverse()
    return chain


def one_to_one(similarity: FloatArray, threshold: float) -> list[tuple[int, int]]:
    """Sentence pairs at least ``threshold`` similar, the closest first, each sentence in one
    pair at most (a greedy matching), as (row, column) in row order."""
    rows, columns = np.nonzero(similarity >= threshold)
    order = np.argsort(-similarity[rows, columns], kind="stable")
    used_rows: set[int] = set()
    used_columns: set[int] = set()
    pairs = []
    for k in order.tolist():
        row, column = int(rows[k]), int(columns[k])
        if row not in used_rows and column not in used_columns:
            used_rows.add(row)
            used_columns.add(column)
            pairs.append((row, column))
    return sorted(pairs)


def facts_in_order(first: Sequence[str], second: Sequence[str]) -> int:
    """The longest common subsequence of two sequences of fact mentions."""
    if not first or not second:
        return 0
    previous = [0] * (len(second) + 1)
    for word in first:
        current = [0]
        for j, other in enumerate(second):
            current.append(previous[j] + 1 if word == other else max(previous[j + 1], current[j]))
        previous = current
    return previous[-1]


def fact_mentions(doc: Document, masked: Collection[int], rare_zipf: float) -> list[str]:
    """The document's names, numbers and rare words (``facts``) as it mentions them, in order,
    outside quotations."""
    found = _facts_in(doc, range(len(doc)), masked, rare_zipf)
    return [doc.norms[i] for i in range(len(doc))
            if i not in masked and not doc.quoted[i] and doc.norms[i] in found]


def told_in_order(
    copy: Document, source: Document, similarity: FloatArray, config: ParaphraseConfig,
    copy_masked: Collection[int] = (), source_masked: Collection[int] = (),
) -> bool:
    """Whether ``copy`` tells ``source`` in its order: a monotone chain of sentence pairs at
    ``ordered_threshold`` covers ``min_share_ordered`` of the shorter text, and the smaller
    text's fact mentions are told in the same order (``min_facts_in_order`` of them).
    Independent reports of one event tell it in their own order, or say it less closely."""
    shorter = min(similarity.shape)
    if shorter < config.min_sentences_ordered:
        return False
    chain = monotone_matches(similarity, config.ordered_threshold, config.gap)
    close = sum(1 for r, c in chain if similarity[r, c] >= config.ordered_threshold)
    if close < config.min_share_ordered * shorter:
        return False
    first = fact_mentions(copy, copy_masked, config.rare_zipf)
    second = fact_mentions(source, source_masked, config.rare_zipf)
    smaller = min(len(first), len(second))
    return smaller > 0 and facts_in_order(first, second) >= config.min_facts_in_order * smaller


def paraphrase_alignment(
    copy: Document,
    source: Document,
    copy_sentences: SentenceSet,
    source_sentences: SentenceSet,
    similarity: FloatArray,
    config: ParaphraseConfig,
    copy_masked: Collection[int] = (),
    source_masked: Collection[int] = (),
    anchored: bool = False,
) -> Rewrite | None:
    """The rewritten passages of ``copy`` taken from ``source``, or ``None`` if it is no rewrite.

    ``similarity[r, c]`` is the cosine similarity of the copy's eligible sentence ``r`` and the
    source's eligible sentence ``c``. ``anchored``: the two share a long sentence matched
    closely word for word (``ParaphraseConfig.anchor_words``), and fewer pairs are needed.
    """
    chain = monotone_matches(similarity, config.threshold, config.gap)
    strong = [(r, c) for r, c in chain if similarity[r, c] >= config.threshold]
    shorter = min(len(copy_sentences.indices), len(source_sentences.indices))
    if len(strong) < config.min_sentences or len(strong) < config.min_share * shorter:
        strong = chain = one_to_one(similarity, config.threshold)
        least, share = ((config.min_sentences_anchored, config.min_share_anchored) if anchored
                        else (config.min_sentences, config.min_share_unordered))
        # Unanchored, fewer pairs do when the rewrite tells its source in its order.
        ordered = (not anchored and len(strong) >= config.min_sentences_anchored
                   and len(strong) >= config.min_share_anchored * shorter)
        if (len(strong) < least or len(strong) < share * shorter) and not (
                ordered and told_in_order(copy, source, similarity, config, copy_masked,
                                          source_masked)):
            return None
    # An anchored rewrite rests on a sentence of the writer's own narrative already.
    own = sum(1 for r, c in strong
              if is_narrative(copy, copy_sentences.indices[r])
              and is_narrative(source, source_sentences.indices[c]))
    if not anchored and own < config.min_narrative_pairs:
        return None
    # The chain may bridge a weaker pair between strong ones; it never ends on one.
    first = chain.index(strong[0])
    chain = chain[first : chain.index(strong[-1]) + 1]
    runs: list[list[tuple[int, int]]] = []
    for pair in chain:
        previous = runs[-1][-1] if runs else None
        if previous and pair[0] - previous[0] <= 3 and 0 < pair[1] - previous[1] <= 3:
            runs[-1].append(pair)
        else:
            runs.append([pair])
    passages = []
    taken_copy: set[int] = set()
    taken_source: set[int] = set()
    kept_words = 0
    for run in runs:
        copy_first = copy.sentences[copy_sentences.indices[run[0][0]]][0]
        copy_last = copy.sentences[copy_sentences.indices[run[-1][0]]][1] - 1
        source_first = source.sentences[source_sentences.indices[run[0][1]]][0]
        source_last = source.sentences[source_sentences.indices[run[-1][1]]][1] - 1
        copy_tokens = [i for i in range(copy_first, copy_last + 1) if i not in copy_masked]
        source_tokens = [j for j in range(source_first, source_last + 1) if j not in source_masked]
        kept = _kept_words(copy, source, copy_tokens, source_tokens)
        run_strong = sum(1 for r, c in run if similarity[r, c] >= config.threshold)
        passages.append(
            PassagePair(
                copy=Passage(copy.id, *copy.span(copy_first, copy_last)),
                source=Passage(source.id, *source.span(source_first, source_last)),
                aligned_words=len(copy_tokens),
                matched_words=kept,
                strong_sentences=run_strong,
                evidence_words=sum(copy_sentences.words[r] for r, c in run
                                   if similarity[r, c] >= config.threshold),
            )
        )
        taken_copy.update(copy_tokens)
        taken_source.update(source_tokens)
        kept_words += kept
    alignment = Alignment(
        copy_id=copy.id,
        source_id=source.id,
        passages=tuple(passages),
        substitutions=(),
        copy_words=len(copy) - len(copy_masked),
        source_words=len(source) - len(source_masked),
        aligned_copy_words=len(taken_copy),
        aligned_source_words=len(taken_source),
        matched_words=kept_words,
        synonym_words=0,
        quoted_words=0,
    )
    mean = sum(float(similarity[r, c]) for r, c in strong) / len(strong)
    return Rewrite(alignment, len(strong), shorter, mean)


def _kept_words(
    copy: Document, source: Document, copy_tokens: Sequence[int], source_tokens: Sequence[int]
) -> int:
    """Copy words of a passage that its source passage also has (function words count as
    kept): what a rewrite left as it was. The rest were reworded."""
    vocabulary = {source.norms[j] for j in source_tokens}
    return sum(
        1 for i in copy_tokens
        if copy.norms[i] in FUNCTION_WORDS or copy.norms[i] in vocabulary
    )


def relate_paraphrase(
    rewrite: Rewrite, direction_reason: str, substitutions: Sequence[Substitution] = ()
) -> Relation:
    """The ``paraphrase`` relation of an accepted rewrite; ``substitutions`` are word swaps a
    word-level alignment of the same pair found, if any."""
    alignment = rewrite.alignment
    return Relation(
        copy=alignment.copy_id,
        source=alignment.source_id,
        kind="paraphrase",
        copied=alignment.copied,
        substituted=alignment.substituted,
        score=1.0 - math.exp(-rewrite.sentences / 4.0),
        passages=alignment.passages,
        substitutions=tuple(substitutions),
        reason=(
            f"{rewrite.sentences} of {rewrite.eligible} sentences say the same in the same order "
            f"in other words (mean similarity {rewrite.similarity:.2f}); "
            f"{alignment.substituted:.0%} of their words differ"
        ),
        direction_reason=direction_reason,
    )


@dataclass(frozen=True, slots=True)
class Profile:
    """What the cheap filters need of a document: its eligible sentences, the facts of the
    whole text and the facts of each eligible sentence."""

    sentences: SentenceSet
    facts: frozenset[str]
    sentence_words: tuple[frozenset[int | str], ...]


def profile(
    doc: Document, masked: Collection[int], config: ParaphraseConfig,
    lexicon: SynonymLookup | None = None,
) -> Profile:
    sentences = eligible_sentences(doc, masked, config)
    per_sentence = []
    for index in sentences.indices:
        first, last = doc.sentences[index]
        words: set[int | str] = set()
        for i in range(first, last):
            word = doc.norms[i]
            if i in masked or word in FUNCTION_WORDS:
                continue
            lemmas = lexicon.lemma_ids(word) if lexicon is not None else ()
            if lemmas:
                words.update(lemmas)
            else:
                words.add(word)
        per_sentence.append(frozenset(words))
    return Profile(sentences, _facts_in(doc, range(len(doc)), masked, config.rare_zipf),
                   tuple(per_sentence))


def shares_words(
    copy: Profile, source: Profile, config: ParaphraseConfig, needed: float | None = None,
    skip: Collection[int] = (),
) -> bool:
    """Whether enough copy sentences share content words (as base forms) with some source
    sentence to make a rewrite possible. Rewrites keep about half of a sentence's content
    words; sentences on the same topic keep far fewer. The similarity threshold decides; this
    only spares the encoder. ``skip`` lists copy sentences (indices into ``doc.sentences``) not
    to count."""
    if needed is None:
        shorter = min(len(copy.sentences.indices), len(source.sentences.indices))
        needed = max(config.min_sentences, config.min_word_sentences * shorter)
    found = 0
    for index, own in zip(copy.sentences.indices, copy.sentence_words, strict=True):
        if index in skip or not own:
            continue
        for other in source.sentence_words:
            if 2 * len(own & other) >= config.min_word_overlap * (len(own) + len(other)):
                found += 1
                break
        if found >= needed:
            return True
    return False


class RewriteMatcher:
    """Finds rewrites between documents, caching each document's profile and sentence vectors
    (a document takes part in many candidate pairs)."""

    def __init__(
        self, encoder: SentenceEncoder, config: ParaphraseConfig,
        lexicon: SynonymLookup | None = None, cache_size: int = 4096,
    ) -> None:
        self.encoder = encoder
        self.config = config
        self.lexicon = lexicon
        self._cache_size = cache_size
        self._profiles: OrderedDict[tuple[str, int], Profile] = OrderedDict()
        self._facts: OrderedDict[tuple[str, int], frozenset[str]] = OrderedDict()
        self._vectors: OrderedDict[tuple[str, int], FloatArray] = OrderedDict()
        self.encoded_documents = 0

    @staticmethod
    def _key(doc: Document) -> tuple[str, int]:
        return doc.id, hash(doc.text)

    def _remember(self, cache: OrderedDict[tuple[str, int], T], key: tuple[str, int],
                  value: T) -> T:
        cache[key] = value
        if len(cache) > self._cache_size:
            cache.popitem(last=False)
        return value

    def facts(self, doc: Document, masked: Collection[int]) -> frozenset[str]:
        """The document's facts (as in its profile), without the rest of the profile: most
        pairs go no further than comparing them."""
        key = self._key(doc)
        if key in self._profiles:
            return self._profiles[key].facts
        if key in self._facts:
            self._facts.move_to_end(key)
            return self._facts[key]
        return self._remember(self._facts, key, _facts_in(doc, range(len(doc)), masked,
                                                          self.config.rare_zipf))

    def profile(self, doc: Document, masked: Collection[int]) -> Profile:
        key = self._key(doc)
        if key in self._profiles:
            self._profiles.move_to_end(key)
            return self._profiles[key]
        return self._remember(self._profiles, key,
                              profile(doc, masked, self.config, self.lexicon))

    def vectors(self, doc: Document, masked: Collection[int]) -> FloatArray:
        key = self._key(doc)
        if key in self._vectors:
            self._vectors.move_to_end(key)
            return self._vectors[key]
        self.encoded_documents += 1
        vectors = self.encoder.encode(self.profile(doc, masked).sentences.texts)
        return self._remember(self._vectors, key, vectors)

    def match(
        self,
        copy: Document,
        source: Document,
        copy_masked: Collection[int] = (),
        source_masked: Collection[int] = (),
        found: Sequence[Passage] = (),
        anchored: bool = False,
    ) -> Rewrite | None:
        """``copy`` as a rewrite of ``source``, or ``None``.

        ``found`` are copy passages a word-level alignment already explains: the encoder then
        runs only if enough other sentences could add to them. ``anchored``: see
        :func:`paraphrase_alignment`.
        """
        if not share_facts(self.facts(copy, copy_masked), self.facts(source, source_masked),
                           self.config):
            return None
        copy_profile = self.profile(copy, copy_masked)
        source_profile = self.profile(source, source_masked)
        # Either way round: a rewrite that splits sentences has many that share words with
        # one sentence of its source, and not the other way.
        if not (shares_words(copy_profile, source_profile, self.config)
                or shares_words(source_profile, copy_profile, self.config)):
            return None
        if found:
            inside = {
                index
                for index in copy_profile.sentences.indices
                if any(p.start <= copy.starts[copy.sentences[index][0]] < p.end for p in found)
            }
            extra = max(2.0, self.config.override_gain * len(copy_profile.sentences.indices))
            if not shares_words(copy_profile, source_profile, self.config, extra, inside):
                return None
        similarity = self.vectors(copy, copy_masked) @ self.vectors(source, source_masked).T
        return paraphrase_alignment(copy, source, copy_profile.sentences,
                                    source_profile.sentences, similarity, self.config,
                                    copy_masked, source_masked, anchored)
