"""One speaker under many spellings: Marzook / Marzouk / Marzouq, Zakharova / Maria Zakharova.

Names are compared part by part after folding case, accents and hyphens, on their letters and on a
consonant skeleton that transliterations share ("Al-Haddad", "al-Hadad", "Alhaddad" → "alhd").
A *strong* match (same surname, compatible given names) joins two names anywhere; a *weak* one
(similar surnames, as transliterations drift further: "Hrytsenko" / "Gritsenko") only joins names
that speak variants of one quotation, so two people who share a surname stay apart. A full
name's usual gender comes from its first name (1990 US Census lists, ``data/first-names.tsv``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import cache, lru_cache
from importlib.resources import files

from rapidfuzz import fuzz

from unspin.text.fold import fold

STRONG = 0.9
WEAK = 0.75


@lru_cache(maxsize=100_000)
def _parts(name: str) -> tuple[str, ...]:
    parts = tuple(p for p in (re.sub(r"[^a-z]", "", fold(w)) for w in name.split()) if p)
    return parts[1:] if len(parts) > 1 and parts[0] == "the" else parts  # "The Icelandic …"


@lru_cache(maxsize=100_000)
def skeleton(part: str) -> str:
    """First letter, then consonants without h/w/y, repeats collapsed: "haddad" → "hd"; letters
    that transliterations swap are made one ("q"/"k", "x"/"ks", "ph"/"f")."""
    if not part:
        return ""
    part = part[0] + part[1:].replace("ph", "f").replace("q", "k").replace("x", "ks")
    tail = re.sub(r"[aeiouyhw]", "", part[1:])
    key = part[0] + tail
    return re.sub(r"(.)\1+", r"\1", key)


def _similar(a: str, b: str) -> float:
    if a == b:
        return 1.0
    letters = fuzz.ratio(a, b) / 100
    sounds = fuzz.ratio(skeleton(a), skeleton(b)) / 100 if len(skeleton(a)) > 2 else 0.0
    return max(letters, sounds * 0.95)


def _given_compatible(a: str, b: str) -> bool:
    """"Sam" / "Samuel", "Femi" / "Olufemi", "Yusuf" / "Yousef", "Daria" / "Darya"."""
    if a == b or a.startswith(b) or b.startswith(a) or a.endswith(b) or b.endswith(a):
        return True
    if min(len(a), len(b)) >= 5 and skeleton(a) == skeleton(b):
        return True
    return fuzz.ratio(a, b) >= 75


def name_similarity(a: str, b: str, loose: bool = False) -> tuple[float, bool]:
    """(surname similarity, given names compatible) for two names as written; ``loose`` admits
    given names that drift further ("Oleksandr" / "Alexander")."""
    pa, pb = _parts(a), _parts(b)
    if not pa or not pb:
        return 0.0, False
    if "".join(pa) == "".join(pb) or sorted(pa) == sorted(pb):
        return 1.0, True  # "Morgan Lloyd" / "Morgan-Lloyd", "Baek Jun-ho" / "Jun-ho Baek"
    surname = max(_similar(pa[-1], pb[-1]),
                  _similar("".join(pa[1:]) or pa[-1], "".join(pb[1:]) or pb[-1]))
    if len(pa) == 1 or len(pb) == 1:
        return surname, True
    given = _given_compatible(pa[0], pb[0]) or (loose and fuzz.ratio(pa[0], pb[0]) >= 60)
    return surname, given


def same_person(a: str, b: str, evidence: bool) -> bool:
    """Are two names the same person? ``evidence``: they speak variants of one quotation."""
    surname, given = name_similarity(a, b, loose=evidence)
    full = len(_parts(a)) > 1 and len(_parts(b)) > 1
    if surname >= STRONG and given and full:
        return True
    return evidence and surname >= WEAK and given


def canonical_names(mentions: Iterable[tuple[str, str]], cooccur: set[frozenset[str]]
                    ) -> dict[str, str]:
    """Map each name to its person's canonical name.

    ``mentions`` are (name, quote id) pairs; ``cooccur`` the pairs of names that speak variants of
    one quotation. The canonical name is the person's most used full name.
    """
    counts: Counter[str] = Counter(name for name, _ in mentions)
    names = sorted(counts)
    parent = {n: n for n in names}

    def root(n: str) -> str:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    by_key: dict[str, list[str]] = {}
    for name in names:  # compare only names that share a surname skeleton's first letters
        parts = _parts(name)
        keys = {skeleton(parts[-1])[:2], skeleton("".join(parts[1:]))[:2] if len(parts) > 1
                else skeleton(parts[-1])[:2]} if parts else set()
        for key in keys:
            by_key.setdefault(key, []).append(name)
    for pair in cooccur:
        if len(pair) == 2:
            a, b = sorted(pair)
            if a in parent and b in parent and same_person(a, b, evidence=True):
                parent[root(a)] = root(b)
    for group in by_key.values():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if root(a) != root(b) and same_person(a, b, evidence=False):
                    parent[root(a)] = root(b)
    # A name written short ("Saylor", "Lopez Obrador", "National Hurricane Center", "LSE") is
    # the one person or body of the collection whose name ends with it, or whose acronym it is,
    # when there is exactly one (two Smiths leave "Smith" alone).
    tails: dict[tuple[str, ...], set[str]] = {}
    acronyms: dict[str, set[str]] = {}
    for name in names:
        parts = _parts(name)
        if len(parts) > 1:
            for k in range(1, len(parts)):
                tails.setdefault(parts[k:], set()).add(root(name))
            acronyms.setdefault(initials(name), set()).add(root(name))
    for several in (True, False):  # fuller names first, then single words
        grouped = {root(n) for n in names if len(_parts(n)) > 1}
        for name in names:
            parts = _parts(name)
            if (len(parts) > 1) != several or (not several and root(name) in grouped):
                continue  # (a single word already part of a person's group stays there)
            short = 2 <= len(name) <= 6 and name.isalpha() and name.isupper()
            owners = acronyms.get(name, set()) if short else tails.get(parts, set())
            owners = {root(o) for o in owners} - {root(name)}
            if len(owners) == 1:
                parent[root(name)] = next(iter(owners))
    members: dict[str, list[str]] = {}
    for name in names:
        members.setdefault(root(name), []).append(name)
    canonical = {}
    for group in members.values():
        best = max(group, key=lambda n: (len(_parts(n)) > 1, counts[n], len(n), n))
        for name in group:
            canonical[name] = best
    return canonical


def initials(name: str) -> str:
    """The capitals that start the words of a name ("London Stock Exchange" → "LSE")."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def acronym_of(short: str, name: str) -> bool:
    """Is ``short`` the acronym of ``name`` ("LSE" / "London Stock Exchange")?"""
    return 2 <= len(short) <= 6 and short.isupper() and short.isalpha() and short == initials(name)


@cache
def _first_names() -> dict[str, str]:
    table = files("unspin.quotations").joinpath("data/first-names.tsv").read_text("ascii")
    return dict(line.split("\t") for line in table.splitlines() if line)


def name_gender(name: str | None) -> str | None:
    """"m"/"f" by a full name's first name where the Census lists are clear about it ("Alison
    Howe" → "f"), else ``None`` ("Jools Holland", "Jamie", an organisation)."""
    words = (name or "").split()
    if len(words) < 2:
        return None
    return _first_names().get(fold(words[0]).lower())
