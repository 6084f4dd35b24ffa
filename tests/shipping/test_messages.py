"""Messages of the core (app.messages) are English on the command line and translated in the desktop application."""

from __future__ import annotations

import pickle
from typing import Any

from PySide6.QtCore import QTranslator

from app.errors import UserError
from app.messages import Message, msg
from app.ui.i18n import error_text, translate_message
from app.ui.workers import TaskRunner

TEMPLATE = "Case {case} is closed: no evidence can be added."


class FakeUkrainian(QTranslator):
    def __init__(self, table: dict[str, str]) -> None:
        super().__init__()
        self.table = table

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> Any:
        return self.table.get(source) if context == "Messages" else None

    def isEmpty(self) -> bool:  # noqa: N802 - Qt naming
        return False


def test_a_message_is_its_english_text() -> None:
    message = msg(TEMPLATE, case="RD-1")
    assert message == "Case RD-1 is closed: no evidence can be added." and isinstance(message, str)
    assert str(UserError(message)) == message
    assert pickle.loads(pickle.dumps(message)).template == TEMPLATE


def test_the_interface_shows_it_translated(qapp: Any) -> None:
    fake = FakeUkrainian({TEMPLATE: "Справу {case} закрито: документи додати не можна."})
    qapp.installTranslator(fake)
    try:
        assert translate_message(msg(TEMPLATE, case="RD-1")) == "Справу RD-1 закрито: документи додати не можна."
        assert error_text(UserError(msg(TEMPLATE, case="RD-2"))) == "Справу RD-2 закрито: документи додати не можна."
        assert translate_message("plain text") == "plain text"
        assert translate_message(msg("Untranslated {x}", x=1)) == "Untranslated 1"
    finally:
        qapp.removeTranslator(fake)


def test_a_translation_that_lost_a_field_falls_back_to_english(qapp: Any) -> None:
    fake = FakeUkrainian({TEMPLATE: "Справу {справа} закрито."})
    qapp.installTranslator(fake)
    try:
        assert translate_message(msg(TEMPLATE, case="RD-1")) == "Case RD-1 is closed: no evidence can be added."
    finally:
        qapp.removeTranslator(fake)


def test_background_errors_reach_the_window_translated(qapp: Any, qtbot: Any) -> None:
    fake = FakeUkrainian({TEMPLATE: "Справу {case} закрито: документи додати не можна."})
    qapp.installTranslator(fake)
    runner = TaskRunner()
    failures: list[str] = []

    def work(_task: object) -> None:
        raise UserError(msg(TEMPLATE, case="RD-3"))

    try:
        runner.start(work, on_failure=failures.append)
        qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    finally:
        runner.wait()
        qapp.removeTranslator(fake)
    assert failures == ["Справу RD-3 закрито: документи додати не можна."]


def test_message_type_survives_formatting_helpers() -> None:
    assert isinstance(msg("{a}", a=1), Message) and msg("{a}", a=1).values == {"a": 1}
