"""A loopback webhook receiver that verifies every request with ``standardwebhooks`` (the
official library), and queuing test events."""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from standardwebhooks.webhooks import Webhook, WebhookVerificationError

from posapp.storage.engine import Database
from posapp.storage.webhook_repo import enqueue


@dataclass(frozen=True)
class Received:
    """One request as the receiver saw it."""

    path: str
    headers: dict[str, str]
    body: bytes
    verified: bool
    error: str

    @property
    def webhook_id(self) -> str:
        return self.headers.get("webhook-id", "")


Reply = tuple[int, dict[str, str], bytes] | str  # (status, headers, body) or "hang"


@dataclass
class Receiver:
    """A loopback HTTP server recording every POST and verifying it with standardwebhooks."""

    secrets: list[str] = field(default_factory=list)
    respond: Callable[[Received], Reply] = lambda _r: (200, {}, b"ok")
    requests: list[Received] = field(default_factory=list)
    port: int = 0
    release: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)
    connections: set[socket.socket] = field(default_factory=set)
    _server: ThreadingHTTPServer | None = None
    _thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hook"

    def start(self) -> None:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive, like a real endpoint
            disable_nagle_algorithm = True

            def setup(self) -> None:
                super().setup()
                with receiver.lock:
                    receiver.connections.add(self.connection)

            def finish(self) -> None:
                with receiver.lock:
                    receiver.connections.discard(self.connection)
                super().finish()

            def do_POST(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length)
                headers = {k.lower(): v for k, v in self.headers.items()}
                verified, error = receiver.verify(body, headers)
                request = Received(self.path, headers, body, verified, error)
                with receiver.lock:
                    receiver.requests.append(request)
                reply = receiver.respond(request)
                if reply == "hang":
                    receiver.release.wait(10)
                    self.close_connection = True
                    return
                status, extra, payload = reply
                self.send_response(status)
                for name, value in extra.items():
                    self.send_header(name, value)
                self.send_header("content-length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def do_GET(self) -> None:
                self.send_response(405)
                self.send_header("content-length", "0")
                self.end_headers()
                with receiver.lock:
                    receiver.requests.append(Received(self.path, {}, b"", False, "GET"))

            def log_message(self, *_args: Any) -> None:
                pass

        server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        server.daemon_threads = True
        self.port = server.server_address[1]
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        """Go down like a crashed server: stop listening and cut every open connection."""
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        with self.lock:
            connections = list(self.connections)
        for conn in connections:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)

    def verify(self, body: bytes, headers: dict[str, str]) -> tuple[bool, str]:
        """Accepted when any configured secret verifies (official library, wall clock)."""
        error = "no secret"
        for secret in self.secrets:
            try:
                Webhook(secret).verify(body, headers)
                return True, ""
            except WebhookVerificationError as exc:
                error = str(exc)
        return False, error

    def ids(self) -> list[str]:
        with self.lock:
            return [r.webhook_id for r in self.requests]


def add_events(db: Database, n: int, now: datetime | None = None) -> list[str]:
    """Enqueue ``n`` events in one transaction; return their ids in order."""
    now = now or datetime.now(UTC)
    ids = []
    with db.write() as session:
        for i in range(n):
            payload = {
                "type": "webhook.test",
                "timestamp": now.isoformat(),
                "data": {"n": i, "ü": "€"},
            }
            ids.append(enqueue(session, payload, session_id=None, now=now))
    return ids
