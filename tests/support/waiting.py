"""Waiting in tests without sleeping blindly: poll until something holds or time runs out;
a loopback port where nothing listens."""

from __future__ import annotations

import socket
import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def wait_for(predicate: Callable[[], T], timeout: float, step: float = 0.05) -> T:
    """Poll ``predicate`` every ``step`` s until it returns something truthy (returned) or
    ``timeout`` s pass (then its last answer is returned, for the test to assert on)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(step)
    return predicate()


def wait_until(predicate: Callable[[], object], timeout: float, what: str) -> None:
    """Poll ``predicate`` until it holds; AssertionError naming ``what`` after ``timeout`` s."""
    if not wait_for(predicate, timeout):
        raise AssertionError(f"timed out waiting for {what}")


def free_port() -> int:
    """A loopback TCP port nothing listens on right now (free until someone binds it)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def refused_url(path: str = "") -> str:
    """An http URL on 127.0.0.1 where the connection is refused."""
    return f"http://127.0.0.1:{free_port()}{path}"
