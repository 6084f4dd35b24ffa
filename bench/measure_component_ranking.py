"""How well the embedding layer's raw cosines tell a certificate's meant component from the programme's others, at the
level of whole components: a measurement for the matching's next step, not a target.

For each certificate of the numbered PDF sets named on the command line (``bench.bench_proposals.NUMBERED_SETS``
prefixes, e.g. ``pdf92``), every component of the demo programme gets one score: the mean, over its outcomes, of the
best cosine any outcome of the certificate reaches against it. Printed: how often the meant component scores highest
(top-1, over the certificates meant for one), and the AUC of the meant components' scores against every other
(certificate, component) score, hard negatives' included. Twice: with the raw cosines, and with the cross-domain
similarity local scaling of Conneau et al. (2018, "Word translation without parallel data"), which subtracts each
text's mean cosine to its ``K`` nearest texts on the other side (for the programme's outcomes: among all the sets'
certificate outcomes) and so takes off what the model gives every pair of texts in one language alike.

    python -m bench.measure_component_ranking pdf84 pdf90 pdf91 pdf92 pdf93
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

import numpy as np

from app import paths
from app.matching.engine import Engine, EngineConfig
from app.services.matching import read_credentials
from bench import bench_proposals

K = 10  # nearest texts on the other side whose mean cosine a text's hubness is


def demo_programme() -> list[tuple[str, list[str]]]:
    """The demo programme's components with outcomes: (code, outcomes)."""
    data = json.loads(paths.resource("demo", "programme.json").read_text(encoding="utf-8"))
    components = [(c["code"], [o["text"] if isinstance(o, dict) else o for o in c.get("outcomes", [])])
                  for c in data["components"]]
    return [(code, outcomes) for code, outcomes in components if outcomes]


def _component_scores(sims: np.ndarray, owner: list[str], codes: list[str]) -> dict[str, float]:
    """Each component's mean, over its outcomes, of the best similarity of any certificate outcome."""
    best = sims.max(axis=0)
    return {code: float(np.mean([b for b, o in zip(best, owner, strict=True) if o == code])) for code in codes}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sets", nargs="+", help="numbered set prefixes (pdf84 … pdf93)")
    args = parser.parse_args()
    programme = demo_programme()
    codes = [code for code, _ in programme]
    owner = [code for code, outcomes in programme for _ in outcomes]
    embedder = Engine(EngineConfig(embedding=True)).embedder_for(10, True)
    if embedder is None:
        raise SystemExit("the embedding layer is not available")
    prog = embedder.encode([text for _, outcomes in programme for text in outcomes])
    cases: list[tuple[frozenset[str], np.ndarray]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for prefix in args.sets:
            for case in bench_proposals.load_pdf_set(prefix, "measured"):
                credential = read_credentials([bench_proposals.case_path(case, Path(tmp))])[0]
                if credential.outcomes:
                    cases.append((case.expected, embedder.encode(list(credential.outcomes))))
    pool = np.vstack([vectors for _, vectors in cases])
    prog_hub = np.sort(prog @ pool.T, axis=1)[:, -K:].mean(axis=1)
    for scaled in (False, True):
        meant_scores: list[float] = []
        other_scores: list[float] = []
        top1 = meant = 0
        for expected, vectors in cases:
            sims = vectors @ prog.T
            if scaled:
                hub = np.sort(sims, axis=1)[:, -K:].mean(axis=1)
                sims = 2 * sims - hub[:, None] - prog_hub[None, :]
            scores = _component_scores(sims, owner, codes)
            meant_scores += [scores[code] for code in expected if code in scores]
            other_scores += [value for code, value in scores.items() if code not in expected]
            if expected:
                meant += 1
                top1 += max(scores, key=scores.__getitem__) in expected
        pos, neg = np.array(meant_scores), np.array(other_scores)
        auc = float((pos[:, None] > neg[None, :]).mean()) if len(pos) and len(neg) else float("nan")
        label = "scaled (CSLS)" if scaled else "raw cosines"
        print(f"{label}: {len(cases)} certificates, {meant} meant for a component; meant component first {top1} "
              f"of {meant}; AUC meant vs all other component scores {auc:.3f}")


if __name__ == "__main__":
    main()
