"""Settings → Language: this counter's languages (its own preference, not the shop's).

The windows' language (the system's when none is chosen), the customer display's own language
(for a shop that serves tourists), and whether the display offers the customer a language
button. GUI thread.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QVBoxLayout, QWidget

from posapp.core.i18n import LANGUAGES
from posapp.ui.common.i18n import current_language
from posapp.ui.common.widgets import add_row, hint
from posapp.ui.counter_prefs import CounterPrefs


class LanguageTab(QWidget):
    """The three language choices, read from and written to ``CounterPrefs``."""

    def __init__(self, prefs: CounterPrefs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._prefs = prefs
        self.windows = QComboBox()
        self.windows.setObjectName("windowsLanguage")
        self.windows.addItem(self.tr("The system's language"), "")
        self.display = QComboBox()
        self.display.setObjectName("displayLanguage")
        self.display.addItem(self.tr("The same as the windows"), "")
        for code, name in LANGUAGES.items():
            self.windows.addItem(name, code)
            self.display.addItem(name, code)
        self.choice = QCheckBox(self.tr("Customers can choose the display's language"))
        self.choice.setObjectName("displayLanguageButton")
        self.windows.setCurrentIndex(max(self.windows.findData(prefs.language), 0))
        self.display.setCurrentIndex(max(self.display.findData(prefs.display_language), 0))
        self.choice.setChecked(prefs.display_language_button)
        form = QFormLayout()
        add_row(form, self.tr("Windows:"), self.windows)
        add_row(form, self.tr("Customer display:"), self.display)
        add_row(form, "", self.choice)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            hint(
                self.tr(
                    "These choices belong to this counter. A new language for the windows shows"
                    " after posapp restarts; the customer display changes at once. With the"
                    " choice on, the display's welcome screen has a Language button, and a"
                    " customer's choice lasts until their sale is over."
                )
            )
        )
        layout.addStretch(1)

    def save(self) -> bool:
        """Write the choices; True when the windows' language changed (a restart shows it)."""
        before = self._prefs.language or current_language().code
        self._prefs.language = str(self.windows.currentData() or "")
        self._prefs.display_language = str(self.display.currentData() or "")
        self._prefs.display_language_button = self.choice.isChecked()
        self._prefs.sync()
        return bool(self._prefs.language) and self._prefs.language != before
