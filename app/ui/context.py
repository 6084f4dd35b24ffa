"""What every window needs: the database, the settings, the background task runner and who is working."""

from __future__ import annotations

from dataclasses import dataclass

from app.db import Database
from app.ui.settings import Settings
from app.ui.workers import TaskRunner


@dataclass
class AppContext:
    db: Database
    settings: Settings
    runner: TaskRunner

    @property
    def actor(self) -> str:
        return self.settings.officer_name
