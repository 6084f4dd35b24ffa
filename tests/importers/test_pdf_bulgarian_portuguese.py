"""A Bulgarian удостоверение ("Настоящото удостоверение се издава на …, родена на …", "60 учебни часа", "обща оценка
Отличен (6)", outcomes after "След завършване на курса курсистът може да:"), a Portuguese certificado (the course under
"Designação da ação", "com a classificação final de 16 (dezasseis) valores"), and an English learner named right after
"This is to certify that" with a role after a comma. Before, none of these was read. Other wording than the
certificates that showed them."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_a_bulgarian_udostoverenie(tmp_path: Path) -> None:
    html = ("<p>УДОСТОВЕРЕНИЕ</p><p>№ 112 / 14.09.2025 г.</p>"
            "<p>Настоящото удостоверение се издава на Иван Петров Драганов, роден на 3.04.2004 г. в гр. Одеса, "
            "в уверение на това, че е завършил курса по грънчарство с продължителност 40 учебни часа, и е получил "
            "обща оценка Много добър (5).</p>"
            "<p>След завършване на курса курсистът може да:</p><p>• подготвя глина за работа на грънчарско колело</p>"
            "<p>• оформя чаша и купа</p>")
    rec = inspect_html(tmp_path, html)
    assert rec.value("learner_name") == "Иван Петров Драганов"
    assert rec.value("workload_hours") == 40
    assert rec.value("grade") == "Много добър (5)"
    assert rec.value("issued_on") == "2025-09-14"
    assert rec.value("learning_outcomes") == ["подготвя глина за работа на грънчарско колело", "оформя чаша и купа"]


def test_a_portuguese_certificado(tmp_path: Path) -> None:
    html = ("<p>CERTIFICADO DE FORMAÇÃO PROFISSIONAL</p>"
            "<p>Certifica-se que a formanda concluiu com aproveitamento a ação de formação abaixo identificada, com a "
            "classificação final de 16 (dezasseis) valores, na escala de 0 a 20.</p>"
            "<p>Designação da ação</p><p>Análise de Dados com Folhas de Cálculo</p>")
    rec = inspect_html(tmp_path, html)
    assert rec.value("title") == "Análise de Dados com Folhas de Cálculo"
    assert rec.value("grade") == "16 (dezasseis) valores"


def test_the_learner_before_a_role_after_this_is_to_certify_that(tmp_path: Path) -> None:
    html = ("<p>CERTIFICATE OF ACHIEVEMENT</p>"
            "<p>This is to certify that MARTA KOVAL, data analyst of Team Orbit, took part in the Open Data "
            "Sprint.</p>")
    assert inspect_html(tmp_path, html).value("learner_name") == "MARTA KOVAL"


def test_the_learner_before_her_nationality_and_birth(tmp_path: Path) -> None:
    html = ("<p>CERTIFICADO DE FORMAÇÃO PROFISSIONAL</p>"
            "<p>Certifica-se que Iryna Bondar, de nacionalidade ucraniana, nascida a 3 de março de 2002, concluiu "
            "com aproveitamento a ação de formação.</p>")
    assert inspect_html(tmp_path, html).value("learner_name") == "Iryna Bondar"


def test_the_graduate_label_and_no_course_from_a_verb_in_a_bracket(tmp_path: Path) -> None:
    html = ("<p>NORTHBANK CODE SCHOOL</p><p>GRADUATION CERTIFICATE</p><p>Graduate: KOVAL, Marta</p>"
            "<p>Levels: Pass · with Merit (all four passed at the first review and the final project 75 or more)</p>")
    rec = inspect_html(tmp_path, html)
    assert rec.value("learner_name") == "KOVAL, Marta"
    assert not (rec.value("title") or "").startswith("at the first review")
