"""The nightly crawl: discover new article URLs from feeds, sitemaps and section pages, fetch only
what is new or changed, archive every response as WARC, extract, and append to the tables.

Safe from cron: a second crawl started while one runs exits 0 with a message (a lock); a crawl
killed at any moment loses nothing and duplicates nothing when run again, because an article's
rows count only once its URL is committed in the state file, and rows left by a killed run are
dropped when the next one starts.
"""

from __future__ import annotations

import argparse
import csv
import fcntl
import hashlib
import logging
import os
import re
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

from pipeline.crawl.archive import Archive
from pipeline.crawl.feeds import feed_links
from pipeline.crawl.listing import listing_links
from pipeline.crawl.sitemaps import sitemap_links
from pipeline.crawl.state import CrawlState
from pipeline.crawl.xmlsafe import UnsafeXML
from pipeline.read.decode import DecodeError, charset_of
from pipeline.read.fetch import Fetcher
from pipeline.read.html import NotAnArticle
from pipeline.read.inputs import Record, document_from_bytes
from pipeline.run.runner import RunLocked, output_lock, process_records
from pipeline.schema import names
from pipeline.urls import normalize_url

log = logging.getLogger(__name__)

EXAMPLES = """examples:
  vnpress crawl --config crawl.toml
  # crontab: every night at 02:15, appending to data/processed
  15 2 * * * cd /srv/vnpress && .venv/bin/vnpress crawl --config crawl.toml --quiet >> crawl.log 2>&1
"""
DEFAULT_ARTICLE_PATTERN = r"\.s?html?(?:$|\?)|[-/_]\d{4,}(?:$|[./?])|/\d{4}/\d{2}/"
COUNTERS = ("discovered", "new_urls", "fetched", "not_modified", "skipped", "failed", "new_articles",
            "changed_articles", "new_facts")


def add_arguments(p: argparse.ArgumentParser) -> None:
    """Options of `vnpress crawl`."""
    p.add_argument("--out", help="override [crawl] out: where the tables are appended")
    p.add_argument("--format", choices=["csv", "parquet", "both"], default=None,
                   help="also keep Parquet copies of the tables, rebuilt after each crawl")
    p.add_argument("--excel", action="store_true", help="accepted for symmetry with run; the appended CSV stays plain UTF-8")
    p.add_argument("--workers", type=int, default=None, help="accepted; fetching is paced per host, extraction is serial")
    p.add_argument("--engine", choices=["local", "dask"], default=None, help="accepted; the crawl runs locally")


class CrawlTables:
    """The tables in `out`, appended row by row; rows of uncommitted articles are dropped on start."""

    def __init__(self, out: Path) -> None:
        self.out = out
        out.mkdir(parents=True, exist_ok=True)
        for table in ("articles", "facts", "errors"):
            path = out / f"{table}.csv"
            if not path.exists():
                self._rewrite(table, [])

    def _path(self, table: str) -> Path:
        return self.out / f"{table}.csv"

    @staticmethod
    def _clean(value) -> str:
        return "" if value is None else " ".join(str(value).splitlines()) if isinstance(value, str) else str(value)

    def _rows(self, table: str) -> list[dict]:
        path = self._path(table)
        data = path.read_bytes()
        if data and not data.endswith(b"\n"):
            data = data[: data.rfind(b"\n") + 1]  # a line cut by a kill is not a row
        text = data.decode("utf-8")
        return list(csv.DictReader(text.splitlines()))

    def _rewrite(self, table: str, rows: list[dict]) -> None:
        tmp = self.out / f".{table}.csv.crawl.tmp"
        with open(tmp, "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=names(table), extrasaction="ignore", lineterminator="\n")
            w.writeheader()
            for r in rows:
                w.writerow({k: self._clean(r.get(k)) for k in names(table)})
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, self._path(table))

    def repair(self, committed: dict[str, str]) -> int:
        """Drop rows of articles the state has not committed, and cut lines; returns rows dropped."""
        dropped = 0
        for table in ("articles", "facts"):
            rows = self._rows(table)
            keep = [r for r in rows if r.get("article_id") in committed]
            raw = self._path(table).read_bytes()
            if len(keep) != len(rows) or (raw and not raw.endswith(b"\n")):
                dropped += len(rows) - len(keep)
                self._rewrite(table, keep)
        return dropped

    def append(self, articles: list[dict], facts: list[dict]) -> None:
        """Append one article's rows, durably."""
        for table, rows in (("articles", articles), ("facts", facts)):
            with open(self._path(table), "a", newline="", encoding="utf-8") as f:
                w = csv.DictWriter(f, fieldnames=names(table), extrasaction="ignore", lineterminator="\n")
                for r in rows:
                    w.writerow({k: self._clean(r.get(k)) for k in names(table)})
                f.flush()
                os.fsync(f.fileno())

    def replace(self, article_id: str, articles: list[dict], facts: list[dict]) -> None:
        """A changed article: its old rows go, its new rows come, in one atomic rewrite per table."""
        for table, rows in (("articles", articles), ("facts", facts)):
            kept = [r for r in self._rows(table) if r.get("article_id") != article_id]
            self._rewrite(table, kept + rows)

    def write_errors(self, failures: list[tuple[str, str, str]]) -> None:
        """errors.csv: the URLs that currently fail, one line each."""
        self._rewrite("errors", [{"source": u, "stage": s if s == "skipped" else "fetch", "reason": r}
                                 for u, s, r in failures])

    def export_parquet(self) -> None:
        """Parquet copies of the tables, rebuilt whole (Parquet files are not appended to)."""
        import pyarrow.parquet as pq

        from pipeline.write.parquet import arrow_table

        for table in ("articles", "facts", "errors"):
            tmp = self.out / f".{table}.parquet.tmp"
            pq.write_table(arrow_table(table, self._rows(table)), str(tmp))
            os.replace(tmp, self.out / f"{table}.parquet")


def _source_outlets(cfg: dict) -> dict:
    """The configured sources as outlets (their hosts give their province), ahead of the defaults."""
    extra = []
    for src in cfg.get("source", []):
        hosts = {urlsplit(u).hostname for key in ("feeds", "sitemaps", "sections") for u in src.get(key, [])}
        hosts.discard(None)
        if src.get("province"):
            extra.append({"name": src.get("outlet", src.get("name", "")), "markers": [], "domains": sorted(hosts),
                          "province": src["province"]})
    return {**cfg, "outlets": extra + list(cfg.get("outlets", []))}


def discover(src: dict, fetcher: Fetcher, archive: Archive, counts: dict) -> list[str]:
    """Every candidate article URL of one source, in discovery order, normalised and filtered."""
    found: list[str] = []
    depth = int(src.get("pagination_depth", 3))

    def get(url: str) -> bytes | None:
        resp = fetcher.fetch(url)
        if not resp.ok:
            counts["failed"] += 1
            log.warning("discovery %s: %s", url, resp.error or resp.status)
            return None
        archive.write(resp.final_url or url, resp.status, resp.headers, resp.body, role="discovery")
        return resp.body

    for feed in src.get("feeds", []):
        body = get(feed)
        if body is not None:
            try:
                found += feed_links(body)
            except UnsafeXML as e:
                counts["failed"] += 1
                log.warning("feed %s: %s", feed, e)
    queue = [(sm, 0) for sm in src.get("sitemaps", [])]
    while queue:
        sm, level = queue.pop(0)
        body = get(sm)
        if body is None:
            continue
        try:
            pages, children = sitemap_links(body)
        except (UnsafeXML, OSError, EOFError) as e:
            counts["failed"] += 1
            log.warning("sitemap %s: %s", sm, e)
            continue
        found += pages
        if level < 3:
            queue += [(c, level + 1) for c in children]
    pattern = re.compile(src.get("article_pattern", DEFAULT_ARTICLE_PATTERN))
    for section in src.get("sections", []):
        url, pages = section, 0
        while url and pages < depth:
            body = get(url)
            pages += 1
            if body is None:
                break
            links, url = listing_links(body, url)
            found += [link for link in links if pattern.search(urlsplit(link).path + ("?" + urlsplit(link).query if urlsplit(link).query else ""))]
    include = [re.compile(p) for p in src.get("include", [])]
    exclude = [re.compile(p) for p in src.get("exclude", [])]
    out, seen = [], set()
    for link in found:
        url = normalize_url(link)
        if url in seen or (include and not any(p.search(url) for p in include)) or any(p.search(url) for p in exclude):
            continue
        seen.add(url)
        out.append(url)
    return out


def crawl(cfg: dict, out_override: str | None = None, fmt: str | None = None, quiet: bool = False) -> tuple[dict, int]:
    """One crawl run; returns (counters, exit status)."""
    ccfg = cfg.get("crawl", {})
    out = Path(out_override or ccfg.get("out", "data/processed"))
    state_path = Path(ccfg.get("state", "data/crawl.sqlite"))
    state_path.parent.mkdir(parents=True, exist_ok=True)
    lock_fd = os.open(str(state_path) + ".lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(lock_fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(lock_fd)
        print(f"vnpress crawl: another crawl holds {state_path}.lock; nothing to do", file=sys.stderr)
        return {}, 0
    counts = dict.fromkeys(COUNTERS, 0)
    started = time.time()
    try:
        with output_lock(out):
            cfg = _source_outlets(cfg)
            state = CrawlState(state_path)
            tables = CrawlTables(out)
            dropped = tables.repair(state.committed_articles())
            if dropped:
                log.warning("dropped %d rows left by an interrupted crawl", dropped)
            archive = Archive(ccfg.get("raw_dir", "data/raw/crawl"))
            refetch = ccfg.get("refetch", "conditional")  # conditional | never | always
            try:
                with Fetcher(cfg) as fetcher:
                    for src in cfg.get("source", []):
                        urls = discover(src, fetcher, archive, counts)
                        counts["discovered"] += len(urls)
                        for url in urls:
                            if state.seen(url, src.get("name", "")):
                                counts["new_urls"] += 1
                            _visit(url, src, cfg, state, tables, fetcher, archive, counts, refetch)
            finally:
                archive.close()
            tables.write_errors(state.failures())
            if (fmt or cfg.get("run", {}).get("format", "csv")) in ("parquet", "both"):
                tables.export_parquet()
            state.record_run(started, counts)
            state.close()
    except RunLocked as e:
        print(f"vnpress crawl: {e}; nothing to do", file=sys.stderr)
        return {}, 0
    finally:
        os.close(lock_fd)
    if not quiet:
        print("crawl: " + ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in counts.items())
              + f", {time.time() - started:.1f} s", file=sys.stderr)
    return counts, 1 if counts["failed"] else 0


def _visit(url: str, src: dict, cfg: dict, state: CrawlState, tables: CrawlTables, fetcher: Fetcher,
           archive: Archive, counts: dict, refetch: str) -> None:
    row = state.get(url) or {}
    done = row.get("status") == "fetched"
    if done and refetch == "never":
        return
    conditional = done and refetch == "conditional"
    resp = fetcher.fetch(url, etag=row.get("etag") if conditional else None,
                         last_modified=row.get("last_modified") if conditional else None)
    if resp.not_modified:
        counts["not_modified"] += 1
        state.touched(url, 304)
        return
    if not resp.ok:
        policy = resp.stage == "robots" or "content type" in resp.error
        counts["skipped" if policy else "failed"] += 1
        state.failed(url, resp.error or f"HTTP {resp.status}", "skipped" if policy else "failed")
        return
    counts["fetched"] += 1
    archive.write(url, resp.status, resp.headers, resp.body)
    digest = hashlib.sha1(resp.body).hexdigest()
    if done and row.get("content_hash") == digest:
        counts["not_modified"] += 1
        state.touched(url, resp.status)
        return
    ctype = resp.headers.get("content-type", "")
    try:
        doc = document_from_bytes(resp.body, url, "html", cfg, url=url, charset=charset_of(ctype))
    except (DecodeError, NotAnArticle) as e:
        counts["skipped"] += 1
        state.failed(url, f"not an article: {e}", "skipped")
        return
    if src.get("outlet"):
        doc.outlet = src["outlet"]
    result = process_records(iter([Record(url, doc=doc)]), cfg)
    if result["errors"] or not result["articles"]:
        counts["failed"] += 1
        state.failed(url, result["errors"][0]["reason"] if result["errors"] else "no article")
        return
    aid = result["articles"][0]["article_id"]
    if done and row.get("article_id"):
        tables.replace(aid, result["articles"], result["facts"])
        counts["changed_articles"] += 1
    else:
        tables.append(result["articles"], result["facts"])
        counts["new_articles"] += 1
    counts["new_facts"] += len(result["facts"])
    state.fetched(url, resp.status, resp.headers.get("etag", ""), resp.headers.get("last-modified", ""), digest, aid)


def main(args: argparse.Namespace, cfg: dict) -> int:
    """`vnpress crawl --config FILE`."""
    if not cfg.get("source"):
        print("vnpress crawl: the config has no [[source]] to crawl", file=sys.stderr)
        return 2
    _counts, code = crawl(cfg, args.out, args.format, args.quiet)
    return code
