"""posapp's command line (docs/design.md "Command line"): ``posapp [--data-dir DIR] <command>``.

Every error ends as one line on stderr and a non-zero exit; no command starts the GUI.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from posapp.cli.logs import configure_logging
from posapp.core.errors import PosappError

EXIT_ERROR = 1
EXIT_INTERRUPTED = 130


class _VersionAction(argparse.Action):
    """``--version``: prints ``posapp X.Y.Z`` and exits (the version is read only then)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help="show the version and exit")

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kw: object) -> None:
        import posapp

        print(f"posapp {posapp.__version__}")
        parser.exit()


def _top_level_parser(**kwargs: object) -> argparse.ArgumentParser:
    """The options that come before a command (shared by the GUI fast path)."""
    parser = argparse.ArgumentParser(
        prog="posapp",
        description="Take USDC on Stellar at the counter (non-custodial).",
        **kwargs,  # type: ignore[arg-type]
    )
    parser.add_argument("--version", action=_VersionAction)
    parser.add_argument("--data-dir", help="where the database lives (or POSAPP_DATA_DIR)")
    parser.add_argument(
        "--database-url",
        metavar="URL",
        help="a shared PostgreSQL database (postgresql://USER@HOST/DB, password in the "
        "keyring) instead of the data dir's SQLite file (or POSAPP_DATABASE_URL)",
    )
    parser.add_argument(
        "--terminal",
        metavar="NAME",
        help="this counter's name on shared sales (or POSAPP_TERMINAL; default: host name "
        "on PostgreSQL)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="GUI on a built-in local network, in a store of its own (a temporary folder, or "
        "an empty --data-dir); never a shop's data dir or database",
    )
    parser.add_argument(
        "--language",
        metavar="CODE",
        help="the windows' language for this start: en, es, pt_BR, fr or hi (default: the "
        "counter's setting, the provisioning file's, else the system's)",
    )
    parser.add_argument(
        "--provisioning",
        metavar="FILE",
        help="settings for the first start (default: posapp.toml next to the app or in the "
        "data dir)",
    )
    parser.add_argument(
        "--self-check", action="store_true", help="the same as the self-check command"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log to stderr")
    return parser


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser with every subcommand registered."""
    from posapp.cli import (
        charge_cmd,
        database_cmd,
        export_cmd,
        init_cmd,
        items_cmd,
        receipt_cmd,
        refund_cmd,
        self_check_cmd,
        sessions_cmd,
        users_cmd,
        watch_cmd,
        webhooks_cmd,
    )
    from posapp.devnet import command as devnet_cmd  # the local test network, not production

    parser = _top_level_parser()
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    gui = sub.add_parser("gui", help="the cashier app (default)")
    gui.set_defaults(func=_run_gui)
    commands = (init_cmd, charge_cmd, sessions_cmd, watch_cmd, export_cmd, webhooks_cmd)
    for module in (
        *commands, items_cmd, receipt_cmd, refund_cmd, users_cmd, database_cmd, self_check_cmd,
        devnet_cmd,
    ):  # fmt: skip
        module.register(sub)
    return parser


def _run_gui(args: argparse.Namespace) -> int:
    if args.demo:  # refused before any window: the demo never touches a shop's data dir
        from posapp.app.demo import DemoNetwork

        DemoNetwork.check_data_dir(args.data_dir)
    from posapp.app import run_gui

    return run_gui(args)


def _run_self_check(args: argparse.Namespace) -> int:
    from posapp.cli import self_check_cmd

    return self_check_cmd.run(args)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``posapp`` console script; returns the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    # The GUI (no command) starts without importing every command's dependencies.
    args, rest = _top_level_parser(add_help=False).parse_known_args(argv)
    if rest not in ([], ["gui"]):
        args = build_parser().parse_args(argv)
    configure_logging(args.verbose)
    func = getattr(args, "func", None) or (_run_self_check if args.self_check else _run_gui)
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
