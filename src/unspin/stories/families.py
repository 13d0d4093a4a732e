"""Copy families: an original with its copies and copies of copies, from the relations of an index.

A family is a connected set of relations (each copy linked to its best source). Its root is the
article the others descend from: within the family, the one that is nobody's copy. When the
relations leave more than one such article (two originals joined by a mosaic copy) or none (a
cycle of weak directions), the evidence that needs no alignment decides, in this order: the
earlier publication date, a wire credit line ("(Reuters)", "AP"), a byline against none or a
content farm's, and the most copies descending from it. Every verdict carries its reasons and
the evidence against it, never hidden, and a confidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from unspin.components import components
from unspin.model import Article, IndexedRelation

# A wire service's credit at the head of a story: "LONDON (Reuters) -", "(AP) —", "— AFP".
_WIRE = re.compile(
    r"\((?:Reuters|AP|AFP|Bloomberg|dpa|UPI|PA)\)|\b(?:Associated Press|Agence France-Presse)\b"
    r"|[—–-]\s*(?:Reuters|AP|AFP)\b"
)
_FARM_BYLINE = re.compile(r"\b(?:by|posted by)\s+admin\b", re.I)
_HEAD_CHARACTERS = 400  # a credit line stands at the head of the text


@dataclass(frozen=True, slots=True)
class Evidence:
    """What the pages say, before any alignment, about which came first."""

    published: str | None = None
    wire_credit: bool = False
    byline: bool = False
    farm: bool = False

    @classmethod
    def of(cls, article: Article) -> Evidence:
        head = article.text[:_HEAD_CHARACTERS]
        farm = bool(article.byline and re.search(r"\badmin", article.byline, re.I)) or bool(
            _FARM_BYLINE.search(article.text))
        return cls(article.published, bool(_WIRE.search(head)),
                   bool(article.byline) and not farm, farm)


@dataclass(frozen=True, slots=True)
class Edge:
    copy: str
    source: str
    kind: str
    why: str

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
    edges = [Edge(r.copy, r.source, r.kind, r.direction or r.reason) for r in relations]
    head_of = components((e.copy, e.source) for e in edges)
    members: dict[str, list[str]] = {}
    for article, head in head_of.items():
        members.setdefault(head, []).append(article)
    by_family: dict[str, list[Edge]] = {}
    for edge in edges:
        by_family.setdefault(head_of[edge.copy], []).append(edge)
    found = [_family(sorted(articles), by_family.get(key, []), evidence)
             for key, articles in members.items()]
    return sorted(found, key=lambda f: f.root)


def _family(articles: Sequence[str], edges: Sequence[Edge], evidence: Mapping[str, Evidence]
            ) -> Family:
    copies = {e.copy for e in edges}
    descendants = _descendants(edges)
    heads = [a for a in articles if a not in copies]
    contenders = heads or list(articles)
    root = min(contenders, key=lambda a: _rank(a, evidence, descendants))
    why: list[str] = []
    against: list[str] = []
    mine = evidence.get(root, Evidence())
    if len(heads) == 1:
        why.append(f"{root} is nobody's copy in this family; "
                   f"{len(descendants.get(root, ()))} articles descend from it")
    elif not heads:
        against.append("every article of this family is someone's copy (weak directions): "
                       "the root is the best-evidenced of them")
    else:
        others = ", ".join(h for h in heads if h != root)
        against.append(f"{others} is nobody's copy in this family either")
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
    credited = sorted(a for a in articles if a != root and evidence.get(a, Evidence()).wire_credit)
    if credited and not mine.wire_credit:
        against.append(f"{', '.join(credited)} carries a wire credit line")
    if mine.farm:
        against.append(f"{root} carries content-farm signs")
    farms = sum(1 for a in articles if a != root and evidence.get(a, Evidence()).farm)
    if farms:
        why.append(f"{farms} of the others carry content-farm signs")
    confidence = 0.95 if len(heads) == 1 else 0.6 if heads else 0.4
    confidence = round(max(0.1, confidence - 0.2 * len(against)), 2)
    order = [root, *sorted(a for a in articles if a != root)]
    return Family(root, tuple(order), tuple(sorted(edges, key=lambda e: (e.copy, e.source))),
                  confidence, tuple(why), tuple(against))


def _rank(article: str, evidence: Mapping[str, Evidence], descendants: Mapping[str, set[str]]
          ) -> tuple[object, ...]:
    """Lower is likelier the root: the earlier date (undated last), a wire credit, a byline,
    no farm signs, more descendants, then the id."""
    mine = evidence.get(article, Evidence())
    return (mine.published is None, mine.published or "", not mine.wire_credit, not mine.byline,
            mine.farm, -len(descendants.get(article, ())), article)


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
