"""normalize: tokens with offsets into the untouched text, sentences, lines and quotations."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unspin.pipeline.normalize import (
    GLUED_END,
    TOKEN_PATTERN,
    Document,
    fold,
    glued_breaks,
    is_abbreviation,
    is_name_like,
    normalize,
    wrapped_breaks,
)

# Text with the characters that matter here: letters of several scripts, digits, apostrophes,
# quotes of both kinds, sentence ends, abbreviations, newlines and combining marks.
NEWSY = st.lists(
    st.one_of(
        st.text(st.characters(codec="utf-8"), max_size=8),
        st.sampled_from(list("aZé9 .,!?'’\"“”«»\n\t-()ß\u0301İ")),
        st.sampled_from(["Mr. ", "U.S. ", "1,200", "4.2", "don't", "Russia’s", ". ", "\n\n"]),
    ),
    max_size=40,
).map("".join)


def tokens(doc: Document) -> list[str]:
    return [doc.text[s:e] for s, e in zip(doc.starts, doc.ends, strict=True)]


def sentence_texts(doc: Document) -> list[str]:
    return [" ".join(doc.norms[a:b]) for a, b in doc.sentences]


def token_index(doc: Document, word: str) -> int:
    return doc.norms.index(word)


@given(NEWSY)
def test_offsets_slice_back_to_the_text(text: str) -> None:
    doc = normalize("doc", text)
    assert doc.text is text
    assert len(doc.starts) == len(doc.ends) == len(doc.norms) == len(doc.capitalized) == len(doc)
    previous_end = 0
    for start, end, norm in zip(doc.starts, doc.ends, doc.norms, strict=True):
        assert previous_end <= start < end <= len(text)
        piece = text[start:end]
        assert TOKEN_PATTERN.fullmatch(piece)
        assert norm == fold(piece)
        previous_end = end
    assert list(doc.capitalized) == [text[s].isupper() for s in doc.starts]
    if len(doc):
        start, end = doc.span(0, len(doc) - 1)
        assert text[start:end].strip() == text[start:end]
        assert TOKEN_PATTERN.search(text[:start]) is None
        assert TOKEN_PATTERN.search(text[end:]) is None


@given(NEWSY)
def test_every_word_is_a_token(text: str) -> None:
    doc = normalize("doc", text)
    found = [m.group() for m in TOKEN_PATTERN.finditer(text)]
    assert tokens(doc) == found


@given(NEWSY)
def test_normalizing_twice_is_identical(text: str) -> None:
    first = normalize("doc", text)
    second = normalize("doc", text)
    assert first == second
    assert normalize("doc", first.text) == first
    # folding is idempotent: the comparison form of a comparison form is itself
    assert all(fold(norm) == norm for norm in first.norms)


@given(NEWSY)
def test_sentences_cover_all_tokens_in_order(text: str) -> None:
    doc = normalize("doc", text)
    if not len(doc):
        assert doc.sentences == ()
        return
    assert doc.sentences[0][0] == 0
    assert doc.sentences[-1][1] == len(doc)
    for (_, end), (start, _) in zip(doc.sentences, doc.sentences[1:], strict=False):
        assert end == start
    for number, (first, last) in enumerate(doc.sentences):
        assert first < last
        assert all(doc.sentence_of[i] == number for i in range(first, last))
    assert list(doc.sentence_of) == sorted(doc.sentence_of)


@given(NEWSY)
def test_lines_are_the_non_empty_lines(text: str) -> None:
    doc = normalize("doc", text)
    assert [text[a:b] for a, b in doc.lines] == [
        line for line in text.split("\n") if line.strip()
    ]
    for i, line in enumerate(doc.line_of):
        start, end = doc.lines[line]
        assert start <= doc.starts[i] and doc.ends[i] <= end
    assert list(doc.line_of) == sorted(doc.line_of)


def test_article_sentences(article_text: str) -> None:
    doc = normalize("article", article_text)
    texts = sentence_texts(doc)
    assert len(texts) == 14
    assert texts[0].startswith("riverton city council released")
    assert texts[-1].endswith("bring them down")
    # "Mr. Lund" and "Dr. Maria Santos" stay inside their sentences
    assert texts[9] == "mr lund described the approval process as slow but fair"
    assert texts[10].startswith("his old friend and fellow engineer dr maria santos")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Smith arrived late. He left early.", ["mr smith arrived late", "he left early"]),
        ("Mrs. Jones met Dr. Brown today. They talked.", ["mrs jones met dr brown today",
                                                        "they talked"]),
        ("U.S. officials met Gen. Lee on Monday. Talks failed.",
         ["u s officials met gen lee on monday", "talks failed"]),
        ("John F. Kennedy spoke first. Then came questions.",
         ["john f kennedy spoke first", "then came questions"]),
        ("Shares fell 4.2 percent to 1,200 points. Traders sold.",
         ["shares fell 4.2 percent to 1,200 points", "traders sold"]),
        ("It rained! Was it cold? Yes, it was.", ["it rained", "was it cold", "yes it was"]),
        ('He said "we will go." Then he left.', ["he said we will go", "then he left"]),
        ("He said “we will go.” Then he left.", ["he said we will go", "then he left"]),
        ("A heading without a full stop\nThe body starts here.",
         ["a heading without a full stop", "the body starts here"]),
        # paragraphs run together by a scraper: a full stop before a capital still ends one
        ("The railroad said.Officials said 243 people were on board.",
         ["the railroad said", "officials said 243 people were on board"]),
        ("It was a “total disaster.”“We lost everything,” she said.",
         ["it was a total disaster", "we lost everything she said"]),
        ("Talks ended in 2018.The deal fell through.", ["talks ended in 2018",
                                                        "the deal fell through"]),
        # not after an abbreviation or an initial
        ("U.S.Army and Mr.Smith met on Monday.", ["u s army and mr smith met on monday"]),
    ],
)
def test_sentence_breaks(text: str, expected: list[str]) -> None:
    assert sentence_texts(normalize("doc", text)) == expected


def _glued_breaks_scanned(text: str) -> list[int]:
    """``glued_breaks`` by a scan of every ``GLUED_END``, without its quick test for none."""
    return [m.end() for m in GLUED_END.finditer(text)
            if re.fullmatch(r"[a-z0-9]{2}", text[max(0, m.start() - 2):m.start()])
            and not is_abbreviation(re.split(r"[\s(\"“]", text[max(0, m.start() - 12):
                                                              m.start()])[-1])]


GLUED = st.lists(st.one_of(NEWSY, st.sampled_from(
    ["said.", "won!", "why?", "2018.", "end.”", "end.)", "!?", "U.S.", "“The", "(The", "Officials",
     "The", "A"])), max_size=12).map("".join)


@given(GLUED)
def test_glued_breaks_quick_test_misses_none(text: str) -> None:
    assert glued_breaks(text) == _glued_breaks_scanned(text)


@pytest.mark.parametrize("text", ["It fell.Officials said", "We won!Fans cheered",
                                  "Why?Nobody knows", "a “total disaster.”“We lost",
                                  "in 2018.)The deal", "no glue. Here"])
def test_glued_breaks_after_each_stop(text: str) -> None:
    assert glued_breaks(text) == _glued_breaks_scanned(text)
    assert bool(glued_breaks(text)) == ("glue" not in text)


@pytest.mark.parametrize(
    ("text", "inside", "outside"),
    [
        ('The mayor said "we will rebuild the bridge" on Friday.',
         ["we", "will", "rebuild", "bridge"], ["mayor", "said", "friday"]),
        ("The mayor said “we will rebuild the bridge” on Friday.",
         ["we", "will", "rebuild", "bridge"], ["mayor", "said", "friday"]),
        ("The mayor said «we will rebuild the bridge» on Friday.",
         ["we", "will", "rebuild", "bridge"], ["mayor", "said", "friday"]),
        ("“We will rebuild,” the mayor said on Friday.",
         ["we", "will", "rebuild"], ["mayor", "said", "friday"]),
        # a paragraph break closes an unterminated quotation
        ('The mayor said "we will rebuild\nthe bridge on Friday.', ["we", "will", "rebuild"],
         ["bridge", "friday"]),
    ],
)
def test_quotes_are_marked(text: str, inside: list[str], outside: list[str]) -> None:
    doc = normalize("doc", text)
    for word in inside:
        assert doc.quoted[token_index(doc, word)], word
    for word in outside:
        assert not doc.quoted[token_index(doc, word)], word


def test_fixture_quotation_is_marked(article_text: str) -> None:
    doc = normalize("article", article_text)
    quoted = [doc.norms[i] for i in range(len(doc)) if doc.quoted[i]]
    assert quoted == "this barrier means families can finally sleep through a storm".split()


@pytest.mark.parametrize(
    ("word", "folded"),
    [
        ("Café", "cafe"),
        ("Russia’s", "russia's"),
        ("NAÏVE", "naive"),
        ("1,200", "1,200"),
        ("Zürich", "zurich"),
    ],
)
def test_fold(word: str, folded: str) -> None:
    assert fold(word) == folded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia’s army don't stop", ["Russia’s", "army", "don't", "stop"]),
        ("Costs rose 4.2% to $1,200.50 at 10:30.", ["Costs", "rose", "4.2", "to", "1,200.50",
                                                    "at", "10:30"]),
        ("snake_case and e-mail", ["snake", "case", "and", "e", "mail"]),
    ],
)
def test_tokens(text: str, expected: list[str]) -> None:
    assert tokens(normalize("doc", text)) == expected


def test_name_like_tokens() -> None:
    doc = normalize("doc", "The Mayor met Helen Okafor and 300 workers. Local people cheered.")
    names = {doc.norms[i] for i in range(len(doc)) if is_name_like(doc, i)}
    # sentence-initial capitals and function words are not names; numbers are
    assert names == {"mayor", "helen", "okafor", "300"}


def test_empty_text() -> None:
    doc = normalize("empty", "")
    assert len(doc) == 0
    assert doc.sentences == () and doc.lines == () and doc.quoted == ()


def test_a_reopened_straight_quote_runs_on_to_its_close() -> None:
    """Some house styles open each sentence of a long quote anew and close only the last: the
    reopening mark must not close the quote, nor the close leave a quote open to the end of
    the paragraph (the text after it is the writer's own)."""
    text = ('"It is a good idea. "It could be the biggest market," he added. Sales begin in '
            "March across the country.")
    doc = normalize("a", text)
    quoted = {doc.text[s:e] for s, e, q in zip(doc.starts, doc.ends, doc.quoted, strict=True)
              if q}
    assert {"good", "idea", "biggest", "market"} <= quoted
    assert not {"added", "Sales", "March", "country"} & quoted


WRAPPED = (
    "BlackRock's trust will use a custody service as its custodian,\n"
    "according to a filing with the securities regulator on Thursday.\n"
    "The move comes at a time when the global cryptocurrency industry\n"
    "has been caught in the crosshairs of the regulator on alleged\n"
    "violations of securities laws. Earlier this month, the regulator\n"
    "sued major exchanges in high-profile lawsuits that reverberated\n"
    "through the digital assets industry.\n"
    "Bitcoin prices closed up 2 percent.\n")


def test_hard_wrapped_lines_go_on_with_their_sentence() -> None:
    doc = normalize("w", WRAPPED)
    sentences = [" ".join(doc.norms[a:b]) for a, b in doc.sentences]
    assert sentences[1].startswith("the move comes") and sentences[1].endswith("securities laws")
    assert sentences[2].startswith("earlier this month") and sentences[2].endswith("industry")
    assert sentences[-1] == "bitcoin prices closed up 2 percent"
    assert len(doc.lines) == 8  # the lines are kept as they are


def test_a_list_of_headlines_is_not_hard_wrapped() -> None:
    headlines = "\n".join(f"Storm {k} batters the coast as thousands lose power overnight"
                          for k in range(8))
    assert wrapped_breaks(headlines) == []
    doc = normalize("h", headlines)
    assert len(doc.sentences) == 8
    assert wrapped_breaks("Too short a text\nto be wrapped") == []
