"""Certificates shaped like those of the sixty-fifth and sixty-sixth sets (a text layer from a scanner's character
recognition; results in many grading systems), in other wording."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_a_scanned_certificates_misread_digits_bars_and_legal_form(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>TOB «ВЕКТОР НАВЧАННЯ» ¦ Навчальний центр</p><p>СЕРТИФIКАТ</p>
<p>Видано Гнатюку Павлу Олеговичу в тому, що він пройшов курс «Основи Excel для бухгалтера» обсягом 6О годин.</p>""")
    assert rec.value("awarding_body") == "ТОВ «ВЕКТОР НАВЧАННЯ»"
    assert rec.value("workload_hours") == 60


def test_a_legal_form_above_its_name_in_quotes_on_two_lines(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ГРОМАДСЬКА ОРГАНІЗАЦІЯ<br>«АСОЦІАЦІЯ ВИКЛАДАЧІВ ПРИРОДНИЧИХ<br>ДИСЦИПЛІН»</p>
<p>01054, м. Київ, вул. Лисенка, 4</p><p>СЕРТИФІКАТ</p><p>Видано Коваль Ірині Петрівні</p>
<p>за участь у семінарі «Лабораторний практикум з біології», 8 годин.</p>""")
    assert rec.value("awarding_body") == "ГРОМАДСЬКА ОРГАНІЗАЦІЯ «АСОЦІАЦІЯ ВИКЛАДАЧІВ ПРИРОДНИЧИХ ДИСЦИПЛІН»"


def test_grades_in_sentences_of_several_systems(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ДОВІДКА</p><p>Видана Олійнику Максиму Петровичу в тому, що він прослухав курс
«Статистика для економістів» і склав підсумковий залік на оцінку «відмінно» (5) за п'ятибальною шкалою.</p>""")
    assert rec.value("grade") == "«відмінно» (5)"
    rec = inspect_html(tmp_path, """<p>ATTESTATION DE FORMATION</p>
<p>Je soussignée atteste que Madame Iryna KOVAL a suivi la formation « Gestion de projet agile » du 3 au 7 mars
2025, et qu'elle a obtenu à l'examen final la note de 14/20, mention Assez bien.</p>""")
    assert rec.value("grade") == "14/20"


def test_the_overall_result_below_its_weightings_total(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>University of Wexcombe</p><p>CERTIFICATE OF CREDIT</p>
<p>Awarded to Anna Lysak</p><table><tr><td>Component</td><td>Weighting</td><td>Mark</td></tr>
<tr><td>Portfolio</td><td>50%</td><td>71%</td></tr>
<tr><td>Exam</td><td>50%</td><td>65%</td></tr><tr><td>Overall module result</td><td>100%</td><td>68% — Merit</td></tr>
</table>""")
    assert rec.value("grade") == "68% — Merit"


def test_a_learner_under_the_label_of_a_learner_in_education(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>СЕРТИФІКАТ</p><p>про проходження навчання за освітньою програмою</p>
<table><tr><td style="width: 160px;">Здобувачка освіти</td><td>ЛЕВЧУК Ганна Іванівна</td></tr>
<tr><td>Назва програми</td><td>«Основи веброзробки»</td></tr></table>""")
    assert rec.value("learner_name") == "ЛЕВЧУК Ганна Іванівна"


def test_a_column_of_what_the_learner_learned_beside_the_modules(tmp_path: Path) -> None:
    rows = [("1. Основи Excel: інтерфейс, типи даних", "12", "вводити дані, форматувати таблиці й аркуші, захищати "
             "комірки та друкувати звіти"),
            ("2. Формули і функції", "16", "обчислювати підсумки функціями SUM, AVERAGE, IF та VLOOKUP, перевіряти "
             "формули на помилки"),
            ("3. Діаграми та зведені таблиці", "8", "будувати діаграми й зведені таблиці для щомісячного звіту")]
    body = "".join(f'<tr><td style="width: 140px;">{part}</td><td style="width: 40px;">{hours}</td><td>{learned}</td>'
                   "</tr>" for part, hours, learned in rows)
    rec = inspect_html(tmp_path, f"""<p>СЕРТИФІКАТ</p><p>Видано Гнатюку Олегу Петровичу</p>
<p>Курс «Excel для офісу», 36 годин.</p><p>Зміст програми та результати навчання</p>
<table><tr><td>Модуль</td><td>Год.</td><td>Слухач навчився</td></tr>{body}</table>""")
    assert rec.value("learning_outcomes") == [learned for _part, _hours, learned in rows]
