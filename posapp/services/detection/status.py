"""The leading counter's Horizon connection state, shared with the other counters.

The leader publishes each change of its connection state; followers show it, naming the
counter that detects for them. Called on the watcher's thread.
"""

from __future__ import annotations

from datetime import datetime

from posapp.core.clock import Clock
from posapp.core.connection import ConnectionState, ConnectionStatus
from posapp.storage import settings_repo
from posapp.storage.engine import Database

STATUS_KEY = "detection_status"


class DetectionStatusBoard:
    """Reads and writes the shared detection state (setting ``detection_status``)."""

    def __init__(self, db: Database, terminal: str, clock: Clock) -> None:
        self._db = db
        self._terminal = terminal
        self._clock = clock

    def publish(self, status: ConnectionStatus) -> None:
        """Leader: record its new connection state."""
        value = {
            "state": status.state.value,
            "since": status.since.isoformat(),
            "detail": status.detail,
            "terminal": self._terminal,
        }
        with self._db.write() as session:
            settings_repo.set_setting(session, STATUS_KEY, value, self._clock())

    def read(self) -> ConnectionStatus | None:
        """Follower: the leader's last published state, as this counter should show it."""
        with self._db.read() as session:
            value = settings_repo.get_setting(session, STATUS_KEY)
        try:
            state = ConnectionState(value["state"])
            since = datetime.fromisoformat(value["since"])
            where = f"detected by {value['terminal']}"
            detail = f"{value['detail']}; {where}" if value["detail"] else where
        except (TypeError, KeyError, ValueError):
            return None
        return ConnectionStatus(state, since, detail)
