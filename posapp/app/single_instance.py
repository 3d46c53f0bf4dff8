"""One counter window per data dir: a second ``posapp`` on the same data dir is refused
with a message, and the first one's window is brought forward.

``InstanceGuard`` holds a ``QLockFile`` in the data dir (a crashed posapp's lock is taken
over: Qt checks that the owning process is gone) and listens on a ``QLocalServer`` whose
name derives from the data dir; the refused instance connects to it to say "come forward".
The start-up takes the lock before the first window and listens just after it shows
(``acquire(listen=False)``, then ``listen()``): QtNetwork is not needed before. GUI thread.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal, Slot

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer

log = logging.getLogger("posapp.app.instance")
LOCK_NAME = ".posapp-counter.lock"
PING_TIMEOUT_MS = 500


def server_name(data_dir: Path) -> str:
    """The local server name of the posapp running on ``data_dir``."""
    import hashlib

    digest = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:20]
    return f"posapp-{digest}"


class InstanceGuard(QObject):
    """Owns "the posapp of this data dir" while held. ``raise_requested`` when a second
    posapp on the same data dir was refused."""

    raise_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data_dir = Path(data_dir)
        self._lock = QLockFile(str(Path(data_dir) / LOCK_NAME))
        self._lock.setStaleLockTime(0)  # stale only when its process is gone
        self._server: QLocalServer | None = None

    def acquire(self, *, listen: bool = True) -> bool:
        """True when this is the only posapp on the data dir (and, with ``listen``, now
        listens for others: else call ``listen()``); False after asking the running one to
        come forward."""
        if not self._lock.tryLock(0):
            if self._lock.error() is not QLockFile.LockError.LockFailedError:
                # no lock file possible here (data dir not made yet, read-only): the checks
                # that follow say what is wrong with the data dir
                log.info("no single-instance lock in this data dir: %s", self._lock.error())
                return True
            self._ping()
            return False
        if listen:
            self.listen()
        return True

    def listen(self) -> None:
        """Listen for a second posapp on the data dir (once the lock is held)."""
        from PySide6.QtNetwork import QLocalServer

        if self._server is not None or not self._lock.isLocked():
            return
        name = server_name(self._data_dir)
        QLocalServer.removeServer(name)  # a crashed posapp's socket file
        server = QLocalServer(self)
        if server.listen(name):
            server.newConnection.connect(self._on_server_new_connection)
            self._server = server
        else:
            log.warning("cannot listen for a second posapp: %s", server.errorString())

    def release(self) -> None:
        """Let another posapp start on the data dir."""
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()

    def _ping(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(server_name(self._data_dir))
        if socket.waitForConnected(PING_TIMEOUT_MS):
            socket.write(b"raise\n")
            socket.waitForBytesWritten(PING_TIMEOUT_MS)
            socket.disconnectFromServer()

    @Slot()
    def _on_server_new_connection(self) -> None:
        server = self._server
        while server is not None and server.hasPendingConnections():
            connection = server.nextPendingConnection()
            connection.disconnected.connect(connection.deleteLater)
            log.info("a second posapp on this data dir was refused: coming forward")
            self.raise_requested.emit()
