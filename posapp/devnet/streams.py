"""Server-sent event streams of ``/accounts/{id}/payments``, framed exactly like Horizon.

Horizon (``render/sse``) writes ``retry: 1000\\nevent: open\\ndata: "hello"\\n\\n`` on
connect, ``id: <paging_token>\\ndata: <one-line json>\\n\\n`` per record and
``retry: 10\\nevent: close\\ndata: "byebye"\\n\\n`` when ``limit`` records were sent (default
10, like Horizon) or the stream timed out. No keep-alive comments: an idle stream is
silent. Each event goes out as one HTTP chunk, so it is flushed immediately, and an
aborted stream (``drop_streams``, ``stop``) ends without the terminating chunk — the
client sees an incomplete body, as it would when a real connection breaks.

:func:`run_stream` runs on the HTTP handler thread that owns the connection; the
:class:`StreamRegistry` methods are called from any thread to reach all open streams.
"""

from __future__ import annotations

import contextlib
import select
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from posapp.devnet.control import Faults
from posapp.devnet.ledger import Ledger, Op

PREAMBLE = b'retry: 1000\nevent: open\ndata: "hello"\n\n'
BYEBYE = b'retry: 10\nevent: close\ndata: "byebye"\n\n'
POLL_SECONDS = 0.2
"""How often an idle stream checks for a vanished client, a hang window or a stop."""


def event(op_id: int, data: bytes) -> bytes:
    """One record event: ``id: <paging_token>`` then the one-line JSON."""
    return b"id: %d\ndata: %s\n\n" % (op_id, data)


class StreamConnection:
    """One open SSE response, as seen by the threads that may disturb it."""

    def __init__(self, sock: socket.socket) -> None:
        """Wrap the handler's socket."""
        self.sock = sock
        self.dropped = False
        self.hung = False

    def abort(self) -> None:
        """Shut the socket down under the handler thread's feet (any thread)."""
        self.dropped = True
        with contextlib.suppress(OSError):
            self.sock.shutdown(socket.SHUT_RDWR)

    def client_gone(self) -> bool:
        """True when the client closed its side (handler thread; never blocks)."""
        try:
            readable, _, _ = select.select([self.sock], [], [], 0)
            if not readable:
                return False
            return self.sock.recv(1, socket.MSG_PEEK) == b""
        except (OSError, ValueError):
            return True


class StreamRegistry:
    """Every open SSE connection; thread-safe."""

    def __init__(self) -> None:
        """No streams yet."""
        self._lock = threading.Lock()
        self._open: set[StreamConnection] = set()

    def add(self, conn: StreamConnection) -> None:
        """Register a stream (its handler thread, before the preamble)."""
        with self._lock:
            self._open.add(conn)

    def remove(self, conn: StreamConnection) -> None:
        """Forget a stream (its handler thread, when it ends)."""
        with self._lock:
            self._open.discard(conn)

    def count(self) -> int:
        """Number of open streams."""
        with self._lock:
            return len(self._open)

    def drop_all(self) -> int:
        """Abruptly close every open stream; return how many (any thread)."""
        with self._lock:
            conns = list(self._open)
        for conn in conns:
            conn.abort()
        return len(conns)

    def hang_all(self) -> int:
        """Make every open stream silent for good; return how many (any thread)."""
        with self._lock:
            for conn in self._open:
                conn.hung = True
            return len(self._open)


@dataclass(frozen=True, slots=True)
class StreamRequest:
    """A validated stream request."""

    account: str
    cursor: int | None
    limit: int
    include_failed: bool


def run_stream(
    conn: StreamConnection,
    write: Callable[[bytes], None],
    request: StreamRequest,
    *,
    ledger: Ledger,
    faults: Faults,
    render: Callable[[Op], bytes],
    timeout: float,
    stopping: threading.Event,
) -> bool:
    """Serve one SSE stream on the calling handler thread until it ends.

    ``write`` sends one chunk (raising OSError when the connection is gone); ``render``
    turns an operation into one-line JSON. Returns True when the stream ended gracefully
    with ``byebye`` (the caller then writes the final chunk), False when it was aborted,
    hung until the client left, or the client went away.
    """
    write(PREAMBLE)
    cursor = request.cursor
    sent = 0
    deadline = time.monotonic() + timeout
    while True:
        if stopping.is_set() or conn.dropped:
            return False
        if faults.hanging():
            conn.hung = True
        if conn.hung:
            # A dead proxy: never another byte. Wait for the client, a drop or stop.
            if conn.client_gone():
                return False
            stopping.wait(POLL_SECONDS)
            continue
        ops, version = ledger.after(
            request.account, cursor, request.limit - sent, request.include_failed
        )
        if ops:
            for op in ops:
                write(event(op.id, render(op)))
                cursor = op.id
                sent += 1
            if sent >= request.limit:
                write(BYEBYE)
                return True
            continue
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            write(BYEBYE)
            return True
        if conn.client_gone():
            return False
        ledger.wait(version, min(POLL_SECONDS, remaining))
