"""The GUI: start-up and shut-down (``startup``) and the running counter's windows and
threads (``counter``). The only place, besides ``posapp.demo``, that wires Qt windows to
services."""

from posapp.app.startup import run_gui

__all__ = ["run_gui"]
