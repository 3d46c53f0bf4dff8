"""The provisioning file ``posapp.toml``: a counter's settings written once by the admin and
shipped with the app, so a new machine starts with them (never secrets).

Where it is found (``find_provisioning_file``): the ``--provisioning FILE`` option, else
``posapp.toml`` next to the packaged executable, else ``posapp.toml`` in the data dir.
``load_provisioning_file`` reads it with ``tomllib`` and checks every key and value — the
same checks as ``posapp init`` (``build_config``) — before anything uses it; any problem is
one ``InvalidInput`` line naming the file and the key. Secrets are refused outright: keys
that name one (secret, seed, password, token, …), any value that looks like a Stellar
secret seed (``S…``) or a webhook secret (``whsec_…``), and a ``database_url`` carrying a
password (that belongs in the OS keyring or ``~/.pgpass``). The error never repeats the
secret.

Pure apart from reading the file; any thread.
"""

from __future__ import annotations

import os
import re
import sys
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from posapp.core.currency import validate_currency
from posapp.core.errors import InvalidInput, PosappError, SecretSeedRefused
from posapp.core.i18n import QT_TRANSLATE_NOOP, validate_language
from posapp.core.money import parse_amount
from posapp.services.receipts.settings import ReceiptSettings
from posapp.services.setup.provisioning import (
    MAX_RATE,
    ProvisionRequest,
    build_config,
    validate_http_url,
)
from posapp.stellar.addresses import (
    is_secret_seed,
    validate_merchant_account,
)

FILENAME = "posapp.toml"
MAX_FILE_BYTES = 64 * 1024
SECRET_KEY_WORDS = re.compile(
    r"secret|seed|passw|passphrase|pwd|token|api_?key|private|mnemonic|credential",
    re.IGNORECASE,
)
"""A key whose name contains one of these is refused, whatever its value."""
_PARTIAL_SEED = re.compile(r"(?<![A-Z2-7])S[A-Z2-7]{19,}")
"""``S`` and 19+ more upper-case base32 characters: a whole, partial or embedded secret seed
(upper case only, so ordinary words run together never match)."""

TOP_LEVEL_KEYS = frozenset(
    {
        "language",
        "tax_mode",
        "tips",
        "tip_percents",
        "discount_limit_percent",
        "confirm_above_usdc",
        "shop_name",
        "terminal",
        "network",
        "merchant_account",
        "horizon_url",
        "currency",
        "rates",
        "spread_percent",
        "expiry_minutes",
        "tolerance",
        "webhook_url",
        "database_url",
        "shop_address",
        "shop_phone",
        "shop_tax_id",
        "receipt",
    }
)
RATE_KEYS = frozenset({"mode", "fixed_rate", "source"})
RECEIPT_KEYS = {
    "footer": "footer",
    "printer": "printer",
    "width": "width_mm",
    "auto_print": "auto_print",
    "copies": "copies",
    "explorer_public": "explorer_public",
    "explorer_testnet": "explorer_testnet",
}
"""``[receipt]`` key → ``ReceiptSettings`` field."""
SHOP_KEYS = {"shop_address": "address", "shop_phone": "phone", "shop_tax_id": "tax_id"}
"""Top-level shop key → ``ReceiptSettings`` field."""


@dataclass(frozen=True, slots=True)
class ProvisioningFile:
    """A checked provisioning file; immutable, safe to pass between threads.

    ``request`` is what ``posapp init`` / the setup wizard take (``check_account`` True: the
    account is still looked up on Horizon when it is applied). ``database_url`` (optional)
    never holds a password. ``terminal`` is this counter's name and ``language`` the
    language of its windows (``es``, ``pt_BR``) when the file sets them.
    """

    path: Path
    request: ProvisionRequest
    database_url: str | None = None
    terminal: str | None = None
    language: str | None = None


def find_provisioning_file(
    explicit: str | os.PathLike[str] | None, data_dir: Path | None
) -> Path | None:
    """The provisioning file to use, or None when there is none.

    ``explicit`` (``--provisioning``) must exist (InvalidInput otherwise); then ``posapp.toml``
    next to the executable of a packaged app (``sys.executable``'s folder; never the Python
    interpreter's when run from source); then ``posapp.toml`` in ``data_dir``. Any thread.
    """
    if explicit:
        path = Path(explicit).expanduser()
        if not path.is_file():
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "provisioning file {path} does not exist"), path=path
            )
        return path
    candidates: list[Path] = []
    if getattr(sys, "frozen", False):
        candidates.append(Path(sys.executable).resolve().parent / FILENAME)
    if data_dir is not None:
        candidates.append(Path(data_dir) / FILENAME)
    return next((path for path in candidates if path.is_file()), None)


def load_provisioning_file(path: str | os.PathLike[str]) -> ProvisioningFile:
    """Read and check ``path``; InvalidInput (or SecretSeedRefused) naming the key on any
    problem. Nothing is written anywhere. Any thread."""
    path = Path(path)
    name = path.name
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "{path}: cannot read ({error})"),
            path=path,
            error=exc.strerror or type(exc).__name__,
        ) from None
    if len(raw) > MAX_FILE_BYTES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "{name}: larger than {limit_kb} KB; is it the right file?"),
            name=name,
            limit_kb=MAX_FILE_BYTES // 1024,
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "{name}: not UTF-8 text"), name=name
        ) from None
    try:
        doc = tomllib.loads(text, parse_float=Decimal)
    except tomllib.TOMLDecodeError as exc:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "{name}: not valid TOML ({error})"), name=name, error=exc
        ) from None
    try:
        return _parse(path, doc)
    except SecretSeedRefused as exc:
        raise SecretSeedRefused(
            QT_TRANSLATE_NOOP("errors", "{name}: {error}"), name=name, error=exc
        ) from None
    except PosappError as exc:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "{name}: {error}"), name=name, error=exc
        ) from None


def _parse(path: Path, doc: Mapping[str, Any]) -> ProvisioningFile:
    _refuse_secrets(doc, "")
    unknown = sorted(set(doc) - TOP_LEVEL_KEYS)
    if unknown:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "unknown key {key!r} (known: {keys})"),
            key=unknown[0],
            keys=", ".join(sorted(TOP_LEVEL_KEYS)),
        )
    for key in ("network", "merchant_account", "currency"):
        if key not in doc:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "{key} is missing"), key=key)
    rates = doc.get("rates")
    if not isinstance(rates, Mapping):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "the [rates] table is missing (mode = 'fixed' or 'http')")
        )
    rate, rate_source = _rates(rates)
    account, currency = _text(doc, "merchant_account"), _text(doc, "currency")
    key = "merchant_account"
    try:
        account = validate_merchant_account(account)
        key = "currency"
        currency = validate_currency(currency)
        key = "rates.fixed_rate"
        if rate is not None:
            parse_amount(rate, places=7, maximum=MAX_RATE)
    except SecretSeedRefused:
        raise
    except InvalidInput as exc:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "{key}: {error}"), key=key, error=exc
        ) from None
    request = ProvisionRequest(
        network=_text(doc, "network"),
        account=account,
        currency=currency,
        horizon_url=_optional_url(doc, "horizon_url"),
        rate=rate,
        rate_source=rate_source,
        spread_percent=_number(doc, "spread_percent", "0"),
        expiry_minutes=_whole(doc, "expiry_minutes", 15),
        tolerance=_number(doc, "tolerance", "0"),
        webhook_url=_optional_url(doc, "webhook_url"),
        shop_name=_text(doc, "shop_name", "posapp shop"),
        terminal=_text(doc, "terminal", "counter-1"),
        check_account=True,
        receipt=_receipt(doc),
        tax_mode=_text(doc, "tax_mode", "inclusive"),
        tips_enabled=_flag(doc, "tips", False),
        tip_percents=_percent_list(doc, "tip_percents"),
        discount_limit_percent=_number(doc, "discount_limit_percent", "10"),
        confirm_above_usdc=_number(doc, "confirm_above_usdc", "1000"),
    )
    build_config(request, datetime.now(UTC))  # every check `posapp init` makes, no I/O
    database_url = _database_url(doc)
    terminal = _text(doc, "terminal") if "terminal" in doc else None
    language = validate_language(_text(doc, "language")) if "language" in doc else None
    return ProvisioningFile(path, request, database_url, terminal, language)


def _refuse_secrets(node: Any, where: str) -> None:
    """Refuse secret-looking keys and values anywhere in the document (never echoing them)."""
    if isinstance(node, Mapping):
        for key, value in node.items():
            dotted = f"{where}.{key}" if where else str(key)
            if SECRET_KEY_WORDS.search(str(key)):
                raise InvalidInput(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "{dotted}: secrets never go in the provisioning file (it is read by "
                        "anyone who can read the app's folder); remove the key",
                    ),
                    dotted=dotted,
                )
            _refuse_secrets(value, dotted)
    elif isinstance(node, list):
        for index, item in enumerate(node):
            _refuse_secrets(item, f"{where}[{index}]")
    elif isinstance(node, str):
        if is_secret_seed(node) or _PARTIAL_SEED.search(node):
            raise SecretSeedRefused(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{where}: that looks like a secret key (S…): never enter a secret key "
                    "anywhere. posapp never needs it; it only watches your public G… address. "
                    "If you think someone saw it, move your funds to a new account",
                ),
                where=where,
            )
        if "whsec_" in node.lower():
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{where}: that is a webhook signing secret; it never goes in the "
                    "provisioning file (posapp makes one and keeps it in the OS keyring)",
                ),
                where=where,
            )


def _text(doc: Mapping[str, Any], key: str, default: str | None = None) -> str:
    value = doc.get(key, default)
    if not isinstance(value, str):
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "{key} must be text in quotes"), key=key)
    if not value.strip():
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "{key} is empty"), key=key)
    return value.strip()


def _optional_url(doc: Mapping[str, Any], key: str) -> str | None:
    if key not in doc:
        return None
    return validate_http_url(_text(doc, key), key)


def _number(doc: Mapping[str, Any], key: str, default: str, label: str | None = None) -> str:
    value = doc.get(key, default)
    if isinstance(value, bool) or not isinstance(value, str | int | Decimal):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "{key} must be a number, e.g. 84.10"), key=label or key
        )
    return str(value).strip()


def _flag(doc: Mapping[str, Any], key: str, default: bool) -> bool:
    value = doc.get(key, default)
    if not isinstance(value, bool):
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "{key} must be true or false"), key=key)
    return value


def _percent_list(doc: Mapping[str, Any], key: str) -> str:
    """``tip_percents = [10, 15, 20]`` (or the text ``"10, 15, 20"``) as the form's text."""
    value = doc.get(key, "10, 15, 20")
    if isinstance(value, list) and all(
        isinstance(v, int | float | Decimal) and not isinstance(v, bool) for v in value
    ):
        return ", ".join(str(v) for v in value)
    if isinstance(value, str):
        return value
    raise InvalidInput(
        QT_TRANSLATE_NOOP("errors", "{key} must be a list of percentages, e.g. [10, 15, 20]"),
        key=key,
    )


def _whole(doc: Mapping[str, Any], key: str, default: int) -> int:
    value = doc.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "{key} must be a whole number"), key=key)
    return value


def _receipt(doc: Mapping[str, Any]) -> ReceiptSettings:
    """The receipt settings from ``shop_address``/``shop_phone``/``shop_tax_id`` and the
    ``[receipt]`` table; each bad value named by its key."""
    values: dict[str, Any] = {}
    given: list[tuple[str, str, Any]] = [
        (key, name, doc[key]) for key, name in SHOP_KEYS.items() if key in doc
    ]
    table = doc.get("receipt", {})
    if not isinstance(table, Mapping):
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "receipt must be a table: [receipt]"))
    unknown = sorted(set(table) - set(RECEIPT_KEYS))
    if unknown:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "unknown key 'receipt.{key}' (known: {keys})"),
            key=unknown[0],
            keys=", ".join(sorted(RECEIPT_KEYS)),
        )
    given += [(f"receipt.{key}", RECEIPT_KEYS[key], table[key]) for key in table]
    for key, name, value in given:
        whole = name in ("width_mm", "copies")
        if whole and (isinstance(value, bool) or not isinstance(value, int)):
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "{key} must be a whole number"), key=key)
        if not whole and not isinstance(value, str):
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "{key} must be text in quotes"), key=key)
        try:
            ReceiptSettings(**{name: value})
        except InvalidInput as exc:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "{key}: {error}"), key=key, error=exc
            ) from None
        values[name] = value
    return ReceiptSettings(**values)


def _rates(rates: Mapping[str, Any]) -> tuple[str | None, str | None]:
    """(fixed rate, rate source) from the ``[rates]`` table, mirroring ``RateSettings``."""
    unknown = sorted(set(rates) - RATE_KEYS)
    if unknown:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "unknown key 'rates.{key}' (known: {keys})"),
            key=unknown[0],
            keys=", ".join(sorted(RATE_KEYS)),
        )
    mode = rates.get("mode")
    if mode == "fixed":
        if "source" in rates:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors", "rates.source is for mode = 'http'; remove it or change the mode"
                )
            )
        if "fixed_rate" not in rates:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors", "rates.fixed_rate is missing (units of the currency per 1 USDC)"
                )
            )
        return _number(rates, "fixed_rate", "", "rates.fixed_rate"), None
    if mode == "http":
        if "fixed_rate" in rates:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors", "rates.fixed_rate is for mode = 'fixed'; remove it or change mode"
                )
            )
        source = rates.get("source")
        if not isinstance(source, str) or not source.strip():
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors", "rates.source is missing: 'coingecko' or an https base URL"
                )
            )
        return None, source.strip()
    raise InvalidInput(QT_TRANSLATE_NOOP("errors", "rates.mode must be 'fixed' or 'http'"))


def _database_url(doc: Mapping[str, Any]) -> str | None:
    """The optional SQLAlchemy URL, refused when it carries a password."""
    if "database_url" not in doc:
        return None
    text = _text(doc, "database_url")
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(text)
    except (ArgumentError, ValueError):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors",
                "database_url is not a database URL (e.g. postgresql://posapp@db.example/posapp)",
            )
        ) from None
    if url.password:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors",
                "database_url contains a password; remove it from the file and keep it "
                "in the OS keyring or ~/.pgpass (postgresql://USER@HOST/DB)",
            )
        )
    if "password" in {key.lower() for key in url.query}:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors", "database_url has a password parameter; use ~/.pgpass instead"
            )
        )
    return text
