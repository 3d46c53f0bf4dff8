"""``posapp init``: headless provisioning. Validates everything before writing anything.

``--provisioning FILE`` takes the settings from a provisioning file (``posapp.toml``);
options given on the command line win over the file's values.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace

from posapp.core.errors import InvalidInput
from posapp.services.setup.provisioning import ProvisionRequest, provision

DEFAULTS = ProvisionRequest(network="testnet", account="", currency="USD")
"""The values used for options neither the command line nor a provisioning file sets."""


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``init`` command."""
    p = sub.add_parser("init", help="set up this data dir headlessly")
    p.add_argument(
        "--provisioning",
        metavar="FILE",
        default=argparse.SUPPRESS,  # keeps a top-level `posapp --provisioning FILE init`
        help="take the settings from a provisioning file (posapp.toml); options win over it",
    )
    p.add_argument("--network", choices=["testnet", "public"], help="default testnet")
    p.add_argument("--account", help="the merchant's G… account (never a secret)")
    p.add_argument("--horizon-url", help="Horizon server (default: the network's)")
    p.add_argument("--currency", help="the shop's currency, e.g. INR (default USD)")
    rate = p.add_mutually_exclusive_group()
    rate.add_argument("--rate", help="fixed rate: units of the currency per 1 USDC, e.g. 84.10")
    rate.add_argument("--rate-source", help="HTTP rate source: coingecko, or a base URL")
    p.add_argument("--spread", help="percent added to the USDC due (default 0)")
    p.add_argument("--expiry-minutes", type=int, help="default 15")
    p.add_argument(
        "--tolerance",
        help="USDC under-payment still counted as paid, 0 to 1, capped at 1%% of each sale"
        " (default 0)",
    )
    p.add_argument("--webhook-url", help="the merchant backend's webhook endpoint")
    p.add_argument(
        "--secret-file-store",
        action="store_true",
        help="keep the webhook secret in a 0600 file when no OS keyring exists",
    )
    p.add_argument("--shop-name", help="default 'posapp shop'")
    p.add_argument("--terminal", help="this counter's name (default counter-1)")
    p.add_argument("--skip-account-check", action="store_true", help="do not ask Horizon")
    p.set_defaults(func=run)


def build_request(args: argparse.Namespace) -> ProvisionRequest:
    """The request from the provisioning file (if any) with the command line's options on
    top; InvalidInput for a bad file or no account. Main thread, reads only the file."""
    base = DEFAULTS
    provisioning = getattr(args, "provisioning", None)
    if provisioning:
        from posapp.services.setup.provisioning_file import load_provisioning_file

        loaded = load_provisioning_file(provisioning)
        base = loaded.request
        if loaded.database_url and not getattr(args, "database_url", None):
            args.database_url = loaded.database_url
    options = {
        "network": args.network,
        "account": args.account,
        "horizon_url": args.horizon_url,
        "currency": args.currency,
        "spread_percent": args.spread,
        "expiry_minutes": args.expiry_minutes,
        "tolerance": args.tolerance,
        "webhook_url": args.webhook_url,
        "shop_name": args.shop_name,
        "terminal": args.terminal,
    }
    if args.rate is not None or args.rate_source is not None:
        options.update(rate=args.rate, rate_source=args.rate_source)
    request = replace(base, **{k: v for k, v in options.items() if v is not None})
    if not request.account:
        raise InvalidInput("--account is required (or --provisioning FILE)")
    return replace(
        request,
        secret_file_store=args.secret_file_store,
        check_account=not args.skip_account_check,
    )


def run(args: argparse.Namespace) -> int:
    """Validate, check the account on Horizon, store the configuration; print the secret once."""
    from posapp.cli.common import open_db

    request = build_request(args)  # a bad provisioning file stops here: nothing written
    data_dir, db = open_db(args)
    result = provision(data_dir, db, request)
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    cfg = result.config
    print(f"posapp is set up in {data_dir}")
    print(f"  network:  {cfg.network}  ({cfg.stellar_network.horizon_url})")
    print(f"  account:  {cfg.merchant_account}")
    print(f"  currency: {cfg.currency}  rate: {result.rate_description}")
    if result.webhook_secret:
        print(f"  webhook secret (shown once, store it in your backend): {result.webhook_secret}")
    return 0
