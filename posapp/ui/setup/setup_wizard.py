"""``SetupWizard``: the first-run setup window (network, account check, shop, webhook,
first admin), backed by ``SetupService`` — the same checks as ``posapp init``.

Signals (GUI thread): ``setup_completed(ShopConfig)`` and ``admin_created(Actor)`` when the
admin presses Finish after a successful setup. Closing before that saves nothing (unless the
"Set up posapp" step already ran: then setup is complete and Finish is the only way on).

GUI thread only; Horizon and bcrypt run through ``run_task``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QFrame, QLabel, QVBoxLayout, QWidget, QWizard

from posapp.core.i18n import QT_TRANSLATE_NOOP
from posapp.services.setup.first_run import SetupOutcome, SetupService
from posapp.services.setup.provisioning import ProvisionRequest
from posapp.services.setup.shop_settings import request_from_config
from posapp.ui.common.plain_text import PlainLabel
from posapp.ui.common.theme import (
    BLUE_100,
    BLUE_700,
    GREEN_700,
    SLATE_100,
    SLATE_200,
    SLATE_300,
    SLATE_400,
    SLATE_500,
    SLATE_900,
    WHITE,
)
from posapp.ui.setup.pages import (
    AccountPage,
    AdminPage,
    DonePage,
    NetworkPage,
    ReviewPage,
    ShopPage,
    WebhookPage,
)
from posapp.ui.setup.state import SetupState, blank_request

STYLE = f"""
QWizard, QWizardPage {{ background: {WHITE}; }}
QLabel {{ color: {SLATE_900}; }}
QLineEdit {{
    padding: 5px 6px; border: 1px solid {SLATE_300}; border-radius: 4px; background: {WHITE};
}}
QLineEdit:focus {{ border: 1px solid {BLUE_700}; }}
QLineEdit:disabled {{ background: {SLATE_100}; color: {SLATE_400}; }}
QComboBox, QSpinBox {{ min-height: 26px; }}
QPushButton {{ padding: 6px 14px; }}
"""


STEPS = (
    QT_TRANSLATE_NOOP("StepList", "Network"),
    QT_TRANSLATE_NOOP("StepList", "Account"),
    QT_TRANSLATE_NOOP("StepList", "Shop"),
    QT_TRANSLATE_NOOP("StepList", "Webhook"),
    QT_TRANSLATE_NOOP("StepList", "Administrator"),
    QT_TRANSLATE_NOOP("StepList", "Finish"),
    QT_TRANSLATE_NOOP("StepList", "Ready"),
)
"""The wizard's steps (translated in context ``StepList`` when shown)."""


class StepList(QFrame):
    """The wizard's left column: every step, the current one highlighted, done ones ticked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepList")
        self.setFixedWidth(170)
        self.setStyleSheet(
            f"QFrame#stepList {{ background: {SLATE_100}; border-right: 1px solid {SLATE_200}; }}"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 18, 12, 18)
        layout.setSpacing(4)
        brand = PlainLabel("posapp")
        brand.setStyleSheet(f"font-size: 18px; font-weight: 700; color: {BLUE_700};")
        tagline = PlainLabel(self.tr("USDC at the counter"))
        tagline.setStyleSheet(f"color: {SLATE_500}; font-size: 11px;")
        layout.addWidget(brand)
        layout.addWidget(tagline)
        layout.addSpacing(18)
        self.labels: list[QLabel] = []
        for name in STEPS:
            label = PlainLabel(QCoreApplication.translate("StepList", name))
            self.labels.append(label)
            layout.addWidget(label)
        layout.addStretch(1)
        self.set_current(0)

    def set_current(self, index: int) -> None:
        """Highlight step ``index``."""
        for i, (label, step) in enumerate(zip(self.labels, STEPS, strict=True)):
            name = QCoreApplication.translate("StepList", step)
            if i < index:
                label.setText(f"✓  {name}")
                label.setStyleSheet(f"color: {GREEN_700}; padding: 4px 6px;")
            elif i == index:
                label.setText(f"›  {name}")
                label.setStyleSheet(
                    f"color: {SLATE_900}; font-weight: 600; padding: 4px 6px;"
                    f" background: {BLUE_100}; border-radius: 4px;"
                )
            else:
                label.setText(f"    {name}")
                label.setStyleSheet(f"color: {SLATE_500}; padding: 4px 6px;")


class SetupWizard(QWizard):
    """First-run setup. Construct with the setup service; show; listen for
    ``setup_completed``."""

    setup_completed = Signal(object)
    """The saved ``ShopConfig`` (emitted once, on Finish)."""
    admin_created = Signal(object)
    """The first admin as an ``Actor`` (emitted with ``setup_completed``; they still sign in)."""

    def __init__(
        self,
        setup: SetupService,
        parent: QWidget | None = None,
        *,
        initial: ProvisionRequest | None = None,
        source: str | None = None,
    ) -> None:
        """GUI thread. ``initial``: values to start with on a fresh shop (from the
        provisioning file named by ``source``); a configuration saved by ``posapp init``
        wins over it."""
        super().__init__(parent)
        self.setup = setup
        self.setObjectName("setupWizard")
        self.setWindowTitle(self.tr("Set up posapp"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setStyleSheet(STYLE)
        self.setTitleFormat(Qt.TextFormat.RichText)
        self.resize(780, 640)
        existing = setup.existing_config()
        if existing is not None:
            request = request_from_config(existing)
        else:
            request = initial if initial is not None else blank_request()
        self.state = state = SetupState(setup, request)

        self.chosen_language: str | None = None
        """Set when the admin picked another language: the wizard closed to start again."""
        self.network_page = NetworkPage(state)
        self.network_page.language_chosen.connect(self._on_language_chosen)
        self.account_page = AccountPage(state)
        self.shop_page = ShopPage(state)
        self.webhook_page = WebhookPage(state, setup.keyring_problem())
        self.admin_page = AdminPage(state)
        self.review_page = ReviewPage(state, self.admin_page)
        self.done_page = DonePage(state)
        for page in (
            self.network_page,
            self.account_page,
            self.shop_page,
            self.webhook_page,
            self.admin_page,
            self.review_page,
            self.done_page,
        ):
            self.addPage(page)
        self.network_page.fields.fill(self.request)
        self.account_page.field.fill(self.request)
        self.shop_page.fields.fill(self.request)
        self.webhook_page.fields.fill(self.request)
        if existing is None and initial is not None and source:
            self.network_page.notice.show_message(
                "info",
                self.tr(
                    "Settings from {source} are filled in. Check them on each page, then "
                    "create the first administrator."
                ).format(source=source),
            )
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Start using posapp"))
        self.steps = StepList()
        self.setSideWidget(self.steps)
        self.currentIdChanged.connect(self._on_current_id_changed)

    @property
    def request(self) -> ProvisionRequest:
        """The request built so far."""
        return self.state.request

    @property
    def outcome(self) -> SetupOutcome | None:
        """What was saved (None until "Set up posapp" succeeded)."""
        return self.state.outcome

    def _on_current_id_changed(self, page_id: int) -> None:
        self.steps.set_current(max(0, self.pageIds().index(page_id)) if page_id >= 0 else 0)

    def _on_language_chosen(self, language: str) -> None:
        self.chosen_language = language
        self.admin_page.forget()
        self.done(QDialog.DialogCode.Rejected)

    def accept(self) -> None:
        """Finish: forget the secret shown, emit the results, close."""
        outcome = self.outcome
        self.done_page.secret.forget()
        super().accept()
        if outcome is not None:
            self.setup_completed.emit(outcome.config)
            self.admin_created.emit(outcome.admin.actor)

    def reject(self) -> None:
        """Cancel — refused after setup was saved (Finish is the way on then)."""
        if self.outcome is not None:
            return
        self.admin_page.forget()
        super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape must not close the wizard after setup was saved."""
        if event.key() == Qt.Key.Key_Escape and self.outcome is not None:
            event.ignore()
            return
        super().keyPressEvent(event)
