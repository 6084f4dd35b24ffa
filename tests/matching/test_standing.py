"""Where a credential stands among a programme's components (app.matching.standing): its nearest component's pairs
are read on the points fitted for a nearest component, and a component it does not stand out for is held at "not".

The embedder here gives chosen cosines (vectors made from a Gram matrix), so that each rule is seen at its edge."""

from __future__ import annotations

import threading
from collections.abc import Sequence

import numpy as np
import pytest

from app.domain.explanation import auto_status, explanation_messages, pair_explanation
from app.matching.calibration import Calibration, Curve
from app.matching.coverage import match_credential_to_component, standings_among, standings_of
from app.matching.engine import Engine, EngineConfig
from app.matching.standing import NEAREST_LAYER, background_size, standing_of_each, standings

BASE = 0.85  # the cosine of every two texts not set otherwise: one field, as the model puts it

A = ["Проєктувати реляційні бази даних", "Писати запити мовою SQL"]
B = ["Обчислювати похідні та інтеграли", "Розв'язувати диференціальні рівняння"]
C = ["Планувати роботу проєктної команди", "Оцінювати ризики проєкту"]
D = ["Налаштовувати мережеве обладнання", "Адмініструвати сервери Linux"]
X = ["Створювати таблиці та зв'язки між ними в СУБД", "Будувати вибірки з кількох таблиць"]


class GramEmbedder:
    """Unit vectors whose cosines are ``BASE`` except the pairs given."""

    name = "gram"

    def __init__(self, texts: Sequence[str], cosines: dict[tuple[str, str], float]) -> None:
        gram = np.full((len(texts), len(texts)), BASE)
        np.fill_diagonal(gram, 1.0)
        at = {t: i for i, t in enumerate(texts)}
        for (a, b), value in cosines.items():
            gram[at[a], at[b]] = gram[at[b], at[a]] = value
        values, vectors = np.linalg.eigh(gram)
        assert values.min() > -1e-9, "the cosines chosen must be those of real vectors"
        rows = vectors * np.sqrt(np.clip(values, 0, None))
        self.vectors = {t: (rows[i] / np.linalg.norm(rows[i])).astype(np.float32) for t, i in at.items()}

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        return np.array([self.vectors[t] for t in texts])


def _calibration() -> Calibration:
    """The `uk-uk` embedding points of the bundled calibration, and a nearest component's below them."""
    return Calibration({("embedding", "uk-uk"): Curve.through(0.906, 0.919),
                        (NEAREST_LAYER, "uk-uk"): Curve.through(0.899, 0.911)})


def _engine(cosines: dict[tuple[str, str], float]) -> Engine:
    return Engine(EngineConfig(embedding=True), embedder=GramEmbedder([*A, *B, *C, *D, *X], cosines),
                  calibration=_calibration())


def test_the_background_is_the_nearest_quarter_of_the_programme() -> None:
    assert [background_size(n) for n in (1, 4, 5, 37, 300)] == [1, 1, 2, 10, 75]


def test_a_component_stands_out_by_its_outcomes_nearer_than_the_credential_texts_background() -> None:
    # two credential texts, four components of two outcomes (the background: each text's two nearest outcomes)
    cosines = np.array([[0.93, 0.86, 0.88, 0.85, 0.85, 0.85, 0.85, 0.85],
                        [0.86, 0.93, 0.85, 0.85, 0.88, 0.85, 0.85, 0.85]])
    owner = [0, 0, 1, 1, 2, 2, 3, 3]
    assert standings(cosines, owner, 4) == pytest.approx([0.025, -0.04, -0.04, -0.055], abs=1e-6)
    found = standing_of_each(cosines, owner, 4)
    assert [s.nearest for s in found] == [True, False, False, False]
    assert [s.stands_out for s in found] == [True, False, False, False]


def test_one_text_matching_one_component_best_is_its_own_background() -> None:
    # the text's two nearest outcomes are the component's own: it stands no higher than its background
    cosines = np.array([[0.95, 0.91, 0.86, 0.85, 0.85, 0.85, 0.85, 0.85]])
    found = standing_of_each(cosines, [0, 0, 1, 1, 2, 2, 3, 3], 4)
    assert found[0].score == pytest.approx(0.0, abs=1e-6)
    assert not any(s.nearest or s.stands_out for s in found)


def test_the_nearest_components_pairs_are_read_on_its_own_lower_points() -> None:
    chosen = {(X[0], A[0]): 0.903, (X[1], A[1]): 0.902}  # under the pair's "partly" (0.906), over the nearest (0.899)
    engine = _engine(chosen)
    alone = match_credential_to_component(X, A, engine=engine, embedding=True, language="uk")
    assert [p.status for p in alone.pairs] == ["not", "not"]  # no programme: the pair's own points
    with standings_among([A, B, C, D], [(X, "uk")], embedding=True, engine=engine):
        nearest = match_credential_to_component(X, A, engine=engine, embedding=True, language="uk")
        # another component of the same programme keeps its own points
        other = match_credential_to_component(X, B, engine=engine, embedding=True, language="uk")
    assert [p.status for p in nearest.pairs] == ["partly", "partly"]
    assert [p.points for p in nearest.pairs] == ["nearest", "nearest"]
    assert all(p.score >= 0.375 and p.layer == "embedding" for p in nearest.pairs)
    assert all(p.points == "" for p in other.pairs)


def test_without_the_embedding_layer_nothing_stands() -> None:
    engine = _engine({(X[0], A[0]): 0.903, (X[1], A[1]): 0.902})
    assert standings_of([A, B, C, D], [(X, "uk")], embedding=False, engine=engine) == {}
    with standings_among([A, B, C, D], [(X, "uk")], embedding=False, engine=engine):
        result = match_credential_to_component(X, A, engine=engine, embedding=False, language="uk")
    assert all(p.points == "" and p.held == "" for p in result.pairs)


def test_too_few_components_give_no_standing() -> None:
    engine = _engine({(X[0], A[0]): 0.903, (X[1], A[1]): 0.902})
    assert standings_of([A, B], [(X, "uk")], embedding=True, engine=engine) == {}


def test_where_no_component_stands_out_none_is_held() -> None:
    # every outcome of the programme alike to the credential: the standing cannot tell, and holds nothing
    engine = _engine({(X[0], A[0]): 0.91, (X[0], B[0]): 0.91, (X[0], C[0]): 0.91, (X[0], D[0]): 0.91})
    assert standings_of([A, B, C, D], [(X, "uk")], embedding=True, engine=engine) == {}
    with standings_among([A, B, C, D], [(X, "uk")], embedding=True, engine=engine):
        result = match_credential_to_component(X, B, engine=engine, embedding=True, language="uk")
    assert result.pairs[0].status == "partly" and result.pairs[0].held == ""


def test_a_component_the_credential_does_not_stand_out_for_is_held_at_not() -> None:
    # Both texts evidence A well; one outcome of B reaches "partly" on its own points, its other outcome nothing:
    # B's outcomes are on average no nearer to the credential than its texts' background.
    chosen = {(X[0], A[0]): 0.95, (X[1], A[1]): 0.95, (X[0], B[0]): 0.91}
    engine = _engine(chosen)
    plain = match_credential_to_component(X, B, engine=engine, embedding=True, language="uk")
    assert plain.pairs[0].status == "partly"
    with standings_among([A, B, C, D], [(X, "uk")], embedding=True, engine=engine) as found:
        standing = found[tuple(X)][tuple(B)]
        assert not standing.stands_out
        held = match_credential_to_component(X, B, engine=engine, embedding=True, language="uk")
        a = match_credential_to_component(X, A, engine=engine, embedding=True, language="uk")
    assert held.pairs[0].status == "not" and held.pairs[0].held == "standing"
    assert held.pairs[0].score == plain.pairs[0].score  # the score is the pair's own; the rule holds it
    assert [p.status for p in a.pairs] == ["covered", "covered"] and all(p.held == "" for p in a.pairs)


def test_a_matching_reads_no_standing_worked_out_for_an_earlier_one() -> None:
    # X stands out for A in the programme (A, B, C, D), and B is held there; matched afterwards against a programme
    # whose components are all alike to it (a later edition, another programme with B), B is read as in a fresh
    # process: no rule applies
    chosen = {(X[0], A[0]): 0.95, (X[1], A[1]): 0.95, (X[0], B[0]): 0.91, (X[0], C[0]): 0.91, (X[0], D[0]): 0.91,
              (X[1], B[1]): 0.91, (X[1], C[1]): 0.91, (X[1], D[1]): 0.91}
    engine = _engine(chosen)
    fresh = match_credential_to_component(X, B, engine=engine, embedding=True, language="uk")
    with standings_among([A, B, C, D], [(X, "uk")], embedding=True, engine=engine):
        first = match_credential_to_component(X, B, engine=engine, embedding=True, language="uk")
    with standings_among([B, C, D], [(X, "uk")], embedding=True, engine=engine) as found:
        later = match_credential_to_component(X, B, engine=engine, embedding=True, language="uk")
    assert found == {}  # nothing stands out among B, C and D
    assert [p.held for p in first.pairs] == ["standing", "standing"]
    assert [(p.status, p.held) for p in later.pairs] == [(p.status, "") for p in fresh.pairs]
    assert [p.status for p in later.pairs] == ["partly", "partly"]
    # and outside any matching of a programme, none
    after = match_credential_to_component(X, B, engine=engine, embedding=True, language="uk")
    assert [(p.status, p.held) for p in after.pairs] == [(p.status, p.held) for p in fresh.pairs]


def test_a_matching_in_another_thread_reads_none_of_this_ones_standing() -> None:
    # two matchings at the same time (two officers' cases on a shared engine): each reads its own programme's
    chosen = {(X[0], A[0]): 0.95, (X[1], A[1]): 0.95, (X[0], B[0]): 0.91}
    engine = _engine(chosen)
    seen: list[str] = []
    started, checked = threading.Event(), threading.Event()

    def other_matching() -> None:
        started.wait(5)
        result = match_credential_to_component(X, B, engine=engine, embedding=True, language="uk")
        seen.append(result.pairs[0].held)
        checked.set()

    thread = threading.Thread(target=other_matching)
    thread.start()
    with standings_among([A, B, C, D], [(X, "uk")], embedding=True, engine=engine):
        started.set()
        assert checked.wait(5)
        here = match_credential_to_component(X, B, engine=engine, embedding=True, language="uk")
    thread.join(5)
    assert here.pairs[0].held == "standing" and seen == [""]


def test_the_rules_are_stored_with_the_pair_and_read_back() -> None:
    held = pair_explanation(["бази", "даних"], held="standing")
    assert auto_status(0.40, 0.5, held) == "not"  # the stored score alone says partly
    messages = explanation_messages(held)
    assert messages is not None and "no nearer" in str(messages[-1])
    raised = pair_explanation([], points="nearest")
    assert auto_status(0.38, 0.5, raised) == "partly"  # the score is stored as read on the nearest points
    messages = explanation_messages(raised)
    assert messages is not None and "nearest" in str(messages[-1])
