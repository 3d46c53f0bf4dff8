"""Which URLs posapp talks to: ``https`` anywhere, plain ``http`` only to this machine
(localhost, 127.0.0.0/8, ::1). One rule for the Horizon server, the rate source and the
webhook endpoint, whether typed at setup, read from the provisioning file or met at delivery
time. Pure functions, any thread."""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

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
    text = (url or "").strip()
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018  (raises ValueError on a bad port)
    except (TypeError, ValueError):
        return f"{what} is not a valid URL: {text[:60]!r}"
    if parts.scheme not in ("http", "https"):
        return f"{what} must be an https:// URL, got {text[:60]!r}"
    if not parts.hostname:
        return f"{what} has no host: {text[:60]!r}"
    if require_https and parts.scheme == "http" and not is_loopback_host(parts.hostname):
        return f"{what} must use https, not plain http to {url_origin(text)} ({LOOPBACK_ONLY})"
    return None
