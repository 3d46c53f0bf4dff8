"""A real HTTP server on 127.0.0.1 (stdlib, own thread) that plays a rate API.

Each test gets a fresh server. A *route* is the first path segment, so
``server.url("good")`` is a base URL whose ``/simple/price`` answers what
``server.reply("good", ...)`` configured. Every request is recorded.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest

NOW = datetime(2024, 11, 1, 12, 0, 0, tzinfo=UTC)
"""The clock every rate test passes as ``now``."""


@dataclass(frozen=True)
class Reply:
    """What one route answers."""

    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    hang: float = 0.0  # wait this long (or until teardown) before answering
    trickle: float = 0.0  # pause between body bytes
    send_length: bool = True


@dataclass(frozen=True)
class Seen:
    """One request the server received."""

    route: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]


class RateServer:
    """Configurable loopback rate API; see module docstring."""

    def __init__(self) -> None:
        self.replies: dict[str, Reply] = {}
        self.seen: list[Seen] = []
        self.release = threading.Event()
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._httpd.daemon_threads = True
        self._httpd.handle_error = lambda request, address: None  # type: ignore[method-assign]
        self.port = self._httpd.server_address[1]
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    def url(self, route: str) -> str:
        return f"http://127.0.0.1:{self.port}/{route}"

    def reply(self, route: str, body: str | bytes = b"", status: int = 200, **kw: object) -> None:
        data = body.encode() if isinstance(body, str) else body
        self.replies[route] = Reply(status=status, body=data, **kw)  # type: ignore[arg-type]

    def price(
        self,
        route: str,
        rate: str = "84.1",
        *,
        currency: str = "inr",
        updated: datetime | None = NOW,
        coin: str = "usd-coin",
    ) -> None:
        """Serve ``{coin: {currency: <rate as raw JSON text>, last_updated_at: …}}``."""
        stamp = "" if updated is None else f', "last_updated_at": {int(updated.timestamp())}'
        self.reply(route, f'{{"{coin}": {{"{currency}": {rate}{stamp}}}}}')

    def count(self, route: str) -> int:
        with self._lock:
            return sum(1 for s in self.seen if s.route == route)

    def requests(self, route: str) -> list[Seen]:
        with self._lock:
            return [s for s in self.seen if s.route == route]

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self.release.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                parts = urlsplit(self.path)
                route = parts.path.strip("/").split("/")[0]
                with server._lock:
                    server.seen.append(
                        Seen(
                            route=route,
                            path=parts.path,
                            query=parse_qs(parts.query),
                            headers={k.lower(): v for k, v in self.headers.items()},
                        )
                    )
                reply = server.replies.get(route, Reply(status=404, body=b"no such route"))
                if reply.hang:
                    server.release.wait(reply.hang)
                self.send_response(reply.status)
                self.send_header("Content-Type", "application/json")
                if reply.send_length:
                    self.send_header("Content-Length", str(len(reply.body)))
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                if not reply.trickle:
                    self.wfile.write(reply.body)
                    return
                for byte in reply.body:
                    if server.release.is_set():
                        return
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    time.sleep(reply.trickle)

        return Handler


@pytest.fixture
def rate_server() -> Iterator[RateServer]:
    """A started loopback rate API, stopped after the test."""
    server = RateServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def refused_url() -> str:
    """A base URL on 127.0.0.1 where nothing listens (connection refused)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/api"


@pytest.fixture
def now() -> datetime:
    """The fixed clock (aware UTC) every rate test passes as ``now``."""
    return NOW
