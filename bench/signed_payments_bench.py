"""Signed payments on the devnet: submitted → session ``paid`` committed, and submit rate.

    python bench/signed_payments_bench.py [--payments 300] [--rate-payments 3000] [--clients 4]

Latency: a devnet on loopback, a real SQLite data dir and the real watcher (own thread and
event loop, as in the GUI). Each payment is a customer's signed transaction (signed before
the clock starts), posted to ``POST /transactions`` one after the other; the time runs from
just before the POST to the moment the watcher's transaction has committed and its listener
is called. Rate: a devnet in its own process; ``--clients`` threads, each with its own
customer account and keep-alive connection, post pre-signed payments back to back.
"""

from __future__ import annotations

import argparse
import asyncio
import http.client
import multiprocessing
import statistics
import tempfile
import threading
import time
from decimal import Decimal
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import httpx
from stellar_sdk import Asset, Keypair, Network, TransactionBuilder

from posapp.core.roles import CLI_ACTOR
from posapp.devnet.server import Devnet
from posapp.devnet.wallet import Wallet
from posapp.services.context import build_context
from posapp.services.detection.watcher import NullListener, PaymentWatcher
from posapp.services.setup.provisioning import ProvisionRequest, provision
from posapp.storage.engine import Database

P99_TARGET_MS = 50.0
RATE_TARGET = 500.0


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def signed_payments(
    url: str, customer: Keypair, merchant: str, memos: list[str], amounts: list[str]
) -> list[str]:
    """Base64 envelopes of one payment per memo, on consecutive sequence numbers."""
    wallet = Wallet(url, customer)
    account = wallet.server.load_account(customer.public_key)
    usdc = Asset("USDC", wallet.network.usdc_issuer)
    envelopes = []
    for memo, amount in zip(memos, amounts, strict=True):
        tx = (
            TransactionBuilder(account, Network.TESTNET_NETWORK_PASSPHRASE, base_fee=100)
            .append_payment_op(merchant, usdc, amount)
            .add_text_memo(memo)
            .set_timeout(3600)
            .build()
        )
        tx.sign(customer)
        envelopes.append(tx.to_xdr())
    return envelopes


class Signal(NullListener):
    def __init__(self) -> None:
        self.event = threading.Event()
        self.at = 0.0

    def payments_applied(self, applied) -> None:
        self.at = time.perf_counter()
        self.event.set()


def latency(n: int) -> list[float]:
    with Devnet(stream_timeout=55.0) as net, tempfile.TemporaryDirectory() as tmp:
        merchant = net.create_account()
        db = Database.in_data_dir(Path(tmp))
        provision(Path(tmp), db, ProvisionRequest(network="testnet", account=merchant,
                  currency="INR", rate="84.10", horizon_url=net.url))  # fmt: skip
        ctx = build_context(Path(tmp), db)
        sessions = [ctx.sessions.create("841", CLI_ACTOR) for _ in range(n)]
        customer = Keypair.random()
        net.set_price("0.5")  # cheap USDC: friendbot's 10,000 XLM buy 20,000 USDC
        Wallet(net.url, customer).fund(at_least=sum(s.usdc_due for s in sessions))
        envelopes = signed_payments(
            net.url, customer, merchant, [s.id for s in sessions],
            [str(s.usdc_due) for s in sessions],
        )  # fmt: skip
        listener = Signal()
        loop = asyncio.new_event_loop()
        watcher = PaymentWatcher(ctx.db, ctx.config, ctx.sessions, listener)
        task = loop.create_task(watcher.run())
        thread = threading.Thread(target=lambda: loop.run_until_complete(asyncio.wait([task])))
        thread.start()
        time.sleep(1.0)  # connected and live
        samples = []
        with httpx.Client(base_url=net.url, timeout=10) as http:
            for envelope in envelopes:
                listener.event.clear()
                began = time.perf_counter()
                answer = http.post("/transactions", data={"tx": envelope})
                if answer.status_code != 200:
                    raise SystemExit(f"submission refused: {answer.text[:300]}")
                if not listener.event.wait(5):
                    raise SystemExit("a payment was not applied within 5 s")
                samples.append((listener.at - began) * 1000)
        loop.call_soon_threadsafe(task.cancel)
        thread.join()
        paid = ctx.sessions.list_recent(limit=n + 10)
        assert sum(s.status.value == "paid" for s in paid) == n
        db.dispose()
        return samples


def _devnet_process(conn) -> None:
    """Child process: a devnet, so serving submissions does not share our GIL."""
    with Devnet() as net:
        conn.send(net.url)
        conn.recv()


def submit_rate(total: int, clients: int) -> tuple[int, float]:
    parent, child = multiprocessing.Pipe()
    proc = multiprocessing.Process(target=_devnet_process, args=(child,))
    proc.start()
    url = parent.recv()
    try:
        shop = Keypair.random()
        Wallet(url, shop).fund()  # friendbot account with a USDC trustline (signed)
        merchant = shop.public_key
        per_client = total // clients
        batches = []
        for index in range(clients):
            customer = Keypair.random()
            wallet = Wallet(url, customer)
            wallet.fund(at_least=Decimal("0.01") * per_client)
            memos = [f"bench_{index}_{i}" for i in range(per_client)]
            batches.append(signed_payments(url, customer, merchant, memos, ["0.01"] * per_client))
        ok = [0] * clients

        bodies = [[urlencode({"tx": e}).encode() for e in batch] for batch in batches]
        parts = urlsplit(url)
        headers = {"Content-Type": "application/x-www-form-urlencoded"}

        def post_all(index: int) -> None:
            # http.client: the lightest keep-alive client, so the figure is the devnet's.
            conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
            for body in bodies[index]:
                conn.request("POST", "/transactions", body, headers)
                answer = conn.getresponse()
                answer.read()
                ok[index] += answer.status == 200
            conn.close()

        threads = [threading.Thread(target=post_all, args=(i,)) for i in range(clients)]
        began = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.perf_counter() - began
    finally:
        parent.send("done")
        proc.join(10)
    return sum(ok), elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--payments", type=int, default=300)
    parser.add_argument("--rate-payments", type=int, default=3000)
    parser.add_argument("--clients", type=int, default=4)
    args = parser.parse_args()
    samples = latency(args.payments)
    p99 = percentile(samples, 99)
    print(f"signed payment submitted → paid committed, {len(samples)} payments: "
          f"p50 {statistics.median(samples):.1f} ms, p99 {p99:.1f} ms "
          f"(target ≤ {P99_TARGET_MS:.0f} ms: {'met' if p99 <= P99_TARGET_MS else 'MISSED'}), "
          f"max {max(samples):.1f} ms")  # fmt: skip
    accepted, elapsed = submit_rate(args.rate_payments, args.clients)
    rate = accepted / elapsed
    print(f"devnet accepts {accepted} signed transactions in {elapsed:.2f} s = {rate:,.0f}/s "
          f"with {args.clients} clients (target ≥ {RATE_TARGET:.0f}/s: "
          f"{'met' if rate >= RATE_TARGET else 'MISSED'})")  # fmt: skip


if __name__ == "__main__":
    main()
