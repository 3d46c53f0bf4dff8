"""Sign-in: the login screen with user tiles and a PIN pad, owner approval, the idle lock.

``ApprovalDialog`` is imported on first use: it needs the staff services and the workers,
which the login screen shown at start does not (docs/design.md "Start-up")."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from posapp.ui.login.idle_lock import IdleLock
from posapp.ui.login.login_window import LoginWindow

if TYPE_CHECKING:
    from posapp.ui.login.approval_dialog import ApprovalDialog

__all__ = ["ApprovalDialog", "IdleLock", "LoginWindow"]


def __getattr__(name: str) -> Any:
    if name == "ApprovalDialog":
        from posapp.ui.login.approval_dialog import ApprovalDialog

        return ApprovalDialog
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
