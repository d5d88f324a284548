"""Sitemaps: sitemap indexes, URL sets and news sitemaps, plain or gzip (with a decompression limit)."""

from __future__ import annotations

import gzip
import io

from pipeline.crawl.xmlsafe import UnsafeXML, local, parse_xml


def gunzip_limited(data: bytes, limit: int) -> bytes:
    """Decompress gzip data, refusing to produce more than `limit` bytes (a gzip bomb)."""
    with gzip.GzipFile(fileobj=io.BytesIO(data)) as f:
        out = f.read(limit + 1)
    if len(out) > limit:
        raise UnsafeXML(f"gzip sitemap expands past {limit // 1_000_000} MB")
    return out


def sitemap_links(data: bytes, limit: int) -> tuple[list[str], list[str]]:
    """(page URLs, child sitemap URLs) of a sitemap or sitemap index."""
    if data[:2] == b"\x1f\x8b":
        data = gunzip_limited(data, limit)
    root = parse_xml(data)
    pages: list[str] = []
    children: list[str] = []
    kind = local(root.tag)
    for el in root:
        if local(el.tag) not in ("url", "sitemap"):
            continue
        loc = next(((c.text or "").strip() for c in el if local(c.tag) == "loc"), "")
        if not loc:
            continue
        (children if kind == "sitemapindex" or local(el.tag) == "sitemap" else pages).append(loc)
    return pages, children
