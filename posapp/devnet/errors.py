"""Errors the devnet raises on bad control input (any thread)."""

from __future__ import annotations

from posapp.core.errors import InvalidInput


class DevnetError(InvalidInput):
    """A devnet control call (``Devnet.pay``, ``POST /_devnet/…``) got unusable input.

    ``str(err)`` is one line; the control endpoints answer it as a 400 problem ``detail``.
    """

    status = 400


class AccountExists(DevnetError):
    """``create_account`` was asked for an account the devnet already has (HTTP 409)."""

    status = 409
