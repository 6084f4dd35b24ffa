"""A paragraph of topics under "Що опрацьовано на заняттях" ("What was covered in class"), followed by the heading
and cells of a log table: the paragraph's topics, without the next heading or the log's rows. Before, the log's rows
were read as the outcomes. Other wording than the certificate that showed it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.importers.pdfgen import inspect_html


@pytest.mark.parametrize(
    ("heading", "paragraph", "log"),
    [
        ("Що опрацьовано на заняттях",
         "Вибір борошна й води, закваска та дріжджі; замішування, бродіння й обминання; формування хліба та булок, "
         "розстойка; випікання в дровʼяній і конвекційній печі; типові вади хліба та їх причини; санітарія пекарні.",
         "Журнал випічки"),
        ("What was covered in class",
         "Choosing flour and water, sourdough and yeast; mixing, proofing and folding; shaping loaves and rolls; "
         "baking in wood-fired and convection ovens; common faults of bread and their causes; bakery hygiene.",
         "Baking log"),
    ],
    ids=["uk", "en"],
)
def test_topics_paragraph_before_a_log(tmp_path: Path, heading: str, paragraph: str, log: str) -> None:
    html = (
        "<p>Пекарська школа «Колос»</p><p>СВІДОЦТВО № П-25/011</p><p>Бойко Роман Іванович</p>"
        f"<p>{heading}</p><p>{paragraph}</p><p>{log}</p>"
        "<p>Дата</p><p>Виріб</p><p>Оцінка</p><p>13.10</p><p>Житній хліб на заквасці</p><p>добре</p>"
    )
    rec = inspect_html(tmp_path, html)
    topics = rec.value("learning_outcomes") or []
    assert len(topics) >= 5, topics
    assert not any(log in t or "хліб на заквасці" in t or "13.10" in t for t in topics), topics
