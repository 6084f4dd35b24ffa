"""Writing report files safely: the file appears complete or not at all.

A report is written to a temporary file next to the target and moved into place at the end, so a cancelled or
failed export never leaves a half-written workbook behind, and an existing file is replaced only by a good one.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

from app.errors import UserError


def check_output_path(path: str | os.PathLike[str], suffix: str) -> Path:
    """The target path, after checking its extension and that its folder exists."""
    target = Path(path)
    if target.suffix.lower() != suffix:
        raise UserError(f"Output file {target} must have the extension {suffix}.")
    if target.is_dir():
        raise UserError(f"Output file {target} is a folder.")
    if not target.parent.is_dir():
        raise UserError(f"Cannot write {target}: the folder {target.parent} does not exist.")
    return target


@contextlib.contextmanager
def atomic_output(path: str | os.PathLike[str], suffix: str) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces ``path``, on any error it is removed."""
    target = check_output_path(path, suffix)
    tmp = target.with_name(f".{target.stem}-{uuid.uuid4().hex[:12]}{suffix}.part")
    try:
        # Created like any new file (the user's umask applies), unlike mkstemp's private files.
        with open(tmp, "xb"):
            pass
    except OSError as exc:
        raise UserError(f"Cannot write {target}: {exc.strerror or exc}.") from None
    try:
        yield tmp
        try:
            os.replace(tmp, target)
        except PermissionError:
            raise UserError(
                f"Cannot replace {target}: the file is open in another program or write-protected. "
                "Close it and try again."
            ) from None
        except OSError as exc:
            raise UserError(f"Cannot write {target}: {exc.strerror or exc}.") from None
    except OSError as exc:
        raise UserError(f"Cannot write {target}: {exc.strerror or exc}.") from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
