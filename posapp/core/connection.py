"""The watcher's connection to Horizon, as shown to the cashier."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class ConnectionState(StrEnum):
    """How current the payment detection is."""

    STARTING = "starting"
    CATCHING_UP = "catching up"
    LIVE = "live"
    RECONNECTING = "reconnecting"
    OFFLINE = "offline"
    STOPPED = "stopped"


@dataclass(frozen=True, slots=True)
class ConnectionStatus:
    """A state change with when it began and, when not live, why."""

    state: ConnectionState
    since: datetime
    detail: str = ""
