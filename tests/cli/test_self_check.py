"""``posapp self-check`` / ``posapp --self-check`` from source, as a subprocess: one line per
check, exit 0 only when all pass; real broken conditions (an unusable data dir, a missing CA
file, a keyring configured to a backend that does not exist) make it fail."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

CHECKS = [
    "data dir", "database", "keyring", "sep7", "qr", "ssl", "resources", "qt", "languages", "sound"
]  # fmt: skip


def self_check(data_dir: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON_KEYRING")}
    environ.update(QT_QPA_PLATFORM="offscreen", **env)
    return subprocess.run(
        [sys.executable, "-m", "posapp", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        env=environ,
        timeout=180,
    )


def check_lines(stdout: str) -> dict[str, str]:
    """``{name: "ok"|"FAIL"}`` from the check lines (``ok   name: …`` / ``FAIL name: …``); a
    warning (``warn sound: …``, a machine without audio) passes, so it reads as ``ok``."""
    found: dict[str, str] = {}
    for line in stdout.splitlines():
        status, _, rest = line.partition(" ")
        status = "ok" if status == "warn" else status
        if status in ("ok", "FAIL"):
            name = rest.strip().split(":", 1)[0]
            assert name not in found, f"{name} reported twice"
            found[name] = status
    return found


def test_all_checks_pass_from_source(tmp_path: Path) -> None:
    done = self_check(tmp_path / "data", "self-check")
    assert done.returncode == 0, done.stdout + done.stderr
    assert check_lines(done.stdout) == dict.fromkeys(CHECKS, "ok")
    lines = done.stdout.splitlines()
    assert lines[0].startswith("posapp ") and "from source" in lines[0]
    assert lines[-1] == f"all {len(CHECKS)} checks passed"
    assert any(line.startswith("ok   database: ") and "revision" in line for line in lines)
    database = next(line for line in lines if line.startswith("ok   database: "))
    assert "PostgreSQL client psycopg " in database and ", libpq " in database
    assert any(line.startswith("ok   qt: platform offscreen") for line in lines)


def test_the_top_level_flag_does_the_same(tmp_path: Path) -> None:
    done = self_check(tmp_path / "data", "--self-check")
    assert done.returncode == 0, done.stdout + done.stderr
    assert check_lines(done.stdout) == dict.fromkeys(CHECKS, "ok")


def test_an_unusable_data_dir_fails_and_the_other_checks_still_run(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    done = self_check(blocker / "data", "self-check")
    assert done.returncode == 1
    status = check_lines(done.stdout)
    assert status["data dir"] == "FAIL" and list(status) == CHECKS
    assert all(v == "ok" for k, v in status.items() if k != "data dir")
    assert "is not writable" in done.stdout
    assert done.stderr.strip().endswith("self-check failed: data dir")


def test_a_missing_ca_file_fails_the_ssl_check(tmp_path: Path) -> None:
    done = self_check(tmp_path / "data", "self-check", SSL_CERT_FILE=str(tmp_path / "none.pem"))
    assert done.returncode == 1
    assert check_lines(done.stdout)["ssl"] == "FAIL"


def test_keyring_without_a_secure_backend_passes_with_a_note(tmp_path: Path) -> None:
    done = self_check(
        tmp_path / "data", "self-check", PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring"
    )
    assert done.returncode == 0, done.stdout + done.stderr
    line = next(x for x in done.stdout.splitlines() if x.startswith("ok   keyring: "))
    assert "fail.Keyring" in line and "--secret-file-store" in line


def test_a_keyring_that_cannot_load_fails(tmp_path: Path) -> None:
    done = self_check(tmp_path / "data", "self-check", PYTHON_KEYRING_BACKEND="nowhere.Keyring")
    assert done.returncode == 1
    assert check_lines(done.stdout)["keyring"] == "FAIL"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Secret Service is Linux's")
def test_a_secret_service_client_that_cannot_load_fails_even_without_a_service(
    tmp_path: Path,
) -> None:
    """A bundle without what SecretStorage encrypts with would quietly fall back to no
    keyring on every machine: the keyring check fails instead (here: cryptography blocked)."""
    blocked = (
        "import sys; sys.modules['cryptography'] = None; from posapp.cli import main; "
        f"sys.argv = ['posapp', '--data-dir', {str(tmp_path / 'data')!r}, 'self-check']; "
        "sys.exit(main())"
    )
    environ = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON_KEYRING")}
    done = subprocess.run(
        [sys.executable, "-c", blocked],
        capture_output=True,
        text=True,
        env={**environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=180,
    )
    assert done.returncode == 1
    assert check_lines(done.stdout)["keyring"] == "FAIL"
    line = next(x for x in done.stdout.splitlines() if x.startswith("FAIL keyring: "))
    assert "Secret Service client cannot load" in line and "cryptography" in line
