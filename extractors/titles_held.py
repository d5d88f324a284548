"""The titles a counted noun's holders hold, written with the noun: after it ("422 hộ gia đình văn hóa", "3.818 lao
động tiên tiến", "380 LĐTT") or before the figure ("số gia đình văn hóa đạt 246/315 hộ").

A count written with its title is a count of the title's holders, granted unless a proposal or a target says otherwise
(award_grant decides that).
"""

from __future__ import annotations

import re

from extractors.proposals import left_proposed

# Holders of a title named right after the noun: "422 hộ gia đình văn hóa", "3.650 lượt tập thể lao động tiên tiến",
# "2.060 lượt tập thể đạt lao động xuất sắc", "75 cá nhân đạt chiến sĩ thi đua cơ sở".
# ("545 thôn, ấp, khu phố văn hóa": the villages that hold the title, of every kind the list names; "3.583 hộ SXKD
# giỏi", "6.431 hộ nông dân sản xuất – kinh doanh giỏi", "200 hộ cựu chiến binh làm kinh tế giỏi": the farmers' and
# veterans' title held by households; "41 hộ đạt hộ sản xuất
# kinh doanh giỏi cấp xã": the title written with its noun again; "163 hộ gia đình CCB tiêu biểu sản xuất, kinh doanh giỏi":
# the members' households that hold it, "1.900 hộ gia đình hội viên cựu chiến binh đạt sản xuất, kinh doanh giỏi các
# cấp" with both their names; "80.995 hộ ND đạt tiêu chuẩn SXKD giỏi": the farmers written short, the title as
# a standard reached)
# ("113/121 cơ quan đơn vị văn hóa", "140/179 thôn khu phố văn hóa": the second noun without its comma; not a kind of
# club or of officer, "gần 200 câu lạc bộ văn hóa", "45 cán bộ văn hóa xã", which holds no title)
# ("168 cơ quan, đơn vị, doanh nghiệp văn hóa"; "140/146 xóm, tổ dân phố đạt xóm, tổ dân phố văn hóa": the title written
# with the nouns again; "1.149 khu dân cư tiên tiến": the security movement's title)
_VILLAGE = r"(?:ấp|thôn|bản|làng|khu\s+phố|khối\s+phố|tổ\s+dân\s+phố|khu\s+dân\s+cư|buôn|xóm|phường|thị\s+trấn)"
TITLE_AFTER = re.compile(rf"(?:\s*,?\s*{_VILLAGE}"
                         r"|(?<=cơ\squan)\s*,?\s*đơn\s+vị|(?<=đơn\svị)\s*,?\s*doanh\s+nghiệp)*"
                         rf"(?:\s+đạt\s+{_VILLAGE}(?:\s*,\s*{_VILLAGE})*)?"
                         r"(?<!bộ)(?<!clb)\s*[“\"]?văn\s+h(?:óa|oá)\b|(?<=khu\sdân\scư)\s+tiên\s+tiến\b|(?:(?<=hộ)|(?<=hộ\sgia\sđình))\s*(?:(?:hội\s+viên|CCB|cựu\s+chiến\s+binh|phụ\s+nữ|ND)\s+){0,2}(?:tiêu\s+biểu\s+)?"
                         r"(?:đạt\s+(?:danh\s+hiệu\s+|tiêu\s+chuẩn\s+)?(?:hộ\s+)?)?(?:nông\s+dân\s+)?(?:SXKDG\b|(?:SXKD|SX-KD|sản\s+xuất\s*(?:[-–,]\s*)?kinh\s+doanh"
                         r"|sản\s+xuất|làm\s+kinh\s+tế)\s+giỏi\b)|(?<=gđvh)|(?<=gdvh)"  # ("46.600 GĐVH": the title in the noun)
                         # the learning association's titles: "55 ngàn gia đình hiếu học", "83 dòng họ hiếu học", "71.200
                         # gia đình học tập", "gần 113.000 hộ đạt gia đình học tập"
                         r"|(?:(?<=gia\sđình)|(?<=dòng\shọ)|(?<=hộ))\s+(?:đạt\s+(?:danh\s+hiệu\s+)?(?:gia\s+đình\s+)?)?"
                         r"(?:hiếu\s+học|học\s+tập)\b"
                         # (the title as the noun itself, after a figure: "117 đơn vị học tập", "trên 1.250 cộng đồng học
                         # tập", not "để hai đơn vị học tập, chia sẻ kinh nghiệm"; and reached: "8 phường đạt cộng đồng học tập")
                         r"|(?<=\d\scộng\sđồng\shọc\stập)|(?<=\d\sđơn\svị\shọc\stập)"
                         r"|(?<=\d\scộng\sđồng\skhuyến\shọc)|(?<=\d\sđơn\svị\sxã\shội\shọc\stập)"  # ("1.361 cộng đồng khuyến học")
                         r"|\s+đạt\s+(?:danh\s+hiệu\s+)?(?:cộng\s+đồng|đơn\s+vị)\s+học\s+tập\b"
                         # ("2.145 khu nhà trọ văn hóa": lodging houses reaching the cultural title)
                         r"|(?<=nhà\strọ)\s+văn\s+h(?:óa|oá)\b"
                         # the Pioneers' units reaching their title: "65/65 liên đội đạt liên đội mạnh" (not a grading without
                         # "đạt", "có 26/26 liên đội mạnh và khá")
                         r"|(?:(?<=liên\sđội)|(?<=chi\sđội))\s+đạt\s+(?:danh\s+hiệu\s+)?(?:(?:liên|chi)\s+đội\s+)?(?:vững\s+)?mạnh\b"
                         r"(?!\s*(?:và|,)\s*khá)",
                         re.I)
# The growth of the holders of a title ("5 năm có thêm 2.748 hộ nông dân SXKD giỏi"), not their number; those who
# received it since ("có thêm 5 bà mẹ được truy tặng …") are counted where the grant follows.
MORE_BEFORE = re.compile(r"(?<!\w)(?:có|tăng)\s+thêm\s+$", re.I)
# Households counted with the title they hold ("toàn huyện có 3.583 hộ SXKD giỏi"), before a breakdown.
TITLE_HELD = re.compile(rf"\d\s+hộ(?:\s+gia\s+đình)?(?:{TITLE_AFTER.pattern})", re.I)
# The noun may be the title's own first word: "1.276 chiến sĩ thi đua cấp cơ sở; 3.818 lao động tiên tiến".
# (and the state's honorary titles: "40 thầy thuốc ưu tú", "3 nhà giáo nhân dân")
WORK_TITLE_AFTER = re.compile(r"\s*(?:đạt\s+)?(?:danh\s+hiệu\s+)?(?:lao\s+động\s+(?:tiên\s+tiến|xuất\s+sắc)|chiến\s+sĩ\s+thi\s+đua"
                              r"|LĐ(?:TT|XS)|CSTĐ|TTLĐ(?:TT|XS))\b"  # (written short: "23 tập thể LĐTT")
                              # the title written short as the noun itself: "380 LĐTT; 80 CSTĐCS"
                              r"|(?<=lđtt)|(?<=cstđ)|(?<=cstđcs)|(?<=ttlđtt)|(?<=ttlđxs)"
                              # doing well at farming or business, recognised at a level: "269 NCT sản xuất, kinh
                              # doanh giỏi cấp cơ sở", "314 NCT làm kinh tế giỏi các cấp"
                              # (the members named after their noun: "300 hội viên cựu chiến binh làm kinh tế giỏi các cấp")
                              r"|\s*(?:(?:cựu\s+chiến\s+binh|CCB|nông\s+dân|ND|phụ\s+nữ|người\s+cao\s+tuổi|NCT)\s+)?"
                              r"(?:làm\s+kinh\s+tế|sản\s+xuất\s*,?\s*kinh\s+doanh)\s+giỏi\s+(?:các\s+cấp|cấp\s+(?:cơ\s+sở|xã|huyện"
                              r"|tỉnh|trung\s+ương))\b"
                              r"|(?:(?<=thầy\sthuốc)|(?<=nhà\sgiáo)|(?<=nghệ\snhân))\s+(?:nhân\s+dân|ưu\s+tú)\b"
                              r"|(?:\s*(?:là\s+)?công\s+dân|(?<=công\sdân))\s+thủ\s+đô\s+ưu\s+tú\b"  # (Hà Nội's honorary title)
                              r"|(?:(?<=chiến\ssĩ)|(?<=chiến\ssỹ))\s+thi\s+đua\b|(?<=lao\sđộng)\s+(?:tiên\s+tiến|xuất\s+sắc)\b"
                              # exemplar status reached, a title as well as a model count: "trao chứng nhận cho 18 đơn vị đạt
                              # điển hình tiên tiến"
                              r"|\s*đạt\s+(?:danh\s+hiệu\s+)?điển\s+hình\s+tiên\s+tiến\b"
                              # the teachers' title with its level: "gần 1.600 giáo viên dạy giỏi cấp tỉnh"
                              r"|(?<=giáo\sviên)\s+(?:đạt\s+(?:danh\s+hiệu\s+)?(?:giáo\s+viên\s+)?)?dạy\s+giỏi\s+(?:cấp|các\s+cấp)\b"
                              # and the pupils' with theirs: "691 học sinh giỏi tỉnh", "1.260 em học sinh giỏi tỉnh"
                              r"|(?:(?<=học\ssinh)|(?<=em)\s+(?:đạt\s+)?học\s+sinh)\s+giỏi\s+(?:cấp\s+)?"
                              r"(?:tỉnh|huyện|quốc\s+gia|thành\s+phố|quận|thị\s+xã)\b"
                              # ("1.031 Bà mẹ Việt Nam anh hùng": the title's holders; "31 Mẹ … còn sống": those alive)
                              r"|(?<=mẹ)\s+Việt\s+Nam\s+anh\s+hùng\b(?!\s+(?:còn\s+sống|hiện\s+còn))"
                              # the state's heroes: "88 tập thể và 56 cá nhân Anh hùng Lực lượng vũ trang nhân dân"
                              r"|(?:(?<=tập\sthể)|(?<=cá\snhân)|(?<=đơn\svị))\s+anh\s+hùng\s+(?:lực\s+lượng\s+vũ\s+trang|LLVT|lao\s+động)\b"
                              # the party badge of its years, written after the members it goes to: "Đợt này, Đảng bộ
                              # thị xã có 05 đảng viên Huy hiệu 75 năm tuổi Đảng, 01 đảng viên Huy hiệu 70 năm tuổi Đảng"
                              r"|(?<=đảng\sviên)\s+huy\s+hiệu\s+\d{2}\s+năm\s+tuổi\s+đảng\b",
                              re.I)
# ("số gia đình văn hóa đạt 246/315 hộ": the title in the subject, "đạt" the figure it came to)
# (not a criterion met: "nâng số hộ đạt tiêu chí “Gia đình không đói nghèo” lên 115.087 hộ")
HOLDERS_COUNTED_BEFORE = re.compile(r"\bsố\s+(?:hộ(?:\s+gia\s+đình)?|gia\s+đình)\s+(?:(?:đạt|được\s+công\s+nhận)\b"
                                    r"(?!\s+(?:\d+\s+)?tiêu\s+chí)[^.;\d]{0,50}?"
                                    # (the stock the title's holders came to: "số gia đình hiếu học lên tới 183.500 gia đình")
                                    # (and the year it stood at: "tổng số hộ đạt gia đình văn hóa năm 2024 là 302/304 hộ")
                                    r"(?:\d{1,2}\s+năm\s+liền\s*)?(?:năm\s+(?:19|20)\d\d\s+)?|(?:văn\s+h(?:óa|oá)|hiếu\s+học)\s+(?:đạt|là|có|lên\s+(?:tới|đến))\b\s*"
                                    # the farmers' title: "Tổng số hộ NDSXKD giỏi là 13.786 hộ"
                                    r"|(?:nông\s+dân\s+|ND\s*)?(?:SXKD|SX-KD|sản\s+xuất(?:\s*[-–,]?\s*kinh\s+doanh)?)\s+giỏi"
                                    # ("Số hộ nông dân sản xuất kinh doanh giỏi năm 2019 đạt 396 hộ": the year, then "đạt")
                                    r"(?:\s+các\s+cấp)?(?:\s+năm\s+(?:19|20)\d\d)?\s+)(?:là\s+|đạt\s+|:\s*)?$", re.I)


# The title and its years named before the figure: "trong đó có gia đình văn hóa 3 năm 5.276 hộ", "hộ đạt chuẩn văn hóa
# 3 năm liền trở lên có 2.390 hộ".
TITLE_YEARS_BEFORE = re.compile(r"\b(?:gia\s+đình|hộ)(?:\s+đạt)?(?:\s+(?:tiêu\s+)?chuẩn|\s+danh\s+hiệu)?(?:\s+gia\s+đình)?\s+văn\s+h(?:óa|oá)"
                                r"\s+\d{1,2}\s+năm(?:\s+(?:liền|liên\s+tục))?(?:\s+trở\s+lên)?\s*(?:là\s+|có\s+|đạt\s+|:\s*)?$", re.I)


def holds_a_title(text: str, end: int) -> bool:
    """Whether the noun ending at `end` is written with a title its holders have ("… hộ gia đình văn hóa", "… hộ SXKD
    giỏi", "… gia đình hiếu học")."""
    return bool(TITLE_AFTER.match(text, end))


# An item labelled with the title its figure holds: "- Danh hiệu Tập thể lao động xuất sắc: 312 tập thể", "Chiến sĩ thi
# đua cơ sở: 842 cá nhân" (a line of a list of results, as "Bằng khen của UBND tỉnh: 96 tập thể" is of grants).
_TITLE_LABEL = re.compile(r"(?<![^\n])[^\S\n]*(?:[-–•+*][^\S\n]*)?(?:danh\s+hiệu|chiến\s+s[ĩỹ]\s+thi\s+đua|(?:tập\s+thể\s+)?lao\s+động"
                          r"\s+(?:tiên\s+tiến|xuất\s+sắc))[^:\n]{0,80}:[^\S\n]*$", re.I)
# The line that opens a list, its items (lines with figures) after it: "Huyện đề nghị cấp trên xét tặng như sau:"
_LIST_OPENER = re.compile(r"(?<![^\n])[^\n]*:[^\S\n]*\n(?:[^\n]*\d[^\n]*\n)*$")


def labelled_holders(text: str, start: int) -> bool | None:
    """For a figure after a title's label on a line of its own ("Chiến sĩ thi đua cơ sở: 842 cá nhân"): True, the
    title's holders, or False where the list opened on a proposal ("… đề nghị cấp trên xét tặng như sau:"); None for
    any other figure."""
    line = text.rfind("\n", 0, start) + 1
    if not _TITLE_LABEL.search(text, line, start):
        return None
    opener = _LIST_OPENER.search(text, max(0, line - 600), line)
    return not (opener and left_proposed(opener.group()))
