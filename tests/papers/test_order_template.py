"""The order template the institution edits: read, checked (line and field named) and filled."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.errors import UserError
from app.reports.order_template import load_template, paragraphs, parse_template, render_template

GOOD = """# comment {not a field}
^{institution}
{order_date} || № {order_number}

Визнати {applicant_dative}:
{for each recognised}
{n}) {component_code} — {credits};
{end}
Підстава: протокол № {protocol_number}. Дужки: {{так}}.
"""


def test_the_bundled_template_is_valid() -> None:
    template = load_template()
    assert any("{applicant_dative}" in piece.text for piece in template.lines)


def test_a_template_is_filled_with_its_block_repeated() -> None:
    lines = render_template(parse_template(GOOD), {"institution": "Університет", "order_date": "01.12.2026",
                                                   "order_number": "5-с", "applicant_dative": "Шевченку Тарасу",
                                                   "protocol_number": "1/2026"},
                            [{"n": "1", "component_code": "ОК5", "credits": "5 кредитів ЄКТС"},
                             {"n": "2", "component_code": "ВК2", "credits": "2,7 кредиту ЄКТС"}])
    text = paragraphs(lines)
    assert text == ["^Університет", "01.12.2026 || № 5-с", "Визнати Шевченку Тарасу:",
                    "1) ОК5 — 5 кредитів ЄКТС;", "2) ВК2 — 2,7 кредиту ЄКТС;",
                    "Підстава: протокол № 1/2026. Дужки: {так}."]


@pytest.mark.parametrize(("text", "expected"), [
    ("a\n{aplicant}\n{for each recognised}\n{n}\n{end}\n", r"line 2: unknown field \{aplicant\}"),
    ("a\n{n}) x\n{for each recognised}\n{n}\n{end}\n", r"line 2: the field \{n\} belongs inside"),
    ("a {institution\n{for each recognised}\n{n}\n{end}\n", r"line 1: a lone “\{”"),
    ("a } b\n{for each recognised}\n{n}\n{end}\n", r"line 1: a lone “\}”"),
    ("just text {institution}\n", r"no \{for each recognised\} … \{end\} block"),
    ("x\n{for each recognised}\n{n}\n", r"line 2: \{for each recognised\} is never closed"),
    ("x\n{end}\n", r"line 2: \{end\} without"),
    ("{for each recognised}\n{n}\n{end}\n{for each recognised}\n{n}\n{end}\n", r"line 4: a second"),
])
def test_a_bad_template_is_refused_naming_line_and_field(text: str, expected: str) -> None:
    with pytest.raises(UserError, match=expected):
        parse_template(text, "order_uk.txt")


def test_an_unreadable_template_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="missing"):
        load_template(tmp_path / "none.txt")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(UserError, match="cannot be read"):
        load_template(bad)


def test_the_institutions_copy_takes_precedence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.reports import order_template

    monkeypatch.setenv("RD_DATA_DIR", str(tmp_path))
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "order_uk.txt").write_text(GOOD, encoding="utf-8")
    assert order_template.template_path() == tmp_path / "templates" / "order_uk.txt"
