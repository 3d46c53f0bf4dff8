"""One counter window per data dir: a second ``posapp`` on the same data dir is refused
with a message, and the first one's window is brought forward.

``InstanceGuard`` holds a ``QLockFile`` in the data dir (a crashed posapp's lock is taken
over: Qt checks that the owning process is gone) and listens on a ``QLocalServer`` whose
name derives from the data dir; the refused instance connects to it to say "come forward".
GUI thread.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger("posapp.app.instance")
LOCK_NAME = ".posapp-counter.lock"
PING_TIMEOUT_MS = 500


def server_name(data_dir: Path) -> str:
    """The local server name of the posapp running on ``data_dir``."""
    digest = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:20]
    return f"posapp-{digest}"


class InstanceGuard(QObject):
    """Owns "the posapp of this data dir" while held. ``raise_requested`` when a second
    posapp on the same data dir was refused."""

    raise_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = server_name(data_dir)
        self._lock = QLockFile(str(Path(data_dir) / LOCK_NAME))
        self._lock.setStaleLockTime(0)  # stale only when its process is gone
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True when this is the only posapp on the data dir (and now listens for others);
        False after asking the running one to come forward."""
        if not self._lock.tryLock(0):
            if self._lock.error() is not QLockFile.LockError.LockFailedError:
                # no lock file possible here (data dir not made yet, read-only): the checks
                # that follow say what is wrong with the data dir
                log.info("no single-instance lock in this data dir: %s", self._lock.error())
                return True
            self._ping()
            return False
        QLocalServer.removeServer(self._name)  # a crashed posapp's socket file
        server = QLocalServer(self)
        if server.listen(self._name):
            server.newConnection.connect(self._on_server_new_connection)
            self._server = server
        else:
            log.warning("cannot listen for a second posapp: %s", server.errorString())
        return True

    def release(self) -> None:
        """Let another posapp start on the data dir."""
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()

    def _ping(self) -> None:
        socket = QLocalSocket()
        socket.connectToServer(self._name)
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
