"""The parts of an article on a saved page that the text extraction may miss or mix up: its date line (nearest the
headline, not a clock or a related story's), its sapo (set beside the body's box), and tables that lay out the page."""

from __future__ import annotations

import re
from datetime import date

from lxml.etree import XPath

from pipeline.read.page_meta import page_description

_DATE_CLASS = re.compile(r"date|time|publish|ngay|meta|byline|cap-?nhat|update|info", re.I)
# A site's clock, named for the day it shows ("ngay-hien-tai", "today", "current-date", "date-now"): the day the page was
# served, not its article's.
_TODAY_CLASS = re.compile(r"hien-?tai|today|current|now\b|clock|hom-?nay", re.I)
_HAS_DATE = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{2}-\d{2}|tháng\s+\d{1,2}|(?<![\d/])\d{1,2}/\d{1,2}/\d{2}(?![\d/])",
                       re.I)
# "Cập nhật thứ hai, ngày 24/12/12 11:05" (Zing News, 2012): a page's own date with a two-digit year.
_SHORT_YEAR = re.compile(r"(?<![\d/])(\d{1,2}/\d{1,2}/)(\d{2})(?![\d/])")


def four_digit_year(dateline: str) -> str:
    """The dateline with a two-digit year written out ("24/12/12" -> "24/12/2012"), as the date grammar reads it."""
    def century(m: re.Match) -> str:
        return f"{m.group(1)}{'20' if int(m.group(2)) <= date.today().year % 100 else '19'}{m.group(2)}"
    return _SHORT_YEAR.sub(century, dateline)


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


def _innermost(elements: list) -> list:
    """Those of the elements that hold none of the others ("Tuấn Minh 10/06/2023 20:15": the date, not its byline
    box; a sapo's paragraph, not the box around it)."""
    given = set(elements)
    holders = {a for el in given for a in el.iterancestors() if a in given}
    return [el for el in elements if el not in holders]


def _in_furniture(el) -> bool:
    """Inside a menu, a sidebar, a footer, or a page header outside the article."""
    tags = [a.tag for a in el.iterancestors()]
    inside = tags[:tags.index("article")] if "article" in tags else tags
    return any(t in _FURNITURE for t in inside) or ("header" in tags and "article" not in tags)


def visible_dateline(tree, headline) -> str:
    """The short visible date the page gives its article ("14/10/2024 - 06:46"): of the date-like elements
    outside menus, sidebars, footers and other stories' teasers, the nearest to the headline (before it, as on
    VnExpress, or after it, in the byline), so that a site clock or a related story's date is not taken."""
    texts, today = {}, set()
    for el in _DATELINE_CANDIDATES(tree):
        attrs = " ".join(filter(None, (el.get("class"), el.get("id"), el.get("itemprop"))))
        if el.tag == "time" or (attrs and _DATE_CLASS.search(attrs)):
            text = " ".join(el.text_content().split())
            if attrs and _TODAY_CLASS.search(attrs):
                today.add(text)  # (and the bar around it, that shows nothing else: "info-bar")
            elif 6 <= len(text) <= 120 and _HAS_DATE.search(text) and not _in_furniture(el) \
                    and not _dated_teaser(el):
                texts[el] = text
    texts = {el: text for el, text in texts.items() if text not in today}
    found = [(el, texts[el]) for el in _innermost(list(texts))]
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
    outside the box the text extraction keeps. Nothing without a headline, so that a site's description is not one.
    Where no class marks it, the element after the headline that shows the page's own description is the lead
    (VTC News sets it in a plain <h2> after the dateline)."""
    if headline is None:
        return ""
    for near in (_CLASSED_AFTER(headline), reversed(_CLASSED_BEFORE(headline))):
        for el in _innermost([el for el in near if _LEAD_CLASS.search(el.get("class", ""))]):
            text = " ".join(" ".join(_lead_text(el)).split())
            if 40 <= len(text) <= 1500 and not _in_furniture(el) and not _dated_teaser(el):
                return text
    # (the head's description is looked up only here: most themes mark their sapo, and the look-up scans the page)
    return _shown_description(headline, " ".join(page_description(headline.getroottree()).split()))


_TEXT_BLOCKS_AFTER = XPath("following::*[self::p or self::h2 or self::h3 or self::div or self::span or self::strong"
                           " or self::em or self::b][position() <= 60]")


def _shown_description(headline, description: str) -> str:
    """The head's description where an element just after the headline shows it (and no more than a source tag
    besides): the lead on the page, not a summary written for search engines only."""
    if len(description) < 40:
        return ""
    for el in _TEXT_BLOCKS_AFTER(headline):
        if len(el) > 4:
            continue  # a box of blocks, not the lead's own element (and its text would cost a walk of the whole box)
        text = " ".join(el.text_content().split())
        if text.endswith(description) and len(text) <= len(description) + 20 and not _in_furniture(el) \
                and not _dated_teaser(el):
            return description
    return ""


def with_lead(body: str, lead: str) -> str:
    """The body, opened by the page's lead where the extraction left it out."""
    if not lead:
        return body
    flat = " ".join(body.split())
    return body if " ".join(lead.split())[:60] in flat else f"{lead}\n{body}"


# A table that lays out the page (an old portal's menu, story and sidebar in one row of cells), not one of figures.
_CELLS = XPath("//td | //th")
_BLOCKS = ("p", "div", "ul", "ol", "table", "h1", "h2", "h3", "h4", "form")
# A table's own sections, rows and cells (not those of a table inside one of its cells).
_OWN_PARTS = XPath("./thead | ./tbody | ./tfoot | ./tr | ./*/tr | ./tr/td | ./tr/th | ./*/tr/td | ./*/tr/th")


def unwrap_layout_tables(tree) -> None:
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
        for el in [table, *_OWN_PARTS(table)]:
            el.tag = "div"
