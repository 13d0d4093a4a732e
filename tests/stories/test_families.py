"""families: copy families from relations, each root explained."""

from __future__ import annotations

from unspin.model import Article, IndexedRelation
from unspin.stories.families import Edge, Evidence, carried_by_twins, families


def rel(copy: str, source: str, kind: str = "verbatim", why: str = "") -> IndexedRelation:
    return IndexedRelation(copy, source, kind, 1.0, 0.0, 1.0, (), (), "reason", why)  # type: ignore[arg-type]


def test_a_chain_of_copies_is_one_family_rooted_at_the_original() -> None:
    found = families([rel("b", "a"), rel("c", "b", "spun"), rel("d", "a", "partial")], {})
    (family,) = found
    assert family.root == "a" and family.articles == ("a", "b", "c", "d")
    assert [(e.copy, e.source) for e in family.edges] == [("b", "a"), ("c", "b"), ("d", "a")]
    assert family.confidence >= 0.9 and "3 articles descend from it" in family.why[0]
    assert family.against == ()


def test_separate_families_stay_apart() -> None:
    found = families([rel("b", "a"), rel("y", "x")], {})
    assert [f.root for f in found] == ["a", "x"]


def test_two_originals_joined_by_a_mosaic_the_evidence_decides_and_says_so() -> None:
    """A mosaic copies two originals: both are nobody's copy; the earlier dated one is the root,
    and the other is named as evidence against."""
    evidence = {"old": Evidence(published="2024-01-01"), "new": Evidence(published="2024-01-03")}
    (family,) = families([rel("mosaic", "new", "partial"), rel("mosaic", "old", "partial")],
                         evidence)
    assert family.root == "old"
    assert any("new is nobody's copy" in a for a in family.against)
    assert family.confidence < 0.9


def test_a_copy_dated_earlier_is_shown_against_the_root() -> None:
    evidence = {"a": Evidence(published="2024-05-02"), "b": Evidence(published="2024-05-01")}
    (family,) = families([rel("b", "a")], evidence)
    assert family.root == "a"
    assert family.against == ("b dated earlier than a (2024-05-02)",)


def test_wire_credit_and_farm_signs_are_read_from_the_page() -> None:
    wire = Evidence.of(Article("w", "LONDON (Reuters) - Shares fell on Monday as ..."))
    farm = Evidence.of(Article("f", "Shares fell on Monday.\n\nBy Admin\n\nLeave a Reply"))
    plain = Evidence.of(Article("p", "Shares fell on Monday.", byline="Jane Doe"))
    assert wire.wire_credit and not wire.farm
    assert farm.farm and not farm.byline and not farm.wire_credit
    assert plain.byline and not plain.farm
    (family,) = families([rel("f", "w", "spun")], {"w": wire, "f": farm})
    assert family.root == "w"
    assert "w carries a wire credit line" in family.why
    assert "1 of the others carry content-farm signs" in family.why


def test_a_cycle_of_weak_directions_still_gets_a_root_with_low_confidence() -> None:
    (family,) = families([rel("a", "b"), rel("b", "a")], {"b": Evidence(byline=True)})
    assert family.root == "b" and family.confidence <= 0.4
    assert "someone's copy" in family.against[0]


COVERAGE = "the copy is the text more fully made of the other"
REPUBLISHED = ("b republishes a, the root of their near-duplicate group (the earlier, or the one "
               "with fewer lines of its own)")


def test_copies_of_copies_point_back_past_a_weak_rewrite_direction() -> None:
    """The original has three copies by firm directions; a rewrite's wording (no spinner's
    swaps) made the original its copy, weakly: the original is the root, the edge turned."""
    rewrite_why = "orig has the rarer wording where the texts differ (-5.5)"
    relations = [rel("farm", "orig", "verbatim", "farm carries content-farm signs (By Admin)"),
                 rel("spun1", "orig", "spun", "spun1 has the rarer wording where the texts "
                                              "differ (+60.9)"),
                 rel("spun2", "orig", "spun", "spun2 has the rarer wording where the texts "
                                              "differ (+27.5)"),
                 rel("orig", "rewrite", "paraphrase", rewrite_why)]
    (family,) = families(relations, {"rewrite": Evidence(published="2024-04-10")})
    assert family.root == "orig"
    turned = next(e for e in family.edges if e.kind == "paraphrase")
    assert (turned.copy, turned.source) == ("rewrite", "orig") and "turned round" in turned.why
    assert any("turned round" in a for a in family.against)
    assert any(w.startswith("3 copies descend from orig by firm directions")
               and w.endswith("fewer from rewrite") for w in family.why)
    # A spinner's margin on a spun copy is firm, and keeps its direction.
    spun = [*relations[:3], rel("orig", "rewrite", "spun", rewrite_why.replace("5.5", "15.5"))]
    assert families(spun, {}).pop().root == "rewrite"


def test_a_small_rarity_margin_is_weak_even_on_a_spun_copy() -> None:
    """An editor or a translator changes a few words either way; a margin of a few swaps is no
    spinner's: the original with firm copies stays the root, the edge turned round."""
    relations = [rel("spun1", "orig", "spun", "spun1 has the rarer wording where the texts "
                                              "differ (+60.9)"),
                 rel("orig", "other", "spun", "orig has the rarer wording where the texts "
                                              "differ (-5.5)")]
    (family,) = families(relations, {})
    assert family.root == "orig"
    assert any("turned round" in a for a in family.against)
    relations[1] = rel("orig", "other", "spun", "orig has the rarer wording where the texts "
                                                "differ (-6.5)")
    assert families(relations, {}).pop().root == "other"


def test_a_client_running_wire_copy_is_not_the_root() -> None:
    text = "KELVERTON, May 23 (ANA) - Trams will run again from Saturday."
    wire = Article("ana", text, url="https://anawire.example/news/1", published="2025-05-23")
    client = Article("client", text + "\n\nKelverton Today: your city.", byline="ANA")
    evidence = {a.id: Evidence.of(a) for a in (wire, client)}
    assert evidence["client"].credited and not evidence["client"].byline
    assert not evidence["ana"].credited
    assert Evidence.of(Article("x", "LONDON (Reuters) - ...", byline="By Reuters")).credited
    assert not Evidence.of(Article("y", "LONDON (Reuters) - ...", byline="Jane Doe")).credited
    (family,) = families([rel("ana", "client", "partial", REPUBLISHED)], evidence)
    assert family.root == "ana"
    assert "client carries a byline naming the news agency it credits" in family.why
    assert [(e.copy, e.source) for e in family.edges] == [("client", "ana")]


def test_an_outlets_update_follows_its_first_report_another_outlets_update_says_nothing() -> None:
    first = Article("first", "STENMORE (ANA) - One dead.", title="One dead in blast",
                    url="https://anawire.example/a", published="2025-11-19")
    update = Article("update", "STENMORE (ANA) - Two dead. More.", title="UPDATE 2-Two dead",
                     url="https://www.anawire.example/b", published="2025-11-19")
    evidence = {a.id: Evidence.of(a) for a in (first, update)}
    (family,) = families([rel("first", "update", "partial", COVERAGE)], evidence)
    assert family.root == "first"
    assert any("later version" in w for w in family.why)
    # A blog's "Update:" post copied by another site: no first version beside it.
    post = Article("post", "Text.", title="Update: Toll over 2,300", url="https://blog.example/p",
                   published="2023-02-06")
    copy = Article("copy", "Text.", title="Toll over 2,300", url="https://other.example/c")
    evidence = {a.id: Evidence.of(a) for a in (post, copy)}
    assert evidence["post"].update
    (family,) = families([rel("copy", "post", "paraphrase", "no evidence of direction")],
                         evidence)
    assert family.root == "post"


def test_an_outlets_two_versions_the_one_the_other_extends_came_first() -> None:
    """Coverage reads the shorter page as the copy; between two pages of one outlet it is the
    first version, which the write-through extends (here the later one, not marked, has a
    copy of its own)."""
    first = Article("first", "Text.", url="https://anawire.example/a", published="2025-11-19")
    later = Article("later", "Text. More.", url="https://anawire.example/b",
                    published="2025-11-19")
    aggregator = Article("agg", "Text. More.", url="https://feeds.example/c")
    evidence = {a.id: Evidence.of(a) for a in (first, later, aggregator)}
    relations = [rel("first", "later", "partial", COVERAGE), rel("agg", "later", "verbatim",
                                                                  "no evidence of direction")]
    (family,) = families(relations, evidence)
    assert family.root == "first"
    assert ("later", "first") in [(e.copy, e.source) for e in family.edges]
    # Between two outlets coverage stands: the excerpt is the copy.
    evidence["first"] = Evidence.of(Article("first", "Text.", url="https://other.example/a"))
    assert families(relations, evidence).pop().root == "later"


def test_a_date_on_one_side_does_not_outweigh_a_weak_direction() -> None:
    """A farm dates its verbatim copy, the plain-text original carries no date; no firm
    direction either way: the article nobody copies even weakly is the root."""
    evidence = {"copy": Evidence(published="2024-07-31")}
    (family,) = families([rel("copy", "orig", "verbatim", REPUBLISHED)], evidence)
    assert family.root == "orig"


def test_a_reprint_s_repeated_lines_are_not_drawn() -> None:
    e = Edge
    # a spun copy linked to an original and to its word-for-word reprint: one line, to the
    # original; a reprint of the spun copy linked to the original too: its line is its twin's
    edges = [e("reprint", "original", "verbatim", ""), e("spun", "original", "spun", ""),
             e("spun", "reprint", "spun", ""), e("spun2", "spun", "verbatim", ""),
             e("spun2", "original", "spun", "")]
    assert {(x.copy, x.source) for x in carried_by_twins(edges)} == {
        ("reprint", "original"), ("spun", "original"), ("spun2", "spun")}
    # a mosaic of two different sources keeps both lines
    mosaic = [e("m", "a", "partial", ""), e("m", "b", "partial", "")]
    assert carried_by_twins(mosaic) == mosaic
    # a copy never loses its last line
    alone = [e("x", "y", "verbatim", ""), e("y", "x", "verbatim", "")]
    assert carried_by_twins(alone) == alone


def test_a_dateline_names_the_agency_whose_text_it_is() -> None:
    def credits(text: str) -> frozenset[str]:
        return Evidence.of(Article("x", text)).credits

    assert credits("KELVERTON, May 23 (ANA) - Trams will run again.") == {"ana"}
    assert credits("BALTIMORE (AP) — A ship struck the bridge.") == {"ap"}
    assert credits("LONDON, March 5 (Reuters) - Shares fell.") == {"reuters"}
    assert credits("Shares fell, the Associated Press reported.") == {"ap"}
    assert credits("The striker (pictured) - who scored twice - left.") == frozenset()
    assert Evidence.of(Article("y", "BALTIMORE (AP) — A ship.")).wire_credit


def test_a_wire_credit_outranks_a_weak_direction() -> None:
    """An excerpt dropped the wire's dateline; a few swaps' rarer wording reads the credited
    page as the copy, weakly: the credited page is the root, the edge turned round."""
    wire = Article("wire", "LONDON (AP) — A volcano began erupting on Tuesday. More lines.")
    excerpt = Article("excerpt", "A volcano began erupting on Tuesday.")
    evidence = {a.id: Evidence.of(a) for a in (wire, excerpt)}
    (family,) = families([rel("wire", "excerpt", "partial", "wire has the rarer wording where "
                                                           "the texts differ (+1.8)")], evidence)
    assert family.root == "wire"
    assert "wire carries a wire credit line" in family.why
    assert any("turned round" in a for a in family.against)


def test_a_clients_credited_run_is_the_root_when_the_agencys_own_page_is_absent() -> None:
    """A client prints the agency as its byline; the agency's own version is not in the
    family, so that is no sign of a copy: the credited run is the nearest to the original, and
    an uncredited page that coverage reads as its source is not the root."""
    client = Article("client", "British police arrested a man. More.", byline="By REUTERS")
    other = Article("other", "A man was arrested in London. British police arrested a man.")
    evidence = {a.id: Evidence.of(a) for a in (client, other)}
    assert evidence["client"].credited and evidence["client"].agency == "reuters"
    (family,) = families([rel("client", "other", "partial", COVERAGE)], evidence)
    assert family.root == "client"
    assert "client is credited to reuters by its byline" in family.why
    assert not any("byline naming" in w for w in family.why + family.against)


def test_a_hat_tip_or_a_credit_line_marks_the_copy() -> None:
    """A reposting blog adds its own two sentences and ends on "H/T" naming where it read the
    story; a few swaps' rarer wording read the fuller page as the copy, weakly: the page that
    credits another for its text is not the root."""
    original = Article("original", "The mayor resigned on Friday. Council members met. More.")
    blog = Article("blog", "Big news from the town hall.\nThe mayor resigned on Friday.\n"
                           "H/T The Riverton Courier")
    other = Article("other", "The mayor resigned.\n\nSource: rivertoncourier.example")
    evidence = {a.id: Evidence.of(a) for a in (original, blog, other)}
    assert evidence["blog"].credits_source and evidence["other"].credits_source
    assert not evidence["original"].credits_source
    assert not Evidence.of(Article("x", "He gave a hat tip to the crowd.")).credits_source
    (family,) = families([rel("original", "blog", "partial", "original has the rarer wording "
                                                             "where the texts differ (+2.1)")],
                         evidence)
    assert family.root == "original"
    assert "blog carries a line crediting another site for its text" in family.why


def test_an_agency_credit_in_parentheses_counts_in_any_case() -> None:
    assert Evidence.of(Article("x", "SAN FRANCISCO (ap) — A ticket was sold.")).credits == {"ap"}
    assert Evidence.of(Article("y", "HAMBURG (Dpa) - Rain fell.")).credits == {"dpa"}
    assert not Evidence.of(Article("z", "The apprentice (apt) left.")).wire_credit


def test_a_clients_licence_line_marks_its_run_beside_the_agencys_own_version() -> None:
    """A client prints the agency's licence line under the story; the page crediting the
    agency in its dateline, with no licence line, is the agency's own version and the root."""
    licence = ("(Copyright 2017 The Associated Press. All rights reserved. This material may "
               "not be published, broadcast, rewritten or redistributed.)")
    wire = Article("wire", "DENVER (AP) — A bear entered a home on Sunday. More lines.")
    story = "A bear entered a home on Sunday. " + "Officers came. " * 30  # the licence at the foot
    client = Article("client", f"{story}\n\n{licence}",
                     byline="Jane Doe")
    evidence = {a.id: Evidence.of(a) for a in (wire, client)}
    assert evidence["client"].credited and evidence["client"].agency == "ap"
    assert evidence["client"].byline  # a person's byline is still a byline
    assert not evidence["wire"].credited
    mark = Evidence.of(Article("m", "Copyright 2024 Daily Example. All rights reserved. This "
                                    "material may not be published."))
    assert not mark.credited  # an outlet's own copyright names no agency
    (family,) = families([rel("wire", "client", "partial", COVERAGE)], evidence)
    assert family.root == "wire"
    assert "client carries a licence line naming the news agency it credits" in family.why
    # With the agency's page absent, the client's licensed run is credited to the agency.
    alone = {"client": evidence["client"], "excerpt": Evidence()}
    (family,) = families([rel("client", "excerpt", "partial", COVERAGE)], alone)
    assert family.root == "client"
    assert "client is credited to ap by its licence line" in family.why


def test_a_copy_counts_under_the_source_it_is_most_fully_made_of() -> None:
    """A spun copy is made almost wholly of the original and, less fully, of a translation of
    it (the two share the original's text); the translation's wording read the original as its
    copy, weakly. The spun copy points back to the original, not to the translation."""
    def share(copy: str, source: str, copied: float, why: str) -> IndexedRelation:
        return IndexedRelation(copy, source, "spun", copied, 0.1, 1.0, (), (), "r", why)  # type: ignore[arg-type]

    relations = [
        share("spun", "orig", 0.91, "spun has the rarer wording where the texts differ (+8.4)"),
        share("spun", "translation", 0.42,
              "spun has the rarer wording where the texts differ (+7.2)"),
        share("orig", "translation", 0.33,
              "orig has the rarer wording where the texts differ (+3.2)")]
    (family,) = families(relations, {})
    assert family.root == "orig"
    assert ("spun is made more fully of orig (91%) than of translation (42%): it counts as "
            "orig's copy") in family.why
    assert any("turned round" in a for a in family.against)
