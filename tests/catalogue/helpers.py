"""Shared builders for the catalogue tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from app.domain.programme import ProgrammeData, programme_from_dict
from tests.conftest import REPO_ROOT

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def demo_dict() -> dict[str, Any]:
    result: dict[str, Any] = json.loads((REPO_ROOT / "resources" / "demo" / "programme.json").read_text("utf-8"))
    return result


def demo_programme() -> ProgrammeData:
    return programme_from_dict(demo_dict())


def small_programme(code: str = "035-BS-PHIL", year: str = "2025/2026") -> ProgrammeData:
    return programme_from_dict({
        "code": code, "title": "Філологія", "specialty": "035 Філологія", "level": "bachelor", "total_ects": 240,
        "academic_year": year, "language": "uk",
        "outcomes": [["ПР01", "Вільно спілкуватися державною мовою."], ["ПР02", "Аналізувати художні тексти."],
                     ["ПР03", "Перекладати тексти різних жанрів."]],
        "components": [
            {"code": "ОК1", "title": "Вступ до мовознавства", "type": "mandatory", "semester": 1, "ects": 4,
             "hours": 120, "control": "exam", "outcomes": ["Пояснювати основні поняття мовознавства."],
             "plo": ["ПР01"]},
            {"code": "ОК2", "title": "Теорія літератури", "type": "mandatory", "semester": 2, "ects": 5,
             "hours": 150, "control": "pass", "outcomes": [], "plo": ["ПР02"]},
            {"code": "ВК1", "title": "Основи перекладу", "type": "elective", "semester": 3, "ects": 4,
             "hours": 120, "control": "pass", "outcomes": ["Перекладати тексти.", "Редагувати переклад."],
             "plo": ["ПР03", "ПР01"]},
        ],
    })


def workbook_from_rows(sheets: dict[str, list[list[Any]]]) -> Workbook:
    workbook = Workbook()
    first = True
    for name, rows in sheets.items():
        if first:
            sheet = workbook.active
            assert sheet is not None
            sheet.title = name
            first = False
        else:
            sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(row)
    return workbook


def good_sheets() -> dict[str, list[list[Any]]]:
    """A small valid programme, sheet by sheet, as rows of cell values."""
    return {
        "Programme": [["key", "value"], ["code", "B-1"], ["title", "Тестова програма"], ["specialty", "121"],
                      ["level", "бакалавр"], ["total_ects", 9], ["academic_year", "2025-2026"], ["language", "uk"]],
        "Components": [["code", "title", "type", "semester", "ects", "hours", "control", "outcomes"],
                       ["ОК 1", "Перша", "обов’язкова", 1, 5, 150, "екзамен", "Вміти одне.\nВміти друге."],
                       ["ВК1", "Друга", "вибіркова", 2, "4", None, "залік", None]],
        "Outcomes": [["code", "text"], ["ПР01", "Результат один"], ["ПР02", "Результат два"]],
        "Matrix": [["", "ПР01", "ПР02"], ["ОК1", "x", None], ["ВК1", "+", "1"]],
    }
