"""Stories about several units in turn: digests of news in brief (bulleted, "Cùng ngày, …" or labelled items), tours
that go from one locality to the next, and visits to a list of communes; none of their units is the article's own."""

from __future__ import annotations

import re

from extractors.places.gazetteer import Unit
from extractors.places.history import LIST_GAP
from extractors.places.matcher import Mention
from extractors.places.written import DISTRICT_KIND
from pipeline.document import Document

# (or a paragraph the traveller opens in it: "Về xã Phú Vang, …", "Lên xã A Lưới 2, …"; or the journey's stops:
# "Bắt đầu hành trình từ xã Chiềng Sơn", "Rời Chiềng Sơn, chúng tôi đến phường Mộc Sơn", "Điểm dừng cuối là xã Lóng Sập")
# (the traveller's way there may stand between: "chúng tôi vòng qua đèo Mã Phục về xã …", "Điểm dừng chân đầu tiên của
# chúng tôi là phường …")
_INTRO = re.compile(r"(?:^|[\s,;])(?:tại|ở)\s+(?:thôn\s+[^,]{1,30},\s*)?$|(?:^|\n)(?:về|lên|xuống|đến|tới|sang|ghé)"
                    r"(?:\s+(?:với|thăm))?\s+$|\bchúng\s+tôi\s+(?:[^.\n]{0,60}?\s)?(?:đến|về|lên|xuống|tới|ghé|sang)(?:\s+(?:với|thăm))?\s+$"
                    r"|\bhành\s+trình\s+(?:từ|tại|đến|tới)\s+$|\bđiểm\s+dừng(?:\s+[^\W\d]+){0,6}\s+(?:là|tại|ở)\s+$"
                    # ("Ngược Quốc lộ 7 lên xã Tương Dương, chúng tôi gặp …": the road taken first)
                    r"|(?:^|\n)(?:ngược|xuôi|men\s+theo|theo|rời)\b[^.\n]{0,50}?\s(?:lên|về|xuống|đến|tới|sang)\s+$", re.I)


# (a news-in-brief digest may run its items on in one paragraph: "… so cùng kỳ. + Trong năm 2020, …")
_ITEM = re.compile(r"^[*•+–-]\s+\S|(?<=[.…;])\s+\+\s+(?=\S)", re.M)


def _rest_of_line(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return (end if end >= 0 else len(text)) - pos


def item_of_a_digest(doc: Document, starts: list[int]) -> bool:
    """Whether every mention at `starts` lies in one item of a digest of three items or more, below its title
    ("+ Trong quí 1/2021, tại huyện Chợ Gạo …" among the province's news in brief)."""
    text = doc.text
    # (items of news, each a sentence or more: not a gallery's "• image01" lines)
    items = [m.end() for m in _ITEM.finditer(text) if _rest_of_line(text, m.end()) >= 60]
    if len(items) < 3 or not starts or min(starts) < doc.title_span[1]:
        return False
    last_line_end = text.find("\n", items[-1])
    # (a paragraph after the last item closes the list, not the item: "- UBND Tỉnh tặng …\n\nTừ kết quả đạt được …,
    # ngành giáo dục Yên Hưng sẽ phấn đấu …")
    inside = {max((i for i in items if i <= s), default=-1) if last_line_end < 0 or s < last_line_end else -1
              for s in starts}
    return len(inside) == 1 and -1 not in inside


# A paragraph that opens a further item of the day's news: "Cùng ngày, phường Nhiêu Lộc, TP HCM đã tổ chức …"
_NEXT_ITEM = re.compile(r"^(?:(?:Sáng|Chiều|Tối|Trưa)\s+cùng\s+ngày|Cùng\s+ngày|Cũng\s+trong\s+ngày|Cùng\s+thời\s+điểm|Trước\s+đó)\s*,",
                        re.M)  # ("Sáng cùng ngày, Đảng ủy phường Bình Hòa (TPHCM) cũng …")
# Paragraphs that open on one unit after another, two at least: "Tại P. Vỹ Dạ, 24 đảng viên …", "Tại P. Kim Trà, …"
# after "Đợt này, P. Thuận Hóa trao tặng …" (one such paragraph may compare a neighbour).
_UNIT_ITEM = re.compile(r"^Tại\s+(?:xã|phường|P\.|thị\s+trấn|đặc\s+khu|huyện|quận|thị\s+xã|TX\.|TP\.?|thành\s+phố)\s", re.M)
# Paragraphs labelled with their unit, a column of news in brief: "Ba Vì: Huyện Ba Vì khẩn trương … bao tải cát.";
# prose to a full stop, not a headline ("Phường Tây Mỗ: Tổng kết công tác năm 2025" among related stories).
_LABEL_ITEM = re.compile(r"^[^\W\d][^:\n]{0,30}:[ \t]+\S[^\n]{40,}[.!?…][\s\u201d\"]*$", re.M)


def lead_is_an_item(doc: Document) -> bool:
    """Whether the lead is the first item of a digest ("* Nhân kỷ niệm …, sáng 12.11, …"), not a summary of the whole."""
    return doc.lead_span[1] > doc.lead_span[0] and bool(_ITEM.match(doc.text, doc.lead_span[0]))


# (a star or a plus opens an item of news; a round bullet "•" is as often a portal's menu line: "• Trang chủ")
_NEWS_ITEM = re.compile(r"[*+]\s+\S")


def title_is_an_item(doc: Document) -> bool:
    """Whether the headline is the first item of a digest ("* Chủ tịch Hội LHTN xã A (huyện B) được tặng giải thưởng"),
    not a headline over the whole."""
    return doc.title_span[1] > doc.title_span[0] and bool(_NEWS_ITEM.match(doc.text, doc.title_span[0]))


_DIGEST_TITLE = re.compile(r"\s*(?:tin\s+vắn|điểm\s+(?:tin|báo)|bản\s+tin(?:\s+(?:ngày|sáng|chiều|tối|thời\s+sự))?|tin\s+tổng\s+hợp"
                           # a station's news programme by its day: "Thời sự Cao Bằng tối 18/11/2025"
                           # (or its bulletin: "Bản tin Thủ đô tối 05/11/2025")
                           r"|(?:thời\s+sự|bản\s+tin)(?:\s+[^\W\d]+){0,4}?(?=\s*(?:ngày\s+)?\d)(?:\s+ngày)?)"
                           r"(?:\s*[\d/.-]+)?\s*", re.I)


def digest_title(doc: Document) -> bool:
    """Whether the title, or a section line above it, names a column of news in brief or a press round-up ("Tin vắn",
    "Bản tin ngày 30-11-2021")."""
    title = doc.text[slice(*doc.title_span)]
    # (a section line above a bulleted first item: "Tin vắn\n* Ngày 13.2, …"; not a portal's section label above one
    # article's own headline)
    return bool(_DIGEST_TITLE.fullmatch(title)) or title.lstrip()[:1] in ("*", "•", "+", "-", "–") \
        and any(_DIGEST_TITLE.fullmatch(line) for line in doc.text[:doc.title_span[0]].split("\n")[-6:])


def labelled_items(doc: Document, mentions: list[Mention], units: dict[int, Unit]) -> list[int]:
    """The starts of paragraphs labelled with a unit ("Ba Vì: Huyện Ba Vì khẩn trương …"), the headline among them."""
    return [m.start() for m in _LABEL_ITEM.finditer(doc.text)
            if any(m.start() <= p.start < m.start() + m.group().index(":") and p.start in units for p in mentions)]


def digest(doc: Document, mentions: list[Mention], units: dict[int, Unit]) -> bool:
    """A digest of items ("* Ngày 17-10, Đảng ủy xã Thái Mỹ …", "Cùng ngày, phường …", "Tại P. Vỹ Dạ, …"): the items name
    different units."""
    if digest_title(doc):
        return True
    openers = [m.start() for m in _UNIT_ITEM.finditer(doc.text)]
    labelled = labelled_items(doc, mentions, units)
    openers += labelled if len(labelled) >= 2 else []
    items = sorted([m.start() for m in _ITEM.finditer(doc.text)] + [m.start() for m in _NEXT_ITEM.finditer(doc.text)]
                   + (openers if len(openers) >= 2 else []))
    if not items:
        return False
    heads = [0, *items]
    named = set()
    for start in heads:
        # (the item's first unit: within its opening sentence, which may run long: "* Nhân kỷ niệm 91 năm …, sáng
        # 12.11, đồng chí … đã về tham dự … với nhân dân khu dân cư Làng 6, xã Vĩnh Thuận, huyện Vĩnh Thạnh.")
        reach = min(max(start + 160, doc.sentence_at(start)[1]), start + 400) if start < len(doc.text) else start + 160
        if start == 0 and not doc.text.startswith(("-", "–", "•"), items[0]):
            reach = max(reach, items[0])  # (the story above the first "* …" or "Cùng ngày, …" item is the first item)
        first = next((m for m in mentions if m.start in units and start <= m.start < reach), None)
        if first and start and _SEVERAL_BEFORE.search(doc.text, max(0, first.start - 20), first.start):
            continue  # an aside on others doing the same ("Cùng thời điểm, các phường A, B cũng ra mắt …"), no item of its own
        if first:
            named.add(units[first.start].code)
    return len(named) >= 2


_SEVERAL_BEFORE = re.compile(r"\bcác\s+(?:xã|phường|đặc\s+khu|thị\s+trấn|huyện|quận|thị\s+xã)\s+$", re.I)


# The lead announcing a journey across several units: "Hành trình qua nhiều huyện vùng cao của Sơn La …", "chuyến công
# tác đến các xã biên giới" (the feature goes from one to the next, even where a cut-off excerpt shows only the first).
_JOURNEY = re.compile(r"\b(?:hành\s+trình|chuyến\s+(?:đi|công\s+tác|khảo\s+sát|thực\s+tế))\s+(?:qua|đến|tới|về|lên|xuống|tại)\s+"
                      r"(?:nhiều|các|những|một\s+số|mấy)\s+(?P<unit>huyện|xã|phường|địa\s+phương|bản\s+làng|thôn\s+bản)\b", re.I)


def announces_a_journey(doc: Document, units: tuple[str, ...]) -> bool:
    """Whether the headline or the lead announces a journey across several units of these kinds ("huyện", "xã", …)."""
    end = max(doc.lead_span[1], doc.title_span[1])
    return any(" ".join(m.group("unit").lower().split()) in units for m in _JOURNEY.finditer(doc.text, 0, end))


def tour(doc: Document, mentions: list[Mention], units: dict[int, Unit]) -> bool:
    """A feature that goes from one commune to the next ("Tại xã A … thì tại phường B …")."""
    introduced = set()
    for m in mentions:
        if m.start in units and _INTRO.search(doc.text[max(0, m.start - 90):m.start - len(m.type) - 1 if m.type else m.start]):
            introduced.add(units[m.start].code)
    return len(introduced) >= 2


# "đã đến thăm, chúc Tết các xã: Ya Hội, Ya Ma, Kông Chro, …": communes listed after a plural type word.
_PLURAL_COMMUNES = re.compile(r"\bcác\s+(?:xã|phường|đặc\s+khu)(?:\s*,\s*(?:xã|phường|thị\s+trấn|đặc\s+khu))*\s*:?\s*", re.I)


def visits_a_list(doc: Document, mentions: list[Mention], intro: re.Pattern = _PLURAL_COMMUNES) -> bool:
    """The head (the headline, the lead or the body's first sentence) lists three communes or more after "các xã"
    ("thăm, chúc Tết các xã: A, B, C, D"), or after another `intro`: the article is about all of them."""
    first = next(iter(doc.sentences_from(doc.lead_span[1], 1)), (0, 0))
    end = max(doc.lead_span[1], doc.title_span[1], first[1])
    text = doc.text
    starts = {m.start: m for m in mentions}
    for opened in intro.finditer(text, 0, end):
        pos, n = opened.end(), 0
        while pos in starts:
            n += 1
            gap = LIST_GAP.match(text, starts[pos].end)
            if not gap:
                break
            pos = gap.end()
        if n >= 3:
            return True
    return False


# A paragraph that opens in a district: "Tại huyện Lạc Thủy, phong trào …", "Cũng như các địa phương trên địa bàn tỉnh,
# huyện Trạm Tấu cũng …", "Ở thị xã Vĩnh Châu, …".
# A traveller's paragraph too: "Rời lòng chảo, chúng tôi lên huyện Tuần Giáo", "Tiếp tục xuôi về phía nam, huyện Hải Lăng …".
_OPENS_IN = re.compile(r"(?:(?:rời|tiếp\s+tục\s+(?:hành\s+trình|xuôi|ngược|đi|lên|về)|xuôi|ngược|men\s+theo|băng\s+qua|vượt)"
                       r"\b[^,.\n]{0,60},\s*(?:chúng\s+tôi\s+(?:lên|xuống|về|đến|tới|ghé|vào|sang|ra)\s+)?"
                       r"|chúng\s+tôi\s+(?:lên|xuống|ghé|sang)\s+"
                       r"|cũng\s+như[^,\n]{0,60},\s*|còn\s+(?:ở|tại)\s+|về\s+(?:với\s+)?|đến\s+(?:với\s+)?"
                       rf"|tương\s+tự\s*,?\s*(?:tại|ở)?\s*|tại\s+|ở\s+){DISTRICT_KIND}\s*", re.I)


def moves_on(text: str, chosen: dict[int, Unit], main: str) -> bool:
    """Whether a paragraph opens in a district other than `main`: a feature going from one locality to the next has
    no district of its own (shared/corpus/ANNOTATION.md)."""
    for start, unit in chosen.items():
        if unit.code != main and _OPENS_IN.fullmatch(text, text.rfind("\n", 0, start) + 1, start):
            return True
    return False


# The head's event held in several districts it names: "trao học bổng, tặng quà … tại 02 huyện Càng Long và Cầu Ngang".
_SEVERAL_DISTRICTS = re.compile(r"\b(?:tại|ở|cho)\s+(?:0?[2-9]|hai|ba|bốn|năm)\s+(?:huyện|quận|thị\s+xã|địa\s+phương)\s*:?\s*"
                                r"(?-i:[A-ZĐ])[^\W\d]*(?:\s+[^\W\d]+){0,2}\s*(?:,|và)"
                                # one district and a count of others: "TP. Bạc Liêu và 4 huyện tổ chức Tết quân dân"
                                r"|(?-i:[A-ZĐ])\w*\s+(?:và|cùng)\s+(?:0?[2-9]|1\d|hai|ba|bốn|năm|các)\s+(?:huyện|quận|thị\s+xã)\s+"
                                r"(?:(?:đã|cùng|đồng\s+loạt)\s+)?tổ\s+chức\b"
                                # units of a count of districts of several kinds: "cho 296 tập thể thuộc 27 huyện, thị xã,
                                # thành phố" (then each with its figure)
                                r"|\b(?:thuộc|tại|ở|của)\s+(?:[2-9]|[1-9]\d)\s+huyện\s*,\s*(?:thị\s+xã|thành\s+phố|quận)\b", re.I)
_JOINED = re.compile(r"\s+(?:và|cùng)\s+")


def names_several_districts(doc: Document, mentions: list[Mention]) -> bool:
    """Whether the head holds its event in several districts it names, or names two joined under one type word ("cho
    hội viên, phụ nữ huyện Đông Sơn và Thiệu Hóa"): the event is theirs together, neither one's alone."""
    head_end = max(doc.lead_span[1], doc.title_span[1])
    if _SEVERAL_DISTRICTS.search(doc.text, 0, head_end):
        return True
    listed = {m.start: m for m in mentions if m.via == "list"}
    for m in mentions:
        if m.start >= head_end or m.via != "typed" or m.type not in ("huyện", "quận", "thị xã") or m.historical:
            continue
        gap = _JOINED.match(doc.text, m.end)
        n = listed.get(gap.end()) if gap else None
        if n and n.type == m.type and not n.historical:
            return True
    return False
