"""Variants of one quotation across articles: exact, truncated, extended, spun, re-rendered.

Quotations are compared as *statements* (the parts of a split quote joined). Two statements are
variants when most words of the shorter one appear in the longer one, counting a thesaurus swap as
a match (the engine's spin-invariant lexicon: "friend" / "pal"), or, for another translation of the
same words, when their sentence embeddings are close and the speakers agree. Candidate pairs come
from an inverted index on content words, so the cost grows with the pairs that share words, not
with the square of the number of quotations.
"""

from __future__ import annotations

import difflib
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

import numpy as np
import numpy.typing as npt
from wordfreq import zipf_frequency

from unspin.lexicon.function_words import FUNCTION_WORDS
from unspin.lexicon.synonyms import Lexicon
from unspin.text.fold import fold

Variant = Literal["original", "exact", "truncated", "extended", "spun", "rendering"]
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")

WORD_SHARE = 0.8  # weighted share of the shorter statement's words found in the longer one
SPEAKER_WORD_SHARE = 0.6  # the same when both have the same speaker
CLASH_WORD_SHARE = 0.9  # the same when the speakers differ, for a statement of at least
CLASH_MIN_WORDS = 6  # this many content words
FRAGMENT_CONTENT = 6  # content words of a statement compared as a fragment of a fuller one
FRAGMENT_SPAN = 2  # the fuller one's content words it may spread over, per word of its own
PART_CONTENT = 4  # content words a part of a split quote needs to stand for its statement
RUN_WORDS = 6  # words of a run two excerpts of one statement share word for word
SAME_WORDS_CONTENT = 3  # content words of a quotation repeated word for word, whoever says it
JOINT_SPAN = 1.0  # content words of a span joining passages, against a piece's
PIECE_CONTENT = 4  # content words of a short quote compared with every span holding its rarest two
PIECE_SHARE = 0.9  # weighted share of a piece's words standing in order in the joint span
STRAY_STATEMENTS = 1  # statements of a cluster that the same words join whatever its speaker
EMBEDDING_COSINE = 0.8  # a re-rendering by the same speaker
MIN_WORDS = 3
MIN_CONTENT = 2  # content words matched at the least
MIN_SHARED_KEYS = 2
KEY_SHARE = 0.5  # shared keys, against the shorter statement's content words
MOBY_CREDIT = 0.5  # a Moby-only link ("friend" / "pal") counts half a word
APART_KEYS = 3  # a part's rarest words, to find the quotations that quote it apart
MAX_POSTINGS = 2_000  # a rare key in more statements than this does not propose pairs
PREFIX_SHARE = 0.7  # share of a statement's content keys, rarest first, that it is indexed under
PREFIX_MIN = 2


@lru_cache(maxsize=100_000)
def _weight(word: str) -> float:
    """Rarity weight: 1 for the commonest words, up to 5 for words wordfreq does not know."""
    return 1.0 + max(0.0, min(4.0, 7.0 - zipf_frequency(word, "en")))


# Letters of other scripts that look like Latin ones: a page spoofing its words ("thе" with a
# Cyrillic "е") still quotes the same words.
_LOOKALIKES = str.maketrans("асеіјорѕхуԁһӏԛԝοαριкν", "aceijopsxydhlqwoapikv")


def words_of(text: str) -> list[str]:
    return [fold(_unspoofed(w)) for w in _WORD.findall(text)]


def _unspoofed(word: str) -> str:
    """``word`` with look-alike letters of another script made Latin, when it mixes scripts."""
    if word.isascii() or not any("a" <= c <= "z" or "A" <= c <= "Z" for c in word):
        return word
    return word.lower().translate(_LOOKALIKES)


@dataclass(frozen=True, slots=True)
class Statement:
    """One statement in one article: ``key`` identifies it, ``speaker`` is its canonical id."""

    key: int
    article: str
    text: str
    speaker: str | None
    parts: tuple[str, ...] = ()
    headline: bool = False  # a headline's quote, which cuts down or re-words the body's
    named: str | None = None  # a headline's speaker: it may join a statement, never part two

    @property
    def words(self) -> list[str]:
        return words_of(self.text)


class VariantMatcher:
    """Decides whether two statements are variants and how one differs from the other."""

    def __init__(self, lexicon: Lexicon | None) -> None:
        self.lexicon = lexicon
        self._cache: dict[tuple[str, str], float] = {}

    def synonyms(self, a: str, b: str) -> bool:
        """Could ``b`` be a thesaurus swap of ``a`` (WordNet, mythes or Moby)?"""
        return self._relatedness(a, b) > 0.0

    def _relatedness(self, a: str, b: str) -> float:
        key = (a, b)
        known = self._cache.get(key)
        if known is None:
            known = self._cache[key] = self._relatedness_uncached(a, b)
        return known

    def _relatedness_uncached(self, a: str, b: str) -> float:
        """1 for a WordNet or mythes synonym, ``MOBY_CREDIT`` for a looser Moby link, else 0."""
        if self.lexicon is None or a in FUNCTION_WORDS or b in FUNCTION_WORDS:
            return 0.0
        if a[:1].isdigit() or b[:1].isdigit():
            return 0.0
        score = self.lexicon.related(a, b)
        return 1.0 if score >= 1.0 else MOBY_CREDIT if score > 0.0 else 0.0

    def word_share(self, a: Sequence[str], b: Sequence[str]) -> float:
        """Share of the shorter statement's content words matched, in order, in the other one
        (a longest common subsequence; a thesaurus swap counts as a match), each word weighted
        by its rarity so that "years" or "two" weigh less than "Velmora" or "floodwater"."""
        ca = [w for w in a if w not in FUNCTION_WORDS]
        cb = [w for w in b if w not in FUNCTION_WORDS]
        short, long = (ca, cb) if len(ca) <= len(cb) else (cb, ca)
        if len(short) < MIN_CONTENT:
            return 0.0
        window = FRAGMENT_SPAN * len(short) + 2
        if len(short) <= FRAGMENT_CONTENT and len(long) > window:
            # A fragment is a truncation: its words stand together in the fuller quote, not
            # scattered over a long one (where any four words find their like in order).
            return max(self._share(short, long[k : k + window])
                       for k in range(len(long) - window + 1))
        return self._share(short, long)

    def bag_share(self, short: Sequence[str], long: Sequence[str]) -> float:
        """Weighted share of ``short``'s content words found anywhere in ``long`` (a thesaurus
        swap counts as its link does), in any order; 0 below ``MIN_CONTENT`` found."""
        content = [w for w in short if w not in FUNCTION_WORDS]
        pool = [w for w in long if w not in FUNCTION_WORDS]
        window = FRAGMENT_SPAN * len(content) + 2
        if len(pool) > window:  # the words stand together, not scattered over a long answer
            return max(self.bag_share(content, pool[k : k + window])
                       for k in range(len(pool) - window + 1))
        credits = [max((1.0 if w == o else self._relatedness(w, o) for o in pool), default=0.0)
                   for w in content]
        if sum(c > 0 for c in credits) < MIN_CONTENT:
            return 0.0
        return sum(_weight(w) * c for w, c in zip(content, credits, strict=True)) / sum(
            _weight(w) for w in content)

    def _share(self, short: Sequence[str], long: Sequence[str]) -> float:
        weights = [_weight(w) for w in short]
        previous = [0.0] * (len(long) + 1)
        count_previous = [0] * (len(long) + 1)
        for word, weight in zip(short, weights, strict=True):
            current = [0.0] * (len(long) + 1)
            count = [0] * (len(long) + 1)
            for j, other in enumerate(long, 1):
                credit = 1.0 if word == other else self._relatedness(word, other)
                if credit and previous[j - 1] + weight * credit >= max(previous[j], current[j - 1]):
                    current[j] = previous[j - 1] + weight * credit
                    count[j] = count_previous[j - 1] + 1
                elif previous[j] >= current[j - 1]:
                    current[j], count[j] = previous[j], count_previous[j]
                else:
                    current[j], count[j] = current[j - 1], count[j - 1]
            previous, count_previous = current, count
        if count_previous[-1] < MIN_CONTENT:
            return 0.0
        return previous[-1] / sum(weights)

    def classify(self, reference: Sequence[str], occurrence: Sequence[str]) -> Variant:
        """How ``occurrence`` differs from ``reference`` (both as word lists)."""
        if list(reference) == list(occurrence):
            return "exact"
        if _contains(reference, occurrence):
            return "truncated"
        if _contains(occurrence, reference):
            return "extended"
        matcher = difflib.SequenceMatcher(a=list(reference), b=list(occurrence), autojunk=False)
        swapped = changed = 0
        for op, i1, i2, j1, j2 in matcher.get_opcodes():
            if op == "equal":
                continue
            if op == "replace":
                pairs = list(zip(reference[i1:i2], occurrence[j1:j2], strict=False))
                good = sum(1 for x, y in pairs if self.synonyms(x, y))
                swapped += good
                changed += max(i2 - i1, j2 - j1) - good
            elif op == "delete" and j1 in (0, len(occurrence)):
                continue  # a spun copy may also be cut short
            else:
                changed += max(i2 - i1, j2 - j1)
        if swapped and changed <= max(1, swapped // 2):
            return "spun"
        return "rendering"


def _short_inside(a: Sequence[str], b: Sequence[str]) -> bool:
    """A short statement ("We will rebuild") standing word for word inside the other."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= MIN_WORDS and _contains(long, short)


def _parts_share(matcher: VariantMatcher, a: Statement, b: Statement) -> float:
    """``word_share`` when the parts of a split quote may come in another order, or one outlet
    quotes only some of them: the best share between two parts of ``PART_CONTENT`` content
    words or more (a part of two or three words matching says little of the statement)."""
    best = 0.0
    for part_a in map(words_of, a.parts or (a.text,)):
        if sum(w not in FUNCTION_WORDS for w in part_a) < PART_CONTENT:
            continue
        for part_b in map(words_of, b.parts or (b.text,)):
            if sum(w not in FUNCTION_WORDS for w in part_b) >= PART_CONTENT:
                best = max(best, matcher.word_share(part_a, part_b))
    return best


def _parts_inside(statement: Statement, fuller: Sequence[str]) -> bool:
    """Every part of a statement quoted in pieces stands word for word inside the fuller
    words (plural aside), each piece with a content word."""
    if len(statement.parts) < 2:
        return False
    long = _singular(fuller)
    for part in statement.parts:
        words = _singular(words_of(part))
        if not any(w not in FUNCTION_WORDS for w in words) or not _contains(long, words):
            return False
    return True


def _part_inside(statement: Statement, other: Sequence[str]) -> bool:
    """A part of a statement quoted in pieces, of ``MIN_CONTENT`` content words at least,
    stands word for word (plural aside) in the other statement's words."""
    return len(statement.parts) > 1 and any(
        _verbatim_piece(words_of(part), other) and len(words_of(part)) <= len(other)
        for part in statement.parts)


def _singular(words: Sequence[str]) -> list[str]:
    """Words without a plural "s" ("detailed proposals" / "detailed proposal")."""
    return [w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
            for w in words]


def _content_words(words: Sequence[str]) -> set[str]:
    """A quotation's content words (three letters or more, no function word), singular."""
    return {w for w in _singular(words) if w not in FUNCTION_WORDS and len(w) > 2}


def _shared_run(a: Sequence[str], b: Sequence[str]) -> int:
    """Words in the longest run the two statements share word for word, when it carries
    ``MIN_CONTENT`` content words (two excerpts of one answer overlapping on a sentence:
    "…they were just better than us this weekend" / "They were just better than us this
    weekend. I have nothing to be ashamed of")."""
    match = difflib.SequenceMatcher(a=list(a), b=list(b), autojunk=False).find_longest_match()
    run = a[match.a : match.a + match.size]
    return match.size if sum(w not in FUNCTION_WORDS for w in run) >= MIN_CONTENT else 0


def _contains(longer: Sequence[str], shorter: Sequence[str]) -> bool:
    n = len(shorter)
    if n == 0 or n > len(longer):
        return False
    first = shorter[0]
    return any(longer[i] == first and list(longer[i : i + n]) == list(shorter)
               for i in range(len(longer) - n + 1))


def _content_keys(words: Sequence[str], lexicon: Lexicon | None) -> set[str]:
    keys = set()
    for word in words:
        if word in FUNCTION_WORDS or len(word) < 3:
            continue
        keys.add(word)
        keys.update(_singular([word]))  # "blows up" of "…blow up this week"
        if lexicon is not None:
            keys.add(f"#{lexicon.class_id(word)}")
    return keys


def _candidate_pairs(words: Sequence[list[str]], lexicon: Lexicon | None,
                     parts: Sequence[Sequence[list[str]]] = ()) -> dict[tuple[int, int], int]:
    """Pairs of statements worth comparing, with the number of content keys they share.

    Prefix filtering, as in set-similarity joins: each statement is indexed under only its
    rarest keys (the rarer half, at least two), because two statements that share most of their
    content share some of their rarest words. The pairs then grow with the true near-variants,
    not with the square of how often "year" or "government" is quoted.

    A statement quoted in ``parts`` (a split quote) is indexed under each part's rarest keys
    too: another outlet may quote one part alone, or its parts beside other words.
    """
    keys = [_content_keys(ws, lexicon) for ws in words]
    frequency: Counter[str] = Counter(k for ks in keys for k in ks)
    postings: dict[str, list[int]] = defaultdict(list)
    for i, ks in enumerate(keys):
        split = parts[i] if parts and len(parts[i]) > 1 else ()
        pieces = [ks] + [_content_keys(p, lexicon) for p in split]
        indexed: set[str] = set()
        for piece in pieces:
            ranked = sorted(piece, key=lambda k: (frequency[k], k))
            indexed.update(ranked[: max(PREFIX_MIN, math.ceil(len(ranked) * PREFIX_SHARE))])
        for key in sorted(indexed):
            postings[key].append(i)
    pairs: dict[tuple[int, int], int] = {}
    for members in postings.values():
        if len(members) > MAX_POSTINGS:
            continue
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                if (i, j) not in pairs:
                    pairs[(i, j)] = len(keys[i] & keys[j])
    # Statements sharing a run of RUN_WORDS words word for word (two excerpts of one answer
    # overlapping on a sentence) are compared whatever else they share.
    runs: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, ws in enumerate(words):
        for k in range(len(ws) - RUN_WORDS + 1):
            run = tuple(ws[k : k + RUN_WORDS])
            if sum(w not in FUNCTION_WORDS for w in run) >= MIN_CONTENT:
                runs[run].append(i)
    for members in runs.values():
        if len(members) > MAX_POSTINGS:
            continue
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                if i != j and (i, j) not in pairs:
                    pairs[(i, j)] = len(keys[i] & keys[j])
    # A fragment ("aggressive") is compared with every statement holding one of its keys, not
    # only those indexed under it: its word may be the commonest of a fuller quote.
    fragments = {i for i, ws in enumerate(words) if len(ws) < MIN_WORDS}
    # A short quote ("running out of energy") is compared with every statement holding its two
    # rarest words: it may be a piece of a long span, whose rarest words are elsewhere.
    # (so is each short part of a quote cut in pieces: "the edge of a precipice" … "destiny")
    shorts: list[tuple[int, list[str], list[str]]] = []
    for i, ws in enumerate(words):
        split = parts[i] if parts and len(parts[i]) > 1 else []
        for quoted in [ws, *split]:
            own = sorted(_content_words(quoted), key=lambda k: (frequency[k], k))
            if len(quoted) >= MIN_WORDS and MIN_CONTENT <= len(own) <= PIECE_CONTENT:
                shorts.append((i, quoted, own[:MIN_CONTENT]))
    wanted = set().union(*(keys[i] for i in fragments), *(rare for _i, _p, rare in shorts))
    holders: dict[str, list[int]] = defaultdict(list)
    for i, ks in enumerate(keys):
        for key in ks & wanted:
            holders[key].append(i)
    for members in holders.values():
        if len(members) > MAX_POSTINGS:
            continue
        for i in (m for m in members if m in fragments):
            for j in members:
                pair = (min(i, j), max(i, j))
                if i != j and pair not in pairs:
                    pairs[pair] = len(keys[i] & keys[j])
    for i, quoted, (rare, other) in shorts:
        if len(holders[rare]) > MAX_POSTINGS:
            continue
        for j in set(holders[rare]).intersection(holders[other]):
            pair = (min(i, j), max(i, j))
            if i != j and pair not in pairs and _piece_of(quoted, words[j]):
                pairs[pair] = len(keys[i] & keys[j])
    return pairs


def quoted_apart(statements: Sequence[Statement]) -> set[int]:
    """The split quotes (statements of several parts) whose parts another article quotes as
    separate statements: "A," he said. "B." in one outlet, A and B in two quotations of another
    (each without the other's words). Their parts are two statements, each to be clustered
    with its own variants (the labelling guide's "a split quote whose parts are separate
    statements")."""
    keys = [_content_words(s.words) for s in statements]
    frequency: Counter[str] = Counter(k for ks in keys for k in ks)
    postings: dict[str, list[int]] = defaultdict(list)
    for index, ks in enumerate(keys):
        for key in ks:
            postings[key].append(index)
    apart: set[int] = set()
    for index, statement in enumerate(statements):
        if len(statement.parts) < 2 or statement.headline:
            continue
        # each part: the other articles' statements that quote it
        quoting: list[dict[str, set[int]]] = []
        for part in statement.parts:
            part_keys = _content_words(words_of(part))
            found: dict[str, set[int]] = defaultdict(set)
            if len(part_keys) >= PART_CONTENT:
                rarest = sorted(part_keys, key=lambda k: (frequency[k], k))[:APART_KEYS]
                for other in {o for k in rarest if len(postings[k]) <= MAX_POSTINGS
                              for o in postings[k]}:
                    article = statements[other].article
                    if article != statement.article and not statements[other].headline \
                            and len(keys[other]) >= PART_CONTENT \
                            and len(keys[other] & part_keys) >= MIN_SHARED_KEYS \
                            and _found_share(part_keys, keys[other]) >= WORD_SHARE:
                        found[article].add(other)
            quoting.append(found)
        for x, first in enumerate(quoting):
            for second in quoting[x + 1 :]:
                if any(first[article] - second[article] and second[article] - first[article]
                       for article in first.keys() & second.keys()):
                    apart.add(index)
    return apart


def _found_share(a: set[str], b: set[str]) -> float:
    """Weighted share of the smaller set's words that the other holds, word for word."""
    short = a if len(a) <= len(b) else b
    return sum(_weight(w) for w in a & b) / max(1e-9, sum(_weight(w) for w in short))


def cluster_statements(
    statements: Sequence[Statement],
    lexicon: Lexicon | None,
    same_speaker: Callable[[str | None, str | None], bool],
    embed: Callable[[list[str]], npt.NDArray[np.float32]] | None = None,
) -> tuple[list[int], set[tuple[int, int]]]:
    """Cluster index per statement, and the linked pairs (by position in ``statements``)."""
    matcher = VariantMatcher(lexicon)
    words = [s.words for s in statements]
    shared = _candidate_pairs(words, lexicon, [[words_of(p) for p in s.parts] for s in statements])
    # A headline's quote is compared with every quote of its own article: it cuts down the
    # body's words, and its few content words may be the collection's commonest.
    by_article: dict[str, list[int]] = defaultdict(list)
    for index, statement in enumerate(statements):
        by_article[statement.article].append(index)
    echoes: dict[int, list[int]] = defaultdict(list)  # the quotes of its article it stands in
    for index, statement in enumerate(statements):
        # (so is a fragment of one content word at most: its key may be the commonest; only
        # the quotes it stands in word for word)
        echo = len(words[index]) > 0 and sum(w not in FUNCTION_WORDS for w in words[index]) <= 1
        if statement.headline or echo:
            for other in by_article[statement.article]:
                if other != index and (statement.headline or _contains(words[other], words[index])):
                    if echo and not statements[other].headline:
                        echoes[index].append(other)
                    pair = (min(index, other), max(index, other))
                    shared.setdefault(pair, len(_content_keys(words[index], lexicon)
                                                & _content_keys(words[other], lexicon)))
    vectors = None
    if embed is not None and statements:
        vectors = embed([s.text for s in statements])
    parent = list(range(len(statements)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    links: set[tuple[int, int]] = set()
    content_words = [sum(w not in FUNCTION_WORDS for w in ws) for ws in words]
    scored: list[tuple[float, int, int]] = []
    clashing: set[tuple[int, int]] = set()  # links strong enough to join two speakers
    echoed: set[tuple[int, int]] = set()  # the same words credited to two speakers
    joint: set[tuple[int, int]] = set()  # one statement a piece of the other's longer span
    for (i, j), count in sorted(shared.items()):
        a, b = statements[i], statements[j]
        # A variant shares at least two content words (or their synonym classes), and a good
        # part of the shorter one's: an exact word brings two keys, its word and its class.
        least = max(MIN_SHARED_KEYS, KEY_SHARE * min(content_words[i], content_words[j]))
        if a.key == b.key:
            continue
        named = a.speaker is not None and b.speaker is not None
        agree = named and same_speaker(a.speaker, b.speaker)
        # The same words in two outlets ("shithole countries"; "impolite and arrogant" of "…
        # it is impolite and arrogant") are one statement whoever each page credits: a wrong or
        # missing attribution on one side ("Bob Dylan" for his critic) must not part them.
        same_words = not agree and a.article != b.article and not (a.headline or b.headline) \
            and _verbatim_piece(words[i], words[j])
        if same_words and named:
            # (the very same words, long enough, are the clash rule's link: one speaker named
            # two ways, "Hrytsenko" / "Gritsenko", keeps both names)
            strong = words[i] == words[j] and content_words[i] >= SAME_WORDS_CONTENT
            (clashing if strong else echoed).add((i, j))
            scored.append((1.0, i, j))
            continue
        headline = a.named if a.headline else b.named if b.headline else None
        beside = b.speaker if a.headline else a.speaker
        if a.headline != b.headline and headline is not None and beside is not None:
            # a headline re-wording the same speaker's statement ("Varga Tells Allies, ‘I Don't
            # Need a Ride, I Need Ammunition’"), its words in another order
            agree = same_speaker(headline, beside)
        if a.article == b.article and agree and min(content_words[i], content_words[j]) <= 1 \
                and _contains(*sorted((words[i], words[j]), key=len, reverse=True)):
            # a fragment of one content word at most ("nothing", "I have to take") echoing the
            # same speaker's fuller quote in its article (that it is "worth nothing")
            scored.append((1.0, i, j))
            continue
        if a.article == b.article and (_lone_echo(statements, echoes, content_words, i, j)
                                       or _lone_echo(statements, echoes, content_words, j, i)):
            # the same, credited to nobody: a lead's "pandemic" before the statement that the
            # outbreak "can be characterised as a pandemic", the one quote holding the word
            scored.append((1.0, i, j))
            continue
        if agree and a.article != b.article and (_part_inside(a, words[j])
                                                 or _part_inside(b, words[i])):
            # one piece of a quote cut in two ("the edge of a precipice" … "our destiny")
            # standing word for word in another outlet's quote of the same speaker
            scored.append((1.0, i, j))
            continue
        if count < least:
            # Two long excerpts of one answer may share only the sentence they overlap on.
            if agree and _shared_run(words[i], words[j]) >= RUN_WORDS:
                scored.append((1.0, i, j))
            continue
        shortest = min(len(words[i]), len(words[j]))
        if a.article == b.article and a.headline != b.headline:
            # A headline quoting its own article's quote: word for word ("Not a Ride" of "I
            # need ammunition, not a ride"), however few its content words, or its words in
            # another order ("I Don't Need a Ride, I Need Ammunition").
            short_words, long_words = (words[i], words[j]) if a.headline else (words[j], words[i])
            bag = matcher.bag_share(short_words, long_words)
            verbatim = _short_inside(words[i], words[j])
            if verbatim or bag >= WORD_SHARE:
                scored.append((max(bag, float(verbatim)), i, j))
                continue
        if agree and (_parts_inside(a, words[j]) or _parts_inside(b, words[i])):
            # fragments of one sentence ("aggressive" … "damaging") each standing in the
            # same speaker's fuller quote
            scored.append((1.0, i, j))
            continue
        if shortest < MIN_WORDS:
            # A fragment ("very surprised", "unacceptable") is the same words in both, by a
            # speaker they do not disagree on, or stands inside the same speaker's fuller
            # quote (a lead's "aggressive" and the statement that the assumptions "are
            # aggressive").
            short_i, short_j = _singular(words[i]), _singular(words[j])
            fewest = min(content_words[i], content_words[j])
            if (short_i == short_j and (agree or (not named and fewest >= MIN_CONTENT))) \
                    or same_words or (agree and fewest >= 1 and _contains(
                        *sorted((short_i, short_j), key=len, reverse=True))):
                scored.append((1.0, i, j))
            continue
        share = matcher.word_share(words[i], words[j])
        if len(a.parts) > 1 or len(b.parts) > 1:  # split quotes whose parts come in another order
            share = max(share, _parts_share(matcher, a, b))
        if agree and a.headline != b.headline:
            share = max(share, matcher.bag_share(*((words[i], words[j]) if a.headline
                                                    else (words[j], words[i]))))
        inside = _short_inside(words[i], words[j]) or (
            agree and _shared_run(words[i], words[j]) >= RUN_WORDS)
        if agree:
            linked = share >= SPEAKER_WORD_SHARE or inside
        elif named:  # a quotation put in another's mouth only when it is long and the same,
            # or the very same words ("constructive, professional and friendly"): one of the
            # two attributions is wrong
            linked = ((share >= CLASH_WORD_SHARE
                       and min(content_words[i], content_words[j]) >= CLASH_MIN_WORDS)
                      or (words[i] == words[j] and content_words[i] >= SAME_WORDS_CONTENT))
            if linked:
                clashing.add((i, j))
        else:
            # with a speaker unknown, a fragment of a longer quote must stand in it word for
            # word: a few common words ("take a break") find their like in any long answer
            fewer, more = sorted((content_words[i], content_words[j]))
            fragment = fewer <= FRAGMENT_CONTENT and more > FRAGMENT_SPAN * fewer + 2
            linked = share >= WORD_SHARE and (inside or not fragment)
        if not linked and vectors is not None and agree:
            cosine = float(vectors[i] @ vectors[j])
            linked, share = cosine >= EMBEDDING_COSINE, max(share, cosine)
        if linked:
            scored.append((max(share, float(inside)), i, j))
            if a.article != b.article and _piece_of(words[i], words[j]):
                joint.add((i, j))
    # One statement is quoted once in an article: a cluster never takes two statements of one
    # article (but an article repeating its own words, as a headline does its quote). So the
    # strongest links join first, and a chain of looser ones cannot glue every statement of an
    # interview into one cluster.
    # (A headline's quote is its own article's body quote again, in other words or cut down:
    # it holds no statement of its own that would keep two clusters apart.)
    seen: list[set[str]] = [set() if s.headline else {s.article} for s in statements]
    held: list[list[int]] = [[i] for i in range(len(statements))]  # a root's statements
    # One statement has one speaker: two clusters whose named speakers disagree join only by a
    # link strong enough to say one attribution is wrong (not through a fragment of unknown
    # speaker that both contain: "cheating").
    voices: list[set[str]] = [{s.speaker} if s.speaker and not s.headline else set()
                              for s in statements]  # (a headline's attribution is terse)
    for share, i, j in sorted(scored, key=lambda t: (-t[0], t[1], t[2])):
        ri, rj = root(i), root(j)
        if ri == rj:
            links.add((i, j))
            continue
        apart = bool(voices[ri] and voices[rj]) and (i, j) not in clashing and not any(
            same_speaker(x, y) or _name_within(x, y) for x in voices[ri] for y in voices[rj])
        # The same words join one statement whose page credits another speaker, alone: not two
        # clusters each with its own speaker's statements, nor a span that would chain them.
        stray = (i, j) in echoed and min(len(held[ri]), len(held[rj])) <= STRAY_STATEMENTS
        if apart and not stray:
            continue
        # an article repeating its own words (a headline, a lead's fragment) may join them,
        # but no other article may then hold two statements of the cluster
        repeat = statements[i].article == statements[j].article and share >= WORD_SHARE
        # An article that quotes one statement twice (a lead and the body, the line repeated
        # word for word) does not hold two statements of the cluster.
        both = {article for article in seen[ri] & seen[rj]
                if not _repeated(statements, words, matcher, held[ri], held[rj], article)}
        # A span joining passages that other outlets quote apart makes them one statement:
        # its pieces join it whoever else holds them (the pieces chain through it).
        if both and apart:
            continue
        if both and (i, j) not in joint and not (
                (repeat and both == {statements[i].article})
                or _pieces(statements, words, held[ri], held[rj], i, j, same_speaker, both)
                or _pieces(statements, words, held[rj], held[ri], j, i, same_speaker, both)):
            continue
        links.add((i, j))
        parent[ri] = rj
        seen[rj] |= seen[ri]
        if apart:  # a stray's page credited the words wrongly: its speaker does not join
            kept = ri if (len(held[ri]), len(words[i])) > (len(held[rj]), len(words[j])) else rj
            voices[rj] = voices[kept]
        else:
            voices[rj] |= voices[ri]
        held[rj] += held[ri]
    return [root(i) for i in range(len(statements))], links


def _lone_echo(statements: Sequence[Statement], echoes: dict[int, list[int]],
               content_words: Sequence[int], fragment: int, fuller: int) -> bool:
    """Is ``fragment`` a quote of one content word that its page credits to nobody, standing
    word for word in one quote of its article only, ``fuller``, whose speaker is named?"""
    return statements[fragment].speaker is None and not statements[fragment].headline \
        and content_words[fragment] == 1 and echoes.get(fragment) == [fuller] \
        and statements[fuller].speaker is not None


def _name_within(a: str, b: str) -> bool:
    """Is one speaker's name the other's with words added ("OpenAI" / "OpenAI Board", "May" /
    "Theresa May"), one speaker named two ways by two outlets rather than two speakers?"""
    short, long = sorted((words_of(a), words_of(b)), key=len)
    return bool(short) and _contains(long, short)


def _verbatim_piece(a: Sequence[str], b: Sequence[str]) -> bool:
    """Does the shorter statement stand word for word (plural aside) in the other, with at
    least ``MIN_CONTENT`` content words of its own (one word, "evil", is anyone's)?"""
    short, long = sorted((_singular(a), _singular(b)), key=len)
    return sum(w not in FUNCTION_WORDS for w in short) >= MIN_CONTENT and _contains(long, short)


def _piece_of(a: Sequence[str], b: Sequence[str]) -> bool:
    """Does the shorter statement stand inside the longer one (a piece of a longer span, or the
    same passage): its content words there word for word (plural aside), in order and close
    together, nearly all of them?"""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    piece = [w for w in _singular(short) if w not in FUNCTION_WORDS]
    span = [w for w in _singular(long) if w not in FUNCTION_WORDS]
    if len(piece) < MIN_CONTENT or len(span) < len(piece):
        return False
    if _contains(_singular(long), _singular(short)) or _cut_within(short, long):
        return True
    total = sum(_weight(w) for w in piece)
    present = set(span)
    if sum(_weight(w) for w in piece if w in present) < PIECE_SHARE * total:
        return False  # (most pairs: no window can hold them)
    window = FRAGMENT_SPAN * len(piece) + 2
    for k in range(max(1, len(span) - window + 1)):
        matcher = difflib.SequenceMatcher(a=piece, b=span[k : k + window], autojunk=False)
        found = sum(_weight(piece[block.a + n]) for block in matcher.get_matching_blocks()
                    for n in range(block.size))
        if found >= PIECE_SHARE * total:
            return True
    return False


def _cut_within(short: Sequence[str], long: Sequence[str]) -> bool:
    """Does the longer span end inside the shorter statement (an excerpt cut mid-quote: "…
    decided to go home. He has the support of his family and" of "He has the support of his
    family and his team"): its last words are the shorter one's opening words word for word
    (plural aside), ``PIECE_CONTENT`` content words at least, and it holds words of its own
    before them?"""
    short, long = _singular(short), _singular(long)
    for start in range(max(1, len(long) - len(short)), len(long)):
        if long[start] == short[0] and long[start:] == short[: len(long) - start]:
            return sum(w not in FUNCTION_WORDS for w in long[start:]) >= PIECE_CONTENT
    return False


def _region(part: Sequence[str], whole: Sequence[str], least: int = MIN_CONTENT
             ) -> tuple[int, int] | None:
    """Where ``part``'s content words stand in ``whole`` (first and last word matched word for
    word), if at least ``least`` of them do."""
    blocks = difflib.SequenceMatcher(a=list(part), b=list(whole), autojunk=False
                                     ).get_matching_blocks()
    hits = [block.b + k for block in blocks for k in range(block.size)
            if part[block.a + k] not in FUNCTION_WORDS]
    return (min(hits), max(hits)) if hits and len(hits) >= least else None


def _repeated(statements: Sequence[Statement], words: Sequence[list[str]],
              matcher: VariantMatcher, cluster: list[int], other: list[int], article: str
              ) -> bool:
    """Are ``article``'s statements in the two clusters the same words (each holds most of the
    other's, or one stands word for word in the other), one statement quoted twice?"""
    mine = [k for k in cluster if statements[k].article == article and not statements[k].headline]
    theirs = [k for k in other if statements[k].article == article and not statements[k].headline]
    def content(k: int) -> int:
        return sum(w not in FUNCTION_WORDS for w in words[k])

    def inside(a: int, b: int) -> bool:
        # a lead's fragment of the body's quote, word for word ("written in the stars" …
        # "It was written in the stars. It belongs to us.")
        short, long = sorted((_singular(words[a]), _singular(words[b])), key=len)
        return sum(w not in FUNCTION_WORDS for w in short) >= MIN_CONTENT \
            and _contains(long, short)

    return all((matcher.word_share(words[a], words[b]) >= WORD_SHARE
                and min(content(a), content(b)) >= WORD_SHARE * max(content(a), content(b)))
               or inside(a, b)
               for a in mine for b in theirs)


def _pieces(statements: Sequence[Statement], words: Sequence[list[str]], cluster: list[int],
            other: list[int], i: int, j: int,
            same_speaker: Callable[[str | None, str | None], bool],
            shared: set[str]) -> bool:
    """One outlet quotes as two statements what another quotes as one: statement ``i`` (of
    ``cluster``) and the statements of its article already in ``other`` are by one speaker and
    stand in different places of statement ``j`` (of ``other``, another article), as pieces of
    it ("I made confident bets …" and, after a line of narrative, "I've since lost these bets
    …" in one outlet; both in one quote in the other). Only ``i``'s article may be in both."""
    article = statements[i].article
    if statements[j].article == article or shared != {article}:
        return False  # (``shared``: the articles with two statements in the clusters)
    if any(statements[k].article == article and not statements[k].headline
           for k in cluster if k != i):
        return False
    mine = _region(words[i], words[j])
    if mine is None and _short_inside(words[i], words[j]):
        mine = _region(words[i], words[j], 1)  # "not a ride", word for word
    if mine is None or statements[i].speaker is None:
        return False
    for k in other:
        if statements[k].article != article or statements[k].headline:
            continue
        region = _region(words[k], words[j], 1)  # (already a variant: "devastated")
        if region is None or not same_speaker(statements[i].speaker, statements[k].speaker):
            return False
        overlap = min(mine[1], region[1]) - max(mine[0], region[0]) + 1
        if overlap > 0:
            return False
    return True
