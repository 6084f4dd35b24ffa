"""A certificate whose name is not valid text (a TeletexString holding a Latin-1 byte, as some old CAs wrote names)
is refused where certificates are read, with its reason — never an exception later, where the name is first shown
or compared (the X.509 reader parses names only when asked for them)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from cryptography import x509
from pyhanko.pdf_utils.reader import PdfFileReader

from app.importers.credentials.trusted import load_trusted
from app.importers.credentials.x509trust import certificate_from_der

from .conftest import fixture
from .odd_certificates import with_unreadable_common_name


def _certificate_with_unreadable_name() -> bytes:
    data = fixture("pdf/pyhanko-pades-with-old-style-signing-cert-attr.pdf").read_bytes()
    carried = PdfFileReader(io.BytesIO(data)).embedded_signatures[0].signed_data["certificates"]
    intermediate = next(c.chosen for c in carried if "Intermediate CA" in c.chosen.subject.human_friendly)
    return with_unreadable_common_name(intermediate)


def test_the_reader_refuses_a_name_that_is_not_text() -> None:
    der = _certificate_with_unreadable_name()
    lazy = x509.load_der_x509_certificate(der)  # the structure reads...
    with pytest.raises(ValueError):
        lazy.subject  # noqa: B018 - ...the name only when asked for
    with pytest.raises(ValueError):
        certificate_from_der(der)


def test_a_saved_certificate_with_an_unreadable_name_is_one_problem_line(tmp_path: Path) -> None:
    (tmp_path / "old-ca.der").write_bytes(_certificate_with_unreadable_name())
    assets = load_trusted(tmp_path)
    assert assets.certificates == []
    assert assets.problems == [
        "old-ca.der: a name in the certificate is not valid text (some old certification authorities wrote names "
        "that way): the certificate cannot be used"
    ]
