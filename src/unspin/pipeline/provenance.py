"""Direction: which of two related articles is the source.

Evidence, strongest first:
1. publication dates, when both are known and differ;
2. the wording at substituted positions: spinners replace common words with rarer thesaurus
   entries ("Middle East" → "Center East", "best actor" → "best histrion"), so the text whose
   substituted words are the more frequent ones (wordfreq's Zipf scale) is the source; only
   words swapped for as many other words count (:func:`word_swaps`), not an editor's
   respellings, numbers or reworded clauses;
3. content-farm signs: a byline or line such as "By Admin"; then a credit line, by which a
   page says its text came from another site ("Read more on cointelegraph.com", "Source:
   independent.co.uk", "The post … appeared first on …", "H/T The Advocate", "Source:
   Agencies"): a page that says so is the copy; and a press release's own marks ("For
   immediate release", "Media contact:", "Below is a news release from …", a closing "###"):
   the page that carries them is the release as issued, the page without them a story made
   of it. A credit line or a release's marks come before the rarity of an editor's few swaps
   (fewer than ``SPINNER_SWAPS``), and one swap alone is no evidence at all: it is an
   editor's word;
4. a news agency named on one page only (its dateline "(AP) —", "Reuters", a photo's
   "/ AFP"): the page of the news organisation that ran the story under the agency's credits is
   the source, a copy made of it (an excerpt, an edited or scraped version) drops them; weak
   evidence (on the labelled real pages about three times in four), so it proves no common
   source and moves no group root;
5. coverage: a copy is mostly made of what it took (an excerpt of a wire story, a paragraph
   or two padded with filler), while its source goes on with material nobody copied; so the
   text more fully covered by the alignment is the copy.

A date on one side only is no evidence: scrapers drop the metadata of what they take, but
content farms also date their copies while a plain-text original may carry no date.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache

from wordfreq import zipf_frequency

from unspin.model import Alignment, Article, Relation, Substitution
from unspin.pipeline.boilerplate import normalize_line

_FARM_BYLINE = re.compile(r"^\s*(?:posted\s+)?by\s+(?:admin|administrator|staff writer|editor)\s*$",
                          re.IGNORECASE | re.MULTILINE)

# A line of its own saying where the page's text came from: a site's address after "Read more
# on", "Source:" and the like, or a feed's "The post … appeared first on …". A chart's or a
# photo's credit ("Source: Glassnode", "… chart | Source: TradingView") names no address or
# shares its line with a caption.
_CREDIT_LINE = re.compile(
    r"^[ \t]*(?:(?:read (?:more|the (?:full|original) (?:story|article)) (?:on|at)|source:"
    r"|(?:this (?:article|story|post) )?(?:was )?(?:originally|first) (?:published|appeared) "
    r"(?:on|at|in))[ \t]+(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b"
    r"|the post .{1,300} appeared first on .{2,100}"
    # the same by an outlet's name: "This post was originally published by The Courier."
    r"|this (?:article|story|post|report) (?:was |is |has been )?(?:originally |first )?"
    r"(?:published|appeared|republished) (?:on|at|in|by|with permission (?:of|from)) [A-Z].{1,80}"
    # a hat tip ("H/T The Advocate"), or news agencies named as the text's source
    r"|(?:h/t|hat tip)\b[: \t]*\S.{1,60}"
    r"|\(?(?:source[: \t]+agenc(?:y|ies)|with (?:inputs from )?agenc(?:y|ies)(?: inputs)?)\)?"
    r")[ \t]*\.?[ \t]*$",
    re.IGNORECASE | re.MULTILINE)

# A syndicated feed's disclaimer: "(… the rest of the content is auto-generated from a syndicated
# feed.)", "… is published from a syndicated feed." (a plain substring: found fast)
_SYNDICATED = "from a syndicated feed"

# A press release's own marks, each on a line of its own: "For immediate release", "Media
# contact:", "Publicly released:", "Below is a news release from …", a closing "###" or "-ends-".
# A story that says "said in a news release" carries none of them.
_RELEASE_MARK = re.compile(
    r"^[ \t]*(?:for immediate release\b|(?:below is )?a (?:news|press) release from\b"
    r"|(?:media|press|customer) contacts?:|publicly released:|#{3}[ \t]*$|-?ends-?[ \t]*$)",
    re.IGNORECASE | re.MULTILINE)


# A news agency named on a page: its dateline ("LONDON (Reuters) -", "(AP) —"), a copyright line,
# a photo's credit ("/ AFP"); as a proper noun ("reuters.com" in a credit line is that line's).
# A byline in capitals ("By REUTERS") and a dateline in lower case ("SAN FRANCISCO (ap) —") too.
_AGENCY = re.compile(r"\b(?:Associated Press|ASSOCIATED PRESS|Reuters|REUTERS"
                     r"|Agence France-Presse|AFP|UPI|Press Association|PA Media|Bloomberg)\b"
                     r"|\((?:AP|PA|ap)\)")

# The weakest reasons: coverage tells an excerpt from its source, but a page that adds its own
# lines to a story looks like its source by it; a news agency's name on one page only; and none
# at all.
COVERAGE = "the copy is the text more fully made of the other"
AGENCY = "credits a news agency the other page does not (the agency's text as it ran)"
NO_EVIDENCE = "no evidence of direction"
REPUBLICATION = ("the root of their near-duplicate group (the earlier, or the one with fewer "
                 "lines of its own)")
RARER = "has the rarer wording where the texts differ"
RELEASE = "carries a press release's own marks (the release as issued)"


def weak(reason: str) -> bool:
    """Whether a direction rests on coverage, a near-duplicate group's root, a news agency's
    name or nothing (see :func:`orient`)."""
    return (reason in (COVERAGE, NO_EVIDENCE) or reason.endswith(REPUBLICATION)
            or reason.endswith(AGENCY))


@dataclass(frozen=True, slots=True)
class Direction:
    """``swap`` is true when the second article of the pair is the copy."""

    swap: bool
    reason: str


@lru_cache(maxsize=200_000)
def phrase_zipf(phrase: str) -> float:
    """How common a word or phrase is (Zipf scale, 0 for unknown)."""
    return float(zipf_frequency(phrase, "en"))


def swaps(substitutions: Sequence[Substitution]) -> list[Substitution]:
    """The substitutions that change a word, not its case alone."""
    return [sub for sub in substitutions if sub.source.lower() != sub.copy.lower()]


_WORD = re.compile(r"[^\W\d_]+(?:[-'’.][^\W\d_]+)*\.?")
_NOT_LETTER = re.compile(r"[\W\d_]")


def _letters(word: str) -> str:
    return _NOT_LETTER.sub("", word.lower())


def _same_word(first: str, second: str) -> bool:
    """Whether two words are one word spelled, inflected or shortened otherwise ("mid-air" /
    "midair", "organisations" / "organizations", "plead" / "pleads", "Prof" / "Professor")."""
    a, b = sorted((_letters(first), _letters(second)), key=len)
    if a == b or (len(a) >= 3 and b.startswith(a)):
        return True
    if len(a) < 4 or len(b) - len(a) > 1:
        return False
    # one letter changed, added or dropped
    head = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), len(a))
    return a[head + (len(a) == len(b)):] == b[head + 1:]


def word_swaps(substitutions: Sequence[Substitution]) -> list[Substitution]:
    """The swaps a spinner makes: words for as many other words, letters only. A number, a
    clause reworded into more or fewer words ("on behalf of" / "representing", "He's" / "He
    is", "US" / "The U.S."), or one word respelled, inflected or shortened is an editor's,
    a translator's or a house style's change: it says nothing of which text came first, and
    a longer phrase always reads rarer on the Zipf scale."""
    kept = []
    for sub in swaps(substitutions):
        left, right = sub.source.split(), sub.copy.split()
        if (len(left) == len(right)
                and all(_WORD.fullmatch(w) for w in left + right)
                and not all(_same_word(x, y) for x, y in zip(left, right, strict=True))):
            kept.append(sub)
    return kept


def rarity_balance(substitutions: Sequence[Substitution]) -> float:
    """Positive when the copy side's wording is rarer than the source side's, summed over the
    spinner's kind of swaps (:func:`word_swaps`)."""
    balance = 0.0
    for sub in word_swaps(substitutions):
        difference = phrase_zipf(sub.source.lower()) - phrase_zipf(sub.copy.lower())
        balance += max(-2.0, min(2.0, difference))
    return balance


def farm_signs(article: Article) -> bool:
    if article.byline and re.search(r"\badmin", article.byline, re.IGNORECASE):
        return True
    return bool(_FARM_BYLINE.search(article.text))


def credits_another_site(article: Article) -> bool:
    """Whether the page carries a credit line naming the site its text came from."""
    return _SYNDICATED in article.text or bool(_CREDIT_LINE.search(article.text))


def carries_release_marks(article: Article) -> bool:
    """Whether the page carries a press release's own marks (``_RELEASE_MARK``)."""
    return bool(_RELEASE_MARK.search(article.text))


def credits_an_agency(article: Article) -> bool:
    """Whether the page names a news agency (a dateline, a copyright line, a photo's credit)."""
    return bool(_AGENCY.search(article.text))


def orient(copy: Article, source: Article, alignment: Alignment, min_balance: float = 1.0,
           root: str | None = None) -> Direction:
    """Decide whether ``copy`` (as aligned) really copied ``source``, or the other way round.

    ``root``: the id of the one of the two that is the root of their near-duplicate group (see
    ``near_duplicates``), which stands in for coverage: republications differ by their sites'
    own lines, which coverage reads the wrong way."""
    if copy.published and source.published and copy.published != source.published:
        if copy.published < source.published:
            return Direction(True, f"{copy.id} was published first ({copy.published})")
        return Direction(False, f"{source.id} was published first ({source.published})")
    spinners = len(word_swaps(alignment.substitutions))
    page = _page_says(copy, source)
    if page is not None and spinners < SPINNER_SWAPS:
        return page
    balance = rarity_balance(alignment.substitutions) if spinners > 1 else 0.0
    if abs(balance) >= min_balance:
        rarer = copy if balance > 0 else source
        return Direction(
            balance < 0, f"{rarer.id} {RARER} ({balance:+.1f})"
        )
    copy_farm, source_farm = farm_signs(copy), farm_signs(source)
    if copy_farm != source_farm:
        farm = copy if copy_farm else source
        return Direction(source_farm, f"{farm.id} carries content-farm signs (By Admin)")
    if page is not None:
        return page
    copy_agency, source_agency = credits_an_agency(copy), credits_an_agency(source)
    if copy_agency != source_agency:
        crediting = copy if copy_agency else source
        return Direction(copy_agency, f"{crediting.id} {AGENCY}")
    if root in (copy.id, source.id):
        other = source.id if root == copy.id else copy.id
        return Direction(root == copy.id, f"{other} republishes {root}, {REPUBLICATION}")
    if abs(alignment.source_covered - alignment.copied) >= 0.05:
        swap = alignment.source_covered > alignment.copied
        return Direction(swap, COVERAGE)
    return Direction(False, NO_EVIDENCE)


def _page_says(copy: Article, source: Article) -> Direction | None:
    """What the pages say of themselves: a credit line on one only marks the copy, a press
    release's marks on one only the source (see :func:`orient`)."""
    copy_credit, source_credit = credits_another_site(copy), credits_another_site(source)
    if copy_credit != source_credit:
        crediting = copy if copy_credit else source
        return Direction(source_credit,
                         f"{crediting.id} credits another site for its text (a credit line)")
    copy_release, source_release = carries_release_marks(copy), carries_release_marks(source)
    if copy_release != source_release:
        release = copy if copy_release else source
        return Direction(copy_release, f"{release.id} {RELEASE}")
    return None


def likelier_source(first: Article, second: Article, first_furniture: int = 0,
                    second_furniture: int = 0) -> bool:
    """Whether ``first`` is likelier the source than ``second`` among republications of one
    text, before any alignment: the evidence of :func:`orient` that needs no alignment, in its
    order (dates when both have one, content-farm signs), then containment (a page whose every
    line the other page holds, with more lines of its own around them, is what the other
    republished: sites add headers, footers and credit lines to a story, and seldom take
    lines away), then the page furniture (the ``furniture`` counts: short lines each carries
    that recur on many pages, which a republishing site adds around the story), then the
    shorter page, then the id, so that the choice is deterministic."""
    if first.published and second.published and first.published != second.published:
        return first.published < second.published
    first_farm, second_farm = farm_signs(first), farm_signs(second)
    if first_farm != second_farm:
        return second_farm
    first_lines, second_lines = _lines(first.text), _lines(second.text)
    if first_lines != second_lines and (first_lines <= second_lines
                                        or second_lines <= first_lines):
        return first_lines < second_lines
    if first_furniture != second_furniture:
        return first_furniture < second_furniture
    first_words, second_words = len(first.text.split()), len(second.text.split())
    if abs(first_words - second_words) > 0.02 * max(first_words, second_words):
        return first_words < second_words
    return first.id < second.id


@lru_cache(maxsize=4096)
def _lines(text: str) -> frozenset[str]:
    """A page's non-empty lines, normalised as boilerplate lines are."""
    return frozenset(filter(None, map(normalize_line, text.splitlines())))


def evidence_words(relation: Relation) -> int:
    return sum(p.evidence_words for p in relation.passages)


# Fewer swaps than this are an editor's changes ("found" / "discovered", "set" / "expected",
# a spelling), not a spinner's: which side's wording is the rarer says nothing about direction.
SPINNER_SWAPS = 4


def proves_source(relation: Relation) -> bool:
    """Whether the relation's source is its copy's source by evidence firm enough to explain
    a link between two of its copies away. Coverage and nothing prove no source (a wire
    story's original, which runs on past what its copies took, reads by coverage as their
    copy, and would lose its link to the next copy as a "sibling's"), nor a news agency's name
    on one page (weak evidence); nor does the rarity of
    an editor's few swaps, nor a rewrite's read from its wording's rarity at all (a language
    model's words are no spinner's swaps)."""
    reason = relation.direction_reason
    if reason in (COVERAGE, NO_EVIDENCE) or reason.endswith(AGENCY):
        return False
    if RARER in reason:
        return relation.kind != "paraphrase" and len(swaps(relation.substitutions)) >= SPINNER_SWAPS
    return relation.kind != "paraphrase" or not weak(reason)


def explained_away(relations: Sequence[Relation]) -> list[Relation]:
    """Drop a relation X–Y between two copies of one source Z that Z explains better.

    When X and Y both took text from Z (siblings, or a copy of a copy and a copy), the text they
    share came through Z: X–Y is then weaker than both X→Z and Y→Z. Siblings made by one
    spinner can be closer to each other than to their source, so only a pair weaker than both of
    its links to the common source is dropped, and never a link to that source itself.

    A rewrite's direction read from its wording (a language model's words are no spinner's
    swaps), from coverage or from nothing makes no common source: rewrites of one source are
    often closer to one another than to it, and the source, read as a copy of two of them,
    would lose its link to the third (``proves_source``).
    """
    strength: dict[tuple[str, str], int] = {}
    sources: dict[str, set[str]] = {}
    for r in relations:
        strength[(r.copy, r.source)] = strength[(r.source, r.copy)] = evidence_words(r)
        if proves_source(r):
            sources.setdefault(r.copy, set()).add(r.source)
    kept = []
    for r in relations:
        own = strength[(r.copy, r.source)]
        common = sources.get(r.copy, set()) & sources.get(r.source, set())
        if any(strength[(r.copy, z)] > own and strength[(r.source, z)] > own for z in common):
            continue
        kept.append(r)
    return kept


def explained_by_index(
    relations: Sequence[Relation], article_id: str, known: Collection[tuple[str, str]]
) -> list[Relation]:
    """:func:`explained_away` for the relations of one traced article against an index.

    A link between the article and Y is dropped when the article also took from Z, more
    strongly, and the index already knows Y as a copy of Z: Y is a sibling, not a source.
    """
    sources = {r.source: evidence_words(r) for r in relations if r.copy == article_id}
    kept = []
    for r in relations:
        other = r.source if r.copy == article_id else r.copy
        own = evidence_words(r)
        if any(
            z != other and (other, z) in known and strength > own
            for z, strength in sources.items()
        ):
            continue
        kept.append(r)
    return kept
