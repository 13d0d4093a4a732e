"""A copy that states other figures is another report cast in the same template."""

from __future__ import annotations

from unspin.jobs.stories import template_pairs, whole_copy, whole_families
from unspin.model import IndexedRelation
from unspin.stories.facts import changed_numbers, numbers


def rel(copy: str, source: str, substitutions: tuple[tuple[str, str], ...],
        kind: str = "spun", copied: float = 0.9) -> IndexedRelation:
    return IndexedRelation(copy, source, kind, copied, 0.2, 1.0, (), substitutions,  # type: ignore[arg-type]
                           "reason", "")


TEMPLATE = (("43.50", "44.00"), ("below $42", "above $45"), ("40 support", "46.50 resistance"),
            ("losses", "gains"))
SPUN = (("nearly $3", "almost $Three"), ("7", "seven"), ("data", "information"),
        ("1,900", "1900"))


def test_numbers_are_read_as_digits_or_words() -> None:
    assert numbers("almost $Three and 1,900 at 4.5%.") == [3.0, 4.5, 1900.0]
    assert numbers("no figure here") == []


def test_a_spinner_keeps_the_figures_a_template_changes_them() -> None:
    assert changed_numbers(SPUN) == 0
    assert changed_numbers(TEMPLATE) == 3
    assert changed_numbers((("two", "one"), ("7", "seven"), ("12", "at least twelve"))) == 0
    assert whole_copy(rel("b", "a", SPUN))
    assert not whole_copy(rel("b", "a", TEMPLATE))
    assert whole_families([rel("b", "a", TEMPLATE), rel("c", "a", SPUN)]) == [["c", "a"]]


def test_template_reports_of_other_days_are_kept_apart_an_update_or_undated_page_not() -> None:
    relations = [rel("wed", "mon", TEMPLATE), rel("update", "first", TEMPLATE, "partial"),
                 rel("undated", "mon", TEMPLATE), rel("copy", "mon", SPUN)]
    dated = {"mon": "2025-03-10", "wed": "2025-03-12", "first": "2025-11-19",
             "update": "2025-11-19", "undated": None, "copy": "2025-03-14"}
    assert template_pairs(relations, dated) == [("wed", "mon")]
