"""HTML article pages: trafilatura for the main text and metadata, plus the visible dateline."""

from __future__ import annotations

import re
from copy import copy
from datetime import date
from typing import NamedTuple
from urllib.parse import urlsplit

import trafilatura
from lxml import html as lxml_html
from lxml.etree import XPath
from trafilatura.settings import Extractor

from pipeline.document import Document
from pipeline.read.page_meta import (
    headline_element,
    page_author,
    page_date,
    page_title,
    page_url,
    saved_from_url,
    site_name,
)
from pipeline.read.text import build_document
from pipeline.settings import Settings
from pipeline.text import normalize

_DATE_CLASS = re.compile(r"date|time|publish|ngay|meta|byline|cap-?nhat|update|info", re.I)
_HAS_DATE = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{2}-\d{2}|tháng\s+\d{1,2}|(?<![\d/])\d{1,2}/\d{1,2}/\d{2}(?![\d/])",
                       re.I)
# "Cập nhật thứ hai, ngày 24/12/12 11:05" (Zing News, 2012): a page's own date with a two-digit year.
_SHORT_YEAR = re.compile(r"(?<![\d/])(\d{1,2}/\d{1,2}/)(\d{2})(?![\d/])")


def _four_digit_year(dateline: str) -> str:
    """The dateline with a two-digit year written out ("24/12/12" -> "24/12/2012"), as the date grammar reads it."""
    def century(m: re.Match) -> str:
        return f"{m.group(1)}{'20' if int(m.group(2)) <= date.today().year % 100 else '19'}{m.group(2)}"
    return _SHORT_YEAR.sub(century, dateline)


class NotAnArticle(ValueError):
    """A page with no article text (a listing, an error page, an empty shell)."""


# Only elements that could be a dateline: <time>, or one with a class, id or itemprop to read.
_DATELINE_CANDIDATES = XPath("//*[self::time or @class or @id or @itemprop]")
_FURNITURE = {"nav", "aside", "footer"}  # menus, sidebars and footers date other items, or the site's clock


def _dated_teaser(el) -> bool:
    """The date belongs to another story: its box (up to three levels up) is short and holds a headline link."""
    box = el
    for _ in range(3):
        box = box.getparent()
        if box is None:
            return False
        if len(" ".join(box.text_content().split())) > 400:
            return False
        if any(len(" ".join(a.text_content().split())) >= 25 for a in box.iter("a")):
            return True
    return False


def _in_furniture(el) -> bool:
    """Inside a menu, a sidebar, a footer, or a page header outside the article."""
    tags = [a.tag for a in el.iterancestors()]
    inside = tags[:tags.index("article")] if "article" in tags else tags
    return any(t in _FURNITURE for t in inside) or ("header" in tags and "article" not in tags)


def visible_dateline(tree, headline=None) -> str:
    """The short visible date the page gives its article ("14/10/2024 - 06:46"): of the date-like elements
    outside menus, sidebars, footers and other stories' teasers, the nearest to the headline (before it, as on
    VnExpress, or after it, in the byline), so that a site clock or a related story's date is not taken."""
    found = []
    for el in _DATELINE_CANDIDATES(tree):
        attrs = " ".join(filter(None, (el.get("class"), el.get("id"), el.get("itemprop"))))
        if el.tag == "time" or (attrs and _DATE_CLASS.search(attrs)):
            text = " ".join(el.text_content().split())
            if 6 <= len(text) <= 120 and _HAS_DATE.search(text) and not _in_furniture(el) \
                    and not _dated_teaser(el):
                found.append((el, text))
    inner = {el for el, _ in found}
    outer = {a for el in inner for a in el.iterancestors() if a in inner}
    found = [f for f in found if f[0] not in outer]  # "Tuấn Minh 10/06/2023 20:15": the date, not its byline box
    if len(found) < 2:
        return found[0][1] if found else ""
    if headline is None:
        return found[0][1]
    order = {el: i for i, el in enumerate(tree.iter())}
    at = order[headline]
    return min(found, key=lambda f: (abs(order[f[0]] - at), order[f[0]] < at))[1]


# A story's lead as sites mark it: "sapo" (Tuổi Trẻ, Thanh Niên, Dân trí), "chappeau" (Lao Động), "description"
# (VnExpress), "summary", "tóm tắt", "lead", "intro", "excerpt".
_LEAD_CLASS = re.compile(r"sapo|chap+eau|summary|description|tom-?tat|excerpt|(?:^|[\s_-])(?:lead|intro)(?:$|[\s_-])", re.I)
# The classed elements just after a headline, nearest first, and just before it, nearest last (XPath axes: no walk
# over the whole page).
_CLASSED_AFTER = XPath("following::*[position() <= 150][@class]")
_CLASSED_BEFORE = XPath("preceding::*[position() <= 20][@class]")


_STAMP_CLASS = re.compile(r"location|stamp", re.I)


def _lead_text(el):
    """The lead's words, less the reporting place a site stamps before it ("Hà Nội" on a national story)."""
    if el.text:
        yield el.text
    for child in el:
        if isinstance(child.tag, str) and child.tag not in ("script", "style") \
                and not _STAMP_CLASS.search(child.get("class") or ""):
            yield from child.itertext()
        if child.tail:
            yield child.tail


def page_lead(headline) -> str:
    """The lead (sapo) the page shows just below (or else just above) its headline, or "": themes often set it
    outside the box the text extraction keeps. Nothing without a headline, so that a site's description is not one."""
    if headline is None:
        return ""
    for near in (_CLASSED_AFTER(headline), reversed(_CLASSED_BEFORE(headline))):
        found = [el for el in near if _LEAD_CLASS.search(el.get("class", ""))]
        inner = set(found)
        for el in found:
            if any(d in inner for d in el.iterdescendants()):
                continue
            text = " ".join(" ".join(_lead_text(el)).split())
            if 40 <= len(text) <= 1500 and not _in_furniture(el) and not _dated_teaser(el):
                return text
    return ""


def _with_lead(body: str, lead: str) -> str:
    """The body, opened by the page's lead where the extraction left it out."""
    if not lead:
        return body
    flat = " ".join(body.split())
    return body if " ".join(lead.split())[:60] in flat else f"{lead}\n{body}"


def _is_listing(tree, body: str) -> bool:
    """Mostly link text and no real paragraph: a section or tag page, not an article."""
    paragraphs = [p for p in body.split("\n") if len(p) >= 80]
    if len(paragraphs) >= 2:
        return False
    link_text = sum(len(a.text_content().strip()) for a in tree.iter("a"))
    all_text = len(" ".join(tree.text_content().split())) or 1
    return link_text / all_text > 0.5


# "- Tổng kết phong trào … (06/12/2024) lead": a headline listed with its date.
_LISTED_ITEM = re.compile(r"^\s*[-•*]\s+.{15,200}?\(\d{1,2}/\d{1,2}/\d{4}\)")
_SECTION_PATH = re.compile(r"^/?(?:[a-z0-9-]+/?){0,2}$")  # "/", "/thoi-su", "/chinh-tri/xa-hoi/"
# An article's own address: a headline slug ("…/binh-dinh-phan-dau-tro-thanh-dia-phuong-phat-trien-…"), a slug or
# path ending in the story's number ("…-mo-hinh-nong-dan-147815", "/post12345"), or a post's id ("?p=7225").
_ARTICLE_SLUG = re.compile(r"(?:[a-z0-9]+-){6,}[a-z0-9]+/?$|\d{4,}/?$")
# ("viewer.aspx?mabb=159337&macm=18": a story's number in any parameter)
_ARTICLE_QUERY = re.compile(r"(?:^|&)(?:(?:p|newsid|itemid|articleid|postid|news_id)=\d+|id=\d{3,}|\w+=\d{4,}(?=&|$))", re.I)


# A page's extension, which a section's address may carry too ("/kinh-doanh.htm", "/thi-truong-chung-khoan.chn").
_EXTENSION = re.compile(r"\.(?:html?|shtml|chn|epi|aspx?|php|ldo|vnp|tpo)$", re.I)


def _section_url(url: str) -> bool:
    """An address with at most two short segments and no story in it ("/thoi-su", "/kinh-doanh.htm"), not an
    article's own."""
    parts = urlsplit(url)
    path = _EXTENSION.sub("", parts.path)
    if _ARTICLE_QUERY.search(parts.query) or _ARTICLE_SLUG.search(path):
        return False
    return bool(_SECTION_PATH.match(path))


def _headline_links(tree) -> int:
    """How many links read like headlines (six words or more): a listing's stories, or an article's related ones."""
    return sum(1 for a in tree.iter("a") if len(a.text_content().split()) >= 6 and len(a.text_content()) >= 30)


class Teasers(NamedTuple):
    """Other stories' teasers on a page: how many headlines, and each headline with the start of its lead."""

    count: int
    items: dict[str, str]

    @property
    def leads(self) -> set[str]:
        return set(self.items.values())


def _teasers(tree) -> Teasers:
    """The page's teasers: a heading holding one headline link, with a short text (its lead) beside it."""
    n, items = 0, {}
    for h in tree.iter("h2", "h3", "h4"):
        links = h.findall(".//a")
        text = " ".join(h.text_content().split())
        if len(links) != 1 or len(text) < 15:
            continue
        n += 1
        box = h.getparent()
        for _ in range(2):  # the teaser's own box: the heading's parent, or its grandparent
            if box is None:
                break
            rest = " ".join(box.text_content().split()).replace(text, "", 1).strip()
            if 40 <= len(rest) <= 600:
                items[text] = _lead_of(box, h) or rest[:50]
                break
            box = box.getparent()
    return Teasers(n, items)


def _lead_of(box, heading) -> str:
    """The start of a teaser's lead: the longest block of its box beside the heading, not its category and date
    line ("Review Lào Cai 24/07/2025 14:26")."""
    around = set(heading.iterancestors()) | set(heading.iter())  # the heading, what holds it and what it holds
    best = ""
    for el in box.iterdescendants():
        if el in around or not isinstance(el.tag, str):
            continue
        text = " ".join(el.text_content().split())
        if len(text) > len(best):
            best = text
    return best[:50] if len(best) >= 40 else ""


def _is_teaser(paragraph: str, leads: set[str]) -> bool:
    flat = " ".join(paragraph.split())
    return any(flat.startswith(lead[:40]) for lead in leads)


def _without_teasers(body: str, teasers: Teasers, title: str) -> str:
    """An article's text less other stories' teasers ("Đọc tiếp", "Tin liên quan" below the story): a line that
    opens with one's lead or headline. A box that lists the story itself keeps its lead (its headline is the title)."""
    own = " ".join(title.split()).casefold()
    others = {head: lead for head, lead in teasers.items.items() if head.casefold() != own}
    if not others:
        return body
    heads, leads = tuple(others), set(others.values())
    kept = []
    for line in body.split("\n"):
        flat = " ".join(line.split())
        if len(flat) >= 15 and (flat.startswith(heads) or (len(flat) >= 40 and _is_teaser(flat, leads))):
            continue
        kept.append(line)
    return "\n".join(kept)


def front_page_reason(tree, body: str, url: str, teasers: Teasers | None = None) -> str:
    """Why a page is a front or section page (many teasers, no single article), or "" for an article."""
    og_type = " ".join(tree.xpath('//meta[@property="og:type"]/@content')).strip().lower()
    teasers = teasers or _teasers(tree)
    count, leads = teasers.count, teasers.leads
    paragraphs = [" ".join(p.split()) for p in body.split("\n") if len(p.strip()) >= 40]
    teaser_paras = sum(1 for p in paragraphs if _is_teaser(p, leads))
    # A story's own prose: one paragraph of its own, or a short story's few (with a handful of teasers below it;
    # a front page's other lines are headlines, captions and featured leads among many teasers).
    own = [len(p) for p in paragraphs if not _is_teaser(p, leads)]
    own_prose = max(own, default=0) >= 250 or (teaser_paras < 10 and sum(n for n in own if n >= 100) >= 250)
    path, section = (urlsplit(url).path, _section_url(url)) if url else ("", False)
    if paragraphs and teaser_paras >= 3 and teaser_paras >= 0.5 * len(paragraphs) and not own_prose:
        return f"a front or section page ({count} teaser headlines; its text is their leads)"
    if og_type == "website" and count >= 8 and (not path or section):
        return f"a front or section page (og:type website, {count} teaser headlines)"
    if path and section and count >= 6 and not any(len(p) >= 400 for p in paragraphs):
        return f"a front or section page (a section URL, {count} teaser headlines)"
    if path and section and not any(len(p) >= 600 for p in paragraphs):
        links = _headline_links(tree)
        if links >= 15:
            return f"a front or section page (a section URL, {links} headline links)"
    title, site = " ".join(tree.xpath("string(//title)").split()), site_name(tree)
    if title and site and title.casefold() == site.casefold():
        return "a site's home page (its title is the site's own name)"
    items = sum(1 for line in body.split("\n") if _LISTED_ITEM.match(line))
    prose = [p for p in paragraphs if len(p) >= 250 and not _LISTED_ITEM.match(p)]
    if items >= 4 and len(prose) < 2:
        return f"a listing page ({items} dated headline items)"
    return ""


# A table that lays out the page (an old portal's menu, story and sidebar in one row of cells), not one of figures.
_CELLS = XPath("//td | //th")
_BLOCKS = ("p", "div", "ul", "ol", "table", "h1", "h2", "h3", "h4", "form")


def _unwrap_layout_tables(tree) -> None:
    """Turn layout tables into plain blocks, so that the extraction does not read the whole page as one table row
    ("|  | Tin tức … | Ngày đăng … | Các tin khác …"): a table with a cell that holds a story's worth of blocks or text.
    A table of figures (short cells, a paragraph each at most, as pasted from a word processor) stays a table."""
    layout = set()
    for cell in _CELLS(tree):
        blocks = sum(1 for el in cell.iterdescendants(*_BLOCKS))
        if blocks >= 3 or len(cell.text_content()) > 1000:
            table = next(cell.iterancestors("table"), None)
            if table is not None:
                layout.add(table)
    for table in layout:
        table.tag = "div"
        for part in table:
            rows = [part] if part.tag == "tr" else list(part) if part.tag in ("tbody", "thead", "tfoot") else []
            if part.tag in ("tbody", "thead", "tfoot"):
                part.tag = "div"
            for row in rows:
                if row.tag == "tr":
                    row.tag = "div"
                    for cell in row:
                        if cell.tag in ("td", "th"):
                            cell.tag = "div"


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
    _unwrap_layout_tables(tree)
    extracted = trafilatura.bare_extraction(tree, options=_extractor_options(cfg, url))
    if extracted is None:
        raise NotAnArticle("no article text found on the page")
    body = (extracted.text if hasattr(extracted, "text") else dict(extracted).get("text")) or ""
    if len(body.strip()) < 80:
        raise NotAnArticle("page has no article text (listing or error page?)")
    if _is_listing(tree, body):
        raise NotAnArticle("a listing page (its text is mostly links), not an article")
    url = url or page_url(tree) or saved_from_url(data)
    teasers = _teasers(tree)
    headline = headline_element(tree)
    lead = page_lead(headline)
    # (the story's sapo, where the extraction left it out, is its own prose: a short story is not a listing)
    reason = front_page_reason(tree, _with_lead(body, lead), url, teasers)
    if reason:
        raise NotAnArticle(reason)
    title = page_title(tree, headline)
    body = _with_lead(_without_teasers(body, teasers, title), lead)
    dateline = visible_dateline(tree, headline)
    body, title = _headline_once(body, title)
    # (or where the body holds it only inside a paragraph the extraction ran together, where no dateline is looked for)
    shown = dateline and any(dateline in line and len(line) < 150 for line in body.split("\n"))
    dateline = _four_digit_year(dateline)
    text = f"{dateline}\n\n{body}" if dateline and not shown else body
    return build_document(text, source, cfg, url=url, title=title, outlet=site_name(tree),
                          author=page_author(tree), meta_published=page_date(tree))
