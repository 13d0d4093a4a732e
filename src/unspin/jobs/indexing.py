"""Indexing one document: extract, normalise, fingerprint and sketch it (runs in workers).
"""

from __future__ import annotations

from unspin.config import Config
from unspin.errors import InputError
from unspin.model import Failure, RawDocument
from unspin.pipeline.boilerplate import short_line_hashes
from unspin.pipeline.extract import extract
from unspin.pipeline.fingerprint import fingerprints
from unspin.pipeline.near_duplicates import sketch
from unspin.pipeline.normalize import Document, normalize
from unspin.store.sqlite import (
    IndexedArticle,
    pack_text,
)
from unspin.stories.facts import document_keys
from unspin.stories.facts import pack as pack_facts


def index_document(raw: RawDocument, config: Config) -> IndexedArticle | Failure:
    """Extract, normalise and fingerprint one document (runs in worker processes)."""
    indexed = indexed_document(raw, config, pack=True)
    return indexed if isinstance(indexed, Failure) else indexed[0]


def indexed_document(raw: RawDocument, config: Config, pack: bool
             ) -> tuple[IndexedArticle, Document] | Failure:
    """``index_document`` and the normalised document (the text packed for storing only when
    ``pack``)."""
    try:
        article = extract(raw)
    except InputError as error:
        return Failure(error.origin, error.reason)
    doc = normalize(article.id, article.text)
    prints = fingerprints(doc, config.fingerprint)
    indexed = IndexedArticle(
        article=article,
        words=len(doc),
        fingerprints=prints,
        line_hashes=short_line_hashes(doc, config.boilerplate),
        packed_text=pack_text(article.text) if pack else b"",
        sketch=sketch(prints, config.near_duplicates).tobytes(),
        facts=pack_facts(document_keys(doc)),
    )
    return indexed, doc
