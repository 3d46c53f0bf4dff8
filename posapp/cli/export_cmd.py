"""``posapp export [--csv FILE] [--refunds-csv FILE] [--items-csv FILE] [--from D] [--to D]``:
the sales, the refunds and the lines of sales rung up from items, as spreadsheet-ready CSV."""

from __future__ import annotations

import argparse
from pathlib import Path

from posapp.cli.common import context
from posapp.core.errors import InvalidInput
from posapp.core.roles import CLI_ACTOR
from posapp.services.backoffice.detail_exports import export_lines_csv, export_refunds_csv
from posapp.services.backoffice.export import export_sessions_csv, parse_date_range


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``export`` command."""
    p = sub.add_parser("export", help="export sales, refunds or sold items as CSV")
    p.add_argument("--csv", metavar="FILE", help="the sales")
    p.add_argument("--refunds-csv", metavar="FILE", help="the refunds")
    p.add_argument("--items-csv", metavar="FILE", help="the lines of sales rung up from items")
    p.add_argument("--from", dest="date_from", metavar="DATE", help="first day (YYYY-MM-DD)")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="last day, inclusive")
    p.add_argument("--bom", action="store_true", help="start with a UTF-8 BOM (for Excel)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Write each CSV asked for atomically: a temp file renamed into place when complete."""
    if not (args.csv or args.refunds_csv or args.items_csv):
        raise InvalidInput("say what to export: --csv, --refunds-csv and/or --items-csv FILE")
    ctx = context(args)
    start, end = parse_date_range(args.date_from, args.date_to)
    if args.csv:
        rows = export_sessions_csv(ctx.db, Path(args.csv), start=start, end=end, bom=args.bom)
        print(f"exported {rows} sales to {args.csv}")
    if args.refunds_csv:
        path = Path(args.refunds_csv)
        rows = export_refunds_csv(ctx.db, path, CLI_ACTOR, start=start, end=end)
        print(f"exported {rows} refunds to {args.refunds_csv}")
    if args.items_csv:
        path = Path(args.items_csv)
        rows = export_lines_csv(ctx.db, path, CLI_ACTOR, start=start, end=end)
        print(f"exported {rows} sale lines to {args.items_csv}")
    return 0
