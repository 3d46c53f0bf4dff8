"""The shared kit speaks with one voice: one word per sale status in every window, one way
to shorten a hash or an account, one wall-clock format."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from posapp.core.session import SessionStatus
from posapp.ui.common.formatting import local_datetime, local_time, short_account, short_hash
from posapp.ui.common.session_view import _VIEWS, STATUS_LABELS
from posapp.ui.history.filter_bar import STATUS_CHOICES

IST = timezone(timedelta(hours=5, minutes=30))


def test_every_status_has_one_label_shared_by_the_cashier_and_the_history() -> None:
    assert set(STATUS_LABELS) == {s.value for s in SessionStatus}
    for status, view in _VIEWS.items():
        assert view.title == STATUS_LABELS[status.value]


def test_the_history_filter_names_statuses_as_the_table_does() -> None:
    """A choice of one status starts with that status's label ("Paid on time"); the choice
    of open sales uses the table's word ("Waiting for payment or partially paid")."""
    for label, statuses in STATUS_CHOICES:
        if len(statuses) == 1:
            assert label.startswith(STATUS_LABELS[next(iter(statuses))])
    waiting = [label for label, s in STATUS_CHOICES if "open" in s and len(s) > 1]
    assert waiting and all(label.startswith(STATUS_LABELS["open"]) for label in waiting)


def test_one_short_form_for_hashes_accounts_and_times() -> None:
    assert short_hash("a" * 8 + "b" * 50 + "c" * 6) == "aaaaaaaa…cccccc"
    assert short_account("GABC" + "X" * 48 + "WXYZ") == "GABC…WXYZ"
    moment = datetime(2026, 11, 29, 12, 0, 9, tzinfo=UTC)
    assert local_time(moment, IST) == "17:30"
    assert local_datetime(moment, IST, seconds=True) == "2026-11-29 17:30:09"


def test_every_colour_is_named_in_the_theme() -> None:
    """No window hard-codes a colour: hex codes and colour names live in ui/common/theme.py."""
    ui = Path(__file__).resolve().parents[2] / "posapp" / "ui"
    colour = re.compile(
        r"#[0-9a-fA-F]{6}\b|rgba?\(|QColor\(\s*[\"'\d]|(color|background):\s*(white|black)\b"
    )
    offenders = [
        f"{path.relative_to(ui)}:{n}"
        for path in ui.rglob("*.py")
        if path.name != "theme.py"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if colour.search(line)
    ]
    assert not offenders
