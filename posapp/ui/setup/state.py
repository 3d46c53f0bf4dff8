"""``SetupState``: the values the setup wizard's pages share (GUI thread only).

The wizard creates one and hands it to every page; a page reads the request built so far,
adds its own fields to it and, at the end, finds the outcome there. No page reaches back
into the wizard for data.
"""

from __future__ import annotations

from dataclasses import dataclass

from posapp.services.setup.first_run import SetupOutcome, SetupService
from posapp.services.setup.provisioning import ProvisionRequest


def blank_request() -> ProvisionRequest:
    """The values a fresh wizard starts with (testnet preselected)."""
    return ProvisionRequest(network="testnet", account="", currency="USD", rate="1")


@dataclass(slots=True)
class SetupState:
    """What the pages share: the setup service, the request so far, the admin's name and,
    once saved, the outcome."""

    setup: SetupService
    request: ProvisionRequest
    admin_name: str = ""
    outcome: SetupOutcome | None = None
