"""Looking the merchant account up on Horizon during setup (worker thread or CLI)."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

from posapp.core.errors import HorizonError, InvalidInput
from posapp.core.i18n import QT_TRANSLATE_NOOP
from posapp.services.config import ShopConfig
from posapp.services.detection.start import START_OF_HISTORY
from posapp.stellar.account_check import AccountCheck, check_account
from posapp.stellar.horizon_reader import HorizonReader, HorizonStatusError

log = logging.getLogger("posapp.setup")


@dataclass(frozen=True)
class AccountReport:
    """What setup learned: the check (None when Horizon was unreachable), warnings to show,
    and where detection starts: the account's newest payment token, ``"0"`` when Horizon
    keeps no payment of it, None when that could not be read."""

    check: AccountCheck | None
    warnings: tuple[str, ...]
    latest_paging_token: str | None


async def _inspect(config: ShopConfig) -> AccountReport:
    network = config.stellar_network
    try:
        check = await check_account(
            network.horizon_url, config.merchant_account, network.usdc_issuer
        )
    except HorizonError as exc:
        return AccountReport(
            None,
            (f"could not check the account on Horizon ({exc}); it is checked again on start",),
            None,
        )
    if not check.exists:
        # the same sentence as check.problems[0], marked for translation
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors",
                "The account {account} does not exist on this network yet: send it a few "
                "XLM (at least 2) from a wallet or an exchange to create it, then add a "
                "USDC trustline.",
            ),
            account=config.merchant_account,
        )
    warnings = list(check.problems)
    if check.memo_required:
        warnings.append("the account requires a memo (SEP-29); posapp always sends one")
    token = None
    async with HorizonReader(network.horizon_url, config.merchant_account) as reader:
        try:
            # no payment kept: detection starts at the start of history, never "newest now"
            token = await reader.latest_paging_token() or START_OF_HISTORY
        except HorizonStatusError as exc:
            if exc.status_code == 404:  # the account exists; Horizon keeps none of its payments
                token = START_OF_HISTORY
            else:
                warnings.append(f"could not read the latest payment ({exc})")
        except HorizonError as exc:
            warnings.append(f"could not read the latest payment ({exc})")
    return AccountReport(check, tuple(warnings), token)


def inspect_account(config: ShopConfig) -> AccountReport:
    """Check the merchant account and find its newest payment; blocks (not the GUI thread).

    A missing account is an error (nothing could be received); a missing USDC trustline is a
    warning with what to do; an unreachable Horizon is a warning (setup may be offline).
    """
    return asyncio.run(_inspect(config))
