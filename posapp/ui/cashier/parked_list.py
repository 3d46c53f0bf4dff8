"""Parked sales: sales put aside so the counter could serve the next customer. Each can
still be paid; the cashier resumes one (click, or F9 for the oldest) while it can.
GUI thread."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from posapp.core.session import PaymentSession
from posapp.ui.common.formatting import Formatter, local_time
from posapp.ui.common.plain_text import PlainLabel
from posapp.ui.common.theme import MUTED

ROW_HEIGHT = 30


class ParkedList(QWidget):
    """The parked sales, oldest first; ``resume_requested(session id)`` on a click."""

    resume_requested = Signal(str)

    def __init__(self, formatter: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fmt = formatter
        self._sessions: dict[str, PaymentSession] = {}
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        self.caption = PlainLabel(self.tr("PARKED SALES · click or F9 to resume"))
        self.caption.setObjectName("caption")
        self.caption.setStyleSheet(f"color: {MUTED};")
        box.addWidget(self.caption)
        self.list = QListWidget()
        self.list.setObjectName("parkedSales")
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setStyleSheet("QListWidget { font-size: 15px; }")
        self.list.itemClicked.connect(self._on_list_item_clicked)
        box.addWidget(self.list)
        self.hide()

    @property
    def ids(self) -> tuple[str, ...]:
        """The parked sales' ids, oldest first."""
        return tuple(self._sessions)

    def get(self, session_id: str) -> PaymentSession | None:
        """The parked sale with this id, or None."""
        return self._sessions.get(session_id)

    def put(self, session: PaymentSession) -> None:
        """Add or refresh a parked sale (GUI thread); the same state again changes nothing
        (the counter's follower reports every parked sale on every poll)."""
        if self._sessions.get(session.id) == session:
            return
        self._sessions[session.id] = session
        self._refresh()

    def remove(self, session_id: str) -> PaymentSession | None:
        """Take a sale off the list (resumed, paid, expired…); returns it (GUI thread)."""
        gone = self._sessions.pop(session_id, None)
        self._refresh()
        return gone

    def _refresh(self) -> None:
        self.list.clear()
        ordered = sorted(self._sessions.values(), key=lambda s: (s.created_at, s.id))
        self._sessions = {s.id: s for s in ordered}
        for s in ordered:
            fmt = self._fmt
            if s.note:
                text = self.tr("{amount} · {received} received · {note} · until {time}")
            else:
                text = self.tr("{amount} · {received} received · until {time}")
            item = QListWidgetItem(
                text.format(
                    amount=fmt.fiat(s.fiat_amount),
                    received=fmt.usdc(s.usdc_received),
                    note=s.note,
                    time=local_time(s.expires_at),
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            self.list.addItem(item)
        self.list.setFixedHeight(min(len(ordered), 3) * ROW_HEIGHT + 6)
        self.setVisible(bool(ordered))

    def _on_list_item_clicked(self, item: QListWidgetItem) -> None:
        self.resume_requested.emit(str(item.data(Qt.ItemDataRole.UserRole)))
