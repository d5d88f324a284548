"""Signs of national or regional scope: scope phrases ("toàn quốc", "khu vực Tây Nguyên"), central bodies as the
event's actor, weighted by where they stand (headline, lead, body). `scope` weighs them against local units."""

from __future__ import annotations

import re

from pipeline.document import Document
from pipeline.text import UPPER, scanned_by_first_letters

# Words that give the event a national or regional scope.
_SCOPE = scanned_by_first_letters(
    "tTcCkKgGqQđĐvV0-9",  # (every alternative below begins with one of these)
    # ("toàn Đảng, toàn dân, toàn quân" and "chương trình mục tiêu quốc gia" are rhetoric, not scope)
    r"\btoàn\s+quốc\b|\bcả(?<!với\scả)(?<!trong\scả)(?<!như\scả)\s+nước\b|\btrong\s+toàn\s+quân\b"
    # army-wide ("Hội nghị điển hình tiên tiến toàn quân"), not the rhetoric's triple
    r"|(?<!dân,\s)(?<!dân\s)(?<!trong\s)\btoàn\s+quân\b(?!\s*(?:,|và)\s*toàn\b)|\bkhu\s+vực\s+phía\s+(?:nam|bắc)\b"
    # several provinces as the subject: "Nhiều tỉnh lắp thiết bị giám sát hành trình chỉ để đối phó" (not "như nhiều tỉnh
    # khác", a comparison; matched from "tỉnh", so that the scan's first letters stay few)
    r"|(?<=\bnhiều\s)(?<!như\snhiều\s)tỉnh(?:[,/]\s*thành(?:\s+phố)?)?\b(?!\s+(?:khác|bạn))"
    # a regional round of a national festival or games: "Liên hoan nghệ thuật quần chúng CAND khu vực 1 năm 2013" (the
    # festival's word looked for before it: _ROUND_OF_BEFORE; not "giải phóng mặt bằng … khu vực I Kinh thành Huế")
    r"|(?P<round>\bkhu\s+vực\s+(?:\d|I{1,3}|IV|V)(?!\w))"
    r"|\bcác\s+tỉnh(?:[,/]\s*thành(?:\s+phố)?)?\s+(?:phía|miền|khu\s+vực|vùng|thành\s+phía|Đông\s+Nam\s+[Bb]ộ|Tây\s+Nam\s+[Bb]ộ|Tây\s+Nguyên"
    r"|Bắc\s+Trung\s+[Bb]ộ|Nam\s+Trung\s+[Bb]ộ|duyên\s+hải|Đồng\s+bằng|ĐBSCL|ĐBSH|trung\s+du|biên\s+giới)\b"
    # a whole sector, no locality after it: "Đại hội thi đua yêu nước toàn ngành tòa án lần thứ II" (not "toàn ngành
    # Y tế tỉnh Quảng Ninh", "toàn ngành giáo dục huyện", a province's or a district's sector; a venue may follow)
    r"|\btoàn\s+ngành\b(?!(?:(?!\btại\b|\bở\b)[^.,;:\n]){0,40}?\b(?:tỉnh|thành\s+phố|TP|huyện|quận|thị\s+xã|địa\s+phương|(?-i:[A-ZĐ])\w*\s+(?-i:[A-ZĐ])))"
    # the whole national force: "Đại hội thi đua … toàn lực lượng CAND" (not "toàn lực lượng Công an tỉnh")
    r"|\btoàn\s+lực\s+lượng\s+(?:CAND|Công\s+an\s+nhân\s+dân|Quân\s+đội\s+nhân\s+dân|Bộ\s+đội\s+Biên\s+phòng|BĐBP)\b"
    r"(?!\s+(?:tỉnh|thành\s+phố|TP))"
    # a cluster's members listed: "Cụm thi đua số 1 Bộ đội Biên phòng (gồm BĐBP các tỉnh, thành phố: Lạng Sơn, …"
    r"|\bgồm\s+(?:[^\W\d]+\s+){0,2}các\s+tỉnh(?:\s*,\s*thành(?:\s+phố)?)?\s*:"
    # honours of the central level conferred at the event: "tuyên dương danh hiệu “Sinh viên 5 tốt”, … cấp T.Ư"
    r"|\b(?:tuyên\s+dương|tôn\s+vinh|trao\s+tặng)\b[^.;\n]{0,80}?\bcấp\s+(?:trung\s+ương|T\.Ư|TƯ|TW)(?!\w)"
    # a national prize: "Giải thưởng Tình nguyện Quốc gia 2024", "Giải thưởng Gương mặt trẻ Việt Nam"
    r"|\bgiải\s+thưởng(?:\s+[\w-]+){0,4}\s+(?:quốc\s+gia|Việt\s+Nam)\b"
    # a national programme or contest by its name: "Chương trình Tự hào Nông dân Việt Nam năm 2025"
    r"|\b(?:chương\s+trình|cuộc\s+thi)\s+[“\"]?(?-i:[A-ZĐ])[^\W\d]*(?:\s+[^\W\d]+){0,5}\s+(?-i:Việt\s+Nam)\b"
    # a military region of several provinces: "lực lượng vũ trang Quân khu 7"; the coast guard's and the navy's
    # regions: "BTL Vùng Cảnh sát biển 1", "Vùng 4 Hải quân"
    r"|(?P<army>\bquân\s+khu\s+\d\b|\bvùng\s+(?:cảnh\s+sát\s+biển\s+\d|hải\s+quân\s+\d|\d\s+(?:cảnh\s+sát\s+biển|hải\s+quân))\b)"
    # the national emulation congress, its tenth in 2020 and eleventh in 2025 (the oldest provincial series
    # reached its eighth in 2025: Hà Tĩnh)
    r"|\bđại\s+hội\s+thi\s+đua\s+yêu\s+nước\s+lần\s+thứ\s+(?:XI|X)\b"
    # a region: "khu vực miền Trung, Tây Nguyên", "vùng Tây Bắc", "khu vực Đông Bắc Bộ", "các tỉnh đồng bằng sông Cửu Long";
    # a cluster named by its region: "Liên hoan … cụm miền Đông Nam bộ"
    r"|\b(?:khu\s+vực|vùng|cụm(?:\s+thi\s+đua)?(?:\s+các\s+tỉnh)?)\s+(?:miền\s+(?=Đông|Tây))?(?:miền\s+Trung|Tây\s+Bắc|Đông\s+Bắc|Tây\s+Nguyên|Tây\s+Nam\s+[Bb]ộ|Đông\s+Nam\s+[Bb]ộ"
    r"|[Đđ]ồng\s+bằng\s+sông\s+(?:Cửu\s+Long|Hồng)|ĐBSCL|ĐBSH|Bắc\s+Trung\s+[Bb]ộ|Nam\s+Trung\s+[Bb]ộ|miền\s+núi\s+phía\s+Bắc"
    r"|Nam\s+[Bb]ộ|Bắc\s+[Bb]ộ|Trung\s+[Bb]ộ"  # ("Hội nghị … vụ Đông Xuân vùng Nam Bộ")
    r"|trung\s+du\s+và\s+miền\s+núi)\b|\b\d{1,2}\s+tỉnh[,/]\s*thành(?:\s+phố)?\b"  # ("Cụm thi đua … 5 tỉnh, thành phố";
    # "tổ chức tại 40 tỉnh/thành phố")
    # the centrally run cities as a group: "Cụm thi đua Mặt trận 5 thành phố trực thuộc trung ương"
    r"|\b\d{1,2}\s+thành\s+phố\s+trực\s+thuộc\s+(?:trung\s+ương|TW|TƯ|T\.Ư)"
    # a cluster of provinces: "Lãnh đạo cụm bảy tỉnh biên giới phía bắc gồm: Cao Bằng, Lạng Sơn, …"
    r"|\bcụm\s+(?:thi\s+đua\s+)?(?:\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+tỉnh\b"
    # a number of provinces and their region: "Cụm thi đua 7 tỉnh trung du và miền núi phía Bắc"
    r"|\b\d{1,2}\s+tỉnh\s+(?:trung\s+du|miền\s+(?:núi|Trung|Tây|Đông)|khu\s+vực|vùng|phía\s+(?:Bắc|Nam)|Tây\s+Nguyên"
    r"|Tây\s+Bắc|Đông\s+Bắc|Đông\s+Nam\s+[Bb]ộ|Tây\s+Nam\s+[Bb]ộ|Bắc\s+Trung\s+[Bb]ộ|duyên\s+hải|đồng\s+bằng|ĐBSCL|ĐBSH)"
    # the provinces counted and listed: "hơn 700 đoàn viên thanh niên của 5 tỉnh Kon Tum, Gia Lai, Đắc Lắc, …"
    # (not the neighbours of a border: "giáp 3 tỉnh Kratie, Mondulkiri và Tbong Khmum")
    # ("Cụm thi đua số 5 … gồm 6 tỉnh: Phú Thọ, Quảng Ninh, …": the list after a colon)
    r"|\b(?<!giáp\s)(?:[3-9]|1\d)\s+tỉnh\s*:?\s+(?-i:[A-ZĐ])[^\W\d]*(?:\s+(?-i:[A-ZĐ])[^\W\d]*){0,2}\s*,\s*(?-i:[A-ZĐ])", re.I)
# A central body as the actor: a board or committee "… Trung ương", a ministry, the government, a national
# mass organisation ("Hội Liên hiệp Phụ nữ Việt Nam"). Found by its keyword first, then checked backwards
# (one pass over the text with a cheap pattern: this runs on every article).
_CENTRAL_KEY = scanned_by_first_letters(
    "tTbBcCqQNKVUHỦ",  # (every alternative below begins with one of these)
    r"(?P<tw>(?i:trung\s+ương)|T\.Ư\.?|TƯ|TW)(?!\w)|(?P<vn>Việt\s+Nam)\b"
    # a central committee written short: "UBTƯ MTTQ Việt Nam", "BCH TW Đoàn"
    r"|\b(?:UBT[ƯW]|BCHT[ƯW]|BCH\s+T[ƯW])(?!\w)"
    r"|(?i:\b(?:ban\s+bí\s+thư|bộ\s+chính\s+trị|chính\s+phủ|thủ\s+tướng|quốc\s+hội|chủ\s+tịch\s+nước|tổng\s+bí\s+thư"
    r"|ban\s+chỉ\s+đạo\s+(?:tây\s+bắc|tây\s+nguyên|tây\s+nam\s+bộ))\b)"
    r"|\bBộ\s+(?!Chỉ\s+huy|chỉ\s+huy|CHQS|ĐBP|đội|Tư\s+lệnh)[A-ZĐ]\w*"  # ("Bộ Y tế": an initial alone; "Bộ CHQS tỉnh")
    r"|\bBộ\s+trưởng\s+(?=Quốc\s+phòng|Công\s+an|Y\s+tế|Ngoại\s+giao|Nội\s+vụ|Tư\s+pháp|Tài\s+chính)[A-ZĐ]\w*"  # (the minister
    # named by the ministry's field alone: "Bộ trưởng Quốc phòng đã quyết liệt chỉ đạo …")
    r"|\bTổng\s+cục\s+(?:[A-ZĐ]\w*|chính\s+trị)"  # a ministry's general department: "Tổng cục Chính trị", "Tổng cục Thuế"
    # a department of a ministry or of a central commission ("do Vụ Văn hóa-Văn nghệ, … tổ chức"): provinces have
    # "Sở" and "Phòng", never "Vụ" (not the district Vụ Bản, nor a crop season, "Vụ Đông Xuân")
    r"|\bVụ\s+(?!Bản\b|Đông\b|Xuân\b|Hè\b|Thu\b|Mùa\b|Chiêm\b)[A-ZĐ]\w*"
    # the emulation blocs of the ministries ("Khối Thi đua các Bộ, ngành Khoa học - Văn hóa - Xã hội đã tổ chức …")
    r"|\bKhối\s+(?:[Tt]hi\s+đua\s+)?(?:các\s+)?[Bb]ộ,\s*ngành\b"
    r"|\b[ỦU][ỷy]\s+ban\s+Dân\s+tộc\b"  # the government's committee for ethnic affairs (a province has a "Ban Dân tộc")
    r"|\bQuân\s+khu\s+\d\b"  # a military region of several provinces, as the actor
    r"|\bQuân\s+đoàn\s+\d{1,2}\b"  # an army corps of the main force ("Sư đoàn 7 (Quân đoàn 4)"), no province's
    r"|\bVùng\s+(?:Cảnh\s+sát\s+biển\s+\d|Hải\s+quân\s+\d|\d\s+(?:Cảnh\s+sát\s+biển|Hải\s+quân))\b"  # (a sea region's command)
    # the national commands ("Bộ Tư lệnh Bộ đội Biên phòng"; a military region's command is regional, above)
    r"|\bBộ\s+[Tt]ư\s+lệnh\s+(?:Bộ\s+đội\s+[Bb]iên\s+phòng|Cảnh\s+sát\s+biển|Hải\s+quân|Phòng\s+không)"  # ("Bộ tư lệnh …")
    # central agencies by their own names ("Ngân hàng Nhà nước chi nhánh tỉnh" is a province's branch)
    # (and the State Treasury, "Kho bạc Nhà nước", not its provincial office: "Kho bạc Nhà nước Thái Nguyên")
    r"|\bKho\s+bạc\s+[Nn]hà\s+nước(?!\s+(?-i:[A-ZĐ]))"
    # the national Party academy ("Học viện Chính trị quốc gia Hồ Chí Minh"; not a regional one, "Học viện Chính trị khu vực";
    # nor its director's title: "do …, Giám đốc Học viện Chính trị quốc gia … làm Trưởng đoàn đã đến thăm … tỉnh Lai Châu")
    r"|(?<!đốc\s)\bHọc\s+viện\s+Chính\s+trị\s+[Qq]uốc\s+gia\b"
    r"|\b(?:Ngân\s+hàng\s+[Nn]hà\s+nước|Kiểm\s+toán\s+[Nn]hà\s+nước|Bảo\s+hiểm\s+[Xx]ã\s+hội\s+Việt\s+Nam"
    r"|(?:Tòa\s+án|Viện\s+[Kk]iểm\s+sát)\s+nhân\s+dân\s+tối\s+cao"
    # the social-policy bank as a whole ("NHCSXH tỉnh", "Phòng giao dịch NHCSXH huyện" are its local offices)
    r"|(?<!nhánh\s)(?<!dịch\s)(?:Ngân\s+hàng\s+Chính\s+sách\s+xã\s+hội(?:\s+\(NHCSXH\))?|NHCSXH))"
    r"(?!\s+(?:[Cc]hi\s+nhánh|khu\s+vực|tỉnh|thành\s+phố|TP|huyện|quận|thị\s+xã|các\s+cấp|cấp|Việt\s+Nam\s+(?:tỉnh|chi)))")
# (and an emulation bloc of central bodies: "Khối thi đua các cơ quan Đảng Trung ương tổ chức …")
_BODY_BEFORE_TW = re.compile(r"(?i:\b(?:ban|ủy\s+ban|uỷ\s+ban|hội\s+đồng|hội|đoàn|khối)\s+(?:[\w,]+\s+){0,6})$")
_BODY_AFTER_TW = re.compile(r"\s+(?i:hội|đoàn|đảng)\b")
# ("ủy ban MTTQ Việt Nam các cấp phối hợp …": the committees of every level of one province, not the central one)
# ("Ủy ban MTTQ Việt Nam Phường Trung Mỹ Tây": the kind capitalised, as portals write their own unit)
_LOCAL_AFTER_VN = re.compile(r"\s+(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|đặc\s+khu|cấp\s+(?:tỉnh|huyện|xã)|các\s+cấp)\b"
                             rf"|\s+(?:Tỉnh|Thành\s+phố|Huyện|Quận|Thị\s+xã|Xã|Phường|Đặc\s+khu)\s+(?=[{UPPER}])")
# ("Tổng LĐLĐ Việt Nam", "Hội LHPN Việt Nam", "TLĐLĐ Việt Nam": the national bodies written short;
# "Liên minh Hợp tác xã Việt Nam": the cooperatives' alliance; "Liên hiệp các tổ chức hữu nghị Việt Nam", "Quỹ Hòa bình
# và Phát triển Việt Nam": the friendship union and the national funds)
# ("Công đoàn Khoa học và Công nghệ Việt Nam": a sector's national union; not a company's, "Công đoàn Công ty … Việt Nam")
_BODY_BEFORE_VN = re.compile(r"\b(?:(?:Hội|Tổng\s+Liên\s+đoàn|Liên\s+đoàn|Liên\s+minh|Liên\s+hiệp|Quỹ|Ủy\s+ban|Uỷ\s+ban"
                             r"|Công\s+đoàn(?!\s+(?:Công\s+ty|Tổng\s+công\s+ty|Tập\s+đoàn|Nhà\s+máy|Chi\s+nhánh|cơ\s+sở)\b))"
                             r"\s+(?:[^\W\d]+\s+){1,5}"
                             r"|(?:Tổng\s+LĐLĐ|TLĐLĐ|TLĐ|Hội\s+LHPN|Hội\s+CCB|Hội\s+ND|UB\s*MTTQ|UBTƯ\s+MTTQ|MTTQ)\s+"
                             # the national news agency and broadcasters: "Thông tấn xã Việt Nam", "Đài Tiếng nói Việt Nam"
                             r"|(?:Thông\s+tấn\s+xã|Đài\s+Tiếng\s+nói|Đài\s+Truyền\s+hình)\s+"
                             # the Front's own congress ("Đại hội Thi đua yêu nước Mặt trận Tổ quốc (MTTQ) Việt Nam"),
                             # not the Front named at large ("truyền thống … của Mặt trận Tổ quốc Việt Nam")
                             r"|Đại\s+hội\s+(?:[^\W\d]+\s+){0,4}Mặt\s+trận\s+Tổ\s+quốc\s+(?:\(\s*MTTQ\s*\)\s+)?)$")


def _central_bodies(text: str):
    """(start, end) of each central body named in the text."""
    for m in _CENTRAL_KEY.finditer(text):
        if m.group("tw"):
            before = _BODY_BEFORE_TW.search(text[max(0, m.start() - 80):m.start()])
            if not before and not _BODY_AFTER_TW.match(text, m.end()):
                continue
        elif m.group("vn") and (not _BODY_BEFORE_VN.search(text[max(0, m.start() - 60):m.start()])
                                or _LOCAL_AFTER_VN.match(text, m.end())):
            continue  # (not "Ủy ban MTTQ Việt Nam tỉnh Sơn La": a province's committee)
        yield m.start(), m.end()


# The central body is the actor of the event ("Ban … Trung ương tổ chức …"): a stronger sign.
_ACTOR_AFTER = re.compile(r"[^.;]{0,160}?\b(?:tổ\s+chức|phối\s+hợp|chủ\s+trì|(?<!dự\s)(?<!dự\svà\s)chỉ\s+đạo|trao|tặng|tôn\s+vinh|vinh\s+danh|biểu\s+dương|tổng\s+kết|sơ\s+kết"
                          r"|(?<!đua\s)(?<!đua\s-\s)(?<!đua\s–\s)khen\s+thưởng|phát\s+động|tuyên\s+dương|khai\s+mạc|nhấn\s+mạnh|yêu\s+cầu|gặp\s+mặt|dự\s+và\s+(?:chỉ\s+đạo|phát\s+biểu)"
                          # a national rule it issues: "Thủ tướng Chính phủ vừa ban hành Quyết định 319 …"
                          r"|ban\s+hành|phê\s+duyệt|ký\s+quyết\s+định"
                          # an agreement it signs: "Thông tấn xã Việt Nam và Tân Hoa xã ký Thỏa thuận hợp tác mới"
                          r"|ký\s+(?:kết|thỏa\s+thuận|thoả\s+thuận|biên\s+bản|bản\s+ghi\s+nhớ)"
                          # what it hands to localities: "Bộ Y tế sẽ bàn giao 7 bác sỹ trẻ về các huyện nghèo"
                          r"|bàn\s+giao"
                          # the national honours it announces: "Ban Bí thư T.Ư Đoàn vừa công bố danh sách 10 …"
                          r"|công\s+bố"
                          # its own anniversary and the order it receives: "Tổng LĐLĐ Việt Nam đón nhận Huân chương …"
                          r"|đón\s+nhận|kỷ\s+niệm)", re.I)
# On behalf of a central office: "thừa ủy quyền của Chủ tịch nước, Bí thư Tỉnh ủy Nghệ An đã trao tặng …".
_DELEGATED = re.compile(r"\bthừa\s+(?:ủy|uỷ)\s+quyền\s+(?:của\s+)?(Chủ\s+tịch\s+nước|Thủ\s+tướng(?:\s+Chính\s+phủ)?)", re.I)
_LAUNCHED = re.compile(r"[^.;]*?\bphát\s+động$", re.I)
# ("thực hiện các công điện, chỉ đạo của Bộ Quốc phòng, Bộ tư lệnh Quân khu 4, Thành ủy …": whose orders a city's
# command carried out)
# (and a rule it issued, cited: "Nghị định 91/2017/NĐ-CP của Chính phủ", "Thông tư 12/2019/TT-BNV của Bộ trưởng Bộ Nội vụ")
# ("Thực hiện Quy định số 24-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương Đảng": the rule a district's ceremony follows)
_CITED_BEFORE = re.compile(r"\b(?:lời\s+kêu\s+gọi|lời\s+dạy|thư|di\s+chúc|chỉ\s+đạo|công\s+điện"
                           r"|(?:nghị\s+định|thông\s+tư|quyết\s+định|quy\s+định|hướng\s+dẫn|nghị\s+quyết|kết\s+luận|chỉ\s+thị)"
                           r"(?:\s+(?:số\s+)?\d[\w/.\-]*)?(?:\s+ngày\s+\d{1,2}/\d{1,2}/\d{4})?)\s+của\s+"
                           r"(?:đồng\s+chí\s+)?(?:[^\W\d]+(?:\s+|\s*,\s*)){0,6}$", re.I)
# A seat on a central body is a person's rank, not the actor: "đồng chí …, Ủy viên Ban Chấp hành Trung ương Đảng, Bí
# thư Tỉnh ủy …" acts for the province (a central office held too is named after the rank and counts on its own).
_MEMBER_BEFORE = re.compile(r"\b(?:ủy|uỷ)\s+viên\s+(?:dự\s+khuyết\s+)?(?:(?:ban\s+chấp\s+hành|bch)\s+)?$", re.I)
# A body whose founding day is the occasion, where its local branch marks it: "Nhân kỷ niệm 27 năm ngày thành lập Hội
# Khuyến học Việt Nam (2/10/1996 - 2/10/2023), … đến tặng hoa chúc mừng Hội Khuyến học huyện" (not the national
# association's own congress on its anniversary, which names no branch).
_FOUNDED_BEFORE = re.compile(r"\bngày\s+(?:thành\s+lập|truyền\s+thống)\s+(?P<body>(?:[^\W\d]+\s+){1,6})$", re.I)
_BRANCH_LEVEL = re.compile(r"\s+(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn)\b", re.I)


def _founding_day_of_a_branch(text: str, start: int) -> bool:
    """Whether the central body at `start` is named as the one whose founding day a local branch of it marks."""
    founded = _FOUNDED_BEFORE.search(text, max(0, start - 70), start)
    if not founded:
        return False
    # (the body's own words found again, each time followed by a level: no pattern compiled for one article)
    body, low = " ".join(founded.group("body").split()).lower(), text.lower()
    at = low.find(body)
    while at >= 0:
        if _BRANCH_LEVEL.match(low, at + len(body)):
            return True
        at = low.find(body, at + 1)
    return False


# The central body's own congress, the organisation inside it that meets named first: "Đại hội Đảng bộ Bộ Tài nguyên và
# Môi trường", "Đại hội Công đoàn Bộ Công Thương" (the ministry's Party committee, or its union; no verb needed after it).
_OWN_CONGRESS_BEFORE = re.compile(r"\bđại\s+hội\s+(?:đại\s+biểu\s+)?(?:đảng\s+bộ|công\s+đoàn|đoàn\s+thanh\s+niên)\s+$", re.I)
_PROPOSED_TO_BEFORE = re.compile(r"\b(?:đề\s+nghị|trình)\s+$", re.I)
_BY_BEFORE = re.compile(r"\bdo\s+(?:[^.,;]|,(?=\s*[^\W\d]+(?:\s+[^\W\d]+)?\s*(?:,|và)))*$", re.I)  # ("do Đảng, Nhà nước và MTTQ …")
# "Tham dự chương trình có các đồng chí: …, Phó Bí thư Thành ủy TPHCM": who attended, not the subject.
ATTENDING = re.compile(r"[\W\d]*(?:cùng\s+)?(?:tham\s+dự|đến\s+dự|về\s+dự|dự)\b", re.I)
_COMPARED_BEFORE = re.compile(r"\b(?:một\s+trong\s+(?:những|các|số)|trong\s+số\s+(?:những|các))\b[^.;,]*$", re.I)
HEAD_WEIGHT = {"title": 3.0, "lead": 2.0, "body": 1.0}
_ROUND_OF_BEFORE = re.compile(r"\b(?:liên\s+hoan|hội\s+thi|hội\s+thao|hội\s+diễn|(?-i:Giải))\b[^.;\n]{0,60}$", re.I)
_BACKGROUND = re.compile(r"[\W\d]*được\s+biết\b", re.I)  # a sentence of background, after the news
_BODY_WINDOW = 1500  # body text past this is no evidence of scope


# A local body named before "toàn ngành" in its sentence: the sector is that unit's.
_LOCAL_BODY_BEFORE = re.compile(r"\b(?:tỉnh|huyện|thị\s+xã|quận)\b(?!\s+(?:bạn|thành|nhà))", re.I)


def national_score(doc: Document, head_only: bool = True) -> float:
    """Weighted signs of national scope in the headline, the lead and the start of the body (counted only
    where one of them is in the head, unless `head_only` is False)."""
    text = doc.text[: max(doc.lead_span[1], _BODY_WINDOW)]
    score = 0.0
    in_head = False
    for m in _SCOPE.finditer(text):
        if _COMPARED_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            continue  # "một trong những huyện nghèo của cả nước", "trong số những huyện …": a comparison, not scope
        if m.group("army") and (doc.zone(m.start()) == "body" or _CITED_BEFORE.search(text, max(0, m.start() - 70), m.start())):
            continue  # a military region named in the body, or whose orders are carried out: not the scope
        if m.group("round") and not _ROUND_OF_BEFORE.search(text, max(0, m.start() - 80), m.start()):
            continue  # "khu vực 1" of no festival or games: a zone, a ward's area
        if _in_a_campaign_s_name(text, m.start()):
            continue  # a campaign's name: "hưởng ứng Phong trào “Cả nước chung tay vì người nghèo …”"
        if _PARTY_CONGRESS_BEFORE.search(text, max(0, m.start() - 25), m.start()) and _PARTY_CONGRESS_AFTER.match(text, m.end()):
            continue  # the Party's national congress, the occasion every locality marks: "hướng về Đại hội đại biểu toàn
            # quốc lần thứ XIV của Đảng" on a commune's banners
        if " ".join(m.group().lower().split()) == "toàn ngành" and _LOCAL_BODY_BEFORE.search(text, doc.sentence_at(m.start())[0], m.start()):
            continue  # "… Viện Kiểm sát nhân dân tỉnh …, cùng cán bộ, công chức trong toàn ngành": the province's sector
        if _in_a_rubric(text, m.start()) or _BACKGROUND.match(text, doc.sentence_at(m.start())[0]):
            continue  # ("Được biết, … dành tặng các gia đình … ở 10 tỉnh, thành tại miền Trung": the donor's reach)
        score += HEAD_WEIGHT[doc.zone(m.start())]
        in_head = in_head or doc.zone(m.start()) != "body"
    delegated = {" ".join(d.group(1).split()).lower() for d in _DELEGATED.finditer(doc.text)}
    for start, end in _central_bodies(text):
        if delegated and " ".join(text[start:end].split()).lower() in delegated:
            continue  # "thừa ủy quyền của Chủ tịch nước, Bí thư Tỉnh ủy … trao tặng": the province hands the award
        # A central body counts as the actor of the event, not when it is only cited ("theo Kế hoạch của …",
        # "Cuộc vận động … do Ủy ban Trung ương MTTQ Việt Nam phát động": who launched a campaign).
        actor = _ACTOR_AFTER.match(text, end)
        if actor and _LAUNCHED.match(actor.group()) and _BY_BEFORE.search(text, max(0, start - 40), start):
            continue
        if _CITED_BEFORE.search(text, max(0, start - 70), start) or _in_a_rubric(text, start):
            continue  # "hưởng ứng Lời kêu gọi của Tổng Bí thư": whose call, not who holds the event
        if _MEMBER_BEFORE.search(text, max(0, start - 30), start) or _PROPOSED_TO_BEFORE.search(text, max(0, start - 20), start) \
                or _founding_day_of_a_branch(text, start):
            continue  # (nor "đề nghị Chủ tịch nước khen thưởng": a province's proposal to the centre)
        if ATTENDING.match(text, doc.sentence_at(start)[0]):
            continue  # "Tham dự và chỉ đạo ĐH có đồng chí …, Phó Chủ tịch nước": a guest at a province's congress
        if actor or _OWN_CONGRESS_BEFORE.search(text, max(0, start - 40), start):
            score += 2 * HEAD_WEIGHT[doc.zone(start)]
            in_head = in_head or doc.zone(start) != "body"
    return score if in_head or not head_only else 0.0


# A series' rubric before a headline: "Tiến tới Đại hội Đoàn toàn quốc lần thứ XI: Cùng nhau làm giàu", "Hướng tới Đại hội
# Thi đua yêu nước toàn quốc: …". The national event is the series' occasion; the story under it is a place's.
_RUBRIC = re.compile(r"[^\S\n]*(?:tiến\s+tới|hướng\s+tới|chào\s+mừng)\s[^:\n]{0,100}:", re.I)


def _in_a_rubric(text: str, pos: int) -> bool:
    """Whether `pos` lies in a rubric that opens its line and ends in a colon."""
    rubric = _RUBRIC.match(text, text.rfind("\n", 0, pos) + 1)
    return bool(rubric) and pos < rubric.end()


_PARTY_CONGRESS_BEFORE = re.compile(r"\bđại\s+hội\s+(?:đại\s+biểu\s+)?$", re.I)
_PARTY_CONGRESS_AFTER = re.compile(r"\s+(?:lần\s+thứ\s+[IVXLC]+\s+)?của\s+Đảng\b")

_CAMPAIGN_HEAD_BEFORE = re.compile(r"\b(?:phong\s+trào|cuộc\s+vận\s+động)(?:\s+thi\s+đua)?\s*$", re.I)


def _in_a_campaign_s_name(text: str, pos: int) -> bool:
    """Whether `pos` lies inside a campaign's quoted name ("Phong trào “Cả nước chung tay …”"), opened in the
    200 characters before it (a programme's name, "“Chương trình … toàn quốc”", still gives its scope)."""
    opened = text.rfind("“", max(0, pos - 200), pos)
    return opened >= 0 and "”" not in text[opened:pos] \
        and bool(_CAMPAIGN_HEAD_BEFORE.search(text, max(0, opened - 30), opened))
