"""Controls enabled from what the services allow (``app.services.workflow.CaseCapabilities``).

A refused action stays visible but disabled, and its tooltip says why in the interface language; when it is allowed
again the control's own tooltip comes back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from app.ui.i18n import translate_message

if TYPE_CHECKING:
    from app.services.workflow import Permission

_OWN_TOOLTIP = "rd_own_tooltip"  # the control's tooltip, kept while a refusal replaces it


def enable_by(control: QWidget | QAction, permission: Permission | None, *, also: bool = True) -> None:
    """Enable ``control`` when ``permission`` allows it (and ``also`` holds); a refusal's reason is its tooltip.

    ``None`` (no case shown) disables the control with its own tooltip.
    """
    own = control.property(_OWN_TOOLTIP)
    if own is None:
        own = control.toolTip()
        control.setProperty(_OWN_TOOLTIP, own)
    allowed = permission is not None and permission.allowed
    control.setEnabled(allowed and also)
    refused = permission is not None and not permission.allowed
    control.setToolTip(translate_message(permission.reason) if refused and permission is not None else str(own))
