"""The database handle the interface holds: opened once after the window paints, then passed to every service.

The interface imports it from here (it never reaches below the services); this module imports SQLAlchemy, so the
window imports it only when it opens the database.
"""

from __future__ import annotations

from app.db import Database, open_database

__all__ = ["Database", "open_database"]
