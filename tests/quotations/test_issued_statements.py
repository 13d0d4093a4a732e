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


# -- "the statement read": the tagger runs "read" into the noun before it


def test_a_named_owners_statement_read() -> None:
    text = ("Tom Baxter stepped down on Monday. Shares fell by a tenth in early trading.\n\n"
            "“After a great deal of thought, I have decided to leave,” Baxter’s statement "
            "read.\n")
    assert speakers(text) == [("After a great deal of thought, I have decided to leave,",
                               "Tom Baxter")]


def test_his_post_read_is_the_man_named_before() -> None:
    text = ("The agency's account shared a false post on Tuesday.\n\n"
            "Shortly after, Tom Baxter took to X to explain that the account had been hacked. "
            "The false post had drawn thousands of replies.\n\n"
            "“The account was compromised, and an unauthorized post went out,” his post read.\n")
    assert speakers(text) == [("The account was compromised, and an unauthorized post went "
                               "out,", "Tom Baxter")]


def test_a_read_that_is_a_noun_attributes_nothing() -> None:
    # (no statement before "read": "a good read" is no attribution)
    text = ("Critics loved the memoir.\n\n"
            "“It is the book of the year,” one reviewer wrote. It is a good read.\n")
    assert speakers(text) == [("It is the book of the year,", None)]
