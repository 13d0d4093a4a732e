"""The page every view is drawn on: its style sheet (screen and print), its security policy, the
escaping every piece of article text goes through, and the colour legend.

Article text is data: it reaches a page only through :func:`esc` (HTML-escaped, quotes too),
and the page's own policy forbids every script and every request (``default-src 'none'``), so
even a text that slipped through escaping could neither run nor fetch anything.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

# No script and no request of any kind: styles and drawings are inline, images data: URLs.
POLICY = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
          "form-action 'self'; base-uri 'none'")
# Sent as a header by the app; a meta element cannot carry frame-ancestors.
HEADER_POLICY = POLICY + "; frame-ancestors 'none'"

_NOT_HTML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

CSS = """
:root { --src: #fde2e1; --src-line: #c0392b; --copy: #fff1b8; --copy-line: #b7950b;
  --kept: #e8f4ea; --ink: #1d1d1f; --muted: #5f6368; --rule: #d9d9de; }
* { box-sizing: border-box; }
body { font: 15px/1.5 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: var(--ink);
  margin: 0 auto; max-width: 1240px; padding: 0 24px 48px; }
header.top { border-bottom: 2px solid var(--ink); margin-bottom: 16px; padding: 16px 0 8px; }
h1 { font-size: 26px; margin: 0; }
h2 { font-size: 21px; margin: 28px 0 8px; border-bottom: 1px solid var(--rule);
  padding-bottom: 4px; }
h3 { font-size: 17px; margin: 14px 0 6px; }
.muted, .note { color: var(--muted); } .note { font-size: 13px; }
nav.toc a { margin-right: 14px; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; font-size: 14px; }
th, td { text-align: left; padding: 3px 8px; border-bottom: 1px solid var(--rule);
  vertical-align: top; }
th { background: #f4f4f6; } table.compact { width: auto; min-width: 50%; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; margin: 8px 0; }
.card { border: 1px solid var(--rule); border-radius: 6px; padding: 8px 14px; min-width: 130px; }
.card b { display: block; font-size: 24px; }
.bar { background: #4a6fa5; height: 14px; display: inline-block; vertical-align: middle;
  print-color-adjust: exact; -webkit-print-color-adjust: exact; }
.kind { display: inline-block; padding: 0 7px; border-radius: 9px; font-size: 12px; color: #fff;
  print-color-adjust: exact; -webkit-print-color-adjust: exact; }
.kind-verbatim { background: #1f77b4; } .kind-partial { background: #2ca02c; }
.kind-spun { background: #d62728; } .kind-paraphrase { background: #9467bd; }
details { border: 1px solid var(--rule); border-radius: 6px; margin: 8px 0; padding: 4px 10px; }
details > summary { cursor: pointer; font-weight: 600; }
details.relation, details.story { content-visibility: auto; contain-intrinsic-size: auto 60px; }
.side { display: grid; grid-template-columns: 1fr 1fr; gap: 14px; margin: 8px 0; }
.side > div { border: 1px solid var(--rule); border-radius: 4px; padding: 8px 10px;
  white-space: pre-wrap; overflow-wrap: anywhere; font-size: 14px; }
.side .head { font-weight: 600; white-space: normal; margin-bottom: 4px; }
.kept { background: var(--kept); print-color-adjust: exact; -webkit-print-color-adjust: exact; }
del.swap { background: var(--src); color: var(--src-line); text-decoration: line-through;
  print-color-adjust: exact; -webkit-print-color-adjust: exact; }
ins.swap { background: var(--copy); text-decoration: none;
  border-bottom: 2px solid var(--copy-line);
  print-color-adjust: exact; -webkit-print-color-adjust: exact; }
.to { color: var(--muted); font-size: 11px; margin: 0 1px; }
mark.suspect { background: var(--copy); border-bottom: 2px dotted var(--copy-line); }
mark.restored { background: var(--kept); border-bottom: 2px solid #2e7d32; }
.legend { display: flex; flex-wrap: wrap; gap: 16px; font-size: 13px; margin: 6px 0 10px;
  padding: 6px 10px; background: #fafafa; border: 1px solid var(--rule); border-radius: 4px; }
.family svg { max-width: 100%; height: auto; }
.story-body { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 1fr); gap: 14px; }
.independent { border-left: 3px dashed #999; padding-left: 10px; font-size: 14px; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; border: 1px solid var(--rule);
  border-radius: 4px; padding: 8px 10px; font-size: 14px; }
.flag { color: #b3261e; font-weight: 600; }
form.paste textarea { width: 100%; min-height: 180px; font: inherit; }
form.paste input[type=text] { width: 48%; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  nav.toc, form.paste { display: none; }
  details { border: none; padding: 0; }
  details > summary { list-style: none; }
  details.relation, details.story { content-visibility: visible; }
  .side > div, .text { break-inside: auto; }
  section, details { break-inside: avoid-page; }
  a { color: inherit; text-decoration: none; }
}
"""


def esc(value: object) -> str:
    """Text made safe inside an element or a double-quoted attribute (``&<>"'`` escaped, and
    control characters a page cannot hold replaced)."""
    return html.escape(_NOT_HTML.sub("\ufffd", str(value)), quote=True)


def percent(value: float) -> str:
    return f"{value * 100:.0f}%"


def counted(count: int, one: str, many: str | None = None) -> str:
    """``count`` and the noun it counts: "1 article", "2 articles", "1 copy family"."""
    noun = one if count == 1 else (many or one + "s")
    return f"{count:,} {noun}"


def kind_badge(kind: str) -> str:
    return f'<span class="kind kind-{esc(kind)}">{esc(kind)}</span>'


def legend() -> str:
    """What the colours of a side-by-side view mean."""
    return (
        '<div class="legend" role="note"><b>Legend</b>'
        '<span><span class="kept">text like this</span> was copied (the aligned passages)'
        '</span>'
        '<span><del class="swap">source word</del> the source\'s wording the copy changed</span>'
        '<span><ins class="swap">copy word</ins> what the copy wrote instead (in the copy: '
        '<del class="swap">source</del><span class="to">→</span><ins class="swap">copy</ins>)'
        '</span>'
        '<span>outside the shading: not taken from the other text</span></div>')


def table(headers: Iterable[str], rows: Iterable[Iterable[str]], numeric: Iterable[int] = (),
          css: str = "") -> str:
    """An HTML table; cells must already be escaped HTML. ``numeric`` columns align right."""
    right = set(numeric)
    head = "".join(f'<th{" class=n" if k in right else ""}>{h}</th>'
                   for k, h in enumerate(headers))
    body = "".join(
        "<tr>" + "".join(f'<td{" class=n" if k in right else ""}>{cell}</td>'
                         for k, cell in enumerate(row)) + "</tr>"
        for row in rows)
    attribute = f' class="{css}"' if css else ""
    return f"<table{attribute}><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def page(title: str, body: str, policy_meta: bool = True) -> str:
    """A whole HTML page: ``body`` (escaped HTML) under the style sheet and, in a file
    (``policy_meta``), the security policy as a meta element (the app sends it as a header)."""
    meta = (f'<meta http-equiv="Content-Security-Policy" content="{esc(POLICY)}">'
            if policy_meta else "")
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"{meta}<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<meta name=\"referrer\" content=\"no-referrer\"><title>{esc(title)}</title>"
            f"<style>{CSS}</style></head><body>{body}</body></html>\n")
