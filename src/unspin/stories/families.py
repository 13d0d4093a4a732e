"""Copy families: an original with its copies and copies of copies, from the relations of an index.

A family is a connected set of relations (each copy linked to its best source). Its root is the
article the others descend from. A relation's direction is *firm* when dates, a spinner's rarer
wording, or content-farm signs decided it, and *weak* when only coverage, the choice of a
near-duplicate group's root, nothing at all, or the wording of a rewrite did (a rewriter's words
are no spinner's thesaurus swaps). The contenders are the articles that are nobody's copy by a
firm direction; among them the evidence decides, in this order: no sign on the page itself of
being a copy (a content farm's byline, a line crediting another site for the text, a byline or
a licence line naming the news agency whose own version is in the family, as a client running
wire copy prints them, or a headline marking a later version such as "UPDATE 2-"), the most
copies descending from it by firm directions (copies of copies point back to the original; a
copy counts under the sources it is most fully made of, not under a sibling it also resembles),
a credit to a news agency (a dateline's "(Reuters)", "(AP)", a byline or licence line naming
one: rewriters, excerpts and spinners drop it), nobody's copy even by a weak direction,
the earlier publication date, a byline, and the most copies descending from it at all. A weak
direction that makes the root a copy is turned round, and says so. Every verdict carries its
reasons and the evidence against it, never hidden, and a confidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from unspin.components import components
from unspin.model import Article, IndexedRelation
from unspin.pipeline.provenance import COVERAGE, RARER, credits_another_site, weak

# A wire service's credit at the head of a story: "LONDON (Reuters) -", "(AP) —", "— AFP"; in
# parentheses in any case, as some clients' pages print it ("SAN FRANCISCO (ap) —").
_WIRE = re.compile(
    r"\(((?i:Reuters|AP|AFP|Bloomberg|dpa|UPI|PA))\)|\b(Associated Press|Agence France-Presse)\b"
    r"|[—–-]\s*(Reuters|AP|AFP)\b"
)
# A dateline's credit names the agency whose text it is, known or not: "LONDON, March 5
# (Reuters) -", "BALTIMORE (AP) —", "KELVERTON, May 23 (ANA) -".
_DATELINE = re.compile(
    r"^[ \t]*[A-Z][A-Z.'\u2019 -]{1,40}(?:,[^()\n]{1,30})?[ \t]*\(([^()\n]{2,40})\)[ \t]*"
    r"[-\u2013\u2014]", re.M)
_FARM_BYLINE = re.compile(r"\b(?:by|posted by)\s+admin\b", re.I)
# A hat tip on a line of its own names the page the text came from: "H/T The Advocate".
_HAT_TIP = re.compile(r"^[ \t]*(?:h/t|hat tip)\b[: \t]+\S", re.I | re.M)
_HEAD_CHARACTERS = 400  # a credit line stands at the head of the text
# News agencies, as a client's byline names them when it runs their copy.
_AGENCIES = frozenset({
    "reuters", "thomson reuters", "ap", "associated press", "the associated press", "afp",
    "agence france-presse", "agence france presse", "bloomberg", "bloomberg news", "pa",
    "pa media", "press association", "dpa", "upi", "xinhua", "efe", "ansa", "anadolu",
    "anadolu agency", "tass", "kyodo", "yonhap", "pti", "ani", "aap", "the canadian press",
    "canadian press",
})
# One agency under its names: "The Associated Press" and "(AP)" credit the same text.
_SAME_AGENCY = {"associated press": "ap", "the associated press": "ap",
                "thomson reuters": "reuters", "agence france-presse": "afp",
                "agence france presse": "afp", "bloomberg news": "bloomberg", "pa media": "pa",
                "press association": "pa", "canadian press": "the canadian press",
                "anadolu agency": "anadolu"}
_CREDIT = re.compile(r"\(([^()\n]{2,40})\)")  # "KELVERTON, May 23 (ANA) -"
# A headline marking a later version of a story: "UPDATE 2-...", "(Updates with ...)".
_UPDATE = re.compile(
    r"^\s*UPDATE\s*\d*\s*[-:\u2013\u2014]|\(\s*Updates?\s+(?:with|to|throughout)\b",
    re.I | re.M)

# The licence line a client prints under an agency's story it runs: "(Copyright 2017 The
# Associated Press. All rights reserved. This material may not be published, broadcast,
# rewritten or redistributed.)"
_LICENCE = re.compile(
    r"(?:copyright|\u00a9)[ \t]*(?:\d{4}[ \t]+)?([A-Za-z][A-Za-z .-]{1,40}?)[ \t]*\."
    r"[^\n]{0,80}?\bmay not be (?:published|reproduced)", re.I)


def _agency(name: str) -> str:
    """An agency's name as one key for its several names."""
    name = " ".join(name.lower().split())
    return _SAME_AGENCY.get(name, name)


@dataclass(frozen=True, slots=True)
class Evidence:
    """What the pages say, before any alignment, about which came first."""

    published: str | None = None
    wire_credit: bool = False
    byline: bool = False  # a byline of its own (a person's or the outlet's)
    farm: bool = False
    credited: bool = False  # the byline or a licence line names a news agency: a client's run
    update: bool = False  # the headline marks a later version ("UPDATE 2-")
    site: str | None = None  # the outlet: the site, else the address's host
    credits: frozenset[str] = frozenset()  # the agencies its head credits ("reuters", "ap")
    agency: str | None = None  # the agency its byline or licence line names (``credited``)
    credits_source: bool = False  # a line of its own credits another site for the text
    licensed: bool = False  # the agency is named by a client's licence line, not the byline

    @classmethod
    def of(cls, article: Article) -> Evidence:
        head = article.text[:_HEAD_CHARACTERS]
        farm = bool(article.byline and re.search(r"\badmin", article.byline, re.I)) or bool(
            _FARM_BYLINE.search(article.text))
        by_agency = _agency_byline(article.byline, head)
        agency = by_agency or _licensed_from(article.text)
        update = bool(_UPDATE.search(article.title or "")
                      or _UPDATE.search(head.split("\n\n", 1)[0]))
        site = article.site or (urlsplit(article.url).hostname if article.url else None)
        credits = frozenset(_agency(next(g for g in match.groups() if g))
                            for match in _WIRE.finditer(head)) | frozenset(
            _agency(name) for name in _DATELINE.findall(head))
        return cls(article.published, bool(credits),
                   bool(article.byline) and not farm and by_agency is None, farm,
                   agency is not None, update,
                   site.lower().removeprefix("www.") if site else None, credits, agency,
                   credits_another_site(article) or bool(_HAT_TIP.search(article.text)),
                   by_agency is None and agency is not None)


def _copy_signs(article: str, articles: Sequence[str], evidence: Mapping[str, Evidence]
                ) -> tuple[str, ...]:
    """What on the page itself says it is a copy, or a later version of another member's
    report: a line crediting another site for the text ("Source: example.com", "H/T The
    Advocate"); a headline marking an update counts only beside another page of the same
    outlet (its first version); an outlet's update of its own post is no copy of another's; a
    byline or a licence line naming a news agency only beside the agency's own version (a page
    crediting it in its dateline under neither): where the agency's page is not in the family,
    the client's credited run is the nearest there is to it."""
    mine = evidence.get(article, Evidence())
    others = [evidence.get(a, Evidence()) for a in articles if a != article]
    later = mine.update and mine.site is not None and any(e.site == mine.site for e in others)
    client = mine.agency is not None and any(
        mine.agency in e.credits and not e.credited for e in others)
    return tuple(sign for sign, present in (
        ("content-farm signs", mine.farm),
        ("a line crediting another site for its text", mine.credits_source),
        (f"a {'licence line' if mine.licensed else 'byline'} naming the news agency it "
         f"credits", client),
        (f"a headline marking a later version of its outlet's ({mine.site}) report", later))
        if present)


def _licensed_from(text: str) -> str | None:
    """The news agency whose licence line the page prints (a client running its story)."""
    for match in _LICENCE.finditer(text):
        name = _agency(match.group(1))
        if name in _AGENCIES or name in _SAME_AGENCY.values():
            return name
    return None


def _agency_byline(byline: str | None, head: str) -> str | None:
    """The news agency ``byline`` names, if it names one: a known one, or the one the
    article's own dateline credits ("KELVERTON, May 23 (ANA) -" under the byline "ANA")."""
    if not byline:
        return None
    name = re.sub(r"^\s*by\s+", "", byline.strip(), flags=re.I).strip(" .").lower()
    if not name:
        return None
    if name in _AGENCIES or any(credit.strip().lower() == name
                                for credit in _CREDIT.findall(head)):
        return _agency(name)
    return None


@dataclass(frozen=True, slots=True)
class Edge:
    copy: str
    source: str
    kind: str
    why: str
    copied: float = 0.0  # the share of the copy aligned with the source

    def to_json(self) -> dict[str, str]:
        return {"copy": self.copy, "source": self.source, "kind": self.kind, "why": self.why}


@dataclass(frozen=True, slots=True)
class Family:
    root: str
    articles: tuple[str, ...]  # the root first, then by id
    edges: tuple[Edge, ...]
    confidence: float
    why: tuple[str, ...]  # why the root is the root
    against: tuple[str, ...] = field(default=())  # evidence that points elsewhere

    def to_json(self) -> dict[str, object]:
        return {"root": self.root, "articles": list(self.articles),
                "edges": [e.to_json() for e in self.edges], "confidence": self.confidence,
                "why": list(self.why), "against": list(self.against)}


@dataclass(frozen=True, slots=True)
class FamilyView:
    """One article's copy family as its story draws it, beside the story's independent reports
    (the articles of the story in no copy family; the family's own members are never among
    them)."""

    family: Family
    story: str
    title: str | None
    independent: tuple[str, ...]

    def to_json(self) -> dict[str, object]:
        return {**self.family.to_json(), "story": self.story, "title": self.title,
                "independent": list(self.independent)}


def families(relations: Iterable[IndexedRelation], evidence: Mapping[str, Evidence]
             ) -> list[Family]:
    """The copy families the relations form, each with its root explained (``evidence``: per
    article id; an article missing from it has none). Ordered by root id."""
    edges = [Edge(r.copy, r.source, r.kind, r.direction or r.reason, r.copied)
             for r in relations]
    head_of = components((e.copy, e.source) for e in edges)
    members: dict[str, list[str]] = {}
    for article, head in head_of.items():
        members.setdefault(head, []).append(article)
    by_family: dict[str, list[Edge]] = {}
    for edge in carried_by_twins(edges):
        by_family.setdefault(head_of[edge.copy], []).append(edge)
    found = [_family(sorted(articles), by_family.get(key, []), evidence)
             for key, articles in members.items()]
    return sorted(found, key=lambda f: f.root)


def carried_by_twins(edges: Sequence[Edge]) -> list[Edge]:
    """The edges without those a verbatim reprint repeats. The scan links a copy to each of
    two identical pages (an original and its reprint, a spun copy and its reprint) where the
    text cannot say which it took from; the family draws one line:

    - X ← Y when X also took from Z and Y reprints Z word for word (X took the text from Z,
      the page Y reprinted);
    - X ← Z when X reprints Y word for word and Y ← Z (the reprint's line to Z is Y's).

    A copy keeps at least one line."""
    verbatim = {(e.copy, e.source) for e in edges if e.kind == "verbatim"}
    sources: dict[str, set[str]] = {}
    for edge in edges:
        sources.setdefault(edge.copy, set()).add(edge.source)

    def reprinted_source(e: Edge) -> bool:
        return any((e.source, z) in verbatim for z in sources[e.copy] - {e.source})

    def twin_carries_it(e: Edge) -> bool:
        return e.kind != "verbatim" and any(
            (e.copy, y) in verbatim and e.source in sources.get(y, ())
            for y in sources[e.copy] - {e.source})

    kept = list(edges)
    for redundant in (reprinted_source, twin_carries_it):
        left = {e.copy: 0 for e in kept}
        for edge in kept:
            left[edge.copy] += 1
        pruned = []
        for edge in kept:
            if left[edge.copy] > 1 and redundant(edge):
                left[edge.copy] -= 1
                sources[edge.copy].discard(edge.source)
                continue
            pruned.append(edge)
        kept = pruned
    return kept


_SAME_OUTLET = "its outlet's later version adds to its first, so coverage reads the other way"


# A spinner swaps dozens of words for rarer ones; an editor, a translator or a wire's
# write-through changes a few, either way. The rarity margin (``provenance.rarity_balance``,
# clipped to 2 a swap) is firm evidence only from this size on: over the dev split's relations
# whose direction the labels know, margins under it pointed the right way 13 times in 30,
# margins of 6 to 10 in 5 of 5, larger ones in 72 of 73.
FIRM_RARITY = 6.0
_MARGIN = re.compile(re.escape(RARER) + r" \(([-+]?\d+(?:\.\d+)?)\)")


def soft(edge: Edge) -> bool:
    """Whether the edge's direction is weak evidence: coverage, a near-duplicate group's root,
    nothing, the wording of a rewrite (``provenance.weak``; a rewriter's word choices are no
    spinner's swaps to rarer words), or a rarity margin under ``FIRM_RARITY``."""
    margin = _MARGIN.search(edge.why)
    return (weak(edge.why) or edge.why.endswith(_SAME_OUTLET)
            or (edge.kind == "paraphrase" and RARER in edge.why)
            or (margin is not None and abs(float(margin.group(1))) < FIRM_RARITY))


def _same_outlet(edge: Edge, evidence: Mapping[str, Evidence]) -> Edge:
    """An edge between two pages of one outlet whose direction rests on coverage, turned: an
    outlet does not copy its own story, it updates it, and its later version (a wire's
    write-through) keeps the first's paragraphs and adds to them, so the text more fully made
    of the other is the first version, not a copy."""
    site = evidence.get(edge.copy, Evidence()).site
    if edge.why != COVERAGE or site is None or evidence.get(edge.source, Evidence()).site != site:
        return edge
    return Edge(edge.source, edge.copy, edge.kind, f"{edge.copy} and {edge.source} are both "
                f"{site}'s: {_SAME_OUTLET}")


def _family(articles: Sequence[str], edges: Sequence[Edge], evidence: Mapping[str, Evidence]
            ) -> Family:
    edges = [_same_outlet(e, evidence) for e in edges]
    firm = [e for e in edges if not soft(e)]
    firm_copies = {e.copy for e in firm}
    descendants = _descendants(edges)
    nearest = nearest_sources(firm)
    firm_descendants = _descendants(nearest)
    contenders = [a for a in articles if a not in firm_copies]
    signs = {a: _copy_signs(a, articles, evidence) for a in articles}
    weak_copies = {e.copy for e in edges if soft(e)}
    root = min(contenders or articles,
               key=lambda a: _rank(a, evidence, signs, firm_descendants, descendants,
                                   weak_copies))
    why: list[str] = []
    against: list[str] = []
    mine = evidence.get(root, Evidence())
    # Weak directions that make the root a copy are turned round, and say so.
    turned = [e for e in edges if e.copy == root and soft(e)]
    if turned:
        sources = ", ".join(sorted({e.source for e in turned}))
        against.append(f"the alignment read {root} as a copy of {sources} on weak evidence; "
                       f"turned round")
        edges = [Edge(e.source, e.copy, e.kind, f"turned round ({e.why}: weak evidence); "
                      f"{root} is the family's root") if e in turned else e for e in edges]
    after = _descendants(edges)
    others = [h for h in contenders if h != root]
    # A contender the root's copies lead to (by any direction) does not contest it.
    contesting = [h for h in others if h not in after.get(root, set())]
    if not contenders:
        against.append("every article of this family is someone's copy (weak directions): "
                       "the root is the best-evidenced of them")
    elif not contesting:
        why.append(f"{root} is nobody's copy in this family; "
                   f"{len(after.get(root, ()))} articles descend from it")
    else:
        against.append(f"{', '.join(contesting)} is nobody's copy in this family either")
    for h in others:
        if signs[h]:
            why.append(f"{h} carries {' and '.join(signs[h])}")
    mine_firm = len(firm_descendants.get(root, ()))
    fewer = [h for h in others if not signs[h] and len(firm_descendants.get(h, ())) < mine_firm]
    if fewer:
        why.append(f"{mine_firm} copies descend from {root} by firm directions (each counted "
                   f"under the source it is most fully made of), fewer from {', '.join(fewer)}")
    # A firm copy of a contender that is made more fully of another source: say so.
    kept = set(nearest)
    for edge in firm:
        if edge in kept or edge.source not in others:
            continue
        best = max((e for e in nearest if e.copy == edge.copy), key=lambda e: e.copied)
        why.append(f"{edge.copy} is made more fully of {best.source} ({best.copied:.0%}) than "
                   f"of {edge.source} ({edge.copied:.0%}): it counts as {best.source}'s copy")
    for sign in signs[root]:
        against.append(f"{root} carries {sign}")
    dated = {a: evidence[a].published for a in articles
             if a in evidence and evidence[a].published}
    if mine.published and dated:
        earlier = sorted(a for a, d in dated.items() if d is not None and d < mine.published)
        if earlier:
            against.append(f"{', '.join(earlier)} dated earlier than {root} ({mine.published})")
        elif len(dated) > 1:
            why.append(f"{root} is the earliest dated ({mine.published})")
    if mine.wire_credit:
        why.append(f"{root} carries a wire credit line")
    elif mine.credited:
        why.append(f"{root} is credited to {mine.agency} by its "
                   f"{'licence line' if mine.licensed else 'byline'}")
    credited = sorted(a for a in articles if a != root and (
        evidence.get(a, Evidence()).wire_credit or evidence.get(a, Evidence()).credited))
    if credited and not (mine.wire_credit or mine.credited):
        against.append(f"{', '.join(credited)} carries a wire credit line")
    farms = sum(1 for a in articles if a != root and evidence.get(a, Evidence()).farm)
    if farms:
        why.append(f"{farms} of the others carry content-farm signs")
    confidence = 0.6 if contesting else 0.95 if contenders else 0.4
    confidence = round(max(0.1, confidence - 0.2 * len(against)), 2)
    order = [root, *sorted(a for a in articles if a != root)]
    return Family(root, tuple(order), tuple(sorted(edges, key=lambda e: (e.copy, e.source))),
                  confidence, tuple(why), tuple(against))


def _rank(article: str, evidence: Mapping[str, Evidence], signs: Mapping[str, tuple[str, ...]],
          firm: Mapping[str, set[str]], descendants: Mapping[str, set[str]],
          weak_copies: set[str]) -> tuple[object, ...]:
    """Lower is likelier the root: no sign of a copy on the page, more copies descending by
    firm directions, a credit to a news agency (which a rewrite, an excerpt or a spun copy
    drops: over the development splits' families it picked three more labelled originals
    than the weak directions it now outranks, and none fewer), nobody's copy even by a weak
    direction (a date on one side only is weaker still: farms date their copies, a
    plain-text original may carry none), the earlier date (undated last), a byline, more
    descendants, then the id."""
    mine = evidence.get(article, Evidence())
    return (bool(signs[article]), -len(firm.get(article, ())),
            not (mine.wire_credit or mine.credited), article in weak_copies,
            mine.published is None, mine.published or "", not mine.byline,
            -len(descendants.get(article, ())), article)


NEAREST_MARGIN = 0.1


def nearest_sources(edges: Sequence[Edge]) -> list[Edge]:
    """Each copy's edges to the sources it is most fully made of (within ``NEAREST_MARGIN`` of
    its largest share): a copy aligned with its source and, less fully, with a sibling of it
    (another copy of the same source, or a translation) took its text from the first."""
    best: dict[str, float] = {}
    for edge in edges:
        best[edge.copy] = max(best.get(edge.copy, 0.0), edge.copied)
    return [e for e in edges if e.copied >= best[e.copy] - NEAREST_MARGIN]


def _descendants(edges: Sequence[Edge]) -> dict[str, set[str]]:
    """Each article's copies, and their copies, transitively."""
    children: dict[str, set[str]] = {}
    for edge in edges:
        children.setdefault(edge.source, set()).add(edge.copy)
    out: dict[str, set[str]] = {}
    for start in children:
        seen: set[str] = set()
        stack = list(children[start])
        while stack:
            node = stack.pop()
            if node in seen or node == start:
                continue
            seen.add(node)
            stack.extend(children.get(node, ()))
        out[start] = seen
    return out
