"""``ApprovalDialog``: an owner (or admin) keys their PIN so a cashier may perform one
restricted action once (e.g. cancel a partially paid sale).

The dialog calls ``AuthService.approve`` on a pool thread and, on success, emits
``approval_granted(Actor)`` — the cashier's actor carrying a one-shot approval — then closes
(``exec()`` returns Accepted; ``approved_actor`` holds the same actor). The caller passes that
actor straight to the service that needs it.

GUI thread only.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from posapp.core.i18n import QT_TRANSLATE_NOOP
from posapp.core.roles import Actor, Permission, Role, can_approve, has_permission
from posapp.services.staff.auth import AuthService
from posapp.services.staff.users import UserService
from posapp.ui.common.plain_text import PlainLabel, RichLabel
from posapp.ui.common.theme import SLATE_700, SLATE_900, WHITE
from posapp.ui.login.login_window import role_label
from posapp.ui.login.pin_pad import PinPad
from posapp.workers.tasks import TaskRunner

ACTIONS = {
    Permission.CHARGE: QT_TRANSLATE_NOOP("ApprovalDialog", "charge"),
    Permission.CANCEL: QT_TRANSLATE_NOOP("ApprovalDialog", "cancel"),
    Permission.CANCEL_PARTIALLY_PAID: QT_TRANSLATE_NOOP("ApprovalDialog", "cancel partially paid"),
    Permission.SETTLE_OTHER_WAY: QT_TRANSLATE_NOOP("ApprovalDialog", "settle other way"),
    Permission.VIEW_HISTORY: QT_TRANSLATE_NOOP("ApprovalDialog", "view history"),
    Permission.EXPORT: QT_TRANSLATE_NOOP("ApprovalDialog", "export"),
    Permission.ATTACH_UNMATCHED: QT_TRANSLATE_NOOP("ApprovalDialog", "attach unmatched"),
    Permission.REFUND: QT_TRANSLATE_NOOP("ApprovalDialog", "refund"),
    Permission.MANAGE_WEBHOOKS: QT_TRANSLATE_NOOP("ApprovalDialog", "manage webhooks"),
    Permission.VIEW_AUDIT: QT_TRANSLATE_NOOP("ApprovalDialog", "view audit"),
    Permission.APPROVE: QT_TRANSLATE_NOOP("ApprovalDialog", "approve"),
    Permission.CHANGE_SETTINGS: QT_TRANSLATE_NOOP("ApprovalDialog", "change settings"),
    Permission.MANAGE_USERS: QT_TRANSLATE_NOOP("ApprovalDialog", "manage users"),
    Permission.MANAGE_ITEMS: QT_TRANSLATE_NOOP("ApprovalDialog", "manage items"),
    Permission.DISCOUNT_ABOVE_LIMIT: QT_TRANSLATE_NOOP("ApprovalDialog", "discount above limit"),
}
"""Each permission's action in words (``Permission.description``, marked for translation)."""
ROLE_NOUNS = {
    Role.CASHIER: QT_TRANSLATE_NOOP("ApprovalDialog", "cashier"),
    Role.OWNER: QT_TRANSLATE_NOOP("ApprovalDialog", "owner"),
    Role.ADMIN: QT_TRANSLATE_NOOP("ApprovalDialog", "admin"),
}
"""Each role in lower case, inside a sentence (``Role.value``, marked for translation)."""


class ApprovalDialog(QDialog):
    """Ask an owner to approve ``permission`` once for ``for_actor``."""

    approval_granted = Signal(object)
    """The approved ``Actor`` (``for_actor`` with a one-shot approval)."""

    def __init__(
        self,
        auth: AuthService,
        users: UserService,
        permission: Permission,
        for_actor: Actor,
        *,
        reason: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._auth = auth
        self._permission = Permission(permission)
        self._for = for_actor
        self._tasks = TaskRunner(self)
        self.approved_actor: Actor | None = None
        self.setWindowTitle(self.tr("Owner approval"))
        self.setModal(True)
        self.setStyleSheet(f"QDialog {{ background: {WHITE}; }}")

        title = PlainLabel(self.tr("Owner approval needed"))
        title.setStyleSheet(f"font-size: 20px; font-weight: 600; color: {SLATE_900};")
        title.setWordWrap(True)
        action = ACTIONS.get(self._permission)
        what = reason or (
            QCoreApplication.translate("ApprovalDialog", action)
            if action
            else self._permission.description
        )
        noun = ROLE_NOUNS.get(for_actor.role)
        ask = RichLabel(
            self.tr(
                "<b>{name}</b> ({role}) asks to <b>{action}</b>. An owner or admin approves it "
                "once with their PIN."
            ).format(
                name=_escape(for_actor.name),
                role=QCoreApplication.translate("ApprovalDialog", noun)
                if noun
                else for_actor.role.value,
                action=_escape(what),
            )
        )
        ask.setWordWrap(True)
        ask.setStyleSheet(f"color: {SLATE_700}; font-size: 14px;")
        self.approver = QComboBox()
        self.approver.setObjectName("approverCombo")
        candidates = sorted(
            users.list_users(include_disabled=False), key=lambda u: (u.role != Role.OWNER, u.name)
        )
        for user in candidates:
            if (
                user.name != for_actor.name
                and can_approve(user.role)
                and has_permission(user.role, self._permission)
            ):
                self.approver.addItem(
                    self.tr("{name} ({role})").format(name=user.name, role=role_label(user.role)),
                    user.name,
                )
        self.pad = PinPad()
        self.pad.setFixedWidth(300)
        self.pad.submitted.connect(self._on_pad_submitted)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.approver.currentIndexChanged.connect(self._on_approver_changed)

        row = QHBoxLayout()
        row.addWidget(PlainLabel(self.tr("Approver:")))
        row.addWidget(self.approver, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(ask)
        layout.addLayout(row)
        layout.addWidget(self.pad, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(buttons)
        if self.approver.count() == 0:
            self.pad.setEnabled(False)
            self.pad.show_message(self.tr("No owner or admin can approve this on this counter."))
        else:
            self.pad.show_message(self.tr("Owner: enter your PIN"), "info")
        ask.setFixedWidth(372)
        title.setFixedWidth(372)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)

    def _on_approver_changed(self, _index: int) -> None:
        self.pad.clear()
        self.pad.unlock()
        self.pad.show_message(self.tr("Owner: enter your PIN"), "info")

    def _on_pad_submitted(self, secret: str) -> None:
        name = self.approver.currentData()
        if not name:
            return
        self.pad.clear()
        self.pad.set_busy(True)
        auth, permission, for_actor = self._auth, self._permission, self._for
        self._tasks.run(
            lambda: auth.approve(name, secret, permission, for_actor),
            self._on_approve_done,
            self._on_approve_failed,
            key="approve",
        )

    def _on_approve_done(self, actor: Actor) -> None:
        self.pad.set_busy(False)
        self.approved_actor = actor
        self.approval_granted.emit(actor)
        self.accept()

    def _on_approve_failed(self, exc: Exception) -> None:
        self.pad.set_busy(False)
        self.pad.show_failure(exc)

    def reject(self) -> None:
        """Cancel: nothing approved."""
        self._tasks.supersede("approve")
        self.pad.clear()
        super().reject()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
