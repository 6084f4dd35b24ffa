"""Wordings and layouts found on an eighteenth reading: outcomes after "Учасник(-ця) вміє:" on one line joined by
semicolons, after "… опанувала такі теми та навички —", by module ("Модуль 1. …" headings over items numbered 1.1,
1.2), under "What the graduate can do" with a long lead-in line, in a table whose header cells stand above its
bulleted rows and whose other column's short cells stand between them; a programme's quoted name on the line below
"за програмою підвищення кваліфікації", wrapped to its closing quote; "guided hours"; a German weekly effort
("12 Wochen × 5 Stunden pro Woche"), "Kurs-Nr." as no course's label and "Lernziele: Die Teilnehmenden" above the
list; "Passed — 87 / 100" as no course's name. Each was read wrong before; the wordings here are other than those of
the certificates that showed it."""

from __future__ import annotations

from pathlib import Path

from app.importers.credentials.textparse import find_hours
from tests.importers.pdfgen import inspect_html


def test_who_can_then_items_joined_by_semicolons(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>СЕРТИФІКАТ</h1><p>Курс: «Садівництво»</p>
<p>Слухач(-ка) вміє: обрізати плодові дерева навесні; щеплювати саджанці живцем; складати план догляду за садом.</p>""")
    assert rec.value("learning_outcomes") == [
        "обрізати плодові дерева навесні", "щеплювати саджанці живцем", "складати план догляду за садом."]


def test_topics_and_skills_after_a_dash(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>СЕРТИФІКАТ</h1><p>Курс: «Садівництво»</p>
<p>За час навчання учасниця опанувала такі теми та навички —</p>
<ul><li>обрізування дерев;</li><li>щеплення саджанців.</li></ul>""")
    assert rec.value("learning_outcomes") == ["обрізування дерев", "щеплення саджанців."]


def test_a_quoted_programme_below_its_kind_wrapped_to_its_quote(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>СВІДОЦТВО</h1><p>Коваль Ірина Петрівна з 1 по 5 квітня 2026 року пройшла
навчання за програмою</p><p>підвищення кваліфікації</p><p>«Сад біля школи: як закласти й доглядати плодовий сад
разом</p><p>з учнями початкових класів»</p><p>обсягом 30 годин</p>""")
    assert rec.value("title") == "Сад біля школи: як закласти й доглядати плодовий сад разом з учнями початкових класів"


def test_outcomes_by_module(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>СВІДОЦТВО</h1><p>Курс: «Садівництво»</p>
<p>Результати навчання за модулями</p><p>Модуль 1. Дерева (20 год)</p>
<p>1.1 Обрізує плодові дерева навесні.</p><p>1.2 Щеплює саджанці живцем.</p>
<p>Модуль 2. Ґрунт (10 год)</p><p>2.1 Визначає кислотність ґрунту.</p>
<p>Підсумкова оцінка: 90 балів зі 100.</p>""")
    assert rec.value("learning_outcomes") == [
        "Обрізує плодові дерева навесні.", "Щеплює саджанці живцем.", "Визначає кислотність ґрунту."]


def test_what_the_graduate_can_do_with_a_long_lead_in(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>CERTIFICATE</h1><p>Course: Orchard Care</p><p>What the learner can do</p>
<p>Working in a real orchard over a whole season, the learner can:</p>
<ul><li>prune an apple tree;</li><li>graft a young tree.</li></ul><p>8 weeks · 40 guided hours</p>""")
    assert rec.value("learning_outcomes") == ["prune an apple tree", "graft a young tree."]
    assert rec.value("workload_hours") == 40


def test_a_table_of_outcomes_with_a_column_of_short_labels(tmp_path: Path) -> None:
    rows = [("prune fruit trees in winter and summer, choosing the cut for each branch so that the tree keeps its "
             "shape", "pruning"),
            ("graft young trees by cleft and whip grafting, and keep the grafts wrapped and watered until they take",
             "grafting (plants)"),
            ("plan the care of an orchard over a year, with its spraying, feeding and harvest dates", "orchard care")]
    cells = "".join(f"<tr><td width='8%'>LO{i}</td><td width='62%'>{text}</td><td>{label}</td></tr>"
                    for i, (text, label) in enumerate(rows, 1))
    rec = inspect_html(tmp_path, f"""<h1>MICRO-CREDENTIAL</h1><p>Course: Orchard Care</p>
<p>Learning outcomes (ESCO skills)</p><table><tr><td>No.</td><td>The learner can</td><td>ESCO skill</td></tr>{cells}
</table><p>Quality assurance: internal.</p>""")
    assert rec.value("learning_outcomes") == [text for text, _label in rows]


def test_a_german_weekly_effort() -> None:
    assert find_hours("Dauer: 10 Wochen × 4 Stunden pro Woche") == (40.0, "10 Wochen × 4 Stunden pro Woche")


def test_german_course_number_and_who_above_the_list(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Kurs-Nr. OB-26-7</p><h1>Teilnahmebestätigung</h1>
<p>Kurs: Obstbaumschnitt</p><p>Lernziele: Die Teilnehmerinnen</p>
<ul><li>schneiden junge Apfelbäume;</li><li>veredeln Obstbäume.</li></ul>""")
    assert rec.value("title") == "Obstbaumschnitt"
    assert rec.value("learning_outcomes") == ["schneiden junge Apfelbäume", "veredeln Obstbäume."]


def test_passed_with_a_score_names_no_course(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<h1>CERTIFICATE</h1><p>Orchard Care</p><p>Result</p>
<p>Passed — 91 / 100; final task: a pruning plan</p>""")
    assert "91" not in (rec.value("title") or "")
