"""Where a credential stands among the components of a programme, by the embedding's cosines.

A pair's score says how near two outcomes are; it cannot say whether a credential is nearer to one component than to
the programme's others. Between Ukrainian texts the embedding puts almost every pair of one field at cosines of
0.80–0.91, the right component's and its neighbours' alike, so the pair-level points ("partly" at 0.906) let a
Ukrainian certificate in its provider's own words miss its component, and lower points would call neighbours
"partly" too. At the level of whole components the cosines do tell them apart. For each credential text the
*background* is its mean cosine to its nearest quarter of the programme's outcomes; a component's **standing** is the
mean, over its outcomes, of the best cosine any credential text reaches above that text's background. Two rules of
the matching read it (``app.matching.coverage``):

- the credential's **nearest** component (the highest standing, above zero) is scored with the embedding points
  fitted for a credential's nearest component (``NEAREST_LAYER`` curves in ``resources/matching/calibration.json``,
  fitted by ``bench.fit_nearest`` on the development sets' certificates: "partly" where at most 5 % of the nearest
  components not meant reach, "covered" at 1 %, as every curve is fitted), where those are lower than the pair's;
- a component whose standing is **zero or below** (its outcomes no nearer to the credential's than the credential's
  background) is held at "not covered": what matched are words, not the component's subject.

Neither applies without the embedding layer, or to a programme of fewer than ``MIN_COMPONENTS`` components.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

NEAREST_LAYER = "embedding-nearest"  # the calibration's curves for the credential's nearest component
MIN_COMPONENTS = 3  # fewer components: no background to stand out from


@dataclass(frozen=True)
class Standing:
    """One component's standing for one credential, and whether it is the credential's nearest component."""

    score: float
    nearest: bool

    @property
    def stands_out(self) -> bool:
        return self.score > 0


def background_size(outcomes: int) -> int:
    """How many of the programme's outcomes a credential text's background is the mean of: the nearest quarter."""
    return max(1, -(-outcomes // 4))


def standings(cosines: np.ndarray, owner: Sequence[int], components: int) -> np.ndarray:
    """Each component's standing. ``cosines``: credential texts × the programme's outcomes; ``owner``: the index of
    the component of each outcome (every component has at least one)."""
    if cosines.size == 0:
        return np.zeros(components, dtype=np.float64)
    k = background_size(cosines.shape[1])
    background = np.sort(cosines, axis=1)[:, -k:].mean(axis=1)
    best = (cosines - background[:, None]).max(axis=0)
    owners = np.asarray(owner)
    return np.array([float(best[owners == i].mean()) for i in range(components)])


def standing_of_each(cosines: np.ndarray, owner: Sequence[int], components: int) -> list[Standing]:
    """Every component's :class:`Standing`: the first of the highest is the nearest, if it stands out."""
    scores = [round(float(s), 6) for s in standings(cosines, owner, components)]  # (a float's last bits are no rank)
    first = int(np.argmax(scores)) if scores else -1
    return [Standing(s, i == first and s > 0) for i, s in enumerate(scores)]
