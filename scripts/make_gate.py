"""Build unspin's labelled "gate" corpus from the hand-written originals.

Reads ``tests/data/gate/originals/story-NN-{a,b,c,r}.txt`` and writes

* ``tests/data/gate/corpus/<id>.txt``: every original as it is, plus generated copies:
  verbatim copies wrapped in content-farm boilerplate, spun copies (thesaurus substitution),
  partial copies, mosaics, spun partial copies and spun copies of spun copies, plus the
  hand-written rewrites of ten stories (``story-NN-r.txt``, kind ``paraphrase``), some of them
  wrapped in boilerplate;
* ``tests/data/gate/truth.jsonl``: one line per true relation
  ``{"copy", "source", "kind", "rate", "copied", "variant"}`` and one ``{"copy", "source",
  "kind": "neutral"}`` line per pair of documents that share material without one being a copy
  of the other (two copies of one source, a spun copy of a spun copy and the original, ...).

Pairs that are in neither list are negatives; the ``-b``/``-c`` reports are the hard ones.

Everything is driven by seeded ``random.Random`` generators, so a run with the same seed and the
same originals reproduces the output byte for byte. The rewrites were added to the corpus later:
they draw their ids and boilerplate from generators of their own and are added after everything
else, so the other documents, their ids and their truth lines are the same with or without
them::

    python scripts/make_gate.py --seed 20240222
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import random
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent))

from spinner_table import FUNCTION_WORDS, function_swaps, synonyms

DEFAULT_SEED = 20240222
REPO = Path(__file__).resolve().parent.parent
DEFAULT_ORIGINALS = REPO / "tests" / "data" / "gate" / "originals"
DEFAULT_OUT = REPO / "tests" / "data" / "gate"

WORD_RE = re.compile(r"\w+(?:['’]\w+)*")
SPIN_RATES = (0.2, 0.35, 0.5, 0.65)
FUNCTION_RATE_FACTOR = 0.4  # function words are swapped at this fraction of the content rate
MAX_PHRASE = 4

# Stories that get a second verbatim copy on another site, partial copies, etc. are drawn with
# the seeded generator; these counts fix the size of the corpus.
N_EXTRA_VERBATIM = 5
N_PARTIAL = 20
N_SPUN_PARTIAL = 10
N_MOSAIC_CROSS = 4
N_MOSAIC_SAME_EVENT = 2
N_SPUN_OF_SPUN = 3
N_BOILERPLATED_REPORTS = 10

# The hand-written rewrites (story-NN-r.txt) of some -a stories: how each was written, and the
# paragraphs (headline = paragraph 0) the rewriter added rather than took from the story.
LLM_REWRITE = "LLM rewrite"
ROUND_TRIP = "translation round trip"
REWRITE_STYLES: dict[int, str] = {
    2: LLM_REWRITE,
    4: ROUND_TRIP,
    7: LLM_REWRITE,
    9: LLM_REWRITE,
    12: ROUND_TRIP,
    15: LLM_REWRITE,
    18: LLM_REWRITE,
    21: ROUND_TRIP,
    24: LLM_REWRITE,
    27: LLM_REWRITE,
}
REWRITE_ADDED_PARAGRAPHS: dict[int, tuple[int, ...]] = {24: (1,)}
N_BOILERPLATED_REWRITES = 6


def count_words(text: str) -> int:
    return len(WORD_RE.findall(text))


# --------------------------------------------------------------------------------------------
# Documents


@dataclass(frozen=True)
class Block:
    """One paragraph or line of a document; ``origin`` is the id it was taken from, if any."""

    text: str
    origin: str | None = None
    sep: str = "\n\n"  # separator written *before* this block (ignored for the first block)


@dataclass
class Doc:
    id: str
    label: str
    blocks: list[Block]
    roots: tuple[str, ...]  # ids of the originals whose text this document carries

    @property
    def text(self) -> str:
        parts: list[str] = []
        for i, block in enumerate(self.blocks):
            if i:
                parts.append(block.sep)
            parts.append(block.text)
        return "".join(parts).strip("\n") + "\n"

    def words_from(self, origin: str) -> int:
        return sum(count_words(b.text) for b in self.blocks if b.origin == origin)


@dataclass(frozen=True)
class Relation:
    copy: str
    source: str
    kind: str
    rate: float
    copied: float
    variant: str

    def as_json(self) -> dict[str, object]:
        return {
            "copy": self.copy,
            "source": self.source,
            "kind": self.kind,
            "rate": self.rate,
            "copied": self.copied,
            "variant": self.variant,
        }


@dataclass
class Corpus:
    rng: random.Random
    id_rng: random.Random
    docs: list[Doc] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    used_ids: set[str] = field(default_factory=set)

    def new_id(self) -> str:
        while True:
            candidate = f"{self.id_rng.getrandbits(32):08x}"
            if candidate not in self.used_ids:
                self.used_ids.add(candidate)
                return candidate

    def add(self, label: str, blocks: list[Block], roots: Sequence[str]) -> Doc:
        doc = Doc(self.new_id(), label, blocks, tuple(sorted(set(roots))))
        self.docs.append(doc)
        return doc

    def relate(self, copy: Doc, source: Doc, kind: str, rate: float, variant: str) -> None:
        total = count_words(copy.text)
        copied = copy.words_from(source.id) / total
        self.relations.append(
            Relation(copy.id, source.id, kind, round(rate, 3), round(copied, 3), variant)
        )


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.strip().split("\n\n") if p.strip()]


def blocks_of(text: str, origin: str | None) -> list[Block]:
    return [Block(p, origin) for p in paragraphs(text)]


# --------------------------------------------------------------------------------------------
# The spinner


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Candidate:
    first: int  # index into the word tokens
    last: int  # inclusive
    source: str  # the text as it stands in the document
    key: str  # lower-case lookup key
    suffix: str  # possessive suffix to restore ("'s", "’s" or "")
    targets: tuple[str, ...]
    content: int  # content words among the matched tokens


@dataclass
class SpinResult:
    text: str
    content_words: int
    changed_content: int
    function_swaps: int
    sentence_swaps: int
    swaps: list[tuple[str, str]]

    @property
    def rate(self) -> float:
        return self.changed_content / self.content_words if self.content_words else 0.0


def _norm(word: str) -> str:
    return word.lower().replace("’", "'")


def _split_possessive(word: str) -> tuple[str, str]:
    for suffix in ("'s", "’s"):
        if word.lower().endswith(suffix) and len(word) > len(suffix) + 1:
            return word[: -len(suffix)], word[-len(suffix) :]
    return word, ""


def _is_wordlike(norm: str) -> bool:
    return len(norm) > 1 and norm.replace("'", "").isalpha()


def _match_case(source: str, target: str) -> str:
    letters = [c for c in source if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return target.upper()
    words = source.split(" ")
    if len(words) > 1 and all(w[:1].isupper() for w in words):
        return " ".join(w[:1].upper() + w[1:] for w in target.split(" "))
    if source[:1].isupper():
        return target[:1].upper() + target[1:]
    return target


def spin_text(text: str, rate: float, rng: random.Random) -> SpinResult:
    """Replace about ``rate`` of the content words of ``text`` with table synonyms.

    Content words are alphabetic words of two or more letters that are not in
    ``FUNCTION_WORDS``; a capitalised word only counts if it also occurs in lower case in the
    text or the spinner matched it (names such as "Okafor" are not content words, "Port" in
    "Port Averly" is, because the spinner turns it into "Harbor"). Function words and short
    grammatical phrases are swapped independently at ``FUNCTION_RATE_FACTOR * rate``.
    Paragraph breaks are preserved.
    """
    syn = synonyms()
    fun = function_swaps()
    tokens = [Token(m.group(), m.start(), m.end()) for m in WORD_RE.finditer(text)]
    lower_vocab = {_norm(_split_possessive(t.text)[0]) for t in tokens if t.text[:1].islower()}

    candidates: list[Candidate] = []
    matched = [False] * len(tokens)
    i = 0
    while i < len(tokens):
        found: Candidate | None = None
        for length in range(min(MAX_PHRASE, len(tokens) - i), 0, -1):
            span = tokens[i : i + length]
            if any(text[a.end : b.start] != " " for a, b in itertools.pairwise(span)):
                continue
            words = [t.text for t in span]
            base, suffix = _split_possessive(words[-1])
            for key_words, tail in (
                (words, ""),
                ([*words[:-1], base], suffix),
            ):
                key = " ".join(_norm(w) for w in key_words)
                targets = syn.get(key) or fun.get(key)
                if targets is not None:
                    found = Candidate(i, i + length - 1, " ".join(key_words), key, tail, targets, 0)
                    break
            if found is not None:
                break
        if found is None:
            i += 1
            continue
        if found.key in syn:
            for j in range(found.first, found.last + 1):
                matched[j] = True
        candidates.append(found)
        i = found.last + 1

    def is_content(j: int) -> bool:
        word = tokens[j].text
        norm = _norm(_split_possessive(word)[0])
        if not _is_wordlike(norm) or norm in FUNCTION_WORDS:
            return False
        return word[:1].islower() or matched[j] or norm in lower_vocab

    content_flags = [is_content(j) for j in range(len(tokens))]
    total_content = sum(content_flags)
    scored = [
        Candidate(
            c.first,
            c.last,
            c.source,
            c.key,
            c.suffix,
            c.targets,
            sum(content_flags[c.first : c.last + 1]),
        )
        for c in candidates
    ]

    chosen: dict[int, str] = {}
    swaps: list[tuple[str, str]] = []
    changed = 0
    goal = round(rate * total_content)
    content_cands = [c for c in scored if c.content > 0 and any(t != c.key for t in c.targets)]
    rng.shuffle(content_cands)
    for cand in content_cands:
        if changed >= goal:
            break
        over = changed + cand.content - goal
        if over > 0 and over > goal - changed:
            continue
        target = rng.choice([t for t in cand.targets if t != cand.key])
        chosen[cand.first] = target
        changed += cand.content
        swaps.append((cand.source, target))

    function_done = 0
    for cand in scored:
        if cand.content > 0 or cand.first in chosen:
            continue
        if rng.random() < FUNCTION_RATE_FACTOR * rate:
            target = rng.choice(cand.targets)
            if target != cand.key:
                chosen[cand.first] = target
                function_done += 1

    by_first = {c.first: c for c in scored}
    out: list[str] = []
    pos = 0
    for first in sorted(chosen):
        cand = by_first[first]
        start = tokens[cand.first].start
        end = tokens[cand.last].end
        out.append(text[pos:start])
        out.append(_match_case(cand.source, chosen[first]) + cand.suffix)
        pos = end
    out.append(text[pos:])
    return SpinResult("".join(out), total_content, changed, function_done, 0, swaps)


ABBREVIATIONS = frozenset(
    "dr mr mrs ms st prof gen sgt jan feb mar apr jun jul aug sep sept oct nov dec no vs".split()
)
SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+(?=[\"“]?[A-Z0-9])")


def split_sentences(paragraph: str) -> list[str]:
    sentences: list[str] = []
    start = 0
    for m in SENTENCE_END.finditer(paragraph):
        before = paragraph[start : m.start()].split()
        last = before[-1].lower().rstrip(".") if before else ""
        if last in ABBREVIATIONS or (len(last) == 1 and last.isalpha()):
            continue
        sentences.append(paragraph[start : m.end()].rstrip())
        start = m.end()
    sentences.append(paragraph[start:].rstrip())
    return [s for s in sentences if s]


def swap_sentences(paras: list[str], rng: random.Random, skip_first: bool) -> tuple[list[str], int]:
    """Swap 1-3 pairs of neighbouring sentences inside paragraphs."""
    paras = list(paras)
    eligible = [
        i for i, p in enumerate(paras) if (i > 0 or not skip_first) and len(split_sentences(p)) >= 2
    ]
    if not eligible:
        return paras, 0
    done = 0
    for _ in range(rng.randint(1, 3)):
        i = rng.choice(eligible)
        sentences = split_sentences(paras[i])
        j = rng.randrange(len(sentences) - 1)
        sentences[j], sentences[j + 1] = sentences[j + 1], sentences[j]
        paras[i] = " ".join(sentences)
        done += 1
    return paras, done


JUNK_LINES = (
    "Read more: 7 Foods That Melt Belly Fat While You Sleep",
    "Read more: Top 10 Cheap Flights You Can Still Book This Summer",
    "Also read: Why Everyone Is Switching To This Budget Phone",
    "CLICK HERE >> https://best-crypto-signals.example/join?ref=news24",
    "Sponsored: Get 50% off rooftop solar panels today - limited offer! https://sunsave.example",
    "WATCH: You won't believe what this cat did next https://viralclips.example/v/88213",
    "Download our app for breaking news alerts: https://newsfeedapp.example/get",
    "[Advertisement] Work from home and earn $500 a day >> https://easy-money.example",
    "Trending: Doctors hate this one simple trick https://healthtips.example/trick",
    "Read more: https://dailyupdates.example/2024/02/latest-headlines",
)


def insert_junk(blocks: list[Block], rng: random.Random) -> tuple[list[Block], int]:
    blocks = list(blocks)
    n = rng.randint(1, 2)
    for line in rng.sample(JUNK_LINES, n):
        at = rng.randint(2, max(2, len(blocks) - 1))
        blocks.insert(at, Block(line, None))
    return blocks, n


@dataclass(frozen=True)
class SpunBlocks:
    blocks: list[Block]
    result: SpinResult
    junk: int


def spin_blocks(
    paras: list[str], origin: str, rate: float, rng: random.Random, *, headline: bool
) -> SpunBlocks:
    """Spin paragraphs (optionally swapping sentences and adding junk lines)."""
    result = spin_text("\n\n".join(paras), rate, rng)
    spun = result.text.split("\n\n")
    assert len(spun) == len(paras), "spinning must keep paragraph breaks"
    sentence_swaps = 0
    if rng.random() < 0.5:
        spun, sentence_swaps = swap_sentences(spun, rng, skip_first=headline)
    result.sentence_swaps = sentence_swaps
    blocks = [Block(p, origin) for p in spun]
    junk = 0
    if rng.random() < 0.3:
        blocks, junk = insert_junk(blocks, rng)
    return SpunBlocks(blocks, result, junk)


def spin_variant(spun: SpunBlocks, target: float) -> str:
    r = spun.result
    parts = [
        f"target rate {target}",
        f"{r.changed_content}/{r.content_words} content words",
        f"{r.function_swaps} function-word swaps",
    ]
    if r.sentence_swaps:
        parts.append(f"{r.sentence_swaps} sentence swaps")
    if spun.junk:
        parts.append(f"{spun.junk} junk lines")
    return ", ".join(parts)


# --------------------------------------------------------------------------------------------
# Content-farm boilerplate


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def format_date(day: dt.date, style: int, rng: random.Random) -> str:
    hour, minute = rng.randint(6, 22), rng.randint(0, 59)
    if style == 0:  # Thu. Feb 22nd, 2024
        return f"{day:%a}. {day:%b} {_ordinal(day.day)}, {day.year}"
    if style == 1:  # February 22, 2024
        return f"{day:%B} {day.day}, {day.year}"
    if style == 2:  # 22/02/2024 09:14
        return f"{day:%d/%m/%Y} {hour:02d}:{minute:02d}"
    if style == 3:  # Updated: 22 Feb 2024, 9:14 am
        ampm = "am" if hour < 12 else "pm"
        return f"Updated: {day.day} {day:%b %Y}, {(hour - 1) % 12 + 1}:{minute:02d} {ampm}"
    return f"{day:%Y-%m-%d}"


@dataclass(frozen=True)
class Site:
    name: str
    date_style: int
    header: tuple[str, ...]
    footer: tuple[str, ...]
    bylines: tuple[str, ...]


NEWSLETTER = (
    "Sign up for our free morning newsletter and get the day's most important stories "
    "delivered straight to your inbox before breakfast. No spam, and you can unsubscribe "
    "at any time with a single click."
)
NEWSLETTER_2 = (
    "Never miss a story: join more than 40,000 readers who get our weekly digest of local "
    "news, business updates and weekend reads every Friday."
)

SITES: tuple[Site, ...] = (
    Site(
        "dailywire-farm",
        0,
        ("{date}", "Tap to share this story | Comment | Save for later"),
        ("Avatar photo", "{byline}", "Leave a Reply"),
        ("By Admin", "By admin"),
    ),
    Site(
        "newsfeed-hub",
        1,
        ("Home » News » Latest", "{date}", "{byline}"),
        (
            "Share this:",
            "Facebook | X | WhatsApp | Telegram | Email",
            "Like this:",
            "Related",
            NEWSLETTER,
        ),
        ("By Staff Writer", "By News Desk", "By Web Team"),
    ),
    Site(
        "breaking-now",
        2,
        ("BREAKING NEWS", "{date} | 3 min read"),
        (
            "Post navigation",
            "« Previous Post | Next Post »",
            "Leave a comment",
            "Your email address will not be shown publicly. Required fields are marked *",
            "Remember my name and email on this device for future comments.",
        ),
        ("Posted by editor", "Posted by admin"),
    ),
    Site(
        "citypulse-daily",
        3,
        ("{date}", "{byline}"),
        (NEWSLETTER_2, "Tags: news, local, latest, trending", "Share on Facebook  Share on X"),
        ("By Admin", "By Citypulse Reporter"),
    ),
    Site(
        "worldtoday-247",
        4,
        ("{byline} | {date}", "Listen to this article - 4 min"),
        (
            "Disclaimer: This story is auto-generated from a syndicated feed and has not been "
            "edited by our staff.",
            NEWSLETTER,
            "Copyright 2024 WorldToday247. All rights reserved.",
        ),
        ("By WT247 Desk", "By Admin"),
    ),
)


def random_day(rng: random.Random) -> dt.date:
    return dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(366))


def wrap_boilerplate(
    body: list[Block], site: Site, rng: random.Random, *, where: str = "both"
) -> list[Block]:
    date = format_date(random_day(rng), site.date_style, rng)
    byline = rng.choice(site.bylines)

    def fill(line: str) -> Block:
        return Block(line.format(date=date, byline=byline), None, "\n")

    header = [fill(line) for line in site.header]
    footer = [fill(line) for line in site.footer]
    blocks = list(body)
    if where in ("both", "top"):
        first = blocks[0]
        blocks = [*header, Block(first.text, first.origin, "\n\n"), *blocks[1:]]
    if where in ("both", "bottom"):
        footer = [Block(footer[0].text, None, "\n\n"), *footer[1:]]
        blocks = [*blocks, *footer]
    return blocks


# --------------------------------------------------------------------------------------------
# Building the corpus


@dataclass(frozen=True)
class Original:
    label: str  # story-NN-a
    story: int
    version: str
    text: str


def read_originals(folder: Path, versions: str = "abc") -> list[Original]:
    out: list[Original] = []
    for path in sorted(folder.glob("story-*-*.txt")):
        m = re.fullmatch(rf"story-(\d\d)-([{versions}])\.txt", path.name)
        if m is None:
            continue
        text = path.read_text(encoding="utf-8")
        out.append(Original(path.stem, int(m.group(1)), m.group(2), text))
    return out


def curly_quotes(text: str) -> str:
    text = re.sub(r'(^|[\s(\[—-])"', "\\1“", text)
    text = text.replace('"', "”")
    return re.sub(r"(\w)'(\w)", "\\1’\\2", text)


def build(originals: list[Original], seed: int, rewrites: Sequence[Original] = ()) -> Corpus:
    corpus = Corpus(random.Random(seed), random.Random(f"unspin-gate-ids-{seed}"))
    rng = corpus.rng
    docs: dict[str, Doc] = {}
    for orig in originals:
        doc = corpus.add(orig.label, blocks_of(orig.text, None), ())
        # an original is its own material; its blocks carry its own id as origin
        doc.blocks = [Block(b.text, doc.id) for b in doc.blocks]
        doc.roots = (doc.id,)
        docs[orig.label] = doc

    stories = sorted({o.story for o in originals})
    a_docs = {s: docs[f"story-{s:02d}-a"] for s in stories}
    others = [d for label, d in docs.items() if not label.endswith("-a")]

    def body_paras(doc: Doc) -> list[str]:
        return [b.text for b in doc.blocks]

    # 1. verbatim copies with boilerplate ------------------------------------------------
    extra_verbatim = set(rng.sample(stories, N_EXTRA_VERBATIM))
    for s in stories:
        src = a_docs[s]
        for n in range(2 if s in extra_verbatim else 1):
            site = rng.choice(SITES)
            body = [Block(b.text, src.id) for b in src.blocks]
            notes = [f"site {site.name}"]
            style = rng.random()
            if style < 0.15:
                body = body[1:]
                notes.append("headline dropped")
            elif style < 0.3:
                body = [Block(curly_quotes(b.text), b.origin) for b in body]
                notes.append("curly quotes")
            elif style < 0.4:
                body = [body[0], *(Block(b.text, b.origin, "\n") for b in body[1:])]
                notes.append("single line breaks")
            where = rng.choice(("both", "both", "top", "bottom"))
            notes.append(f"boilerplate {where}")
            copy = corpus.add(
                f"{src.label}/verbatim-{n + 1}",
                wrap_boilerplate(body, site, rng, where=where),
                src.roots,
            )
            corpus.relate(copy, src, "verbatim", 0.0, ", ".join(notes))

    # 2. spun copies ---------------------------------------------------------------------
    spun_docs: list[tuple[Doc, float]] = []
    for idx, s in enumerate(stories):
        src = a_docs[s]
        for rate in (SPIN_RATES[idx % 4], SPIN_RATES[(idx + 2) % 4]):
            spun = spin_blocks(body_paras(src), src.id, rate, rng, headline=True)
            blocks = spun.blocks
            variant = spin_variant(spun, rate)
            if rng.random() < 0.4:
                site = rng.choice(SITES)
                blocks = wrap_boilerplate(blocks, site, rng)
                variant += f", site {site.name}"
            copy = corpus.add(f"{src.label}/spun-{rate}", blocks, src.roots)
            corpus.relate(copy, src, "spun", spun.result.rate, variant)
            spun_docs.append((copy, rate))

    # helpers for copies that mix material ----------------------------------------------
    def pick_run(src: Doc, lo: int = 2, hi: int = 4) -> tuple[int, list[Block]]:
        body = src.blocks[1:]
        k = rng.randint(lo, min(hi, len(body)))
        start = rng.randrange(len(body) - k + 1)
        return start + 1, body[start : start + k]

    def pick_host(story: int) -> Doc:
        pool = [a for s, a in a_docs.items() if s != story]
        pool += [d for d in others if not d.label.startswith(f"story-{story:02d}-")]
        return rng.choice(pool)

    def embed(host: Doc, run: list[Block]) -> tuple[list[Block], str]:
        host_blocks = list(host.blocks)
        dropped = rng.choice((0, 0, 1, 2))
        if dropped and len(host_blocks) - dropped >= 4:
            host_blocks = host_blocks[: len(host_blocks) - dropped]
        else:
            dropped = 0
        at = rng.randint(2, len(host_blocks))
        blocks = host_blocks[:at] + run + host_blocks[at:]
        note = f"inserted after host paragraph {at}"
        if dropped:
            note += f", host's last {dropped} paragraphs dropped"
        return blocks, note

    # 3. partial copies ------------------------------------------------------------------
    for s in sorted(rng.sample(stories, N_PARTIAL)):
        src = a_docs[s]
        first, run = pick_run(src)
        host = pick_host(s)
        blocks, note = embed(host, [Block(b.text, src.id) for b in run])
        variant = f"paragraphs {first}-{first + len(run) - 1} of source in {host.label}, {note}"
        if rng.random() < 0.3:
            site = rng.choice(SITES)
            blocks = wrap_boilerplate(blocks, site, rng)
            variant += f", site {site.name}"
        copy = corpus.add(f"{src.label}/partial", blocks, src.roots + host.roots)
        corpus.relate(copy, src, "partial", 0.0, variant)
        corpus.relate(copy, host, "partial", 0.0, f"host text for paragraphs of {src.label}")

    # 4. spun partial copies -------------------------------------------------------------
    for n, s in enumerate(sorted(rng.sample(stories, N_SPUN_PARTIAL))):
        src = a_docs[s]
        first, run = pick_run(src, 3, 4)
        rate = SPIN_RATES[n % 4]
        spun = spin_blocks([b.text for b in run], src.id, rate, rng, headline=False)
        host = pick_host(s)
        blocks, note = embed(host, spun.blocks)
        variant = (
            f"paragraphs {first}-{first + len(run) - 1} spun in {host.label}, {note}; "
            + spin_variant(spun, rate)
        )
        copy = corpus.add(f"{src.label}/spun-partial-{rate}", blocks, src.roots + host.roots)
        corpus.relate(copy, src, "spun-partial", spun.result.rate, variant)
        corpus.relate(copy, host, "partial", 0.0, f"host text for spun paragraphs of {src.label}")

    # 5. mosaics: paragraphs of two sources in one copy ----------------------------------
    mosaic_pairs: list[tuple[Doc, Doc]] = []
    chosen = rng.sample(stories, N_MOSAIC_CROSS * 2)
    for k in range(N_MOSAIC_CROSS):
        mosaic_pairs.append((a_docs[chosen[2 * k]], a_docs[chosen[2 * k + 1]]))
    same_event = [s for s in stories if f"story-{s:02d}-b" in docs]
    for s in rng.sample(same_event, N_MOSAIC_SAME_EVENT):
        mosaic_pairs.append((a_docs[s], docs[f"story-{s:02d}-b"]))
    for one, two in mosaic_pairs:
        first1, run1 = pick_run(one, 3, 4)
        first2, run2 = pick_run(two, 2, 4)
        blocks = [
            Block(one.blocks[0].text, one.id),
            *(Block(b.text, one.id) for b in run1),
            *(Block(b.text, two.id) for b in run2),
        ]
        variant = (
            f"headline and paragraphs {first1}-{first1 + len(run1) - 1} of {one.label} then "
            f"paragraphs {first2}-{first2 + len(run2) - 1} of {two.label}"
        )
        copy = corpus.add(f"{one.label}+{two.label}/mosaic", blocks, one.roots + two.roots)
        corpus.relate(copy, one, "partial", 0.0, "mosaic, first source: " + variant)
        corpus.relate(copy, two, "partial", 0.0, "mosaic, second source: " + variant)

    # 6. spun copies of spun copies ------------------------------------------------------
    for base, base_rate in rng.sample(spun_docs, N_SPUN_OF_SPUN):
        rate = rng.choice(SPIN_RATES[:2])
        article = [b.text for b in base.blocks if b.origin is not None]
        spun = spin_blocks(article, base.id, rate, rng, headline=True)
        copy = corpus.add(f"{base.label}/respun-{rate}", spun.blocks, base.roots)
        variant = f"spun copy (rate {base_rate}) spun again; " + spin_variant(spun, rate)
        corpus.relate(copy, base, "spun", spun.result.rate, variant)

    # 7. independent reports republished with the same boilerplate ----------------------
    for src in rng.sample(others, N_BOILERPLATED_REPORTS):
        site = rng.choice(SITES)
        body = [Block(b.text, src.id) for b in src.blocks]
        copy = corpus.add(f"{src.label}/verbatim", wrap_boilerplate(body, site, rng), src.roots)
        corpus.relate(
            copy, src, "verbatim", 0.0, f"independent report republished, site {site.name}"
        )

    add_neutral(corpus)
    add_rewrites(corpus, a_docs, rewrites, seed)
    return corpus


def add_rewrites(
    corpus: Corpus, a_docs: dict[int, Doc], rewrites: Sequence[Original], seed: int
) -> None:
    """Add the hand-written rewrites of ``-a`` stories as ``paraphrase`` copies.

    They come after everything else and draw on generators of their own, so adding them leaves
    the rest of the corpus and its truth lines as they were. A rewrite carries its story's
    roots: pairs with the story's other copies (and with texts hosting its paragraphs) are
    neutral; pairs with the story's ``-b``/``-c`` reports stay negatives.
    """
    if not rewrites:
        return
    rng = random.Random(f"unspin-gate-rewrites-{seed}")
    corpus.id_rng = random.Random(f"unspin-gate-rewrite-ids-{seed}")
    start = len(corpus.docs)
    stories = [r.story for r in rewrites]
    wrapped = set(rng.sample(stories, min(N_BOILERPLATED_REWRITES, len(stories))))
    for rewrite in rewrites:
        style = REWRITE_STYLES.get(rewrite.story)
        if style is None or rewrite.story not in a_docs:
            raise ValueError(f"{rewrite.label}: no style in REWRITE_STYLES or no -a story")
        src = a_docs[rewrite.story]
        added = REWRITE_ADDED_PARAGRAPHS.get(rewrite.story, ())
        body = [
            Block(p, None if i in added else src.id) for i, p in enumerate(paragraphs(rewrite.text))
        ]
        label = f"{rewrite.label}/paraphrase"
        if rewrite.story in wrapped:
            site = rng.choice(SITES)
            where = rng.choice(("both", "both", "top", "bottom"))
            body = wrap_boilerplate(body, site, rng, where=where)
            label += f", site {site.name}, boilerplate {where}"
        copy = corpus.add(label, body, src.roots)
        corpus.relate(copy, src, "paraphrase", 0.0, style)
    add_neutral(corpus, start)


def add_neutral(corpus: Corpus, start: int = 0) -> None:
    """Pairs sharing material from an original without a direct relation are neutral.

    Only pairs whose later document is ``corpus.docs[start:]`` are added.
    """
    related = {(r.copy, r.source) for r in corpus.relations}
    related |= {(s, c) for c, s in related}
    for i, later in enumerate(corpus.docs):
        if i < start:
            continue
        for earlier in corpus.docs[:i]:
            if (later.id, earlier.id) in related:
                continue
            if set(later.roots) & set(earlier.roots):
                corpus.relations.append(Relation(later.id, earlier.id, "neutral", 0.0, 0.0, ""))


def truth_line(rel: Relation) -> str:
    """One truth line; article ids are the corpus file names, as unspin reports them."""
    if rel.kind == "neutral":
        record: dict[str, object] = {"copy": rel.copy, "source": rel.source, "kind": "neutral"}
    else:
        record = rel.as_json()
    record["copy"] = f"{record['copy']}.txt"
    record["source"] = f"{record['source']}.txt"
    return json.dumps(record, ensure_ascii=False)


def write(corpus: Corpus, out: Path, manifest: Path | None) -> None:
    folder = out / "corpus"
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.txt"):
        old.unlink()
    for doc in corpus.docs:
        (folder / f"{doc.id}.txt").write_text(doc.text, encoding="utf-8", newline="\n")
    lines = [truth_line(r) for r in corpus.relations]
    (out / "truth.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")
    if manifest is not None:
        rows = [json.dumps({"id": d.id, "label": d.label}) for d in corpus.docs]
        manifest.write_text("\n".join(rows) + "\n", encoding="utf-8", newline="\n")


def summary(corpus: Corpus) -> str:
    kinds: dict[str, int] = {}
    for rel in corpus.relations:
        kinds[rel.kind] = kinds.get(rel.kind, 0) + 1
    lines = [f"documents: {len(corpus.docs)}"]
    lines += [f"{kind}: {n}" for kind, n in sorted(kinds.items())]
    for target in SPIN_RATES:
        rates = [
            r.rate
            for r in corpus.relations
            if r.kind in ("spun", "spun-partial")
            and f"target rate {target}," in r.variant
            and "spun again" not in r.variant
        ]
        if rates:
            lines.append(
                f"spin target {target}: n={len(rates)} realised "
                f"min {min(rates):.3f} mean {sum(rates) / len(rates):.3f} max {max(rates):.3f}"
            )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build unspin's labelled gate corpus.")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--originals", type=Path, default=DEFAULT_ORIGINALS)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--manifest", type=Path, default=None, help="also write id -> label")
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    originals = read_originals(args.originals)
    if not originals:
        parser.error(f"no originals in {args.originals}")
    rewrites = read_originals(args.originals, "r")
    corpus = build(originals, args.seed, rewrites)
    write(corpus, args.out, args.manifest)
    if not args.quiet:
        print(summary(corpus))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
