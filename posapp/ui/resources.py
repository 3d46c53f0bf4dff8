"""Where bundled files (sounds) are: the source tree's ``resources/`` or PyInstaller's dir."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_path(relative: str) -> Path:
    """Absolute path of ``resources/<relative>`` in a checkout or a frozen app (any thread)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources" / relative
    return Path(__file__).resolve().parents[2] / "resources" / relative
