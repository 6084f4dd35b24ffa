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


def test_the_whole_outcome_that_shows_a_subject_is_taken_before_a_statement_of_it_that_shows_none() -> None:
    outcomes = [  # a module descriptor's outcomes; the last one's first statement is "Apply unsupervised methods"
        "Prepare raw datasets for modelling: treat missing values and outliers, encode categorical variables, scale "
        "features and split data without information leakage.",
        "Train and tune supervised models for regression and classification, including linear and logistic "
        "regression, k-nearest neighbours, decision trees, random forests and support vector machines.",
        "Evaluate and compare models with appropriate metrics (MAE, RMSE, accuracy, precision, recall, F1, ROC-AUC) "
        "and k-fold cross-validation, and diagnose over- and under-fitting.",
        "Apply unsupervised methods – k-means, hierarchical clustering and DBSCAN – to group unlabelled data and "
        "judge cluster quality.",
    ]
    result = match_credential_to_component(outcomes, ["Застосовувати методи кластеризації даних."], embedding=False)
    (pair,) = result.pairs
    assert pair.status == "covered"
    assert pair.credential_part == ""  # the whole outcome, not its statement "Apply unsupervised methods"
    assert not pair.explanation.manner_only


def test_the_rule_that_holds_a_pair_travels_with_it() -> None:
    result = match_credential_to_component(["Apply unsupervised methods"],
                                           ["Застосовувати криптографічні методи захисту даних"], embedding=False)
    (pair,) = result.pairs
    assert pair.held == "manner"
    result = match_credential_to_component(["Вільно спілкуватися українською мовою у професійному середовищі"],
                                           ["Спілкуватися англійською мовою у професійному середовищі."],
                                           embedding=False)
    (pair,) = result.pairs
    assert (pair.status, pair.held) == ("not", "language")


def test_stored_pairs_keep_the_rule_when_the_proposal_is_made_again() -> None:
    from app.domain.explanation import pair_explanation
    from app.matching.policy import PolicyRules
    from app.services.recognition_rules import match_result

    outcome = "Застосовувати криптографічні методи захисту даних"
    stored = [(outcome, "Apply unsupervised methods", 0.52, "glossary", None,
               pair_explanation(["apply / застосовувати", "method / метод"], "", "manner"))]
    assert match_result(PolicyRules(), stored).pairs[0].status == "partly"
    judged = [(*stored[0][:4], "covered", stored[0][5])]  # the officer's judgement still decides
    assert match_result(PolicyRules(), judged).pairs[0].status == "covered"
