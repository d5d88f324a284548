"""Atomic writes: a file is written beside its final name and renamed into place only when complete,
so a run or crawl killed at any moment leaves either the old file or the new one, never half of one."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO


def tmp_path(path: Path) -> Path:
    """The hidden sibling a file is written to before it is committed."""
    return path.with_name(f".{path.name}.tmp")


def commit(tmp: Path, path: Path) -> None:
    """Make a finished temporary file durable and move it to its final name."""
    fd = os.open(tmp, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)


@contextmanager
def atomic_path(path: str | Path) -> Iterator[Path]:
    """Yield a temporary path to write to; on success it replaces `path`, on error it is removed."""
    path = Path(path)
    tmp = tmp_path(path)
    try:
        yield tmp
        commit(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


@contextmanager
def atomic_write(path: str | Path, mode: str = "w", encoding: str | None = "utf-8",
                 newline: str | None = None) -> Iterator[IO]:
    """Open a file for writing that appears at `path` only once it is completely written."""
    with atomic_path(path) as tmp:
        with open(tmp, mode, encoding=None if "b" in mode else encoding,
                  newline=None if "b" in mode else newline) as f:
            yield f
