"""The one table writer: CSV (and Parquet) rows in the schema's columns, for `run` and `crawl` alike.

Both write through `csv_writer` and `cell`, so the tables have the same dialect (RFC 4180, CRLF line
ends), the same quoting and the same cleaning whichever command wrote them. A run's tables are
written to temporary files and renamed when complete (`TableWriter`); the crawl appends rows to the
existing tables and rewrites them atomically when it must drop or replace rows.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import IO

from pipeline.schema import TABLES, names
from pipeline.write.atomic import commit, tmp_path

_INERT_START = ("=", "+", "-", "@", "\t", "\r")


def excel_safe(value):
    """A cell that Excel will not run as a formula ("=HYPERLINK(…)" -> "'=HYPERLINK(…)")."""
    if isinstance(value, str) and value.startswith(_INERT_START):
        return "'" + value
    return value


def cell(value, excel: bool = False):
    """A value as written: None empty, line breaks inside text as spaces (one row is one line)."""
    if value is None:
        return ""
    if isinstance(value, str) and ("\n" in value or "\r" in value):
        value = " ".join(value.splitlines())
    return excel_safe(value) if excel else value


def csv_writer(f: IO[str], table: str) -> csv.DictWriter:
    """A writer of one table's rows in its schema's columns."""
    return csv.DictWriter(f, fieldnames=names(table), extrasaction="ignore")


def write_rows(writer: csv.DictWriter, rows: list[dict], excel: bool = False) -> None:
    """Write rows, cleaned cell by cell."""
    fields, raw = writer.fieldnames, writer.writer  # lists straight to the C writer: no dict per row
    for r in rows:
        raw.writerow([cell(r.get(k), excel) for k in fields])


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
                tmp = tmp_path(self.out / f"{table}.csv")
                f = open(tmp, "w", newline="", encoding="utf-8-sig" if excel else "utf-8")
                w = csv_writer(f, table)
                w.writeheader()
                self._csv[table] = (f, w, tmp)

    def write(self, table: str, rows: list[dict]) -> None:
        """Append rows to one table."""
        if not rows:
            return
        self.counts[table] += len(rows)
        if table in self._csv:
            write_rows(self._csv[table][1], rows, self.excel)
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
            self._pq[table] = open_writer(tmp_path(self.out / f"{table}.parquet"), table)
        self._pq[table].write_table(tbl)
        buf.clear()

    def close(self) -> None:
        """Flush everything and move the finished tables into place."""
        for table, (f, _, tmp) in self._csv.items():
            f.close()
            commit(tmp, self.out / f"{table}.csv")
        if self.fmt in ("parquet", "both"):
            for table in TABLES:
                self._flush_parquet(table)
                self._pq[table].close()
                commit(tmp_path(self.out / f"{table}.parquet"), self.out / f"{table}.parquet")
