"""First-run setup wizard (and the form fields the settings dialog shares)."""

from posapp.ui.setup.setup_wizard import SetupWizard

__all__ = ["SetupWizard"]
