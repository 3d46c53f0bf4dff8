"""Colours, tones and style sheets shared by every window (pure data; GUI thread use).

One palette keeps the cashier window and the customer display consistent: green means
money arrived, amber means attention, red means a problem, orange means test money.
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


STATUS_COLORS = {
    "open": "#1f5fbf",
    "partially_paid": "#b35300",
    "paid": "#1b7a3a",
    "expired": "#6b6b6b",
    "paid_late": "#8a6d00",
    "cancelled": "#8c8c8c",
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
#amountDisplay {{ color: {INK}; }}
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
QStatusBar {{ background: {SURFACE}; border-top: 1px solid {LINE}; }}
QStatusBar::item {{ border: none; }}
QToolBar {{ background: {SURFACE}; border-bottom: 1px solid {LINE}; spacing: 6px; padding: 4px; }}
QToolBar QToolButton {{
    padding: 6px 10px; border: 1px solid #D0D5DD; border-radius: 6px; background: #F9FAFB;
}}
"""
