"""A test customer wallet: a keypair that signs real transactions for the devnet.

The key lives in the devnet's own folder (``--wallet-dir``, by default under the user cache
dir), in a file named and marked as a TEST key, mode 0600. It is a customer's key for the
local network only — never a shop's. :class:`Wallet` funds itself by friendbot (XLM) and
buys USDC (or any USDC look-alike) with XLM on the devnet's market, then pays SEP-7
``web+stellar:pay`` requests with signed ``payment`` (or ``path_payment_strict_receive``
from XLM) transactions through stellar-sdk's own ``Server``.

Every method does network I/O and runs on the caller's thread — never the GUI thread (the
demo calls it from the thread pool).
"""

from __future__ import annotations

import base64
import json
import os
import threading
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import httpx
import platformdirs
from stellar_sdk import Asset, Keypair, Server, TransactionBuilder
from stellar_sdk.exceptions import BadRequestError, BaseHorizonError, ConnectionError, NotFoundError

from posapp.core.errors import InvalidInput
from posapp.core.money import format_plain
from posapp.devnet.errors import DevnetError
from posapp.stellar.networks import TESTNET, Network
from posapp.stellar.sep7 import PayRequest, parse_pay_uri

KEY_FILE = "customer-wallet.TEST-KEY.json"
WARNING = (
    "TEST KEY for the posapp devnet (a local network) only. It is a simulated customer's "
    "key, not a shop's: never fund it or use it on a real Stellar network."
)
START_USDC = Decimal("500")
"""USDC a new wallet buys with friendbot XLM (at the default 10 XLM per USDC)."""
TIMEOUT_SECONDS = 60


class WalletError(DevnetError):
    """A wallet action failed; ``str(err)`` is one line."""


def default_wallet_dir() -> Path:
    """Where ``posapp devnet wallet`` keeps its key unless ``--wallet-dir`` is given."""
    return Path(platformdirs.user_cache_dir("posapp")) / "devnet-wallet"


def load_or_create_key(wallet_dir: Path) -> Keypair:
    """The wallet's keypair from ``wallet_dir``, made (mode 0600) on first use."""
    path = wallet_dir / KEY_FILE
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        return Keypair.from_secret(doc["secret_seed"])
    except FileNotFoundError:
        pass
    except (ValueError, KeyError, TypeError) as err:
        raise WalletError(f"{path} is not a wallet key file: {err}") from None
    wallet_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    keypair = Keypair.random()
    doc = {"warning": WARNING, "public_key": keypair.public_key, "secret_seed": keypair.secret}
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process made it first
        return load_or_create_key(wallet_dir)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump(doc, out, indent=2)
        out.write("\n")
    return keypair


def decode_qr(png: Path) -> str:
    """The text of the QR code in an image (needs the optional ``zxing-cpp``)."""
    try:
        import zxingcpp
        from PIL import Image
    except ImportError:
        raise WalletError(
            "reading a QR image needs zxing-cpp: pip install zxing-cpp (or pass the URI)"
        ) from None
    try:
        with Image.open(png) as image:
            found = zxingcpp.read_barcodes(image.convert("RGB"))
    except OSError as err:
        raise WalletError(f"cannot read {png}: {err}") from None
    texts = [code.text for code in found if code.text.startswith("web+stellar:")]
    if not texts:
        raise WalletError(f"no web+stellar QR code found in {png}")
    return texts[0]


@dataclass(frozen=True, slots=True)
class Payment:
    """What :meth:`Wallet.pay` submitted."""

    tx_hash: str
    destination: str
    amount: Decimal
    asset: Asset


class Wallet:
    """A funded devnet customer account that signs and submits transactions."""

    def __init__(self, horizon_url: str, keypair: Keypair, network: Network = TESTNET) -> None:
        """Talk to ``horizon_url`` (a devnet) with ``keypair``; nothing is sent yet."""
        self.horizon_url = horizon_url.rstrip("/")
        self.keypair = keypair
        self.network = network
        self.server = Server(horizon_url=self.horizon_url)
        self.usdc = Asset("USDC", network.usdc_issuer)
        self._lock = threading.RLock()
        """One transaction at a time: each is built on the account's current sequence."""

    @property
    def address(self) -> str:
        """The wallet's G… address."""
        return self.keypair.public_key

    # ---- funding ---------------------------------------------------------------------

    def ensure_account(self) -> bool:
        """Create the account by friendbot if the network does not know it; True if new."""
        try:
            self.server.accounts().account_id(self.address).call()
            return False
        except NotFoundError:
            pass
        except (BaseHorizonError, ConnectionError) as err:
            raise WalletError(f"cannot reach the devnet at {self.horizon_url}: {err}") from None
        try:
            answer = httpx.get(
                f"{self.horizon_url}/friendbot", params={"addr": self.address}, timeout=30
            )
        except httpx.HTTPError as err:
            raise WalletError(f"friendbot unreachable at {self.horizon_url}: {err}") from None
        if answer.status_code != 200:
            raise WalletError(f"friendbot refused to fund {self.address}: {answer.text[:200]}")
        return True

    def balance(self, asset: Asset) -> Decimal | None:
        """The wallet's balance of ``asset``; None without a trustline."""
        record = self._call(lambda: self.server.accounts().account_id(self.address).call())
        for line in record["balances"]:
            if asset.is_native() and line["asset_type"] == "native":
                return Decimal(line["balance"])
            if line.get("asset_code") == asset.code and line.get("asset_issuer") == asset.issuer:
                return Decimal(line["balance"])
        return None

    def fund(self, asset: Asset | None = None, at_least: Decimal = START_USDC) -> None:
        """Make sure the wallet exists, trusts ``asset`` (USDC by default) and holds
        ``at_least`` of it, buying the shortfall with XLM (signed transactions)."""
        asset = asset or self.usdc
        with self._lock:
            self.ensure_account()
            held = self.balance(asset)
            if held is not None and held >= at_least:
                return
            builder = self._builder()
            if held is None:
                builder.append_change_trust_op(asset)
            # Circle's USDC is bought with a margin (START_USDC), look-alikes as needed.
            target = max(at_least, START_USDC) if asset == self.usdc else at_least
            buy = format_plain(target - (held or Decimal(0)))
            builder.append_path_payment_strict_receive_op(
                self.address, Asset.native(), "9000", asset, buy, []
            )
            self._submit(builder)

    # ---- paying ----------------------------------------------------------------------

    def check_request(self, request: PayRequest, accept_issuer: str | None = None) -> None:
        """Refuse a SEP-7 request this wallet must not pay (network, memo, issuer, amount)."""
        if request.network_passphrase != self.network.passphrase:
            wanted = request.network_passphrase or "the public network (no network_passphrase)"
            raise WalletError(f"the request is for {wanted}, not {self.network.passphrase}")
        if not request.memo:
            raise WalletError("the request has no memo: the shop could not match the payment")
        if request.amount is None or request.amount <= 0:
            raise WalletError("the request has no amount")
        issuer = accept_issuer or self.network.usdc_issuer
        if request.asset_code != "USDC" or request.asset_issuer != issuer:
            raise WalletError(
                f"the request asks for {request.asset_code or 'XLM'} issued by "
                f"{request.asset_issuer or 'nobody'}, not USDC issued by {issuer}"
            )

    def pay_uri(
        self, uri: str, *, from_xlm: bool = False, accept_issuer: str | None = None
    ) -> Payment:
        """Pay a ``web+stellar:pay`` URI; ``accept_issuer`` admits a look-alike USDC."""
        try:
            request = parse_pay_uri(uri)
        except InvalidInput as err:
            raise WalletError(f"not a payable SEP-7 URI: {err}") from None
        self.check_request(request, accept_issuer)
        return self.pay(request, from_xlm=from_xlm)

    def pay(self, request: PayRequest, *, from_xlm: bool = False) -> Payment:
        """Sign and submit the payment a checked request asks for; return its hash."""
        assert request.amount is not None and request.asset_code and request.asset_issuer
        asset = Asset(request.asset_code, request.asset_issuer)
        amount = format_plain(request.amount)
        with self._lock:
            if from_xlm:
                self.ensure_account()
                builder = self._builder()
                builder.append_path_payment_strict_receive_op(
                    request.destination, Asset.native(), "9000", asset, amount, []
                )
            else:
                self.fund(asset, request.amount)
                builder = self._builder()
                builder.append_payment_op(request.destination, asset, amount)
            _add_memo(builder, request)
            answer = self._submit(builder)
        return Payment(answer["hash"], request.destination, request.amount, asset)

    # ---- plumbing --------------------------------------------------------------------

    def _builder(self) -> TransactionBuilder:
        """A builder on the freshly loaded account (its current sequence)."""
        account = self._call(lambda: self.server.load_account(self.address))
        builder = TransactionBuilder(account, self.network.passphrase, base_fee=100)
        return builder.set_timeout(TIMEOUT_SECONDS)

    def _submit(self, builder: TransactionBuilder) -> dict:
        """Sign with the wallet key and submit; WalletError with Horizon's result codes."""
        envelope = builder.build()
        envelope.sign(self.keypair)
        return self._call(lambda: self.server.submit_transaction(envelope))

    def _call(self, action):  # type: ignore[no-untyped-def]
        """Run a stellar-sdk call, turning its errors into one-line WalletErrors."""
        try:
            return action()
        except BadRequestError as err:
            codes = (err.extras or {}).get("result_codes")
            raise WalletError(
                f"the devnet refused the transaction: {codes or err.detail}"
            ) from None
        except NotFoundError:
            raise WalletError(f"account {self.address} does not exist on the devnet") from None
        except (BaseHorizonError, ConnectionError) as err:
            message = " ".join(str(err).split())[:200]
            raise WalletError(f"devnet error at {self.horizon_url}: {message}") from None


def _add_memo(builder: TransactionBuilder, request: PayRequest) -> None:
    """Copy the request's memo onto the transaction (text, id, hash or return)."""
    memo, kind = request.memo or "", (request.memo_type or "MEMO_TEXT").upper()
    if kind == "MEMO_TEXT":
        builder.add_text_memo(memo)
    elif kind == "MEMO_ID":
        builder.add_id_memo(int(memo))
    elif kind == "MEMO_HASH":
        builder.add_hash_memo(base64.b64decode(memo))
    elif kind == "MEMO_RETURN":
        builder.add_return_hash_memo(base64.b64decode(memo))
    else:
        raise WalletError(f"unknown memo type {request.memo_type}")
