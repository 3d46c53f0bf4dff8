"""Headless delivery for ``posapp watch``: wired to the data dir's secret store and URL."""

from __future__ import annotations

import dataclasses
import time
from datetime import UTC, datetime
from pathlib import Path

from posapp.storage.engine import Database
from posapp.storage.settings_repo import SHOP_CONFIG_KEY, set_setting
from posapp.storage.settings_repo import WEBHOOK_URL_FIELD as URL_FIELD
from posapp.webhooks.runtime import configured_endpoint_url, start_delivery_thread
from posapp.webhooks.secret_store import SecretStore
from tests.support.keyrings import MemoryKeyring
from tests.support.webhook_receiver import Receiver, add_events


def _wait_for(condition, timeout: float = 5.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return condition()


def test_reads_the_url_from_the_shop_configuration(db: Database) -> None:
    from posapp.services.config import CONFIG_KEY, ShopConfig

    assert SHOP_CONFIG_KEY == CONFIG_KEY
    assert URL_FIELD in {f.name for f in dataclasses.fields(ShopConfig)}
    url = configured_endpoint_url(db)
    assert url() is None
    with db.write() as s:
        set_setting(s, SHOP_CONFIG_KEY, {URL_FIELD: "https://shop.example/h"}, datetime.now(UTC))
    assert url() == "https://shop.example/h"


def test_start_delivery_thread_delivers_and_stops(
    tmp_path: Path, db: Database, receiver: Receiver, memory_keyring: MemoryKeyring
) -> None:
    data_dir = tmp_path / "data"
    secret = SecretStore(data_dir, "keyring").set_new(datetime.now(UTC))
    receiver.secrets = [secret]
    with db.write() as s:
        set_setting(s, SHOP_CONFIG_KEY, {URL_FIELD: receiver.url}, datetime.now(UTC))
    stopper = start_delivery_thread(data_dir, db)
    try:
        ids = add_events(db, 3)
        stopper.wake()
        assert _wait_for(lambda: sorted(receiver.ids()) == sorted(ids))
        assert all(r.verified for r in receiver.requests)
    finally:
        started = time.monotonic()
        assert stopper()
        assert time.monotonic() - started < 2
    assert stopper.stop()  # idempotent
