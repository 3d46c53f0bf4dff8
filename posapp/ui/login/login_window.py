"""``LoginWindow``: who is at the counter? User tiles, then a PIN pad.

Tap your tile, key your PIN, press OK (or Enter): ``user_signed_in(Actor)`` is emitted. The
PIN is checked by ``AuthService.sign_in`` on a pool thread (bcrypt); wrong PINs say how many
tries are left; after 5 the user is locked with a countdown. Esc or "Not you?" goes back to
the tiles. ``reset()`` shows the tiles again (switch user, idle lock).

At start the window may be shown before the staff services are loaded (docs/design.md
"Start-up"): built without them, it shows the tiles it is given (``roster``) and takes keys
at once; a PIN submitted meanwhile is kept, with a quiet "starting" line, and checked as soon
as ``attach`` hands it the services.

Signals: ``user_signed_in(Actor)``. GUI thread only.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QKeyEvent, QPainter, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from posapp.core.errors import PosappError
from posapp.core.i18n import QT_TRANSLATE_NOOP
from posapp.core.roles import Actor, Role
from posapp.ui.common.plain_text import PlainLabel
from posapp.ui.common.theme import (
    BLUE_50,
    BLUE_700,
    ROLE_CASHIER,
    ROLE_OWNER,
    SLATE_100,
    SLATE_200,
    SLATE_500,
    SLATE_600,
    SLATE_700,
    SLATE_900,
    WHITE,
)
from posapp.ui.login.pin_pad import PinPad

if TYPE_CHECKING:  # the services load behind the first window (docs/design.md "Start-up")
    from posapp.services.staff.auth import AuthService
    from posapp.services.staff.users import UserService
    from posapp.workers.tasks import TaskRunner

ROLE_COLOURS = {Role.CASHIER: ROLE_CASHIER, Role.OWNER: ROLE_OWNER, Role.ADMIN: BLUE_700}
ROLE_LABELS = {
    Role.CASHIER: QT_TRANSLATE_NOOP("LoginWindow", "Cashier"),
    Role.OWNER: QT_TRANSLATE_NOOP("LoginWindow", "Owner"),
    Role.ADMIN: QT_TRANSLATE_NOOP("LoginWindow", "Admin"),
}
"""Each role as shown to people (``Role.label``, marked for translation)."""
WINDOW_STYLE = f"""
QWidget#loginWindow {{ background: {SLATE_100}; }}
QToolButton#userTile {{
    background: {WHITE}; border: 1px solid {SLATE_200}; border-radius: 12px;
    padding: 14px 8px 10px 8px; font-size: 15px; color: {SLATE_900};
}}
QToolButton#userTile:hover {{ border: 2px solid {BLUE_700}; }}
QToolButton#userTile:focus {{ border: 3px solid {BLUE_700}; background: {BLUE_50}; }}
QToolButton#userTile:pressed {{ background: {BLUE_50}; }}
QPushButton#backButton {{
    border: none; color: {BLUE_700}; font-size: 14px; padding: 6px 4px; text-align: left;
}}
QPushButton#backButton:hover {{ text-decoration: underline; }}
"""

TILE_WIDTH = 160
"""A user tile's width; wider when its name or role needs it (long roles in French)."""


class Person(Protocol):
    """Who a tile shows: ``UserInfo`` from the services, or a ``roster.Tile`` read ahead."""

    @property
    def name(self) -> str: ...

    @property
    def role(self) -> Role: ...


def role_label(role: Role) -> str:
    """``role`` as shown to people, in the current language (``"Cashier"``). GUI thread."""
    text = ROLE_LABELS.get(role)
    return QCoreApplication.translate("LoginWindow", text) if text else role.label


def initials(name: str) -> str:
    """One or two letters for an avatar: ``"Ada Lovelace"`` → ``"AL"``, ``"carl"`` → ``"C"``."""
    parts = [p for p in name.split() if p[:1].isalnum()]
    if not parts:
        return "?"
    letters = parts[0][0] + (parts[-1][0] if len(parts) > 1 else "")
    return letters.upper()


def avatar(name: str, role: Role, size: int = 72) -> QPixmap:
    """A round, role-coloured avatar with the user's initials."""
    ratio = 2
    pixmap = QPixmap(size * ratio, size * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(ROLE_COLOURS.get(role, SLATE_700)))
    painter.drawEllipse(0, 0, size, size)
    font = QFont()
    font.setPixelSize(int(size * 0.38))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor(WHITE))
    painter.drawText(0, 0, size, size, Qt.AlignmentFlag.AlignCenter, initials(name))
    painter.end()
    return pixmap


class LoginWindow(QWidget):
    """The sign-in screen. Construct with the auth and user services (or, at start, without
    them and with the ``roster`` read ahead, then ``attach`` them); connect
    ``user_signed_in``."""

    user_signed_in = Signal(object)
    """The signed-in ``Actor``."""

    def __init__(
        self,
        auth: AuthService | None,
        users: UserService | None,
        *,
        shop_name: str = "",
        roster: Sequence[Person] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._auth: AuthService | None = None
        self._users: UserService | None = None
        self._tasks: TaskRunner | None = None
        self._known: tuple[Person, ...] = tuple(roster)
        self._selected: Person | None = None
        self._pending: str | None = None
        """A PIN submitted before the services were attached (checked by ``attach``)."""
        self.setObjectName("loginWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(WINDOW_STYLE)
        self.setWindowTitle(
            self.tr("{shop} — sign in").format(shop=shop_name)
            if shop_name
            else self.tr("posapp — sign in")
        )
        self.resize(900, 640)

        self.title = PlainLabel(shop_name or "posapp")
        self.title.setStyleSheet(f"font-size: 26px; font-weight: 700; color: {SLATE_900};")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_tiles_page())
        self.stack.addWidget(self._build_pin_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 24)
        layout.addWidget(self.title)
        layout.addWidget(self.stack, 1)
        if auth is not None and users is not None:
            self.attach(auth, users)
        else:
            self._show_tiles(self._known)

    @property
    def ready(self) -> bool:
        """True once the staff services are attached (PINs are checked at once)."""
        return self._auth is not None

    def attach(
        self, auth: AuthService, users: UserService, current: Sequence[Person] | None = None
    ) -> None:
        """Take the staff services: from now on the tiles come from ``users`` (``current``:
        the enabled users just read off the GUI thread, so no query here) and PINs are checked
        by ``auth``. A PIN submitted meanwhile is checked now; a chosen user's lock shows.
        GUI thread."""
        from posapp.workers.tasks import TaskRunner  # loaded with the services

        self._auth, self._users = auth, users
        if self._tasks is None:
            self._tasks = TaskRunner(self)
        people = tuple(users.list_users(include_disabled=False) if current is None else current)
        if _faces(people) != _faces(self._known) or not self.tiles:
            self._show_tiles(people)
        self._known = people
        selected, pending, self._pending = self._selected, self._pending, None
        if selected is None:
            return
        if selected.name not in {person.name for person in people}:
            self.reset()  # removed or disabled meanwhile
        elif pending is not None:
            self._check(selected.name, pending)
        else:
            self._show_lock(selected.name)

    def takes_keys(self) -> bool:
        """True when a key typed now is taken: the window shows and a digit either chooses
        a tile or goes into the PIN entry. GUI thread."""
        if not self.isVisible() or not self.isEnabled():
            return False
        if self.stack.currentIndex() == 0:
            return bool(self.tiles)
        return self.pad.entry.isEnabled()

    # ---- pages -------------------------------------------------------------------------

    def _build_tiles_page(self) -> QWidget:
        page = QWidget()
        self.prompt = PlainLabel(self.tr("Who is at the counter?"))
        self.prompt.setStyleSheet(f"font-size: 16px; color: {SLATE_600};")
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.tiles_host = QWidget()
        self.tiles_grid = QGridLayout(self.tiles_host)
        self.tiles_grid.setSpacing(16)
        self.tiles_grid.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setStyleSheet(
            "QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }"
        )
        scroll.setWidget(self.tiles_host)
        self.empty = PlainLabel(
            self.tr(
                "No users yet. An administrator adds them with\n"
                "posapp users add NAME --role cashier"
            )
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet(f"color: {SLATE_600}; font-size: 14px;")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.prompt)
        layout.addSpacing(18)
        layout.addWidget(self.empty)
        layout.addWidget(scroll, 1)
        self.tiles: dict[str, QToolButton] = {}
        return page

    def _build_pin_page(self) -> QWidget:
        page = QWidget()
        self.back_button = QPushButton(self.tr("‹  Not you? Choose another user"))
        self.back_button.setObjectName("backButton")
        self.back_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.back_button.clicked.connect(self._on_back_clicked)
        self.who_avatar = PlainLabel()
        self.who_avatar.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.who_name = PlainLabel()
        self.who_name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.who_name.setStyleSheet(f"font-size: 20px; font-weight: 600; color: {SLATE_900};")
        self.who_role = PlainLabel()
        self.who_role.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.who_role.setStyleSheet(f"font-size: 13px; color: {SLATE_500};")
        self.pad = PinPad()
        self.pad.setFixedWidth(300)
        self.pad.submitted.connect(self._on_pad_submitted)
        column = QVBoxLayout()
        column.setSpacing(6)
        column.addWidget(self.who_avatar)
        column.addWidget(self.who_name)
        column.addWidget(self.who_role)
        column.addSpacing(10)
        column.addWidget(self.pad, 0, Qt.AlignmentFlag.AlignHCenter)
        centre = QHBoxLayout()
        centre.addStretch(1)
        centre.addLayout(column)
        centre.addStretch(1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(centre)
        layout.addStretch(1)
        return page

    # ---- tiles -------------------------------------------------------------------------

    def refresh_users(self) -> None:
        """Rebuild the tiles from the enabled users (short DB read; before ``attach``, the
        users read ahead)."""
        if self._users is not None:
            self._known = tuple(self._users.list_users(include_disabled=False))
        self._show_tiles(self._known)

    def _show_tiles(self, users: Sequence[Person]) -> None:
        for tile in self.tiles.values():
            self.tiles_grid.removeWidget(tile)
            tile.deleteLater()
        self.tiles = {}
        columns = max(1, min(len(users), 4))
        for index, user in enumerate(users):
            tile = QToolButton()
            tile.setObjectName("userTile")
            tile.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            tile.setIcon(QIcon(avatar(user.name, user.role)))
            tile.setIconSize(QSize(72, 72))
            number = f"{index + 1}  ·  " if index < 9 else ""
            tile.setText(f"{user.name}\n{number}{role_label(user.role)}")
            tile.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            tile.setCursor(Qt.CursorShape.PointingHandCursor)
            tile.clicked.connect(lambda _=False, name=user.name: self.choose_user(name))
            self.tiles[user.name] = tile
            self.tiles_grid.addWidget(tile, index // columns, index % columns)
            tile.ensurePolished()  # the style sheet's padding counts in the size it needs
            wide = tile.minimumSizeHint().width()
            tile.setFixedSize(max(TILE_WIDTH, min(wide, 2 * TILE_WIDTH)), 156)
        self.empty.setVisible(not users)
        first = next(iter(self.tiles.values()), None)
        if first is not None and self.stack.currentIndex() == 0:
            first.setFocus()

    def choose_user(self, name: str) -> None:
        """Show the PIN pad for ``name`` (the first tap)."""
        user: Person | None
        if self._users is not None:
            try:
                user = self._users.get(name)
            except PosappError:
                self.refresh_users()
                return
        else:
            user = next((person for person in self._known if person.name == name), None)
            if user is None:
                return
        self._selected = user
        self._pending = None
        self.who_avatar.setPixmap(avatar(user.name, user.role, 64))
        self.who_name.setText(user.name)
        self.who_role.setText(role_label(user.role))
        self.pad.clear()
        self.pad.unlock()
        self.pad.show_message(self.tr("Enter your PIN or password"), "info")
        self.stack.setCurrentIndex(1)
        self.pad.focus()
        self._show_lock(user.name)

    def _show_lock(self, name: str) -> None:
        """Disable the pad while ``name`` is locked out (known once attached)."""
        remaining = self._auth.lock_remaining(name) if self._auth is not None else None
        if remaining is not None:
            self.pad.set_locked(
                remaining.total_seconds(), self.tr("Locked after too many wrong tries.")
            )

    # ---- signing in --------------------------------------------------------------------

    def _on_pad_submitted(self, secret: str) -> None:
        user = self._selected
        if user is None:
            return
        self.pad.clear()
        self.pad.set_busy(True)
        if self._auth is None:  # still starting: kept, and checked once attached
            self._pending = secret
            self.pad.show_message(
                self.tr("Starting… your PIN will be checked in a moment."), "info"
            )
            return
        self._check(user.name, secret)

    def _check(self, name: str, secret: str) -> None:
        """Check ``secret`` for ``name`` on the pool (bcrypt); the answer comes back here."""
        auth, tasks = self._auth, self._tasks
        assert auth is not None and tasks is not None
        self.pad.set_busy(True)
        tasks.run(
            lambda: auth.sign_in(name, secret),
            self._on_sign_in_done,
            self._on_sign_in_failed,
            key="sign-in",
        )

    def _on_sign_in_done(self, actor: Actor) -> None:
        self.pad.set_busy(False)
        self.reset()
        self.user_signed_in.emit(actor)

    def _on_sign_in_failed(self, exc: Exception) -> None:
        self.pad.set_busy(False)
        self.pad.show_failure(exc)

    # ---- navigation --------------------------------------------------------------------

    def reset(self) -> None:
        """Back to the tiles with nothing typed (switch user, idle lock, after sign-in)."""
        if self._tasks is not None:
            self._tasks.supersede("sign-in")  # ignore an answer still on its way
        self._selected = None
        self._pending = None
        self.pad.clear()
        self.pad.unlock()
        self.pad.set_busy(False)
        self.refresh_users()
        self.stack.setCurrentIndex(0)

    def _on_back_clicked(self) -> None:
        self.reset()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc goes back to the tiles. On the tiles: digit N chooses the Nth user, Enter
        the focused one (arrows and Tab move the visible focus)."""
        if event.key() == Qt.Key.Key_Escape and self.stack.currentIndex() == 1:
            self.reset()
            return
        if self.stack.currentIndex() == 0 and self._choose_by_key(event):
            return
        super().keyPressEvent(event)

    def _choose_by_key(self, event: QKeyEvent) -> bool:
        names = list(self.tiles)
        text = event.text()
        if len(text) == 1 and text in "123456789" and int(text) <= len(names):
            self.choose_user(names[int(text) - 1])
            return True
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            for name, tile in self.tiles.items():
                if tile is focused:
                    self.choose_user(name)
                    return True
            if len(names) == 1:
                self.choose_user(names[0])
                return True
        if event.key() in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Up):
            self.focusNextPrevChild(event.key() in (Qt.Key.Key_Right, Qt.Key.Key_Down))
            return True
        return False

    def showEvent(self, event: QShowEvent) -> None:
        """Pick up users added meanwhile (once the services are attached)."""
        if self.stack.currentIndex() == 0 and self._users is not None:
            self.refresh_users()
        super().showEvent(event)


def _faces(people: Sequence[Person]) -> list[tuple[str, Role]]:
    """What the tiles of ``people`` show: names and roles, in order."""
    return [(person.name, person.role) for person in people]
