"""Headlines set in title case: their quotes, the verb that introduces them, and the names the
model runs into a verb (issue 20, session 19). Texts invented for these tests."""

from __future__ import annotations

import pytest

from unspin.quotations.extract import extract_quotes
from unspin.quotations.layout import title_case_line_at

# spaCy parses every quotation here: the nlp extra.
pytestmark = pytest.mark.nlp


def test_a_headline_keeps_short_conjunctions_and_prepositions_in_lower_case() -> None:
    assert title_case_line_at("Mayor Tells Allies He Stays as Water Rises Over the Town\n", 0)
    assert not title_case_line_at("The mayor tells allies he stays as the water rises.\n", 0)


def test_a_long_title_case_headline_is_still_a_headline() -> None:
    line = ("Crypto Billionaire Dale Moreno Says the Exchange Chief Will Go To Jail ‘If The Truth "
            "Turns Out The Way I Expected’\n\nDale Moreno told Bloomberg TV on Thursday that the "
            "chief would face charges.\n")
    quotes = extract_quotes("t", line)
    assert [(q.text, q.speaker, q.headline) for q in quotes] == [
        ("If The Truth Turns Out The Way I Expected", "Dale Moreno", True)]


def test_the_verb_before_a_headline_quote_introduces_it_not_a_clause_after() -> None:
    text = ("Mayor Varga Tells Allies, ‘I Don’t Need a Boat, I Need Sandbags’ as Council Urges "
            "Him to Leave\n\nOn Friday, Mayor Olek Varga said he would stay in the town hall.\n")
    quotes = extract_quotes("t", text)
    assert [(q.text, q.speaker) for q in quotes] == [
        ("I Don’t Need a Boat, I Need Sandbags", "Olek Varga")]


def test_a_role_before_a_colon_speaks_the_short_quote_after_it() -> None:
    text = ("Acme Airlines CEO: ‘We apologise’, in response to the stranded travellers\n\nAcme "
            "Airlines CEO Oscar Mendes said on Monday that the airline would refund every "
            "ticket.\n")
    quotes = extract_quotes("t", text)
    assert [(q.text, q.speaker) for q in quotes] == [("We apologise", "Oscar Mendes")]


def test_a_term_after_a_colon_is_still_no_quotation() -> None:
    # lower case, inside a sentence: a term the writer marks, not the whole of a statement
    text = "The plan has a name: the ‘green corridor’ across the valley.\n"
    assert extract_quotes("t", text) == []
