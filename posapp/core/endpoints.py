"""Which URLs posapp talks to: ``https`` anywhere, plain ``http`` only to this machine
(localhost, 127.0.0.0/8, ::1). One rule for the Horizon server, the rate source and the
webhook endpoint, whether typed at setup, read from the provisioning file or met at delivery
time. Pure functions, any thread."""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from posapp.core.i18n import QT_TRANSLATE_NOOP

LOOPBACK_ONLY = "plain http is allowed only to this machine: localhost, 127.0.0.1, ::1"


def is_loopback_host(host: str) -> bool:
    """True for ``localhost`` and loopback IP literals (127.0.0.0/8, ::1), in any spelling
    (``[::1]``, ``LOCALHOST``, ``localhost.``)."""
    host = host.strip("[]").rstrip(".").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def url_origin(url: str) -> str:
    """``scheme://host[:port]`` of ``url``, for messages and logs: paths, queries and
    user-info may carry tokens and never appear."""
    try:
        parts = urlsplit(url)
        port = f":{parts.port}" if parts.port else ""
    except (TypeError, ValueError):
        return "<invalid URL>"
    if not parts.scheme or not parts.hostname:
        return "<invalid URL>"
    return f"{parts.scheme}://{parts.hostname}{port}"


def url_problem(url: str, what: str, *, require_https: bool = True) -> str | None:
    """Why ``url`` may not be used as ``what`` ("the webhook endpoint", "--horizon-url"), or
    ``None`` when it may: an http(s) URL with a host; plain http only to a loopback host
    when ``require_https``."""
    problem = url_problem_template(url, what, require_https=require_https)
    if problem is None:
        return None
    template, params = problem
    return template.format(**params)


def url_problem_template(
    url: str, what: str, *, require_https: bool = True
) -> tuple[str, dict[str, object]] | None:
    """``url_problem`` as a template marked for translation and its values (for an error
    the GUI translates), or ``None`` when ``url`` may be used."""
    text = (url or "").strip()
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018  (raises ValueError on a bad port)
    except (TypeError, ValueError):
        return QT_TRANSLATE_NOOP("errors", "{what} is not a valid URL: {url!r}"), {
            "what": what,
            "url": text[:60],
        }
    if parts.scheme not in ("http", "https"):
        return QT_TRANSLATE_NOOP("errors", "{what} must be an https:// URL, got {url!r}"), {
            "what": what,
            "url": text[:60],
        }
    if not parts.hostname:
        return QT_TRANSLATE_NOOP("errors", "{what} has no host: {url!r}"), {
            "what": what,
            "url": text[:60],
        }
    if require_https and parts.scheme == "http" and not is_loopback_host(parts.hostname):
        return QT_TRANSLATE_NOOP(
            "errors",
            "{what} must use https, not plain http to {origin} (plain http is allowed only "
            "to this machine: localhost, 127.0.0.1, ::1)",
        ), {"what": what, "origin": url_origin(text)}
    return None
