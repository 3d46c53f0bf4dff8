"""``SettingsDialog``: the admin's settings — the same fields and checks as the setup wizard
(shop, rate, network and account, webhook), plus receipts (shop details, printer, explorer),
the idle lock, the webhook secret, a rate API key, and the users.

Admins only: ``SettingsService`` refuses anyone else (the dialog then shows why and stays
read-only). Loading, saving (may ask Horizon), keyring work and bcrypt run on pool threads.

Signals (GUI thread): ``settings_saved(ShopConfig)``, ``idle_lock_changed(int)`` (minutes,
0 = never) after a successful save; ``users_changed()`` after a change on the Users tab.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from posapp.core.errors import PosappError
from posapp.core.roles import Actor, Permission
from posapp.services.sales.catalog import CatalogService
from posapp.services.setup.first_run import AccountStatus, SetupService
from posapp.services.setup.provisioning import ProvisionRequest
from posapp.services.setup.shop_settings import (
    IDLE_LOCK_MAX_MINUTES,
    SecuritySettings,
    SettingsOutcome,
    SettingsService,
    SettingsSnapshot,
)
from posapp.services.staff.users import UserService
from posapp.ui.common.fields import AccountField, NetworkFields, ShopFields, WebhookFields
from posapp.ui.common.plain_text import RichLabel
from posapp.ui.common.receipt_fields import ReceiptFields
from posapp.ui.common.theme import WHITE
from posapp.ui.common.widgets import Notice, SecretReveal, add_row, hint
from posapp.ui.counter_prefs import CounterPrefs
from posapp.ui.settings.language_tab import LanguageTab
from posapp.ui.settings.sales_tab import ItemsPanel, SalesFields, sales_group
from posapp.ui.settings.users_tab import UsersTab
from posapp.ui.setup.setup_wizard import STYLE
from posapp.workers.errors import error_text
from posapp.workers.tasks import run_task


class SettingsDialog(QDialog):
    """Settings for admins. Construct with the services and the signed-in actor; ``exec()``
    or ``show()``."""

    settings_saved = Signal(object)
    """The new ``ShopConfig``."""
    idle_lock_changed = Signal(int)
    """Minutes without input before the counter locks (0: never)."""
    users_changed = Signal()
    items_changed = Signal()
    languages_saved = Signal()
    """This counter's language choices were written (``CounterPrefs``)."""

    def __init__(
        self,
        settings: SettingsService,
        users: UserService,
        actor: Actor,
        *,
        setup: SetupService | None = None,
        catalog: CatalogService | None = None,
        prefs: CounterPrefs | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._language_restart = False
        self._setup = setup
        self._actor = actor
        self._snapshot: SettingsSnapshot | None = None
        self.setWindowTitle(self.tr("Settings"))
        self.setObjectName("settingsDialog")
        self.setStyleSheet(STYLE + f"QDialog#settingsDialog {{ background: {WHITE}; }}")
        self.resize(760, 600)

        self.shop = ShopFields()
        self.network = NetworkFields()
        self.check_button = QPushButton(self.tr("Check account"))
        self.check_button.clicked.connect(self._on_check_clicked)
        self.account = AccountField(self.check_button)
        self.webhook = WebhookFields(None)
        self.receipts = ReceiptFields()
        self.sales = SalesFields()
        self.idle = QSpinBox()
        self.idle.setObjectName("idleSpin")
        self.idle.setRange(0, IDLE_LOCK_MAX_MINUTES)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setSpecialValueText(self.tr("never"))
        self.idle.setMaximumWidth(120)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._shop_tab(), self.tr("Shop"))
        self.tabs.addTab(self._account_tab(), self.tr("Network && account"))
        self.tabs.addTab(self._webhook_tab(), self.tr("Webhook"))
        self.tabs.addTab(self._receipts_tab(), self.tr("Receipts"))
        self.tabs.addTab(self._sales_tab(catalog, actor), self.tr("Sales && items"))
        self.tabs.addTab(self._security_tab(), self.tr("Security"))
        self.language_tab = LanguageTab(prefs) if prefs is not None else None
        if self.language_tab is not None:
            self.tabs.addTab(self.language_tab, self.tr("Language"))
        self.users_tab: UsersTab | None = None
        if actor.can(Permission.MANAGE_USERS):
            self.users_tab = UsersTab(users, actor)
            self.users_tab.users_changed.connect(self.users_changed)
            self.tabs.addTab(self.users_tab, self.tr("Users"))

        self.notice = Notice()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveButton")
        self.buttons.accepted.connect(self._on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.notice)
        layout.addWidget(self.buttons)
        self._set_editable(False)
        self.notice.show_message("info", self.tr("Loading settings…"))
        run_task(lambda: settings.load(actor), self._on_loaded, self._on_refused, owner=self)

    # ---- tabs --------------------------------------------------------------------------

    def _shop_tab(self) -> QWidget:
        page = QWidget()
        self.api_header = QLineEdit()
        self.api_header.setPlaceholderText(self.tr("e.g. x-cg-demo-api-key"))
        self.api_key = QLineEdit()
        self.api_key.setObjectName("apiKeyEdit")
        self.api_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.api_key.setPlaceholderText(
            self.tr("kept in the OS keyring; leave empty to keep or remove")
        )
        self.api_button = QPushButton(self.tr("Save key"))
        self.api_button.clicked.connect(self._on_api_key_clicked)
        self.api_state = hint("")
        group = QGroupBox(self.tr("API key for the live rate (optional)"))
        form = QFormLayout(group)
        add_row(form, self.tr("Header:"), self.api_header)
        key_row = QHBoxLayout()
        key_row.addWidget(self.api_key, 1)
        key_row.addWidget(self.api_button)
        add_row(form, self.tr("Key:"), key_row)
        form.addRow("", self.api_state)
        self.shop.changed.connect(self._on_shop_changed)
        layout = QVBoxLayout(page)
        layout.addWidget(self.shop)
        layout.addSpacing(8)
        layout.addWidget(group)
        layout.addStretch(1)
        return page

    def _sales_tab(self, catalog: CatalogService | None, actor: Actor) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(sales_group(self.sales))
        self.items_panel: ItemsPanel | None = None
        if catalog is not None and actor.can(Permission.MANAGE_ITEMS):
            self.items_panel = ItemsPanel(catalog, actor)
            self.items_panel.items_changed.connect(self.items_changed)
            layout.addWidget(self.items_panel, 1)
        return page

    def _account_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.network)
        layout.addSpacing(8)
        layout.addWidget(RichLabel(self.tr("<b>Merchant account</b>")))
        layout.addWidget(self.account)
        layout.addWidget(
            hint(
                self.tr(
                    "A new network or account is looked up on Horizon when you save; the "
                    "watcher starts reading it from its newest payment."
                )
            )
        )
        layout.addStretch(1)
        return page

    def _webhook_tab(self) -> QWidget:
        page = QWidget()
        self.store_label = hint("")
        self.rotate_button = QPushButton(self.tr("Create a new secret…"))
        self.rotate_button.setObjectName("rotateButton")
        self.rotate_button.clicked.connect(self._on_rotate_clicked)
        self.secret = SecretReveal()
        self.secret.hide()
        row = QHBoxLayout()
        row.addWidget(self.store_label, 1)
        row.addWidget(self.rotate_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.webhook)
        layout.addSpacing(8)
        layout.addWidget(RichLabel(self.tr("<b>Signing secret</b>")))
        layout.addLayout(row)
        layout.addWidget(
            hint(
                self.tr(
                    "A new secret replaces the old one; the old one keeps signing for 24 hours "
                    "so your backend can switch without missing an event."
                )
            )
        )
        layout.addWidget(self.secret)
        layout.addStretch(1)
        return page

    def _receipts_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.receipts)
        layout.addWidget(
            hint(
                self.tr(
                    "Several counters on one database share these settings; a counter can use "
                    "its own printer with POSAPP_RECEIPT_PRINTER (e.g. tcp://192.168.1.51:9100)."
                )
            )
        )
        layout.addStretch(1)
        return page

    def _security_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout()
        add_row(form, self.tr("Lock the counter after:"), self.idle)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(
            hint(
                self.tr(
                    "With no key press or touch for this long, posapp returns to the sign-in "
                    "screen. After 5 wrong PINs a user is locked, for longer after each further "
                    "wrong PIN; an admin can unlock them on the Users tab."
                )
            )
        )
        layout.addStretch(1)
        return page

    # ---- loading -----------------------------------------------------------------------

    def _on_loaded(self, snapshot: SettingsSnapshot) -> None:
        self._snapshot = snapshot
        request = snapshot.request
        self.shop.fill(request)
        self.network.fill(request)
        self.account.fill(request)
        self.webhook.fill(request)
        self.receipts.fill(request)
        self.sales.fill(request)
        problem = None if snapshot.file_store else _keyring_problem(snapshot.secret_store)
        self.webhook.set_keyring_problem(problem, file_store=snapshot.file_store)
        self.store_label.setText(
            (
                self.tr("A secret is set. Kept in: {store}")
                if snapshot.has_webhook_secret
                else self.tr("No secret yet. Kept in: {store}")
            ).format(store=snapshot.secret_store)
        )
        self.idle.setValue(snapshot.security.idle_lock_minutes)
        self.notice.clear()
        self._set_editable(True)
        self._on_shop_changed()
        if request.rate_source:
            settings, actor, source = self._settings, self._actor, request.rate_source
            run_task(
                lambda: settings.rate_api_key_header(actor, source),
                self._on_api_header_loaded,
                lambda _exc: None,
                owner=self,
            )

    def _on_api_header_loaded(self, header: str | None) -> None:
        if header:
            self.api_header.setText(header)
            self.api_state.setText(self.tr("A key is stored in the OS keyring."))

    def _on_refused(self, exc: Exception) -> None:
        self.notice.show_message("error", error_text(exc))
        self._set_editable(False)

    def _set_editable(self, editable: bool) -> None:
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            if page is not self.users_tab:
                page.setEnabled(editable)
        self.save_button.setEnabled(editable)

    # ---- actions -----------------------------------------------------------------------

    def _request(self) -> ProvisionRequest:
        assert self._snapshot is not None
        request = self.shop.read(self._snapshot.request)
        request = self.network.read(request)
        request = replace(request, account=self.account.text())
        request = self.receipts.read(request)
        request = self.sales.read(request)
        return self.webhook.read(request)

    def _run(self, doing: str, fn: Callable[[], Any], done: Callable[[Any], None]) -> None:
        """Run ``fn`` in the background, saying ``doing`` (a whole translated sentence)."""
        self.notice.show_message("info", doing)
        self._set_editable(False)

        def failed(exc: Exception) -> None:
            self.notice.show_message("error", error_text(exc))
            self._set_editable(True)

        def succeeded(result: Any) -> None:
            self._set_editable(True)
            done(result)

        run_task(fn, succeeded, failed, owner=self)

    def _on_save_clicked(self) -> None:
        if self._snapshot is None:
            return
        try:
            request = self._request()
            security = SecuritySettings(idle_lock_minutes=self.idle.value())
        except PosappError as exc:
            self.notice.show_message("error", error_text(exc))
            return
        if self.language_tab is not None:
            self._language_restart = self.language_tab.save() or self._language_restart
            self.languages_saved.emit()
        settings, actor = self._settings, self._actor
        self._run(
            self.tr("Saving…"), lambda: settings.save(actor, request, security), self._on_saved
        )

    def _on_saved(self, outcome: SettingsOutcome) -> None:
        assert self._snapshot is not None
        self._snapshot = replace(
            self._snapshot,
            config=outcome.config,
            security=outcome.security,
            request=replace(self._request(), secret_file_store=False),
        )
        messages = [
            self.tr(
                "Saved. The counter uses them from the next sale (a new network, merchant"
                " account, Horizon address or currency needs a restart of posapp)."
            )
        ] + [self.tr("Still to do: {warning}").format(warning=w) for w in outcome.warnings]
        if self._language_restart:
            messages.append(self.tr("The new language shows after posapp restarts."))
        self.notice.show_message("warn" if outcome.warnings else "ok", " ".join(messages))
        if outcome.webhook_secret:
            self.tabs.setCurrentIndex(2)
            self.secret.show_secret(outcome.webhook_secret)
            self.store_label.setText(self.tr("A secret is set (shown below once)."))
        self.settings_saved.emit(outcome.config)
        self.idle_lock_changed.emit(outcome.security.idle_lock_minutes)

    def _on_rotate_clicked(self) -> None:
        settings, actor = self._settings, self._actor
        self._run(
            self.tr("Creating a new secret…"),
            lambda: settings.rotate_webhook_secret(actor),
            self._on_rotated,
        )

    def _on_rotated(self, secret: str) -> None:
        self.secret.show_secret(secret)
        self.store_label.setText(
            self.tr("New secret created (shown below once). The old one works 24 h more.")
        )
        self.notice.show_message("ok", self.tr("New webhook secret created."))

    def _on_check_clicked(self) -> None:
        if self._setup is None or self._snapshot is None:
            return
        try:
            request = self._request()
            self._setup.validate(request)
        except PosappError as exc:
            self.account.show_error(error_text(exc))
            return
        self.account.show_checking(request.horizon_url or request.network)
        setup = self._setup
        run_task(
            lambda: setup.check_account(request),
            self._on_checked,
            lambda exc: self.account.show_error(error_text(exc)),
            owner=self,
        )

    def _on_checked(self, status: AccountStatus) -> None:
        self.account.show_status(status)

    def _on_shop_changed(self) -> None:
        live = self.shop.live.isChecked()
        source = self.shop.source.currentText().strip()
        for widget in (self.api_header, self.api_key, self.api_button):
            widget.setEnabled(live and bool(source))
        self.api_state.setText("" if live else self.tr("Only used with a live rate source."))

    def _on_api_key_clicked(self) -> None:
        source = self.shop.source.currentText().strip()
        header, key = self.api_header.text(), self.api_key.text()
        self.api_key.clear()
        settings, actor = self._settings, self._actor
        done = (
            self.tr("Key saved for {source} (in the OS keyring).")
            if key
            else self.tr("Key removed for {source} (in the OS keyring).")
        ).format(source=source)
        self._run(
            self.tr("Saving the API key…"),
            lambda: settings.set_rate_api_key(actor, source, header, key or None),
            lambda _r: self.api_state.setText(done),
        )

    def reject(self) -> None:
        """Close; forget any secret shown."""
        self.secret.forget()
        self.api_key.clear()
        super().reject()


def _keyring_problem(description: str) -> str | None:
    prefix = "OS keyring unavailable: "
    return description[len(prefix) :] if description.startswith(prefix) else None
