"""A quotation found in one article, as the extractor reports it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation in one article: ``text == article.text[start:end]`` (marks excluded).

    ``speaker`` is the person's name as resolved in this article (full name where the article
    gives it), ``None`` when the article does not identify the speaker; ``speaker_as_written``
    the words of the attribution ("the spokeswoman", "she"); ``statement`` numbers the statements
    of the article, equal for the parts of a split quote.
    """

    article: str
    start: int
    end: int
    text: str
    speaker: str | None
    speaker_as_written: str | None
    verb: str | None
    statement: int
    unbalanced: bool = False
    multi_paragraph: bool = False
    headline: bool = False  # in a line set in title case, a headline's style

    def to_json(self) -> dict[str, object]:
        return {
            "article": self.article, "start": self.start, "end": self.end, "text": self.text,
            "speaker": self.speaker_as_written, "speaker_id": self.speaker, "verb": self.verb,
            "unbalanced": self.unbalanced, "multi_paragraph": self.multi_paragraph,
        }
