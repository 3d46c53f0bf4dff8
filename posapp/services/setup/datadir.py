"""Where posapp keeps its database and files: ``--data-dir``, ``POSAPP_DATA_DIR``, or the
platform's user data dir (platformdirs). The folder is private to the counter's account
(0700 on POSIX, tightened at start when looser). Called once at start, on the main thread."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from platformdirs import user_data_dir

from posapp.core.errors import InvalidInput, StorageError
from posapp.core.i18n import QT_TRANSLATE_NOOP
from posapp.core.private_files import private_dir

ENV_VAR = "POSAPP_DATA_DIR"


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The data dir to use, created if missing, made private (0700) and proven writable;
    StorageError otherwise."""
    chosen = explicit or os.environ.get(ENV_VAR) or user_data_dir("posapp", appauthor=False)
    path = Path(chosen).expanduser()
    try:
        private_dir(path)
        with tempfile.NamedTemporaryFile(dir=path, prefix=".write-test-"):
            pass
    except OSError as exc:
        reason = exc.strerror or exc.__class__.__name__
        raise StorageError(
            QT_TRANSLATE_NOOP("errors", "data dir {path} is not writable: {reason}"),
            path=path,
            reason=reason,
        ) from None
    return path


def require_empty_dir(explicit: str | os.PathLike[str], purpose: str) -> Path:
    """``explicit`` as a path, when it does not exist yet or is an empty folder; InvalidInput
    (naming ``purpose``) otherwise. Looks only: nothing is created, opened or written, so a
    shop's data dir given by mistake stays exactly as it was."""
    path = Path(explicit).expanduser()
    try:
        if not path.exists():
            return path
        if path.is_dir() and next(path.iterdir(), None) is None:
            return path
    except OSError as exc:
        raise StorageError(
            QT_TRANSLATE_NOOP("errors", "cannot read {path}: {error}"),
            path=path,
            error=exc.strerror or type(exc).__name__,
        ) from None
    raise InvalidInput(
        f"{purpose} needs an empty data dir of its own, and {path} is not empty (a shop's "
        "data?): name a new folder, or leave --data-dir out for a temporary one"
    )
