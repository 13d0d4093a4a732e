"""Library entry points: ``find_quotes`` over a corpus, ``quote_variants`` of one quotation."""

from __future__ import annotations

import difflib
import os
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from unspin.config import Config
from unspin.errors import UsageError
from unspin.lexicon.synonyms import Lexicon, default_lexicon
from unspin.model import Article, Failure
from unspin.pipeline.extract import extract_documents
from unspin.pipeline.read import iter_raw_documents
from unspin.quotations.corpus import QuoteRecord, link
from unspin.quotations.extract import Quote, nlp, quotes_in
from unspin.quotations.parser import attribute_ruler
from unspin.quotations.variants import MIN_WORDS, WORD_SHARE, VariantMatcher, words_of
from unspin.store.quotes import load_quotes, save_quotes
from unspin.store.sqlite import open_store
from unspin.text.english import one_thread
from unspin.text.marks import find_marked_spans

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

PARALLEL_FROM = 64  # articles with quotation marks before spaCy parses in several processes


@dataclass(frozen=True, slots=True)
class QuotesResult:
    """The quotations of a corpus and the inputs that could not be read."""

    records: list[QuoteRecord]
    failures: list[Failure]
    articles: int


def _articles(corpus: Path, config: Config) -> Iterator[Article | Failure]:
    yield from extract_documents(iter_raw_documents(corpus, max_bytes=config.max_bytes))


def extract_all(articles: list[Article], failures: list[Failure] | None = None,
                tagged: Callable[[Doc], None] | None = None) -> list[Quote]:
    """The quotations of each article (spaCy runs only on texts that have quotation marks).

    An article longer than spaCy's limit is reported in ``failures`` and skipped. ``tagged``
    is given the first article's parse as soon as its tagger has run (and before the parser):
    the spin guesser's parts of speech come from the same parse."""
    model = nlp()
    with_marks = []
    first = articles[0] if tagged is not None and articles else None
    for article in articles:
        if len(article.text) > model.max_length:
            if failures is not None:
                failures.append(Failure(article.origin or article.id, (
                    f"{len(article.text):,} characters, more than the {model.max_length:,} "
                    "that quotation extraction reads in one article")))
            if article is first:
                first = None
            continue
        if find_marked_spans(article.text):
            with_marks.append(article)
    first_doc = None
    if first is not None and tagged is not None:
        first_doc = _parse_tagged(model, first.text, tagged, full=first in with_marks)
    rest = [a for a in with_marks if a is not first]
    quotes: list[Quote] = []
    # spaCy parses in worker processes when there is enough to share; results keep their order.
    processes = min(os.cpu_count() or 1, 4) if len(rest) >= PARALLEL_FROM else 1
    with one_thread():  # processes forked for the parse keep it
        docs = iter(model.pipe((a.text for a in rest), batch_size=32, n_process=processes))
        for article in with_marks:
            doc = first_doc if article is first and first_doc is not None else next(docs)
            try:
                quotes.extend(quotes_in(article.id, article.text, doc))
            except Exception as error:  # one article's text must not stop the batch
                if failures is None:
                    raise
                failures.append(Failure(article.origin or article.id, (
                    f"quotation extraction failed ({type(error).__name__}: {error}); the other "
                    "articles were read (please report this article)")))
    return quotes


def _parse_tagged(model: Language, text: str, tagged: Callable[[Doc], None], full: bool
                  ) -> Doc:
    """``model(text)``, one component after another (the attribute ruler's work done by
    :func:`attribute_ruler`), calling ``tagged`` once the tagger has run; only as far as the
    tagger unless ``full``."""
    doc = model.make_doc(text)
    with one_thread():
        for name, component in model.pipeline:
            doc = (attribute_ruler() if name == "attribute_ruler" else component)(doc)
            if name == "tagger":
                tagged(doc)
                if not full:
                    break
    return doc


def find_quotes_with_tags(path: Path | str, tagged: Callable[[dict[int, int] | None], None],
                          config: Config | None = None, lexicon: Lexicon | None = None
                          ) -> QuotesResult:
    """:func:`find_quotes` of the file ``path``, calling ``tagged`` with the parts of speech
    the spin guesser reads in its first article (what :func:`unspin.spin_tags` answers) as soon
    as the quotation parse has them, or with None when it cannot: one parse serves both. The
    web app reads them in a worker process while its request's thread looks for spin."""
    from unspin.spinning.guess import slots_of

    told = False

    def tell(slots: dict[int, int] | None) -> None:
        nonlocal told
        if not told:
            told = True
            tagged(slots)

    try:
        corpus = Path(path)
        if not corpus.is_file():
            raise UsageError(f"{corpus} is not a file")
        config = config or Config()
        items = list(_articles(corpus, config))
        articles = [item for item in items if isinstance(item, Article)]
        failures = [item for item in items if isinstance(item, Failure)]
        # The guesser reads the file's first article: none when that one could not be read.
        first_read = bool(items) and isinstance(items[0], Article)
        records = _linked(articles, failures, lexicon, False,
                          (lambda doc: tell(slots_of(doc))) if first_read else None)
        return QuotesResult(records, failures, len(articles))
    finally:
        tell(None)


def _embedder(enabled: bool) -> Callable[[list[str]], npt.NDArray[np.float32]] | None:
    if not enabled:
        return None
    from unspin.semantic import default_encoder

    encoder = default_encoder()
    if encoder is None:
        return None

    def embed(texts: list[str]) -> npt.NDArray[np.float32]:
        return np.asarray(encoder.encode(texts), dtype=np.float32)

    return embed


def find_quotes(corpus: Path | str, db: Path | str | None = None, config: Config | None = None,
                semantic: bool = False, lexicon: Lexicon | None = None,
                on_wait: Callable[[str], None] | None = None) -> QuotesResult:
    """Every quotation of ``corpus`` with speaker and variant cluster; kept in ``db`` if given
    (the index's writer lock waited for if another job writes it; ``on_wait`` is told why)."""
    corpus = Path(corpus)
    if not corpus.exists():
        raise UsageError(f"{corpus} does not exist: give a folder or file of articles")
    config = config or Config()
    articles: list[Article] = []
    failures: list[Failure] = []
    for item in _articles(corpus, config):
        (failures if isinstance(item, Failure) else articles).append(item)  # type: ignore[arg-type]
    records = _linked(articles, failures, lexicon, semantic)
    if db is not None:
        save_quotes(Path(db), records, on_wait)
    return QuotesResult(records, failures, len(articles))


def _linked(articles: list[Article], failures: list[Failure], lexicon: Lexicon | None,
            semantic: bool, tagged: Callable[[Doc], None] | None = None) -> list[QuoteRecord]:
    """The quotations of ``articles`` with speakers and variant clusters (an article whose
    quotations cannot be read joins ``failures``); ``tagged`` as :func:`extract_all`'s."""
    quotes = extract_all(articles, failures, tagged)
    return link(
        quotes,
        {a.id: a.published for a in articles},
        {a.id: n for n, a in enumerate(articles)},
        lexicon if lexicon is not None else default_lexicon(),
        _embedder(semantic),
    )


def index_quotes(db: Path | str, config: Config | None = None, semantic: bool = False,
                 lexicon: Lexicon | None = None) -> QuotesResult:
    """Every quotation of the articles of the index ``db`` (as ``unspin scan`` stored them)
    with speaker and variant cluster, as :func:`find_quotes` finds them in a corpus."""
    config = config or Config()
    with open_store(Path(db), config.index_summary(), create=False) as store:
        articles = [store.article(rowid) for rowid in sorted(store.article_ids())]
    failures: list[Failure] = []
    records = _linked(articles, failures, lexicon, semantic)
    return QuotesResult(records, failures, len(articles))


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One article's wording of a quotation and how it differs from the earliest wording."""

    article: str
    published: str | None
    text: str
    start: int
    end: int
    speaker: str | None
    speaker_as_written: str | None
    variant: str
    changes: list[dict[str, str]] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return {
            "article": self.article, "published": self.published, "text": self.text,
            "start": self.start, "end": self.end, "speaker": self.speaker_as_written,
            "speaker_id": self.speaker, "variant": self.variant, "changes": self.changes,
        }


@dataclass(frozen=True, slots=True)
class QuoteTrail:
    """Every article carrying one quotation (a variant cluster), earliest first."""

    cluster: str
    similarity: float
    occurrences: list[Occurrence]

    def to_json(self) -> dict[str, object]:
        return {"cluster": self.cluster, "similarity": round(self.similarity, 3),
                "occurrences": [o.to_json() for o in self.occurrences]}


SPUN_NOTE = "synonym swaps inside quotation marks: the quote itself was altered"


def _changes(matcher: VariantMatcher, reference: list[str], words: list[str]
             ) -> list[dict[str, str]]:
    changes: list[dict[str, str]] = []
    ops = difflib.SequenceMatcher(a=reference, b=words, autojunk=False).get_opcodes()
    for op, i1, i2, j1, j2 in ops:
        if op == "equal":
            continue
        before, after = " ".join(reference[i1:i2]), " ".join(words[j1:j2])
        if op == "replace":
            kind = "swap" if matcher.synonyms(reference[i1], words[j1]) and i2 - i1 == j2 - j1 \
                else "reworded"
            changes.append({"change": kind, "from": before, "to": after})
        elif op == "delete":
            changes.append({"change": "dropped", "from": before, "to": ""})
        else:
            changes.append({"change": "added", "from": "", "to": after})
    return changes


def quote_variants(text: str, db: Path | str, lexicon: Lexicon | None = None) -> list[QuoteTrail]:
    """Every article in ``db`` carrying ``text`` or a variant of it, cluster by cluster."""
    words = words_of(text)
    if len(words) < MIN_WORDS:
        raise UsageError(f"give at least {MIN_WORDS} words of the quotation")
    records = load_quotes(Path(db))
    matcher = VariantMatcher(lexicon if lexicon is not None else default_lexicon())
    # cluster -> article -> the parts of that article's occurrence
    clusters: dict[str, dict[str, list[QuoteRecord]]] = defaultdict(lambda: defaultdict(list))
    for record in records:
        clusters[record.cluster][record.article].append(record)
    best: dict[str, float] = {}
    for cluster, by_article in clusters.items():
        for parts in by_article.values():
            share = matcher.word_share(words, words_of(" ".join(p.text for p in parts)))
            if share >= WORD_SHARE and share > best.get(cluster, 0.0):
                best[cluster] = share
    trails = []
    for cluster, similarity in sorted(best.items(), key=lambda kv: -kv[1]):
        occurrences = sorted(
            clusters[cluster].items(),
            key=lambda item: (item[1][0].published or "9999", item[0]),
        )
        reference = words_of(" ".join(p.text for p in occurrences[0][1]))
        trail = []
        for n, (article, parts) in enumerate(occurrences):
            wording = " … ".join(p.text for p in parts)
            own = words_of(" ".join(p.text for p in parts))
            variant = "earliest" if n == 0 else matcher.classify(reference, own)
            trail.append(Occurrence(
                article, parts[0].published, wording, parts[0].start, parts[-1].end,
                parts[0].speaker, parts[0].speaker_as_written, variant,
                [] if n == 0 else _changes(matcher, reference, own),
            ))
        trails.append(QuoteTrail(cluster, similarity, trail))
    return trails
