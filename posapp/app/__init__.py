"""The GUI: start-up and shut-down (``startup``), the running counter's windows and
threads (``counter``) and ``posapp --demo``'s local network and simulated customer
(``demo``). The only place that wires Qt windows to services."""

from posapp.app.startup import run_gui

__all__ = ["run_gui"]
