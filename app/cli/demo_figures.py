"""The demo's matching figures (every proposal, credit figure, coverage and outcome pair of each demo credential
against the demo programme), stored in ``resources/selftest/demo-figures.json`` from the source install, so that
the frozen build's self-test can prove it decides exactly as the source does.

    python -m app.cli.demo_figures --write     (from the source install, after a change to matching)
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from app import paths

FIGURES_FILE = ("selftest", "demo-figures.json")
TODAY = date(2026, 1, 1)  # fixed, so that time limits give the same reasons on every run
# The vectors are the same bits whatever kernels a processor chooses (app/matching/e5numpy.py; a float64 step leaves a
# rare exception); what may still differ is the last bit of a cosine (a float32 product whose kernel the processor
# chooses) and so the fourth decimal of a stored score.
SCORE_TOLERANCE = 0.001
# A pair whose score lies this close to a decision point on both sides may change its status by such a last bit
# without any proposal, credit or coverage figure changing, and that alone is not a difference in the decisions.
BORDER = 0.0005


def demo_figures(rules: Any = None) -> dict[str, Any]:
    """Match each readable demo credential alone against every component of the demo programme."""
    from app.domain.programme import programme_from_dict
    from app.matching import policy, semantic
    from app.services.matching import match_components, read_credentials

    data = programme_from_dict(json.loads(paths.resource("demo", "programme.json").read_text(encoding="utf-8")))
    rules = rules or policy.PolicyRules()
    out: dict[str, Any] = {"embedding": semantic.default_embedder() is not None, "credentials": {}}
    for path in sorted(paths.resource("demo", "evidence").glob("case*")):
        try:
            creds = read_credentials([path])
        except Exception:  # noqa: BLE001 - unreadable demo files (a scan without text) are part of the demo
            continue
        components = match_components(data, creds, rules, today=TODAY)
        out["credentials"][path.name] = {
            c.code: {
                "proposal": c.proposal,
                "credits": c.credits,
                "coverage": c.coverage,
                "pairs": [[round(float(p["score"]), 4), p["status"], p["layer"]] for p in c.pairs],
            }
            for c in components
        }
    return out


def compare(expected: dict[str, Any], actual: dict[str, Any]) -> list[str]:
    """Every difference, one line each (empty when the figures agree)."""
    problems: list[str] = []
    if expected.get("embedding") != actual.get("embedding"):
        state = "present" if actual.get("embedding") else "absent"
        source = "with" if expected.get("embedding") else "without"
        problems.append(f"embedding layer {state}; the source install's figures were made {source} it")
    exp_c, act_c = expected.get("credentials", {}), actual.get("credentials", {})
    for name in sorted(set(exp_c) | set(act_c)):
        if name not in act_c or name not in exp_c:
            problems.append(f"{name}: {'missing' if name not in act_c else 'not in the stored figures'}")
            continue
        for code in sorted(set(exp_c[name]) | set(act_c[name])):
            e, a = exp_c[name].get(code), act_c[name].get(code)
            if e is None or a is None:
                problems.append(f"{name} {code}: component {'missing' if a is None else 'unexpected'}")
                continue
            for key in ("proposal", "credits", "coverage"):
                if e[key] != a[key]:
                    problems.append(f"{name} {code}: {key} {a[key]!r}, source {e[key]!r}")
            if len(e["pairs"]) != len(a["pairs"]):
                problems.append(f"{name} {code}: {len(a['pairs'])} outcome pairs, source {len(e['pairs'])}")
                continue
            for i, (pe, pa) in enumerate(zip(e["pairs"], a["pairs"], strict=True)):
                moved = pe[2] != pa[2] or abs(pe[0] - pa[0]) > SCORE_TOLERANCE
                if moved or (pe[1] != pa[1] and not _across_a_point(pe[:2], pa[:2])):
                    problems.append(f"{name} {code} outcome {i + 1}: {pa}, source {pe}")
    return problems


def _across_a_point(source: list[Any], actual: list[Any]) -> bool:
    """Whether two (score, status) pairs lie within ``BORDER`` of one decision point, each on its side of it
    ("not" / "partly" at the "partly" point, "partly" / "covered" at the "covered" point)."""
    from app.matching.calibration import COVERED_AT, PARTLY_AT

    sides = {PARTLY_AT: {"not", "partly"}, COVERED_AT: {"partly", "covered"}}
    return any(
        abs(source[0] - point) <= BORDER and abs(actual[0] - point) <= BORDER and {source[1], actual[1]} == statuses
        for point, statuses in sides.items()
    )


def stored_figures() -> dict[str, Any]:
    path = paths.resource(*FIGURES_FILE)
    return json.loads(Path(path).read_text(encoding="utf-8"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--write", action="store_true", help="store this install's figures as the reference")
    args = parser.parse_args(argv)
    figures = demo_figures()
    if args.write:
        path = paths.resource(*FIGURES_FILE)
        path.write_text(json.dumps(figures, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {path}")
        return 0
    problems = compare(stored_figures(), figures)
    for line in problems:
        print(line)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
