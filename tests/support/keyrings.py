"""The one in-memory keyring for tests, and switching the process-wide keyring for a while."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import TypeVar

import keyring
import keyring.errors
from keyring.backend import KeyringBackend
from keyring.backends import fail

B = TypeVar("B", bound=KeyringBackend)


class MemoryKeyring(KeyringBackend):
    """A dict keyring (negative priority: ``keyring`` never selects it by itself)."""

    priority = -1  # type: ignore[assignment]  # keyring declares it a classproperty

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("not found")


@contextlib.contextmanager
def using_keyring(backend: B) -> Iterator[B]:
    """Make ``backend`` the process-wide keyring inside the block, restore the previous one."""
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


def without_keyring() -> contextlib.AbstractContextManager[fail.Keyring]:
    """No usable OS keyring inside the block (``keyring``'s failing backend)."""
    return using_keyring(fail.Keyring())
