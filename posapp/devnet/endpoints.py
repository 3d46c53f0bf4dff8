"""Horizon's submission and friendbot endpoints, and the devnet's control endpoints.

``submit_form`` serves ``POST /transactions`` (form field ``tx``), ``friendbot`` serves
``GET /friendbot?addr=G…`` (10,000 XLM like testnet's friendbot). Each returns the HTTP
status and the JSON document to send. Called on HTTP handler threads (and by the
``Devnet`` Python API on the caller's thread).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol
from urllib.parse import parse_qs

from stellar_sdk import StrKey

from posapp.devnet import records, submit
from posapp.devnet.control import (
    AccountRequest,
    PaymentRequest,
    account_request,
    account_request_from_json,
    payment_request_from_json,
    seconds_from_json,
)
from posapp.devnet.errors import AccountExists, DevnetError
from posapp.devnet.ledger import Ledger
from posapp.devnet.submit import BASE_FEE, horizon_tx_code
from posapp.devnet.transactions import Malformed, decode_envelope


class Devnet(Protocol):
    """What the control endpoints ask of the running devnet (``server.Devnet``)."""

    def create_account_from(self, req: AccountRequest) -> str: ...
    def pay_from(self, req: PaymentRequest) -> PaymentOutcome: ...
    def drop_streams(self) -> int: ...
    def fail_for(self, seconds: float, status: int = 503) -> None: ...
    def hang_streams(self, seconds: float) -> int: ...


class PaymentOutcome(Protocol):
    """The identifiers of a recorded control payment (``server.PaymentResult``)."""

    @property
    def operation_id(self) -> str: ...
    @property
    def paging_token(self) -> str: ...
    @property
    def tx_hash(self) -> str: ...


FRIENDBOT_XLM = "10000"


def submit_form(ledger: Ledger, base: str, body: bytes) -> tuple[int, dict[str, Any]]:
    """``POST /transactions``: decode the ``tx`` form field, apply it, answer like Horizon."""
    try:
        form = parse_qs(body.decode("ascii"), keep_blank_values=True)
    except UnicodeDecodeError:
        form = {}
    envelope_xdr = (form.get("tx") or [""])[0].strip()
    if not envelope_xdr:
        return 400, records.invalid_field("tx", "tx: field is required")
    return submit_envelope(ledger, base, envelope_xdr)


def submit_envelope(ledger: Ledger, base: str, envelope_xdr: str) -> tuple[int, dict[str, Any]]:
    """Apply a base64 envelope; 200 with the transaction or a 400 problem; any thread."""
    try:
        envelope = decode_envelope(envelope_xdr, ledger.network.passphrase)
    except Malformed:
        return 400, records.transaction_malformed(envelope_xdr)
    outcome = submit.submit(ledger, envelope)
    if outcome.successful and outcome.tx is not None:
        return 200, records.transaction(base, outcome.tx)
    return 400, records.transaction_failed(
        envelope_xdr,
        outcome.result_xdr,
        horizon_tx_code(outcome.tx_code, envelope),
        outcome.op_codes,
    )


def friendbot(ledger: Ledger, base: str, addr: str) -> tuple[int, dict[str, Any]]:
    """``GET /friendbot?addr=``: create ``addr`` with 10,000 XLM; the transaction as JSON."""
    if not StrKey.is_valid_ed25519_public_key(addr):
        return 400, records.invalid_field("addr", "addr: invalid address")
    try:
        ledger.create_account(account_request(addr, usdc_trustline=False, xlm=FRIENDBOT_XLM))
    except AccountExists:
        doc = records.problem(
            400,
            detail="The transaction failed when submitted to the stellar network.",
            extras={
                "result_codes": {"transaction": "tx_failed", "operations": ["op_already_exists"]}
            },
        )
        doc["type"] = records.ERRORS_BASE + "transaction_failed"
        doc["title"] = "Transaction Failed"
        return 400, doc
    ops = ledger.page(addr, None, descending=True, limit=1, include_failed=True)
    return 200, records.transaction(base, ops[0].tx)


def fee_stats(ledger: Ledger) -> dict[str, Any]:
    """``GET /fee_stats``."""
    return records.fee_stats(ledger.latest()[0], BASE_FEE)


def ledgers(base: str, ledger: Ledger, query: dict[str, str]) -> dict[str, Any]:
    """``GET /ledgers`` (the newest first with ``order=desc``; ``limit`` ledgers)."""
    latest, closed_at, elder = ledger.latest()
    try:
        limit = max(1, min(200, int(query.get("limit") or 10)))
    except ValueError:
        limit = 10
    if query.get("order") == "desc":
        numbers = list(range(latest, max(elder - 1, latest - limit), -1))
    else:
        numbers = list(range(elder, min(latest, elder + limit - 1) + 1))
    rows = [records.ledger_record(base, n, closed_at, BASE_FEE) for n in numbers]
    return records.page(
        base,
        "/ledgers",
        rows,
        cursor=query.get("cursor", ""),
        limit=limit,
        order=query.get("order") or "asc",
    )


# ---- control endpoints (``POST /_devnet/…``) ------------------------------------


def control_accounts(devnet: Devnet, body: object) -> dict[str, Any]:
    """``POST /_devnet/accounts``."""
    return {"account_id": devnet.create_account_from(account_request_from_json(body))}


def control_pay(devnet: Devnet, body: object) -> dict[str, Any]:
    """``POST /_devnet/pay``."""
    result = devnet.pay_from(payment_request_from_json(body))
    return {
        "operation_id": result.operation_id,
        "paging_token": result.paging_token,
        "tx_hash": result.tx_hash,
    }


def control_drop(devnet: Devnet, body: object) -> dict[str, Any]:
    """``POST /_devnet/drop_streams``."""
    if body not in (None, {}):
        raise DevnetError("drop_streams takes no parameters")
    return {"dropped": devnet.drop_streams()}


def control_fail(devnet: Devnet, body: object) -> dict[str, Any]:
    """``POST /_devnet/fail_for``."""
    seconds, status = seconds_from_json(body, allow_status=True)
    devnet.fail_for(seconds, status)
    return {"seconds": seconds, "status": status}


def control_hang(devnet: Devnet, body: object) -> dict[str, Any]:
    """``POST /_devnet/hang_streams``."""
    seconds, _ = seconds_from_json(body, allow_status=False)
    return {"hung": devnet.hang_streams(seconds), "seconds": seconds}


CONTROL_ACTIONS: dict[str, Callable[[Devnet, object], dict[str, Any]]] = {
    "/_devnet/accounts": control_accounts,
    "/_devnet/pay": control_pay,
    "/_devnet/drop_streams": control_drop,
    "/_devnet/fail_for": control_fail,
    "/_devnet/hang_streams": control_hang,
}
