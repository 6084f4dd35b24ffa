"""A pair whose shared terms only say how something is done (apply, use, a method, a tool) is at most "partly"
evidenced by the word layers: the outcome's subject is not shown."""

from __future__ import annotations

from app.matching.coverage import match_credential_to_component
from app.matching.engine import default_engine


def test_sharing_only_the_action_and_its_manner_is_no_cover() -> None:
    result = match_credential_to_component(["Apply unsupervised methods"],
                                           ["Застосовувати криптографічні методи захисту даних"], embedding=False)
    (pair,) = result.pairs
    assert pair.score >= result.threshold  # the layers' score alone would call it covered
    assert pair.explanation.manner_only
    assert pair.status == "partly"


def test_a_subject_shared_beside_the_manner_keeps_the_cover() -> None:
    result = match_credential_to_component(["Apply the Scrum methodology: its roles, events and artefacts."],
                                           ["Застосовувати гнучкі методології Scrum і Kanban."], embedding=False)
    (pair,) = result.pairs
    assert not pair.explanation.manner_only
    assert pair.status == "covered"


def test_the_explanation_tells_manner_only_from_a_subject() -> None:
    engine = default_engine()
    assert engine.explain("Застосовувати методи кластеризації даних", "Apply introductory programming techniques"
                          ).manner_only
    assert not engine.explain("Застосовувати методи кластеризації даних", "Apply clustering methods to data"
                              ).manner_only
