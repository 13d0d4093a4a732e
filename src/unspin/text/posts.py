"""Embedded social-media posts: someone else's words, quoted without quotation marks.

A page that embeds a post on X (Twitter) keeps, once its HTML is read as text, the post's
words and then the embed's signature line: ``— Name (@handle) November 21, 2023``. Two
independent reports embedding one post share its words as exactly as two reports quoting one
statement, so those words are a quotation, not reuse. The post is the lines just before the
signature: the line above it, and the lines above that while they add up to at most
``MAX_POST`` characters (a post is at most 280; pages read as text often have no blank line between
the post and the article's own paragraphs), never past a blank line or another post.
"""

from __future__ import annotations

import re

MAX_POST = 300

# "— Name (@handle) Month D, YYYY", as the embed code writes it, alone on its line.
_SIGNATURE = re.compile(
    r"^[ \t]*[—–-]{1,2}[ \t]*[^\n]{1,100}?\(@\w{1,30}\)[ \t]*(?:on[ \t]+)?"
    r"[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},[ \t]+\d{4}[ \t]*$",
    re.MULTILINE,
)


def embedded_posts(text: str) -> list[tuple[int, int]]:
    """The character ranges of embedded posts, each with its signature line, in text order."""
    spans: list[tuple[int, int]] = []
    for signature in _SIGNATURE.finditer(text):
        floor = spans[-1][1] if spans else 0
        start = signature.start()
        while start > floor:
            line = text.rfind("\n", floor, start - 1) + 1  # the line ending at start - 1
            if line < floor:
                line = floor
            if not text[line:start].strip():  # a blank line: the post ends above it
                break
            if start != signature.start() and signature.start() - line > MAX_POST:
                break
            start = line
        spans.append((start, signature.end()))
    return spans
