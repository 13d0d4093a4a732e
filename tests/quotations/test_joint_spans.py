"""Variant clusters (issue 20, session 22): one outlet quoting several passages in one span
joins the pieces other outlets quote apart (the labelling guide's "spans that join passages
chain them"). Texts invented for these tests."""

from __future__ import annotations

from unspin.quotations.corpus import same_speaker
from unspin.quotations.variants import Statement, _piece_of, cluster_statements, words_of

FIRST = "I will soon hand back the keys of the harbour office that I was proud to hold."
SECOND = "I leave with gratitude for every fisher who trusted me with the quays."


def _clusters(*statements: tuple[str, str, str | None]) -> list[int]:
    found = [Statement(n, article, text, speaker)
             for n, (article, text, speaker) in enumerate(statements)]
    return cluster_statements(found, None, same_speaker)[0]


def test_pieces_one_outlet_quotes_apart_join_another_outlets_joint_span() -> None:
    clusters = _clusters(
        ("a", FIRST, "Olek Varga"),
        ("a", SECOND, "Olek Varga"),
        ("b", f"{FIRST} {SECOND}", "Olek Varga"),
        ("c", "hand back the keys of the harbour office", "Olek Varga"),
        ("c", "gratitude for every fisher", "Olek Varga"),
    )
    assert len(set(clusters)) == 1


def test_the_joint_span_chains_pieces_several_outlets_quote_apart() -> None:
    # Two outlets quote the passages apart, and each passage's quotes have joined first: the
    # joint span of a third outlet still joins the two.
    clusters = _clusters(
        ("a", FIRST, "Olek Varga"),
        ("a", SECOND, "Olek Varga"),
        ("d", FIRST, "Olek Varga"),
        ("d", SECOND, "Olek Varga"),
        ("b", f"{FIRST} {SECOND}", "Olek Varga"),
    )
    assert len(set(clusters)) == 1


def test_two_statements_no_span_joins_stay_apart() -> None:
    clusters = _clusters(
        ("a", FIRST, "Olek Varga"),
        ("a", SECOND, "Olek Varga"),
        ("b", FIRST, "Olek Varga"),
        ("b", SECOND, "Olek Varga"),
    )
    assert clusters[0] == clusters[2] and clusters[1] == clusters[3]
    assert clusters[0] != clusters[1]


def test_a_piece_in_other_words_does_not_chain_two_statements() -> None:
    # "good" for "harm": the short quote's words are not the joint span's own words
    clusters = _clusters(
        ("a", "we did not do enough to stop the harbour cranes being used for harm,",
         "Olek Varga"),
        ("a", "used for good", "Olek Varga"),
        ("b", "we did not do enough to stop the harbour cranes being used for harm. "
              "That goes for the quays and the levy and the fishing rights as well.",
         "Olek Varga"),
    )
    assert clusters[0] == clusters[2]
    assert clusters[1] != clusters[2]


def test_a_joint_span_of_another_speaker_does_not_chain() -> None:
    clusters = _clusters(
        ("a", FIRST, "Olek Varga"),
        ("a", SECOND, "Olek Varga"),
        ("b", f"{FIRST} {SECOND}", "Maria Lund"),
    )
    assert clusters[0] != clusters[1]


def test_a_piece_stands_inside_its_span_word_for_word_or_nearly() -> None:
    span = words_of(f"{FIRST} {SECOND}")
    assert _piece_of(words_of("hand back the keys of the harbour office"), span)
    assert _piece_of(words_of(FIRST), words_of(FIRST))  # the same passage again
    assert _piece_of(words_of("I will soon hand back the harbour office keys"), span) is False
    assert _piece_of(words_of("gratitude"), span) is False  # one word says little


def test_a_page_spoofing_its_letters_quotes_the_same_words() -> None:
    # Cyrillic "е" and "о" in Latin words (a page guarding its text against copying)
    spoofed = FIRST.replace("e", "\u0435").replace("o", "\u043e")
    assert words_of(spoofed) == words_of(FIRST)
    assert words_of("Москва") == ["москва"]  # a word of the other script is left alone
    clusters = _clusters(
        ("a", FIRST, "Olek Varga"),
        ("b", spoofed, "Olek Varga"),
    )
    assert clusters[0] == clusters[1]


def _voices_test(first: str, second: str) -> list[int]:
    # the middle quote names nobody: the two clusters meet only through it
    return _clusters(
        ("a", "was not consistently candid in its ledgers, hindering the audit", first),
        ("b", "not consistently candid in its ledgers, hindering the audit", None),
        ("c", "not consistently candid in its ledgers, hindering the audit of the quays",
         second),
    )


def test_a_body_and_its_board_named_by_two_outlets_do_not_keep_a_statement_apart() -> None:
    assert len(set(_voices_test("Acme Harbour Board", "Acme Harbour"))) == 1
    assert len(set(_voices_test("Varga", "Olek Varga"))) == 1


def test_two_bodies_keep_their_statements_apart() -> None:
    assert len(set(_voices_test("Acme Harbour", "Brightwater Fisheries"))) == 2


def test_a_fragment_of_function_words_joins_its_articles_fuller_quote() -> None:
    # the lead says it is worth "nothing"; the body quotes the whole sentence
    clusters = _clusters(
        ("a", "nothing", "Olek Varga"),
        ("a", "My humble view is that the harbour levy is worth nothing.", "Olek Varga"),
        ("b", "My humble view is that the harbour levy is worth nothing,", "Olek Varga"),
    )
    assert len(set(clusters)) == 1


def test_a_fragment_of_one_common_word_joins_its_articles_fuller_quote() -> None:
    clusters = _clusters(
        ("a", "I have to take", "Olek Varga"),
        ("a", "I still take this decision: I am convinced it is the one I have to take.",
         "Olek Varga"),
    )
    assert clusters[0] == clusters[1]


def test_a_fragment_of_function_words_stays_apart_from_another_speaker() -> None:
    clusters = _clusters(
        ("a", "nothing", "Olek Varga"),
        ("a", "My humble view is that the harbour levy is worth nothing.", "Maria Lund"),
    )
    assert clusters[0] != clusters[1]
