"""The generated history database shared by the history, report and export tests: the same
generator as ``bench/history_data.py``, cached between runs."""

from __future__ import annotations

import tempfile
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bench import history_data

SESSIONS = 50_000
IST = ZoneInfo("Asia/Kolkata")
"""The shop's time zone in the history tests."""
END = history_data.END
"""The generated history's last moment: the history services' clock stands here."""


def cache_dir(request: pytest.FixtureRequest) -> Path:
    """Where the generated database is kept between runs (pytest's cache, else /tmp)."""
    cache = getattr(request.config, "cache", None)
    if cache is not None:
        return Path(cache.mkdir("posapp_history"))
    return Path(tempfile.gettempdir()) / "posapp-history-cache"


def generated_history(request: pytest.FixtureRequest, into: Path) -> Path:
    """A copy in ``into`` of the generated 50,000-session SQLite database (with the
    migrations' indexes); its data dir is ``result.parent``."""
    return history_data.generate_cached(into, SESSIONS, cache_dir(request))
