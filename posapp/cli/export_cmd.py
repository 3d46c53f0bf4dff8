"""``posapp export --csv FILE [--from D] [--to D]``: the sales as a spreadsheet-ready CSV."""

from __future__ import annotations

import argparse
from pathlib import Path

from posapp.cli.common import context
from posapp.services.backoffice.export import export_sessions_csv, parse_date_range


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``export`` command."""
    p = sub.add_parser("export", help="export sales as CSV")
    p.add_argument("--csv", required=True, metavar="FILE", help="where to write the CSV")
    p.add_argument("--from", dest="date_from", metavar="DATE", help="first day (YYYY-MM-DD)")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="last day, inclusive")
    p.add_argument("--bom", action="store_true", help="start with a UTF-8 BOM (for Excel)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Write the CSV atomically: a temp file renamed into place when complete."""
    ctx = context(args)
    start, end = parse_date_range(args.date_from, args.date_to)
    rows = export_sessions_csv(ctx.db, Path(args.csv), start=start, end=end, bom=args.bom)
    print(f"exported {rows} sales to {args.csv}")
    return 0
