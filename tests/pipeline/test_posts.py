"""Embedded social-media posts are quotations: their words are no evidence of reuse."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from unspin.pipeline.align import align
from unspin.pipeline.normalize import normalize
from unspin.pipeline.relate import RelateConfig, evidence
from unspin.text.posts import MAX_POST, embedded_posts

POST = ("Today I stepped down as chief executive of the exchange. Admittedly, it was not easy to "
        "let go emotionally. But I know it is the right thing to do, for our community and for "
        "myself.\nThe company is no longer a baby. It is…\n"
        "— Jane Doe (@janedoe) November 21, 2023")


def test_the_post_runs_from_the_lines_above_to_its_signature() -> None:
    text = ("The founder, who built the exchange from a small team in Shanghai into the largest in "
            "the world over six years, wrote a farewell to its staff on Tuesday.\n" + POST
            + "\nShe did not take questions.")
    [(start, end)] = embedded_posts(text)
    assert text[start:end] == POST


def test_a_blank_line_ends_the_post() -> None:
    text = "An article's own paragraph.\n\nIt is time.\n— Jane Doe (@janedoe) May 1, 2020\n"
    [(start, end)] = embedded_posts(text)
    assert text[start:end].startswith("It is time.")


def test_a_handle_in_running_text_is_no_post() -> None:
    assert embedded_posts("Reporters asked Jane Doe (@janedoe) about it on May 1, 2020.") == []
    assert embedded_posts("— Jane Doe (@janedoe) in a post") == []


@settings(max_examples=50, deadline=None)
@given(st.lists(st.text("abcdefgh ", min_size=1, max_size=300), min_size=1, max_size=12))
def test_the_post_takes_whole_lines_and_stays_short(lines: list[str]) -> None:
    text = "\n".join(lines) + "\n— A B (@ab) May 1, 2020"
    [(start, end)] = embedded_posts(text)
    assert end == len(text) and (start == 0 or text[start - 1] == "\n")
    signature = text.rindex("\n— ") + 1
    above = text.rfind("\n", 0, signature - 1) + 1  # the line just above, taken unless blank
    if not text[above:signature].strip():
        assert start == signature
    else:
        assert start <= above and (start == above or signature - start <= MAX_POST)


def test_two_reports_embedding_one_post_are_not_reuse() -> None:
    first = normalize("a", (
        "Regulators announced a settlement with the exchange on Tuesday after a long inquiry.\n"
        "The founder, who built the firm over six years, wrote a farewell on social media.\n"
        + POST + "\nAnalysts expect the new chief to focus on compliance in Europe and Asia."))
    second = normalize("b", (
        "A court in Seattle heard the plea on Wednesday, according to filings seen by us.\n"
        + POST + "\nThe token fell by four percent in early trading before it recovered."))
    assert any(first.quoted)
    alignment = align(first, second)
    assert alignment.passages  # the post is aligned, and shown
    assert evidence(alignment, RelateConfig()) == 0  # but proves nothing
