"""A stand-alone flaky webhook receiver for the chaos test, run as a separate process so it
can be killed like a crashed server (and so its work does not share the test's GIL).

    python flaky_receiver.py PORT SECRET LOGFILE SEED FAILURE_RATE

Prints ``ready <port>`` once listening. Every request is verified with the official
``standardwebhooks`` library; then ``FAILURE_RATE`` of them get a 500 at random. Accepted
deliveries are appended to LOGFILE (``ok <webhook-id> <sha256 of body>``) *before* the 200
is sent, unverifiable ones as ``bad <webhook-id> <reason>``.
"""

from __future__ import annotations

import hashlib
import random
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from standardwebhooks.webhooks import Webhook, WebhookVerificationError


def main() -> None:
    port, secret, log_path, seed, rate = (
        int(sys.argv[1]),
        sys.argv[2],
        sys.argv[3],
        int(sys.argv[4]),
        float(sys.argv[5]),
    )
    hook = Webhook(secret)
    rng = random.Random(seed)
    lock = threading.Lock()
    log = open(log_path, "a", buffering=1, encoding="utf-8")  # noqa: SIM115 (process lifetime)

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("content-length") or 0))
            headers = {k.lower(): v for k, v in self.headers.items()}
            msg_id = headers.get("webhook-id", "-")
            try:
                hook.verify(body, headers, json_parse=False)
            except WebhookVerificationError as exc:
                with lock:
                    log.write(f"bad {msg_id} {str(exc).replace(' ', '_')}\n")
                self._answer(400)
                return
            with lock:
                fail = rng.random() < rate
                if not fail:
                    log.write(f"ok {msg_id} {hashlib.sha256(body).hexdigest()[:16]}\n")
            self._answer(500 if fail else 200)

        def _answer(self, status: int) -> None:
            self.send_response(status)
            self.send_header("content-length", "0")
            self.end_headers()

        def log_message(self, *_args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    server.daemon_threads = True
    print(f"ready {server.server_address[1]}", flush=True)
    server.serve_forever(poll_interval=0.05)


if __name__ == "__main__":
    main()
