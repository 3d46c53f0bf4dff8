"""``Devnet``: a Horizon-compatible TESTNET look-alike on loopback, for the demo and tests.

Threads: ``start()`` runs ``ThreadingHTTPServer.serve_forever`` on one daemon thread
(``posapp-devnet-http``); each connection then gets its own daemon handler thread, so
any number of SSE clients can stay connected. The Python API (``create_account``,
``pay``, faults, ``stop``) is thread-safe and runs on the caller's thread. ``stop()``
shuts every connection's socket down and returns in well under a second.

Production code never imports this package.
"""

from __future__ import annotations

import json
import socket
import sys
import threading
import time
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from posapp.devnet import endpoints, records
from posapp.devnet.control import (
    AccountRequest,
    Faults,
    PaymentRequest,
    account_request,
    check_account,
    check_seconds,
    check_status,
    devnet_address,
    payment_request,
)
from posapp.devnet.errors import DevnetError
from posapp.devnet.httpserver import DevnetHTTPServer
from posapp.devnet.ledger import Ledger, Op, fmt_amount
from posapp.devnet.params import (
    DEFAULT_LIMIT,
    BadField,
    account_param,
    bool_param,
    cursor_param,
    join_param,
    limit_param,
    loopback_host,
)
from posapp.devnet.streams import StreamConnection, StreamRegistry, StreamRequest, run_stream
from posapp.stellar.networks import TESTNET, Network

HAL_JSON = "application/hal+json; charset=utf-8"
PROBLEM_JSON = "application/problem+json; charset=utf-8"
EVENT_STREAM = "text/event-stream; charset=utf-8"
MAX_BODY = 1 << 20
CUSTOMER = devnet_address("customer")
"""The default payer: an account standing for "the rest of the world" (never runs dry)."""


@dataclass(frozen=True, slots=True)
class PaymentResult:
    """What ``Devnet.pay`` recorded."""

    operation_id: str
    paging_token: str
    tx_hash: str


class Devnet:
    """A local Horizon for TESTNET (passphrase and Circle USDC issuer), on loopback.

    Use as a context manager or call ``start()`` / ``stop()``. Accounts and payments can
    be made before or after ``start()``. Point posapp at it with
    ``--network testnet --horizon-url <devnet.url>``.
    """

    network_passphrase = TESTNET.passphrase
    usdc_issuer = TESTNET.usdc_issuer

    def __init__(
        self,
        port: int = 0,
        host: str = "127.0.0.1",
        stream_timeout: float = 55.0,
        *,
        verbose: bool = False,
    ) -> None:
        """Prepare (not start) a devnet; raise DevnetError for a non-loopback host."""
        if not isinstance(port, int) or not 0 <= port <= 65535:
            raise DevnetError(f"port must be 0-65535, got {port!r}")
        if not stream_timeout > 0:
            raise DevnetError("stream_timeout must be positive")
        self._host = loopback_host(host)
        self._port = port
        self.stream_timeout = float(stream_timeout)
        self.verbose = verbose
        self.ledger = Ledger(TESTNET)
        self.faults = Faults()
        self.streams = StreamRegistry()
        self._stopping = threading.Event()
        self._lock = threading.Lock()
        self._server: DevnetHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._base: str | None = None
        self.customer = self.ledger.create_account(
            account_request(CUSTOMER, xlm="1000000"), unlimited=True
        )

    # ---- lifecycle (caller's thread) -----------------------------------------------

    def start(self) -> str:
        """Bind the port, serve on a background thread, return the base URL."""
        with self._lock:
            if self._server is not None or self._stopping.is_set():
                raise DevnetError("a devnet can only be started once")
            family = socket.AF_INET6 if ":" in self._host else socket.AF_INET
            server = DevnetHTTPServer((self._host, self._port), _Handler, self, family)
            port = server.server_address[1]
            host = f"[{self._host}]" if family == socket.AF_INET6 else self._host
            self._base = f"http://{host}:{port}"
            self._server = server
            self._thread = threading.Thread(
                target=server.serve_forever,
                kwargs={"poll_interval": 0.05},
                name="posapp-devnet-http",
                daemon=True,
            )
            self._thread.start()
            return self._base

    def stop(self) -> None:
        """Close every connection (streams end abruptly) and the port; idempotent, < 1 s."""
        with self._lock:
            self._stopping.set()
            server, self._server = self._server, None
            thread, self._thread = self._thread, None
        self.ledger.poke()
        if server is None:
            return
        server.shutdown()
        server.abort_connections()
        server.server_close()
        if thread is not None:
            thread.join(timeout=0.5)
        server.wait_idle(deadline=time.monotonic() + 0.3)

    def __enter__(self) -> Devnet:
        """Start the devnet (caller's thread)."""
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        """Stop the devnet (caller's thread)."""
        self.stop()

    @property
    def url(self) -> str:
        """Base URL (``http://127.0.0.1:PORT``); only once started."""
        if self._base is None:
            raise DevnetError("the devnet has not been started")
        return self._base

    @property
    def network(self) -> Network:
        """TESTNET read through this devnet (for posapp's ``get_network``-style callers)."""
        return TESTNET.with_horizon(self.url)

    @property
    def open_streams(self) -> int:
        """How many SSE connections are open right now."""
        return self.streams.count()

    # ---- ledger API (any thread) ---------------------------------------------------

    def create_account(
        self,
        account_id: str | None = None,
        *,
        usdc_trustline: bool = True,
        memo_required: bool = False,
        xlm: Decimal | str = "10000",
        history: bool = True,
    ) -> str:
        """Create (fund) an account; return its G… address (random when None). With
        ``history=False`` its payments feed starts empty, as on a Horizon that no longer
        keeps the account's creation."""
        req = account_request(
            account_id,
            usdc_trustline=usdc_trustline,
            memo_required=memo_required,
            xlm=xlm,
            history=history,
        )
        return self.create_account_from(req)

    def create_account_from(self, req: AccountRequest) -> str:
        """Create an account from a checked request (control endpoint path)."""
        return self.ledger.create_account(req)

    def pay(
        self,
        *,
        to: str,
        amount: Decimal | str,
        asset_code: str = "USDC",
        asset_issuer: str = TESTNET.usdc_issuer,
        memo: str | None = None,
        memo_type: str = "text",
        from_account: str | None = None,
        path_from: str | None = None,
        failed: bool = False,
        muxed_id: int | None = None,
        op_type: str = "payment",
    ) -> PaymentResult:
        """Record one payment to ``to`` (a G… or M… address) and wake the streams.

        ``amount`` is what ``to`` receives. ``path_from`` (``XLM``, ``CODE`` or
        ``CODE:ISSUER``) makes a path_payment_strict_send from that asset (or pass
        ``op_type="path_payment_strict_receive"``); ``muxed_id`` makes an
        invoke_host_function SAC transfer whose ``asset_balance_changes`` entry carries
        ``destination_muxed_id``; ``failed`` records a failed transaction (listed only with
        ``include_failed=true``, like Horizon). The sender defaults to :attr:`customer`.
        """
        req = payment_request(
            to=to,
            amount=amount,
            asset_code=asset_code,
            asset_issuer=asset_issuer,
            memo=memo,
            memo_type=memo_type,
            from_account=from_account,
            path_from=path_from,
            failed=failed,
            muxed_id=muxed_id,
            op_type=op_type,
        )
        return self.pay_from(req)

    def pay_from(self, req: PaymentRequest) -> PaymentResult:
        """Record a checked payment request (control endpoint path)."""
        op = self.ledger.pay(req, default_sender=self.customer)
        return PaymentResult(str(op.id), str(op.id), op.tx.hash)

    def add_trustline(self, account: str, asset_code: str, asset_issuer: str) -> None:
        """Make ``account`` trust ``asset_code:asset_issuer`` without a transaction.

        For setting up accounts nobody holds a key for (the demo merchant); a wallet adds
        its own trustlines with signed ``change_trust`` transactions.
        """
        self.ledger.add_trustline(
            check_account(account, "account"),
            (asset_code, check_account(asset_issuer, "asset_issuer")),
        )

    def set_price(self, xlm_per_usdc: Decimal | str) -> None:
        """Set the devnet market's price: XLM per unit of any USDC-coded asset."""
        price = Fraction(Decimal(str(xlm_per_usdc)))
        if price <= 0:
            raise DevnetError("the price must be positive")
        self.ledger.set_price(price)

    def balance(
        self, account: str, asset_code: str = "USDC", asset_issuer: str = TESTNET.usdc_issuer
    ) -> Decimal | None:
        """An account's balance of an asset (``XLM`` for native); None without trustline."""
        found = self.ledger.account(account)
        if found is None:
            raise DevnetError(f"unknown account {account}")
        if asset_code.upper() in ("XLM", "NATIVE"):
            stroops: int | None = found.native
        else:
            stroops = found.trustlines.get((asset_code, asset_issuer))
        return None if stroops is None else Decimal(fmt_amount(stroops))

    def snapshot_payments(
        self, account: str, *, include_failed: bool = True, join: bool = True
    ) -> list[dict[str, Any]]:
        """Every payment record of ``account``, oldest first, as the HTTP API renders them."""
        ops = self.ledger.page(
            account, None, descending=False, limit=2**62, include_failed=include_failed
        )
        return [records.operation(self._links_base(), op, join_transaction=join) for op in ops]

    # ---- faults (any thread) -------------------------------------------------------

    def drop_streams(self) -> int:
        """Abruptly close every open SSE connection (no ``byebye``); return how many."""
        count = self.streams.drop_all()
        self.ledger.poke()
        return count

    def fail_for(self, seconds: float, status: int = 503) -> None:
        """Answer ``status`` (problem JSON) on every Horizon endpoint for ``seconds``.

        Control endpoints keep working; already-open streams are not affected.
        """
        self.faults.fail_for(check_seconds(seconds), check_status(status))

    def hang_streams(self, seconds: float) -> int:
        """Make SSE connections silent, like a dead proxy; return how many were open.

        Every stream open now, and every stream opened in the next ``seconds`` (after its
        preamble), never sends another byte: it stays open until the client gives up,
        ``drop_streams()`` or ``stop()``. Streams opened after the window work normally.
        """
        self.faults.hang_for(check_seconds(seconds))
        return self.streams.hang_all()

    # ---- helpers for the handler ---------------------------------------------------

    def _links_base(self) -> str:
        """Base URL for ``_links`` (the bound address, or the configured one before start)."""
        return self._base or f"http://{self._host}:{self._port}"


class _Handler(BaseHTTPRequestHandler):
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
    def devnet(self) -> Devnet:
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
                self.devnet.ledger, self.devnet._links_base(), body or b""
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
        base = self.devnet._links_base()
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
        base = self.devnet._links_base()
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
        base = self.devnet._links_base()
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
                stopping=devnet._stopping,
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
