"""Whether a counted figure's award was granted: received, or a title reached, not proposed, registered or aimed at.

"253 cá nhân được tặng Giấy khen", "tặng Bằng khen cho 28 tập thể", "1.200 hộ đạt danh hiệu …" are granted;
"đề nghị tặng … cho 89 cá nhân", "2.500 hộ đăng ký …", "phấn đấu … 4.020 hộ đạt …" are not. `granted` reads the
words after the figure's noun first, then the sentence's opening verb, then the clause before it.
"""

from __future__ import annotations

import re

from extractors.award_items import (
    ITEM_FIGURE,
    bare_item,
    bare_tail,
    base_of_next_item,
    here_or_after_next_figure,
    list_opening,
    part_owns_the_verb,
)
from extractors.awardee_kinds import NOUNS as _NOUNS
from extractors.awardee_units import LEARNING_TITLE_REACHED, TITLE_REACHED, URBAN_TITLE, WORK_TITLE_REACHED
from extractors.counted import is_planned
from extractors.not_honoured import (
    CARED_FOR_BEFORE,
    DESERVING_AFTER,
    FACILITY_AFTER,
    HELPED_AFTER,
    INSPECTED_AFTER,
)
from extractors.proposals import (
    NOT_A_BASE,
    PROPOSED,
    PROPOSED_RIGHT_BEFORE,
    SENT_UP,
    in_a_proposed_list,
    last_registered,
    left_proposed,
    part_of_proposed,
    sentence_before,
)
from extractors.recognitions import recognised_not_honoured
from extractors.titles_held import (
    HOLDERS_COUNTED_BEFORE,
    MORE_BEFORE,
    TITLE_AFTER,
    TITLE_HELD,
    TITLE_YEARS_BEFORE,
    WORK_TITLE_AFTER,
    labelled_holders,
)

AWARD = re.compile(
    # ("phong tặng 23 tập thể", "truy tặng 19 cá nhân": conferring a title, in life or after death)
    # ("phát thưởng 20 em vượt khó trong học tập": prizes handed out, as a study association's or a school's reward; not the
    # ceremony's name, "Lễ phát thưởng năm nay đã có 20 gia đình … ủng hộ quỹ")
    r"khen\s+thưởng|biểu\s+dương|tuyên\s+dương|vinh\s+danh|tôn\s+vinh|giải\s+thưởng|trao\s+giải|trao\s+thưởng|tặng\s+thưởng"
    r"|(?<=khen,\s)thưởng\s+cho\b"  # ("khen, thưởng cho 5 tập thể và 32 cá nhân": the comma splits the clause)
    r"|(?<!lễ\s)phát\s+thưởng|đạt\s+danh\s+hiệu"
    r"|\bchi\s+thưởng\b"  # ("chi thưởng trên 2,3 tỷ đồng cho gần 17.000 lượt học sinh giỏi": rewards paid out)
    r"|(?:phong|truy|khen)\s+tặng|khen\s+cho\b"  # ("quận đã khen cho 38 tập thể và 112 cá nhân", "khen tặng cho 1 cá nhân")
    r"|(?:tặng|trao)\s+cờ\s+(?:thi\s+đua\s+|(?:đơn\s+vị\s+)?dẫn\s+đầu\s+)?cho\b"  # ("… tặng cờ cho 19 tập thể", "tặng cờ dẫn đầu cho 02 đơn vị")
    r"|công\s+nhận|(?:tặng|trao|nhận|trao\s+tặng)\s+(?:thưởng\s+)?[“\"]?"  # ("trao tặng “Danh hiệu …”")
    r"(?:bằng\s+khen|giấy\s+khen|kỷ\s+niệm\s+chương|huân\s+chương|huy\s+chương|huy\s+hiệu|danh\s+hiệu|cờ\s+thi\s+đua"
    r"|giấy\s+chứng\s+nhận"
    r"|vinh\s+dự\s+(?:này|đó|ấy|cao\s+quý)\s+cho\b"  # the honour named before ("trao vinh dự này cho 5 cá nhân xuất sắc")
    r"|bằng(?=\s+(?:và\s+huy\s+hiệu|lao\s+động\s+sáng\s+tạo))"  # ("tặng bằng và Huy hiệu lao động sáng tạo cho 35 cá nhân")
    r"|chiến\s+sĩ\s+thi\s+đua|lao\s+động\s+(?:tiên\s+tiến|xuất\s+sắc)"  # a title given without "danh hiệu"
    r"|(?:nhà\s+giáo|thầy\s+thuốc|nghệ\s+nhân|nghệ\s+sĩ)\s+(?:ưu\s+tú|nhân\s+dân))"  # ("trao tặng Nhà giáo ưu tú cho …")
    r"|bằng\s+khen|giấy\s+khen|kỷ\s+niệm\s+chương|huân\s+chương|cờ\s+thi\s+đua"
    # the title or the prize named first, then given: "danh hiệu “Tập thể lao động tiên tiến” được tặng cho 64 tập thể",
    # "Phần thưởng của Giám đốc Công an tỉnh được trao cho 3 tập thể và 8 cá nhân"
    r"|(?:danh\s+hiệu|phần\s+thưởng)\s[^.;\d]{0,80}?\bđược\s+(?:trao\s+)?(?:tặng|trao)\s+cho\b",
    re.I,
)
# A list of honourees made public: "công bố danh sách 95 cá nhân xuất sắc, bao gồm 63 nông dân và 32 nhà khoa học"
# (the list's figure and the parts that follow it; a list of nominees, "100 hồ sơ đề cử", is none).
# So is a selection that confers the title: "Hội đồng … chọn ra được 100 Nông dân Việt Nam xuất sắc năm 2022", "lựa
# chọn được 56 “Nhà khoa học của Nhà nông”", "chọn được 03 tập thể, 05 cá nhân có thành tích xuất sắc" (not a team or a
# delegation chosen: "lựa chọn được 35 đội thi xuất sắc nhất … tham dự vòng thi", "chọn được 40 nhà giáo … được gặp mặt").
# ("BTC đã tổ chức họp báo, công bố 63 Nông dân Việt Nam xuất sắc 2017, 24 Gương mặt 30 năm Đổi mới": the list, unnamed)
# (not a shortlist: "công bố 20 gương mặt trẻ tiêu biểu được lựa vào vòng bình chọn trực tuyến")
_NOT_A_SHORTLIST = r"(?![^.;]{0,120}?\b(?:vào\s+vòng|đề\s+cử|ứng\s+viên|lọt\s+vào)\b)"
_LIST_PUBLISHED = re.compile(rf"\b(?:công\s+bố(?:\s+danh\s+sách|{_NOT_A_SHORTLIST})|(?<!được\s)(?:chọn\s+ra|bình\s+chọn|xét\s+chọn|lựa\s+chọn(?=\s+(?:được\s+)?\d[\d.]*\s+[“\"])"
                             r"|(?:lựa\s+)?chọn(?=\s+được\s+[^.;:]{0,60}?\bcó\s+thành\s+tích\b))(?:\s+được)?"
                             rf"{_NOT_A_SHORTLIST})"
                             r"\s+(?:(?:hơn|gần|trên)\s+)?(?=\d[\d.]*\s+(?:(?:[^\W\d]+\s*){1,3}(?:,|và)\s*\d[\d.]*\s+)?"
                             r"(?:[^\d.;:]{0,40}?(?:xuất\s+sắc|tiêu\s+biểu|tiên\s+tiến)\b"
                             r"|[“\"]))", re.I)  # (or the title in quotes: "lựa chọn được 56 “Nhà khoa học của Nhà nông”")
# "trình" as a verb (submitted to a higher level), not the end of "chương trình", "công trình", "quá trình".
_SUBMITTED = r"(?<!chương\s)(?<!công\s)(?<!quá\s)(?<!tiến\s)(?<!hành\s)(?<!lộ\s)(?<!giáo\s)\btrình\b(?!\s+(?:bày|diễn|chiếu|độ)\b)"
# (to submit, not to present, perform or screen: "5 điển hình đã trình bày tham luận")
# What follows the noun decides first: "253 cá nhân được tặng Giấy khen", "1.200 hộ đạt danh hiệu …",
# "2.500 lượt hộ đăng ký phấn đấu đạt danh hiệu" (a registration, not a title reached).
# within the clause ("TP.Hội An", "UBND TP. Cần Thơ" do not end it)
# (a unit's kind written short is no stop: "TP. Huế", "TX. Hương Thủy", "TT. Sịa", "H. Quảng Điền", "P. 3", "Q. 1")
_FILL = r"(?:[^.;:!?]|\.(?=\S)|(?<=\bTP)\.\s|(?<=\bTp)\.\s|(?<=\bTX)\.\s|(?<=\bTT)\.\s|(?<=\b[HPQ])\.\s)"
# The honours other than certificates of merit that a recipient receives or is given ("nhận thưởng", "tặng cờ").
_OTHER_HONOURS = r"kỷ\s+niệm\s+chương|huân\s+chương|huy\s+hiệu|danh\s+hiệu|cờ|giải|thưởng\b"
GRANT_AFTER = re.compile(
    # ("12.454 hộ, chiếm 67% số hộ đăng ký đạt danh hiệu": the registered are the base of a share, not the figure)
    # (registered and then recognised, "2.500 gia đình đăng ký và được công nhận gia đình học tập", reached the title)
    # (the honourees described at length first, "23 tập thể là các phòng, ban … và 41 cá nhân là cán bộ … có thành tích
    # xuất sắc … được tặng Bằng khen", "7 tập thể thuộc Cảng vụ …": a longer reach)
    # (but not those who stand for the honoured: "139 đại biểu là cá nhân và đại diện tập thể Anh hùng … được phong tặng")
    rf"(?:\s*(?:là|thuộc|gồm|[–-])\s(?:(?!đại\s+diện\b){_FILL}){{0,250}}?|{_FILL}{{0,80}}?)(?:(?P<no>được\s+đề\s+nghị|(?<!theo\s)đề\s+nghị|{NOT_A_BASE}đăng\s+ký(?!\s*(?:,|và)\s*(?:đã\s+)?được\s+(?:công\s+nhận|khen))|{_SUBMITTED}|phấn\s+đấu|không\s+đạt|chưa\s+đạt|xét\s+đạt(?=[^.;]{{0,100}}?\bđề\s+nghị)|{SENT_UP}"
    # (assessed as reaching a title and then proposed for it, "120 hộ xét đạt danh hiệu …, đề nghị Ban chỉ đạo công
    # nhận"; not "16.064 lượt nông dân được xét đạt danh hiệu nông dân giỏi", assessed and so holding it)
    # chosen for a higher level to decide: "xét chọn 135 người để Chủ tịch nước quyết định phong tặng"
    r"|xét\s+duyệt\s+để|để\s+(?:Chủ\s+tịch\s+nước|Thủ\s+tướng|Nhà\s+nước|cấp\s+trên)[^.;]{0,20}?(?:quyết\s+định|xem\s+xét))"
    # "được bình chọn tôn vinh", "được suy tôn": chosen and honoured ("được triệu tập tham dự chương trình tuyên dương":
    # chosen for the ceremony to come; not "được suy tôn xét đề nghị tặng cờ", voted to be proposed)
    # ("16 khu dân cư được vinh dự công nhận": the honour's adverb after "được", as before it)
    rf"|(?P<yes>được\s+(?:vinh\s+dự\s+)?(?:(?:bình\s+chọn|lựa\s+chọn|xét\s+chọn|chọn|triệu\s+tập)\s*,?\s*(?:để\s+)?)?"
    r"(?:(?:tham\s+)?dự\s+(?:buổi\s+lễ|lễ|chương\s+trình|hội\s+nghị)\s+)?(?:suy\s+tôn(?!\s+(?:xét\s+)?đề\s+nghị)|(?:(?:UBND|Ủy\s+ban|Uỷ\s+ban|Chủ\s+tịch|Thủ\s+tướng|Bộ|Ban|Hội|Tỉnh\s+ủy|Huyện\s+ủy|Thành\s+ủy"
    r"|Liên\s+đoàn|Công\s+đoàn|Tỉnh\s+đoàn|Huyện\s+đoàn|Đoàn|Mặt\s+trận|MTTQ|Sở|Chính\s+phủ|Nhà\s+nước|Đảng\s+ủy|Quân\s+khu"
    r"|Thành\s+đoàn|Quận\s+đoàn|Thị\s+đoàn|Quận\s+ủy|Thị\s+ủy"  # (a city's, a district's or a town's: "được Thành đoàn Hà Nội biểu dương")
    r"|LĐLĐ|HĐND|Công\s+an|Bộ\s+Chỉ\s+huy|Trung\s+ương"  # ("được Trung ương Hội Nông dân Việt Nam vinh danh")
    # the heads who sign an award ("được Giám đốc Công an tỉnh khen thưởng", "được Tư lệnh Quân khu 7 tặng Bằng khen")
    r"|(?:Tổng\s+)?Giám\s+đốc|Tư\s+lệnh|Chỉ\s+huy\s+trưởng|Hiệu\s+trưởng|Thủ\s+trưởng|Chánh\s+án|Viện\s+trưởng"
    r"|(?:Tổng\s+)?Cục|Tổng\s+Liên\s+đoàn|Tập\s+đoàn|Tổng\s+công\s+ty|Đại\s+hội|Hội\s+nghị"  # ("được đại hội suy tôn")
    r"|các\s+cấp|cấp\s+trên"
    # their own units, where they honour ("được các đơn vị trong ngành biểu dương"; not "… tặng quà", a gift)
    r"|(?:các\s+)?(?:đơn\s+vị|cơ\s+quan)\b(?=[^.;:]{0,60}?\b(?:biểu\s+dương|tuyên\s+dương|khen\s+thưởng|vinh\s+danh|tôn\s+vinh"
    r"|(?:tặng|trao)(?:\s+tặng)?\s+(?:thưởng|bằng\s+khen|giấy\s+khen|danh\s+hiệu|cờ|huy\s+hiệu|kỷ\s+niệm\s+chương))\b)"
    # the issuer named by its unit alone: "4 gia đình tiêu biểu đã được khu 2 biểu dương", "được xã tặng giấy khen"
    # (or by the locality, unnamed: "416/417 hộ dân được địa phương công nhận gia đình văn hóa")
    r"|(?:xã|phường|thị\s+trấn|huyện|quận|thị\s+xã|tỉnh|thành\s+phố|khu|ấp|thôn|bản|khóm|xóm|nhà\s+trường|trường"
    r"|địa\s+phương)\b)"
    # (the issuer's words hold no proposal: "30 hộ được UBND huyện đề nghị khen thưởng" are proposed)
    rf"(?:(?!đề\s+nghị|đề\s+xuất){_FILL}){{0,120}}?)?(?:ghi\s+nhận\s*(?:và|,)\s*)?"  # ("được ghi nhận và tôn vinh")
    r"(?:(?:truy\s+|phong\s+)?tặng|trao|nhận|khen|biểu\s+dương|tuyên\s+dương|vinh\s+danh|tôn\s+vinh|công\s+nhận|suy\s+tôn(?!\s+(?:xét\s+)?đề\s+nghị)))"
    # ("107/174 thôn đạt tiêu chuẩn thôn làng văn hóa", "635 hộ đạt 3 tiêu chuẩn Gia đình văn hóa")
    # ("55/63 gia đình đạt văn hóa": the title written short; not "đạt văn hóa loại giỏi", a pupil's grade)
    r"|đạt\s+văn\s+h(?:óa|oá)\b(?!\s+(?:loại|xếp))"
    # ("… đăng ký đạt danh hiệu văn hóa thì có 395 xóm, tổ dân phố đạt tiêu chuẩn này": the title named just before)
    r"|đạt\s+(?:tiêu\s+chuẩn|danh\s+hiệu)\s+(?:này|trên|đó)\b"
    # ("51.380/60.459 hộ dân đạt tiêu chuẩn “Gia đình văn hoá - NTM”": the title in quotes)
    rf"|{TITLE_REACHED}|{WORK_TITLE_REACHED}|đạt\s+(?:\d\s+)?(?:tiêu\s+)?chuẩn\s+[“\"]?\s*(?:(?:gia\s+đình|ấp|thôn(?:\s+làng)?|làng|bản|khu\s+phố|khối\s+phố|tổ\s+dân\s+phố|khu\s+dân\s+cư|cơ\s+quan"
    r"|xã|phường|thị\s+trấn)\s+)?"  # ("16/27 xã đạt chuẩn xã văn hóa nông thôn mới")
    r"(?:văn\s+h|VH\b)"  # ("35/39 thôn đạt chuẩn VH": văn hóa written short)
    rf"|đạt\s+(?:tiêu\s+)?{URBAN_TITLE}"  # ("12/12 phường đạt chuẩn văn minh đô thị")
    # the title named without "danh hiệu": "6 hộ đạt gia đình văn hóa 3 năm liên tục", the women's union's
    # "441.581 hộ đạt “gia đình 5 không 3 sạch”"
    # ('228 hộ đạt "Gia đình văn hóa"': the title quoted)
    r"|đạt\s+[“\"]?\s*(?:gia\s+đình|ấp|thôn(?:\s+bản)?|bản|khu\s+phố|khối\s+phố|tổ\s+dân\s+phố|khu\s+dân\s+cư|cơ\s+quan|đơn\s+vị|tộc(?:\s+họ)?|dòng\s+họ"
    r"|(?:khu\s+)?nhà\s+trọ)\s+văn\s+h"  # ("4.000 nhà trọ đạt nhà trọ văn hóa")
    r"|đạt\s+[“\"]?\s*gia\s+đình\s+[“\"]?\s*\d\s+không\b|đạt\s+G[ĐD]VH\b"  # ("302 hộ đạt GĐVH", "GDVH")
    r"|đạt\s+(?:xã|phường|thị\s+trấn)\s+chuẩn\s+văn\s+h"  # ("2 xã đạt xã chuẩn văn hóa")
    # the learning association's titles reached: "39 nghìn gia đình đạt chuẩn GĐHH, 905 dòng họ đạt chuẩn DHHH"
    r"|đạt\s+(?:tiêu\s+)?(?:chuẩn|danh\s+hiệu)\s+(?:G[ĐD]HH|[ĐD]HHH|(?:gia\s+đình|dòng\s+họ|cộng\s+đồng)\s+hiếu\s+học)\b"
    rf"|{LEARNING_TITLE_REACHED}"
    # the farmers' title reached by its standard: "7.300 hộ nông dân đạt tiêu chuẩn sản xuất kinh doanh giỏi các cấp"
    # ("hơn 1.200 NCT đạt tiêu chí sản xuất, kinh doanh giỏi": the criteria of the same title)
    r"|đạt\s+(?:(?:tiêu\s+)?chuẩn|tiêu\s+chí)\s+(?:hộ\s+)?(?:nông\s+dân\s+)?(?:sản\s+xuất\s*,?\s*kinh\s+doanh|SXKD|SX-KD)\s+giỏi"
    # ("12 sinh viên đồng thời đạt cả giải thưởng “Sao tháng Giêng”", "36 học sinh đạt giải"; not "giải pháp")
    # ("4 phát thanh viên đoạt Huy chương vàng": a festival's medal won)
    # ("11 thí sinh đã xuất sắc giành giải thưởng": won, as "đoạt")
    r"|(?:đoạt|giành)\s+(?:được\s+)?(?:giải\b(?!\s+(?:pháp|quyết|ngân|phóng|thể|vây))|huy\s+chương)|đạt\s+(?:cả\s+|các\s+)?giải(?:\s+thưởng)?\b(?!\s+(?:pháp|quyết|ngân|phóng|thể))"
    # the excellent pupils' contest won at a level: "88 học sinh đạt HSG quốc gia", "đạt học sinh giỏi cấp tỉnh"
    r"|đạt\s+(?:giải\s+)?(?:HSG|học\s+sinh\s+giỏi)\s+(?:cấp\s+)?(?:quốc\s+gia|quốc\s+tế|tỉnh|thành\s+phố|huyện)\b"
    r"|đón\s+(?:nhận\s+)?danh\s+hiệu"  # "8 bản của huyện Tương Dương đón danh hiệu văn hóa"
    # recognised, "được" left out: "230 khu dân cư công nhận mới và 167 khu dân cư công nhận lại danh hiệu …"
    r"|(?<!nghị\s)công\s+nhận\s+(?:mới|lại)\b"
    # ("Năm tập thể vinh dự nhận thưởng gồm: …"; a certificate given, not another issuer's grant whose own recipients
    # follow: "… cho 01 tập thể, 01 cá nhân và Cục trưởng … tặng Giấy khen cho 08 tập thể")
    rf"|(?<!và\s)(?<!,\s)(?:nhận\s+(?:bằng\s+khen|giấy\s+khen|khen\s+thưởng|{_OTHER_HONOURS})"
    rf"|tặng\s+(?:{_OTHER_HONOURS}|(?:bằng|giấy)\s+khen(?![^.;:\d]{{0,80}}?\b(?:cho|đối\s+với)\s+\d)))"
    # holders of a title: "24 đại biểu là Chiến sĩ thi đua toàn quốc", "12 nhà giáo là Nhà giáo Ưu tú"
    r"|\blà\s+(?:chiến\s+s[ĩỹ]\s+thi\s+đua|anh\s+hùng|lao\s+động\s+tiên\s+tiến|nhà\s+giáo\s+(?:nhân\s+dân|ưu\s+tú)"
    r"|thầy\s+thuốc\s+(?:nhân\s+dân|ưu\s+tú)|nghệ\s+sĩ\s+(?:nhân\s+dân|ưu\s+tú)|nghệ\s+nhân\s+(?:nhân\s+dân|ưu\s+tú))"
    # chosen for a ceremony still to come: "chọn 40 tập thể … để tuyên dương"
    r"|để\s+(?:tuyên\s+dương|biểu\s+dương|khen\s+thưởng|tôn\s+vinh|vinh\s+danh)))", re.I)
# The grant named late, after a long description of the recipients or a list of issuers: "17 tập thể và 12 cá nhân
# có thành tích xuất sắc trong phong trào … giai đoạn 2010 - 2013 đã vinh dự được nhận Giấy khen", "489 lượt tập thể
# và 1.912 lượt cá nhân được Nhà nước, Chính phủ, Bộ Quốc phòng, … tặng thưởng huân chương". An award's name must
# follow the verb, and no figure but the coordination's own and years stands before "được".
# The recipients and, where an excerpt was cut, the issuer of their award and no more ("… được Chủ tịch UBND tỉnh").
_CUT_AT_THE_ISSUER = re.compile(r"[^.;:!?\n]{0,200}?\bđược\s+(?:Chủ\s+tịch|Giám\s+đốc|Bộ\s+trưởng|Thủ\s+tướng|Ban\s+Thường\s+vụ"
                                r"|UBND|Ủy\s+ban|Uỷ\s+ban|Tỉnh\s+ủy|Huyện\s+ủy|Thành\s+ủy|Trung\s+ương)\b[^.;:!?\n]{0,40}")
_LATE_GRANT = re.compile(
    r"(?:\s*(?:,|và)\s*(?:hơn\s+|gần\s+|trên\s+)?\d[\d.]*\s+(?:lượt\s+)?[^\W\d]+(?:\s+[^\W\d]+)?)*"
    # (or to be given them: "20 tập thể và 60 cá nhân điển hình trong phong trào … giai đoạn 2020-2025 sẽ nhận bằng khen")
    r"(?:[^\d.;:!?]|\.(?=\S)|\b(?:19|20)\d\d\b){0,200}?\b(?:được|sẽ)\s+(?:[^\d.;:!?]|\.(?=\S)|\d+\b){0,140}?"
    r"(?:nhận|(?:truy\s+)?tặng(?:\s+thưởng)?|trao(?:\s+tặng)?)\s+(?:các\s+|những\s+)?"
    r"(?:bằng\s+khen|giấy\s+khen|huân\s+chương|huy\s+chương|kỷ\s+niệm\s+chương|cờ\s+thi\s+đua|danh\s+hiệu)", re.I)
# The figures are the sentence's subject and its verb comes after a long description: "Tại buổi lễ, 10 tập thể Hội
# và 40 hội viên thanh niên điển hình trong học tập, … (three hundred characters) … đã được vinh danh, khen thưởng".
# "Trong đó 2 đơn vị là thị trấn A, xã B có 100% khối bản đạt danh hiệu": the title is reached by a share of their villages.
_SHARE_REACHES = re.compile(r"\d\s*%\s*[^\W\d]+(?:\s+[^\W\d]+){0,3}\s+đạt\b")
_SHARE_OF_FIGURE = re.compile(r"(?:chiếm|bằng|tương\s+đương)\s*(?:tỷ\s+lệ\s*)?[\d.,\s]*$", re.I)
_REACH_WORD = re.compile(r"\b(?:được|đạt|nhận|tặng|khen)\b", re.I)
# (the share a later item reaches is its own: "có 3 xã văn hóa nông thôn mới, 1 xã văn hóa, trên 94% hộ gia đình đạt …")
_NEXT_ITEM = re.compile(r"[,;]\s*(?:(?:hơn|gần|trên|khoảng)\s+)?\d[\d.]*(?:/\d[\d.]*)?\s+[^\W\d]")
_SUBJECT_GRANT = re.compile(
    r"(?:(?:\s+[^\W\d]+){0,2}\s*(?:,|và)\s*(?:hơn\s+|gần\s+|trên\s+)?\d[\d.]*\s+[^\W\d]+(?:\s+[^\W\d]+)?){0,4}"
    r"(?:[^\d.;:!?]|(?<!\d)(?:19|20)\d\d(?!\d)){0,500}?"  # ("…, giai đoạn 2021- 2023 đã được …": years may stand between)
    # (and the issuer may stand before the verb: "đã được UBND tỉnh khen thưởng")
    # ("… được Hội đồng thi đua khen thưởng huyện biểu dương khen thưởng": "đã" may be left out, the issuer be long)
    # ("… được các cấp Công đoàn khen thưởng": every level of a body)
    r"\b(?:đã\s+)?(?:vinh\s+dự\s+)?được\s+(?:các\s+cấp\s+)?(?:(?:UBND|Ủy\s+ban|Chủ\s+tịch|Ban|Hội|Đảng\s+ủy|Huyện\s+ủy|Tỉnh\s+ủy"
    r"|Công\s+đoàn|Liên\s+đoàn|LĐLĐ|Sở|Bộ)(?:\s+[^\W\d]+){0,5}?\s+)?"
    r"(?:vinh\s+danh|tuyên\s+dương|biểu\s+dương|khen\s+thưởng|tôn\s+vinh"
    # (or given the award itself: "23 tập thể đạt thành tích xuất sắc tại Đại hội … (2017 - 2018) được tặng Cờ của Ban Chỉ đạo")
    r"|(?:truy\s+|phong\s+)?tặng(?:\s+thưởng)?\s+(?:bằng\s+khen|giấy\s+khen|cờ|huân\s+chương|kỷ\s+niệm\s+chương|danh\s+hiệu"
    r"|huy\s+hiệu)\b)", re.I)
# (or the clause after the sentence's long opening: "Ghi nhận sự nỗ lực … của các cấp Công đoàn, đã có 52 tập thể, 43 cá
# nhân có thành tích … được các cấp Công đoàn khen thưởng")
_CLAUSE_OPENS_WITH_THEM = re.compile(r",\s*(?:thì\s+)?(?:đã\s+|đều\s+|cũng\s+)?có\s*$", re.I)
_EARLIER_ITEMS = re.compile(r"(?:(?:hơn\s+|gần\s+|trên\s+)?\d[\d.]*\s+[^\W\d]+(?:\s+[^\W\d]+){0,2}\s*(?:,|và)\s*)+$")
# "phấn đấu trong 5 năm, xã có 4.020 hộ đạt danh hiệu": a target ("hộ đăng ký phấn đấu …, trong đó 1.100 hộ đạt" is not)
# ("công tác thi đua phấn đấu gia đình văn hóa, …, có 6 hộ đạt …": the drive's name, no target)
# Only the coordination's other figures, then "và": a proposal that opens a clause of its own.
# ("…, đồng thời đề nghị cấp trên công nhận 8 đơn vị …": the same, joined by "đồng thời")
# (the recipients' merit may come between: "… cho 16 tập thể, 22 cá nhân có thành tích xuất sắc trong công tác Mặt trận
# năm 2018 và đề nghị Ủy ban MTTQ tỉnh tặng Bằng khen cho 4 tập thể")
_PROPOSAL_OF_OTHERS = re.compile(r"(?:\s*(?:,|\svà)\s*(?:(?:hơn|gần|trên)\s+)?\d[\d.]*\s+[^\W\d]+(?:\s+[^\W\d]+)?)*"
                                 r"(?:\s+(?:có|vì|đã\s+có)\b(?:[^.;\d]|(?<!\d)(?:19|20)\d\d(?!\d)){0,120}?)?\s*(?:,\s*)?"
                                 r"(?:và(?:\s+đồng\s+thời)?|đồng\s+thời)\s+", re.I)
# What the units counted did themselves, before another figure's grant: "1.141 khu dân cư tổ chức Ngày hội …, 49.084 hộ
# gia đình được công nhận …".
_OWN_DEED_AFTER = re.compile(r"\s+(?:đã\s+|đều\s+)?(?:tổ\s+chức|ra\s+quân|tham\s+gia|triển\s+khai)\b", re.I)
# The units counted hold the figure that the grant is for: "… có 75 đảng viên được trao tặng".
# (the units' names right after their noun, then "có": not a breakdown, "…, trong đó có 5 đảng viên nhận …", nor another
# subject, "…, tỉnh Điện Biên có 6 bác sĩ …")
# ("cụm liên cơ 6 tổ dân phố có 1.178 hộ đạt danh hiệu …": and the units counted, their names unwritten)
_HOLDS_COUNTED = re.compile(r"(?:\s*(?:,|\s(?:và|xã|phường))?\s+(?-i:[A-ZĐ])[^\W\d]*)*+\s+có\s+(?:hơn\s+|gần\s+|trên\s+)?\d[\d.]*\s+"
                            r"(?!năm\b)[^\W\d]", re.I)
# The award named right after its recipients, with no verb: a caption's "5 tập thể Bằng khen của UBND tỉnh".
_AWARD_RIGHT_AFTER = re.compile(r"[^\S\n]+(?:bằng\s+khen|giấy\s+khen|huân\s+chương|huy\s+chương|kỷ\s+niệm\s+chương"
                                r"|cờ\s+thi\s+đua)\b", re.I)
# ("Ban tổ chức sẽ chọn 3 gia đình văn hóa tiêu biểu … đại diện tỉnh tham dự": a choice still to come)
_CHOOSE_TO_BEFORE = re.compile(r"\b(?:để|sẽ)\s+(?:bình\s+|xét\s+|lựa\s+)?chọn\s+(?:ra\s+)?$", re.I)
# (not the effort praised: "Ghi nhận sự nỗ lực, phấn đấu của …", "sự phấn đấu", "báo cáo kết quả phấn đấu", "quá trình
# phấn đấu", "tinh thần phấn đấu"; nor what the effort came to: "đã phấn đấu thực hiện tốt 5 tiêu chuẩn …, đến nay có 786
# hộ gia đình được công nhận")
# A target's figures listed with semicolons, each item opening with its figure: "phấn đấu có 90% hộ gia đình đạt danh hiệu
# …; 84,7% làng đạt danh hiệu văn hóa; 02 xã đạt danh hiệu …": every item is the target's.
_TARGET_LIST_BEFORE = re.compile(r"\bphấn\s+đấu\s+(?:(?:có|đạt|để)\s+)?(?:(?:trên|từ|ít\s+nhất)\s+)?\d[^.;]*"
                                 r"(?:;\s*\d[^.;]*)*;\s*$", re.I)
_TARGET_BEFORE = re.compile(r"(?<!đăng\ský\s)(?<!thi\sđua\s)(?<!sự\s)(?<!kết\squả\s)(?<!quá\strình\s)(?<!tinh\sthần\s)(?<!sự\snỗ\slực\s)(?<!sự\snỗ\slực,\s)\bphấn\s+đấu\b(?![^.;]*\b(?:trong\s+đó|đến\s+nay|hiện\s+nay)\b)", re.I)
_PERCENT = re.compile(r"[,;]\s+\d+(?:[.,]\d+)?\s*%")  # a further item that opens with a share (not "chiếm 67,1%")
_OPENS_BREAKDOWN = re.compile(r"\s*(?:trong\s+đó|trong\s+số\s+đó|cụ\s+thể)\b", re.I)
# "… ký Quyết định … tặng Bằng khen cho các tập thể có thành tích xuất sắc … Theo đó, có 39 tập thể …": a decision
# that names its recipients without a figure, then counts them in the next sentence.
_FOLLOWS_DECISION = re.compile(r"\s*theo\s+(?:đó|quyết\s+định\s+(?:này|trên))\b", re.I)
_UNCOUNTED_RECIPIENTS = re.compile(rf"\bcho\s+(?:các|những)\s+(?:{_NOUNS})(?!\w)", re.I)
# The names of emulation bodies and work ("Ban Thi đua - Khen thưởng", "cán bộ phụ trách công tác thi đua khen thưởng")
# are no award; not before a figure ("tổng kết phong trào thi đua, khen thưởng 50 tập thể" grants).
_AGENCY = re.compile(r"thi\s+đua\s*(?:[-–,]|và)?\s*khen\s+thưởng(?!\s+(?:cho\s+)?\d(?!\d{3}\b))", re.I)
# A list item after ";" shares the sentence's verb when it is a further award or part ("… cho 288 cá nhân").
# An item that opens with its figure ("; 1 cá nhân thuộc …", "; 79 tập thể và 86 cá nhân …", "; 59 thôn, khối phố VH và
# 54 tập thể …") continues the list too.
_LIST_ITEM = re.compile(r"^\s*(?:\d[\d.]*(?:/\d[\d.]*)?\s+[^\W\d]+(?:,?\s+[^\W\d]+){0,15}\s*(?:,|và)\s*)*$|\bcho\b|danh\s+hiệu|bằng\s+khen|giấy\s+khen|kỷ\s+niệm\s+chương|huân\s+chương|cờ\s+thi\s+đua"
                        r"|huy\s+hiệu"  # "; Huy hiệu 50 năm tuổi Đảng có 3 đồng chí"
                        r"|^\s*trong\s+đó|^\s*(?:gồm|bao\s+gồm)|\bcấp\s+(?:trung\s+ương|tỉnh|huyện|xã|cơ\s+sở)\b"
                        # "; Ban chỉ đạo cơ sở đạt thành tích xuất sắc gồm 06 tập thể và 05 cá nhân": the item's figures
                        r"|\b(?:gồm|bao\s+gồm)(?:\s+có)?\s*:?\s*(?:\d[\d.]*\s+[^\W\d]+(?:\s+[^\W\d]+)?\s*(?:,|và)\s*)*$", re.I)
# The count a rise came to, after the count it rose from: "số hộ đạt Gia đình văn hóa tăng từ 227.478 hộ năm 2011 lên
# 261.990 hộ năm 2015" (granted as the first is).
_ROSE_TO_BEFORE = re.compile(r"\btăng\s+từ\s+(?P<n>\d[\d.]*)\s+(?P<noun>[^\W\d]+(?:\s+[^\W\d]+)?)\s*(?:\([^()]{0,20}\)\s*)?"
                             r"(?:năm\s+\d{4}\s+)?lên\s+(?:đến\s+|tới\s+)?$", re.I)


# An award-first verb's own recipients after it ("công nhận danh hiệu … cho 4 cá nhân"; a passive one has none: "89 đại
# biểu được tuyên dương …, đại diện cho 1.200 …").
_GIVEN_TO_LATER = re.compile(r"[^.;:\d]{0,80}?\b(?:cho|đối\s+với)\s+(?:(?:hơn|gần|trên|khoảng)\s+)?\d", re.I)


def granted(text: str, start: int, end: int, sent: tuple[int, int], clause: tuple[int, int]) -> bool:
    """Whether the award a count stands with was granted (or a title reached), not proposed or registered."""
    if rose := _ROSE_TO_BEFORE.search(text, max(clause[0], start - 80), start):
        return granted(text, rose.start("n"), rose.end("noun"), sent, clause)
    if is_planned(text, start, sent[0]):
        return False  # "Bộ … sẽ tôn vinh khoảng 50 cá nhân": a number still to be chosen
    if in_a_proposed_list(text, start):
        return False
    share = _SHARE_REACHES.search(text, end, clause[1])
    if share and not _REACH_WORD.search(text, end, share.start()) and not _NEXT_ITEM.search(text, end, share.start()) \
            and not _SHARE_OF_FIGURE.search(text, max(end, share.start() - 15), share.start() + 1):
        return False  # ("12.454 hộ, chiếm 67,1% số hộ đăng ký đạt danh hiệu": the share is the figure's own)
    if recognised_not_honoured(text, start, end, sent, clause):
        return False
    if _CHOOSE_TO_BEFORE.search(text, max(clause[0], start - 30), start):
        return False  # "xét để chọn 01 tập thể lao động xuất sắc": a quota still to be filled
    if HOLDERS_COUNTED_BEFORE.search(text, max(clause[0], start - 90), start) \
            or TITLE_YEARS_BEFORE.search(text, max(clause[0], start - 60), start):
        return True  # "số hộ đạt gia đình văn hóa 3 năm liền 18 hộ": the title's holders, counted after their noun
    if TITLE_AFTER.match(text, end) and not PROPOSED.search(text, end, clause[1]) \
            and not MORE_BEFORE.search(text, max(clause[0], start - 12), start) \
            and not _TARGET_BEFORE.search(text, clause[0], start) \
            and not PROPOSED_RIGHT_BEFORE.search(text, max(clause[0], start - 50), start):
        return True  # "422 hộ gia đình văn hóa": households that hold the title ("… đề nghị khen thưởng", "đề nghị
        # công nhận 27 cơ quan văn hoá": proposed)
    # (the title written once after two kinds: "88 tập thể và 56 cá nhân Anh hùng Lực lượng vũ trang nhân dân")
    if here_or_after_next_figure(WORK_TITLE_AFTER, text, end, clause[1]) and not PROPOSED.search(text, clause[0], start) \
            and not CARED_FOR_BEFORE.search(text, clause[0], start) and not _TARGET_BEFORE.search(text, clause[0], start) \
            and not (not text[clause[0]:start].strip(" ;,") and left_proposed(text[sent[0]:start])):
        return True  # ("đề nghị cấp trên công nhận 26 tập thể lao động xuất sắc": proposed, "phấn đấu có 30 cá nhân đạt
        # chiến sĩ thi đua cơ sở": a target; so is a bare later item of
        # the proposal's list: "đề nghị công nhận danh hiệu LĐTT cho 245 cá nhân; 35 CSTĐCS; 36 tập thể LĐTT")
    if FACILITY_AFTER.match(text, end, clause[1]) or INSPECTED_AFTER.match(text, end, clause[1]):
        return False
    if _OPENS_BREAKDOWN.match(text, sent[0]):
        before = sentence_before(text, sent[0])
        own = GRANT_AFTER.match(text, end, clause[1])
        if left_proposed(before) and not (own and not own.group("no") and last_registered(before)):
            return False  # "… thống nhất đề nghị … 22 tập thể, cá nhân. Trong đó, có 1 tập thể nhận …": proposed parts
            # (of those registered, the part that reached the title holds it: "… 21.300 lượt nông dân đăng ký tham
            # gia. Trong đó, có 16.064 lượt nông dân đạt danh hiệu …")
        if (AWARD.search(before) or TITLE_HELD.search(before)) and not own and not PROPOSED.search(text, sent[0], start):
            return True  # "… có 12.454 hộ đạt danh hiệu … Trong đó, cấp Trung ương có 12 hộ, cấp tỉnh 404 hộ": its parts
    if _FOLLOWS_DECISION.match(text, sent[0]) and not PROPOSED.search(text, sent[0], start):
        before = sentence_before(text, sent[0])
        recipients = _UNCOUNTED_RECIPIENTS.search(before)
        if recipients and AWARD.search(before, 0, recipients.start()) and not left_proposed(before[:recipients.start()]):
            return True
    if HELPED_AFTER.match(text, end, clause[1]) or _TARGET_BEFORE.search(text, clause[0], start) \
            or DESERVING_AFTER.match(text, end, clause[1]) or _TARGET_LIST_BEFORE.search(text, sent[0], start):
        return False
    if _AWARD_RIGHT_AFTER.match(text, end, clause[1]) and not PROPOSED.search(text, clause[0], start):
        return True  # "Hai cá nhân Bằng khen của Thủ tướng Chính phủ": a caption's recipients, the verb left out
    # ("hơn 2.500 tập thể và hơn 3.500 cá nhân … được tuyên dương": the grant after the coordinated figure)
    m = here_or_after_next_figure(GRANT_AFTER, text, end, clause[1], endpos=clause[1])
    if m and m.group("no") and _PROPOSAL_OF_OTHERS.fullmatch(text, end, m.start("no")) \
            and any(c.isdigit() for c in text[m.end("no"):clause[1]]) and AWARD.search(text, clause[0], start):
        m = None  # "… đã khen thưởng 6 tập thể, 20 cá nhân và đề nghị Công đoàn tỉnh khen thưởng 6 cá nhân": the proposal
        # is the later figure's, these were granted by the verb before them
    if m and m.group("yes") and PROPOSED_RIGHT_BEFORE.search(text, max(clause[0], start - 50), start):
        return False  # "đề nghị công nhận lại 121 cơ quan, đơn vị … đạt chuẩn văn hóa": the title is proposed
    if m and m.group("yes") and _HOLDS_COUNTED.match(text, end, m.start("yes")):
        return False  # "3 đảng bộ Tân Dân, Dữu Lâu và Nông Trang có 75 đảng viên được trao tặng …": the units hold those honoured
    if m and m.group("yes") and _OWN_DEED_AFTER.match(text, end) and any(c.isdigit() for c in text[end:m.start("yes")]):
        return False  # "1.141 khu dân cư tổ chức Ngày hội …, 49.084 hộ gia đình được công nhận …": the grant is the later figure's
    if m and m.group("yes") and not m.group("yes").lower().startswith("được") and _GIVEN_TO_LATER.match(text, m.end()):
        m = None  # "… Bằng khen cho 9 tập thể, 21 cá nhân và công nhận danh hiệu … cho 4 cá nhân": the later figure's verb
    if m and m.group("yes") and part_owns_the_verb(text, end, m.start("yes")):
        m = None  # "có 28.150 hộ gia đình, trong đó 23.640 hộ đạt danh hiệu …": the part's verb; the clause before decides
    if m and m.group("yes") and part_of_proposed(text[clause[0]:start]):
        return False  # "đề nghị UBND huyện công nhận 9 thôn …, trong đó có 2 thôn đạt danh hiệu … 5 năm liên tục"
    if m:
        # ("4.476/6.000 đoàn viên mới, 90% cơ sở Đoàn … đạt danh hiệu": the title is the other figure's)
        return bool(m.group("yes")) and not _PERCENT.search(text, end, m.start("yes"))
    late = _LATE_GRANT.match(text, end, clause[1])
    if late and not PROPOSED.search(late.group()):
        return True
    if _CUT_AT_THE_ISSUER.fullmatch(text, end, len(text)):
        return True  # an excerpt cut after its issuer: "26 tập thể và 25 cá nhân có thành tích … được Giám đốc Công"
    opening = _EARLIER_ITEMS.sub("", text[sent[0]:start])
    if (len(opening.split()) <= 6 or _CLAUSE_OPENS_WITH_THEM.search(opening)) and (held := _SUBJECT_GRANT.match(text, end, sent[1])) \
            and not PROPOSED.search(held.group()):
        return True  # the figures open the sentence and its verb, however far, grants them
    semi = text.find(";", end, sent[1])  # (the item ends at its ";", past the commas of a long description)
    # (and past the further ratios of an item of shares, "1.204/1.318 thôn, 47/52 tổ dân phố; …"; not past figures)
    bare = bare_item if "/" in text[start:end] else bare_tail
    item_end = next((e for e in (semi, clause[1]) if e >= 0 and bare(text, end, e)), None)
    if item_end is not None:
        if base_of_next_item(text, start, end, item_end):
            return False
        # (not where the item's own clause grants it first: "tặng Giấy khen cho 18 tập thể và 27 cá nhân có thành tích
        # xuất sắc; 3 tập thể được đề nghị …" keeps its grant, the proposal is the next item's)
        shared = None if AWARD.search(text, clause[0], start) else _shared_predicate(text, item_end, sent[1])
        if shared is not None:
            return shared
    c0 = clause[0]
    # Items of an award list after ";" share the verb that opened the list.
    if c0 > sent[0] and _LIST_ITEM.search(text[c0:start]):
        c0 = sent[0]
    before = _AGENCY.sub(lambda a: " " * len(a.group()), text[c0:start + 12])[:start - c0]  # (the figure seen too)
    published = _LIST_PUBLISHED.search(text, c0, clause[1])
    if published and published.end() <= start and not PROPOSED.search(text, published.end(), clause[1]):
        return True
    if (labelled := labelled_holders(text, start)) is not None:
        return labelled and not left_proposed(text[sent[0]:start])  # "Danh hiệu “Lao động tiên tiến”: 186 cá nhân"
    if not AWARD.search(before):  # (an item of a bulleted list takes the grant of the line that opens it)
        return bool(opening := list_opening(text, start)) and bool(AWARD.search(text, *opening)) \
            and not left_proposed(text[opening[0]:opening[1]])
    return not left_proposed(before)


def _shared_predicate(text: str, pos: int, sent_end: int) -> bool | None:
    """Granted or not, as the later items of a ';' list decide; None where no item decides."""
    while pos < sent_end and text[pos] == ";":
        right = text.find(";", pos + 1, sent_end)
        right = right if right >= 0 else sent_end
        figure = ITEM_FIGURE.match(text, pos + 1, right)
        if not figure:
            return None
        # (or after the figure coordinated with the item's, past its description: "; 25 chủ tịch CĐ, nghiệp đoàn tiêu
        # biểu, xuất sắc và 44 đoàn viên … đã được LĐLĐ tỉnh tuyên dương")
        m = here_or_after_next_figure(GRANT_AFTER, text, figure.end() - 1, right, endpos=right)
        if m:
            return bool(m.group("yes"))
        if not bare_item(text, figure.end() - 1, right):
            return None
        pos = right
    return None
