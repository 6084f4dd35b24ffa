"""Debugging and the tools of version control in the bundled glossary: "steps through the code with breakpoints in
the debugger" meets "Налагоджувати … програмний код", and "pushes to GitHub … as pull requests" meets "систему контролю
версій Git", between the languages and within one. (A community college's Python course stated both so and met
neither outcome: the glossary had no word for debugging, and Git only by its own name.)"""

from __future__ import annotations

import pytest

from app.matching.engine import Engine, EngineConfig
from app.matching.text import analyse


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("reads the traceback and steps through the code with breakpoints in the debugger", "c:debug"),
        ("Налагоджувати та тестувати програмний код.", "c:debug"),
        ("відлагоджує програму за допомогою точок зупину", "c:debug"),
        ("pushes to GitHub and submits assignments as pull requests", "c:version_control"),
        ("Використовувати систему контролю версій Git.", "c:version_control"),
        ("створює пул-реквести на GitLab", "c:version_control"),
    ],
)
def test_the_words_read_as_their_concept(text: str, concept: str) -> None:
    glossary = Engine(EngineConfig(embedding=False)).glossary
    assert concept in glossary.features(analyse(text).content)


def test_a_debugging_statement_meets_the_debugging_outcome_and_not_another() -> None:
    engine = Engine(EngineConfig(embedding=False))
    outcomes = ["Налагоджувати та тестувати програмний код.", "Використовувати систему контролю версій Git."]
    _, layers = engine.matrices(["steps through the code with breakpoints in the VS Code debugger"], outcomes)
    debug, git = (float(v) for v in layers.glossary[0])
    assert debug > 0 and git == 0, (debug, git)
