"""The GUI ends when asked, on a real X server: SIGTERM, SIGINT, SIGHUP (logout, closed
terminal) and closing the cashier window each end the process within 5 s, with the SQLite
database closed cleanly (its -wal file checkpointed away).

Each test starts its own ``Xvfb`` and runs the real GUI with ``QT_QPA_PLATFORM=xcb``
(offscreen hides the window-closing behaviour of a real platform). Skipped when Xvfb is not
installed (Debian: ``xvfb``); the xcb plugin needs ``libxcb-cursor0``, ``libxcb-icccm4``,
``libxcb-keysyms1`` and the other libraries listed in the README.
"""

from __future__ import annotations

import os
import select
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.gui_process import SHOWN, GuiProcess, gui_env

EXIT_WITHIN_S = 5.0
DRIVER = Path(__file__).parents[1] / "support" / "gui_driver.py"
NO_TCP = ("-nolisten", "tcp")
STOPPED = "counter stopped in"
"""Logged (``-v``) by the counter's shutdown: threads stopped, windows closed."""
pytestmark = pytest.mark.slow


class Xvfb:
    """A virtual X server on the first free display number."""

    def __init__(self) -> None:
        binary = shutil.which("Xvfb")
        if binary is None:
            pytest.skip("Xvfb is not installed (Debian package xvfb): no X server for xcb")
        read_end, write_end = os.pipe()
        self.proc = subprocess.Popen(
            [binary, "-displayfd", str(write_end), "-screen", "0", "1280x800x24", *NO_TCP],
            pass_fds=(write_end,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write_end)
        number = b""
        try:
            while not number.endswith(b"\n"):
                ready, _, _ = select.select([read_end], [], [], 30)
                chunk = os.read(read_end, 16) if ready else b""
                if not chunk:
                    self.stop()
                    pytest.fail("Xvfb did not start")
                number += chunk
        finally:
            os.close(read_end)
        self.display = f":{number.decode().strip()}"

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
        self.proc.wait()


@pytest.fixture
def xvfb(tmp_path: Path) -> Iterator[Xvfb]:
    """A fresh X server; fails (not skips) when Qt's xcb plugin cannot load on it."""
    server = Xvfb()
    env = gui_env(tmp_path / "probe-home", platform="xcb", DISPLAY=server.display)
    env["QT_DEBUG_PLUGINS"] = "1"
    probe = subprocess.run(
        [sys.executable, "-c", "from PySide6.QtWidgets import QApplication; QApplication([])"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    if probe.returncode != 0:
        server.stop()
        missing = [line for line in probe.stderr.splitlines() if "cannot" in line.lower()]
        pytest.fail(f"Qt's xcb platform plugin does not load: {missing or probe.stderr[-800:]}")
    yield server
    server.stop()


def start_gui(tmp_path: Path, display: str, action: str, run: int) -> tuple[GuiProcess, Path]:
    """``posapp --demo --data-dir NEW`` under the test driver, up and done with ``action``."""
    data_dir = tmp_path / f"demo-{run}"
    env = gui_env(tmp_path / "home", platform="xcb", DISPLAY=display)
    argv = [sys.executable, str(DRIVER), action, "--", "-v", "--demo"]
    proc = GuiProcess([*argv, "--data-dir", str(data_dir)], env, tmp_path)
    waited = "driver: paid" if action == "paid" else "driver: ready"
    if not proc.wait_for(waited):
        proc.stop()
        pytest.fail(f"the GUI did not get to {waited!r}:\n{proc.output}")
    return proc, data_dir


def assert_ended_cleanly(proc: GuiProcess, data_dir: Path, what: str, exit_code: int = 0) -> None:
    """Ended within EXIT_WITHIN_S with ``exit_code``, counter shut down, database closed."""
    ended = proc.exited_within(EXIT_WITHIN_S)
    code = proc.stop()
    assert ended, f"still running {EXIT_WITHIN_S} s after {what}:\n{proc.output}"
    assert code == exit_code, f"exit {code} after {what}:\n{proc.output}"
    assert any(STOPPED in line for line in proc.lines), proc.output
    assert (data_dir / "posapp.db").exists()
    assert not (data_dir / "posapp.db-wal").exists(), f"database not closed after {what}"


RUNS = [
    ("idle", signal.SIGTERM),
    ("paid", signal.SIGTERM),
    ("idle", signal.SIGINT),
    ("paid", signal.SIGINT),
    ("paid", signal.SIGHUP),
] * 2


def test_signals_end_the_gui_ten_times_in_a_row(tmp_path: Path, xvfb: Xvfb) -> None:
    for run, (action, sig) in enumerate(RUNS):
        proc, data_dir = start_gui(tmp_path, xvfb.display, action, run)
        proc.send(sig)
        assert_ended_cleanly(proc, data_dir, f"run {run}: {sig.name} ({action})")


def test_closing_the_cashier_window_ends_the_gui(tmp_path: Path, xvfb: Xvfb) -> None:
    for run in range(3):
        proc, data_dir = start_gui(tmp_path, xvfb.display, "close", run)
        assert_ended_cleanly(proc, data_dir, f"run {run}: closing the cashier window")


def test_the_posapp_command_ends_on_sigterm(tmp_path: Path, xvfb: Xvfb) -> None:
    """The console entry point itself (no driver): up, SIGTERM, gone."""
    data_dir = tmp_path / "demo"
    env = gui_env(tmp_path / "home", platform="xcb", DISPLAY=xvfb.display)
    proc = GuiProcess.posapp(["--demo", "--data-dir", str(data_dir)], env, tmp_path)
    if not proc.wait_for(SHOWN):
        proc.stop()
        pytest.fail(f"the GUI did not come up:\n{proc.output}")
    proc.send(signal.SIGTERM)
    assert_ended_cleanly(proc, data_dir, "SIGTERM")


def test_losing_the_display_ends_the_gui(tmp_path: Path, xvfb: Xvfb) -> None:
    """Logging out ends the X session: without its display the GUI shuts down as for a
    signal (Qt leaves the event loop with exit code 1)."""
    proc, data_dir = start_gui(tmp_path, xvfb.display, "paid", 0)
    xvfb.stop()
    assert_ended_cleanly(proc, data_dir, "the X server went away", exit_code=1)
