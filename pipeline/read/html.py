"""HTML article pages: trafilatura for the main text and metadata, plus the visible dateline."""

from __future__ import annotations

import re

import trafilatura
from lxml import html as lxml_html

from pipeline.document import Document
from pipeline.read.text import build_document
from pipeline.settings import Settings

_DATE_CLASS = re.compile(r"date|time|publish|ngay|meta|byline|cap-?nhat|update|info", re.I)
_HAS_DATE = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{2}-\d{2}|tháng\s+\d{1,2}", re.I)


class NotAnArticle(ValueError):
    """A page with no article text (a listing, an error page, an empty shell)."""


def visible_dateline(tree) -> str:
    """The first short visible text in a date-like element ("14/10/2024 - 06:46")."""
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        attrs = " ".join(filter(None, (el.get("class"), el.get("id"), el.get("itemprop"))))
        if el.tag == "time" or (attrs and _DATE_CLASS.search(attrs)):
            text = " ".join(el.text_content().split())
            if 6 <= len(text) <= 120 and _HAS_DATE.search(text):
                return text
    return ""


def _is_listing(tree, body: str) -> bool:
    """Mostly link text and no real paragraph: a section or tag page, not an article."""
    paragraphs = [p for p in body.split("\n") if len(p) >= 80]
    if len(paragraphs) >= 2:
        return False
    link_text = sum(len(a.text_content().strip()) for a in tree.iter("a"))
    all_text = len(" ".join(tree.text_content().split())) or 1
    return link_text / all_text > 0.5


def read_html(data: str, source: str, cfg: Settings, url: str = "") -> Document:
    """An article page as a Document; raises NotAnArticle when the page holds no article."""
    try:
        tree = lxml_html.fromstring(data) if data.strip() else None
    except (ValueError, lxml_html.etree.ParserError) as e:
        raise NotAnArticle(f"unparsable HTML: {e}") from e
    if tree is None:
        raise NotAnArticle("empty HTML page")
    meta = trafilatura.bare_extraction(
        tree, url=url or None, with_metadata=True, include_comments=False,
        include_tables=True, favor_precision=False, deduplicate=False,
    )
    if meta is None:
        raise NotAnArticle("no article text found on the page")
    meta = meta.as_dict() if hasattr(meta, "as_dict") else dict(meta)
    body = meta.get("text") or ""
    if len(body.strip()) < 80:
        raise NotAnArticle("page has no article text (listing or error page?)")
    if _is_listing(tree, body):
        raise NotAnArticle("a listing page (its text is mostly links), not an article")
    title = meta.get("title") or ""
    dateline = visible_dateline(tree)
    text = f"{dateline}\n\n{body}" if dateline and dateline not in body else body
    return build_document(
        text, source, cfg, url=url or meta.get("url") or "", title=title,
        outlet=meta.get("sitename") or "", author=meta.get("author") or "",
        meta_published=meta.get("date") or "",
    )
