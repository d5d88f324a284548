"""Parquet with the schema's types: dates as dates, counts as nullable integers, codes as strings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.schema import TABLES

_ARROW = {"string": pa.string(), "code": pa.string(), "int": pa.int64(), "date": pa.date32(),
          "datetime": pa.timestamp("s", tz="UTC")}


def arrow_schema(table: str) -> pa.Schema:
    """The Arrow schema of one table."""
    return pa.schema([(c.name, _ARROW[c.type]) for c in TABLES[table]])


def _convert(value, typ: str):
    if value is None or value == "":
        return None
    if typ == "int":
        return int(value)
    if typ == "date":
        return dt.date.fromisoformat(str(value)[:10])
    if typ == "datetime":
        return dt.datetime.fromisoformat(str(value)).astimezone(dt.UTC)
    return str(value)


def arrow_table(table: str, rows: list[dict]) -> pa.Table:
    """Rows as an Arrow table of the declared types."""
    cols = TABLES[table]
    data = {c.name: [_convert(r.get(c.name), c.type) for r in rows] for c in cols}
    return pa.table(data, schema=arrow_schema(table))


def open_writer(path: Path, table: str) -> pq.ParquetWriter:
    """A writer that appends row groups."""
    return pq.ParquetWriter(str(path), arrow_schema(table))
