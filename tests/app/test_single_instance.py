"""A second posapp on the same data dir is refused with a message, and the first one's
window is asked to come forward."""

from __future__ import annotations

import argparse
from pathlib import Path

from posapp.app import run_gui
from posapp.app.single_instance import InstanceGuard


def test_a_second_guard_is_refused_and_rings_the_first(qtbot, tmp_path: Path) -> None:
    first = InstanceGuard(tmp_path)
    assert first.acquire()
    second = InstanceGuard(tmp_path)
    with qtbot.waitSignal(first.raise_requested, timeout=2000):
        assert not second.acquire()
    first.release()
    third = InstanceGuard(tmp_path)
    assert third.acquire()  # free again once the first let go
    third.release()
    assert InstanceGuard(tmp_path / "not-made-yet").acquire()  # other checks speak then


def test_run_gui_refuses_a_second_posapp_on_one_data_dir(qapp, tmp_path: Path, capsys) -> None:
    data_dir = tmp_path / "shop"
    data_dir.mkdir()
    running = InstanceGuard(data_dir)
    assert running.acquire()
    try:
        args = argparse.Namespace(data_dir=str(data_dir), database_url=None, demo=False,
                                  verbose=False)  # fmt: skip
        assert run_gui(args) == 1
    finally:
        running.release()
    err = capsys.readouterr().err
    assert "posapp is already running" in err and str(data_dir) in err
