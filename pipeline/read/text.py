"""Plain-text articles: title first, then dateline, body, byline and page residue."""

from __future__ import annotations

import html
import re
from typing import NamedTuple

from pipeline.document import Document
from pipeline.settings import Settings
from pipeline.text import (
    CAPTION,
    OUTLET_HEADER,
    SURNAMES,
    UPPER,
    collapse_blank_lines,
    ends_in_abbreviation,
    fold_key,
    is_caption,
    normalize,
    unwrap,
)

_DATE_ONLY = re.compile(
    r"^[\W\d_]*(?:(?:thứ\s+\w+|chủ\s+nhật|cập\s+nhật|ngày\s+đăng|đăng\s+ngày)[\s,:]*)?"
    r"\(?\s*\d{1,2}[:hg]\d{2}.*$|^[\W_]*(?:(?:thứ\s+\w+|chủ\s+nhật)[\s,:]*(?:ngày\s+)?|cập\s+nhật[\s,:]*)?\(?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}.*$"
    # a site's weekday header in words: "Thứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27", a blog's "Chủ Nhật, 17 tháng 11, 2013"
    r"|^[\W_]*(?:thứ\s+\w+|chủ\s+nhật)[\s,]+(?:ngày\s+)?\d{1,2}\s+tháng\s+\d{1,2}\s*(?:năm|,)\s*\d{4}[\d\s,:]*$",
    re.I,
)
_FURNITURE = re.compile(
    r"^(?:cổng\s+thông\s+tin|cổng\s+ttđt|trang\s+thông\s+tin|trang\s+chủ|xem\s+với\s+cỡ\s+chữ|sự\s+kiện\s+nổi\s+bật)",
    re.I,
)
# "(QNO) - ", "ĐNO - ", "BDK - ", "(backancity.gov.vn) – ": the outlet's mark that opens a lead.
LEAD_MARK = re.compile(r"(?:^|\s)(\((?:[A-ZĐ][\w.\-]{1,24})\)|[A-ZĐ]{2,6})\s?[-–—]\s*(?=\S)")


_SENTENCE_STOP = re.compile(r"[.!?](?=\s)")


# A site's weather widget ("Hà Nội 13 °C", "• Đà Nẵng Hà Nội 21°C", "23°C / 22-25°C"): it names cities
# that have nothing to do with the article.
_WEATHER = re.compile(r"\d\s*°\s*[CF]\b")
_PLACE_LABEL = re.compile(r"^[^\W\d_][\w.]*(?:\s+[^\W\d_][\w.]*){0,3}$")
# A site's banner in capitals over every page: "CHÀO MỪNG ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ TỈNH … LẦN THỨ I".
_BANNER = re.compile(r"(?:CHÀO\s+MỪNG|NHIỆT\s+LIỆT\s+CHÀO\s+MỪNG|MỪNG\s+ĐẢNG)\b")
# A social widget's label ("Theo dõi Báo Hànộimới trên", "Xem thêm thông tin của Báo PNVN trên" [Google News]),
# the residue of a page's table-alignment controls ("leftcenterrightdel"), a hotline banner.
_WIDGET = re.compile(r"^(?:theo\s+dõi|xem\s+thêm|đọc\s+thêm|follow)\b.{0,60}\btrên$|^(?:left\s*center\s*right\s*del)+$"
                     r"|^hotline\b", re.I)

_HOTLINE = re.compile(r"hotline\b", re.I)
_CLOCK = re.compile(r"\d{1,2}:\d{2}")


def _opens_with(low: str, phrases: tuple[str, ...]) -> bool:
    """Whether a lower-cased line is one of the phrases, or opens with one as a word of its own."""
    return low.startswith(phrases) and any(low == p or low.startswith(p) and not low[len(p)].isalnum() for p in phrases)


_LINK_MARK = frozenset("-–•")


def _link_list_lines(lines: list[str]) -> set[int]:
    """The lines of a list of other articles' headlines above the body, each after a mark on a line of its own
    ("-\nHải Dương đặt mục tiêu …\n-\nBurundi muốn …"; the last item's mark may end its line): two marks or more."""
    body = next((i for i, raw in enumerate(lines) if len(raw.strip()) > 150), len(lines))
    marks = [i for i in range(body) if lines[i].strip() in _LINK_MARK]
    if len(marks) < 2:
        return set()
    out, follows = set(marks), False
    for i in range(marks[0], body):
        line = lines[i].strip()
        if line in _LINK_MARK:
            follows = True
        elif follows and line:
            out.add(i)
            follows = line.endswith((" -", " –"))  # (the next headline's mark, run onto this one)
    return out


# A headline of another article in a list of links ("- Thị xã Ayun Pa trao huy hiệu Đảng dịp 19/5"): a dash, six words
# or more, a short line, no sentence's end; two such lines in a row are the list (its counts are not this article's).
# (not the page's own stamp and counter: "- 23/12/2025 20:46:00", "- Được đăng: Thứ năm, …", "- Lượt xem: 1252")
_DASHED_HEADLINE = re.compile(r"[-–]\s(?!\d)(?!Được\s+đăng)(?=(?:\S+\s+){5}\S).{0,116}(?<![.;:,!?])")


def _dashed_headline_lines(lines: list[str]) -> set[int]:
    """The lines of runs of two dashed headlines or more (not the items of a list the article opens with a colon:
    "… như sau:" / "- Tặng Giấy khen của Chủ tịch UBND huyện cho 15 tập thể")."""
    out: set[int] = set()
    run: list[int] = []
    for i, raw in enumerate([*lines, ""]):
        if _DASHED_HEADLINE.fullmatch(raw.strip()):
            run.append(i)
            continue
        if len(run) >= 2 and not _opened_by_a_colon(lines, run[0]):
            out.update(run)
        run = []
    return out


def _opened_by_a_colon(lines: list[str], i: int) -> bool:
    """Whether the nearest line with text above line `i` ends with a colon."""
    return next((line.rstrip().endswith(":") for line in reversed(lines[:i]) if line.strip()), False)


def link_label_pattern(labels: tuple[str, ...]) -> re.Pattern | None:
    """A line that opens with a link label and its mark ("Đọc thêm: …", "Xem thêm >> …"), or None without labels."""
    if not labels:
        return None
    names = "|".join(r"\s+".join(map(re.escape, label.split())) for label in sorted(labels, key=len, reverse=True))
    return re.compile(rf"(?:{names})\s*(?::|>>|»)\s*\S", re.I)


def clean_lines(text: str, residue: set[str], stops: tuple[str, ...], link: re.Pattern | None = None) -> list[str]:
    """Lines with page residue removed; a stop line ends the article once the body has begun."""
    out: list[str] = []
    body_seen = False
    prose = 0
    lines = text.split("\n")
    links = _link_list_lines(lines) if any(f"\n{mark}\n" in text for mark in _LINK_MARK) else set()
    if "\n- " in text or "\n– " in text:
        links |= _dashed_headline_lines(lines)
    for i, raw in enumerate(lines):
        if i in links:
            continue
        line = raw.strip()
        low = line.lower().lstrip("•·▪ ").rstrip(" :>»")  # (a bullet may mark the line: "  • Từ khóa")
        if low in residue or not body_seen and _opens_with(low, stops):
            continue  # (a stop line above the body is residue too, with the link it may carry: "Tin liên quan Gia Lai: …")
        if (len(line) < 120 and _WIDGET.match(line)) or (line.isupper() and _BANNER.match(line)):
            if not body_seen and out and _HOTLINE.match(line) and _CLOCK.search(out[-1]) and _DATE_ONLY.match(out[-1]):
                out.pop()  # the site's clock over its hotline ("Thứ hai 16/03/2026 10:32" / "Hotline: …"): today, not the article's date
            continue
        if len(line) < 60 and _WEATHER.search(line):
            if out and _PLACE_LABEL.match(out[-1]):  # the city's name on the line above the reading
                out.pop()
            continue
        if body_seen and len(line) < 60 and low.startswith(stops):
            break
        if body_seen and len(line) < 150 and line.startswith((">>", "»")) \
                or link and len(line) < 200 and link.match(low.lstrip(">» ")):
            continue  # ">> Tuyên dương 6 công dân trẻ tiêu biểu", "Đọc thêm: …": a link to another article
        if body_seen and _TAG_LINE.fullmatch(line):
            continue  # the page's tags, unlabelled ("Người cao tuổi,Khuyến học,Tân Bình,Tấm gương"): no words of the text
        prose += len(line) >= 80 and line.endswith((".", "!", "?", ".”", '."'))
        if len(line) > 150 or prose >= 2:  # (a short article's paragraphs: two sentences' lines of prose)
            body_seen = True
        out.append(line)
    while out and not out[-1]:
        out.pop()
    return out


# Tags joined by bare commas, each capitalised and a few words long, four or more: an aggregator's keyword line.
_TAG_LINE = re.compile(rf"[{UPPER}][^,.:;!?\n]{{0,40}}(?:,[{UPPER}][^,.:;!?\n]{{0,40}}){{3,}}")


# A photo caption (CAPTION) or the outlet's own name as a site header ("Báo Đồng Nai điện tử") stands above many
# saved pages and excerpts: neither is the article's title.


def _is_title_candidate(line: str) -> bool:
    return (bool(line) and not _DATE_ONLY.match(line) and not _FURNITURE.match(line) and len(line) >= 12
            and not CAPTION.search(line) and not OUTLET_HEADER.match(line) and not _is_a_name(line)
            and not (line.isupper() and len(line.split()) <= 5))  # a section label: "CHUYÊN TRANG", "ĐẠI HỘI ĐẢNG CÁC CẤP"


def _is_a_name(line: str) -> bool:
    """A person's name alone on its line ("Đinh Thị Hương"): the author above the article."""
    words = line.split()
    return (2 <= len(words) <= 4 and words[0].lower() in SURNAMES
            and all(w[:1].isupper() and w.isalpha() for w in words))


class LineRules(NamedTuple):
    """The configured page lines, lower-cased, and the link labels compiled."""

    residue: set[str]
    stops: tuple[str, ...]
    link: re.Pattern | None
    box_labels: frozenset[str]  # (the stop and link labels: what heads a box of related news on a page)


def line_rules(cfg: Settings) -> LineRules:
    """The `[text]` rules for page lines, built once per configuration."""
    def build() -> LineRules:
        stops = tuple(s.lower() for s in cfg.text.stop_lines)
        return LineRules({s.lower() for s in cfg.text.residue_lines}, stops, link_label_pattern(cfg.text.link_labels),
                         frozenset((*stops, *(label.lower() for label in cfg.text.link_labels))))
    return cfg.memo("text.lines", build)


def build_document(text: str, source: str, cfg: Settings, url: str = "", title: str = "",
                   outlet: str = "", author: str = "", meta_published: str = "") -> Document:
    """Normalise `text`, drop residue, and mark the title and lead zones."""
    rules = line_rules(cfg)
    lines = clean_lines(unwrap(normalize(text)), rules.residue, rules.stops, rules.link)
    body = "\n".join(lines)
    body = collapse_blank_lines(body).strip()

    if title:
        title = normalize(title)
        if not body.startswith(title):
            body = f"{title}\n\n{body}" if body else title
    doc = Document(source=source, text=body, url=url, outlet=outlet, author=author,
                   meta_published=meta_published)
    _mark_zones(doc)
    doc.author = an_author(author, outlet, url) or an_author(_byline(lines), outlet, url)
    return doc


# What a page's author field or last line holds that names no writer: the site ("VnExpress", "TUOI TRE ONLINE",
# "hanoimoi.vn", "Báo điện tử VTC News", "VCCorp.vn"), a link ("[Quay lại]"), a caption, a count, a headline with its date.
_NOT_A_WRITER = re.compile(r"[\[\]?!|:\d]|\.$|(?<=\w\w\w)\.\s|\bwww\.|\.(?:vn|com|net|org)\b"
                           r"|^(?:báo|tạp\s+chí|trang\s+thông\s+tin|cổng\s+thông\s+tin)\b"
                           r"|\b(?:online|news|tin\s+tức|vccorp|channelvn|điện\s+tử|bình\s+luận)\b|\.(?:jpe?g|png|gif|webp)\b", re.I)
# (not a sentence that opens with the word: "Theo đó, …", "Theo bà Nguyễn Thị Phương, …", "Theo kế hoạch")
_CREDIT = re.compile(rf"[Tt]heo\s*:?\s+(?:[{UPPER}0-9]|[a-z.-]+\.(?:vn|com|net|org)\b|https?://)[^,;]*$")
# The site or the day after a writer's name: "Đức Anh / qbtv.vn", "Xuân Thưởng – Báo Bạc Liêu Online", "Tuấn Điệp -
# 05/08/2025 - 09:17"; and the bars of a layout table around it ("Thu Trang |").
_AFTER_THE_NAME = re.compile(r"\s*[-–/]\s*(?:\S+\.(?:vn|com|net|org)\S*|báo\s.*|\d{1,2}/\d{1,2}/\d{2,4}.*)$", re.I)

# A byline's labels ("Bài và ảnh:", "Tin-ảnh:", "Thực hiện:"), one or two of them.
_WRITER_LABEL = re.compile(r"^(?:(?:thực\s+hiện|tác\s+giả|người\s+viết|đưa\s+tin|bài(?:\s*(?:,|và)\s*ảnh)?"
                           r"|tin\s*(?:[-,]\s*|và\s*)?(?:ảnh|bài)?|ảnh|t/h|nhóm\s+pv)\s*:\s*)+", re.I)


def an_author(name: str, outlet: str = "", url: str = "") -> str:
    """`name` where it can be a writer or a desk ("Minh Anh", "PV", "Theo TTXVN"), else "" (a site, a link, a title)."""
    name = _WRITER_LABEL.sub("", name.strip(" |\t"))
    if name.lower().startswith("theo"):
        return name if _CREDIT.match(name) else ""  # a credit to a source or an agency ("Theo TTXVN", "Theo Sầm Hoa (Vietnamnet/Reuters)")
    name = _AFTER_THE_NAME.sub("", name).strip(" ,;")
    if name.startswith("(") and name.endswith(")"):
        name = name[1:-1]  # ("(Lê Nhung)")
    words = [w for w in re.sub(r"\([^()]*\)", "", name).split() if w[:1].isalpha()]
    if not words or len(words) > 8 or _NOT_A_WRITER.search(name) or 3 * sum(w[0].isupper() for w in words) < 2 * len(words):
        return ""  # (a name's words are capitalised: "Nhịp sống thị trường" is a section)
    key = fold_key(name)  # (the site's own name: "Dân Trí" on dantri.com.vn, "VnExpress" beside "VnExpress - Tin nhanh …")
    return "" if len(key) >= 4 and (key in fold_key(outlet) or key in fold_key(url.split("/")[2] if "//" in url else "")) \
        else name


# An agency's name alone on the first line, the masthead of its portal: "Sở Lao Động- Thương Binh và Xã hội tỉnh Kiên Giang".
_AGENCY_MASTHEAD = re.compile(r"(?:Sở|Ban|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân|UBND|Cổng\s+thông\s+tin\s+điện\s+tử"
                              r"|Trang\s+thông\s+tin\s+điện\s+tử)\s[^.,:;!?\d\n]{0,60}?\s(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã)"
                              r"\s+(?-i:[A-ZĐ])\w*(?:\s+(?-i:[A-ZĐ])\w*){0,3}\s*", re.I)


# A bulletin titled by its day is a headline however short ("Thời sự Cao Bằng tối 18/11/2025", "Bản tin ngày 3/2/2026").
_DATED_BULLETIN = re.compile(r"\s*(?:bản\s+tin|thời\s+sự)(?:\s+[^\W\d]+){0,4}?\s+(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\s*", re.I)


def _a_headline_below(lines: list[str], i: int) -> bool:
    """Whether a headline stands within the three lines below a short line (a menu or a banner above it:
    "Bạn cần biết Tiện ích Liên hệ", "Công ty Phân lân nung chảy Văn Điển") or below a portal's masthead."""
    if len(lines[i]) >= 40 and not (i == 0 and _AGENCY_MASTHEAD.fullmatch(lines[i])) or _DATED_BULLETIN.fullmatch(lines[i]):
        return False
    below = [line for line in lines[i + 1:i + 5] if line.strip()][:3]
    return any(40 <= len(line) <= 150 and _is_title_candidate(line) and not line.rstrip().endswith((".", ":", ","))
               and not LEAD_MARK.match(line) for line in below)


def _mark_zones(doc: Document) -> None:
    text = doc.text
    pos = 0
    title_span = None
    lines = text.split("\n")
    for i, line in enumerate(lines):
        start, end = pos, pos + len(line)
        pos = end + 1
        if title_span is None:
            if not _is_title_candidate(line) or _a_headline_below(lines, i):
                continue
            if len(line) <= 220:
                title_span = (start, end)
                m = None if _DATED_BULLETIN.fullmatch(line) else _DATE_TAIL.search(line)
                if m:  # "Tiêu đề 21/10/2025 14:20": the dateline is not part of the title
                    title_span = (start, start + m.start())
                continue
            # Title and lead on one line: split at the outlet's lead mark, else the first sentence.
            m = LEAD_MARK.search(line, 10)
            cut = m.start() if m and m.start() < 260 else _first_sentence_end(line)
            title_span = (start, start + cut)
            lead_start = start + cut
            doc.lead_span = (lead_start, min(end, lead_start + 400))
            break
        if len(line) >= 60 and not _DATE_ONLY.match(line) and not _TABLE_ROW.match(line) and _is_prose(line) \
                and line.strip() != text[title_span[0]:title_span[1]].strip() \
                and not is_caption(line):  # (a photo's caption under the headline)
            doc.lead_span = (start, end)
            break
    if title_span:
        doc.title_span = title_span
        doc.title = text[title_span[0]:title_span[1]].strip()


def _is_prose(line: str) -> bool:
    """Words with spaces between them, not a saved page's address or slug ("thi-dua-xay-dung-hoi-nong-dan-…")."""
    return line.count(" ") >= 5


# A row of a table of links under the headline ("| Quận Hai Bà Trưng: Tổ chức Ngày hội Hiến máu … |"): related
# articles, not the lead.
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_DATE_TAIL = re.compile(r"\s\d{1,2}/\d{1,2}/\d{4}(?:[\s,|-]+\d{1,2}:\d{2})?\s*$")


def _first_sentence_end(line: str) -> int:
    """Where the first sentence ends, or the last word boundary before 240 characters (a title never runs on)."""
    # (not at a unit's kind written short: "Ban dân vận P. Nam Hồng tổ chức …", "UBND TP. Huế …")
    m = next((m for m in _SENTENCE_STOP.finditer(line) if not ends_in_abbreviation(line[:m.end()])), None)
    end = m.end() if m else len(line)
    if end <= 240:
        return end
    space = line.rfind(" ", 0, 240)
    return space if space > 0 else 240


def _byline(lines: list[str]) -> str:
    for line in reversed(lines[-4:]):
        words = line.split()
        if 1 <= len(words) <= 8 and not line.endswith((".", ":", ";")) and not _DATE_ONLY.match(line):
            return line.strip()  # (its label, "Bài và ảnh:", is an_author's to cut)
    return ""


def read_text(data: str, source: str, cfg: Settings, url: str = "") -> Document:
    """A .txt article as a Document."""
    return build_document(without_markup(data), source, cfg, url=url)


# A page's markup saved into a .txt ("<html><head>…", "<em>(Số 4, đường …)</em>", "Nh&agrave; văn h&oacute;a"):
# its tags and entities are no words of the article.
_MARKUP = re.compile(r"<(?:html|head|body|div|p|br|span|em|strong|meta|table|td|li|h[1-6])\b[^>]*>", re.I)
_HIDDEN = re.compile(r"<(head|script|style)\b.*?</\1\s*>", re.I | re.S)
_BLOCK = re.compile(r"</?(?:p|div|br|li|tr|table|h[1-6]|body|html)\b[^>]*>", re.I)
_TAG = re.compile(r"<[^<>]{1,400}>")


def without_markup(text: str) -> str:
    """The text with a saved page's markup taken out, where it holds some (three tags or more); as it is otherwise."""
    if len(_MARKUP.findall(text, 0, 20_000)) < 3:
        return text
    return html.unescape(_TAG.sub("", _BLOCK.sub("\n", _HIDDEN.sub("", text))))
