"""Fingerprints: hash-sampled shingles of an article in two channels.

- ``words``: word 5-grams of the text as written. Finds verbatim and partial copies.
- ``skeleton``: 4-grams over the words spinners leave alone — function words, numbers and names
  (DSpin's "immutables") — with content words dropped. A spinner that swaps a third of the
  content words leaves most of these shingles intact.

A shingle is kept when its hash falls in a fixed residue class (``hash % sample == 0``). Unlike
MinHash, which estimates the Jaccard similarity of whole documents, sampling keeps a
*containment* signal: a paragraph copied into an unrelated page still shares its sampled shingles,
whereas its Jaccard similarity with the source is close to 0. Sampling by hash value, not by
position, keeps the choice independent of the surrounding text, so a spun copy samples the same
surviving shingles as its source.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import xxhash

from unspin.accelerated import accel
from unspin.lexicon.function_words import FUNCTION_WORDS
from unspin.pipeline.normalize import Document

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


class _TokenHashes(dict[str, int]):
    """Word → 64-bit hash, filled on first sight: ``map(table.__getitem__, words)`` looks a
    whole document up in C, hashing only the words it has not met (``__missing__``)."""

    def __missing__(self, word: str) -> int:
        if len(self) >= 500_000:
            self.clear()
        value = self[word] = int(xxhash.xxh3_64_intdigest(word.encode("utf-8", "surrogatepass")))
        return value


class _SkeletonFlags(dict[str, bool]):
    """Word → is it a function word or a number (what the skeleton keeps whatever its case)."""

    def __missing__(self, word: str) -> bool:
        if len(self) >= 500_000:
            self.clear()
        value = self[word] = word in FUNCTION_WORDS or word[:1].isdigit()
        return value


_TOKEN_HASHES = _TokenHashes()
_SKELETON_FLAGS = _SkeletonFlags()
_SEED_MIX = 0x9E3779B97F4A7C15
_MASK = 0xFFFFFFFFFFFFFFFF


def token_hashes(words: Sequence[str]) -> np.ndarray:
    """The 64-bit hash of each word (uint64)."""
    if accel is not None and type(words) is tuple:
        return np.frombuffer(accel.token_hashes(words, _TOKEN_HASHES), dtype=np.uint64)
    return np.fromiter(map(_TOKEN_HASHES.__getitem__, words), dtype=np.uint64, count=len(words))


def _mix(values: np.ndarray) -> np.ndarray:
    """SplitMix64 finaliser, in place: spreads combined hashes so residues sample uniformly."""
    with np.errstate(over="ignore"):
        values ^= values >> np.uint64(30)
        values *= np.uint64(0xBF58476D1CE4E5B9)
        values ^= values >> np.uint64(27)
        values *= np.uint64(0x94D049BB133111EB)
        values ^= values >> np.uint64(31)
    return values


def combine_shingles(hashes: np.ndarray, size: int, channel: int, seed: int) -> np.ndarray:
    """Hashes of every run of ``size`` consecutive token hashes, salted by channel and seed."""
    if len(hashes) < size:
        if not len(hashes):
            return np.zeros(0, dtype=np.uint64)
        size = len(hashes)
    count = len(hashes) - size + 1
    combined = np.full(count, np.uint64((seed * _SEED_MIX + channel) & _MASK))
    with np.errstate(over="ignore"):
        for offset in range(size):
            multiplier = np.uint64((_SEED_MIX * (2 * offset + 1)) & _MASK)
            combined ^= hashes[offset : offset + count] * multiplier
            _mix(combined)
    return combined


def skeleton_mask(doc: Document) -> np.ndarray:
    """Which tokens are the words spinners leave alone: function words, numbers and names
    (:func:`unspin.pipeline.normalize.is_name_like`), as a boolean array."""
    count = len(doc.norms)
    if not count:
        return np.zeros(0, dtype=bool)
    if accel is not None:
        return np.frombuffer(accel.skeleton_mask(doc.norms, FUNCTION_WORDS, doc.capitalized,
                                                 doc.sentences), dtype=bool)
    kept = np.fromiter(map(_SKELETON_FLAGS.__getitem__, doc.norms), dtype=bool, count=count)
    opens = np.zeros(count, dtype=bool)
    opens[[first for first, _ in doc.sentences]] = True
    capitalized = np.fromiter(doc.capitalized, dtype=bool, count=count)
    mask: np.ndarray = kept | (capitalized & ~opens)
    return mask


def skeleton_words(doc: Document) -> list[str]:
    """The words spinners leave alone, in order: function words, numbers and names."""
    return [word for word, kept in zip(doc.norms, skeleton_mask(doc).tolist(), strict=True)
            if kept]


def fingerprints(doc: Document, config: FingerprintConfig) -> np.ndarray:
    """The sampled shingle hashes of both channels, sorted and unique (uint64, below 2**63:
    SQLite stores signed 64-bit integers), the skeleton's with :data:`CHANNEL_BIT` set."""
    tokens = token_hashes(doc.norms)
    return sorted_unique(np.concatenate((
        sampled_shingles(tokens, config.word_shingle, 0, config),
        sampled_shingles(tokens[skeleton_mask(doc)], config.skeleton_shingle, 1, config),
    )))


def sorted_unique(values: np.ndarray) -> np.ndarray:
    """``np.unique`` for the few hundred values of one article, by a sort and a comparison of
    neighbours (``np.unique`` hashes first, which costs more at this size)."""
    ordered = np.sort(values)
    if len(ordered) < 2:
        return ordered
    first = np.empty(len(ordered), dtype=bool)
    first[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=first[1:])
    kept: np.ndarray = ordered[first]
    return kept


def channel_fingerprints(words: list[str], size: int, channel: int, config: FingerprintConfig
                         ) -> np.ndarray:
    """The sampled shingle hashes of one channel's words, marked with the channel, unsorted."""
    return sampled_shingles(token_hashes(words), size, channel, config)


def sampled_shingles(tokens: np.ndarray, size: int, channel: int, config: FingerprintConfig
                     ) -> np.ndarray:
    """The sampled hashes of the shingles of ``size`` token hashes, marked with the channel:
    by the C module ``unspin._accel`` when it was built, else :func:`combine_shingles` and
    :func:`_sampled` (the reference, equal by test)."""
    if accel is not None:
        return np.frombuffer(accel.sampled_shingles(
            np.ascontiguousarray(tokens, dtype=np.uint64), size, channel, config.seed,
            config.sample, CHANNEL_BIT), dtype=np.uint64)
    return _sampled(combine_shingles(tokens, size, channel, config.seed), channel, config)


def _sampled(hashes: np.ndarray, channel: int, config: FingerprintConfig) -> np.ndarray:
    """The hashes in the sampled residue class, cut below the channel bit and marked with it."""
    kept: np.ndarray = hashes[hashes % np.uint64(config.sample) == 0] >> np.uint64(64 - CHANNEL_BIT)
    marked: np.ndarray = kept | np.uint64(channel << CHANNEL_BIT)
    return marked


def is_skeleton(hashes: np.ndarray, bit: int = CHANNEL_BIT) -> np.ndarray:
    """Which of ``hashes`` (fingerprints, or keys keeping the channel at ``bit``) are the
    skeleton channel's."""
    return ((np.asarray(hashes).astype(np.int64) >> np.int64(bit)) & np.int64(1)).astype(bool)
