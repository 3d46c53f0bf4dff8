"""``posapp self-check`` (also ``posapp --self-check``): one line per check, exit 0 only
when every check passed. For a packaged app on a new machine: database and migrations,
keyring, SEP-7, QR, CA certificates, bundled resources, the Qt platform.

Main thread; prints each line as soon as its check ends (a Qt platform that aborts the
process still leaves the earlier lines on screen).
"""

from __future__ import annotations

import argparse
import sys

from posapp import __version__

EXIT_FAILED = 1


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``self-check`` command."""
    p = sub.add_parser(
        "self-check",
        help="check this installation: database, keyring, Qt, QR, SEP-7, certificates",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run every check, print ``ok   name: …`` / ``FAIL name: …``; 0 when all passed."""
    from posapp.services.setup.self_check import CheckResult, service_checks

    frozen = "packaged" if getattr(sys, "frozen", False) else "from source"
    print(f"posapp {__version__} self-check ({frozen}, Python {sys.version.split()[0]})")
    results: list[CheckResult] = []

    def report(result: CheckResult) -> None:
        results.append(result)
        print(result.line(), flush=True)

    for result in service_checks(getattr(args, "data_dir", None)):
        report(result)
    try:
        from posapp.ui.self_check import qt_checks
    except ImportError as exc:  # Qt itself cannot load (missing system libraries)
        report(CheckResult("qt", False, f"PySide6 cannot load: {exc}"))
    else:
        for result in qt_checks():
            report(result)
    failed = [r.name for r in results if not r.ok]
    if failed:
        print(f"self-check failed: {', '.join(failed)}", file=sys.stderr)
        return EXIT_FAILED
    print(f"all {len(results)} checks passed")
    return 0
