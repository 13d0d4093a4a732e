"""The family job: the copy family of one article as its story draws it (its root, copies and
copies of copies, each verdict explained), beside the independent reports of that story."""

from __future__ import annotations

from pathlib import Path

from unspin.config import Config
from unspin.errors import StoreError, UsageError
from unspin.jobs.stories import stories
from unspin.store.sqlite import open_store
from unspin.stories.families import Evidence, Family, FamilyView


def family(article_id: str, db: Path | str, config: Config | None = None) -> FamilyView:
    """The copy family of ``article_id`` in the index ``db``, drawn from the relations inside
    its story as ``unspin stories`` groups them, with the story's id, title and independent
    reports. An article in no copy family of its story is a family of its own; an id the index
    does not hold is a usage error."""
    config = config or Config()
    with open_store(Path(db), config.index_summary(), create=False, snapshot=True) as store:
        # Checked before the stories are grouped: a mistyped id fails at once.
        try:
            alone = Evidence.of(store.article_by_id(article_id))
        except StoreError:
            raise UsageError(f"no article {article_id!r} in {db}") from None
    story = next(iter(stories(db, config, containing=article_id)), None)
    if story is None:  # the index changed between the two reads
        raise UsageError(f"no article {article_id!r} in {db}")
    found = next((f for f in story.families if article_id in f.articles), None)
    if found is None:
        why = ("no copy relation joins it to another article of its story",)
        found = Family(article_id, (article_id,), (), 1.0,
                       why + ((f"published {alone.published}",) if alone.published else ()))
    members = set(found.articles)
    return FamilyView(found, story.id, story.title,
                      tuple(a for a in story.independent if a not in members))
