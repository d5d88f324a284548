"""The output lock: one run (or crawl) at a time writes into a folder."""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class RunLocked(RuntimeError):
    """Another run is writing into the same output folder."""


@contextmanager
def output_lock(out: Path, wait: bool = False) -> Iterator[None]:
    """Hold OUT/.vnpress.lock for the run; a second run into the same folder is refused (or waits)."""
    out.mkdir(parents=True, exist_ok=True)
    fd = os.open(out / ".vnpress.lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError as e:
            raise RunLocked(f"another vnpress run is writing to {out}") from e
        yield
    finally:
        os.close(fd)
