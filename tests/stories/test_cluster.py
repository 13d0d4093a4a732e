"""cluster: stories by shared rare facts, dates and average linkage."""

from __future__ import annotations

import dataclasses
import itertools
import math
from datetime import date
from random import Random

import pytest

from unspin.stories import cluster
from unspin.stories.cluster import StoryArticle, StoryConfig, links, stories

CONFIG = StoryConfig(min_share=0.3, max_days=2, max_df=0.5)


def filler(n: int) -> list[StoryArticle]:
    """Unrelated articles, so that document frequencies mean something."""
    return [StoryArticle.of(f"z{k}", frozenset({f"topic{k}", f"name{k}", f"{k}00"}))
            for k in range(n)]


def test_two_reports_of_one_event_are_one_story_and_others_stay_alone() -> None:
    event = {"Eastbrook", "Voltaic", "1,200", "lithium", "Marsh"}
    articles = [StoryArticle.of("a", frozenset(event | {"council"}), "2024-04-10"),
                StoryArticle.of("b", frozenset(event | {"governor"}), "2024-04-11"), *filler(8)]
    grouped = stories(articles, [], CONFIG)
    assert ["a", "b"] in grouped
    assert all(len(g) == 1 for g in grouped if g != ["a", "b"])


def test_the_same_topic_a_week_apart_is_two_stories() -> None:
    template = {"Bitcoin", "BTC", "Fed", "resistance"}
    articles = [StoryArticle.of("mon", frozenset(template | {"18,000"}), "2024-06-03"),
                StoryArticle.of("next-mon", frozenset(template | {"21,000"}), "2024-06-10"),
                *filler(8)]
    assert (0, 1) not in links(articles, CONFIG)
    grouped = stories(articles, [], CONFIG)
    assert ["mon"] in grouped and ["next-mon"] in grouped


def test_families_are_kept_whole_whatever_their_facts() -> None:
    articles = [StoryArticle.of("orig", frozenset({"x1"})),
                StoryArticle.of("copy", frozenset({"y1"})),
                *filler(4)]
    assert ["copy", "orig"] in stories(articles, [["orig", "copy"]], CONFIG)


def test_average_linkage_does_not_chain_weak_links() -> None:
    """a-b and b-c are linked, a and c share nothing: with one more article on each side, the
    two pairs' groups average below the floor and stay two stories."""
    left = {"L1", "L2", "L3", "L4"}
    right = {"R1", "R2", "R3", "R4"}
    articles = [StoryArticle.of("a", frozenset(left)), StoryArticle.of("a2", frozenset(left)),
                StoryArticle.of("b", frozenset({"L1", "L2", "R1", "R2"})),
                StoryArticle.of("c", frozenset(right)), StoryArticle.of("c2", frozenset(right)),
                *filler(20)]
    grouped = stories(articles, [], StoryConfig(min_share=0.45, max_days=2, max_df=0.5))
    together = next(g for g in grouped if "a" in g)
    assert "c" not in together and "c2" not in together


def brute_force_links(articles: list[StoryArticle], config: StoryConfig,
                      units: list[int]) -> dict[tuple[int, int], float]:
    """Every pair compared, as the docstring of ``links`` states the rule: pairs of different
    families, their shared facts' share of the smaller one's weighted facts."""
    carried: dict[int, set[int]] = {}
    for unit, article in zip(units, articles, strict=True):
        for key in article.facts.tolist():
            carried.setdefault(key, set()).add(unit)
    count = len(set(units))
    limit = min(config.key_df, max(config.min_df, int(config.max_df * count)))
    reference = max(count, config.idf_size)
    weight = {key: math.log1p(reference / len(us)) for key, us in carried.items()
              if len(us) <= limit}
    totals = [sum(weight.get(k, 0.0) for k in a.facts.tolist()) for a in articles]
    out = {}
    for i, j in itertools.combinations(range(len(articles)), 2):
        one, other = articles[i], articles[j]
        shared = set(one.facts.tolist()) & set(other.facts.tolist())
        if units[i] == units[j]:
            continue
        if one.published and other.published and abs(
                (date.fromisoformat(one.published) - date.fromisoformat(other.published)).days
        ) > config.max_days:
            continue
        smaller = min(totals[i], totals[j])
        share = sum(weight.get(k, 0.0) for k in shared) / smaller if smaller else 0.0
        if share >= config.min_share and sum(k in weight for k in shared) >= config.min_shared:
            out[(i, j)] = share
    return out


@pytest.mark.parametrize(("seed", "batch"), [(seed, 250_000) for seed in range(6)]
                         + [(seed, batch) for seed in range(2) for batch in (1, 37)])
def test_links_are_those_of_comparing_every_pair(seed: int, batch: int,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever the batches the rows are made in (one lower article at a time, or a few)."""
    monkeypatch.setattr(cluster, "_BATCH", batch)
    random = Random(seed)
    vocabulary = [f"w{k}" for k in range(120)]
    articles = []
    for k in range(150):
        size = random.randint(0, 25)
        words = {random.choice(vocabulary[:random.choice([30, 120])]) for _ in range(size)}
        day = None if random.random() < 0.3 else f"2024-05-{random.randint(1, 9):02d}"
        articles.append(StoryArticle.of(f"a{k}", words, day))
    units = [k // random.choice([1, 1, 3]) for k in range(len(articles))]
    for config in (StoryConfig(), StoryConfig(min_share=0.2, max_df=0.3),
                   StoryConfig(min_share=0.7, max_days=0), StoryConfig(key_df=3),
                   StoryConfig(min_share=0.2, max_df=0.5, key_df=8, min_shared=1),
                   StoryConfig(idf_size=0), StoryConfig(idf_size=100)):
        found = links(articles, config, units)
        expected = brute_force_links(articles, config, units)
        assert found.keys() == expected.keys()
        assert all(abs(found[p] - expected[p]) < 1e-9 for p in found)
        # Asked for, the pairs dated too far apart come apart, and the links are the same.
        against: dict[tuple[int, int], float] = {}
        assert links(articles, config, units, against=against) == found
        every = brute_force_links(articles, dataclasses.replace(config, max_days=10_000), units)
        assert against.keys() == every.keys() - found.keys()
        assert all(abs(against[p] - every[p]) < 1e-9 for p in against)


def test_articles_kept_apart_never_share_a_story_whatever_their_facts() -> None:
    """Two days' reports cast in one template share the template's words; told apart, they
    stay two stories, and a third article like both joins one of them only."""
    template = {"TokenTape", "RSI", "MACD", "retracement", "resistance", "LMR"}
    articles = [StoryArticle.of("mon", frozenset(template | {"42.10"}), "2025-03-10"),
                StoryArticle.of("wed", frozenset(template | {"45.80"}), "2025-03-12"),
                StoryArticle.of("tue", frozenset(template | {"44.00"}), "2025-03-11"),
                *filler(12)]
    assert ["mon", "tue", "wed"] in stories(articles, [], CONFIG)
    grouped = stories(articles, [], CONFIG, apart=[("wed", "mon")])
    assert not any("mon" in g and "wed" in g for g in grouped)
    assert any(len(g) == 2 and "tue" in g for g in grouped)


def test_a_story_reported_many_times_in_a_small_collection_is_one_story() -> None:
    """Eight reports of one event among twelve pages: its names are carried by two thirds of
    the collection, far over 5% of it, and still an event's names, not a topic's."""
    reports = [StoryArticle.of(f"r{k}", ["Kelverton", "Ardley", "Marrow", "1,900", f"own{k}"])
               for k in range(8)]
    others = [StoryArticle.of(f"o{k}", [f"x{k}", f"y{k}", f"z{k}"]) for k in range(4)]
    grouped = stories([*reports, *others], [], StoryConfig())
    assert sorted(a.id for a in reports) in grouped
    assert all([a.id] in grouped for a in others)
    # With the share alone (no floor), the five shared facts would count for nothing.
    alone = stories([*reports, *others], [], StoryConfig(min_df=2))
    assert all([a.id] in alone for a in reports)


def reports_and_a_follow_up(day: str) -> list[StoryArticle]:
    """Three reports of one event naming Monday, and a fourth sharing the event's first names
    and three details with the first report only, naming ``day``."""
    event = ["kelverton", "ardley", "marrow", "1,900", "halden", "corvin"]
    detail = ["vessery", "dunmore", "tarrow"]
    reports = [StoryArticle.of("r0", [*event, *detail, *(f"own0_{j}" for j in range(5)),
                                      "monday"]),
               *(StoryArticle.of(f"r{k}", [*event, *(f"own{k}_{j}" for j in range(8)), "monday"])
                 for k in (1, 2))]
    other = StoryArticle.of("x", [*event[:3], *detail, *(f"x{j}" for j in range(10)), day])
    return [*reports, other, *filler(20)]


def test_a_report_picking_other_details_joins_its_story_by_its_weaker_pairs_too() -> None:
    """The fourth report shares 0.41 of its facts with the first and 0.19 with the two others:
    counted at their share, the weaker pairs bring it into the story; counted as nothing (a
    link floor at the link share), the story splits in two. (Rarity measured against the
    collection itself, whose size the shares are given for.)"""
    articles = reports_and_a_follow_up("monday")
    assert ["r0", "r1", "r2", "x"] in stories(articles, [], StoryConfig(idf_size=0))
    split = stories(articles, [], StoryConfig(link_floor=0.2, idf_size=0))
    assert ["r0", "x"] in split and ["r1", "r2"] in split


def test_weaker_pairs_naming_other_days_of_the_week_count_for_nothing() -> None:
    """The same fourth report naming Tuesday, where the others name Monday: its weak pairs are
    evidence of another day's event, not of this one, and it stays apart."""
    articles = reports_and_a_follow_up("tuesday")
    grouped = stories(articles, [], StoryConfig())
    assert ["r0", "r1", "r2"] in grouped and ["x"] in grouped


def test_a_fact_weighs_the_same_in_a_small_collection_as_in_a_larger_one() -> None:
    """Six reports of one market day share the day's names, and the topic's with the other
    days' reports; each states a dozen details of its own. Among 30 pages, rarity measured
    against the collection itself makes the day's names (six pages of 30) weigh half a
    report's own details, and two reports fall under the link share; measured against a
    collection of at least ``idf_size`` families, the share is what it is among 600 pages."""
    day = ["Halvorsen", "Brindle", "1,432", "Quayle"]
    topic = ["Ostrava", "Kellwick"]
    reports = [StoryArticle.of(f"r{k}", [*day, *topic, *(f"own{k}_{j}" for j in range(12))])
               for k in range(6)]
    others = [StoryArticle.of(f"o{k}", [*topic, f"x{k}", f"y{k}"]) for k in range(4)]

    def share(fillers: int, config: StoryConfig) -> float:
        return links([*reports, *others, *filler(fillers)], config, floor=0.0).get((0, 1), 0.0)

    small, large = share(20, StoryConfig()), share(990, StoryConfig())
    assert small == pytest.approx(large, abs=0.01)
    assert share(20, StoryConfig(idf_size=0)) < StoryConfig().min_share <= small
    assert share(990, StoryConfig(idf_size=0)) == pytest.approx(large)


def storyline(days: tuple[str, str, str]) -> list[StoryArticle]:
    """Three undated follow-ups of one storyline, each repeating the others' facts (the same
    names, places and figures) and leading with the day of its own event (``days``, as the
    lede markers ``facts.lede_days`` gives), and a second report of the first day."""
    shared = ["Kestrel", "Halloway", "1282", "16,000", "Portmere", "Avelin"]
    return [StoryArticle.of("blowout", [*shared, "cabin", f"^{days[0]}"]),
            StoryArticle.of("blowout-2", [*shared, "cabin", f"^{days[0]}"]),
            StoryArticle.of("grounding", [*shared, "inspections", f"^{days[1]}"]),
            StoryArticle.of("found", [*shared, "backyard", f"^{days[2]}"]),
            *filler(8)]


def test_follow_ups_whose_ledes_name_other_days_are_other_stories() -> None:
    """The blowout on Friday, the grounding on Saturday, the part found on Sunday: the follow-
    ups share every fact, undated; the days their ledes name keep the three events apart."""
    grouped = stories(storyline(("friday", "saturday", "sunday")), [], StoryConfig())
    assert ["blowout", "blowout-2"] in grouped
    assert ["grounding"] in grouped and ["found"] in grouped


def test_ledes_naming_the_same_day_or_none_stay_one_story() -> None:
    same_day = stories(storyline(("friday", "friday", "friday")), [], StoryConfig())
    assert ["blowout", "blowout-2", "found", "grounding"] in same_day
    articles = [StoryArticle(a.id, a.facts[~cluster.np.isin(a.facts, cluster._LEDE_KEYS)],
                             a.published) for a in storyline(("friday", "saturday", "sunday"))]
    assert ["blowout", "blowout-2", "found", "grounding"] in stories(articles, [], StoryConfig())


def test_a_lede_day_is_no_shared_fact() -> None:
    """Two unrelated articles leading with the same day share no fact by it."""
    one = StoryArticle.of("one", ["Quarrow", "Bexley", "^monday"])
    two = StoryArticle.of("two", ["Tillard", "Onsworth", "^monday"])
    assert links([one, two, *filler(8)], StoryConfig(), floor=0.0) == {}


def test_a_copy_whose_lede_names_another_day_stays_with_its_source() -> None:
    """An edition for another time zone moves "on Friday" to "on Saturday": the pair a scan
    found copied is one event whatever the days its ledes name."""
    articles = [a for a in storyline(("friday", "saturday", "sunday")) if a.id != "blowout-2"]
    assert ["blowout"] in stories(articles, [], StoryConfig())
    grouped = stories(articles, [], StoryConfig(), related=[("grounding", "blowout")])
    assert any({"blowout", "grounding"} <= set(g) for g in grouped)


def market_day(day: str, lede: list[str], own: int) -> list[StoryArticle]:
    """Three undated reports of one market day: each rounds the day's figures its own way, so
    they share the topic's names and one detail of the day's; each leads with the day's
    happening (``lede``, as ``facts.lede_terms`` marks it)."""
    topic = ["Halvorsen", "Brindle", "Quayle"]
    return [StoryArticle.of(f"{day}{k}", [*topic, f"{day}-detail",
                                          *(f"{day}{k}_{j}" for j in range(own)),
                                          *(f"~{w}" for w in lede)]) for k in range(3)]


def test_one_days_reports_leading_with_the_same_happening_are_one_story() -> None:
    """Reports of one day sharing too few rare facts for a link are one story when their ledes
    say the same; the next day's reports, leading with another happening, stay apart."""
    articles = [*market_day("mon", ["dow", "surg", "paus", "tariff"], 14),
                *market_day("tue", ["dow", "plung", "retaliat", "china"], 14), *filler(20)]
    plain = [StoryArticle(a.id, a.facts[a.facts.astype("int64") < cluster.MARK], a.published)
             for a in articles]
    assert all(len(g) == 1 for g in stories(plain, [], StoryConfig()) if g[0][:1] in "mt")
    grouped = stories(articles, [], StoryConfig())
    assert ["mon0", "mon1", "mon2"] in grouped and ["tue0", "tue1", "tue2"] in grouped


def test_a_storylines_next_step_leading_with_another_happening_is_another_story() -> None:
    """A follow-up repeating a few of a report's names and figures (a share just over the link
    share), whose lede says something else, falls under it; the same pair with the same lede
    stays linked."""
    shared = ["Kestrel", "Halloway", "1282", "Portmere"]

    def report(name: str, lede: list[str]) -> StoryArticle:
        return StoryArticle.of(name, [*shared, *(f"{name}{j}" for j in range(12)),
                                      *(f"~{w}" for w in lede)])

    first = report("blowout", ["jet", "blew", "mid-air", "emergency", "landing"])
    other = report("grounding", ["regulator", "ground", "plane", "order", "inspect"])
    same = report("second", ["jet", "blew", "mid-air", "emergency", "landing"])
    assert ["blowout"] in stories([first, other, *filler(20)], [], StoryConfig())
    assert ["blowout", "second"] in stories([first, same, *filler(20)], [], StoryConfig())
    assert ["blowout", "grounding"] in stories([first, other, *filler(20)], [],
                                               StoryConfig(lede_weight=0.0))


def test_ledes_stating_other_figures_gain_nothing_from_their_words() -> None:
    """Two quarters' results lead in the same words with other figures: the lede adds nothing."""
    words = ["~nvidia", "~report", "~record", "~revenue", "~quarter"]
    q1 = StoryArticle.of("q1", ["Verdane", "Marlowe", "Osk", "q1own", "q1x", *words, "#26"])
    q4 = StoryArticle.of("q4", ["Verdane", "Marlowe", "Osk", "q4own", "q4x", *words, "#22.1"])
    also = StoryArticle.of("q1b", ["Verdane", "Marlowe", "Osk", "q4own", "q4x", *words, "#26"])
    config = StoryConfig()
    plain = links([q1, q4, *filler(20)], config, floor=0.0)[(0, 1)]
    assert cluster.lede_adjusted([q1, q4], {(0, 1): plain}, config)[(0, 1)] == plain
    assert cluster.lede_adjusted([q1, also], {(0, 1): plain}, config)[(0, 1)] == pytest.approx(
        plain + config.lede_weight * (1 - config.lede_par))


def test_a_lede_word_is_no_shared_fact() -> None:
    one = StoryArticle.of("one", ["Quarrow", "Bexley", "~surg", "~tariff", "~dow", "#2,600"])
    two = StoryArticle.of("two", ["Tillard", "Onsworth", "~surg", "~tariff", "~dow", "#2,600"])
    assert links([one, two, *filler(8)], StoryConfig(), floor=0.0) == {}


def two_reports(own: int, first: str | None, second: str | None) -> list[StoryArticle]:
    """Two pages sharing four names, each with ``own`` facts of its own, published on the days
    given (None: undated), among unrelated pages."""
    shared = ["Kestrel", "Halloway", "1282", "Portmere"]
    return [StoryArticle.of("a", [*shared, *(f"a{j}" for j in range(own))], first),
            StoryArticle.of("b", [*shared, *(f"b{j}" for j in range(own))], second), *filler(20)]


def test_pages_dated_the_same_day_or_the_next_join_on_fewer_shared_facts() -> None:
    """A share under the link share (0.15) is one story for two pages published the same day
    or a day apart (one event's reports and its next-day follow-ups), not for two undated
    pages or pages dated apart by two days."""
    assert ["a", "b"] in stories(two_reports(20, "2024-01-05", "2024-01-05"), [], StoryConfig())
    assert ["a", "b"] in stories(two_reports(20, "2024-01-05", "2024-01-06"), [], StoryConfig())
    for first, second in ((None, None), ("2024-01-05", None), ("2024-01-05", "2024-01-07")):
        assert ["a"] in stories(two_reports(20, first, second), [], StoryConfig())


def test_pages_dated_two_days_apart_need_more_shared_facts() -> None:
    """A share just over the link share (0.23) is one story undated or dated on one side only,
    and two stories for pages published two days apart (more often the storyline's next step
    than the event's follow-up)."""
    for first, second in ((None, None), ("2024-01-05", None), ("2024-01-05", "2024-01-05")):
        assert ["a", "b"] in stories(two_reports(12, first, second), [], StoryConfig())
    assert ["a"] in stories(two_reports(12, "2024-01-05", "2024-01-07"), [], StoryConfig())
    assert ["a", "b"] in stories(two_reports(12, "2024-01-05", "2024-01-07"), [],
                                 StoryConfig(day_steps=()))


def test_the_days_between_two_dated_pages_move_their_share_by_the_steps() -> None:
    articles = [StoryArticle.of(name, ["x"], day) for name, day in
                (("mon", "2024-01-01"), ("mon2", "2024-01-01T18:00"), ("tue", "2024-01-02"),
                 ("wed", "2024-01-03"), ("thu", "2024-01-04"), ("undated", None))]
    found = {(0, 1): 0.3, (0, 2): 0.3, (0, 3): 0.3, (0, 4): 0.3, (0, 5): 0.3}
    moved = cluster.dated_adjusted(articles, found, StoryConfig(day_steps=(0.1, 0.05, -0.2)))
    assert moved == pytest.approx({(0, 1): 0.4, (0, 2): 0.35, (0, 3): 0.1, (0, 4): 0.3,
                                   (0, 5): 0.3})


def test_two_dated_steps_of_a_storyline_stay_apart_though_undated_reports_link_both() -> None:
    """The court's ruling and the deportation six days later share the storyline's names, and
    undated reports, one of each step, link to both steps' pages. The dated pages of the two
    steps are no link but count against a merge at their share: two stories, each with its
    undated report (counted as nothing, the undated reports bridged the steps into one)."""
    names = ["Djokavi", "Melbara", "Hawkes", "visa", "Tullamarine", "Federal"]
    ruling = ["judge", "Kelly", "quarantine", "release", "passport"]
    deported = ["Dubai", "Emirates", "flight", "appeal", "dismissed"]
    articles = [StoryArticle.of("ruling", names + ruling, "2022-01-10"),
                StoryArticle.of("ruling2", names + ruling[:4], "2022-01-10"),
                StoryArticle.of("deported", names + deported, "2022-01-16"),
                StoryArticle.of("deported2", names + deported[:4], "2022-01-16"),
                StoryArticle.of("undated-ruling", names[:4] + ruling[:2]),
                StoryArticle.of("undated-deported", names[:4] + deported[:2]),
                *filler(30)]
    config = StoryConfig(min_share=0.3, max_days=2, max_df=0.5)
    against: dict[tuple[int, int], float] = {}
    found = links(articles, config, floor=0.1, against=against)
    assert (0, 2) in against and (0, 2) not in found
    assert (0, 4) in found and (2, 4) in found  # the undated report links both steps
    grouped = stories(articles, [], config)
    assert ["ruling", "ruling2", "undated-ruling"] in grouped
    assert ["deported", "deported2", "undated-deported"] in grouped
