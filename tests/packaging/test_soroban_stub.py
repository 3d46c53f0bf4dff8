"""The bundle's stand-ins for stellar-sdk's Soroban RPC modules (``packaging/soroban_stub.py``):
with pydantic blocked and the stand-ins installed, stellar-sdk and every posapp module import,
and posapp's Stellar work (SEP-7 round trip, a signed payment on the devnet's XDR) runs."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.packaging import PACKAGING, load

soroban_stub = load("soroban_stub")

WITHOUT_PYDANTIC = r"""
import importlib, pkgutil, sys
sys.path.insert(0, sys.argv[1])
for name in ("pydantic", "pydantic_core"):
    sys.modules[name] = None  # import pydantic -> ImportError, as in the bundle
import soroban_stub
assert soroban_stub.install() == list(soroban_stub.MODULES)
import posapp
failed = []
for info in pkgutil.walk_packages(posapp.__path__, "posapp."):
    if ".migrations" in info.name or info.name.endswith("__main__"):
        continue  # Alembic's scripts (loaded by path); the command line itself
    try:
        importlib.import_module(info.name)
    except Exception as exc:
        failed.append(f"{info.name}: {type(exc).__name__}: {exc}")
print("failed:", failed)
from posapp.services.setup.self_check import check_sep7
print(check_sep7())
from stellar_sdk import Account, Asset, Keypair, Network, TransactionBuilder
from stellar_sdk.exceptions import PrepareTransactionException
key = Keypair.random()
tx = TransactionBuilder(Account(key.public_key, 1), Network.TESTNET_NETWORK_PASSPHRASE, 100)
envelope = tx.append_payment_op(key.public_key, Asset.native(), "1").set_timeout(30).build()
envelope.sign(key)
print("signed:", len(envelope.signatures))
from stellar_sdk.soroban_rpc import SimulateTransactionResponse
try:
    SimulateTransactionResponse()
except soroban_stub.SorobanUnavailable:
    print("soroban: unavailable")
"""


def test_posapp_imports_and_signs_without_pydantic() -> None:
    done = subprocess.run(
        [sys.executable, "-c", WITHOUT_PYDANTIC, str(PACKAGING)],
        capture_output=True,
        text=True,
        timeout=300,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "failed: []",
        "pay URI built and parsed back (316 characters, amount 12.3456789)",
        "signed: 1",
        "soroban: unavailable",
    ]


def test_a_star_import_takes_nothing_and_any_name_is_a_class(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    module = soroban_stub._stand_in("posapp_example_soroban")
    monkeypatch.setitem(sys.modules, "posapp_example_soroban", module)
    namespace: dict[str, object] = {}
    exec("from posapp_example_soroban import *", namespace)
    assert set(namespace) == {"__builtins__"}
    assert isinstance(module.GetEventsResponse, type)
    assert module.GetEventsResponse is module.GetEventsResponse
    with pytest.raises(soroban_stub.SorobanUnavailable):
        module.GetEventsResponse(events=[])
    with pytest.raises(AttributeError):
        module.__wrapped__  # noqa: B018
