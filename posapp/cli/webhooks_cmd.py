"""``posapp webhooks list|show|test|redeliver|replay|secret``: the webhook log and delivery."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime

from posapp.cli.common import open_db, print_json
from posapp.core.errors import InvalidInput
from posapp.core.events import iso
from posapp.services.backoffice.export import parse_date_range
from posapp.storage.webhook_repo import WebhookEvent
from posapp.webhooks import admin
from posapp.webhooks.secret_store import check_importable

STATUSES = ("pending", "delivered", "failed", "dead")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``webhooks`` command with its actions."""
    p = sub.add_parser("webhooks", help="webhook log, test, redeliver, replay, secret")
    actions = p.add_subparsers(dest="webhooks_action", metavar="ACTION", required=True)
    ls = actions.add_parser("list", help="recent events, newest first")
    ls.add_argument("--status", choices=STATUSES)
    ls.add_argument("--limit", type=int, default=50)
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=run_list)
    show = actions.add_parser("show", help="one event with every delivery attempt")
    show.add_argument("id")
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=run_show)
    actions.add_parser("test", help="send a webhook.test event").set_defaults(func=run_test)
    again = actions.add_parser("redeliver", help="send one event again (same webhook-id)")
    again.add_argument("id")
    again.set_defaults(func=run_redeliver)
    replay = actions.add_parser("replay", help="send again every failed event since a date")
    replay.add_argument("--since", required=True, metavar="DATE", help="YYYY-MM-DD")
    replay.set_defaults(func=run_replay)
    secret = actions.add_parser("secret", help="rotate the signing secret or choose its store")
    secret.add_argument("--rotate", action="store_true", help="new secret; old one signs 24 h")
    secret.add_argument("--file-store", action="store_true", help="opt in to a 0600 file")
    secret.add_argument(
        "--import",
        dest="import_secret",
        action="store_true",
        help="read the store's secret (whsec_…) from stdin, for another counter of the store",
    )
    secret.set_defaults(func=run_secret)


def _event_json(e: WebhookEvent) -> dict[str, object]:
    return {
        "id": e.id, "type": e.type, "status": e.status, "session_id": e.session_id,
        "attempts": e.attempts, "created_at": iso(e.created_at),
        "next_attempt_at": iso(e.next_attempt_at) if e.next_attempt_at else None,
        "delivered_at": iso(e.delivered_at) if e.delivered_at else None,
        "last_error": e.last_error,
    }  # fmt: skip


def run_list(args: argparse.Namespace) -> int:
    """Print recent events (one line each, or a JSON array)."""
    if not 1 <= args.limit <= 10_000:
        raise InvalidInput("--limit must be between 1 and 10000")
    _, db = open_db(args)
    events = admin.list_events(db, args.status, args.limit)
    if args.json:
        print_json([_event_json(e) for e in events])
        return 0
    for e in events:
        print(f"{e.id}  {e.type:<18} {e.status:<9} attempts {e.attempts:<2} "
              f"{e.created_at:%Y-%m-%d %H:%M:%S}  {e.last_error[:60]}")  # fmt: skip
    return 0


def run_show(args: argparse.Namespace) -> int:
    """Print one event and its attempts."""
    _, db = open_db(args)
    detail = admin.show_event(db, args.id)
    attempts = [
        {"at": iso(a.attempted_at), "status_code": a.status_code, "duration_ms": a.duration_ms,
         "error": a.error, "response": a.response_excerpt}
        for a in detail.attempts
    ]  # fmt: skip
    if args.json:
        print_json({**_event_json(detail.event), "payload": detail.event.payload,
                    "attempt_log": attempts})  # fmt: skip
        return 0
    for key, value in _event_json(detail.event).items():
        print(f"{key:>16}: {value if value is not None else ''}")
    print(f"{'payload':>16}: {detail.event.payload}")
    for a in attempts:
        print(f"{'attempt':>16}: {a['at']} HTTP {a['status_code'] or '-'} "
              f"{a['duration_ms']} ms {a['error']}")  # fmt: skip
    return 0


def run_test(args: argparse.Namespace) -> int:
    """Queue a webhook.test event; `posapp watch` (or the app) delivers it."""
    _, db = open_db(args)
    event_id = admin.send_test_event(db, datetime.now(UTC))
    print(f"queued webhook.test {event_id}; it is sent by `posapp watch` or the running app")
    return 0


def run_redeliver(args: argparse.Namespace) -> int:
    """Make one event due again with the same webhook-id."""
    _, db = open_db(args)
    event = admin.redeliver(db, args.id, datetime.now(UTC))
    print(f"{event.id} is due again")
    return 0


def run_replay(args: argparse.Namespace) -> int:
    """Make every failed or dead event since DATE due again."""
    since, _ = parse_date_range(args.since, None)
    assert since is not None
    _, db = open_db(args)
    count = admin.replay_since(db, since, datetime.now(UTC))
    print(f"{count} events are due again")
    return 0


def run_secret(args: argparse.Namespace) -> int:
    """Rotate the secret (printed once), switch to the file store, and/or import the store's
    secret from stdin (never from the command line, where ``ps`` and shell history see it)."""
    if not (args.rotate or args.file_store or args.import_secret):
        raise InvalidInput("say what to do: --rotate, --file-store and/or --import")
    if args.rotate and args.import_secret:
        raise InvalidInput("--rotate and --import exclude each other")
    imported = sys.stdin.readline().strip() if args.import_secret else ""
    if args.import_secret:
        check_importable(imported)  # refuse before anything is written
    data_dir, db = open_db(args)
    now = datetime.now(UTC)
    store = admin.use_file_store(db, data_dir, now) if args.file_store else None
    if store is not None:
        print(f"webhook secret store: {store.describe_backend()}")
    if args.import_secret:
        store = store or admin.secret_store(db, data_dir)
        store.import_secret(imported)
        print(f"webhook secret imported into {store.describe_backend()}")
    if args.rotate:
        store = store or admin.secret_store(db, data_dir)
        secret = store.rotate(now)
        print(f"new webhook secret (shown once; the old one keeps signing for 24 h): {secret}")
    return 0
