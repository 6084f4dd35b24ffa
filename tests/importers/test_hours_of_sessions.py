"""The workload told as sessions of a stated length, added up with what "+" adds, in several languages, and hours in
Lithuanian and Latvian. Each was read wrong (a session's length as the total) or not at all before; the wordings are
other than those of the certificates that showed them."""

from __future__ import annotations

import pytest

from app.importers.credentials.textparse import find_hours


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("6 evening online classes of 1.5 hours + supervised practice (about 5 hours)", 14),
        ("3 вебінари по 2 год + 1 день практикуму по 6 год", 12),
        ("семінар: 5 заняття по 2 академічні години", 10),
        ("20 of 24 live sessions × 45 minutes, with homework", 18),
        ("10 sessions of 2 hours", 20),
        ("Attendance: 22 of 24 evening sessions (75 minutes each), with homework", 30),
        ("Mokymų trukmė – 36 akademinės valandos", 36),
        ("Kursa apjoms: 32 stundas", 32),
    ],
)
def test_sessions_and_hours(text: str, hours: float) -> None:
    found = find_hours(text)
    assert found is not None and found[0] == hours


def test_a_sum_stops_at_what_is_no_hours() -> None:
    found = find_hours("8 sessions of 2 hours + a final project + an oral exam")
    assert found is not None and found[0] == 16



def test_a_total_worked_out_on_the_certificate_before_a_rate() -> None:
    """"full time, 40 hours a week; 61 working days in the timesheet = 488 hours": the total the certificate works
    out, not 40 hours a week times its weeks."""
    text = ("Period: 2 June – 29 August 2025 (13 weeks)\n"
            "Workload: full time, 40 hours a week; 61 working days in the timesheet = 488 hours")
    found = find_hours(text)
    assert found is not None and found[0] == 488


def test_a_total_broken_down_after_its_equals_sign_is_the_total() -> None:
    """"Обсяг 120 годин = 30 год лекцій + 40 год практичних + 50 год самостійної роботи": the total before "=", not
    the first part of its breakdown (twenty-ninth set's first reading took 24 hours of lectures so)."""
    found = find_hours("Обсяг 120 годин = 30 год лекцій + 40 год практичних занять + 50 год самостійної роботи")
    assert found is not None and found[0] == 120
    found = find_hours("Workload 90 hours = 20 hours of lectures + 70 hours of project work")
    assert found is not None and found[0] == 90


def test_the_total_effort_below_its_label_before_a_sessions_length() -> None:
    """"Estimated total effort" / "about 150 hours" is the workload, not a session's "3 h" nor the sessions alone."""
    text = "Contact hours\n60\n(20 evening classes × 3 h)\nEstimated total effort\nabout 120 hours"
    found = find_hours(text)
    assert found is not None and found[0] == 120



def test_german_clock_hours() -> None:
    """"insgesamt 7,5 Zeitstunden": hours of the clock (as against lessons), the workload."""
    found = find_hours("Teilgenommen an 5 von 6 Webinaren, insgesamt 7,5 Zeitstunden.")
    assert found is not None and found[0] == 7.5


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("szkolenie o łącznym wymiarze 40 godzin dydaktycznych (16 h zajęć teoretycznych, 24 h ćwiczeń)", 40),
        ("kurz v rozsahu 24 hodin (8 h teorie, 16 h praxe)", 24),
    ],
)
def test_the_volume_by_its_label_before_its_parts_in_hours(text: str, hours: float) -> None:
    """A Polish or Czech course's volume by its label ("w wymiarze", "v rozsahu") before its parts in "h": the parts'
    first figure was read before."""
    found = find_hours(text)
    assert found is not None and found[0] == hours


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Workload: 80 hours: 48 contact hours (32 evening lessons of 90 minutes) and 32 hours of self-study", 80),
        ("Обсяг програми — 60 годин: 30 занять по 1,5 години та 15 годин самостійної роботи", 60),
    ],
)
def test_a_total_stated_first_then_its_parts(text: str, hours: float) -> None:
    """"120 hours: 90 contact hours (60 live lessons of 90 minutes) and 30 hours …": the total, not the lessons'
    product, which was read before."""
    found = find_hours(text)
    assert found is not None and found[0] == hours
