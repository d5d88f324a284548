"""Proposals and grants: whether awards a stretch of text names were proposed to a higher level or granted.

ANNOTATION.md counts only awards received; a proposal ("đề nghị", "trình", "xét đề nghị", "tham mưu …") is not
one, unless a decision follows it before the grant ("… các thành viên thống nhất: Tặng …").
"""

from __future__ import annotations

import re

# "đăng ký" after the units counted as a share's base ("đạt 77,43% số dòng họ đăng ký", "so với số hộ đăng ký"): the
# registered a title's holders are measured against, not a registration of the figure.
NOT_A_BASE = "".join(rf"(?<!{w}\s)" for w in (
    r"số\shộ", r"số\sngười", r"với\shộ", r"số\sdòng\shọ", r"số\sgia\sđình", r"số\sthôn", r"số\sấp", r"số\skhóm",
    r"số\stổ", r"số\sđơn\svị", r"số\scơ\squan", r"số\strường", r"số\sxã", r"số\skhu\sdân\scư"))
# Nominees listed and sent up: "22 đơn vị gửi danh sách các gia đình được tuyên dương", "nộp hồ sơ".
SENT_UP = r"(?:gửi|nộp)\s+(?:về\s+)?(?:danh\s+sách|hồ\s+sơ)"
# ("tặng bằng khen … cho 23 tập thể và 23 cá nhân theo đề nghị của Ban Tuyên giáo": granted at a request)
# ("được nghe báo cáo thông qua xét duyệt cờ thi đua … cho 69 đơn vị": the council's review before the decision)
PROPOSED = re.compile(r"(?<!theo\s)đề\s+nghị|đề\s+xuất|xét\s+đề\s+nghị|xét\s+duyệt"
                      # advising a superior to grant ("tham mưu Chủ tịch UBND thành phố tặng bằng khen"), not staff work
                      r"|tham\s+mưu(?:\s+(?:cho|với))?\s+(?:Chủ\s+tịch|UBND|Ủy\s+ban|Thủ\s+tướng|cấp\s+trên|Bộ|Tỉnh\s+ủy|Thành\s+ủy|Huyện\s+ủy)"
                      # (submitted to a named superior: "UBND huyện trình UBND tỉnh tặng Bằng khen cho 5 hộ", "trình Bộ Giáo dục và Đào tạo xét
# tặng Cờ thi đua cho 1 đơn vị")
                      r"|trình\s+khen|trình\s+(?:cấp\s+(?:trên|có\s+thẩm\s+quyền)|tỉnh|Thủ\s+tướng|Chủ\s+tịch|UBND|Ủy\s+ban|Uỷ\s+ban|Bộ(?:\s+trưởng)?"
                      r"|Tỉnh\s+ủy|Thành\s+ủy|Ban\s+Thường\s+vụ|Hội\s+đồng\s+Thi\s+đua)(?![^.;]{0,40}?\bký\b)"  # (not "trình Bộ trưởng ký ban hành Quyết định tặng …": signed)
                      # (and drawn up or received: "BTC đã nhận được danh sách gồm 1.194 gia đình")
                      rf"|{SENT_UP}|lập\s+(?:về\s+)?(?:danh\s+sách|hồ\s+sơ)|nhận\s+được\s+(?:danh\s+sách|hồ\s+sơ)"
                      rf"|sẽ\s+(?:được\s+)?khen|{NOT_A_BASE}đăng\s+ký"
                      # the public consulted on awards still to be decided: "lấy ý kiến nhân dân về tặng thưởng Huân chương …"
                      r"|lấy\s+ý\s+kiến(?:\s+(?:nhân\s+dân|của\s+nhân\s+dân|cộng\s+đồng))?\s+(?:về\s+|đối\s+với\s+)?(?:việc\s+)?"
                      r"(?:đề\s+nghị\s+)?(?:tặng|khen|phong|xét|trao)", re.I)
# A proposal right before a figure, or before the earlier items of its coordination: "đề nghị công nhận lại 121 cơ
# quan", "đề nghị công nhận và khen thưởng 10 cá nhân", "đề nghị công nhận 27 cơ quan văn hoá và 43 làng, khu phố".
# ("quyết định khen thưởng và đề nghị Nhà nước khen thưởng cho 3.248 lượt cá nhân": granted and proposed, counted)
PROPOSED_RIGHT_BEFORE = re.compile(r"(?<!thưởng\svà\s)(?<!tặng\svà\s)(?<!trao\svà\s)(?<!nhận\svà\s)\b(?:đề\s+nghị|đề\s+xuất)(?:\s+[^\W\d]+){0,8}\s+"
                                   r"(?:\d[\d.]*\s+[^\W\d]+(?:\s+[^\W\d]+){0,3}\s*(?:,|và)\s*)*(?:hơn\s+|gần\s+)?$", re.I)
_REGISTERED = re.compile(r"đăng\s+ký", re.I)
# Those registered as the base a title's holders are counted against, not a proposal: "80.995 hộ đạt tiêu chuẩn … trong
# tổng số 103.584 hộ đăng ký".
_BASE_REGISTERED = re.compile(r"\b(?:trong|trên)\s+(?:tổng\s+)?số\s+(?:hơn\s+|gần\s+|trên\s+)?\d[\d.]*\s+(?:lượt\s+)?"
                              r"[^\W\d]+(?:\s+[^\W\d]+){0,2}\s+$", re.I)
_AND_GRANTED = re.compile(r"\s+và\s+(?:đã\s+)?được\b", re.I)
_GRANTED_AND = re.compile(r"\b(?:khen\s+thưởng|tặng|trao|công\s+nhận)\s+và\s+$", re.I)
_DECIDED = re.compile(r"thống\s+nhất|quyết\s+định|đồng\s+ý|nhất\s+trí|(?:qua|sau\s+khi|kết\s+quả)\s+bình\s+xét|:", re.I)
_GRANT_VERB = re.compile(r"\b(?:tặng|trao|khen\s+thưởng|biểu\s+dương|tuyên\s+dương|vinh\s+danh|tôn\s+vinh|công\s+nhận"
                         r"|đạt\s+danh\s+hiệu)\b", re.I)


def _standing(stretch: str) -> list[re.Match]:
    """The proposals of a stretch that stand as proposals."""
    # (a proposal joined to a grant, "quyết định khen thưởng và đề nghị Nhà nước khen thưởng", leaves the grant standing;
    # the registered a share is counted against are no proposal)
    return [p for p in PROPOSED.finditer(stretch) if not _GRANTED_AND.search(stretch, max(0, p.start() - 30), p.start())
            and not (_REGISTERED.fullmatch(p.group()) and _BASE_REGISTERED.search(stretch, max(0, p.start() - 60), p.start()))]


def last_registered(stretch: str) -> bool:
    """Whether the last proposal standing in a stretch is a registration ("21.300 lượt nông dân đăng ký")."""
    proposals = _standing(stretch)
    return bool(proposals) and bool(_REGISTERED.fullmatch(proposals[-1].group()))


def left_proposed(stretch: str) -> bool:
    """Whether a stretch of text proposes awards and decides none after its last proposal.

    "… đề nghị khen thưởng năm 2024, các thành viên thống nhất: Tặng … cho 1.780 cá nhân": a granting verb
    after the last proposal decides, where the decision is marked between them; an award's name in a proposed
    list ("cờ thi đua …") does not, nor does a further item of the list ("đề nghị … tặng Bằng khen 9 cá nhân;
    tặng cờ thi đua 3 đơn vị").
    """
    proposals = _standing(stretch)
    if not proposals or _AND_GRANTED.match(stretch, proposals[-1].end()):
        return False  # (and so does the last one where the grant followed: "đề nghị và được UBND tỉnh tặng … cho 2 cá nhân")
    last = proposals[-1]
    if _REGISTERED.fullmatch(last.group()):
        # a registration is the registering units' pledge, not a proposal of awards: a grant in a later clause stands
        # ("50 hộ đăng ký sản xuất kinh doanh giỏi, được UBND tỉnh tặng bằng khen cho 01 hộ")
        return not any("," in stretch[last.end():g.start()] for g in _GRANT_VERB.finditer(stretch, last.end()))
    return not any(g.start() > last.end() + 25 and _decided(stretch, last.end(), g.start())
                   for g in _GRANT_VERB.finditer(stretch))


# A clause of its own that a body opens and grants in: "đề nghị UBND tỉnh tặng Bằng khen cho 4 tập thể; Chủ tịch UBND
# huyện tặng Giấy khen cho 22 tập thể" (the district's own grant, after the proposal sent up). A bare ";" item is still
# the proposal's ("đề nghị … tặng Bằng khen 9 cá nhân; tặng cờ thi đua 3 đơn vị").
_OWN_GRANTER = re.compile(r"[;,]\s*(?:đồng\s+thời\s+|còn\s+)?(?:Chủ\s+tịch|Giám\s+đốc|Bộ\s+trưởng|Thủ\s+tướng|UBND|Ủy\s+ban"
                          r"|Uỷ\s+ban|Thường\s+trực|Ban\s+Thường\s+vụ|Ban\s+Chấp\s+hành|Huyện\s+ủy|Tỉnh\s+ủy|Thành\s+ủy"
                          r"|Đảng\s+ủy|Quận\s+ủy|Thị\s+ủy|Hội\s+đồng)(?:\s+[\w.&-]+){0,6}?\s+(?:đã\s+|cũng\s+)?"
                          r"(?:quyết\s+định\s+)?$")


def _decided(stretch: str, start: int, end: int) -> bool:
    """Whether a decision is marked between a proposal and a grant. A colon right after the proposal's addressee
    ("bỏ phiếu đề nghị Chủ tịch UBND tỉnh: Thứ nhất, xét và tặng …") opens what is proposed, not a decision."""
    if _OWN_GRANTER.search(stretch, start, end):
        return True
    for d in _DECIDED.finditer(stretch, start, end):
        if d.group() == ":" and (_PROPOSED_LIST_OPENS.search(stretch, max(start, d.start() - 30), d.start())
                                 or _ADDRESSEES.fullmatch(stretch, start, d.start())):
            continue  # "đề nghị VKSND tối cao xét, công nhận danh hiệu: …": the list of what is proposed opens
            # (so it does after the bodies addressed: "đề nghị Hội đồng thi đua khen thưởng, Ủy ban nhân dân tỉnh:")
        if d.group() != ":" or "," in stretch[start:d.start()] or len(stretch[start:d.start()].split()) > 8:
            return True
    return False


# The bodies a proposal is addressed to, nothing else, before its colon.
_ADDRESSEES = re.compile(r"(?:\s*(?:,|và)?\s*(?:UBND|Ủy\s+ban(?:\s+nhân\s+dân)?|Uỷ\s+ban(?:\s+nhân\s+dân)?|Hội\s+đồng(?:\s+thi\s+đua"
                         r"(?:\s*[-–,]?\s*khen\s+thưởng)?)?|Chủ\s+tịch(?:\s+UBND)?|Thủ\s+tướng(?:\s+Chính\s+phủ)?|Bộ\s+trưởng)"
                         r"(?:\s+(?:các\s+cấp|tỉnh|huyện|thành\s+phố|quận|thị\s+xã|xã|phường|(?-i:[A-ZĐ])[\w.]*)){0,4})+\s*", re.I)
# The proposal's own verb or award right before a colon: what follows is the list proposed, not a decision.
_PROPOSED_LIST_OPENS = re.compile(r"\b(?:công\s+nhận(?:\s+danh\s+hiệu)?|tặng(?:\s+thưởng)?|khen\s+thưởng|danh\s+hiệu"
                                  r"|bằng\s+khen|giấy\s+khen|như\s+sau|sau)\s*$", re.I)


def _full_stop_before(text: str, pos: int) -> int:
    """The last full stop before `pos`, passing over the dots inside figures ("80.995"); -1 where there is none."""
    i = text.rfind(".", 0, pos)
    while i > 0 and i + 1 < len(text) and text[i - 1].isdigit() and text[i + 1].isdigit():
        i = text.rfind(".", 0, i)
    return i


def sentence_before(text: str, start: int) -> str:
    """The sentence that ends before `start`."""
    end = _full_stop_before(text, start)
    return text[_full_stop_before(text, max(0, end)) + 1:max(0, end)]


_BULLET = re.compile(r"[^\S\n]*[-–•+*]\s")


def in_a_proposed_list(text: str, pos: int) -> bool:
    """Whether `pos` lies in a bulleted item of a list that a proposal opens with a colon ("… biểu quyết đề nghị Hội đồng
    thi đua khen thưởng, Ủy ban nhân dân tỉnh:\n– Tặng Bằng khen cho 02 Hợp tác xã …")."""
    line_start = text.rfind("\n", 0, pos) + 1
    if not _BULLET.match(text, line_start):
        return False
    while line_start > 0:  # back over the list's other items and blank lines to the line that opens it
        prev_start = text.rfind("\n", 0, line_start - 1) + 1
        line = text[prev_start:line_start - 1]
        if line.strip() and not _BULLET.match(line):
            return line.rstrip().endswith(":") and left_proposed(line)
        line_start = prev_start
    return False


_IN_WHICH = re.compile(r"\btrong\s+(?:đó|số\s+đó)\b", re.I)
_FIGURE = re.compile(r"(?<![\d.,/])\d[\d.]*(?=\s)")


def part_of_proposed(lead: str) -> bool:
    """Whether a figure stands in the breakdown ("trong đó …") of a total proposed right before it ("đề nghị UBND
    huyện công nhận 9 thôn …, trong đó có 2 thôn …"; not "từ 64 hồ sơ đề nghị, … đã công nhận 36 hồ sơ, trong đó …")."""
    parts = list(_IN_WHICH.finditer(lead))
    if not parts:
        return False
    totals = list(_FIGURE.finditer(lead, 0, parts[-1].start()))
    return bool(totals) and bool(PROPOSED_RIGHT_BEFORE.search(lead, max(0, totals[-1].start() - 80), totals[-1].start()))
