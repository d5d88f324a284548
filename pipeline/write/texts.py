"""texts.jsonl.gz: each article's normalised text, the one its facts' offsets point into.

Written beside the tables so that a finished run can be exported for annotation and training
(`vnpress export`) and shown with its evidence highlighted (the report), without reading the inputs again.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import zlib
from collections.abc import Iterator
from pathlib import Path

from pipeline.write.atomic import commit, tmp_path

FILE = "texts.jsonl.gz"


class TextWriter:
    """Streams {"article_id", "title", "text"} lines into OUT/texts.jsonl.gz, committed on close()."""

    def __init__(self, out: str | Path) -> None:
        self.path = Path(out) / FILE
        self.tmp = tmp_path(self.path)
        self._raw = open(self.tmp, "wb")
        self._gz = gzip.GzipFile(fileobj=self._raw, mode="wb", mtime=0, compresslevel=4)  # no timestamp: identical runs, identical files
        self._f = io.TextIOWrapper(self._gz, encoding="utf-8")

    def write(self, rows: list[dict]) -> None:
        """Append articles' texts."""
        for r in rows:
            self._f.write(json.dumps(r, ensure_ascii=False) + "\n")

    def close(self) -> None:
        """Finish the file and move it into place."""
        self._f.close()
        self._raw.close()
        commit(self.tmp, self.path)


def read_texts(out: str | Path) -> Iterator[dict]:
    """The texts of a finished run, in the order of articles.csv (a tail cut by a killed crawl is skipped)."""
    try:
        with gzip.open(Path(out) / FILE, "rt", encoding="utf-8") as f:
            for line in f:
                if line.endswith("\n"):
                    yield json.loads(line)
    except (EOFError, gzip.BadGzipFile, zlib.error):
        return


def append_texts(out: str | Path, rows: list[dict]) -> None:
    """Append texts as a gzip member of their own (a crawl adds articles one at a time)."""
    with open(Path(out) / FILE, "ab") as raw:
        with gzip.GzipFile(fileobj=raw, mode="ab", mtime=0, compresslevel=4) as gz:
            gz.write("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8"))
        raw.flush()
        os.fsync(raw.fileno())


def rewrite_texts(out: str | Path, rows: list[dict]) -> None:
    """Replace the texts file whole (atomically)."""
    writer = TextWriter(out)
    writer.write(rows)
    writer.close()
