"""Variant clusters (issue 20, session 24): the same words in two outlets are one statement
whoever each page credits, but they join one stray statement, never two clusters that each hold
their own speaker's statements. Texts invented for these tests."""

from __future__ import annotations

from unspin.quotations.corpus import same_speaker
from unspin.quotations.variants import Statement, cluster_statements


def _clusters(*statements: tuple[str, str, str | None]) -> list[int]:
    found = [Statement(n, article, text, speaker)
             for n, (article, text, speaker) in enumerate(statements)]
    return cluster_statements(found, None, same_speaker)[0]


def test_the_same_words_credited_to_another_speaker_join_the_statement() -> None:
    # one page credits the mayor's words to the council that criticised her
    clusters = _clusters(
        ("a", "It is reckless and ruinous, and the harbour will pay for it,", "Olek Varga"),
        ("b", "reckless and ruinous", "Brindle Council"),
    )
    assert clusters[0] == clusters[1]


def test_two_words_quoted_alike_join_whoever_the_pages_credit() -> None:
    clusters = _clusters(
        ("a", "quarry ledgers", "Olek Varga"),
        ("b", "quarry ledgers,", "Maria Lund"),
        ("c", "quarry ledgers.", None),
    )
    assert clusters[0] == clusters[1] == clusters[2]


def test_a_fragment_with_nobody_named_joins_the_fuller_quote() -> None:
    clusters = _clusters(
        ("a", "Am thinking of selling the quarry at cost. Buyer found,", "Olek Varga"),
        ("b", "buyer found", None),
    )
    assert clusters[0] == clusters[1]


def test_one_word_alike_is_not_enough_against_another_speaker() -> None:
    clusters = _clusters(
        ("a", "The levy is reckless,", "Olek Varga"),
        ("b", "reckless", "Maria Lund"),
    )
    assert clusters[0] != clusters[1]


def test_the_same_words_do_not_glue_two_speakers_clusters() -> None:
    # Varga's pledge in two outlets; Lund's remark in two outlets, one of them only the words
    # she shares with his pledge: the two clusters each hold their own speaker's statements.
    clusters = _clusters(
        ("a", "We will rebuild the harbour wall", "Olek Varga"),
        ("b", "before the winter storms, and I will see it done", "Maria Lund"),
        ("c", "before the winter storms", "Maria Lund"),
        ("d", "We will rebuild the harbour wall before the winter storms this year",
         "Olek Varga"),
    )
    assert clusters[0] == clusters[3]
    assert clusters[1] == clusters[2]
    assert clusters[0] != clusters[1]


def test_one_piece_of_a_quote_cut_in_two_joins_another_outlets_fuller_quote() -> None:
    first, second = "the edge of a cliff", "no longer steer our own course"
    found = [Statement(0, "a", f"{first} {second}", "Olek Varga", (first, second)),
             Statement(1, "b", "Today the harbour stands on the edge of a cliff, I fear",
                       "Olek Varga"),
             Statement(2, "c", "Today the harbour stands on the edge of a cliff, I fear",
                       "Maria Lund")]
    clusters = cluster_statements(found[:2], None, same_speaker)[0]
    assert clusters[0] == clusters[1]
    # by another speaker, the piece's two words say too little against the pages' credit
    clusters = cluster_statements([found[0], found[2]], None, same_speaker)[0]
    assert clusters[0] != clusters[1]


def test_the_very_same_passage_under_two_names_keeps_both_names() -> None:
    # one speaker transliterated two ways: the very same words join as before (the clash
    # rule), and the first name's re-wording elsewhere still finds them
    passage = ("We have listened. We moved the quays four kilometres further out because of "
               "what the fishers told us,")
    clusters = _clusters(
        ("a", passage, "Olek Varga"),
        ("b", passage, "Maria Lund"),
        ("c", "moved the quays further out because of the fishers", "Olek Varga"),
    )
    assert clusters[0] == clusters[1] == clusters[2]
