"""The generated history database shared by the history, report and export tests: the same
generator as ``bench/history_data.py``, cached between runs."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from types import ModuleType

import pytest

SESSIONS = 50_000


def bench_data() -> ModuleType:
    """``bench/history_data.py`` (the generator shared with the benchmark)."""
    root = str(Path(__file__).resolve().parents[1])
    if root not in sys.path:
        sys.path.insert(0, root)
    import bench.history_data as data

    return data


def cache_dir(request: pytest.FixtureRequest) -> Path:
    """Where the generated database is kept between runs (pytest's cache, else /tmp)."""
    cache = getattr(request.config, "cache", None)
    if cache is not None:
        return Path(cache.mkdir("posapp_history"))
    return Path(tempfile.gettempdir()) / "posapp-history-cache"


def generated_history(request: pytest.FixtureRequest, into: Path) -> Path:
    """A copy in ``into`` of the generated 50,000-session SQLite database (with the
    recommended indexes); its data dir is ``result.parent``."""
    return bench_data().generate_cached(into, SESSIONS, cache_dir(request))
