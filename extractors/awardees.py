"""Awardee counts: collectives and individuals who received an award, commendation or honour.

"19 tập thể, 7 cá nhân được UBND huyện … biểu dương khen thưởng", "tặng Bằng khen 28 tập thể",
"3 đồng chí được nhận Kỷ niệm chương". People (đồng chí, cá nhân, người, hội viên, học sinh…) are
`cá nhân`; organisations, units and households (tập thể, đơn vị, chi bộ, hộ, gia đình…) are `tập thể`.
Awards only proposed ("đề nghị khen thưởng") are not received; models described as collective or
individual ("130 mô hình tập thể") stay models; "151 tập thể, cá nhân" mixes both and is no entry.
"""

from __future__ import annotations

import re

from extractors.awardee_kinds import KIND
from extractors.awardee_parts import parts_of_totals
from extractors.awardee_units import TITLE_REACHED, WORK_TITLE_REACHED, admin_units_not_honoured
from extractors.counted import clause_bounds, counted_numbers, is_change, models_recognised_for
from extractors.proposals import (
    PROPOSED,
    PROPOSED_RIGHT_BEFORE,
    left_proposed,
    proposed_before,
    sentence_before,
)
from extractors.registry import register
from pipeline.document import Document
from pipeline.settings import Settings

_NOUNS = "|".join(sorted((k.replace(" ", r"\s+") for k in KIND), key=len, reverse=True))
# "lượt" counts awards received, one household or person per time ("19.121 lượt hộ đạt danh hiệu").
# ("5 nghìn đơn vị máu" are units of blood given, not units honoured)
# ("100 “Công nhân giỏi” Thủ đô": the noun opens the title's quotation marks)
# ("29 bản hương ước, quy ước được … công nhận": copies of a document, not hamlets)
AWARDEE_NOUN = re.compile(rf"[^\S\n]*(?:[“\"'‘]\s*)?(?:lượt\s+)?(?:nữ\s+)?(?P<noun>{_NOUNS})(?!\w)(?!\s+máu\b)"
                          r"(?!(?<=bản)\s+(?:hương\s+ước|quy\s+ước|cam\s+kết|đăng\s+ký|kế\s+hoạch|tin|đồ|sao)\b)", re.I)
AWARD = re.compile(
    # ("phong tặng 23 tập thể", "truy tặng 19 cá nhân": conferring a title, in life or after death)
    r"khen\s+thưởng|biểu\s+dương|tuyên\s+dương|vinh\s+danh|tôn\s+vinh|giải\s+thưởng|trao\s+giải|trao\s+thưởng|đạt\s+danh\s+hiệu"
    r"|(?:phong|truy)\s+tặng|khen\s+cho\b"  # ("quận đã khen cho 38 tập thể và 112 cá nhân")
    r"|công\s+nhận|(?:tặng|trao|nhận|trao\s+tặng)\s+(?:thưởng\s+)?[“\"]?"  # ("trao tặng “Danh hiệu …”")
    r"(?:bằng\s+khen|giấy\s+khen|kỷ\s+niệm\s+chương|huân\s+chương|huy\s+chương|huy\s+hiệu|danh\s+hiệu|cờ\s+thi\s+đua"
    r"|giấy\s+chứng\s+nhận)"
    r"|bằng\s+khen|giấy\s+khen|kỷ\s+niệm\s+chương|huân\s+chương|cờ\s+thi\s+đua",
    re.I,
)
# A list of honourees made public: "công bố danh sách 95 cá nhân xuất sắc, bao gồm 63 nông dân và 32 nhà khoa học"
# (the list's figure and the parts that follow it; a list of nominees, "100 hồ sơ đề cử", is none).
# So is a selection that confers the title: "Hội đồng … chọn ra được 100 Nông dân Việt Nam xuất sắc năm 2022".
_LIST_PUBLISHED = re.compile(r"\b(?:công\s+bố\s+danh\s+sách|(?<!được\s)(?:chọn\s+ra|bình\s+chọn|xét\s+chọn)(?:\s+được)?)"
                             r"\s+(?:(?:hơn|gần|trên)\s+)?(?=\d[\d.]*\s+[^\d.;:]{0,40}?"
                             r"(?:xuất\s+sắc|tiêu\s+biểu|tiên\s+tiến)\b)", re.I)
# "trình" as a verb (submitted to a higher level), not the end of "chương trình", "công trình", "quá trình".
_SUBMITTED = r"(?<!chương\s)(?<!công\s)(?<!quá\s)(?<!tiến\s)(?<!hành\s)(?<!lộ\s)(?<!giáo\s)\btrình\b"
# What follows the noun decides first: "253 cá nhân được tặng Giấy khen", "1.200 hộ đạt danh hiệu …",
# "2.500 lượt hộ đăng ký phấn đấu đạt danh hiệu" (a registration, not a title reached).
# within the clause ("TP.Hội An", "UBND TP. Cần Thơ" do not end it)
_FILL = r"(?:[^.;:!?]|\.(?=\S)|(?<=\bTP)\.\s|(?<=\bTp)\.\s|(?<=\bTX)\.\s)"
_GRANT_AFTER = re.compile(
    # ("12.454 hộ, chiếm 67% số hộ đăng ký đạt danh hiệu": the registered are the base of a share, not the figure)
    rf"{_FILL}{{0,80}}?(?:(?P<no>được\s+đề\s+nghị|(?<!theo\s)đề\s+nghị|(?<!số\shộ\s)(?<!số\sngười\s)(?<!với\shộ\s)đăng\s+ký|{_SUBMITTED}|phấn\s+đấu|không\s+đạt|chưa\s+đạt|xét\s+đạt"
    # chosen for a higher level to decide: "xét chọn 135 người để Chủ tịch nước quyết định phong tặng"
    r"|xét\s+duyệt\s+để|để\s+(?:Chủ\s+tịch\s+nước|Thủ\s+tướng|Nhà\s+nước|cấp\s+trên)[^.;]{0,20}?(?:quyết\s+định|xem\s+xét))"
    # "được bình chọn tôn vinh", "được suy tôn": chosen and honoured ("được triệu tập tham dự chương trình tuyên dương":
    # chosen for the ceremony to come)
    rf"|(?P<yes>được\s+(?:(?:bình\s+chọn|lựa\s+chọn|xét\s+chọn|chọn|triệu\s+tập)\s*,?\s*(?:để\s+)?)?"
    r"(?:(?:tham\s+)?dự\s+(?:buổi\s+lễ|lễ|chương\s+trình|hội\s+nghị)\s+)?(?:suy\s+tôn|(?:(?:UBND|Ủy\s+ban|Uỷ\s+ban|Chủ\s+tịch|Thủ\s+tướng|Bộ|Ban|Hội|Tỉnh\s+ủy|Huyện\s+ủy|Thành\s+ủy"
    r"|Liên\s+đoàn|Công\s+đoàn|Tỉnh\s+đoàn|Huyện\s+đoàn|Đoàn|Mặt\s+trận|MTTQ|Sở|Chính\s+phủ|Nhà\s+nước|Đảng\s+ủy|Quân\s+khu"
    r"|LĐLĐ|HĐND|Công\s+an|Bộ\s+Chỉ\s+huy|Trung\s+ương"  # ("được Trung ương Hội Nông dân Việt Nam vinh danh")
    r"|các\s+cấp|cấp\s+trên)"
    rf"{_FILL}{{0,70}}?)?(?:(?:truy\s+|phong\s+)?tặng|trao|nhận|khen|biểu\s+dương|tuyên\s+dương|vinh\s+danh|tôn\s+vinh|công\s+nhận))"
    # ("107/174 thôn đạt tiêu chuẩn thôn làng văn hóa")
    rf"|{TITLE_REACHED}|{WORK_TITLE_REACHED}|đạt\s+(?:tiêu\s+)?chuẩn\s+(?:(?:gia\s+đình|ấp|thôn(?:\s+làng)?|làng|bản|khu\s+phố|tổ\s+dân\s+phố|khu\s+dân\s+cư|cơ\s+quan)\s+)?"
    r"(?:văn\s+h|VH\b)"  # ("35/39 thôn đạt chuẩn VH": văn hóa written short)
    # the title named without "danh hiệu": "6 hộ đạt gia đình văn hóa 3 năm liên tục", the women's union's
    # "441.581 hộ đạt “gia đình 5 không 3 sạch”"
    r"|đạt\s+(?:gia\s+đình|ấp|thôn|bản|khu\s+phố|tổ\s+dân\s+phố|khu\s+dân\s+cư|cơ\s+quan|đơn\s+vị|tộc(?:\s+họ)?|dòng\s+họ)\s+văn\s+h"
    r"|đạt\s+[“\"]?\s*gia\s+đình\s+[“\"]?\s*\d\s+không\b|đạt\s+G[ĐD]VH\b"  # ("302 hộ đạt GĐVH", "GDVH")
    # the farmers' title reached by its standard: "7.300 hộ nông dân đạt tiêu chuẩn sản xuất kinh doanh giỏi các cấp"
    r"|đạt\s+(?:tiêu\s+)?chuẩn\s+(?:hộ\s+)?(?:nông\s+dân\s+)?(?:sản\s+xuất\s*,?\s*kinh\s+doanh|SXKD|SX-KD)\s+giỏi"
    # ("12 sinh viên đồng thời đạt cả giải thưởng “Sao tháng Giêng”", "36 học sinh đạt giải"; not "giải pháp")
    r"|đoạt\s+giải|đạt\s+(?:cả\s+)?giải(?:\s+thưởng)?\b(?!\s+(?:pháp|quyết|ngân|phóng|thể))"
    r"|đón\s+(?:nhận\s+)?danh\s+hiệu"  # "8 bản của huyện Tương Dương đón danh hiệu văn hóa"
    r"|(?<!và\s)(?<!,\s)(?:nhận|tặng)\s+(?:bằng\s+khen|giấy\s+khen|kỷ\s+niệm\s+chương|huân\s+chương|huy\s+hiệu|danh\s+hiệu|cờ|giải"
    r"|thưởng\b)"  # ("Năm tập thể vinh dự nhận thưởng gồm: …")
    # holders of a title: "24 đại biểu là Chiến sĩ thi đua toàn quốc", "12 nhà giáo là Nhà giáo Ưu tú"
    r"|\blà\s+(?:chiến\s+sĩ\s+thi\s+đua|anh\s+hùng|lao\s+động\s+tiên\s+tiến|nhà\s+giáo\s+(?:nhân\s+dân|ưu\s+tú)"
    r"|thầy\s+thuốc\s+(?:nhân\s+dân|ưu\s+tú)|nghệ\s+sĩ\s+(?:nhân\s+dân|ưu\s+tú)|nghệ\s+nhân\s+(?:nhân\s+dân|ưu\s+tú))"
    # chosen for a ceremony still to come: "chọn 40 tập thể … để tuyên dương"
    r"|để\s+(?:tuyên\s+dương|biểu\s+dương|khen\s+thưởng|tôn\s+vinh|vinh\s+danh)))", re.I)
# The grant named late, after a long description of the recipients or a list of issuers: "17 tập thể và 12 cá nhân
# có thành tích xuất sắc trong phong trào … giai đoạn 2010 - 2013 đã vinh dự được nhận Giấy khen", "489 lượt tập thể
# và 1.912 lượt cá nhân được Nhà nước, Chính phủ, Bộ Quốc phòng, … tặng thưởng huân chương". An award's name must
# follow the verb, and no figure but the coordination's own and years stands before "được".
_LATE_GRANT = re.compile(
    r"(?:\s*(?:,|và)\s*(?:hơn\s+|gần\s+|trên\s+)?\d[\d.]*\s+(?:lượt\s+)?[^\W\d]+(?:\s+[^\W\d]+)?)*"
    r"(?:[^\d.;:!?]|\.(?=\S)|\b(?:19|20)\d\d\b){0,200}?\bđược\s+(?:[^\d.;:!?]|\.(?=\S)|\d+\b){0,140}?"
    r"(?:nhận|(?:truy\s+)?tặng(?:\s+thưởng)?|trao(?:\s+tặng)?)\s+(?:các\s+|những\s+)?"
    r"(?:bằng\s+khen|giấy\s+khen|huân\s+chương|huy\s+chương|kỷ\s+niệm\s+chương|cờ\s+thi\s+đua|danh\s+hiệu)", re.I)
# The figures are the sentence's subject and its verb comes after a long description: "Tại buổi lễ, 10 tập thể Hội
# và 40 hội viên thanh niên điển hình trong học tập, … (three hundred characters) … đã được vinh danh, khen thưởng".
# "Trong đó 2 đơn vị là thị trấn A, xã B có 100% khối bản đạt danh hiệu": the title is reached by a share of their villages.
_SHARE_REACHES = re.compile(r"\d\s*%\s*[^\W\d]+(?:\s+[^\W\d]+){0,3}\s+đạt\b")
_SHARE_OF_FIGURE = re.compile(r"(?:chiếm|bằng|tương\s+đương)\s*(?:tỷ\s+lệ\s*)?[\d.,\s]*$", re.I)
_REACH_WORD = re.compile(r"\b(?:được|đạt|nhận|tặng|khen)\b", re.I)
_SUBJECT_GRANT = re.compile(
    r"(?:(?:\s+[^\W\d]+){0,2}\s*(?:,|và)\s*(?:hơn\s+|gần\s+|trên\s+)?\d[\d.]*\s+[^\W\d]+(?:\s+[^\W\d]+)?)*"
    r"(?:[^\d.;:!?]|(?<!\d)(?:19|20)\d\d(?!\d)){0,500}?"  # ("…, giai đoạn 2021- 2023 đã được …": years may stand between)
    # (and the issuer may stand before the verb: "đã được UBND tỉnh khen thưởng")
    # ("… được Hội đồng thi đua khen thưởng huyện biểu dương khen thưởng": "đã" may be left out, the issuer be long)
    r"\b(?:đã\s+)?(?:vinh\s+dự\s+)?được\s+(?:(?:UBND|Ủy\s+ban|Chủ\s+tịch|Ban|Hội|Đảng\s+ủy|Huyện\s+ủy|Tỉnh\s+ủy)(?:\s+[^\W\d]+){0,5}?\s+)?"
    r"(?:vinh\s+danh|tuyên\s+dương|biểu\s+dương|khen\s+thưởng|tôn\s+vinh)", re.I)
_EARLIER_ITEMS = re.compile(r"(?:(?:hơn\s+|gần\s+|trên\s+)?\d[\d.]*\s+[^\W\d]+(?:\s+[^\W\d]+){0,2}\s*(?:,|và)\s*)+$")
# Holders of a title named right after the noun: "422 hộ gia đình văn hóa", "3.650 lượt tập thể lao động tiên tiến",
# "2.060 lượt tập thể đạt lao động xuất sắc", "75 cá nhân đạt chiến sĩ thi đua cơ sở".
# ("545 thôn, ấp, khu phố văn hóa": the villages that hold the title, of every kind the list names; "3.583 hộ SXKD
# giỏi", "6.431 hộ nông dân sản xuất – kinh doanh giỏi": the farmers' title held by households)
_TITLE_AFTER = re.compile(r"(?:\s*,\s*(?:ấp|thôn|bản|làng|khu\s+phố|tổ\s+dân\s+phố|khu\s+dân\s+cư|buôn|xóm|phường|thị\s+trấn))*"
                          r"\s*văn\s+h(?:óa|oá)\b|(?<=hộ)\s*(?:nông\s+dân\s+)?(?:SXKD|SX-KD|sản\s+xuất\s*(?:[-–,]\s*)?kinh\s+doanh"
                          r"|sản\s+xuất)\s+giỏi\b|(?<=gđvh)|(?<=gdvh)", re.I)  # ("46.600 GĐVH": the title in the noun)
# The growth of the holders of a title ("5 năm có thêm 2.748 hộ nông dân SXKD giỏi"), not their number; those who
# received it since ("có thêm 5 bà mẹ được truy tặng …") are counted where the grant follows.
_MORE_BEFORE = re.compile(r"(?<!\w)(?:có|tăng)\s+thêm\s+$", re.I)
# Households counted with the title they hold ("toàn huyện có 3.583 hộ SXKD giỏi"), before a breakdown.
_TITLE_HELD = re.compile(rf"\d\s+hộ(?:\s+gia\s+đình)?(?:{_TITLE_AFTER.pattern})", re.I)
# The noun may be the title's own first word: "1.276 chiến sĩ thi đua cấp cơ sở; 3.818 lao động tiên tiến".
# (and the state's honorary titles: "40 thầy thuốc ưu tú", "3 nhà giáo nhân dân")
_WORK_TITLE_AFTER = re.compile(r"\s*(?:đạt\s+)?(?:danh\s+hiệu\s+)?(?:lao\s+động\s+(?:tiên\s+tiến|xuất\s+sắc)|chiến\s+sĩ\s+thi\s+đua)\b"
                               r"|(?:(?<=thầy\sthuốc)|(?<=nhà\sgiáo)|(?<=nghệ\snhân))\s+(?:nhân\s+dân|ưu\s+tú)\b"
                               r"|(?:\s*(?:là\s+)?công\s+dân|(?<=công\sdân))\s+thủ\s+đô\s+ưu\s+tú\b"  # (Hà Nội's honorary title)
                               r"|(?:(?<=chiến\ssĩ)|(?<=chiến\ssỹ))\s+thi\s+đua\b|(?<=lao\sđộng)\s+(?:tiên\s+tiến|xuất\s+sắc)\b",
                               re.I)
# A facility a unit has, not a title: "98/105 thôn, tổ dân phố có nhà sinh hoạt cộng đồng", "1541/1722 thôn có nhà
# văn hóa".
_FACILITY_AFTER = re.compile(r"[^.;\d\n]{0,40}?\b(?:có|xây\s+dựng(?:\s+được)?|được\s+xây\s+dựng)\s+(?:nhà\s+(?:văn\s+h|sinh\s+hoạt)"
                             r"|hội\s+trường|sân\s+(?:thể\s+thao|chơi)|điểm\s+sinh\s+hoạt|thiết\s+chế)", re.I)
# Helped, not honoured: "23 hộ nghèo, hộ chính sách có hoàn cảnh khó khăn được hỗ trợ xây dựng nhà".
_HELPED_AFTER = re.compile(r"[^.;\d\n]{0,80}?\bđược\s+(?:hỗ\s+trợ|giúp\s+đỡ|tặng\s+quà|trao\s+quà|cho\s+vay|vay\s+vốn"
                           r"|xây\s+dựng\s+nhà|sửa\s+chữa\s+nhà|bàn\s+giao|thăm\s+hỏi)", re.I)
# "phấn đấu trong 5 năm, xã có 4.020 hộ đạt danh hiệu": a target ("hộ đăng ký phấn đấu …, trong đó 1.100 hộ đạt" is not)
# ("công tác thi đua phấn đấu gia đình văn hóa, …, có 6 hộ đạt …": the drive's name, no target)
_GRADED_AFTER = re.compile(r"\s*(?:[“\"]\s*(?:hoàn\s+thành|HT)\s+(?:xuất\s+sắc|tốt)\s+nhiệm\s+vụ|miễn\s+đánh\s+giá)", re.I)
_GRADING = re.compile(r"\b(?:phân\s+loại|xếp\s+loại)\b", re.I)
# Recognised, not honoured: a role ("479 người được công nhận là người có uy tín"), a work ("242 đồng chí được công nhận
# sáng kiến cấp tỉnh") or a facility's national standard ("21/25 trường học đạt chuẩn quốc gia").
_RECOGNISED_NOT_HONOURED = re.compile(r"\s*(?:[^\W\d]+\s+){0,3}?(?:được\s+công\s+nhận\s+(?:là\s+(?:người\s+có\s+uy\s+tín|NCUT)\b"
                                      r"|(?:là\s+)?(?:sáng\s+kiến|đề\s+tài|giải\s+pháp))|đạt\s+chuẩn\s+quốc\s+gia\b)", re.I)
# The figure coordinated with this one, whose grant both share.
_NEXT_FIGURE = re.compile(rf"\s*(?:,|và)\s*(?:(?:hơn|gần|trên|khoảng)\s+)?\d[\d.]*\s+(?:lượt\s+)?(?:{_NOUNS})\b", re.I)
# ("Ban tổ chức sẽ chọn 3 gia đình văn hóa tiêu biểu … đại diện tỉnh tham dự": a choice still to come)
_CHOOSE_TO_BEFORE = re.compile(r"\b(?:để|sẽ)\s+(?:bình\s+|xét\s+|lựa\s+)?chọn\s+(?:ra\s+)?$", re.I)
_HOLDERS_COUNTED_BEFORE = re.compile(r"\bsố\s+(?:hộ(?:\s+gia\s+đình)?|gia\s+đình)\s+(?:đạt|được\s+công\s+nhận)\b[^.;\d]{0,50}?"
                                     r"(?:\d{1,2}\s+năm\s+liền\s*)?(?:là\s+|:\s*)?$", re.I)
_TARGET_BEFORE = re.compile(r"(?<!đăng\ský\s)(?<!thi\sđua\s)\bphấn\s+đấu\b(?![^.;]*\btrong\s+đó\b)", re.I)
_PERCENT = re.compile(r"[,;]\s+\d+(?:[.,]\d+)?\s*%")  # a further item that opens with a share (not "chiếm 67,1%")
_OPENS_BREAKDOWN = re.compile(r"\s*(?:trong\s+đó|trong\s+số\s+đó|cụ\s+thể)\b", re.I)
# The names of emulation bodies and work ("Ban Thi đua - Khen thưởng", "công tác thi đua, khen thưởng") are no award.
_AGENCY = re.compile(r"thi\s+đua\s*(?:[-–,]|và)\s*khen\s+thưởng", re.I)
# A list item after ";" shares the sentence's verb when it is a further award or part ("… cho 288 cá nhân").
# An item that opens with its figure ("; 1 cá nhân thuộc …", "; 79 tập thể và 86 cá nhân …") continues the list too.
_LIST_ITEM = re.compile(r"^\s*(?:\d[\d.]*\s+[^\W\d]+(?:\s+[^\W\d]+){0,7}\s*(?:,|và)\s*)*$|\bcho\b|danh\s+hiệu|bằng\s+khen|giấy\s+khen|kỷ\s+niệm\s+chương|huân\s+chương|cờ\s+thi\s+đua"
                        r"|huy\s+hiệu"  # "; Huy hiệu 50 năm tuổi Đảng có 3 đồng chí"
                        r"|^\s*trong\s+đó|^\s*(?:gồm|bao\s+gồm)|\bcấp\s+(?:trung\s+ương|tỉnh|huyện|xã|cơ\s+sở)\b"
                        # "; Ban chỉ đạo cơ sở đạt thành tích xuất sắc gồm 06 tập thể và 05 cá nhân": the item's figures
                        r"|\b(?:gồm|bao\s+gồm)(?:\s+có)?\s*:?\s*(?:\d[\d.]*\s+[^\W\d]+(?:\s+[^\W\d]+)?\s*(?:,|và)\s*)*$", re.I)
_AWARD_NAME = re.compile(r"(bằng\s+khen|giấy\s+khen|kỷ\s+niệm\s+chương|huân\s+chương|huy\s+chương|huy\s+hiệu\s+đảng"
                         r"|cờ\s+thi\s+đua|danh\s+hiệu)", re.I)
_ISSUER = re.compile(
    r"((?:Chủ\s+tịch\s+)?(?:UBND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân|Ban\s+(?:[Cc]hỉ\s+đạo|Dân\s+vận|Thường\s+vụ)"
    r"(?:\s+[A-ZĐ][\wà-ỹ]*)*|Thủ\s+tướng(?:\s+Chính\s+phủ)?|Bộ\s+[A-ZĐ][\w ]{2,30}?|Tỉnh\s+ủy|Huyện\s+ủy|Thành\s+ủy|Đảng\s+ủy|"
    r"Trung\s+ương\s+Hội[\w ]{0,30}?|Hội\s+[A-ZĐ][\w ]{2,30}?)(?:\s+(?:tỉnh|huyện|xã|thành\s+phố|TP\.?|thị\s+xã|phường|quận|Trung\s+ương))?)"
)
# "151 tập thể, cá nhân", "34.000 tập thể, hộ gia đình và cá nhân": both kinds in one figure.
# ("1.178 cá nhân tiêu biểu, tập thể xuất sắc": each kind with its own praise, still one figure)
_MIXED_AFTER = re.compile(r"(?:\s+(?:tiêu\s+biểu|xuất\s+sắc|tiên\s+tiến|điển\s+hình))?\s*(?:,|và|/)\s*(?:[^\W\d]+(?:\s+[^\W\d]+){0,2}\s*(?:,|và)\s*){0,2}(?P<last>tập\s+thể|các?\s+nhân"
                          # ("3.784 tập thể, các nhân": the mixed pair misspelt; "16 cá nhân và hộ gia đình": people and homes)
                          r"|hộ\s+gia\s+đình)\b(?!\s+lao\s+động)", re.I)
_OTHER_NOUN_AFTER = re.compile(rf"\s*,\s*(?P<noun>{_NOUNS})(?!\w)", re.I)
_MODEL_AFTER = re.compile(r"\s*(?:,\s*)?mô\s+hình", re.I)


_EXEMPLAR_AFTER = re.compile(r"\s*điển\s+hình")
# inside the brackets that break down a count of models or exemplars: "điển hình … là 239 (có 2 tập thể và 237 cá nhân)"
_MODEL_BRACKET_BEFORE = re.compile(r"(?:mô|điển)\s+hình[^.;()]{0,40}\([^()]{0,60}$", re.I)
# "209 cá nhân đại biểu khách mời", "khoảng 400 đại biểu, khách mời tham dự": guests
_GUESTS_AFTER = re.compile(r"\s*(?:,\s*)?(?:đại\s+biểu\s+)?khách\s+mời\b", re.I)


def award_and_issuer(clause: str) -> tuple[str, str]:
    """The award and its issuer as the clause names them ("Bằng khen", "UBND tỉnh"), "" where it does not."""
    a = _AWARD_NAME.search(clause)
    i = _ISSUER.search(clause)
    award = a.group(1)[0].upper() + " ".join(a.group(1).split())[1:].lower() if a else ""
    return award, " ".join(i.group(1).split()) if i else ""


def granted(text: str, start: int, end: int, sent: tuple[int, int], clause: tuple[int, int]) -> bool:
    """Whether the award a count stands with was granted (or a title reached), not proposed or registered."""
    share = _SHARE_REACHES.search(text, end, sent[1])
    if share and not _REACH_WORD.search(text, end, share.start()) \
            and not _SHARE_OF_FIGURE.search(text, max(end, share.start() - 15), share.start() + 1):
        return False  # ("12.454 hộ, chiếm 67,1% số hộ đăng ký đạt danh hiệu": the share is the figure's own)
    if _GRADED_AFTER.match(text, end, clause[1]) and _GRADING.search(text, sent[0], start):
        return False  # "phân loại đảng viên: … 9 đảng viên “Hoàn thành tốt nhiệm vụ”": the year's grading, no award
    if _RECOGNISED_NOT_HONOURED.match(text, end, clause[1]):
        return False  # "479 người được công nhận là người có uy tín": chosen for a role, not honoured
    if _CHOOSE_TO_BEFORE.search(text, max(clause[0], start - 30), start):
        return False  # "xét để chọn 01 tập thể lao động xuất sắc": a quota still to be filled
    if _HOLDERS_COUNTED_BEFORE.search(text, max(clause[0], start - 90), start):
        return True  # "số hộ đạt gia đình văn hóa 3 năm liền 18 hộ": the title's holders, counted after their noun
    if _TITLE_AFTER.match(text, end) and not PROPOSED.search(text, end, clause[1]) \
            and not _MORE_BEFORE.search(text, max(clause[0], start - 12), start) \
            and not PROPOSED_RIGHT_BEFORE.search(text, max(clause[0], start - 50), start):
        return True  # "422 hộ gia đình văn hóa": households that hold the title ("… đề nghị khen thưởng", "đề nghị
        # công nhận 27 cơ quan văn hoá": proposed)
    if _WORK_TITLE_AFTER.match(text, end) and not PROPOSED.search(text, clause[0], start):
        return True  # ("đề nghị cấp trên công nhận 26 tập thể lao động xuất sắc": proposed)
    if _FACILITY_AFTER.match(text, end, clause[1]):
        return False
    if _OPENS_BREAKDOWN.match(text, sent[0]):
        if proposed_before(text, sent[0]):
            return False  # "… thống nhất đề nghị … 22 tập thể, cá nhân. Trong đó, có 1 tập thể nhận …": proposed parts
        before = sentence_before(text, sent[0])
        if (AWARD.search(before) or _TITLE_HELD.search(before)) and not _GRANT_AFTER.match(text, end, clause[1]) \
                and not PROPOSED.search(text, sent[0], start):
            return True  # "… có 12.454 hộ đạt danh hiệu … Trong đó, cấp Trung ương có 12 hộ, cấp tỉnh 404 hộ": its parts
    if _HELPED_AFTER.match(text, end, clause[1]) or _TARGET_BEFORE.search(text, clause[0], start):
        return False
    m = _GRANT_AFTER.match(text, end, clause[1])
    if not m and (co := _NEXT_FIGURE.match(text, end, clause[1])):
        m = _GRANT_AFTER.match(text, co.end(), clause[1])  # ("hơn 2.500 tập thể và hơn 3.500 cá nhân … được tuyên dương")
    if m and m.group("yes") and PROPOSED_RIGHT_BEFORE.search(text, max(clause[0], start - 50), start):
        return False  # "đề nghị công nhận lại 121 cơ quan, đơn vị … đạt chuẩn văn hóa": the title is proposed
    if m:
        # ("4.476/6.000 đoàn viên mới, 90% cơ sở Đoàn … đạt danh hiệu": the title is the other figure's)
        return bool(m.group("yes")) and not _PERCENT.search(text, end, m.start("yes"))
    late = _LATE_GRANT.match(text, end, clause[1])
    if late and not PROPOSED.search(late.group()):
        return True
    opening = _EARLIER_ITEMS.sub("", text[sent[0]:start])
    if len(opening.split()) <= 6 and (held := _SUBJECT_GRANT.match(text, end, sent[1])) \
            and not PROPOSED.search(held.group()):
        return True  # the figures open the sentence and its verb, however far, grants them
    if _bare_tail(text, end, clause[1]):
        shared = _shared_predicate(text, clause[1], sent[1])
        if shared is not None:
            return shared
    c0 = clause[0]
    # Items of an award list after ";" share the verb that opened the list.
    if c0 > sent[0] and _LIST_ITEM.search(text[c0:start]):
        c0 = sent[0]
    before = _AGENCY.sub(lambda a: " " * len(a.group()), text[c0:start])  # "Ban Thi đua - Khen thưởng": no award
    published = _LIST_PUBLISHED.search(text, c0, clause[1])
    if published and published.end() <= start and not PROPOSED.search(text, published.end(), clause[1]):
        return True
    if not AWARD.search(before):
        return False
    return not left_proposed(before)


# "125.000/147.592 hộ gia đình; 672/713 thôn, buôn, tổ dân phố; 839/932 cơ quan, đơn vị đạt danh hiệu văn hóa":
# items of a list, each a figure and its nouns, that share the predicate of the last.
_BARE_TAIL_CHARS = re.compile(r"(?:[^\W\d]|[\s,])*")  # letters, spaces and commas: linear, no nested repeats


def _bare_tail(text: str, start: int, end: int) -> bool:
    """Only a few nouns (no figure, no verb phrase of more than eight words) between start and end."""
    return bool(_BARE_TAIL_CHARS.fullmatch(text, start, end)) and len(text[start:end].split()) <= 8


_ITEM_FIGURE = re.compile(r"\s*\d[\d.]*(?:/\d[\d.]*)?\s+")


def _shared_predicate(text: str, pos: int, sent_end: int) -> bool | None:
    """Granted or not, as the later items of a ';' list decide; None where no item decides."""
    while pos < sent_end and text[pos] == ";":
        right = text.find(";", pos + 1, sent_end)
        right = right if right >= 0 else sent_end
        figure = _ITEM_FIGURE.match(text, pos + 1, right)
        if not figure:
            return None
        m = _GRANT_AFTER.match(text, figure.end(), right)
        if m:
            return bool(m.group("yes"))
        if not _bare_tail(text, figure.end(), right):
            return None
        pos = right
    return None


# ("được lựa chọn trong tổng số 1799 đơn vị": the pool the honourees were chosen from)
_BASE_BEFORE = re.compile(r"\b(?:trên|so\s+với|trong)\s+tổng\s+số\s*$", re.I)
_ATTENDED_BEFORE = re.compile(r"\b(?:sự\s+)?tham\s+(?:dự|gia)\s+của\s+(?:hơn|gần|trên|khoảng)?\s*$", re.I)
_HELP = r"tặng\s+quà|trao\s+quà|hỗ\s+trợ|giúp\s+đỡ|thăm\s+hỏi"  # gifts and help: who receives them is helped
# "giải quyết việc làm cho 70 lao động", "tạo thu nhập ổn định cho 120 hộ": people employed or helped, not honoured.
# ("hỗ trợ cho 25 người uy tín", "tặng quà cho 50 hộ nghèo": beneficiaries, not honourees)
_EMPLOYED_BEFORE = re.compile(r"\b(?:(?:việc\s+làm|thu\s+nhập)(?:\s+\w+){0,2}\s+cho"
                              # ("khám bệnh cấp thuốc cho hơn 3.910 người dân", "tập huấn cho 200 hội viên": served)
                              rf"|(?:khám\s+(?:chữa\s+)?bệnh|(?:cấp|phát)\s+thuốc|tư\s+vấn|dạy\s+nghề|tập\s+huấn)(?:[\s,]+[^\W\d]+){{0,3}}?\s+cho|(?:{_HELP}|giúp|cho\s+vay|cứu(?:\s+sống|\s+được)?)(?:\s+cho)?)"
                              r"\s+(?:hơn|gần|trên|khoảng)?\s*$", re.I)
# ("tặng quà cho 2 tập thể và 9 hộ gia đình": every figure of the list is helped)
_HELPED_LIST_BEFORE = re.compile(rf"\b(?:{_HELP})(?:\s+cho)?\s+(?:hơn|gần|trên|khoảng)?\s*"
                                 r"\d[\d.]*\s+(?:[^\W\d]+[^\S\n]*,?[^\S\n]+){1,5}(?:và\s+)?(?:hơn|gần|trên|khoảng)?\s*$", re.I)
_DELEGATES_ATTENDING = re.compile(r"\bđại\s+biểu\s+(?:về\s+|đến\s+|tham\s+)?dự\b|\btrong\s+số\s+(?:các\s+)?đại\s+biểu\b", re.I)
_REPRESENTING_AFTER = re.compile(r"\s+đại\s+(?:diện|điện)\b", re.I)
_ATTENDING_AFTER = re.compile(r"[^\S\n]+(?:tham\s+dự|đến\s+dự|về\s+dự)\b", re.I)
_FROM_BEFORE = re.compile(r"\b(?:từ|vượt\s+qua)\s+(?:hơn|gần|trên|khoảng)?\s*$", re.I)  # (nor "vượt qua 9 đội": the teams beaten)
# ("đại diện cho 21.883 gia đình đạt danh hiệu …, 1 dòng họ …": after the represented reach a title, the list goes on)
_REPRESENTED_REACH = re.compile(r"\b(?:đạt|được|nhận)\b", re.I)
_REPRESENTED_BEFORE = re.compile(r"\bđại\s+diện\s+(?:cho\s+)?(?=(?:[^.;:()]|(?<=\d)\.(?=\d))*$)", re.I)  # ("11.000": a figure)
_GRANT_WORD = re.compile(r"được|tặng|trao|khen|tuyên\s+dương|biểu\s+dương|tôn\s+vinh|vinh\s+danh", re.I)
_ATTENDING = re.compile(r"\s*(?:đến\s+tham\s+dự|tham\s+dự|đến\s+dự|về\s+dự|dự)\b", re.I)
# "205 cơ quan, đơn vị đạt chuẩn văn hóa (trong đó có 76 trường học)": a part of the total before the bracket.
_BRACKET_PART_BEFORE = re.compile(r"\(\s*(?:(?:trong\s+đó|gồm|bao\s+gồm)(?:\s+có)?\s*)?$", re.I)


def _own_grant(text: str, end: int, clause_end: int) -> bool:
    """A grant right after the figure's noun, before any other figure ("… và 32 nhà khoa học được tôn vinh"
    is the 32's)."""
    m = _GRANT_AFTER.match(text, end, clause_end)
    return bool(m and m.group("yes")) and not any(c.isdigit() for c in text[end:m.start("yes")])


# ("134 gia đình đại diện cho 21.883 gia đình đạt danh hiệu …": the represented reached a title themselves)
_REACHES_AFTER = re.compile(r"\s*(?:đạt|được\s+công\s+nhận)\b", re.I)


def _apposed_to_a_count(doc: Document, rep: re.Match, start: int, sent_start: int) -> bool:
    """Whether the figure at `start` is the first after "đại diện cho", which follows another count of the sentence:
    "30 tập thể, cá nhân …, đại diện cho hơn 200.000 phụ nữ … đã được tuyên dương", "183 nhà giáo tiêu biểu đại diện
    cho gần 1,4 triệu nhà giáo … đã được vinh danh" (the first are honoured, the others represented; "… và 32 nhà
    khoa học được tôn vinh" after them is honoured too)."""
    counts = [n.start for n in doc.numbers if n.is_count and sent_start <= n.start < start]
    return any(c < rep.start() for c in counts) and not any(c >= rep.end() for c in counts)


def _part_in_brackets(doc: Document, start: int, sent: tuple[int, int]) -> bool:
    opened = _BRACKET_PART_BEFORE.search(doc.text, max(sent[0], start - 30), start)
    return bool(opened) and any(f.kind == "awardee_count" and sent[0] <= f.start and f.end <= opened.start()
                                for f in doc.facts)


@register("awardees", assigns=("numbers", "awardee_count"))
def extract_awardees(doc: Document, cfg: Settings) -> None:
    """awardee_count facts (unit exactly tập thể or cá nhân)."""
    text = doc.text
    counted = counted_numbers(doc, AWARDEE_NOUN)
    for num, noun in counted:
        written = _written(noun.group("noun"))
        kind = KIND[written]
        if admin_units_not_honoured(text, num.start, noun.end(), written):
            continue
        mixed = _MIXED_AFTER.match(text, noun.end())
        other = _OTHER_NOUN_AFTER.match(text, noun.end())  # "71 thanh niên, chi đoàn tiên tiến": both kinds
        if mixed and KIND.get(_written(mixed.group("last")), "cá nhân") != kind or _MODEL_AFTER.match(text, noun.end()) \
                or other and KIND.get(_written(other.group("noun"))) not in (None, kind):
            continue  # "151 tập thể, cá nhân": both kinds in one figure; "tập thể điển hình" … models
        sent = doc.sentence_at(num.start)
        c0, c1 = clause_bounds(text, num.start, noun.end(), sent)
        clause = text[c0:c1]
        if is_change(text, num, noun.end()) or _BASE_BEFORE.search(text, max(c0, num.start - 20), num.start):
            continue  # "tăng trên 1.700 hộ so với …": a change; "trên tổng số 53.535 gia đình": a share's base
        if _ATTENDED_BEFORE.search(text, max(c0, num.start - 40), num.start) or _ATTENDING_AFTER.match(text, noun.end()):
            continue  # "với sự tham dự của 100 người có uy tín", "với 300 đồng chí tham dự": who attended
        if _EMPLOYED_BEFORE.search(text, max(c0, num.start - 50), num.start) or _FROM_BEFORE.search(text, max(c0, num.start - 20), num.start) \
                or _HELPED_LIST_BEFORE.search(text, max(c0, num.start - 90), num.start) \
                or _GUESTS_AFTER.match(text, noun.end()):
            continue  # (those employed or helped; "đề cử từ 53 đơn vị": where nominations came from)
        # (the people represented may be listed: "đại diện cho gần 11.000 Chủ tịch … và hơn 90.000 Trưởng ban …")
        rep = _REPRESENTED_BEFORE.search(text, max(c0, num.start - 80), num.start)
        if rep and not _GRANT_WORD.search(text, rep.end(), num.start) and not _REPRESENTED_REACH.search(text, rep.end(), num.start) \
                and (not _own_grant(text, noun.end(), c1) or _apposed_to_a_count(doc, rep, num.start, sent[0])
                     and not _REACHES_AFTER.match(text, noun.end())):
            continue  # "đại diện cho hơn 47 nghìn đoàn viên, gần 200 nghìn thanh niên": the people represented
        if not (granted(text, num.start, noun.end(), sent, (c0, c1)) or _part_in_brackets(doc, num.start, sent)):
            continue
        if written == "đại biểu" and (
                _REPRESENTING_AFTER.match(text, noun.end()) and not AWARD.search(text, c0, num.start)
                or _DELEGATES_ATTENDING.search(text, sent[0], num.start) and not _own_grant(text, noun.end(), c1)):
            continue  # "86 đại biểu đại diện chiến sĩ thi đua … được phong tặng": the represented were honoured;
            # "Tổng số đại biểu về dự Đại hội là 2.223 đại biểu, gồm: …; 198 đại biểu là người dân tộc": who attend
        if _ATTENDING.match(text, sent[0]) and not _GRANT_AFTER.match(text, noun.end(), c1):
            continue  # "Tham dự lễ tuyên dương có … hơn 350 đại biểu": who attended the ceremony
        if written in ("đại biểu", "gương") and \
                _EXEMPLAR_AFTER.match(text, noun.end(), noun.end() + 20):
            continue  # "70 đại biểu điển hình": exemplars, a model count
        if _MODEL_BRACKET_BEFORE.search(text, max(c0, num.start - 60), num.start) or models_recognised_for(text, num.start, c0):
            continue  # the parts of a count of models, or those whose models were recognised: models
        award, issuer = award_and_issuer(clause)
        doc.add("awardee_count", int(num.value), num.start, noun.end(), "rule", unit=kind,
                qualifier="; ".join(filter(None, (award, issuer))), award=award, issuer=issuer)
    parts_of_totals(doc, [(num, KIND[_written(noun.group("noun"))], noun) for num, noun in counted], PROPOSED)


def _written(noun: str) -> str:
    """A noun as KIND keys it: lower case, single spaces."""
    return " ".join(noun.lower().split())
