"""The Evidence tab shows the values the reader stored as codes (the form of participation, the supervision, the
country) in the officer's language: a Ukrainian screen has no "blended" or "Russian Federation" on it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.db import Database
from app.services.evidence import get_evidence
from tests.cases.conftest import imported_pdf

CERTIFICATE = """<h1>СЕРТИФІКАТ</h1><p>Цим засвідчується, що</p><p><b>Леся Українка</b></p>
<p>успішно завершила курс «Бази даних»</p><h3>Результати навчання:</h3><ul><li>проєктувати бази даних</li></ul>
<p>Форма навчання: змішана</p><p>Підсумковий контроль: іспит під наглядом, без перевірки особи</p>
<p>Обсяг: 30 годин</p><p>Країна: Польща</p><p>Дата видачі: 05.03.2025</p>"""


def test_coded_values_in_ukrainian(full_demo_db: Database, tmp_path: Path, qapp: Any, qtbot: Any) -> None:
    from app.ui import i18n
    from app.ui.evidence_view import EvidenceDetailsTab

    detail = get_evidence(full_demo_db, imported_pdf(full_demo_db, tmp_path, CERTIFICATE, "coded.pdf"))
    assert detail.elements["participation_form"]["value"] == "blended"  # stored as the code, shown translated
    state = i18n.language_state()
    translators = i18n.install_translators(qapp, "uk")
    try:
        window: Any = type("Window", (), {"ctx": None})()
        tab = EvidenceDetailsTab(window)
        qtbot.addWidget(tab)
        tab.show_detail(detail)
        def text(row: int, column: int) -> str:
            item = tab.elements.item(row, column)
            assert item is not None
            return item.text()

        shown = {text(r, 0).rstrip(" *"): text(r, 1) for r in range(tab.elements.rowCount())}
        assert shown["Форма участі"] == "змішана"
        assert shown["Нагляд і перевірка особи"] == "під наглядом, без перевірки особи"
        assert shown["Країна видавця"] == "Польща (PL)"
    finally:
        i18n.remove_translators(qapp, translators)
        i18n.restore_language_state(state)
