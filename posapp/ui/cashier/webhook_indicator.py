"""The status bar's webhook indicator: shown to owners and admins while deliveries to the
shop's backend fail (events waiting, the last error); hidden for cashiers, when all is
delivered and when webhooks are off.

It only displays ``DeliveryHealth`` values the delivery thread computed; it never reads the
database. GUI thread.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from posapp.ui.common.plain_text import ElidedLabel
from posapp.ui.common.theme import TONES, Tone
from posapp.webhooks.health import DeliveryHealth

PROBLEM_CHARS = 40
MIN_WIDTH = 140
PADDING_X = 10
_EXCEPTION = re.compile(r"^[A-Z][A-Za-z]*(?:Error|Exception|Timeout)\w*: (.+)$", re.DOTALL)
_ERRNO = re.compile(r"^\[Errno -?\d+\]\s*")
_TRAILING_DETAIL = re.compile(r"\s*\([A-Za-z]+\)$")


def short_problem(problem: str) -> str:
    """The gist of an error for one line: ``Connection refused`` for ``ConnectError:
    [Errno 111] Connection refused``, ``timed out`` for ``timed out (ReadTimeout)``; at most
    ``PROBLEM_CHARS`` characters (pure, any thread)."""
    match = _EXCEPTION.match(problem)
    if match:
        problem = match.group(1)
    problem = _TRAILING_DETAIL.sub("", _ERRNO.sub("", problem))
    if len(problem) > PROBLEM_CHARS:
        problem = problem[: PROBLEM_CHARS - 1] + "…"
    return problem


def indicator_text(health: DeliveryHealth) -> str:
    """One short line: ``Webhooks: 3 waiting · HTTP 500``, in the current language (pure, any
    thread: Qt's translation lookup is thread-safe)."""
    problem = short_problem(health.problem)
    waiting = health.waiting  # a plain name: lupdate skips a call whose count is ``a.b``
    if health.stopped:
        return _stopped_text(health.given_up, bool(problem)).format(problem=problem)
    if health.given_up:
        if problem:
            text = QCoreApplication.translate(
                "WebhookIndicator",
                "⚠ Webhooks: %n waiting, {given_up} not delivered · {problem}",
                "",
                waiting,
            )
        else:
            text = QCoreApplication.translate(
                "WebhookIndicator",
                "⚠ Webhooks: %n waiting, {given_up} not delivered",
                "",
                waiting,
            )
    elif problem:
        text = QCoreApplication.translate(
            "WebhookIndicator", "⚠ Webhooks: %n waiting · {problem}", "", waiting
        )
    else:
        text = QCoreApplication.translate("WebhookIndicator", "⚠ Webhooks: %n waiting", "", waiting)
    return text.format(given_up=health.given_up, problem=problem)


def _stopped_text(given_up: int, problem: bool) -> str:
    """The template of the line while delivery could not start."""
    if given_up:
        if problem:
            return QCoreApplication.translate(
                "WebhookIndicator",
                "⚠ Webhooks: not sending, %n not delivered · {problem}",
                "",
                given_up,
            )
        return QCoreApplication.translate(
            "WebhookIndicator", "⚠ Webhooks: not sending, %n not delivered", "", given_up
        )
    if problem:
        return QCoreApplication.translate("WebhookIndicator", "⚠ Webhooks: not sending · {problem}")
    return QCoreApplication.translate("WebhookIndicator", "⚠ Webhooks: not sending")


def indicator_tooltip(health: DeliveryHealth) -> str:
    """The details for the tooltip (pure, any thread)."""
    lines = []
    if not health.stopped:
        if health.retrying:
            waiting = QCoreApplication.translate(
                "WebhookIndicator",
                "Webhook events waiting to reach your backend: {waiting} ({retrying} after a"
                " failed attempt)",
            )
        else:
            waiting = QCoreApplication.translate(
                "WebhookIndicator", "Webhook events waiting to reach your backend: {waiting}"
            )
        lines.append(waiting.format(waiting=health.waiting, retrying=health.retrying))
    if health.given_up:
        lines.append(
            QCoreApplication.translate(
                "WebhookIndicator",
                "Not delivered after every retry, or refused: {given_up} (send them again"
                " with `posapp webhooks replay`)",
            ).format(given_up=health.given_up)
        )
    if health.blocked:
        lines.append(
            QCoreApplication.translate("WebhookIndicator", "Sending is stopped: {reason}").format(
                reason=health.blocked
            )
        )
    if health.last_error:
        lines.append(
            QCoreApplication.translate("WebhookIndicator", "Last error: {error}").format(
                error=health.last_error
            )
        )
    lines.append(
        QCoreApplication.translate(
            "WebhookIndicator",
            "Waiting events are retried automatically; sales are not affected.",
        )
    )
    return "\n".join(lines)


class WebhookIndicator(ElidedLabel):
    """A discreet warning label; visible only when allowed and deliveries fail. When the
    status bar is narrow it gives way first (``MIN_WIDTH``): its text is elided, the full
    line stays in ``text()`` and the details in the tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """GUI thread. Starts hidden."""
        super().__init__(parent=parent, padding_x=PADDING_X, min_width=MIN_WIDTH, cut_tooltip=False)
        self.setObjectName("webhookIndicator")
        colors = TONES[Tone.WARNING]
        self.setStyleSheet(f"color: {colors.fg}; padding: 4px {PADDING_X}px;")
        self._allowed = False
        self._health: DeliveryHealth | None = None
        self.setVisible(False)

    def set_allowed(self, allowed: bool) -> None:
        """Whether the signed-in user may see webhook problems (owner, admin). GUI thread."""
        self._allowed = allowed
        self._refresh()

    def show_health(self, health: DeliveryHealth) -> None:
        """Show the latest delivery health. GUI thread."""
        self._health = health
        self._refresh()

    def _refresh(self) -> None:
        health = self._health
        failing = health is not None and health.failing
        self.setToolTip(indicator_tooltip(health) if health is not None and failing else "")
        self.setText(indicator_text(health) if health is not None and failing else "")
        self.setVisible(failing and self._allowed)
