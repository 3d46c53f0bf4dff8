"""Headless: `posapp watch` detects a devnet payment and delivers a signed webhook that the
standardwebhooks library verifies; Ctrl-C stops it cleanly. Plus the webhooks commands."""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

from posapp.cli import main
from posapp.devnet.server import Devnet
from posapp.storage.engine import Database
from tests.support.postgres import stored_bytes


def where(data_dir: Path, database_url: str) -> list[str]:
    """The global options naming the store: its data dir and its database."""
    return ["--data-dir", str(data_dir), "--database-url", database_url]


def cli(store: list[str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "posapp.cli", *store, *args],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip


def test_watch_detects_and_delivers_a_verified_webhook(tmp_path, database_url, receiver) -> None:
    store = where(tmp_path, database_url)
    with Devnet(port=0, stream_timeout=5.0) as net:
        merchant = net.create_account()
        done = cli(store, "init", "--account", merchant, "--currency", "INR", "--rate", "84.10",
                   "--horizon-url", net.url, "--webhook-url", receiver.url,
                   "--secret-file-store")  # fmt: skip
        assert done.returncode == 0, done.stderr
        secret = re.search(r"whsec_\S+", done.stdout).group(0)
        receiver.secrets.append(secret)
        db = Database(database_url)
        stored = stored_bytes(db)
        db.dispose()
        assert b"webhook_url" in stored and secret.encode() not in stored
        charge = json.loads(cli(store, "charge", "12.50", "--no-wait", "--json").stdout)
        watch = subprocess.Popen(
            [sys.executable, "-m", "posapp.cli", *store, "watch"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        try:
            session = charge["session"]
            net.pay(to=merchant, amount=session["usdc_due"], memo=session["id"])
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline and not receiver.requests:
                time.sleep(0.1)
            assert receiver.requests, "no webhook arrived"
            got = receiver.requests[0]
            assert got.verified, got.error
            body = json.loads(got.body)
            assert body["type"] == "payment.success"
            assert body["data"]["session_id"] == session["id"]
            assert body["data"]["amount"] == session["usdc_due"]
        finally:
            began = time.monotonic()
            watch.send_signal(signal.SIGINT)
            out, err = watch.communicate(timeout=10)
        assert time.monotonic() - began < 5
        assert watch.returncode == 0, err
        assert "payment 0.15 USDC" in out


def test_webhooks_commands_list_test_redeliver_replay(
    tmp_path, database_url, capsys, receiver
) -> None:
    args = where(tmp_path, database_url)
    account = "GAVDNKMRIFCEAOVP7POOOICXKR26OXFNV7GWDJVEGPXVTQ67UI233EN4"
    assert main([*args, "init", "--account", account, "--rate", "84.10", "--currency", "INR",
                 "--skip-account-check",
                 "--webhook-url", receiver.url, "--secret-file-store"]) == 0  # fmt: skip
    capsys.readouterr()
    assert main([*args, "webhooks", "test"]) == 0
    event_id = re.search(r"msg_\w+", capsys.readouterr().out).group(0)
    assert main([*args, "webhooks", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(e["id"], e["type"], e["status"]) for e in listed] == [
        (event_id, "webhook.test", "pending")
    ]
    assert main([*args, "webhooks", "redeliver", event_id]) == 0
    assert main([*args, "webhooks", "redeliver", "msg_nope"]) == 1
    assert main([*args, "webhooks", "replay", "--since", "2026-13-01"]) == 1
    assert main([*args, "webhooks", "replay", "--since", "2026-01-01"]) == 0
    assert main([*args, "webhooks", "secret"]) == 1
    err = capsys.readouterr().err
    assert err.count("posapp: ") == 3


def test_verbose_watch_logs_no_webhook_url_token(tmp_path, database_url, receiver) -> None:
    """`posapp -v watch` logs what it does, but never the webhook URL's path or query, which
    may carry a token (third-party HTTP loggers included)."""
    store = where(tmp_path, database_url)
    path_token, query_token = "p4thT0ken9f2c", "qu3ryT0ken7d1e"
    url = f"{receiver.url}/{path_token}?token={query_token}"
    with Devnet(port=0, stream_timeout=5.0) as net:
        merchant = net.create_account()
        done = cli(store, "init", "--account", merchant, "--currency", "INR", "--rate", "84.10",
                   "--horizon-url", net.url, "--webhook-url", url,
                   "--secret-file-store")  # fmt: skip
        assert done.returncode == 0, done.stderr
        receiver.secrets.append(re.search(r"whsec_\S+", done.stdout).group(0))
        queued = cli(store, "-v", "webhooks", "test")
        assert queued.returncode == 0, queued.stderr
        watch = subprocess.Popen(
            [sys.executable, "-m", "posapp.cli", *store, "--verbose", "watch"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        try:
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline and not receiver.requests:
                time.sleep(0.1)
            assert receiver.requests, "no webhook arrived"
            assert receiver.requests[0].verified, receiver.requests[0].error
            assert query_token in receiver.requests[0].path  # the URL was used as given
        finally:
            watch.send_signal(signal.SIGINT)
            out, err = watch.communicate(timeout=10)
    assert watch.returncode == 0, err
    assert " INFO " in err  # verbose logging was on
    logged = out + err + queued.stdout + queued.stderr
    assert path_token not in logged and query_token not in logged, err
    assert not list(tmp_path.rglob("*.log"))  # no log file elsewhere either
