"""Logging for the command line and the GUI: one stderr handler whose every line has URLs cut
down to ``scheme://host[:port]``.

A webhook endpoint may carry its token in the path or query (``/hook?token=…``), and a
database URL a password; posapp's own messages never print them, but third-party loggers
(httpx logs every request with its full URL at INFO) and exception texts (``HTTPStatusError``
names the URL) would. So those loggers are held at WARNING and the handler's formatter
redacts URLs in the whole formatted record, traceback included, at every level.

Main thread, once at start-up (``configure_logging``); the formatter then runs on whichever
thread logs.
"""

from __future__ import annotations

import logging
import re
import sys

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

QUIET_LOGGERS = ("httpx", "httpcore", "httpx_sse", "hpack", "h2", "h11", "urllib3", "requests")
"""Third-party loggers that print request URLs below WARNING: kept at WARNING even with -v."""

_URL = re.compile(
    r"(?P<scheme>\b[a-zA-Z][a-zA-Z0-9+.\-]*://)"
    r"(?:[^\s/?#@\"'<>]*@)?"  # user-info (user:password@)
    r"(?P<host>[^\s/?#\"'<>]+)"
    r"(?P<rest>[/?#][^\s\"'<>]*)?"
)


def redact_urls(text: str) -> str:
    """``text`` with every URL reduced to ``scheme://host[:port]`` (``/…`` marks a dropped path
    or query; user-info is dropped silently). Pure; any thread."""

    def shorten(match: re.Match[str]) -> str:
        tail = "/…" if match.group("rest") and match.group("rest") != "/" else ""
        return f"{match.group('scheme')}{match.group('host')}{tail}"

    return _URL.sub(shorten, text)


class RedactingFormatter(logging.Formatter):
    """A ``logging.Formatter`` whose output (message, traceback, stack) has URLs redacted."""

    def format(self, record: logging.LogRecord) -> str:
        """The formatted record with ``redact_urls`` applied. Any thread."""
        return redact_urls(super().format(record))


def configure_logging(verbose: bool) -> None:
    """Log to stderr (INFO with ``verbose``, else WARNING) through a redacting formatter; hold
    the third-party HTTP loggers at WARNING. Does nothing to the root logger when it already
    has handlers (e.g. under a test runner). Main thread."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(RedactingFormatter(LOG_FORMAT))
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, handlers=[handler])
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
