"""``posapp init``: headless provisioning. Validates everything before writing anything."""

from __future__ import annotations

import argparse
import sys

from posapp.services.provisioning import ProvisionRequest, provision


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``init`` command."""
    p = sub.add_parser("init", help="set up this data dir headlessly")
    p.add_argument("--network", choices=["testnet", "public"], default="testnet")
    p.add_argument("--account", required=True, help="the merchant's G… account (never a secret)")
    p.add_argument("--horizon-url", help="Horizon server (default: the network's)")
    p.add_argument("--currency", default="USD", help="the shop's currency, e.g. INR")
    rate = p.add_mutually_exclusive_group()
    rate.add_argument("--rate", help="fixed rate: units of the currency per 1 USDC, e.g. 84.10")
    rate.add_argument("--rate-source", help="HTTP rate source: coingecko, or a base URL")
    p.add_argument("--spread", default="0", help="percent added to the USDC due (default 0)")
    p.add_argument("--expiry-minutes", type=int, default=15)
    p.add_argument("--tolerance", default="0", help="USDC under-payment still counted as paid")
    p.add_argument("--webhook-url", help="the merchant backend's webhook endpoint")
    p.add_argument(
        "--secret-file-store",
        action="store_true",
        help="keep the webhook secret in a 0600 file when no OS keyring exists",
    )
    p.add_argument("--shop-name", default="posapp shop")
    p.add_argument("--terminal", default="counter-1", help="this counter's name")
    p.add_argument("--skip-account-check", action="store_true", help="do not ask Horizon")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Validate, check the account on Horizon, store the configuration; print the secret once."""
    from posapp.cli.common import open_db

    data_dir, db = open_db(args)
    request = ProvisionRequest(
        network=args.network,
        account=args.account,
        horizon_url=args.horizon_url,
        currency=args.currency,
        rate=args.rate,
        rate_source=args.rate_source,
        spread_percent=args.spread,
        expiry_minutes=args.expiry_minutes,
        tolerance=args.tolerance,
        webhook_url=args.webhook_url,
        shop_name=args.shop_name,
        terminal=args.terminal,
        secret_file_store=args.secret_file_store,
        check_account=not args.skip_account_check,
    )
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
