"""The cashier's status bar: failing webhook deliveries (owners and admins only), which
network (test money in orange), detection state, rate; passing messages appear on the left.

GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStatusBar, QWidget

from posapp.core.connection import ConnectionStatus
from posapp.core.i18n import QT_TRANSLATE_NOOP
from posapp.stellar.networks import Network
from posapp.ui.cashier.connection import connection_view
from posapp.ui.cashier.webhook_indicator import WebhookIndicator
from posapp.ui.common.plain_text import ElidedLabel, PlainLabel, escaped
from posapp.ui.common.theme import MUTED, TESTNET, TONES, WHITE, Tone

TEST_NETWORK_TEXT = QT_TRANSLATE_NOOP("CashierStatusBar", "TEST NETWORK — not real money")
"""The test network's badge (English; shown translated in context ``CashierStatusBar``)."""


class CashierStatusBar(QStatusBar):
    """Network badge, connection and rate source, always visible; the webhook indicator
    when deliveries fail (GUI thread)."""

    def __init__(self, network: Network, parent: QWidget | None = None) -> None:
        """GUI thread."""
        super().__init__(parent)
        self.setSizeGripEnabled(False)
        self.user_label = ElidedLabel()
        self.user_label.setObjectName("signedInUser")
        self.user_label.setStyleSheet(f"color: {MUTED}; padding: 4px 10px; font-weight: 600;")
        self.addPermanentWidget(self.user_label)
        self.webhook_indicator = WebhookIndicator()
        self.addPermanentWidget(self.webhook_indicator)
        self.network_label = PlainLabel()
        self.network_label.setObjectName("networkBadge")
        if network.is_public:
            self.network_label.setText(self.tr("Stellar public network"))
            self.network_label.setStyleSheet(f"color: {MUTED}; padding: 4px 10px;")
        else:
            self.network_label.setText(
                QCoreApplication.translate("CashierStatusBar", TEST_NETWORK_TEXT)
            )
            self.network_label.setStyleSheet(
                f"background: {TESTNET}; color: {WHITE}; font-weight: 700; padding: 4px 12px;"
                " border-radius: 6px;"
            )
        # Permanent, so a passing message never hides which network this is.
        self.addPermanentWidget(self.network_label)
        self.connection_label = PlainLabel()
        self.connection_label.setObjectName("connectionState")
        self.rate_label = PlainLabel(self.tr("Rate: waiting…"))
        self.rate_label.setObjectName("rateSource")
        self.rate_label.setStyleSheet(f"color: {MUTED}; padding: 4px 10px;")
        self.addPermanentWidget(self.connection_label)
        self.addPermanentWidget(self.rate_label)
        self.show_connection(None)

    def show_user(self, name: str, role: str) -> None:
        """Who is signed in, always visible (not only inside a menu). GUI thread."""
        self.user_label.setText(self.tr("Signed in: {name} ({role})").format(name=name, role=role))

    def show_connection(self, status: ConnectionStatus | None) -> None:
        """Show the detection state with a coloured dot. GUI thread."""
        view = connection_view(status)
        colors = TONES[view.tone]
        self.connection_label.setText(self.tr("● Payments: {state}").format(state=view.label))
        self.connection_label.setToolTip(
            escaped(view.banner or self.tr("Payments are detected as they happen."))
        )
        self.connection_label.setStyleSheet(
            f"color: {colors.fg}; background: {colors.soft}; font-weight: 600;"
            " padding: 4px 10px; border-radius: 6px;"
        )

    def show_rate(self, text: str, *, problem: bool = False) -> None:
        """Show the rate and its source; ``problem`` colours it as a warning. GUI thread."""
        self.rate_label.setText(text)
        color = TONES[Tone.DANGER].fg if problem else MUTED
        self.rate_label.setStyleSheet(f"color: {color}; padding: 4px 10px;")
