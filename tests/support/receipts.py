"""Receipt test kit: a shop with paid sales on a real database (payments applied by the real
detection code), a stand-in network printer (a TCP listener on loopback that keeps every
byte, like a port-9100 thermal printer), and a reader of the ESC/POS commands posapp's
receipts use, decoding text with python-escpos's own code-page tables."""

from __future__ import annotations

import socket
import threading
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from itertools import count

from stellar_sdk import Keypair

from posapp.core.records import PaymentRecord
from posapp.core.roles import Actor, Role
from posapp.core.session import PaymentSession
from posapp.rates import RateSettings, build_rate_source
from posapp.services.config import ShopConfig, save_config
from posapp.services.detection.applier import PaymentApplier
from posapp.services.receipts.settings import ReceiptSettings
from posapp.services.sales.sessions import SessionService
from posapp.stellar.horizon_reader import ReceivedRecord
from posapp.stellar.networks import NETWORKS
from posapp.storage.engine import Database

T0 = datetime(2026, 12, 5, 8, 30, tzinfo=UTC)
CASHIER = Actor("Zoë", Role.CASHIER)
LEDGER = 5_123_456
_ops = count(1)


class Clock:
    """A clock the test moves."""

    def __init__(self, now: datetime = T0) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def receipt_settings(**changes: object) -> ReceiptSettings:
    """The test shop's receipt settings."""
    base = ReceiptSettings(
        address="12 MG Road\nBengaluru 560001",
        phone="+91 80 1234 5678",
        tax_id="GSTIN 29ABCDE1234F1Z5",
        footer="Merci, à bientôt!",
    )
    return base.with_changes(**changes)


@dataclass
class Shop:
    """A shop with a fixed INR rate on ``db``."""

    db: Database
    config: ShopConfig
    sessions: SessionService
    clock: Clock
    merchant: str
    tx_hashes: list[str] = field(default_factory=list)

    def sale(self, amount: str, note: str = "table 4 — José") -> PaymentSession:
        """A new sale, charged by Zoë."""
        return self.sessions.create(amount, CASHIER, note=note)

    def pay(self, session: PaymentSession, amount: Decimal | None = None) -> str:
        """Pay ``amount`` (default: what is due) for ``session`` through detection; returns
        the transaction hash."""
        op = next(_ops)
        token = str((LEDGER << 32) | (op << 12) | 1)
        tx_hash = f"{op:04x}" + "9f3c2a71d0e4b58c" * 2 + "a1b2c3d4e5f60718293a4b5c0d1e"
        assert len(tx_hash) == 64
        rec = PaymentRecord(
            operation_id=token, paging_token=token, transaction_hash=tx_hash,
            transaction_successful=True, type="payment",
            source_account=Keypair.random().public_key, destination=self.merchant,
            asset_type="credit_alphanum4", asset_code="USDC",
            asset_issuer=NETWORKS[self.config.network].usdc_issuer,
            amount=session.remaining if amount is None else amount,
            created_at=self.clock(), memo_type="text", memo=session.id,
        )  # fmt: skip
        applier = PaymentApplier(self.db, self.config, self.clock)
        applier.apply([ReceivedRecord(paging_token=token, records=(rec,), error=None)])
        self.tx_hashes.append(tx_hash)
        return tx_hash

    def paid_sale(self, amount: str = "1250", **kwargs: str) -> PaymentSession:
        """A sale paid in full."""
        session = self.sale(amount, **kwargs)
        self.pay(session)
        return self.sessions.get(session.id)


def make_shop(
    database_url: str,
    *,
    network: str = "testnet",
    shop_name: str = "Café Zoë",
    receipt: ReceiptSettings | None = None,
    currency: str = "INR",
    rate: str = "84.10",
) -> Shop:
    """A configured shop on ``database_url``."""
    clock = Clock()
    db = Database(database_url)
    merchant = Keypair.random().public_key
    config = ShopConfig(
        network=network,
        merchant_account=merchant,
        currency=currency,
        rates=RateSettings(mode="fixed", fixed_rates={currency: Decimal(rate)}, fixed_set_at=T0),
        horizon_url="http://127.0.0.1:9",
        shop_name=shop_name,
        receipt=receipt or receipt_settings(),
    )
    save_config(db, config, T0)
    sessions = SessionService(db, config, build_rate_source(config.rates), clock)
    return Shop(db, config, sessions, clock, merchant)


def later(shop: Shop, **delta: float) -> None:
    """Move the shop's clock on."""
    shop.clock.now += timedelta(**delta)


# a stand-in printer -------------------------------------------------------------------------
class StandInPrinter:
    """A TCP listener on 127.0.0.1 that accepts connections one at a time and keeps what each
    sent (a network thermal printer as far as the sender can tell). ``port`` may be given to
    listen where a refused connection was seen before."""

    def __init__(self, port: int = 0) -> None:
        self._server = socket.create_server(("127.0.0.1", port))
        self._server.settimeout(0.2)
        self.port = self._server.getsockname()[1]
        self.jobs: list[bytes] = []
        self._done = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="stand-in printer", daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        """``tcp://127.0.0.1:PORT``."""
        return f"tcp://127.0.0.1:{self.port}"

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with conn:
                conn.settimeout(10)
                data = bytearray()
                while True:
                    try:
                        chunk = conn.recv(65536)
                    except OSError:
                        break
                    if not chunk:
                        break
                    data += chunk
            self.jobs.append(bytes(data))
            self._done.set()

    def wait(self, jobs: int = 1, timeout: float = 10) -> list[bytes]:
        """The first ``jobs`` jobs, waiting for them."""
        import time

        deadline = time.monotonic() + timeout
        while len(self.jobs) < jobs and time.monotonic() < deadline:
            self._done.wait(0.05)
            self._done.clear()
        assert len(self.jobs) >= jobs, f"the printer got {len(self.jobs)} of {jobs} jobs"
        return self.jobs[:jobs]

    def close(self) -> None:
        """Stop listening."""
        self._stop.set()
        self._server.close()
        self._thread.join(5)


# reading ESC/POS ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Printed:
    """What a receipt's ESC/POS bytes make the printer do."""

    lines: tuple[str, ...]
    """Every text line, decoded with the code page in force."""
    big: tuple[str, ...]
    """The lines printed in double size."""
    qr: tuple[str, ...]
    """Payloads of the printer's own QR command (GS ( k, function 80)."""
    cuts: int
    """Paper cuts (GS V)."""
    code_pages: tuple[int, ...]
    """Code pages selected (ESC t n)."""


def _page_table(number: int) -> list[str]:
    from escpos.capabilities import get_profile
    from escpos.magicencode import Encoder

    pages = {int(n): name for name, n in get_profile("default").get_code_pages().items()}
    return Encoder._get_codepage_char_list(pages[number])


def read_escpos(data: bytes) -> Printed:
    """Decode the commands python-escpos emits for a receipt; unknown commands fail."""
    lines: list[str] = []
    big: list[str] = []
    qr: list[str] = []
    cuts = 0
    pages: list[int] = []
    table: list[str] | None = None
    current: list[str] = []
    size = 0
    i = 0
    while i < len(data):
        b = data[i]
        if b == 0x1B:  # ESC
            cmd = data[i + 1]
            if cmd == 0x40:  # @ init
                i += 2
            elif cmd in (0x21, 0x45, 0x61, 0x64, 0x2D, 0x4D, 0x47, 0x7B, 0x56):
                if cmd == 0x21:
                    size = data[i + 2]
                i += 3
            elif cmd == 0x74:  # t n: code page
                pages.append(data[i + 2])
                table = _page_table(data[i + 2])
                i += 3
            else:
                raise AssertionError(f"unexpected ESC {cmd:#x} at {i}")
        elif b == 0x1D:  # GS
            cmd = data[i + 1]
            if cmd == 0x28 and data[i + 2] == 0x6B:  # ( k
                length = data[i + 3] | data[i + 4] << 8
                body = data[i + 5 : i + 5 + length]
                if body[0] == 0x31 and body[1] == 0x50:  # cn=1 (QR), fn=80: store data
                    qr.append(body[3:].decode("utf-8"))
                i += 5 + length
            elif cmd == 0x56:  # V m: cut
                cuts += 1
                i += 3 if data[i + 2] in (0x00, 0x01, 0x30, 0x31) else 4
            elif cmd == 0x21:
                size = data[i + 2]
                i += 3
            else:
                raise AssertionError(f"unexpected GS {cmd:#x} at {i}")
        elif b == 0x0A:
            text = "".join(current)
            lines.append(text)
            if size & 0x30 == 0x30:
                big.append(text)
            current = []
            i += 1
        elif b >= 0x80:
            assert table is not None, f"byte {b:#x} before any code page was chosen"
            current.append(table[b - 0x80])
            i += 1
        elif b < 0x20:
            raise AssertionError(f"unexpected control byte {b:#x} at {i}")
        else:
            current.append(chr(b))
            i += 1
    return Printed(tuple(lines), tuple(big), tuple(qr), cuts, tuple(pages))


def explorer_url(shop: Shop, tx_hash: str) -> str:
    """Where the shop's receipts send the customer for ``tx_hash``."""
    url = shop.config.receipt.explorer_url(shop.config.network, tx_hash)
    assert url is not None
    return url


def replace_receipt(shop: Shop, **changes: object) -> Shop:
    """The shop with other receipt settings."""
    config = shop.config.with_changes(receipt=shop.config.receipt.with_changes(**changes))
    return replace(shop, config=config)
