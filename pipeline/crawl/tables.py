"""The crawl's tables: rows appended article by article, through the same writer as `run`.

Rows of articles the crawl state has not committed (left by a crawl that was killed) are dropped
when the next crawl starts, and a changed article's rows are replaced, never duplicated.
"""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

from pipeline.schema import STREAMED, TABLES
from pipeline.write.atomic import atomic_path, atomic_write
from pipeline.write.summary import SummaryBuilder
from pipeline.write.tables import csv_writer, write_rows
from pipeline.write.texts import FILE as TEXTS
from pipeline.write.texts import append_texts, read_texts, rewrite_texts

_PER_ARTICLE = tuple(t for t in STREAMED if t != "errors")  # the tables an article's rows go to


class CrawlTables:
    """The tables in `out`, appended row by row; rows of uncommitted articles are dropped on start."""

    def __init__(self, out: Path) -> None:
        self.out = out
        out.mkdir(parents=True, exist_ok=True)
        for table in TABLES:
            path = out / f"{table}.csv"
            if not path.exists():
                self._rewrite(table, [])
        if not (out / TEXTS).exists():
            rewrite_texts(out, [])

    def _path(self, table: str) -> Path:
        return self.out / f"{table}.csv"

    def _rows(self, table: str) -> list[dict]:
        path = self._path(table)
        data = path.read_bytes()
        if data and not data.endswith(b"\n"):
            data = data[: data.rfind(b"\n") + 1]  # a line cut by a kill is not a row
        return list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))

    def _rewrite(self, table: str, rows: list[dict]) -> None:
        with atomic_write(self._path(table), newline="") as f:
            w = csv_writer(f, table)
            w.writeheader()
            write_rows(w, rows)

    def repair(self, committed: dict[str, str]) -> int:
        """Drop rows of articles the state has not committed, and cut lines; returns rows dropped."""
        dropped, articles = 0, 0
        for table in _PER_ARTICLE:
            rows = self._rows(table)
            keep = [r for r in rows if r.get("article_id") in committed]
            articles = len(keep) if table == "articles" else articles
            raw = self._path(table).read_bytes()
            if len(keep) != len(rows) or (raw and not raw.endswith(b"\n")):
                dropped += len(rows) - len(keep)
                self._rewrite(table, keep)
        texts = list(read_texts(self.out))
        kept = [t for t in texts if t["article_id"] in committed]
        if len(kept) != len(texts) or len(kept) != articles:
            # a text appended by a killed crawl goes; a cut gzip member (texts missing) is rewritten whole
            rewrite_texts(self.out, kept)
        return dropped

    def append(self, result: dict[str, list[dict]]) -> None:
        """Append one article's rows (articles, facts, measures), durably."""
        for table in _PER_ARTICLE:
            rows = result.get(table, [])
            with open(self._path(table), "a", newline="", encoding="utf-8") as f:
                write_rows(csv_writer(f, table), rows)
                f.flush()
                os.fsync(f.fileno())
        append_texts(self.out, result.get("texts", []))

    def replace(self, article_id: str, result: dict[str, list[dict]]) -> None:
        """A changed article: its old rows go, its new rows come, in one atomic rewrite per table."""
        for table in _PER_ARTICLE:
            kept = [r for r in self._rows(table) if r.get("article_id") != article_id]
            self._rewrite(table, kept + result.get(table, []))
        texts = [t for t in read_texts(self.out) if t["article_id"] != article_id]
        rewrite_texts(self.out, texts + result.get("texts", []))

    def write_summary(self) -> None:
        """summary.csv rebuilt from the measures (the crawl adds articles one by one)."""
        dates = {r["article_id"]: r.get("published_date", "") for r in self._rows("articles")}
        cube = SummaryBuilder()
        for m in self._rows("measures"):
            cube.add(m, dates.get(m["article_id"], ""))
        self._rewrite("summary", cube.rows())

    def write_errors(self, failures: list[tuple[str, str, str]]) -> None:
        """errors.csv: the URLs that currently fail, one line each."""
        self._rewrite("errors", [{"source": u, "stage": s if s == "skipped" else "fetch", "reason": r}
                                 for u, s, r in failures])

    def export_parquet(self) -> None:
        """Parquet copies of the tables, rebuilt whole (Parquet files are not appended to)."""
        import pyarrow.parquet as pq

        from pipeline.write.parquet import arrow_table

        for table in TABLES:
            with atomic_path(self.out / f"{table}.parquet") as tmp:
                pq.write_table(arrow_table(table, self._rows(table)), str(tmp))
