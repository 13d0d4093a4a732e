"""unspin: where did this news text come from, what was changed, and who really said what.

The public API. Every job takes paths (a corpus folder or file, an index file) and returns a
typed result; the command line uses nothing else.

>>> import unspin
>>> result = unspin.scan("corpus/")  # doctest: +SKIP
>>> for relation in result.relations:  # doctest: +SKIP
...     print(relation.copy, "copies", relation.source, relation.kind)

- ``scan(corpus, db=None, config=None, workers=None, progress=False, all_pairs=False,
  wait=True, on_wait=None, backend="local", master=None, out=None)``: index a corpus and find
  every reuse relation (``ScanResult``); while another job writes the index it waits
  (``on_wait(message)`` is called once), or with ``wait=False`` raises ``IndexBusy``;
  ``backend="spark"`` runs it on a Spark ``master`` with the same results.
- ``trace(path, db, config=None, add=False, wait=True, on_wait=None)``: the sources or copies of
  new articles in an index (``TraceResult`` per article), read from one snapshot of it.
- ``restore(path, source=None, db=None, ...)``: a copy with its substitutions put back
  (``RestoreResult``).
- ``spin(path, ...)``: how spun a text reads without its source (``SpinResult``);
  ``spin_tags(path)``: the parts of speech it reads, for ``spin(path, tags=...)`` when another
  process tags while this one scores.
- ``spinners(db, ...)``: each content farm's spinner dictionary (``SpinnerTable`` list).
- ``quotes(corpus, db=None, ...)``: every quotation with its speaker and variant cluster
  (``QuotesResult``); ``quote(text, db)``: every article carrying a quotation or a variant of it
  (``QuoteTrail`` list). Both need the ``nlp`` extra. ``quotes_with_tags(path, tagged)``: a
  file's ``quotes``, handing ``tagged`` its ``spin_tags`` from the same parse as soon as they
  are read (one process parses for both).
- ``family(article_id, db)``: the copy family of one article as its story draws it, its root
  explained, beside the story's independent reports (``FamilyView``: its ``family``, a
  ``Family``); ``family_dot(view)`` draws it as Graphviz dot, ``family_svg(view)`` as a
  self-contained SVG; ``stories(db)``: every article of an index grouped into stories (``Story``
  list), each with its families and independent reports.
- ``articles(db)``, ``article(id, db)``, ``relations(db, kind=None, offset=0, limit=None)``:
  what an index holds (``ArticleInfo`` list, an ``Article`` with its text, ``IndexedRelation``
  list, a page of it given ``limit``); ``relation_count(db, kind=None)``: how many relations;
  ``restored(id, db)``: an indexed copy restored against its best indexed source
  (``RestoreResult``); ``restore_pair(copy, original, config)``: one ``Article`` restored
  against another; ``quotes_in_index(db)``: the quotations of an index's articles.
- ``Config``: every setting, with the defaults the figures in ``docs/`` were measured with.
- Errors: ``UnspinError`` and its kinds (``InputError``, ``StoreError`` and its
  ``IndexBusy``, ``UsageError``, ``MissingDependency``).
"""

from __future__ import annotations

from unspin.backends import scan
from unspin.config import Config
from unspin.errors import (
    IndexBusy,
    InputError,
    MissingDependency,
    StoreError,
    UnspinError,
    UsageError,
)
from unspin.jobs.browse import article, articles, relation_count, relations, restored
from unspin.jobs.common import read_article
from unspin.jobs.family import family
from unspin.jobs.quotes import SPUN_NOTE as SPUN_QUOTE_NOTE
from unspin.jobs.quotes import Occurrence, QuotesResult, QuoteTrail
from unspin.jobs.quotes import find_quotes as quotes
from unspin.jobs.quotes import find_quotes_with_tags as quotes_with_tags
from unspin.jobs.quotes import index_quotes as quotes_in_index
from unspin.jobs.quotes import quote_variants as quote
from unspin.jobs.restore import restore
from unspin.jobs.restore import restore_against as restore_pair
from unspin.jobs.spin import spin, spin_tags
from unspin.jobs.spinners import spinners
from unspin.jobs.stories import stories
from unspin.jobs.trace import trace
from unspin.model import (
    Alignment,
    Article,
    Failure,
    IndexedRelation,
    Passage,
    PassagePair,
    Relation,
    Substitution,
)
from unspin.results import (
    ArticleInfo,
    RestoreResult,
    ScanResult,
    ScanStats,
    SpinnerTable,
    SpinResult,
    Story,
    TraceResult,
)
from unspin.stories.draw import dot as family_dot
from unspin.stories.draw import svg as family_svg
from unspin.stories.families import Family, FamilyView
from unspin.version import __version__

__all__ = [
    "SPUN_QUOTE_NOTE",
    "Alignment",
    "Article",
    "ArticleInfo",
    "Config",
    "Failure",
    "Family",
    "FamilyView",
    "IndexBusy",
    "IndexedRelation",
    "InputError",
    "MissingDependency",
    "Occurrence",
    "Passage",
    "PassagePair",
    "QuoteTrail",
    "QuotesResult",
    "Relation",
    "RestoreResult",
    "ScanResult",
    "ScanStats",
    "SpinResult",
    "SpinnerTable",
    "StoreError",
    "Story",
    "Substitution",
    "TraceResult",
    "UnspinError",
    "UsageError",
    "__version__",
    "article",
    "articles",
    "family",
    "family_dot",
    "family_svg",
    "quote",
    "quotes",
    "quotes_in_index",
    "quotes_with_tags",
    "read_article",
    "relation_count",
    "relations",
    "restore",
    "restore_pair",
    "restored",
    "scan",
    "spin",
    "spin_tags",
    "spinners",
    "stories",
    "trace",
]
