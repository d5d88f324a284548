"""A page's own metadata, read from its head with a few XPath look-ups: title, URL, date, author, site.

trafilatura's metadata pass (its title, author and date searches) cost more than its text extraction
on article pages; the pipeline needs only these fields, and finds the dateline in the text itself.
"""

from __future__ import annotations

import re

from lxml.etree import XPath


def _compiled(*xpaths: str) -> tuple[XPath, ...]:
    # Compiled once: a string passed to tree.xpath() is compiled anew on every page.
    return tuple(XPath(x) for x in xpaths)


_TITLE_XPATHS = _compiled('//meta[@property="og:title"]/@content', '//meta[@name="twitter:title"]/@content')
_HEAD_TITLE = _compiled("//title")
# Where a headline stands: any <h1>, or an <h2>/<h3> a theme marks as the entry's title (a logo can hold the <h1>).
_HEADINGS = XPath("//h1 | //*[self::h2 or self::h3][contains(@class, 'title')]")
_URL_XPATHS = _compiled('//link[@rel="canonical"]/@href', '//meta[@property="og:url"]/@content')
_DATE_XPATHS = _compiled(
    '//meta[@property="article:published_time"]/@content', '//meta[@name="pubdate"]/@content',
    '//meta[@itemprop="datePublished"]/@content', '//*[@itemprop="datePublished"]/@datetime',
    '//meta[@name="publishdate"]/@content', '//meta[@property="og:published_time"]/@content',
    '//meta[@name="date"]/@content', "//time/@datetime",
)
_AUTHOR_XPATHS = _compiled('//meta[@name="author"]/@content', '//meta[@property="article:author"]/@content')
_DESCRIPTION_XPATHS = _compiled('//meta[@property="og:description"]/@content', '//meta[@name="description"]/@content',
                                '//meta[@name="twitter:description"]/@content')
_SITE_XPATHS = _compiled('//meta[@property="og:site_name"]/@content', '//meta[@name="application-name"]/@content')
# "Tiêu đề - Báo Thanh Niên", "Tiêu đề | VnExpress": the site's name after the last separator.
_SITE_SUFFIX = re.compile(r"\s+[-|–—]\s+[^-|–—]{2,40}$")
# Never an outlet's name: a copyright line, a company, a licence ("© 2003-2011 Báo Thanh Niên", "Công ty cổ phần …").
_NOT_A_NAME = re.compile(r"©|\(c\)|copyright|bản\s+quyền|công\s+ty|giấy\s+phép|\bjsc\b|\d{4}", re.I)


def _first(tree, xpaths: tuple[XPath, ...], limit: int = 400) -> str:
    for xpath in xpaths:
        for value in xpath(tree):
            text = value.text_content() if hasattr(value, "text_content") else str(value)
            text = " ".join(text.split())
            if 2 <= len(text) <= limit:
                return text
    return ""


def _title_stem(tree) -> str:
    raw = _first(tree, _HEAD_TITLE)
    return _SITE_SUFFIX.sub("", raw) if raw else ""


def headline_element(tree):
    """The element holding the article's headline: the heading the page's <title> repeats ("Tiêu đề – Cổng thông
    tin điện tử" over a theme's <h2 class="entry-title">), else the first <h1> of a headline's length."""
    stem = _title_stem(tree).casefold()
    first = None
    for h in _HEADINGS(tree):
        text = " ".join(h.text_content().split())
        if len(text) < 15:
            continue
        if stem and text.casefold() in stem:
            return h
        if first is None and h.tag == "h1":
            first = h
    return first


def page_title(tree, headline) -> str:
    """The article's headline: og:title, the headline element (`headline_element`, None where there is none), or
    <title> less the site's name."""
    title = _first(tree, _TITLE_XPATHS)
    if title:
        return title
    text = " ".join(headline.text_content().split()) if headline is not None else ""
    return text if len(text) <= 400 else _title_stem(tree)


def page_url(tree) -> str:
    """The canonical URL the page declares."""
    url = _first(tree, _URL_XPATHS, 2000)
    return url if url.startswith(("http://", "https://")) else ""


# A browser's mark on a page saved whole ("Save Page As … Webpage, Complete"): the address it was saved from.
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(https?://[^\s>]+?)\s*-->", re.I)


def saved_from_url(markup: str) -> str:
    """The address a browser saved the page from, as it marks it near the top, or ""."""
    m = _SAVED_FROM.search(markup, 0, 4000)
    return m.group(1) if m else ""


def page_date(tree) -> str:
    """The publication date the page declares in its metadata (ISO or as written)."""
    return _first(tree, _DATE_XPATHS, 60)


def page_author(tree) -> str:
    """The author the page declares, unless it is a legal line."""
    author = _first(tree, _AUTHOR_XPATHS, 80)
    return "" if _NOT_A_NAME.search(author) else author


def site_name(tree) -> str:
    """The page's own name for its site (og:site_name, application-name), unless it is a legal line."""
    name = _first(tree, _SITE_XPATHS, 60)
    return "" if _NOT_A_NAME.search(name) else name


def page_description(tree) -> str:
    """The summary the page's head gives its story (og:description, description), or ""."""
    return _first(tree, _DESCRIPTION_XPATHS, limit=1500)
