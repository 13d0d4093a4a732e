"""The family job: the copy family of one article in an index (its root, copies and copies of
copies), each verdict explained."""

from __future__ import annotations

from pathlib import Path

from unspin.components import components
from unspin.config import Config
from unspin.errors import UsageError
from unspin.store.sqlite import open_store
from unspin.stories.families import Evidence, Family, families


def family(article_id: str, db: Path | str, config: Config | None = None) -> Family:
    """The copy family of ``article_id`` in the index ``db`` (an article nobody copied and that
    copied nobody is a family of its own). An id the index does not hold is a usage error."""
    config = config or Config()
    with open_store(Path(db), config.index_summary(), create=False) as store:
        known = set(store.article_ids().values())
        if article_id not in known:
            raise UsageError(f"no article {article_id!r} in {db}")
        # Only the target's family is read: its members come from the relations alone.
        every = list(store.relations())
        head_of = components((r.copy, r.source) for r in every)
        head = head_of.get(article_id, article_id)
        members = {a for a, h in head_of.items() if h == head} | {article_id}
        relations = [r for r in every if r.copy in members]
        evidence = {a: Evidence.of(store.article_by_id(a)) for a in sorted(members & known)}
    for found in families(relations, evidence):
        if article_id in found.articles:
            return found
    alone = evidence.get(article_id, Evidence())
    why = ("nobody copied it and it copied nobody in this index",)
    return Family(article_id, (article_id,), (), 1.0,
                  why + ((f"published {alone.published}",) if alone.published else ()))
