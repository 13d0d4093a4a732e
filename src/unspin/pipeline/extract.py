"""Extract stage: turn a ``RawDocument`` into an ``Article`` (decoded main text plus metadata).

HTML goes through trafilatura so navigation, scripts and comments stay out of the text; plain
text is kept exactly as written (only decoded), because every later offset points into it.
"""

from __future__ import annotations

import codecs
import functools
import re
import unicodedata
import warnings
from collections.abc import Iterable, Iterator, Mapping
from datetime import date, datetime
from html.parser import HTMLParser
from urllib.parse import urlsplit

from charset_normalizer import from_bytes
from dateutil import parser as date_parser

from unspin.errors import InputError
from unspin.model import Article, Failure, RawDocument

BINARY_REASON = "binary file, not text"
EMPTY_REASON = "empty after extraction"
NO_TEXT_REASON = "no article text found"

# Share of control characters (other than tab, newlines, form feed, escape) above which a file is
# taken for binary data: random bytes have about 10%, real text almost none.
MAX_CONTROL_SHARE = 0.05
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v\x1b")
_CONTROL_BYTES = bytes(b for b in range(32) if chr(b) not in _ALLOWED_CONTROLS) + b"\x7f"
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16-LE: its BOM starts the same way
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._:-]+)""", re.I)
_CONTROL_CHARS = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f]")
_WORD = re.compile(r"\w")
# Dates only from markup (meta tags, <time>, the URL): htmldate's extensive search also reads the
# visible text and turns "Copyright 2023" into 2023-01-01, and a wrong date misleads direction.
_DATE_PARAMS: dict[str, object] = {"extensive_search": False, "original_date": True}


def decode(data: bytes, origin: str, declared: str | None = None) -> str:
    """Bytes to text: BOM, then the declared charset, then UTF-8, then a guess.

    Binary data is refused with "binary file, not text". Newlines become "\\n" and the text is
    NFC-normalised, so equal texts compare equal whatever their source encoding.
    """
    text = _decode_raw(data, origin, declared)
    if _control_share(text) > MAX_CONTROL_SHARE or "\x00" in text:
        raise InputError(origin, BINARY_REASON)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def _decode_raw(data: bytes, origin: str, declared: str | None) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError:
                if encoding == "utf-32-le":
                    continue  # FF FE 00 00 may also be a UTF-16 BOM followed by U+0000
                reason = f"undecodable: not valid {encoding} after its byte order mark"
                raise InputError(origin, reason) from None

    if b"\x00" in data:
        # Only UTF-16 text without a BOM has NUL bytes; anything else with them is binary.
        utf16 = _guess_bomless_utf16(data)
        if utf16 is None:
            raise InputError(origin, BINARY_REASON)
        return utf16
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    if data and controls / len(data) > MAX_CONTROL_SHARE:
        raise InputError(origin, BINARY_REASON)

    declared_codec = _codec_name(declared)
    if declared_codec is not None:
        decoded = _decode_declared(data, declared_codec)
        if decoded is not None:
            return decoded

    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass

    western = _decode_western(data)
    if western is not None:
        return western
    best = from_bytes(data).best()
    if best is None:
        raise InputError(origin, "undecodable: unknown text encoding")
    return str(best)


def _codec_name(label: str | None) -> str | None:
    """Python's codec name for a charset label, or None when unknown or not usable here."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        return None
    if name.startswith(("utf-16", "utf-32")):
        return None  # a UTF-16 label on bytes without a BOM or NULs is a mistake; ignore it
    # As browsers do (WHATWG), Latin-1 and ASCII labels mean windows-1252.
    if name in ("latin-1", "iso8859-1", "ascii"):
        return "cp1252"
    return name


def _decode_declared(data: bytes, encoding: str) -> str | None:
    """``data`` in the declared encoding, or None when it does not fit.

    A single-byte charset decodes anything, so bytes that are valid UTF-8 with multi-byte
    sequences win over such a label: pages mislabelled Latin-1 are common, while Latin-1 text that
    happens to be valid UTF-8 is all but unknown.
    """
    if not data.isascii() and _is_single_byte(encoding):
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            pass
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        if encoding == "cp1252":
            return data.decode("latin-1")  # the five bytes cp1252 leaves undefined
        return None


@functools.cache
def _is_single_byte(encoding: str) -> bool:
    if encoding == "utf-8":
        return False
    return len(bytes(range(0x80, 0x100)).decode(encoding, "replace")) == 0x80


def _guess_bomless_utf16(data: bytes) -> str | None:
    """Decode UTF-16 without a BOM when the NUL bytes sit where mostly-ASCII UTF-16 puts them."""
    if len(data) < 2 or len(data) % 2:
        return None
    half = len(data) // 2
    even_nuls = data[0::2].count(0) / half
    odd_nuls = data[1::2].count(0) / half
    if odd_nuls >= 0.4 and even_nuls < 0.05:
        encoding = "utf-16-le"
    elif even_nuls >= 0.4 and odd_nuls < 0.05:
        encoding = "utf-16-be"
    else:
        return None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _decode_western(data: bytes) -> str | None:
    """``data`` as windows-1252 when the result reads like Western European text, else None.

    charset-normalizer guesses badly on short Western text ("café" comes out as cp1006), while
    windows-1252 is by far the commonest legacy encoding of English news. Mis-decoded Cyrillic or
    Greek gives words made almost wholly of accented letters, which this rejects.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    words = [word for word in re.findall(r"[^\W\d_]+", text) if not word.isascii()]
    if not words:
        return text  # only punctuation or symbols beyond ASCII: quotes, dashes, currency
    plausible = sum(
        1
        for word in words
        if len(word) <= 2 or sum(1 for char in word if not char.isascii()) * 2 <= len(word)
    )
    return text if plausible >= 0.9 * len(words) else None


def _control_share(text: str) -> float:
    """The share of control characters (Unicode category Cc, bar whitespace and escape)."""
    if not text:
        return 0.0
    return sum(1 for _ in _CONTROL_CHARS.finditer(text)) / len(text)


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
    declared = raw.encoding or _sniff_html_charset(raw.data)
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


def _sniff_html_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a ``<meta>`` or XML declaration near its start."""
    head = data[:4096]
    match = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    return match.group(1).decode("ascii") if match else None


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
