"""The evidence import and details tab in the main window (offscreen)."""

from __future__ import annotations

from typing import Any

from app.services.cases import ApplicantData, NewCase, register_case
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from app.ui.settings import Settings
from app.ui.workers import TaskRunner

from .conftest import fixture


def test_import_and_show_details(qtbot, db) -> None:
    case_id = register_case(db, "tester", NewCase(applicant=ApplicantData(full_name="Андромеда Ана")))
    window = MainWindow(AppContext(settings=Settings(), runner=TaskRunner(), db=db))
    qtbot.addWidget(window)
    window.show()
    window.refresh_cases(select_case=case_id)
    qtbot.waitUntil(lambda: window.case_view.case is not None, timeout=10000)
    controller: Any = window.evidence
    controller.import_paths(
        [fixture("edc/elm3-Sample-MC-Annex1-signed.jsonld"), fixture("ob2/public_domain_heart.png")]
    )
    qtbot.waitUntil(
        lambda: window.case_view.case is not None and len(window.case_view.case.evidence) == 2, timeout=20000
    )
    tab = controller.tab
    qtbot.waitUntil(lambda: tab.items.count() == 2, timeout=5000)
    tab.items.setCurrentRow(0)
    assert tab.detail is not None and tab.detail.format == "edc-jsonld"
    assert "Verified" in tab.verdict.text()
    assert tab.outcomes.count() == 2
    values = {tab.elements.item(r, 0).text(): tab.elements.item(r, 1).text() for r in range(tab.elements.rowCount())}
    assert any(v == "missing (mandatory)" for v in values.values())  # quality assurance
    assert tab.open_button.isEnabled()
    tab.items.setCurrentRow(1)
    assert "no baked badge" in tab.verdict.text()
    window.ctx.runner.wait()
