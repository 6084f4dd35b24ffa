"""``main.py --selftest`` passes from source, and a broken installation fails it with a clear message."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO_ROOT


def test_selftest_passes_from_source(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", RD_DATA_DIR=str(tmp_path / "user"))
    result = subprocess.run([sys.executable, "main.py", "--selftest"], cwd=REPO_ROOT, env=env, capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "selftest passed" in result.stdout and "FAIL" not in result.stdout
    for step in ("imports", "database migration", "credential import", "matching", "Excel export", "main window"):
        assert f"ok   {step}" in result.stdout, f"step {step!r} missing:\n{result.stdout}"
    # Nothing of the user's was touched: the self-test works in a temporary folder.
    assert not (tmp_path / "user" / "recognition-desk.sqlite3").exists()


def test_selftest_names_what_is_missing(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
                                        qapp: Any) -> None:
    from app.cli import selftest

    monkeypatch.setattr(selftest, "SAMPLE_CREDENTIAL", ("selftest", "no-such-credential.json"))
    assert selftest.run() == 1
    out = capsys.readouterr().out
    assert "FAIL resources: bundled resources missing:" in out and "no-such-credential.json" in out
    assert "FAIL credential import: " in out and "no-such-credential.json: the file does not exist" in out
    assert "selftest FAILED: 3 of 10 steps failed (resources, credential import, matching)" in out
    assert "Traceback" not in out


def test_selftest_subcommand_and_flag_are_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    from app.cli import main, selftest

    calls: list[object] = []

    def run(args: object = None) -> int:
        calls.append(args)
        return 0

    monkeypatch.setattr(selftest, "run", run)
    assert main(["--selftest"]) == 0 and main(["selftest"]) == 0
    assert len(calls) == 2


def test_a_frozen_build_without_its_lemma_dictionaries_fails(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from app.cli import selftest
    from app.matching import lemma_cache

    monkeypatch.setattr(lemma_cache, "bundled_folder", lambda: tmp_path)
    with pytest.raises(selftest.SelftestFailure, match=r"lemmatiser dictionary .*en-simplemma-.* not usable"):
        selftest.check_bundled_lemmas()
    for lang in ("en", "uk"):
        lemma_cache.write_atomically(tmp_path / lemma_cache.file_name(lang), lemma_cache.encode({"a": "b"}.items()))
    selftest.check_bundled_lemmas()


def test_selftest_finds_a_damaged_dictionary_of_other_languages(monkeypatch: pytest.MonkeyPatch,
                                                                tmp_path: Path) -> None:
    from app import paths
    from app.cli import selftest

    damaged = tmp_path / "dictionary_other_en.tsv"
    damaged.write_text("concept\ten\tlang\tterms\tcategory\nwn:1-n\talgorithm\tes\n", encoding="utf-8")
    real = paths.resource
    monkeypatch.setattr(paths, "resource",
                        lambda *parts: damaged if parts[-1:] == ("dictionary_other_en.tsv",) else real(*parts))
    with pytest.raises(selftest.SelftestFailure, match=r"other languages' dictionary damaged: .*line 2"):
        selftest.Steps(tmp_path).resources()
