"""Bilingual Ukrainian–English certificates of the ninety-eighth set's shapes, in other words: a table of outcomes
whose columns are captioned by their languages, a pointer to the annex given in both languages, the course's name in
both languages each in its quotes below a completion phrase and its translation cut at the line's end, and the
issuer's company named in a bracket after its brand."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html, inspect_pages

_CELL = 'style="border: 1px solid #444; padding: 3pt;"'


def test_the_language_captions_of_a_bilingual_table_are_no_outcome(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, f"""<p>Центр неперервної освіти / Centre for Continuing Education</p>
<p>СЕРТИФІКАТ / CERTIFICATE</p><p>Слухач / Participant: Ткачук Ірина Олегівна / Iryna Tkachuk</p>
<p>Програма / Programme: «Облік запасів» / “Inventory Accounting”</p>
<p>Результати навчання / Learning outcomes</p>
<table><tr><td {_CELL} width="50%">Українська мова</td><td {_CELL} width="50%">English</td></tr>
<tr><td {_CELL}>Вести картки складського обліку та звіряти залишки з даними бухгалтерії.</td>
<td {_CELL}>Keep stock cards and reconcile balances with the accounts.</td></tr>
<tr><td {_CELL}>Проводити інвентаризацію та оформлювати її результати актом.</td>
<td {_CELL}>Carry out a stocktake and record its results in a report.</td></tr></table>""")
    outcomes = rec.value("learning_outcomes")
    assert outcomes[0].startswith("Вести картки складського обліку")
    assert not any(o.startswith(("Українська", "English")) for o in outcomes)


def test_a_pointer_to_the_annex_in_two_languages_is_no_outcome(tmp_path: Path) -> None:
    rec = inspect_pages(tmp_path, [
        """<p>ТОВ «Мовна майстерня» / Language Workshop LLC</p><p>СЕРТИФІКАТ / CERTIFICATE</p>
<p>Цим засвідчується, що / This is to certify that</p><p>Бойко Роман Ігорович</p>
<p>завершив курс / has completed the course</p><p>«Німецька мова для логістів» / “German for Logistics”</p>
<p>Результати навчання — у Додатку / Learning outcomes are given in the Annex to this certificate.</p>""",
        """<p>Додаток / Annex</p><p>Результати навчання / Learning outcomes</p>
<ul><li>Вести телефонні розмови з перевізниками німецькою мовою.</li>
<li>Складати німецькою супровідні листи до вантажу.</li></ul>""",
    ])
    outcomes = rec.value("learning_outcomes")
    assert outcomes[:2] == ["Вести телефонні розмови з перевізниками німецькою мовою.",
                            "Складати німецькою супровідні листи до вантажу."]


def test_the_course_named_in_two_languages_below_a_cut_translation(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p style="font-size: 8pt">Онлайн-платформа «Знання» (ТОВ «Знання Плюс», м.
Львів)</p><p>СЕРТИФІКАТ / CERTIFICATE</p>
<p style="font-size: 8pt">Слухачка / Participant: Олійник Марта Василівна / Marta Oliinyk — успішно завершила
онлайн-курс / has successfully<br>completed the online course</p>
<p>«Основи фінансового аналізу» / “Foundations of Financial Analysis”</p>
<p>Обсяг / Workload: 60 годин / hours</p>""")
    assert rec.value("title") == "Основи фінансового аналізу"
    assert rec.value("awarding_body") == "ТОВ «Знання Плюс»"


def test_the_issuers_name_without_its_translation(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ТОВ «Світло знань» — мовна школа / Svitlo Znan Language School LLC</p>
<p>м. Рівне, вул. Соборна, 12 / 12 Soborna St., Rivne</p><p>СЕРТИФІКАТ / CERTIFICATE</p>
<p>Цим засвідчується, що / This is to certify that</p><p>Гнатюк Ольга Петрівна</p>
<p>завершила курс / has completed the course</p><p>«Польська мова для медиків» / “Polish for Medics”</p>""")
    assert rec.value("awarding_body") == "ТОВ «Світло знань» — мовна школа"
