"""Variant clusters of statements (issue 20, session 19): a fragment in another inflection, a
fragment its own article quotes in full. Texts invented for these tests."""

from __future__ import annotations

from unspin.quotations.corpus import same_speaker
from unspin.quotations.variants import Statement, cluster_statements


def _clusters(*statements: tuple[str, str, str | None]) -> list[int]:
    found = [Statement(n, article, text, speaker)
             for n, (article, text, speaker) in enumerate(statements)]
    return cluster_statements(found, None, same_speaker)[0]


def test_a_fragment_in_another_inflection_joins_the_fuller_quote() -> None:
    clusters = _clusters(
        ("a", "We saw what happens when a lender on a loose exchange caves in this week,",
         "Olek Varga"),
        ("b", "caves in.", "Olek Varga"),
    )
    assert clusters[0] == clusters[1]


def test_a_fragment_in_another_inflection_stays_apart_from_another_speaker() -> None:
    clusters = _clusters(
        ("a", "We saw what happens when a lender on a loose exchange caves in this week,",
         "Olek Varga"),
        ("b", "caves in.", "Maria Lund"),
    )
    assert clusters[0] != clusters[1]


def test_one_part_of_a_long_split_quote_finds_the_outlet_that_quotes_it_alone() -> None:
    # The split quote's first part is long and its words rare in the collection: the
    # statement's rarest keys are all there, and only its second part is quoted elsewhere.
    first = ("Our quarry ledgers, tidal gauges, salt marsh surveys, kelp harvest tallies and "
             "lighthouse logbooks were audited twice by independent clerks")
    second = "the harbour levy will ruin the fishing families"
    found = [Statement(0, "a", f"{first} {second}", "Olek Varga", (first, second)),
             Statement(1, "b", "This harbour levy would ruin fishing families", "Olek Varga")]
    clusters = cluster_statements(found, None, same_speaker)[0]
    assert clusters[0] == clusters[1]
