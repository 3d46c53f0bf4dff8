"""The status bar's webhook indicator: shown to owners and admins while deliveries to the
shop's backend fail (events waiting, the last error); hidden for cashiers, when all is
delivered and when webhooks are off.

It only displays ``DeliveryHealth`` values the delivery thread computed; it never reads the
database. GUI thread.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from posapp.ui.theme import TONES, Tone
from posapp.webhooks.health import DeliveryHealth

PROBLEM_CHARS = 48


def indicator_text(health: DeliveryHealth) -> str:
    """One short line: ``Webhooks: 3 waiting · HTTP 500`` (pure, any thread)."""
    counts = "not sending" if health.stopped else f"{health.waiting} waiting"
    if health.given_up:
        counts += f", {health.given_up} not delivered"
    problem = health.problem
    if len(problem) > PROBLEM_CHARS:
        problem = problem[: PROBLEM_CHARS - 1] + "…"
    return f"⚠ Webhooks: {counts}" + (f" · {problem}" if problem else "")


def indicator_tooltip(health: DeliveryHealth) -> str:
    """The details for the tooltip (pure, any thread)."""
    lines = []
    if not health.stopped:
        lines.append(
            f"Webhook events waiting to reach your backend: {health.waiting}"
            + (f" ({health.retrying} after a failed attempt)" if health.retrying else "")
        )
    if health.given_up:
        lines.append(
            f"Not delivered after every retry, or refused: {health.given_up} "
            "(send them again with `posapp webhooks replay`)"
        )
    if health.blocked:
        lines.append(f"Sending is stopped: {health.blocked}")
    if health.last_error:
        lines.append(f"Last error: {health.last_error}")
    lines.append("Waiting events are retried automatically; sales are not affected.")
    return "\n".join(lines)


class WebhookIndicator(QLabel):
    """A discreet warning label; visible only when allowed and deliveries fail."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """GUI thread. Starts hidden."""
        super().__init__(parent)
        self.setObjectName("webhookIndicator")
        colors = TONES[Tone.WARNING]
        self.setStyleSheet(f"color: {colors.fg}; padding: 4px 10px;")
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
        if health is None or not health.failing:
            self.clear()
            self.setToolTip("")
            self.setVisible(False)
            return
        self.setText(indicator_text(health))
        self.setToolTip(indicator_tooltip(health))
        self.setVisible(self._allowed)
