"""What the crawl has seen and fetched: a SQLite file in WAL mode, one row per URL."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from pipeline.run.lock import OutputError, ensure_folder

SCHEMA = """
create table if not exists urls (
    url text primary key,          -- normalised
    source text,                   -- the configured source that found it
    status text,                   -- new | fetched | failed | skipped
    fetched_at real,
    http_status integer,
    etag text,
    last_modified text,
    content_hash text,
    article_id text,
    error text
);
create table if not exists runs (
    started_at real, finished_at real, discovered integer, fetched integer, not_modified integer,
    failed integer, new_articles integer, changed_articles integer, new_facts integer
);
"""


class CrawlState:
    """Read and update the crawl state; every update is its own committed transaction."""

    def __init__(self, path: str | Path) -> None:
        ensure_folder(Path(path).parent)
        try:
            self.db = sqlite3.connect(str(path), timeout=30, isolation_level=None)
            self.db.execute("pragma journal_mode=wal")
            self.db.execute("pragma synchronous=full")  # a committed fetch survives power loss
            self.db.executescript(SCHEMA)
        except sqlite3.DatabaseError as e:  # a folder at its path, a file that is not SQLite, a read-only disk
            raise OutputError(f"cannot use the crawl state {path}: {e}") from None

    def close(self) -> None:
        self.db.close()

    def get(self, url: str) -> dict | None:
        """The row of one URL."""
        cur = self.db.execute("select * from urls where url = ?", (url,))
        row = cur.fetchone()
        return dict(zip([c[0] for c in cur.description], row, strict=True)) if row else None

    def add_discovered(self, url: str, source: str) -> bool:
        """Record a discovered URL; True when it was not known before (a new URL)."""
        cur = self.db.execute("insert or ignore into urls(url, source, status) values (?, ?, 'new')", (url, source))
        return cur.rowcount == 1

    def fetched(self, url: str, http_status: int, etag: str, last_modified: str, content_hash: str,
                article_id: str) -> None:
        """Commit a fetched (and, for articles, extracted and written) page."""
        self.db.execute(
            "update urls set status='fetched', fetched_at=?, http_status=?, etag=?, last_modified=?, content_hash=?,"
            " article_id=?, error=null where url=?",
            (time.time(), http_status, etag, last_modified, content_hash, article_id, url))

    def touched(self, url: str, http_status: int) -> None:
        """A conditional request that found the page unchanged."""
        self.db.execute("update urls set fetched_at=?, http_status=? where url=?", (time.time(), http_status, url))

    def failed(self, url: str, reason: str, status: str = "failed") -> None:
        """A fetch that failed (or a page refused by policy)."""
        self.db.execute("update urls set status=?, fetched_at=?, error=? where url=?", (status, time.time(), reason, url))

    def committed_articles(self) -> dict[str, str]:
        """{article_id: content_hash} of every article whose rows are in the tables."""
        return dict(self.db.execute("select article_id, content_hash from urls where status='fetched' and article_id != ''"))

    def failures(self) -> list[tuple[str, str, str]]:
        """(url, stage, reason) of every URL that currently fails."""
        return [(u, s, r or "") for u, s, r in self.db.execute(
            "select url, status, error from urls where status in ('failed', 'skipped') order by url")]

    def record_run(self, started: float, counts: dict) -> None:
        """Keep the counters of a finished run."""
        self.db.execute("insert into runs values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (started, time.time(), counts["discovered"], counts["fetched"], counts["not_modified"],
                         counts["failed"], counts["new_articles"], counts["changed_articles"], counts["new_facts"]))
