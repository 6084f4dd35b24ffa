"""The workbooks of the demo (case report of every case, register, statistics) in Ukrainian and English: every
text — cells, sheet names, number formats, chart titles — is read back and checked for words in the wrong
script. Only what is quoted as written may differ: names, titles and outcomes from credentials and the catalogue,
the institution's own names, the commission's own words, user names, codes."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.db import Database
from app.domain.explanation import explanation_parts
from app.reports.data import CaseReportData
from app.reports.vocabulary import (
    conversion_method_text,
    national_grade_text,
    reasons_text,
    report_translator,
    scale_text,
    scope_text,
    verification_text,
)
from app.services import reports
from tests.papers.language import chart_titles, foreign_words, workbook_text

CASES = ("RD-DEMO-001", "RD-DEMO-002", "RD-DEMO-003", "RD-DEMO-008")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, Path]]:
    from app.db import open_database
    from app.services.demo import load_demo

    folder = tmp_path_factory.mktemp("workbooks")
    db = open_database("sqlite:///" + (folder / "demo.sqlite3").as_posix())
    load_demo(db, "tester")
    yield db, folder
    db.dispose()


def _quoted(data: CaseReportData) -> list[str]:
    """What a workbook may show as written."""
    a, p = data.applicant, data.programme
    quoted = [a.full_name, a.full_name_latin, a.faculty, a.specialty, a.group_name, a.student_id, data.commission,
              data.policy, data.claimed_outcomes, data.declared_provider]
    if p:
        quoted += [p.title, p.specialty, p.label, p.code]
    for e in data.evidence:
        # (the language is shown by its name in the workbook's language, not as written)
        quoted += [e.original_name, e.title, e.awarding_body, e.issuer_country, e.credential_id, e.grade,
                   e.verified_by]
        if e.format == "manual":  # the officer's own description of the paper original
            quoted += re.findall(r"from the original \((.*?)\)", e.verification_detail)
    for o in data.outcomes:
        part, terms = explanation_parts(o.explanation) or ("", [])
        quoted += [o.component_title, o.component_outcome, o.credential_outcome, o.evidence, o.comment, part, *terms]
        for term in terms:
            quoted += [side.strip() for side in term.split("/")]
    for d in data.decisions:
        quoted += [d.component_title, d.original_grade, d.decided_by, *d.evidence]
    if data.appeal is not None:  # the applicant's grounds and the panel, as filed
        quoted += [data.appeal.grounds, *data.appeal.panel.splitlines()]
    return [q for q in quoted if q]


@pytest.fixture(scope="module")
def quoted(demo: tuple[Database, Path]) -> list[str]:
    out = [q for case in CASES for q in _quoted(reports.case_report_data(demo[0], case))]
    out += [p.provider for p in reports.statistics(demo[0]).providers if p.provider]
    return out


@pytest.mark.parametrize("lang", ["uk", "en"])
@pytest.mark.parametrize("kind", ["case", "register", "statistics"])
def test_workbooks_have_no_words_in_the_wrong_script(demo: tuple[Database, Path], quoted: list[str], kind: str,
                                                      lang: str) -> None:
    db, folder = demo
    if kind == "case":
        paths = [reports.export_case_report(db, case, folder / f"{case}-{lang}.xlsx", lang) for case in CASES]
    elif kind == "register":
        reports.export_register(db, folder / f"register-{lang}.xlsx", lang=lang)
        paths = [folder / f"register-{lang}.xlsx"]
    else:
        reports.export_statistics(db, folder / f"statistics-{lang}.xlsx", lang)
        paths = [folder / f"statistics-{lang}.xlsx"]
        assert len(chart_titles(paths[0])) >= 4  # the chart titles are read too
    found = {path.name: foreign_words(workbook_text(path), lang, quoted) for path in paths}
    assert found == {path.name: [] for path in paths}


def test_stored_english_and_ukrainian_values_render_in_the_report_language() -> None:
    uk, en = report_translator("uk"), report_translator("en")
    assert national_grade_text("4 (добре)", en) == "4 (good)" and national_grade_text("4 (good)", uk) == "4 (добре)"
    assert national_grade_text("зараховано", en) == "pass" and national_grade_text("pass", uk) == "зараховано"
    assert scale_text("points out of 20", uk) == "шкала до 20 балів" and scale_text("percent", uk) == "відсотки"
    assert scale_text("ects:B", uk) == "оцінка ЄКТС B"
    assert conversion_method_text("percent → 100-point → ECTS → national (institutional table)", uk) == (
        "відсотки → 100-бальна шкала → шкала ЄКТС → національна шкала (таблиця відповідності закладу освіти)")
    assert conversion_method_text("за рішенням комісії", en) == "за рішенням комісії"  # the commission's words
    assert scope_text("Визнано результати навчання: А; Б", en) == "Recognised outcomes: А; Б"
    text = verification_text("unsigned", "none", "", "Unsigned PDF: check https://x.example/c/1.", uk)
    assert text.startswith("без цифрового підпису") and text.endswith("https://x.example/c/1")
    assert verification_text("unsigned", "none", "", "Unsigned PDF.", en) == "Unsigned PDF."


def test_the_rules_reasons_follow_the_report_language(demo: tuple[Database, Path]) -> None:
    data = reports.case_report_data(demo[0], "RD-DEMO-001")
    line = next(d for d in data.decisions if d.auto_reasons)
    english = reasons_text(line.reasons, line.auto_reasons, report_translator("en"))
    assert "covers" in english and "охоплено" not in english and "добре" not in english
    assert reasons_text(line.reasons, line.auto_reasons, report_translator("uk")) == line.reasons
    own = line.reasons + "; Комісія врахувала співбесіду"
    assert reasons_text(own, line.auto_reasons, report_translator("en")).endswith("Комісія врахувала співбесіду")
