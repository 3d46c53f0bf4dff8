"""The XDR fields of devnet records decode with stellar-sdk and match the JSON."""

from __future__ import annotations

from stellar_sdk import Asset, MuxedAccount, Network, TransactionEnvelope
from stellar_sdk import xdr as stellar_xdr

from posapp.devnet import Devnet
from posapp.devnet.xdr import sac_contract_id
from posapp.stellar.networks import TESTNET


def _envelope(devnet: Devnet, tx_hash: str) -> TransactionEnvelope:
    tx, _ = devnet.ledger.transaction(tx_hash)  # type: ignore[misc]
    return TransactionEnvelope.from_xdr(tx.envelope_xdr, TESTNET.passphrase)


def test_sac_contract_id_matches_stellar_sdk() -> None:
    expected = Asset("USDC", TESTNET.usdc_issuer).contract_id(Network.TESTNET_NETWORK_PASSPHRASE)
    assert sac_contract_id(TESTNET.passphrase, "USDC", TESTNET.usdc_issuer) == expected


def test_payment_envelope_hash_and_result() -> None:
    devnet = Devnet()
    merchant = devnet.create_account()
    paid = devnet.pay(to=merchant, amount="23.77", memo="pay_abc")
    envelope = _envelope(devnet, paid.tx_hash)
    assert envelope.hash_hex() == paid.tx_hash
    tx = envelope.transaction
    assert tx.source.account_id == devnet.customer
    assert tx.memo.memo_text == b"pay_abc"  # type: ignore[attr-defined]
    op = tx.operations[0]
    assert op.destination.account_id == merchant  # type: ignore[attr-defined]
    assert str(op.amount) == "23.77"  # type: ignore[attr-defined]
    record = devnet.snapshot_payments(merchant)[-1]
    result = stellar_xdr.TransactionResult.from_xdr(record["transaction"]["result_xdr"])
    assert result.result.code == stellar_xdr.TransactionResultCode.txSUCCESS
    stellar_xdr.LedgerEntryChanges.from_xdr(record["transaction"]["fee_meta_xdr"])


def test_failed_result_and_other_operations_decode() -> None:
    devnet = Devnet()
    merchant = devnet.create_account()
    failed = devnet.pay(to=merchant, amount="1", failed=True)
    record = devnet.snapshot_payments(merchant)[-1]
    result = stellar_xdr.TransactionResult.from_xdr(record["transaction"]["result_xdr"])
    assert result.result.code == stellar_xdr.TransactionResultCode.txFAILED
    assert _envelope(devnet, failed.tx_hash).hash_hex() == failed.tx_hash
    muxed = MuxedAccount(merchant, 9).account_muxed
    for kwargs in (
        {"path_from": "XLM"},
        {"path_from": "EURC", "op_type": "path_payment_strict_receive"},
        {"muxed_id": 123},
        {"to": muxed},
        {"memo": "7", "memo_type": "id"},
    ):
        paid = devnet.pay(**{"to": merchant, "amount": "2", **kwargs})  # type: ignore[arg-type]
        assert _envelope(devnet, paid.tx_hash).hash_hex() == paid.tx_hash
        tx_record = devnet.snapshot_payments(merchant)[-1]["transaction"]
        stellar_xdr.TransactionResult.from_xdr(tx_record["result_xdr"])


def test_invoke_parameters_decode_to_the_muxed_destination() -> None:
    devnet = Devnet()
    merchant = devnet.create_account()
    devnet.pay(to=merchant, amount="0.01", muxed_id=123)
    record = devnet.snapshot_payments(merchant)[-1]
    contract, _, source, destination, amount = (
        stellar_xdr.SCVal.from_xdr(p["value"]) for p in record["parameters"]
    )
    expected_contract = Asset("USDC", TESTNET.usdc_issuer).contract_id(TESTNET.passphrase)
    from stellar_sdk import Address

    assert Address.from_xdr_sc_address(contract.address).address == expected_contract
    assert Address.from_xdr_sc_address(source.address).address == devnet.customer
    muxed = destination.address.muxed_account
    assert muxed.id.uint64 == 123
    assert amount.i128.lo.uint64 == 100_000
