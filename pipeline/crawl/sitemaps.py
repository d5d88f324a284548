"""Sitemaps: sitemap indexes, URL sets and news sitemaps, plain or gzip (with a decompression limit)."""

from __future__ import annotations

from pipeline.crawl.xmlsafe import UnsafeXML, local, parse_xml
from pipeline.read.gunzip import GzipError, gunzip


def gunzip_limited(data: bytes, limit: int) -> bytes:
    """Decompress gzip data, refusing to produce more than `limit` bytes (a gzip bomb)."""
    try:
        return gunzip(data, limit)
    except GzipError as e:
        raise UnsafeXML(f"gzip sitemap: {e}") from None


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
