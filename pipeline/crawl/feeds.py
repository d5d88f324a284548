"""RSS and Atom feeds: the article links they list."""

from __future__ import annotations

from pipeline.crawl.xmlsafe import local, parse_xml


def feed_links(data: bytes) -> list[str]:
    """Links of the items of an RSS 2.0, RSS 1.0 or Atom feed, in feed order."""
    root = parse_xml(data)
    links: list[str] = []
    for el in root.iter():
        name = local(el.tag)
        if name in ("item", "entry"):
            for child in el:
                cname = local(child.tag)
                if cname == "link":
                    href = child.get("href") or (child.text or "").strip()
                    rel = child.get("rel", "alternate")
                    if href and rel == "alternate":
                        links.append(href)
                        break
                elif cname == "guid" and (child.text or "").startswith("http") and child.get("isPermaLink", "true") != "false":
                    links.append(child.text.strip())
                    break
    return links
