"""A local Horizon-compatible network on loopback, for the demo and for tests.

It mimics TESTNET (passphrase, Circle USDC issuer), so posapp runs against it with
``--network testnet --horizon-url http://127.0.0.1:PORT``. Real Stellar client libraries
use it unchanged: it applies signed transactions (``POST /transactions``), funds accounts by
``/friendbot`` and serves accounts, fees and ledgers; ``wallet.py`` is a test customer that
signs. The unsigned ``Devnet.pay`` control path stays for fault tests. Production code never
imports this package. Start with :class:`Devnet`; the command line is in ``command.py``.
"""

from posapp.devnet.errors import AccountExists, DevnetError
from posapp.devnet.server import CUSTOMER, Devnet, PaymentResult

__all__ = ["CUSTOMER", "AccountExists", "Devnet", "DevnetError", "PaymentResult"]
