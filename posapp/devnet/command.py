"""``posapp devnet`` and ``posapp devnet pay``: run the local network, or pay on it.

``register(subparsers)`` adds the ``devnet`` sub-command to posapp's parser; every parser
it adds sets ``func`` to a callable taking the parsed ``args`` and returning the exit code.
Both commands run on the main thread; the server itself serves on background threads.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
from stellar_sdk import Asset

from posapp.devnet.control import devnet_address
from posapp.devnet.errors import DevnetError
from posapp.devnet.server import Devnet, loopback_host
from posapp.devnet.wallet import (
    START_USDC,
    Wallet,
    decode_qr,
    default_wallet_dir,
    load_or_create_key,
)
from posapp.stellar.networks import TESTNET

DEFAULT_PORT = 8000
DEFAULT_URL = f"http://127.0.0.1:{DEFAULT_PORT}"
URL_ENV = "POSAPP_DEVNET_URL"
DEMO_MERCHANT = devnet_address("demo merchant")
"""The merchant ``posapp devnet`` creates when ``--merchant`` is not given (stable per run)."""
EXIT_ERROR = 2


def register(subparsers: Any) -> argparse.ArgumentParser:
    """Add ``devnet`` (and its ``pay`` sub-command) to a parent's sub-parsers."""
    parser = subparsers.add_parser(
        "devnet",
        help="run a local Horizon-compatible test network (TESTNET look-alike)",
        description="Run a local Horizon-compatible network on loopback for the demo and "
        "tests. Point posapp at it with --network testnet --horizon-url <horizon URL>.",
    )
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help="TCP port (default 8000)")
    parser.add_argument("--host", default="127.0.0.1", help="loopback address to bind")
    parser.add_argument("--merchant", metavar="G…", help="merchant account to create")
    parser.add_argument(
        "--stream-timeout",
        type=float,
        default=55.0,
        metavar="S",
        help="seconds before an SSE stream says byebye (default 55, like Horizon)",
    )
    parser.add_argument("--verbose", action="store_true", help="log requests on stderr")
    parser.set_defaults(func=run_devnet)
    commands = parser.add_subparsers(dest="devnet_command", metavar="{wallet,pay}")
    _register_wallet(commands)
    pay = commands.add_parser(
        "pay",
        help="record an unsigned payment (fault tests only; customers use 'wallet pay')",
        description="For fault tests only: ask a running devnet to record a payment through "
        "its private control endpoint, without signature, sequence number or fee. A simulated "
        "customer pays with signed transactions: posapp devnet wallet pay URI. Prints the "
        "transaction hash.",
    )
    pay.add_argument("--to", required=True, metavar="G…", help="destination (G… or M… address)")
    pay.add_argument("--amount", required=True, help="amount delivered, e.g. 23.77")
    pay.add_argument("--asset-code", default="USDC", help="asset code (XLM for native)")
    pay.add_argument("--asset-issuer", default=TESTNET.usdc_issuer, metavar="G…")
    pay.add_argument("--memo", help="text memo (e.g. the session id)")
    pay.add_argument("--memo-type", default="text", choices=["text", "id", "hash", "return"])
    pay.add_argument("--from", dest="from_account", metavar="G…", help="sender account")
    pay.add_argument(
        "--path-from", metavar="ASSET", help="path payment from XLM, CODE or CODE:ISSUER"
    )
    pay.add_argument(
        "--muxed-id", type=int, metavar="N", help="invoke_host_function transfer to a muxed id"
    )
    pay.add_argument("--failed", action="store_true", help="record a failed transaction")
    pay.add_argument("--url", help=f"devnet base URL (default ${URL_ENV} or {DEFAULT_URL})")
    pay.set_defaults(func=run_pay)
    return parser


def _register_wallet(commands: Any) -> None:
    """Add ``wallet`` and ``wallet pay`` (a test customer that signs real transactions)."""
    wallet_options = argparse.ArgumentParser(add_help=False)
    wallet_options.add_argument(
        "--url",
        default=argparse.SUPPRESS,
        help=f"devnet base URL (default ${URL_ENV} or {DEFAULT_URL})",
    )
    wallet_options.add_argument(
        "--wallet-dir",
        type=Path,
        default=argparse.SUPPRESS,
        metavar="DIR",
        help=f"where the TEST key is kept (default {default_wallet_dir()})",
    )
    wallet = commands.add_parser(
        "wallet",
        parents=[wallet_options],
        help="a test customer wallet that signs and submits real transactions",
        description="Create or load the test customer's key (a TEST key kept in the wallet "
        "dir, mode 0600), fund it by friendbot with XLM and buy USDC with XLM on the devnet; "
        "print its address and balances. 'wallet pay' pays a web+stellar:pay request.",
    )
    wallet.add_argument(
        "--usdc", default=str(START_USDC), metavar="A", help="USDC to hold at least (default 500)"
    )
    wallet.set_defaults(func=run_wallet)
    actions = wallet.add_subparsers(dest="wallet_command", metavar="{pay}")
    pay = actions.add_parser(
        "pay",
        parents=[wallet_options],
        help="pay a web+stellar:pay URI (or the QR in an image) with a signed transaction",
        description="Pay a SEP-7 request with a signed payment (or a path payment from XLM): "
        "refuses a request for another network, without memo or for another USDC issuer. "
        "Prints the transaction hash.",
    )
    pay.add_argument("uri", nargs="?", help="web+stellar:pay?… (quote it in the shell)")
    pay.add_argument("--qr", type=Path, metavar="PNG", help="read the URI from a QR image")
    pay.add_argument(
        "--from-xlm", action="store_true", help="pay with XLM through the devnet market"
    )
    pay.set_defaults(func=run_wallet_pay)


def _wallet(args: argparse.Namespace) -> Wallet:
    """The wallet for ``args`` (URL checked to be loopback, key loaded or made)."""
    base = (getattr(args, "url", None) or os.environ.get(URL_ENV) or DEFAULT_URL).rstrip("/")
    parts = urlsplit(base)
    if parts.scheme != "http" or not parts.hostname:
        raise DevnetError(f"--url must look like {DEFAULT_URL}")
    loopback_host(parts.hostname)
    keypair = load_or_create_key(getattr(args, "wallet_dir", None) or default_wallet_dir())
    return Wallet(base, keypair)


def run_wallet(args: argparse.Namespace) -> int:
    """Create/load and fund the test wallet; print its address and balances."""
    try:
        wallet = _wallet(args)
        wallet.fund(at_least=Decimal(args.usdc))
        xlm = wallet.balance(Asset.native())
        usdc = wallet.balance(wallet.usdc)
    except (DevnetError, ArithmeticError, ValueError) as err:
        return _fail(f"devnet wallet: {err}")
    print(f"wallet: {wallet.address}")
    print(f"XLM: {xlm}")
    print(f"USDC: {usdc}")
    return 0


def run_wallet_pay(args: argparse.Namespace) -> int:
    """Pay a SEP-7 URI (argument or QR image) with a signed transaction; print the hash."""
    try:
        if (args.uri is None) == (args.qr is None):
            raise DevnetError("give either a web+stellar:pay URI or --qr PNG")
        uri = args.uri if args.qr is None else decode_qr(args.qr)
        payment = _wallet(args).pay_uri(uri, from_xlm=args.from_xlm)
    except DevnetError as err:
        return _fail(f"devnet wallet pay: {err}")
    print(payment.tx_hash)
    return 0


def run_devnet(args: argparse.Namespace) -> int:
    """Serve in the foreground until Ctrl-C (or SIGTERM); print the URL and the merchant."""
    try:
        devnet = Devnet(
            port=args.port, host=args.host, stream_timeout=args.stream_timeout, verbose=args.verbose
        )
        url = devnet.start()
    except (DevnetError, OSError) as err:
        return _fail(f"devnet: cannot start: {err}")
    stop = threading.Event()
    previous = _on_sigterm(stop)
    try:
        try:
            merchant = devnet.create_account(args.merchant or DEMO_MERCHANT)
        except DevnetError as err:
            return _fail(f"devnet: {err}")
        print(f"horizon: {url}", flush=True)
        print(f"merchant: {merchant}", flush=True)
        print(
            f"devnet: posapp init --network testnet --horizon-url {url} --account {merchant}\n"
            f"devnet: posapp devnet wallet pay --url {url} 'web+stellar:pay?…'\n"
            "devnet: Ctrl-C stops",
            file=sys.stderr,
            flush=True,
        )
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        devnet.stop()
        _restore_sigterm(previous)
    return 0


def run_pay(args: argparse.Namespace) -> int:
    """POST the payment to ``/_devnet/pay`` of a running devnet; print the tx hash."""
    base = (args.url or os.environ.get(URL_ENV) or DEFAULT_URL).rstrip("/")
    parts = urlsplit(base)
    try:
        if parts.scheme != "http" or not parts.hostname:
            raise DevnetError(f"--url must look like {DEFAULT_URL}")
        loopback_host(parts.hostname)
    except DevnetError as err:
        return _fail(f"devnet pay: {err}")
    body: dict[str, Any] = {
        "to": args.to,
        "amount": args.amount,
        "asset_code": args.asset_code,
        "asset_issuer": args.asset_issuer,
        "failed": args.failed,
    }
    if args.memo is not None:
        body["memo"] = args.memo
        body["memo_type"] = args.memo_type
    for key in ("from_account", "path_from", "muxed_id"):
        if getattr(args, key) is not None:
            body[key] = getattr(args, key)
    try:
        response = httpx.post(f"{base}/_devnet/pay", json=body, timeout=10.0)
    except httpx.HTTPError as err:
        return _fail(f"devnet pay: cannot reach the devnet at {base}: {err}")
    try:
        answer = response.json()
    except ValueError:
        answer = {}
    if response.status_code != 200 or "tx_hash" not in answer:
        detail = answer.get("detail") if isinstance(answer, dict) else None
        return _fail(f"devnet pay: {detail or f'HTTP {response.status_code}'}")
    print(answer["tx_hash"])
    return 0


def _fail(message: str) -> int:
    """Print one clean line on stderr and return the error exit code (main thread)."""
    print(" ".join(message.split()), file=sys.stderr)
    return EXIT_ERROR


def _on_sigterm(stop: threading.Event) -> Any:
    """Make SIGTERM stop the foreground server (main thread only; else a no-op)."""
    if threading.current_thread() is not threading.main_thread():
        return None
    return signal.signal(signal.SIGTERM, lambda *_: stop.set())


def _restore_sigterm(previous: Any) -> None:
    """Put back the SIGTERM handler ``_on_sigterm`` replaced (main thread)."""
    if previous is not None:
        signal.signal(signal.SIGTERM, previous)
