"""The trusted store as the officer manages it (Tools ▸ Trusted store): the snapshots with their age, a warning when
one is older than the policy profile allows, import that refuses what the store cannot use, removal to ``removed/``."""

from __future__ import annotations

import json
import os
import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization

from app.domain.policy_rules import PolicyRules
from app.errors import UserError
from app.importers.credentials import inspect_bytes
from app.services.trust import import_file, list_store, remove_file

from .trustlists import scene

SCENE = scene()
TODAY = date(2026, 12, 2)
REGISTRY = {"meta": {"name": "DCC Sandbox Registry", "updated": "2025-06-01T00:00:00Z"},
            "registry": {"did:key:z6MkExample": {"name": "Example College"}}}  # fmt: skip
DID_DOC = {"id": "did:web:college.example", "verificationMethod": [
    {"id": "#key-1", "type": "Multikey", "publicKeyMultibase": "z6MkExample"}]}  # fmt: skip


def _source(tmp_path: Path) -> Path:
    src = tmp_path / "downloads"
    src.mkdir()
    for name, data in SCENE.files.items():
        (src / name).write_bytes(data)
    (src / "dcc-registry.json").write_text(json.dumps(REGISTRY), encoding="utf-8")
    (src / "college-did.json").write_text(json.dumps(DID_DOC), encoding="utf-8")
    return src


def _filled(tmp_path: Path) -> Path:
    src, store = _source(tmp_path), tmp_path / "store"
    for name in ("lotl-signer.pem", "eu-lotl.xml", "tl-de.xml", "dcc-registry.json", "college-did.json"):
        import_file(store, src / name)
    return store


def test_store_lists_every_snapshot_with_its_age(tmp_path: Path) -> None:
    store = _filled(tmp_path)
    rows, problems = list_store(store, max_age_days=365, today=TODAY)
    assert problems == []
    by_file = {r.file: r for r in rows}
    assert [r.kind for r in rows][:3] == ["lotl", "trusted-list", "registry"]
    assert by_file["eu-lotl.xml"].date == "2026-10-15" and by_file["eu-lotl.xml"].age_days == 48
    assert by_file["tl-de.xml"].age_days == 30 and by_file["tl-de.xml"].next_update == "2027-05-02"
    assert by_file["dcc-registry.json"].age_days == 549 and by_file["dcc-registry.json"].too_old
    assert by_file["college-did.json"].kind == "did-document" and by_file["college-did.json"].name == DID_DOC["id"]
    assert by_file["lotl-signer.pem"].kind == "certificate" and not by_file["lotl-signer.pem"].stale
    assert [r.file for r in rows if r.stale] == ["dcc-registry.json"]
    # a stricter profile flags the lists too; the DID document speaks for the day it was saved
    rows, _ = list_store(store, max_age_days=20, today=TODAY)
    assert {r.file for r in rows if r.too_old} == {"eu-lotl.xml", "tl-de.xml", "dcc-registry.json"}
    # past the list's own next update
    rows, _ = list_store(store, max_age_days=3650, today=date(2027, 6, 1))
    de = next(r for r in rows if r.file == "tl-de.xml")
    assert de.overdue and de.stale and not de.too_old


def test_profile_default_and_bounds() -> None:
    assert PolicyRules().max_snapshot_age_days == 365
    assert PolicyRules.from_dict({"max_snapshot_age_days": 90.0}).max_snapshot_age_days == 90
    with pytest.raises(ValueError, match="maximum age of a trust snapshot"):
        PolicyRules(max_snapshot_age_days=0)


def test_import_refuses_what_the_store_cannot_use_and_leaves_nothing(tmp_path: Path) -> None:
    src, store = _source(tmp_path), tmp_path / "store"
    # a national list before the LOTL that vouches for it
    with pytest.raises(UserError, match=r"^tl-de\.xml: .*nothing vouches for its signer"):
        import_file(store, src / "tl-de.xml")
    assert not (store / "tl-de.xml").exists()
    tampered = src / "tampered.xml"
    tampered.write_bytes(SCENE.files["tl-de.xml"].replace(b"Qualified eSeal CA", b"Qualified eSeal CB"))
    with pytest.raises(UserError, match=r"^tampered\.xml: the trusted list's signature does not verify"):
        import_file(store, tampered)
    notes = src / "notes.txt"
    notes.write_text("hello", encoding="utf-8")
    with pytest.raises(UserError, match=r"^notes\.txt: not a trusted list"):
        import_file(store, notes)
    import_file(store, src / "lotl-signer.pem")
    with pytest.raises(UserError, match="already in the trusted store"):
        import_file(store, src / "lotl-signer.pem")
    assert sorted(p.name for p in store.iterdir()) == ["lotl-signer.pem"]


def test_removal_moves_the_file_aside_and_verdicts_follow(tmp_path: Path) -> None:
    store = _filled(tmp_path)
    v = inspect_bytes(SCENE.sealed, name="e.jsonld", trusted_keys=store).verification
    assert v.issuer_binding == "confirmed"
    dest = remove_file(store, "eu-lotl.xml")
    assert dest.parent.name == "removed" and dest.read_bytes() == SCENE.files["eu-lotl.xml"]
    rows, problems = list_store(store, max_age_days=365, today=TODAY)
    assert "eu-lotl.xml" not in {r.file for r in rows} and "tl-de.xml" not in {r.file for r in rows}
    assert any(p.startswith("tl-de.xml:") for p in problems)
    v = inspect_bytes(SCENE.sealed, name="e.jsonld", trusted_keys=store).verification
    assert v.issuer_binding == "self-asserted"
    with pytest.raises(UserError, match="not in the trusted store"):
        remove_file(store, "../outside.json")


def test_a_removed_file_is_not_served_from_the_cache(tmp_path: Path) -> None:
    store = tmp_path / "store"
    store.mkdir()
    (store / "a.pem").write_bytes(SCENE.lotl_signer.public_bytes(serialization.Encoding.PEM))
    (store / "b.json").write_text(json.dumps(REGISTRY), encoding="utf-8")
    later = time.time() + 5
    os.utime(store / "b.json", (later, later))  # b is the newest file: removing a leaves the newest time as it was
    assert len(list_store(store, max_age_days=365)[0]) == 2
    (store / "a.pem").unlink()
    assert [r.file for r in list_store(store, max_age_days=365)[0]] == ["b.json"]


def _cell(dialog: Any, row: int, column: int) -> str:
    item = dialog.table.item(row, column)
    return str(item.text()) if item is not None else ""


def test_trust_dialog_lists_warns_imports_and_removes(qtbot: Any, tmp_path: Path, monkeypatch: Any) -> None:
    from PySide6.QtWidgets import QMessageBox

    from app.ui.trust_view import TrustDialog

    src, store = _source(tmp_path), tmp_path / "store"
    dialog = TrustDialog(store, 365, "“Default v1”", today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0 and dialog.warning.isHidden()
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    dialog.import_paths([src / "tl-de.xml"])  # refused: no LOTL yet
    assert warnings and warnings[0].startswith("tl-de.xml:") and dialog.table.rowCount() == 0
    dialog.import_paths([src / n for n in ("lotl-signer.pem", "eu-lotl.xml", "tl-de.xml", "dcc-registry.json")])
    assert len(warnings) == 1
    texts = [[_cell(dialog, r, c) for c in range(6)] for r in range(dialog.table.rowCount())]
    kinds = [t[0] for t in texts]
    assert kinds[:3] == [dialog.kind_label("lotl"), dialog.kind_label("trusted-list"), dialog.kind_label("registry")]
    registry = next(t for t in texts if t[4] == "dcc-registry.json")
    assert registry[1] == "DCC Sandbox Registry" and "older than the policy profile allows" in registry[5]
    assert not dialog.warning.isHidden() and "1 entry" in dialog.warning.text()
    assert "365" in dialog.limit_label.text() and "Default v1" in dialog.limit_label.text()
    # removing the LOTL: the national list it vouched for is listed among the files the store does not use
    dialog.table.selectRow(0)
    dialog.remove_selected(confirm=False)
    assert "eu-lotl.xml" not in [_cell(dialog, r, 4) for r in range(dialog.table.rowCount())]
    assert not dialog.problems.isHidden() and "tl-de.xml" in dialog.problems.text()


def test_evidence_imported_in_the_gui_uses_the_trusted_store(qtbot: Any, tmp_path: Path, demo_db: Any,
                                                             monkeypatch: Any) -> None:
    from PySide6.QtCore import QSettings

    from app.services import evidence as evidence_service
    from app.ui.context import AppContext
    from app.ui.main_window import MainWindow
    from app.ui.settings import Settings
    from app.ui.workers import TaskRunner

    store = _filled(tmp_path)
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(AppContext(settings=settings, runner=TaskRunner(), db=demo_db))
    qtbot.addWidget(window)
    assert window.trusted_folder().name == "trusted"  # the default folder in the user data directory
    settings.trusted_folder = str(store)
    assert window.trusted_folder() == store
    seen: dict[str, Any] = {}

    def spy(*args: Any, **kwargs: Any) -> Any:
        seen.update(kwargs)
        raise UserError("stopped after the call was seen")

    monkeypatch.setattr(evidence_service, "import_files", spy)
    errors: list[str] = []
    monkeypatch.setattr(window, "show_error", errors.append)
    qtbot.waitUntil(lambda: hasattr(window, "evidence"), timeout=10000)
    monkeypatch.setattr(window.evidence, "current_case_id", lambda: 1)
    window.evidence.import_paths([tmp_path / "sealed.jsonld"])
    qtbot.waitUntil(lambda: bool(errors), timeout=10000)
    window.ctx.runner.wait()
    assert seen.get("trusted_keys") == store
