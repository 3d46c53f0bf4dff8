"""A small loopback Horizon for the stellar tests: real HTTP, real SSE framing, no mocks.

``LoopbackHorizon`` serves ``/accounts/{id}/payments`` as JSON pages (cursor/order/limit like
Horizon) and as an SSE stream, and ``/accounts/{id}`` from a dict. Tests steer it with:

* ``faults``: responses (status, headers, body) served, in order, to the next payments
  requests of either kind, before normal service resumes;
* ``stream_scripts``: scripts for the next SSE connections, each a list of steps: ``str``
  (written as is), ``float`` (sleep that long), ``HOLD`` (stay silent until shutdown);
  the connection closes when the script ends;
* otherwise a stream behaves like Horizon: ``hello``, the records after ``Last-Event-ID``
  (or ``cursor``), then new records as ``add_record`` adds them, ``byebye`` after
  ``stream_hold`` seconds.

Every request is recorded in ``requests`` (path, query, lower-cased headers, time).
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import SimpleNamespace
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest

MERCHANT = "GCNL55IJTH2HX26HLNIGYD2JIQLTBAQL3SVPNZA6PXK7NAVHU423WOTE"
PAYER = "GDV4KECLSZLKRVH4ZTWVAS4I3W2LPAPV66ADFFUZKGIVOTK6GMKGJT53"
TESTNET_USDC = "GBBD47IF6LWK7P7MDEVSCWR7DPUWV3NY3DTQEVFL4NAT4AQH3ZLLFLA5"

PREAMBLE = 'retry: 1000\nevent: open\ndata: "hello"\n\n'
BYEBYE = 'retry: 10\nevent: close\ndata: "byebye"\n\n'
HOLD = object()


def sse_record(raw: dict[str, Any] | str, token: str | None = None) -> str:
    """One record event as Horizon frames it: ``id: <paging_token>`` + one JSON line."""
    if isinstance(raw, str):
        return f"id: {token}\ndata: {raw}\n\n"
    return f"id: {token or raw['paging_token']}\ndata: {json.dumps(raw)}\n\n"


def payment_record(
    token: int | str,
    *,
    to: str = MERCHANT,
    amount: str = "1.5000000",
    memo: str | None = None,
    asset_code: str = "USDC",
    asset_issuer: str = TESTNET_USDC,
) -> dict[str, Any]:
    """A ``payment`` record shaped like Horizon's, with the transaction ``join`` embeds."""
    token = str(token)
    tx_hash = f"{int(token):064x}"
    transaction: dict[str, Any] = {
        "id": tx_hash,
        "paging_token": token,
        "successful": True,
        "hash": tx_hash,
        "created_at": "2026-02-10T23:49:33Z",
        "source_account": PAYER,
        "memo_type": "none" if memo is None else "text",
    }
    if memo is not None:
        transaction["memo"] = memo
    return {
        "_links": {"self": {"href": f"https://horizon.example/operations/{token}"}},
        "id": token,
        "paging_token": token,
        "transaction_successful": True,
        "source_account": PAYER,
        "type": "payment",
        "type_i": 1,
        "created_at": "2026-02-10T23:49:33Z",
        "transaction_hash": tx_hash,
        "asset_type": "credit_alphanum4",
        "asset_code": asset_code,
        "asset_issuer": asset_issuer,
        "from": PAYER,
        "to": to,
        "amount": amount,
        "transaction": transaction,
    }


@dataclass(frozen=True)
class Seen:
    """One request the loopback Horizon received."""

    path: str
    query: dict[str, str]
    headers: dict[str, str]
    at: float = field(default_factory=time.monotonic)

    @property
    def is_stream(self) -> bool:
        return "text/event-stream" in self.headers.get("accept", "")


class LoopbackHorizon:
    """The server; see the module docstring. Thread-safe for tests to poke while it runs."""

    def __init__(self, account: str = MERCHANT) -> None:
        self.account = account
        self.records: list[dict[str, Any]] = []
        self.accounts: dict[str, dict[str, Any]] = {}
        self.faults: deque[tuple[int, dict[str, str], bytes]] = deque()
        self.stream_scripts: deque[list[Any]] = deque()
        self.stream_hold = 30.0
        self.requests: list[Seen] = []
        self._cond = threading.Condition()
        self._closing = threading.Event()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._server.daemon_threads = True
        self._server.block_on_close = False
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> LoopbackHorizon:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._closing.set()
        with self._cond:
            self._cond.notify_all()
        self._server.shutdown()
        self._server.server_close()

    def add_record(self, raw: dict[str, Any]) -> None:
        """Make a new payment visible to pages and to open streams."""
        with self._cond:
            self.records.append(raw)
            self._cond.notify_all()

    def fail_next(self, status: int, headers: dict[str, str] | None = None, body: Any = None):
        """Queue an error response for the next payments request."""
        payload = json.dumps(body if body is not None else {"status": status}).encode()
        self.faults.append((status, headers or {}, payload))

    def payment_requests(self, *, stream: bool | None = None) -> list[Seen]:
        """Requests to the payments endpoint (only streams / only pages when asked)."""
        return [
            r
            for r in list(self.requests)
            if r.path.endswith("/payments") and (stream is None or r.is_stream == stream)
        ]

    # -- called on server threads --------------------------------------------------

    def _sorted(self) -> list[dict[str, Any]]:
        with self._cond:
            return sorted(self.records, key=lambda r: int(r["paging_token"]))

    def _page(self, query: dict[str, str]) -> list[dict[str, Any]]:
        limit = int(query.get("limit", "10"))
        cursor = query.get("cursor") or None
        records = self._sorted()
        if query.get("order", "asc") == "desc":
            records.reverse()
            if cursor is not None:
                records = [r for r in records if int(r["paging_token"]) < int(cursor)]
        elif cursor is not None:
            records = [r for r in records if int(r["paging_token"]) > int(cursor)]
        records = records[:limit]
        if query.get("join") != "transactions":
            records = [{k: v for k, v in r.items() if k != "transaction"} for r in records]
        return records

    def _wait(self, seconds: float) -> bool:
        """Sleep unless shutting down; False when shutting down."""
        return not self._closing.wait(seconds)


def _handler_for(horizon: LoopbackHorizon) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            query = dict(parse_qsl(parts.query, keep_blank_values=True))
            seen = Seen(parts.path, query, {k.lower(): v for k, v in self.headers.items()})
            horizon.requests.append(seen)
            try:
                if parts.path == f"/accounts/{horizon.account}/payments":
                    if horizon.faults:
                        status, headers, body = horizon.faults.popleft()
                        self._send(status, body, headers, "application/problem+json")
                    elif seen.is_stream:
                        self._stream(seen)
                    else:
                        page = {"_links": {}, "_embedded": {"records": horizon._page(query)}}
                        self._send(200, json.dumps(page).encode())
                elif parts.path.startswith("/accounts/"):
                    account = horizon.accounts.get(parts.path.rsplit("/", 1)[-1])
                    if account is None:
                        body = {"type": "not_found", "title": "Resource Missing", "status": 404}
                        self._send(404, json.dumps(body).encode(), {}, "application/problem+json")
                    else:
                        self._send(200, json.dumps(account).encode())
                else:
                    self._send(404, b"{}")
            except (BrokenPipeError, ConnectionResetError):
                pass

        def _send(
            self,
            status: int,
            body: bytes,
            headers: dict[str, str] | None = None,
            content_type: str = "application/hal+json; charset=utf-8",
        ) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(body)

        def _write(self, text: str) -> None:
            self.wfile.write(text.encode())
            self.wfile.flush()

        def _stream(self, seen: Seen) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream; charset=utf-8")
            self.send_header("Cache-Control", "no-cache")
            self.end_headers()
            if horizon.stream_scripts:
                for step in horizon.stream_scripts.popleft():
                    if step is HOLD:
                        horizon._closing.wait()
                        return
                    if isinstance(step, (int, float)):
                        if not horizon._wait(step):
                            return
                    else:
                        self._write(step)
                return
            self._write(PREAMBLE)
            last = int(seen.headers.get("last-event-id") or seen.query.get("cursor") or 0)
            deadline = time.monotonic() + horizon.stream_hold
            while not horizon._closing.is_set():
                fresh = [r for r in horizon._sorted() if int(r["paging_token"]) > last]
                for raw in fresh:
                    self._write(sse_record(raw))
                    last = int(raw["paging_token"])
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    self._write(BYEBYE)
                    return
                with horizon._cond:
                    horizon._cond.wait(min(remaining, 0.2))

    return Handler


@pytest.fixture
def horizon() -> Iterator[LoopbackHorizon]:
    """A started loopback Horizon for ``MERCHANT``; stopped after the test."""
    server = LoopbackHorizon().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def hz() -> SimpleNamespace:
    """Names the tests share (test modules cannot import a conftest reliably)."""
    return SimpleNamespace(
        MERCHANT=MERCHANT,
        PAYER=PAYER,
        TESTNET_USDC=TESTNET_USDC,
        PREAMBLE=PREAMBLE,
        BYEBYE=BYEBYE,
        HOLD=HOLD,
        payment_record=payment_record,
        sse_record=sse_record,
    )
