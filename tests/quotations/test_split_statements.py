"""A split quote whose parts another outlet quotes as separate statements is two statements
(issue 20, session 22; the labelling guide's "a split quote whose parts are separate
statements"). Texts invented for these tests."""

from __future__ import annotations

from unspin.quotations.corpus import link, same_speaker
from unspin.quotations.extract import Quote
from unspin.quotations.variants import Statement, cluster_statements, quoted_apart

SHOCK = "I can see that it is a shock for many people in the harbour when they first hear it"
LOVE = ("I love everything about this harbour, the quays, the fishers, the gulls and the old "
        "lighthouse keepers, but I am running out of energy")


def _quote(article: str, start: int, text: str, statement: int) -> Quote:
    return Quote(article, start, start + len(text), text, "Olek Varga", "Olek Varga", "said",
                 statement)


def test_a_split_quote_another_outlet_quotes_apart_is_two_statements() -> None:
    statements = [
        Statement(0, "a", f"{SHOCK} {LOVE}", "Olek Varga", (SHOCK, LOVE)),
        Statement(1, "b", SHOCK, "Olek Varga"),
        Statement(2, "b", LOVE, "Olek Varga"),
    ]
    assert quoted_apart(statements) == {0}


def test_a_split_quote_quoted_alike_elsewhere_stays_one_statement() -> None:
    statements = [
        Statement(0, "a", f"{SHOCK} {LOVE}", "Olek Varga", (SHOCK, LOVE)),
        Statement(1, "b", f"{SHOCK} {LOVE}", "Olek Varga", (SHOCK, LOVE)),
        Statement(2, "c", SHOCK, "Olek Varga"),  # one part only: no evidence they are two
    ]
    assert quoted_apart(statements) == set()


def test_fragments_quoted_apart_do_not_split_a_statement() -> None:
    statements = [
        Statement(0, "a", f"{SHOCK} {LOVE}", "Olek Varga", (SHOCK, LOVE)),
        Statement(1, "b", "a shock", "Olek Varga"),
        Statement(2, "b", "running out of energy", "Olek Varga"),
    ]
    assert quoted_apart(statements) == set()


def test_each_part_joins_its_own_statements_cluster() -> None:
    quotes = [
        _quote("a", 0, SHOCK, 0), _quote("a", 200, LOVE, 0),  # "…," he said. "…"
        _quote("b", 0, SHOCK, 0), _quote("b", 400, LOVE, 1),
        _quote("c", 0, SHOCK, 0), _quote("c", 200, LOVE, 0),
    ]
    records = link(quotes, {}, {"a": 0, "b": 1, "c": 2}, None)
    cluster = {(r.article, r.start): r.cluster for r in records}
    assert cluster[("a", 0)] == cluster[("b", 0)] == cluster[("c", 0)]
    assert cluster[("a", 200)] == cluster[("b", 400)] == cluster[("c", 200)]
    assert cluster[("a", 0)] != cluster[("a", 200)]


def test_a_short_quote_finds_the_long_span_it_is_a_piece_of() -> None:
    # "running out of energy": its words are the commonest of the long span, which is not
    # indexed under them; it is still compared with it, and joins it.
    filler = [f"{word} ledger" for word in ("amber", "basalt", "cobalt", "dune", "ember")]
    statements = [
        Statement(0, "a", LOVE, "Olek Varga"),
        Statement(1, "b", "running out of energy", "Olek Varga"),
        *(Statement(2 + n, chr(ord("c") + n), f"the {text} of energy and running", "Maria Lund")
          for n, text in enumerate(filler)),
    ]
    clusters = cluster_statements(statements, None, same_speaker)[0]
    assert clusters[0] == clusters[1]
