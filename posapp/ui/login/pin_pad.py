"""``PinPad``: a masked entry with a 3×4 keypad (touch) that also takes the keyboard
(digits, Backspace, Enter; a password can be typed on a keyboard too). Used by the login
screen and the owner-approval dialog.

Signals: ``submitted(str)`` on OK/Enter with a non-empty entry. The entry is cleared by the
owner after each attempt; ``set_locked`` disables the pad with a countdown.

GUI thread only.
"""

from __future__ import annotations

import time
from datetime import timedelta

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from posapp.services.staff.signin_errors import AccountLocked, AuthenticationFailed, describe_delay
from posapp.ui.common.plain_text import PlainLabel
from posapp.ui.common.theme import (
    BLUE_300,
    BLUE_700,
    BLUE_800,
    GREEN_700,
    RED_700,
    SLATE_50,
    SLATE_100,
    SLATE_200,
    SLATE_300,
    SLATE_600,
    SLATE_900,
    WHITE,
)

MAX_ENTRY = 200
PAD_STYLE = f"""
QPushButton#padKey {{
    font-size: 22px; border-radius: 8px;
    border: 1px solid {SLATE_300}; background: {WHITE}; color: {SLATE_900};
}}
QPushButton#padKey:hover {{ background: {SLATE_100}; }}
QPushButton#padKey:pressed {{ background: {SLATE_200}; }}
QPushButton#padKey:disabled {{ color: {SLATE_300}; background: {SLATE_50}; }}
QPushButton#padOk {{
    font-size: 18px; font-weight: 600; border-radius: 8px;
    border: none; background: {BLUE_700}; color: {WHITE};
}}
QPushButton#padOk:hover {{ background: {BLUE_800}; }}
QPushButton#padOk:disabled {{ background: {BLUE_300}; }}
QLineEdit#pinEntry {{
    font-size: 18px; padding: 8px; border: 1px solid {SLATE_300}; border-radius: 8px;
    background: {WHITE}; lineedit-password-character: 9679; letter-spacing: 6px;
}}
QLineEdit#pinEntry:focus {{ border: 2px solid {BLUE_700}; }}
"""


class PinPad(QWidget):
    """A PIN entry and keypad."""

    submitted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(PAD_STYLE)
        self.entry = QLineEdit()
        self.entry.setObjectName("pinEntry")
        self.entry.setEchoMode(QLineEdit.EchoMode.Password)
        self.entry.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.entry.setMaxLength(MAX_ENTRY)
        self.entry.setPlaceholderText(self.tr("PIN"))
        self.entry.setMinimumHeight(50)
        self.entry.returnPressed.connect(self._on_ok_clicked)
        self.message = PlainLabel()
        self.message.setObjectName("pinMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(40)
        self.keys: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setSpacing(10)
        labels = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "OK"]
        for index, label in enumerate(labels):
            button = QPushButton(self.tr("OK") if label == "OK" else label)
            button.setObjectName("padOk" if label == "OK" else "padKey")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setMinimumSize(76, 58)
            if label == "OK":
                button.clicked.connect(self._on_ok_clicked)
            elif label == "⌫":
                button.setToolTip(self.tr("Delete the last digit"))
                button.clicked.connect(self._on_backspace_clicked)
            else:
                button.clicked.connect(lambda _=False, d=label: self._on_digit_clicked(d))
            self.keys[label] = button
            grid.addWidget(button, index // 3, index % 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.entry)
        layout.addWidget(self.message)
        layout.addLayout(grid)
        self._busy = False
        self._locked_until = 0.0
        self._lock_timer = QTimer(self)
        self._lock_timer.setInterval(250)
        self._lock_timer.timeout.connect(self._on_lock_timer_timeout)

    # ---- entry -------------------------------------------------------------------------

    def text(self) -> str:
        """What was entered."""
        return self.entry.text()

    def clear(self) -> None:
        """Empty the entry (after every attempt)."""
        self.entry.clear()

    def focus(self) -> None:
        """Put the keyboard focus on the entry."""
        self.entry.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_digit_clicked(self, digit: str) -> None:
        if self._enabled():
            self.entry.insert(digit)
            self.focus()

    def _on_backspace_clicked(self) -> None:
        if self._enabled():
            self.entry.backspace()
            self.focus()

    def _on_ok_clicked(self) -> None:
        if self._enabled() and self.entry.text():
            self.submitted.emit(self.entry.text())

    # ---- state -------------------------------------------------------------------------

    def show_message(self, text: str, kind: str = "error") -> None:
        """A line under the entry: ``error`` (red), ``info`` (grey) or ``ok`` (green)."""
        colour = {"error": RED_700, "info": SLATE_600, "ok": GREEN_700}[kind]
        self.message.setStyleSheet(f"color: {colour}; font-size: 14px;")
        self.message.setText(text)

    def show_failure(self, exc: Exception) -> None:
        """Say why a PIN was refused: locked (with a countdown), tries left, or the error."""
        if isinstance(exc, AccountLocked):
            self.set_locked(
                exc.retry_after.total_seconds(), self.tr("Locked after too many wrong tries.")
            )
        elif isinstance(exc, AuthenticationFailed) and exc.attempts_left is not None:
            left = exc.attempts_left
            # English needs both forms without a catalog; each is a plural entry (%n).
            self.show_message(
                self.tr("Wrong PIN. %n try left before a lock.", "", left)
                if left == 1
                else self.tr("Wrong PIN. %n tries left before a lock.", "", left)
            )
        else:
            from posapp.workers.errors import error_text  # httpx and Babel: not at start

            self.show_message(error_text(exc))

    def set_busy(self, busy: bool) -> None:
        """Disable input while a PIN is being checked."""
        self._busy = busy
        self._apply_enabled()
        if busy:
            self.show_message(self.tr("Checking…"), "info")

    def set_locked(self, seconds: float, reason: str) -> None:
        """Disable the pad for ``seconds`` with a live countdown after ``reason``."""
        self._locked_until = time.monotonic() + max(0.0, seconds)
        self._lock_reason = reason
        self._lock_timer.start()
        self._on_lock_timer_timeout()

    def unlock(self) -> None:
        """Lift a countdown early (another user was chosen)."""
        self._lock_timer.stop()
        self._locked_until = 0.0
        self._apply_enabled()

    def is_locked(self) -> bool:
        """True while a countdown runs."""
        return time.monotonic() < self._locked_until

    def _on_lock_timer_timeout(self) -> None:
        left = self._locked_until - time.monotonic()
        if left <= 0:
            self._lock_timer.stop()
            self._locked_until = 0.0
            self.show_message(self.tr("You can try again now."), "info")
        else:
            self.show_message(
                self.tr("{reason}\nTry again in {delay}.").format(
                    reason=self._lock_reason, delay=describe_delay(timedelta(seconds=left))
                )
            )
        self._apply_enabled()

    def _enabled(self) -> bool:
        return not self._busy and not self.is_locked()

    def _apply_enabled(self) -> None:
        enabled = self._enabled()
        self.entry.setEnabled(enabled)
        for button in self.keys.values():
            button.setEnabled(enabled)
        if enabled:
            self.focus()
