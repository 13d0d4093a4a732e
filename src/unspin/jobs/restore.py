"""The restore job: a copy with its substitutions put back, from its source, an index, or the
guesser alone.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from unspin.config import Config
from unspin.errors import UsageError
from unspin.jobs import worker
from unspin.jobs.common import read_article, tagger_note
from unspin.jobs.trace import trace
from unspin.model import Alignment, Article, Substitution
from unspin.pipeline.align import AlignConfig, align
from unspin.pipeline.normalize import normalize
from unspin.pipeline.relate import evidence
from unspin.results import RestoreResult
from unspin.spinning.mined import SwapTable
from unspin.spinning.restore import (
    Change,
    apply_changes,
    changes_from_substitutions,
    with_dropped_words,
)
from unspin.store.sqlite import (
    open_store,
)


def restore(
    path: Path | str,
    source: Path | str | None = None,
    db: Path | str | None = None,
    config: Config | None = None,
    min_confidence: float = 0.8,
) -> RestoreResult:
    """Put the copy's substituted wording back as its source had it.

    The source is the file ``source``, or the best source of the copy found in the index ``db``;
    when the index holds no source, the swaps its spinners are known to make are put back
    (:mod:`unspin.spinning.mined`), each at ``min_confidence`` or more. With neither, the
    suspects of :func:`spin` at ``min_confidence`` or more are put back as their likely
    originals. Everything else is left alone.
    """
    config = config or Config()
    if source is not None and db is not None:
        raise UsageError("give either --source or --db, not both")
    copy = read_article(path, config)
    if source is not None:
        original = read_article(source, config)
    elif db is not None:
        found = _best_source(Path(path), Path(db), config)
        if found is None:
            return _restore_from_table(copy, Path(db), config, min_confidence)
        original = found
    else:
        return _restore_alone(copy, min_confidence)
    return restore_against(copy, original, config)


def restore_against(copy: Article, original: Article, config: Config) -> RestoreResult:
    """``copy`` with the substitutions of its alignment with ``original`` put back."""
    lexicon = worker.lexicon()
    alignment = align(normalize(copy.id, copy.text), normalize(original.id, original.text),
                      restore_alignment(config.align), lexicon)
    substitutions = with_dropped_words(copied_substitutions(alignment, config), copy.text,
                                       original.text)
    notes = []
    if not evidence(alignment, config.relate):
        notes.append(f"{copy.id} is not a copy of {original.id}: nothing restored")
    changes = changes_from_substitutions(substitutions, lexicon)
    return RestoreResult(copy, original, apply_changes(copy.text, changes), notes)


def copied_substitutions(alignment: Alignment, config: Config) -> list[Substitution]:
    """The substitutions of an alignment that prove reuse: none unless the alignment as a whole
    does, and then only those inside passages with closely matched sentences."""
    if not evidence(alignment, config.relate):
        return []
    strong = [p.copy for p in alignment.passages if p.strong_sentences]
    return [s for s in alignment.substitutions
            if any(p.start <= s.copy_start < p.end for p in strong)]


def swap_table(db: Path | str, config: Config | None = None, exclude: str | None = None
               ) -> SwapTable:
    """The swaps of every spun relation in an index (but those involving ``exclude``)."""
    config = config or Config()
    table = SwapTable()
    with open_store(Path(db), config.index_summary(), create=False, snapshot=True) as store:
        for relation in store.relations():
            if relation.kind != "spun" or exclude in (relation.copy, relation.source):
                continue
            table.add_relation(relation, store.article_by_id(relation.copy).text)
    return table.finish()


def _restore_from_table(copy: Article, db: Path, config: Config, min_confidence: float
                        ) -> RestoreResult:
    """No source in the index: put back the swaps its spinners are known to make."""
    changes = swap_table(db, config, exclude=copy.id).changes(copy.text)
    return _restore_guessed(copy, changes, min_confidence,
                            f"no source of {copy.id} in {db}",
                            "wordings the index's spinners are known to write")


def _restore_alone(copy: Article, min_confidence: float) -> RestoreResult:
    from unspin.jobs.spin import analysed

    _score, found = analysed(copy.id, copy.text)
    changes = [Change(s.start, s.end, s.text, s.original, s.confidence, s.evidence)
               for s in found]
    result = _restore_guessed(copy, changes, min_confidence, "no source given", "suspects")
    result.notes.extend(tagger_note())
    return result


def _restore_guessed(copy: Article, changes: list[Change], min_confidence: float, why: str,
                     what: str) -> RestoreResult:
    """Restore without a source: only the changes at ``min_confidence`` or more."""
    sure = sum(c.confidence >= min_confidence for c in changes)
    notes = [f"{why}: {sure} of {len(changes)} {what} are sure enough to restore "
             f"(--min-confidence {min_confidence})"]
    return RestoreResult(copy, None, apply_changes(copy.text, changes, min_confidence), notes)


def restore_alignment(config: AlignConfig) -> AlignConfig:
    """Alignment settings for restoring against a known source: the pair is known to be reuse,
    so a more heavily spun sentence may match, and a longer differing run inside a matched
    sentence ("day" → "twenty four hour period") is still a swap to undo."""
    return replace(config, min_sentence_match=min(config.min_sentence_match, RESTORE_MATCH),
                   max_substitution_words=max(config.max_substitution_words, RESTORE_SWAP))


RESTORE_MATCH = 0.4


RESTORE_SWAP = 8


def _best_source(path: Path, db: Path, config: Config) -> Article | None:
    """The source the index holds for the article in ``path`` (its strongest relation as copy)."""
    traced = trace(path, db, config)
    if not traced:
        return None
    result = traced[0]
    sources = [r for r in result.relations if r.copy == result.article.id]
    if not sources:
        return None
    best = max(sources, key=lambda r: (r.copied, r.score))
    with open_store(db, config.index_summary(), create=False, snapshot=True) as store:
        return store.article_by_id(best.source)
