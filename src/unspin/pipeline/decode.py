"""Decoding: bytes to text (byte-order marks, the declared charset, UTF-8, then a guess), binary
data refused, newlines and Unicode normalised; and the charset an HTML page declares."""

from __future__ import annotations

import codecs
import functools
import re
import unicodedata

from charset_normalizer import from_bytes

from unspin.errors import InputError

BINARY_REASON = "binary file, not text"

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


def sniff_html_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a ``<meta>`` or XML declaration near its start."""
    head = data[:4096]
    match = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    return match.group(1).decode("ascii") if match else None
