"""Pieces of one statement: fragments of one sentence joined by a clause of narrative, a
fragment that other outlets quote in its own words (issue 20, session 19). Texts invented for
these tests."""

from __future__ import annotations

import pytest

from unspin.quotations.extract import extract_quotes

# spaCy parses every quotation here: the nlp extra.
pytestmark = pytest.mark.nlp


def test_fragments_of_one_sentence_joined_by_a_clause_are_one_statement() -> None:
    text = ('Harbour plan\n\nMayor Olwen Tardy said the council wanted "a clear and fair '
            'harbour levy" so that the fishing families of the bay could stay "for another '
            'hundred years".\n')
    first, second = extract_quotes("t", text)
    assert first.statement == second.statement
    assert first.speaker == second.speaker == "Olwen Tardy"


def test_fragments_of_two_sentences_stay_two_statements() -> None:
    text = ('Harbour plan\n\nMayor Olwen Tardy said the council wanted "a clear and fair '
            'harbour levy". The fishing families of the bay would stay, she said, "for another '
            'hundred years".\n')
    first, second = extract_quotes("t", text)
    assert first.statement != second.statement


def test_fragments_around_the_writers_aside_stay_two_statements() -> None:
    text = ('Harbour plan\n\nMayor Olwen Tardy credited "the return of the trawler fleet" — '
            'apparently the Dunmore boats, though she named none of them — to "years of quiet '
            'talks with the coastguard".\n')
    first, second = extract_quotes("t", text)
    assert first.statement != second.statement
