"""relate: whether an alignment is reuse (a run of closely matched sentences outside quotations),
and of which kind (verbatim, spun, partial)."""

from __future__ import annotations

import math
import re
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unspin.config import Config
from unspin.jobs.common import load_lexicon
from unspin.jobs.verify import closest_sentence, verify
from unspin.model import Alignment, Article, Passage, PassagePair, Relation
from unspin.pipeline.align import align
from unspin.pipeline.normalize import normalize
from unspin.pipeline.paraphrase import ParaphraseConfig
from unspin.pipeline.relate import RelateConfig, classify, evidence, relate, template

CONFIG = RelateConfig()
# The thresholds the synthetic cases below are written against (the defaults get tuned).
RULES = replace(
    RelateConfig(),
    min_run_sentences=2,
    min_run_evidence=15,
    min_total_evidence=40,
    min_share_evidence=10,
    min_share=0.3,
    partial_below=0.8,
    spun_from=0.03,
    clearly_spun_from=0.12,
)


def synthetic(
    copied: int = 100,
    matched: int = 100,
    passages: tuple[tuple[int, int], ...] = ((3, 60),),
    copy_words: int = 100,
    source_words: int = 100,
) -> Alignment:
    """An alignment of ``copied`` of ``copy_words`` words, ``matched`` of them equal, with
    passages of (strong sentences, evidence words)."""
    return Alignment(
        copy_id="copy",
        source_id="source",
        passages=tuple(
            PassagePair(Passage("copy", 0, 10), Passage("source", 0, 10), copied, matched,
                        strong, words, evidence_sentences=strong if words else 0,
                        own_words=words)
            for strong, words in passages
        ),
        substitutions=(),
        copy_words=copy_words,
        source_words=source_words,
        aligned_copy_words=copied,
        aligned_source_words=copied,
        matched_words=matched,
        synonym_words=0,
        quoted_words=0,
    )


def relation_of(copy_text: str, source_text: str) -> Relation | None:
    return relate(align(normalize("copy", copy_text), normalize("source", source_text)), CONFIG)


def test_verbatim(article_text: str) -> None:
    relation = relation_of(article_text, article_text)
    assert relation is not None
    assert relation.kind == "verbatim"
    assert (relation.copy, relation.source) == ("copy", "source")
    assert relation.copied == 1.0 and relation.substituted == 0.0
    assert relation.substitutions == ()
    assert 0.9 < relation.score < 1.0
    assert "word for word" in relation.reason


def test_spun(spun_text: str, article_text: str) -> None:
    relation = relation_of(spun_text, article_text)
    assert relation is not None
    assert relation.kind == "spun"
    assert relation.copied == 1.0
    assert 0.05 < relation.substituted < 0.25
    assert ("released", "launched") in {(s.source, s.copy) for s in relation.substitutions}
    assert "aligned words differ" in relation.reason


def test_partial(article_text: str, unrelated_text: str) -> None:
    paragraphs = article_text.split("\n\n")
    page = "\n\n".join([unrelated_text, *paragraphs[2:4]])
    relation = relation_of(page, article_text)
    assert relation is not None
    assert relation.kind == "partial"
    assert 0.4 < relation.copied < 0.7
    assert relation.substituted == 0.0


@pytest.mark.parametrize("forward", [True, False])
def test_independent_report_is_not_related(
    independent_text: str, article_text: str, forward: bool
) -> None:
    texts = (independent_text, article_text) if forward else (article_text, independent_text)
    assert relation_of(*texts) is None


def test_independent_report_is_not_related_by_verify(
    independent_text: str, article_text: str, spun_text: str
) -> None:
    def item(article_id: str, text: str) -> tuple[Article, object, frozenset[int]]:
        return Article(article_id, text), normalize(article_id, text), frozenset()

    config = Config()
    assert verify(item("ind", independent_text), item("art", article_text), config, None) is None
    assert verify(item("art", article_text), item("ind", independent_text), config, None) is None
    # while the spun copy is, whichever way round the pair comes
    for first, second in (("spun", "art"), ("art", "spun")):
        texts = {"spun": spun_text, "art": article_text}
        relation = verify(item(first, texts[first]), item(second, texts[second]), config, None)
        assert relation is not None
        assert (relation.copy, relation.source, relation.kind) == ("spun", "art", "spun")


def test_shared_quotation_is_not_reuse(article_text: str, unrelated_text: str) -> None:
    quotation = (
        "“This barrier means families can finally sleep through a storm,” Okafor said at a "
        "crowded press conference outside City Hall."
    )
    page = "\n\n".join([unrelated_text, quotation, unrelated_text.replace("Harbour", "Bay")])
    alignment = align(normalize("copy", page), normalize("source", article_text))
    assert alignment.passages  # aligned, but not enough to call it reuse
    assert evidence(alignment, CONFIG) == 0
    assert relate(alignment, CONFIG) is None


@pytest.mark.parametrize(
    ("copied", "matched", "source_words", "kind"),
    [
        (100, 100, 100, "verbatim"),
        (100, 98, 100, "verbatim"),
        (100, 97, 100, "spun"),
        (100, 60, 100, "spun"),
        (80, 80, 100, "verbatim"),
        (79, 79, 100, "partial"),  # the copy holds much of its own
        (100, 100, 200, "partial"),  # the copy took half of the source
        (50, 48, 100, "partial"),  # lightly edited excerpt
        (50, 30, 100, "spun"),  # heavily spun, however much was taken
    ],
)
def test_classify(copied: int, matched: int, source_words: int, kind: str) -> None:
    alignment = synthetic(copied, matched, source_words=source_words)
    assert classify(alignment, RULES)[0] == kind


@pytest.mark.parametrize(
    ("passages", "words"),
    [
        (((2, 15),), 15),  # a run: two strong sentences with 15 words
        (((2, 14),), 0),  # too few words
        (((1, 39),), 0),  # one strong sentence is not a run
        (((1, 20), (1, 20)), 40),  # enough strong sentences overall
        (((1, 20), (1, 19)), 0),
        (((2, 15), (1, 5)), 20),  # a run, plus the rest
        ((), 0),
    ],
)
def test_evidence(passages: tuple[tuple[int, int], ...], words: int) -> None:
    # a small share of two long texts: the words must form a run, or be many
    alignment = synthetic(copied=100, matched=100, passages=passages, copy_words=1000,
                          source_words=1000)
    assert evidence(alignment, RULES) == words
    relation = relate(alignment, RULES, "dates")
    if words:
        assert relation is not None
        assert relation.score == pytest.approx(1 - math.exp(-words / 40))
        assert relation.direction_reason == "dates"
        assert f"{words} words" in relation.reason
    else:
        assert relation is None


@pytest.mark.parametrize(
    ("copied", "matched", "passages", "related"),
    [
        (30, 30, ((1, 10),), True),  # a brief made of a passage copied word for word
        (30, 30, ((1, 9),), False),
        (10, 10, ((1, 10),), False),  # a sentence of a long page
        # one sentence alike in a loosely aligned stretch (the rest a shared quotation or
        # sentences that only resemble each other): a lede formula, not a copy ...
        (30, 20, ((1, 10),), False),
        (30, 20, ((2, 10),), True),  # ... two closely matched sentences are
        (30, 20, ((1, 30),), True),  # ... and so is one that is itself 30% of the short text
    ],
)
def test_evidence_share_of_a_short_text(
    copied: int, matched: int, passages: tuple[tuple[int, int], ...], related: bool
) -> None:
    alignment = synthetic(copied=copied, matched=matched, passages=passages, copy_words=100,
                          source_words=1000)
    words = sum(w for _, w in passages)
    assert (evidence(alignment, RULES) == words) is related


STATEMENT = ('"I have given this city everything I had, and now it is time for someone else to '
             'carry it forward. I will always be proud of what we built together,"')
REPORT = ("Jane Holt has resigned as mayor of Riverton after eleven years in office, the city "
          f"council has confirmed.\n\nIn a statement, she said: {STATEMENT[:-2]}.\"\n\n"
          "Councillors will choose an interim mayor on Monday. Two candidates have declared so "
          "far, and the vote is expected to be close. The council has asked residents to send "
          "their views by Friday, and a public meeting will be held at the library on Thursday."
          "\n\nHolt, a former teacher, was first elected in 2013 on a promise to rebuild the "
          "harbour front, which reopened last spring after four years of work.")


@pytest.mark.parametrize(("brief", "related"), [
    # an independent brief: the same statement quoted, a lede of the same formula, its own
    # attribution; before, the lede made 15 words of evidence and the quote a large share
    ("Jane Holt, the longest serving mayor in the history of Riverton, has resigned after "
     "eleven years in office, the city council has announced.\n\nShe told councillors of her "
     "decision at a meeting on Tuesday evening, the council said.\n\n"
     f"{STATEMENT} Holt said in a statement.\n\nThis is a developing story, more to follow.",
     False),
    # a brief that copied the report's lede word for word beside the same quotation
    ("Jane Holt has resigned as mayor of Riverton after eleven years in office, the city "
     f"council has confirmed.\n\n{STATEMENT} Holt said.\n\nMore to follow.", True),
])
def test_short_report_sharing_a_statement(brief: str, related: bool) -> None:
    lexicon = load_lexicon()
    for copy, source in ((brief, REPORT), (REPORT, brief)):
        found = evidence(align(normalize("copy", copy), normalize("source", source), None,
                               lexicon), CONFIG)
        assert (found > 0) is related


@given(st.integers(min_value=15, max_value=1000), st.integers(min_value=1, max_value=200))
def test_score_grows_with_evidence(words: int, more: int) -> None:
    low = relate(synthetic(passages=((2, words),)), RULES)
    high = relate(synthetic(passages=((2, words + more),)), RULES)
    assert low is not None and high is not None
    assert 0 < low.score <= high.score <= 1


def test_json_contract(spun_text: str, article_text: str) -> None:
    relation = relation_of(spun_text, article_text)
    assert relation is not None
    record = relation.to_json()
    assert set(record) == {"copy", "source", "kind", "copied", "substituted", "score",
                           "passages", "substitutions", "reason", "direction"}
    assert record["substitutions"][0] == {"source": "released", "copy": "launched"}
    for passage in record["passages"]:
        start, end = passage["copy"]
        assert spun_text[start:end].startswith("Riverton")
        start, end = passage["source"]
        assert article_text[start:end].startswith("Riverton")


SENTENCE = ("Lockheed Martin has signed an agreement with Hindustan Aeronautics to build parts "
            "for its transport aircraft at a plant near Bangalore from next year.")  # 25 words
HOST = ("The airline said on Monday that it would buy more planes this year. Its chief "
        "executive told reporters that demand had recovered in every market it serves. "
        "Shares rose by two percent in early trading in Tokyo.")
OTHER = ("India's air show opened on Wednesday with displays by fighter jets from six "
         "countries. Visitors crowded the stands despite the heat. The defence minister "
         "said the country would double its spending on aircraft within five years.")


@pytest.mark.parametrize(("copied", "found"), [
    (SENTENCE, True),  # one long sentence taken whole: a small excerpt
    (SENTENCE.replace("build", "construct"), True),  # a thesaurus swap is still taken whole
    # one other word in 25: an editor's change ("died during a fire" for "died in a fire")
    (SENTENCE.replace("signed", "rejected"), True),
    (SENTENCE.replace("signed", "rejected").replace("parts", "engines"), False),  # two
    (" ".join(SENTENCE.split()[:16]) + ".", True),  # a lead sentence of 16 words
    # one other word in 16: a stock lead of that length recurs with a word changed
    (" ".join(SENTENCE.replace("signed", "rejected").split()[:16]) + ".", False),
    (" ".join(SENTENCE.split()[:12]) + ".", False),  # too short to tell from a stock phrase
    (f'"{SENTENCE}"', False),  # a quotation proves nothing
])
def test_one_long_sentence_taken_whole(copied: str, found: bool) -> None:
    # each text long enough for the sentence to be a small share of it (5 to 10%)
    copy = normalize("copy", f"{HOST}\n{copied}\n" + "\n".join([HOST] * 3))
    source = normalize("source", f"{OTHER}\n{SENTENCE}\n" + "\n".join([OTHER] * 3))
    assert min(len(copy), len(source)) > 150  # words
    assert (evidence(align(copy, source, None, load_lexicon()), CONFIG) > 0) is found


# a neighbour matched loosely (a third of its words), which joins the sentence's passage
NEIGHBOUR = "The first wings are expected to leave the plant in the spring, the company said."
LOOSELY = ("The first wings are expected to be ready by the summer, the company told reporters "
           "at the air show on Tuesday.")


@pytest.mark.parametrize(("copied", "found"), [
    (SENTENCE, True),
    (SENTENCE.replace("signed", "rejected"), True),  # one other word in 25
    (SENTENCE.replace(" parts ", ' "parts" '), True),  # a scare quote is no quotation
    # a quoted clause is: the sentence's own words are too few once it is left out
    (SENTENCE.replace("to build parts for its transport aircraft",
                      '"to build parts for its transport aircraft"'), False),
])
def test_a_sentence_taken_whole_beside_a_loosely_matched_one(copied: str, found: bool) -> None:
    copy = normalize("copy", f"{HOST}\n{copied} {NEIGHBOUR}\n" + "\n".join([HOST] * 3))
    source = normalize("source", f"{OTHER}\n{SENTENCE} {LOOSELY}\n" + "\n".join([OTHER] * 3))
    alignment = align(copy, source, None, load_lexicon())
    (passage,) = alignment.passages
    assert passage.aligned_words > 30  # the sentence and its neighbour, in one passage
    assert (evidence(alignment, CONFIG) > 0) is found


# Independent reports of one statement carry its words, quoted or pasted without marks, an
# outlet's edit apart: a sentence taken whole but for one word proves a copy only when it is
# the writer's own narrative.
STATEMENT = SENTENCE.replace("signed", "rejected")


@pytest.mark.parametrize(("copied", "source_text"), [
    # introduced by a colon and pasted as a paragraph
    (f"The company said:\n{STATEMENT}", f"In its own words:\n{SENTENCE}"),
    # given to a speaker
    (STATEMENT[:-1] + ", the company said.", SENTENCE[:-1] + ", the company said."),
    (f"According to the company, {STATEMENT}", SENTENCE),
    # beside a quotation in its paragraph: a statement quoted in part
    (f'{STATEMENT} "We are proud of this," the chairman added.', SENTENCE),
    # a headline (no full stop of its own), which independent reports word alike
    (STATEMENT[:-1], SENTENCE[:-1]),
    # the second sentence of a paragraph a colon introduces
    (f"The company said:\nIt was a good day. {STATEMENT}", SENTENCE),
    # in the first person: a statement, a letter or a post, pasted
    (STATEMENT.replace("Lockheed Martin has", "We have"),
     SENTENCE.replace("Lockheed Martin has", "We have")),
])
def test_a_statements_words_are_not_taken_whole(copied: str, source_text: str) -> None:
    copy = normalize("copy", f"{HOST}\n{copied}\n" + "\n".join([HOST] * 3))
    source = normalize("source", f"{OTHER}\n{source_text}\n" + "\n".join([OTHER] * 3))
    assert evidence(align(copy, source, None, load_lexicon()), CONFIG) == 0
    # the same sentence in both as the writers' own narrative is taken whole but for one word
    narrative = normalize("copy", f"{HOST}\n{STATEMENT}\n" + "\n".join([HOST] * 3))
    plain = normalize("source", f"{OTHER}\n{SENTENCE}\n" + "\n".join([OTHER] * 3))
    assert evidence(align(narrative, plain, None, load_lexicon()), CONFIG) > 0


def test_a_clause_two_sentences_share_is_no_sentence_taken_whole() -> None:
    """Two sentences sharing a long clause, each with words of its own around it (a fact
    sheet's or a statement's phrase two writers took), beside a loosely matched neighbour."""
    shared = SENTENCE[:-1].replace("Lockheed", "the US group Lockheed")
    copy = normalize("copy", f"{HOST}\nIn a surprise, {shared} and hire 500 engineers. "
                     f"{NEIGHBOUR}\n" + "\n".join([HOST] * 3))
    source = normalize("source", f"{OTHER}\n{SENTENCE} {LOOSELY}\n" + "\n".join([OTHER] * 3))
    assert evidence(align(copy, source, None, load_lexicon()), CONFIG) == 0


def test_the_closest_sentence_anchors_a_rewrite() -> None:
    """The word level's longest closely matched sentence (outside quoted clauses), which lets
    the rewrite matcher accept fewer sentence pairs (``ParaphraseConfig.anchor_words``)."""
    copy = normalize("copy", f"{HOST}\n{SENTENCE} {NEIGHBOUR}\n" + "\n".join([HOST] * 3))
    source = normalize("source", f"{OTHER}\n{SENTENCE} {LOOSELY}\n" + "\n".join([OTHER] * 3))
    assert closest_sentence(align(copy, source, None, load_lexicon())) == 24
    quoted = normalize("copy", f'{HOST}\n"{SENTENCE}"\n' + "\n".join([HOST] * 3))
    assert closest_sentence(align(quoted, source, None, load_lexicon())) == 0


@pytest.mark.parametrize(("kept", "anchors"), [
    # 16 words of the writer's own narrative, matched word for word: an anchor
    ("The city council approved a new bridge over the river after a late vote on Tuesday.",
     True),
    # 12 words: a stock phrase of that length recurs by chance, no anchor
    ("The city council approved a new bridge over the river on Tuesday.", False),
])
def test_a_sentence_of_fifteen_words_or_more_anchors_a_rewrite(kept: str, anchors: bool) -> None:
    """A rewrite that kept one sentence of 15 words or more close to word for word (the length
    at which the word level once held a sentence taken whole to be no chance) is anchored."""
    copy = normalize("copy", f"{HOST}\n{kept} {NEIGHBOUR}\n" + "\n".join([HOST] * 3))
    source = normalize("source", f"{OTHER}\n{kept} {LOOSELY}\n" + "\n".join([OTHER] * 3))
    closest = closest_sentence(align(copy, source, None, load_lexicon()))
    assert closest == len(kept.split())
    assert (closest >= ParaphraseConfig().anchor_words) is anchors


@pytest.mark.parametrize(("copied", "longer"), [
    (SENTENCE, SENTENCE.replace("Aeronautics to",
                                "Aeronautics, its oldest partner in the region, to")),
    # one word other, where the other has three: "died in a fire in a block" against "died
    # in a fire that ripped through a block", two reports of one police statement
    (SENTENCE.replace("near Bangalore", "in Bangalore"),
     SENTENCE.replace("near Bangalore", "just outside of Bangalore")),
])
def test_a_sentence_missing_a_clause_is_not_taken_whole(copied: str, longer: str) -> None:
    # the copy's sentence is matched word for word, but the source's has a clause more in the
    # middle: two writers trimming one statement differently, not a sentence taken whole
    copy = normalize("copy", f"{HOST}\n{copied}\n" + "\n".join([HOST] * 3))
    source = normalize("source", f"{OTHER}\n{longer}\n" + "\n".join([OTHER] * 3))
    assert evidence(align(copy, source, None, load_lexicon()), CONFIG) == 0
    # one word for one is an editor's change
    swapped = normalize("source", f"{OTHER}\n{SENTENCE.replace('near', 'outside')}\n"
                        + "\n".join([OTHER] * 3))
    assert evidence(align(copy, swapped, None, load_lexicon()), CONFIG) > 0


TEMPLATE = """\
Ethereum price started a fresh decline below the $2,600 zone. ETH is now trading below \
$2,550 and the 100-hourly Simple Moving Average.

There was a break below a connecting bullish trend line with support at $2,580 on the hourly \
chart of ETH/USD. The pair could start a recovery wave if it clears the $2,620 resistance.

Ethereum price failed to stay above the $2,650 level and started a fresh decline. ETH \
declined below the $2,600 and $2,580 support levels to enter a short-term bearish zone. \
A low was formed at $2,470 and the price is now consolidating losses near $2,500."""


def test_a_template_with_other_figures_is_not_reuse() -> None:
    """Two days' market analyses from one template: the wording recurs, the figures are new."""
    figures = iter(["2,350", "2,300", "2,330", "2,390", "2,410", "2,420", "2,380", "2,350",
                    "2,310", "2,290", "2,330"])
    other_day = re.sub(r"2,\d{3}", lambda _: next(figures), TEMPLATE)
    alignment = align(normalize("copy", other_day), normalize("source", TEMPLATE))
    assert template(alignment, CONFIG)
    assert relate(alignment, CONFIG) is None
    # the same analysis with its figures kept is a copy
    assert relation_of(TEMPLATE.replace("fresh", "new"), TEMPLATE) is not None




LEDE = "Jane Holt, the only daughter of the late senator, has died at the age of 54."
LEDE_TWO = "She had been taken to a hospital in Riverton on Thursday after falling ill at home."
QUOTED = '"She was the most loving and generous woman I have ever known," her mother said.'
OWN = "Her family confirmed the news to reporters on Friday morning."


def test_a_lone_short_sentence_taken_whole_is_no_copy_two_are() -> None:
    """A wire lede's stock sentence of 15-19 words, before a statement both pages quote, is
    what independent reports of the fact carry (``RelateConfig.lone_sentence_evidence``); two
    such sentences taken whole among the page's own are a scattered copy."""
    copy = normalize("copy", f"{HOST}\n{LEDE}\n{QUOTED}\n" + "\n".join([HOST] * 3))
    source = normalize("source", f"{OTHER}\n{LEDE} {OWN}\n{QUOTED}\n" + "\n".join([OTHER] * 3))
    assert evidence(align(copy, source, None, load_lexicon()), CONFIG) == 0
    scattered = normalize("copy", f"{HOST}\n{LEDE}\n{QUOTED}\n{HOST}\n{LEDE_TWO}\n{HOST}")
    both = normalize("source", f"{OTHER}\n{LEDE} {OWN}\n{QUOTED}\n{OTHER}\n{LEDE_TWO} {OWN}\n"
                     f"{OTHER}")
    assert evidence(align(scattered, both, None, load_lexicon()), CONFIG) > 0


# Two invented reports of one event, each pasting the same three-sentence statement without
# quotation marks, under headlines worded alike; each page's own sentences are its own.
PASTED = ("We are heartbroken to share that our founder passed away peacefully at home on "
          "Sunday evening surrounded by his family. We ask for privacy as we grieve together "
          "and thank everyone for the kind messages we have received. Our company will carry "
          "on the work he started in a small garage in Dayton forty years ago.")
FIRST_REPORT = ("Founder of Dayton toolmaker Brenner Works dies at 81\n"
                "The founder of the toolmaker Brenner Works has died, the company announced on "
                "Monday.\nIn a post on its website, the firm wrote:\n" + PASTED + "\n"
                "Brenner built the business from a single lathe into a supplier of aircraft "
                "parts employing 900 people across Ohio.")
SECOND_REPORT = ("Founder of Dayton toolmaker Brenner Works dies at 81\n"
                 "Tributes poured in on Monday for Otto Brenner, whose family firm makes "
                 "precision parts for the aerospace industry.\nThe family said in a statement:\n"
                 + PASTED + "\nLocal officials plan to name a street near the old plant "
                 "after him, the mayor's office said late on Monday.")
# The first report's own narrative, as a copy of it would carry it.
NARRATIVE = ("Brenner built the business from a single lathe into a supplier of aircraft "
             "parts employing 900 people across Ohio.")


@pytest.mark.parametrize("second", [
    SECOND_REPORT,
    # the statement's sentences pasted after its attribution's colon on the same line
    SECOND_REPORT.replace("in a statement:\n", "in a statement: "),
])
def test_a_statement_two_reports_paste_and_a_headline_are_no_reuse(second: str) -> None:
    """A pasted statement (in the first person, introduced by a colon) and a headline worded
    alike are what independent reports of one statement share: no evidence of one page taking
    the other's text, however many of its words match. Sharing the writer's own narrative
    beside them is."""
    first, other = normalize("first", FIRST_REPORT), normalize("second", second)
    alignment = align(other, first, None, load_lexicon())
    assert sum(p.evidence_words for p in alignment.passages) >= CONFIG.min_total_evidence
    assert sum(p.own_words for p in alignment.passages) < CONFIG.min_narrative_evidence
    assert evidence(alignment, CONFIG) == 0
    assert verify((Article("first", FIRST_REPORT), first, frozenset()),
                  (Article("second", second), other, frozenset()),
                  Config(), load_lexicon()) is None
    copy = normalize("copy", second + "\n" + NARRATIVE)
    taken = align(copy, first, None, load_lexicon())
    assert sum(p.own_words for p in taken.passages) >= CONFIG.min_narrative_evidence
    assert evidence(taken, CONFIG) > 0


def test_reported_speech_taken_word_for_word_is_the_writers_own() -> None:
    """Reported speech ("…, the company said") two pages word alike is one writer's wording,
    not the statement's: it still counts as the writer's own (a wire paragraph copied)."""
    paragraph = ("The company said on Monday that it would close its plant in Dayton by the end "
                 "of the year and move the work to a newer site in Kentucky. Union leaders said "
                 "about 400 workers would lose their jobs unless the state stepped in with new "
                 "tax credits for the site.")
    copy = normalize("copy", "Shares were flat in early trade.\n" + paragraph)
    source = normalize("source", "A plant closure was announced.\n" + paragraph)
    alignment = align(copy, source, None, load_lexicon())
    assert sum(p.own_words for p in alignment.passages) >= CONFIG.min_narrative_evidence
    assert evidence(alignment, CONFIG) > 0
