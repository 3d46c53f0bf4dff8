"""``posapp --version`` prints the installed package's version (read only when asked)."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import version

import posapp


def test_version_is_the_installed_package_s() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "posapp", "--version"], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"posapp {version('posapp')}\n"
    assert posapp.__version__ == version("posapp")
