"""``posapp self-check``: can this installation (usually a packaged app on a fresh machine)
do its job? Each check returns a ``CheckResult``; the command prints one line per check.

The checks here need no Qt (docs/design.md layers); the Qt platform and bundled-resources checks
live in ``posapp.ui.self_check``. None of them touches the shop's own database or keyring
entries: the database check migrates a new database in a temporary directory.

The keyring check passes whenever keyring loads, even with no secure backend (``fail`` /
``null``): posapp charges, detects payments and signs in without one; only the webhook
secret needs it, and ``--secret-file-store`` is the documented way out. The line says so.
On Linux it also fails when the Secret Service client (SecretStorage and the AES it
encrypts with) cannot work, whether or not a Secret Service runs on this machine.

Every function runs on the calling thread (the CLI's main thread) and is quick (< 1 s).
"""

from __future__ import annotations

import io
import os
import sqlite3
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from posapp.core.errors import PosappError

SAMPLE_DESTINATION = "GB5A53NRV4WCZL4U22JU547HBFOTKHMUQBI4JEOFZQBHQCFTPYQNQALC"
"""A valid public account used only to build a sample URI (nobody is paid)."""
SAMPLE_AMOUNT = Decimal("12.3456789")
SAMPLE_MEMO = "pay_selfcheck"
QR_SCALE = 4
NO_SECURE_KEYRING = "no secure backend; webhook secrets need --secret-file-store"
SECRET_SAMPLE = b"posapp self-check"


@dataclass(frozen=True, slots=True)
class CheckResult:
    """One check's outcome: its name, whether it passed, and one line of detail. A warning
    passes (the counter works without it) but is worth an admin's look."""

    name: str
    ok: bool
    detail: str
    warning: bool = False

    def line(self) -> str:
        """``ok   database: …``, ``warn sound: …`` or ``FAIL keyring: …`` (grep-able)."""
        mark = "FAIL" if not self.ok else "warn" if self.warning else "ok"
        return f"{mark:<4} {self.name}: {self.detail}"


def run_check(name: str, check: Callable[[], str]) -> CheckResult:
    """Run ``check`` (returns its detail line, raises on failure) as a ``CheckResult``."""
    try:
        return CheckResult(name, True, check())
    except PosappError as exc:
        return CheckResult(name, False, str(exc))
    except Exception as exc:  # a self-check reports every failure instead of crashing
        return CheckResult(name, False, f"{type(exc).__name__}: {exc}".strip())


def check_data_dir(explicit: str | os.PathLike[str] | None) -> str:
    """The data dir resolves, exists and is writable (nothing inside it is opened)."""
    from posapp.services.setup.datadir import resolve_data_dir

    return f"{resolve_data_dir(explicit)} is writable"


def check_database() -> str:
    """A new SQLite database in a temporary directory opens and migrates to the newest
    revision, and can be written and read back."""
    from sqlalchemy import text

    from posapp.storage.engine import Database, sqlite_url
    from posapp.storage.migrate import MIGRATIONS_DIR, alembic_config

    with tempfile.TemporaryDirectory(prefix="posapp-self-check-") as tmp:
        db = Database(sqlite_url(Path(tmp)))
        try:
            from alembic.script import ScriptDirectory

            head = ScriptDirectory.from_config(alembic_config()).get_current_head()
            with db.write() as session:
                current = session.execute(text("SELECT version_num FROM alembic_version"))
                revision: str = current.scalar_one()
                session.execute(text("CREATE TABLE self_check (x INTEGER)"))
                session.execute(text("INSERT INTO self_check VALUES (42)"))
            with db.read() as session:
                value: int = session.execute(text("SELECT x FROM self_check")).scalar_one()
        finally:
            db.dispose()
    if revision != head or value != 42:
        raise RuntimeError(f"schema at {revision}, expected {head}")
    return (
        f"SQLite {sqlite3.sqlite_version}, new database migrated to revision {revision} "
        f"(migrations in {MIGRATIONS_DIR}); {check_postgres_client()}"
    )


def check_postgres_client() -> str:
    """psycopg and its libpq load (what a store with several counters connects with; no
    connection is made). In the Linux bundle libpq runs on the bundle's OpenSSL and Kerberos,
    so a library that lacks a symbol version libpq needs fails here, not at a shop."""
    try:
        import psycopg
        from psycopg import pq
    except ImportError as exc:
        raise RuntimeError(f"PostgreSQL client cannot load: {exc}") from None
    return (
        f"PostgreSQL client psycopg {psycopg.__version__} ({pq.__impl__}), "
        f"libpq {pq.version_pretty(pq.version())}"
    )


def check_keyring() -> str:
    """keyring imports and picks a backend; say which, and when it cannot keep secrets."""
    import keyring

    from posapp.webhooks.secret_store import keyring_problem

    backend = keyring.get_keyring()
    kind = type(backend)
    name = f"{kind.__module__.removeprefix('keyring.backends.')}.{kind.__name__}"
    client = f"; {check_secret_service_client()}" if sys.platform.startswith("linux") else ""
    problem = keyring_problem()
    if problem:
        return f"{name} ({NO_SECURE_KEYRING}: {problem}){client}"
    return f"{name} (priority {getattr(backend, 'priority', '?')}){client}"


def check_secret_service_client() -> str:
    """Linux: SecretStorage, keyring's Secret Service client, imports and its encrypted
    session works (a Diffie-Hellman exchange between two sessions, a secret sealed by one as
    SecretStorage sends it and opened by the other as the service would). Without it keyring
    quietly falls back to no keyring on every machine, so a bundle that lacks what it needs
    fails here rather than in a shop. No D-Bus involved."""
    try:
        from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
        from secretstorage.dhcrypto import Session
        from secretstorage.util import format_secret
    except ImportError as exc:
        raise RuntimeError(f"Secret Service client cannot load: {exc}") from None

    client, service = Session(), Session()
    client.set_server_public_key(service.my_public_key)
    service.set_server_public_key(client.my_public_key)
    client.object_path = "/org/freedesktop/secrets/session/self_check"
    _path, iv, sealed, _kind = format_secret(client, SECRET_SAMPLE, "text/plain")
    assert service.aes_key is not None
    opener = Cipher(algorithms.AES(service.aes_key), modes.CBC(iv)).decryptor()
    padded = opener.update(sealed) + opener.finalize()
    if sealed == SECRET_SAMPLE or padded[: -padded[-1]] != SECRET_SAMPLE:
        raise RuntimeError("Secret Service client: a sealed secret did not open")
    return "Secret Service client ready (encrypted session checked)"


def _sample_uri() -> str:
    from posapp.stellar.networks import TESTNET
    from posapp.stellar.sep7 import build_pay_uri

    return build_pay_uri(
        destination=SAMPLE_DESTINATION,
        amount=SAMPLE_AMOUNT,
        asset_code="USDC",
        asset_issuer=TESTNET.usdc_issuer,
        memo=SAMPLE_MEMO,
        network=TESTNET,
        msg="posapp self-check",
    )


def check_sep7() -> str:
    """A SEP-7 pay URI is built and read back unchanged by stellar-sdk's parser."""
    from posapp.stellar.networks import TESTNET
    from posapp.stellar.sep7 import parse_pay_uri

    uri = _sample_uri()
    parsed = parse_pay_uri(uri)
    expected = (SAMPLE_DESTINATION, SAMPLE_AMOUNT, "USDC", TESTNET.usdc_issuer, SAMPLE_MEMO)
    got = (
        parsed.destination,
        parsed.amount,
        parsed.asset_code,
        parsed.asset_issuer,
        parsed.memo,
    )
    if got != expected or parsed.network_passphrase != TESTNET.passphrase:
        raise RuntimeError(f"URI did not round-trip: {uri}")
    return f"pay URI built and parsed back ({len(uri)} characters, amount {SAMPLE_AMOUNT})"


def check_qr() -> str:
    """The QR of a SEP-7 URI renders to a PNG of the right size with dark and light pixels."""
    from PIL import Image

    from posapp.stellar.qr import qr_matrix, render_png

    uri = _sample_uri()
    png = render_png(uri, scale=QR_SCALE)
    matrix = qr_matrix(uri)
    with Image.open(io.BytesIO(png)) as image:
        image.load()
        size, extrema = image.size, image.convert("L").getextrema()
    side = matrix.size * QR_SCALE
    if size != (side, side):
        raise RuntimeError(f"PNG is {size[0]}x{size[1]} px, expected {side}x{side}")
    if extrema != (0, 255):
        raise RuntimeError("PNG is blank (no dark or no light modules)")
    return f"{matrix.size}x{matrix.size} modules, {side}x{side} px PNG ({len(png)} bytes)"


def check_ssl() -> str:
    """The CA certificates httpx uses load (``SSL_CERT_FILE`` / ``SSL_CERT_DIR`` or certifi)."""
    import certifi
    import httpx

    context = httpx.create_ssl_context()
    count = context.cert_store_stats().get("x509_ca", 0)
    source = os.environ.get("SSL_CERT_FILE") or os.environ.get("SSL_CERT_DIR") or certifi.where()
    if count == 0 and not os.environ.get("SSL_CERT_DIR"):  # a dir loads lazily: count 0
        raise RuntimeError(f"no CA certificates loaded from {source}")
    return f"{count} CA certificates from {source}"


def service_checks(data_dir: str | os.PathLike[str] | None = None) -> Iterator[CheckResult]:
    """Every Qt-free check in order, yielded one at a time (print as they finish)."""
    yield run_check("data dir", lambda: check_data_dir(data_dir))
    yield run_check("database", check_database)
    yield run_check("keyring", check_keyring)
    yield run_check("sep7", check_sep7)
    yield run_check("qr", check_qr)
    yield run_check("ssl", check_ssl)
