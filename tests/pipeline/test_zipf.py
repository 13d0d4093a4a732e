"""paraphrase: the direct table lookup for plain words equals wordfreq's zipf_frequency, and the
facts of a whole document judged by sets equal the token loop."""

from __future__ import annotations

from pathlib import Path
from random import Random

from wordfreq import get_frequency_dict, zipf_frequency

from unspin.pipeline.normalize import normalize
from unspin.pipeline.paraphrase import _facts_in, _zipf, facts

GATE = Path(__file__).resolve().parents[1] / "data" / "gate" / "corpus"


def test_direct_lookup_equals_zipf_frequency() -> None:
    random = Random(7)
    table = sorted(w for w in get_frequency_dict("en") if w.isascii() and w.isalpha())
    words = random.sample(table, 20_000) + ["".join(random.choice("qxzjkvw") for _ in range(7))
                                            for _ in range(500)]
    words += ["o'brien", "well-known", "Corvane", "naïve", "café", "x"]
    for word in words:
        assert _zipf.__wrapped__(word) == zipf_frequency(word, "en"), word


def test_unmasked_facts_by_sets_equal_the_token_loop() -> None:
    """``facts`` of a whole, unmasked document (judged by sets, with a cache of judged words)
    equals the token-by-token reference on the gate corpus and on edge cases, twice (cold and
    with the cache filled)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(GATE.glob("*.txt"))]
    texts += ["", "A", "Alpha. Beta gamma Delta 42 the Of", "x" * 3, "THE 2024 Reuters said.\n\nIt"]
    for _round in range(2):
        for k, text in enumerate(texts):
            doc = normalize(str(k), text)
            assert facts(doc) == _facts_in(doc, range(len(doc)), (), 3.0), k
            assert facts(doc, rare_zipf=4.5) == _facts_in(doc, range(len(doc)), (), 4.5), k
