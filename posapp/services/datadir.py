"""Where posapp keeps its database and files: ``--data-dir``, ``POSAPP_DATA_DIR``, or the
platform's user data dir (platformdirs). Called once at start, on the main thread."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from platformdirs import user_data_dir

from posapp.core.errors import StorageError

ENV_VAR = "POSAPP_DATA_DIR"


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The data dir to use, created if missing and proven writable; StorageError otherwise."""
    chosen = explicit or os.environ.get(ENV_VAR) or user_data_dir("posapp", appauthor=False)
    path = Path(chosen).expanduser()
    try:
        path.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path, prefix=".write-test-"):
            pass
    except OSError as exc:
        reason = exc.strerror or exc.__class__.__name__
        raise StorageError(f"data dir {path} is not writable: {reason}") from None
    return path
