"""The spin job: how spun one text reads without its source.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from unspin.config import Config
from unspin.jobs.common import read_article, tagger_note
from unspin.pipeline.normalize import normalize
from unspin.results import SpinResult

if TYPE_CHECKING:
    from unspin.spinning.score import Suspect


def spin(path: Path | str, config: Config | None = None, min_confidence: float = 0.5,
         tags: Callable[[], Mapping[int, int] | None] | None = None) -> SpinResult:
    """The spin score of the article in ``path`` and its suspects at ``min_confidence`` or more.
    ``tags``: gives :func:`spin_tags` of the same article when another process read them
    (None from it: tag here); asked only when the tagger's answer is needed."""
    article = read_article(path, config)
    score, found = analysed(article.id, article.text, tags)
    return SpinResult(article, score, [s for s in found if s.confidence >= min_confidence],
                      tagger_note())


def spin_tags(path: Path | str, config: Config | None = None) -> dict[int, int] | None:
    """The part-of-speech slots the spin guesser reads in the article in ``path`` (spaCy's
    tagger; None without it), by character offset: what ``spin(path, tags=...)`` takes when
    another process tags while this one scores."""
    from unspin.spinning.guess import tag_slots

    return tag_slots(read_article(path, config).text)


_ANALYSED: OrderedDict[tuple[str, str], tuple[float, tuple[Suspect, ...]]] = OrderedDict()
_ANALYSED_LOCK = threading.Lock()
KEPT = 8
"""Texts whose analysis is kept (the web app analyses at most 4 at once)."""


def analysed(article_id: str, text: str,
             tags: Callable[[], Mapping[int, int] | None] | None = None
             ) -> tuple[float, tuple[Suspect, ...]]:
    """The spin score and every suspect of a text, kept for the last :data:`KEPT` texts: a
    caller asking for an article's spin and then its restoration without a source
    (``unspin.spin`` then ``unspin.restore``) reads it once. ``tags`` as :func:`spin`'s (the
    same answer however the tags come, so not part of what is kept)."""
    from unspin.lexicon.synonyms import default_lexicon
    from unspin.spinning.score import analyse

    key = (article_id, text)
    with _ANALYSED_LOCK:
        if key in _ANALYSED:
            _ANALYSED.move_to_end(key)
            return _ANALYSED[key]
    score, found = analyse(normalize(article_id, text), default_lexicon(), slots=tags)
    result = (score, tuple(found))
    with _ANALYSED_LOCK:
        _ANALYSED[key] = result
        while len(_ANALYSED) > KEPT:
            _ANALYSED.popitem(last=False)
    return result


def forget_analyses() -> None:
    """Drop the kept analyses (tests and benchmarks that time a fresh one)."""
    with _ANALYSED_LOCK:
        _ANALYSED.clear()
