"""The right half of the cashier window: the sale in progress, or "ready" between sales.

Shows what the customer sees in small (QR preview), the USDC due, the locked-in rate and its
source, a countdown, the status, and a Cancel button. GUI thread.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from posapp.core.session import PaymentSession, SessionStatus
from posapp.ui.cashier.connection import ConnectionView
from posapp.ui.common.formatting import Formatter, countdown, local_time, short_hash
from posapp.ui.common.plain_text import PlainLabel
from posapp.ui.common.qr_widget import QrWidget
from posapp.ui.common.session_view import is_paid, status_view
from posapp.ui.common.theme import (
    INK,
    MONO_FAMILY,
    MUTED,
    TONES,
    WHITE,
    Tone,
    banner_style,
    pill_style,
)

PREVIEW_SIDE = 212
MIN_FIT_PIXELS = 11
LAST_MINUTE_S = 60
"""Below this many seconds the countdown turns red and larger."""


class FitLabel(QLabel):
    """A one-line value that is never clipped: its font shrinks until the text fits the
    width it has (down to ``MIN_FIT_PIXELS``). GUI thread."""

    def __init__(self, pixels: int, weight: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._max_pixels = pixels
        self.setStyleSheet(f"color: {INK};")  # no font in the style sheet: _fit sets it
        font = QFont(self.font())
        font.setWeight(QFont.Weight(weight))
        self.setFont(font)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(40)
        self._fit()

    def setText(self, text: str) -> None:
        """Show ``text`` at the largest size that fits; the layout never gives it less room
        than the text needs at the smallest size."""
        super().setText(text)
        smallest = QFont(self.font())
        smallest.setPixelSize(MIN_FIT_PIXELS)
        self.setMinimumWidth(max(40, QFontMetrics(smallest).horizontalAdvance(text) + 2))
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Refit to the new width."""
        super().resizeEvent(event)
        self._fit()

    def fits(self) -> bool:
        """True when the whole text is visible at the current size."""
        return QFontMetrics(self.font()).horizontalAdvance(self.text()) <= self.width()

    def _fit(self) -> None:
        font = QFont(self.font())
        pixels = self._max_pixels
        font.setPixelSize(pixels)
        while pixels > MIN_FIT_PIXELS and self.width() > 0:
            if QFontMetrics(font).horizontalAdvance(self.text()) <= self.width():
                break
            pixels -= 1
            font.setPixelSize(pixels)
        self.setFont(font)


def _label(text: str = "", *, name: str | None = None, style: str | None = None) -> QLabel:
    label = PlainLabel(text)
    if name:
        label.setObjectName(name)
    if style:
        label.setStyleSheet(style)
    return label


ACTION_CASH = "cash"
ACTION_CARD = "card"
ACTION_GIVE_BACK = "give_back"
ACTION_PARK = "park"
ACTION_KEYS = {ACTION_CASH: "F2", ACTION_CARD: "F3", ACTION_GIVE_BACK: "F4", ACTION_PARK: "F8"}
"""The function key of each sale action (the window maps the keys)."""


def settleable(session: PaymentSession) -> bool:
    """True when part of the sale is paid and the rest is still to settle: take it another
    way or give back what was received."""
    return (
        session.status in (SessionStatus.PARTIALLY_PAID, SessionStatus.EXPIRED)
        and session.usdc_received > 0
        and session.refund_state is None
    )


class SalePanel(QFrame):
    """Shows one sale (GUI thread). ``cancel_clicked`` when the cashier presses Cancel,
    ``action_clicked(name)`` for the partial-payment actions and Park."""

    cancel_clicked = Signal()
    action_clicked = Signal(str)
    """``cash``, ``card``, ``give_back`` or ``park``."""

    def __init__(self, formatter: Formatter, parent: QWidget | None = None) -> None:
        """GUI thread."""
        super().__init__(parent)
        self.setObjectName("card")
        self._fmt = formatter
        self._session: PaymentSession | None = None
        self._connection: ConnectionView | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 20)
        outer.setSpacing(14)
        header = QHBoxLayout()
        header.addWidget(_label(self.tr("CURRENT SALE"), name="caption"))
        header.addStretch(1)
        self.status_pill = _label(name="statusPill")
        header.addWidget(self.status_pill)
        outer.addLayout(header)
        self.stack = QStackedWidget()
        self.idle_page = self._build_idle()
        self.sale_page = self._build_sale()
        self.stack.addWidget(self.idle_page)
        self.stack.addWidget(self.sale_page)
        outer.addWidget(self.stack, 1)
        self.show_idle()

    # building ---------------------------------------------------------------------------
    def _build_idle(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.addStretch(1)
        title = _label(
            self.tr("Ready for the next sale"),
            style=f"font-size: 26px; font-weight: 700; color: {INK};",
        )
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setWordWrap(True)  # longer in French or Portuguese than the panel is wide
        hint = _label(
            self.tr("Key the amount, then press Enter or Charge."),
            style=f"font-size: 16px; color: {MUTED};",
        )
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setWordWrap(True)
        self.last_sale_label = _label(style=f"font-size: 15px; color: {MUTED};")
        self.last_sale_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(title)
        box.addSpacing(6)
        box.addWidget(hint)
        box.addSpacing(18)
        box.addWidget(self.last_sale_label)
        box.addStretch(2)
        return page

    def _build_sale(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(14)
        top = QHBoxLayout()
        top.setSpacing(22)
        self.qr_preview = QrWidget(min_side=PREVIEW_SIDE)
        self.qr_preview.setFixedSize(PREVIEW_SIDE, PREVIEW_SIDE)
        self.qr_preview.setToolTip(self.tr("What the customer display shows"))
        top.addWidget(self.qr_preview, 0, Qt.AlignmentFlag.AlignTop)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(8)
        value = f"font-size: 16px; color: {INK};"
        self.fiat_value = FitLabel(24, 700)
        self.due_value = FitLabel(24, 700)
        self.received_value = _label(style=value)
        self.received_value.setWordWrap(True)
        warn = TONES[Tone.WARNING].fg
        self.remaining_value = _label(style=f"font-size: 16px; font-weight: 700; color: {warn};")
        self.rate_value = _label(style=value)
        self.rate_value.setWordWrap(True)
        self.countdown_value = _label(style=f"font-size: 20px; font-weight: 600; color: {INK};")
        rows = (
            (self.tr("Amount"), self.fiat_value),
            (self.tr("USDC due"), self.due_value),
            (self.tr("Received"), self.received_value),
            (self.tr("Still due"), self.remaining_value),
            (self.tr("Rate"), self.rate_value),
            (self.tr("Expires in"), self.countdown_value),
        )
        self._captions: dict[QLabel, QLabel] = {}
        for row, (name, widget) in enumerate(rows):
            caption = _label(name, style=f"font-size: 14px; color: {MUTED};")
            caption.setWordWrap(True)  # "Tipo de cambio" takes two lines, not the value's room
            grid.addWidget(
                caption, row, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            )
            grid.addWidget(widget, row, 1)
            self._captions[widget] = caption
        grid.setColumnStretch(1, 1)
        top.addLayout(grid, 1)
        box.addLayout(top)
        self.note_value = _label(style=f"font-size: 15px; color: {INK};")
        self.note_value.setWordWrap(True)
        self.memo_value = _label(
            style=f"font-family: {MONO_FAMILY}; font-size: 13px; color: {MUTED};"
        )
        self.memo_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.note_value)
        box.addWidget(self.memo_value)
        self.connection_note = _label()
        self.connection_note.setWordWrap(True)
        box.addWidget(self.connection_note)
        self.result_banner = _label()
        self.result_banner.setTextFormat(Qt.TextFormat.RichText)  # values escaped in _show_result
        self.result_banner.setObjectName("resultBanner")
        self.result_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.result_banner.setWordWrap(True)
        self.result_banner.setMinimumHeight(96)
        box.addWidget(self.result_banner)
        self._sale_box = box
        box.addWidget(self._build_actions())
        box.addStretch(1)
        bottom = QHBoxLayout()
        self.next_hint = _label(
            self.tr("Press any digit to start the next sale."),
            style=f"font-size: 15px; color: {MUTED};",
        )
        self.next_hint.setWordWrap(True)  # a long sentence in French or Portuguese
        bottom.addWidget(self.next_hint, 1)
        self.cancel_button = QPushButton(self.tr("Cancel sale  (Esc)"))
        self.cancel_button.setObjectName("cancelSale")
        self.cancel_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.cancel_button.clicked.connect(self.cancel_clicked)
        bottom.addWidget(self.cancel_button)
        box.addLayout(bottom)
        return page

    def add_receipt_card(self, card: QWidget) -> None:
        """Show ``card`` (the paid sale's receipt) under the result, in the free space."""
        self._sale_box.insertWidget(self._sale_box.indexOf(self.result_banner) + 1, card, 100)

    def _build_actions(self) -> QWidget:
        """Take the rest in cash / by card, give back what was received, park the sale."""
        self.actions_box = QFrame()
        self.actions_box.setObjectName("saleActions")  # styled in CASHIER_STYLE
        box = QVBoxLayout(self.actions_box)
        box.setContentsMargins(14, 10, 14, 12)
        box.setSpacing(8)
        self.actions_hint = _label(style=f"font-size: 15px; color: {INK};")
        self.actions_hint.setWordWrap(True)
        self.actions_hint.setMinimumHeight(44)
        box.addWidget(self.actions_hint)
        grid = QGridLayout()
        grid.setSpacing(8)
        self.action_buttons: dict[str, QPushButton] = {}
        for index, (name, text) in enumerate(
            (
                (ACTION_CASH, self.tr("Rest in cash  (F2)")),
                (ACTION_CARD, self.tr("Rest by card  (F3)")),
                (ACTION_GIVE_BACK, self.tr("Give back  (F4)")),
                (ACTION_PARK, self.tr("Park sale  (F8)")),
            )
        ):
            button = QPushButton(text)
            button.setObjectName("saleAction")  # styled in CASHIER_STYLE
            button.setAccessibleName(name)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumHeight(40)
            button.clicked.connect(lambda _checked=False, n=name: self.action_clicked.emit(n))
            self.action_buttons[name] = button
            grid.addWidget(button, index // 2, index % 2)
        box.addLayout(grid)
        self.actions_box.hide()
        return self.actions_box

    def _show_actions(self, session: PaymentSession) -> None:
        settle = settleable(session)
        park = session.status.is_awaiting
        for name in (ACTION_CASH, ACTION_CARD, ACTION_GIVE_BACK):
            self.action_buttons[name].setVisible(settle)
        self.action_buttons[ACTION_PARK].setVisible(park)
        if settle:
            fmt = self._fmt
            hint = (
                self.tr(
                    "{received} of {due} received. Take the rest another way, give it back, or"
                    " park the sale for the next customer."
                )
                if park
                else self.tr(
                    "{received} of {due} received before the time ran out: take the rest"
                    " another way, or give it back."
                )
            )
            self.actions_hint.setText(
                hint.format(
                    received=fmt.usdc(session.usdc_received), due=fmt.usdc(session.usdc_due)
                )
            )
            self.actions_hint.show()
        else:
            self.actions_hint.hide()
        self.actions_box.setVisible(settle or park)

    # showing ----------------------------------------------------------------------------
    @property
    def session(self) -> PaymentSession | None:
        """The sale shown (None when idle)."""
        return self._session

    def show_idle(self, last: PaymentSession | None = None) -> None:
        """Between sales; mentions the last one if given. GUI thread."""
        self._session = None
        self.qr_preview.set_data(None)
        self.stack.setCurrentWidget(self.idle_page)
        self.status_pill.setText(self.tr("Ready"))
        self.status_pill.setStyleSheet(pill_style(Tone.NEUTRAL))
        if last is not None:
            view = status_view(last)
            self.last_sale_label.setText(
                self.tr("Last sale: {amount} · {state} at {time}").format(
                    amount=self._fmt.fiat(last.fiat_amount),
                    state=view.title,
                    time=local_time(last.updated_at),
                )
            )
        else:
            self.last_sale_label.setText("")

    def show_session(self, session: PaymentSession, uri: str | None) -> None:
        """Show ``session``; ``uri`` is what the customer should pay now (None when done).

        GUI thread.
        """
        self._session = session
        view = status_view(session)
        self.stack.setCurrentWidget(self.sale_page)
        self.status_pill.setText(view.title)
        self.status_pill.setStyleSheet(pill_style(view.tone))
        self.qr_preview.set_data(uri)
        self.qr_preview.setVisible(uri is not None)
        fmt = self._fmt
        self.fiat_value.setText(fmt.fiat(session.fiat_amount))
        self.due_value.setText(fmt.usdc(session.usdc_due))
        self.received_value.setText(fmt.usdc(session.usdc_received))
        partial = session.status.is_awaiting and session.usdc_received > 0
        self.remaining_value.setText(fmt.usdc(session.remaining))
        self._show_row(self.remaining_value, partial)
        rate = (
            self.tr("{rate} · {source} + {spread}%")
            if session.spread_percent
            else self.tr("{rate} · {source}")
        )
        self.rate_value.setText(
            rate.format(
                rate=fmt.rate(rate=session.rate),
                source=session.rate_source,
                spread=session.spread_percent,
            )
        )
        self.note_value.setText(
            self.tr("Note: {note}").format(note=session.note) if session.note else ""
        )
        self.note_value.setVisible(bool(session.note))
        self.memo_value.setText(self.tr("Memo {memo}").format(memo=session.memo))
        awaiting = session.status.is_awaiting
        self.cancel_button.setVisible(session.status is SessionStatus.OPEN)
        self.next_hint.setVisible(not awaiting)
        self._show_row(self.countdown_value, awaiting)
        self._show_result(session)
        self._show_actions(session)
        self._show_connection_note()

    def _show_row(self, value: QLabel, visible: bool) -> None:
        value.setVisible(visible)
        self._captions[value].setVisible(visible)

    def set_seconds_left(self, seconds: int) -> None:
        """Update the countdown. GUI thread."""
        if seconds > 0:
            self.countdown_value.setText(countdown(seconds))
        else:
            self.countdown_value.setText(self.tr("time is up, checking…"))
        last_minute = seconds < LAST_MINUTE_S
        if self.countdown_value.property("lastMinute") != last_minute:
            self.countdown_value.setProperty("lastMinute", last_minute)
            size, weight = (24, 800) if last_minute else (20, 600)
            color = TONES[Tone.DANGER].fg if last_minute else INK
            self.countdown_value.setStyleSheet(
                f"font-size: {size}px; font-weight: {weight}; color: {color};"
            )

    def set_connection(self, view: ConnectionView) -> None:
        """Remember the detection state and show its note on an awaiting sale. GUI thread."""
        self._connection = view
        self._show_connection_note()

    def _show_connection_note(self) -> None:
        view = self._connection
        awaiting = self._session is not None and self._session.status.is_awaiting
        note = view.sale_note if view is not None else None
        if awaiting and note:
            self.connection_note.setText(note[0].upper() + note[1:])
            self.connection_note.setStyleSheet(banner_style(view.tone) + " font-size: 15px;")
            self.connection_note.show()
        else:
            self.connection_note.hide()

    def _show_result(self, session: PaymentSession) -> None:
        fmt = self._fmt
        details: list[str] = []
        if is_paid(session):
            text = self.tr("✓  Paid  {amount}").format(amount=fmt.fiat(session.fiat_amount))
            details = self._paid_details(session)
            tone, strong = Tone.SUCCESS, True
        elif session.status is SessionStatus.EXPIRED:
            text = self.tr("Expired: the customer did not pay in time")
            details.append(
                self.tr(
                    "{received} received: take the rest another way or give it back (below)."
                ).format(received=fmt.usdc(session.usdc_received))
                if session.usdc_received > 0
                else self.tr("Nothing was received.")
            )
            tone, strong = (Tone.WARNING if session.usdc_received > 0 else Tone.NEUTRAL), False
        elif session.status is SessionStatus.CANCELLED and session.refund_state:
            text = self.tr("Sale cancelled: given back")
            details.append(
                self.tr("{received} queued for refund to the customer.").format(
                    received=fmt.usdc(session.usdc_received)
                )
            )
            tone, strong = Tone.WARNING, False
        elif session.status is SessionStatus.CANCELLED:
            text, tone, strong = self.tr("Sale cancelled"), Tone.NEUTRAL, False
        else:
            self.result_banner.hide()
            return
        colors = TONES[tone]
        if strong:
            style = (
                f"background: {colors.strong}; color: {WHITE}; border-radius: 10px;"
                " padding: 14px; font-size: 26px; font-weight: 700;"
            )
        else:
            style = banner_style(tone) + " font-size: 20px; font-weight: 600; padding: 14px;"
        self.result_banner.setStyleSheet(style)
        small = "font-size: 16px; font-weight: 500;"
        body = html.escape(text)
        for detail in details:
            body += f"<br><span style='{small}'>{html.escape(detail)}</span>"
        self.result_banner.setText(body)
        self.result_banner.show()

    def _paid_details(self, session: PaymentSession) -> list[str]:
        """The lines under "Paid": what arrived (and its transaction), the rest taken another
        way, the part paid too much; each line one whole text."""
        fmt = self._fmt
        received = fmt.usdc(session.usdc_received)
        lines = [
            self.tr("{received}  ·  tx {hash}").format(
                received=received, hash=short_hash(session.last_tx_hash)
            )
            if session.last_tx_hash
            else received
        ]
        if session.settled_by:
            rest = fmt.fiat(session.settled_fiat)
            if session.settled_by == ACTION_CASH:
                lines.append(self.tr("+  {amount} cash").format(amount=rest))
            elif session.settled_by == ACTION_CARD:
                lines.append(self.tr("+  {amount} card").format(amount=rest))
            else:
                lines.append(
                    self.tr("+  {amount} {way}").format(amount=rest, way=session.settled_by)
                )
        if session.overpaid > 0:
            lines.append(self.tr("Overpaid {amount}").format(amount=fmt.usdc(session.overpaid)))
        return lines
