"""The hours a certificate states beside a weekly rate and its span: the figure stated, not the product of a range or
of a part's rate; a part's hours below the product are not the total; notional hours; a course in two parts, each
with its hours in brackets, is their sum."""

from __future__ import annotations

from app.importers.credentials.textparse import find_hours


def hours(text: str) -> float | None:
    found = find_hours(text)
    return found[0] if found else None


def test_the_stated_total_not_the_product_of_a_range() -> None:
    text = ("Курс «Садівництво» · 6 тижнів · орієнтовне навантаження 45 годин\nТривалість: 6 тижнів\n"
            "Навантаження: 6–8 год на тиждень")
    assert find_hours(text) == (45.0, "45 годин")
    assert hours("Approx. 26 hours · 4 weeks at 6–7 hours a week · Flexible schedule") == 26


def test_the_stated_total_not_the_product_of_a_parts_rate() -> None:
    text = ("16 тижнів · 200 годин (з них 64 год живих занять з ментором)\n"
            "Заняття двічі на тиждень + самостійна практика 8–10 год на тиждень.")
    assert hours(text) == 200


def test_a_parts_hours_below_the_product_are_no_total() -> None:
    # (a guard: read so before too; the stated figure wins over the product only where it is not below it)
    assert hours("6 weeks, 5 hours per week. Final project presentation: 2 hours.") == 30


def test_notional_hours_and_hours_of_two_parts() -> None:
    assert hours("Workload\n90 notional hours (30 h contact, 60 h\nself-study)") == 90
    assert hours("by classroom training (12 h)\nand supervised practice (20 h) at the depot") == 32
    assert hours("теорія (16 год) та практика на полігоні (24 год)") == 40
