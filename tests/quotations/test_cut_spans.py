"""Variant clusters (issue 20, session 25): a span cut off inside the next passage (an excerpt
ending mid-quote) still joins the passages other outlets quote apart. Texts invented for these
tests."""

from __future__ import annotations

from unspin.quotations.corpus import same_speaker
from unspin.quotations.variants import Statement, _cut_within, cluster_statements

FIRST = ("After a short stay in hospital, the harbour master decided to rest at home with her "
         "family,")
SECOND = ("She has the full support of her doctors and the harbour board. The family asks for "
          "privacy and thanks the town for its many kind letters.")
CUT = ("After a short stay in hospital, the harbour master decided to rest at home with her "
       "family. She has the full support of her doctors and the harbour board. The family asks "
       "for privacy and")


def _clusters(*statements: tuple[str, str, str | None]) -> list[int]:
    found = [Statement(n, article, text, speaker)
             for n, (article, text, speaker) in enumerate(statements)]
    return cluster_statements(found, None, same_speaker)[0]


def test_a_span_cut_inside_the_next_passage_joins_both_passages() -> None:
    # two outlets quote the statement's two passages apart; a third quotes the first whole
    # and the second until its excerpt ends
    clusters = _clusters(
        ("a", FIRST, "Brindle Harbour Office"),
        ("a", SECOND, "Brindle Harbour Office"),
        ("b", FIRST, "Brindle Harbour Office"),
        ("b", SECOND, "Brindle Harbour Office"),
        ("c", CUT, "Brindle Harbour Office"),
    )
    assert len(set(clusters)) == 1


def test_the_cut_must_carry_the_next_passages_opening_words() -> None:
    assert _cut_within(SECOND.split(), CUT.split())
    # a span ending on a few common words of another quote's opening is no cut passage
    assert not _cut_within("She has the full support of her doctors".split(),
                           "We rest at home and she has the full".split())
    # nor a span that is nothing but the other's opening words
    assert not _cut_within(SECOND.split(), SECOND.split()[:12])
