"""The customer display: its own top-level window, full screen on a second monitor.

It follows the cashier window's signals (``begin_sale`` / ``_changed`` /
``_cleared``) and never reaches into the cashier's widgets. For an awaiting sale it shows
the fiat and USDC amounts, a crisp SEP-7 QR for what is still due, the address and memo as
selectable text and a countdown; then an unmistakable full-colour Paid (with a chime),
Expired or Cancelled, and the idle screen again. GUI thread throughout.
"""

from __future__ import annotations

import logging
from decimal import Decimal

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QMenu, QStackedWidget, QVBoxLayout, QWidget

from posapp.core.cart import PricedCart, Tip
from posapp.core.clock import Clock
from posapp.core.i18n import LANGUAGES
from posapp.core.session import PaymentSession, SessionStatus
from posapp.services.config import ShopConfig
from posapp.ui.common.countdown import Countdown
from posapp.ui.common.formatting import Formatter, countdown, plain_usdc, short_hash
from posapp.ui.common.i18n import Words, current_language
from posapp.ui.common.plain_text import PlainLabel
from posapp.ui.common.session_view import is_paid
from posapp.ui.common.theme import GREY_600, SURFACE, TESTNET, WHITE
from posapp.ui.customer_display.cart_pages import CartPage, TipPage
from posapp.ui.customer_display.pages import (
    IdlePage,
    PayPage,
    ResultKind,
    ResultPage,
    scaled_font,
)
from posapp.ui.customer_display.sound import Chime

log = logging.getLogger("posapp.ui.customer_display")
IDLE_AFTER_MS = 20_000
"""A finished sale stays on screen this long unless the cashier starts the next one."""


class CustomerDisplay(QWidget):
    """The customer-facing window (GUI thread)."""

    key_pressed = Signal(int, str)
    """A key typed while this window had focus (the cashier window handles it)."""
    tip_chosen = Signal(object)
    """The customer's tip (``Tip``, or None for no tip)."""

    def __init__(
        self,
        *,
        config: ShopConfig,
        clock: Clock,
        formatter: Formatter,
        sound: Chime | None = None,
        idle_after_ms: int = IDLE_AFTER_MS,
        language: str | None = None,
        language_button: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        """``language``: the display's own language (None: the windows' language, formatted
        by ``formatter``); ``language_button``: offer the customer a language choice on the
        idle page. GUI thread."""
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("customerDisplay")
        self.setStyleSheet(f"#customerDisplay {{ background: {SURFACE}; }}")
        self.setMinimumSize(480, 560)
        self._config = config
        self._shop_formatter = formatter
        self._default_language = language or current_language().code
        self._words = Words(self._default_language, currency=config.currency)
        self._fmt = self._formatter_for(self._words)
        self._sound = sound
        self._session: PaymentSession | None = None
        self._chimed_for: str | None = None
        self._allow_close = False
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        self.network_strip = PlainLabel()
        self.network_strip.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.network_strip.setStyleSheet(
            f"background: {TESTNET}; color: {WHITE}; font-weight: 700; padding: 6px;"
        )
        self.network_strip.setVisible(not config.stellar_network.is_public)
        box.addWidget(self.network_strip)
        self.shop_header = PlainLabel(config.shop_name)
        self.shop_header.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.shop_header.setStyleSheet(f"color: {GREY_600}; padding-top: 14px;")
        box.addWidget(self.shop_header)
        self.stack = QStackedWidget()
        self.idle_page = IdlePage(config.shop_name)
        self.pay_page = PayPage()
        self.result_page = ResultPage()
        self.cart_page = CartPage(self._fmt, self._words)
        self.tip_page = TipPage(self._fmt, self._words)
        self.idle_page.language_button.setVisible(language_button)
        self.idle_page.language_button.clicked.connect(self._on_language_button_clicked)
        self.tip_page.tip_chosen.connect(self._on_tip_page_tip_chosen)
        pages = (self.idle_page, self.pay_page, self.result_page, self.cart_page, self.tip_page)
        for page in pages:
            self.stack.addWidget(page)
        box.addWidget(self.stack, 1)
        self.countdown = Countdown(clock, self)
        self.countdown.ticked.connect(self._on_countdown_ticked)
        self._idle_timer = QTimer(self)
        self._idle_timer.setSingleShot(True)
        self._idle_timer.setInterval(idle_after_ms)
        self._idle_timer.timeout.connect(self._on_idle_timer_timeout)
        self._retranslate()
        self.show_idle()
        self._rescale()

    # public state -----------------------------------------------------------------------
    @property
    def session(self) -> PaymentSession | None:
        """The sale shown (None when idle)."""
        return self._session

    @property
    def screen_name(self) -> str:
        """``idle``, ``cart``, ``tip``, ``pay``, ``paid``, ``expired`` or ``cancelled``."""
        page = self.stack.currentWidget()
        if page is self.idle_page:
            return "idle"
        if page is self.pay_page:
            return "pay"
        if page is self.cart_page:
            return "cart"
        if page is self.tip_page:
            return "tip"
        return self.result_page.kind.value

    @property
    def language(self) -> str:
        """The language the display speaks now."""
        return self._words.language

    def set_language(self, language: str, *, default: bool = False) -> None:
        """Speak ``language`` and redraw what is on screen in it: a customer's choice (until
        their sale is over), or with ``default`` the owner's setting. GUI thread."""
        if default:
            self._default_language = language
        if language == self._words.language:
            return
        self._words = Words(language, currency=self._config.currency)
        self._fmt = self._formatter_for(self._words)
        self.cart_page.set_language(self._fmt, self._words)
        self.tip_page.set_language(self._fmt, self._words)
        self._retranslate()
        if self._session is not None:
            self._show(self._session)

    def set_language_button(self, shown: bool) -> None:
        """Offer (or stop offering) the customer a language choice on the idle page."""
        self.idle_page.language_button.setVisible(shown)

    def _formatter_for(self, words: Words) -> Formatter:
        if words.language == current_language().code:
            return self._shop_formatter
        return Formatter(self._config.currency, words.locale)

    def _retranslate(self) -> None:
        words = self._words
        self.setWindowTitle(
            words.translate("CustomerDisplay", "{shop} — customer display").format(
                shop=self._config.shop_name
            )
        )
        self.network_strip.setText(
            words.translate("CustomerDisplay", "TEST NETWORK — not real money")
        )
        for page in (self.idle_page, self.pay_page, self.result_page):
            page.retranslate(words)

    @Slot()
    def _on_language_button_clicked(self) -> None:
        menu = QMenu(self)
        menu.setObjectName("displayLanguageMenu")
        for code, name in LANGUAGES.items():
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == self._words.language)
            action.triggered.connect(lambda _c=False, c=code: self.set_language(c))
        button = self.idle_page.language_button
        menu.popup(button.mapToGlobal(button.rect().bottomLeft()))

    @property
    def qr_widget(self) -> QWidget:
        """The widget painting the QR (tests grab it)."""
        return self.pay_page.qr

    # slots ------------------------------------------------------------------------------
    @Slot(object)
    def begin_sale(self, session: PaymentSession) -> None:
        """A new sale: show what to pay."""
        self._session = session
        self._chimed_for = None
        self._show(session)

    @Slot(object)
    def update_sale(self, session: PaymentSession) -> None:
        """The current sale changed (payment, expiry, cancellation)."""
        if self._session is None or session.id != self._session.id:
            return
        self._session = session
        self._show(session)

    @Slot(object)
    def show_cart(self, priced: PricedCart | None) -> None:
        """The cart the cashier is ringing up (None: empty, back to idle)."""
        if priced is None:
            if self.stack.currentWidget() in (self.cart_page, self.tip_page):
                self.show_idle()
            return
        self._session = None
        self._idle_timer.stop()
        self.countdown.stop()
        self.shop_header.show()
        self.cart_page.show_cart(priced)
        self.stack.setCurrentWidget(self.cart_page)

    @Slot(object, object)
    def ask_tip(self, priced: PricedCart, percents: tuple[Decimal, ...]) -> None:
        """Offer tip choices for ``priced`` before the QR."""
        self._idle_timer.stop()
        self.shop_header.show()
        self.tip_page.ask(priced, tuple(percents))
        self.stack.setCurrentWidget(self.tip_page)

    def _on_tip_page_tip_chosen(self, tip: Tip | None) -> None:
        self.tip_chosen.emit(tip)

    @Slot()
    def clear_sale(self) -> None:
        """The cashier moved on: back to the idle screen."""
        self.show_idle()

    @Slot(int)
    def _on_countdown_ticked(self, seconds: int) -> None:
        words = self._words
        self.pay_page.countdown.setText(
            words.translate("CustomerDisplay", "Expires in {time}").format(time=countdown(seconds))
            if seconds > 0
            else words.translate("CustomerDisplay", "Time is up")
        )

    @Slot()
    def _on_idle_timer_timeout(self) -> None:
        self.show_idle()

    # showing ----------------------------------------------------------------------------
    def show_idle(self) -> None:
        """The welcome screen; a language the customer picked lasts until their sale is
        over. GUI thread."""
        if self._session is not None and self._session.status.is_final:
            self.set_language(self._default_language)
        self._session = None
        self._idle_timer.stop()
        self.countdown.stop()
        self.pay_page.qr.set_data(None)
        self.shop_header.hide()
        self.stack.setCurrentWidget(self.idle_page)

    def _show(self, session: PaymentSession) -> None:
        fmt, words = self._fmt, self._words
        if session.status.is_awaiting:
            self._idle_timer.stop()
            page = self.pay_page
            due = session.remaining
            partial = session.usdc_received > 0
            page.partial_banner.setVisible(partial)
            if partial:
                page.partial_banner.setText(
                    words.translate(
                        "CustomerDisplay",
                        "Partially paid: {received} received.\nPlease pay the remaining {due}.",
                    ).format(received=fmt.usdc(session.usdc_received), due=fmt.usdc(due))
                )
            page.fiat.setText(fmt.fiat(session.fiat_amount))
            page.usdc.setText(
                words.translate("CustomerDisplay", "Pay {amount}").format(amount=fmt.usdc(due))
            )
            # Imported on first use (stellar_sdk is slow to load; warmed up after start-up).
            from posapp.services.sales.payment_request import payment_uri

            page.qr.set_data(payment_uri(session, self._config))
            page.address.setText(session.destination)
            page.memo.setText(session.memo)
            page.manual_amount.setText(f"{plain_usdc(due)} USDC")
            self.shop_header.show()
            self.stack.setCurrentWidget(page)
            self.countdown.start(session.expires_at)
            return
        self.countdown.stop()
        self.pay_page.qr.set_data(None)
        self.shop_header.hide()
        if is_paid(session):
            tx = (
                words.translate("CustomerDisplay", "Transaction {hash}").format(
                    hash=short_hash(session.last_tx_hash)
                )
                if session.last_tx_hash
                else ""
            )
            if session.settled_by == "cash":
                paid_with = words.translate("CustomerDisplay", "{usdc} + {rest} cash")
            elif session.settled_by:
                paid_with = words.translate("CustomerDisplay", "{usdc} + {rest} card")
            else:
                paid_with = "{usdc}"
            paid_with = paid_with.format(
                usdc=fmt.usdc(session.usdc_received), rest=fmt.fiat(session.settled_fiat)
            )
            self.result_page.show_result(
                ResultKind.PAID,
                words.translate("CustomerDisplay", "Paid"),
                f"{fmt.fiat(session.fiat_amount)}  ·  {paid_with}",
                words.translate("CustomerDisplay", "Thank you!"),
                tx,
                self._config.receipt.explorer_url(session.network, session.last_tx_hash),
            )
            self._chime(session)
        elif session.status is SessionStatus.EXPIRED:
            detail = (
                words.translate(
                    "CustomerDisplay",
                    "{amount} was received:\nthe cashier will sort it out with you.",
                ).format(amount=fmt.usdc(session.usdc_received))
                if session.usdc_received > 0
                else words.translate("CustomerDisplay", "Please ask the cashier to start again.")
            )
            self.result_page.show_result(
                ResultKind.EXPIRED,
                words.translate("CustomerDisplay", "Time is up"),
                words.translate("CustomerDisplay", "This payment request has expired."),
                detail,
                "",
            )
        else:
            detail = (
                words.translate(
                    "CustomerDisplay",
                    "The {amount} you paid will be given back.\nPlease do not pay this request.",
                ).format(amount=fmt.usdc(session.usdc_received))
                if session.refund_state
                else words.translate("CustomerDisplay", "Please do not pay this request.")
            )
            self.result_page.show_result(
                ResultKind.CANCELLED,
                words.translate("CustomerDisplay", "Cancelled"),
                words.translate("CustomerDisplay", "This sale was cancelled."),
                detail,
                "",
            )
        self.stack.setCurrentWidget(self.result_page)
        self._idle_timer.start()

    def _chime(self, session: PaymentSession) -> None:
        if self._sound is None or self._chimed_for == session.id:
            return
        self._chimed_for = session.id
        try:
            self._sound.play()
        except Exception:  # a sound problem must never hide a payment
            log.exception("payment sound failed")

    # window -----------------------------------------------------------------------------
    def allow_close(self) -> None:
        """Let the next close really close (at shutdown). GUI thread."""
        self._allow_close = True

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closed by hand, the display only hides (View → Show customer display)."""
        if self._allow_close:
            event.accept()
        else:
            event.ignore()
            self.hide()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Keys typed here go to the cashier window."""
        if event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            super().keyPressEvent(event)
            return
        if event.key() == Qt.Key.Key_F11:
            self.setWindowState(self.windowState() ^ Qt.WindowState.WindowFullScreen)
            return
        event.accept()
        self.key_pressed.emit(int(event.key()), event.text())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Scale every font and the QR with the window."""
        super().resizeEvent(event)
        self._rescale()

    def _rescale(self) -> None:
        width, height = max(self.width(), 1), max(self.height(), 1)
        landscape = width > height * 1.2
        s = min(width / 1400, height / 900) if landscape else min(width / 900, height / 1050)
        s = max(min(s, 2.2), 0.5)
        self.shop_header.setFont(scaled_font(22 * s, bold=True))
        self.network_strip.setFont(scaled_font(18 * s, bold=True))
        self.idle_page.rescale(s)
        self.pay_page.rescale(s, landscape=landscape)
        self.result_page.rescale(s)
        self.cart_page.rescale(s)
        self.tip_page.rescale(s)
