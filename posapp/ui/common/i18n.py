"""Putting the windows in a language: Qt translators from the compiled catalogs, the Babel
locale for numbers and dates, the fonts a script needs.

Catalog sources are ``resources/i18n/posapp_<language>.ts`` (``pyside6-lupdate`` keeps them
in step with the code). The compiled ``.qm`` files are never committed: the packaged app
carries the ones ``build.spec`` compiles with ``pyside6-lrelease``, and a checkout compiles a
missing or outdated one on first use (``compiled_catalog``). GUI thread, except
``compiled_catalog`` and ``font_files`` (any thread).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFontDatabase

from posapp.core.i18n import ENGLISH, LANGUAGES, SCRIPTS, format_locale, language_for_locale
from posapp.ui.resources import resource_path

log = logging.getLogger("posapp.i18n")

CATALOG_DIR = "i18n"
FONT_DIR = "fonts"
FONTS: dict[str, tuple[str, ...]] = {
    "Devanagari": ("NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf"),
}
"""Fonts posapp ships for the scripts that need one (Noto, SIL Open Font License)."""


@dataclass(frozen=True, slots=True)
class Language:
    """The language the windows speak and the Babel locale they format numbers in."""

    code: str
    locale: str

    def locale_for(self, currency: str) -> str:
        """The locale to format ``currency`` in (English rupees group the Indian way)."""
        return format_locale(self.code, QLocale.system().name(), currency)


def catalog_source(language: str) -> Path:
    """``resources/i18n/posapp_<language>.ts``: the catalog's source (any thread)."""
    return resource_path(f"{CATALOG_DIR}/posapp_{language}.ts")


def compiled_catalog(language: str) -> Path | None:
    """The ``.qm`` file for ``language``, compiling it from its source in a checkout when it is
    missing or older than the source; None when there is none (any thread). English has one
    too: its plural forms ("1 sale", "2 sales")."""
    if language not in LANGUAGES:
        return None
    compiled = resource_path(f"{CATALOG_DIR}/posapp_{language}.qm")
    source = catalog_source(language)
    if getattr(sys, "frozen", False) or not source.exists():
        return compiled if compiled.exists() else None
    if compiled.exists() and compiled.stat().st_mtime >= source.stat().st_mtime:
        return compiled
    import subprocess  # only to compile a catalog: not at every start

    try:
        compile_catalog(source, compiled)
    except (OSError, subprocess.CalledProcessError) as exc:
        log.warning("cannot compile %s: %s", source.name, exc)
        return compiled if compiled.exists() else None
    return compiled


def compile_catalog(source: Path, target: Path) -> None:
    """Compile one ``.ts`` into ``target`` with ``pyside6-lrelease`` (written under a temporary
    name, then renamed, so two processes never read half a file). Any thread."""
    import subprocess
    import tempfile

    with tempfile.NamedTemporaryFile(dir=target.parent, suffix=".qm", delete=False) as tmp:
        partial = Path(tmp.name)
    try:
        subprocess.run(
            [str(pyside_program("lrelease")), "-silent", str(source), "-qm", str(partial)],
            check=True,
            capture_output=True,
            timeout=60,
        )
        os.replace(partial, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()


def pyside_program(tool: str) -> Path:
    """One of PySide6's own Qt tools (``lrelease``, ``lupdate``), shipped inside the wheel."""
    import PySide6

    folder = Path(PySide6.__file__).parent
    for name in (tool, f"{tool}.exe", f"Qt/libexec/{tool}"):
        if (folder / name).exists():
            return folder / name
    raise FileNotFoundError(f"pyside6-{tool} is not installed with PySide6")


def font_files(language: str) -> tuple[Path, ...]:
    """The bundled font files ``language``'s script needs (empty for Latin scripts)."""
    script = SCRIPTS.get(language)
    return tuple(resource_path(f"{FONT_DIR}/{name}") for name in FONTS.get(script or "", ()))


_loaded_fonts: set[Path] = set()


def load_fonts(language: str) -> bool:
    """Register the bundled fonts for ``language``'s script with Qt; True when the script has a
    font to draw with (bundled or the system's). GUI thread."""
    for path in font_files(language):
        if path in _loaded_fonts:
            continue
        if QFontDatabase.addApplicationFont(str(path)) >= 0:
            _loaded_fonts.add(path)
        else:
            log.warning("cannot load font %s", path)
    return has_font_for(language)


def load_every_script() -> None:
    """Register the bundled fonts of every language's script: each language chooser shows
    each language's own name (हिन्दी). GUI thread."""
    for each in LANGUAGES:
        load_fonts(each)


def needs_bundled_font(texts: Iterable[str]) -> bool:
    """True when some of ``texts`` (user names, a shop name) has a letter of a script whose
    font posapp ships (Devanagari). Any thread."""
    return any(
        script.upper() in unicodedata.name(ch, "")
        for text in texts
        for ch in text
        if not ch.isascii()
        for script in FONTS
    )


def has_font_for(language: str) -> bool:
    """True when some installed or bundled font can draw ``language``'s script."""
    script = SCRIPTS.get(language)
    if script is None:
        return True
    system = getattr(QFontDatabase.WritingSystem, script)
    return bool(QFontDatabase.families(system))


class Translations:
    """The translators installed on the application for one language at a time (GUI thread).

    ``switch`` replaces them; Qt then sends every widget a ``LanguageChange`` event, and the
    windows that can change language while open retranslate on it.
    """

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.current = Language(ENGLISH, "en_US")

    def switch(self, language: str, *, currency: str = "", every_script: bool = True) -> Language:
        """Speak ``language`` from now on; the result says which language and locale took.
        ``every_script`` False registers only the fonts ``language`` needs: the start-up then
        calls ``load_every_script`` once the first window is up."""
        app = QCoreApplication.instance()
        for translator in self._installed:
            if app is not None:
                app.removeTranslator(translator)
        self._installed = []
        code = language if language in LANGUAGES else ENGLISH
        if every_script:
            load_every_script()
        else:
            load_fonts(code)
        if app is not None:
            self._install_qt_catalog(app, code)
        path = compiled_catalog(code)
        if path is not None and app is not None:
            translator = QTranslator(app)
            if translator.load(str(path)):
                app.installTranslator(translator)
                self._installed.append(translator)
            else:
                log.warning("cannot load catalog %s", path)
                code = ENGLISH
        elif code != ENGLISH:
            log.warning("no catalog for %s: English it is", code)
            code = ENGLISH
        self.current = Language(code, format_locale(code, QLocale.system().name(), currency))
        QLocale.setDefault(QLocale(self.current.locale))
        return self.current

    def _install_qt_catalog(self, app: QCoreApplication, language: str) -> None:
        """Qt's own words (its file dialogs) in ``language`` when Qt has them; installed
        before posapp's catalog, which wins where both have a text."""
        translator = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if language != ENGLISH and translator.load(f"qtbase_{language}", folder):
            app.installTranslator(translator)
            self._installed.append(translator)


_translations = Translations()


def translations() -> Translations:
    """The application's one ``Translations`` (GUI thread)."""
    return _translations


def current_language() -> Language:
    """The language the windows speak now (GUI thread)."""
    return _translations.current


def system_language() -> str:
    """The GUI language the machine's locale asks for (``en`` when none fits)."""
    return language_for_locale(QLocale.system().name())


class Words:
    """Texts in one language whatever the application speaks: the customer display's, when a
    tourist picks theirs. ``translate`` has ``QCoreApplication.translate``'s signature, so
    lupdate extracts ``words.translate("CustomerDisplay", "Paid")`` calls. GUI thread."""

    def __init__(self, language: str, *, currency: str = "") -> None:
        self.language = language if language in LANGUAGES else ENGLISH
        self.locale = format_locale(self.language, QLocale.system().name(), currency)
        self._translator = QTranslator()
        path = compiled_catalog(self.language)
        if path is None or not self._translator.load(str(path)):
            self._translator = None
        load_fonts(self.language)

    def translate(
        self, context: str, text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        """``text`` in this language (the English source when the catalog lacks it); ``%n``
        becomes ``n``."""
        found = (
            self._translator.translate(context, text, disambiguation, n)
            if self._translator is not None
            else ""
        )
        found = found or text
        return found.replace("%n", str(n)) if n >= 0 else found
