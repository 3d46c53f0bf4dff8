"""Files only the counter's own account may read (POSIX modes; no-ops elsewhere).

The data dir is 0700; the database, its -wal/-shm/-journal files and every export (CSV,
PDF) are 0600, whatever the process umask: they hold the bcrypt hashes of short PINs and
the shop's sales. Stdlib only; any thread.
"""

from __future__ import annotations

import contextlib
import logging
import os
import stat
from pathlib import Path

log = logging.getLogger("posapp.core.private_files")
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
POSIX = os.name == "posix"


def tighten(path: Path, mode: int) -> None:
    """Take away every permission of ``path`` beyond ``mode`` (group and others), when it
    exists and allows more. A path owned by another account, or a shared sticky folder
    (``/tmp``), is logged and left as it is."""
    if not POSIX:
        return
    try:
        current = stat.S_IMODE(path.stat().st_mode)
        extra = current & 0o777 & ~mode
        if not extra:
            return
        if current & stat.S_ISVTX:  # a shared folder such as /tmp: never lock others out
            log.warning("%s is a shared folder (sticky bit): not made private", path)
            return
        path.chmod(current & ~extra)
    except FileNotFoundError:
        return
    except OSError as exc:
        log.warning("cannot make %s private: %s", path, exc.strerror or type(exc).__name__)


def private_dir(path: Path) -> None:
    """Create the folder ``path`` (and its parents) if missing; make it 0700."""
    path.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    tighten(path, PRIVATE_DIR_MODE)


def private_file(path: Path) -> None:
    """Create ``path`` empty with mode 0600 if missing, or tighten it to 0600, before a
    library (SQLite, Qt's PDF writer) opens and writes it: the content is never readable
    by others, not even for a moment. The content of an existing file is kept."""
    if POSIX:
        with contextlib.suppress(FileExistsError):
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
            os.close(fd)
    tighten(path, PRIVATE_FILE_MODE)
