"""Every error posapp raises on purpose, in one hierarchy (httpx style).

    PosappError                 base; ``str(err)`` is one line fit for a cashier or a terminal
    ├── InvalidInput            something a person typed or a file held is wrong
    │   ├── InvalidAmount       empty, non-numeric, zero, negative, too precise, too large
    │   ├── InvalidCurrency     not an ISO 4217 code posapp knows
    │   └── InvalidAddress      not a usable merchant account
    │       └── SecretSeedRefused   an S… secret seed was pasted: never accepted anywhere
    ├── RateUnavailable         no usable rate quote (stale, zero, negative, absurd, source down)
    ├── SessionNotFound         no payment session with that id
    ├── InvalidTransition       the session is not in a state that allows the action
    ├── PermissionDenied        the user's role does not allow the action
    │   └── AccessRevoked       the signed-in user was disabled or removed meanwhile
    ├── NotConfigured           ``posapp init`` (or the setup wizard) has not been run
    ├── StorageError            the database or data dir cannot be used
    ├── HorizonError            Horizon answered something unusable or not at all
    ├── WebhookError            webhook configuration or delivery problem
    │   └── SecretStoreUnavailable  no usable OS keyring and no file-store opt-in
    └── PrinterError            a receipt printer (or PDF folder) is off, unreachable or refused

Messages never contain secrets: callers pass ids and amounts, never keys.

A message for people is raised as a template marked for translation with its values named,
``InvalidInput(QT_TRANSLATE_NOOP("errors", "note is longer than {limit} characters"),
limit=200)``: ``str(err)`` is the English line (the command line's), and the GUI shows
``err.template`` translated with ``err.params`` filled in (``posapp.ui.common.i18n``).
"""

from __future__ import annotations


class PosappError(Exception):
    """Base class of every deliberate posapp error."""

    def __init__(self, message: str = "", /, **params: object) -> None:
        """``message`` is English, with ``{name}`` placeholders when ``params`` are given."""
        self.template = message
        self.params = params
        super().__init__(message.format(**params) if params else message)


class InvalidInput(PosappError, ValueError):
    """Input from a person or a file is unusable."""


class InvalidAmount(InvalidInput):
    """An amount is empty, non-numeric, not positive, too precise or too large."""


class InvalidCurrency(InvalidInput):
    """A currency code is unknown."""


class InvalidAddress(InvalidInput):
    """A Stellar address cannot be used as the merchant account."""


class SecretSeedRefused(InvalidAddress):
    """A secret seed (S…) was entered. posapp never accepts one."""


class RateUnavailable(PosappError):
    """No usable exchange-rate quote, so a sale cannot start."""


class SessionNotFound(PosappError, LookupError):
    """No payment session with the given id."""


class InvalidTransition(PosappError):
    """The session's state does not allow the requested action."""


class PermissionDenied(PosappError):
    """The acting user's role does not allow the action."""


class AccessRevoked(PermissionDenied):
    """The signed-in user has been disabled (or removed) since signing in: the session is
    over, whatever the action."""


class NotConfigured(PosappError):
    """posapp has not been set up in this data dir."""


class StorageError(PosappError):
    """The database or the data dir cannot be used."""


class HorizonError(PosappError):
    """Horizon failed or returned something unusable."""


class WebhookError(PosappError):
    """A webhook could not be configured or delivered."""


class SecretStoreUnavailable(WebhookError):
    """No usable OS keyring backend and no explicit file-store opt-in."""


class PrinterError(PosappError):
    """A receipt could not be printed or written: the printer is off, unreachable, out of
    paper or refused the data, or the PDF folder cannot be written. The sale is unaffected."""
