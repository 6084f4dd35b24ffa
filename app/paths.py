"""Where the application keeps its files: one place for every path.

User data (database, evidence store, backups) lives in the platform's user data directory; settings in the
user config directory; logs in the user log directory; files made again when missing in the user cache directory.
Bundled resources are found next to the package, or inside the frozen bundle when the application runs from the
installer build.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import platformdirs

APP_NAME = "RecognitionDesk"
APP_AUTHOR = "RecognitionDesk"


def _dirs() -> platformdirs.PlatformDirs:
    import platformdirs

    return platformdirs.PlatformDirs(APP_NAME, APP_AUTHOR)


def _override(env: str) -> Path | None:
    value = os.environ.get(env)
    return Path(value) if value else None


def data_dir() -> Path:
    """User data directory (database, evidence files, backups). ``RD_DATA_DIR`` overrides it (tests, portable use)."""
    path = _override("RD_DATA_DIR") or Path(_dirs().user_data_dir)
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    path = _override("RD_CONFIG_DIR") or (_override("RD_DATA_DIR") or Path(_dirs().user_config_dir))
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    path = _override("RD_LOG_DIR") or (_override("RD_DATA_DIR") or Path(_dirs().user_log_dir))
    path.mkdir(parents=True, exist_ok=True)
    return path


def cache_dir() -> Path:
    """Files the application can make again from what it ships (the lemmatiser's fast-loading dictionaries).
    ``RD_CACHE_DIR`` overrides it; with ``RD_DATA_DIR`` set it is a folder inside the data directory."""
    data = _override("RD_DATA_DIR")
    path = _override("RD_CACHE_DIR") or (data / "cache" if data else Path(_dirs().user_cache_dir))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return data_dir() / "recognition-desk.sqlite3"


def default_database_url() -> str:
    return "sqlite:///" + default_database_path().as_posix()


def evidence_store_dir() -> Path:
    path = data_dir() / "evidence"
    path.mkdir(parents=True, exist_ok=True)
    return path


def trusted_dir() -> Path:
    """The trusted-keys directory the GUI uses unless the settings name another (keys, certificates, saved DID
    documents, registry and trusted-list snapshots)."""
    path = data_dir() / "trusted"
    path.mkdir(parents=True, exist_ok=True)
    return path


def backup_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


@cache
def resources_dir() -> Path:
    """The bundled ``resources`` folder (source checkout or PyInstaller bundle)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
