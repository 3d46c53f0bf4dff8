"""What the watcher's connection state means for the cashier (pure, any thread).

============= ============================== =========================================
state         status bar                     before charging / on an awaiting sale
============= ============================== =========================================
(none yet)    Connecting…                    info: payments confirmed once connected
starting      Connecting…                    same
catching up   Catching up                    info: checking payments made meanwhile
live          Live                           nothing: detection is instant
reconnecting  Reconnecting since 14:02       warning: confirmed when it returns
offline       Offline since 14:02            danger: confirmed when it returns
stopped       Detection stopped              danger: restart posapp
============= ============================== =========================================
"""

from __future__ import annotations

from dataclasses import dataclass

from posapp.core.connection import ConnectionState, ConnectionStatus
from posapp.ui.common.formatting import local_time
from posapp.ui.common.theme import Tone

CONFIRMED_LATER = "this payment will be confirmed when the connection returns."


@dataclass(frozen=True, slots=True)
class ConnectionView:
    """Texts and tone for one connection state."""

    label: str
    tone: Tone
    banner: str | None
    """Shown above the keypad while detection is not live (None when live)."""
    sale_note: str | None
    """Shown on an awaiting sale while detection is not live."""

    @property
    def live(self) -> bool:
        """True when payments are detected as they happen."""
        return self.banner is None


def connection_view(status: ConnectionStatus | None) -> ConnectionView:
    """The view of ``status`` (None before the watcher reported anything)."""
    state = status.state if status is not None else ConnectionState.STARTING
    detail = f" ({status.detail})" if status is not None and status.detail else ""
    since = local_time(status.since) if status is not None else ""
    if state is ConnectionState.LIVE:
        return ConnectionView("Live", Tone.SUCCESS, None, None)
    if state is ConnectionState.CATCHING_UP:
        return ConnectionView(
            "Catching up",
            Tone.INFO,
            "Checking the network for payments made while this counter was away…",
            "Catching up with the network: this payment will be confirmed in a moment.",
        )
    if state is ConnectionState.RECONNECTING:
        return ConnectionView(
            f"Reconnecting since {since}",
            Tone.WARNING,
            f"Payment detection interrupted since {since}, reconnecting{detail}. "
            "You can still charge: payments will be confirmed when the connection returns.",
            "Connection interrupted: " + CONFIRMED_LATER,
        )
    if state is ConnectionState.OFFLINE:
        return ConnectionView(
            f"Offline since {since}",
            Tone.DANGER,
            f"Payment detection offline since {since}{detail}. "
            "You can still charge: payments will be confirmed when the connection returns.",
            "Offline: " + CONFIRMED_LATER,
        )
    if state is ConnectionState.STOPPED:
        return ConnectionView(
            "Detection stopped",
            Tone.DANGER,
            f"Payment detection has stopped{detail}. Restart posapp: payments made meanwhile "
            "are confirmed when it runs again.",
            "Detection stopped: " + CONFIRMED_LATER,
        )
    return ConnectionView(
        "Connecting…",
        Tone.INFO,
        "Connecting to the Stellar network…",
        "Connecting: " + CONFIRMED_LATER,
    )
