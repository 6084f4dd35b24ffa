"""Alembic environment: always run on the connection handed over by ``app.migrations.upgrade_to_head``."""

from __future__ import annotations

from alembic import context

import app.models  # noqa: F401  (registers every table)
from app.models.base import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Run migrations through app.migrations.upgrade_to_head")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
