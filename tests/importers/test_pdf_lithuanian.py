"""A Lithuanian pažymėjimas: the learner after "Šis pažymėjimas išduotas", the date with the year first ("2026 m.
kovo 12 d."), the grade after "Įvertinimas:", the outcomes after "Įgyti gebėjimai:". None of them was read before;
other wording than the certificate that showed it."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_a_lithuanian_certificate(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>VšĮ „Sodų mokykla“</p><p>PAŽYMĖJIMAS</p><p>Šis pažymėjimas išduotas</p>
<p>OLHAI KOVAL</p><p>baigusiai programą „Vaismedžių priežiūra“</p>
<p>Programos apimtis: 24 akademinės valandos.</p>
<p>Įgyti gebėjimai:</p><ul><li>genėja jaunus vaismedžius</li><li>sudaro purškimo kalendorių</li></ul>
<p>Įvertinimas: įskaityta (gerai)</p><p>Kaunas, 2026 m. kovo 12 d.</p>""")
    assert rec.value("learner_name") == "OLHAI KOVAL"
    assert str(rec.value("issued_on")) == "2026-03-12"
    assert rec.value("grade") == "įskaityta (gerai)"
    assert rec.value("learning_outcomes") == ["genėja jaunus vaismedžius", "sudaro purškimo kalendorių"]
    assert rec.value("workload_hours") == 24
    assert rec.value("title") == "Vaismedžių priežiūra"  # not the school's name in quotes after its legal form
