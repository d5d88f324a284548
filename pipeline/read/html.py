"""HTML article pages: trafilatura for the main text, then the page's own parts (page_parts) and the check that it is
an article at all (front_pages)."""

from __future__ import annotations

from copy import copy

import trafilatura
from lxml import html as lxml_html
from trafilatura.settings import Extractor

from pipeline.document import Document
from pipeline.read.front_pages import find_teasers, front_page_reason, is_listing, without_teasers
from pipeline.read.page_meta import (
    headline_element,
    page_author,
    page_date,
    page_title,
    page_url,
    saved_from_url,
    site_name,
)
from pipeline.read.page_parts import (
    four_digit_year,
    page_lead,
    unwrap_layout_tables,
    visible_dateline,
    with_lead,
)
from pipeline.read.text import build_document, line_rules
from pipeline.settings import Settings
from pipeline.text import normalize


class NotAnArticle(ValueError):
    """A page with no article text (a listing, an error page, an empty shell)."""


def _extractor_options(cfg: Settings, url: str) -> Extractor:
    """trafilatura's options for one page: built once per Settings (reading its config file costs
    a fifth of a millisecond a page), copied with the page's URL."""
    base = cfg.memo("trafilatura-options", lambda: Extractor(
        fast=cfg.input.trafilatura_fast, comments=False, tables=True, dedup=False, with_metadata=False,
        output_format="python",
    ))
    options = copy(base)
    options.url = options.source = url or None
    return options


def _headline_once(body: str, title: str) -> tuple[str, str]:
    """(body, title) with the headline the body opens with (an <h1> inside the article) taken out of the body, so that
    the title heads the document once, above the dateline, as on the page and in a saved text, and its facts are not
    stated twice; where og:title is that headline plus the site's name ("Tiêu đề - Báo Nghệ An"), the headline is
    the title."""
    first, _, rest = body.lstrip().partition("\n")
    h1, head = (" ".join(normalize(t).split()).casefold() for t in (first, title))
    if not head or not rest.strip():
        return body, title
    if h1 == head:
        return rest.lstrip("\n"), title
    if len(h1) >= 20 and head.startswith(h1) and head[len(h1):].lstrip()[:1] in ("-", "|", "–", "—"):
        return rest.lstrip("\n"), first.strip()
    return body, title


def read_html(data: str, source: str, cfg: Settings, url: str = "") -> Document:
    """An article page as a Document; raises NotAnArticle when the page holds no article."""
    try:
        tree = lxml_html.fromstring(data) if data.strip() else None
    except (ValueError, lxml_html.etree.ParserError) as e:
        raise NotAnArticle(f"unparsable HTML: {e}") from e
    if tree is None:
        raise NotAnArticle("empty HTML page")
    unwrap_layout_tables(tree)
    extracted = trafilatura.bare_extraction(tree, options=_extractor_options(cfg, url))
    if extracted is None:
        raise NotAnArticle("no article text found on the page")
    body = (extracted.text if hasattr(extracted, "text") else dict(extracted).get("text")) or ""
    if len(body.strip()) < 80:
        raise NotAnArticle("page has no article text (listing or error page?)")
    if is_listing(tree, body):
        raise NotAnArticle("a listing page (its text is mostly links), not an article")
    url = url or page_url(tree) or saved_from_url(data)
    teasers = find_teasers(tree, line_rules(cfg).box_labels)
    headline = headline_element(tree)
    lead = page_lead(headline)
    # (the story's sapo, where the extraction left it out, is its own prose: a short story is not a listing)
    reason = front_page_reason(tree, with_lead(body, lead), url, teasers, headline)
    if reason:
        raise NotAnArticle(reason)
    title = page_title(tree, headline)
    body = with_lead(without_teasers(body, teasers, title), lead)
    dateline = visible_dateline(tree, headline)
    body, title = _headline_once(body, title)
    # (or where the body holds it only inside a paragraph the extraction ran together, where no dateline is looked for)
    shown = dateline and any(dateline in line and len(line) < 150 for line in body.split("\n"))
    dateline = four_digit_year(dateline)
    text = f"{dateline}\n\n{body}" if dateline and not shown else body
    return build_document(text, source, cfg, url=url, title=title, outlet=site_name(tree),
                          author=page_author(tree), meta_published=page_date(tree))
