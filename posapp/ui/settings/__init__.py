"""The admin's settings dialog (shop, network and account, webhook, security, users)."""

from posapp.ui.settings.settings_dialog import SettingsDialog

__all__ = ["SettingsDialog"]
