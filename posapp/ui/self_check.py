"""The Qt half of ``posapp self-check``: the Qt platform starts and draws, and the files the
windows load (the "paid" chime, the app icon) are where a packaged app looks for them.

Main thread only (it may create the process's ``QGuiApplication``). Without a display
(no ``DISPLAY`` / ``WAYLAND_DISPLAY`` and no ``QT_QPA_PLATFORM``) Linux uses the offscreen
platform, so the check also runs on a headless machine or in CI.
"""

from __future__ import annotations

import os
import sys
import wave

from posapp.services.setup.self_check import CheckResult, run_check
from posapp.ui.customer_display.sound import PAID_WAV, sound_backend
from posapp.ui.resources import resource_path

APP_ICON = "icons/posapp.png"


def _needs_offscreen() -> bool:
    if os.environ.get("QT_QPA_PLATFORM") or not sys.platform.startswith("linux"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def check_qt_platform() -> str:
    """Start (or reuse) the Qt application, draw text into an image, report the platform."""
    chosen = ""
    if _needs_offscreen():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        chosen = " (no display, so offscreen)"
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFontDatabase, QGuiApplication, QImage, QPainter

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    image = QImage(120, 40, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, "Paid 12.50")
    painter.end()
    inked = any(
        image.pixelColor(x, y).lightness() < 128 for x in range(120) for y in range(0, 40, 2)
    )
    families = len(QFontDatabase.families())
    if not inked:
        raise RuntimeError(f"platform {app.platformName()} started but drew no text")
    return (
        f"platform {app.platformName()}{chosen}, Qt {pyside_version}, "
        f"{families} font families, text drawn"
    )


def check_resources() -> str:
    """The chime is a readable WAV and the icon is present where the windows look."""
    sound = resource_path(PAID_WAV)
    with wave.open(str(sound), "rb") as chime:
        seconds = chime.getnframes() / chime.getframerate()
    icon = resource_path(APP_ICON)
    if not icon.is_file():
        raise RuntimeError(f"app icon missing: {icon}")
    return f"chime {sound} ({seconds:.1f} s), icon {icon.name}"


def check_sound() -> CheckResult:
    """The paid chime's backend. A counter without one works silently: a warning, not a
    failure. Main thread, after ``check_qt_platform`` started the application."""
    try:
        return CheckResult("sound", True, sound_backend())
    except ImportError as exc:
        return CheckResult("sound", True, f"{exc}: the paid chime stays silent", warning=True)


def check_languages() -> str:
    """Every language has its compiled catalog, and a font for its script (Hindi needs
    Devanagari: posapp ships Noto Sans Devanagari). Main thread, after ``check_qt_platform``."""
    from posapp.core.i18n import LANGUAGES, SCRIPTS
    from posapp.ui.common.i18n import compiled_catalog, load_fonts

    missing = [code for code in LANGUAGES if compiled_catalog(code) is None]
    if missing:
        raise RuntimeError(f"no compiled catalog for {', '.join(missing)}")
    no_font = [code for code in SCRIPTS if not load_fonts(code)]
    if no_font:
        scripts = ", ".join(f"{code} ({SCRIPTS[code]})" for code in no_font)
        raise RuntimeError(f"no font can draw {scripts}")
    fonts = ", ".join(f"{SCRIPTS[code]} for {code}" for code in SCRIPTS)
    return f"{len(LANGUAGES)} languages ({', '.join(LANGUAGES)}), fonts: {fonts}"


def qt_checks() -> list[CheckResult]:
    """The Qt checks in order. Main thread."""
    return [
        run_check("resources", check_resources),
        run_check("qt", check_qt_platform),
        run_check("languages", check_languages),
        check_sound(),
    ]
