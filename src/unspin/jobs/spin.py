"""The spin job: how spun one text reads without its source.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING

from unspin.config import Config
from unspin.jobs.common import read_article, tagger_note
from unspin.pipeline.normalize import normalize
from unspin.results import SpinResult

if TYPE_CHECKING:
    from unspin.spinning.score import Suspect


def spin(path: Path | str, config: Config | None = None, min_confidence: float = 0.5
         ) -> SpinResult:
    """The spin score of the article in ``path`` and its suspects at ``min_confidence`` or more."""
    article = read_article(path, config)
    score, found = analysed(article.id, article.text)
    return SpinResult(article, score, [s for s in found if s.confidence >= min_confidence],
                      tagger_note())


@functools.lru_cache(maxsize=8)
def analysed(article_id: str, text: str) -> tuple[float, tuple[Suspect, ...]]:
    """The spin score and every suspect of a text, kept for the last 8 texts (the web app
    analyses at most 4 at once): a caller asking for an article's spin and then its
    restoration without a source (``unspin.spin`` then ``unspin.restore``) reads it once."""
    from unspin.lexicon.synonyms import default_lexicon
    from unspin.spinning.score import analyse

    score, found = analyse(normalize(article_id, text), default_lexicon())
    return score, tuple(found)
