"""paraphrase: sentence-level semantic alignment of rewritten copies.

The alignment and the filters are tested with a small deterministic encoder (bag of words
hashed into a vector), so that these tests need neither PyTorch nor the model; the tests at the
end run the real model when the ``semantic`` extra is installed.
"""

from __future__ import annotations

import itertools
import zlib
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unspin.lexicon.function_words import FUNCTION_WORDS
from unspin.model import Passage
from unspin.pipeline.normalize import TOKEN_PATTERN, Document, normalize
from unspin.pipeline.paraphrase import (
    ParaphraseConfig,
    RewriteMatcher,
    SentenceSet,
    eligible_sentences,
    fact_mentions,
    facts,
    facts_in_order,
    monotone_matches,
    one_to_one,
    paraphrase_alignment,
    profile,
    relate_paraphrase,
    shares_words,
    told_in_order,
)

CONFIG = ParaphraseConfig()


class BagEncoder:
    """Content words hashed into 256 dimensions: sentences sharing words are similar."""

    name = "bag-of-words"

    def __init__(self) -> None:
        self.encoded: list[str] = []

    def encode(self, sentences: Sequence[str]) -> np.ndarray:
        self.encoded.extend(sentences)
        vectors = np.zeros((len(sentences), 256), dtype=np.float32)
        for row, sentence in enumerate(sentences):
            for word in TOKEN_PATTERN.findall(sentence.lower()):
                if word not in FUNCTION_WORDS:
                    vectors[row, zlib.crc32(word.encode()) % 256] += 1.0
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.where(norms == 0, 1, norms)


# -- monotone_matches -----------------------------------------------------------------------------


def test_diagonal_is_one_chain() -> None:
    similarity = np.eye(6, dtype=np.float32) * 0.9
    assert monotone_matches(similarity, 0.75, 0.05) == [(i, i) for i in range(6)]


def test_chain_skips_inserted_sentences() -> None:
    similarity = np.zeros((5, 4), dtype=np.float32)
    for r, c in [(0, 0), (1, 1), (3, 2), (4, 3)]:  # copy sentence 2 is new
        similarity[r, c] = 0.9
    assert monotone_matches(similarity, 0.75, 0.05) == [(0, 0), (1, 1), (3, 2), (4, 3)]


def test_nothing_above_threshold_gives_no_chain() -> None:
    assert monotone_matches(np.full((4, 4), 0.5, dtype=np.float32), 0.75, 0.05) == []
    assert monotone_matches(np.zeros((0, 3), dtype=np.float32), 0.75, 0.05) == []


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 12), st.integers(1, 12), st.integers(0, 2**32 - 1))
def test_chain_is_strictly_monotone(rows: int, columns: int, seed: int) -> None:
    similarity = np.random.default_rng(seed).random((rows, columns)).astype(np.float32)
    chain = monotone_matches(similarity, 0.6, 0.05)
    for (r1, c1), (r2, c2) in itertools.pairwise(chain):
        assert r2 > r1 and c2 > c1
    assert all(0 <= r < rows and 0 <= c < columns for r, c in chain)
    if chain:  # a local alignment starts and ends on pairs that pay for themselves
        assert similarity[chain[0]] > 0.6 and similarity[chain[-1]] > 0.6


# -- eligible sentences and the cheap filters -------------------------------------------------


def test_eligible_sentences_skip_short_quoted_and_masked() -> None:
    text = (
        "The council approved the new flood barrier on Tuesday evening.\n\n"
        "Short one.\n\n"
        "“We are delighted with the result of the vote today,” she said.\n\n"
        "Residents will receive a list of evacuation routes next month."
    )
    doc = normalize("d", text)
    last = doc.sentences[-1]
    sentences = eligible_sentences(doc, set(range(*last)), CONFIG)
    # From the first word to the last word of the sentence, as the passages report it.
    assert sentences.texts == ("The council approved the new flood barrier on Tuesday evening",)
    assert all(text[text.index(s):].startswith(s) for s in sentences.texts)


def test_facts_are_names_numbers_and_rare_words() -> None:
    doc = normalize("d", "Yesterday Mayor Helen Okafor opened the 4.2-kilometre wall near Lisbon.")
    found = facts(doc)
    assert {"helen", "okafor", "4.2", "lisbon"} <= found
    assert "the" not in found and "opened" not in found


def test_shares_words_tells_a_rewrite_from_a_report(
    article_text: str, rewritten_text: str, independent_text: str, unrelated_text: str
) -> None:
    article = profile(normalize("a", article_text), (), CONFIG)
    rewritten = profile(normalize("r", rewritten_text), (), CONFIG)
    unrelated = profile(normalize("u", unrelated_text), (), CONFIG)
    assert shares_words(rewritten, article, CONFIG)
    assert not shares_words(unrelated, article, CONFIG)


# -- alignment ------------------------------------------------------------------------------------


def test_alignment_of_a_text_with_itself_is_whole(article_text: str) -> None:
    doc = normalize("a", article_text)
    sentences = eligible_sentences(doc, (), CONFIG)
    similarity = np.eye(len(sentences.indices), dtype=np.float32)
    rewrite = paraphrase_alignment(doc, doc, sentences, sentences, similarity, CONFIG)
    assert rewrite is not None
    assert rewrite.sentences == len(sentences.indices)
    assert rewrite.alignment.copied > 0.9 and rewrite.alignment.substituted == 0.0
    for pair in rewrite.alignment.passages:
        assert pair.copy.slice(doc.text) == pair.source.slice(doc.text)


def test_too_few_close_sentences_are_no_rewrite(article_text: str) -> None:
    doc = normalize("a", article_text)
    sentences = eligible_sentences(doc, (), CONFIG)
    n = len(sentences.indices)
    similarity = np.full((n, n), 0.3, dtype=np.float32)
    similarity[0, 0] = similarity[1, 1] = similarity[2, 2] = 0.95  # a shared opening only
    assert paraphrase_alignment(doc, doc, sentences, sentences, similarity, CONFIG) is None


def test_a_rewrite_anchored_by_a_kept_sentence_needs_fewer_pairs(article_text: str) -> None:
    """Independent reports say many of the same things, or share a sentence, seldom both: a
    rewrite that kept one long sentence word for word needs fewer sentence pairs."""
    doc = normalize("a", article_text)
    sentences = eligible_sentences(doc, (), CONFIG)
    n = len(sentences.indices)
    pairs = int(np.ceil(CONFIG.min_share_anchored * n))
    assert CONFIG.min_sentences_anchored <= pairs < CONFIG.min_share_unordered * n
    similarity = _reordered(n, pairs)
    assert paraphrase_alignment(doc, doc, sentences, sentences, similarity, CONFIG) is None
    rewrite = paraphrase_alignment(doc, doc, sentences, sentences, similarity, CONFIG,
                                   anchored=True)
    assert rewrite is not None and rewrite.sentences == pairs
    # one pair fewer is not enough
    assert paraphrase_alignment(doc, doc, sentences, sentences, _reordered(n, pairs - 1),
                                CONFIG, anchored=True) is None


def test_one_to_one_takes_the_closest_pairs_once() -> None:
    similarity = np.array([[0.9, 0.8, 0.1], [0.85, 0.2, 0.1], [0.1, 0.1, 0.5]], dtype=np.float32)
    # (0, 0) first; row 1 may not take column 0 again, and (1, 1) is below the threshold
    assert one_to_one(similarity, 0.75) == [(0, 0)]
    assert one_to_one(similarity, 0.15) == [(0, 0), (1, 1), (2, 2)]


def _reordered(n: int, matched: int) -> np.ndarray:
    """A copy of ``n`` sentences whose first ``matched`` say the same as the source's in
    reverse order (a rewrite that moved its paragraphs about); the rest say nothing alike."""
    similarity = np.full((n, n), 0.2, dtype=np.float32)
    for k in range(matched):
        similarity[k, n - 1 - k] = 0.9
    return similarity


def test_a_reordered_rewrite_needs_a_larger_share(article_text: str) -> None:
    doc = normalize("a", article_text)
    sentences = eligible_sentences(doc, (), CONFIG)
    n = len(sentences.indices)
    assert n >= 8
    # in order, the chain holds one pair; out of order, 60% of the sentences matched one to one
    enough = int(np.ceil(CONFIG.min_share_unordered * n))
    assert len([p for p in monotone_matches(_reordered(n, enough), 0.75, 0.05)]) <= 1
    rewrite = paraphrase_alignment(doc, doc, sentences, sentences, _reordered(n, enough), CONFIG)
    assert rewrite is not None and rewrite.sentences == enough
    for pair in rewrite.alignment.passages:  # each passage a span forward in both texts
        assert pair.copy.start < pair.copy.end and pair.source.start < pair.source.end
    # half the sentences in another order: what independent reports of one event can share
    half = max(CONFIG.min_sentences, int(CONFIG.min_share_unordered * n) - 1)
    assert paraphrase_alignment(doc, doc, sentences, sentences, _reordered(n, half),
                                CONFIG) is None


def test_the_word_filter_holds_either_way_round(article_text: str) -> None:
    """A rewrite that tells a few of its source's sentences at length (several of its own
    sentences for each) shares words one way more than the other; the order in which the pair
    is given must not decide whether the encoder sees it."""
    source = normalize("a", article_text)
    told = [source.text[source.starts[first]:source.ends[last - 1]]
            for first, last in source.sentences[:3]]
    copy = normalize("r", "\n".join([*told, *(f"Officials said that {t}" for t in told)]))
    config = ParaphraseConfig(threshold=0.3)
    copy_profile, source_profile = profile(copy, (), config), profile(source, (), config)
    assert shares_words(copy_profile, source_profile, config)
    assert not shares_words(source_profile, copy_profile, config)
    for first, second in ((copy, source), (source, copy)):
        encoder = BagEncoder()
        RewriteMatcher(encoder, config).match(first, second)
        assert encoder.encoded  # the filter let the pair through to the encoder


def test_passages_slice_back_to_sentences(article_text: str, rewritten_text: str) -> None:
    matcher = RewriteMatcher(BagEncoder(), ParaphraseConfig(threshold=0.3))
    copy, source = normalize("r", rewritten_text), normalize("a", article_text)
    rewrite = matcher.match(copy, source)
    assert rewrite is not None
    for pair in rewrite.alignment.passages:
        copy_text = pair.copy.slice(copy.text)
        source_text = pair.source.slice(source.text)
        assert copy_text[0].isupper() and copy_text[-1].isalnum()
        assert source_text[0].isupper() and source_text[-1].isalnum()
        assert copy_text in copy.text and source_text in source.text
    relation = relate_paraphrase(rewrite, "because")
    assert relation.kind == "paraphrase" and relation.copy == "r" and relation.source == "a"
    assert 0 < relation.score < 1 and "sentences say the same" in relation.reason


def test_matcher_encodes_each_document_once(
    article_text: str, rewritten_text: str, spun_text: str
) -> None:
    encoder = BagEncoder()
    matcher = RewriteMatcher(encoder, ParaphraseConfig(threshold=0.3))
    article = normalize("a", article_text)
    for _ in range(3):
        matcher.match(normalize("r", rewritten_text), article)
        matcher.match(normalize("s", spun_text), article)
    assert matcher.encoded_documents == 3


def test_matcher_spares_the_encoder_on_unrelated_texts(
    article_text: str, unrelated_text: str
) -> None:
    encoder = BagEncoder()
    matcher = RewriteMatcher(encoder, CONFIG)
    assert matcher.match(normalize("u", unrelated_text), normalize("a", article_text)) is None
    assert encoder.encoded == []


def test_found_passages_leave_nothing_to_add(article_text: str, spun_text: str) -> None:
    """A word-level alignment that already explains the copy leaves the encoder idle."""
    encoder = BagEncoder()
    matcher = RewriteMatcher(encoder, CONFIG)
    copy = normalize("s", spun_text)
    everything = [Passage("s", 0, len(copy.text))]
    assert matcher.match(copy, normalize("a", article_text), found=everything) is None
    assert encoder.encoded == []


# -- the real model -------------------------------------------------------------------------------

@pytest.mark.semantic
def test_model_embeds_paraphrases_close_and_topics_apart() -> None:
    from unspin.semantic import default_encoder

    encoder = default_encoder()
    assert encoder is not None
    vectors = encoder.encode([
        "The council approved the budget by seven votes to two after a long debate.",
        "After a lengthy argument, councillors signed off on the spending by seven votes to two.",
        "Shares in the chipmaker rose six percent in early trading in Tokyo.",
    ])
    assert vectors.shape == (3, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    assert float(vectors[0] @ vectors[1]) > 0.6
    assert float(vectors[0] @ vectors[2]) < 0.3


@pytest.mark.semantic
def test_model_finds_the_rewrite_not_the_independent_report(
    article_text: str, rewritten_text: str, independent_text: str
) -> None:
    from unspin.semantic import default_encoder

    encoder = default_encoder()
    assert encoder is not None
    matcher = RewriteMatcher(encoder, CONFIG)
    article = normalize("a", article_text)
    rewrite = matcher.match(normalize("r", rewritten_text), article)
    assert rewrite is not None and rewrite.alignment.copied > 0.9
    assert rewrite.sentences >= 0.5 * rewrite.eligible
    assert matcher.match(normalize("i", independent_text), article) is None


@pytest.mark.semantic
def test_encoder_matches_the_published_model() -> None:
    """The NumPy encoder with the compact weights gives the published model's embeddings
    (computed by sentence-transformers: ``scripts/minilm_reference.py``) to cosine ≥ 0.999,
    for any batch size and order."""
    from unspin.semantic import MiniLMEncoder

    stored = np.load(Path(__file__).parents[1] / "data" / "minilm_reference.npz")
    sentences = [str(text) for text in stored["sentences"]]
    reference = stored["embeddings"]
    assert len(sentences) > 200 and "" in sentences
    ours = MiniLMEncoder(batch_size=7).encode(sentences)
    assert ours.shape == reference.shape
    cosines = (ours * reference).sum(axis=1)
    assert cosines.min() >= 0.999
    reversed_order = MiniLMEncoder(batch_size=64).encode(sentences[::-1])[::-1]
    assert np.abs(reversed_order - ours).max() < 1e-5


def test_a_rewrite_needs_the_writers_own_sentences() -> None:
    """Independent reports of one statement each tell it in reported speech, sentence by
    sentence, in its order, under headlines worded alike: sentence pairs that give their words
    to a speaker, speak in the first person or are headlines prove no rewrite. Two pairs of the
    writers' own sentences among them do."""
    told = ("Founder of Brenner Works dies at 81\n"
            "The family said the founder died peacefully at home on Sunday evening.\n"
            "They said they were grateful for the many kind messages from former workers.\n"
            "The family also said the firm would carry on the work he had started in a garage.\n"
            "The statement added that a private funeral would be held later this month.\n"
            "We ask for privacy as we grieve together at this very hard time.")
    doc = normalize("a", told)
    sentences = eligible_sentences(doc, (), CONFIG)
    n = len(sentences.indices)
    assert n >= CONFIG.min_sentences
    similarity = np.eye(n, dtype=np.float32)
    assert paraphrase_alignment(doc, doc, sentences, sentences, similarity, CONFIG) is None
    own = told + ("\nBrenner built the business from a single lathe in a small garage.\n"
                  "It now supplies aircraft parts and employs 900 people across Ohio.")
    doc = normalize("b", own)
    sentences = eligible_sentences(doc, (), CONFIG)
    similarity = np.eye(len(sentences.indices), dtype=np.float32)
    assert paraphrase_alignment(doc, doc, sentences, sentences, similarity, CONFIG) is not None


_FIGURES = ("Harbin Mills opened its third plant in Dorset on Monday with 240 workers.\n"
            "The plant cost 18 million pounds and will make Corvel fabric for Tessaly Motors.\n"
            "Chief executive Anna Pirlo said the Dorset site would double output by 2027.\n"
            "Harbin Mills shares rose 4 percent in London after the opening was announced.\n"
            "The company now employs 1,300 people across Dorset, Kent and the Welsh borders.\n"
            "Tessaly Motors will take 60 percent of the new plant's Corvel fabric next year.\n"
            "Analysts at Brenmore Bank raised their target for Harbin Mills to 310 pence.\n"
            "A fourth plant in Kent is planned for 2026 if demand for Corvel holds up.\n"
            "Harbin Mills reported a profit of 41 million pounds for the year to March.")


def _ordered_pair(order: Sequence[int]) -> tuple[Document, Document, SentenceSet, SentenceSet]:
    """The invented source above and a text telling its sentences in ``order``."""
    lines = _FIGURES.split("\n")
    source = normalize("source", _FIGURES)
    copy = normalize("copy", "\n".join(lines[i] for i in order))
    return (copy, source, eligible_sentences(copy, (), CONFIG),
            eligible_sentences(source, (), CONFIG))


def test_a_rewrite_told_in_the_sources_order_needs_fewer_close_pairs() -> None:
    """A rewrite that merges and splits sentences keeps few of them close one to one, but
    follows its source sentence by sentence at a looser similarity and tells its names and
    numbers in its order: with 4 of 9 pairs close (0.6 are needed in any order) and every
    sentence at 0.65 in order, a rewrite. An independent report of the same figures in its own
    order, as close sentence by sentence, is none: its facts come in another order."""
    n = len(_FIGURES.split("\n"))
    copy, source, copy_sentences, source_sentences = _ordered_pair(range(n))
    assert len(copy_sentences.indices) == len(source_sentences.indices) == n
    similarity = np.full((n, n), 0.3, dtype=np.float32)
    for i in range(n):
        similarity[i, i] = 0.8 if i % 2 == 0 and i < 8 else 0.65
    assert told_in_order(copy, source, similarity, CONFIG)
    rewrite = paraphrase_alignment(copy, source, copy_sentences, source_sentences, similarity,
                                   CONFIG)
    assert rewrite is not None and rewrite.sentences == 4
    # the same similarities, below the looser threshold in order: no rewrite
    loose = similarity.copy()
    loose[loose == 0.65] = 0.55
    assert paraphrase_alignment(copy, source, copy_sentences, source_sentences, loose,
                                CONFIG) is None
    # an independent report telling the same sentences in its own order
    order = [4, 8, 0, 6, 2, 7, 1, 5, 3]
    copy, source, copy_sentences, source_sentences = _ordered_pair(order)
    reordered = similarity[order]
    assert not told_in_order(copy, source, reordered, CONFIG)
    assert paraphrase_alignment(copy, source, copy_sentences, source_sentences, reordered,
                                CONFIG) is None


def test_facts_in_order_is_a_longest_common_subsequence() -> None:
    assert facts_in_order(["a", "b", "c", "d"], ["a", "c", "b", "d"]) == 3
    assert facts_in_order([], ["a"]) == 0
    doc = normalize("d", 'Anna Pirlo said "Dorset matters" on 4 May in Kent.')
    assert fact_mentions(doc, (), CONFIG.rare_zipf) == ["pirlo", "4", "kent"]  # "Dorset" is quoted
