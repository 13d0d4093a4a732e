"""The extract stage: decoding, HTML main text and metadata, and plain text kept as written."""

from __future__ import annotations

import codecs
import os
import unicodedata
from collections.abc import Mapping

import pytest
import xxhash
from hypothesis import given
from hypothesis import strategies as st

from unspin.errors import InputError
from unspin.model import Article, Failure, RawDocument, RawFormat
from unspin.pipeline.decode import decode
from unspin.pipeline.extract import extract, extract_documents, headline, parse_date


def raw(
    data: bytes | str,
    format_: RawFormat = "text",
    *,
    fields: Mapping[str, str] | None = None,
    encoding: str | None = None,
    doc_id: str = "dir/doc",
) -> RawDocument:
    payload = data.encode("utf-8") if isinstance(data, str) else data
    return RawDocument(
        id=doc_id,
        origin=doc_id,
        format=format_,
        data=payload,
        content_hash=xxhash.xxh3_128_hexdigest(payload),
        fields=dict(fields or {}),
        encoding=encoding,
    )


FRENCH = "Le café de la gare a rouvert ses portes: « déjà vu », dit-il. Ça coûte 5 €."
WESTERN = "The naïve café owner said “hello” — twice — and charged £4."


# --- decode -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("café au lait", "latin-1"),
        (FRENCH, "cp1252"),
        (WESTERN, "cp1252"),
        ("Größe und Übermaß sind schön, sagte er.", "latin-1"),
        (WESTERN, "utf-8"),
    ],
)
def test_decode_guesses_western_encodings(text: str, encoding: str) -> None:
    assert decode(text.encode(encoding), "x.txt") == text


@pytest.mark.parametrize(
    "encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig", "utf-32", "utf-32-be"]
)
def test_decode_honours_byte_order_marks(encoding: str) -> None:
    data = FRENCH.encode(encoding)
    if encoding in ("utf-16-le", "utf-16-be", "utf-32-be"):
        bom = {
            "utf-16-le": codecs.BOM_UTF16_LE,
            "utf-16-be": codecs.BOM_UTF16_BE,
            "utf-32-be": codecs.BOM_UTF32_BE,
        }[encoding]
        data = bom + data
    assert decode(data, "x.txt") == FRENCH


def test_decode_reads_utf16_without_a_bom() -> None:
    assert decode(WESTERN.encode("utf-16-le"), "x.txt") == WESTERN
    assert decode(WESTERN.encode("utf-16-be"), "x.txt") == WESTERN


def test_decode_uses_the_declared_charset() -> None:
    russian = "Привет, как дела? Всё хорошо, спасибо."
    assert decode(russian.encode("koi8-r"), "x.txt", "koi8-r") == russian
    assert decode(russian.encode("cp1251"), "x.txt", "windows-1251") == russian
    assert decode(russian.encode("cp1251"), "x.txt") == russian  # guessed


def test_decode_prefers_utf8_over_a_wrong_single_byte_label() -> None:
    assert decode(WESTERN.encode("utf-8"), "x.txt", "iso-8859-1") == WESTERN


def test_decode_treats_a_latin1_label_as_windows_1252() -> None:
    assert decode(WESTERN.encode("cp1252"), "x.txt", "ISO-8859-1") == WESTERN


def test_decode_ignores_an_unknown_label() -> None:
    assert decode(FRENCH.encode("utf-8"), "x.txt", "no-such-charset") == FRENCH


def test_decode_normalises_newlines_and_composes_characters() -> None:
    decomposed = unicodedata.normalize("NFD", "Café\r\nnaïve\rend")
    assert decode(decomposed.encode("utf-8"), "x.txt") == "Café\nnaïve\nend"


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
        b"%PDF-1.4\n" + bytes(range(256)) * 4,
        os.urandom(4096),
        b"text with a NUL\x00 in the middle",
        b"\x01\x02\x03\x04 mostly control bytes \x05\x06\x07\x08\x0e\x0f\x10\x11",
        codecs.BOM_UTF16_LE + "\x00\x01\x02\x03\x04\x05".encode("utf-16-le"),
        codecs.BOM_UTF16_LE + "\x01\x02\x03\x04\x05\x06".encode("utf-16-le"),
    ],
)
def test_decode_rejects_binary(data: bytes) -> None:
    with pytest.raises(InputError) as caught:
        decode(data, "dir/file.txt")
    assert caught.value.reason == "binary file, not text"
    assert caught.value.origin == "dir/file.txt"
    assert str(caught.value) == "dir/file.txt: binary file, not text"


def test_decode_rejects_broken_utf16_after_its_bom() -> None:
    with pytest.raises(InputError, match="undecodable"):
        decode(codecs.BOM_UTF16_LE + b"\x00\xd8a", "x.txt")  # a lone surrogate


PRINTABLE = st.text(
    alphabet=st.characters(categories=("L", "M", "N", "P", "S", "Zs"), include_characters="\n\t")
).map(lambda text: unicodedata.normalize("NFC", text))


@given(PRINTABLE)
def test_decode_round_trips_utf8(text: str) -> None:
    assert decode(text.encode("utf-8"), "x.txt") == text


# --- plain text ---------------------------------------------------------------------------

SPUN_HEAD = "Thu. Feb 22nd, 2024\n\nBy Admin\n\nRIGA, Latvia — When a delegation visited...\n"


def test_plain_text_is_kept_as_written_except_trailing_whitespace() -> None:
    text = "  Title line\n\nFirst paragraph.\n\n\nSecond   paragraph,\tspaced.\n\n  \n"
    article = extract(raw(text))
    assert article.text == "  Title line\n\nFirst paragraph.\n\n\nSecond   paragraph,\tspaced."
    assert article.id == "dir/doc" and article.origin == "dir/doc"
    assert article.content_hash == xxhash.xxh3_128_hexdigest(text.encode())
    assert article.title is None and article.url is None and article.site is None


def test_plain_text_byline_and_date_lines_fill_metadata_without_touching_text() -> None:
    article = extract(raw(SPUN_HEAD))
    assert article.byline == "Admin"
    assert article.published == "2024-02-22"
    assert article.text == SPUN_HEAD.rstrip()


@pytest.mark.parametrize(
    ("text", "byline"),
    [
        ("Headline\n\nBy Jane Doe | March 3, 2024\n\nBody.", "Jane Doe"),
        ("By admin | News\n\nAlgeria hit by further gas riots\n\nBody.", "admin"),
        ("Body of the story goes here.\n\nAvatar photo\n\nBy Admin\n\nLeave a Reply", "Admin"),
        ("By the time the police arrived, the crowd had gone home.\n\nMore text.", None),
        ("Council raises taxes\n\nThe council voted by hand on Tuesday.", None),
    ],
)
def test_plain_text_bylines(text: str, byline: str | None) -> None:
    assert extract(raw(text)).byline == byline


def test_container_fields_win_and_dates_become_iso() -> None:
    fields = {
        "title": "  Given\ttitle ",
        "url": "https://www.Example.co.uk/news/1",
        "published": "Fri, 27 Oct 2023 08:00:00 GMT",
        "byline": "Jane Doe",
    }
    article = extract(raw(SPUN_HEAD, fields=fields))
    assert article.title == "Given title"
    assert article.url == "https://www.Example.co.uk/news/1"
    assert article.site == "example.co.uk"
    assert article.published == "2023-10-27"
    assert article.byline == "Jane Doe"
    assert article.text == SPUN_HEAD.rstrip()


def test_unparseable_published_field_becomes_none() -> None:
    assert extract(raw("Some words.", fields={"published": "last Tuesday"})).published is None


@pytest.mark.parametrize("text", ["", "   \n\t\n", "--- *** ---\n", "\u00a0\u2003"])
def test_text_without_words_is_empty_after_extraction(text: str) -> None:
    with pytest.raises(InputError) as caught:
        extract(raw(text))
    assert caught.value.reason == "empty after extraction"
    assert caught.value.origin == "dir/doc"


def test_latin1_text_file_decodes() -> None:
    assert extract(raw(FRENCH.encode("cp1252"))).text == FRENCH


def test_utf16_text_file_with_bom_decodes() -> None:
    assert extract(raw(FRENCH.encode("utf-16"))).text == FRENCH


# --- HTML ---------------------------------------------------------------------------------

NEWS_PAGE = """<!DOCTYPE html>
<html><head>
<meta charset="utf-8">
<title>Council raises taxes | The Example Times</title>
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2023-10-27T08:00:00Z">
<script>var tracking = "SCRIPT-SECRET";</script>
<style>.ad { color: red } /* STYLE-SECRET */</style>
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav>
<article>
<h1>Council raises taxes</h1>
<p>The council said on Tuesday that it would raise local taxes by 5% &amp; cut services
to &lt;balance&gt; the budget.</p>
<script>document.write("SCRIPT-LEAK");</script>
<p>Residents were angry. &quot;This is outrageous,&quot; said John Smith, a local
shopkeeper, who has run the caf&eacute; on the high street for &#8220;twenty years&#8221;.</p>
<p>The decision will be reviewed next spring, officials said.</p>
</article>
<footer>Copyright 2023 The Example Times. All rights reserved.</footer>
</body></html>
"""


def test_html_main_text_and_metadata() -> None:
    article = extract(raw(NEWS_PAGE, "html", doc_id="news/taxes.html"))
    assert "raise local taxes by 5% & cut services to <balance> the budget." in article.text
    assert "the café on the high street for “twenty years”." in article.text
    assert "The decision will be reviewed next spring" in article.text
    assert article.title == "Council raises taxes"
    assert article.byline == "Jane Doe"
    assert article.published == "2023-10-27"
    assert article.id == "news/taxes.html"


def test_html_paragraphs_are_separate_lines() -> None:
    text = extract(raw(NEWS_PAGE, "html")).text
    assert "\n" in text
    assert all(line == line.strip() and line for line in text.split("\n"))


@pytest.mark.parametrize(
    "page",
    [
        NEWS_PAGE,
        "<html><body><p>Short note &amp; more.<script>alert('SCRIPT-LEAK')</script></p></body>",
        "<p>Bare fragment<style>p{x:1}</style> with <script>SCRIPT-LEAK()</script>words.",
    ],
)
def test_html_never_leaks_scripts_styles_or_entities(page: str) -> None:
    text = extract(raw(page, "html")).text
    for leak in ("SCRIPT", "STYLE", "tracking", "color", "&amp;", "&quot;", "&eacute;", "<p>"):
        assert leak not in text


def test_malformed_html_is_still_extracted() -> None:
    page = (
        "<html><head><title>Broken page</title><body><div><p>Unclosed paragraph about the "
        "<b>flood defences <i>in the town</b> which failed</i> again<p>Second paragraph "
        "with a <a href='x'>dangling link <div>and a stray div</span>"
    )
    text = extract(raw(page, "html")).text
    assert "Unclosed paragraph about the flood defences" in text
    assert "Second paragraph" in text
    assert "Broken page" not in text


def test_very_short_page_falls_back_to_the_body_text() -> None:
    article = extract(
        raw("<html><head><title>T</title></head><body>Hi there</body></html>", "html")
    )
    assert article.text == "Hi there"


@pytest.mark.parametrize(
    "page",
    [
        "<html><body><script>only()</script></body></html>",
        "<html><head><title>Only a title</title></head><body>   </body></html>",
        "<html></html>",
    ],
)
def test_page_without_text_fails_clearly(page: str) -> None:
    with pytest.raises(InputError) as caught:
        extract(raw(page, "html", doc_id="a/b.html"))
    assert caught.value.reason == "no article text found"
    assert caught.value.origin == "a/b.html"


def test_html_container_fields_win() -> None:
    fields = {
        "title": "Container title",
        "byline": "By Admin",
        "published": "2024-02-22",
        "url": "https://www.copycat.example/story",
    }
    article = extract(raw(NEWS_PAGE, "html", fields=fields))
    assert article.title == "Container title"
    assert article.byline == "By Admin"
    assert article.published == "2024-02-22"
    assert article.url == "https://www.copycat.example/story"
    assert article.site == "copycat.example"


def test_html_site_name_and_canonical_url_come_from_the_page() -> None:
    page = NEWS_PAGE.replace(
        "<title>",
        '<meta property="og:site_name" content="The Example Times">'
        '<link rel="canonical" href="https://www.example.com/news/taxes"><title>',
    )
    article = extract(raw(page, "html"))
    assert article.site == "The Example Times"
    assert article.url == "https://www.example.com/news/taxes"


def test_html_site_from_url_when_no_site_name() -> None:
    article = extract(raw(NEWS_PAGE, "html", fields={"url": "http://www.news.example.org/a"}))
    assert article.site == "news.example.org"


def test_html_charset_from_meta_tag() -> None:
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
        f"</head><body><article><p>{FRENCH}</p><p>{WESTERN}</p></article></body></html>"
    )
    text = extract(raw(page.encode("cp1252"), "html")).text
    assert FRENCH in text and WESTERN in text


def test_html_declared_encoding_beats_meta_tag() -> None:
    page = f'<html><head><meta charset="utf-8"></head><body><p>{WESTERN}</p></body></html>'
    text = extract(raw(page.encode("cp1252"), "html", encoding="windows-1252")).text
    assert WESTERN in text


def test_utf16_html_with_bom() -> None:
    page = f"<html><body><article><p>{FRENCH}</p></article></body></html>"
    assert FRENCH in extract(raw(page.encode("utf-16"), "html")).text


def test_crawl_date_is_only_a_fallback_for_the_page_date() -> None:
    fields = {"url": "https://example.com/a", "crawl_date": "2024-03-01T12:00:00Z"}
    assert extract(raw(NEWS_PAGE, "html", fields=fields)).published == "2023-10-27"
    undated = "<html><body><article><p>Words without any date at all.</p></article></body></html>"
    assert extract(raw(undated, "html", fields=fields)).published == "2024-03-01"


def test_copyright_year_is_not_taken_for_a_date() -> None:
    page = NEWS_PAGE.replace(
        '<meta property="article:published_time" content="2023-10-27T08:00:00Z">', ""
    )
    assert extract(raw(page, "html")).published is None


def test_binary_html_file_fails() -> None:
    with pytest.raises(InputError, match="binary file, not text"):
        extract(raw(b"<html>\x00\x01\x02\x00" * 50, "html"))


# --- stream and dates -----------------------------------------------------------------------


def test_extract_documents_passes_failures_and_turns_errors_into_failures() -> None:
    earlier = Failure("a.jsonl:3", "bad JSON")
    results = list(
        extract_documents([earlier, raw(b"\x00\x01binary", doc_id="b.txt"), raw("Fine text.")])
    )
    assert results[0] is earlier
    assert results[1] == Failure("b.txt", "binary file, not text")
    assert isinstance(results[2], Article) and results[2].text == "Fine text."


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-10-27", "2023-10-27"),
        ("2023-10-27T08:00:00Z", "2023-10-27"),
        ("2024-02-22T14:05:00.000+01:00", "2024-02-22"),
        ("2024-02-22 14:05", "2024-02-22"),
        ("20240222", "2024-02-22"),
        ("Fri, 27 Oct 2023 08:00:00 GMT", "2023-10-27"),
        ("Thu. Feb 22nd, 2024", "2024-02-22"),
        ("February 22, 2024", "2024-02-22"),
        ("Feb. 22, 2024 3:45 PM EST", "2024-02-22"),
        ("22 February 2024", "2024-02-22"),
        ("Monday, 3 March 2024", "2024-03-03"),
        ("Published: March 3, 2024", "2024-03-03"),
        ("Posted on Sept 5th, 2023", "2023-09-05"),
        ("2024/02/22", "2024-02-22"),
        ("22.02.2024", "2024-02-22"),
        ("02/22/2024", "2024-02-22"),
        ("22/02/2024", "2024-02-22"),
        ("hello", None),
        ("2023", None),
        ("", None),
        ("31 February 2024", None),
        ("By Admin", None),
    ],
)
def test_parse_date(value: str, expected: str | None) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("BREAKING NEWS\n04/10/2024 21:04 | 3 min read\n\nCorvane opens Eastbrook site, bringing "
     "240 jobs\n\nEASTBROOK — A plant opened.", "Corvane opens Eastbrook site, bringing 240 jobs"),
    ("Thu. Feb 22nd, 2024\nTap to share this story | Comment | Save for later\n\nOld mill gets "
     "new life\n\nBody.", "Old mill gets new life"),
    ("Updated: 26 Apr 2024, 9:29 pm\nBy Jane Doe\nMeridian 200 tumbles after warning\n\nText.",
     "Meridian 200 tumbles after warning"),
    ("Bitcoin – will bulls defend $40?\n\nText.", "Bitcoin – will bulls defend $40?"),
    ("Ok\n", "Ok"),
    # the spun example: glued button labels, and no headline but the lede
    ("Thu. Feb 22nd, 2024\n\nTouch upon this storyCommentAdd to your saved storiesSave\n\n"
     "RIGA, Latvia — When a Hamas delegation visited Moscow in late October, Russian "
     "diplomats handed the group an inventory of eight Russian-Israeli residents being held "
     "hostage in Gaza. Hamas instantly signaled that the checklist would get consideration.",
     "RIGA, Latvia — When a Hamas delegation visited Moscow in late October, Russian "
     "diplomats handed the group an inventory…"),
    ("YouTube and BlackRock back iPhone maker's eBay deal\n\nText.",
     "YouTube and BlackRock back iPhone maker's eBay deal"),
    ("word " * 60, ("word " * 24).strip() + "…"),
    ("A first sentence. Then " + "word " * 40, "A first sentence."),
    ("", None),
])
def test_the_headline_of_a_plain_text_skips_dates_bylines_and_furniture(
        text: str, expected: str | None) -> None:
    assert headline(text) == expected
