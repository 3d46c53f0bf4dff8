"""``Devnet``: a Horizon-compatible TESTNET look-alike on loopback, for the demo and tests.

Threads: ``start()`` runs ``ThreadingHTTPServer.serve_forever`` on one daemon thread
(``posapp-devnet-http``); each connection then gets its own daemon handler thread, so
any number of SSE clients can stay connected. The Python API (``create_account``,
``pay``, faults, ``stop``) is thread-safe and runs on the caller's thread. ``stop()``
shuts every connection's socket down and returns in well under a second.

Production code never imports this package.
"""

from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Any

from posapp.devnet import records
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
from posapp.devnet.http_api import HorizonHandler
from posapp.devnet.httpserver import DevnetHTTPServer
from posapp.devnet.ledger import Ledger, fmt_amount
from posapp.devnet.params import (
    loopback_host,
)
from posapp.devnet.streams import StreamRegistry
from posapp.stellar.networks import TESTNET, Network

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
        self.stopping = threading.Event()
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
            if self._server is not None or self.stopping.is_set():
                raise DevnetError("a devnet can only be started once")
            family = socket.AF_INET6 if ":" in self._host else socket.AF_INET
            server = DevnetHTTPServer((self._host, self._port), HorizonHandler, self, family)
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
            self.stopping.set()
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
        return [records.operation(self.links_base(), op, join_transaction=join) for op in ops]

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

    def links_base(self) -> str:
        """Base URL for ``_links`` (the bound address, or the configured one before start)."""
        return self._base or f"http://{self._host}:{self._port}"
