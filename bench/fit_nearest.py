"""Fit the embedding points of a credential's nearest component (``app.matching.standing``) on the development sets
of PDF certificates, and show how the held-out sets' nearest components fare on them.

For each certificate of the development sets (the numbered sets up to ``DEVELOPMENT_LAST``, and the sets before
them), the component of the demo programme its outcomes stand nearest to is found as the matching finds it. Where
that component is not one the certificate was meant for (nor a debatable one), it is a hard negative: each of its
outcomes gives the best cosine any outcome of the certificate reaches, by language pair. As every curve of
``resources/matching/calibration.json`` is fitted (``bench.calibrate_matching``), "partly" starts where at most 5 %
of these negatives reach and "covered" where at most 1 % do; a nearest component's curve is kept only for the
language pairs where both points come out lower than the pair's own curve's (elsewhere its pairs keep their own
points), and only for pairs with at least ``MIN_NEGATIVES`` negatives.

    python -m bench.fit_nearest            # fit and show
    python -m bench.fit_nearest --write    # and write the curves into resources/matching/calibration.json
"""

from __future__ import annotations

import argparse
import json
import re
import tempfile
from collections import defaultdict
from pathlib import Path

import numpy as np

from app.matching.calibration import (
    COVERED_FALSE_RATE,
    PAIRS,
    PARTLY_FALSE_RATE,
    Calibration,
    Curve,
    calibration_path,
    pair_code,
)
from app.matching.engine import Engine, EngineConfig
from app.matching.standing import NEAREST_LAYER, standing_of_each
from app.matching.text import analyse_all
from app.services.matching import read_credentials
from bench import bench_proposals
from bench.measure_component_ranking import demo_programme

DEVELOPMENT_LAST = 60  # numbered sets up to pdf60 (the sixty-second set) fit; the later ones are held out
MIN_NEGATIVES = 100


def set_number(prefix: str) -> int:
    found = re.fullmatch(r"pdf(\d*)", prefix)
    return int(found.group(1) or 0) if found else -1


def nearest_cases(engine: Engine, development: bool) -> list[tuple[bool, list[tuple[int, float]]]]:
    """For each certificate of the development (or held-out) sets with outcomes: whether its nearest component is
    one it was meant for, and that component's outcomes' best cosines with their language pair codes (certificates
    whose nearest component is debatable, or which stand out from none, left out)."""
    comps = demo_programme()
    flat = [t for _, outcomes in comps for t in outcomes]
    owner = [i for i, (_, outcomes) in enumerate(comps) for _ in outcomes]
    comp_langs = [a.lang for a in analyse_all(flat)]
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        for prefix in bench_proposals.PDF_FOLDERS:
            if (set_number(prefix) <= DEVELOPMENT_LAST) != development:
                continue
            for case in bench_proposals.load_pdf_set(prefix, "fitted"):
                credential = read_credentials([bench_proposals.case_path(case, Path(tmp))])[0]
                texts = list(credential.outcomes)
                cosines = engine.cosines(texts, flat, True) if texts else None
                if cosines is None:
                    continue
                found = standing_of_each(cosines, owner, len(comps))
                nearest = next((i for i, s in enumerate(found) if s.nearest), None)
                if nearest is None or comps[nearest][0] in case.debatable:
                    continue
                cred_langs = [a.lang for a in analyse_all(texts)]
                best = []
                for j in (j for j, o in enumerate(owner) if o == nearest):
                    i = int(np.argmax(cosines[:, j]))
                    best.append((pair_code(comp_langs[j], cred_langs[i]), float(cosines[i, j])))
                out.append((comps[nearest][0] in case.expected, best))
    return out


def fit(cases: list[tuple[bool, list[tuple[int, float]]]], general: Calibration) -> dict[str, Curve]:
    negatives: dict[int, list[float]] = defaultdict(list)
    for meant, best in cases:
        if not meant:
            for code, cosine in best:
                negatives[code].append(cosine)
    curves = {}
    for code, values in sorted(negatives.items()):
        pair = PAIRS[code]
        own = general.curve("embedding", pair)
        partly, covered = np.quantile(values, [1 - PARTLY_FALSE_RATE, 1 - COVERED_FALSE_RATE])
        kept = len(values) >= MIN_NEGATIVES and own is not None and partly < own.xs[1] and covered < own.xs[2]
        shown = f"own {own.xs[1]:.3f} / {own.xs[2]:.3f}" if own is not None else "no own curve"
        print(f"{pair:6} {len(values):4} negatives: partly {partly:.3f}, covered {covered:.3f} ({shown}) — "
              + ("kept" if kept else "not kept"))
        if kept:
            curves[pair] = Curve.through(float(partly), float(covered))
    return curves


def held_out(cases: list[tuple[bool, list[tuple[int, float]]]], general: Calibration,
             curves: dict[str, Curve]) -> None:
    """Per outcome of the held-out certificates' nearest components: how many reach "partly" on their own points
    and on the nearest component's, the meant components' and the others'."""
    counts = {(meant, name): 0 for meant in (True, False) for name in ("own", "nearest", "all")}
    for meant, best in cases:
        for code, cosine in best:
            pair = PAIRS[code]
            own = general.curve("embedding", pair)
            near = curves.get(pair, own)
            counts[(meant, "all")] += 1
            counts[(meant, "own")] += own is not None and cosine >= own.xs[1]
            counts[(meant, "nearest")] += near is not None and cosine >= near.xs[1]
    for meant in (True, False):
        label = "meant" if meant else "not meant"
        print(f"held-out nearest components, {label}: {counts[(meant, 'all')]} outcomes, at least partly on their "
              f"own points {counts[(meant, 'own')]}, on the nearest component's {counts[(meant, 'nearest')]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--write", action="store_true", help="write the curves into the calibration file")
    args = parser.parse_args()
    engine = Engine(EngineConfig(embedding=True))
    general = engine.calibration
    curves = fit(nearest_cases(engine, development=True), general)
    held_out(nearest_cases(engine, development=False), general, curves)
    if args.write:
        kept = {key: curve for key, curve in general.curves.items() if key[0] != NEAREST_LAYER}
        kept.update({(NEAREST_LAYER, pair): curve for pair, curve in curves.items()})
        path = calibration_path()
        path.write_text(json.dumps(Calibration(kept, general.model).to_json(), indent=1) + "\n", encoding="utf-8")
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
