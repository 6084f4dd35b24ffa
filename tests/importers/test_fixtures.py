"""Every sample file gives the verdict its provenance record expects (tests/fixtures/credentials/README.md)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.importers.credentials import inspect_file

from .conftest import FIXTURES, fixture

# file -> (format, status without trusted keys, status with the trusted-keys directory, check that must be present)
EXPECTED: dict[str, tuple[str | None, str, str, tuple[str, bool | None] | None]] = {
    # Open Badges 2.0: hosted badges need the network; signed ones need the issuer's hosted key.
    "ob2/baked_heart.png": ("openbadges-2.0", "unverifiable-offline", "unverifiable-offline", ("baked", True)),
    "ob2/baked_example.svg": ("openbadges-2.0", "unverifiable-offline", "unverifiable-offline", ("baked", True)),
    "ob2/simple-badge.png": (
        "openbadges-2.0",
        "unverifiable-offline",
        "unverifiable-offline",
        ("hosted-assertion", None),
    ),
    "ob2/basic-assertion.json": ("openbadges-2.0", "unverifiable-offline", "unverifiable-offline", None),
    "ob2/basic-assertion-expired.json": ("openbadges-2.0", "invalid", "invalid", ("expiry", False)),
    "ob2/basic-assertion-in-future.json": ("openbadges-2.0", "invalid", "invalid", ("issued-date", False)),
    "ob2/basic-assertion-invalid-context.json": ("openbadges-2.0", "invalid", "invalid", ("context", False)),
    "ob2/simple.jwt": ("openbadges-2.0", "unverifiable-offline", "verified", None),
    "ob2/simple-not-revoked.jwt": ("openbadges-2.0", "unverifiable-offline", "verified", None),
    "ob2/simple-revoked.jwt": ("openbadges-2.0", "unverifiable-offline", "invalid", None),
    # Open Badges 3.0
    "ob3/simple.json": ("openbadges-3.0", "verified", "verified", ("proof", True)),
    "ob3/simple-did-key-method.json": ("openbadges-3.0", "verified", "verified", ("proof", True)),
    "ob3/simple-noproof.json": ("openbadges-3.0", "invalid", "invalid", ("proof", False)),
    "ob3/simple-err-proof-value.json": ("openbadges-3.0", "invalid", "invalid", ("proof", False)),
    "ob3/simple-err-expired.json": ("openbadges-3.0", "invalid", "invalid", ("expiry", False)),
    "ob3/simple-err-issuer.json": ("openbadges-3.0", "invalid", "invalid", ("schema", False)),
    "ob3/simple-err-context.json": ("openbadges-3.0", "invalid", "invalid", ("context", False)),
    # key published online only; the file also says it expired in 2020, which alone makes it invalid
    "ob3/complete_v1.json": ("openbadges-3.0", "invalid", "invalid", ("proof", None)),
    "ob3/endorsement-valid.json": ("openbadges-3.0", "verified", "verified", ("proof", True)),
    "ob3/sd_derivedcredential.json": (
        "openbadges-3.0",
        "unverifiable-offline",
        "unverifiable-offline",
        ("proof", None),
    ),
    "ob3/bit-string-list_credential-status-revoked.json": ("openbadges-3.0", "verified", "invalid", ("proof", True)),
    "ob3/bit-string-list_testlist": ("w3c-vc", "verified", "verified", ("proof", True)),
    "ob3/baked/simple-json.png": ("openbadges-3.0", "verified", "verified", ("baked", True)),
    "ob3/baked/simple-jwt.png": ("openbadges-3.0", "verified", "verified", ("signature", True)),
    "ob3/baked/simple-jwt.svg": ("openbadges-3.0", "verified", "verified", ("signature", True)),
    "ob3/velocity.jwt": ("openbadges-3.0", "unverifiable-offline", "unverifiable-offline", ("signature", None)),
    "ob3/spec-ldp-test-vector-signed.json": ("openbadges-3.0", "verified", "verified", ("proof", True)),
    "ob3/dcc-v2-ed25519-didkey-nostatus.json": ("openbadges-3.0", "verified", "verified", ("proof", True)),
    "ob3/dcc-v2-eddsa-didkey-status.json": ("openbadges-3.0", "verified", "verified", ("proof", True)),
    "ob3/dcc-v1-ed25519-status.json": ("openbadges-3.0", "verified", "verified", ("proof", True)),
    "ob3/dcc-v2-bad-didweb.json": ("openbadges-3.0", "unverifiable-offline", "unverifiable-offline", ("proof", None)),
    "ob3/dcc-safemode-breaker.json": ("openbadges-3.0", "invalid", "invalid", ("proof", False)),
    "ob3/dcc-statuslist.json": ("w3c-vc", "verified", "verified", ("proof", True)),
    # CLR 2.0
    "clr2/simple.json": ("clr-2.0", "verified", "verified", ("proof", True)),
    "clr2/simple.jwt": ("clr-2.0", "verified", "verified", ("signature", True)),
    "clr2/complex.json": ("clr-2.0", "verified", "verified", ("proof", True)),
    "clr2/simple_old_safesigned.json": ("clr-2.0", "unverifiable-offline", "unverifiable-offline", ("proof", None)),
    "clr2/spec-clr-ldp-test-vector-signed.json": ("clr-2.0", "verified", "verified", ("proof", True)),
    # Europass
    "edc/elm3-Sample-MC-Annex1-signed.jsonld": ("edc-jsonld", "verified", "verified", ("signature", True)),
    "edc/elm3-Sample-CertOfPart-signed.jsonld": ("edc-jsonld", "verified", "verified", ("signature", True)),
    "edc/elmv2-xml-DiplomaSupplement-signed.xml": ("edc-xml", "verified", "verified", ("reference digests", True)),
    "edc/edci-v1-xml-generic-signed.xml": ("edc-xml", "invalid", "invalid", ("signature value", False)),
    "edc/edci-pilot2019-xml-signed.xml": ("edc-xml", "invalid", "invalid", ("signature value", False)),
    # upstream SHACL rejects this one; full SHACL validation is not done here (see the report), it stays unsigned
    "edc/edci-elm3-noLegalName-shouldFail.trimmed.jsonld": ("edc-jsonld", "unsigned", "unsigned", ("expiry", False)),
    "edc/edci-elm3-rich-unsigned.trimmed.jsonld": ("edc-jsonld", "unsigned", "unsigned", None),
    # PDF signatures
    "pdf/pyhanko-coverage-anomalies-base.pdf": ("pdf", "invalid", "invalid", ("signature", False)),
    "pdf/pyhanko-coverage-anomalies-tail-uncovered.pdf": ("pdf", "invalid", "invalid", ("signature coverage", False)),
    "pdf/pyhanko-coverage-anomalies-signature-gap-too-big.pdf": ("pdf", "invalid", "invalid", ("signature", False)),
    "pdf/pyhanko-pades-with-old-style-signing-cert-attr.pdf": ("pdf", "verified", "verified", ("signature", True)),
    "pdf/pyhanko-minimal-signed-twice-both-created.pdf": ("pdf", "verified", "verified", ("signature 2", True)),
    "pdf/edci-hello-world-empty-sigfield.pdf": ("pdf", "unsigned", "unsigned", None),
}

# Files that are not credentials at all: a failed record with a message.
NOT_CREDENTIALS = {
    "ob2/unbaked_example.svg": "no baked badge",
    "ob2/public_domain_heart.png": "no baked badge",
    "ob3/mynextid-ob3-microcredential-signed-BROKEN.jwt": "only a JOSE header",
}


def _check(rec: object, name: str) -> object:
    checks = rec.verification.checks  # type: ignore[attr-defined]
    found = [c for c in checks if c.name == name]
    assert found, f"no check named {name!r} in {[c.name for c in checks]}"
    return found[0]


@pytest.mark.parametrize("rel", sorted(EXPECTED))
def test_offline_verdict(rel: str) -> None:
    fmt, status, _, check = EXPECTED[rel]
    rec = inspect_file(fixture(rel))
    assert rec.error is None, rec.error
    assert rec.format == fmt
    assert rec.verification.status == status, rec.verification.message
    assert rec.verification.message
    if check is not None:
        assert _check(rec, check[0]).passed is check[1]  # type: ignore[attr-defined]


@pytest.mark.parametrize("rel", sorted(k for k, v in EXPECTED.items() if v[1] != v[2]))
def test_verdict_with_trusted_keys(rel: str, trusted_dir: Path) -> None:
    _, _, status, _ = EXPECTED[rel]
    rec = inspect_file(fixture(rel), trusted_keys=trusted_dir)
    assert rec.verification.status == status, rec.verification.message


def test_revoked_badge_reports_the_reason(trusted_dir: Path) -> None:
    rec = inspect_file(fixture("ob2/simple-revoked.jwt"), trusted_keys=trusted_dir)
    assert _check(rec, "revocation").passed is False  # type: ignore[attr-defined]
    assert "A good reason, for sure" in rec.verification.message


def test_bitstring_status_clear_is_reported(trusted_dir: Path) -> None:
    rec = inspect_file(fixture("ob3/dcc-v2-eddsa-didkey-status.json"), trusted_keys=trusted_dir)
    assert _check(rec, "revocation").passed is True  # type: ignore[attr-defined]


def test_wrong_key_in_trusted_dir_is_invalid(tmp_path: Path, trusted_dir: Path) -> None:
    import shutil

    bad = tmp_path / "bad"
    shutil.copytree(trusted_dir, bad)
    key1 = (bad / "key1.json").read_text()
    key2 = (bad / "key2.json").read_text()
    pem2 = key2.split('"publicKeyPem": "')[1].split('"')[0]
    pem1 = key1.split('"publicKeyPem": "')[1].split('"')[0]
    (bad / "key1.json").write_text(key1.replace(pem1, pem2))
    rec = inspect_file(fixture("ob2/simple.jwt"), trusted_keys=bad)
    assert rec.verification.status == "invalid"
    assert _check(rec, "signature").passed is False  # type: ignore[attr-defined]


def test_hosted_badge_message_says_what_to_check() -> None:
    rec = inspect_file(fixture("ob2/basic-assertion.json"))
    assert "https://example.org/beths-robotics-badge.json" in rec.verification.message
    assert "https://example.org/robotics-badge.json" in rec.verification.message


@pytest.mark.parametrize("rel", sorted(NOT_CREDENTIALS))
def test_not_a_credential(rel: str) -> None:
    rec = inspect_file(fixture(rel))
    assert rec.error is not None
    assert rec.error.startswith(str(fixture(rel)))
    assert NOT_CREDENTIALS[rel] in rec.error


def test_malformed_jwt_is_invalid() -> None:
    rec = inspect_file(fixture("ob3/mynextid-ob3-microcredential-signed-BROKEN.jwt"))
    assert rec.verification.status == "invalid"


SHARED = Path(os.environ.get("RD_SHARED_FIXTURES", str(Path(__file__).resolve().parents[3] / "shared" / "fixtures")))


@pytest.mark.skipif(not (SHARED / "MANIFEST.md").is_file(), reason="the shared sample folder is not beside the clone")
def test_shared_samples_never_crash() -> None:
    """Every file of the wider sample folder gives a record (no exception), each with a verdict."""
    files = [p for p in SHARED.rglob("*") if p.is_file() and "contexts" not in p.parts and p.suffix != ".md"]
    assert files
    for p in files:
        rec = inspect_file(p)
        assert rec.verification.status in ("verified", "invalid", "unverifiable-offline", "unsigned")
        if rec.error is None:
            assert rec.format is not None


def test_local_copies_match_the_table() -> None:
    listed = set(EXPECTED) | set(NOT_CREDENTIALS)
    present = {
        p.relative_to(FIXTURES).as_posix()
        for p in FIXTURES.rglob("*")
        if p.is_file() and p.suffix not in (".md", ".nq") and "assets" not in p.parts
    }
    assert present == listed


# Who vouches for the key, with the trusted-keys directory: only the Open Badges 2.0 keys saved there confirm the
# issuer; every other sample carries its key (did:key, multikey, JWK, certificate without a trusted anchor) itself.
CONFIRMED_WITH_TRUSTED = {"ob2/simple.jwt": "key1.json", "ob2/simple-not-revoked.jwt": "key2.json"}


@pytest.mark.parametrize("rel", sorted(EXPECTED))
def test_issuer_binding_of_every_sample(rel: str, trusted_dir: Path) -> None:
    bare = inspect_file(fixture(rel)).verification
    saved = inspect_file(fixture(rel), trusted_keys=trusted_dir).verification
    for v in (bare, saved):
        if v.status != "verified":
            assert v.issuer_binding == "none"
    if bare.status == "verified":
        assert bare.issuer_binding == "self-asserted", rel
    if rel in CONFIRMED_WITH_TRUSTED:
        assert saved.issuer_binding == "confirmed" and CONFIRMED_WITH_TRUSTED[rel] in saved.issuer_binding_by
    elif saved.status == "verified":
        assert saved.issuer_binding == "self-asserted", rel
