from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from posapp.core.session import (
    FROM_STATES,
    PaymentSession,
    SessionStatus,
    apply_credit,
    can_transition,
    looks_like_session_id,
    new_session_id,
)

S = SessionStatus
T0 = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
WINDOW = timedelta(hours=24)


def make(status: S = S.OPEN, due: str = "10.00", received: str = "0") -> PaymentSession:
    return PaymentSession(
        id=new_session_id(), muxed_id=7, status=status, fiat_amount=Decimal("840"),
        fiat_currency="INR", usdc_due=Decimal(due), usdc_received=Decimal(received),
        rate=Decimal("84"), rate_source="fixed", rate_time=T0, spread_percent=Decimal(0),
        network="testnet", destination="G" + "A" * 55, note="", cashier="c", terminal="t",
        created_at=T0, expires_at=T0 + timedelta(minutes=15), updated_at=T0,
    )  # fmt: skip


def credit(s: PaymentSession, amount: str, at: datetime, tolerance: str = "0"):
    return apply_credit(
        s, Decimal(amount), at, tolerance=Decimal(tolerance), monitoring_window=WINDOW
    )


def test_session_id_is_a_28_byte_memo() -> None:
    ids = {new_session_id() for _ in range(200)}
    assert len(ids) == 200
    for sid in ids:
        assert len(sid.encode()) == 28 and looks_like_session_id(sid)
    assert not looks_like_session_id("pay_short")
    assert not looks_like_session_id(None)


def test_transition_table_matches_the_design() -> None:
    assert can_transition(S.OPEN, S.CANCELLED)
    assert not can_transition(S.PARTIALLY_PAID, S.CANCELLED)
    assert can_transition(S.EXPIRED, S.PAID_LATE)
    for final in (S.PAID, S.PAID_LATE, S.CANCELLED):
        assert all(final not in sources for sources in FROM_STATES.values())


def test_exact_payment_on_time_pays() -> None:
    out = credit(make(), "10.00", T0 + timedelta(minutes=1))
    assert out is not None and out.new_status is S.PAID and out.event_type == "payment.success"


def test_partials_add_up() -> None:
    s = make()
    first = credit(s, "4", T0)
    assert first is not None and first.new_status is S.PARTIALLY_PAID
    s = replace(s, status=first.new_status, usdc_received=first.new_received)
    second = credit(s, "6", T0 + timedelta(minutes=2))
    assert second is not None and second.new_status is S.PAID and second.new_received == 10


def test_tolerance_counts_small_underpayment_as_paid() -> None:
    out = credit(make(), "9.99", T0, tolerance="0.01")
    assert out is not None and out.new_status is S.PAID
    out = credit(make(), "9.98", T0, tolerance="0.01")
    assert out is not None and out.new_status is S.PARTIALLY_PAID


def test_overpayment_is_recorded() -> None:
    out = credit(make(), "12.5", T0)
    assert out is not None and out.new_status is S.PAID
    paid = replace(make(), status=S.PAID, usdc_received=out.new_received)
    assert paid.overpaid == Decimal("2.5")
    again = credit(paid, "1", T0)
    assert again is not None and again.new_status is S.PAID and again.event_type is None


def test_late_full_payment_inside_window_is_paid_late() -> None:
    late = T0 + timedelta(hours=2)
    out = credit(make(S.EXPIRED), "10", late)
    assert out is not None and out.new_status is S.PAID_LATE and out.event_type == "payment.late"
    out = credit(make(S.OPEN), "10", late)  # expiry job has not run yet
    assert out is not None and out.new_status is S.PAID_LATE


def test_payment_closed_before_expiry_but_seen_after_is_paid() -> None:
    out = credit(make(S.EXPIRED), "10", T0 + timedelta(minutes=14))
    assert out is not None and out.new_status is S.PAID


def test_late_partial_stays_expired_and_after_window_is_refused() -> None:
    out = credit(make(S.EXPIRED), "3", T0 + timedelta(hours=1))
    assert out is not None and out.new_status is S.EXPIRED and out.new_received == 3
    assert credit(make(S.EXPIRED), "10", T0 + timedelta(days=2)) is None


def test_cancelled_session_takes_nothing() -> None:
    assert credit(make(S.CANCELLED), "10", T0) is None
