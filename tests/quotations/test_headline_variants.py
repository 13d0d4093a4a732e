"""A headline's quote cut from its own article's quote joins that quote's cluster, however few
its content words (issue 20, session 19). Texts invented for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from unspin.jobs.quotes import find_quotes

# spaCy parses every quotation here: the nlp extra.
pytestmark = pytest.mark.nlp


def test_a_headline_fragment_of_one_content_word_joins_its_body_quote(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Mayor Turns Down Offer, Tells Allies He Wants ‘Not a Lift’\n\nMayor Olek Varga refused "
        "to leave the town hall on Friday. “The work is here; I want sandbags, not a lift,” "
        "Varga said.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "“The work is here; I want sandbags, not a lift,” Mayor Olek Varga said on Friday.\n",
        encoding="utf-8")
    records = find_quotes(tmp_path).records
    assert next(r.text for r in records if r.article == "a.txt") == "Not a Lift"
    assert len(records) == 3
    assert len({r.cluster for r in records}) == 1


def test_a_headline_fragment_stays_apart_from_another_quote_of_its_article(
        tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Mayor Turns Down Offer, Tells Allies He Wants ‘Not a Lift’\n\nMayor Olek Varga refused "
        "to leave the town hall on Friday. “We will hold the bridge until the water falls,” "
        "Varga said.\n", encoding="utf-8")
    records = find_quotes(tmp_path).records
    assert len(records) == 2
    assert len({r.cluster for r in records}) == 2


def test_a_headline_rewording_joins_the_same_speakers_statement(tmp_path: Path) -> None:
    # The headline puts the statement's words in another order; its speaker agrees.
    (tmp_path / "a.txt").write_text(
        "Mayor Varga Tells Council, ‘I Don’t Need a Boat, I Need Sandbags’\n\nMayor Olek Varga "
        "refused to leave the town hall on Friday as the river rose.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "“The work is here; I need sandbags, not a boat,” Mayor Olek Varga said on Friday.\n",
        encoding="utf-8")
    records = find_quotes(tmp_path).records
    assert len(records) == 2
    assert len({r.cluster for r in records}) == 1


def test_a_headline_rewording_does_not_join_another_speakers_statement(
        tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Mayor Varga Tells Council, ‘I Don’t Need a Boat, I Need Sandbags’\n\nMayor Olek Varga "
        "refused to leave the town hall on Friday as the river rose.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "“Bring sandbags to the square and keep the boat on the river,” fire chief Dana Ruiz "
        "said on Friday.\n", encoding="utf-8")
    records = find_quotes(tmp_path).records
    assert len(records) == 2
    assert len({r.cluster for r in records}) == 2
