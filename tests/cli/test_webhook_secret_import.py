"""Another counter of the same store takes the store's webhook secret from stdin."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from posapp.cli import main
from posapp.storage.engine import sqlite_url
from posapp.webhooks.signing import generate_secret

ACCOUNT = "GAVDNKMRIFCEAOVP7POOOICXKR26OXFNV7GWDJVEGPXVTQ67UI233EN4"


def test_a_second_counter_imports_the_secret_from_stdin(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = tmp_path / "front", tmp_path / "back"
    shared = ["--database-url", sqlite_url(first)]
    assert main(["--data-dir", str(first), *shared, "init", "--account", ACCOUNT,
                 "--rate", "84.10", "--currency", "INR", "--skip-account-check",
                 "--webhook-url", "https://shop.example/hook",
                 "--secret-file-store"]) == 0  # fmt: skip
    secret = re.search(r"whsec_\S+", capsys.readouterr().out).group(0)
    second.mkdir()

    monkeypatch.setattr("sys.stdin", io.StringIO("whsec_c2hvcnQ=\n"))  # 5 bytes: too weak
    assert main(["--data-dir", str(second), *shared, "webhooks", "secret", "--import"]) == 1
    assert "shorter than 24 bytes" in capsys.readouterr().err
    assert not (second / "webhook-secret.json").exists()

    monkeypatch.setattr("sys.stdin", io.StringIO(secret + "\n"))
    assert main(["--data-dir", str(second), *shared, "webhooks", "secret", "--import"]) == 0
    out = capsys.readouterr().out
    assert "imported" in out and secret not in out
    stored = json.loads((second / "webhook-secret.json").read_text())
    assert stored["current"] == secret
    assert (second / "webhook-secret.json").stat().st_mode & 0o077 == 0


def test_import_and_rotate_exclude_each_other(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(generate_secret() + "\n"))
    args = ["--data-dir", str(tmp_path), "webhooks", "secret", "--import", "--rotate"]
    assert main(args) == 1
    assert capsys.readouterr().err.count("posapp: ") == 1
