"""Restoring with the source: a spinner that writes one word for a phrase leaves source words
with no counterpart beside the swap; they are put back with it."""

from __future__ import annotations

from pathlib import Path

import unspin
from unspin.model import Substitution
from unspin.spinning.restore import with_dropped_words


def swap(copy: str, source: str, copy_word: str, source_word: str) -> Substitution:
    c, s = copy.index(copy_word), source.index(source_word)
    return Substitution(source_word, copy_word, s, s + len(source_word), c, c + len(copy_word))


def test_a_dropped_particle_joins_the_swap() -> None:
    source = "The portal has changed since it was set up by Stanford students."
    copy = "The portal has changed since it was pitch by Stanford students."
    [found] = with_dropped_words([swap(copy, source, "pitch", "set")], copy, source)
    assert (found.source, found.copy) == ("set up", "pitch")
    assert source[found.source_start:found.source_end] == "set up"


def test_the_words_past_it_may_be_another_swap() -> None:
    source = "The budget for the fiscal year starting in March."
    copy = "The allow the financial year starting in March."
    subs = [swap(copy, source, "allow", "budget"), swap(copy, source, "financial", "fiscal")]
    found = with_dropped_words(subs, copy, source)
    assert [s.source for s in found] == ["budget for", "fiscal"]


def test_a_dropped_word_after_or_before_the_swap() -> None:
    source = "Shares fell on Monday as traders sold."
    copy = "Shares dropped Monday as traders sold."
    [found] = with_dropped_words([swap(copy, source, "dropped", "fell")], copy, source)
    assert found.source == "fell on"
    source = "Traders were fully convinced by the data."
    copy = "Traders were persuaded by the data."
    [found] = with_dropped_words([swap(copy, source, "persuaded", "convinced")], copy, source)
    assert found.source == "fully convinced"


def test_nothing_joins_without_matching_words_past_it() -> None:
    source = "It was set up by Stanford students in 1994."
    copy = "It was pitch for some Californian students in 1994."
    sub = swap(copy, source, "pitch", "set")
    assert with_dropped_words([sub], copy, source) == [sub]
    same = "It was set by Stanford students."
    kept = swap(same.replace("set", "pitch"), same, "pitch", "set")
    assert with_dropped_words([kept], same.replace("set", "pitch"), same) == [kept]


def test_restore_puts_the_phrase_back(tmp_path: Path) -> None:
    sentences = [
        "The web portal has undergone remarkable change since it was set up by Stanford "
        "University students in a campus trailer in 1994.",
        "Its founders said the company would keep its headquarters in California for the "
        "foreseeable future, despite offers from other states.",
        "Analysts expect the firm to report strong growth in advertising revenue when it "
        "publishes its annual results next month in New York.",
    ]
    source = " ".join(sentences)
    copy = source.replace("set up by", "pitch by").replace("remarkable", "exceptional")
    (tmp_path / "source.txt").write_text(source, encoding="utf-8")
    (tmp_path / "copy.txt").write_text(copy, encoding="utf-8")
    restored = unspin.restore(tmp_path / "copy.txt", source=tmp_path / "source.txt")
    assert "since it was set up by Stanford" in restored.restoration.text
