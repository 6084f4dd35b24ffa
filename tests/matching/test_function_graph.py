"""A function's graph sketched in calculus ("будує ескіз графіка", "sketch the graph of a function") is not a chart of
data: the bundled glossary reads it as its own concept, so a mathematics credential does not cover "Візуалізувати дані
та будувати графіки" through the word "графік". (A transcript's calculus outcome had made a partial proposal for a
data analysis component.)"""

from __future__ import annotations

from app.matching.calibration import COVERED_AT, PARTLY_AT
from app.matching.engine import Engine, EngineConfig
from app.matching.text import analyse

DATA_CHARTS = "Візуалізувати дані та будувати графіки."


def test_a_functions_graph_is_no_chart_of_data() -> None:
    glossary = Engine(EngineConfig(embedding=False)).glossary
    for text in ("знаходить асимптоти та будує ескіз графіка", "Sketch the graph of a function from its derivatives."):
        features = glossary.features(analyse(text).content)
        assert "c:function_graph" in features and "c:visualise" not in features, features
    assert "c:visualise" in glossary.features(analyse(DATA_CHARTS).content)


def test_a_calculus_outcome_does_not_cover_data_charts() -> None:
    engine = Engine(EngineConfig(embedding=False))
    _, layers = engine.matrices(["будує ескіз графіка функції", "Візуалізує дані та будує графіки в matplotlib"],
                                [DATA_CHARTS])
    sketch, charts = (float(v) for v in layers.score[:, 0])
    assert sketch < PARTLY_AT and charts >= COVERED_AT, (sketch, charts)  # a function's graph: not even "partly"
