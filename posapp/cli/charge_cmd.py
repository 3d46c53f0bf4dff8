"""``posapp charge AMOUNT`` or ``posapp charge --item SKU[:QTY] … [--tip 10%]``: create a
session, show its QR, wait for the payment.

Exit codes: 0 paid; 3 expired; 4 cancelled; 5 timed out; 1 error; 130 interrupted.
"""

from __future__ import annotations

import argparse
import asyncio
from decimal import Decimal

from posapp.cli.common import context, print_json
from posapp.core.cart import CartLine, Discount, Tip
from posapp.core.currency import currency_places
from posapp.core.errors import InvalidInput
from posapp.core.money import format_plain, parse_amount
from posapp.core.roles import CLI_ACTOR
from posapp.core.session import PaymentSession, SessionStatus
from posapp.services.context import AppContext
from posapp.services.detection.charge_wait import wait_for_outcome
from posapp.services.sales.payment_request import payment_uri
from posapp.services.sales.serialize import session_to_json
from posapp.stellar.qr import render_terminal

EXIT_CODES = {SessionStatus.PAID: 0, SessionStatus.EXPIRED: 3, SessionStatus.CANCELLED: 4}
EXIT_TIMEOUT = 5


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``charge`` command."""
    p = sub.add_parser("charge", help="charge an amount and wait for the USDC payment")
    p.add_argument(
        "amount",
        nargs="?",
        help="amount in the shop's currency, e.g. 1999 or 12.50 (with --item: one more line)",
    )
    p.add_argument(
        "--item",
        action="append",
        default=[],
        metavar="SKU[:QTY]",
        help="an item from the catalog by SKU or barcode, QTY times (repeatable)",
    )
    p.add_argument("--discount", metavar="N%|AMOUNT", help="a discount on the whole cart")
    p.add_argument("--tip", metavar="N%|AMOUNT", help="a tip, part of what the customer pays")
    p.add_argument("--currency", help="currency (default: the shop's)")
    p.add_argument("--note", default="", help="a note kept with the sale")
    p.add_argument("--timeout", type=float, help="stop waiting after S seconds")
    p.add_argument("--no-wait", action="store_true", help="print the request and exit")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Create the session, print it, and wait unless ``--no-wait``."""
    if args.timeout is not None and not 0 < args.timeout <= 7 * 24 * 3600:
        raise InvalidInput("--timeout must be a positive number of seconds")
    ctx = context(args)
    if args.item or args.tip or args.discount:
        if args.currency and args.currency.upper() != ctx.config.currency:
            raise InvalidInput("items are priced in the shop's currency: leave out --currency")
        session = ctx.sessions.create_cart(
            cart_lines(ctx, args.item, args.amount),
            CLI_ACTOR,
            cart_discount=parse_discount(args.discount, ctx.config.currency),
            tip=parse_tip(args.tip, ctx.config.currency),
            note=args.note,
        )
    elif args.amount is None:
        raise InvalidInput("give an amount, or items with --item SKU[:QTY]")
    else:
        session = ctx.sessions.create(
            args.amount, CLI_ACTOR, currency=args.currency, note=args.note
        )
    uri = payment_uri(session, ctx.config)
    if args.json:
        print_json({"event": "created", "session": session_to_json(session), "uri": uri})
    else:
        print(render_terminal(uri))
        print(f"session:  {session.id}")
        for item in session.items:
            print(f"item:     {item.quantity} × {item.name}  {format_plain(item.net)}")
        if session.tip:
            print(f"tip:      {format_plain(session.tip)} {session.fiat_currency}")
        print(f"amount:   {format_plain(session.fiat_amount)} {session.fiat_currency}")
        print(f"pay:      {format_plain(session.usdc_due)} USDC to {session.destination}")
        print(f"memo:     {session.memo}")
        print(f"rate:     {format_plain(session.rate)} ({session.rate_source})")
        print(f"expires:  {session.expires_at:%Y-%m-%d %H:%M:%S} UTC")
        print(f"uri:      {uri}", flush=True)
    if args.no_wait:
        return 0

    def report(changed: PaymentSession) -> None:
        if args.json:
            print_json({"event": "status", "session": session_to_json(changed)})
        else:
            received = format_plain(changed.usdc_received)
            print(f"status:   {changed.status.value} ({received} USDC received)", flush=True)

    waiting = wait_for_outcome(ctx.db, ctx.config, ctx.sessions, session.id, args.timeout, report)
    final = asyncio.run(waiting)
    if final.status in EXIT_CODES:
        return EXIT_CODES[final.status]
    if args.json:
        print_json({"event": "timeout", "session": session_to_json(final)})
    else:
        print(f"timeout:  still {final.status.value}")
    return EXIT_TIMEOUT


def cart_lines(ctx: AppContext, items: list[str], amount: str | None) -> list[CartLine]:
    """The lines of ``--item SKU[:QTY]`` options (and a keyed ``amount``, if given)."""
    catalog = ctx.catalog
    lines = []
    for spec in items:
        code, _, qty = spec.rpartition(":") if ":" in spec else (spec, "", "1")
        try:
            quantity = int(qty)
        except ValueError:
            raise InvalidInput(
                f"--item {spec!r}: the quantity after ':' is a whole number"
            ) from None
        item = catalog.by_code(code)
        lines.append(
            CartLine(item.name, item.price, quantity, item.tax_rate, item.sku, item.category)
        )
    if amount is not None:
        places = currency_places(ctx.config.currency)
        lines.append(CartLine("Amount", parse_amount(amount, places=places)))
    return lines


def _percent_or_amount(text: str, currency: str) -> tuple[Decimal | None, Decimal | None]:
    text = text.strip()
    if text.endswith("%"):
        return parse_amount(text[:-1], places=2, maximum=Decimal(100)), None
    return None, parse_amount(text, places=currency_places(currency))


def parse_discount(text: str | None, currency: str) -> Discount | None:
    """``--discount 10%`` or ``--discount 5.00``."""
    if text is None:
        return None
    percent, amount = _percent_or_amount(text, currency)
    return Discount(percent=percent, amount=amount)


def parse_tip(text: str | None, currency: str) -> Tip | None:
    """``--tip 10%`` or ``--tip 20``."""
    if text is None:
        return None
    percent, amount = _percent_or_amount(text, currency)
    return Tip(percent=percent, amount=amount)
