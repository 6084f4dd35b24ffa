"""Fields read wrong on real certificates applicants publish (a sweep of 33 public PDFs), in other wording: a MOOC
platform's course line with the learner and the course above it and its dates written month first; a document's
kind set in large type over two lines ("Certificat" / "de réussite") or in Russian; a Russian certificate's learner
after "подтверждает, что" or above "прошел(ла) обучение по программе"; a birth line "né(e) le" below the learner;
the PDF software's site in a footer, no place to check the certificate."""

from __future__ import annotations

from pathlib import Path

from tests.importers.pdfgen import inspect_html


def test_a_mooc_platforms_course_line(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>COURSE CERTIFICATE</p><p>03/09/2024</p><p>Olena Marchuk</p>
<p style="font-size:20px">Introduction to Relational Databases</p>
<p>an online non-credit course authorized by Northwind University and offered through Coursera</p>
<p>has successfully completed</p><p>Mark Reyes</p><p>Associate Professor</p><p>Northwind University</p>
<p>Verify at coursera.org/verify/ABCD1234EFGH</p>""")
    assert rec.value("learner_name") == "Olena Marchuk"
    assert rec.value("title") == "Introduction to Relational Databases"
    assert rec.value("awarding_body") == "Northwind University"
    assert rec.value("issued_on") == "2024-03-09"  # 9 March: the platform writes the month first


def test_a_heading_over_two_lines_and_the_learner_above_a_birth_line(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p style="font-size:28px">Certificat</p><p style="font-size:28px">de réussite</p>
<p style="font-size:18px">Claire Dubois</p><p>né(e) le 12/04/1990</p><p>a validé et obtenu le certificat :</p>
<p style="font-size:22px">Analysez des données avec SQL</p><p>Certificat n° 123456 - Délivré le 18 juin 2021</p>""")
    assert rec.value("learner_name") == "Claire Dubois"
    assert rec.value("title") == "Analysez des données avec SQL"
    assert rec.value("awarding_body") != "de réussite"


def test_a_russian_certificate_of_a_programme(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p style="font-size:26px">Свидетельство об обучении</p><p>2021</p>
<p>Свидетельство подтверждает, что</p><p style="font-size:22px">Анна Смирнова</p>
<p>прошла обучение по программе</p><p style="font-size:22px">Основы анализа данных</p>
<p>Генеральный директор</p>""")
    assert rec.value("learner_name") == "Анна Смирнова"
    assert rec.value("title") == "Основы анализа данных"
    alone = inspect_html(tmp_path, """<p style="font-size:22px">Анна Смирнова</p>
<p>прошел(ла) обучение по программе</p><p style="font-size:22px">Системы контроля версий</p><p>2021</p>""")
    assert alone.value("learner_name") == "Анна Смирнова"
    assert alone.value("title") == "Системы контроля версий"


def test_the_pdf_softwares_site_is_no_place_to_check(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Zertifikat</p><p>Olena Marchuk</p><p>hat erfolgreich teilgenommen</p>
<p>Powered by TCPDF (www.tcpdf.org)</p>""")
    assert rec.value("further_information") is None
    assert "tcpdf" not in str(rec.verification.message)


def test_a_scanned_certificate_with_a_qr_code_says_only_the_code_was_read(tmp_path: Path) -> None:
    import numpy as np
    import pymupdf
    import zxingcpp

    from app.importers.credentials import inspect_file

    code = np.array(zxingcpp.create_barcode("https://osvita.example.ua/certificate-check/C001",
                                            zxingcpp.BarcodeFormat.QRCode).to_image(scale=6, add_quiet_zones=True),
                    dtype=np.uint8)
    pixmap = pymupdf.Pixmap(pymupdf.csGRAY, code.shape[1], code.shape[0], code.tobytes(), 0)
    doc = pymupdf.open()
    doc.new_page().insert_image(pymupdf.Rect(50, 50, 300, 300), pixmap=pixmap)
    path = tmp_path / "scan.pdf"
    doc.save(path)
    rec = inspect_file(path)
    assert rec.error is None and "certificate-check/C001" in str(rec.verification.message)
    assert any(c.name == "read" and "no text layer" in str(c.detail) for c in rec.verification.checks)


def test_the_hours_of_each_unit_times_the_units() -> None:
    from app.importers.credentials.textparse import find_hours

    said = find_hours("Der Kurs besteht aus 5 Lektionen. Der Zeitaufwand wurde mit 3 Stunden pro Lektion veranschlagt.")
    assert said is not None and said[0] == 15
    assert find_hours("The course has 6 modules, about 2 hours per module.") == (12, "6 modules × 2 hours per module")
    assert find_hours("4 Stunden pro Lektion") is None  # a rate alone is no total


def test_the_opening_is_no_learner_where_the_text_layer_puts_the_name_elsewhere(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Сертифікат</p><p>підтверджує, що</p><p>успішно завершила онлайн-курс:</p>
<p>«Основи веб-верстки»</p><p>Засновник платформи</p><p>14.12.2023</p>""")
    assert rec.value("learner_name") != "підтверджує, що"
    assert rec.value("title") == "Основи веб-верстки"


def test_a_ukrainian_mooc_platforms_certificate(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>СЕРТИФІКАТ</p><p>Виданий 12.03.2024</p><p>Цей сертифікат засвідчує, що</p>
<p>Олена Марчук</p><p>успішно закінчила курс</p><p>Основи баз даних,</p>
<p>наданий викладачами Київської школи програмування</p>
<p>через платформу масових відкритих онлайн-курсів Prometheus.</p>
<p>Автентичність цього сертифікату може бути перевірена за https://courses.example.org.ua/cert/0a1b2c3d</p>""")
    assert rec.value("learner_name") == "Олена Марчук"
    assert rec.value("title") == "Основи баз даних"
    assert rec.value("awarding_body") == "Prometheus"
    top = inspect_html(tmp_path, """<p style="font-size:20px">з відзнакою</p><p>«Основи баз даних»</p>
<p>Марчук Олена Петрівна</p><p>Виданий 20.02.2023</p>
<p>Автентичність сертифікату можна перевірити за посиланням:</p><p>https://courses.example.org.ua/cert/0a1b2c3d</p>""")
    assert top.value("awarding_body") not in ("з відзнакою", "https://courses.example.org.ua/cert/0a1b2c3d")


def test_an_italian_attestato_of_a_national_platform(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>ATTESTATO DI PARTECIPAZIONE</p><p>rilasciato in data 15/07/2023 a</p>
<p style="font-size:20px">GIULIA ROSSI</p><p>per aver completato il percorso formativo della durata di ore 25</p>
<p style="font-size:18px">DIDATTICA DELLA MATEMATICA CON LE TECNOLOGIE</p><p>organizzato da Polo Formativo - Torino</p>
<p>CODICE IDENTIFICATIVO: 100030.064494.219141</p>""")
    assert rec.value("learner_name") == "GIULIA ROSSI"
    assert rec.value("title") == "DIDATTICA DELLA MATEMATICA CON LE TECNOLOGIE"
    assert rec.value("awarding_body") == "Polo Formativo - Torino"
    assert rec.value("workload_hours") == 25


def test_a_polish_certificate_with_its_result_label_left_empty(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Certyfikat</p><p>potwierdzamy, że:</p><p>Kowalska Anna</p>
<p>ukończył/a z pozytywnym wynikiem szkolenie:</p><p>Podstawy programowania w Pythonie</p>
<p>przeprowadzone w formie wykładów przez Akademia Programowania</p>
<p>szkolenie obejmowało: 16h</p><p>Wynik:</p><p>Kraków, 1.06.2024</p>""")
    assert rec.value("title") == "Podstawy programowania w Pythonie"
    assert rec.value("awarding_body") == "Akademia Programowania"
    assert rec.value("grade") != "Kraków, 1.06.2024"


def test_an_austrian_mooc_certificate(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p style="font-size:26px">Zertifikat</p><p>für</p>
<p style="font-size:20px">OLENA MARCHUK</p><p>Hiermit wird die Teilnahme am</p>
<p>auf der Plattform example.at angebotenen MOOC</p><p style="font-size:18px">Datenbanken für Einsteiger</p>
<p>bestätigt.</p><p>Der Kurs besteht aus 6 Lektionen.</p>
<p>Der Zeitaufwand für den Kurs wurde mit 3 Stunden pro Lektion veranschlagt.</p><p>Graz, am 10/08/23</p>""")
    assert rec.value("learner_name") == "OLENA MARCHUK"
    assert rec.value("title") == "Datenbanken für Einsteiger"
    assert rec.value("awarding_body") != "für"
    assert rec.value("workload_hours") == 18
    assert rec.value("issued_on") == "2023-08-10"


def test_issued_by_names_the_issuer(tmp_path: Path) -> None:
    rec = inspect_html(tmp_path, """<p>Olena Marchuk</p><p>Data Engineering Job Simulation</p>
<p>Certificate of Completion</p><p>June 5th, 2024</p>
<p>Code o4eFc3RTec | Issued by Skillpath</p>""")
    assert rec.value("awarding_body") == "Skillpath"
