"""Programme PDF import is bounded: a one-page PDF with millions of characters is refused with the page named,
in bounded time and memory (pdfplumber's table extraction would otherwise grow past 7 GB)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.errors import UserError
from app.importers.catalogue.pdf_reader import parse_programme_pdf


def dense_pdf(path: Path, chars: int, line: int = 1500) -> Path:
    """A valid one-page PDF whose content stream shows ``chars`` characters of text (uncompressed)."""
    rows = []
    remaining = chars
    while remaining > 0:
        n = min(line, remaining)
        text = ("Lorem ipsum dolor sit amet " * (n // 27 + 1))[:n]
        rows.append(f"({text}) Tj 0 -0.2 Td")
        remaining -= n
    content = ("BT /F1 0.5 Tf 10 830 Td\n" + "\n".join(rows) + "\nET").encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
        b"/Contents 4 0 R >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    path.write_bytes(bytes(out))
    return path


def test_dense_page_is_refused_with_its_number(tmp_path: Path) -> None:
    pdf = dense_pdf(tmp_path / "dense.pdf", 200_000)
    with pytest.raises(UserError) as err:
        parse_programme_pdf(pdf)
    text = str(err.value)
    assert "dense.pdf" in text and "page 1" in text and "\n" not in text


@pytest.mark.slow
def test_hostile_page_is_refused_under_1_gb(tmp_path: Path) -> None:
    pytest.importorskip("resource")
    pdf = dense_pdf(tmp_path / "hostile.pdf", 4_500_000)
    assert pdf.stat().st_size > 4_000_000
    script = textwrap.dedent(f"""
        import resource, sys, time
        from app.errors import UserError
        from app.importers.catalogue.pdf_reader import parse_programme_pdf
        start = time.monotonic()
        try:
            parse_programme_pdf({str(pdf)!r})
            print("ACCEPTED")
        except UserError as exc:
            print("REFUSED", exc)
        print("SECONDS", round(time.monotonic() - start, 1))
        print("PEAK_MB", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300,
                          cwd=Path(__file__).resolve().parents[2])  # fmt: skip
    out = done.stdout
    assert "REFUSED" in out and "page 1" in out, out + done.stderr
    peak = int(out.split("PEAK_MB")[1].split()[0])
    assert peak < 1024, out
