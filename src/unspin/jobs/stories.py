"""The stories job: every article of an index grouped into stories (news events), each with its
copy families and its independent reports."""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Iterable
from pathlib import Path

from unspin.components import components
from unspin.config import Config
from unspin.model import IndexedRelation
from unspin.pipeline.extract import headline
from unspin.results import Story
from unspin.store.sqlite import open_store
from unspin.stories.cluster import StoryArticle, StoryConfig
from unspin.stories.cluster import stories as cluster
from unspin.stories.facts import changed_numbers, unpack
from unspin.stories.families import Evidence, families

# Whole copies keep their original's story; a partial copy may hold another event's background,
# and so may a spun or rewritten passage that makes up less than half of its copy.
WHOLE_COPIES = frozenset({"verbatim", "spun", "paraphrase"})
WHOLE_SHARE = 0.5
# A copy that states other figures in this many places is another day's or month's report in
# the same template (a daily price analysis, a monthly release), not a copy of the story.
TEMPLATE_NUMBERS = 3
_TEXTS_AT_ONCE = 1000  # texts read at once for untitled stories' headlines


def whole_copy(relation: IndexedRelation) -> bool:
    """Whether the relation makes its copy a copy of the source's story: a verbatim, spun or
    rewritten copy whose aligned text is at least half of the copy, and that keeps the
    source's figures (``stories.facts.changed_numbers``: fewer than ``TEMPLATE_NUMBERS``
    substitutions state other numbers)."""
    return (relation.kind in WHOLE_COPIES and relation.copied >= WHOLE_SHARE
            and changed_numbers(relation.substitutions) < TEMPLATE_NUMBERS)


def story_articles(rows: Iterable[tuple[int, str, str | None, str | None, bytes | None]]
                   ) -> list[StoryArticle]:
    """The articles as stories see them, from the index's ``story_rows``."""
    return [StoryArticle(article_id, unpack(packed), published)
            for _rowid, article_id, _title, published, packed in rows]


def template_pairs(relations: Iterable[IndexedRelation], dated: dict[str, str | None]
                   ) -> list[tuple[str, str]]:
    """Pairs of articles that are two reports cast in one template: the relation states other
    figures in ``TEMPLATE_NUMBERS`` places or more, and their dates are different days (a
    wire's write-through of the day's report updates its figures too, and an undated page
    may be a copy of it)."""
    pairs = []
    for relation in relations:
        if changed_numbers(relation.substitutions) < TEMPLATE_NUMBERS:
            continue
        first, second = dated.get(relation.copy), dated.get(relation.source)
        if not (first and second) or first[:10] == second[:10]:
            continue
        pairs.append((relation.copy, relation.source))
    return pairs


def whole_families(relations: Iterable[IndexedRelation]) -> list[list[str]]:
    """The members of each family of whole copies (``whole_copy``), whatever its root."""
    head_of = components((r.copy, r.source) for r in relations if whole_copy(r))
    whole: dict[str, list[str]] = {}
    for article, head in head_of.items():
        whole.setdefault(head, []).append(article)
    return list(whole.values())


def stories(db: Path | str, config: Config | None = None,
            story_config: StoryConfig | None = None, containing: str | None = None
            ) -> list[Story]:
    """The stories of the index ``db``, ordered by id. A story's id is ``s`` and twelve hex
    digits of its first-indexed article's id, so the same index gives the same ids and a scan
    that adds articles keeps them (unless two stories merge: the merged one keeps the older).

    Reads what the scan stored: each article's facts, date and title, and the relations; the
    text only of articles in a copy family (for the evidence of its root) and of untitled
    stories (for a title). With ``containing``, only the story of that article is drawn (the
    grouping is the same)."""
    config = config or Config()
    with open_store(Path(db), config.index_summary(), create=False, snapshot=True) as store:
        rows = list(store.story_rows())
        relations = list(store.relations())
        related = {a for r in relations for a in (r.copy, r.source)}
        rowid_of = {article_id: rowid for rowid, article_id, *_rest in rows}
        evidence = {a: Evidence.of(store.article(rowid_of[a])) for a in sorted(related)
                    if a in rowid_of}
        items = story_articles(rows)
        titles = {article_id: title for _rowid, article_id, title, _p, _f in rows}
        dated = {item.id: item.published for item in items}
        grouped = cluster(items, whole_families(relations), story_config or StoryConfig(),
                          apart=template_pairs(relations, dated),
                          related=[(r.copy, r.source) for r in relations])
        story_of = {a: k for k, members in enumerate(grouped) for a in members}
        # A story's families are drawn from the relations inside it: a partial copy that took
        # another event's background paragraphs is in its own story, and its family says so.
        inside_story: dict[int, list[IndexedRelation]] = {}
        for relation in relations:
            if story_of.get(relation.copy) == story_of.get(relation.source):
                inside_story.setdefault(story_of[relation.copy], []).append(relation)
        out: list[Story] = []
        untitled: dict[int, int] = {}  # story (index in out) -> the article giving its title
        for k, members in enumerate(grouped):
            if containing is not None and story_of.get(containing) != k:
                continue
            first = min(members, key=lambda a: rowid_of[a])
            mine = families(inside_story[k], evidence) if k in inside_story else []
            in_family = {a for f in mine for a in f.articles}
            dates = sorted(d for a in members if (d := dated[a]))
            # The title of the largest family's root, else of the earliest article.
            roots = [f.root for f in sorted(mine, key=lambda f: (-len(f.articles), f.root))]
            titled = roots + sorted(members, key=lambda a: (dated[a] or "9999", rowid_of[a]))
            title = next((titles[a] for a in titled if titles[a]), None)
            if title is None:
                untitled[len(out)] = rowid_of[titled[0]]
            out.append(Story(
                id="s" + hashlib.sha1(first.encode("utf-8")).hexdigest()[:12],
                title=title,
                published=(dates[0], dates[-1]) if dates else None,
                articles=sorted(members),
                families=mine,
                independent=sorted(a for a in members if a not in in_family)))
        # Headlines of untitled stories, a chunk of texts at a time (a collection of plain
        # texts has no titles: every story of 100,000 is untitled).
        chosen = list(untitled.items())
        for at in range(0, len(chosen), _TEXTS_AT_ONCE):
            chunk = chosen[at:at + _TEXTS_AT_ONCE]
            texts = store.texts(rowid for _k, rowid in chunk)
            for k, rowid in chunk:
                out[k] = dataclasses.replace(out[k], title=headline(texts.get(rowid, "")))
    return sorted(out, key=lambda s: s.id)
