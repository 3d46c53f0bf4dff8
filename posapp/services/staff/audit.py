"""The audit log of sensitive actions: sign-in failures and locks, approvals, user changes,
settings changes, attach/refund of payments.

Details are built from fixed templates by the services; as a last guard, anything that looks
like a secret (a Stellar secret seed, a webhook secret, a bcrypt hash) is masked before it
is written. Use ``record`` for a stand-alone entry (its own short write transaction) or
``record_in`` inside another service's transaction so the entry commits with the change.

Thread: the caller's (short writes; reads for the audit viewer belong on a worker thread
when the log is long).
"""

from __future__ import annotations

import logging
import re
from enum import StrEnum

from sqlalchemy.orm import Session

from posapp.core.clock import Clock, utc_now
from posapp.core.roles import Actor, Permission
from posapp.storage import audit_repo
from posapp.storage.audit_repo import AuditEntry
from posapp.storage.engine import Database

log = logging.getLogger("posapp.audit")

__all__ = ["AuditAction", "AuditEntry", "AuditLog", "scrub"]


class AuditAction(StrEnum):
    """What happened. Prefixes group them (``login.``, ``user.``, ``settings.``…)."""

    SIGNED_IN = "login.signed_in"
    LOGIN_FAILED = "login.failed"
    LOGIN_LOCKED = "login.locked"
    LOGIN_REFUSED_LOCKED = "login.refused_locked"
    LOGIN_REFUSED_DISABLED = "login.refused_disabled"
    APPROVAL_GRANTED = "approval.granted"
    APPROVAL_REFUSED = "approval.refused"
    USER_ADDED = "user.added"
    USER_SECRET_RESET = "user.secret_reset"
    USER_SECRET_CHANGED = "user.secret_changed"
    USER_ROLE_CHANGED = "user.role_changed"
    USER_DISABLED = "user.disabled"
    USER_ENABLED = "user.enabled"
    USER_UNLOCKED = "user.unlocked"
    SETUP_COMPLETED = "settings.setup_completed"
    SETTINGS_CHANGED = "settings.changed"
    WEBHOOK_SECRET_CREATED = "settings.webhook_secret_created"
    WEBHOOK_SECRET_ROTATED = "settings.webhook_secret_rotated"
    RATE_API_KEY_CHANGED = "settings.rate_api_key_changed"
    PAYMENT_ATTACHED = "payment.attached"
    PAYMENT_REFUNDED = "payment.refunded"


_SECRET_PATTERNS = (
    re.compile(r"\bS[A-Z2-7]{55}\b"),  # Stellar secret seed
    re.compile(r"whsec_[A-Za-z0-9+/=]+"),  # webhook signing secret
    re.compile(r"\$2[abxy]?\$\d\d\$[./A-Za-z0-9]{53}"),  # bcrypt hash
)


def scrub(text: str) -> str:
    """``text`` with anything secret-shaped replaced by ``[redacted]``. Pure; any thread."""
    for pattern in _SECRET_PATTERNS:
        text = pattern.sub("[redacted]", text)
    return text


class AuditLog:
    """Appends and reads audit entries of one database."""

    def __init__(self, db: Database, clock: Clock = utc_now) -> None:
        self._db = db
        self._clock = clock

    def record(self, actor: str | Actor, action: AuditAction | str, detail: str = "") -> None:
        """Write one entry in its own short transaction. Caller's thread."""
        with self._db.write() as session:
            self.record_in(session, actor, action, detail)

    def record_in(
        self, session: Session, actor: str | Actor, action: AuditAction | str, detail: str = ""
    ) -> None:
        """Write one entry inside the caller's transaction ``session`` (commits with it).
        For other services' hooks (attach, refund, cancel). Caller's thread."""
        name = actor.name if isinstance(actor, Actor) else str(actor)
        if isinstance(actor, Actor) and actor.approved_by:
            detail = f"{detail} (approved by {actor.approved_by})".strip()
        audit_repo.append(session, self._clock(), name, str(action), scrub(detail))
        log.info("audit %s by %s", action, name)

    def recent(
        self,
        actor: Actor,
        *,
        limit: int = 200,
        action_prefix: str | None = None,
        user: str | None = None,
    ) -> list[AuditEntry]:
        """The newest entries first; owners and admins only (PermissionDenied otherwise).
        Caller's thread (a worker for large logs)."""
        actor.require(Permission.VIEW_AUDIT)
        with self._db.read() as session:
            return audit_repo.recent(
                session, limit=max(1, min(limit, 10_000)), action_prefix=action_prefix, actor=user
            )
