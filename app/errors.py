"""Errors meant for the person using the application.

A ``UserError`` carries one sentence that names the file or record and the problem. The command line prints it
and exits with status 2; the GUI shows it in a message box. Anything else that escapes is a bug and is logged
with its traceback.
"""

from __future__ import annotations


class UserError(Exception):
    """A problem the user can understand and fix (bad file, bad value, conflicting edit)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ConflictError(UserError):
    """Someone else saved the same record after we read it: reload and redo the edit."""


class CancelledError(Exception):
    """Raised inside long work when the user pressed Cancel; the transaction is rolled back."""
