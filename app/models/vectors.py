"""The vector cache: sentence vectors of outcome texts, kept so that each text is embedded once.

Keyed by the SHA-256 of the text and by the model (file and engine), so a new model never reads old vectors; the
rows hold no personal data and no decision depends on them being present (a missing vector is computed again).
"""

from __future__ import annotations

from sqlalchemy import Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class OutcomeVector(Base):
    __tablename__ = "outcome_vector"

    text_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    model: Mapped[str] = mapped_column(String(64), primary_key=True)
    dim: Mapped[int] = mapped_column(Integer)
    vector: Mapped[bytes] = mapped_column(LargeBinary)  # float32, little-endian
