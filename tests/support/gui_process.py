"""Run the real ``posapp`` GUI as a child process and follow its log (tests only).

``GuiProcess`` starts ``python -m posapp -v …`` (or the test driver ``gui_driver.py``) with a
private HOME, no keyring and the given Qt platform, reads its stderr on a thread, and lets a
test wait for a log line, send a signal and see whether the process ended.
"""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path

SHOWN = "cashier window shown"
"""Logged (``-v``) once the cashier window is up."""
START_TIMEOUT_S = 60.0
"""How long a test waits for the GUI to come up on a loaded machine (a hang guard)."""


def gui_env(home: Path, *, platform: str = "offscreen", **extra: str) -> dict[str, str]:
    """An environment for a GUI child: private HOME and config dirs, no keyring, no shop
    taken from the caller's environment, the Qt ``platform``."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("POSAPP_") or k.startswith("POSAPP_TEST_")
    }
    home.mkdir(parents=True, exist_ok=True)
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_RUNTIME_DIR=str(home / "run"),
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
        QT_QPA_PLATFORM=platform,
        QT_LOGGING_RULES="qt.qpa.*=false;qt.multimedia.*=false",
        PYTHONUNBUFFERED="1",
    )
    (home / "run").mkdir(mode=0o700, exist_ok=True)
    env.update(extra)
    return env


class GuiProcess:
    """A posapp GUI child process whose stderr lines are collected as they come."""

    def __init__(self, argv: Sequence[str], env: dict[str, str], cwd: Path) -> None:
        self.argv = list(argv)
        self.proc = subprocess.Popen(
            self.argv,
            env=env,
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,
        )
        self.lines: list[str] = []
        self._queue: queue.Queue[str | None] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    @classmethod
    def posapp(cls, args: Sequence[str], env: dict[str, str], cwd: Path) -> GuiProcess:
        """``python -m posapp -v ARGS``: the real command line."""
        return cls([sys.executable, "-m", "posapp", "-v", *args], env, cwd)

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self._queue.put(line.rstrip("\n"))
        self._queue.put(None)

    def wait_for(self, text: str, timeout: float = START_TIMEOUT_S) -> bool:
        """True once a line containing ``text`` was printed; False when the process ended or
        ``timeout`` passed first."""
        if any(text in line for line in self.lines):
            return True
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            try:
                line = self._queue.get(timeout=left)
            except queue.Empty:
                return False
            if line is None:
                self._queue.put(None)
                return False
            self.lines.append(line)
            if text in line:
                return True
        return False

    def send(self, sig: signal.Signals) -> None:
        """Send ``sig`` to the posapp process itself (not its group)."""
        self.proc.send_signal(sig)

    def exited_within(self, seconds: float) -> bool:
        """Whether the process ended within ``seconds`` (it is left running otherwise)."""
        try:
            self.proc.wait(timeout=seconds)
        except subprocess.TimeoutExpired:
            return False
        return True

    def stop(self) -> int:
        """End the process for good (SIGKILL if it still runs); its exit code."""
        if self.proc.poll() is None:
            self.proc.kill()
        code = self.proc.wait()
        self._reader.join(timeout=5)
        while True:
            try:
                line = self._queue.get_nowait()
            except queue.Empty:
                break
            if line is not None:
                self.lines.append(line)
        return code

    @property
    def output(self) -> str:
        """Everything printed so far, for assertion messages."""
        return "\n".join(self.lines[-40:])
