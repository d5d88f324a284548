"""Section (listing) pages: the article links on them and the link to the next page."""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from lxml import html as lxml_html

_NEXT_TEXT = re.compile(r"^\s*(?:trang\s+sau|tiếp(?:\s+theo)?|sau|next|›|»|>>?)\s*$", re.I)
_SKIP = re.compile(r"\.(?:jpe?g|png|gif|webp|svg|pdf|docx?|xlsx?|zip|rar|mp[34])(?:$|\?)|^(?:mailto|tel|javascript):", re.I)


def listing_links(data: bytes, base_url: str) -> tuple[list[str], str]:
    """(links on the page to the same site, the next page's URL or "")."""
    try:
        tree = lxml_html.fromstring(data)
    except (ValueError, lxml_html.etree.ParserError):
        return [], ""
    host = urlsplit(base_url).netloc
    links, seen, nxt = [], set(), ""
    for a in tree.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href.startswith("#") or _SKIP.search(href):
            continue
        url = urljoin(base_url, href)
        if urlsplit(url).netloc != host:
            continue
        rel = (a.get("rel") or "").lower()
        cls = (a.get("class") or "").lower()
        if not nxt and ("next" in rel or "next" in cls or _NEXT_TEXT.match(a.text_content() or "")):
            nxt = url
            continue
        if url not in seen:
            seen.add(url)
            links.append(url)
    for link in tree.iter("link"):
        if (link.get("rel") or "").lower() == "next" and link.get("href") and not nxt:
            nxt = urljoin(base_url, link.get("href"))
    return links, nxt
