"""Horizon JSON for devnet state: HAL resources, pages and problem documents.

Shapes and key order follow ``shared/horizon-fixtures`` (2024+ Horizon: string fees,
``memo_bytes``, ``preconditions``, no ``result_meta_xdr``). Pure functions of immutable
snapshots; called on HTTP handler threads (and by ``Devnet.snapshot_payments``).
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from http import HTTPStatus
from typing import Any

from posapp.devnet import xdr
from posapp.devnet.ledger import Account, Op, Tx, asset_fields, fmt_amount
from posapp.stellar.networks import Network

HORIZON_VERSION = "23.0.0-posapp-devnet"
CORE_VERSION = "stellar-core 23.0.0 (posapp devnet)"
PROTOCOL_VERSION = 23
ERRORS_BASE = "https://stellar.org/horizon-errors/"
_GO_ESCAPES = {
    "&": "\\u0026",
    "<": "\\u003c",
    ">": "\\u003e",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}
_PROBLEMS: dict[int, tuple[str, str, str]] = {
    400: ("bad_request", "Bad Request", "The request you sent was invalid in some way."),
    404: (
        "not_found",
        "Resource Missing",
        "The resource at the url requested was not found.  This usually occurs for one of two"
        " reasons:  The url requested is not valid, or no data in our database could be found"
        " with the parameters provided.",
    ),
    405: ("method_not_allowed", "Method Not Allowed", "This resource does not accept that method."),
    406: ("not_acceptable", "An acceptable response content-type could not be provided", ""),
    429: (
        "rate_limit_exceeded",
        "Rate Limit Exceeded",
        "The rate limit for the requesting IP address is over its alloted limit.  The allowed"
        " limit and requests left per time period are communicated to clients via the http"
        " response headers 'X-RateLimit-*' headers.",
    ),
    500: (
        "server_error",
        "Internal Server Error",
        "An error occurred while processing this request.  This is usually due to a bug"
        " within the server software.  Trying this request again may succeed if the bug is"
        " transient, otherwise please report this issue to the issue tracker at:"
        " https://github.com/stellar/go/issues. Please include this response in your issue.",
    ),
    503: (
        "server_over_capacity",
        "Server Over Capacity",
        "This horizon server is currently overloaded.  Please wait for several minutes before"
        " trying your request again.",
    ),
    504: (
        "timeout",
        "Timeout",
        "Your request timed out before completing.  Please try your request again.",
    ),
}


def dumps(value: Any, *, pretty: bool = True) -> bytes:
    """UTF-8 JSON as Go's encoder writes it (``&`` → ``\\u0026`` …); pretty = 2-space indent.

    ``pretty=False`` gives the one-line form used for SSE ``data:`` lines.
    """
    if pretty:
        text = json.dumps(value, ensure_ascii=False, indent=2)
    else:
        text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for raw, escaped in _GO_ESCAPES.items():
        text = text.replace(raw, escaped)
    return text.encode("utf-8")


def problem(
    status: int, *, detail: str | None = None, extras: dict[str, Any] | None = None
) -> dict[str, Any]:
    """A Horizon problem document (``type``, ``title``, ``status``, ``detail``[, ``extras``])."""
    slug, title, default_detail = _PROBLEMS.get(status, ("", "", ""))
    if not slug:
        phrase = HTTPStatus(status).phrase if status in HTTPStatus._value2member_map_ else "Error"
        slug, title = phrase.lower().replace(" ", "_").replace("-", "_"), phrase
    doc: dict[str, Any] = {
        "type": ERRORS_BASE + slug,
        "title": title,
        "status": status,
        "detail": detail or default_detail or title,
    }
    if extras:
        doc["extras"] = extras
    return doc


def invalid_field(name: str, reason: str) -> dict[str, Any]:
    """The 400 problem Horizon answers for a bad query parameter."""
    return problem(400, extras={"invalid_field": name, "reason": reason})


def _link(href: str, templated: bool = False) -> dict[str, Any]:
    """A HAL link object."""
    return {"href": href, "templated": True} if templated else {"href": href}


def root(base: str, network: Network, latest: tuple[int, str, int]) -> dict[str, Any]:
    """``GET /``: versions, ledgers and the network passphrase."""
    ledger, closed_at, elder = latest
    return {
        "_links": {
            "account": _link(f"{base}/accounts/{{account_id}}", True),
            "accounts": _link(f"{base}/accounts{{?signer,sponsor,asset,cursor,limit,order}}", True),
            "friendbot": _link("https://friendbot.stellar.org/{?addr}", True),
            "operation": _link(f"{base}/operations/{{id}}", True),
            "operations": _link(f"{base}/operations{{?cursor,limit,order,include_failed}}", True),
            "payments": _link(f"{base}/payments{{?cursor,limit,order,include_failed}}", True),
            "self": _link(f"{base}/"),
            "transaction": _link(f"{base}/transactions/{{hash}}", True),
            "transactions": _link(f"{base}/transactions{{?cursor,limit,order}}", True),
        },
        "horizon_version": HORIZON_VERSION,
        "core_version": CORE_VERSION,
        "ingest_latest_ledger": ledger,
        "history_latest_ledger": ledger,
        "history_latest_ledger_closed_at": closed_at,
        "history_elder_ledger": elder,
        "core_latest_ledger": ledger,
        "network_passphrase": network.passphrase,
        "current_protocol_version": PROTOCOL_VERSION,
        "supported_protocol_version": PROTOCOL_VERSION,
        "core_supported_protocol_version": PROTOCOL_VERSION,
    }


def account(base: str, acct: Account) -> dict[str, Any]:
    """``GET /accounts/{id}``: trustline balances first, native last, ``data`` entries."""
    me = f"{base}/accounts/{acct.account_id}"
    balances: list[dict[str, Any]] = []
    for (code, issuer), stroops in acct.trustlines.items():
        balances.append(
            {
                "balance": fmt_amount(stroops),
                "limit": fmt_amount(acct.limit((code, issuer))),
                "buying_liabilities": "0.0000000",
                "selling_liabilities": "0.0000000",
                "last_modified_ledger": acct.last_modified_ledger,
                "is_authorized": True,
                "is_authorized_to_maintain_liabilities": True,
                **asset_fields((code, issuer)),
            }
        )
    balances.append(
        {
            "balance": fmt_amount(acct.native),
            "buying_liabilities": "0.0000000",
            "selling_liabilities": "0.0000000",
            "asset_type": "native",
        }
    )
    return {
        "_links": {
            "self": _link(me),
            "transactions": _link(f"{me}/transactions{{?cursor,limit,order}}", True),
            "operations": _link(f"{me}/operations{{?cursor,limit,order}}", True),
            "payments": _link(f"{me}/payments{{?cursor,limit,order}}", True),
            "effects": _link(f"{me}/effects{{?cursor,limit,order}}", True),
            "offers": _link(f"{me}/offers{{?cursor,limit,order}}", True),
            "trades": _link(f"{me}/trades{{?cursor,limit,order}}", True),
            "data": _link(f"{me}/data/{{key}}", True),
        },
        "id": acct.account_id,
        "account_id": acct.account_id,
        "sequence": str(acct.sequence),
        "sequence_ledger": acct.sequence_ledger,
        "sequence_time": _unix(acct.sequence_time),
        "subentry_count": len(acct.trustlines) + (1 if acct.memo_required else 0),
        "last_modified_ledger": acct.last_modified_ledger,
        "last_modified_time": acct.last_modified_time,
        "thresholds": dict(
            zip(("low_threshold", "med_threshold", "high_threshold"), acct.thresholds, strict=True)
        ),
        "flags": {
            "auth_required": False,
            "auth_revocable": False,
            "auth_immutable": False,
            "auth_clawback_enabled": False,
        },
        "balances": balances,
        "signers": [
            {"weight": weight, "key": key, "type": "ed25519_public_key"}
            for key, weight in acct.signers().items()
        ],
        "data": {"config.memo_required": "MQ=="} if acct.memo_required else {},
        "num_sponsoring": 0,
        "num_sponsored": 0,
        "paging_token": acct.account_id,
    }


def transaction(base: str, tx: Tx) -> dict[str, Any]:
    """A transaction record (``GET /transactions/{hash}`` and ``join=transactions``)."""
    me = f"{base}/transactions/{tx.hash}"
    doc: dict[str, Any] = {}
    if tx.memo is not None:
        doc["memo"] = tx.memo
    if tx.memo_bytes is not None:
        doc["memo_bytes"] = tx.memo_bytes
    doc["_links"] = {
        "self": _link(me),
        "account": _link(f"{base}/accounts/{tx.source_account}"),
        "ledger": _link(f"{base}/ledgers/{tx.ledger}"),
        "operations": _link(f"{me}/operations{{?cursor,limit,order}}", True),
        "effects": _link(f"{me}/effects{{?cursor,limit,order}}", True),
        "precedes": _link(f"{base}/transactions?order=asc&cursor={tx.paging_token}"),
        "succeeds": _link(f"{base}/transactions?order=desc&cursor={tx.paging_token}"),
        "transaction": _link(me),
    }
    doc.update(
        {
            "id": tx.hash,
            "paging_token": str(tx.paging_token),
            "successful": tx.successful,
            "hash": tx.hash,
            "ledger": tx.ledger,
            "created_at": tx.created_at,
            "source_account": tx.source_account,
            "source_account_sequence": str(tx.sequence),
            "fee_account": tx.fee_account or tx.source_account,
            "fee_charged": str(tx.fee_charged),
            "max_fee": str(tx.max_fee),
            "operation_count": tx.operation_count,
            "envelope_xdr": tx.envelope_xdr,
            "result_xdr": tx.result_xdr,
            "fee_meta_xdr": xdr.EMPTY_LEDGER_ENTRY_CHANGES,
            "memo_type": tx.memo_type,
            "signatures": list(tx.signatures),
        }
    )
    if tx.inner_hash is not None:
        doc["fee_bump_transaction"] = {"hash": tx.hash, "signatures": list(tx.signatures)}
        doc["inner_transaction"] = {
            "hash": tx.inner_hash,
            "signatures": list(tx.inner_signatures),
            "max_fee": str(tx.inner_max_fee),
        }
    bounds = {"min_time": str(tx.min_time)}
    if tx.max_time:
        bounds["max_time"] = str(tx.max_time)
    doc["preconditions"] = {"timebounds": bounds}
    return doc


def operation(base: str, op: Op, *, join_transaction: bool = False) -> dict[str, Any]:
    """A payment-like operation record; with ``join_transaction`` it embeds ``transaction``."""
    me = f"{base}/operations/{op.id}"
    doc: dict[str, Any] = {
        "_links": {
            "self": _link(me),
            "transaction": _link(f"{base}/transactions/{op.tx.hash}"),
            "effects": _link(f"{me}/effects"),
            "succeeds": _link(f"{base}/effects?order=desc&cursor={op.id}"),
            "precedes": _link(f"{base}/effects?order=asc&cursor={op.id}"),
        },
        "id": str(op.id),
        "paging_token": str(op.id),
        "transaction_successful": op.tx.successful,
        "source_account": op.source_account,
        "type": op.type,
        "type_i": op.type_i,
        "created_at": op.tx.created_at,
        "transaction_hash": op.tx.hash,
    }
    if join_transaction:
        doc["transaction"] = transaction(base, op.tx)
    doc.update(op.body)
    return doc


def page(
    base: str,
    path: str,
    records: list[dict[str, Any]],
    *,
    cursor: str,
    limit: int,
    order: str,
    params: str = "",
) -> dict[str, Any]:
    """A HAL page with ``self`` / ``next`` / ``prev`` links like Horizon's.

    ``params`` (already URL-encoded, e.g. ``join=transactions``) is appended to every link.
    """
    tail = f"&{params}" if params else ""
    inverted = "asc" if order == "desc" else "desc"

    def href(at: str, direction: str) -> dict[str, Any]:
        """A page link starting at ``at`` in ``direction``."""
        return _link(f"{base}{path}?cursor={at}&limit={limit}&order={direction}{tail}")

    first = records[0]["paging_token"] if records else cursor
    last = records[-1]["paging_token"] if records else cursor
    return {
        "_links": {
            "self": href(cursor, order),
            "next": href(last, order),
            "prev": href(first, inverted),
        },
        "_embedded": {"records": records},
    }


def _unix(text: str) -> str:
    """``YYYY-MM-DDTHH:MM:SSZ`` → unix seconds as a string (``sequence_time``)."""
    return str(int(datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC).timestamp()))


def fee_stats(latest_ledger: int, base_fee: int) -> dict[str, Any]:
    """``GET /fee_stats``: an idle network, every percentile at the base fee."""
    fee = str(base_fee)
    spread = {"max": fee, "min": fee, "mode": fee}
    spread.update({f"p{p}": fee for p in (10, 20, 30, 40, 50, 60, 70, 80, 90, 95, 99)})
    return {
        "last_ledger": str(latest_ledger),
        "last_ledger_base_fee": fee,
        "ledger_capacity_usage": "0.01",
        "fee_charged": spread,
        "max_fee": dict(spread),
    }


def ledger_record(base: str, sequence: int, closed_at: str, base_fee: int) -> dict[str, Any]:
    """One ledger resource (``/ledgers``); hashes are derived from the sequence number."""
    me = f"{base}/ledgers/{sequence}"
    return {
        "_links": {
            "self": _link(me),
            "transactions": _link(f"{me}/transactions{{?cursor,limit,order}}", True),
            "operations": _link(f"{me}/operations{{?cursor,limit,order}}", True),
            "payments": _link(f"{me}/payments{{?cursor,limit,order}}", True),
            "effects": _link(f"{me}/effects{{?cursor,limit,order}}", True),
        },
        "id": _ledger_hash(sequence),
        "paging_token": str(sequence << 32),
        "hash": _ledger_hash(sequence),
        "prev_hash": _ledger_hash(sequence - 1),
        "sequence": sequence,
        "successful_transaction_count": 0,
        "failed_transaction_count": 0,
        "operation_count": 0,
        "tx_set_operation_count": 0,
        "closed_at": closed_at,
        "total_coins": "100000000000.0000000",
        "fee_pool": "0.0000000",
        "base_fee_in_stroops": base_fee,
        "base_reserve_in_stroops": 5000000,
        "max_tx_set_size": 1000,
        "protocol_version": PROTOCOL_VERSION,
        "header_xdr": "",
    }


def _ledger_hash(sequence: int) -> str:
    """A stable made-up ledger hash."""
    return hashlib.sha256(b"posapp devnet ledger %d" % sequence).hexdigest()


def transaction_failed(
    envelope_xdr: str, result_xdr: str, tx_code: str, op_codes: tuple[str, ...]
) -> dict[str, Any]:
    """The 400 Horizon answers a refused or failed submission, with its result codes."""
    codes: dict[str, Any] = {"transaction": tx_code}
    if op_codes:
        codes["operations"] = list(op_codes)
    doc = problem(
        400,
        detail="The transaction failed when submitted to the stellar network. The "
        "`extras.result_codes` field on this response contains further details.  Descriptions"
        " of each code can be found at: https://developers.stellar.org/docs/data/horizon/"
        "api-reference/errors/result-codes/transactions",
        extras={"envelope_xdr": envelope_xdr, "result_codes": codes, "result_xdr": result_xdr},
    )
    doc["type"] = ERRORS_BASE + "transaction_failed"
    doc["title"] = "Transaction Failed"
    return doc


def transaction_malformed(envelope_xdr: str) -> dict[str, Any]:
    """The 400 Horizon answers an envelope it cannot decode."""
    doc = problem(
        400,
        detail="Horizon could not decode the transaction envelope in this request. A "
        "transaction should be an XDR TransactionEnvelope struct encoded using base64.  The "
        "envelope read from this request is echoed in the `extras.envelope_xdr` field of "
        "this response for your convenience.",
        extras={"envelope_xdr": envelope_xdr},
    )
    doc["type"] = ERRORS_BASE + "transaction_malformed"
    doc["title"] = "Transaction Malformed"
    return doc
