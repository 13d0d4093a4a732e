"""provenance: which of two related texts is the source, and links explained by a common source."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unspin.model import Alignment, Article, Passage, PassagePair, Relation, Substitution
from unspin.pipeline.align import align
from unspin.pipeline.normalize import normalize
from unspin.pipeline.provenance import (
    SPINNER_SWAPS,
    carries_release_marks,
    credits_an_agency,
    credits_another_site,
    evidence_words,
    explained_away,
    farm_signs,
    likelier_source,
    orient,
    proves_source,
    rarity_balance,
    weak,
    word_swaps,
)


def aligned(copy: Article, source: Article) -> Alignment:
    return align(normalize(copy.id, copy.text), normalize(source.id, source.text))


def sub(source: str, copy: str) -> Substitution:
    return Substitution(source, copy, 0, len(source), 0, len(copy))


# -- dates --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("copy_date", "source_date", "swap"),
    [
        ("2024-03-14", "2024-03-12", False),
        ("2024-03-10", "2024-03-12", True),
        ("2023-12-31", "2024-01-01", True),
    ],
)
def test_direction_by_dates(
    copy_date: str, source_date: str, swap: bool, spun_text: str, article_text: str
) -> None:
    copy = Article("spun", spun_text, published=copy_date)
    source = Article("article", article_text, published=source_date)
    direction = orient(copy, source, aligned(copy, source))
    assert direction.swap is swap
    first = "spun" if swap else "article"
    assert direction.reason == f"{first} was published first ({min(copy_date, source_date)})"


@pytest.mark.parametrize(
    ("copy_date", "source_date"),
    [(None, None), ("2024-03-12", None), (None, "2024-03-12"), ("2024-03-12", "2024-03-12")],
)
def test_no_usable_dates_fall_through_to_wording(
    copy_date: str | None, source_date: str | None, spun_text: str, article_text: str
) -> None:
    spun = Article("spun", spun_text, published=copy_date)
    original = Article("article", article_text, published=source_date)
    direction = orient(spun, original, aligned(spun, original))
    assert direction.swap is False
    assert "rarer" in direction.reason
    # the same pair the other way round: the original aligned as the copy is turned round
    direction = orient(original, spun, aligned(original, spun))
    assert direction.swap is True
    assert "rarer" in direction.reason


# -- wording ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pairs", "sign"),
    [
        ([("best actor", "best histrion")], 1),
        ([("best histrion", "best actor")], -1),
        ([("carefully", "fastidiously")], 1),
        ([("released", "launched"), ("told", "instructed"), ("friend", "pal")], 1),
        ([("Mayor", "mayor")], 0),  # a change of case is not a swap
        ([], 0),
    ],
)
def test_rarity_balance(pairs: list[tuple[str, str]], sign: int) -> None:
    balance = rarity_balance([sub(s, c) for s, c in pairs])
    assert (balance > 0) - (balance < 0) == sign


@pytest.mark.parametrize(
    "pair",
    [
        ("organisations", "organizations"),  # a spelling
        ("mid-air", "midair"),
        ("pleads", "plead"),  # an inflection
        ("Professor", "Prof"),  # a shortening
        ("six", "6"),  # a number
        ("on behalf of", "representing"),  # a clause reworded into fewer words
        ("He's", "He is"),
        ("US", "The U.S."),
    ],
)
def test_an_editors_or_translators_change_weighs_nothing(pair: tuple[str, str]) -> None:
    """A respelled, inflected, shortened or reworded phrase is no spinner's swap: a longer
    phrase always reads rarer, and house styles go either way."""
    assert word_swaps([sub(*pair)]) == []
    assert rarity_balance([sub(*pair), sub(*reversed(pair))]) == 0.0
    assert rarity_balance([sub(*pair), sub("friend", "pal")]) == rarity_balance(
        [sub("friend", "pal")])


def test_a_spinners_swaps_of_words_and_phrases_weigh() -> None:
    spun = [sub("exports", "exportations"), sub("Middle East", "Center East"),
            sub("dollar", "greenback")]
    assert word_swaps(spun) == spun
    assert rarity_balance(spun) > 2.0


@given(st.lists(st.sampled_from(["said", "told", "instructed", "pal", "friend", "xqzv", "the"]),
                min_size=2, max_size=2), st.integers(min_value=1, max_value=5))
def test_rarity_balance_is_antisymmetric_and_bounded(words: list[str], copies: int) -> None:
    forward = [sub(words[0], words[1])] * copies
    backward = [sub(words[1], words[0])] * copies
    assert rarity_balance(forward) == pytest.approx(-rarity_balance(backward))
    assert abs(rarity_balance(forward)) <= 2.0 * copies


def test_direction_by_rarity(spun_text: str, article_text: str) -> None:
    """A copy whose substitutions are rarer words is the copy, whichever text is aligned first."""
    spun, original = Article("spun", spun_text), Article("article", article_text)
    forward = aligned(spun, original)
    assert rarity_balance(forward.substitutions) > 1.0
    assert orient(spun, original, forward).swap is False
    backward = aligned(original, spun)
    assert rarity_balance(backward.substitutions) < -1.0
    assert orient(original, spun, backward).swap is True


def test_small_balance_is_no_evidence(article_text: str) -> None:
    """One swap between equally common words decides nothing; with nothing else, no swap."""
    edited = article_text.replace("released", "issued", 1)
    copy, source = Article("copy", edited), Article("source", article_text)
    alignment = aligned(copy, source)
    assert [(s.source, s.copy) for s in alignment.substitutions] == [("released", "issued")]
    direction = orient(copy, source, alignment)
    assert direction.swap is False
    assert direction.reason == "no evidence of direction"


# -- content-farm signs and coverage ------------------------------------------------------------


@pytest.mark.parametrize(
    ("byline", "text", "farm"),
    [
        ("Admin", "Body.", True),
        ("site admin", "Body.", True),
        (None, "By Admin\n\nBody.", True),
        (None, "Body.\n\nPosted by admin\nLeave a Reply", True),
        (None, "Body.\n  by Staff Writer  \n", True),
        ("Jane Porter", "By Jane Porter\n\nBody.", False),
        ("Badminton Weekly", "Body.", False),
        (None, "The plan was approved by admin staff on Monday.", False),
    ],
)
def test_farm_signs(byline: str | None, text: str, farm: bool) -> None:
    assert farm_signs(Article("a", text, byline=byline)) is farm


@pytest.mark.parametrize("farm_first", [True, False])
def test_direction_by_farm_signs(article_text: str, farm_first: bool) -> None:
    farm = Article("farm", f"By Admin\n\n{article_text}")
    clean = Article("clean", article_text, byline="Jane Porter")
    first, second = (farm, clean) if farm_first else (clean, farm)
    direction = orient(first, second, aligned(first, second))
    assert direction.swap is not farm_first  # the farm copy ends up as the copy
    assert "farm carries content-farm signs" in direction.reason


@pytest.mark.parametrize(
    ("text", "credits"),
    [
        ("Body.\nRead more on cointelegraph.com", True),
        ("Body.\n\nSource: independent.co.uk\n\nRelated stories", True),
        ("Body.\nThe post Woman dies in flat fire appeared first on Daily Wire.", True),
        ("Body.\nThis article was originally published on www.example.org.", True),
        ("Bitcoin exchange receiving addresses chart. Source: Glassnode", False),  # a caption
        ("Body.\nSource: Glassnode", False),  # a chart's credit names no site
        ("BTC/USD 4-hour chart | Source: TradingView", False),
        ("Body.\nRead more on the subject in our guide.", False),
        ("Body.\nThis post was originally published at Harbour Weekly.", True),  # a name
        ("Body.\nThis story was first published by The Coastal Courier", True),
        ("Body.\n(Except for the headline, this story has not been edited by Example News staff "
         "and is published from a syndicated feed.)", True),
        ("Body.\n(Only the headline may have been reworked by our staff; the rest of the content "
         "is auto-generated from a syndicated feed.)", True),
        ("The mayor said the plan was first published in 1998 and never revised.", False),
        ("Body.\nH/T The Harbour Gazette", True),  # a hat tip names the page it came from
        ("Body.\n\nHat tip: Coastal Herald\n", True),
        ("Body.\nSource Agencies", True),  # the text is the news agencies'
        ("Body.\n(With inputs from agencies)", True),
        ("Body.\nSource: agencies.", True),
        ("Officials said the h/t ratio was low.\nSource: Glassnode", False),  # no line of its own
        ("Travel agencies said bookings fell.", False),
    ],
)
def test_credit_lines(text: str, credits: bool) -> None:
    assert credits_another_site(Article("a", text)) is credits


@pytest.mark.parametrize("crediting_first", [True, False])
def test_direction_by_a_credit_line(article_text: str, crediting_first: bool) -> None:
    crediting = Article("feed", f"{article_text}\n\nRead more on example-news.com")
    clean = Article("clean", article_text)
    first, second = (crediting, clean) if crediting_first else (clean, crediting)
    direction = orient(first, second, aligned(first, second))
    assert direction.swap is not crediting_first  # the crediting page is the copy
    assert "feed credits another site" in direction.reason


@pytest.mark.parametrize(
    ("text", "marks"),
    [
        ("FOR IMMEDIATE RELEASE\nThe harbour authority opened its new pier.", True),
        ("The harbour authority opened its new pier.\n\nMedia contact: Jo Bloggs, 555 0100", True),
        ("Below is a news release from the Coastal Parks Service.\n\nRangers moved a seal.", True),
        ("Publicly released:\nA new species of snail was found.", True),
        ("Rangers moved a seal to a quieter beach.\n\n###", True),
        ("Rangers moved a seal, the service said in a news release on Monday.", False),
        ("Customer contacts fell in March, the bank said.", False),  # no line of its own
    ],
)
def test_a_press_releases_marks(text: str, marks: bool) -> None:
    assert carries_release_marks(Article("a", text)) is marks


RELEASE_TEXT = ("Rangers moved a grey seal from the town beach to a quieter cove on Tuesday after "
                "crowds gathered around it for three days, the Coastal Parks Service said. The "
                "animal was healthy and had been resting after a long swim, a ranger said. "
                "Visitors are asked to keep fifty metres away from seals and to keep dogs on a "
                "lead on every beach in the park until the end of the breeding season in March.")


@pytest.mark.parametrize("release_first", [True, False])
def test_the_page_with_a_press_releases_marks_is_the_source(release_first: bool) -> None:
    """A news story made of a release drops the release's furniture and adds lines of its own
    (by coverage it would be the source); one word changed, an editor's, weighs nothing."""
    release = Article("release", f"FOR IMMEDIATE RELEASE\n\n{RELEASE_TEXT}\n\n"
                      "Media contact: Press Office, Coastal Parks Service")
    story = Article("story", "A seal that drew crowds to the town beach for three days has a new "
                    "home, and residents are sorry to see it go.\n\n"
                    + RELEASE_TEXT.replace("quieter", "calmer"))
    first, second = (release, story) if release_first else (story, release)
    alignment = aligned(first, second)
    assert len(word_swaps(alignment.substitutions)) <= 1
    direction = orient(first, second, alignment)
    assert direction.swap is release_first  # the release is the source
    assert direction.reason.startswith("release carries a press release's own marks")


@pytest.mark.parametrize("crediting_first", [True, False])
def test_a_credit_line_comes_before_an_editors_few_swaps(crediting_first: bool) -> None:
    """An edited copy with a hat tip: its editor's two plainer swaps ("got", "calmer bay")
    would read it as the source; the credit line says it is the copy."""
    crediting = Article("hattip", RELEASE_TEXT.replace("gathered", "got").replace(
        "quieter cove", "calmer bay") + "\n\nH/T The Harbour Gazette")
    source = Article("gazette", RELEASE_TEXT)
    first, second = (crediting, source) if crediting_first else (source, crediting)
    alignment = aligned(first, second)
    assert 1 < len(word_swaps(alignment.substitutions)) < SPINNER_SWAPS
    assert abs(rarity_balance(alignment.substitutions)) >= 1.0
    direction = orient(first, second, alignment)
    assert direction.swap is not crediting_first
    assert direction.reason.startswith("hattip credits another site")


def test_one_swapped_word_is_no_evidence() -> None:
    """One swap is an editor's word whatever the Zipf gap (the agency's "probed", the edited
    copy's plainer "investigated"): the news agency's credit decides."""
    crediting = Article("wire", f"OSLO (Reuters) - {WIRE.replace('investigated', 'probed')}")
    edited = Article("edited", WIRE)
    alignment = aligned(edited, crediting)
    swaps_found = word_swaps(alignment.substitutions)
    assert len(swaps_found) == 1 and abs(rarity_balance(alignment.substitutions)) >= 1.0
    direction = orient(edited, crediting, alignment)
    assert direction.swap is False and direction.reason.startswith("wire credits a news agency")
    assert credits_an_agency(Article("b", "By REUTERS\nThe ship sank."))
    assert credits_an_agency(Article("c", "SAN FRANCISCO (ap) — The ship sank."))


WIRE = ("Firefighters discovered the remains of a cargo ship that sank off the northern coast in a "
        "storm last week, the coast guard said on Tuesday. The vessel had been expected to reach "
        "the harbour on Friday with a crew of twelve, who were all rescued by a fishing boat. "
        "Officials said the cause of the sinking was still being investigated and that fuel had "
        "not leaked from the wreck, which lies in forty metres of water near the rocky shore.")


@pytest.mark.parametrize("crediting_first", [True, False])
def test_the_page_crediting_a_news_agency_is_the_source(crediting_first: bool) -> None:
    """The news organisation's page carries the agency's credit; an edited copy that drops it
    (respells a word, writes a number in figures: no spinner's swaps) and adds lines of its own
    is the copy, though by coverage the crediting page would be the excerpt."""
    crediting = Article("wire", f"OSLO (Reuters) - {WIRE}")
    edited = Article("edited", WIRE.replace("harbour", "harbor").replace("twelve", "12")
                     + "\n\nOur newsroom will follow the story as it develops. Readers can sign "
                     "up for the morning newsletter, send tips to the desk, and find more from "
                     "the region on our home page every weekday from six in the morning.")
    first, second = (crediting, edited) if crediting_first else (edited, crediting)
    direction = orient(first, second, aligned(first, second))
    assert direction.swap is crediting_first  # the crediting page is the source
    assert direction.reason.startswith("wire credits a news agency")
    assert weak(direction.reason)
    relation = Relation(edited.id, crediting.id, "partial", 0.9, 0.02, 0.9, (), (), "test",
                        direction.reason)
    assert not proves_source(relation)  # it orients a pair, it makes no common source


def test_swapped_words_and_farm_signs_come_before_a_news_agencys_credit() -> None:
    crediting = Article("wire", f"OSLO (Reuters) - {WIRE}")
    spun = Article("spun", WIRE.replace("discovered", "unearthed").replace("storm", "tempest")
                   .replace("vessel", "watercraft").replace("rescued", "salvaged"))
    direction = orient(crediting, spun, aligned(crediting, spun))
    assert direction.swap is True and "rarer" in direction.reason
    farm = Article("farm", f"By Admin\n\nOSLO (Reuters) - {WIRE}")
    plain = Article("plain", WIRE)
    direction = orient(plain, farm, aligned(plain, farm))
    assert direction.swap is True and "content-farm" in direction.reason
    assert credits_an_agency(crediting) and not credits_an_agency(spun)
    assert not credits_an_agency(Article("a", "Read more on reuters.com and bloomberg.com"))


@pytest.mark.parametrize("excerpt_first", [True, False])
def test_direction_by_coverage(article_text: str, unrelated_text: str, excerpt_first: bool) -> None:
    paragraphs = article_text.split("\n\n")
    page = Article("page", "\n\n".join([unrelated_text, *paragraphs[2:4]]))
    source = Article("article", article_text)
    first, second = (page, source) if excerpt_first else (source, page)
    direction = orient(first, second, aligned(first, second))
    assert direction.swap is not excerpt_first
    assert direction.reason == "the copy is the text more fully made of the other"


# -- explained away -----------------------------------------------------------------------------


def relation(copy: str, source: str, words: int) -> Relation:
    pair = PassagePair(Passage(copy, 0, 1), Passage(source, 0, 1), words, words, 3, words)
    return Relation(copy, source, "spun", 1.0, 0.1, 0.9, (pair,), (), "test")


def links(relations: list[Relation]) -> set[tuple[str, str]]:
    return {(r.copy, r.source) for r in relations}


def test_evidence_words() -> None:
    assert evidence_words(relation("x", "z", 42)) == 42


def test_explained_away_drops_weaker_sibling_link() -> None:
    relations = [relation("x", "z", 100), relation("y", "z", 90), relation("x", "y", 60)]
    assert links(explained_away(relations)) == {("x", "z"), ("y", "z")}


@pytest.mark.parametrize("sibling", [90, 95, 150])
def test_explained_away_keeps_sibling_link_as_strong_as_a_source_link(sibling: int) -> None:
    relations = [relation("x", "z", 100), relation("y", "z", 90), relation("x", "y", sibling)]
    assert links(explained_away(relations)) == links(relations)


def test_explained_away_keeps_direct_links_and_unrelated_pairs() -> None:
    relations = [
        relation("x", "z", 100),
        relation("y", "z", 20),
        relation("w", "v", 10),  # a pair with no common source
        relation("y", "x", 5),  # the copies of z are no common source of each other
    ]
    kept = explained_away(relations)
    assert ("x", "z") in links(kept) and ("y", "z") in links(kept) and ("w", "v") in links(kept)
    assert ("y", "x") not in links(kept)
    assert kept == [r for r in relations if (r.copy, r.source) != ("y", "x")]


def test_explained_away_needs_a_common_source() -> None:
    # x and y took from different sources: their own link stays
    relations = [relation("x", "z", 100), relation("y", "w", 100), relation("x", "y", 10)]
    assert links(explained_away(relations)) == links(relations)


def rewrite(copy: str, source: str, words: int, reason: str) -> Relation:
    pair = PassagePair(Passage(copy, 0, 1), Passage(source, 0, 1), words, words, 3, words)
    return Relation(copy, source, "paraphrase", 1.0, 0.5, 0.9, (pair,), (), "test", reason)


RARER_REASON = "{} has the rarer wording where the texts differ (+3.0)"


@pytest.mark.parametrize("reason", [RARER_REASON.format("z"), "no evidence of direction",
                                    "the copy is the text more fully made of the other"])
def test_a_rewrites_direction_from_its_wording_makes_no_common_source(reason: str) -> None:
    # The source s of three rewrites, read as a rewrite of two of them (a rewriter's words
    # read as the rarer), keeps its link to the third, however close the rewrites are.
    relations = [rewrite("s", "a", 100, reason.replace("z", "s")),
                 rewrite("b", "a", 120, reason.replace("z", "b")),
                 relation("s", "b", 60)]
    assert ("s", "b") in links(explained_away(relations))
    assert not proves_source(relations[0])


def test_a_rewrites_dated_direction_makes_a_common_source() -> None:
    dated = "z was published first (2024-01-02)"
    relations = [rewrite("x", "z", 100, dated), rewrite("y", "z", 90, dated),
                 relation("x", "y", 60)]
    assert links(explained_away(relations)) == {("x", "z"), ("y", "z")}
    assert proves_source(relations[0]) and proves_source(relation("x", "z", 1))


def copied(copy: str, source: str, words: int, reason: str,
           swaps: tuple[tuple[str, str], ...] = ()) -> Relation:
    pair = PassagePair(Passage(copy, 0, 1), Passage(source, 0, 1), words, words, 3, words)
    return Relation(copy, source, "partial", 0.5, 0.02, 0.9, (pair,),
                    tuple(sub(a, b) for a, b in swaps), "test", reason)


EDITOR = (("found", "discovered"), ("set", "expected"))
SPINNER = (("found", "unearthed"), ("set", "slated"), ("fire", "blaze"), ("home", "abode"))


@pytest.mark.parametrize(("reason", "swaps"), [
    ("the copy is the text more fully made of the other", ()),
    ("no evidence of direction", ()),
    (RARER_REASON.format("z"), EDITOR),
])
def test_an_editors_direction_makes_no_common_source(reason: str,
                                                     swaps: tuple[tuple[str, str], ...]) -> None:
    # A wire story z runs on past what its reprint w and a partial copy x took; read as the
    # copy of w by coverage, by nothing, or by an editor's two swaps, it is no sibling of x:
    # x keeps its link to z, however much x and z both share with w.
    relations = [copied("z", "w", 200, reason, swaps),
                 copied("x", "w", 80, "the copy is the text more fully made of the other"),
                 copied("x", "z", 70, "x has the rarer wording where the texts differ (+2.0)",
                        SPINNER)]
    assert ("x", "z") in links(explained_away(relations))
    assert not proves_source(relations[0])


def test_a_spinners_or_a_dated_direction_makes_a_common_source() -> None:
    # x and y are copies of z whose directions are firm (a spinner's rarer words, dates):
    # their own weaker link is a sibling link, explained by z.
    spun = "x has the rarer wording where the texts differ (+6.0)"
    dated = "z was published first (2024-01-02)"
    relations = [copied("x", "z", 100, spun, SPINNER), copied("y", "z", 90, dated),
                 copied("x", "y", 60, "the copy is the text more fully made of the other")]
    assert links(explained_away(relations)) == {("x", "z"), ("y", "z")}
    assert proves_source(relations[0]) and proves_source(relations[1])
    assert not proves_source(copied("x", "z", 100, spun, EDITOR))


def test_explained_away_empty() -> None:
    assert explained_away([]) == []


def test_the_page_another_wraps_is_the_likelier_source(article_text: str) -> None:
    """Among republications with no dates, the page whose every line the other holds (with a
    header and footer of its own around them) is the source, whichever is listed first and
    even when the story page carries more recurring furniture."""
    original = Article("z-original", article_text)
    wrapped = Article("a-copy", f"Daily Post | Home | World\n{article_text}\nMore from the Post.")
    assert likelier_source(original, wrapped) and not likelier_source(wrapped, original)
    assert likelier_source(original, wrapped, first_furniture=1, second_furniture=0)
    # two copies, each with lines of its own: containment says nothing, furniture decides
    other = Article("b-copy", f"Evening Star | News\n{article_text}")
    assert likelier_source(other, wrapped, 0, 1) and not likelier_source(other, wrapped, 1, 0)
