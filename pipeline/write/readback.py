"""A run's CSV tables read back (by `report` and `export`): as vnpress wrote them, or as Excel saved them again."""

from __future__ import annotations

import csv
from pathlib import Path


class NotATable(ValueError):
    """A file where a run's table should be that is not one; the message says what to do."""


def csv_delimiter(path: Path) -> str:
    """',' as vnpress writes; ';' where Excel saved the table again under a decimal-comma locale (Vietnamese)."""
    with open(path, encoding="utf-8-sig", newline="", errors="replace") as f:
        return _delimiter_of(f.readline())


def _delimiter_of(header: str) -> str:
    return ";" if header.count(";") > header.count(",") else ","


def check_header(path: Path, columns: list[str], needed: tuple[str, ...] | list[str]) -> None:
    """NotATable naming the missing columns, when `columns` (the file's header) lacks some of `needed`."""
    missing = [c for c in needed if c not in columns]
    if missing:
        raise NotATable(f"{path} is not a vnpress table: no column {', '.join(missing)}")


def read_rows(path: Path, needed: tuple[str, ...]) -> list[dict]:
    """The rows of one CSV table, refused in one line when it is not UTF-8 or lacks the `needed` columns."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as f:
            delimiter = _delimiter_of(f.readline())
            f.seek(0)
            reader = csv.DictReader(f, delimiter=delimiter)
            check_header(path, list(reader.fieldnames or []), needed)
            return list(reader)
    except UnicodeDecodeError:
        raise NotATable(not_utf8(path)) from None


def not_utf8(path: Path) -> str:
    """The one-line reason for a table that is not UTF-8 (Excel's plain "CSV" writes the Windows code page)."""
    return f"{path} is not UTF-8: if Excel saved it, save it again as \"CSV UTF-8\""
