"""Awardee counts: collectives and individuals who received an award, commendation or honour.

"19 tập thể, 7 cá nhân được UBND huyện … biểu dương khen thưởng", "tặng Bằng khen 28 tập thể",
"3 đồng chí được nhận Kỷ niệm chương". People (đồng chí, cá nhân, người, hội viên, học sinh…) are
`cá nhân`; organisations, units and households (tập thể, đơn vị, chi bộ, hộ, gia đình…) are `tập thể`.
Awards only proposed ("đề nghị khen thưởng") are not received; models described as collective or
individual ("130 mô hình tập thể") stay models; "151 tập thể, cá nhân" mixes both and is no entry.
"""

from __future__ import annotations

import re

from extractors.award_grant import AWARD, GRANT_AFTER, granted
from extractors.award_names import award_and_issuer
from extractors.awardee_kinds import KIND, LEADERS, NOUNS
from extractors.awardee_parts import parts_of_totals
from extractors.awardee_units import WORK_TITLE_REACHED, admin_units_not_honoured, granted_to_units
from extractors.counted import clause_bounds, counted_numbers, is_change, models_recognised_for
from extractors.proposals import PROPOSED
from extractors.registry import register
from extractors.titles_held import holds_a_title
from pipeline.document import Document
from pipeline.settings import Settings

# The verb after a name that ends in a figure, not organisations counted: "Công ty Licogi 14 tổ chức lễ kỷ niệm …"
_ORGANISES = (r"tổ\s+chức\s+(?:lễ|hội\s+(?:nghị|thi|thảo|diễn)|buổi|cuộc|chương\s+trình|ngày\s+hội|đêm|giải|kỷ\s+niệm"
              r"|gặp\s+mặt|tọa\s+đàm|tổng\s+kết|tuyên\s+dương|khen\s+thưởng|trao|đón)\b")
# "lượt" counts awards received, one household or person per time ("19.121 lượt hộ đạt danh hiệu").
# ("5 nghìn đơn vị máu" are units of blood given, not units honoured)
# ("100 “Công nhân giỏi” Thủ đô": the noun opens the title's quotation marks)
# ("29 bản hương ước, quy ước được … công nhận": copies of a document, not hamlets)
# ("12 cựu cán bộ Đoàn": former officials, people all the same; "22 vị già làng": the honorific classifier)
AWARDEE_NOUN = re.compile(rf"(?:[^\S\n]*(?:=|\()[^\S\n]*\d+(?:[.,]\d+)?[^\S\n]*%[^\S\n]*\)?)?"  # ("357/367 = 97% hộ", "(97%)")
                          rf"[^\S\n]*(?:[“\"'‘]\s*)?(?:lượt\s+)?(?:vị\s+)?(?:nữ\s+|cựu\s+)?(?!{_ORGANISES})(?P<noun>{NOUNS})(?!\w)(?!\s+máu\b)"
                          r"(?!(?<=bản)\s+(?:hương\s+ước|quy\s+ước|cam\s+kết|đăng\s+ký|kế\s+hoạch|tin|đồ|sao)\b)", re.I)
# "151 tập thể, cá nhân", "34.000 tập thể, hộ gia đình và cá nhân": both kinds in one figure.
# ("1.178 cá nhân tiêu biểu, tập thể xuất sắc": each kind with its own praise, still one figure)
_MIXED_AFTER = re.compile(r"(?:\s+(?:tiêu\s+biểu|xuất\s+sắc|tiên\s+tiến|điển\s+hình))?\s*(?:,|và|/)\s*(?:[^\W\d]+(?:\s+[^\W\d]+){0,2}\s*(?:,|và)\s*){0,2}(?P<last>tập\s+thể|các?\s+nhân"
                          # ("3.784 tập thể, các nhân": the mixed pair misspelt; "16 cá nhân và hộ gia đình": people and homes)
                          r"|hộ\s+gia\s+đình)\b(?!\s+lao\s+động)", re.I)
# ("11 chi hội và hội viên nông dân tiêu biểu được tặng bằng khen": the other kind coordinated without its own figure)
# (not a title named after the noun: "cho 1.780 cá nhân và tập thể lao động tiên tiến cho 88 tập thể")
# (nor a title given to the next item: "bằng khen cho 02 đơn vị, chiến sĩ thi đua cấp tỉnh cho 02 cá nhân")
_OTHER_NOUN_AFTER = re.compile(rf"\s*(?:,|và)\s*(?P<noun>{NOUNS})(?!\w)(?!\s+(?:lao\s+động|LĐ|thi\s+đua))", re.I)
_OTHER_KIND_GLUED = re.compile(r"\s+(?:cá\s+nhân|tập\s+thể)\b", re.I)
_MODEL_AFTER = re.compile(r"\s*(?:,\s*)?mô\s+hình", re.I)


_EXEMPLAR_AFTER = re.compile(r"\s*(?P<called>là\s+(?:các\s+|những\s+)?)?điển\s+hình", re.I)  # ("166 đại biểu là điển hình tiên tiến")
# inside the brackets that break down a count of models or exemplars: "điển hình … là 239 (có 2 tập thể và 237 cá nhân)"
_MODEL_BRACKET_BEFORE = re.compile(r"(?:mô|điển)\s+hình[^.;()]{0,40}\([^()]{0,60}$", re.I)
# "209 cá nhân đại biểu khách mời", "khoảng 400 đại biểu, khách mời tham dự": guests
_GUESTS_AFTER = re.compile(r"\s*(?:,\s*)?(?:đại\s+biểu\s+)?khách\s+mời\b", re.I)



# ("được lựa chọn trong tổng số 1799 đơn vị": the pool the honourees were chosen from; "trong tổng số hơn 18.000 người")
_BASE_BEFORE = re.compile(r"\b(?:trên|so\s+với|trong)\s+tổng\s+số(?:\s+(?:hơn|gần|trên|khoảng))?\s*$"
                          # the group one unit is first or alone in: "thôn đầu tiên trong số 6 thôn … đạt danh hiệu"
                          r"|\b(?:đầu\s+tiên|duy\s+nhất)\s+(?:trong|của)\s+(?:số\s+)?$", re.I)
# "17.774 cá nhân trong số hơn 23.000 cán bộ đã được … biểu dương": the whole the honoured were chosen from
# ("17 tập thể, 23 cá nhân có thành tích xuất sắc, tiêu biểu trong số 78 tập thể và 91 cá nhân": the honoured described)
_AMONG_BEFORE = re.compile(r"\d\s+[^\W\d]+(?:,?\s+[^\W\d]+){0,9}\s+trong\s+số(?:\s+(?:hơn|gần|trên|khoảng))?\s+$", re.I)
# "“Ngày hội …” đã được tổ chức tại 76 đơn vị cấp xã, 117 xóm, tổ dân phố": the places an event was held in
_HELD_AT_BEFORE = re.compile(r"\b(?:tổ\s+chức|diễn\s+ra)\s+(?:ở|tại)\s+(?:(?:hơn|gần|trên|khoảng)\s+)?"
                             r"(?:\d[\d.]*\s+[^\W\d]+(?:\s+[^\W\d]+){0,3}\s*,\s*)*(?:(?:hơn|gần|trên|khoảng)\s+)?$", re.I)
# ("… được tuyên dương trong ngày Hội đại đoàn kết tại 63 khu dân cư": where it happened)
_PLACES_BEFORE = re.compile(r"\b(?:tại|ở)\s+(?:(?:hơn|gần|trên|khoảng)\s+)?$", re.I)
# (and who attended beside the guests: "… dự lễ tuyên dương cùng hơn 500 đoàn viên, thanh niên các địa phương")
_ATTENDED_BEFORE = re.compile(r"\b(?:sự\s+)?tham\s+(?:dự|gia)\s+của\s+(?:hơn|gần|trên|khoảng)?\s*$"
                              r"|\bthu\s+hút\s+(?:được\s+)?(?:hơn|gần|trên|khoảng)?\s*$"  # ("Liên hoan thu hút 21 thôn … tham gia")
                              r"|\bdự\s+(?:buổi\s+)?lễ(?:\s+[^\W\d]+){0,4}?\s+cùng(?:\s+với)?\s+(?:hơn|gần|trên|khoảng)?\s*$", re.I)
# A population, not holders of a title: "thôn hiện có trên 200 hộ dân với 870 nhân khẩu, được công nhận thôn …"
_POPULATION_AFTER = re.compile(r"\s*(?:,\s*)?với\s+(?:hơn|gần|trên|khoảng)?\s*\d[\d.]*\s+(?:nhân\s+khẩu|khẩu|người)\b", re.I)
# A body's size: "Đảng bộ phường hiện có 61 chi, đảng bộ trực thuộc với 3.504 đảng viên, nhiều năm liền được công nhận …"
# (the body's title, not its members')
MEMBERS = frozenset(("đảng viên", "hội viên", "đoàn viên", "thành viên"))
_MEMBERS_BEFORE = re.compile(r"\bcó\s+\d[\d.]*\s+[^.;:\d]{0,60}?\bvới\s+(?:tổng\s+số\s+)?(?:hơn|gần|trên|khoảng)?\s*$", re.I)
# gifts and help: who receives them is helped ("tặng 10 suất quà cho 10 hộ nghèo", "trao 5 căn nhà đại đoàn kết cho")
# (a house given is "căn nhà", "ngôi nhà" or "nhà đại đoàn kết"; "trao tặng Nhà giáo ưu tú cho 12 giáo viên" is a title;
# "trao tiền hỗ trợ của các nhà tài trợ cho 39 học sinh nghèo" is help, "trao tiền thưởng cho 39 học sinh" a reward)
# ("cấp học bổng toàn khóa cho 4 sinh viên", "xét cấp học bổng cho 11 sinh viên": a scholarship granted is help too)
_HELP = (r"(?:tặng|trao|(?:xét\s+)?cấp)(?:\s+tặng)?\s+(?:\d[\d.]*\s+)?(?:(?:suất\s+|phần\s+|món\s+|túi\s+|xuất\s+|chiếc\s+|con\s+)?"
         r"(?:quà|học\s+bổng|xe\s+đạp|sổ\s+tiết\s+kiệm|bò)|(?:căn|ngôi)\s+nhà|nhà\s+(?:đại\s+đoàn\s+kết|tình\s+nghĩa"
         r"|tình\s+thương|nhân\s+ái)|(?:tiền|kinh\s+phí)\s+(?:hỗ\s+trợ|mặt)(?:\s+[^\W\d]+){0,3}?)"
         # (the gift's words, not the next item's verb of honour: "trao 180 suất học bổng và khen thưởng 412 học sinh giỏi")
         r"(?:\s+(?!và\s+(?:khen|biểu|tuyên|tặng|vinh|tôn)|khen\b)[^\W\d]+){0,3}?(?:\s*\([^()\n]{0,40}\))?|hỗ\s+trợ|giúp\s+đỡ|thăm\s+hỏi")
# "giải quyết việc làm cho 70 lao động", "tạo thu nhập ổn định cho 120 hộ": people employed or helped, not honoured
# (but "biểu dương và tặng quà cho 50 đại biểu …": honoured, and given a gift too).
# ("hỗ trợ cho 25 người uy tín", "tặng quà cho 50 hộ nghèo": beneficiaries, not honourees)
_EMPLOYED_BEFORE = re.compile(r"\b(?:(?:việc\s+làm|thu\s+nhập)(?:\s+\w+){0,2}\s+cho"
                              # ("khám bệnh cấp thuốc cho hơn 3.910 người dân", "tập huấn cho 200 hội viên": served)
                              rf"|(?:khám\s+(?:chữa\s+)?bệnh|(?:cấp|phát)\s+thuốc|tư\s+vấn|dạy\s+nghề|tập\s+huấn)(?:[\s,]+[^\W\d]+){{0,3}}?\s+cho|(?<!dương\svà\s)(?<!thưởng\svà\s)(?<!vinh\svà\s)(?<!danh\svà\s)(?:{_HELP}|giúp|cho\s+vay|cứu(?:\s+sống|\s+được)?)(?:\s+cho)?"
                              # partners, not honourees: "liên kết với hơn 200 hộ dân", "ký kết với 12 doanh nghiệp"
                              r"|(?:liên\s+kết|hợp\s+tác|ký\s+kết|kết\s+nối|giao\s+lưu|đối\s+thoại)\s+với"
                              r")\s+(?:hơn|gần|trên|khoảng)?\s*$", re.I)
# ("tặng quà cho 2 tập thể và 9 hộ gia đình", "… cho hai tập thể và chín hộ": every figure of the list is helped)
_HELPED_LIST_BEFORE = re.compile(rf"\b(?:{_HELP})(?:\s+cho)?\s+(?:hơn|gần|trên|khoảng)?\s*"
                                 r"(?:\d[\d.]*|(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)(?:\s+mươi)?)\s+(?:[^\W\d]+[^\S\n]*,?[^\S\n]+){1,5}(?:và\s+)?(?:hơn|gần|trên|khoảng)?\s*$", re.I)
# "… cho 500 cựu TNXP khó khăn": those in need, helped (not "… khó khăn vươn lên học giỏi", who overcame it, nor
# "khen thưởng …, 2 HS có hoàn cảnh khó khăn", an item of a list of awards)
# (unless honoured as such: "50 trẻ em có hoàn cảnh đặc biệt khó khăn đã được tuyên dương tại buổi gặp gỡ")
_NEEDY_AFTER = re.compile(r"\s+(?:có\s+hoàn\s+cảnh\s+(?:đặc\s+biệt\s+)?)?khó\s+khăn\b(?![^.;\n]{0,40}?\b(?:vươn\s+lên|vượt\s+khó"
                          r"|học\s+(?:giỏi|tốt)|đạt|xuất\s+sắc|tiêu\s+biểu"
                          r"|được\s+(?:tuyên\s+dương|biểu\s+dương|khen\s+thưởng|tôn\s+vinh|vinh\s+danh)))", re.I)
# "toàn xã có 333 gia đình chính sách": families of the war dead and invalids, a category the state cares for
# (not "biểu dương 50 gia đình chính sách tiêu biểu", honoured among them)
# A household's means, a category and not a title: "còn 12 hộ nghèo, 15 hộ cận nghèo và 420 hộ đạt gia đình văn hóa",
# "có 85 hộ thuộc diện khá, giàu; 30 hộ đạt danh hiệu …" (not "tuyên dương 20 hộ nghèo vượt khó tiêu biểu")
_MEANS_AFTER = re.compile(r"\s+(?:(?:thuộc\s+)?diện\s+|có\s+mức\s+sống\s+)?(?:(?:tái\s+|thoát\s+|cận\s+)?nghèo|khá(?:\s*(?:,|và)?\s*giàu)?"
                          r"|giàu)\b(?![^.;,\d\n]{0,40}?\b(?:vượt\s+khó|tiêu\s+biểu|xuất\s+sắc|điển\s+hình|gương\s+mẫu|đạt|được))"
                          r"|\s+thuộc\s+diện\b", re.I)
# ("hộ nghèo giảm xuống còn 08 hộ, cận nghèo 03 hộ": the category written before the figure)
_MEANS_BEFORE = re.compile(r"\b(?:(?:tái|thoát|cận)\s+)?nghèo(?:\s+(?:giảm\s+)?(?:xuống\s+)?(?:chỉ\s+)?(?:còn|là|có))?\s+$", re.I)
# The victims of the deed the honourees answered: "trao thưởng … cho bốn đơn vị đã … truy bắt được đối tượng dùng súng
# bắn bị thương hai người dân"
# (or the people the deed was done to, its verb's object: "… vì … bắt giữ nghi phạm chém hai người bị thương", "cứu sống
# 3 người")
_HARMED_BEFORE = re.compile(r"\b(?:(?:làm|bắn|đâm|chém|đánh|gây)\s+(?:bị\s+)?(?:thương|chết|tử\s+vong)\s+(?:cho\s+)?"
                            r"|(?:chém|đâm|bắn|tấn\s+công|sát\s+hại|giết(?:\s+hại)?|cứu(?:\s+sống|\s+vớt|\s+nạn|\s+hộ)?|ứng\s+cứu|giải\s+cứu"
                            r"|bắt(?:\s+giữ|\s+quả\s+tang)?|truy\s+bắt)(?:\s+được)?\s+(?:(?:hơn|gần|khoảng)\s+)?)$", re.I)
# ("… khiến khoảng 65 phương tiện với gần 100 tài xế bị cô lập", "2 cá nhân bị kỷ luật"): what befell them, no honour
_BEFELL_AFTER = re.compile(r"\s+(?:đã\s+|cũng\s+)?bị\b", re.I)
# Those a work depicts, not honoured there: "khắc họa chân dung 1.474 Mẹ Việt Nam Anh hùng", "vẽ chân dung 50 anh hùng"
_DEPICTED_BEFORE = re.compile(r"\bchân\s+dung\s+(?:của\s+)?(?:(?:hơn|gần|trên|khoảng)\s+)?$", re.I)
# A course's certificate of completion handed to its trainees: "trao Giấy chứng nhận cho 71 học viên" (not an honour;
# their "Giấy khen" is)
_COMPLETED_BEFORE = re.compile(r"\b(?:giấy\s+chứng\s+nhận|chứng\s+chỉ|bằng\s+tốt\s+nghiệp)\s+(?:cho\s+)?$", re.I)
_POLICY_AFTER = re.compile(r"\s+chính\s+sách\b(?![^.;\n]{0,40}?\b(?:tiêu\s+biểu|xuất\s+sắc|gương\s+mẫu|đạt))", re.I)
_DELEGATES_ATTENDING = re.compile(r"\bđại\s+biểu\s+(?:về\s+|đến\s+|tham\s+)?dự\b|\btrong\s+số\s+(?:các\s+)?đại\s+biểu\b", re.I)
_REPRESENTING_AFTER = re.compile(r"\s+(?:là\s+)?đại\s+(?:diện|điện)\b", re.I)  # ("167 đại biểu là đại diện tập thể …")
# ("kỳ thi năm nay có 21 nước với tổng số trên 500 học sinh tham gia.": those taking part, the clause ending there)
# ("54 phát thanh viên dự thi …, 4 phát thanh viên đoạt Huy chương vàng": the contestants, of whom some won)
# ("hơn 400 em thiếu nhi trong tỉnh đã đến dự lễ": where they come from, then that they attend)
_ATTENDING_AFTER = re.compile(r"(?:[^\S\n]+(?:thiếu\s+nhi|học\s+sinh|sinh\s+viên))?(?:[^\S\n]+(?:trong|của|ở|tại|thuộc)\s[^.;,:\n]{1,30}?)?[^\S\n]+(?:đã\s+)?(?:tham\s+dự|đến\s+dự|về\s+dự"
                              r"|dự\s+thi)\b|[^\S\n]+tham\s+gia\s*(?:[.;]|$)", re.I)
# Schools reaching a title: "công nhận 44/45 trường đạt danh hiệu", "33/34 trường được công nhận lần đầu"; or honoured:
# "4 trường được Chủ tịch UBND tỉnh tặng danh hiệu Tập thể lao động xuất sắc"
_CASES = re.compile(r"\s+hợp\b", re.I)  # "trường hợp", cases
# ("14 trường được UBND huyện công nhận danh hiệu …", "19 trường đạt Tập thể lao động tiên tiến": the title named at once)
_SCHOOL_TITLE_AFTER = re.compile(rf"\s+(?:đã\s+)?(?:đạt\s+danh\s+hiệu|{WORK_TITLE_REACHED}|được\s+(?:tái\s+)?công\s+nhận"
                                 r"|được\s+(?:[^.;,:\d\n]{0,60}?\s)?(?:tặng|trao|khen\s+thưởng|tuyên\s+dương|biểu\s+dương"
                                 r"|công\s+nhận))\b", re.I)
# Members admitted, not honoured: "công nhận và trao quyết định kết nạp cho 27 hội viên danh dự", "kết nạp mới 320 đoàn viên"
# (nor bodies founded, taken over or merged: "công bố quyết định thành lập mới 1 tổ chức đảng, tiếp nhận 2 tổ chức đảng")
_ADMITTED_BEFORE = re.compile(r"\b(?:kết\s+nạp(?:\s+(?:mới|đảng|đoàn|hội))?|thành\s+lập(?:\s+(?:mới|thêm))?|tiếp\s+nhận|sáp\s+nhập"
                              r"|hợp\s+nhất|giải\s+thể|chia\s+tách)(?:\s+cho)?\s+(?:thêm\s+)?(?:hơn|gần|trên|khoảng)?\s*$", re.I)
# (but a rise from one count to another counts both: "số gia đình văn hóa tăng từ 657 gia đình lên 1.151 gia đình")
# (nor "vượt qua 9 đội", "thuộc 64 công đoàn cơ sở", "công nhận mô hình giữa hai khu vực": between them, not them)
_FROM_BEFORE = re.compile(r"\b(?:(?<!tăng\s)từ|vượt\s+qua|thuộc|giữa)\s+(?:các\s+)?(?:hơn|gần|trên|khoảng)?\s*$"
                          # (nor the second of the origins: "đến từ 42 tỉnh, thành phố và 12 công đoàn ngành Trung ương")
                          # ("được lựa chọn từ 63 LĐLĐ tỉnh, thành phố và 20 công đoàn ngành Trung ương")
                          # (not a span: "có số lần hiến máu từ 20 lần trở lên và 1 tập thể")
                          r"|(?:\bđến\s+|(?<!tăng\s)\b)từ\s+\d[\d.]*\s+(?!(?:lần|năm|tuổi|ngày|tháng|giờ|triệu|tỷ)\b)[^\W\d]+"
                          r"(?:[\s,]+[^\W\d]+){0,4}?\s*(?:,|và)\s*$", re.I)
_BOTH_KINDS_AFTER = re.compile(r"[^.;\d]{0,100}?\b(?:gồm|trong\s+đó(?:\s+có)?|bao\s+gồm)\s*:?\s*(?P<a>\d[\d.]*)\s+tập\s+thể"
                               r"\s*(?:,|và)\s*(?P<b>\d[\d.]*)\s+cá\s+nhân\b", re.I)
# ("đại diện cho 21.883 gia đình đạt danh hiệu …, 1 dòng họ …": after the represented reach a title, the list goes on)
_REPRESENTED_REACH = re.compile(r"\b(?:đạt|được|nhận)\b", re.I)
_REPRESENTED_BEFORE = re.compile(r"\bđại\s+diện\s+(?:cho\s+)?(?=(?:[^.;:()]|(?<=\d)\.(?=\d))*$)", re.I)  # ("11.000": a figure)
_GRANT_WORD = re.compile(r"được|tặng|trao|khen|tuyên\s+dương|biểu\s+dương|tôn\s+vinh|vinh\s+danh", re.I)
_ATTENDING = re.compile(r"\s*(?:cùng\s+)?(?:đến\s+tham\s+dự|tham\s+dự|đến\s+dự|về\s+dự|dự)\b", re.I)  # ("Cùng dự có …")
# "205 cơ quan, đơn vị đạt chuẩn văn hóa (trong đó có 76 trường học)": a part of the total before the bracket.
_BRACKET_PART_BEFORE = re.compile(r"\(\s*(?:(?:trong\s+đó|gồm|bao\s+gồm)(?:\s+có)?\s*)?$", re.I)


def _own_grant(text: str, end: int, clause_end: int) -> bool:
    """A grant right after the figure's noun, before any other figure ("… và 32 nhà khoa học được tôn vinh"
    is the 32's)."""
    m = GRANT_AFTER.match(text, end, clause_end)
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
    both_kinds = {num.value for num, noun in counted
                  if (both := _BOTH_KINDS_AFTER.match(text, noun.end()))
                  and sum(int(both.group(g).replace(".", "")) for g in ("a", "b")) == num.value}
    for num, noun in counted:
        written = _written(noun.group("noun"))
        kind = KIND[written]
        if admin_units_not_honoured(text, num.start, noun.end(), written) \
                or written == "trường" and not (_SCHOOL_TITLE_AFTER.match(text, noun.end())
                                                or granted_to_units(text, num.start) and not _CASES.match(text, noun.end())):
            continue  # (schools only where they reach a title or are given an award: not "3.148 trường hợp", "của 25
            # trường THCS")
        if written in ("tập thể", "cá nhân") and _OTHER_KIND_GLUED.match(text, noun.end()):
            continue  # "18 tập thể cá nhân được … khen thưởng": both kinds in one figure, the comma left out
        mixed = _MIXED_AFTER.match(text, noun.end())
        other = _OTHER_NOUN_AFTER.match(text, noun.end())  # "71 thanh niên, chi đoàn tiên tiến": both kinds
        if mixed and KIND.get(_written(mixed.group("last")), "cá nhân") != kind \
                or _MODEL_AFTER.match(text, noun.end()) and written not in LEADERS \
                or other and KIND.get(_written(other.group("noun"))) not in (None, kind):
            continue  # "151 tập thể, cá nhân": both kinds in one figure; "tập thể điển hình" … models
        if written not in ("tập thể", "cá nhân") and num.value in both_kinds:
            continue  # "30 gương mặt tiêu biểu …, gồm 9 tập thể và 21 cá nhân": a figure of both kinds (and so is the
            # headline's "30 gương mặt"); the parts count
        sent = doc.sentence_at(num.start)
        c0, c1 = clause_bounds(text, num.start, noun.end(), sent)
        clause = text[c0:c1]
        if is_change(text, num, noun.end()) or _BASE_BEFORE.search(text, max(c0, num.start - 20), num.start) \
                or _AMONG_BEFORE.search(text, max(c0, num.start - 60), num.start):
            continue  # "tăng trên 1.700 hộ so với …": a change; "trên tổng số 53.535 gia đình": a share's base
        if _ATTENDED_BEFORE.search(text, max(c0, num.start - 40), num.start) or _ATTENDING_AFTER.match(text, noun.end()) \
                or kind == "tập thể" and _PLACES_BEFORE.search(text, max(c0, num.start - 12), num.start) \
                or _HELD_AT_BEFORE.search(text, max(c0, num.start - 90), num.start):
            continue  # "với sự tham dự của 100 người có uy tín", "với 300 đồng chí tham dự": who attended; where held
        if _EMPLOYED_BEFORE.search(text, max(c0, num.start - 50), num.start) or _FROM_BEFORE.search(text, max(c0, num.start - 70), num.start) \
                or _ADMITTED_BEFORE.search(text, max(c0, num.start - 30), num.start) \
                or written in MEMBERS and _MEMBERS_BEFORE.search(text, max(sent[0], num.start - 110), num.start) \
                or _POPULATION_AFTER.match(text, noun.end()) \
                or _HELPED_LIST_BEFORE.search(text, max(c0, num.start - 90), num.start) \
                or _GUESTS_AFTER.match(text, noun.end()) or _POLICY_AFTER.match(text, noun.end()) \
                or _HARMED_BEFORE.search(text, max(c0, num.start - 30), num.start) or _BEFELL_AFTER.match(text, noun.end()) \
                or _DEPICTED_BEFORE.search(text, max(c0, num.start - 30), num.start) \
                or written == "học viên" and _COMPLETED_BEFORE.search(text, max(c0, num.start - 30), num.start) \
                or _MEANS_BEFORE.search(text, max(c0, num.start - 40), num.start) \
                or (_NEEDY_AFTER.match(text, noun.end()) or _MEANS_AFTER.match(text, noun.end())) \
                and not AWARD.search(text, _item_start(text, c0, num.start), num.start):
            continue  # (those employed or helped; "đề cử từ 53 đơn vị": where nominations came from)
        # (the people represented may be listed: "đại diện cho gần 11.000 Chủ tịch … và hơn 90.000 Trưởng ban …")
        rep = _REPRESENTED_BEFORE.search(text, max(c0, num.start - 80), num.start)
        if rep and not _GRANT_WORD.search(text, rep.end(), num.start) and not _REPRESENTED_REACH.search(text, rep.end(), num.start) \
                and not holds_a_title(text, noun.end()) \
                and (not _own_grant(text, noun.end(), c1) or _apposed_to_a_count(doc, rep, num.start, sent[0])
                     and not _REACHES_AFTER.match(text, noun.end())):
            continue  # "đại diện cho hơn 47 nghìn đoàn viên, gần 200 nghìn thanh niên": the people represented
            # (not the holders of a title they represent: "đại diện cho 297.813 hộ gia đình văn hóa")
        if not (granted(text, num.start, noun.end(), sent, (c0, c1)) or _part_in_brackets(doc, num.start, sent)):
            continue
        if written == "đại biểu" and (
                _REPRESENTING_AFTER.match(text, noun.end()) and not AWARD.search(text, c0, num.start)
                or _DELEGATES_ATTENDING.search(text, sent[0], num.start) and not _own_grant(text, noun.end(), c1)):
            continue  # "86 đại biểu đại diện chiến sĩ thi đua … được phong tặng": the represented were honoured;
            # "Tổng số đại biểu về dự Đại hội là 2.223 đại biểu, gồm: …; 198 đại biểu là người dân tộc": who attend
        if _ATTENDING.match(text, sent[0]) and _attends(text, noun.end(), c1):
            continue  # "Tham dự lễ tuyên dương có … hơn 350 đại biểu": who attended the ceremony
        exemplars = written in ("đại biểu", "gương", "gương mặt") and _EXEMPLAR_AFTER.match(text, noun.end(), noun.end() + 20)
        if exemplars and not (exemplars.group("called") and _own_grant(text, noun.end(), c1)):
            continue  # "70 đại biểu điển hình", "166 đại biểu là điển hình tiên tiến", "478 gương mặt điển hình tiên tiến":
            # exemplars, a model count
            # (unless honoured there: "150 đại biểu là điển hình tiên tiến được khen thưởng")
        if _MODEL_BRACKET_BEFORE.search(text, max(c0, num.start - 60), num.start) or models_recognised_for(text, num.start, c0):
            continue  # the parts of a count of models, or those whose models were recognised: models
        award, issuer = award_and_issuer(clause)
        doc.add("awardee_count", int(num.value), num.start, noun.end(), "rule", unit=kind,
                qualifier="; ".join(filter(None, (award, issuer))), award=award, issuer=issuer)
    parts_of_totals(doc, [(num, KIND[_written(noun.group("noun"))], noun) for num, noun in counted], PROPOSED)



# Another subject between the attendees and a grant: "… UBND 31 xã, thị trấn cùng các điển hình được biểu dương", "hơn
# 200 đại biểu, trong đó có 37 điển hình … được chọn tuyên dương": the grant is theirs.
_ANOTHER_SUBJECT = re.compile(r"\bcùng\s+(?:với\s+)?(?:các|những)\b|\btrong\s+(?:đó|số\s+đó)\b", re.I)


def _attends(text: str, end: int, clause_end: int) -> bool:
    """Whether the figure ending at `end`, in a sentence of who attended, is no one's grant: no grant follows it,
    or one that another subject after it receives."""
    grant = GRANT_AFTER.match(text, end, clause_end)
    return not grant or bool(_ANOTHER_SUBJECT.search(text, end, grant.start("yes") if grant.group("yes") else grant.start("no")))


def _item_start(text: str, start: int, pos: int) -> int:
    """Where the item holding `pos` begins, after the last " + " of a digest run into one paragraph (or `start`)."""
    return max(start, text.rfind(" + ", start, pos) + 1)


def _written(noun: str) -> str:
    """A noun as KIND keys it: lower case, single spaces, one after a comma."""
    return " ".join(re.sub(r"\s*,\s*", ", ", noun.lower()).split())
