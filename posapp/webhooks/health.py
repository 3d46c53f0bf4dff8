"""How webhook delivery is doing, for the counter's status indicator.

``read_health`` runs on the delivery thread after each pass; the ``DeliveryHealth`` it returns
is immutable and safe to hand to the GUI thread. Texts in it never carry a URL's path or
query, nor a secret: errors are scrubbed (``scrub``) before they leave this module.

    ============================================ ==========================================
    state                                        ``failing`` (indicator shown)
    ============================================ ==========================================
    no endpoint configured                       no (``off``)
    everything delivered or only new events      no
    an event waits after a failed attempt        yes: waiting count and the last error
    dead or failed events                        yes
    sending blocked (410, no secret, keyring)    yes: the reason
    delivery could not start                     yes: the reason
    ============================================ ==========================================
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from posapp.core.endpoints import url_origin
from posapp.storage import webhook_repo as repo
from posapp.storage.engine import Database
from posapp.webhooks.delivery import NO_ENDPOINT

ERROR_CHARS = 160
_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://[^\s'\"<>]+")
_SECRET = re.compile(r"whsec_[A-Za-z0-9+/=_-]+")


@dataclass(frozen=True, slots=True)
class DeliveryHealth:
    """Undelivered events and why (see the module's table). Immutable; any thread."""

    waiting: int
    """Events pending (not yet delivered, will be tried)."""
    retrying: int
    """Of those, events already tried and failed at least once."""
    given_up: int
    """Events dead (every retry failed) or failed (URL refused), until a replay."""
    last_error: str
    """The error of the latest failed attempt of an undelivered event, scrubbed."""
    blocked: str = ""
    """Why nothing can be sent now (410, no secret, locked keyring), scrubbed."""
    off: bool = False
    """No endpoint is configured: webhooks are off."""
    stopped: bool = False
    """Delivery could not start (``blocked`` says why); counts are unknown (0)."""

    @property
    def failing(self) -> bool:
        """True when an owner should know: something failed or sending is blocked."""
        if self.off:
            return False
        return self.stopped or bool(
            self.retrying or self.given_up or (self.blocked and self.waiting)
        )

    @property
    def problem(self) -> str:
        """The reason to show: the blocking reason, else the last error."""
        return self.blocked or self.last_error


def scrub(text: str) -> str:
    """``text`` without URL paths, queries or user-info (only ``scheme://host:port`` is
    kept) and without webhook secrets, cut to ``ERROR_CHARS``. Any thread."""
    text = _URL.sub(_redact_match, text)
    text = _SECRET.sub("whsec_…", text)
    text = " ".join(text.split())
    return text if len(text) <= ERROR_CHARS else text[: ERROR_CHARS - 1] + "…"


def _redact_match(match: re.Match[str]) -> str:
    url = match.group(0)
    trail = url[len(url.rstrip(".,;:)]}")) :]
    return url_origin(url[: len(url) - len(trail)]) + trail


def read_health(db: Database, blocked: str = "") -> DeliveryHealth:
    """The outbox's state now; ``blocked`` is the deliverer's last blocking reason
    (``PassResult.blocked``). Delivery thread (one short read transaction)."""
    if blocked == NO_ENDPOINT:
        return DeliveryHealth(0, 0, 0, "", off=True)
    with db.read() as session:
        backlog = repo.backlog(session)
    return DeliveryHealth(
        waiting=backlog.waiting,
        retrying=backlog.retrying,
        given_up=backlog.given_up,
        last_error=scrub(backlog.last_error),
        blocked=scrub(blocked),
    )
