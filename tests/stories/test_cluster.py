"""cluster: stories by shared rare facts, dates and average linkage."""

from __future__ import annotations

from unspin.stories.cluster import StoryArticle, StoryConfig, links, stories

CONFIG = StoryConfig(min_share=0.3, max_days=2, max_df=0.5)


def filler(n: int) -> list[StoryArticle]:
    """Unrelated articles, so that document frequencies mean something."""
    return [StoryArticle(f"z{k}", frozenset({f"topic{k}", f"name{k}", f"{k}00"})) for k in range(n)]


def test_two_reports_of_one_event_are_one_story_and_others_stay_alone() -> None:
    event = {"Eastbrook", "Voltaic", "1,200", "lithium", "Marsh"}
    articles = [StoryArticle("a", frozenset(event | {"council"}), "2024-04-10"),
                StoryArticle("b", frozenset(event | {"governor"}), "2024-04-11"), *filler(8)]
    grouped = stories(articles, [], CONFIG)
    assert ["a", "b"] in grouped
    assert all(len(g) == 1 for g in grouped if g != ["a", "b"])


def test_the_same_topic_a_week_apart_is_two_stories() -> None:
    template = {"Bitcoin", "BTC", "Fed", "resistance"}
    articles = [StoryArticle("mon", frozenset(template | {"18,000"}), "2024-06-03"),
                StoryArticle("next-mon", frozenset(template | {"21,000"}), "2024-06-10"),
                *filler(8)]
    assert (0, 1) not in links(articles, CONFIG)
    grouped = stories(articles, [], CONFIG)
    assert ["mon"] in grouped and ["next-mon"] in grouped


def test_families_are_kept_whole_whatever_their_facts() -> None:
    articles = [StoryArticle("orig", frozenset({"x1"})), StoryArticle("copy", frozenset({"y1"})),
                *filler(4)]
    assert ["copy", "orig"] in stories(articles, [["orig", "copy"]], CONFIG)


def test_average_linkage_does_not_chain_weak_links() -> None:
    """a-b and b-c are linked, a and c share nothing: with one more article on each side, the
    two pairs' groups average below the floor and stay two stories."""
    left = {"L1", "L2", "L3", "L4"}
    right = {"R1", "R2", "R3", "R4"}
    articles = [StoryArticle("a", frozenset(left)), StoryArticle("a2", frozenset(left)),
                StoryArticle("b", frozenset({"L1", "L2", "R1", "R2"})),
                StoryArticle("c", frozenset(right)), StoryArticle("c2", frozenset(right)),
                *filler(20)]
    grouped = stories(articles, [], StoryConfig(min_share=0.45, max_days=2, max_df=0.5))
    together = next(g for g in grouped if "a" in g)
    assert "c" not in together and "c2" not in together
