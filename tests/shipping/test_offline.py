"""Offline guarantee: importing credentials, matching and exporting never touch the network.

Every way out of the machine that Python has (opening an internet socket, connecting, resolving a host name) is
replaced by a trap that records the attempt and raises. The test then imports the bundled sample credential and
the shared sample files (hosted badges, did:web issuers and online status lists among them: files that invite a
download), requests the demo programme's components, runs the matching, and exports the case report, the register
and the statistics. Any recorded attempt fails the test, even one the code caught and swallowed.
"""

from __future__ import annotations

import socket
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO_ROOT

SHARED_FIXTURES = REPO_ROOT.parent / "shared" / "fixtures"
SAMPLE = REPO_ROOT / "resources" / "selftest" / "sample-credential.json"


class NetworkAttempt(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Trap every network attempt; yields the list of attempts (empty when the code stayed offline)."""
    attempts: list[str] = []
    real_socket = socket.socket

    def trap(what: str) -> Any:
        def refuse(*args: Any, **kwargs: Any) -> Any:
            attempts.append(f"{what}{args[:2]!r}")
            raise NetworkAttempt(f"network access attempted: {what}{args[:2]!r}")
        return refuse

    class GuardedSocket(real_socket):  # type: ignore[valid-type,misc]  # the class saved before patching
        """Local (AF_UNIX) sockets stay allowed: they never leave the machine."""

        def __init__(self, family: Any = socket.AF_INET, *args: Any, **kwargs: Any) -> None:
            if family in (socket.AF_INET, socket.AF_INET6):
                attempts.append(f"socket({family!r})")
                raise NetworkAttempt(f"network socket opened: {family!r}")
            super().__init__(family, *args, **kwargs)

    monkeypatch.setattr(socket, "socket", GuardedSocket)
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr"):
        monkeypatch.setattr(socket, name, trap(f"socket.{name}"))
    yield attempts


def credential_files() -> list[Path]:
    files = [SAMPLE]
    if SHARED_FIXTURES.is_dir():
        files += sorted(p for p in SHARED_FIXTURES.rglob("*") if p.is_file() and p.suffix != ".md")
    return files


def test_the_trap_catches_a_download(no_network: list[str]) -> None:
    with pytest.raises(Exception):  # noqa: B017 - urllib wraps the trap's error in URLError
        urllib.request.urlopen("http://example.org/badge.json", timeout=5)
    assert no_network, "the trap did not see the connection attempt"


def test_import_match_and_export_stay_offline(no_network: list[str], demo_db: Any, tmp_path: Path) -> None:
    from sqlalchemy import select

    from app.models import Case
    from app.services import decisions, reports
    from app.services.evidence import import_files

    db = demo_db
    with db.read() as session:
        case_id = session.execute(select(Case.id).where(Case.reg_no == "RD-DEMO-002")).scalar_one()

    files = credential_files()
    summary = import_files(db, "officer", case_id, files)
    assert summary.imported + summary.failed + summary.duplicates == len(files)
    assert summary.imported >= min(len(files), 40)  # most sample files are readable credentials

    components = decisions.requestable_components(db, case_id)
    assert components
    decisions.request_components(db, "officer", case_id, [c.id for c in components[:4]])
    matched = decisions.run_matching(db, "officer", case_id)
    assert matched.lines == min(len(components), 4) and matched.pairs > 0

    reports.export_case_report(db, "RD-DEMO-002", tmp_path / "case.xlsx", lang="uk")
    reports.export_register(db, tmp_path / "register.xlsx")
    reports.export_statistics(db, tmp_path / "statistics.xlsx")
    for name in ("case.xlsx", "register.xlsx", "statistics.xlsx"):
        assert (tmp_path / name).stat().st_size > 0

    assert not no_network, f"network access attempted: {no_network}"
