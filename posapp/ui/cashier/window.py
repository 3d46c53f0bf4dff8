"""The cashier window: key an amount, charge, watch the sale turn green, start the next.

The window owns no services: ``posapp.app.counter`` injects the session service, the
configuration, the acting user and the clock, and wires the watcher's and the rate
refresher's signals to its public slots (``apply_session_change``, ``set_quote`` …).
It tells the customer display what happens through its own signals (``sale_started``,
``sale_changed``, ``sale_finished``, ``sale_cleared``) and never touches the display's
widgets. Everything here runs on the GUI thread.

    ============= ==================================================================
    mode          keys
    ============= ==================================================================
    entry         digits, 00, decimal, Backspace, Delete (clear), Enter (charge),
                  Esc (clear)
    awaiting      Esc cancels the sale; amount keys are off; F8 parks the sale
    part paid     F2 rest in cash, F3 rest by card, F4 give back, F8 park (owner approval
                  for a cashier's F2–F4)
    done          any amount key starts the next sale at once; Esc/Delete clear it;
                  P prints the receipt of a paid sale (shown under the result)
    any           F9 resumes the oldest parked sale (when none is awaiting)
    ============= ==================================================================

With a ``CounterDesk`` the window also restores this terminal's unfinished sales at start
(``restore_sales``), parks and resumes sales, settles partly paid ones, and shows notices
of stray payments (``show_stray_payment``); the desk's calls run on the thread pool.

With a ``ReceiptService`` (``receipts``) a paid sale's receipt is issued, previewed and
printed per the shop's setting (``receipt_card``), all off the GUI thread.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLineEdit,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from posapp.core.cart import PricedCart, Tip
from posapp.core.clock import Clock
from posapp.core.connection import ConnectionState, ConnectionStatus
from posapp.core.errors import InvalidTransition, PosappError, RateUnavailable
from posapp.core.roles import Actor, Permission
from posapp.core.session import PaymentSession, RateQuote, SessionStatus
from posapp.services.config import ShopConfig
from posapp.services.receipts.service import ReceiptService
from posapp.services.sales.catalog import CatalogSnapshot
from posapp.services.sales.counter_desk import CounterDesk, StrayPayment
from posapp.services.sales.sessions import MAX_NOTE_LENGTH, SessionService
from posapp.ui.cashier.actions import build_actions
from posapp.ui.cashier.amount_entry import (
    DIGITS,
    KEY_CLEAR,
    KEY_DECIMAL,
    KEY_DOUBLE_ZERO,
    MAX_INTEGER_DIGITS,
    AmountBuffer,
    AmountDisplay,
)
from posapp.ui.cashier.cart_panel import CartPanel
from posapp.ui.cashier.connection import connection_view
from posapp.ui.cashier.keypad import KEY_CANCEL, KEY_CHARGE, Keypad, token_for_key
from posapp.ui.cashier.parked_list import ParkedList
from posapp.ui.cashier.receipt_card import ReceiptCard
from posapp.ui.cashier.sale_panel import (
    ACTION_CARD,
    ACTION_CASH,
    ACTION_GIVE_BACK,
    ACTION_PARK,
    SalePanel,
    settleable,
)
from posapp.ui.cashier.status_bar import CashierStatusBar
from posapp.ui.cashier.stray_notices import StrayNotices
from posapp.ui.common.countdown import Countdown
from posapp.ui.common.formatting import Formatter, local_time
from posapp.ui.common.plain_text import PlainLabel, escaped
from posapp.ui.common.receipt_jobs import ReceiptJobs
from posapp.ui.common.session_view import is_paid, status_view
from posapp.ui.common.theme import CASHIER_STYLE, TONES, Tone, banner_style
from posapp.ui.login.login_window import role_label
from posapp.webhooks.health import DeliveryHealth
from posapp.workers.errors import error_text
from posapp.workers.tasks import run_task

log = logging.getLogger("posapp.ui.cashier")
AMOUNT_KEYS = DIGITS | {KEY_DOUBLE_ZERO, KEY_DECIMAL}
RECHECK_MS = 2000
ENTRY_WIDTH = 440
RECEIPT_MESSAGE_MS = 15_000
ACTION_BY_KEY = {
    Qt.Key.Key_F2: ACTION_CASH,
    Qt.Key.Key_F3: ACTION_CARD,
    Qt.Key.Key_F4: ACTION_GIVE_BACK,
    Qt.Key.Key_F8: ACTION_PARK,
}
RESUME_KEY = Qt.Key.Key_F9
_ACTION_KEY_CODES = frozenset(k.value for k in ACTION_BY_KEY)
ESC_CONFIRM_S = 2.0
"""A waiting sale is cancelled by a second Esc within this many seconds (the customer may
be paying: one stray Esc must not cancel)."""

Approver = Callable[[Permission, str, Actor], Actor | None]
"""Asks an owner to approve ``permission`` once for the actor (``reason`` in words); returns
the approved actor, or None when refused. GUI thread (may run a modal dialog)."""
AttachPayment = Callable[[str, str, Actor], PaymentSession]
"""Attaches the unmatched payment (operation id) to the sale (id) as the actor; returns the
sale afterwards. Runs on a pool thread."""


def refused_key_reason(buffer: AmountBuffer, token: str, fmt: Formatter) -> str | None:
    """Why the amount key ``token`` was not taken, in the cashier's words (None when there
    is nothing worth saying, e.g. a leading zero). Pure."""
    whole, dot, fraction = buffer.text.partition(".")
    if token == KEY_DECIMAL and buffer.places == 0:
        return QCoreApplication.translate(
            "CashierWindow", "{currency} has no decimals: the decimal key is off."
        ).format(currency=fmt.currency)
    if dot and token in DIGITS | {KEY_DOUBLE_ZERO} and len(fraction) >= buffer.places:
        return QCoreApplication.translate(
            "CashierWindow", "{currency} amounts take {places} decimals: no more after the point."
        ).format(currency=fmt.currency, places=buffer.places)
    if not dot and len(whole) >= buffer.max_integer_digits:
        largest = fmt.fiat(Decimal("9" * buffer.max_integer_digits))
        return QCoreApplication.translate(
            "CashierWindow", "The largest amount is {largest}: that key was not taken."
        ).format(largest=largest)
    return None


class CashierWindow(QMainWindow):
    """The counter's main window (GUI thread)."""

    sale_started = Signal(object)
    """A new sale (PaymentSession) awaits payment."""
    sale_changed = Signal(object)
    """The current sale (PaymentSession) changed: payment, expiry or cancellation."""
    sale_finished = Signal(object)
    """The current sale (PaymentSession) reached paid, expired or cancelled."""
    sale_cleared = Signal()
    """The cashier moved on from the last sale: nothing to show the customer."""
    rate_requested = Signal()
    """A charge needs a fresh exchange rate now."""
    customer_display_requested = Signal()
    display_fullscreen_toggled = Signal(bool)
    sound_mute_toggled = Signal(bool)
    history_requested = Signal()
    """Sales history… (shown only to actors who may view it)."""
    settings_requested = Signal()
    """Settings… (shown only to actors who may change settings)."""
    items_requested = Signal()
    """Items… (shown only to actors who may manage the shop's items)."""
    switch_user_requested = Signal()
    """Switch user: lock the counter and show the login screen."""
    closed = Signal()
    cart_changed = Signal(object)
    """The cart being rung up, priced (``PricedCart``), or None when it is empty."""
    tip_requested = Signal(object, object)
    """Ask the customer for a tip: the priced cart and the shop's tip percentages."""

    def __init__(
        self,
        *,
        sessions: SessionService,
        config: ShopConfig,
        actor: Actor,
        clock: Clock,
        formatter: Formatter,
        muted: bool = False,
        display_fullscreen: bool = True,
        receipts: ReceiptService | None = None,
        desk: CounterDesk | None = None,
        approver: Approver | None = None,
        attach_payment: AttachPayment | None = None,
        catalog: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        """GUI thread. ``receipts``: issue, preview and print receipts of paid sales. Without
        ``desk`` the partial-payment actions, parking and the restore at start are off;
        without ``approver`` a cashier is told an owner must do what their role may not.
        ``catalog``: show the cart beside the keypad once items arrive (``set_catalog``)."""
        super().__init__(parent)
        self._sessions = sessions
        self._desk = desk
        self.approver = approver
        self._attach_payment = attach_payment
        self._action_running = False
        self._esc_armed_at: float | None = None
        self._large_confirmed: str | None = None
        """The amount text the cashier confirmed as large (Enter twice)."""
        self._config = config
        self._actor = actor
        self._fmt = formatter
        self._buffer = AmountBuffer(formatter.places)
        self._sale: PaymentSession | None = None
        self._finished_id: str | None = None
        self._connection: ConnectionStatus | None = None
        self._waiting_for_rate = False
        self._with_catalog = catalog
        self._has_items = False
        self._typed_code = ""
        """Digits typed since the last Enter: a barcode scanner's code."""
        self._asking_tip = False
        self._tip_decided = False
        network = config.stellar_network
        self.setWindowTitle(
            self.tr("{shop} — posapp").format(shop=config.shop_name)
            if network.is_public
            else self.tr("{shop} — posapp — TEST NETWORK").format(shop=config.shop_name)
        )
        self.setObjectName("cashierWindow")
        self.setStyleSheet(CASHIER_STYLE)
        self.setMinimumSize(940, 700)
        self.actions = build_actions(self, muted=muted, fullscreen=display_fullscreen)
        self._build(network)
        self.receipt_card: ReceiptCard | None = None
        if receipts is not None:
            self._build_receipts(receipts)
        self.countdown = Countdown(clock, self)
        self.countdown.ticked.connect(self._on_countdown_ticked)
        self._recheck = QTimer(self)
        self._recheck.setInterval(RECHECK_MS)
        self._recheck.timeout.connect(self._on_recheck_timeout)
        self._connect_actions()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_app_focus_changed)
        self.set_actor(actor)
        self._show_connection()
        self._refresh_entry()

    # building ---------------------------------------------------------------------------
    def _build(self, network: object) -> None:
        root = QWidget()
        root.setObjectName("cashierRoot")
        root.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        outer = QVBoxLayout(root)
        outer.setContentsMargins(20, 16, 20, 16)
        outer.setSpacing(14)
        self.connection_banner = PlainLabel()
        self.connection_banner.setObjectName("connectionBanner")
        self.connection_banner.setWordWrap(True)
        outer.addWidget(self.connection_banner)
        self.stray_notices = StrayNotices(self._fmt)
        self.stray_notices.attach_requested.connect(self._on_stray_notices_attach_requested)
        outer.addWidget(self.stray_notices)
        columns = QHBoxLayout()
        columns.setSpacing(18)
        entry = self._build_entry()
        entry.setFixedWidth(ENTRY_WIDTH)
        columns.addWidget(entry)
        self.cart = CartPanel(self._sessions.price, self._fmt)
        self.cart.changed.connect(self._on_cart_changed)
        self.panel = SalePanel(self._fmt)
        self.panel.cancel_clicked.connect(self._on_panel_cancel_clicked)
        self.panel.action_clicked.connect(self._on_panel_action_clicked)
        self.right = QStackedWidget()
        self.right.addWidget(self.panel)
        self.right.addWidget(self.cart)
        columns.addWidget(self.right, 1)
        outer.addLayout(columns, 1)
        self.setCentralWidget(root)
        self.status = CashierStatusBar(self._config.stellar_network)
        self.setStatusBar(self.status)

    def _build_entry(self) -> QWidget:
        card = QWidget()
        card.setObjectName("card")
        card.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        box = QVBoxLayout(card)
        box.setContentsMargins(24, 20, 24, 24)
        box.setSpacing(12)
        caption = PlainLabel(self.tr("AMOUNT · {currency}").format(currency=self._fmt.currency))
        caption.setObjectName("caption")
        box.addWidget(caption)
        self.amount_display = AmountDisplay(self._fmt)
        box.addWidget(self.amount_display)
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("note")
        self.note_edit.setPlaceholderText(self.tr("Note (optional), e.g. table 4"))
        self.note_edit.setMaxLength(MAX_NOTE_LENGTH)
        self.note_edit.setClearButtonEnabled(True)
        box.addWidget(self.note_edit)
        self.message_label = PlainLabel()
        self.message_label.setObjectName("entryMessage")
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        box.addWidget(self.message_label)
        self.parked = ParkedList(self._fmt)
        self.parked.resume_requested.connect(self._on_parked_resume_requested)
        box.addWidget(self.parked)
        box.addStretch(1)
        self.keypad = Keypad(self._fmt.decimal_symbol, self._fmt.places)
        self.keypad.key_pressed.connect(self._on_keypad_key_pressed)
        self.keypad.charge_pressed.connect(self._on_keypad_charge_pressed)
        box.addWidget(self.keypad)
        return card

    def _build_receipts(self, receipts: ReceiptService) -> None:
        card = self.receipt_card = ReceiptCard(ReceiptJobs(receipts, self))
        card.status_changed.connect(self._on_receipt_status_changed)
        card.available_changed.connect(self.actions.print_receipt.setEnabled)
        card.available_changed.connect(self.actions.save_receipt.setEnabled)
        self.actions.print_receipt.triggered.connect(lambda: card.print_receipt())
        self.actions.save_receipt.triggered.connect(lambda: card.save_pdf())
        self.panel.add_receipt_card(card)

    def _connect_actions(self) -> None:
        a = self.actions
        a.charge.triggered.connect(self._on_charge_action_triggered)
        a.cancel.triggered.connect(self._on_cancel_action_triggered)
        a.new_sale.triggered.connect(self._on_new_sale_action_triggered)
        a.show_display.triggered.connect(self.customer_display_requested)
        a.display_fullscreen.toggled.connect(self.display_fullscreen_toggled)
        a.mute.toggled.connect(self.sound_mute_toggled)
        a.quit.triggered.connect(self.close)
        a.history.triggered.connect(self.history_requested)
        a.settings.triggered.connect(self.settings_requested)
        a.items.triggered.connect(self.items_requested)
        a.switch_user.triggered.connect(self.switch_user_requested)
        for menu in self.menuBar().findChildren(QMenu):
            menu.aboutToHide.connect(self._on_menu_about_to_hide)

    @Slot()
    def _on_menu_about_to_hide(self) -> None:
        """A menu closed (Esc, a click elsewhere, an item chosen): the keypad takes the keys
        again, so the next Enter charges instead of opening the menu bar."""
        QTimer.singleShot(0, self, self._return_focus_to_keypad)

    @Slot()
    def _return_focus_to_keypad(self) -> None:
        if QApplication.activePopupWidget() is not None:
            return  # another menu opened meanwhile (moving along the menu bar)
        self.menuBar().setActiveAction(None)  # type: ignore[arg-type]
        if self.focusWidget() is not self.note_edit:
            self.centralWidget().setFocus()

    def set_actor(self, actor: Actor) -> None:
        """Charge and cancel as ``actor`` from now on; show only the menu entries their role
        allows (the services still refuse the rest). GUI thread."""
        self._actor = actor
        a = self.actions
        a.history.setVisible(actor.can(Permission.VIEW_HISTORY))
        a.settings.setVisible(actor.can(Permission.CHANGE_SETTINGS))
        a.items.setVisible(actor.can(Permission.MANAGE_ITEMS))
        a.switch_user.setText(self.tr("Switch user (signed in: {name})").format(name=actor.name))
        self.status.show_user(actor.name, role_label(actor.role))
        self.status.webhook_indicator.set_allowed(actor.can(Permission.MANAGE_WEBHOOKS))
        a.switch_user.setToolTip(escaped(a.switch_user.text()))  # Qt guesses tooltip formats

    def set_config(self, config: ShopConfig) -> None:
        """Use ``config`` from the next sale on (payment requests, time to pay). GUI thread."""
        self._config = config

    # public state -----------------------------------------------------------------------
    @property
    def actor(self) -> Actor:
        """Who charges and cancels."""
        return self._actor

    @property
    def sale(self) -> PaymentSession | None:
        """The sale shown (awaiting or just finished), or None."""
        return self._sale

    @property
    def amount_text(self) -> str:
        """The amount as the display reads it (``₹1,250.00``)."""
        return self.amount_display.plain_text

    @property
    def message(self) -> str:
        """The message shown above the keypad ("" when none)."""
        return self.message_label.text() if self.message_label.isVisible() else ""

    @property
    def connection_state(self) -> ConnectionState | None:
        """The detection state last reported (None before the watcher said anything)."""
        return self._connection.state if self._connection is not None else None

    @property
    def awaiting(self) -> bool:
        """True while the current sale waits for the customer."""
        return self._sale is not None and self._sale.status.is_awaiting

    # keys -------------------------------------------------------------------------------
    def press(self, token: str) -> None:
        """Apply one keypad token (digit, ``00``, ``.``, back, clear, charge, cancel)."""
        if token == KEY_CHARGE:
            self._charge()
        elif token == KEY_CANCEL:
            if self._confirmed_cancel():
                self._cancel_or_clear()
        elif self.awaiting:
            if token in AMOUNT_KEYS:
                self._show_message(self._busy_text(), Tone.INFO)
        elif self._sale is not None:
            self._clear_sale()
            if token in AMOUNT_KEYS:
                self._type(token)
        else:
            self._type(token)

    def _confirmed_cancel(self) -> bool:
        """Esc on a waiting sale arms the cancel; a second Esc within ``ESC_CONFIRM_S``
        cancels. Anything else goes through at once."""
        sale = self._sale
        if sale is None or sale.status is not SessionStatus.OPEN:
            return True
        now = time.monotonic()
        armed = self._esc_armed_at
        if armed is not None and now - armed <= ESC_CONFIRM_S:
            self._esc_armed_at = None
            return True
        self._esc_armed_at = now
        self._show_message(
            self.tr("Cancel this sale? The customer may be paying. Press Esc again to cancel."),
            Tone.WARNING,
        )
        return False

    def _busy_text(self) -> str:
        """What to do with the sale on screen before the next one."""
        sale = self._sale
        if sale is not None and settleable(sale):
            return self.tr(
                "Part of this sale is paid: take the rest in cash (F2) or by card (F3), give"
                " back what was received (F4), or park the sale (F8) to serve the next customer."
            )
        if self._desk is None:
            return self.tr("Finish or cancel (Esc) the current sale first.")
        return self.tr("Finish, cancel (Esc) or park (F8) the current sale first.")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Typing on the keyboard works like the keypad; F2–F4, F8, F9 are the sale actions. GUI
        thread."""
        action = ACTION_BY_KEY.get(Qt.Key(event.key()))
        if action is not None:
            event.accept()
            self.run_sale_action(action)
            return
        if event.key() == RESUME_KEY:
            event.accept()
            if self.parked.ids:
                self.resume(self.parked.ids[0])
            return
        card = self.receipt_card
        if card is not None and card.handle_key(event.key(), event.modifiers()):
            event.accept()
            return
        if self._typed_into_note(event):
            event.accept()
            return
        token = token_for_key(event.key(), event.text(), event.modifiers())
        if token is None:
            super().keyPressEvent(event)
            return
        event.accept()
        self.press(token)

    def _typed_into_note(self, event: QKeyEvent) -> bool:
        """Typing goes where the focus is: into the note while it has the focus (digits
        too); a letter typed on the keypad starts the note instead of being dropped (so
        "450" then "table 4" charges ₹450 with the note "table 4")."""
        note = self.note_edit
        if not note.isEnabled() or event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            return False
        text = event.text()
        in_note = self.focusWidget() is note
        printable = len(text) == 1 and text.isprintable()
        if in_note and event.key() == Qt.Key.Key_Backspace:
            note.backspace()
            return True
        if in_note and event.key() == Qt.Key.Key_Escape:
            self.centralWidget().setFocus()  # back to the keypad
            return True
        if in_note and printable:
            note.insert(text)
            return True
        if printable and not in_note and (text.isalpha() or text in "#@&/-+'"):
            note.setFocus()
            note.insert(text)
            return True
        return False

    @Slot("QWidget*", "QWidget*")
    def _on_app_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Show where typing goes: the note's own ring, or a line under the amount."""
        typing = new is not None and new is not self.note_edit and self.isAncestorOf(new)
        if self.amount_display.property("typing") != typing:
            self.amount_display.setProperty("typing", typing)
            self.amount_display.style().unpolish(self.amount_display)
            self.amount_display.style().polish(self.amount_display)

    @Slot(str)
    def _on_keypad_key_pressed(self, key: str) -> None:
        self.press(key)

    @Slot()
    def _on_keypad_charge_pressed(self) -> None:
        self.press(KEY_CHARGE)

    @Slot(int, str)
    def handle_display_key(self, key: int, text: str) -> None:
        """Keys typed while the customer display had focus count here (the sale actions
        too). GUI thread."""
        action = ACTION_BY_KEY.get(Qt.Key(key)) if key in _ACTION_KEY_CODES else None
        if action is not None:
            self.run_sale_action(action)
            return
        if key == RESUME_KEY.value:
            if self.parked.ids:
                self.resume(self.parked.ids[0])
            return
        card = self.receipt_card
        if card is not None and card.handle_key(key, Qt.KeyboardModifier.NoModifier):
            return
        token = token_for_key(key, text, Qt.KeyboardModifier.NoModifier)
        if token is not None:
            self.press(token)

    @Slot(str, bool)
    def _on_receipt_status_changed(self, text: str, problem: bool) -> None:
        """A receipt printed or failed: say it in the status bar (a problem stays until the
        next message). GUI thread."""
        self.status.showMessage(text, 0 if problem else RECEIPT_MESSAGE_MS)

    def _forget_receipt(self) -> None:
        if self.receipt_card is not None:
            self.receipt_card.clear()

    @Slot()
    def _on_charge_action_triggered(self) -> None:
        self.press(KEY_CHARGE)

    @Slot()
    def _on_cancel_action_triggered(self) -> None:
        self._cancel_or_clear()  # chosen from the menu: deliberate

    @Slot()
    def _on_new_sale_action_triggered(self) -> None:
        if not self.awaiting:
            self.press(KEY_CLEAR)

    @Slot()
    def _on_panel_cancel_clicked(self) -> None:
        self._cancel_or_clear()  # the button is deliberate; only Esc asks twice

    @Slot(str)
    def _on_panel_action_clicked(self, action: str) -> None:
        self.run_sale_action(action)

    @Slot(str)
    def _on_parked_resume_requested(self, session_id: str) -> None:
        self.resume(session_id)

    def _type(self, token: str) -> None:
        if token.isdigit():
            self._typed_code += token
        elif token not in AMOUNT_KEYS or token == ".":
            self._typed_code = ""
        self._hide_message()
        self._large_confirmed = None
        if not self._buffer.press(token) and token in AMOUNT_KEYS:
            why = refused_key_reason(self._buffer, token, self._fmt)
            if why:
                self._show_message(why, Tone.INFO)
        self._refresh_entry()

    def _refresh_entry(self) -> None:
        self.amount_display.show_typed(self._buffer.text)
        ready = self._buffer.value is not None or not self.cart.is_empty
        self.keypad.set_charge_enabled(ready and not self.awaiting)

    # charging ---------------------------------------------------------------------------
    def _charge(self) -> None:
        if self.awaiting:
            return
        code, self._typed_code = self._typed_code, ""
        item = self.cart.item_for_code(code) if self._has_items else None
        fits = self._buffer.text.rstrip(".") == code or len(code) > MAX_INTEGER_DIGITS
        if item is not None and fits:
            self._buffer.clear()  # a scanned barcode: the item, not an amount
            self._refresh_entry()
            self._hide_message()
            self.cart.add_item(item)
            return
        if not self.cart.is_empty:
            self._charge_cart()
            return
        again = self._sale if self._sale is not None and self._buffer.is_empty else None
        if self._sale is not None:
            self._clear_sale()
        if again is not None and again.status is SessionStatus.EXPIRED and not again.usdc_received:
            # Time ran out before the customer paid: Enter charges the same again.
            self._buffer.text = str(again.fiat_amount)
            if not self.note_edit.text():
                self.note_edit.setText(again.note)
        amount = self._buffer.value
        if amount is None:
            self._show_message(self.tr("Key an amount first."), Tone.INFO)
            return
        if not self._large_amount_confirmed(amount):
            return
        session = self._created(
            lambda: self._sessions.create(
                self._buffer.text.rstrip("."),
                self._actor,
                note=self.note_edit.text(),
                allow_fetch=False,
            )
        )
        if session is not None:
            self._start_sale(session)

    def _created(self, create: Callable[[], PaymentSession]) -> PaymentSession | None:
        """Run ``create`` (a sale from the cached rate); without a fresh rate, ask for one
        and say the sale starts when it arrives; any other refusal is said. None: no sale."""
        try:
            return create()
        except RateUnavailable as exc:
            self._waiting_for_rate = True
            self._show_message(
                self.tr(
                    "Getting a fresh exchange rate… the sale starts as soon as it arrives."
                    " ({reason})"
                ).format(reason=error_text(exc)),
                Tone.WARNING,
            )
            self.rate_requested.emit()
            return None
        except PosappError as exc:
            self._show_message(
                self.tr("Cannot charge: {reason}").format(reason=error_text(exc)), Tone.DANGER
            )
            return None

    def _charge_cart(self) -> None:
        """Charge the cart (a keyed amount on the keypad joins it as a line); when the shop
        offers tips, the customer chooses one on their display first."""
        if self._sale is not None:
            self._clear_sale()
        amount = self._buffer.value
        if amount is not None:
            self.cart.add_amount(amount)
            self._buffer.clear()
            self._refresh_entry()
        priced = self.cart.priced
        if priced is None:
            self._show_message(
                self.tr("Cannot charge: {reason}").format(reason=self.cart.problem.text()),
                Tone.DANGER,
            )
            return
        if self._config.tips_enabled and not self._tip_decided and self.cart.tip is None:
            self._asking_tip = True
            self._show_message(
                self.tr("The customer is choosing a tip on their screen… (Enter again: no tip)"),
                Tone.INFO,
            )
            self.tip_requested.emit(priced, self._config.tip_percents)
            self._tip_decided = True
            return
        self._asking_tip = False
        actor = self._actor
        limit = self._config.discount_limit_percent
        if priced.discount * 100 > limit * priced.subtotal:
            approved = self._authorised(
                Permission.DISCOUNT_ABOVE_LIMIT,
                self.tr("approve a discount above {limit} %").format(limit=limit),
            )
            if approved is None:
                return
            actor = approved
        session = self._created(
            lambda: self._sessions.create_cart(
                self.cart.lines,
                actor,
                cart_discount=self.cart.cart_discount,
                tip=self.cart.tip,
                note=self.note_edit.text(),
                allow_fetch=False,
            )
        )
        if session is None:
            return
        self.cart.clear()
        self._tip_decided = False
        self._start_sale(session)

    @Slot(object)
    def choose_tip(self, tip: Tip | None) -> None:
        """The customer's tip (None: no tip) from their display: charge the cart with it."""
        if not self._asking_tip or self.awaiting:
            return
        self.cart.set_tip(tip)
        self._charge_cart()

    @Slot(object)
    def set_catalog(self, snapshot: CatalogSnapshot) -> None:
        """The shop's items (read in the background): between sales the cart takes the sale
        panel's place once there are any."""
        self.cart.set_catalog(snapshot)
        self._has_items = self._with_catalog and bool(snapshot.items)
        self._show_cart_if_idle()

    @property
    def cart_shown(self) -> bool:
        """True while the cart (not the sale panel) is on screen."""
        return self.right.currentWidget() is self.cart

    def _show_cart_if_idle(self) -> None:
        idle = self._sale is None
        self.right.setCurrentWidget(self.cart if idle and self._has_items else self.panel)

    def _on_cart_changed(self, priced: PricedCart | None) -> None:
        self._tip_decided = False if priced is None else self._tip_decided
        self._refresh_entry()
        if self._sale is None or not self.awaiting:
            self.cart_changed.emit(priced)

    def _large_amount_confirmed(self, amount: Decimal) -> bool:
        """A sale worth more than the shop's ``confirm_above_usdc`` needs Enter twice (at
        the cached rate; without one, no check: the charge waits for a rate anyway)."""
        limit = self._config.confirm_above_usdc
        if limit <= 0 or self._large_confirmed == self._buffer.text:
            return True
        try:
            quote = self._sessions.quote(self._config.currency, allow_fetch=False)
        except PosappError:
            return True
        usdc = (amount / quote.rate).quantize(Decimal("0.01"))
        if usdc <= limit:
            return True
        self._large_confirmed = self._buffer.text
        self._show_message(
            self.tr(
                "{amount} is a large amount (about {usdc}, above the shop's {limit} limit)."
                " Check it, then press Enter again to charge it."
            ).format(
                amount=self._fmt.fiat(amount),
                usdc=self._fmt.usdc(usdc),
                limit=self._fmt.usdc(limit),
            ),
            Tone.WARNING,
        )
        return False

    def _start_sale(self, session: PaymentSession) -> None:
        self._waiting_for_rate = False
        self._esc_armed_at = None
        self._hide_message()
        self._sale = session
        self._finished_id = None
        self._buffer.clear()
        self._forget_receipt()
        self.sale_started.emit(session)
        self.right.setCurrentWidget(self.panel)
        self.panel.show_session(session, self._uri(session))
        self.amount_display.setText(self._fmt.fiat(session.fiat_amount))
        self.note_edit.clear()
        self.note_edit.setEnabled(False)
        self.keypad.set_entry_enabled(False)
        self.keypad.set_charge_enabled(False)
        self.countdown.start(session.expires_at)
        self.centralWidget().setFocus()
        self.stray_notices.refresh_matches(session)
        log.info("sale %s started: %s", session.id, self._fmt.fiat(session.fiat_amount))

    def _uri(self, session: PaymentSession) -> str:
        # Imported on first use: it loads stellar_sdk (~0.5 s), which must not delay the
        # first window; CounterApp warms it up in the background once the window is shown.
        from posapp.services.sales.payment_request import payment_uri

        return payment_uri(session, self._config)

    def _cancel_or_clear(self) -> None:
        if self.awaiting:
            self._cancel_sale()
        elif self._sale is not None:
            self._clear_sale()
        else:
            self._waiting_for_rate = False
            self._hide_message()
            self._buffer.clear()
            self.note_edit.clear()
            self._refresh_entry()

    def _cannot_cancel(self, exc: PosappError) -> str:
        return self.tr("Cannot cancel: {reason}").format(reason=error_text(exc))

    def _cancel_sale(self) -> None:
        assert self._sale is not None
        try:
            cancelled = self._sessions.cancel(self._sale.id, self._actor)
        except InvalidTransition as exc:
            fresh = self._reload_sale()
            if fresh is not None and fresh.status.is_awaiting and fresh.usdc_received > 0:
                self._show_message(
                    self.tr(
                        "Part of this sale is already paid, so it cannot be cancelled as it"
                        " is: take the rest in cash (F2) or by card (F3), give back what was"
                        " received (F4), or park it (F8)."
                    )
                    if self._desk is not None
                    else self.tr(
                        "Part of this sale is already paid, so it cannot be cancelled as it"
                        " is: let the customer pay the rest, or settle it from the history."
                    ),
                    Tone.WARNING,
                )
            elif fresh is None or fresh.status.is_awaiting:
                self._show_message(self._cannot_cancel(exc), Tone.DANGER)
            return
        except PosappError as exc:
            self._show_message(self._cannot_cancel(exc), Tone.DANGER)
            return
        self._update_sale(cancelled)

    def _clear_sale(self) -> None:
        last = self._sale
        self._sale = None
        self._finished_id = None
        self._forget_receipt()
        self.countdown.stop()
        self._recheck.stop()
        self._hide_message()
        self._buffer.clear()
        self.panel.show_idle(last)
        self.note_edit.setEnabled(True)
        self.keypad.set_entry_enabled(True)
        self._refresh_entry()
        self._show_cart_if_idle()
        self.sale_cleared.emit()

    def _reload_sale(self) -> PaymentSession | None:
        if self._sale is None:
            return None
        try:
            fresh = self._sessions.get(self._sale.id)
        except PosappError as exc:
            log.warning("could not re-read sale %s: %s", self._sale.id, exc)
            return None
        self._update_sale(fresh)
        return fresh

    def _update_sale(self, session: PaymentSession) -> None:
        current = self._sale
        if current is None or session.id != current.id or session == current:
            return
        if session.updated_at < current.updated_at:
            return  # an older state arriving late
        if status_view(current).done and not status_view(session).done:
            return  # a finished sale never goes back to awaiting
        self._sale = session
        done = status_view(session).done
        uri = None if done else self._uri(session)
        self.sale_changed.emit(session)
        self.panel.show_session(session, uri)
        if done:
            self._hide_message()  # "finish or cancel…" no longer applies
            self._esc_armed_at = None
            self.countdown.stop()
            self._recheck.stop()
            self.keypad.set_entry_enabled(True)
            self.note_edit.setEnabled(True)
            self.keypad.set_charge_enabled(False)  # the sold amount stays until the next key
            if self._finished_id != session.id:
                self._finished_id = session.id
                self.sale_finished.emit(session)
                log.info("sale %s %s", session.id, session.status.value)
                if self.receipt_card is not None and is_paid(session):
                    self.receipt_card.request(session.id)

    # slots for the watcher and the rate refresher ---------------------------------------
    @Slot(object)
    def apply_session_change(self, session: PaymentSession) -> None:
        """A session as stored now (from the watcher thread, or the counter's follower):
        update the sale on screen or the parked list. GUI thread."""
        if self.parked.get(session.id) is not None:
            self._update_parked(session)
            return
        self._update_sale(session)
        self.stray_notices.refresh_matches(self._sale)

    def _update_parked(self, session: PaymentSession) -> None:
        if session.status.is_awaiting:
            if session.parked_at is not None:
                self.parked.put(session)
            return
        self.parked.remove(session.id)
        view = status_view(session)
        self._show_message(
            self.tr("Parked sale {amount}: {state}.").format(
                amount=self._fmt.fiat(session.fiat_amount), state=view.title.lower()
            ),
            Tone.SUCCESS if view.tone is Tone.SUCCESS else Tone.INFO,
        )

    def followed_ids(self) -> tuple[str, ...]:
        """The sales this counter follows in the database: the one on screen (until it is
        final) and the parked ones. GUI thread."""
        ids = list(self.parked.ids)
        if self._sale is not None and not self._sale.status.is_final:
            ids.insert(0, self._sale.id)
        return tuple(ids)

    # restore, park, settle --------------------------------------------------------------
    @Slot(object)
    def restore_sales(self, sessions: Any) -> None:
        """This terminal's unfinished sales after a start (newest first): the newest that
        was not parked comes back on screen with its countdown, the others are parked.
        GUI thread."""
        restored = 0
        for session in sessions:
            if not session.status.is_awaiting:
                continue
            if session.id == (self._sale.id if self._sale else None):
                continue
            if self._sale is None and session.parked_at is None and self._buffer.value is None:
                self._start_sale(session)
            else:
                self.parked.put(session)
            restored += 1
        if restored:
            log.info("restored %d unfinished sale(s)", restored)
            self.status.showMessage(
                self.tr("Brought back %n unfinished sale(s) of this counter.", "", restored),
                10_000,
            )

    def run_sale_action(self, action: str) -> None:
        """Take the rest in cash / by card, give back what was received, or park the sale
        on screen; asks an owner's approval when the cashier's role may not. GUI thread."""
        sale, desk = self._sale, self._desk
        if sale is None or desk is None or self._action_running:
            return
        fmt = self._fmt
        if action == ACTION_PARK:
            if not sale.status.is_awaiting:
                return
            self._run_desk(lambda: desk.park(sale.id, self._actor))
            return
        if not settleable(sale):
            return
        if action in (ACTION_CASH, ACTION_CARD):
            reason = (
                self.tr("take the rest of the {amount} sale in cash")
                if action == ACTION_CASH
                else self.tr("take the rest of the {amount} sale by card")
            )
            settler = self._authorised(
                Permission.SETTLE_OTHER_WAY, reason.format(amount=fmt.fiat(sale.fiat_amount))
            )
            if settler is not None:
                self._run_desk(lambda: desk.settle_rest(sale.id, action, settler))
        elif action == ACTION_GIVE_BACK:
            actor = self._authorised(
                Permission.CANCEL_PARTIALLY_PAID,
                self.tr("give back the {amount} received and cancel the sale").format(
                    amount=fmt.usdc(sale.usdc_received)
                ),
            )
            if actor is not None:
                self._run_desk(lambda: desk.give_back(sale.id, actor))

    def resume(self, session_id: str) -> None:
        """Bring a parked sale back on screen (when none is awaiting). GUI thread."""
        desk = self._desk
        if desk is None or self._action_running:
            return
        if self.awaiting:
            self._show_message(
                self.tr("Park or finish the sale on screen before resuming another."), Tone.INFO
            )
            return
        self._run_desk(lambda: desk.resume(session_id, self._actor))

    def _authorised(self, permission: Permission, reason: str) -> Actor | None:
        if self._actor.can(permission):
            return self._actor
        if self.approver is None:
            self._show_message(
                self.tr("An owner must {reason}.").format(reason=reason), Tone.WARNING
            )
            return None
        approved = self.approver(permission, reason, self._actor)
        if approved is None:
            self._show_message(self.tr("Not approved: nothing was changed."), Tone.INFO)
        return approved

    def _run_desk(self, call: Callable[[], PaymentSession]) -> None:
        self._action_running = True
        run_task(call, self._on_desk_done, self._on_desk_failed, owner=self)

    def _on_desk_done(self, session: PaymentSession) -> None:
        self._action_running = False
        current = self._sale
        if session.parked:
            self.parked.put(session)
            if current is not None and current.id == session.id:
                self._sale = None  # parked, not finished: no "last sale" line
                self._clear_sale()
                self._show_message(
                    self.tr(
                        "Sale {amount} parked: it can still be paid. Resume it from the list (F9)."
                    ).format(amount=self._fmt.fiat(session.fiat_amount)),
                    Tone.INFO,
                )
            return
        if self.parked.remove(session.id) is not None:  # resumed
            if self._sale is not None:
                self._clear_sale()
            self._start_sale(session)
            return
        self._hide_message()
        self._update_sale(session)

    def _on_desk_failed(self, exc: Exception) -> None:
        self._action_running = False
        self._show_message(
            self.tr("Not done: {reason}").format(reason=error_text(exc)), Tone.DANGER
        )
        self._reload_sale()

    # stray payments ---------------------------------------------------------------------
    @Slot(object)
    def show_stray_payment(self, stray: StrayPayment) -> None:
        """A payment to the shop's account settled no sale: tell the cashier why, and
        offer to attach it to the sale on screen when that is the likely match. GUI
        thread."""
        self.stray_notices.add(stray, self._sale)

    @Slot(object)
    def _on_stray_notices_attach_requested(self, stray: StrayPayment) -> None:
        sale, attach = self._sale, self._attach_payment
        if sale is None or attach is None or self._action_running:
            return
        actor = self._authorised(
            Permission.ATTACH_UNMATCHED,
            self.tr("attach the {amount} payment to this sale").format(
                amount=self._fmt.usdc(stray.payment.amount)
            ),
        )
        if actor is None:
            return
        self._action_running = True

        def done(session: PaymentSession) -> None:
            self.stray_notices.remove(stray.operation_id)
            self._on_desk_done(session)

        run_task(
            lambda: attach(stray.operation_id, sale.id, actor),
            done,
            self._on_desk_failed,
            owner=self,
        )

    @Slot(object)
    def set_connection_status(self, status: ConnectionStatus) -> None:
        """Detection went live, caught up, lost the connection… (GUI thread)."""
        self._connection = status
        self._show_connection()

    @Slot(str)
    def report_detection_failure(self, message: str) -> None:
        """The watcher died; it is being restarted by the app (GUI thread)."""
        self._connection = ConnectionStatus(ConnectionState.STOPPED, datetime.now(UTC), message)
        self._show_connection()

    @Slot(object)
    def set_webhook_health(self, health: DeliveryHealth) -> None:
        """Webhook delivery's state changed (computed on the delivery thread). GUI thread."""
        self.status.webhook_indicator.show_health(health)

    @Slot(object)
    def set_quote(self, quote: RateQuote) -> None:
        """A fresh rate is in the cache (GUI thread); retries a charge that waited for it."""
        if quote.source == "fixed":
            text = self.tr("Rate: {rate} · {source}")
        else:
            text = self.tr("Rate: {rate} · {source} at {time}")
        text = text.format(
            rate=self._fmt.rate(quote), source=quote.source, time=local_time(quote.fetched_at)
        )
        self.status.show_rate(text)
        if self._waiting_for_rate and not self.awaiting:
            self._waiting_for_rate = False
            self._charge()

    @Slot(str)
    def report_quote_failure(self, message: str) -> None:
        """No usable rate (GUI thread)."""
        self.status.show_rate(
            self.tr("Rate unavailable: {reason}").format(reason=message), problem=True
        )
        if self._waiting_for_rate:
            self._waiting_for_rate = False
            self._show_message(
                self.tr("Cannot charge: {reason}").format(reason=message), Tone.DANGER
            )

    # timers -----------------------------------------------------------------------------
    @Slot(int)
    def _on_countdown_ticked(self, seconds: int) -> None:
        self.panel.set_seconds_left(seconds)
        if seconds == 0 and self.awaiting and not self._recheck.isActive():
            self._recheck.start()

    @Slot()
    def _on_recheck_timeout(self) -> None:
        """Past the deadline: read the sale back in case a signal was missed."""
        if not self.awaiting:
            self._recheck.stop()
            return
        self._reload_sale()

    # messages ---------------------------------------------------------------------------
    def _show_message(self, text: str, tone: Tone) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet(banner_style(tone) + " font-size: 15px;")
        self.message_label.show()

    def _hide_message(self) -> None:
        self.message_label.hide()
        self.message_label.clear()

    def _show_connection(self) -> None:
        view = connection_view(self._connection)
        self.status.show_connection(self._connection)
        self.panel.set_connection(view)
        if view.banner is None:
            self.connection_banner.hide()
        else:
            self.connection_banner.setText(view.banner)
            colors = TONES[view.tone]
            self.connection_banner.setStyleSheet(
                banner_style(view.tone)
                + f" font-size: 15px; border-left: 6px solid {colors.strong};"
            )
            self.connection_banner.show()

    # window -----------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        """Keyboard focus on the keypad area. GUI thread."""
        super().showEvent(event)
        self.centralWidget().setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the cashier window ends the app. GUI thread."""
        event.accept()
        self.closed.emit()

    def amount_value(self) -> Decimal | None:
        """The amount keyed so far (None when empty)."""
        return self._buffer.value
