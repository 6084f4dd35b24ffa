"""The checks every catalogue file passes before a reader opens it: it exists, is a file, is not empty and not
larger than such a document can be. Each refusal names the file."""

from __future__ import annotations

from pathlib import Path

from app.errors import UserError


def check_file(path: Path, max_bytes: int, document: str) -> None:
    """Refuse ``path`` unless it is a non-empty file of at most ``max_bytes``; ``document`` names what it should
    be ("a programme template"), for the message."""
    if not path.exists():
        raise UserError(f"{path}: file not found.")
    if not path.is_file():
        raise UserError(f"{path}: not a file.")
    size = path.stat().st_size
    if size == 0:
        raise UserError(f"{path.name}: the file is empty.")
    if size > max_bytes:
        raise UserError(f"{path.name}: the file is too large for {document} ({size // (1024 * 1024)} MB).")
