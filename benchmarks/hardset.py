"""A second synthetic labelled reuse benchmark ("hardset") built from BBC News articles.

It imitates what the hidden held-out evaluation is said to contain and the public dev set
lacks: other topics, a different thesaurus with multi-word swaps, small and scattered partial
copies, spun excerpts with sentences swapped and junk lines added, content-farm boilerplate::

    python benchmarks/hardset.py /tmp/hardset-dev --split dev      # business + tech sources
    python benchmarks/hardset.py /tmp/hardset-held --split held    # sport + entertainment

writes ``OUT/docs/<id>.txt`` (the corpus), ``OUT/truth.jsonl`` (the scorer's format plus
``variant`` and ``note``), ``OUT/hard_negatives.jsonl`` (same-topic pairs that are not reuse)
and ``OUT/manifest.jsonl`` (id -> how the document was made). Nothing of the BBC texts belongs
in the repository: write OUT outside it. The same seed, split and inputs give the same bytes.

Cases (``variant`` in truth.jsonl; ``kind`` is the scorer's):

``verbatim`` (verbatim)
    the whole article, sometimes without its headline, with curly quotes or single line breaks,
    mostly wrapped in content-farm boilerplate (``make_gate.SITES``) and re-dated.
``spun-0.15`` / ``spun-0.3`` / ``spun-0.45`` (spun)
    the whole article spun by :class:`MythesSpinner` at that share of content words.
``small-excerpt`` (partial)
    one or two consecutive paragraphs that are 5-9% of the source's words, inside a host text:
    a third the lead paragraph (one sentence in BBC style), the rest later paragraphs; never
    paragraphs that are mostly quotation or lists of names (line-ups, results).
``scattered`` / ``scattered-quote`` (partial)
    two or three sentences of 20-33 words, each verbatim or with one or two words swapped,
    put into different places of a host text with host sentences between them; for
    ``scattered-quote`` each copied sentence is put next to a quotation (the host's own, or the
    source's quotation that followed it, copied too).
``spun-excerpt`` (spun-partial)
    two to four paragraphs spun at 0.3, one to three pairs of neighbouring sentences swapped,
    one or two junk lines ("Read more: ...") added, inside a host text.
``mosaic`` (partial, one line per source)
    the headline and 2-4 paragraphs of one source, then 2-3 paragraphs of another.
``twice`` (verbatim and spun)
    one source copied verbatim on one site and spun at 0.3 on another: the copies are neutral.
``copy-of-copy`` (verbatim or spun, labelled against the copy it was made from)
    a boilerplated re-post of a spun copy, or a spun copy (0.15 or 0.3) of a verbatim copy;
    the pair with the original is neutral.

Host texts are BBC articles of the same categories kept *out* of the corpus (each used once),
so a page's own sentences are not in the corpus, as on the web. For small excerpts and
scattered copies the source is the unused article sharing the most names with the host (an
on-topic page, "on-topic host" in the note, when they share two or more). Everything not a copy is a
distractor: every other (de-duplicated) BBC article of the split's categories, some of them
wrapped in the same boilerplate as the copies. ``hard_negatives.jsonl`` lists pairs of corpus
articles on the same people or events (six or more shared names; after de-duplication no
unquoted 13-word run in common, though some share a clause): independent reports, the hardest
negatives.

Labels. Every document is a list of ``make_gate.Block`` (a paragraph, line or sentence) that
knows the id it was taken from; ``copied`` = words from that source / words of the copy.
``rate`` = content words changed / content words of the copied text (0 for unspun kinds).
Pairs of documents that carry text of one original without a labelled relation between them
(two copies of one source, a copy of a copy and the original) are ``neutral``.

De-duplication. The BBC dataset holds genuine near-duplicates and reused paragraphs. Articles
sharing an unquoted run of 13 words, or with a word 5-gram Jaccard of 0.05 or more, are
grouped; only the first of each group (by category and file name) is used.

The spinner. :class:`MythesSpinner` uses the LibreOffice/MyThes English thesaurus (Debian
package ``mythes-en-us``, ``/usr/share/mythes/th_en_US_v2.dat``, WordNet-derived, BSD-style
licence): every plain synonym, "similar term" and "generic term" (hypernym) of every sense of a
word or phrase of up to four words, picked blindly (no part of speech or context check), so
"take part" may become "participate", "rise" "go up" and "firm" "business organization".
Inflected forms (plurals, -s, -ed, -ing, common irregular verbs) are looked up by their base and
the pick re-inflected crudely, as spinners do. The generator does not read unspin's lexicon.
"""

from __future__ import annotations

import argparse
import functools
import itertools
import json
import random
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "scripts") not in sys.path:
    sys.path.insert(0, str(ROOT / "scripts"))

from make_gate import (  # noqa: E402
    JUNK_LINES,
    SITES,
    WORD_RE,
    Block,
    Corpus,
    Doc,
    _match_case,
    add_neutral,
    count_words,
    curly_quotes,
    format_date,
    random_day,
    truth_line,
    wrap_boilerplate,
)
from make_gate import split_sentences as split_sentences  # noqa: E402
from spinner_table import FUNCTION_WORDS  # noqa: E402

BBC = ROOT.parent / "shared" / "data" / "bbc-news"
MYTHES = Path("/usr/share/mythes/th_en_US_v2.dat")
DEFAULT_SEED = 20261206
SPLITS: dict[str, tuple[str, ...]] = {
    "dev": ("business", "tech"),
    "held": ("sport", "entertainment"),
}
SPIN_RATES = (0.15, 0.3, 0.45)
MAX_PHRASE = 4

# instances of each case at scale 1
COUNTS: dict[str, int] = {
    "verbatim": 30,
    "spun": 25,  # per rate
    "small-excerpt": 30,
    "scattered": 24,
    "scattered-quote": 20,
    "spun-excerpt": 30,
    "mosaic": 15,
    "copy-of-copy": 15,
    "twice": 10,
    "boilerplated-distractor": 40,
}
QUOTE_CHARS = "\"“”"


# --------------------------------------------------------------------------------------------
# BBC articles


@dataclass(frozen=True)
class Article:
    name: str  # category/NNN
    title: str
    paras: tuple[str, ...]  # body paragraphs (the title excluded)

    @property
    def text(self) -> str:
        return "\n\n".join((self.title, *self.paras)) + "\n"

    @property
    def words(self) -> int:
        return count_words(self.text)


def read_bbc(folder: Path, categories: Sequence[str]) -> list[Article]:
    out: list[Article] = []
    for cat in categories:
        for path in sorted((folder / cat).glob("*.txt")):
            data = path.read_bytes()
            try:
                raw = data.decode("utf-8")
            except UnicodeDecodeError:  # a few files are Latin-1
                raw = data.decode("latin-1")
            raw = raw.replace("\r\n", "\n")
            lines = raw.strip().split("\n", 1)
            if len(lines) < 2:
                continue
            paras = tuple(" ".join(p.split()) for p in lines[1].split("\n\n") if p.strip())
            if len(paras) >= 2:
                out.append(Article(f"{cat}/{path.stem}", " ".join(lines[0].split()), paras))
    return out


QUOTED_RE = re.compile(r'"[^"\n]*"|“[^”\n]*”')


def _words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in WORD_RE.findall(text)]


def unquoted_grams(text: str, n: int) -> set[tuple[str, ...]]:
    grams: set[tuple[str, ...]] = set()
    for part in QUOTED_RE.split(text):
        ws = _words(part)
        grams.update(tuple(ws[i : i + n]) for i in range(len(ws) - n + 1))
    return grams


def grams(text: str, n: int) -> set[tuple[str, ...]]:
    ws = _words(text)
    return {tuple(ws[i : i + n]) for i in range(len(ws) - n + 1)}


def near_duplicate_groups(articles: Sequence[Article]) -> list[list[int]]:
    """Groups (indexes) of articles sharing an unquoted run of 13 words, or with a word 5-gram
    Jaccard of 0.05 or more (the gate's test for independent reports)."""
    g13 = [unquoted_grams(a.text, 13) for a in articles]
    g5 = [grams(a.text, 5) for a in articles]
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, gs in enumerate(g5):
        for g in gs:
            index[g].append(i)
    shared5: dict[tuple[int, int], int] = defaultdict(int)
    for ids in index.values():
        if 1 < len(ids) <= 50:
            for a, b in itertools.combinations(ids, 2):
                shared5[a, b] += 1
    parent = list(range(len(articles)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for (a, b), n in shared5.items():
        jac = n / max(1, len(g5[a]) + len(g5[b]) - n)
        if jac >= 0.05 or g13[a] & g13[b]:
            parent[find(a)] = find(b)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(articles)):
        groups[find(i)].append(i)
    return sorted(groups.values())


def deduplicate(articles: Sequence[Article]) -> tuple[list[Article], int]:
    keep = sorted(g[0] for g in near_duplicate_groups(articles))
    return [articles[i] for i in keep], len(articles) - len(keep)


NAME_RE = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+(?:\s[A-Z][a-z]+)*")


def names(text: str) -> set[str]:
    return {m.group() for m in NAME_RE.finditer(text) if m.group().lower() not in FUNCTION_WORDS}


def hard_negative_pairs(articles: Sequence[tuple[str, Article]]) -> list[tuple[str, str, int, int]]:
    """Pairs sharing >= 6 names: (id, id, shared names, shared unquoted 8-grams)."""
    name_sets = [names(a.text) for _, a in articles]
    index: dict[str, list[int]] = defaultdict(list)
    for i, ns in enumerate(name_sets):
        for n in ns:
            index[n].append(i)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for ids in index.values():
        if 1 < len(ids) <= 30:
            for a, b in itertools.combinations(ids, 2):
                shared[a, b] += 1
    out: list[tuple[str, str, int, int]] = []
    for (a, b), count in sorted(shared.items()):
        if count >= 6:
            g8 = unquoted_grams(articles[a][1].text, 8) & unquoted_grams(articles[b][1].text, 8)
            out.append((articles[a][0], articles[b][0], count, len(g8)))
    return out


# --------------------------------------------------------------------------------------------
# The MyThes spinner

IRREGULAR_PAST = {
    "be": "was", "become": "became", "begin": "began", "break": "broke", "bring": "brought",
    "build": "built", "buy": "bought", "catch": "caught", "choose": "chose", "come": "came",
    "cut": "cut", "deal": "dealt", "do": "did", "draw": "drew", "drive": "drove", "eat": "ate",
    "fall": "fell", "feel": "felt", "fight": "fought", "find": "found", "fly": "flew",
    "forget": "forgot", "get": "got", "give": "gave", "go": "went", "grow": "grew",
    "have": "had", "hear": "heard", "hide": "hid", "hit": "hit", "hold": "held",
    "keep": "kept", "know": "knew", "lead": "led", "leave": "left", "let": "let",
    "lose": "lost", "make": "made", "mean": "meant", "meet": "met", "pay": "paid",
    "put": "put", "rise": "rose", "run": "ran", "say": "said", "see": "saw", "seek": "sought",
    "sell": "sold", "send": "sent", "set": "set", "shake": "shook", "shoot": "shot",
    "show": "showed", "sit": "sat", "speak": "spoke", "spend": "spent", "spread": "spread",
    "stand": "stood", "steal": "stole", "strike": "struck", "take": "took", "teach": "taught",
    "tell": "told", "think": "thought", "throw": "threw", "understand": "understood",
    "wear": "wore", "win": "won", "write": "wrote",
}  # fmt: skip
IRREGULAR_PARTICIPLE = {
    "be": "been", "begin": "begun", "break": "broken", "choose": "chosen", "do": "done",
    "draw": "drawn", "drive": "driven", "eat": "eaten", "fall": "fallen", "fly": "flown",
    "forget": "forgotten", "give": "given", "go": "gone", "grow": "grown", "hide": "hidden",
    "know": "known", "rise": "risen", "see": "seen", "shake": "shaken", "show": "shown",
    "speak": "spoken", "steal": "stolen", "take": "taken", "throw": "thrown", "wear": "worn",
    "write": "written",
}  # fmt: skip
BASE_OF_IRREGULAR = {v: k for k, v in IRREGULAR_PAST.items() if v != k}
BASE_OF_IRREGULAR |= {v: k for k, v in IRREGULAR_PARTICIPLE.items()}
VOWELS = set("aeiou")
TERM_RE = re.compile(r"[a-z][a-z' -]*[a-z]")


@dataclass(frozen=True)
class Sense:
    pos: str  # noun, verb, adj, adv
    targets: tuple[str, ...]


@functools.cache
def load_mythes(path: Path = MYTHES) -> dict[str, tuple[Sense, ...]]:
    """Lower-case entry -> its senses' plain synonyms, similar and generic terms."""
    table: dict[str, list[Sense]] = {}
    with path.open(encoding="utf-8", errors="replace") as fh:
        fh.readline()
        entry = ""
        for raw in fh:
            line = raw.rstrip("\n")
            if not line.startswith("("):
                entry = line.rsplit("|", 1)[0]
                continue
            if entry != entry.lower() or not TERM_RE.fullmatch(entry):
                continue  # proper names, numbers
            parts = line.split("|")
            targets: list[str] = []
            for term in parts[1:]:
                for tag in (" (similar term)", " (generic term)"):
                    if term.endswith(tag):
                        term = term[: -len(tag)]
                if term.endswith(")") or term == entry or not TERM_RE.fullmatch(term):
                    continue  # antonyms, related terms, capitalised or odd terms
                if term not in targets:
                    targets.append(term)
            if targets:
                table.setdefault(entry, []).append(Sense(parts[0].strip("()"), tuple(targets)))
    return {k: tuple(v) for k, v in table.items()}


def _past(verb: str) -> str:
    if verb in IRREGULAR_PAST:
        return IRREGULAR_PAST[verb]
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and len(verb) > 2 and verb[-2] not in VOWELS:
        return verb[:-1] + "ied"
    return verb + "ed"


def _ing(verb: str) -> str:
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith("ee") and len(verb) > 2:
        return verb[:-1] + "ing"
    return verb + "ing"


def _plural(word: str) -> str:
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and len(word) > 2 and word[-2] not in VOWELS:
        return word[:-1] + "ies"
    return word + "s"


def inflect(target: str, pos: str, form: str) -> str:
    """Re-inflect a base-form pick: a verb's first word, a noun's last word."""
    words = target.split(" ")
    if form == "":
        return target
    if pos == "verb":
        head = words[0]
        if form == "ed":
            head = _past(head)
        elif form == "en":
            head = IRREGULAR_PARTICIPLE.get(head, _past(head))
        elif form == "ing":
            head = _ing(head)
        elif form == "s":
            head = _plural(head)
        return " ".join([head, *words[1:]])
    if form == "s":
        return " ".join([*words[:-1], _plural(words[-1])])
    return target


def base_forms(word: str) -> list[tuple[str, str]]:
    """Candidate (base, form) analyses of an inflected lower-case word."""
    out: list[tuple[str, str]] = []
    if word in BASE_OF_IRREGULAR:
        base = BASE_OF_IRREGULAR[word]
        out.append((base, "en" if IRREGULAR_PARTICIPLE.get(base) == word else "ed"))
    if word.endswith("ies") and len(word) > 4:
        out.append((word[:-3] + "y", "s"))
    if word.endswith("es") and len(word) > 3:
        out.append((word[:-2], "s"))
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        out.append((word[:-1], "s"))
    if word.endswith("ied") and len(word) > 4:
        out.append((word[:-3] + "y", "ed"))
    if word.endswith("ed") and len(word) > 4:
        out += [(word[:-1], "ed"), (word[:-2], "ed")]
        if word[-3] == word[-4]:
            out.append((word[:-3], "ed"))
    if word.endswith("ing") and len(word) > 5:
        out += [(word[:-3], "ing"), (word[:-3] + "e", "ing")]
        if word[-4] == word[-5]:
            out.append((word[:-4], "ing"))
    return out


@dataclass(frozen=True)
class Span:
    first: int  # token indexes, inclusive
    last: int
    start: int  # character offsets
    end: int
    source: str
    options: tuple[str, ...]  # inflected replacements
    content: int = 0


@dataclass
class SpinStats:
    content_words: int = 0
    changed: int = 0
    swaps: list[tuple[str, str]] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.changed / self.content_words if self.content_words else 0.0

    @property
    def multi(self) -> int:
        """Swaps with a multi-word side (multi -> single, single -> multi, multi -> multi)."""
        return sum(1 for a, b in self.swaps if " " in a or " " in b or "-" in a or "-" in b)

    def add(self, other: SpinStats) -> None:
        self.content_words += other.content_words
        self.changed += other.changed
        self.swaps += other.swaps


class MythesSpinner:
    """A blind thesaurus spinner over MyThes: longest phrase first, any sense, any listed term."""

    def __init__(self, path: Path = MYTHES) -> None:
        self.table = load_mythes(path)

    def _options(self, key: str, single: bool) -> tuple[str, ...]:
        senses = self.table.get(key)
        if senses:
            return tuple(dict.fromkeys(t for s in senses for t in s.targets))
        if not single:
            return ()
        opts: list[str] = []
        for base, form in base_forms(key):
            for sense in self.table.get(base, ()):
                if form in ("ed", "en", "ing") and sense.pos != "verb":
                    continue
                if form == "s" and sense.pos not in ("noun", "verb"):
                    continue
                opts += [inflect(t, sense.pos, form) for t in sense.targets]
            if opts:
                break
        return tuple(dict.fromkeys(o for o in opts if o != key))

    def spans(self, text: str) -> tuple[list[Span], int]:
        """Candidate spans (longest match first, left to right) and the content-word count."""
        tokens = list(WORD_RE.finditer(text))
        lower_vocab = {t.group().lower() for t in tokens if t.group()[:1].islower()}

        def is_content(m: re.Match[str]) -> bool:
            w = m.group()
            low = w.lower().replace("’", "'")
            if len(low) < 2 or not low.replace("'", "").isalpha() or low in FUNCTION_WORDS:
                return False
            return w[:1].islower() or low in lower_vocab

        flags = [is_content(t) for t in tokens]
        out: list[Span] = []
        i = 0
        while i < len(tokens):
            found: Span | None = None
            for length in range(min(MAX_PHRASE, len(tokens) - i), 0, -1):
                span = tokens[i : i + length]
                gaps = (text[a.end() : b.start()] for a, b in itertools.pairwise(span))
                if any(gap not in (" ", "-") for gap in gaps):
                    continue
                content = sum(flags[i : i + length])
                if not content:
                    continue
                source = text[span[0].start() : span[-1].end()]
                capitalised = source[1:].islower() and source.lower() in lower_vocab
                if not (source.islower() or capitalised):
                    continue  # names and capitalised phrases are left alone
                options = self._options(source.lower().replace("’", "'"), length == 1)
                if options:
                    found = Span(i, i + length - 1, span[0].start(), span[-1].end(), source,
                                 options, content)
                    break
            if found is None:
                i += 1
                continue
            out.append(found)
            i = found.last + 1
        return out, sum(flags)

    def spin(self, text: str, rng: random.Random, rate: float | None = None,
             swaps: int | None = None) -> tuple[str, SpinStats]:
        """Swap about ``rate`` of the content words, or exactly ``swaps`` spans."""
        spans, total = self.spans(text)
        stats = SpinStats(total)
        order = list(spans)
        rng.shuffle(order)
        chosen: list[tuple[Span, str]] = []
        goal = round(rate * total) if rate is not None else total
        for span in order:
            if swaps is not None and len(chosen) >= swaps:
                break
            if stats.changed >= goal:
                break
            over = stats.changed + span.content - goal
            if over > 0 and over > goal - stats.changed:
                continue
            target = rng.choice(span.options)
            chosen.append((span, target))
            stats.changed += span.content
            stats.swaps.append((span.source.lower(), target))
        out: list[str] = []
        pos = 0
        for span, target in sorted(chosen, key=lambda c: c[0].start):
            out += [text[pos : span.start], _match_case(span.source, target)]
            pos = span.end
        out.append(text[pos:])
        return "".join(out), stats


# --------------------------------------------------------------------------------------------
# Building a split


class Builder:
    def __init__(self, split: str, seed: int, articles: list[Article], hosts: list[Article],
                 spinner: MythesSpinner, scale: float) -> None:
        self.corpus = Corpus(random.Random(f"hardset-{split}-{seed}"),
                             random.Random(f"hardset-ids-{split}-{seed}"))
        self.rng = self.corpus.rng
        self.spinner = spinner
        self.scale = scale
        self.hosts = list(hosts)
        self.notes: dict[str, str] = {}  # copy/source -> note
        self.variants: dict[tuple[str, str], str] = {}
        self.originals: dict[str, Doc] = {}
        self.article_of: dict[str, Article] = {}
        for art in articles:
            doc = self.corpus.add(art.name, [], ())
            doc.blocks = self.blocks_of(art, doc.id)
            doc.roots = (doc.id,)
            self.originals[doc.id] = doc
            self.article_of[doc.id] = art
        self.unused = sorted(self.originals)
        self.rng.shuffle(self.unused)
        self.spin_totals: dict[str, SpinStats] = defaultdict(SpinStats)
        self.names_of: dict[str, set[str]] = {}
        self.shared_names = 0

    def count(self, case: str) -> int:
        return max(1, round(COUNTS[case] * self.scale))

    @staticmethod
    def blocks_of(art: Article, origin: str | None) -> list[Block]:
        return [Block(art.title, origin), *(Block(p, origin) for p in art.paras)]

    def take_source(self, ok: Callable[[Article], bool] | None = None,
                    near: Article | None = None) -> Doc | None:
        """The next unused original that ``ok`` accepts; with ``near``, the one sharing the
        most names with it (an on-topic source for a host text), if it shares two or more."""
        best: tuple[int, int] | None = None
        wanted = names(near.text) if near is not None else set()
        for i, doc_id in enumerate(self.unused):
            art = self.article_of[doc_id]
            if ok is not None and not ok(art):
                continue
            if near is None:
                best = (0, i)
                break
            if doc_id not in self.names_of:
                self.names_of[doc_id] = names(art.text)
            shared = len(wanted & self.names_of[doc_id])
            if best is None or shared > best[0]:
                best = (shared, i)
        if best is None:
            return None
        doc_id = self.unused.pop(best[1])
        self.shared_names = best[0]
        return self.originals[doc_id]

    def topic_note(self) -> str:
        if self.shared_names < 2:
            return ""
        return f" (on-topic host, {self.shared_names} shared names)"

    def take_host(self) -> Article:
        if not self.hosts:
            raise RuntimeError("ran out of host texts: lower --scale")
        return self.hosts.pop()

    def relate(self, copy: Doc, source: Doc, kind: str, rate: float, variant: str,
               note: str) -> None:
        self.corpus.relate(copy, source, kind, rate, note)
        self.variants[copy.id, source.id] = variant

    def spin_paras(self, paras: Sequence[str], rate: float, variant: str
                   ) -> tuple[list[str], SpinStats]:
        text, stats = self.spinner.spin("\n\n".join(paras), self.rng, rate=rate)
        out = text.split("\n\n")
        assert len(out) == len(paras)
        self.spin_totals[variant].add(stats)
        return out, stats

    def maybe_wrap(self, blocks: list[Block], p: float, notes: list[str]) -> list[Block]:
        if self.rng.random() >= p:
            return blocks
        site = self.rng.choice(SITES)
        where = self.rng.choice(("both", "both", "top", "bottom"))
        notes.append(f"site {site.name} ({where}), re-dated")
        return wrap_boilerplate(blocks, site, self.rng, where=where)

    def redate(self, blocks: list[Block], notes: list[str]) -> list[Block]:
        day = format_date(random_day(self.rng), self.rng.randrange(5), self.rng)
        notes.append("dateline added")
        return [blocks[0], Block(f"Published {day}", None, "\n"), *blocks[1:]]

    # --- cases ------------------------------------------------------------------------------

    def verbatim(self) -> list[Doc]:
        made: list[Doc] = []
        for _ in range(self.count("verbatim")):
            src = self.take_source()
            if src is None:
                break
            body = [Block(b.text, src.id) for b in src.blocks]
            notes: list[str] = []
            style = self.rng.random()
            if style < 0.15:
                body = body[1:]
                notes.append("headline dropped")
            elif style < 0.35:
                body = [Block(curly_quotes(b.text), b.origin) for b in body]
                notes.append("curly quotes")
            elif style < 0.45:
                body = [body[0], *(Block(b.text, b.origin, "\n") for b in body[1:])]
                notes.append("single line breaks")
            if self.rng.random() < 0.3:
                body = self.redate(body, notes)
            body = self.maybe_wrap(body, 0.7, notes)
            copy = self.corpus.add(f"{src.label}/verbatim", body, src.roots)
            self.relate(copy, src, "verbatim", 0.0, "verbatim", ", ".join(notes) or "plain")
            made.append(copy)
        return made

    def spun(self) -> list[Doc]:
        made: list[Doc] = []
        for rate in SPIN_RATES:
            variant = f"spun-{rate}"
            for _ in range(self.count("spun")):
                src = self.take_source()
                if src is None:
                    break
                paras, stats = self.spin_paras([b.text for b in src.blocks], rate, variant)
                blocks = [Block(p, src.id) for p in paras]
                notes = [f"{stats.changed}/{stats.content_words} content words, "
                         f"{len(stats.swaps)} swaps, {stats.multi} multi-word"]
                blocks = self.maybe_wrap(blocks, 0.4, notes)
                copy = self.corpus.add(f"{src.label}/{variant}", blocks, src.roots)
                self.relate(copy, src, "spun", round(stats.rate, 3), variant, ", ".join(notes))
                made.append(copy)
        return made

    def host_blocks(self, host: Article) -> list[Block]:
        return self.blocks_of(host, None)

    def embed(self, host: Article, run: list[Block]) -> tuple[list[Block], str]:
        blocks = self.host_blocks(host)
        at = self.rng.randint(2, len(blocks))
        return blocks[:at] + run + blocks[at:], f"after host paragraph {at - 1} of {host.name}"

    def small_excerpt(self) -> None:
        def runs(art: Article) -> list[tuple[int, int]]:
            total = art.words
            out = []
            for k in (1, 2):
                for i in range(len(art.paras) - k + 1):
                    run = art.paras[i : i + k]
                    share = sum(count_words(p) for p in run) / total
                    # mostly quotation, or a paragraph the dataset split mid-sentence: no
                    # evidence of copying either way
                    if any(not p[:1].isalnum() and p[:1] not in QUOTE_CHARS for p in run):
                        continue
                    joined = " ".join(run)
                    if 0.05 <= share <= 0.09 and quoted_share(joined) <= 0.5 and prose(joined):
                        out.append((i, k))
            return out

        for n in range(self.count("small-excerpt")):
            # a third take the lead paragraph (one sentence in BBC style), the rest a later one
            lead = n % 3 == 0
            host = self.take_host()

            def fits(art: Article, lead: bool = lead) -> bool:
                return any((r[0] == 0) == lead for r in runs(art))

            src = self.take_source(fits, host)
            if src is None:
                break
            topic = self.topic_note()
            art = self.article_of[src.id]
            i, k = self.rng.choice([r for r in runs(art) if (r[0] == 0) == lead])
            run = [Block(p, src.id) for p in art.paras[i : i + k]]
            share = sum(count_words(p) for p in art.paras[i : i + k]) / art.words
            blocks, where = self.embed(host, run)
            notes = [f"paragraph{'s' if k > 1 else ''} {i + 1}-{i + k} ({share:.1%} of source) "
                     + where + topic]
            blocks = self.maybe_wrap(blocks, 0.3, notes)
            copy = self.corpus.add(f"{src.label}/small-excerpt", blocks, src.roots)
            self.relate(copy, src, "partial", 0.0, "small-excerpt", ", ".join(notes))

    def scattered(self, quote: bool) -> None:
        variant = "scattered-quote" if quote else "scattered"

        def picks(art: Article) -> list[tuple[int, int, str, str | None]]:
            """(paragraph, sentence, text, following quotation or None) of 20-33 words."""
            out = []
            for pi, para in enumerate(art.paras):
                sents = split_sentences(para)
                for si, s in enumerate(sents):
                    if (not 20 <= count_words(s) <= 33 or any(c in s for c in QUOTE_CHARS)
                            or not prose(s)):
                        continue
                    nxt = sents[si + 1] if si + 1 < len(sents) else None
                    if nxt is not None and not (nxt[:1] in QUOTE_CHARS and count_words(nxt) < 40
                                                and balanced(nxt)):
                        nxt = None
                    out.append((pi, si, s, nxt))
            return out

        for _ in range(self.count(variant)):
            host = self.take_host()

            def fits(art: Article) -> bool:
                found = picks(art)
                return len(found) >= 3 and (not quote or any(c[3] is not None for c in found))

            src = self.take_source(fits, host)
            if src is None:
                break
            topic = self.topic_note()
            art = self.article_of[src.id]
            cands = picks(art)
            n = self.rng.choice((2, 3, 3))
            chosen = sorted(self.rng.sample(cands, n))
            # host sentences as blocks, paragraph by paragraph
            host_sents: list[list[str]] = [split_sentences(p) for p in host.paras]
            # a copied sentence goes before a host sentence, so any two are kept apart, and
            # never inside a quotation the host left open (BBC quotes run over sentences)
            slots = [(pi, si) for pi, ss in enumerate(host_sents) for si in range(len(ss))
                     if not quote_open(ss[:si])]
            qslots = [(pi, si + d) for pi, ss in enumerate(host_sents)
                      for si, s in enumerate(ss) if s[:1] in QUOTE_CHARS for d in (0, 1)
                      if (pi, si + d) in slots]
            if len(slots) <= n:
                slots = [(pi, si) for pi, ss in enumerate(host_sents) for si in range(len(ss))]
            few = len(set(qslots)) < n  # too few host quotations to go next to
            if quote and few:
                # bring the source's quotation along with one sentence at least
                with_quote = [c for c in cands if c[3] is not None]
                lead = self.rng.choice(with_quote)
                chosen = sorted([lead, *[c for c in chosen if c != lead][: n - 1]])
            inserts: dict[tuple[int, int], list[Block]] = defaultdict(list)
            descr: list[str] = []
            used: list[tuple[int, int]] = []
            for pi, si, sentence, following in chosen:
                changes = self.rng.choice((0, 0, 1, 2))
                text = sentence
                if changes:
                    text, stats = self.spinner.spin(sentence, self.rng, swaps=changes)
                    changes = len(stats.swaps)
                    self.spin_totals[variant].add(stats)
                pieces = [Block(text, src.id, " ")]
                where = ""
                if quote and following is not None and (few or self.rng.random() < 0.3):
                    pieces.append(Block(following, src.id, " "))
                    where = " with the source's quotation"
                pool = qslots if quote and not where and qslots else slots
                free = [s for s in pool if s not in used] or [s for s in slots if s not in used]
                slot = self.rng.choice(free)
                if quote and not where and slot in qslots:
                    where = " next to a host quotation"
                used.append(slot)
                inserts[slot] += pieces
                descr.append(f"p{pi + 1}s{si + 1} ({count_words(sentence)} words, "
                             f"{changes} changed){where}")
            blocks = [Block(host.title, None)]
            for pi, ss in enumerate(host_sents):
                first = True
                for si in range(len(ss) + 1):
                    for b in [*inserts.get((pi, si), []), *([Block(ss[si], None, " ")]
                                                            if si < len(ss) else [])]:
                        blocks.append(Block(b.text, b.origin, "\n\n" if first else " "))
                        first = False
            notes = [f"{len(chosen)} sentences in {host.name}{topic}: " + "; ".join(descr)]
            blocks = self.maybe_wrap(blocks, 0.3, notes)
            copy = self.corpus.add(f"{src.label}/{variant}", blocks, src.roots)
            self.relate(copy, src, "partial", 0.0, variant, ", ".join(notes))

    def spun_excerpt(self) -> None:
        variant = "spun-excerpt"
        for _ in range(self.count(variant)):
            src = self.take_source(lambda a: len(a.paras) >= 4)
            if src is None:
                break
            art = self.article_of[src.id]
            k = self.rng.randint(2, min(4, len(art.paras) - 1))
            i = self.start(art, k)
            while k < len(art.paras) and sum(count_words(p) for p in art.paras[i : i + k]) < 80:
                k += 1
                i = min(i, len(art.paras) - k)
            paras, stats = self.spin_paras(art.paras[i : i + k], 0.3, variant)
            swaps = 0
            for _ in range(self.rng.randint(1, 3)):
                eligible = [j for j, p in enumerate(paras) if len(split_sentences(p)) >= 2]
                if not eligible:
                    break
                j = self.rng.choice(eligible)
                sents = split_sentences(paras[j])
                x = self.rng.randrange(len(sents) - 1)
                sents[x], sents[x + 1] = sents[x + 1], sents[x]
                paras[j] = " ".join(sents)
                swaps += 1
            run = [Block(p, src.id) for p in paras]
            for line in self.rng.sample(JUNK_LINES, self.rng.randint(1, 2)):
                run.insert(self.rng.randint(1, len(run)), Block(line, None))
            blocks, where = self.embed(self.take_host(), run)
            notes = [f"paragraphs {i + 1}-{i + k} spun ({stats.changed}/{stats.content_words}, "
                     f"{stats.multi} multi-word swaps), {swaps} sentence swaps, junk lines, "
                     + where]
            copy = self.corpus.add(f"{src.label}/{variant}", blocks, src.roots)
            self.relate(copy, src, "spun-partial", round(stats.rate, 3), variant,
                        ", ".join(notes))

    def start(self, art: Article, k: int) -> int:
        """First paragraph of a run of ``k``, preferring prose that is not mostly quotation."""
        starts = range(len(art.paras) - k + 1)
        good = [i for i in starts if quoted_share(" ".join(art.paras[i : i + k])) <= 0.5
                and prose(" ".join(art.paras[i : i + k]))]
        return self.rng.choice(good or list(starts))

    def mosaic(self) -> None:
        for _ in range(self.count("mosaic")):
            one = self.take_source(lambda a: len(a.paras) >= 4)
            two = self.take_source(lambda a: len(a.paras) >= 3)
            if one is None or two is None:
                break
            a1, a2 = self.article_of[one.id], self.article_of[two.id]
            k1 = self.rng.randint(2, min(4, len(a1.paras)))
            k2 = self.rng.randint(2, min(3, len(a2.paras)))
            i1, i2 = self.start(a1, k1), self.start(a2, k2)
            blocks = [Block(a1.title, one.id), *(Block(p, one.id) for p in a1.paras[i1 : i1 + k1]),
                      *(Block(p, two.id) for p in a2.paras[i2 : i2 + k2])]
            notes = [f"headline and paragraphs {i1 + 1}-{i1 + k1} of {a1.name}, then "
                     f"paragraphs {i2 + 1}-{i2 + k2} of {a2.name}"]
            blocks = self.maybe_wrap(blocks, 0.3, notes)
            copy = self.corpus.add(f"{one.label}+{two.label}/mosaic", blocks,
                                   one.roots + two.roots)
            self.relate(copy, one, "partial", 0.0, "mosaic", "first source: " + notes[0])
            self.relate(copy, two, "partial", 0.0, "mosaic", "second source: " + notes[0])

    def copy_of_copy(self, verbatims: list[Doc], spuns: list[Doc]) -> None:
        n = self.count("copy-of-copy")
        n_repost = (n + 1) // 2
        for base in self.rng.sample(spuns, min(n_repost, len(spuns))):
            body = [Block(b.text, base.id, b.sep) for b in base.blocks if b.origin is not None]
            notes = ["re-post of a spun copy"]
            site = self.rng.choice(SITES)
            body = wrap_boilerplate(body, site, self.rng)
            notes.append(f"site {site.name}")
            copy = self.corpus.add(f"{base.label}/repost", body, base.roots)
            self.relate(copy, base, "verbatim", 0.0, "copy-of-copy", ", ".join(notes))
        for base in self.rng.sample(verbatims, min(n - n_repost, len(verbatims))):
            rate = self.rng.choice(SPIN_RATES[:2])
            article = [b.text for b in base.blocks if b.origin is not None]
            paras, stats = self.spin_paras(article, rate, "copy-of-copy")
            copy = self.corpus.add(f"{base.label}/spun-{rate}", [Block(p, base.id) for p in paras],
                                   base.roots)
            self.relate(copy, base, "spun", round(stats.rate, 3), "copy-of-copy",
                        f"verbatim copy spun at {rate} ({stats.changed}/{stats.content_words})")

    def twice(self) -> None:
        """A source copied on two sites: verbatim on one, spun at 0.3 on the other (the two
        copies are a neutral pair)."""
        for _ in range(self.count("twice")):
            src = self.take_source()
            if src is None:
                break
            notes: list[str] = ["also spun on another site"]
            body = self.maybe_wrap([Block(b.text, src.id) for b in src.blocks], 1.0, notes)
            copy = self.corpus.add(f"{src.label}/twice-verbatim", body, src.roots)
            self.relate(copy, src, "verbatim", 0.0, "twice", ", ".join(notes))
            paras, stats = self.spin_paras([b.text for b in src.blocks], 0.3, "twice")
            notes = [f"also copied verbatim on another site; spun {stats.changed}/"
                     f"{stats.content_words}"]
            blocks = self.maybe_wrap([Block(p, src.id) for p in paras], 0.5, notes)
            copy = self.corpus.add(f"{src.label}/twice-spun", blocks, src.roots)
            self.relate(copy, src, "spun", round(stats.rate, 3), "twice", ", ".join(notes))

    def boilerplate_distractors(self) -> None:
        for _ in range(self.count("boilerplated-distractor")):
            if not self.unused:
                break
            doc = self.originals[self.unused.pop()]
            site = self.rng.choice(SITES)
            doc.blocks = wrap_boilerplate(doc.blocks, site, self.rng)
            doc.label += f" (boilerplate {site.name})"

    def build(self) -> Corpus:
        verbatims = self.verbatim()
        spuns = self.spun()
        self.small_excerpt()
        self.scattered(quote=False)
        self.scattered(quote=True)
        self.spun_excerpt()
        self.mosaic()
        self.copy_of_copy(verbatims, spuns)
        self.twice()
        self.boilerplate_distractors()
        add_neutral(self.corpus)
        return self.corpus


def build_split(split: str, seed: int = DEFAULT_SEED, scale: float = 1.0,
                max_articles: int | None = None, bbc: Path = BBC, mythes: Path = MYTHES
                ) -> tuple[Builder, dict[str, object]]:
    articles = read_bbc(bbc, SPLITS[split])
    if max_articles is not None:
        rng = random.Random(f"hardset-subset-{split}-{seed}")
        articles = sorted(rng.sample(articles, min(max_articles, len(articles))),
                          key=lambda a: a.name)
    kept, dropped = deduplicate(articles)
    rng = random.Random(f"hardset-hosts-{split}-{seed}")
    order = list(kept)
    rng.shuffle(order)
    n_hosts = round((COUNTS["small-excerpt"] + COUNTS["scattered"] + COUNTS["scattered-quote"]
                     + COUNTS["spun-excerpt"]) * scale) + 4
    hosts, pool = order[:n_hosts], sorted(order[n_hosts:], key=lambda a: a.name)
    builder = Builder(split, seed, pool, hosts, MythesSpinner(mythes), scale)
    builder.build()
    info: dict[str, object] = {"articles_read": len(articles), "near_duplicates_dropped": dropped,
                               "hosts_held_out": len(hosts)}
    return builder, info


# --------------------------------------------------------------------------------------------
# Output and checks


def truth_lines(builder: Builder) -> list[str]:
    lines = []
    for rel in builder.corpus.relations:
        record = json.loads(truth_line(rel))
        if rel.kind != "neutral":
            record["variant"] = builder.variants[rel.copy, rel.source]
            record["note"] = rel.variant
        lines.append(json.dumps(record, ensure_ascii=False))
    return lines


def quoted_share(text: str) -> float:
    """Share of the words of ``text`` inside quotation marks (an unclosed quotation runs to the
    end, as BBC quotations run over sentences)."""
    inside = False
    quoted = total = 0
    for m in re.finditer(r'["“”]|\w+', text):
        tok = m.group()
        if tok == '"':
            inside = not inside
        elif tok in "“”":
            inside = tok == "“"
        else:
            total += 1
            quoted += inside
    return quoted / total if total else 0.0


def prose(text: str) -> bool:
    """Running text, not a list of names or scores: half its words or more in lower case."""
    words = WORD_RE.findall(text)
    return bool(words) and sum(w[:1].islower() for w in words) >= 0.5 * len(words)


def quote_open(sentences: Iterable[str]) -> bool:
    """Whether a quotation is still open after these sentences of one paragraph. BBC style
    opens each sentence of a long quotation anew without closing the one before, so a sentence
    that starts with a quotation mark inside an open quotation continues it."""
    inside = False
    for sentence in sentences:
        marks = [c for c in sentence if c in QUOTE_CHARS]
        if inside and sentence[:1] in "\"“":
            marks = marks[1:]
        for mark in marks:
            inside = (not inside) if mark == '"' else mark == "“"
    return inside


def balanced(text: str) -> bool:
    """No quotation left open at the end of ``text``."""
    return text.count('"') % 2 == 0 and text.count("“") <= text.count("”")


def straight(text: str) -> str:
    return text.replace("“", '"').replace("”", '"').replace("’", "'")


def check(builder: Builder) -> list[str]:
    """Invariants of the labels; returns problems (empty when all hold)."""
    problems: list[str] = []
    docs = {d.id: d for d in builder.corpus.docs}
    for rel in builder.corpus.relations:
        if rel.kind == "neutral":
            continue
        copy, src = docs[rel.copy], docs[rel.source]
        variant = builder.variants[rel.copy, rel.source]
        expected = copy.words_from(src.id) / count_words(copy.text)
        if abs(expected - rel.copied) > 0.001:
            problems.append(f"{rel.copy}: copied {rel.copied} != {expected:.3f}")
        src_text = src.text
        pieces = [b.text for b in copy.blocks if b.origin == src.id]
        if rel.kind in ("verbatim", "partial") and not variant.startswith("scattered"):
            for p in pieces:
                if straight(p) not in straight(src_text):
                    problems.append(f"{rel.copy}: block not in source: {p[:60]}")
        if variant.startswith("scattered"):
            copied = [p for p in pieces if p[:1] not in QUOTE_CHARS]
            if len(copied) < 2:
                problems.append(f"{rel.copy}: scattered copy with {len(copied)} sentences")
            for p in copied:
                n = count_words(p)
                src_words = set(_words(src_text))
                changed = sum(1 for w in _words(p) if w not in src_words)
                if not 18 <= n <= 40 or changed > 6:
                    problems.append(f"{rel.copy}: scattered sentence off ({n} words, {changed})")
            para: list[str] = []
            for b in copy.blocks:
                if b.sep != " ":
                    para = []
                if b.origin == src.id and quote_open(para):
                    problems.append(f"{rel.copy}: a copied sentence inside a host quotation")
                para.append(b.text)
            if variant == "scattered-quote" and "quotation" not in rel.variant:
                problems.append(f"{rel.copy}: no copied sentence next to a quotation")
            # no two copied (non-quote) sentences next to each other
            seq = [b.origin == src.id and b.text[:1] not in QUOTE_CHARS for b in copy.blocks]
            if any(a and b for a, b in itertools.pairwise(seq)):
                problems.append(f"{rel.copy}: two copied sentences in a row")
        if variant == "small-excerpt":
            share = copy.words_from(src.id) / count_words(src.text)
            if not 0.045 <= share <= 0.095:
                problems.append(f"{rel.copy}: small excerpt is {share:.3f} of the source")
    return problems


def summary(builder: Builder, info: dict[str, object]) -> str:
    corpus = builder.corpus
    by_variant: dict[str, int] = defaultdict(int)
    for (_copy, _src), variant in builder.variants.items():
        by_variant[variant] += 1
    neutral = sum(1 for r in corpus.relations if r.kind == "neutral")
    lines = [f"documents: {len(corpus.docs)} ({len(builder.originals)} BBC originals)",
             *(f"{k}: {v}" for k, v in info.items()),
             *(f"  {v}: {n}" for v, n in sorted(by_variant.items())), f"  neutral: {neutral}"]
    for variant, st in sorted(builder.spin_totals.items()):
        rates = [r.rate for r in corpus.relations
                 if builder.variants.get((r.copy, r.source)) == variant and r.rate > 0]
        spread = f", realised {min(rates):.3f}-{max(rates):.3f}" if rates else ""
        lines.append(f"spin {variant}: {len(st.swaps)} swaps, {st.multi} multi-word "
                     f"({st.multi / max(1, len(st.swaps)):.0%}), rate {st.rate:.3f}{spread}")
    return "\n".join(lines)


def write(builder: Builder, out: Path,
          hard_negatives: Iterable[tuple[str, str, int, int]]) -> None:
    folder = out / "docs"
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.txt"):
        old.unlink()
    for doc in builder.corpus.docs:
        (folder / f"{doc.id}.txt").write_text(doc.text, encoding="utf-8", newline="\n")
    (out / "truth.jsonl").write_text("\n".join(truth_lines(builder)) + "\n", encoding="utf-8",
                                     newline="\n")
    manifest = [json.dumps({"id": f"{d.id}.txt", "label": d.label}) for d in builder.corpus.docs]
    (out / "manifest.jsonl").write_text("\n".join(manifest) + "\n", encoding="utf-8")
    hn = [json.dumps({"a": f"{a}.txt", "b": f"{b}.txt", "shared_names": n, "shared_8grams": g})
          for a, b, n, g in hard_negatives]
    (out / "hard_negatives.jsonl").write_text("".join(line + "\n" for line in hn),
                                              encoding="utf-8")


def corpus_hard_negatives(builder: Builder) -> list[tuple[str, str, int, int]]:
    items = [(doc_id, builder.article_of[doc_id]) for doc_id in sorted(builder.originals)]
    return hard_negative_pairs(items)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("out", type=Path)
    parser.add_argument("--split", choices=sorted(SPLITS), default="dev")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every case count")
    parser.add_argument("--max-articles", type=int, default=None,
                        help="read only this many BBC articles (tiny test corpora)")
    parser.add_argument("--bbc", type=Path, default=BBC)
    parser.add_argument("--mythes", type=Path, default=MYTHES)
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    if not args.bbc.is_dir():
        parser.error(f"no BBC News folder at {args.bbc}")
    if not args.mythes.is_file():
        parser.error(f"no MyThes thesaurus at {args.mythes} (apt-get install -y mythes-en-us)")
    builder, info = build_split(args.split, args.seed, args.scale, args.max_articles, args.bbc,
                                args.mythes)
    problems = check(builder)
    if problems:
        print("\n".join(problems[:20]), file=sys.stderr)
        return 1
    negatives = corpus_hard_negatives(builder)
    write(builder, args.out, negatives)
    if not args.quiet:
        print(summary(builder, info))
        print(f"hard negatives (same-story pairs): {len(negatives)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
