"""Ukrainian certificates of the ninety-sixth set's shapes, in other words: a heading on the certificate's face that
only says where the outcomes are ("Результати навчання — у додатку до сертифіката.") is no outcome, and the list
under its heading on the next page is read. (The English pointer, "Learning outcomes: see overleaf.", was passed over
before too: its test is a guard.)"""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html, inspect_pages


def test_a_heading_pointing_at_the_back_is_no_outcome(tmp_path: Path) -> None:
    rec = inspect_pages(tmp_path, [
        """<p>Навчальний центр «Кварта»</p><p>СЕРТИФІКАТ № КВ-25-118</p><p>Цей сертифікат засвідчує, що</p>
<p>Оксана Петрівна Руденко</p><p>пройшла курс «Облік запасів на складі»</p><p>60 годин, 2 кредити ЄКТС</p>
<p>Результати навчання — у додатку до сертифіката.</p><p>Директор ____ В. Гнатюк</p>""",
        """<p>Додаток до сертифіката № КВ-25-118</p><p>Що вміє випускниця програми</p>
<ul><li>Веде картки складського обліку й звіряє залишки з бухгалтерськими даними.</li>
<li>Проводить інвентаризацію та оформлює її результати актом.</li>
<li>Розраховує собівартість списаних запасів методом ФІФО.</li></ul>""",
    ])
    assert rec.value("learning_outcomes") == [
        "Веде картки складського обліку й звіряє залишки з бухгалтерськими даними.",
        "Проводить інвентаризацію та оформлює її результати актом.",
        "Розраховує собівартість списаних запасів методом ФІФО.",
    ]


def test_an_english_pointer_to_the_reverse_is_no_outcome_either(tmp_path: Path) -> None:
    rec = inspect_pages(tmp_path, [
        """<p>Riverside Training</p><p>CERTIFICATE OF COMPLETION</p><p>Mariia Koval</p>
<p>has completed the course "Warehouse Stock Control"</p><p>Learning outcomes: see overleaf.</p>""",
        """<p>Learning outcomes</p><ul><li>Keep stock cards and reconcile balances with the ledger.</li>
<li>Carry out a stocktake and record its results.</li></ul>""",
    ])
    assert rec.value("learning_outcomes") == [
        "Keep stock cards and reconcile balances with the ledger.",
        "Carry out a stocktake and record its results.",
    ]


def test_a_communal_institutions_name_in_quotes_is_no_course(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Департамент освіти обласної державної адміністрації</p>
<p>Комунальний заклад «Волинський центр професійного розвитку педагогічних працівників»</p>
<p>СВІДОЦТВО</p><p>про підвищення кваліфікації</p><p>Прізвище, ім'я, по батькові</p><p>Кравчук Олена Іванівна</p>
<p>Програма (тема)</p><p>«Геометрія в старшій школі: методика розв'язування задач на побудову»</p>
<p>Обсяг</p><p>30 годин / 1 кредит ЄКТС</p>""")
    assert rec.value("title") == "Геометрія в старшій школі: методика розв'язування задач на побудову"


def test_a_country_in_a_listed_item_is_no_issuing_country(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Обласний центр краєзнавства</p><p>СЕРТИФІКАТ</p><p>Ігор Мельник</p>
<p>курс «Родинні архіви»</p><p>Після курсу слухач уміє:</p>
<ul><li>Замовляє копії метричних книг з архівів Польщі й Литви.</li><li>Читає метричні книги XIX століття.</li></ul>""")
    assert rec.value("issuer_country") is None


_CELL = 'style="border: 1px solid #888; padding: 3pt;"'


def test_what_the_learner_can_do_after_the_course_heads_a_table_column(tmp_path: Path) -> None:
    rows = [("Говоріння", "Проводити щоденні зустрічі команди німецькою мовою та домовлятися про терміни."),
            ("Читання", "Читати технічні завдання й документацію до бібліотек німецькою мовою."),
            ("Письмо", "Писати звіти про помилки й листи замовникам німецькою мовою.")]
    body = "".join(f"<tr><td {_CELL}>{a}</td><td {_CELL}>{b}</td></tr>" for a, b in rows)
    rec = inspect_pages(tmp_path, [
        """<p>Мовна школа «Бриз»</p><p>СЕРТИФІКАТ № БР-DE-25/031</p><p>Андрій Ковальчук</p>
<p>курс «Німецька мова для ІТ-фахівців»</p><p>120 годин</p>""",
        f"""<p>Додаток до сертифіката № БР-DE-25/031</p><table style="width: 100%; border-collapse: collapse;">
<tr><td width="25%" {_CELL}><b>Вид діяльності</b></td><td width="75%" {_CELL}><b>Після курсу слухач уміє</b></td></tr>
{body}</table>""",
    ])
    assert rec.value("learning_outcomes") == [b for _, b in rows]
