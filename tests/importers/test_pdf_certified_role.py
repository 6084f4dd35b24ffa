"""The learner after "засвідчується, що" with a role before the name ("… що лікарка Коваль Олена Петрівна …"), and
after "ATTESTA" / "che la sig.ra …" when "che" opens its line. Neither was read before; other wording than the
certificates that showed them."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_a_role_before_the_name(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>СЕРТИФІКАТ № 12</p><p>На підставі журналу реєстрації засвідчується, що лікарка
Коваль Олена Петрівна взяла участь у семінарі «Сад і здоров'я».</p><p>Київ, 2 травня 2026 р.</p>""")
    assert rec.value("learner_name") == "Коваль Олена Петрівна"


def test_che_opening_its_line(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ATTESTATO DI FREQUENZA</p><p>Il Direttore</p><p>ATTESTA</p>
<p>che la sig.ra Olha Petrivna KOVAL, nata a Kyiv il 01/02/2004, ha frequentato il corso «Frutticoltura»</p>
<p>Roma, 20 febbraio 2026</p>""")
    assert rec.value("learner_name") == "Olha Petrivna KOVAL"
