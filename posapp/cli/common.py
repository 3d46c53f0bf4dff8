"""Helpers shared by the command modules (main thread)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from posapp.services.context import AppContext, build_context, open_database
from posapp.services.setup.datadir import resolve_data_dir
from posapp.services.setup.store_connection import CounterIdentity, resolve_counter
from posapp.storage.engine import Database


def counter(args: argparse.Namespace) -> tuple[Path, CounterIdentity]:
    """The data dir, and this counter's database and name (options, environment, then the
    provisioning file)."""
    data_dir = resolve_data_dir(args.data_dir)
    return data_dir, resolve_counter(
        data_dir,
        database_url=args.database_url,
        terminal=getattr(args, "terminal", None),
        provisioning=getattr(args, "provisioning", None),
    )


def open_db(args: argparse.Namespace) -> tuple[Any, Database]:
    """Resolve the data dir and open its database (creating and migrating it)."""
    data_dir, identity = counter(args)
    db = open_database(data_dir, identity.database_url, terminal=identity.terminal)
    return data_dir, db


def context(args: argparse.Namespace) -> AppContext:
    """The services for this data dir; NotConfigured before ``posapp init``."""
    data_dir, identity = counter(args)
    db = open_database(data_dir, identity.database_url, terminal=identity.terminal)
    return build_context(data_dir, db, terminal=identity.terminal)


def print_json(obj: Any) -> None:
    """One compact JSON object on one line, flushed (scripts read it line by line)."""
    sys.stdout.write(json.dumps(obj, separators=(",", ":"), ensure_ascii=False) + "\n")
    sys.stdout.flush()
