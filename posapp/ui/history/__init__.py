"""The owner's sales history window (see ``window.HistoryWindow``)."""

from posapp.ui.history.window import HistoryWindow

__all__ = ["HistoryWindow"]
