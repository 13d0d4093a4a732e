"""Variant clusters (issue 20, session 21): an article's lead quoting a fragment of the body's
full quote holds one statement, not two, so the fragment quoted alone elsewhere joins the full
quote. Texts invented for these tests."""

from __future__ import annotations

from unspin.quotations.corpus import same_speaker
from unspin.quotations.variants import Statement, VariantMatcher, _repeated, cluster_statements


def _clusters(*statements: tuple[str, str, str | None]) -> list[int]:
    found = [Statement(n, article, text, speaker)
             for n, (article, text, speaker) in enumerate(statements)]
    return cluster_statements(found, None, same_speaker)[0]


def test_a_lead_fragment_inside_its_articles_full_quote_is_one_statement_quoted_twice() -> None:
    # When the fragments of several outlets have joined each other and their full answers
    # each other, each outlet would hold two statements of the joined cluster: the lead's
    # fragment standing word for word in its own article's answer is that answer quoted twice.
    full = "I'm tired, calm and satisfied. It was written in the stars. It belongs to us."
    statements = [Statement(0, "a", "written in the stars", "Hal Brenner"),
                  Statement(1, "b", "written in the stars", "Hal Brenner"),
                  Statement(2, "a", full, "Hal Brenner"),
                  Statement(3, "b", full, "Hal Brenner")]
    words = [s.words for s in statements]
    matcher = VariantMatcher(None)
    assert _repeated(statements, words, matcher, [0, 1], [2, 3], "a")
    assert _repeated(statements, words, matcher, [0, 1], [2, 3], "b")
    other = Statement(4, "a", "The referee had a good game and we respect him.", "Hal Brenner")
    assert not _repeated([*statements, other], [*words, other.words], matcher, [0, 1], [4], "a")


def test_two_different_statements_of_one_article_stay_apart() -> None:
    clusters = _clusters(
        ("a", "written in the stars", "Hal Brenner"),
        ("a", "The referee had a good game and we respect him.", "Hal Brenner"),
        ("b", "written in the stars", "Hal Brenner"),
        ("b", "The referee had a good game and we respect him.", "Hal Brenner"),
    )
    assert clusters[0] == clusters[2] != clusters[1] == clusters[3]
