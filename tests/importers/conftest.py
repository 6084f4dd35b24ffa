"""Fixtures for the importer tests: the sample credential files and a trusted-keys directory."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "credentials"


def fixture(rel: str) -> Path:
    return FIXTURES / rel


def make_trusted_dir(root: Path) -> Path:
    """What the hosted URLs of the samples would return, saved locally."""
    root.mkdir(parents=True, exist_ok=True)
    for f in (FIXTURES / "ob2" / "assets").iterdir():
        shutil.copy(f, root / f.name)
    shutil.copy(FIXTURES / "ob3" / "bit-string-list_testlist", root / "testlist.json")
    shutil.copy(FIXTURES / "ob3" / "dcc-statuslist.json", root / "dcc-statuslist.json")
    index = {}
    for rel in ("ob3/bit-string-list_credential-status-revoked.json",):
        doc = json.loads(fixture(rel).read_text())
        index[doc["credentialStatus"]["statusListCredential"]] = "testlist.json"
    for rel in ("ob3/dcc-v2-eddsa-didkey-status.json", "ob3/dcc-v1-ed25519-status.json"):
        doc = json.loads(fixture(rel).read_text())
        index[doc["credentialStatus"]["statusListCredential"]] = "dcc-statuslist.json"
    (root / "index.json").write_text(json.dumps(index))
    return root


@pytest.fixture(scope="session")
def trusted_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_trusted_dir(tmp_path_factory.mktemp("trusted"))
