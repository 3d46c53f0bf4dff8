"""``posapp devnet`` / ``posapp devnet pay`` through ``register(subparsers)``."""

from __future__ import annotations

import argparse
import signal
import subprocess
import sys
import time

import httpx
import pytest

from posapp.devnet import Devnet
from posapp.devnet.command import DEMO_MERCHANT, register


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="posapp")
    parser.add_argument("--data-dir")
    register(parser.add_subparsers(dest="command"))
    return parser.parse_args(argv)


def test_pay_prints_the_transaction_hash(
    devnet: Devnet, merchant: str, capsys: pytest.CaptureFixture[str]
) -> None:
    args = _parse(
        [
            "devnet",
            "pay",
            "--to",
            merchant,
            "--amount",
            "2.50",
            "--memo",
            "pay_cli",
            "--url",
            devnet.url,
        ]
    )
    assert args.func(args) == 0
    tx_hash = capsys.readouterr().out.strip()
    record = devnet.snapshot_payments(merchant)[-1]
    assert record["transaction_hash"] == tx_hash
    assert record["transaction"]["memo"] == "pay_cli"
    assert record["amount"] == "2.5000000"


def test_pay_variants_and_env_url(
    devnet: Devnet, merchant: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("POSAPP_DEVNET_URL", devnet.url)
    for extra in (["--path-from", "XLM"], ["--muxed-id", "77"], ["--failed"]):
        args = _parse(["devnet", "pay", "--to", merchant, "--amount", "1", *extra])
        assert args.func(args) == 0
    types = [r["type"] for r in devnet.snapshot_payments(merchant)]
    assert types[-3:] == ["path_payment_strict_send", "invoke_host_function", "payment"]
    assert devnet.snapshot_payments(merchant)[-1]["transaction_successful"] is False


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--amount", "abc"], "amount"),
        (["--amount", "1", "--url", "http://example.com:8000"], "loopback"),
        (["--amount", "1", "--url", "ftp://127.0.0.1"], "--url"),
    ],
)
def test_pay_errors_are_one_line_exit_2(
    devnet: Devnet,
    merchant: str,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    message: str,
) -> None:
    if "--url" not in argv:
        argv = [*argv, "--url", devnet.url]
    args = _parse(["devnet", "pay", "--to", merchant, *argv])
    assert args.func(args) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert message in captured.err
    assert captured.err.count("\n") == 1


def test_pay_to_unreachable_devnet(capsys: pytest.CaptureFixture[str]) -> None:
    net = Devnet()
    url = net.start()
    net.stop()  # nothing listens on that port any more
    args = _parse(["devnet", "pay", "--to", DEMO_MERCHANT, "--amount", "1", "--url", url])
    assert args.func(args) == 2
    assert "cannot reach" in capsys.readouterr().err


def test_devnet_command_serves_until_interrupted() -> None:
    code = (
        "import argparse, sys\n"
        "from posapp.devnet.command import register\n"
        "p = argparse.ArgumentParser(prog='posapp')\n"
        "register(p.add_subparsers(dest='command'))\n"
        "a = p.parse_args(sys.argv[1:])\n"
        "sys.exit(a.func(a))\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code, "devnet", "--port", "0", "--stream-timeout", "5"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        horizon = proc.stdout.readline().strip()
        merchant = proc.stdout.readline().strip()
        assert horizon.startswith("horizon: http://127.0.0.1:")
        assert merchant == f"merchant: {DEMO_MERCHANT}"
        url = horizon.removeprefix("horizon: ")
        account = httpx.get(f"{url}/accounts/{DEMO_MERCHANT}", timeout=5).json()
        assert account["balances"][0]["asset_code"] == "USDC"
        started = time.monotonic()
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=5) == 0
        assert time.monotonic() - started < 5  # clean exit, not a benchmark
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_devnet_command_refuses_non_loopback(capsys: pytest.CaptureFixture[str]) -> None:
    args = _parse(["devnet", "--host", "0.0.0.0", "--port", "0"])
    assert args.func(args) == 2
    assert "loopback" in capsys.readouterr().err
