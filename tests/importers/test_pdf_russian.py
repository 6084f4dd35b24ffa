"""A certificate written in Russian, as those from an issuer in a country a profile excludes usually are: its
elements are read (so that the profile's rules bind on them), and the country is read from where it was issued even
when only the city is written ("Москва, 15 марта 2023 г.")."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.domain.policy_rules import PolicyRules
from app.matching.coverage import MatchResult, OutcomePair
from app.matching.policy import ComponentFacts, EvidenceFacts, propose
from tests.importers.pdfgen import inspect_html

RU_CERT = """<h1>СЕРТИФИКАТ</h1><p>Санкт-Петербургский политехнический университет «Образец»</p>
<p>Настоящий сертификат удостоверяет, что</p><p>Петрова Анна Викторовна</p>
<p>успешно прошла курс «Анализ данных на Python»</p><p>Результаты обучения:</p>
<ul><li>загружать и очищать данные;</li><li>строить графики и отчеты.</li></ul>
<p>Объем: 36 академических часов</p><p>Оценка: отлично</p><p>Санкт-Петербург, 20 апреля 2024 г.</p>"""


def test_a_russian_certificates_elements_are_read(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, RU_CERT)
    assert rec.value("learner_name") == "Петрова Анна Викторовна"
    assert rec.value("title") == "Анализ данных на Python"
    assert rec.value("learning_outcomes") == ["загружать и очищать данные", "строить графики и отчеты."]
    assert rec.value("workload_hours") == 36
    assert rec.value("issued_on") == "2024-04-20"
    assert rec.value("awarding_body") == "Санкт-Петербургский политехнический университет «Образец»"
    assert rec.value("issuer_country") == "Russian Federation (RUS)"
    assert rec.elements["issuer_country"].source == "pdf p.1 ('Санкт-Петербург, 20 апреля 2024 г.')"
    assert rec.value("grade") == "отлично"


def test_the_default_profile_refuses_it(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, RU_CERT)
    pairs = tuple(OutcomePair(i, f"outcome {i}", 0, "evidence outcome", 0.9, "lexical", "covered") for i in range(3))
    evidence = EvidenceFacts(id="ru", hours=150, verification_status="verified", issuer_binding="confirmed",
                             issuer_country=rec.value("issuer_country"), issued_on=date(2024, 4, 20), grade="90/100")
    proposal = propose(ComponentFacts("ОК5", "Бази даних", 5.0, control="exam"), MatchResult(pairs, 0.6, 0.45),
                       [evidence], PolicyRules(), 0, 60, today=date(2025, 1, 1))
    assert proposal.decision == "reject"
    assert ("issuer_country_excluded", "RU") in [(r.code, r.params.get("country")) for r in proposal.reasons]
