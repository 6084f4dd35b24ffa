"""A computer's command line ("робота в командному рядку Linux", "use the command line") is no team's work: the
bundled glossary reads "командний рядок" as its own concept, so an operating systems course does not cover
"Організовувати роботу команди" through the adjective "командний". (A transcript's operating systems course had made
a partial proposal for an IT project management component.)"""

from __future__ import annotations

from app.matching.calibration import COVERED_AT, PARTLY_AT
from app.matching.engine import Engine, EngineConfig
from app.matching.text import analyse

TEAMWORK = "Організовувати роботу команди."


def test_a_command_line_is_its_own_concept() -> None:
    glossary = Engine(EngineConfig(embedding=False)).glossary
    for text in ("працює в командному рядку Linux", "Use the command line to manage files."):
        features = glossary.features(analyse(text).content)
        assert "c:command_line" in features and "c:team" not in features, features
    assert "c:team" in glossary.features(analyse("організовує командну роботу").content)


def test_working_in_a_command_line_does_not_cover_a_teams_work() -> None:
    engine = Engine(EngineConfig(embedding=False))
    _, layers = engine.matrices(["робота в командному рядку Linux"], [TEAMWORK])
    # (the word layers' families still hear "команд-" in both: "partly" at most, not "covered")
    assert float(layers.glossary[0, 0]) < PARTLY_AT and float(layers.score[0, 0]) < COVERED_AT
