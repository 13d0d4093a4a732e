"""Variant clusters (issue 20, session 25): a one-word quote its page credits to nobody joins
the one quote of its article that holds the word. Texts invented for these tests."""

from __future__ import annotations

from unspin.quotations.corpus import same_speaker
from unspin.quotations.variants import Statement, cluster_statements


def _clusters(*statements: tuple[str, str, str | None]) -> list[int]:
    found = [Statement(n, article, text, speaker)
             for n, (article, text, speaker) in enumerate(statements)]
    return cluster_statements(found, None, same_speaker)[0]


def test_a_lead_word_credited_to_nobody_joins_the_quote_holding_it() -> None:
    # the lead calls the levy "ruinous"; the body quotes the mayor's sentence with the word
    clusters = _clusters(
        ("a", "ruinous", None),
        ("a", "This levy is ruinous for every fisherman on the quay,", "Olek Varga"),
        ("a", "We will appeal before the winter,", "Olek Varga"),
    )
    assert clusters[0] == clusters[1] != clusters[2]


def test_a_word_two_quotes_hold_stays_alone() -> None:
    clusters = _clusters(
        ("a", "ruinous", None),
        ("a", "This levy is ruinous for every fisherman on the quay,", "Olek Varga"),
        ("a", "Calling it ruinous is an insult to the council,", "Maria Lund"),
    )
    assert clusters[0] not in (clusters[1], clusters[2])


def test_the_word_must_stand_in_a_named_quote_of_its_own_article() -> None:
    clusters = _clusters(
        ("a", "ruinous", None),
        ("a", "This levy is ruinous for every fisherman on the quay,", None),
        ("b", "ruinous", None),
    )
    assert clusters[0] != clusters[1]
