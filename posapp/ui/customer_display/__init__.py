"""The customer-facing display window, its pages, the paid chime and screen placement."""

from posapp.ui.customer_display.window import CustomerDisplay

__all__ = ["CustomerDisplay"]
