"""Administrative units as awardees: communes, districts and villages count only where an award is given to
them or they reach a title ("tặng Bằng khen 175 xã", "5 xã được công nhận xã văn hóa"), never merely where
they are counted ("15 xã đạt chuẩn nông thôn mới") or hold what was honoured."""

from __future__ import annotations

import re

from extractors.awardee_kinds import ADMIN_UNITS

# "tặng Bằng khen 175 xã", "trao Huân chương Lao động hạng Ba tặng 13 tỉnh và 93 huyện", "trao Cờ thi đua của Chính
# phủ cho 10 huyện": the award given to the units themselves ("15 xã đạt chuẩn nông thôn mới" is no award); a title's
# year may stand between ("tặng danh hiệu “Xã tiêu biểu” năm 2023 cho 12 địa phương").
_ADMIN_UNIT_GRANTED = re.compile(
    r"(?:(?:bằng\s+khen|giấy\s+khen|huân\s+chương|cờ\s+thi\s+đua|danh\s+hiệu)(?:[^.;:\d]|(?<!\d)(?:19|20)\d\d(?!\d)){0,50}?"
    r"\b(?:tặng|cho)"
    r"|\b(?:tặng|trao)\s+(?:thưởng\s+)?(?:bằng\s+khen|giấy\s+khen|cờ\s+thi\s+đua)(?:\s+[^\W\d]+){0,5}?"
    r"|\b(?:khen\s+thưởng|biểu\s+dương|tuyên\s+dương)(?:\s+cho)?)"  # ("Huyện đoàn khen thưởng 25 cơ sở đoàn")
    # (after an earlier item of the list, however described: "tặng Giấy khen cho 25 gia đình văn hóa tiêu biểu và 6 làng")
    r"\s+(?:(?:hơn|gần|trên)\s+)?(?:\d[\d.]*\s+[^\W\d]+(?:[\s,]+[^\W\d]+){0,10}\s*(?:,|và)\s*)?$", re.I)
# A title reached (and kept): "đạt danh hiệu", "đạt và giữ vững danh hiệu"; units reach the work title ("03 xã còn
# lại đạt tập thể lao động tiên tiến").
# ("12 tộc họ duy trì danh hiệu …", "… đạt các danh hiệu thi đua")
TITLE_REACHED = r"(?:đạt(?:\s+và\s+giữ\s+vững)?|giữ\s+vững|duy\s+trì)\s+(?:các\s+)?danh\s+hiệu"
WORK_TITLE_REACHED = r"đạt\s+(?:danh\s+hiệu\s+)?tập\s+thể\s+lao\s+động\s+(?:tiên\s+tiến|xuất\s+sắc)"
# The learning association's titles reached by households, clans and villages: "82 thôn, buôn, tổ dân phố đạt cộng đồng học
# tập", "13 cộng đồng được công nhận cộng đồng hiếu học".
# ("195/234 khu dân cư đạt tiêu chuẩn khu dân cư hiếu học")
LEARNING_TITLE_REACHED = (r"(?:đạt|được\s+công\s+nhận(?:\s+là)?)\s+(?:danh\s+hiệu\s+|tiêu\s+chuẩn\s+)?[“\"]?(?:gia\s+đình|dòng\s+họ|cộng\s+đồng|đơn\s+vị|khu\s+dân\s+cư)"
                          r"\s+(?:hiếu\s+học|học\s+tập|khuyến\s+học)\b")
# The wards' and towns' title of the cultural movement, written either way round ("chuẩn văn minh đô thị").
URBAN_TITLE = r"chuẩn\s+(?:đô\s+thị\s+văn\s+minh|văn\s+minh\s+đô\s+thị)\b"
# A unit reaches its title: "104 Làng - Tổ dân phố đạt và giữ vững danh hiệu văn hóa", "5 xã được công nhận xã văn
# hóa", "25/244 xã-phường-thị trấn đạt chuẩn văn hóa".
_ADMIN_LEVEL_AFTER = re.compile(r"\s+(?:hành\s+chính|cấp\s+(?:tỉnh|huyện|xã))\b", re.I)  # "249 đơn vị cấp huyện"
# ("18 xã tiêu biểu … thuộc 8 huyện … vừa được UBND tỉnh quyết định khen thưởng", "4 xã … được khen thưởng gồm")
# ("11 xã, thị trấn được phong tặng danh hiệu Anh hùng LLVTND": a state title conferred on the units; "3 xã Hàm Rồng,
# Tam Giang Đông, Lâm Hải được nhận cờ thi đua": received)
_UNIT_HONOURED_AFTER = re.compile(r"[^.;:]{0,100}?\bđược\s+(?:[^.;:\d]{0,50}?\s)?(?:khen\s+thưởng|tuyên\s+dương|biểu\s+dương"
                                  r"|(?:(?:phong\s+|truy\s+)?tặng|nhận)\s+(?:thưởng\s+)?(?:bằng\s+khen|giấy\s+khen|cờ|huân\s+chương"
                                  r"|danh\s+hiệu\s+anh\s+hùng))", re.I)
# (the units' own officials: "Chủ tịch hoặc PCT 14 cơ sở Hội, chi hội … và các tập thể, cá nhân … được khen thưởng")
_UNITS_OF_BEFORE = re.compile(r"\b(?:của|thuộc|đại\s+diện|lãnh\s+đạo|(?:phó\s+)?chủ\s+tịch|PCT|bí\s+thư)\s+(?:(?:hơn|gần|trên)\s+)?$",
                              re.I)
# ("133 làng, 277 dòng họ, 100 cơ quan đơn vị được công nhận danh hiệu văn hóa", "7/7 làng, 4/6 cơ quan đơn vị đạt
# danh hiệu văn hóa": the list shares the title; a share in brackets may stand before it: "61/75 làng, khu phố (đạt
# 81,3%) đạt danh hiệu")
# ("107 làng văn hoá đã được công nhận": the title named first, then recognised)
_UNIT_TITLE_AFTER = re.compile(r"\s+văn\s+h(?:óa|oá)\s+(?:đã\s+|đều\s+)?được\s+(?:[^.;:\d]{0,40}?\s)?công\s+nhận\b"
                               r"|(?:[^.;:\d]{0,40}?(?:,|\s+và)\s*\d[\d.]*(?:/\d[\d.]*)?\s+[^\W\d]+\b)*"
                               rf"(?:[^.;:\d(]|:(?=\s*(?-i:[A-ZĐ]))|\([^()\n]{{0,24}}\)){{0,60}}?\b(?:{TITLE_REACHED}|(?:được\s+)?công\s+nhận\s+(?:lại\s+)?(?:danh\s+hiệu\s+)?(?:là\s+)?"
                               # ("… tổ dân phố (TDP) được công nhận danh hiệu “Khu dân cư văn hóa”")
                               r"[“\"]?(?:(?:xã|phường|thị\s+trấn|làng|thôn|bản|ấp|khu\s+dân\s+cư|khu\s+phố|khối\s+phố|tổ\s+dân\s+phố)\s+)?văn\s+h"
                               # ("135 xã đạt văn hóa nông thôn mới", "16/27 xã đạt chuẩn xã văn hóa nông thôn mới")
                               r"|đạt\s+(?:(?:tiêu\s+)?chuẩn\s+)?(?:(?:xã|phường|thị\s+trấn)\s+)?(?:chuẩn\s+)?[“\"]?văn\s+h"
                               # the wards' and towns' title: "16/16 phường đạt chuẩn Văn minh đô thị", "2 phường … được công
                               # nhận danh hiệu phường chuẩn văn minh đô thị"
                               r"|(?:đạt\s+(?:đạt\s+)?|công\s+nhận\s+(?:danh\s+hiệu\s+)?(?:phường\s+|thị\s+trấn\s+)?(?:đạt\s+)?)"
                               rf"(?:tiêu\s+)?{URBAN_TITLE}"
                               rf"|{WORK_TITLE_REACHED}|{LEARNING_TITLE_REACHED})", re.I)
# The villages that hold the title, counted: "đến nay, toàn huyện có 161 làng văn hóa" (not those kept up to a model's
# standard, "duy trì 2 làng văn hóa kiểu mẫu")
_VILLAGES_HELD = re.compile(r"\s+văn\s+h(?:óa|oá)\b(?!\s+kiểu\s+mẫu)", re.I)
# (or after the earlier items of the list that "có" opens: "Đã có 14.190 hộ đạt chuẩn gia đình văn hoá các cấp, 114 làng
# văn hoá cấp tỉnh, 128 làng văn hoá cấp huyện")
_HAS_BEFORE = re.compile(r"\bcó\s+(?:(?:hơn|gần|trên)\s+)?(?:\d[\d.]*(?:/\d[\d.]*)?\s+[^\W\d][^.;:\d]{0,80}?,\s*(?:(?:hơn|gần|trên)\s+)?)*$",
                         re.I)
# (a list of unit kinds before the title; one unit kind alone, "duy trì 2 làng văn hóa kiểu mẫu", is no award)
_UNITS_LIST_TITLE = re.compile(r"(?:\s*,\s*(?:xã|phường|thị\s+trấn|làng|thôn|ấp|bản|khu\s+phố|khối\s+phố))+\s*văn\s+h(?:óa|oá)\b", re.I)


# The communes' cultural title of the new-rural movement: "đã công nhận 13 xã văn hóa nông thôn mới", "5 xã “văn hóa
# nông thôn mới”".
_CULTURE_NTM_AFTER = re.compile(r"\s+[“\"]?văn\s+h(?:óa|oá)\s+(?:nông\s+thôn\s+mới|NTM)\b", re.I)


# The units as a part of collectives given an award: "tặng Cờ thi đua … cho 40 tập thể dẫn đầu phong trào …, trong đó
# có 6 đơn vị cấp xã".
_PART_OF_A_GRANT_BEFORE = re.compile(r"\b(?:tặng|trao|cho)\s+(?:[^\W\d]+\s+){0,6}?\d[\d.]*\s+(?:tập\s+thể|đơn\s+vị)\b[^.;]{0,100}?"
                                     r"\btrong\s+đó(?:\s+có)?\s*$", re.I)


def granted_to_units(text: str, start: int) -> bool:
    """Whether the award is given to the units counted at `start` ("tặng Giấy khen cho 4 trường, 18 giáo viên")."""
    return bool(_ADMIN_UNIT_GRANTED.search(text, max(0, start - 120), start))


def admin_units_not_honoured(text: str, start: int, end: int, written: str) -> bool:
    """Administrative units counted ("15 xã", "249 đơn vị cấp huyện") that neither receive an award nor reach a title,
    or that only hold what was honoured ("65 thôn, tổ dân phố của 13 xã, thị trấn … đạt danh hiệu")."""
    if not (written in ADMIN_UNITS or written == "đơn vị" and _ADMIN_LEVEL_AFTER.match(text, end)):
        return False
    honoured = granted_to_units(text, start) or _UNIT_TITLE_AFTER.match(text, end) \
        or _PART_OF_A_GRANT_BEFORE.search(text, max(0, start - 160), start) \
        or _UNITS_LIST_TITLE.match(text, end) or written == "làng" and _VILLAGES_HELD.match(text, end) \
        and _HAS_BEFORE.search(text, max(0, start - 250), start) \
        or _UNIT_HONOURED_AFTER.match(text, end) \
        or _CULTURE_NTM_AFTER.match(text, end)  # ("114 xã, phường, thị trấn văn hóa": communes that hold the title)
    return not honoured or bool(_UNITS_OF_BEFORE.search(text, max(0, start - 20), start))
