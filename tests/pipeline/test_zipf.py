"""paraphrase._zipf: the direct table lookup for plain words equals wordfreq's zipf_frequency."""

from __future__ import annotations

from random import Random

from wordfreq import get_frequency_dict, zipf_frequency

from unspin.pipeline.paraphrase import _zipf


def test_direct_lookup_equals_zipf_frequency() -> None:
    random = Random(7)
    table = sorted(w for w in get_frequency_dict("en") if w.isascii() and w.isalpha())
    words = random.sample(table, 20_000) + ["".join(random.choice("qxzjkvw") for _ in range(7))
                                            for _ in range(500)]
    words += ["o'brien", "well-known", "Corvane", "naïve", "café", "x"]
    for word in words:
        assert _zipf.__wrapped__(word) == zipf_frequency(word, "en"), word
