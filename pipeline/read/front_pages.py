"""Front, section and listing pages told from articles, and other stories' teasers told from the story's text."""

from __future__ import annotations

import re
from typing import NamedTuple
from urllib.parse import urlsplit

from pipeline.read.page_meta import site_name


def is_listing(tree, body: str) -> bool:
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
    """Other stories' teasers on a page: how many headlines, each headline with the start of its lead, and the starts
    of the lines in boxes a related-news label heads ("Đọc thêm", "Tin liên quan", "Các tin khác")."""

    count: int
    items: dict[str, str]
    boxed: frozenset[str] = frozenset()

    @property
    def leads(self) -> set[str]:
        return set(self.items.values())


def find_teasers(tree, labels: frozenset[str] = frozenset()) -> Teasers:
    """The page's teasers: a heading holding one headline link, with a short text (its lead) beside it; and the
    lines of boxes that one of `labels` heads."""
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
    return Teasers(n, items, _boxed_lines(tree, labels) if labels else frozenset())


_BOXES = ("div", "section", "aside", "ul", "ol", "nav")
_BOXED_LINES = ("p", "li", "a", "h2", "h3", "h4", "h5")


def _boxed_lines(tree, labels: frozenset[str]) -> frozenset[str]:
    """The starts (40 characters) of the lines in boxes of links whose first element is a related-news label (a
    "Đọc thêm" heading over a headline and its lead), which the extraction may keep as the story's last lines."""
    out = set()
    for box in tree.iter(_BOXES):
        first = next((el for el in box if isinstance(el.tag, str)), None)
        if first is None or " ".join(first.text_content().split()).strip(" :>»").lower() not in labels:
            continue
        if box.find(".//a") is None or box.find(".//h1") is not None:
            continue  # (a box of no links, or the one that holds the story's headline, is no related-news box)
        for el in box.iter(_BOXED_LINES):
            line = " ".join(el.text_content().split())
            if len(line) >= 15:
                out.add(line[:40])
    return frozenset(out)


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


def _is_teaser(flat: str, leads: set[str]) -> bool:
    """Whether a paragraph (its spaces collapsed) opens with one of the teasers' leads."""
    return any(flat.startswith(lead[:40]) for lead in leads)


def without_teasers(body: str, teasers: Teasers, title: str) -> str:
    """An article's text less other stories' teasers ("Đọc tiếp", "Tin liên quan" below the story): a line that
    opens with one's lead or headline. A box that lists the story itself keeps its lead (its headline is the title)."""
    own = " ".join(title.split()).casefold()
    others = {head: lead for head, lead in teasers.items.items() if head.casefold() != own}
    boxed = tuple(line for line in teasers.boxed if not own.startswith(line.casefold()))
    if not others and not boxed:
        return body
    heads, leads = tuple(others) + boxed, set(others.values())
    kept = []
    for line in body.split("\n"):
        flat = " ".join(line.split())
        if len(flat) >= 15 and (flat.startswith(heads) or (len(flat) >= 40 and _is_teaser(flat, leads))):
            continue
        kept.append(line)
    return "\n".join(kept)


def _link_lines(tree, body: str) -> tuple[int, int]:
    """(how many of the text's lines are the text of one of the page's links, how many lines it has)."""
    links = {" ".join(a.text_content().split()) for a in tree.iter("a")}
    lines = [" ".join(line.strip(" |").split()) for line in body.split("\n") if line.strip(" |")]  # (a table's cells)
    return sum(1 for line in lines if line in links), len(lines)


def front_page_reason(tree, body: str, url: str, teasers: Teasers, headline) -> str:
    """Why a page is a front or section page (many teasers, no single article), or "" for an article."""
    og_type = " ".join(tree.xpath('//meta[@property="og:type"]/@content')).strip().lower()
    count, leads = teasers.count, teasers.leads
    paragraphs = [" ".join(p.split()) for p in body.split("\n") if len(p.strip()) >= 40]
    own = [len(p) for p in paragraphs if not _is_teaser(p, leads)]
    teaser_paras = len(paragraphs) - len(own)
    # A story's own prose: one paragraph of its own, or a short story's few (with a handful of teasers below it;
    # a front page's other lines are headlines, captions and featured leads among many teasers).
    own_prose = max(own, default=0) >= 250 or (teaser_paras < 10 and sum(n for n in own if n >= 100) >= 250)
    longest = max(map(len, paragraphs), default=0)
    path, section = (urlsplit(url).path, _section_url(url)) if url else ("", False)
    if paragraphs and teaser_paras >= 3 and teaser_paras >= 0.5 * len(paragraphs) and not own_prose:
        return f"a front or section page ({count} teaser headlines; its text is their leads)"
    if og_type == "website" and count >= 8 and (not path or section):
        return f"a front or section page (og:type website, {count} teaser headlines)"
    if path and section and count >= 6 and longest < 400:
        return f"a front or section page (a section URL, {count} teaser headlines)"
    if path and section and longest < 600:
        links = _headline_links(tree)
        if links >= 15:
            return f"a front or section page (a section URL, {links} headline links)"
    if headline is None and longest < 400:
        # (a table-built home page with no headings: the extraction took its menus and headline links as the text)
        linked, lines = _link_lines(tree, body)
        if lines >= 20 and linked >= 0.5 * lines:
            return f"a front or section page (no headline; {linked} of its {lines} lines are its links)"
    title, site = " ".join(tree.xpath("string(//title)").split()), site_name(tree)
    if title and site and title.casefold() == site.casefold():
        return "a site's home page (its title is the site's own name)"
    items = sum(1 for line in body.split("\n") if _LISTED_ITEM.match(line))
    prose = [p for p in paragraphs if len(p) >= 250 and not _LISTED_ITEM.match(p)]
    if items >= 4 and len(prose) < 2:
        return f"a listing page ({items} dated headline items)"
    return ""
