"""Groups of form fields shared by the setup wizard and the settings dialog. Each group
reads into, and fills from, a ``ProvisionRequest`` — the same request ``posapp init``
builds — so both windows are validated by ``build_config``.

GUI thread only.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from posapp.services.setup.first_run import AccountStatus
from posapp.services.setup.provisioning import KNOWN_RATE_SOURCES, ProvisionRequest
from posapp.stellar.addresses import SECRET_SEED_WARNING, is_secret_seed
from posapp.stellar.networks import get_network
from posapp.ui.common.formatting import short_account, shown_number, typed_number
from posapp.ui.common.plain_text import PlainLabel
from posapp.ui.common.theme import BLUE_50, BLUE_700, SLATE_300, WHITE
from posapp.ui.common.widgets import CheckRow, Notice, add_row, hint

COMMON_CURRENCIES = ("USD", "EUR", "GBP", "INR", "NGN", "KES", "PHP", "MXN", "BRL", "ARS")


def _looks_like_seed(text: str) -> bool:
    compact = "".join(text.split()).upper()
    return is_secret_seed(text) or (compact.startswith("S") and len(compact) >= 20)


class OptionCard(QFrame):
    """A bordered, clickable card holding a radio button, a title and a description."""

    def __init__(self, radio: QRadioButton, description: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.radio = radio
        self.setObjectName("optionCard")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        font = radio.font()
        font.setBold(True)
        radio.setFont(font)
        text = hint(description)
        text.setContentsMargins(24, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(4)
        layout.addWidget(radio)
        layout.addWidget(text)
        radio.toggled.connect(self._restyle)
        self._restyle()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A click anywhere on the card selects it."""
        self.radio.setChecked(True)
        super().mousePressEvent(event)

    def _restyle(self, *_args: object) -> None:
        border, bg = (BLUE_700, BLUE_50) if self.radio.isChecked() else (SLATE_300, WHITE)
        self.setStyleSheet(
            f"QFrame#optionCard {{ border: 1px solid {border}; border-radius: 6px;"
            f" background: {bg}; }}"
        )


class NetworkFields(QWidget):
    """Testnet (preselected, labelled as test money) or the public network, and an optional
    Horizon server."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.testnet = QRadioButton(self.tr("Testnet — test money"))
        self.public = QRadioButton(self.tr("Public network — real USDC"))
        self.testnet.setObjectName("testnetRadio")
        self.public.setObjectName("publicRadio")
        group = QButtonGroup(self)
        group.addButton(self.testnet)
        group.addButton(self.public)
        self.testnet.setChecked(True)
        testnet_card = OptionCard(
            self.testnet,
            self.tr(
                "For trying posapp out. Nothing paid on testnet has any value: rehearse a sale"
                " with a testnet wallet, then switch to the public network in Settings."
            ),
        )
        public_card = OptionCard(
            self.public,
            self.tr(
                "For real sales. Customers pay real USDC (by Circle) straight into your"
                " shop's own account."
            ),
        )
        self.public_notice = Notice()
        self.horizon = QLineEdit()
        self.horizon.setPlaceholderText(self.tr("leave empty to use the network's public Horizon"))
        self.horizon.setObjectName("horizonEdit")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(testnet_card)
        layout.addWidget(public_card)
        layout.addWidget(self.public_notice)
        layout.addSpacing(10)
        form = QFormLayout()
        add_row(form, self.tr("Horizon server (advanced):"), self.horizon)
        layout.addLayout(form)
        self.testnet.toggled.connect(self._on_network_toggled)
        self.horizon.textChanged.connect(self.changed)
        self._on_network_toggled()

    def _on_network_toggled(self, *_args: object) -> None:
        if self.public.isChecked():
            self.public_notice.show_message(
                "warn",
                self.tr(
                    "Real money: make sure the address you enter next is your shop's own account."
                ),
            )
        else:
            self.public_notice.clear()
        self.changed.emit()

    def network(self) -> str:
        """``"testnet"`` or ``"public"``."""
        return "public" if self.public.isChecked() else "testnet"

    def read(self, request: ProvisionRequest) -> ProvisionRequest:
        """``request`` with this group's values."""
        url = self.horizon.text().strip() or None
        return replace(request, network=self.network(), horizon_url=url)

    def fill(self, request: ProvisionRequest) -> None:
        """Show ``request``'s values."""
        (self.public if request.network == "public" else self.testnet).setChecked(True)
        self.horizon.setText(request.horizon_url or "")


class AccountField(QWidget):
    """The merchant's G… address. A pasted S… secret seed is wiped at once with a warning.
    Shows an ``AccountStatus`` as a check list."""

    changed = Signal()
    seed_refused = Signal()

    def __init__(self, trailing: QWidget | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setObjectName("accountEdit")
        self.edit.setPlaceholderText(self.tr("G…  (56 characters)"))
        self.edit.setStyleSheet("font-family: 'DejaVu Sans Mono', monospace;")
        self.notice = Notice()
        self.checks = QVBoxLayout()
        self.checks.setContentsMargins(0, 4, 0, 0)
        self.rows: list[CheckRow] = []
        row = QHBoxLayout()
        row.addWidget(self.edit, 1)
        if trailing is not None:
            row.addWidget(trailing)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.notice)
        layout.addLayout(self.checks)
        self.edit.textChanged.connect(self._on_edit_text_changed)

    def text(self) -> str:
        """The address as typed (trimmed)."""
        return self.edit.text().strip()

    def _on_edit_text_changed(self, text: str) -> None:
        if _looks_like_seed(text):
            self.edit.blockSignals(True)
            self.edit.clear()
            self.edit.blockSignals(False)
            self.clear_status()
            self.notice.show_message(
                "error",
                self.tr("Refused: {warning}.").format(
                    warning=QCoreApplication.translate("errors", SECRET_SEED_WARNING)
                ),
            )
            self.seed_refused.emit()
        else:
            if self.notice.kind != "error" or text:
                self.notice.clear()
            self.clear_status()
        self.changed.emit()

    def clear_status(self) -> None:
        """Remove the check list."""
        for row in self.rows:
            self.checks.removeWidget(row)
            row.deleteLater()
        self.rows = []

    def show_checking(self, where: str) -> None:
        """Say that Horizon is being asked."""
        self.clear_status()
        self.notice.show_message(
            "info", self.tr("Looking the account up on {where}…").format(where=where)
        )

    def show_error(self, message: str) -> None:
        """Show a validation error (never echoing a secret)."""
        self.clear_status()
        self.notice.show_message("error", message)

    def show_status(self, status: AccountStatus) -> None:
        """Turn an ``AccountStatus`` into check rows, each saying what to do."""
        self.notice.clear()
        self.clear_status()
        rows: list[tuple[str, str, str]] = []
        if not status.reachable:
            rows.append(
                (
                    "warn",
                    self.tr("Could not reach Horizon"),
                    self.tr(
                        "{error}. You can continue; posapp checks the account again when it starts."
                    ).format(error=status.error),
                )
            )
        elif not status.exists:
            rows.append(("error", self.tr("Account not found on this network"), status.problems[0]))
        else:
            if status.xlm_balance:
                exists = self.tr("Account exists ({balance} XLM)").format(
                    balance=f"{status.xlm_balance.normalize():,f}"
                )
            else:
                exists = self.tr("Account exists")
            rows.append(("ok", exists, ""))
            issuer = get_network(status.network).usdc_issuer
            if status.has_usdc_trustline and status.usdc_authorized:
                rows.append(
                    (
                        "ok",
                        self.tr("USDC trustline in place"),
                        self.tr("Circle's USDC ({issuer})").format(issuer=short_account(issuer)),
                    )
                )
            for problem in status.problems:
                rows.append(("warn", _title_of(problem), problem))
            if status.memo_required:
                rows.append(
                    (
                        "info",
                        self.tr("Memo required (SEP-29)"),
                        self.tr(
                            "Wallets must send a memo to this account. Fine: posapp puts one"
                            " in every payment request."
                        ),
                    )
                )
            else:
                rows.append(("ok", self.tr("No memo requirement"), ""))
        for kind, title, detail in rows:
            row = CheckRow(kind, title, detail)
            self.rows.append(row)
            self.checks.addWidget(row)

    def fill(self, request: ProvisionRequest) -> None:
        """Show ``request``'s account."""
        self.edit.setText(request.account)


def _title_of(problem: str) -> str:
    """The title of a check row for one of the account's problems (current language)."""
    lowered = problem.lower()
    if "no usdc trustline" in lowered:
        return QCoreApplication.translate(
            "AccountField", "No USDC trustline — customers' payments would fail"
        )
    if "not authorized" in lowered:
        return QCoreApplication.translate("AccountField", "USDC trustline not authorized")
    if "full" in lowered:
        return QCoreApplication.translate("AccountField", "USDC trustline is full")
    if "another issuer" in lowered:
        return QCoreApplication.translate("AccountField", "USDC from another issuer")
    return QCoreApplication.translate("AccountField", "Check this")


class ShopFields(QWidget):
    """Shop name, terminal, currency, rate (fixed or live), spread, expiry, tolerance."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop_name = QLineEdit()
        self.shop_name.setObjectName("shopNameEdit")
        self.shop_name.setMaxLength(80)
        self.terminal = QLineEdit()
        self.terminal.setMaxLength(64)
        self.currency = QComboBox()
        self.currency.setObjectName("currencyCombo")
        self.currency.setEditable(True)
        self.currency.addItems(COMMON_CURRENCIES)
        self.currency.setMaximumWidth(110)
        self.fixed = QRadioButton(self.tr("Fixed rate"))
        self.live = QRadioButton(self.tr("Live rate from"))
        group = QButtonGroup(self)
        group.addButton(self.fixed)
        group.addButton(self.live)
        self.fixed.setChecked(True)
        self.rate = QLineEdit()
        self.rate.setObjectName("rateEdit")
        self.rate.setMaximumWidth(140)
        self.rate_unit = PlainLabel()
        self.source = QComboBox()
        self.source.setEditable(True)
        self.source.addItems(sorted(KNOWN_RATE_SOURCES))
        self.source.setToolTip(self.tr("a known source, or the base URL of a CoinGecko-style API"))
        self.spread = QLineEdit("0")
        self.spread.setMaximumWidth(80)
        self.expiry = QSpinBox()
        self.expiry.setRange(1, 24 * 60)
        self.expiry.setSuffix(self.tr(" min", "minutes after a number"))
        self.expiry.setValue(15)
        self.expiry.setMaximumWidth(110)
        self.tolerance = QLineEdit("0")
        self.tolerance.setMaximumWidth(80)

        fixed_row = QHBoxLayout()
        fixed_row.addWidget(self.fixed)
        fixed_row.addWidget(self.rate)
        fixed_row.addWidget(self.rate_unit)
        fixed_row.addStretch(1)
        live_row = QHBoxLayout()
        live_row.addWidget(self.live)
        live_row.addWidget(self.source, 1)
        spread_row = QHBoxLayout()
        spread_row.addWidget(self.spread)
        spread_row.addWidget(PlainLabel(self.tr("% added to the USDC due")))
        spread_row.addStretch(1)
        tolerance_row = QHBoxLayout()
        tolerance_row.addWidget(self.tolerance)
        tolerance_row.addWidget(
            PlainLabel(self.tr("USDC short still counts as paid (never over 1 % of a sale)"))
        )
        tolerance_row.addStretch(1)

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        add_row(form, self.tr("Shop name:"), self.shop_name)
        add_row(form, self.tr("This counter:"), self.terminal)
        add_row(form, self.tr("Currency:"), self.currency)
        add_row(form, self.tr("Rate:"), fixed_row)
        form.addRow("", live_row)
        add_row(form, self.tr("Spread:"), spread_row)
        add_row(form, self.tr("Time to pay:"), self.expiry)
        add_row(form, self.tr("Tolerance:"), tolerance_row)

        for signal in (
            self.shop_name.textChanged,
            self.terminal.textChanged,
            self.rate.textChanged,
            self.spread.textChanged,
            self.tolerance.textChanged,
            self.source.currentTextChanged,
        ):
            signal.connect(self.changed)
        self.expiry.valueChanged.connect(self.changed)
        self.currency.currentTextChanged.connect(self._on_currency_changed)
        self.fixed.toggled.connect(self._on_mode_toggled)
        self._on_currency_changed(self.currency.currentText())
        self._on_mode_toggled()

    def _on_currency_changed(self, text: str) -> None:
        self.rate_unit.setText(
            self.tr("{currency} per 1 USDC").format(currency=text.strip().upper() or "…")
        )
        self.changed.emit()

    def _on_mode_toggled(self, *_args: object) -> None:
        self.rate.setEnabled(self.fixed.isChecked())
        self.source.setEnabled(self.live.isChecked())
        self.changed.emit()

    def read(self, request: ProvisionRequest) -> ProvisionRequest:
        """``request`` with this group's values (checked later by ``build_config``)."""
        fixed = self.fixed.isChecked()
        return replace(
            request,
            shop_name=self.shop_name.text(),
            terminal=self.terminal.text(),
            currency=self.currency.currentText().strip().upper(),
            rate=typed_number(self.rate.text(), _locale()) if fixed else None,
            rate_source=None if fixed else self.source.currentText().strip(),
            spread_percent=typed_number(self.spread.text(), _locale()) or "0",
            expiry_minutes=self.expiry.value(),
            tolerance=typed_number(self.tolerance.text(), _locale()) or "0",
        )

    def fill(self, request: ProvisionRequest) -> None:
        """Show ``request``'s values."""
        self.shop_name.setText(request.shop_name)
        self.terminal.setText(request.terminal)
        self.currency.setCurrentText(request.currency)
        if request.rate_source:
            self.live.setChecked(True)
            self.source.setCurrentText(request.rate_source)
        else:
            self.fixed.setChecked(True)
            self.rate.setText(shown_number(request.rate or "", _locale()))
        self.spread.setText(shown_number(_plain(request.spread_percent), _locale()))
        self.expiry.setValue(request.expiry_minutes)
        self.tolerance.setText(shown_number(_plain(request.tolerance), _locale()))


def _plain(text: str) -> str:
    try:
        value = Decimal(text)
    except ArithmeticError:
        return text
    return text if not value.is_finite() else format(value.normalize(), "f")


def _locale() -> str:
    """The locale numbers are typed in: the windows' language's."""
    from posapp.ui.common.i18n import current_language

    return current_language().locale


class WebhookFields(QWidget):
    """The webhook endpoint, and the file-store opt-in when no OS keyring works."""

    changed = Signal()

    def __init__(self, keyring_problem: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.url = QLineEdit()
        self.url.setObjectName("webhookEdit")
        self.url.setPlaceholderText(
            self.tr("https://your-backend.example/posapp-webhook  (optional)")
        )
        self.keyring_notice = Notice()
        self.file_store = QCheckBox(
            self.tr(
                "Keep the webhook secret in a file in the data folder instead"
                " (readable only by this Windows/macOS/Linux user)"
            )
        )
        self.file_store.setObjectName("fileStoreCheck")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        add_row(form, self.tr("Endpoint URL:"), self.url)
        layout.addLayout(form)
        layout.addWidget(self.keyring_notice)
        layout.addWidget(self.file_store)
        self.set_keyring_problem(keyring_problem)
        self.url.textChanged.connect(self.changed)
        self.file_store.toggled.connect(self.changed)

    def set_keyring_problem(self, problem: str | None, *, file_store: bool = False) -> None:
        """Explain a missing keyring and offer the file store (hidden when all is well)."""
        if problem and not file_store:
            self.keyring_notice.show_message(
                "warn",
                self.tr(
                    "No usable OS keyring ({problem}). posapp keeps secrets only in the keyring"
                    " unless you allow a file: install and unlock a keyring (e.g. gnome-keyring,"
                    " KWallet), or tick the box below."
                ).format(problem=problem),
            )
            self.file_store.show()
        else:
            self.keyring_notice.clear()
            self.file_store.setVisible(False)
        self.file_store.setChecked(file_store)

    def read(self, request: ProvisionRequest) -> ProvisionRequest:
        """``request`` with this group's values."""
        return replace(
            request,
            webhook_url=self.url.text().strip() or None,
            secret_file_store=not self.file_store.isHidden() and self.file_store.isChecked(),
        )

    def fill(self, request: ProvisionRequest) -> None:
        """Show ``request``'s values."""
        self.url.setText(request.webhook_url or "")
