"""Helpers shared by the command modules (main thread)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from posapp.services.context import AppContext, build_context, open_database
from posapp.services.datadir import resolve_data_dir
from posapp.storage.engine import Database


def open_db(args: argparse.Namespace) -> tuple[Any, Database]:
    """Resolve the data dir and open its database (creating and migrating it)."""
    data_dir = resolve_data_dir(args.data_dir)
    terminal = getattr(args, "terminal", None)
    return data_dir, open_database(data_dir, args.database_url, terminal=terminal)


def context(args: argparse.Namespace) -> AppContext:
    """The services for this data dir; NotConfigured before ``posapp init``."""
    data_dir, db = open_db(args)
    return build_context(data_dir, db, terminal=getattr(args, "terminal", None))


def print_json(obj: Any) -> None:
    """One compact JSON object on one line, flushed (scripts read it line by line)."""
    sys.stdout.write(json.dumps(obj, separators=(",", ":"), ensure_ascii=False) + "\n")
    sys.stdout.flush()
