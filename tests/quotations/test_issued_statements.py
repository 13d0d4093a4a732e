"""A statement issued before a colon, and a body named by its kind (issue 20, session 23).
Texts invented for these tests."""

from __future__ import annotations

import pytest

from unspin.quotations.extract import extract_quotes

# spaCy parses every quotation here: the nlp extra.
pytestmark = pytest.mark.nlp


def speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract_quotes("t", text)]


QUOTE = "This case is still at an early stage and no decision has been made."


def test_a_statement_issued_before_a_colon_is_its_issuers() -> None:
    text = ("The case drew attention across the state.\n\n"
            f"Mayor Ellen Fisk issued the following statement on Friday:\n\n“{QUOTE}”\n")
    assert speakers(text) == [(QUOTE, "Ellen Fisk")]


def test_a_body_that_released_a_statement_before_a_colon() -> None:
    text = ("The Baxter Group runs six plants. The company released a statement:\n\n"
            f"“{QUOTE}”\n")
    assert speakers(text) == [(QUOTE, "Baxter Group")]


def test_a_colon_after_narrative_gives_no_speaker() -> None:
    # (a sentence whose verb has nothing said for its object introduces nobody's words)
    text = ("Fans waited outside the stadium all night for the news:\n\n"
            f"“{QUOTE}”\n")
    assert speakers(text) == [(QUOTE, None)]


def test_the_center_is_the_center_named_before() -> None:
    text = ("The National Hurricane Center issued a warning for the coast on Monday.\n\n"
            "\"Remain in place through the passage of the storm,\" the center warned people in "
            "its path.\n")
    assert speakers(text) == [("Remain in place through the passage of the storm,",
                               "National Hurricane Center")]
