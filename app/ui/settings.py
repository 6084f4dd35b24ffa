"""User settings, stored as an INI file in the user config folder (readable and easy to back up)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSettings

_SPLITTERS = "ui/splitter/"  # the settings' group of the windows' divisions, a key per splitter


def open_settings() -> QSettings:
    from app import paths

    return QSettings(str(paths.config_dir() / "settings.ini"), QSettings.Format.IniFormat)


class Settings:
    """Typed access to the few settings the application keeps."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.qs = qsettings or open_settings()

    def _get(self, key: str, default: Any) -> Any:
        value = self.qs.value(key, default)
        return default if value is None else value

    @property
    def language(self) -> str:
        """'uk', 'en' or 'system'."""
        return str(self._get("ui/language", "system"))

    @language.setter
    def language(self, value: str) -> None:
        self.qs.setValue("ui/language", value)

    @property
    def officer_name(self) -> str:
        """The name recorded as the actor in single-user mode; empty until the officer gives it (never the
        operating-system login, which on a shared PC is not a person)."""
        return str(self._get("user/officer_name", "")).strip()

    @officer_name.setter
    def officer_name(self, value: str) -> None:
        self.qs.setValue("user/officer_name", value)

    @property
    def database_url(self) -> str:
        return str(self._get("database/url", ""))

    @database_url.setter
    def database_url(self, value: str) -> None:
        self.qs.setValue("database/url", value)

    @property
    def last_folder(self) -> str:
        return str(self._get("ui/last_folder", ""))

    @last_folder.setter
    def last_folder(self, value: str) -> None:
        self.qs.setValue("ui/last_folder", value)

    @property
    def trusted_folder(self) -> str:
        """The trusted-keys directory (keys, certificates, DID documents, registry and trusted-list snapshots);
        empty for the default folder in the user data directory."""
        return str(self._get("trust/folder", ""))

    @trusted_folder.setter
    def trusted_folder(self, value: str) -> None:
        self.qs.setValue("trust/folder", value)

    def splitter_state(self, name: str) -> QByteArray | None:
        """How the officer last divided a window's splitter ``name`` (None until they moved it)."""
        value = self.qs.value(_SPLITTERS + name)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_splitter_state(self, name: str, state: QByteArray) -> None:
        self.qs.setValue(_SPLITTERS + name, state)

    def sync(self) -> None:
        self.qs.sync()
