"""The output lock: one run (or crawl) at a time writes into a folder."""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class RunLocked(RuntimeError):
    """Another run is writing into the same output folder."""


class OutputError(RuntimeError):
    """An output (the tables' folder, the crawl's state) cannot be used: a file stands at its path, or it cannot be
    created or written."""


@contextmanager
def output_lock(out: Path, wait: bool = False) -> Iterator[None]:
    """Hold OUT/.vnpress.lock for the run; a second run into the same folder is refused (or waits)."""
    fd = open_lock_file(out, ".vnpress.lock")
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError as e:
            raise RunLocked(f"another vnpress run is writing to {out}") from e
        yield
    finally:
        os.close(fd)


def ensure_folder(folder: Path) -> None:
    """Make FOLDER if it is missing; an unusable one (a file at its path, no permission) is one clear OutputError."""
    if folder.exists() and not folder.is_dir():
        raise OutputError(f"{folder} is a file, not a folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise OutputError(f"cannot write to {folder}: {e.strerror or e}") from None


def open_lock_file(folder: Path, name: str) -> int:
    """FOLDER/NAME opened for locking, the folder made if needed."""
    ensure_folder(folder)
    try:
        return os.open(folder / name, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as e:
        raise OutputError(f"cannot write to {folder}: {e.strerror or e}") from None
