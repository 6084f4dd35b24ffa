"""What every window needs: the database, the settings, the background task runner and who is working."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.ui.settings import Settings
from app.ui.workers import TaskRunner

if TYPE_CHECKING:
    from app.services.database import Database


class AppContext:
    def __init__(self, settings: Settings, runner: TaskRunner, db: Database | None = None) -> None:
        self.settings = settings
        self.runner = runner
        self._db = db

    @property
    def has_db(self) -> bool:
        return self._db is not None

    @property
    def db(self) -> Database:
        if self._db is None:
            raise RuntimeError("The database is not open yet")
        return self._db

    @db.setter
    def db(self, value: Database) -> None:
        self._db = value

    @property
    def actor(self) -> str:
        """The signed-in account, or in single-user mode the officer's name from the settings."""
        identity = self._db.identity if self._db is not None else None
        return identity.username if identity is not None else self.settings.officer_name
