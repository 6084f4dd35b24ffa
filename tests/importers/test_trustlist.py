"""EU trusted lists saved as dated snapshots: an EDC seal whose CA a vouched-for national list names is confirmed by
"a qualified trust service of COUNTRY listed in TL as of DATE"; a list whose signature fails, or whose signer
nobody vouches for, is refused with one line naming the file. All lists are self-made (``trustlists.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization

from app.importers.credentials import inspect_bytes
from app.importers.credentials.trusted import load_trusted
from app.matching.policy import verification_level

from .trustlists import Service, certificate, new_key, scene, trusted_list

SCENE = scene()


def _folder(tmp_path: Path, files: dict[str, bytes]) -> Path:
    d = tmp_path / "trusted"
    d.mkdir()
    for name, data in files.items():
        (d / name).write_bytes(data)
    return d


def test_seal_chains_to_a_qualified_service_of_a_listed_country(tmp_path: Path) -> None:
    before = inspect_bytes(SCENE.sealed, name="edc.jsonld").verification
    assert before.status == "verified" and before.issuer_binding == "self-asserted"
    folder = _folder(tmp_path, SCENE.files)
    assets = load_trusted(folder)
    assert assets.problems == []
    assert [t.file for t in assets.trusted_lists] == ["eu-lotl.xml", "tl-de.xml"]
    rec = inspect_bytes(SCENE.sealed, name="edc.jsonld", trusted_keys=folder)
    v = rec.verification
    assert v.status == "verified" and v.issuer_binding == "confirmed", v.message
    assert "chains to a qualified trust service of Germany (DE)" in v.issuer_binding_by
    assert "listed in the trusted list of DE no. 42 as of 2026-11-02 (tl-de.xml)" in v.issuer_binding_by
    assert "qualified trust service of Germany (DE)" in v.message
    assert verification_level(v.status, False, v.issuer_binding) == "signature"


def test_withdrawn_service_does_not_confirm(tmp_path: Path) -> None:
    folder = _folder(tmp_path, SCENE.files)
    v = inspect_bytes(SCENE.sealed_withdrawn, name="edc.jsonld", trusted_keys=folder).verification
    assert v.status == "verified" and v.issuer_binding == "self-asserted"
    assert "status there is withdrawn since 2025-01-01" in v.issuer_binding_by
    assert verification_level(v.status, False, v.issuer_binding) != "signature"


def test_tampered_national_list_is_refused(tmp_path: Path) -> None:
    files = dict(SCENE.files)
    files["tl-de.xml"] = files["tl-de.xml"].replace(b"Old eSeal CA", b"Odd eSeal CA")
    folder = _folder(tmp_path, files)
    assets = load_trusted(folder)
    assert [t.file for t in assets.trusted_lists] == ["eu-lotl.xml"]
    assert any(p.startswith("tl-de.xml: the trusted list's signature does not verify") for p in assets.problems)
    v = inspect_bytes(SCENE.sealed, name="edc.jsonld", trusted_keys=folder).verification
    assert v.issuer_binding == "self-asserted"


@pytest.mark.parametrize("drop", ["lotl-signer.pem", "eu-lotl.xml"])
def test_list_whose_signer_nobody_vouches_for_is_refused(tmp_path: Path, drop: str) -> None:
    folder = _folder(tmp_path, {k: v for k, v in SCENE.files.items() if k != drop})
    assets = load_trusted(folder)
    assert "tl-de.xml" not in [t.file for t in assets.trusted_lists]
    line = next(p for p in assets.problems if p.startswith("tl-de.xml:"))
    assert "nothing vouches for its signer" in line and "\n" not in line
    assert inspect_bytes(SCENE.sealed, name="e", trusted_keys=folder).verification.issuer_binding == "self-asserted"


def test_national_list_signed_by_a_key_the_lotl_does_not_name(tmp_path: Path) -> None:
    key = new_key()
    impostor = (key, certificate("DE trusted list signer", key))
    qca_key = new_key()
    forged = trusted_list("DE", impostor, [Service("Forger Ltd", "Qualified eSeal CA", certificate("CA", qca_key,
                                                                                                   ca=True))])
    folder = _folder(tmp_path, {**SCENE.files, "tl-de.xml": forged})
    assets = load_trusted(folder)
    assert any(p.startswith("tl-de.xml:") and "nothing vouches" in p for p in assets.problems)
    assert not assets.listed


def test_lotl_pointing_elsewhere_does_not_vouch_for_another_country(tmp_path: Path) -> None:
    lotl = trusted_list("EU", (SCENE.lotl_key, SCENE.lotl_signer), [], lotl_pointers={"FR": SCENE.de_signer[1]})
    folder = _folder(tmp_path, {**SCENE.files, "eu-lotl.xml": lotl})
    assets = load_trusted(folder)
    assert [t.file for t in assets.trusted_lists] == ["eu-lotl.xml"]


def test_unsigned_or_foreign_xml_is_one_line(tmp_path: Path) -> None:
    folder = _folder(tmp_path, {
        "lotl-signer.pem": SCENE.lotl_signer.public_bytes(serialization.Encoding.PEM),
        "notes.xml": b"<notes><a/></notes>",
        "broken.xml": b"<TrustServiceStatusList",
        "unsigned.xml": SCENE.files["tl-de.xml"].split(b"<ds:Signature")[0] + b"</TrustServiceStatusList>",
    })  # fmt: skip
    problems = load_trusted(folder).problems
    by_file = {p.split(":", 1)[0]: p for p in problems}
    assert "not an ETSI TS 119 612 trusted list" in by_file["notes.xml"]
    assert "not well-formed" in by_file["broken.xml"]
    assert "is not signed" in by_file["unsigned.xml"]
    assert all("\n" not in p for p in problems)


def test_pdf_signature_chains_to_a_listed_ca(tmp_path: Path) -> None:
    """The pyHanko sample's signer (Alice) is issued by its Intermediate CA, which the PDF carries: a Belgian list
    naming that CA confirms the signature; without the list it stays self-asserted."""
    import io

    from cryptography import x509
    from pyhanko.pdf_utils.reader import PdfFileReader

    from .conftest import fixture

    data = fixture("pdf/pyhanko-pades-with-old-style-signing-cert-attr.pdf").read_bytes()
    signed_data = PdfFileReader(io.BytesIO(data)).embedded_signatures[0].signed_data
    certs = [x509.load_der_x509_certificate(c.chosen.dump()) for c in signed_data["certificates"]]
    intermediate = next(x for x in certs if "Intermediate CA" in x.subject.rfc4514_string())
    key = new_key()
    be_signer = (key, certificate("BE trusted list signer", key))
    lotl = trusted_list("EU", (SCENE.lotl_key, SCENE.lotl_signer), [], lotl_pointers={"BE": be_signer[1]})
    be = trusted_list("BE", be_signer, [Service("Example Inc", "Intermediate CA", intermediate)])
    before = inspect_bytes(data, name="p.pdf").verification
    assert before.status == "verified" and before.issuer_binding == "self-asserted"
    folder = _folder(tmp_path, {"lotl-signer.pem": SCENE.files["lotl-signer.pem"], "eu-lotl.xml": lotl,
                                "tl-be.xml": be})  # fmt: skip
    v = inspect_bytes(data, name="p.pdf", trusted_keys=folder).verification
    assert v.status == "verified" and v.issuer_binding == "confirmed", v.message
    assert "qualified trust service of Belgium (BE) (Intermediate CA of Example Inc)" in v.issuer_binding_by


def test_cli_names_a_refused_trusted_list(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import argparse

    from app.cli.inspect import run

    folder = _folder(tmp_path, {"tl-de.xml": SCENE.files["tl-de.xml"]})
    sealed = tmp_path / "sealed.jsonld"
    sealed.write_bytes(SCENE.sealed)
    rc = run(argparse.Namespace(files=[str(sealed)], json=True, trusted_keys=folder, applicant=[], max_mb=50.0))
    cap = capsys.readouterr()
    assert rc == 0
    lines = cap.err.strip().splitlines()
    assert len(lines) == 1 and "not used: tl-de.xml:" in lines[0] and "nothing vouches" in lines[0]
