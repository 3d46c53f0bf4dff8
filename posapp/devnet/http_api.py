"""The devnet's HTTP side: ``HorizonHandler`` answers Horizon's routes (accounts, payments,
transactions, SSE streams, fee stats, transaction submission) and the ``/_devnet/`` control
endpoints, for one connection on its own handler thread. ``Served`` is what it needs of the
running network (``server.Devnet``)."""

from __future__ import annotations

import json
import sys
import threading
from http.server import BaseHTTPRequestHandler
from typing import Any, Protocol
from urllib.parse import parse_qs, urlencode, urlsplit

from posapp.devnet import endpoints, records
from posapp.devnet.control import Faults
from posapp.devnet.errors import DevnetError
from posapp.devnet.httpserver import DevnetHTTPServer
from posapp.devnet.ledger import Ledger, Op
from posapp.devnet.params import (
    DEFAULT_LIMIT,
    BadField,
    account_param,
    bool_param,
    cursor_param,
    join_param,
    limit_param,
)
from posapp.devnet.streams import StreamConnection, StreamRegistry, StreamRequest, run_stream
from posapp.stellar.networks import TESTNET

HAL_JSON = "application/hal+json; charset=utf-8"
PROBLEM_JSON = "application/problem+json; charset=utf-8"
EVENT_STREAM = "text/event-stream; charset=utf-8"
MAX_BODY = 1 << 20


class Served(endpoints.Devnet, Protocol):
    """What a handler reads of the running devnet (``server.Devnet``)."""

    verbose: bool
    faults: Faults
    ledger: Ledger
    streams: StreamRegistry
    stream_timeout: float
    stopping: threading.Event

    def links_base(self) -> str: ...


class HorizonHandler(BaseHTTPRequestHandler):
    """One HTTP connection (runs on its own handler thread)."""

    protocol_version = "HTTP/1.1"
    server_version = "posapp-devnet"
    sys_version = ""
    server: DevnetHTTPServer

    # ---- plumbing ------------------------------------------------------------------

    def version_string(self) -> str:
        """``Server`` header value."""
        return self.server_version

    @property
    def devnet(self) -> Served:
        """The Devnet this handler serves."""
        return self.server.devnet

    def log_message(self, format: str, *args: Any) -> None:
        """Access log on stderr, only when verbose."""
        if self.devnet.verbose:
            sys.stderr.write(f"devnet: {self.address_string()} {format % args}\n")

    def do_GET(self) -> None:
        """Route a GET (handler thread)."""
        self._dispatch("GET", None)

    def do_POST(self) -> None:
        """Read the body, then route a POST (handler thread)."""
        length_text = self.headers.get("Content-Length") or "0"
        try:
            length = int(length_text)
        except ValueError:
            length = -1
        if not 0 <= length <= MAX_BODY:
            self.close_connection = True
            self._problem(records.problem(400, detail="missing or oversized Content-Length"))
            return
        self._dispatch("POST", self.rfile.read(length))

    def _not_allowed(self) -> None:
        """405 for methods the devnet does not serve (handler thread)."""
        self.close_connection = True
        self._problem(records.problem(405))

    do_PUT = do_DELETE = do_PATCH = _not_allowed

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        """Write a complete response with a Content-Length (handler thread)."""
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        self.end_headers()
        self.wfile.write(body)

    def _json(self, doc: dict[str, Any], status: int = 200, *, pretty: bool = True) -> None:
        """Send a HAL JSON document (handler thread)."""
        self._send(status, records.dumps(doc, pretty=pretty), HAL_JSON)

    def _answer(self, status: int, doc: dict[str, Any], *, pretty: bool = True) -> None:
        """Send a resource (200) or a problem document (handler thread)."""
        if status == 200:
            self._json(doc, pretty=pretty)
        else:
            self._send(status, records.dumps(doc, pretty=pretty), PROBLEM_JSON)

    def _problem(self, doc: dict[str, Any]) -> None:
        """Send a problem document with its status (handler thread)."""
        self._send(doc["status"], records.dumps(doc), PROBLEM_JSON)

    def _dispatch(self, method: str, body: bytes | None) -> None:
        """Split control from Horizon paths, apply fail_for, route (handler thread)."""
        url = urlsplit(self.path)
        path = url.path.rstrip("/") or "/"
        if path == "/_devnet" or path.startswith("/_devnet/"):
            self._control(method, path, body)
            return
        submitting = method == "POST" and path == "/transactions"
        if method != "GET" and not submitting:
            self._problem(records.problem(405))
            return
        status = self.devnet.faults.failing_status()
        if status is not None:
            self._problem(records.problem(status, detail="injected by devnet fail_for"))
            return
        if submitting:
            code, doc = endpoints.submit_form(
                self.devnet.ledger, self.devnet.links_base(), body or b""
            )
            self._answer(code, doc, pretty=False)  # one line: the C JSON encoder
            return
        query = {k: v[0] for k, v in parse_qs(url.query, keep_blank_values=True).items()}
        try:
            self._route(path, query)
        except BadField as bad:
            self._problem(records.invalid_field(bad.name, bad.reason))

    # ---- Horizon endpoints ---------------------------------------------------------

    def _route(self, path: str, query: dict[str, str]) -> None:
        """Serve one Horizon GET endpoint (handler thread)."""
        base = self.devnet.links_base()
        ledger = self.devnet.ledger
        parts = path.strip("/").split("/")
        if path == "/":
            self._json(records.root(base, TESTNET, ledger.latest()))
        elif parts[0] == "accounts" and len(parts) == 2:
            account = ledger.account(account_param(parts[1]))
            if account is None:
                self._problem(records.problem(404))
            else:
                self._json(records.account(base, account))
        elif parts[0] == "accounts" and len(parts) == 3 and parts[2] == "payments":
            self._payments(account_param(parts[1]), query)
        elif path == "/payments":
            self._payments(None, query)
        elif path == "/friendbot":
            code, doc = endpoints.friendbot(ledger, base, query.get("addr", ""))
            self._answer(code, doc)
        elif path == "/fee_stats":
            self._json(endpoints.fee_stats(ledger))
        elif path == "/ledgers":
            self._json(endpoints.ledgers(base, ledger, query))
        elif parts[0] == "transactions" and len(parts) in (2, 3):
            self._transaction(parts, query)
        elif parts[0] == "operations" and len(parts) == 2:
            op = ledger.operation(int(parts[1])) if parts[1].isdigit() else None
            if op is None:
                self._problem(records.problem(404))
            else:
                join = join_param(query)
                self._json(records.operation(base, op, join_transaction=join))
        else:
            self._problem(records.problem(404))

    def _transaction(self, parts: list[str], query: dict[str, str]) -> None:
        """``/transactions/{hash}`` and ``/transactions/{hash}/payments`` (handler thread)."""
        tx_hash = parts[1].lower()
        if len(tx_hash) != 64 or any(c not in "0123456789abcdef" for c in tx_hash):
            raise BadField("tx_id", "invalid hash format")
        found = self.devnet.ledger.transaction(tx_hash)
        if found is None:
            self._problem(records.problem(404))
            return
        tx, ops = found
        base = self.devnet.links_base()
        if len(parts) == 2:
            self._json(records.transaction(base, tx))
        elif parts[2] == "payments":
            join = join_param(query)
            rows = [records.operation(base, op, join_transaction=join) for op in ops]
            self._json(
                records.page(
                    base,
                    f"/transactions/{tx.hash}/payments",
                    rows,
                    cursor="",
                    limit=DEFAULT_LIMIT,
                    order="asc",
                )
            )
        else:
            self._problem(records.problem(404))

    def _payments(self, account: str | None, query: dict[str, str]) -> None:
        """Payments as a JSON page, or as an SSE stream when asked for (handler thread)."""
        ledger = self.devnet.ledger
        cursor_text = self.headers.get("Last-Event-ID") or query.get("cursor", "")
        cursor = cursor_param(cursor_text, ledger)
        if cursor_text == "now":
            cursor_text = str(cursor)
        order = query.get("order", "") or "asc"
        if order not in ("asc", "desc"):
            raise BadField("order", "order: invalid value")
        limit = limit_param(query.get("limit", ""))
        join = join_param(query)
        include_failed = bool_param(query, "include_failed")
        base = self.devnet.links_base()
        streaming = "text/event-stream" in (self.headers.get("Accept") or "")
        if streaming:
            if account is None:
                raise BadField("account_id", "the devnet streams account payments only")
            request = StreamRequest(account, cursor, limit, include_failed)

            def render(op: Op) -> bytes:
                """One-line JSON of one record for a ``data:`` line."""
                return records.dumps(
                    records.operation(base, op, join_transaction=join), pretty=False
                )

            self._stream(request, render)
            return
        if account is not None and not ledger.has_history(account):
            self._problem(records.problem(404))
            return
        ops = ledger.page(
            account, cursor, descending=order == "desc", limit=limit, include_failed=include_failed
        )
        rows = [records.operation(base, op, join_transaction=join) for op in ops]
        extra = {}
        if include_failed:
            extra["include_failed"] = "true"
        if join:
            extra["join"] = "transactions"
        path = "/payments" if account is None else f"/accounts/{account}/payments"
        page = records.page(
            base, path, rows, cursor=cursor_text, limit=limit, order=order, params=urlencode(extra)
        )
        # Pages go out on one line: Python only has a C JSON encoder without indentation,
        # and catch-up benchmarks need thousands of records per second.
        self._json(page, pretty=False)

    def _stream(self, request: StreamRequest, render: Any) -> None:
        """Serve one SSE stream as a chunked response (this handler thread)."""
        devnet = self.devnet
        self.close_connection = True
        self.send_response(200)
        self.send_header("Content-Type", EVENT_STREAM)
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Transfer-Encoding", "chunked")
        self.send_header("Connection", "close")
        self.send_header("Access-Control-Allow-Origin", "*")
        self.end_headers()
        conn = StreamConnection(self.connection)
        devnet.streams.add(conn)

        def write(data: bytes) -> None:
            """Send one chunk: one SSE event, flushed at once."""
            self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))

        try:
            if run_stream(
                conn,
                write,
                request,
                ledger=devnet.ledger,
                faults=devnet.faults,
                render=render,
                timeout=devnet.stream_timeout,
                stopping=devnet.stopping,
            ):
                self.wfile.write(b"0\r\n\r\n")
        except OSError:
            pass
        finally:
            devnet.streams.remove(conn)

    # ---- control endpoints ---------------------------------------------------------

    def _control(self, method: str, path: str, body: bytes | None) -> None:
        """Parse the JSON body and run one ``/_devnet/`` action (handler thread)."""
        action = endpoints.CONTROL_ACTIONS.get(path)
        if action is None:
            self._problem(records.problem(404, detail=f"no devnet control endpoint {path}"))
            return
        if method != "POST":
            self._problem(records.problem(405, detail=f"{path} accepts POST only"))
            return
        try:
            parsed = json.loads(body) if body and body.strip() else None
        except (ValueError, UnicodeDecodeError) as err:
            self._problem(records.problem(400, detail=f"request body is not valid JSON: {err}"))
            return
        try:
            self._json(action(self.devnet, parsed))
        except DevnetError as err:
            self._problem(records.problem(err.status, detail=str(err)))
        except Exception as err:  # a devnet bug: say so instead of dropping the connection
            self._problem(records.problem(500, detail=f"devnet error: {err!r}"))
