"""One file written from consecutive parts read at once, in order (the CSV export's
SQLite path).

Each part is read on its own thread while the calling thread writes: the first part's
blocks straight into the file, the others' into unnamed temporary files beside it (0600,
gone when closed, even after a crash), appended in order once every part is read
(``copy_file_range``: the kernel copies, nothing passes through Python). SQLite steps
without holding the GIL, so reading and writing overlap; memory stays flat (a few blocks
per part in flight).
"""

from __future__ import annotations

import os
import queue
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import IO, BinaryIO

Block = tuple[bytes, int]
"""Bytes to write and how many rows they hold."""

Part = Callable[[], Iterator[Block]]
"""Makes the blocks of one part, in order; called and iterated on the part's thread."""

JOIN_SECONDS = 10.0
DEPTH = 4
"""Blocks each part may have read ahead of the writer."""


def write_parts(
    out: BinaryIO, parts: Sequence[Part], spool_dir: Path, on_rows: Callable[[int], None]
) -> int:
    """Write every block of ``parts`` (consecutive, in order) to ``out``; return the rows.

    Each part is read on its own thread; the calling thread writes (the first part's
    blocks to ``out``, the others' to their temporary files, all appended at the end), so
    writing overlaps reading. ``on_rows(total)`` runs on the calling thread after every
    block written, with the rows written so far; whatever it raises (a cancel) stops
    every reader and propagates, as does any reader's error. ``out`` is then left
    incomplete: the caller discards it. Blocking.
    """
    stop = threading.Event()
    blocks: queue.Queue[tuple[int, object, int]] = queue.Queue(DEPTH * len(parts))
    threads: list[threading.Thread] = []
    with ExitStack() as spools:
        sinks: list[IO[bytes]] = [out]
        for _ in parts[1:]:
            sinks.append(
                spools.enter_context(tempfile.TemporaryFile(dir=spool_dir, prefix=".posapp-"))
            )
        try:
            for number, part in enumerate(parts):
                thread = threading.Thread(
                    target=_read, args=(number, part, blocks, stop), daemon=True,
                    name=f"posapp-export-part-{number}",
                )  # fmt: skip
                threads.append(thread)
                thread.start()
            total, running = 0, len(threads)
            while running:
                number, data, rows = blocks.get()
                if data is _DONE:
                    running -= 1
                elif isinstance(data, BaseException):
                    raise data  # a reader's error
                elif isinstance(data, bytes):
                    sinks[number].write(data)
                    total += rows
                    on_rows(total)
        finally:
            stop.set()
            for thread in threads:
                thread.join(JOIN_SECONDS)
        out.flush()
        for spool in sinks[1:]:
            append_file(spool, out)
    return total


_DONE = object()


def _read(
    number: int,
    part: Part,
    blocks: queue.Queue[tuple[int, object, int]],
    stop: threading.Event,
) -> None:
    """Part ``number``'s thread: hand its blocks to the writer, then ``_DONE`` (or the
    error). Gives up as soon as ``stop`` is set."""
    try:
        made = part()
        try:
            for data, rows in made:
                if not _put(blocks, (number, data, rows), stop):
                    return
        finally:
            close = getattr(made, "close", None)
            if close is not None:
                close()  # a generator's cleanup (its database session) on this thread
        _put(blocks, (number, _DONE, 0), stop)
    except BaseException as exc:  # handed to the writing thread
        _put(blocks, (number, exc, 0), stop)


def _put(
    blocks: queue.Queue[tuple[int, object, int]],
    item: tuple[int, object, int],
    stop: threading.Event,
) -> bool:
    """Queue ``item`` unless ``stop`` is set first (the writer is gone)."""
    while not stop.is_set():
        try:
            blocks.put(item, timeout=0.1)
            return True
        except queue.Full:
            continue
    return False


def append_file(source: IO[bytes], out: BinaryIO) -> None:
    """Append all of ``source`` (a file this process wrote) to ``out`` at its current
    end: in the kernel where it can (``copy_file_range``), else through a buffer.
    Caller's thread."""
    source.flush()
    size = source.seek(0, os.SEEK_END)
    out.flush()
    copied = 0
    copy_range = getattr(os, "copy_file_range", None)
    if copy_range is not None:
        try:
            while copied < size:
                step = copy_range(source.fileno(), out.fileno(), size - copied, copied)
                if step <= 0:
                    break
                copied += step
        except OSError:
            pass  # not on this file system: copy the rest below
    source.seek(copied)
    shutil.copyfileobj(source, out, 1 << 20)
    out.flush()
