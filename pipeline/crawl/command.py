"""The nightly crawl: discover new article URLs from feeds, sitemaps and section pages, fetch only
what is new or changed, archive every response as WARC, extract, and append to the tables.

Safe from cron: a second crawl started while one runs exits 0 with a message (a lock); a crawl
killed at any moment loses nothing and duplicates nothing when run again, because an article's
rows count only once its URL is committed in the state file, and rows left by a killed run are
dropped when the next one starts.
"""

from __future__ import annotations

import argparse
import fcntl
import hashlib
import logging
import os
import sys
import time
from pathlib import Path

from pipeline.crawl.archive import Archive
from pipeline.crawl.discover import discover, source_outlets
from pipeline.crawl.state import CrawlState
from pipeline.crawl.tables import CrawlTables
from pipeline.read.decode import charset_of
from pipeline.read.fetch import Fetcher
from pipeline.read.inputs import record_from_bytes
from pipeline.run.batch import process_records
from pipeline.run.lock import RunLocked, open_lock_file, output_lock
from pipeline.run.stats import Stats, check_stats_path, write_stats
from pipeline.settings import Settings, SourceSettings

log = logging.getLogger(__name__)

COUNTERS = ("discovered", "new_urls", "fetched", "not_modified", "skipped", "failed", "new_articles",
            "changed_articles", "new_facts")


def crawl(cfg: Settings, out_override: str | None = None, fmt: str | None = None, quiet: bool = False
          ) -> tuple[Stats, int]:
    """One crawl run; returns its stats (with the counters) and the exit status."""
    ccfg = cfg.crawl
    out = Path(out_override or ccfg.out)
    state_path = Path(ccfg.state)
    lock_fd = open_lock_file(state_path.parent, state_path.name + ".lock")
    try:
        fcntl.flock(lock_fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(lock_fd)
        print(f"vnpress crawl: another crawl holds {state_path}.lock; nothing to do", file=sys.stderr)
        return Stats(), 0
    stats = Stats()
    stats.counters.update(dict.fromkeys(COUNTERS, 0))
    started = time.time()
    try:
        with output_lock(out):
            cfg = source_outlets(cfg)
            state = CrawlState(state_path)
            tables = CrawlTables(out)
            dropped = tables.repair(state.committed_articles())
            if dropped:
                log.warning("dropped %d rows left by an interrupted crawl", dropped)
            archive = Archive(ccfg.raw_dir)
            refetch = ccfg.refetch  # conditional | never | always
            try:
                with Fetcher(cfg) as fetcher:
                    for src in cfg.sources:
                        with stats.timed("discover") as step:
                            urls = discover(src, fetcher, archive, stats)
                            step.produced += len(urls)
                        stats.count("discovered", len(urls))
                        for url in urls:
                            if state.add_discovered(url, src.name):
                                stats.count("new_urls")
                            _visit(url, src, cfg, state, tables, fetcher, archive, stats, refetch)
            finally:
                archive.close()
            tables.write_errors(state.failures())
            tables.write_summary()
            if (fmt or cfg.run.format) in ("parquet", "both"):
                tables.export_parquet()
            state.record_run(started, {k: stats.counters[k] for k in COUNTERS})
            state.close()
    except RunLocked as e:
        print(f"vnpress crawl: {e}; nothing to do", file=sys.stderr)
        return Stats(), 0
    finally:
        os.close(lock_fd)
    if not quiet:
        print("crawl: " + ", ".join(f"{k.replace('_', ' ')} {stats.counters[k]}" for k in COUNTERS)
              + f", {time.time() - started:.1f} s", file=sys.stderr)
    return stats, 1 if stats.counters["failed"] else 0


def _visit(url: str, src: SourceSettings, cfg: Settings, state: CrawlState, tables: CrawlTables, fetcher: Fetcher,
           archive: Archive, stats: Stats, refetch: str) -> None:
    row = state.get(url) or {}
    done = row.get("status") == "fetched"
    if done and refetch == "never":
        return
    conditional = done and refetch == "conditional"
    resp = fetcher.fetch(url, etag=row.get("etag") if conditional else None,
                         last_modified=row.get("last_modified") if conditional else None)
    if resp.not_modified:
        stats.count("not_modified")
        state.touched(url, 304)
        return
    if not resp.ok:
        policy = resp.stage == "robots" or "content type" in resp.error
        stats.count("skipped" if policy else "failed")
        state.failed(url, resp.error or f"HTTP {resp.status}", "skipped" if policy else "failed")
        return
    stats.count("fetched")
    archive.write(url, resp.status, resp.headers, resp.body)
    digest = hashlib.sha1(resp.body).hexdigest()
    if done and row.get("content_hash") == digest:
        stats.count("not_modified")
        state.touched(url, resp.status)
        return
    ctype = resp.headers.get("content-type", "")
    rec = record_from_bytes(resp.body, url, "html", cfg, url=url, charset=charset_of(ctype))
    if rec.doc is None:
        stats.count("skipped")
        state.failed(url, f"not an article: {rec.reason}", "skipped")
        return
    if src.outlet:
        rec.doc.outlet = src.outlet
    result = process_records(iter([rec]), cfg)
    if result["errors"] or not result["articles"]:
        stats.count("failed")
        state.failed(url, result["errors"][0]["reason"] if result["errors"] else "no article")
        return
    aid = result["articles"][0]["article_id"]
    if done and row.get("article_id"):
        tables.replace(aid, result)
        stats.count("changed_articles")
    else:
        tables.append(result)
        stats.count("new_articles")
    stats.count("new_facts", len(result["facts"]))
    state.fetched(url, resp.status, resp.headers.get("etag", ""), resp.headers.get("last-modified", ""), digest, aid)


def main(args: argparse.Namespace, cfg: Settings) -> int:
    """`vnpress crawl --config FILE`."""
    if not cfg.sources:
        print("vnpress crawl: the config has no [[source]] to crawl", file=sys.stderr)
        return 2
    check_stats_path(args.stats)
    stats, code = crawl(cfg, args.out, args.format, args.quiet)
    write_stats(args.stats, stats.to_dict())
    return code
