"""The Users tab of the settings dialog: list, add, reset a PIN, change a role, disable or
enable, unlock. Every action goes through ``UserService`` (which refuses non-admins) on a
pool thread (bcrypt for PINs), then the list reloads.

Signals: ``users_changed()`` after any successful change. GUI thread only.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from posapp.core.errors import PosappError
from posapp.core.i18n import QT_TRANSLATE_NOOP
from posapp.core.roles import Actor, Role
from posapp.services.staff.passwords import check_confirmation, validate_new_secret
from posapp.services.staff.users import UserInfo, UserService, validate_user_name
from posapp.ui.common.widgets import Notice, add_row, hint
from posapp.ui.login.login_window import role_label
from posapp.workers.errors import error_text
from posapp.workers.tasks import run_task

SECRET_RULES = QT_TRANSLATE_NOOP(
    "UserDialog", "PIN: 4 to 8 digits (not 0000 or 1234). Password: 8 to 72 characters."
)
MAKE_ROLE = {
    Role.CASHIER: QT_TRANSLATE_NOOP("UsersTab", "Make cashier"),
    Role.OWNER: QT_TRANSLATE_NOOP("UsersTab", "Make owner"),
    Role.ADMIN: QT_TRANSLATE_NOOP("UsersTab", "Make admin"),
}
"""The role menu's items (translated in context ``UsersTab`` when shown)."""


class UserDialog(QDialog):
    """Name, role and PIN for a new user — or only the PIN, to reset one."""

    def __init__(self, title: str, *, name: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.name = QLineEdit(name or "")
        self.name.setObjectName("userNameEdit")
        self.name.setMaxLength(64)
        self.name.setReadOnly(name is not None)
        self.role = QComboBox()
        self.role.setObjectName("userRoleCombo")
        for role in Role:
            self.role.addItem(role_label(role), role.value)
        self.secret = QLineEdit()
        self.secret.setObjectName("userSecretEdit")
        self.again = QLineEdit()
        self.again.setObjectName("userAgainEdit")
        for edit in (self.secret, self.again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setMaxLength(200)
        self.notice = Notice()
        form = QFormLayout()
        add_row(form, self.tr("Name:"), self.name)
        if name is None:
            add_row(form, self.tr("Role:"), self.role)
        add_row(
            form,
            self.tr("New PIN or password:") if name else self.tr("PIN or password:"),
            self.secret,
        )
        add_row(form, self.tr("Again:"), self.again)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint(QCoreApplication.translate("UserDialog", SECRET_RULES)))
        layout.addWidget(self.notice)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def accept(self) -> None:
        """Check the fields (instantly) before closing."""
        try:
            validate_user_name(self.name.text())
            validate_new_secret(self.secret.text())
            check_confirmation(self.secret.text(), self.again.text())
        except PosappError as exc:
            self.notice.show_message("error", error_text(exc))
            return
        super().accept()

    def values(self) -> tuple[str, Role, str]:
        """``(name, role, secret)`` — read once, then ``forget``."""
        return self.name.text(), Role(self.role.currentData()), self.secret.text()

    def forget(self) -> None:
        """Wipe the PIN fields."""
        self.secret.clear()
        self.again.clear()


class UsersTab(QWidget):
    """Users of the counter, for admins."""

    users_changed = Signal()

    def __init__(self, users: UserService, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._users = users
        self._actor = actor
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("usersTable")
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Status")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("Add user…"))
        self.reset_button = QPushButton(self.tr("Reset PIN…"))
        self.role_combo = QComboBox()
        self.role_combo.setObjectName("roleCombo")
        for role in Role:
            make = MAKE_ROLE.get(role)
            self.role_combo.addItem(
                QCoreApplication.translate("UsersTab", make) if make else role.value, role.value
            )
        self.disable_button = QPushButton(self.tr("Disable"))
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.notice = Notice()
        for button, slot in (
            (self.add_button, self._on_add_clicked),
            (self.reset_button, self._on_reset_clicked),
            (self.disable_button, self._on_disable_clicked),
            (self.unlock_button, self._on_unlock_clicked),
        ):
            button.clicked.connect(slot)
        self.role_combo.activated.connect(self._on_role_activated)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        row.addWidget(self.reset_button)
        row.addWidget(self.role_combo)
        row.addWidget(self.disable_button)
        row.addWidget(self.unlock_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.notice)
        self._list: list[UserInfo] = []
        self.reload()

    # ---- list --------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the users again (short DB read) and keep the selection."""
        selected = self.selected()
        name = selected.name if selected else None
        self._list = self._users.list_users()
        now = datetime.now(UTC)
        self.table.setRowCount(len(self._list))
        for index, user in enumerate(self._list):
            status = self.tr("Disabled") if user.disabled else self.tr("Active")
            if user.is_locked(now):
                until = f"{user.locked_until.astimezone():%H:%M:%S}"  # type: ignore[union-attr]
                status = self.tr("Locked until {time}").format(time=until)
            elif user.failed_attempts:
                status = self.tr("{state} · %n wrong PIN(s)", "", user.failed_attempts).format(
                    state=status
                )
            if user.name == self._actor.name:
                status = self.tr("{status} · you").format(status=status)
            for column, text in enumerate((user.name, role_label(user.role), status)):
                item = QTableWidgetItem(text)
                if user.disabled:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(index, column, item)
            if user.name == name:
                self.table.selectRow(index)
        self._update_buttons()

    def selected(self) -> UserInfo | None:
        """The user on the selected row, if any."""
        rows = {i.row() for i in self.table.selectedItems()}
        if not rows:
            return None
        row = min(rows)
        return self._list[row] if row < len(self._list) else None

    def _update_buttons(self) -> None:
        user = self.selected()
        for widget in (self.reset_button, self.role_combo, self.disable_button, self.unlock_button):
            widget.setEnabled(user is not None)
        if user is not None:
            self.disable_button.setText(self.tr("Enable") if user.disabled else self.tr("Disable"))
            self.unlock_button.setEnabled(bool(user.failed_attempts or user.locked_until))
            self.role_combo.setCurrentIndex(self.role_combo.findData(user.role.value))

    # ---- actions -----------------------------------------------------------------------

    def _run(self, doing: str, fn: Callable[[], Any]) -> None:
        """Run ``fn`` in the background, saying ``doing`` (a whole translated sentence)."""
        self.notice.show_message("info", doing)
        self.setEnabled(False)
        run_task(fn, self._on_action_done, self._on_action_failed, owner=self)

    def _on_action_done(self, result: Any) -> None:
        self.setEnabled(True)
        name = result.name if isinstance(result, UserInfo) else ""
        self.notice.show_message(
            "ok", self.tr("Saved ({name}).").format(name=name) if name else self.tr("Saved.")
        )
        self.reload()
        self.users_changed.emit()

    def _on_action_failed(self, exc: Exception) -> None:
        self.setEnabled(True)
        self.notice.show_message("error", error_text(exc))
        self.reload()

    def _on_add_clicked(self) -> None:
        dialog = UserDialog(self.tr("Add user"), parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        name, role, secret = dialog.values()
        dialog.forget()
        actor, users = self._actor, self._users
        self._run(
            self.tr("Adding {name}…").format(name=name),
            lambda: users.add(actor, name, role, secret),
        )

    def _on_reset_clicked(self) -> None:
        user = self.selected()
        if user is None:
            return
        dialog = UserDialog(
            self.tr("New PIN for {name}").format(name=user.name), name=user.name, parent=self
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        _name, _role, secret = dialog.values()
        dialog.forget()
        actor, users = self._actor, self._users
        self._run(
            self.tr("Setting a new PIN for {name}…").format(name=user.name),
            lambda: users.reset_secret(actor, user.name, secret),
        )

    def _on_role_activated(self, _index: int) -> None:
        user = self.selected()
        role = Role(self.role_combo.currentData())
        if user is None or user.role == role:
            return
        actor, users = self._actor, self._users
        self._run(
            self.tr("Changing {name}'s role…").format(name=user.name),
            lambda: users.set_role(actor, user.name, role),
        )

    def _on_disable_clicked(self) -> None:
        user = self.selected()
        if user is None:
            return
        actor, users, disabled = self._actor, self._users, not user.disabled
        self._run(
            (self.tr("Disabling {name}…") if disabled else self.tr("Enabling {name}…")).format(
                name=user.name
            ),
            lambda: users.set_disabled(actor, user.name, disabled),
        )

    def _on_unlock_clicked(self) -> None:
        user = self.selected()
        if user is None:
            return
        actor, users = self._actor, self._users
        self._run(
            self.tr("Unlocking {name}…").format(name=user.name),
            lambda: users.unlock(actor, user.name),
        )
