"""Findings of the officer's walk through the application that a screen tour cannot see by itself: chart labels,
numbers and dates written the interface language's way, the procedure's own history comments in that language."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest

from app.reports.data import DecisionStat, MonthStat, ProviderStat, Statistics, VerificationStat


@pytest.fixture(params=["uk", "en"])
def language(request: pytest.FixtureRequest, qapp: Any) -> Iterator[str]:
    from app.ui import i18n

    saved = i18n.language_state()
    translators = i18n.install_translators(qapp, request.param)
    yield str(request.param)
    i18n.remove_translators(qapp, translators)
    i18n.restore_language_state(saved)


LONG_PROVIDER = "Відкритий університет цифрових навичок і безперервної освіти дорослих"


def _statistics() -> Statistics:
    return Statistics(
        date_from=None, date_to=None, cases=5, lines_decided=4, lines_recognised=3, credits_recognised=6.5,
        evidence_items=7, evidence_verified=2,
        months=[MonthStat(date(2026, 11, 1), 4, 4, 6.5)],
        decisions=[DecisionStat("full", 2, 0.5, 10, 10), DecisionStat("partial", 2, 0.5, 8, 2.5)],
        providers=[ProviderStat(LONG_PROVIDER, 2, 1, 4.0), ProviderStat("Atlantic Data Academy", 1, 1, 2.5)],
        verification=[VerificationStat("verified", 2, 2 / 7), VerificationStat("unverifiable-offline", 5, 5 / 7)],
    )


def test_statistics_names_are_readable_and_numbers_local(qtbot: Any, language: str) -> None:
    from PySide6.QtCharts import QBarCategoryAxis

    from app.ui.stats_view import PROVIDER_NAME_LIMIT, StatsView

    window: Any = type("Window", (), {"ctx": None, "reports": None, "show_error": print})()
    view = StatsView(window)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show_stats(_statistics())
    # Top providers: short names on the axis (Qt elides a long one to "…"), the whole name in the tooltip.
    axis = next(a for a in view.views["providers"].chart().axes() if isinstance(a, QBarCategoryAxis))
    names = axis.categories()
    assert all(len(name) <= PROVIDER_NAME_LIMIT for name in names)
    assert "Atlantic Data Academy" in names and any(n.startswith("Відкритий університет") for n in names)
    assert any(tip.startswith(LONG_PROVIDER + "\n") for tip in view.provider_tips)
    # ...and a row of height per provider (the charts scroll instead): squeezed, Qt elides every name to "…".
    from app.ui.stats_view import PROVIDER_ROW_HEIGHT

    assert view.views["providers"].minimumHeight() >= PROVIDER_ROW_HEIGHT * len(names)
    # Pies: the names go into the legend beside the pie (room for a long name), not around it where they are cut;
    # the slices carry only their share, inside.
    from PySide6.QtCharts import QPieSlice

    from app.ui.labels import verification_label

    chart = view.views["verification"].chart()
    legend = chart.legend()
    assert legend.isVisible()
    assert [m.label() for m in legend.markers()] == [verification_label("verified"),
                                                     verification_label("unverifiable-offline")]
    pie: Any = chart.series()[0]
    slices = pie.slices()
    assert all(s.labelPosition() == QPieSlice.LabelPosition.LabelInsideHorizontal for s in slices)
    assert [s.label() for s in slices] == (["29\u00a0%", "71\u00a0%"] if language == "uk" else ["29%", "71%"])
    from PySide6.QtGui import QFontMetrics

    longest = QFontMetrics(legend.font()).horizontalAdvance(verification_label("unverifiable-offline"))
    assert legend.minimumWidth() > longest  # room for the longest name: Qt would elide it to "…"
    # Numbers the language's way: 6,5 and "29 %" in Ukrainian; the axes too.
    summary = view.summary.text()
    assert ("6,5" in summary and "29\u00a0%" in summary) if language == "uk" else ("6.5" in summary
                                                                                   and "29%" in summary)
    assert all(view.views[key].chart().localizeNumbers() for key in view.views)


def test_date_editors_show_dates_as_the_lists_do(qtbot: Any, language: str) -> None:
    """One date format per language: the dialogs' date editors write 01/12/2026 in English, 01.12.2026 in
    Ukrainian, exactly as the lists (format_date) do."""
    from app.ui.i18n import format_date
    from app.ui.workflow_dialogs import AppealDialog, date_edit

    day = date(2026, 12, 1)
    edit = date_edit(day)
    qtbot.addWidget(edit)
    assert edit.text() == format_date(day) == ("01.12.2026" if language == "uk" else "01/12/2026")
    dialog = AppealDialog(None)
    qtbot.addWidget(dialog)
    dialog.filed_on.setDate(edit.date())
    assert dialog.filed_on.text() == format_date(day)


def test_history_comments_of_the_procedure_are_translated(language: str) -> None:
    """The comments the procedure writes (stored in English, in old databases too) read in the interface language;
    an officer's own words stay as written."""
    from app.services.history import PROTOCOL_SIGNED, comment, history_comment
    from app.ui.i18n import translate_message

    stored = str(comment(PROTOCOL_SIGNED, protocol="3/2026"))
    assert stored == "Protocol 3/2026 signed"  # the record keeps the English text
    shown = translate_message(history_comment(stored))
    assert shown == ("Протокол 3/2026 підписано" if language == "uk" else stored)
    rejected = translate_message(history_comment("Appeal rejected: не доведено"))
    assert rejected == ("Апеляцію відхилено: не доведено" if language == "uk" else "Appeal rejected: не доведено")
    assert translate_message(history_comment("Документи перевірено.")) == "Документи перевірено."


def test_quitting_does_not_wait_for_background_work(qtbot: Any) -> None:
    """Closing the window returns at once with work running; quitting tells the work to stop and waits only a
    short grace for it (a cancellable task stops within it; one that cannot stop is not waited for)."""
    import time

    from app.ui.context import AppContext
    from app.ui.main_window import MainWindow
    from app.ui.settings import Settings
    from app.ui.workers import Task, TaskRunner

    def stubborn(_task: Task) -> None:
        time.sleep(1.5)  # e.g. an import that cannot be interrupted

    def polite(task: Task) -> None:
        for _ in range(300):
            if task.cancelled:
                return
            time.sleep(0.01)

    window = MainWindow(AppContext(settings=Settings(), runner=TaskRunner()))
    qtbot.addWidget(window)
    window.show()
    runner = window.ctx.runner
    runner.start(stubborn, title="stubborn")
    runner.start(polite, title="polite")
    qtbot.wait(50)
    started = time.perf_counter()
    window.close()
    assert time.perf_counter() - started < 0.3  # the window did not wait for the work
    assert not runner.shutdown(grace_ms=200)  # the stubborn task is still running: not waited for
    assert time.perf_counter() - started < 0.8
    runner.wait()

    runner.start(polite, title="polite")
    qtbot.wait(20)
    started = time.perf_counter()
    assert runner.shutdown(grace_ms=1500)  # told to stop, it stops within the grace
    assert time.perf_counter() - started < 0.5


def test_commissions_are_managed_from_the_catalogue_menu(qtbot: Any, demo_db: Any) -> None:
    """Catalogue ▸ Commissions… lists the commissions and their members and edits them without opening a case."""
    from app.services import protocols
    from app.ui.context import AppContext
    from app.ui.main_window import MainWindow
    from app.ui.settings import Settings
    from app.ui.workers import TaskRunner

    window = MainWindow(AppContext(settings=Settings(), runner=TaskRunner(), db=demo_db))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.features_ready and window.cases_loaded_once, timeout=10_000)
    action = next(a for a in window.menu_catalogue.actions() if a.text().replace("&", "") == "Commissions…")
    action.trigger()
    dialog = window.commissions.dialog
    assert dialog is not None and dialog.isVisible()
    demo = protocols.list_commissions(demo_db)[0]
    first: Any = dialog.list.item(0, 0)
    assert first.text() == demo.name
    assert dialog.members.rowCount() == len(demo.members) > 0
    dialog.ask_member = lambda _current: protocols.MemberData("Ткаченко Ольга Іванівна", "member",
                                                               "доцент кафедри")
    dialog.add_member_button.click()
    assert dialog.members.rowCount() == len(demo.members) + 1
    added = protocols.list_commissions(demo_db)[0].members
    assert any(m.full_name == "Ткаченко Ольга Іванівна" for m in added)
    dialog.ask_commission = lambda _current: protocols.CommissionData("Комісія ФЕМ", "ФЕМ", "12-к")
    dialog.new_button.click()
    chosen = dialog.current()
    assert chosen is not None and chosen.name == "Комісія ФЕМ"
    assert dialog.list.rowCount() == 2
    dialog.close()
    window.ctx.runner.wait()


def test_proposals_read_in_one_grammatical_form(language: str) -> None:
    """The Proposal column says what to do, in one form for every proposal (not "Recognise" beside
    "Recognised partially")."""
    from app.ui.labels import decision_label, proposal_label

    labels = [proposal_label(p) for p in ("recognise", "partial", "reject")]
    expected = {"uk": ["Визнати повністю", "Визнати частково", "Не визнавати"],
                "en": ["Recognise in full", "Recognise partially", "Do not recognise"]}[language]
    assert labels == expected
    assert not set(labels) & {decision_label(d) for d in ("full", "partial", "none")}  # decisions stay participles


def test_the_missing_protocol_hint_fits_the_case(language: str) -> None:
    """A decided case without a protocol is told to draw it up, not that it will be drawn up "once decided"."""
    from app.services.workflow import Permission
    from app.ui.case_workflow import no_protocol_hint

    decided = no_protocol_hint(Permission(True))
    assert ("Скласти протокол" in decided) if language == "uk" else ("Draw up protocol" in decided)
    assert "decided" not in decided and "вирішено" not in decided
    refused = no_protocol_hint(Permission(False, "the case is registered"))
    assert refused.endswith("the case is registered")


def test_open_with_names_missing_elements_in_the_interface_language(qtbot: Any, demo_db: Any,
                                                                      language: str) -> None:
    """``gui --open``: the missing mandatory elements are named as on the Evidence tab, not as raw keys."""
    from types import SimpleNamespace

    from app.ui.context import AppContext
    from app.ui.evidence_view import element_label
    from app.ui.main_window import MainWindow
    from app.ui.open_files import OpenFilesDialog
    from app.ui.settings import Settings
    from app.ui.workers import TaskRunner
    from tests.conftest import REPO_ROOT

    window = MainWindow(AppContext(settings=Settings(), runner=TaskRunner(), db=demo_db))
    qtbot.addWidget(window)
    dialog = OpenFilesDialog(window, [REPO_ROOT / "resources" / "selftest" / "sample-credential.json"])
    window.ctx.runner.wait()
    record = SimpleNamespace(error="", format="pdf", verification=SimpleNamespace(status="unsigned", message=""),
                             value=lambda _name: None, missing_mandatory=["issuer_country", "workload_ects"])
    dialog.show_records([record])
    cell: Any = dialog.table.item(0, 5)
    shown = cell.text()
    assert shown == f"{element_label('issuer_country')}, {element_label('workload_ects')}"
    assert "issuer_country" not in shown and "workload_ects" not in shown
    if language == "uk":
        assert shown.startswith("Країна видавця")


def test_protocol_preview_writes_numbers_and_units_the_language_s_way(language: str) -> None:
    """The protocol shown in the Commission tab: "87,5" and "ЄКТС" in Ukrainian (not "87.5 … ECTS")."""
    from app.services.protocols import ProtocolRow
    from app.ui.case_workflow import protocol_html

    snapshot = {"case": {"applicant": "Шевченко Тарас"}, "commission": {"name": "Комісія"}, "members": [],
                "lines": [{"component_code": "ОК5", "component_title": "Бази даних", "decision": "full",
                           "credits_recognised": 5.0, "grade_100": 87.5, "grade_ects": "B", "grade_national": "4"}],
                "total_credits": 2.5}
    row = ProtocolRow(1, 1, 1, "1/2026", date(2026, 12, 1), 4, 0, 0, [], "signed", None, "Officer", 1, None, "",
                      snapshot)
    html = protocol_html(row)
    if language == "uk":
        assert "87,5 / B / 4" in html and "2,5 ЄКТС" in html and "ECTS" not in html
    else:
        assert "87.5 / B / 4" in html and "2.5 ECTS" in html


def _detail(**changes: Any) -> Any:
    from app.services.evidence import EvidenceDetail

    values: dict[str, Any] = dict(
        id=1, case_id=1, original_name="badge.json", stored_path="", sha256="", format="openbadges-3.0",
        verification_status="verified", verification={"status": "verified", "message": "Signature verified offline. "
                                                      "The signature is valid, but nothing outside the file confirms "
                                                      "that this key belongs to the issuer.", "checks": []},
        elements={"learner_name": {"value": "Taras Shevchenko", "source": "/credentialSubject/name"},
                  "workload_hours": {"value": 120, "source": "/x"}},
        learning_outcomes=[], missing_mandatory=[], learner_match={}, import_error="", locked=False)
    values.update(changes)
    return EvidenceDetail(**values)


def _evidence_tab(qtbot: Any) -> Any:
    from app.ui.evidence_view import EvidenceDetailsTab

    window: Any = type("Window", (), {"ctx": None})()
    tab = EvidenceDetailsTab(window)
    qtbot.addWidget(tab)
    tab.resize(800, 640)  # the case view's room on a 1366×768 screen
    tab.show()
    return tab


def test_an_element_given_by_its_pair_says_so(qtbot: Any, language: str) -> None:
    """The learner identifier is mandatory only as the other half of element 1 (the name satisfies it): its row says
    which element gives it instead of a bare "—"; the same for the workload's ECTS and hours."""
    from app.ui.evidence_view import element_label

    tab = _evidence_tab(qtbot)
    tab.show_detail(_detail())
    rows = {tab.elements.item(r, 0).text().rstrip(" *"): r for r in range(tab.elements.rowCount())}
    for absent, given in (("learner_id", "learner_name"), ("workload_ects", "workload_hours")):
        cell = tab.elements.item(rows[element_label(absent)], 1)
        assert cell.text() != "—" and element_label(given) in cell.text(), cell.text()
        assert "2022/C 243/02" in cell.toolTip()
    # With neither half the element is missing, in red, as before.
    tab.show_detail(_detail(elements={}, missing_mandatory=["learner_name", "workload_ects"]))
    assert tab.elements.item(rows[element_label("learner_name")], 1).foreground().color().name() == "#b3261e"
    assert tab.elements.item(rows[element_label("learner_id")], 1).text() == "—"


def test_the_verdict_reads_across_the_whole_pane(qtbot: Any) -> None:
    """The verdict is a sentence or three: it has the pane's full width under the buttons, not a narrow column
    beside them."""
    tab = _evidence_tab(qtbot)
    tab.show_detail(_detail())
    qtbot.wait(10)
    pane = tab.verdict.parentWidget()
    assert tab.verdict.width() >= pane.width() * 0.9
    assert tab.verdict.geometry().top() >= tab.open_button.geometry().bottom()
    assert tab.verdict.heightForWidth(tab.verdict.width()) <= tab.verdict.height() + 2  # nothing cut


def test_a_name_is_asked_once_and_never_taken_from_the_login(qtbot: Any, tmp_path: Any, monkeypatch: Any) -> None:
    """Single-user mode: a fresh installation has no officer name (not the operating-system login); the name is
    asked before the first work and not again."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QDialog, QWidget

    from app.ui import dialogs
    from app.ui.settings import Settings
    from app.ui.sign_in import identify

    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    assert settings.officer_name == ""
    asked: list[str] = []

    def answer(dialog: Any) -> QDialog.DialogCode:
        asked.append("name")
        dialog.settings.officer_name = "Савчук О. М."
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs.SettingsDialog, "exec", answer)
    database: Any = type("Db", (), {"url": "sqlite://", "identity": None})()
    monkeypatch.setattr("app.services.accounts.accounts_exist", lambda _db: False)
    parent = QWidget()
    qtbot.addWidget(parent)
    assert identify(parent, settings, database) and asked == ["name"]
    assert identify(parent, settings, database) and asked == ["name"]  # not asked again
    assert settings.officer_name == "Савчук О. М."



def test_the_language_and_its_translation_follow_the_selected_item(qtbot: Any, language: str) -> None:
    """A Polish certificate under rules that want a translation shows its language, a warning and the box that
    records the translation; an English one shows neither box nor warning — switching back and forth never carries
    one item's state over to the other, and showing an item records nothing."""
    from app.ui.labels import language_label

    recorded: list[bool] = []
    tab = _evidence_tab(qtbot)
    tab.set_translation = recorded.append
    tab.translation.toggled.disconnect()
    tab.translation.toggled.connect(tab.set_translation)
    polish = _detail(id=1, language="pl", translation_required=True, translation_rule=True)
    english = _detail(id=2, language="en")
    attached = _detail(id=3, language="pl", translation_required=True, translation_attached=True,
                       translation_rule=True)
    english_under_the_rule = _detail(id=4, language="en", translation_rule=True)
    for _ in range(2):
        tab.show_detail(polish)
        assert language_label("pl") in tab.language.text() and "(pl)" in tab.language.text()
        assert ("польська" if language == "uk" else "Polish") in tab.language.text()
        assert tab.translation.isVisible() and not tab.translation.isChecked()
        assert tab.language_button.isVisible()
        assert tab.language.styleSheet()  # the warning colour: the rules want a translation not yet recorded
        tab.show_detail(english)
        assert not tab.translation.isVisible() and not tab.language.isVisible()
        assert not tab.language_button.isVisible()
        tab.show_detail(attached)
        assert tab.translation.isVisible() and tab.translation.isChecked() and not tab.language.styleSheet()
        # In a working language under the rule: the language (which may have been read wrong) and the way to
        # correct it, no box and no warning.
        tab.show_detail(english_under_the_rule)
        assert tab.language.isVisible() and tab.language_button.isVisible() and not tab.language.styleSheet()
        assert "(en)" in tab.language.text() and not tab.translation.isVisible()
    assert recorded == []
    tab.show_detail(polish)
    tab.translation.setChecked(True)  # the officer's click
    assert recorded == [True]


def test_the_officer_corrects_a_language_read_wrong(qtbot: Any, language: str, monkeypatch: Any) -> None:
    """The language list names every language in the interface language, the item's own first selected; the choice
    is recorded through the service under the signed-in person's name; a cancelled dialog records nothing."""
    from PySide6.QtWidgets import QInputDialog

    from app.services import evidence_checks

    tab = _evidence_tab(qtbot)
    opened: list[int] = []
    status: list[str] = []
    bar = type("Bar", (), {"showMessage": lambda self, text, timeout=0: status.append(text)})()
    tab.window_ = type("Window", (), {"ctx": type("Ctx", (), {"db": "db", "actor": "Коваль О."})(),
                                      "open_case": lambda self, case_id: opened.append(case_id),
                                      "show_error": lambda self, text: None,
                                      "statusBar": lambda self: bar})()
    recorded: list[tuple[str, int, str]] = []

    def set_language(db: object, actor: str, item: int, code: str) -> list[str]:
        recorded.append((actor, item, code))
        return ["ОК5"]  # matched on the item in the former language

    monkeypatch.setattr(evidence_checks, "set_language", set_language)
    offered: list[tuple[list[str], int]] = []

    def choose(answer: str | None) -> Any:
        def get_item(parent: Any, title: str, label: str, items: list[str], current: int, editable: bool) -> Any:
            offered.append((items, current))
            return (next(i for i in items if i.endswith(f"({answer})")), True) if answer else ("", False)
        return get_item

    tab.show_detail(_detail(id=7, case_id=3, language="es", translation_required=True, translation_rule=True))
    monkeypatch.setattr(QInputDialog, "getItem", choose(None))
    tab.correct_language()
    assert recorded == [] and opened == []
    items, current = offered[-1]
    assert items[current].endswith("(es)")
    assert ("англійська (en)" if language == "uk" else "English (en)") in items
    monkeypatch.setattr(QInputDialog, "getItem", choose("en"))
    tab.correct_language()
    assert recorded == [("Коваль О.", 7, "en")] and opened == [3]
    # The pairs were matched reading the item in the former language: the officer is told to match again.
    assert len(status) == 1 and "ОК5" in status[0]
    # A refusal (the case was decided meanwhile) is shown in the officer's words and nothing is reloaded.
    from app.errors import UserError
    from app.messages import msg

    shown: list[str] = []
    tab.window_.show_error = shown.append

    def refuse(*_args: object) -> None:
        raise UserError(msg("Case {case} is decided: the languages of its evidence can no longer change.",
                            case="RD-1"))

    monkeypatch.setattr(evidence_checks, "set_language", refuse)
    tab.correct_language()
    assert opened == [3] and len(shown) == 1 and "RD-1" in shown[0]
    assert ("вирішено" if language == "uk" else "is decided") in shown[0]


def test_the_decision_editor_shows_the_converters_scale_and_method_in_the_interface_language(
        qtbot: Any, language: str) -> None:
    """The grade converter stores its scale and method in English ("points out of 100", "… → 100-point → ECTS →
    national (institutional table)"): the editor shows them in the interface language and saves them as stored
    when the officer leaves them as they are, or as typed when the officer changes them."""
    from app.services.decisions import DecisionInput
    from app.ui.case_workflow import DecisionEditor

    editor = DecisionEditor()
    qtbot.addWidget(editor)
    stored_method = "points out of 100 → 100-point → ECTS → national (institutional table)"
    editor.fill(DecisionInput(decision="full", original_grade="87/100", original_scale="points out of 100",
                              conversion_method=stored_method))
    shown = editor.original_scale.text(), editor.conversion_method.text()
    if language == "uk":
        assert shown[0] == "шкала до 100 балів"
        assert not re.search(r"[A-Za-z]", shown[1]), shown[1]
    else:
        assert shown[0] == "points out of 100"
        assert shown[1].startswith("points out of 100 → 100-point scale")
    values = editor.values()
    assert (values.original_scale, values.conversion_method) == ("points out of 100", stored_method)
    editor.original_scale.setText("10-бальна шкала")
    assert editor.values().original_scale == "10-бальна шкала"
