"""Colours, tones and style sheets shared by every window (pure data; GUI thread use).

Every colour posapp paints with is named here. One palette keeps the cashier window and the
customer display consistent: green means money arrived, amber means attention, red means a
problem, orange means test money. The forms (setup wizard, login, settings, history) use a
slate-and-blue palette of their own, also named here.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

INK = "#101828"
MUTED = "#667085"
FAINT = "#98A2B3"
LINE = "#E4E7EC"
SURFACE = "#FFFFFF"
BACKGROUND = "#F2F4F7"
GO = "#12803B"
GO_PRESSED = "#0B6630"
PAID = "#13893F"
TESTNET = "#E8590C"
MONO_FAMILY = "DejaVu Sans Mono, Menlo, Consolas, monospace"

# ---- forms: setup wizard, login, settings, history (a slate and blue palette) ----------
WHITE = "#ffffff"
WHITE_SOFT = "rgba(255, 255, 255, 0.85)"
SLATE_50 = "#f8fafc"
SLATE_100 = "#f1f5f9"
SLATE_200 = "#e2e8f0"
SLATE_300 = "#cbd5e1"
SLATE_400 = "#94a3b8"
SLATE_500 = "#64748b"
SLATE_600 = "#475569"
SLATE_700 = "#334155"
SLATE_900 = "#0f172a"
BLUE_50 = "#eff6ff"
BLUE_100 = "#dbeafe"
BLUE_300 = "#93c5fd"
BLUE_700 = "#1d4ed8"
BLUE_800 = "#1e40af"
BLUE_900 = "#1e3a8a"
GREEN_50 = "#f0fdf4"
GREEN_300 = "#86efac"
GREEN_700 = "#15803d"
GREEN_900 = "#14532d"
AMBER_50 = "#fffbeb"
AMBER_300 = "#fcd34d"
AMBER_900 = "#78350f"
RED_50 = "#fef2f2"
RED_300 = "#fca5a5"
RED_700 = "#b91c1c"
RED_900 = "#7f1d1d"
GREY_600 = "#475467"
CAPTION_GREY = "#5f6368"
ROLE_CASHIER = "#0f766e"
ROLE_OWNER = "#7c3aed"
HISTORY_OPEN = "#1f5fbf"
HISTORY_PARTIAL = "#b35300"
HISTORY_PAID = "#1b7a3a"
HISTORY_EXPIRED = "#6b6b6b"
HISTORY_LATE = "#8a6d00"
HISTORY_CANCELLED = "#8c8c8c"
RECONCILE_MISSING = "#b3261e"
RECONCILE_EXTRA = "#8a4b00"
RECONCILE_TOTAL = "#5b4a9e"
RECONCILE_OVERPAID = "#00639b"
RECONCILE_REFUND = "#1e6b35"
CHART_BAR = "#2e7d5b"
QR_DARK = "#000000"
QR_LIGHT = "#ffffff"

STATUS_COLORS = {
    "open": HISTORY_OPEN,
    "partially_paid": HISTORY_PARTIAL,
    "paid": HISTORY_PAID,
    "expired": HISTORY_EXPIRED,
    "paid_late": HISTORY_LATE,
    "cancelled": HISTORY_CANCELLED,
}
"""Text colour of a sale's status in the history window, by ``SessionStatus`` value."""


class Tone(StrEnum):
    """The meaning of a coloured element."""

    NEUTRAL = "neutral"
    INFO = "info"
    SUCCESS = "success"
    WARNING = "warning"
    DANGER = "danger"


@dataclass(frozen=True, slots=True)
class ToneColors:
    """Foreground, soft background and strong background of a tone."""

    fg: str
    soft: str
    strong: str


TONES: dict[Tone, ToneColors] = {
    Tone.NEUTRAL: ToneColors("#344054", "#F2F4F7", "#475467"),
    Tone.INFO: ToneColors("#1849A9", "#D1E9FF", "#1570EF"),
    Tone.SUCCESS: ToneColors("#085D3A", "#D3F8DF", PAID),
    Tone.WARNING: ToneColors("#93370D", "#FEF0C7", "#DC6803"),
    Tone.DANGER: ToneColors("#912018", "#FEE4E2", "#D92D20"),
}


def pill_style(tone: Tone) -> str:
    """Style sheet of a rounded status label in ``tone``."""
    c = TONES[tone]
    return (
        f"color: {c.fg}; background: {c.soft}; border-radius: 14px;"
        " padding: 4px 14px; font-weight: 600;"
    )


def banner_style(tone: Tone) -> str:
    """Style sheet of a full-width message strip in ``tone``."""
    c = TONES[tone]
    return (
        f"color: {c.fg}; background: {c.soft}; border: 1px solid {c.strong};"
        " border-radius: 8px; padding: 8px 12px;"
    )


CASHIER_STYLE = f"""
QMainWindow, #cashierRoot {{ background: {BACKGROUND}; }}
#card {{ background: {SURFACE}; border: 1px solid {LINE}; border-radius: 12px; }}
#caption {{ color: {MUTED}; font-size: 13px; font-weight: 600; letter-spacing: 1px; }}
#muted {{ color: {MUTED}; }}
#amountDisplay {{ color: {INK}; border-bottom: 3px solid transparent; }}
#amountDisplay[typing="true"] {{ border-bottom: 3px solid #84ADFF; }}
QLineEdit#note {{
    border: 1px solid {LINE}; border-radius: 8px; padding: 8px 10px; font-size: 16px;
    background: {SURFACE}; color: {INK};
}}
QLineEdit#note:focus {{ border: 2px solid #84ADFF; }}
QPushButton#key {{
    background: {SURFACE}; color: {INK}; border: 1px solid #D0D5DD; border-radius: 10px;
    font-size: 28px; font-weight: 500;
}}
QPushButton#key:pressed {{ background: #EAECF0; }}
QPushButton#key:disabled {{ color: #D0D5DD; border-color: {LINE}; }}
QPushButton#editKey {{
    background: #F9FAFB; color: #344054; border: 1px solid #D0D5DD; border-radius: 10px;
    font-size: 22px; font-weight: 600;
}}
QPushButton#editKey:pressed {{ background: #EAECF0; }}
QPushButton#editKey:disabled {{ color: #D0D5DD; border-color: {LINE}; }}
QPushButton#chargeKey {{
    background: {GO}; color: white; border: none; border-radius: 10px;
    font-size: 20px; font-weight: 700;
}}
QPushButton#chargeKey:pressed {{ background: {GO_PRESSED}; }}
QPushButton#chargeKey:disabled {{ background: #A6D9B8; color: #F0FBF4; }}
QPushButton#cancelSale {{
    background: {SURFACE}; color: #B42318; border: 1px solid #FDA29B; border-radius: 8px;
    font-size: 16px; font-weight: 600; padding: 10px 18px;
}}
QPushButton#cancelSale:pressed {{ background: #FEF3F2; }}
QFrame#saleActions {{
    background: #FFFAEB; border: 1px solid #FEC84B; border-radius: 10px;
}}
QPushButton#saleAction {{
    font-size: 15px; padding: 6px 12px; border-radius: 8px; background: {SURFACE};
    border: 1px solid #D0D5DD;
}}
QPushButton#saleAction:pressed {{ background: #EAECF0; }}
QStatusBar {{ background: {SURFACE}; border-top: 1px solid {LINE}; }}
QStatusBar::item {{ border: none; }}
QToolBar {{ background: {SURFACE}; border-bottom: 1px solid {LINE}; spacing: 6px; padding: 4px; }}
QToolBar QToolButton {{
    padding: 6px 10px; border: 1px solid #D0D5DD; border-radius: 6px; background: #F9FAFB;
}}
"""
