"""Calibration of the layers' scores: one scale on which "covered" and "partly" mean the same thing in every layer
and every language pair.

Each layer produces raw scores on its own scale (a weighted string and term similarity, an IDF cosine over
glossary concepts, a cosine of sentence vectors), and the same raw score means different things in different
language pairs: two unrelated Ukrainian outcomes of one programme have embedding cosines up to 0.9, while a
Ukrainian outcome and its English translation may have 0.88. A monotone piecewise-linear map per layer and
language pair (``uk-uk``: Ukrainian, two Slavic languages, or a Slavic language not measured against Ukrainian,
``en-en``, ``cross``: Ukrainian and English, ``pl-uk``, ``de-uk``, ``de-en`` …: a third language measured on parallel
texts against Ukrainian or English, ``other``: any other third language) puts every raw score on the common scale,
fitted on labelled pairs (``python -m bench.calibrate_matching``, sources in ``docs/matching.md``): the raw score
that at most ``COVERED_FALSE_RATE`` of the hard negatives (outcomes of neighbouring components, sibling skills)
reach maps to ``COVERED_AT`` (the default outcome threshold), the one that at most ``PARTLY_FALSE_RATE`` reach maps
to ``PARTLY_AT`` (0.75 × threshold). Within one layer and language pair the order of scores never changes. The
curves of a third language are anchored to ``cross``: on the same texts in several languages each pair lets as many
hard negatives reach "covered" and "partly" as the ``cross`` curves let Ukrainian–English ones; ``other`` is fitted
on all of them together, for languages without curves of their own; a calibration without them uses the ``cross``
curves there (the ``uk-uk`` ones for a Slavic language against Ukrainian).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from app.paths import resource

COVERED_AT = 0.5  # the default outcome threshold ("covered")
PARTLY_AT = 0.375  # 0.75 × the threshold ("partly")
COVERED_FALSE_RATE = 0.01  # share of hard negatives allowed at or above the "covered" point (development set)
PARTLY_FALSE_RATE = 0.05  # the same for "partly"
# Third languages measured on real parallel texts, each with curves of its own against Ukrainian and against
# English (``de-uk``, ``de-en`` …): one embedding model places their translations and their hard negatives at
# different cosines (French–Ukrainian translations low, Italian–Ukrainian negatives high), so one curve for all of
# them let "covered" mean something else in each pair. A Slavic language against Ukrainian too: its words are read
# in Ukrainian letters, but a translation shares fewer of them than a Ukrainian paraphrase does.
THIRD_LANGUAGES = ("de", "es", "fr", "it", "cs", "pl", "ru", "sk", "hr", "sl")
LANGUAGE_PAIRS = tuple(f"{lang}-{partner}" for lang in THIRD_LANGUAGES for partner in ("uk", "en"))
PAIRS = ("uk-uk", "en-en", "cross", "other", *LANGUAGE_PAIRS)
OTHER = PAIRS.index("other")
CALIBRATION_FILE = "matching/calibration.json"


@dataclass(frozen=True)
class Curve:
    """Knots of a monotone piecewise-linear map from raw scores to calibrated ones (both 0..1)."""

    xs: tuple[float, ...]
    ys: tuple[float, ...]

    def __call__(self, raw: np.ndarray) -> np.ndarray:
        return np.interp(raw, self.xs, self.ys).astype(np.float32, copy=False)

    @staticmethod
    def through(partly: float, covered: float, top: float = 1.0) -> Curve:
        """0 → 0, ``partly`` → PARTLY_AT, ``covered`` → COVERED_AT, ``top`` → 1 (straight lines between)."""
        covered = min(max(covered, 1e-3), 0.999)
        partly = min(max(partly, 1e-4), covered - 1e-4)
        top = max(top, covered + 1e-4)
        return Curve((0.0, partly, covered, top, max(top, 1.0)), (0.0, PARTLY_AT, COVERED_AT, 1.0, 1.0))


@dataclass(frozen=True)
class Calibration:
    """Curves by layer and language pair; a missing curve leaves that layer's scores as they are."""

    curves: dict[tuple[str, str], Curve] = field(default_factory=dict)
    model: str = ""  # the embedding model the embedding curves were fitted for

    def apply(self, layer: str, raw: np.ndarray, pairs: np.ndarray | None) -> np.ndarray:
        """Calibrated scores of one layer; ``pairs`` holds an index into PAIRS for every cell (None: all en-en)."""
        if pairs is None:
            curve = self.curves.get((layer, "en-en"))
            return raw if curve is None else curve(raw)
        first = int(pairs.flat[0]) if pairs.size else 0
        if pairs.size and (pairs == first).all():  # one language pair in every cell (the usual case): one map
            curve = self.curve(layer, PAIRS[first])
            return np.array(raw, dtype=np.float32, copy=True) if curve is None else curve(raw)
        out = np.array(raw, dtype=np.float32, copy=True)
        for code, pair in enumerate(PAIRS):
            curve = self.curve(layer, pair)
            if curve is None:
                continue
            mask = pairs == code
            if mask.any():
                out[mask] = curve(raw[mask])
        return out

    def curve(self, layer: str, pair: str) -> Curve | None:
        """The map of ``layer`` for ``pair``; a pair of a third language without curves of its own takes those of
        a third language (``other``), and without those the curves of two languages apart (never the raw scores,
        which would call far more "covered")."""
        found = self.curves.get((layer, pair))
        if found is None and pair.split("-")[0] in SLAVIC_LANGUAGES and pair.endswith("-uk"):
            return self.curves.get((layer, "uk-uk"))  # a Slavic language against Ukrainian: the strictest
        if found is None and pair in LANGUAGE_PAIRS:
            found = self.curves.get((layer, "other"))
            pair = "other"
        if found is None and pair == "other":
            found = self.curves.get((layer, "cross"))
        return found

    def to_json(self) -> dict[str, object]:
        return {
            "model": self.model,
            "covered_at": COVERED_AT,
            "partly_at": PARTLY_AT,
            "curves": {
                f"{layer}/{pair}": {"x": list(c.xs), "y": list(c.ys)}
                for (layer, pair), c in sorted(self.curves.items())
            },
        }

    @staticmethod
    def from_json(data: dict[str, object]) -> Calibration:
        curves: dict[tuple[str, str], Curve] = {}
        raw_curves = data.get("curves")
        if not isinstance(raw_curves, dict):
            raise ValueError("calibration file has no 'curves' object")
        for key, value in raw_curves.items():
            layer, _, pair = str(key).partition("/")
            if pair not in PAIRS:
                raise ValueError(f"calibration curve {key!r}: unknown language pair")
            xs = tuple(float(x) for x in value["x"])
            ys = tuple(float(y) for y in value["y"])
            if len(xs) != len(ys) or len(xs) < 2 or any(b < a for a, b in zip(xs, xs[1:], strict=False)):
                raise ValueError(f"calibration curve {key!r}: knots must be increasing and paired")
            curves[(layer, pair)] = Curve(xs, ys)
        return Calibration(curves, str(data.get("model", "")))


def pair_codes(q_langs: np.ndarray, c_langs: np.ndarray) -> np.ndarray:
    """Index into PAIRS for every (query, candidate) cell: same language Ukrainian, same language otherwise,
    different languages."""
    return pair_codes_of(np.asarray(q_langs)[:, None], np.asarray(c_langs)[None, :])


# Ukrainian and the other Slavic languages share most roots ("класифікації" / "классификации" / "klasyfikacji"): the
# embedding places a Russian or Polish text as close to a Ukrainian one as another Ukrainian text would be (two
# unrelated outcomes, "… pandas oraz NumPy" and "… Scrum і Kanban", at cosine 0.906; in Ukrainian 0.901), so the
# lenient curves of languages apart (fitted on Ukrainian–English pairs) never serve them. A Slavic language measured
# on parallel texts has curves of its own against Ukrainian, fitted on its own hard negatives; two Slavic languages,
# and one measured on none (Belarusian, Bulgarian …), take the Ukrainian curves, the strictest.
SLAVIC_LANGUAGES = ("uk", "ru", "be", "pl", "cs", "sk", "bg", "sr", "hr", "bs", "sl", "mk")
# The languages of the ``cross`` curves; a pair of different languages with any other (a Slavic language, German …
# against English) takes the ``other`` curves.
_CROSS_LANGUAGES = ("uk", "en", "und")


_PAIR_INDEX = {pair: code for code, pair in enumerate(PAIRS)}


def pair_code(q: str, c: str) -> int:
    """The index into PAIRS of one pair of languages."""
    if q in SLAVIC_LANGUAGES and c in SLAVIC_LANGUAGES:
        # A measured Slavic language against Ukrainian has curves of its own; two such languages (or one measured
        # on no parallel texts: Belarusian, Bulgarian …) take the Ukrainian ones.
        if q != c and "uk" in (q, c):
            return _PAIR_INDEX.get(f"{c if q == 'uk' else q}-uk", 0)
        return 0
    if q == c:
        return 1
    if q in _CROSS_LANGUAGES and c in _CROSS_LANGUAGES:
        return 2
    third, partner = (c, q) if q in ("uk", "en") else (q, c)
    return _PAIR_INDEX.get(f"{third}-{partner}", OTHER)


def pair_codes_of(q: np.ndarray, c: np.ndarray) -> np.ndarray:
    """The same for languages already arranged cell by cell (arrays that broadcast to the scores' shape). The
    languages are few: each pair of them is decided once, and the cells read their pair's code from that table."""
    q, c = np.asarray(q), np.asarray(c)
    if q.size and c.size:
        first = q.flat[0]
        if (q == first).all() and (c == first).all():  # one language in every cell (the usual case): one code
            return np.full(np.broadcast_shapes(q.shape, c.shape), pair_code(str(first), str(first)), dtype=np.int8)
    q_langs, q_at = np.unique(q, return_inverse=True)
    c_langs, c_at = np.unique(c, return_inverse=True)
    table = np.array([[pair_code(a, b) for b in c_langs.tolist()] for a in q_langs.tolist()], dtype=np.int8)
    return table[q_at.reshape(np.shape(q)), c_at.reshape(np.shape(c))]


def calibration_path() -> Path:
    return Path(resource(CALIBRATION_FILE))


@lru_cache(maxsize=1)
def default_calibration() -> Calibration:
    """The bundled calibration (without the file, as before calibration: raw lexical and glossary scores and
    embedding cosines mapped linearly from 0.80..0.95 to 0..1)."""
    path = calibration_path()
    if not path.is_file():
        legacy = Curve((0.0, 0.80, 0.95, 1.0), (0.0, 0.0, 1.0, 1.0))
        return Calibration({("embedding", pair): legacy for pair in PAIRS})
    return Calibration.from_json(json.loads(path.read_text(encoding="utf-8")))
