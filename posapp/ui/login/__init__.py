"""Sign-in: the login screen with user tiles and a PIN pad, owner approval, the idle lock."""

from posapp.ui.login.approval_dialog import ApprovalDialog
from posapp.ui.login.idle_lock import IdleLock
from posapp.ui.login.login_window import LoginWindow

__all__ = ["ApprovalDialog", "IdleLock", "LoginWindow"]
