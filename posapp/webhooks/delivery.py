"""Delivering outbox events to the merchant's endpoint (docs/design.md "Webhooks", "Threads").

``WebhookDeliverer.deliver_due`` sends every due pending event once; ``run`` loops on it
until stopped. Everything it knows lives in the database (events, attempts, the 410 flag), so
a new deliverer over the same file simply carries on after a restart.

Per request: ``POST`` of the stored payload bytes exactly, ``content-type:
application/json``, ``webhook-id`` (the event id, the same on every retry),
``webhook-timestamp`` (send time, unix seconds) and ``webhook-signature`` (one ``v1,`` entry
per active secret). Redirects are never followed. Plain ``http`` is refused except to
loopback hosts (127.0.0.0/8, ::1, localhost).

    ==================================== ===============================================
    outcome                              effect
    ==================================== ===============================================
    2xx                                  ``delivered``
    410 Gone                             endpoint disabled (setting, for that URL only),
                                         events stay pending
    other status, 3xx, timeout, network  retry by ``RetrySchedule`` (``Retry-After``
                                         honoured); after the last attempt ``dead``
    URL refused (http to a remote host)  ``failed`` (replay once the URL is fixed)
    no URL / no secret / keyring locked  nothing sent, nothing counted; checked again later
    ==================================== ===============================================

Each attempt is logged in ``webhook_attempts`` and the event updated in its own short write
transaction, after the HTTP request (never holding a write lock across the network).

Up to ``concurrency`` (default 4) requests are in flight at once, but never two for the same
payment session: a session's events go out one after the other, in order. Delivery is
at-least-once; receivers de-duplicate on ``webhook-id``.

Threads: a ``WebhookDeliverer`` is driven by one delivery thread (the ``WebhookThread``
QThread, or ``posapp watch``), which does all database work. HTTP requests run on a few
reused daemon worker threads, so ``stop`` is honoured within ~0.1 s even while an endpoint
hangs (an interrupted attempt is not recorded: it is sent again later, same id, same bytes)
and a hung request can never hold up interpreter exit.
"""

from __future__ import annotations

import contextlib
import logging
import random
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, wait
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

import httpx

from posapp import __version__
from posapp.core.clock import Clock, utc_now
from posapp.core.endpoints import url_origin, url_problem
from posapp.core.errors import WebhookError
from posapp.storage import webhook_repo as repo
from posapp.storage.engine import DATABASE_ERRORS, Database
from posapp.storage.webhook_repo import WebhookEvent
from posapp.webhooks.http_pool import HttpWorkers
from posapp.webhooks.schedule import RetrySchedule, parse_retry_after
from posapp.webhooks.signing import signature_header

log = logging.getLogger(__name__)

WEBHOOK_ENDPOINT = "the webhook endpoint"
"""What a webhook URL is called in the messages about it."""
DEFAULT_TIMEOUT = httpx.Timeout(10.0, connect=5.0)
MAX_IDLE_SECONDS = 30.0
STOP_POLL_SECONDS = 0.1
# A claimed event is this counter's for CLAIM_LEASE; none is started in the last third of
# the lease (longer than a request's timeouts), so two counters never send one event at once.
CLAIM_LEASE = timedelta(seconds=90)
RESPONSE_READ_LIMIT = 2048
ERROR_CHARS = 500
USER_AGENT = f"posapp-webhooks/{__version__}"
NO_ENDPOINT = "no webhook endpoint configured; pending events wait"


class SigningSecrets(Protocol):
    """Anything with ``get_signing_secrets(now)`` (``SecretStore`` or a test double)."""

    def get_signing_secrets(self, now: datetime) -> tuple[str, ...]: ...


SecretsSource = SigningSecrets | Callable[[datetime], Sequence[str]]


@dataclass(frozen=True, slots=True)
class AttemptResult:
    """What one attempt did; handed to observers (immutable, safe to pass between threads).

    ``outcome`` is ``delivered``, ``retry``, ``dead``, ``failed`` or ``disabled``;
    ``status_code`` is ``None`` when no HTTP response arrived.
    """

    event_id: str
    outcome: str
    status_code: int | None
    duration_ms: int
    error: str
    next_attempt_at: datetime | None

    @property
    def delivered(self) -> bool:
        """True when the endpoint accepted the event (2xx)."""
        return self.outcome == "delivered"


@dataclass(frozen=True, slots=True)
class PassResult:
    """What one delivery pass did; handed to pass observers (immutable).

    ``attempts``: requests recorded; ``blocked``: why nothing could be sent (``NO_ENDPOINT``,
    a 410, no secret, a locked keyring…) or ``""``.
    """

    attempts: int
    blocked: str


@dataclass(frozen=True, slots=True)
class _Response:
    status_code: int
    excerpt: str
    retry_after: str | None
    location: str | None


@dataclass(frozen=True, slots=True)
class _InFlight:
    seq: int
    event: WebhookEvent
    sent_at: datetime
    started: float
    future: Future[_Response]


def endpoint_problem(url: str) -> str | None:
    """Why ``url`` may not receive webhooks, or ``None`` when it may (``core.endpoints``:
    https anywhere, plain http only to this machine). Any thread."""
    return url_problem(url, WEBHOOK_ENDPOINT)


class WebhookDeliverer:
    """Sends due outbox events, records every attempt, schedules retries.

    ``secrets``: a ``SecretStore`` (or a callable ``now -> secrets``); ``endpoint_url``: a
    callable returning the current URL or ``None`` (webhooks off). ``clock`` returns aware
    datetimes; ``rng`` drives the retry jitter; ``schedule`` overrides the default retry
    table (tests use a fast one); ``batch_size`` events are read per pass; ``concurrency``
    requests may be in flight; ``claim_lease``: how long events this counter claimed stay
    its own (several counters share one outbox). Construct on any thread; use from one
    thread at a time.
    """

    def __init__(
        self,
        db: Database,
        secrets: SecretsSource,
        endpoint_url: Callable[[], str | None],
        *,
        client: httpx.Client | None = None,
        clock: Clock = utc_now,
        rng: random.Random | Callable[[], float] | None = None,
        schedule: RetrySchedule | None = None,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        batch_size: int = 50,
        concurrency: int = 4,
        claim_lease: timedelta = CLAIM_LEASE,
    ) -> None:
        self._db = db
        if hasattr(secrets, "get_signing_secrets"):
            self._get_secrets: Callable[[datetime], Sequence[str]] = secrets.get_signing_secrets
        elif callable(secrets):
            self._get_secrets = secrets
        else:
            raise TypeError("secrets must be a SecretStore or a callable(now) -> secrets")
        self._endpoint_url = endpoint_url
        self._owns_client = client is None
        self._client = client or httpx.Client(
            timeout=timeout, follow_redirects=False, headers={"user-agent": USER_AGENT}
        )
        self._clock = clock
        self.schedule = schedule or RetrySchedule(rng=rng)
        self.batch_size = batch_size
        self.concurrency = max(1, concurrency)
        self.claim_lease = claim_lease
        self._seq = 0
        self._workers: HttpWorkers[_Response] = HttpWorkers()
        self._observers: list[Callable[[AttemptResult], None]] = []
        self._pass_observers: list[Callable[[PassResult], None]] = []
        self._last_blocked = ""

    # ---- observers --------------------------------------------------------------------------

    def add_observer(self, callback: Callable[[AttemptResult], None]) -> None:
        """Call ``callback(result)`` after each recorded attempt, on the delivery thread."""
        self._observers.append(callback)

    def add_pass_observer(self, callback: Callable[[PassResult], None]) -> None:
        """Call ``callback(result)`` after each pass of ``run``, on the delivery thread."""
        self._pass_observers.append(callback)

    @property
    def db(self) -> Database:
        """The database whose outbox this deliverer sends."""
        return self._db

    def _notify(self, result: AttemptResult) -> None:
        for callback in list(self._observers):
            try:
                callback(result)
            except Exception:
                log.exception("webhook attempt observer failed")

    # ---- one pass ---------------------------------------------------------------------------

    def deliver_due(
        self,
        now: datetime | None = None,
        limit: int = 50,
        *,
        stop: threading.Event | None = None,
    ) -> int:
        """Try each pending event due at ``now`` (default: the clock) once, earliest first,
        ``concurrency`` at a time; return how many attempts were made. Delivery thread.

        Returns 0 without sending while webhooks are off (no URL), disabled by a 410, or no
        secret can be read. With ``stop``, returns promptly once it is set.
        """
        count, _blocked = self._pass(now, limit, stop)
        return count

    def _pass(
        self, now: datetime | None, limit: int, stop: threading.Event | None
    ) -> tuple[int, bool]:
        """One pass; the flag is True when sending is blocked (config), not merely idle."""
        now = now or self._clock()
        url = self._endpoint_url()
        if not url:
            self._blocked(NO_ENDPOINT, logging.INFO)
            return 0, True
        with self._db.read() as session:
            disabled = repo.disabled_reason(session, url)
            due = [] if disabled else repo.due_events(session, now, limit)
        if disabled:
            self._blocked(f"webhook endpoint disabled: {disabled}")
            return 0, True
        if not due:
            return 0, False
        problem = endpoint_problem(url)
        secrets: Sequence[str] = ()
        if problem is None:
            try:
                secrets = tuple(self._get_secrets(now))
            except WebhookError as exc:  # SecretStoreUnavailable, unreadable secret
                self._blocked(str(exc))
                return 0, True
            if not secrets:
                self._blocked("no webhook secret set; pending events wait")
                return 0, True
        self._last_blocked = ""
        lease_until = now + self.claim_lease
        with self._db.write(exclusive=False) as session:
            events = repo.claim_due(session, now, lease_until, limit)
        if problem is not None:
            for event in events:
                self._notify(self._refuse(event, problem))
            return len(events), False
        return self._send_all(events, url, secrets, stop, lease_until)

    def _send_all(
        self,
        events: Sequence[WebhookEvent],
        url: str,
        secrets: Sequence[str],
        stop: threading.Event | None,
        lease_until: datetime,
    ) -> tuple[int, bool]:
        """Send the claimed ``events`` with at most ``concurrency`` requests in flight,
        recording each outcome (own transaction) as it completes. Two events of one payment
        session are never in flight together: the later waits for the earlier, keeping their
        order. Events not started (stop, lease nearly over, endpoint disabled) are given back."""
        todo = deque(events)
        held: list[WebhookEvent] = []  # their session has a request in flight
        busy: set[str] = set()
        inflight: dict[Future[_Response], _InFlight] = {}
        count, disabled = 0, False
        start_by = lease_until - self.claim_lease / 3
        while (todo or inflight) and not (disabled and not inflight):
            if stop is not None and stop.is_set():
                for flight in inflight.values():
                    log.info("webhook %s interrupted by stop; sent again later", flight.event.id)
                break
            if todo and self._clock() >= start_by:
                if not inflight:
                    break
                held.extend(todo)  # too late to start these under this claim
                todo.clear()
            while todo and not disabled and len(inflight) < self.concurrency:
                event = todo.popleft()
                if event.session_id is not None:
                    if event.session_id in busy:
                        held.append(event)
                        continue
                    busy.add(event.session_id)
                flight = self._submit(event, url, secrets)
                inflight[flight.future] = flight
            if not inflight:
                continue
            done, _ = wait(inflight, timeout=STOP_POLL_SECONDS, return_when=FIRST_COMPLETED)
            for future in sorted(done, key=lambda f: inflight[f].seq):
                flight = inflight.pop(future)
                result = self._finish(flight, url)
                count += 1
                self._notify(result)
                disabled = disabled or result.outcome == "disabled"
                if flight.event.session_id is not None:
                    busy.discard(flight.event.session_id)
                    todo.extendleft(reversed(held))
                    held.clear()
        unsent = [*todo, *held]
        if unsent:
            with self._db.write(exclusive=False) as session:
                repo.release_claims(session, unsent, lease_until)
        return count, disabled

    def _blocked(self, why: str, level: int = logging.WARNING) -> None:
        """Log why nothing is sent, once per distinct reason (the loop retries every 30 s)."""
        if why != self._last_blocked:
            log.log(level, "%s", why)
            self._last_blocked = why

    def _refuse(self, event: WebhookEvent, problem: str) -> AttemptResult:
        """Mark ``event`` failed without sending (the URL is not allowed)."""
        at = self._clock()
        with self._db.write() as session:
            repo.record_attempt(
                session,
                event.id,
                expected_attempts=event.attempts,
                attempted_at=at,
                status_code=None,
                duration_ms=0,
                error=problem,
                response_excerpt="",
                new_status=repo.FAILED,
                next_attempt_at=None,
            )
        log.warning("webhook %s not sent: %s", event.id, problem)
        return AttemptResult(event.id, repo.FAILED, None, 0, problem, None)

    def _submit(self, event: WebhookEvent, url: str, secrets: Sequence[str]) -> _InFlight:
        """Sign ``event`` now and start its POST on an HTTP worker thread."""
        sent_at = self._clock()
        timestamp = int(sent_at.timestamp())
        body = event.body
        headers = {
            "content-type": "application/json",
            "webhook-id": event.id,
            "webhook-timestamp": str(timestamp),
            "webhook-signature": signature_header(secrets, event.id, timestamp, body),
        }
        self._seq += 1
        started = time.perf_counter()
        future = self._workers.submit(lambda: self._do_post(url, body, headers))
        return _InFlight(self._seq, event, sent_at, started, future)

    def _finish(self, flight: _InFlight, url: str) -> AttemptResult:
        """Classify a completed request, record it (one write transaction), log it."""
        event = flight.event
        response: _Response | None = None
        error = ""
        try:
            response = flight.future.result()
        except httpx.TimeoutException as exc:
            error = f"timed out ({type(exc).__name__})"
        except httpx.HTTPError as exc:
            error = f"{type(exc).__name__}: {exc}"[:ERROR_CHARS]
        except Exception as exc:  # a bug or an odd transport: never lose the event
            error = f"{type(exc).__name__}: {exc}"[:ERROR_CHARS]
        duration_ms = round((time.perf_counter() - flight.started) * 1000)
        finished = self._clock()

        status_code = response.status_code if response else None
        excerpt = response.excerpt if response else ""
        delivered_at = None
        disable_reason = ""
        if response is not None and 200 <= response.status_code < 300:
            outcome, new_status, next_at, delivered_at = "delivered", repo.DELIVERED, None, finished
        elif response is not None and response.status_code == 410:
            outcome, new_status, next_at = "disabled", repo.PENDING, finished
            error = "410 Gone: endpoint disabled"
            disable_reason = (
                f"{url_origin(url)} answered 410 Gone at {finished.isoformat(timespec='seconds')}"
                "; save the webhook URL again to resume"
            )
        else:
            retry_after = None
            if response is not None:
                error = f"HTTP {response.status_code}"
                if 300 <= response.status_code < 400:
                    target = url_origin(response.location) if response.location else "elsewhere"
                    error += f": redirect to {target} not followed"
                retry_after = parse_retry_after(response.retry_after, finished)
            next_at = self.schedule.next_attempt_at(event.attempts + 1, finished, retry_after)
            if next_at is None:
                outcome, new_status = "dead", repo.DEAD
            else:
                outcome, new_status = "retry", repo.PENDING

        with self._db.write() as session:
            repo.record_attempt(
                session,
                event.id,
                expected_attempts=event.attempts,
                attempted_at=flight.sent_at,
                status_code=status_code,
                duration_ms=duration_ms,
                error=error,
                response_excerpt=excerpt,
                new_status=new_status,
                next_attempt_at=next_at,
                delivered_at=delivered_at,
            )
            if disable_reason:
                repo.disable_endpoint(session, url, disable_reason, finished)

        if outcome == "delivered":
            log.debug("webhook %s delivered (%s, %d ms)", event.id, status_code, duration_ms)
        elif outcome == "retry":
            log.info(
                "webhook %s attempt %d failed (%s); next at %s",
                event.id,
                event.attempts + 1,
                error,
                next_at.isoformat(timespec="seconds") if next_at else "-",
            )
        elif outcome == "dead":
            log.warning(
                "webhook %s dead after %d attempts (%s)", event.id, event.attempts + 1, error
            )
        else:
            log.warning("webhook endpoint disabled: %s", disable_reason)
        return AttemptResult(event.id, outcome, status_code, duration_ms, error, next_at)

    # ---- HTTP -------------------------------------------------------------------------------

    def _do_post(self, url: str, body: bytes, headers: dict[str, str]) -> _Response:
        """The request itself (helper thread); reads at most ``RESPONSE_READ_LIMIT`` bytes."""
        with self._client.stream(
            "POST", url, content=body, headers=headers, follow_redirects=False
        ) as response:
            data = b""
            for chunk in response.iter_bytes():
                data += chunk
                if len(data) >= RESPONSE_READ_LIMIT:
                    break
            return _Response(
                status_code=response.status_code,
                excerpt=data.decode("utf-8", "replace")[: repo.EXCERPT_CHARS],
                retry_after=response.headers.get("retry-after"),
                location=response.headers.get("location"),
            )

    # ---- loop -------------------------------------------------------------------------------

    def run(self, stop: threading.Event, wake: threading.Event) -> None:
        """Deliver until ``stop`` is set; returns within ~0.2 s of it. Delivery thread.

        After each pass waits for ``wake`` (new events), ``stop``, or the next due time
        (at most 30 s). Errors are logged and retried after a pause, never raised.
        """
        log.info("webhook delivery started")
        failures = 0
        while not stop.is_set():
            wake.clear()  # a wake() during the pass makes the wait below return at once
            try:
                count, blocked = self._pass(None, self.batch_size, stop)
                failures = 0
                self._notify_pass(PassResult(count, self._last_blocked if blocked else ""))
                if stop.is_set():
                    break
                if count >= self.batch_size:
                    continue
                timeout = MAX_IDLE_SECONDS if blocked else self._idle_timeout()
            except DATABASE_ERRORS as exc:  # locked or restarting: one line, retried
                failures += 1
                timeout = min(MAX_IDLE_SECONDS, 0.5 * 2**failures)
                log.warning(
                    "webhook delivery paused by a database error (failure %d); retrying in "
                    "%.1f s: %s", failures, timeout, self._db.describe_error(exc),
                )  # fmt: skip
            except Exception:
                failures += 1
                log.exception("webhook delivery pass failed")
                timeout = min(MAX_IDLE_SECONDS, 0.5 * 2**failures)
            self._wait(stop, wake, timeout)
        log.info("webhook delivery stopped")

    def _notify_pass(self, result: PassResult) -> None:
        for callback in list(self._pass_observers):
            try:
                callback(result)
            except Exception:
                log.exception("webhook pass observer failed")

    def _idle_timeout(self) -> float:
        with self._db.read() as session:
            next_due = repo.next_due_time(session)
        if next_due is None:
            return MAX_IDLE_SECONDS
        seconds = (next_due - self._clock()).total_seconds()
        return min(max(seconds, 0.005), MAX_IDLE_SECONDS)

    @staticmethod
    def _wait(stop: threading.Event, wake: threading.Event, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while not stop.is_set():
            remaining = deadline - time.monotonic()
            if remaining <= 0 or wake.wait(min(remaining, STOP_POLL_SECONDS)):
                return

    def close(self) -> None:
        """Release the HTTP workers and the client if this deliverer created it (shutdown,
        any thread)."""
        self._workers.close()
        if self._owns_client:
            with contextlib.suppress(Exception):
                self._client.close()
