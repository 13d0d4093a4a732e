"""The spin job: how spun one text reads without its source.
"""

from __future__ import annotations

from pathlib import Path

from unspin.config import Config
from unspin.jobs.common import read_article, tagger_note
from unspin.pipeline.normalize import normalize
from unspin.results import SpinResult


def spin(path: Path | str, config: Config | None = None, min_confidence: float = 0.5
         ) -> SpinResult:
    """The spin score of the article in ``path`` and its suspects at ``min_confidence`` or more."""
    from unspin.lexicon.synonyms import default_lexicon
    from unspin.spinning.score import analyse

    article = read_article(path, config)
    score, found = analyse(normalize(article.id, article.text), default_lexicon())
    return SpinResult(article, score, [s for s in found if s.confidence >= min_confidence],
                      tagger_note())
