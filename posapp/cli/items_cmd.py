"""``posapp items list [--json]``, ``posapp items import FILE [--replace]``,
``posapp items export FILE``: the shop's catalog. Main thread."""

from __future__ import annotations

import argparse
from pathlib import Path

from posapp.cli.common import context, print_json
from posapp.core.errors import InvalidInput
from posapp.core.money import format_plain
from posapp.core.roles import CLI_ACTOR


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``items`` command."""
    p = sub.add_parser("items", help="list, import or export the shop's items")
    p.add_argument("action", choices=["list", "import", "export"])
    p.add_argument("file", nargs="?", help="the CSV file for import and export")
    p.add_argument("--replace", action="store_true", help="import: the file becomes the catalog")
    p.add_argument("--json", action="store_true", help="list: machine-readable output")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """List the catalog, or import / export it as CSV."""
    ctx = context(args)
    catalog = ctx.catalog
    if args.action == "list":
        items = catalog.all_items()
        if args.json:
            print_json(
                [
                    {
                        "sku": i.sku,
                        "name": i.name,
                        "price": format_plain(i.price),
                        "category": i.category,
                        "tax_rate": f"{i.tax_rate.normalize():f}",
                        "barcode": i.barcode,
                        "enabled": i.enabled,
                    }
                    for i in items
                ]
            )
        else:
            for i in items:
                flag = "" if i.enabled else "  (disabled)"
                print(f"{i.sku:<16} {i.name:<32} {format_plain(i.price):>12} {i.category}{flag}")
        return 0
    if not args.file:
        raise InvalidInput(f"items {args.action} needs a CSV file")
    path = Path(args.file)
    if args.action == "import":
        count = catalog.import_csv(path, CLI_ACTOR, replace=args.replace)
        print(f"{count} items imported")
        return 0
    count = catalog.export_csv(path)
    print(f"{count} items written to {path}")
    return 0
