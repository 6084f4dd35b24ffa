"""Issue dates as certificates write them: ordinals, "of", the American month first where nothing else fits."""

from __future__ import annotations

import pytest

from app.importers.credentials.pdf import _find_date


@pytest.mark.parametrize(
    ("text", "iso"),
    [("3rd March 2025", "2025-03-03"), ("3rd of March, 2025", "2025-03-03"), ("December 1st, 2024", "2024-12-01"),
     ("Apr 2, 2025", "2025-04-02"), ("3/15/2025", "2025-03-15"), ("15/03/2025", "2025-03-15"),
     ("12/05/2024", "2024-05-12"), ("«15» травня 2025 р.", "2025-05-15"), ("1st place 2024", None)],
)
def test_an_issue_date(text: str, iso: str | None) -> None:
    assert _find_date(text) == iso
