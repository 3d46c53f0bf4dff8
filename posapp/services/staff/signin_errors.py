"""Why a sign-in was refused, and a lock's remaining time in words: what the login screen
needs before the rest of the staff services (SQLAlchemy, bcrypt) are loaded. Pure; any
thread. ``posapp.services.staff.auth`` raises these."""

from __future__ import annotations

from datetime import datetime, timedelta

from posapp.core.errors import PermissionDenied


class AuthenticationFailed(PermissionDenied):
    """Wrong name or secret, or the user may not sign in. ``attempts_left`` before a lock
    (None when not applicable)."""

    def __init__(self, message: str, /, attempts_left: int | None = None, **params: object) -> None:
        super().__init__(message, **params)
        self.attempts_left = attempts_left


class AccountLocked(AuthenticationFailed):
    """Too many wrong attempts: no attempt is checked until ``locked_until``."""

    def __init__(
        self, message: str, /, locked_until: datetime, retry_after: timedelta, **params: object
    ) -> None:
        super().__init__(message, attempts_left=0, **params)
        self.locked_until = locked_until
        self.retry_after = retry_after


def describe_delay(delay: timedelta) -> str:
    """``"45 s"``, ``"2 min"``, ``"1 min 30 s"``, ``"1 h"`` (rounded up to the second). Pure."""
    seconds = max(0, int(-(-delay.total_seconds() // 1)))
    if seconds < 60:
        return f"{seconds} s"
    minutes, rest = divmod(seconds, 60)
    if minutes >= 60 and not rest:
        hours, minutes = divmod(minutes, 60)
        return f"{hours} h" if not minutes else f"{hours} h {minutes} min"
    return f"{minutes} min" if not rest else f"{minutes} min {rest} s"
