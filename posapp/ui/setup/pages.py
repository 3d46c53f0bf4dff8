"""The pages of the first-run setup wizard. Each page reads its fields into the wizard's
``ProvisionRequest`` and validates with the setup service (``build_config``, the same checks
as ``posapp init``); Horizon look-ups and bcrypt run in the background.

GUI thread only.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from posapp.core.errors import PosappError, SecretStoreUnavailable
from posapp.core.i18n import LANGUAGES
from posapp.services.setup.first_run import AccountStatus, SetupOutcome
from posapp.services.setup.provisioning import ProvisionRequest, validate_http_url
from posapp.services.staff.passwords import (
    PASSWORD_MAX_BYTES,
    PIN_MAX_DIGITS,
    PIN_MIN_DIGITS,
    check_confirmation,
)
from posapp.ui.common.fields import AccountField, NetworkFields, ShopFields, WebhookFields
from posapp.ui.common.i18n import current_language
from posapp.ui.common.plain_text import RichLabel
from posapp.ui.common.theme import SLATE_600
from posapp.ui.common.widgets import (
    CheckRow,
    Notice,
    SecretReveal,
    add_row,
    hint,
)
from posapp.ui.setup.state import SetupState
from posapp.workers.errors import error_text
from posapp.workers.tasks import run_task


class _Page(QWizardPage):
    """A page that shares ``state`` with the others."""

    def __init__(self, state: SetupState) -> None:
        super().__init__()
        self.state = state

    def setTitle(self, title: str) -> None:
        """A larger title (the wizard uses rich text titles)."""
        super().setTitle(
            f"<span style='font-size: 17px; font-weight: 600'>{html.escape(title)}</span>"
        )


class _FieldsPage(_Page):
    """A page of one field group (``fields``) with a ``notice`` for what is wrong."""

    fields: NetworkFields | ShopFields | WebhookFields

    def __init__(self, state: SetupState) -> None:
        super().__init__(state)
        self.notice = Notice()

    def _take_fields(self, check: Callable[[ProvisionRequest], object]) -> bool:
        """Read this page's ``fields`` into the shared request if ``check`` accepts it,
        else show why in its ``notice`` and stay (GUI thread; instant checks only)."""
        request = self.fields.read(self.state.request)
        try:
            check(request)
        except PosappError as exc:
            self.notice.show_message("error", error_text(exc))
            return False
        self.notice.clear()
        self.state.request = request
        return True


class NetworkPage(_FieldsPage):
    """The counter's language, which Stellar network (testnet preselected) and which Horizon
    server."""

    language_chosen = Signal(str)
    """Another language was picked: the wizard starts again in it."""

    def __init__(self, state: SetupState) -> None:
        super().__init__(state)
        self.setTitle(self.tr("Welcome to posapp"))
        self.setSubTitle(
            self.tr(
                "Take USDC payments on Stellar at your counter. posapp only watches your "
                "shop's account: it never asks for, stores or uses a secret key."
            )
        )
        self.fields = NetworkFields()
        self.language = QComboBox()
        self.language.setObjectName("setupLanguage")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(current_language().code), 0))
        self.language.currentIndexChanged.connect(self._on_language_current_index_changed)
        language_row = QHBoxLayout()
        language_row.addWidget(QLabel(self.tr("Language of this counter:")))
        language_row.addWidget(self.language)
        language_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(language_row)
        layout.addSpacing(8)
        layout.addWidget(RichLabel(self.tr("<b>Which network?</b>")))
        layout.addWidget(self.fields)
        layout.addWidget(self.notice)
        layout.addStretch(1)

    def _on_language_current_index_changed(self, _index: int) -> None:
        self.language_chosen.emit(str(self.language.currentData()))

    def validatePage(self) -> bool:
        """Check the Horizon URL shape (instant)."""

        what = self.tr("the Horizon server")

        def check(request: ProvisionRequest) -> None:
            if request.horizon_url:
                validate_http_url(request.horizon_url, what)

        return self._take_fields(check)


class AccountPage(_Page):
    """The merchant's G… account, looked up on Horizon before going on."""

    def __init__(self, state: SetupState) -> None:
        super().__init__(state)
        self.setTitle(self.tr("Your shop's Stellar account"))
        self.setSubTitle(
            self.tr(
                "Paste the public address (it starts with G) of the account customers pay. "
                "Never enter a secret key (it starts with S)."
            )
        )
        self.check_button = QPushButton(self.tr("Check account"))
        self.check_button.setObjectName("checkAccountButton")
        self.check_button.clicked.connect(self._on_check_clicked)
        self.field = AccountField(self.check_button)
        self.after = hint("")
        self.status: AccountStatus | None = None
        self._status_key: tuple[str, str | None, str] | None = None
        self._checking = False
        layout = QVBoxLayout(self)
        layout.addWidget(RichLabel(self.tr("<b>Account address</b>")))
        layout.addWidget(self.field)
        layout.addWidget(self.after)
        layout.addStretch(1)
        self.field.changed.connect(self._on_field_changed)

    def _key(self) -> tuple[str, str | None, str]:
        request = self.state.request
        return (request.network, request.horizon_url, self.field.text())

    def _on_field_changed(self) -> None:
        self.status = None
        self._status_key = None
        self.after.clear()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        """Next is possible with an address typed, no check running, and no "not found"."""
        if self._checking or not self.field.text():
            return False
        return not (self.status is not None and self.status.blocks_setup)

    def validatePage(self) -> bool:
        """Go on once the account was looked up (warnings allowed); else start the look-up."""
        if self.status is not None and self._status_key == self._key():
            self.state.request = self._request()
            return not self.status.blocks_setup
        self._start_check(advance=True)
        return False

    def _request(self) -> ProvisionRequest:
        from dataclasses import replace

        return replace(self.state.request, account=self.field.text())

    def _on_check_clicked(self) -> None:
        self._start_check(advance=False)

    def _start_check(self, *, advance: bool) -> None:
        request = self._request()
        try:
            self.state.setup.validate(request)
        except PosappError as exc:
            self.field.show_error(error_text(exc))
            return
        self._checking = True
        self.check_button.setEnabled(False)
        self.completeChanged.emit()
        where = request.horizon_url or (
            self.tr("the public network") if request.network == "public" else self.tr("testnet")
        )
        self.field.show_checking(where)
        key, setup = self._key(), self.state.setup
        run_task(
            lambda: setup.check_account(request),
            lambda status: self._on_check_done(status, key, advance),
            self._on_check_failed,
            owner=self,
        )

    def _on_check_done(self, status: AccountStatus, key: tuple, advance: bool) -> None:
        self._checking = False
        self.check_button.setEnabled(True)
        if key != self._key():  # the address changed meanwhile
            self.completeChanged.emit()
            return
        self.status, self._status_key = status, key
        self.field.show_status(status)
        if status.blocks_setup:
            self.after.setText(self.tr("Create the account first, then press Check account again."))
        elif not status.ready:
            self.after.setText(
                self.tr(
                    "You can continue and fix this later, but payments cannot arrive until it "
                    "is fixed. Press Next to continue."
                )
            )
        else:
            self.after.clear()
        self.completeChanged.emit()
        wizard = self.wizard()
        if advance and status.ready and wizard is not None and wizard.currentPage() is self:
            wizard.next()

    def _on_check_failed(self, exc: Exception) -> None:
        self._checking = False
        self.check_button.setEnabled(True)
        self.field.show_error(error_text(exc))
        self.completeChanged.emit()


class ShopPage(_FieldsPage):
    """Shop name, counter, currency, rate and payment window."""

    def __init__(self, state: SetupState) -> None:
        super().__init__(state)
        self.setTitle(self.tr("Your shop"))
        self.setSubTitle(
            self.tr(
                "How prices become USDC: the rate, an optional spread, and how long a customer "
                "has to pay."
            )
        )
        self.fields = ShopFields()
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addWidget(self.notice)
        layout.addStretch(1)

    def validatePage(self) -> bool:
        """Validate with ``build_config`` (instant)."""
        return self._take_fields(self.state.setup.validate)


class WebhookPage(_FieldsPage):
    """The merchant backend's webhook endpoint (optional)."""

    def __init__(self, state: SetupState, keyring_problem: str | None) -> None:
        super().__init__(state)
        self.setTitle(self.tr("Tell your backend about payments (optional)"))
        self.setSubTitle(
            self.tr(
                "posapp can send each paid, expired or cancelled sale to your own server, "
                "signed with a secret (Standard Webhooks). Leave empty if you do not have one."
            )
        )
        self.fields = WebhookFields(keyring_problem)
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addWidget(
            hint(
                self.tr(
                    "A new signing secret is created when you finish and shown once, with a "
                    "copy button. It is kept in the OS keyring, never in posapp's database."
                )
            )
        )
        layout.addWidget(self.notice)
        layout.addStretch(1)

    def validatePage(self) -> bool:
        """Validate the URL (instant)."""
        return self._take_fields(self.state.setup.validate)


class AdminPage(_Page):
    """The first admin: a name and a PIN or password, typed twice."""

    def __init__(self, state: SetupState) -> None:
        super().__init__(state)
        self.setTitle(self.tr("Create the administrator"))
        self.setSubTitle(
            self.tr(
                "The admin changes settings and adds cashiers and owners. You sign in with "
                "this name and PIN."
            )
        )
        self.name = QLineEdit()
        self.name.setObjectName("adminNameEdit")
        self.name.setMaxLength(64)
        self.secret = QLineEdit()
        self.secret.setObjectName("adminSecretEdit")
        self.again = QLineEdit()
        self.again.setObjectName("adminAgainEdit")
        for edit in (self.secret, self.again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setMaxLength(200)
        self.notice = Notice()
        form = QFormLayout()
        add_row(form, self.tr("Name:"), self.name)
        add_row(form, self.tr("PIN or password:"), self.secret)
        add_row(form, self.tr("Again:"), self.again)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            hint(
                self.tr(
                    "A PIN has {min_digits} to {max_digits} digits (not 0000 or 1234); a "
                    "password has 8 to {max_characters} characters. It is stored only as a "
                    "bcrypt hash."
                ).format(
                    min_digits=PIN_MIN_DIGITS,
                    max_digits=PIN_MAX_DIGITS,
                    max_characters=PASSWORD_MAX_BYTES,
                )
            )
        )
        layout.addWidget(self.notice)
        layout.addStretch(1)

    def validatePage(self) -> bool:
        """Check the name and the PIN rules (instant; hashing happens at the end)."""
        try:
            clean = self.state.setup.validate_admin(self.name.text(), self.secret.text())
            check_confirmation(self.secret.text(), self.again.text())
        except PosappError as exc:
            self.notice.show_message("error", error_text(exc))
            return False
        self.notice.clear()
        self.state.admin_name = clean
        return True

    def secret_text(self) -> str:
        """The PIN typed (read once at the end)."""
        return self.secret.text()

    def forget(self) -> None:
        """Wipe the PIN fields."""
        self.secret.clear()
        self.again.clear()


class ReviewPage(_Page):
    """Everything at a glance; "Set up posapp" saves it (in the background)."""

    def __init__(self, state: SetupState, admin: AdminPage) -> None:
        super().__init__(state)
        self.admin = admin
        self.setTitle(self.tr("Check and finish"))
        self.setSubTitle(
            self.tr("Press “Set up posapp” to save. You can change all of this later in Settings.")
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Set up posapp"))
        self.summary = RichLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("reviewSummary")
        self.notice = Notice()
        self._busy = False
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.notice)
        layout.addStretch(1)

    def initializePage(self) -> None:
        """Fill in the summary."""
        request = self.state.request
        config = self.state.setup.validate(request)
        rate = (
            self.tr("{rate} {currency} per USDC (fixed)").format(
                rate=request.rate, currency=config.currency
            )
            if request.rate
            else self.tr("live from {source}").format(source=request.rate_source)
        )
        network = (
            self.tr("Testnet (test money)")
            if config.network == "testnet"
            else self.tr("Public network (real USDC)")
        )
        rows = [
            (self.tr("Network"), network),
            (self.tr("Horizon"), config.stellar_network.horizon_url),
            (
                self.tr("Account"),
                f"{config.merchant_account[:28]}\u200b{config.merchant_account[28:]}",
            ),
            (self.tr("Shop"), f"{config.shop_name} — {config.terminal}"),
            (self.tr("Rate"), rate),
            (self.tr("Spread"), self.tr("{percent}%").format(percent=config.spread_percent)),
            (
                self.tr("Payment window"),
                self.tr("{minutes} min").format(minutes=config.expiry_minutes),
            ),
            (self.tr("Tolerance"), f"{config.tolerance} USDC"),
            (self.tr("Webhook"), config.webhook_url or self.tr("off")),
            (self.tr("Administrator"), self.state.admin_name),
        ]
        cells = "".join(
            f"<tr><td style='color:{SLATE_600}; padding:3px 16px 3px 0;"
            f" white-space:nowrap'>{html.escape(k)}</td>"
            f"<td style='padding:3px 0'>{html.escape(str(v))}</td></tr>"
            for k, v in rows
        )
        self.summary.setText(f"<table>{cells}</table>")
        self.notice.clear()

    def isComplete(self) -> bool:
        """Not while saving."""
        return not self._busy

    def validatePage(self) -> bool:
        """Start saving; the wizard moves on when the background job succeeds."""
        state = self.state
        if state.outcome is not None:
            return True
        if self._busy:
            return False
        self._busy = True
        self.completeChanged.emit()
        self.notice.show_message("info", self.tr("Checking the account and saving…"))
        setup, request, name = state.setup, state.request, state.admin_name
        secret = self.admin.secret_text()
        run_task(
            lambda: setup.complete(request, name, secret),
            self._on_complete_done,
            self._on_complete_failed,
            owner=self,
        )
        return False

    def _on_complete_done(self, outcome: SetupOutcome) -> None:
        self._busy = False
        self.state.outcome = outcome
        self.admin.forget()
        self.notice.clear()
        self.completeChanged.emit()
        wizard = self.wizard()
        if wizard is not None:
            wizard.next()

    def _on_complete_failed(self, exc: Exception) -> None:
        self._busy = False
        text = error_text(exc)
        if not isinstance(exc, PosappError):
            text = self.tr("{error} Nothing was saved.").format(error=text)
        if isinstance(exc, SecretStoreUnavailable):
            text = self.tr(
                "{error} Go back to the webhook page to choose the file store, or leave the URL "
                "empty."
            ).format(error=text)
        self.notice.show_message("error", text)
        self.completeChanged.emit()


class DonePage(_Page):
    """posapp is ready: warnings, and the webhook secret shown once."""

    def __init__(self, state: SetupState) -> None:
        super().__init__(state)
        self.setTitle(self.tr("posapp is ready"))
        self.setSubTitle("")
        self.intro = RichLabel()
        self.intro.setWordWrap(True)
        self.checks = QVBoxLayout()
        self.secret_title = RichLabel(self.tr("<b>Webhook signing secret</b>"))
        self.secret = SecretReveal()
        self.next_steps = hint("")
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.checks)
        layout.addSpacing(8)
        layout.addWidget(self.secret_title)
        layout.addWidget(self.secret)
        layout.addSpacing(8)
        layout.addWidget(self.next_steps)
        layout.addStretch(1)

    def initializePage(self) -> None:
        """Show the outcome."""
        outcome = self.state.outcome
        if outcome is None:  # pragma: no cover (ReviewPage guarantees it)
            return
        config = outcome.config
        intro = (
            self.tr("<b>{shop}</b> takes USDC on testnet at {account}.")
            if config.network == "testnet"
            else self.tr("<b>{shop}</b> takes USDC on the public network at {account}.")
        )
        self.intro.setText(
            intro.format(
                shop=html.escape(config.shop_name),
                account=f"<span style='font-family: monospace'>{config.merchant_account[:6]}…"
                f"{config.merchant_account[-6:]}</span>",
            )
        )
        self.checks.addWidget(CheckRow("ok", self.tr("Settings saved")))
        self.checks.addWidget(
            CheckRow(
                "ok",
                self.tr("Administrator {name} created").format(name=outcome.admin.name),
                self.tr("Sign in with your PIN."),
            )
        )
        for warning in outcome.warnings:
            self.checks.addWidget(CheckRow("warn", self.tr("Still to do"), warning))
        has_secret = bool(outcome.webhook_secret)
        self.secret_title.setVisible(has_secret)
        self.secret.setVisible(has_secret)
        if outcome.webhook_secret:
            self.secret.show_secret(outcome.webhook_secret)
        self.next_steps.setText(
            self.tr(
                "Add cashiers and owners later in Settings → Users, or with "
                "`posapp users add NAME --role cashier`."
            )
        )
