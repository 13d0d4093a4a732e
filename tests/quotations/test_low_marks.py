"""Low opening marks („…“, ‚…‘) as German, Polish, Icelandic and Czech pages set them (issue 20,
session 19). Texts invented for these tests."""

from __future__ import annotations

from unspin.text.marks import find_marked_spans


def spans(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_marked_spans(text)]


def test_a_high_mark_closes_a_low_one() -> None:
    assert spans("Forstjórinn sagði atburðinn „hræðilegan“ og tók fram að skoða málið.") == [
        "hræðilegan"]
    assert spans("Er sagte: „Wir bleiben hier.“ Dann ging er.") == ["Wir bleiben hier."]
    assert spans("Sie nannte es ‚seltsam‘ und ging.") == ["seltsam"]


def test_a_low_mark_closed_by_a_right_mark_still_pairs() -> None:
    assert spans("Powiedział: „To jest nasz dom”.") == ["To jest nasz dom"]


def test_english_marks_are_unchanged() -> None:
    assert spans("He said “fine” and left; she said “no”.") == ["fine", "no"]
