"""``error_text(exc)``: the one sentence a person sees for an exception (pure, any thread).

posapp's own errors (``PosappError``) already carry a one-line message fit for a cashier;
it is shown with a capital first letter. Network failures become plain sentences
("Cannot reach the server.") instead of ``ConnectError: [Errno 111] …``. Anything else is
unexpected: its type is named so a support person can find it in the log.
"""

from __future__ import annotations

import httpx

from posapp.core.errors import PosappError

_NETWORK: tuple[tuple[type[BaseException], str], ...] = (
    (httpx.ConnectTimeout, "Cannot reach the server (no answer in time)."),
    (httpx.ConnectError, "Cannot reach the server."),
    (httpx.TimeoutException, "The server did not answer in time."),
    (httpx.HTTPStatusError, "The server refused the request."),
    (httpx.HTTPError, "The connection to the server failed."),
    (ConnectionError, "Cannot reach the server."),
    (TimeoutError, "The server did not answer in time."),
)


def sentence(text: str) -> str:
    """``text`` with a capital first letter (``"no rate"`` → ``"No rate"``)."""
    return text[:1].upper() + text[1:]


def error_text(exc: BaseException) -> str:
    """The message to show a person for ``exc`` (never a traceback, never a secret)."""
    if isinstance(exc, PosappError):
        return sentence(str(exc)) or type(exc).__name__
    for kind, text in _NETWORK:
        if isinstance(exc, kind):
            return text
    return f"Unexpected error ({type(exc).__name__})."
