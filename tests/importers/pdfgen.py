"""Build small PDF certificates for tests with PyMuPDF (HTML boxes, so Cyrillic text gets a font)."""

from __future__ import annotations

from pathlib import Path

import pymupdf

from app.importers.credentials.record import CredentialRecord

UK_CERT = """<h1>СЕРТИФІКАТ</h1>
<p>Київський національний університет імені Тараса Шевченка</p>
<p>Цим засвідчується, що</p><p><b>Шевченко Тарас Григорович</b></p>
<p>успішно завершив курс «Основи цифрової грамотності»</p>
<h3>Результати навчання:</h3>
<ol><li>аналізувати дані та робити обґрунтовані висновки;</li><li>створювати цифровий контент.</li></ol>
<p>Обсяг: 30 годин (1 кредит ЄКТС), рівень НРК 6</p>
<p>Форма навчання: дистанційна</p><p>Форма підсумкового контролю: тестування</p>
<p>Оцінка: 95 балів</p><p>Дата видачі: 12.03.2024</p><p>Україна</p>"""

EN_CERT = """<h2>Certificate of Completion</h2><p>This is to certify that</p><p>Taras Shevchenko</p>
<p>has successfully completed the course</p><p>Data Analysis with Python</p>
<p>Provider: Example Academy</p><h3>Learning outcomes</h3>
<ul><li>Clean and prepare data sets</li><li>Build regression models and interpret the results</li></ul>
<p>Workload: 60 hours, 4 ECTS, EQF level 6</p><p>Assessment: final exam (proctored online)</p>
<p>Date: 5 March 2024</p><p>Verify at https://example.org/verify/ABC123</p>"""

DE_CERT = """<h2>Teilnahmebestätigung</h2><p>Name: Olena Kovalenko</p><p>Kurs: Projektmanagement Grundlagen</p>
<p>Anbieter: Volkshochschule Beispielstadt</p><h3>Lernergebnisse</h3>
<ul><li>Projekte planen und steuern</li><li>Risiken bewerten</li></ul><p>Umfang: 40 Stunden, 2 ECTS</p>
<p>Datum: 2023-11-20</p><p>Deutschland</p>"""


def html_pdf(html: str, *, pages: int = 1) -> bytes:
    doc = pymupdf.open()
    for _ in range(pages):
        page = doc.new_page()
        page.insert_htmlbox(pymupdf.Rect(50, 50, 550, 800), html)
    data: bytes = doc.tobytes()
    doc.close()
    return data


def pages_pdf(parts: list[str]) -> bytes:
    """A PDF of one page for each HTML part (a certificate, then its annex on the next page)."""
    doc = pymupdf.open()
    for part in parts:
        doc.new_page().insert_htmlbox(pymupdf.Rect(50, 50, 550, 800), part)
    data: bytes = doc.tobytes()
    doc.close()
    return data


def table_row(*cells: str) -> str:
    """One row of an HTML table, a plain cell for each value."""
    return "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"


def inspect_html(tmp_path: Path, html: str, name: str = "cert.pdf") -> CredentialRecord:
    """The record the importer reads from a one-page PDF certificate made of ``html``."""
    from app.importers.credentials import inspect_file

    path = tmp_path / name
    path.write_bytes(html_pdf(html))
    return inspect_file(path)


def inspect_pages(tmp_path: Path, parts: list[str], name: str = "cert.pdf") -> CredentialRecord:
    """The record the importer reads from a PDF certificate of a page for each HTML part."""
    from app.importers.credentials import inspect_file

    path = tmp_path / name
    path.write_bytes(pages_pdf(parts))
    return inspect_file(path)


def image_only_pdf() -> bytes:
    """A 'scan': one page with a drawn shape and no text."""
    doc = pymupdf.open()
    page = doc.new_page()
    page.draw_rect(pymupdf.Rect(100, 100, 300, 300), color=(0, 0, 0), fill=(0.5, 0.5, 0.5))
    data: bytes = doc.tobytes()
    doc.close()
    return data


def encrypted_pdf(html: str) -> bytes:
    doc = pymupdf.open(stream=html_pdf(html), filetype="pdf")
    aes256 = pymupdf.PDF_ENCRYPT_AES_256  # type: ignore[attr-defined]
    data: bytes = doc.tobytes(encryption=aes256, user_pw="secret", owner_pw="owner")
    doc.close()
    return data


def table_pdf() -> bytes:
    """Outcomes only inside a ruled table."""
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((60, 60), "Certificate", fontsize=16)
    page.insert_text((60, 90), "Course: Web Accessibility", fontsize=11)
    rows = [("Learning outcomes", "Hours"), ("Apply WCAG 2.2 criteria", "10"), ("Audit a website", "20")]
    y = 120
    for left, right in rows:
        page.draw_rect(pymupdf.Rect(60, y, 360, y + 24), color=(0, 0, 0))
        page.draw_rect(pymupdf.Rect(360, y, 460, y + 24), color=(0, 0, 0))
        page.insert_text((66, y + 16), left, fontsize=10)
        page.insert_text((366, y + 16), right, fontsize=10)
        y += 24
    data: bytes = doc.tobytes()
    doc.close()
    return data
