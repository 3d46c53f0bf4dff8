"""The Stellar networks posapp knows: passphrase, default Horizon, Circle USDC issuer.

Pure data; any thread.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from posapp.core.errors import InvalidInput
from posapp.core.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True, slots=True)
class Network:
    """One Stellar network as posapp uses it."""

    name: str
    passphrase: str
    horizon_url: str
    usdc_issuer: str
    explorer_tx_url: str
    """Block-explorer URL template for a transaction, with ``{hash}``."""

    @property
    def is_public(self) -> bool:
        """True for the network where real money moves."""
        return self.name == "public"

    def with_horizon(self, url: str | None) -> Network:
        """The same network read through another Horizon server (``--horizon-url``)."""
        return replace(self, horizon_url=url.rstrip("/")) if url else self


PUBLIC = Network(
    name="public",
    passphrase="Public Global Stellar Network ; September 2015",
    horizon_url="https://horizon.stellar.org",
    usdc_issuer="GA5ZSEJYB37JRC5AVCIA5MOP4RHTM335X2KGX3IHOJAPP5RE34K4KZVN",
    explorer_tx_url="https://stellar.expert/explorer/public/tx/{hash}",
)
TESTNET = Network(
    name="testnet",
    passphrase="Test SDF Network ; September 2015",
    horizon_url="https://horizon-testnet.stellar.org",
    usdc_issuer="GBBD47IF6LWK7P7MDEVSCWR7DPUWV3NY3DTQEVFL4NAT4AQH3ZLLFLA5",
    explorer_tx_url="https://stellar.expert/explorer/testnet/tx/{hash}",
)
NETWORKS: dict[str, Network] = {n.name: n for n in (TESTNET, PUBLIC)}


def get_network(name: str, horizon_url: str | None = None) -> Network:
    """Look a network up by name (``testnet`` or ``public``); raise InvalidInput otherwise."""
    try:
        network = NETWORKS[name]
    except KeyError:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "unknown network {name!r}: use testnet or public"),
            name=name,
        ) from None
    return network.with_horizon(horizon_url)
