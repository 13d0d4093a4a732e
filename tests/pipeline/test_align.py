"""align: sentence-by-sentence alignment of a copy with its source, with the substitution table."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unspin.lexicon.function_words import FUNCTION_WORDS
from unspin.model import Alignment
from unspin.pipeline.align import AlignConfig, _quotes_a_clause, align, match_sentences
from unspin.pipeline.normalize import Document, normalize
from unspin.pipeline.relate import RelateConfig, evidence, relate

WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=9).filter(
    lambda word: word not in FUNCTION_WORDS
)
GLUE = ("the", "of", "and", "a", "to", "in", "was", "said")


@st.composite
def texts(draw: st.DrawFn) -> str:
    """Paragraphs of sentences of word-like tokens: content words never repeat (so that each
    sentence has one best partner), function words and "said" do."""
    sizes = draw(st.lists(st.integers(min_value=4, max_value=12), min_size=1, max_size=8))
    words = draw(st.lists(WORD, min_size=sum(sizes), max_size=sum(sizes), unique=True))
    sentences = []
    for size in sizes:
        chosen, words = words[:size], words[size:]
        sentence = []
        for word in chosen:
            sentence.append(word)
            if draw(st.booleans()):
                sentence.append(draw(st.sampled_from(GLUE)))
        sentence[0] = sentence[0].capitalize()
        sentences.append(" ".join(sentence) + draw(st.sampled_from([".", ".", "!", "?"])))
    breaks = draw(st.lists(st.booleans(), min_size=len(sentences), max_size=len(sentences)))
    return "".join(
        sentence + ("\n\n" if cut else " ") for sentence, cut in zip(sentences, breaks, strict=True)
    ).rstrip()


class Thesaurus:
    """A tiny synonym lookup (the ``SynonymLookup`` protocol) for the planted swaps."""

    def __init__(self, pairs: tuple[tuple[str, str], ...]) -> None:
        self.table: dict[str, set[str]] = {}
        for a, b in pairs:
            self.table.setdefault(a, set()).add(b)
            self.table.setdefault(b, set()).add(a)

        self.ids: dict[str, int] = {w: i for i, w in enumerate(sorted(self.table))}

    def lemma_ids(self, word: str) -> tuple[int, ...]:
        return (self.ids[word],) if word in self.ids else ()

    def neighbour_ids(self, word: str) -> frozenset[int]:
        return frozenset(self.ids[w] for w in self.table.get(word, ()))


def check_offsets(alignment: Alignment, copy: Document, source: Document) -> None:
    """Passages and substitutions name token-aligned spans of both texts."""
    for pair in alignment.passages:
        assert pair.copy.article_id == copy.id and pair.source.article_id == source.id
        for passage, doc in ((pair.copy, copy), (pair.source, source)):
            assert 0 <= passage.start < passage.end <= len(doc.text)
            assert passage.start in doc.starts and passage.end in doc.ends
        assert 0 < pair.matched_words <= pair.aligned_words
    for sub in alignment.substitutions:
        assert sub.copy_start in copy.starts and sub.copy_end in copy.ends
        assert sub.source_start in source.starts and sub.source_end in source.ends
        assert copy.text[sub.copy_start : sub.copy_end] == sub.copy
        assert source.text[sub.source_start : sub.source_end] == sub.source


def substitutions_inside_passages(alignment: Alignment) -> bool:
    return all(
        any(p.copy.start <= s.copy_start < s.copy_end <= p.copy.end
            and p.source.start <= s.source_start < s.source_end <= p.source.end
            for p in alignment.passages)
        for s in alignment.substitutions
    )


@given(texts())
@settings(max_examples=150)
def test_text_aligned_with_itself(text: str) -> None:
    doc = normalize("doc", text)
    alignment = align(doc, doc)
    assert len(alignment.passages) == 1
    (pair,) = alignment.passages
    assert (pair.copy.start, pair.copy.end) == (doc.starts[0], doc.ends[-1])
    # (a repeated sentence aligns with its first occurrence, so the source side may be shorter)
    assert pair.source.start == doc.starts[0]
    assert alignment.copied == 1.0
    assert alignment.substituted == 0.0
    assert alignment.substitutions == ()
    check_offsets(alignment, doc, doc)


def test_text_aligned_with_itself_fixture(article_text: str) -> None:
    doc = normalize("article", article_text)
    alignment = align(doc, doc)
    assert len(alignment.passages) == 1
    assert alignment.copied == alignment.source_covered == 1.0
    assert alignment.substituted == 0.0 and alignment.substitutions == ()
    assert alignment.matched_words == alignment.copy_words == len(doc)
    quoted = "this barrier means families can finally sleep through a storm".split()
    assert alignment.quoted_words == len(quoted)


@pytest.fixture
def spun_alignment(spun_text: str, article_text: str) -> tuple[Alignment, Document, Document]:
    copy, source = normalize("spun", spun_text), normalize("article", article_text)
    return align(copy, source), copy, source


def test_spun_copy_substitutions(
    spun_alignment: tuple[Alignment, Document, Document], planted: tuple[tuple[str, str], ...]
) -> None:
    alignment, copy, source = spun_alignment
    check_offsets(alignment, copy, source)
    assert substitutions_inside_passages(alignment)
    table = {(s.source.lower(), s.copy.lower()) for s in alignment.substitutions}
    for source_words, copy_words in planted:
        assert any(
            source_words in s and copy_words.split()[0] in c for s, c in table
        ), (source_words, copy_words)
    # names, numbers and the quotation are left alone
    changed = " ".join(s.source + " " + s.copy for s in alignment.substitutions)
    for kept in ("Okafor", "Lund", "1,200", "2019", "barrier", "storm"):
        assert kept not in changed


def test_spun_copy_shares(spun_alignment: tuple[Alignment, Document, Document]) -> None:
    alignment, copy, source = spun_alignment
    # every sentence is aligned, the swapped pair included, in one passage
    assert len(alignment.passages) == 1
    assert alignment.copied == 1.0
    assert alignment.source_covered == 1.0
    assert 0.05 < alignment.substituted < 0.25
    assert len(alignment.substitutions) >= 15
    matched = {m.copy_sentence: m.source_sentence for m in match_sentences(copy, source,
                                                                            AlignConfig())}
    assert len(matched) == len(copy.sentences)
    assert matched[5] == 6 and matched[6] == 5  # the two swapped sentences
    assert all(matched[i] == i for i in matched if i not in (5, 6))


def test_substitutions_in_copy_order(spun_alignment: tuple[Alignment, Document, Document]) -> None:
    alignment, _, _ = spun_alignment
    starts = [s.copy_start for s in alignment.substitutions]
    assert starts == sorted(starts)
    assert alignment.substitutions[0].source == "released"
    assert alignment.substitutions[0].copy == "launched"


def test_unrelated_text_yields_no_passage(article_text: str, unrelated_text: str) -> None:
    alignment = align(normalize("unrelated", unrelated_text), normalize("article", article_text))
    assert alignment.passages == () and alignment.substitutions == ()
    assert alignment.copied == alignment.substituted == 0.0


def test_independent_report_shares_little(article_text: str, independent_text: str) -> None:
    copy, source = normalize("independent", independent_text), normalize("article", article_text)
    alignment = align(copy, source)
    check_offsets(alignment, copy, source)
    assert alignment.copied < 0.25
    # what it shares is mostly the quotation
    assert alignment.quoted_words >= 8
    assert sum(p.strong_sentences for p in alignment.passages) <= 1


def test_partial_copy(article_text: str, unrelated_text: str) -> None:
    paragraphs = article_text.split("\n\n")
    page = "\n\n".join([unrelated_text, *paragraphs[2:4]])
    copy, source = normalize("page", page), normalize("article", article_text)
    alignment = align(copy, source)
    check_offsets(alignment, copy, source)
    assert len(alignment.passages) == 1
    (pair,) = alignment.passages
    assert pair.copy.slice(page) == "\n\n".join(paragraphs[2:4]).rstrip(".")
    assert pair.source.slice(article_text) == pair.copy.slice(page)
    assert 0.4 < alignment.copied < 0.7
    assert alignment.source_covered < 0.5


def test_masked_tokens_match_nothing(article_text: str) -> None:
    doc = normalize("article", article_text)
    everything = frozenset(range(len(doc)))
    for copy_masked, source_masked in ((everything, ()), ((), everything)):
        alignment = align(doc, doc, copy_masked=copy_masked, source_masked=source_masked)
        assert alignment.passages == ()


def test_synonyms_count_as_matches(
    spun_text: str, article_text: str, planted: tuple[tuple[str, str], ...]
) -> None:
    copy, source = normalize("spun", spun_text), normalize("article", article_text)
    plain = align(copy, source)
    lexicon = Thesaurus(planted)
    with_synonyms = align(copy, source, lexicon=lexicon)
    assert plain.synonym_words == 0
    assert with_synonyms.synonym_words >= 5
    # synonyms help sentences match, but a swapped word still counts as substituted
    matched = sum(p.matched_words for p in with_synonyms.passages)
    assert matched == sum(p.matched_words for p in plain.passages) + with_synonyms.synonym_words
    assert with_synonyms.substituted == pytest.approx(plain.substituted)
    # a synonym match is still a substitution
    table = {(s.source, s.copy) for s in with_synonyms.substitutions}
    assert {("released", "launched"), ("list", "checklist"), ("friend", "pal")} <= table
    check_offsets(with_synonyms, copy, source)


@pytest.mark.parametrize(
    ("copy_text", "source_text", "expected"),
    [
        ("We are very attentive to this checklist and can course of it fastidiously.",
         "We are very attentive to this list and will process it carefully.",
         [("list", "checklist"), ("will process", "can course of"),
          ("carefully", "fastidiously")]),
        ("The mayor instructed journalists on Monday that work would start soon.",
         "The mayor told reporters on Monday that work would start soon.",
         [("told reporters", "instructed journalists")]),
    ],
)
def test_substitution_table(
    copy_text: str, source_text: str, expected: list[tuple[str, str]]
) -> None:
    alignment = align(normalize("copy", copy_text), normalize("source", source_text))
    assert [(s.source, s.copy) for s in alignment.substitutions] == expected


def test_long_replacements_are_not_substitutions() -> None:
    """A rewritten stretch longer than ``max_substitution_words`` is not listed as a swap."""
    source = ("The council approved the budget on Monday after a debate about the old bridge "
              "and the new school.")
    copy = ("The council approved the budget on Monday after residents spent hours arguing "
            "loudly over several plans and the new school.")
    alignment = align(normalize("copy", copy), normalize("source", source),
                      AlignConfig(min_sentence_match=0.3))
    assert alignment.passages
    assert all(len(s.copy.split()) <= 4 for s in alignment.substitutions)


@given(texts(), texts(), st.data())
@settings(max_examples=80)
def test_shares_and_offsets_of_edited_copies(
    source_text: str, filler: str, data: st.DataObject
) -> None:
    """Whatever a copy does to its source (swap, drop or add words, add text of its own), the
    shares stay in [0, 1] and every offset slices both texts."""
    words = source_text.split(" ")
    for _ in range(data.draw(st.integers(min_value=0, max_value=len(words)))):
        position = data.draw(st.integers(min_value=0, max_value=len(words) - 1))
        action = data.draw(st.sampled_from(["swap", "drop", "add"]))
        if action == "swap":
            words[position] = "zq" + words[position].lower()
        elif action == "drop" and len(words) > 1:
            del words[position]
        else:
            words.insert(position, "extra")
    copy_text = " ".join(words)
    if data.draw(st.booleans()):
        copy_text = f"{filler}\n\n{copy_text}"
    copy, source = normalize("copy", copy_text), normalize("source", source_text)
    alignment = align(copy, source)
    assert 0.0 <= alignment.copied <= 1.0
    assert 0.0 <= alignment.substituted <= 1.0
    assert 0.0 <= alignment.source_covered <= 1.0
    assert alignment.matched_words + alignment.synonym_words <= alignment.aligned_copy_words
    check_offsets(alignment, copy, source)


def test_source_covered_is_a_share_when_the_copy_repeats_itself(article_text: str) -> None:
    first_paragraph = article_text.split("\n\n")[0]
    copy = normalize("copy", f"{article_text}\n\n{first_paragraph}")
    alignment = align(copy, normalize("source", article_text))
    assert alignment.copied == 1.0
    assert alignment.source_covered <= 1.0


SOURCE_EDGES = (
    "Officials released the final plan for the flood barrier on Tuesday. The wall will protect "
    "about 1,200 homes along the river, they said."
)
COPY_EDGES = (
    "Authorities released the final plan for the flood barrier on Tuesday. The wall will "
    "protect about 1,200 homes along the river, they stated."
)


def test_substitutions_at_passage_edges_are_listed() -> None:
    alignment = align(normalize("copy", COPY_EDGES), normalize("source", SOURCE_EDGES))
    assert [(s.source, s.copy) for s in alignment.substitutions] == [
        ("Officials", "Authorities"), ("said", "stated")
    ]
    assert alignment.copied == 1.0


def test_substitutions_at_passage_edges_lie_inside_the_passage() -> None:
    alignment = align(normalize("copy", COPY_EDGES), normalize("source", SOURCE_EDGES))
    (pair,) = alignment.passages
    # the passage is "released ... they": it leaves out "Authorities" and "stated"
    assert pair.copy.slice(COPY_EDGES) == COPY_EDGES.rstrip(".")
    assert substitutions_inside_passages(alignment)


POST = ("Today, I stepped down as CEO of Binance. Admittedly, it was not easy to let go "
        "emotionally. But I know it is the right thing to do. I made mistakes, and I must take "
        "responsibility. This is best for our community, for Binance, and for myself. Binance is "
        "no longer a baby. It is time for me to let it walk and run.")


def test_a_post_one_report_quotes_and_another_pastes_is_no_evidence() -> None:
    quoted = normalize("a", "The head of the largest crypto exchange resigned on Tuesday after a "
                            "plea deal with prosecutors in Seattle. He wrote on X: \u201c"
                       + POST + "\u201d Shares of rival firms rose in early trading.")
    pasted = normalize("b", "Changpeng Zhao took to social media to pen a farewell to staff and "
                            "customers of the exchange he founded in 2017.\n\n" + POST
                       + "\n\nThe settlement also requires a monitor for three years.")
    for copy, source in ((pasted, quoted), (quoted, pasted)):
        alignment = align(copy, source)
        assert alignment.passages  # the post is aligned
        assert sum(p.evidence_words for p in alignment.passages) == 0


# Two independent reports of one eruption (after the real reuse set's dev part): the president's
# post, quoted, with its attribution and the rest of the post in reported speech.
PRESIDENT = ("\u201cNo lives are in danger, although infrastructure may be under threat,\u201d "
             "President Gudni Johannesson said on X, adding there had been no interruptions to "
             "flights.")


def test_the_attribution_of_a_shared_quotation_is_no_evidence() -> None:
    first = normalize("a", "A volcano has erupted near a fishing town in Iceland, spewing "
                           "fountains of molten rock less than a month after another eruption.\n\n"
                      + PRESIDENT)
    second = normalize("b", "Lava flowed into the streets of the evacuated town on Sunday, "
                            "and three houses caught fire by the evening.\n\n"
                       + PRESIDENT.replace("said on X", "said on social media site X"))
    for copy, source in ((first, second), (second, first)):
        alignment = align(copy, source)
        (passage,) = alignment.passages  # the sentence is aligned, attribution and all
        assert passage.evidence_words > 0
        assert passage.attributed_words == passage.evidence_words
        assert alignment.copied >= RelateConfig().min_share  # a large share of a short page
        assert evidence(alignment, RelateConfig()) == 0
        assert relate(alignment, RelateConfig()) is None


def test_a_run_of_copied_sentences_around_quotations_is_reuse() -> None:
    # a wire paragraph taken whole: each of its sentences quotes a clause, and the words
    # around the quotes, narrative and attribution, are copied with them
    paragraph = ("The ministry said on Monday that it had \u201cno plans to raise the levy this "
                 "year or next,\u201d citing the slow recovery of the northern ports. "
                 "\u201cWe will review the figures in the spring,\u201d the deputy minister told "
                 "reporters after the cabinet meeting in the capital. The opposition called the "
                 "decision \u201ca gift to the shipping lobby\u201d and demanded a vote in the "
                 "assembly before the summer recess.")
    copy = normalize("copy", "Harbour traffic rose for a third month in a row, the port "
                             "authority said.\n\n" + paragraph + "\n\nTrading in the city "
                             "was quiet on Tuesday as markets waited for the budget.")
    source = normalize("source", "Officials met in the capital on Monday to discuss the "
                                 "levy.\n\n" + paragraph + "\n\nThe next review is due in "
                                 "April, officials added.")
    alignment = align(copy, source)
    assert sum(p.attributed_words for p in alignment.passages) > 0
    assert evidence(alignment, RelateConfig()) > 0
    assert relate(alignment, RelateConfig()) is not None


def test_a_word_in_quotation_marks_is_no_quotation() -> None:
    sentence = ("The regulator sued the exchange for operating what it called an "
                "\u201cillegal\u201d venue and a \u201csham\u201d compliance programme "
                "for years on end.")
    alignment = align(normalize("a", sentence), normalize("b", sentence))
    (passage,) = alignment.passages
    assert passage.evidence_words == passage.matched_words - 2  # the two quoted words alone
    assert passage.attributed_words == 0
    assert _quotes_a_clause(normalize("a", sentence), 0, AlignConfig().min_quotation_words) is False
