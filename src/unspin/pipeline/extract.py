"""Extract stage: turn a ``RawDocument`` into an ``Article`` (decoded main text plus metadata).

HTML goes through trafilatura so navigation, scripts and comments stay out of the text; plain
text is kept exactly as written (only decoded), because every later offset points into it.
"""

from __future__ import annotations

import re
import unicodedata
import warnings
from collections.abc import Iterable, Iterator, Mapping
from datetime import date, datetime
from html.parser import HTMLParser
from urllib.parse import urlsplit

from dateutil import parser as date_parser

from unspin.errors import InputError
from unspin.model import Article, Failure, RawDocument
from unspin.pipeline.decode import decode, sniff_html_charset
from unspin.pipeline.normalize import sentence_breaks

EMPTY_REASON = "empty after extraction"
NO_TEXT_REASON = "no article text found"
_WORD = re.compile(r"\w")
# Dates only from markup (meta tags, <time>, the URL): htmldate's extensive search also reads the
# visible text and turns "Copyright 2023" into 2023-01-01, and a wrong date misleads direction.
_DATE_PARAMS: dict[str, object] = {"extensive_search": False, "original_date": True}


def extract(raw: RawDocument) -> Article:
    """The article in ``raw``: its main text and metadata, container metadata first.

    Raises ``InputError`` naming ``raw.origin`` when nothing readable is left.
    """
    article = _extract_html(raw) if raw.format == "html" else _extract_text(raw)
    if not _WORD.search(article.text):
        raise InputError(raw.origin, EMPTY_REASON)
    return article


def extract_documents(items: Iterable[RawDocument | Failure]) -> Iterator[Article | Failure]:
    """The extract stage over a stream: failures pass through, and a bad document becomes one."""
    for item in items:
        if isinstance(item, Failure):
            yield item
            continue
        try:
            yield extract(item)
        except InputError as error:
            yield Failure(error.origin, error.reason)


def _extract_text(raw: RawDocument) -> Article:
    text = decode(raw.data, raw.origin, raw.encoding).rstrip()
    header = _text_header(text)
    fields = raw.fields
    url = _field(fields, "url")
    return Article(
        id=raw.id,
        text=text,
        content_hash=raw.content_hash,
        title=_field(fields, "title"),
        url=url,
        site=_site_from_url(url),
        published=_date_field(fields, "published") or header.published,
        byline=_field(fields, "byline") or header.byline,
        origin=raw.origin,
    )


def _extract_html(raw: RawDocument) -> Article:
    declared = raw.encoding or sniff_html_charset(raw.data)
    html = decode(raw.data, raw.origin, declared)
    fields = raw.fields
    url = _field(fields, "url")

    import trafilatura  # here: a fifth of a second to import, and text input needs none

    text = ""
    title = author = page_date = sitename = page_url = None
    try:
        document = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_precision=False,
            output_format="python",
            date_extraction_params=_DATE_PARAMS,
        )
    except Exception:  # trafilatura and lxml raise assorted errors on odd markup; fall back below
        document = None
    if document is not None and not isinstance(document, dict):
        text = document.text or ""
        title, author, page_date = document.title, document.author, document.date
        sitename = document.sitename or None
        page_url = document.url or None
    text = _clean_text(text)
    if not _WORD.search(text):
        # trafilatura gives up on very short or unusual pages; a plain dump of <body> still helps.
        dump = _HtmlTextDump.of(html)
        text = _clean_text(dump.text)
        title = title or dump.title
        if not _WORD.search(text):
            raise InputError(raw.origin, NO_TEXT_REASON)

    url = url or page_url
    published = (
        _date_field(fields, "published")
        or parse_date(page_date or "")
        or _date_field(fields, "last_modified")
        or _date_field(fields, "crawl_date")
    )
    return Article(
        id=raw.id,
        text=text,
        content_hash=raw.content_hash,
        title=_field(fields, "title") or _clean_line(title),
        url=url,
        site=_clean_line(sitename) or _site_from_url(url),
        published=published,
        byline=_field(fields, "byline") or _clean_line(author),
        origin=raw.origin,
    )


def _field(fields: Mapping[str, str], name: str) -> str | None:
    value = fields.get(name)
    return _clean_line(value)


def _date_field(fields: Mapping[str, str], name: str) -> str | None:
    value = fields.get(name)
    return parse_date(value) if value else None


def _clean_line(value: str | None) -> str | None:
    """A one-line metadata value with whitespace collapsed, or None if nothing is left."""
    if not value:
        return None
    cleaned = " ".join(unicodedata.normalize("NFC", value).split())
    return cleaned or None


def _clean_text(text: str) -> str:
    """Extracted text with newlines normalised, blank lines between paragraphs kept single."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


def _site_from_url(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host.removeprefix("www.")


class _HtmlTextDump(HTMLParser):
    """The visible text of an HTML page's body, one line per block, scripts and styles left out."""

    SKIPPED = frozenset(
        {"script", "style", "noscript", "template", "head", "svg", "iframe", "object", "select"}
    )
    BLOCKS = frozenset(
        {
            "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt",
            "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
            "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "td",
            "th", "tr", "ul", "body",
        }
    )  # fmt: skip

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._parts: list[str] = []
        self._title: list[str] = []
        self._skipping: list[str] = []
        self._in_title = False

    @classmethod
    def of(cls, html: str) -> _HtmlTextDump:
        parser = cls()
        try:
            parser.feed(html)
            parser.close()
        except Exception:  # html.parser is lenient, but never let a page stop the batch
            pass
        return parser

    @property
    def text(self) -> str:
        return "".join(self._parts)

    @property
    def title(self) -> str | None:
        return "".join(self._title).strip() or None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        if tag == "body":
            self._skipping.clear()  # an unclosed <head> (or anything in it) ends here
        if tag in self.SKIPPED:
            self._skipping.append(tag)
        elif tag in self.BLOCKS:
            self._parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.BLOCKS:
            self._parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in self._skipping:
            # Close the innermost open skipped element of this name (and anything left inside it).
            while self._skipping and self._skipping.pop() != tag:
                pass
        elif tag in self.BLOCKS:
            self._parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self._title.append(data)
        if not self._skipping:
            self._parts.append(data)


class _TextHeader:
    """A byline or date found in the first lines of a plain-text article (the text is untouched)."""

    __slots__ = ("byline", "published")

    def __init__(self, byline: str | None = None, published: str | None = None) -> None:
        self.byline = byline
        self.published = published


_BYLINE = re.compile(r"^(?:by|written by|posted by|words by)[:\s]+(?P<name>.+)$", re.I)
_NAME_PARTICLES = frozenset({"and", "&", "de", "del", "da", "van", "von", "der", "al", "bin", "le"})
_HEADER_SEPARATOR = re.compile(r"\s+[|•·–—-]\s+")
_HEADER_LINES = 6
_HEADER_LINE_LENGTH = 80


def _text_header(text: str) -> _TextHeader:
    """Look for "By Jane Doe" or a date line among the first few short lines of a text.

    Content farms often sign at the foot ("By Admin" above "Leave a Reply"), so the last few
    short lines are searched for a byline too (but not for a date: footers carry copyright years).
    """
    header = _TextHeader()
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    for line in lines[:_HEADER_LINES]:
        if len(line) > _HEADER_LINE_LENGTH:
            break  # the body has started
        for part in _HEADER_SEPARATOR.split(line):
            if header.byline is None:
                header.byline = _byline_in(part)
                if header.byline is not None:
                    continue
            if header.published is None:
                header.published = parse_date(part)
        if header.byline and header.published:
            break
    if header.byline is None:
        for line in reversed(lines[-_HEADER_LINES:]):
            if len(line) > _HEADER_LINE_LENGTH:
                break  # back in the body
            header.byline = next(
                (name for part in _HEADER_SEPARATOR.split(line) if (name := _byline_in(part))),
                None,
            )
            if header.byline is not None:
                break
    return header


_CHROME_SEPARATOR = re.compile(r"\s[|•·]\s")
_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")
# Button labels run together by a page's extraction: "Comment on this storyCommentAdd to your
# saved storiesSave". A word of three lowercase letters or more running into a capital never
# starts a headline's word (names in camel case start with a capital: "YouTube", "BlackRock";
# or with one small letter: "iPhone", "eBay").
_GLUED_LABELS = re.compile(r"\b[^\W\d_A-Z]{3,}[A-Z][^\W\d_A-Z]")
_HEADLINE_CHARS = 200
_LEDE_CHARS = 120


def headline(text: str) -> str | None:
    """The headline of a plain text: the first of its first few lines that reads as one (three
    words or more, not a date, a byline or a line of page furniture such as "Tap to share |
    Comment"), else its first line. At most 200 characters."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    for line in lines[:_HEADER_LINES]:
        if (len(_LETTER_WORD.findall(line)) >= 3 and not _CHROME_SEPARATOR.search(line)
                and not _GLUED_LABELS.search(line)
                and _byline_in(line) is None and parse_date(line) is None):
            return _shortened(line)
    return _shortened(lines[0]) if lines else None


def _shortened(line: str) -> str:
    """A headline line as it is; a paragraph (a text without a headline) by its first sentence,
    cut at a word's end to at most 120 characters (a long headline's length)."""
    if len(line) <= _HEADLINE_CHARS:
        return line
    breaks = sentence_breaks(line)  # the aligner's sentences: "Mr. Bello" is not an end
    first = line[:breaks[0]].rstrip() if breaks else line
    if len(first) <= _LEDE_CHARS:
        return first
    cut = first[:_LEDE_CHARS - 1]
    if not first[len(cut)].isspace() and " " in cut:
        cut = cut.rsplit(" ", 1)[0]  # the last word whole or not at all
    return cut.rstrip(" ,;:–—-") + "…"


def _byline_in(line: str) -> str | None:
    match = _BYLINE.match(line.strip())
    if not match:
        return None
    name = match.group("name").strip().rstrip(",;")
    words = name.split()
    if not 1 <= len(words) <= 5 or len(name) > 60:
        return None
    if len(words) == 1:
        return name if name.isalpha() else None  # "By Admin", "by admin", "By Reuters"
    for word in words:
        if word.lower() in _NAME_PARTICLES:
            continue
        if not word[:1].isupper() or not re.fullmatch(r"[^\W\d_][\w.'’-]*", word):
            return None
    return name


_DATE_PREFIX = re.compile(
    r"^(?:published|posted|updated|last updated|date|dated)(?:\s+on)?\s*:?\s*", re.I
)
# Two defaults: a date whose day, month or year the text lacks parses differently with each.
_DEFAULTS = (datetime(1904, 1, 1), datetime(1908, 2, 2))


def parse_date(value: str) -> str | None:
    """An ISO date (``YYYY-MM-DD``) from a date written in a common way, else None.

    dateutil reads ISO 8601, RFC 2822 (HTTP and e-mail dates), "Thu. Feb 22nd, 2024", "22
    February 2024", "2024/02/22" and "02/22/2024" (US order unless the day shows otherwise);
    "22.02.2024" is read day first, as where it is written. A year or a month alone is no date.
    """
    text = " ".join(value.split())
    if not text or len(text) > 60 or not any(c.isdigit() for c in text):
        return None  # every accepted form has digits (the year at least)
    text = _DATE_PREFIX.sub("", text)
    dayfirst = bool(re.fullmatch(r"\d{1,2}\.\d{1,2}\.\d{4}", text))
    try:
        with warnings.catch_warnings():  # an unknown zone name ("EST") does not change the day
            warnings.simplefilter("ignore", date_parser.UnknownTimezoneWarning)
            first, second = (date_parser.parse(text, default=d, dayfirst=dayfirst)
                             for d in _DEFAULTS)
    except (ValueError, OverflowError):
        return None
    return _checked(first.date()) if first.date() == second.date() else None


def _checked(day: date) -> str | None:
    """The ISO form of a plausible publication date (years 1800 to 2199), else None."""
    return day.isoformat() if 1800 <= day.year < 2200 else None
