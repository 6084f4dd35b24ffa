"""Rule: element 13 (supervision and identity check) takes the four EU values where the source says which;
element 15 says stand-alone or stackable, never "full qualification"."""

from __future__ import annotations

import pytest

from app.importers.credentials.record import SUPERVISION_VALUES, CredentialRecord, eu_supervision


@pytest.mark.parametrize(("text", "value"), [
    ("Unsupervised without ID Verification", SUPERVISION_VALUES[0]),
    ("Supervised without ID verification", SUPERVISION_VALUES[1]),
    ("Final exam: supervised online, identity checked", SUPERVISION_VALUES[2]),
    ("Proctored exam on-site with ID verification", SUPERVISION_VALUES[3]),
    ("Іспит під наглядом, онлайн, з перевіркою особи", SUPERVISION_VALUES[2]),
    ("The exam was supervised", None),
])
def test_supervision_maps_to_the_eu_values(text: str, value: str | None) -> None:
    assert eu_supervision(text) == value
    record = CredentialRecord(file="x")
    record.set("supervision", text, "/x")
    assert record.value("supervision") == (value or text)


def test_a_stand_alone_edc_credential_is_not_called_a_full_qualification() -> None:
    from app.importers.credentials import inspect_file
    from tests.importers.test_elements import fixture  # the ELM 3 sample of the importer tests

    record = inspect_file(fixture("edc/elm3-Sample-MC-Annex1-signed.jsonld"))
    value = str(record.value("stackability") or "")
    assert value.startswith("stand-alone") and "full qualification" not in value
