"""Learner identity: Cyrillic against the official Latin transliteration, and hashed badge identities."""

from __future__ import annotations

from app.importers.credentials import inspect_file
from app.importers.credentials.learner import compare_names, hashed_identity_matches, match_learner

from .conftest import fixture


def test_cyrillic_and_latin_forms_match() -> None:
    assert compare_names("Шевченко Тарас", "Shevchenko Taras")[0] == "match"
    assert compare_names("Taras Shevchenko", "Шевченко Тарас Григорович")[0] == "match"
    assert compare_names("Юлія Єрмоленко", "Yuliia Yermolenko")[0] == "match"
    assert compare_names("Згорянський Олексій", "Zghorianskyi Oleksii")[0] == "match"


def test_older_transliteration_is_probable_not_exact() -> None:
    status, _ = compare_names("Oleksiy Zghoryansky", "Згорянський Олексій")
    assert status == "probable"


def test_different_people_do_not_match() -> None:
    assert compare_names("Шевченко Тарас", "Франко Іван")[0] == "mismatch"


def test_a_name_written_in_russian_is_probable_not_a_mismatch() -> None:
    # Older Ukrainian papers and foreign ones write the applicant's name in its Russian form: the committee confirms
    for written, applicant in (("Иванов Сергей Петрович", "Іванов Сергій Петрович"),
                               ("Коваленко Елена Николаевна", "Коваленко Олена Миколаївна"),
                               ("Бондаренко Дмитрий", "Бондаренко Дмитро")):
        status, detail = compare_names(written, applicant)
        assert status == "probable", (written, detail)


def test_brothers_do_not_pass_for_each_other() -> None:
    assert compare_names("Иванов Андрей Петрович", "Іванов Сергій Петрович")[0] == "mismatch"
    assert compare_names("Іванов Андрій Петрович", "Іванов Сергій Петрович")[0] == "mismatch"
    assert compare_names("Іванов Сергій Петрович", "Іванова Марія Петрівна")[0] == "mismatch"


def test_a_shared_family_name_does_not_make_two_people_close() -> None:
    assert compare_names("Петренко Олена", "Петренко Олег")[0] == "mismatch"
    assert compare_names("Shevchenko Tetiana", "Shevchenko Taras")[0] == "mismatch"
    assert compare_names("Shevchenko Taras", "Shevcenko Tars")[0] == "probable"  # typos stay close


def test_hashed_badge_identity() -> None:
    ident = "sha256$ecf5409f3f4b91ab60cc5ef4c02aef7032354375e70cf4d8e43f6a1d29891942"
    assert hashed_identity_matches(ident, "deadsea", "nobody@example.org")
    assert not hashed_identity_matches(ident, "deadsea", "somebody@example.org")
    rec = inspect_file(fixture("ob2/basic-assertion.json"), applicant_ids=["nobody@example.org"])
    assert rec.learner_match.status == "match"
    assert rec.learner_match.method.startswith("hashed")
    other = inspect_file(fixture("ob2/basic-assertion.json"), applicant_names=["Шевченко Тарас"])
    assert other.learner_match.status == "mismatch"


def test_not_checked_without_applicant() -> None:
    assert match_learner(["X Y"], [], []).status == "not-checked"
    assert match_learner([], [], ["Шевченко Тарас"]).status == "unknown"


def test_edc_learner_against_applicant() -> None:
    rec = inspect_file(fixture("edc/elm3-Sample-MC-Annex1-signed.jsonld"), applicant_names=["Андромеда Ана"])
    assert rec.learner_match.status == "match"
