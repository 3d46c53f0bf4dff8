"""The background-task API: results and errors on the GUI thread, results for destroyed
owners dropped, latest request wins per key, progress and cancel; ``error_text``."""

from __future__ import annotations

import threading

import httpx
import pytest
from PySide6.QtCore import QObject, QThreadPool
from PySide6.QtWidgets import QWidget

from posapp.core.errors import RateUnavailable
from posapp.workers.errors import error_text
from posapp.workers.tasks import TaskProgress, TaskRunner, run_task

WAIT_MS = 10_000


def test_run_task_delivers_the_result_on_the_gui_thread(qtbot) -> None:
    gui = threading.get_ident()
    seen: list[tuple[object, int, int]] = []

    def work() -> int:
        return threading.get_ident()

    run_task(work, lambda worker: seen.append((worker, threading.get_ident(), 0)))
    qtbot.waitUntil(lambda: bool(seen), timeout=WAIT_MS)
    worker, delivered_on, _ = seen[0]
    assert worker != gui  # ran on a pool thread
    assert delivered_on == gui


def test_an_error_reaches_on_error_on_the_gui_thread(qtbot) -> None:
    gui = threading.get_ident()
    errors: list[tuple[Exception, int]] = []

    def work() -> None:
        raise RateUnavailable("no rate for XYZ")

    run_task(work, lambda _r: None, lambda exc: errors.append((exc, threading.get_ident())))
    qtbot.waitUntil(lambda: bool(errors), timeout=WAIT_MS)
    exc, thread = errors[0]
    assert isinstance(exc, RateUnavailable) and thread == gui


def test_the_result_is_dropped_when_the_owner_was_destroyed(qtbot) -> None:
    owner = QWidget()
    release = threading.Event()
    delivered: list[object] = []
    finished: list[object] = []
    run_task(lambda: release.wait(WAIT_MS / 1000) and "late", delivered.append, owner=owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(owner), timeout=WAIT_MS)
    release.set()
    run_task(lambda: "after", finished.append)  # FIFO on the GUI thread: arrives after
    qtbot.waitUntil(lambda: bool(finished), timeout=WAIT_MS)
    QThreadPool.globalInstance().waitForDone(WAIT_MS)
    qtbot.wait(50)
    assert delivered == []


def test_a_runner_drops_results_after_its_owner_is_gone(qtbot) -> None:
    owner = QObject()
    runner = TaskRunner(owner, max_threads=1)
    release = threading.Event()
    delivered: list[object] = []
    runner.run(lambda: release.wait(WAIT_MS / 1000), delivered.append)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(owner), timeout=WAIT_MS)
    release.set()
    qtbot.wait(200)
    assert delivered == []


def test_the_latest_request_of_a_key_wins(qtbot) -> None:
    runner = TaskRunner(max_threads=2)
    first_may_end = threading.Event()
    delivered: list[str] = []
    runner.run(lambda: first_may_end.wait(WAIT_MS / 1000) and "old", delivered.append, key="q")
    runner.run(lambda: "new", delivered.append, key="q")
    runner.run(lambda: "other", delivered.append, key="p")
    qtbot.waitUntil(lambda: sorted(delivered) == ["new", "other"], timeout=WAIT_MS)
    first_may_end.set()
    runner.shutdown()
    qtbot.wait(100)
    assert sorted(delivered) == ["new", "other"]


def test_supersede_drops_a_pending_result_and_stops_a_stoppable_task(qtbot) -> None:
    runner = TaskRunner(max_threads=1)
    started = threading.Event()
    stopped: list[bool] = []
    delivered: list[object] = []

    def long(superseded) -> str:
        started.set()
        while not superseded():
            threading.Event().wait(0.01)
        stopped.append(True)
        return "stale"

    runner.run(long, delivered.append, key="chart", stoppable=True)
    assert started.wait(WAIT_MS / 1000)
    runner.supersede("chart")
    qtbot.waitUntil(lambda: bool(stopped), timeout=WAIT_MS)
    runner.shutdown()
    qtbot.wait(50)
    assert delivered == []


def test_progress_arrives_on_the_gui_thread_and_cancel_stops_the_task(qtbot) -> None:
    runner = TaskRunner(max_threads=1)
    gui = threading.get_ident()
    progress: list[tuple[int, int]] = []
    outcome: list[object] = []
    halfway = threading.Event()

    def export(task: TaskProgress) -> int:
        rows = 0
        while rows < 1_000_000:
            rows += 1
            if rows == 3:
                halfway.wait(WAIT_MS / 1000)
            if not task.report(rows):
                raise InterruptedError(f"cancelled after {rows}")
        return rows

    handle = runner.run_with_progress(
        export,
        outcome.append,
        outcome.append,
        lambda n: progress.append((n, threading.get_ident())),
    )
    qtbot.waitUntil(lambda: len(progress) >= 2, timeout=WAIT_MS)
    handle.cancel()
    halfway.set()
    qtbot.waitUntil(lambda: bool(outcome), timeout=WAIT_MS)
    assert isinstance(outcome[0], InterruptedError)
    assert all(thread == gui for _n, thread in progress)
    assert [n for n, _t in progress][:2] == [1, 2]


def test_a_failure_without_handler_is_reported_as_text(qtbot) -> None:
    runner = TaskRunner(max_threads=1)
    with qtbot.waitSignal(runner.failed, timeout=WAIT_MS) as blocker:
        runner.run(_refused, lambda _r: None)
    assert blocker.args == ["Cannot reach the server."]


def _refused() -> None:
    with httpx.Client() as client:
        client.get("http://127.0.0.1:9/")  # discard port: nothing listens


@pytest.mark.parametrize(
    ("exc", "text"),
    [
        (RateUnavailable("no usable rate"), "No usable rate"),
        (httpx.ConnectError("[Errno 111] Connection refused"), "Cannot reach the server."),
        (httpx.ReadTimeout("timed out"), "The server did not answer in time."),
        (ConnectionRefusedError(111, "refused"), "Cannot reach the server."),
        (KeyError("x"), "Unexpected error (KeyError)."),
    ],
)
def test_error_text_is_a_sentence_for_a_person(exc: Exception, text: str) -> None:
    assert error_text(exc) == text


def _alive(obj: QObject) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)
