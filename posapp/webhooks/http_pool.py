"""The daemon threads that carry webhook POSTs (``HttpWorkers``), so the delivery thread can
stop within a tick while an endpoint hangs and a hung request never holds up interpreter exit.
Used by ``webhooks.delivery``; ``submit`` from any thread."""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Generic, TypeVar

T = TypeVar("T")


class HttpWorkers(Generic[T]):
    """Daemon threads that run the POSTs: reused while idle, spawned when none is free,
    retired after a minute without work. A request abandoned by ``stop`` keeps its thread
    until it ends (at most the timeout) and never delays interpreter exit.

    Reusing threads matters: ``Thread.start()`` waits for the new thread to get the GIL,
    several milliseconds per request when other threads are busy.
    """

    IDLE_RETIRE_S = 60.0

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._idle: list[HttpWorker[T]] = []

    def submit(self, fn: Callable[[], T]) -> Future[T]:
        """Run ``fn`` on a worker; the future gets its result or exception. Any thread."""
        future: Future[T] = Future()
        with self._lock:
            worker = self._idle.pop() if self._idle else None
        if worker is None:
            worker = HttpWorker(self)
        worker.jobs.put((future, fn))
        return future

    def idle(self, worker: HttpWorker[T]) -> None:
        with self._lock:
            self._idle.append(worker)

    def retire(self, worker: HttpWorker[T]) -> bool:
        """True (and forgotten) if ``worker`` is still idle; False if a job was just given."""
        with self._lock:
            if worker in self._idle:
                self._idle.remove(worker)
                return True
            return False

    def close(self) -> None:
        """Let idle workers end now (busy ones end after their request)."""
        with self._lock:
            idle, self._idle = self._idle, []
        for worker in idle:
            worker.jobs.put(None)


class HttpWorker(Generic[T]):
    def __init__(self, pool: HttpWorkers[T]) -> None:
        self.pool = pool
        self.jobs: queue.SimpleQueue[tuple[Future[T], Callable[[], T]] | None]
        self.jobs = queue.SimpleQueue()
        threading.Thread(target=self._run, name="webhook-http", daemon=True).start()

    def _run(self) -> None:
        while True:
            try:
                job = self.jobs.get(timeout=self.pool.IDLE_RETIRE_S)
            except queue.Empty:
                if self.pool.retire(self):
                    return
                continue  # claimed just now: the job is on its way
            if job is None:
                return
            future, fn = job
            try:
                future.set_result(fn())
            except BaseException as exc:
                future.set_exception(exc)
            del future, fn, job
            self.pool.idle(self)
