"""``posapp database password``: keep the shared PostgreSQL database's password in the OS
keyring of this counter, after checking it works; ``posapp database check``: the per-day
sums agree with the sales; ``posapp database zone``: the zone those sums count days in
(main thread)."""

from __future__ import annotations

import argparse
import getpass
import sys

from sqlalchemy import text
from sqlalchemy.engine import make_url

from posapp.cli.common import context, counter
from posapp.core.errors import InvalidInput
from posapp.core.roles import CLI_ACTOR
from posapp.services.setup.store_connection import keyring_username, store_password
from posapp.storage.day_zone import computer_zone, offset_rows
from posapp.storage.engine import Database


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``database`` command."""
    p = sub.add_parser("database", help="the shared PostgreSQL database of several counters")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    pw = actions.add_parser(
        "password",
        help="store the database password in the OS keyring (asked for, or read from stdin)",
    )
    pw.set_defaults(func=run_password)
    check = actions.add_parser(
        "check",
        help="check that the per-day sums behind the history's totals equal the sales "
        "(exit 1 and one line per difference when they do not)",
    )
    check.set_defaults(func=run_check)
    zone = actions.add_parser(
        "zone",
        help="show the time zone the history's per-day sums count days in, or set it "
        "(the shop's zone, e.g. Asia/Kolkata; the sums are built again from the sales)",
    )
    zone.add_argument("name", nargs="?", help="IANA time zone to count days in")
    zone.set_defaults(func=run_zone)


def run_check(args: argparse.Namespace) -> int:
    """Compare the per-day sums with a full scan of the sales."""
    ctx = context(args)
    try:
        found = ctx.backoffice.history.sum_differences(CLI_ACTOR)
        zone = ctx.backoffice.history.sums_zone(CLI_ACTOR)
    finally:
        ctx.db.dispose()
    for line in found:
        print(f"day sums differ: {line}", file=sys.stderr)
    if found:
        return 1
    print("day sums agree with the sales")
    here = computer_zone()
    if offset_rows(zone) != offset_rows(here):  # "UTC" and "Etc/UTC" are one zone
        print(f"note: they count days in {zone}, this computer is in {here}; "
              f"`posapp database zone {here}` makes its history faster")  # fmt: skip
    return 0


def run_zone(args: argparse.Namespace) -> int:
    """Print the sums' zone and this computer's, or set the sums' zone to ``args.name``."""
    ctx = context(args)
    try:
        history = ctx.backoffice.history
        if args.name is None:
            print(f"days counted in {history.sums_zone(CLI_ACTOR)}")
            print(f"this computer's zone: {computer_zone()}")
            return 0
        written = history.set_sums_zone(args.name, CLI_ACTOR)
    finally:
        ctx.db.dispose()
    print(f"days counted in {args.name} from now on ({written} sums rows built again)")
    return 0


def run_password(args: argparse.Namespace) -> int:
    """Ask for the password of ``--database-url`` (stdin when not a terminal), check that it
    opens the database, then store it in the keyring. Nothing is stored when it fails."""
    _data_dir, identity = counter(args)
    url = identity.database_url
    if not url or not make_url(url).drivername.startswith("postgres"):
        raise InvalidInput("give the PostgreSQL database with --database-url (no password in it)")
    if make_url(url).password is not None:
        raise InvalidInput("leave the password out of the URL; it is asked for instead")
    if sys.stdin.isatty():
        password = getpass.getpass(f"Password for {make_url(url).username or 'the database'}: ")
    else:
        password = sys.stdin.readline().rstrip("\n")
    if not password:
        raise InvalidInput("the password is empty")
    with_password = make_url(url).set(password=password).render_as_string(hide_password=False)
    db = Database(with_password, migrate=False)
    try:
        with db.read() as session:
            session.execute(text("SELECT 1"))
    except Exception as exc:
        raise InvalidInput(f"that password does not open the database: {_reason(exc)}") from None
    finally:
        db.dispose()
    store_password(url, password)
    print(f"database password stored in the OS keyring (entry posapp/{keyring_username(url)})")
    return 0


def _reason(exc: BaseException) -> str:
    """The driver's first line, never the URL (which now holds the password)."""
    orig = getattr(exc, "orig", exc)
    lines = str(orig).strip().splitlines()
    return lines[-1] if lines else type(orig).__name__
