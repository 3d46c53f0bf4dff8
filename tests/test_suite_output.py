"""What a newcomer sees from ``pytest`` on a machine without PostgreSQL: the PostgreSQL
variants as one line saying how to enable them, not one line each."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.support import postgres as pg_support

REPO = Path(__file__).resolve().parents[1]


def test_postgres_variants_are_one_line_without_a_server() -> None:
    env = {k: v for k, v in os.environ.items() if k != pg_support.ENV_VAR}
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "tests/storage/test_leases.py"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    mentions = [line for line in lines if "PostgreSQL" in line]
    assert len(mentions) == 1, mentions
    assert mentions[0].startswith("2 PostgreSQL variants skipped: run them with")
    assert f"{pg_support.ENV_VAR}=$(bash .ci/postgres) pytest" in mentions[0]
    assert not [line for line in lines if line.startswith("SKIPPED")]
    assert lines[-1].split()[:4] == ["2", "passed,", "2", "skipped"], lines[-1]
