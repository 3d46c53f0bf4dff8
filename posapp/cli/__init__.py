"""posapp's command line (design.md "Command line"): ``posapp [--data-dir DIR] <command>``.

Every error ends as one line on stderr and a non-zero exit; no command starts the GUI.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from posapp import __version__
from posapp.cli import (
    charge_cmd,
    export_cmd,
    init_cmd,
    sessions_cmd,
    watch_cmd,
)
from posapp.core.errors import PosappError

EXIT_USAGE = 2
EXIT_ERROR = 1
EXIT_INTERRUPTED = 130


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser with every subcommand registered."""
    parser = argparse.ArgumentParser(
        prog="posapp", description="Take USDC on Stellar at the counter (non-custodial)."
    )
    parser.add_argument("--version", action="version", version=f"posapp {__version__}")
    parser.add_argument("--data-dir", help="where the database lives (or POSAPP_DATA_DIR)")
    parser.add_argument("--database-url", help="SQLAlchemy URL instead of the data dir's SQLite")
    parser.add_argument("--demo", action="store_true", help="GUI on a built-in local network")
    parser.add_argument("-v", "--verbose", action="store_true", help="log to stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    gui = sub.add_parser("gui", help="the cashier app (default)")
    gui.set_defaults(func=_run_gui)
    for module in (init_cmd, charge_cmd, sessions_cmd, watch_cmd, export_cmd):
        module.register(sub)
    _register_optional(sub)
    return parser


def _register_optional(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Commands whose modules may be absent from a trimmed build."""
    from posapp.cli import optional_commands

    optional_commands.register_all(sub)


def _run_gui(args: argparse.Namespace) -> int:
    from posapp.app import run_gui

    return run_gui(args)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``posapp`` console script; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    func = getattr(args, "func", None) or _run_gui
    try:
        return int(func(args) or 0)
    except PosappError as exc:
        print(f"posapp: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("posapp: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_ERROR


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
