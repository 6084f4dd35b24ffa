"""Shared-database bookkeeping: people who sign in with their roles, and the per-year case number counter."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, TimestampMixin


class UserAccount(TimestampMixin, Base):
    """A person who signs in. The password is stored only as a salted scrypt hash (see app.services.accounts)."""

    __tablename__ = "user_account"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(300), default="")
    password_hash: Mapped[str] = mapped_column(String(300), default="")
    roles: Mapped[list[Any]] = mapped_column(default=list)
    active: Mapped[bool] = mapped_column(default=True)
    last_sign_in: Mapped[datetime | None]
    row_version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": row_version}


class RegNoCounter(Base):
    """The last registration number handed out per prefix (e.g. ``RD-2026-``), bumped inside the write transaction
    that registers the case, so two people registering at once never get the same number."""

    __tablename__ = "reg_no_counter"

    prefix: Mapped[str] = mapped_column(String(32), primary_key=True)
    last_no: Mapped[int] = mapped_column(default=0)
