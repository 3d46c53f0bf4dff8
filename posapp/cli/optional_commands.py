"""Registers commands that live beside the core ones (devnet, webhooks, users, self-check)."""

from __future__ import annotations

import argparse
import importlib

_MODULES = (
    "posapp.devnet.command",
    "posapp.cli.webhooks_cmd",
    "posapp.cli.users_cmd",
    "posapp.cli.selfcheck_cmd",
)


def register_all(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add every optional command module that is present."""
    for name in _MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        module.register(sub)
