"""Stand-ins for stellar-sdk's Soroban RPC client modules in the bundle, so the bundle needs
no pydantic.

posapp uses stellar-sdk for keys, XDR, transactions and SEP-7 (``posapp/stellar``), never for
Soroban smart contracts. Three stellar-sdk modules need pydantic (5.6 MB with pydantic-core):
``soroban_rpc`` (the RPC's response models), ``soroban_server`` and ``soroban_server_async``
(the RPC clients). stellar-sdk imports two of them whatever the caller uses:
``stellar_sdk/__init__.py`` does ``from .soroban_server import *`` and
``stellar_sdk/exceptions.py`` does ``from .soroban_rpc import SimulateTransactionResponse``
(for a type annotation).

The bundle leaves those modules and pydantic out, and its runtime hook calls ``install()``
before anything imports stellar-sdk: each is registered as a module that exports nothing to a
``*`` import and gives any name asked of it as a placeholder class (so annotations and
``isinstance`` checks work), which raises ``SorobanUnavailable`` if anything makes one. Thread:
the main thread, at start.
"""

from __future__ import annotations

import sys
import types

MODULES = (
    "stellar_sdk.soroban_rpc",
    "stellar_sdk.soroban_server",
    "stellar_sdk.soroban_server_async",
)
NOTE = "posapp bundle: no Soroban RPC client (see packaging/soroban_stub.py)"


class SorobanUnavailable(RuntimeError):
    """Raised by any use of the stand-ins: this build has no Soroban RPC client."""


def _placeholder(module: str, name: str) -> type:
    """A class named like the stellar-sdk one it stands for, that cannot be instantiated."""

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise SorobanUnavailable(f"{module}.{name}: {NOTE}")

    return type(name, (), {"__module__": module, "__init__": refuse, "__doc__": NOTE})


def _stand_in(name: str) -> types.ModuleType:
    module = types.ModuleType(name, NOTE)
    module.__all__ = []  # type: ignore[attr-defined]
    made: dict[str, type] = {}

    def __getattr__(attribute: str) -> type:
        if attribute.startswith("__"):
            raise AttributeError(attribute)
        if attribute not in made:
            made[attribute] = _placeholder(name, attribute)
        return made[attribute]

    module.__getattr__ = __getattr__  # type: ignore[method-assign]
    return module


def install() -> list[str]:
    """Register the stand-ins that are not imported yet; return their names. Call before
    stellar-sdk is imported."""
    added = [name for name in MODULES if name not in sys.modules]
    for name in added:
        sys.modules[name] = _stand_in(name)
    return added
