"""Query parameters and addresses as Horizon checks them (HTTP handler threads)."""

from __future__ import annotations

import ipaddress

from stellar_sdk import StrKey

from posapp.devnet.errors import DevnetError
from posapp.devnet.ledger import Ledger

DEFAULT_LIMIT = 10
MAX_LIMIT = 200


class BadField(Exception):
    """A query parameter Horizon would reject (handler thread only)."""

    def __init__(self, name: str, reason: str) -> None:
        """Remember the offending parameter and Horizon's reason."""
        super().__init__(reason)
        self.name = name
        self.reason = reason


def loopback_host(host: str) -> str:
    """The IP literal to bind for ``host``; raise DevnetError unless it is loopback."""
    if host == "localhost":
        return "127.0.0.1"
    try:
        address = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        raise DevnetError(
            f"host {host!r} is not a loopback address; use 127.0.0.1, ::1 or localhost"
        ) from None
    if not address.is_loopback:
        raise DevnetError(f"host {host} is not a loopback address; the devnet is local only")
    return str(address)


def account_param(text: str) -> str:
    """The account id from the URL path; 400 unless it is a G… address (handler thread)."""
    if not StrKey.is_valid_ed25519_public_key(text):
        raise BadField("account_id", "invalid address")
    return text


def cursor_param(text: str, ledger: Ledger) -> int | None:
    """Parse ``cursor`` / ``Last-Event-ID`` like Horizon: '', 'now' or an int64 >= 0."""
    if text == "":
        return None
    if text == "now":
        return ledger.now_cursor()
    try:
        value = int(text)
    except ValueError:
        raise BadField("cursor", "invalid cursor") from None
    if value < 0:
        raise BadField("cursor", f"the cursor {value} is a negative number: ")
    if value > 2**63 - 1:
        raise BadField("cursor", "invalid cursor")
    return value


def limit_param(text: str) -> int:
    """Parse ``limit``: default 10, 1..200, else a 400 like Horizon's."""
    if text == "":
        return DEFAULT_LIMIT
    try:
        value = int(text)
    except ValueError:
        raise BadField("limit", "unparseable value") from None
    if value <= 0:
        raise BadField("limit", "invalid limit: non-positive value provided")
    if value > MAX_LIMIT:
        raise BadField(
            "limit", f"invalid limit: value provided that is over limit max of {MAX_LIMIT}"
        )
    return value


def join_param(query: dict[str, str]) -> bool:
    """Parse ``join``: only ``transactions`` is accepted."""
    value = query.get("join", "")
    if value not in ("", "transactions"):
        raise BadField("join", "Value must be one of: transactions")
    return value == "transactions"


def bool_param(query: dict[str, str], name: str) -> bool:
    """Parse a ``true``/``false`` query flag (default false)."""
    value = query.get(name, "")
    if value not in ("", "true", "false"):
        raise BadField(name, "unparseable value")
    return value == "true"
