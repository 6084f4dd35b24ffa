"""A unit record whose left column is each outcome and whose next column its performance criteria, with columns of
evidence and dates right of them ("Outcome | Performance criteria — the candidate has: | Evidence | Achieved"): each
row is read as its outcome, then its criteria; the evidence is not. Before, nothing was read from such a table (its
outcome column was no part's label, its criteria column no results' label, and the long evidence cells ended the
table at its first row). Labels alone above their values ("Candidate", "Unit title") are read too. Other wording than
the certificate that showed it."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html, table_row

_UNIT_RECORD = (
    "<p>Glenmorven Technical College</p><p>Record no. GTC-2026-0071</p><p>UNIT RESULT STATEMENT</p>"
    "<p>Candidate</p><p>Marta Levchenko</p><p>Unit title</p><p>Computer Networks Fundamentals</p>"
    "<p>Outcomes and evidence</p>"
    "<table><tr><th>Outcome</th><th>Performance criteria — the candidate has:</th><th>Evidence</th><th>Date</th></tr>"
    + table_row("1. Configure a small network",
                "(a) assigned IPv4 addresses and subnet masks to six hosts; (b) set up a "
                "switch with two VLANs and checked that the hosts reach each other",
                "Practical task observed by the assessor, with a completed checklist and screenshots", "12/01/2026")
    + table_row("2. Troubleshoot connectivity",
                "(a) located a wrong gateway and a faulty cable with ping and traceroute; "
                "(b) recorded the fault and the fix in a log", "Written report of three faults found in a lab, "
                "marked against the criteria", "02/02/2026")
    + "</table><p>Unit result: ACHIEVED.</p>"
)

_UKRAINIAN = (
    "<p>Навчальний центр «Мережа»</p><p>ВИТЯГ ІЗ ВІДОМОСТІ № 4/2026</p>"
    "<p>Слухач Назар Мельник опанував модуль «Адміністрування Linux», 30 годин.</p>"
    "<table><tr><th>Результат навчання</th><th>Критерії оцінювання</th><th>Докази</th></tr>"
    + table_row("Керувати користувачами", "створює користувачів і групи, налаштовує права доступу до каталогів",
           "практичне завдання на віртуальній машині, перевірене викладачем")
    + table_row("Автоматизувати завдання", "пише скрипти bash із циклами й умовами та запускає їх за розкладом cron",
           "три скрипти в репозиторії з коментарями викладача до кожного")
    + "</table><p>Дата видачі: 10.03.2026</p>"
)


def test_outcomes_with_their_performance_criteria(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, _UNIT_RECORD)
    outcomes = rec.value("learning_outcomes") or []
    assert len(outcomes) == 2, outcomes
    assert outcomes[0].startswith("Configure a small network: (a) assigned IPv4 addresses"), outcomes
    assert outcomes[1].startswith("Troubleshoot connectivity: (a) located a wrong gateway"), outcomes
    assert not any("assessor" in o or "2026" in o for o in outcomes), outcomes  # the evidence and dates left out
    assert rec.value("learner_name") == "Marta Levchenko"
    assert rec.value("title") == "Computer Networks Fundamentals"


def test_outcomes_with_their_criteria_in_ukrainian(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, _UKRAINIAN)
    outcomes = rec.value("learning_outcomes") or []
    assert outcomes == [
        "Керувати користувачами: створює користувачів і групи, налаштовує права доступу до каталогів",
        "Автоматизувати завдання: пише скрипти bash із циклами й умовами та запускає їх за розкладом cron",
    ]
    assert not rec.outcomes_from_topics
