"""The devnet's HTTP server: a ThreadingHTTPServer that can cut every open connection.

``serve_forever`` runs on the devnet's server thread; each connection gets a daemon
handler thread; ``abort_connections`` / ``wait_idle`` run on ``Devnet.stop``'s thread.
"""

from __future__ import annotations

import contextlib
import socket
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class DevnetHTTPServer(ThreadingHTTPServer):
    """ThreadingHTTPServer that knows every open connection so ``stop`` can cut them."""

    daemon_threads = True
    block_on_close = False
    request_queue_size = 128

    def __init__(
        self,
        address: tuple[str, int],
        handler: type[BaseHTTPRequestHandler],
        devnet: Any,
        family: socket.AddressFamily,
    ) -> None:
        """Bind ``address`` with ``family``; ``devnet`` is reachable from handlers."""
        self.address_family = family
        self.devnet = devnet
        self._conn_lock = threading.Lock()
        self._conns: set[socket.socket] = set()
        self._idle = threading.Condition(self._conn_lock)
        super().__init__(address, handler)

    def get_request(self) -> tuple[socket.socket, Any]:
        """Accept a connection and remember it (server thread)."""
        sock, address = super().get_request()
        # Headers and body go out in separate writes: without this, Nagle plus delayed
        # ACKs would add ~40 ms to every response.
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        with self._conn_lock:
            self._conns.add(sock)
        return sock, address

    def shutdown_request(self, request: Any) -> None:
        """Forget and close a finished connection (its handler thread)."""
        with self._conn_lock:
            self._conns.discard(request)
            self._idle.notify_all()
        super().shutdown_request(request)

    def abort_connections(self) -> None:
        """Shut every open connection down (``stop``'s thread)."""
        with self._conn_lock:
            conns = list(self._conns)
        for sock in conns:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    def wait_idle(self, deadline: float) -> None:
        """Wait (bounded) until every handler thread has released its connection."""
        with self._conn_lock:
            while self._conns and time.monotonic() < deadline:
                self._idle.wait(max(0.0, deadline - time.monotonic()))

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Ignore vanished clients; print anything else only when verbose."""
        error = sys.exc_info()[1]
        if isinstance(error, OSError) or not self.devnet.verbose:
            return
        super().handle_error(request, client_address)
