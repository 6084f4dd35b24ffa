"""The PyInstaller spec and the Windows installer scripts bundle what the application needs at run time.

PyInstaller only follows import statements. Alembic runs app/migrations/env.py and versions/*.py from files, the
CLI and the main window import their modules by name, and resources/ is read from disk: these tests fail when the
spec would leave any of that out. When a build exists (installer/build.sh), it is checked too.
"""

from __future__ import annotations

import ast
import importlib.util
import os
import re
import shutil
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest

import app
from tests.conftest import REPO_ROOT

SPEC = REPO_ROOT / "installer" / "recognition_desk.spec"
NSI = REPO_ROOT / "installer" / "recognition-desk.nsi"
ISS = REPO_ROOT / "installer" / "recognition-desk.iss"
MIGRATIONS = REPO_ROOT / "app" / "migrations"
DIST = REPO_ROOT / "dist" / "RecognitionDesk"


def spec_helpers() -> dict[str, Any]:
    """The spec's own ``imports_of`` (how it derives the migrations' hidden imports), run without PyInstaller."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    functions: list[ast.stmt] = [node for node in tree.body if isinstance(node, ast.FunctionDef)]
    namespace: dict[str, Any] = {"ast": ast, "importlib": importlib}
    exec(compile(ast.Module(body=functions, type_ignores=[]), str(SPEC), "exec"), namespace)  # noqa: S102
    return namespace


def migration_scripts() -> list[Path]:
    return [MIGRATIONS / "env.py", *sorted((MIGRATIONS / "versions").glob("*.py"))]


def top_level_imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_spec_is_a_one_folder_build_of_two_programs() -> None:
    text = SPEC.read_text(encoding="utf-8")
    assert "exclude_binaries=True" in text and "COLLECT(" in text, "one-folder build (EXE + COLLECT) expected"
    assert re.search(r"EXE\(.*console=False", text) and re.search(r"EXE\(.*console=True", text)
    assert "upx=False" in text


def test_spec_ships_the_migration_scripts_as_data() -> None:
    text = SPEC.read_text(encoding="utf-8")
    assert '(str(MIGRATIONS / "env.py"), "app/migrations")' in text
    assert '"script.py.mako"' in text
    assert '(MIGRATIONS / "versions").glob("*.py")' in text and '"app/migrations/versions"' in text


@pytest.mark.parametrize("script", migration_scripts(), ids=lambda p: p.name)
def test_every_import_of_the_migration_scripts_is_a_hidden_import(script: Path) -> None:
    hidden = spec_helpers()["imports_of"](script)
    missing = top_level_imports(script) - hidden
    assert not missing, f"{script.name} imports {sorted(missing)}, which the spec would not bundle"
    if script.name == "env.py":
        assert {"alembic.context", "app.models", "app.models.base"} <= hidden


def test_spec_collects_dynamically_imported_modules_and_resources() -> None:
    text = SPEC.read_text(encoding="utf-8")
    for needle in ('collect_submodules("app")', 'collect_submodules("alembic")',
                   'collect_submodules("sqlalchemy.dialects.sqlite")', 'collect_data_files("simplemma")',
                   'collect_data_files("pdfminer")', 'collect_dynamic_libs("pymupdf")', '(ROOT / "resources").rglob',
                   'collect_submodules("pyhanko"', 'collect_submodules("pyhanko_certvalidator"',
                   'collect_submodules("joserfc")', '"xmlsec", "lxml.etree"',
                   '"-m", "app.matching.lemma_cache", str(LEMMAS)', '"resources/lemmas")'):
        assert needle in text, f"the spec no longer has {needle}"


def test_modules_loaded_by_name_are_inside_the_app_package() -> None:
    """COMMAND_MODULES are imported with importlib; collect_submodules('app') covers them."""
    from app.cli import COMMAND_MODULES

    assert all(name.startswith("app.") for name in COMMAND_MODULES)


def test_resources_needed_at_run_time_exist() -> None:
    for parts in (("contexts", "index.json"), ("glossary", "glossary.tsv"), ("demo", "programme.json"),
                  ("selftest", "sample-credential.json"), ("i18n", "recognition_desk_uk.qm"),
                  ("i18n", "recognition_desk_en.qm"), ("i18n", "recognition_desk_uk.ts")):
        assert (REPO_ROOT / "resources").joinpath(*parts).is_file(), parts


@pytest.mark.skipif(not (DIST / "_internal").is_dir(), reason="no frozen build (installer/build.sh)")
def test_an_existing_build_holds_the_current_migrations_and_translations() -> None:
    internal = DIST / "_internal"
    for script in migration_scripts():
        bundled = internal / script.relative_to(REPO_ROOT)
        assert bundled.is_file(), f"{bundled} missing: rebuild with installer/build.sh"
    assert (internal / "resources" / "i18n" / "recognition_desk_uk.qm").is_file()
    assert (internal / "PySide6" / "Qt" / "plugins" / "platforms").is_dir()


# --- Windows installer scripts --------------------------------------------------------------------------------
def test_installers_are_per_user_and_keep_the_user_data() -> None:
    nsi, iss = NSI.read_text(encoding="utf-8"), ISS.read_text(encoding="utf-8")
    assert "RequestExecutionLevel user" in nsi and "PrivilegesRequired=lowest" in iss
    assert '$LOCALAPPDATA\\Programs\\${APP_NAME}' in nsi and "{localappdata}\\Programs\\" in iss
    # The uninstaller deletes the installed files by name; nothing touches the data folder.
    uninstall = nsi[nsi.index('Section "Uninstall"'):]
    assert 'RMDir /r "$INSTDIR"' not in uninstall and "RMDir /r \"$LOCALAPPDATA" not in uninstall
    assert "$APPDATA" not in uninstall
    assert not re.search(r"^\[UninstallDelete\]", iss, re.M)
    # File associations are optional and off by default.
    assert re.search(r"Section /o .*SEC_ASSOC", nsi) and "Flags: unchecked" in iss


def test_installer_versions_follow_the_application() -> None:
    """The version has one home (app.__version__): the installer scripts carry none and refuse to build without
    one; the build script passes the application's."""
    for path in (NSI, ISS):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r'define VERSION "', text), f"{path.name} defines its own VERSION"
        assert re.search(r"[!#]error", text), f"{path.name} builds without a VERSION"
    build = (REPO_ROOT / "installer" / "build.sh").read_text(encoding="utf-8")
    assert 'import app; print(app.__version__)' in build and '-DVERSION="$version"' in build


def test_user_data_lives_outside_the_install_folder() -> None:
    """The uninstaller keeps %LOCALAPPDATA%\\RecognitionDesk; app.paths must put the data there (platformdirs)."""
    from app import paths

    assert paths.APP_NAME == "RecognitionDesk" and paths.APP_AUTHOR == "RecognitionDesk"
    assert "$LOCALAPPDATA\\${APP_ID}" in NSI.read_text(encoding="utf-8")


@pytest.mark.skipif(shutil.which("makensis") is None, reason="makensis (apt-get install nsis) not installed")
def test_nsis_script_compiles(tmp_path: Path) -> None:
    stub = tmp_path / "RecognitionDesk"
    (stub / "_internal").mkdir(parents=True)
    for name in ("RecognitionDesk.exe", "recognition-desk-cli.exe", "_internal/base_library.zip"):
        (stub / name).write_bytes(b"stub")
    result = subprocess.run(["makensis", "-V2", f"-DVERSION={app.__version__}", f"-DSOURCE_DIR={stub}",
                             f"-DOUT_DIR={tmp_path}", str(NSI)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "warning" not in (result.stdout + result.stderr).lower()
    setup = tmp_path / f"RecognitionDesk-{app.__version__}-setup.exe"
    assert setup.read_bytes()[:2] == b"MZ"


def _wine64() -> str | None:
    found = shutil.which("wine64")
    return found or ("/usr/lib/wine/wine64" if Path("/usr/lib/wine/wine64").exists() else None)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("makensis") is None or _wine64() is None,
                    reason="needs makensis and wine64 (apt-get install nsis wine64)")
def test_installer_installs_per_user_and_uninstalls_keeping_the_user_data(tmp_path: Path) -> None:
    """Run the real installer and uninstaller (silently, under Wine) against a stub program folder."""
    stub = tmp_path / "RecognitionDesk"
    (stub / "_internal").mkdir(parents=True)
    for name in ("RecognitionDesk.exe", "recognition-desk-cli.exe", "_internal/base_library.zip"):
        (stub / name).write_bytes(b"stub")
    subprocess.run(["makensis", "-V1", f"-DVERSION={app.__version__}", f"-DSOURCE_DIR={stub}",
                    f"-DOUT_DIR={tmp_path}", str(NSI)], check=True, capture_output=True, timeout=120)
    wine = str(_wine64())
    env = {**os.environ, "WINEPREFIX": str(tmp_path / "prefix"), "WINEDEBUG": "-all",
           "WINEDLLOVERRIDES": "mscoree,mshtml=", "DISPLAY": ""}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([wine, *args], env=env, capture_output=True, text=True, timeout=120)

    def registry(key: str) -> str:
        return run("reg", "query", key).stdout

    run("wineboot", "--init")
    users = tmp_path / "prefix" / "drive_c" / "users"
    assert run(str(tmp_path / f"RecognitionDesk-{app.__version__}-setup.exe"), "/S", "/ASSOC").returncode == 0
    local = next(users.glob("*/AppData/Local/Programs")).parent
    program = local / "Programs" / "Recognition Desk"
    assert (program / "RecognitionDesk.exe").is_file() and (program / "_internal" / "base_library.zip").is_file()
    assert list(users.glob("*/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Recognition Desk.lnk"))
    assert "DisplayVersion" in registry(r"HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\RecognitionDesk")
    assert 'gui --open "%1"' in registry(r"HKCU\Software\Classes\RecognitionDesk.Credential\shell\open\command")

    data = local / "RecognitionDesk" / "RecognitionDesk"  # platformdirs' user data folder on Windows
    data.mkdir(parents=True)
    (data / "recognition-desk.sqlite3").write_bytes(b"the committee's decisions")
    (program / "my-notes.txt").write_text("not ours")
    assert run(str(program / "uninstall.exe"), "/S").returncode == 0
    deadline = time.monotonic() + 30  # the uninstaller finishes from a copy of itself
    while (program / "RecognitionDesk.exe").exists() and time.monotonic() < deadline:
        time.sleep(0.5)
    assert not (program / "RecognitionDesk.exe").exists() and not (program / "_internal").exists()
    assert (program / "my-notes.txt").exists(), "the uninstaller removed a file it did not install"
    assert (data / "recognition-desk.sqlite3").read_bytes() == b"the committee's decisions"
    assert not list(users.glob("*/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Recognition Desk.lnk"))
    assert "DisplayVersion" not in registry(r"HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\RecognitionDesk")
    assert "RecognitionDesk.Credential" not in registry(r"HKCU\Software\Classes\.pdf\OpenWithProgids")
