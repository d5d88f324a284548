"""Discovery: the candidate article URLs of one source, from its feeds, sitemaps and section pages."""

from __future__ import annotations

import logging
import re
from urllib.parse import urlsplit

from pipeline.crawl.archive import Archive
from pipeline.crawl.feeds import feed_links
from pipeline.crawl.listing import listing_links
from pipeline.crawl.sitemaps import sitemap_links
from pipeline.crawl.xmlsafe import UnsafeXML
from pipeline.read.fetch import Fetcher
from pipeline.run.stats import Stats
from pipeline.settings import Outlet, Settings, SourceSettings
from pipeline.urls import normalize_url

log = logging.getLogger(__name__)


def source_outlets(cfg: Settings) -> Settings:
    """The configured sources as outlets (their hosts give their province), ahead of the defaults."""
    extra = []
    for src in cfg.sources:
        hosts = {urlsplit(u).hostname for u in src.feeds + src.sitemaps + src.sections}
        hosts.discard(None)
        if src.province:
            extra.append(Outlet(name=src.outlet, domains=tuple(sorted(hosts)), province=src.province))
    return cfg.replace(outlets=tuple(extra) + cfg.outlets)


def discover(src: SourceSettings, fetcher: Fetcher, archive: Archive, stats: Stats) -> list[str]:
    """Every candidate article URL of one source, in discovery order, normalised and filtered."""
    found: list[str] = []
    depth = src.pagination_depth

    def get(url: str) -> bytes | None:
        resp = fetcher.fetch(url)
        if not resp.ok:
            stats.count("failed")
            log.warning("discovery %s: %s", url, resp.error or resp.status)
            return None
        archive.write(resp.final_url or url, resp.status, resp.headers, resp.body, role="discovery")
        return resp.body

    for feed in src.feeds:
        body = get(feed)
        if body is not None:
            try:
                found += feed_links(body)
            except UnsafeXML as e:
                stats.count("failed")
                log.warning("feed %s: %s", feed, e)
    queue = [(sm, 0) for sm in src.sitemaps]
    while queue:
        sm, level = queue.pop(0)
        body = get(sm)
        if body is None:
            continue
        try:
            pages, children = sitemap_links(body, fetcher.s.sitemap_max_bytes)
        except (UnsafeXML, OSError, EOFError) as e:
            stats.count("failed")
            log.warning("sitemap %s: %s", sm, e)
            continue
        found += pages
        if level < fetcher.s.sitemap_depth:
            queue += [(c, level + 1) for c in children]
    pattern = re.compile(src.article_pattern)
    for section in src.sections:
        url, pages = section, 0
        while url and pages < depth:
            body = get(url)
            pages += 1
            if body is None:
                break
            links, url = listing_links(body, url)
            found += [link for link in links if pattern.search(urlsplit(link).path + ("?" + urlsplit(link).query if urlsplit(link).query else ""))]
    include = [re.compile(p) for p in src.include]
    exclude = [re.compile(p) for p in src.exclude]
    out, seen = [], set()
    for link in found:
        url = normalize_url(link)
        if url in seen or (include and not any(p.search(url) for p in include)) or any(p.search(url) for p in exclude):
            continue
        seen.add(url)
        out.append(url)
    return out
