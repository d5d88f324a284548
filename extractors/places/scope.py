"""Scope: is an article about the whole country (or a region) rather than one province?

Scope comes before the unit (ANNOTATION.md): a national ceremony, a central body's programme, a
ministry, the army or a nationwide review names the city that hosts it, and that city is not what the
article is about. The decision weighs signs of national scope in the headline and lead (a scope
phrase, a central body as the actor) against local units named there other than as a venue.
"""

from __future__ import annotations

import re
from collections import Counter

from extractors.places.matcher import Mention
from extractors.places.national import ATTENDING, HEAD_WEIGHT, national_score
from extractors.places.written import (
    DISTRICT_KIND,
    home_in_brackets,
    in_an_honours_list,
    names_a_home,
    names_an_organisation,
    one_unit_of,
    text_before,
)
from pipeline.document import Document
from pipeline.text import is_caption, line_span, scanned_by_first_letters

# "của tỉnh X": the place right after "của", whose it is.
_OF = r"\bcủa\s+(?:[\w.]+\s+)?$"
# A place written as the venue ("tại tỉnh Tây Ninh", "ở Thủ đô Hà Nội") or a person's affiliation.
# ("của" takes the place right after it: "của tỉnh X"; "huyện nghèo của cả nước, huyện Trạm Tấu" is no venue)
# (a named hall or memorial may take more words: "tại Đài tưởng niệm các Anh hùng liệt sỹ, Bắc Sơn, Ba Đình, Hà Nội")
# ("tại Nhà hát Hồ Gươm - Hà Nội": a dash may join a hall and its city)
# (a venue's name may join two words with a hyphen: "tại Trung tâm Văn hóa-Triển lãm tỉnh Bắc Ninh"; "tại" may lose its
# last letter: "Sáng nay 1/7, tạ Hà Nội, Cục Quản lý thị trường tổ chức …")
_VENUE_BEFORE = scanned_by_first_letters("tTởỞđĐvVcCpP", r"(?:\btại|\bở|(?<!cảm\s)\btạ|\bđến(?!\s+(?:nay|năm|hết|cuối|tháng|ngày|hiện\s+nay)\b)|\bvề(?!\s+(?:tham\s+)?dự\b))\s+(?:[\w.][\w.-]*[\s(,]+){0,6}$|" + _OF
                           + r"|\btại\s+(?-i:Đài|[Hh]ội\s+trường|Trường|Trung\s+tâm|Nhà\s+hát|Cung|Lăng|Quảng\s+trường|Bảo\s+tàng"
                           r"|Sân\s+vận\s+động|Khách\s+sạn|Học\s+viện|Khu\s+[Dd]i\s+tích|Di\s+tích|Khu\s+lưu\s+niệm|Đền"
                           r"|Nghĩa\s+trang|Công\s+viên|Nhà\s+văn\s+hóa)\s+(?:[\w.][\w.-]*(?:[\s(,]+|\s[-–]\s)){0,10}$"
                           # where a facility lies: "tại chốt kiểm soát cầu Đồng Nai …, thuộc địa phận phường Long Bình Tân"
                           r"|\bthuộc\s+địa\s+phận\s+$"
                           # a street address: "tại ngôi nhà số 15 phố Hàng Nón, Hà Nội"
                           r"|\b(?:phố|đường)\s+(?-i:[A-ZĐ])[^\W\d]*(?:\s+(?-i:[A-ZĐ])[^\W\d]*){0,3}\s*,\s*$"
                           # or by its house number alone: "tại trụ sở Kiểm toán nhà nước (KTNN) - 111 Trần Duy Hưng, Hà Nội"
                           r"|\b(?:tại|trụ\s+sở)\b[^.;\n]{0,60}?(?:\bsố\s+|[-–,(]\s*)\d{1,4}[A-Za-z]?\s+(?-i:[A-ZĐ])[^\W\d]*"
                           r"(?:\s+(?-i:[A-ZĐ])[^\W\d]*){1,3}\s*,\s*$", re.I)
# The head speaks of one province's own event even where it names none: "toàn tỉnh", "Tỉnh ủy", "UBND tỉnh".
_PROVINCIAL = scanned_by_first_letters("cCbBhHtTlLuUủỦđĐmM", r"\b(?:công\s+an|bộ\s+chỉ\s+huy\s+quân\s+sự|hđnd|tỉnh\s+đoàn|liên\s+đoàn\s+lao\s+động|hội\s+đồng\s+đội)\s+tỉnh\b"
                         # (and its Young Pioneers' council: "Ngày 5-10, Hội đồng Đội tỉnh tổng kết công tác đội …")
                         # the paper's own province's mass organisation, its province unnamed: "Theo tin từ Hội Liên hiệp
                         # phụ nữ (LHPN) tỉnh, …"
                         r"|\bhội\s+(?:lhpn|liên\s+hiệp\s+phụ\s+nữ|nông\s+dân|cựu\s+chiến\s+binh|ccb)(?:\s*\([^()]{1,10}\))?\s+tỉnh\b"
                         r"(?!\s+(?-i:[A-ZĐ]))"
                         # its Front committee, unnamed: "UBMTTQ Việt Nam tỉnh tổ chức hội nghị …"
                         r"|\b(?:(?:ủy|uỷ)\s+ban\s+|ub\s*)?mttq(?:\s+việt\s+nam)?\s+tỉnh\b(?!\s+(?-i:[A-ZĐ]))|\btoàn\s+tỉnh\b|\bcủa\s+tỉnh\b|\btrên\s+địa\s+bàn\s+tỉnh\b|\btỉnh\s+(?:ủy|uỷ)\b|\bubnd\s+tỉnh\b|\bủy\s+ban\s+nhân\s+dân\s+tỉnh\b"
                         r"|\b(?:đại\s+hội|hội\s+nghị)[^.;\n]{0,40}?\btỉnh\s+lần\s+thứ\b", re.I)
# "Phó Chủ tịch UBND tỉnh Y Ngọc" at a national meeting's local bridge: a person's post, not the subject;
# "Tỉnh ủy, UBND, MTTQ các tỉnh khu vực Tây Nguyên": the committees of many provinces.
_AFFILIATION_BEFORE = re.compile(r"(?i:chủ\s+tịch|bí\s+thư|giám\s+đốc|trưởng\s+ban|lãnh\s+đạo|đại\s+diện)"
                                 r"(?i:\s+thường\s+trực)?\s*$")
# The host of a regional meeting: "do Đồng Nai làm Cụm trưởng", "tỉnh Gia Lai đăng cai".
_HOST_AFTER = re.compile(r"\s+(?:(?:làm|là)\s+(?:cụm\s+trưởng|trưởng\s+cụm)|đăng\s+cai)"
                         r"|\s*,\s*(?:cụm|khối)\s+trưởng\b", re.I)  # ("… tỉnh Hà Nam, Khối trưởng Khối thi đua năm 2023")
# ("UBND tỉnh, thành phố trực thuộc T.Ư": every province's, no one's; "Trưởng Ban Dân vận Tỉnh ủy, Thành ủy … của 14 tỉnh, thành phố")
_MANY_PROVINCES_AFTER = re.compile(r"[^.;]{0,30}?\bcác\s+tỉnh\b|\s*,\s*thành\s+(?:phố|ủy|uỷ)\b|[^.;]{0,80}?\b\d{1,2}\s+tỉnh\s*,\s*thành\b", re.I)
# ("các Tỉnh ủy, Thành ủy khu vực …": many provinces' committees, no one's)
_PLURAL_BEFORE = re.compile(r"\b(?:các|những)\s+$", re.I)
# A partner of the body that holds the event: "Ban Tuyên giáo và Dân vận Trung ương phối hợp Tỉnh ủy Nghệ An tổ chức
# chương trình … khu vực miền Trung - Tây Nguyên": the host province of a central body's event.
_PARTNER_BEFORE = re.compile(r"\bphối\s+hợp(?:\s+với)?\s+(?:[^\W\d]+\s+){0,4}$", re.I)
# A province among several partners ("phối hợp với Ủy ban Dân tộc, Tỉnh ủy tỉnh Lâm Đồng tổ chức Hội nghị …"); a
# district's body among them ("phối hợp với Hội LHPN tỉnh, Hội LHPN huyện Châu Đức … tại xã Kim Long") makes it local.
# ("phối hợp Ủy ban T.Ư MTTQ Việt Nam, UBND tỉnh Thừa Thiên - Huế": a word may be an abbreviation with dots)
_PROVINCE_AMONG_PARTNERS = re.compile(r"\bphối\s+hợp(?:\s+với)?\s+(?:[^\W\d][^\W\d.]*(?:\.[^\W\d]+)*\.?(?:\s+|\s*,\s*)){0,10}$",
                                      re.I)
# The province's own bodies holding the event, in the sentence that opens the body after a sapo: "Sáng 10/10,
# Thành ủy - HĐND - UBND - Ủy ban MTTQ Việt Nam TP Hà Nội trang trọng tổ chức Đại hội Thi đua yêu nước thành phố".
_LOCAL_BODY_BEFORE = re.compile(r"(?:Tỉnh\s+ủy|Thành\s+ủy|UBND|HĐND|Ủy\s+ban\s+nhân\s+dân|MTTQ(?:\s+Việt\s+Nam)?)"
                                r"\s+(?:tỉnh|TP\.?|thành\s+phố)?\s*$")
# ("Lễ Tuyên dương Gia đình tiêu biểu tỉnh Cà Mau": the province's own ceremony, wherever it is held)
_OWN_CONGRESS_BEFORE = re.compile(r"\b(?:(?:Đại\s+hội|Hội\s+nghị)\s+(?:Thi\s+đua\s+yêu\s+nước|điển\s+hình\s+tiên\s+tiến"
                                  r"|đại\s+biểu)|Lễ\s+(?:tuyên|biểu)\s+dương|Lễ\s+tôn\s+vinh|Lễ\s+vinh\s+danh)"
                                  r"[^.;\n]{0,30}?\b(?:tỉnh|thành\s+phố|TP\.?)\s*$", re.I)
_ORGANISES_AFTER = re.compile(r"\s+(?:đã\s+|vừa\s+)?(?:long\s+trọng\s+|trang\s+trọng\s+)?(?:tổ\s+chức|phát\s+động)\b", re.I)
_AT_BEFORE = re.compile(r"\b(?:tại|ở)\s+$", re.I)
_BRIDGE_BEFORE = re.compile(r"\bđiểm\s+cầu\s*$", re.I)  # "Dự tại điểm cầu Công an tỉnh": a national meeting's bridge
# "huyện tổ chức sớm nhất là Lục Ngạn (Bắc Giang), tỉnh tổ chức sớm nhất là Kon Tum": the first, best or largest
# among many units, an example of a national review, not its subject.
_RANKED_BEFORE = re.compile(r"\b(?:nhất|đầu\s+tiên)\s+(?:là|thuộc\s+về|ở|tại)\s+(?:(?:huyện|tỉnh|thành\s+phố|TP\.?|thị\s+xã|xã"
                            r"|quận|phường)\s+)?(?-i:[A-ZĐ][^\W\d]*(?:\s+[A-ZĐ][^\W\d]*){0,3})?\s*\(?\s*$", re.I)
# Provinces as the two ends of a stretch of the country, the region's members, none of them its subject: "lãnh đạo 19 tỉnh,
# thành phố, gồm 14 tỉnh, thành phố từ Thanh Hóa đến Bình Thuận", "các tỉnh ven biển từ Quảng Ninh đến Nghệ An" (not a
# journey, "đoàn từ Hà Nội đến Sa Pa": the provinces are counted or a region named before the stretch).
_STRETCH_REGION = re.compile(r"(?:\b(?:các|\d{1,2})\s+tỉnh\b|\bkhu\s+vực|\bvùng|\bven\s+biển|\bmiền)[^.;:\n]{0,40}?$", re.I)
# A stretch's words: "từ [tỉnh] A" before its first end, "đến [tỉnh] B" (or a dash) between its ends.
STRETCH_FROM = re.compile(r"\btừ\s+(?:(?:tỉnh|thành\s+phố|TP\.?)\s*)?$", re.I)
STRETCH_TO = re.compile(r"\s*(?:đến|tới|-|–)\s*(?:(?:tỉnh|thành\s+phố|TP\.?)\s*)?", re.I)
_TO_END = re.compile(STRETCH_FROM.pattern[:-1] + r"(?-i:[A-ZĐ])[^\W\d]*(?:\s+(?-i:[A-ZĐ])[^\W\d]*){0,3}" + STRETCH_TO.pattern + "$",
                     re.I)
_STRETCH_GOES_ON = re.compile(STRETCH_TO.pattern + r"(?-i:[A-ZĐ])", re.I)


# (or an area named by the two provinces it spans: "Bão số 1 đổ bộ vào khu vực Thái Bình - Nam Định")
_AREA_FIRST = re.compile(r"\b(?:khu\s+vực|vùng)\s+$", re.I)
_AREA_SECOND = re.compile(r"\b(?:khu\s+vực|vùng)\s+(?-i:[A-ZĐ])[^\W\d]*(?:\s+(?-i:[A-ZĐ])[^\W\d]*){0,3}\s*[-–]\s*$", re.I)
_DASH_GOES_ON = re.compile(r"\s*[-–]\s*(?-i:[A-ZĐ])")


def in_a_stretch(text: str, m: Mention) -> bool:
    """Whether the place at `m` is one end of a stretch of provinces ("14 tỉnh từ Thanh Hóa đến Bình Thuận", "khu vực
    Thái Bình - Nam Định")."""
    before = text_before(text, m.start, 100)
    if _AREA_SECOND.search(before) or _AREA_FIRST.search(before) and _DASH_GOES_ON.match(text, m.end):
        return True
    edge = STRETCH_FROM.search(before) if _STRETCH_GOES_ON.match(text, m.end) else _TO_END.search(before)
    return bool(edge) and bool(_STRETCH_REGION.search(before, 0, edge.start()))


# A place ranked among the country's ("Bắc Giang dẫn đầu cả nước với mức tăng GRDP 13,45%") in the lead under a headline
# that names no place ("Bức tranh tăng trưởng kinh tế của các địa phương"): the ranking's first, not the story's subject.
_RANKED_AFTER = re.compile(r"\s+(?:(?:tiếp\s+tục|vẫn|vươn\s+lên|lần\s+thứ\s+\w+(?:\s+liên\s+tiếp)?)\s+)?(?:dẫn\s+đầu|đứng\s+đầu"
                           r"|(?:đứng|xếp)\s+(?:thứ|hạng)\s+\w+)\s+(?:cả\s+nước|toàn\s+quốc|trong\s+(?:cả\s+nước|\d{2}\s+tỉnh|các\s+tỉnh))",
                           re.I)


# A hamlet's own event ("Ngày hội Đại đoàn kết … ở khu dân cư ấp Châu Thành (xã An Ninh, thành phố Cần Thơ)"):
# its place is the subject, whoever comes to it.
# (so is the Great Unity festival, held by a residential area: "Ngày hội Đại đoàn kết toàn dân tộc ở Quảng Ninh")
_HAMLET_VENUE = re.compile(r"\b(?:tại|ở)\s+(?:liên\s+)?(?:khu\s+dân\s+cư|ấp|thôn|bản|tổ\s+dân\s+phố|khu\s+phố|xóm|làng)\b[^.;\n]*$"
                           r"|\bngày\s+hội\s+đại\s+đoàn\s+kết(?:\s+toàn\s+dân\s+tộc)?\s+(?:tại|ở)\s+[^.;\n]*$", re.I)
# A headline's "ở" places its subject ("Hướng đi nào cho cây cao su ở Hà Tĩnh", "'Dân vận khéo' ở Thuận Châu"), not a venue;
# unless a central body acts in the head ("Bộ trưởng trao bằng khen cho nông dân ở …": the honourees' home).
_WHERE_IN_TITLE = re.compile(r"\bở\s+(?:(?:tỉnh|thành\s+phố|TP\.?|huyện|quận|thị\s+xã|TX\.?|xã|phường)\s+)?$", re.I)
_INTRODUCES_AFTER = re.compile(r"\s+(?:xin\s+)?(?:trân\s+trọng\s+)?giới\s+thiệu\s+(?:toàn\s+văn|nội\s+dung|văn\s+bản|bài\s+viết)",
                               re.I)
# A reporter's visit: "Chúng tôi đã đến quận 12", "Phóng viên có mặt tại xã …": the place the story then reports on,
# its subject, not a venue
_REPORTER_VISIT = re.compile(r"\b(?:chúng\s+tôi|phóng\s+viên|PV|nhóm\s+phóng\s+viên)\s+(?:(?:đã|vừa|có\s+dịp|lại)\s+)*"
                             r"(?:đến|tới|về|ghé(?:\s+thăm)?|có\s+mặt\s+(?:tại|ở))\s+(?:[\w.][\w.-]*[\s(,]+){0,3}$", re.I)
_ADDRESS_GAP = re.compile(rf"\s*[,–-]\s*(?:(?:{DISTRICT_KIND}|tỉnh|phường|P\.|xã)\s*)?", re.I)
_PREFIX_AFTER = re.compile(r"\s*:")
# ("… vừa diễn ra tại tỉnh Cà Mau, Hội LHPN tỉnh Quảng Nam đã …": after the venue's comma, a body opens a clause)
_BODY_AFTER_COMMA = re.compile(r",\s*(?:Hội|Ban|Ủy\s+ban|Uỷ\s+ban|UBND|Sở|Đoàn|Công\s+an|Bộ|Liên\s+đoàn|Đảng\s+bộ"
                               r"|Huyện\s+ủy|Tỉnh\s+ủy|Thành\s+ủy)\b")



def _whole_line(text: str, m: re.Match) -> bool:
    """Whether the match is all of its line."""
    start = text.rfind("\n", 0, m.start()) + 1
    end = text.find("\n", m.end())
    return not text[start:m.start()].strip() and not text[m.end():end if end >= 0 else len(text)].strip()


def _on_a_caption(text: str, pos: int) -> bool:
    """Whether the line holding `pos` is a photo's caption (with its credit, or printed twice in a row: the caption
    and the image's alternative text, "Bộ CHQS tỉnh Bến Tre tiến hành bàn giao …" above the same line)."""
    start, end = line_span(text, pos)
    line = text[start:end]
    if is_caption(line):
        return True
    # (a short line: a lead printed twice, the sapo above its own copy, is the subject)
    line = line.strip()
    return 0 < len(line) <= _ECHOED_CAPTION and line in (_line_before(text, start), _NEXT_LINE.match(text, end).group(1).strip())


_ECHOED_CAPTION = 120
_NEXT_LINE = re.compile(r"\s*([^\n]*)")  # the first line with text from a position on


def _line_before(text: str, start: int) -> str:
    """The nearest line with text above the line that begins at `start`, stripped."""
    end = start - 1
    while end > 0:
        begin = text.rfind("\n", 0, end) + 1
        if text[begin:end].strip():
            return text[begin:end].strip()
        end = begin - 1
    return ""


_OF_BEFORE = re.compile(_OF, re.I)


def _is_venue(before: str) -> bool:
    """Whether the text before a place makes it a venue or an address, not the subject of a new clause."""
    venue = _VENUE_BEFORE.search(before)
    return bool(venue) and not _BODY_AFTER_COMMA.search(before, venue.start()) and not _LEVELS_IN.search(before) \
        and not _COUNTED_IN.search(before) and not _SEAT_BEFORE.search(before) and not _REPORTER_VISIT.search(before)


# A body's own seat, where it is, not where it met: "Đạo hội … có trụ sở Ban Đại diện đặt tại thị trấn Ba Chúc, huyện Tri
# Tôn, An Giang" (not "tại trụ sở UBND tỉnh", a meeting's venue)
_SEAT_BEFORE = re.compile(r"\b(?:có|đặt|đóng)\s+trụ\s+sở\b[^.;\n]{0,40}?\b(?:tại|ở)\s+(?:[\w.][\w.-]*[\s(,]+){0,10}$"
                          r"|\btrụ\s+sở\b[^.;\n]{0,40}?\bđặt\s+(?:tại|ở)\s+(?:[\w.][\w.-]*[\s(,]+){0,10}$", re.I)


# The province's bodies at every level, the subject: "HĐND các cấp ở Hà Tĩnh vừa nỗ lực thích ứng …"
_LEVELS_IN = re.compile(r"\bcác\s+cấp\s+(?:ở|tại)\s*$", re.I)
# Counted units located there, the subject: "5 trường học tại TP.HCM vinh dự đón nhận Huân chương Lao động"
# (not a year and its event: "lần thứ VI, giai đoạn 2025-2030 đã diễn ra tại Hà Nội")
_COUNTED_IN = re.compile(r"(?<![\d/.,-])(?!(?:19|20)\d\d\b)\d{1,4}\s+"
                         r"(?:(?!(?:diễn|đã|được|tổ|khai|sẽ|vừa|đang|năm|lần)\b)[^\W\d]+\s+){1,3}(?:tại|ở)\s+$", re.I)


def head_subjects(doc: Document, mentions: list[Mention]) -> tuple[int, int]:
    """(places named, a province's own bodies unnamed: "UBND tỉnh", "toàn tỉnh") that the headline or lead
    speaks of as its subject."""
    head = doc.text[: max(doc.lead_span[1], doc.title_span[1])]
    head_mentions = [m for m in mentions if m.zone in ("title", "lead") and not m.historical and m.candidates]
    # Three provinces or more named in the head ("Cụm gồm Long An, Tiền Giang, Bến Tre và Trà Vinh") are a
    # region's members, none of them the subject (nor is the committee of one of them, a co-host).
    provinces = {u.province_code for m in head_mentions for u in m.candidates if u.level == "province"}
    # (and the cities or districts of four provinces or more, none named in half the head's mentions: "Tội phạm tại nhiều
    # thành phố giảm: Mỹ Tho …, Đà Lạt …, Biên Hòa …, Tuy Hòa …", a nationwide review's examples, none its subject)
    spread = Counter(next(iter(codes)) for m in head_mentions
                     if len(codes := {u.province_code for u in m.candidates if u.level in ("province", "district")}) == 1)
    spread_out = len(spread) >= 4 and 2 * max(spread.values()) < spread.total()
    bodies = 0 if len(provinces) >= 3 else sum(
        1 for p in _PROVINCIAL.finditer(head) if not _AFFILIATION_BEFORE.search(head, max(0, p.start() - 30), p.start())
        and not _MANY_PROVINCES_AFTER.match(head, p.end()) and not _PROVINCE_AMONG_PARTNERS.search(head, max(0, p.start() - 80), p.start())
        and not _BRIDGE_BEFORE.search(head, max(0, p.start() - 20), p.start())
        and not _PLURAL_BEFORE.search(head, max(0, p.start() - 8), p.start())  # ("các Tỉnh ủy, Thành ủy khu vực …": many)
        and not _AT_BEFORE.search(head, max(0, p.start() - 8), p.start())  # ("tại Tỉnh ủy Lâm Đồng": the hall)
        and not _whole_line(head, p)  # ("Hội nông dân tỉnh" alone on its line: a portal's section label)
        and not _on_a_caption(head, p.start()))  # ("Lãnh đạo Bộ Công an và Tỉnh ủy Sóc Trăng … (Ảnh: …)")
    # ("Hà Nội: Lễ trao giải …" over "… tổ chức lễ trao giải tại Nhà hát Âu Cơ, Ba Đình, Hà Nội": the headline's
    # place prefix is the venue the lead names; not where the lead's venue is one of its communes or districts, a
    # ministry's pilot event held in a commune: "Hà Tĩnh: Tổ chức điểm Ngày hội … tại xã Cẩm Thịnh, huyện Cẩm Xuyên")
    # (a province the lead names as whose people are honoured, "10 gương thanh niên tiêu biểu của tỉnh Gia Lai", is no venue:
    # under "Thanh niên Gia Lai: …" the province is the subject)
    venues = {u.province_code for m in head_mentions if _is_venue(before := text_before(doc.text, m.start, 80))
              and not _OF_BEFORE.search(before) for u in m.candidates if u.level == "province"}
    title_named = any(m.zone == "title" for m in head_mentions)
    n = 0
    affiliated = False
    venue_end = -1  # where the last venue named ends: the rest of its address follows it ("…, Bắc Sơn, Ba Đình, Hà Nội")
    for m in head_mentions:
        if len(provinces) >= 3 and m.type in ("", "tỉnh", "thành phố") and any(u.level == "province" for u in m.candidates) \
                or spread_out:
            continue
        before = text_before(doc.text, m.start, 80)
        if (_is_venue(before) and not (m.zone == "title" and _WHERE_IN_TITLE.search(before) and not national_score(doc))
                or venue_end >= 0 and _ADDRESS_GAP.fullmatch(doc.text, venue_end, m.start)) \
                and not _HAMLET_VENUE.search(before) and not organises(doc, m.end):
            # ("tại Trung tâm Văn hóa Điện ảnh, tỉnh Hà Tĩnh đã long trọng tổ chức …": the venue's province holds it)
            venue_end = m.end
            continue
        among_partners = _PROVINCE_AMONG_PARTNERS.search(before) and any(u.level == "province" for u in m.candidates) \
            and m.type in ("", "tỉnh", "thành phố")
        if _HOST_AFTER.match(doc.text, m.end) or _PARTNER_BEFORE.search(before) or among_partners \
                or _RANKED_BEFORE.search(before) or in_a_stretch(doc.text, m) \
                or m.zone == "lead" and not title_named and _RANKED_AFTER.match(doc.text, m.end):
            continue
        if m.zone == "title" and _PREFIX_AFTER.match(doc.text, m.end) and {u.province_code for u in m.candidates} <= venues:
            continue
        if _INTRODUCES_AFTER.match(doc.text, m.end) or _on_a_caption(doc.text, m.start):
            continue  # the site that reprints a text ("Tuyên giáo Cần Thơ trân trọng giới thiệu toàn văn …"); a caption
        if len(provinces) >= 3 and in_an_honours_list(doc, m.start):
            continue  # an honouree of a grant to several provinces' units ("… tặng bằng khen gồm: Bộ chỉ huy BĐBP các tỉnh:
            # Cao Bằng, Hà Giang, …; Ban CHQS huyện Thạch Thất"), not the subject
        if ATTENDING.match(doc.text, doc.sentence_at(m.start)[0]) or names_a_home(doc.text, m.start) \
                or names_an_organisation(before) and m.via in ("bare", "alias", "ner"):
            continue  # (who attended; an honouree's home: "bà Trần Thị Hoa (xã Tân Phú, tỉnh Đồng Nai)"; a namesake:
            # "Giám đốc BV Răng Hàm Mặt Trung ương Hà Nội"; not "Liên minh HTX thành phố Huế", the city's own, typed)
        # "lãnh đạo tỉnh Nghệ An, Hà Tĩnh": the provinces whose leaders attend, not the subject
        affiliated = bool(_AFFILIATION_BEFORE.search(before)) or (affiliated and m.via == "list")
        if affiliated:
            continue
        n += 1
    return n + _local_organisers(doc, mentions) + _place_line(doc, mentions), bodies


_PLACE_LINE = re.compile(r"\s*[^\W\d][^:\n]{1,40}:\s*")


def _place_line(doc: Document, mentions: list[Mention]) -> int:
    """A national paper's place line above its headline ("Hà Tĩnh:", "NINH THUẬN:"): the story's place, even where a
    central body then acts ("Phó Thủ tướng … ký Quyết định tặng Bằng khen cho ông …")."""
    end = doc.text.find("\n")
    if end < 0 or end > 45 or not _PLACE_LINE.fullmatch(doc.text, 0, end):
        return 0
    return sum(1 for m in mentions if m.end <= end and not m.historical)


def _local_organisers(doc: Document, mentions: list[Mention]) -> int:
    """Provinces whose own bodies hold the event, or whose own congress it is, named in the first sentence of
    the body ("Sáng 29/10, Đại hội Thi đua yêu nước tỉnh Thanh Hóa lần thứ XI … khai mạc", under a headline
    quoting the national leader who spoke there)."""
    first = next(iter(doc.sentences_from(doc.lead_span[1], 1)), None)
    if first is None:
        return 0
    text = doc.text
    return sum(1 for m in mentions if first[0] <= m.start < first[1] and not m.historical and (
        _LOCAL_BODY_BEFORE.search(text_before(text, m.start, 40)) and organises(doc, m.end)
        and not _PARTNER_BEFORE.search(text_before(text, m.start, 80))
        or _OWN_CONGRESS_BEFORE.search(text, max(first[0], m.start - 80), m.start)))


# A round-up of the country's localities as the subject: "ngày 23/6, nhiều địa phương trong cả nước đã tổ chức tuyên
# dương …", then one province's figures after another's (not "Cùng với các địa phương trong cả nước, tỉnh …").
_ROUND_UP = re.compile(r"(?<!với\s)\b(?:nhiều|các)\s+(?:địa\s+phương|tỉnh,\s*thành(?:\s+phố)?)\s+(?:trong|trên)\s+(?:cả|toàn)"
                       r"\s+(?:nước|quốc)\s+(?:đã\s+|đều\s+|vừa\s+|đồng\s+loạt\s+)*(?:tổ\s+chức|tuyên\s+dương|biểu\s+dương|khen)", re.I)


# A headline whose subject is a region's provinces: "Các tỉnh Bắc Trung Bộ tập trung khắc phục hậu quả mưa lũ".
_REGION_IN_TITLE = re.compile(r"\s*(?:Các|Nhiều)\s+(?:tỉnh|địa\s+phương)(?:\s*[,/]\s*thành(?:\s+phố)?)?\s+(?:miền\s+(?:Bắc|Trung|Nam|Tây"
                              r"|Đông|núi)|khu\s+vực|vùng|phía\s+(?:Bắc|Nam)|Bắc\s+Trung\s+Bộ|Nam\s+Trung\s+Bộ|Bắc\s+Bộ|Nam\s+Bộ"
                              r"|Tây\s+Nguyên|Tây\s+Bắc|Đông\s+Bắc|Đông\s+Nam\s+Bộ|Tây\s+Nam\s+Bộ|ĐBSCL|đồng\s+bằng|duyên\s+hải)\b",
                              re.I)


def national_strength(doc: Document, local_units: int) -> float:
    """How strongly the article is about the country or a region: its national score, or 0 where the
    head names `local_units` local units as its subject (the localities of a nationwide round-up are its examples)."""
    if _ROUND_UP.search(doc.text, 0, max(doc.lead_span[1], doc.title_span[1])) \
            or _REGION_IN_TITLE.match(doc.text, doc.title_span[0], doc.title_span[1]):
        return national_score(doc) + HEAD_WEIGHT["title"]
    return 0.0 if local_units else national_score(doc)


def in_a_hamlet(doc: Document, start: int) -> bool:
    """Whether the place at `start` locates a hamlet that hosts the event ("tổ chức điểm tại thôn Pàng Dề A1, xã Xá
    Nhè, huyện Tủa Chùa"): the hamlet's own event, its commune and district the subject."""
    return bool(_HAMLET_VENUE.search(doc.text, max(0, start - 80), start))


def holds_its_congress(doc: Document, start: int) -> bool:
    """Whether the province at `start` is the one whose congress the event is ("Đại hội đại biểu Phụ nữ tỉnh Gia
    Lai lần thứ I")."""
    return bool(_OWN_CONGRESS_BEFORE.search(doc.text, max(0, start - 80), start))


def is_venue(doc: Document, start: int) -> bool:
    """Whether the place at `start` is written as a venue ("tại tỉnh Tây Ninh", "ở xã Châu Thới") or an affiliation."""
    return _is_venue(text_before(doc.text, start, 80))


def provincial_head(doc: Document) -> bool:
    """Whether the headline or lead speaks of the province's own bodies or officials ("UBND tỉnh", "toàn tỉnh",
    "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh … chủ trì")."""
    return any(not one_unit_of(doc.text, m) for m in _PROVINCIAL.finditer(doc.text, 0, max(doc.lead_span[1], doc.title_span[1])))


def organises(doc: Document, end: int) -> bool:
    """Whether the body named just before `end` holds the event ("Tỉnh đoàn Bạc Liêu đã tổ chức …")."""
    return bool(_ORGANISES_AFTER.match(doc.text, end))


# A guest's place: "… đã tới dự buổi lễ cùng đại diện các bộ, ban, ngành Trung ương, Hà Nội".
_GUEST_BEFORE = re.compile(r"\b(?:tới|đến|về|tham)\s+dự\b[^.;]*$", re.I)


def only_venues(doc: Document, mentions: list[Mention], named_subjects: int) -> bool:
    """Every current place written out (bare names aside: "Tổng Nông hội Đông Dương", "Bắc Sơn") is a venue or
    an affiliation ("tại Hà Nội đã diễn ra …"): the host city, not the subject. Not where the head names
    `named_subjects` places as its subject, bare ones too."""
    if named_subjects:
        return False  # ("Mù Cang Chải những mùa hoa …" over "Người Mông ở Mù Cang Chải …"; "Hà Tĩnh:" above the headline)
    current = [m for m in mentions if not m.historical]
    venues = [m for m in current if is_venue(doc, m.start) and not organises(doc, m.end)]
    # (nor a prize-winner's home, "trao giải Nhất cho tác giả Mai Thắng (thành phố Vũng Tàu, …)", nor the guests'
    # places, "… đã tới dự buổi lễ cùng đại diện các bộ, ban, ngành Trung ương, Hà Nội": not subjects either)
    return bool(venues) and all(m in venues or m.via == "bare" or home_in_brackets(doc.text, m.start)
                                or _GUEST_BEFORE.search(doc.text, doc.sentence_at(m.start)[0], m.start) for m in current)


def scope_of(fields: dict) -> str:
    """The finest unit the article's fields name: commune, district, province (or national, set earlier)."""
    if fields.get("scope") == "national":
        return "national"
    for key in ("commune", "district", "province"):
        if fields.get(key):
            return key
    return ""


def place_source(doc: Document, outlet_evidence: str) -> str:
    """Where the article's unit came from: title, text, commune (a district read from its commune),
    outlet (a paper's mark or a domain named in the text) or url (the article's own address)."""
    f = doc.fields
    if not f.get("province"):
        return ""
    for kind in ("commune", "district", "province"):
        value = f.get(kind)
        if not value:
            continue
        facts = [x for x in doc.facts if x.kind == kind and x.value == value and "cũ" not in x.qualifier]
        if facts:
            return "title" if any(doc.zone(x.start) == "title" for x in facts) else "text"
        if kind == "district" and f.get("district_from_commune"):
            return "commune"
        if kind == "district" and f.get("district_from_url"):
            return "url"
    if outlet_evidence and doc.url and outlet_evidence in doc.url.lower():
        return "url"
    return "outlet" if outlet_evidence else "text"
