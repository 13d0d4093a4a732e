"""Fingerprints: hash-sampled shingles of an article in two channels.

- ``words``: word 5-grams of the text as written. Finds verbatim and partial copies.
- ``skeleton``: 4-grams over the words spinners leave alone — function words, numbers and names
  (DSpin's "immutables") — with content words dropped. A spinner that swaps a third of the
  content words leaves most of these shingles intact.

A shingle is kept when its hash falls in a fixed residue class (``hash % sample == 0``). Unlike
MinHash, which estimates the Jaccard similarity of whole documents, sampling keeps a
*containment* signal: a paragraph copied into an unrelated page still shares its sampled shingles,
whereas its Jaccard similarity with the source can be 0.01 (measured on the dev set's partial
copies). Sampling by hash value, not by position, keeps the choice independent of the
surrounding text, so a spun copy samples the same surviving shingles as its source.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import xxhash

from unspin.lexicon.function_words import FUNCTION_WORDS
from unspin.pipeline.normalize import Document, is_name_like

CHANNELS = ("words", "skeleton")
# Bit 62 of a fingerprint names its channel (set for the skeleton): the candidate stage weighs a
# shared skeleton shingle less than a shared word shingle, and the store's keys keep the bit.
CHANNEL_BIT = 62
_MASK64 = np.uint64(0xFFFFFFFFFFFFFFFF)


@dataclass(frozen=True, slots=True)
class FingerprintConfig:
    """Shingle sizes and sampling rate; stored with the index (changing them needs a rebuild)."""

    word_shingle: int = 5
    skeleton_shingle: int = 4
    sample: int = 4
    seed: int = 0x5EED

    def summary(self) -> str:
        return (
            f"fingerprint(words={self.word_shingle},skeleton={self.skeleton_shingle},"
            f"sample={self.sample},seed={self.seed},channel-bit={CHANNEL_BIT})"
        )


@lru_cache(maxsize=500_000)
def _token_hash(word: str) -> int:
    return int(xxhash.xxh3_64_intdigest(word.encode("utf-8")))


_TOKEN_HASHES: dict[str, int] = {}


def _new_token_hash(word: str) -> int:
    if len(_TOKEN_HASHES) >= 500_000:
        _TOKEN_HASHES.clear()
    value = _TOKEN_HASHES[word] = _token_hash(word)
    return value


def _mix(values: np.ndarray) -> np.ndarray:
    """SplitMix64 finaliser: spreads combined hashes so residues sample uniformly."""
    z = values.copy()
    with np.errstate(over="ignore"):
        z ^= z >> np.uint64(30)
        z *= np.uint64(0xBF58476D1CE4E5B9)
        z ^= z >> np.uint64(27)
        z *= np.uint64(0x94D049BB133111EB)
        z ^= z >> np.uint64(31)
    return z


def shingle_hashes(words: list[str], size: int, channel: int, seed: int) -> np.ndarray:
    """Hashes of every run of ``size`` consecutive words, salted by channel and seed."""
    if len(words) < size:
        if not words:
            return np.zeros(0, dtype=np.uint64)
        size = len(words)
    known = _TOKEN_HASHES
    hashes = np.fromiter((known[w] if w in known else _new_token_hash(w) for w in words),
                         dtype=np.uint64, count=len(words))
    count = len(words) - size + 1
    combined = np.full(count, np.uint64((seed * 0x9E3779B97F4A7C15 + channel) & 0xFFFFFFFFFFFFFFFF))
    with np.errstate(over="ignore"):
        for offset in range(size):
            multiplier = np.uint64((0x9E3779B97F4A7C15 * (2 * offset + 1)) & 0xFFFFFFFFFFFFFFFF)
            combined = _mix(combined ^ (hashes[offset : offset + count] * multiplier))
    return combined


def skeleton_words(doc: Document) -> list[str]:
    """The words spinners leave alone, in order: function words, numbers and names."""
    return [
        word
        for i, word in enumerate(doc.norms)
        if word in FUNCTION_WORDS or is_name_like(doc, i)
    ]


def fingerprints(doc: Document, config: FingerprintConfig) -> np.ndarray:
    """The sampled shingle hashes of both channels, sorted and unique (uint64, below 2**63:
    SQLite stores signed 64-bit integers), the skeleton's with :data:`CHANNEL_BIT` set."""
    return np.unique(np.concatenate((
        channel_fingerprints(list(doc.norms), config.word_shingle, 0, config),
        channel_fingerprints(skeleton_words(doc), config.skeleton_shingle, 1, config),
    )))


def channel_fingerprints(words: list[str], size: int, channel: int, config: FingerprintConfig
                         ) -> np.ndarray:
    """The sampled shingle hashes of one channel's words, marked with the channel, unsorted."""
    hashes = shingle_hashes(words, size, channel, config.seed)
    kept: np.ndarray = hashes[hashes % np.uint64(config.sample) == 0] >> np.uint64(64 - CHANNEL_BIT)
    marked: np.ndarray = kept | np.uint64(channel << CHANNEL_BIT)
    return marked


def is_skeleton(hashes: np.ndarray, bit: int = CHANNEL_BIT) -> np.ndarray:
    """Which of ``hashes`` (fingerprints, or keys keeping the channel at ``bit``) are the
    skeleton channel's."""
    return ((np.asarray(hashes).astype(np.int64) >> np.int64(bit)) & np.int64(1)).astype(bool)
