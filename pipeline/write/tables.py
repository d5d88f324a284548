"""Writers: the tables as CSV (and Parquet), written to temporary files and renamed when complete,
so an interrupted run never leaves a half-written table behind."""

from __future__ import annotations

import csv
import os
from pathlib import Path

from pipeline.schema import TABLES, names

_INERT_START = ("=", "+", "-", "@", "\t", "\r")


def excel_safe(value):
    """A cell that Excel will not run as a formula ("=HYPERLINK(…)" -> "'=HYPERLINK(…)")."""
    if isinstance(value, str) and value.startswith(_INERT_START):
        return "'" + value
    return value


def _cell(value):
    return "" if value is None else value


class TableWriter:
    """Streams rows of the three tables into OUT, in CSV and/or Parquet, committed on close()."""

    def __init__(self, out: str | Path, fmt: str = "csv", excel: bool = False, chunk_rows: int = 5000) -> None:
        self.out = Path(out)
        self.out.mkdir(parents=True, exist_ok=True)
        self.fmt = fmt
        self.excel = excel
        self.chunk_rows = chunk_rows
        self._csv: dict[str, tuple] = {}
        self._pq: dict[str, object] = {}
        self._buffers: dict[str, list[dict]] = {t: [] for t in TABLES}
        self.counts: dict[str, int] = {t: 0 for t in TABLES}
        for table in TABLES:
            if fmt in ("csv", "both"):
                tmp = self.out / f".{table}.csv.tmp"
                f = open(tmp, "w", newline="", encoding="utf-8-sig" if excel else "utf-8")
                w = csv.DictWriter(f, fieldnames=names(table), extrasaction="ignore")
                w.writeheader()
                self._csv[table] = (f, w, tmp)

    def write(self, table: str, rows: list[dict]) -> None:
        """Append rows to one table."""
        if not rows:
            return
        self.counts[table] += len(rows)
        if table in self._csv:
            _, w, _ = self._csv[table]
            for r in rows:
                w.writerow({k: (excel_safe(_cell(v)) if self.excel else _cell(v)) for k, v in r.items()})
        if self.fmt in ("parquet", "both"):
            buf = self._buffers[table]
            buf.extend(rows)
            if len(buf) >= self.chunk_rows:
                self._flush_parquet(table)

    def _flush_parquet(self, table: str) -> None:
        from pipeline.write.parquet import arrow_table, open_writer

        buf = self._buffers[table]
        if not buf and table in self._pq:
            return
        tbl = arrow_table(table, buf)
        if table not in self._pq:
            self._pq[table] = open_writer(self.out / f".{table}.parquet.tmp", table)
        self._pq[table].write_table(tbl)
        buf.clear()

    def close(self) -> None:
        """Flush everything and move the finished tables into place."""
        for table, (f, _, tmp) in self._csv.items():
            f.flush()
            os.fsync(f.fileno())
            f.close()
            os.replace(tmp, self.out / f"{table}.csv")
        if self.fmt in ("parquet", "both"):
            for table in TABLES:
                self._flush_parquet(table)
                self._pq[table].close()
                os.replace(self.out / f".{table}.parquet.tmp", self.out / f"{table}.parquet")
