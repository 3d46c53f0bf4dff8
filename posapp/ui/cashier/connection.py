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

from PySide6.QtCore import QCoreApplication

from posapp.core.connection import ConnectionState, ConnectionStatus
from posapp.ui.common.formatting import local_time
from posapp.ui.common.theme import Tone


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
    """The view of ``status`` (None before the watcher reported anything), in the current
    language (any thread: Qt's translation lookup is thread-safe)."""
    state = status.state if status is not None else ConnectionState.STARTING
    detail = status.detail if status is not None and status.detail else ""
    since = local_time(status.since) if status is not None else ""
    if state is ConnectionState.LIVE:
        return ConnectionView(
            QCoreApplication.translate("ConnectionView", "Live"), Tone.SUCCESS, None, None
        )
    if state is ConnectionState.CATCHING_UP:
        return ConnectionView(
            QCoreApplication.translate("ConnectionView", "Catching up"),
            Tone.INFO,
            QCoreApplication.translate(
                "ConnectionView",
                "Checking the network for payments made while this counter was away…",
            ),
            QCoreApplication.translate(
                "ConnectionView",
                "Catching up with the network: this payment will be confirmed in a moment.",
            ),
        )
    if state is ConnectionState.RECONNECTING:
        if detail:
            banner = QCoreApplication.translate(
                "ConnectionView",
                "Payment detection interrupted since {time}, reconnecting ({detail}). You can"
                " still charge: payments will be confirmed when the connection returns.",
            )
        else:
            banner = QCoreApplication.translate(
                "ConnectionView",
                "Payment detection interrupted since {time}, reconnecting. You can still"
                " charge: payments will be confirmed when the connection returns.",
            )
        return ConnectionView(
            QCoreApplication.translate("ConnectionView", "Reconnecting since {time}").format(
                time=since
            ),
            Tone.WARNING,
            banner.format(time=since, detail=detail),
            QCoreApplication.translate(
                "ConnectionView",
                "Connection interrupted: this payment will be confirmed when the connection"
                " returns.",
            ),
        )
    if state is ConnectionState.OFFLINE:
        if detail:
            banner = QCoreApplication.translate(
                "ConnectionView",
                "Payment detection offline since {time} ({detail}). You can still charge:"
                " payments will be confirmed when the connection returns.",
            )
        else:
            banner = QCoreApplication.translate(
                "ConnectionView",
                "Payment detection offline since {time}. You can still charge: payments will"
                " be confirmed when the connection returns.",
            )
        return ConnectionView(
            QCoreApplication.translate("ConnectionView", "Offline since {time}").format(time=since),
            Tone.DANGER,
            banner.format(time=since, detail=detail),
            QCoreApplication.translate(
                "ConnectionView",
                "Offline: this payment will be confirmed when the connection returns.",
            ),
        )
    if state is ConnectionState.STOPPED:
        if detail:
            banner = QCoreApplication.translate(
                "ConnectionView",
                "Payment detection has stopped ({detail}). Restart posapp: payments made"
                " meanwhile are confirmed when it runs again.",
            )
        else:
            banner = QCoreApplication.translate(
                "ConnectionView",
                "Payment detection has stopped. Restart posapp: payments made meanwhile are"
                " confirmed when it runs again.",
            )
        return ConnectionView(
            QCoreApplication.translate("ConnectionView", "Detection stopped"),
            Tone.DANGER,
            banner.format(detail=detail),
            QCoreApplication.translate(
                "ConnectionView",
                "Detection stopped: this payment will be confirmed when the connection returns.",
            ),
        )
    return ConnectionView(
        QCoreApplication.translate("ConnectionView", "Connecting…"),
        Tone.INFO,
        QCoreApplication.translate("ConnectionView", "Connecting to the Stellar network…"),
        QCoreApplication.translate(
            "ConnectionView",
            "Connecting: this payment will be confirmed when the connection returns.",
        ),
    )
