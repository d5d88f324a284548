"""How places are written: type words ("huyện", "Thành ủy", "TP."), capitalised runs that may be names,
and the words before a name that make it a person's or a hamlet's rather than a unit's."""

from __future__ import annotations

import re

from pipeline.document import Document
from pipeline.text import SURNAMES, UPPER, scanned_by_first_letters

TOKEN = re.compile(rf"[{UPPER}]\w*(?:['’]\w+)?|\d+", re.U)
# A run of capitalised words (or numbers) joined by single spaces or hyphens: a candidate name.
# (The first character comes first and the "no word before it" check right after: a pattern that opens with
# a character class is scanned fast.)
# (an en dash joins the parts of a name as a hyphen does: "Bà Rịa – Vũng Tàu", "Thừa Thiên–Huế")
RUN = re.compile(rf"[{UPPER}\d](?<!\w.)(?:(?<=\d)\d*|\w*(?:['’]\w+)?)(?:(?: [-–] | |[-–])(?:[{UPPER}]\w*(?:['’]\w+)?|\d+))*",
                 re.U)
# A unit's party committee ("Huyện ủy") or Youth Union ("Thành đoàn Lào Cai": the city's, not the province's).
TYPE_WORDS = (r"huyện\s+u[ỷỷ]|huyện\s+ủy|thị\s+ủy|thị\s+uỷ|thành\s+ủy|thành\s+uỷ|quận\s+ủy|quận\s+uỷ|tỉnh\s+ủy|tỉnh\s+uỷ"
               r"|huyện\s+đoàn|thị\s+đoàn|thành\s+đoàn|quận\s+đoàn|tỉnh\s+đoàn"
               r"|thành\s+phố|thị\s+xã|thị\s+trấn|đặc\s+khu|huyện|quận|phường|xã|tỉnh").split("|")  # any case
TYPE_ABBREVIATIONS = r"TP\.|TP|Tp\.|T\.P\.?|TX\.|TX|Tx\.|TT\.|H\.|Q\.|P\.".split("|")  # as written
# A district's kind in the rules' patterns, its short forms too ("xã Tân Phú, H. Đồng Xuân", "(Q.1, TPHCM)").
DISTRICT_KIND = r"(?:huyện|H\.|thị\s+xã|TX\.?|quận|Q\.|thành\s+phố|TP\.?|Tp\.)"


def type_pattern() -> re.Pattern:
    """A unit's type word ("huyện", "Thành ủy", "TP.") after a space, bracket or punctuation, before a name.

    Built letter by letter so that the pattern opens with a character class (its first letters), which the
    regex engine scans for quickly; the word's other letters follow, in the order written above.
    """
    letters: list[str] = []
    for w in TYPE_WORDS + TYPE_ABBREVIATIONS:
        if w[0].lower() not in letters:
            letters.append(w[0].lower())
    branches = []
    for c in letters:
        words = [w[1:] for w in TYPE_WORDS if w[0] == c]
        abbreviations = [a[1:] for a in TYPE_ABBREVIATIONS if a[0].lower() == c]
        if words:
            branches.append(f"(?<=[{c}{c.upper()}])(?i:{'|'.join(words)})")
        if abbreviations:
            branches.append(f"(?<={c.upper()})(?:{'|'.join(abbreviations)})")
    first = "".join(c + c.upper() for c in letters)
    # (a descriptor may stand between type and name: "xã miền núi Vĩnh Sơn", "xã biên giới Ia Dơk", "xã đảo Tam Hải")
    return re.compile(rf"(?P<t>[{first}](?<![^\s(\[“\"'‘,;:–\-].)(?:{'|'.join(branches)}))\s*"
                      rf"(?:(?:miền\s+núi|vùng\s+cao|vùng\s+sâu|biên\s+giới|ven\s+biển|bãi\s+ngang|đảo)\s+)?(?=[{UPPER}0-9])", re.U)


TYPE = type_pattern()
TYPE_NORMAL = {
    "thành phố": "thành phố", "tp.": "thành phố", "tp": "thành phố", "t.p.": "thành phố", "t.p": "thành phố",
    "thị xã": "thị xã", "tx.": "thị xã", "tx": "thị xã", "thị trấn": "thị trấn", "tt.": "thị trấn",
    "đặc khu": "đặc khu", "huyện": "huyện", "h.": "huyện", "quận": "quận", "q.": "quận",
    "phường": "phường", "p.": "phường", "xã": "xã", "tỉnh": "tỉnh",
}
COMMITTEE = {"huyện": "huyện", "thị": "thị xã", "thành": "thành phố", "quận": "quận", "tỉnh": "tỉnh"}
# Words right before a name that make it a person's (looked up as the last one or two words, not scanned).
PERSON_CUES = frozenset((
    "ông", "bà", "anh", "chị", "em", "cô", "chú", "bác", "cháu", "cụ", "đồng chí", "đ/c", "thầy", "gia đình", "hộ",
    "nhà văn", "nhà thơ", "tác giả", "bí thư", "chủ tịch", "giám đốc", "trưởng ban", "phó trưởng ban", "trưởng",
    "phó", "tên",
    # a person's thought, example or memorial: "tư tưởng, đạo đức, phong cách Hồ Chí Minh", "Lăng …"
    "tư tưởng", "đạo đức", "phong cách", "tấm gương", "gương", "lời", "di chúc", "lăng", "thời đại", "mang tên",
    "huân chương", "giải thưởng", "tncs", "tntp", "cộng sản",
    # a memorial named after a person ("tại Bảo tàng Hồ Chí Minh"): a venue, never the city
    "bảo tàng", "nhà tưởng niệm", "khu lưu niệm", "đền thờ", "tượng đài",
    "đấu tranh của",  # ("lịch sử đấu tranh của Hai Bà Trưng": the Trưng sisters, not Hà Nội's district)
    "quê",  # a person's home town ("phi công …, 30 tuổi, quê Quảng Nam"): not the article's unit
))
# A hamlet's name ("ấp Phú Đa", "thôn Đông") is not the commune that shares it elsewhere; a weekday is no place.
# ("khu Tân Hưng", "khu dân cư Tân Hưng", "tiểu khu 5", "khối phố Đông": a ward's residential areas)
HAMLET_CUES = frozenset(("ấp", "thôn", "khóm", "bản", "buôn", "làng", "xóm", "khu phố", "tổ dân phố", "tdp", "khu", "khu dân cư",
                         "kdc", "tiểu khu", "khối phố", "khối"))
REGION_AFTER = re.compile(r"\s+bộ\b")
# A compass region after its word ("khu vực Đông Bắc", "vùng Tây Nam"), not the commune of that name.
COMPASS = re.compile(r"(?:Đông|Tây)\s+(?:Bắc|Nam)")
REGION_BEFORE = re.compile(r"\b(?:khu\s+vực|vùng|miền)\s+$", re.I)
WORD = re.compile(r"[^\W\d]+")  # a word of letters only (a syllable)
# A place abroad that shares a unit's name, its country after it: "Trùng Khánh, Trung Quốc" (Chongqing, not Cao
# Bằng's district), "tỉnh Hà Nam (Trung Quốc)", "Sê Kông – Lào". (The country ends there: "Tân Lập, Mỹ Hào" is no
# place in America.)
_COUNTRIES = ("Trung Quốc|Lào|Campuchia|Cam-pu-chia|Thái Lan|Myanmar|Mi-an-ma|Hàn Quốc|Triều Tiên|Nhật Bản|Đài Loan"
              "|Hồng Kông|Ma Cao|Malaysia|Singapore|Indonesia|Philippines|Ấn Độ|Mỹ|Hoa Kỳ|Nga|Pháp|Đức|Anh|Úc|Canada")
ABROAD_AFTER = re.compile(rf"\s*[,(–-]\s*(?:{_COUNTRIES})(?=\s*(?:[)\].,;:!?\n]|$)|\s+(?-i:[a-zđ]))")
# The city named after the President is written with its type ("TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh"); bare, the
# name is his (a programme "Hồ Chí Minh - Hành trình khát vọng", "Đoàn TNCS …", "tư tưởng …").
PERSON_NAMED_CITY = re.compile(r"Hồ\s+Chí\s+Minh")
WEEKDAY = re.compile(r"Thứ\s+(?:Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ\s+[Nn]hật")


def ends_with(before: str, cues: frozenset[str]) -> bool:
    """True when the text ends in one of the cue words (its last one, two or three words)."""
    words = before.lower().split()[-3:]
    if not words or not before.rstrip()[-1:].isalnum():
        return False
    return any(" ".join(words[-k:]) in cues for k in range(1, len(words) + 1))


# A credit: "Ảnh: QUANG VINH", "Bài và ảnh: Minh Châu", "(Ảnh: Thu Hà)" names the reporter; so does a stock photo's or
# an archive photo's ("Ảnh minh họa: Việt Hùng/TTXVN", "Ảnh tư liệu: Ngọc Lặc", "Ảnh chụp màn hình: …").
_CREDIT_BEFORE = re.compile(r"(?i:\b(?:ảnh|bài|tin|video|clip)(?:\s*(?:,|và)\s*ảnh)?"
                            r"(?:\s+(?:minh\s+h(?:ọa|oạ)|tư\s+liệu|chụp\s+màn\s+hình|nguồn|internet))?)\s*[:/]\s*$")


def names_a_person(before: str) -> bool:
    """True when the text before a name makes it a person's ("ông", "Chủ tịch", "phong cách …", "Ảnh:")."""
    return ends_with(before, PERSON_CUES) or (before.rstrip()[-1:] in ":/" and bool(_CREDIT_BEFORE.search(before)))


# A company's, bank's or academy's name: "Cty CP Phân bón Bình Điền", "Ngân hàng TMCP Sài Gòn", "Học viện Chính trị
# quốc gia Hồ Chí Minh" (a brand or a namesake, not the place).
# ("Công ty Phân lân nung chảy Văn Điển", "Công ty TNHH một thành viên Cao su Chư Păh": up to six words before the name)
# A prize named after a place or a battle: "Giải Diên Hồng", "Giải thưởng Bạch Đằng", "giải báo chí mang tên Điện Biên".
_ORGANISATION_BEFORE = re.compile(r"(?i:\b(?:công\s+ty|cty|tổng\s+công\s+ty|tập\s+đoàn|ngân\s+hàng|nhà\s+máy|học\s+viện"
                                  r"|bệnh\s+viện|bv"  # ("Bệnh viện Bạch Mai", "BV Thống Nhất": a hospital's name)
                                  r"|htx|hợp\s+tác\s+xã))"  # ("HTX Thanh niên Tân Linh": a cooperative's name)
                                  r"(?:\s+(?!(?i:tại|ở|của|trên|thuộc)\b)\w+){0,6}\s+$"
                                  r"|\bGiải(?:\s+thưởng)?\s+$|(?i:\bgiải\b[^.;:\n]{0,60}\bmang\s+tên)\s+$"
                                  # a vehicle's registration: "xe đầu kéo biển số Thanh Hóa" (where it is registered)
                                  r"|(?i:\b(?:biển\s+số|biển\s+kiểm\s+soát|BKS)(?:\s+xe)?)\s+$"
                                  # a fund named for a place it serves ("“Quỹ vì Trường Sa thân yêu”", "Quỹ Vì biển,
                                  # đảo Trường Sa"): no place of the article
                                  r"|\bQuỹ\s+(?i:vì|hướng\s+về)\s+(?:\w+,?\s+){0,3}$")


def names_an_organisation(before: str) -> bool:
    """True when the text before a name makes it a company's or a prize's ("Cty CP Phân bón …", "Giải …")."""
    return bool(_ORGANISATION_BEFORE.search(before))


def names_a_hamlet(before: str) -> bool:
    """True when the text before a name makes it a hamlet's ("ấp Phú Đa", "thôn Đông")."""
    # (not the countryside, whose word ends in "thôn": "vùng nông thôn Tây Ninh" is the province's)
    return ends_with(before, HAMLET_CUES) and before.lower().split()[-2:] != ["nông", "thôn"]


# A pass, mountain, river or road named after a unit, or a battle named after its place ("vụ sạt lở đèo Bảo Lộc",
# "Chiến dịch Điện Biên Phủ", "đường Hồ Chí Minh"): a landmark or history, not the unit.
# (and the works named after a place: "cất cánh cùng sân bay Long Thành", "cảng Cái Mép", "cầu Rạch Miễu")
# (and a church's seat or see named after its place: "Cao Đài Tòa thánh Tây Ninh", "Giáo phận Vinh", whose followers live
# in many provinces)
# (and a station: "công nhân gác ghi ga Ninh Bình", "bến xe Hà Tĩnh")
LANDMARK_CUES = frozenset(("đèo", "núi", "sông", "chiến dịch", "khởi nghĩa", "đường", "sân bay", "cảng hàng không", "cảng", "cầu",
                           "thủy điện", "thuỷ điện", "tòa thánh", "toà thánh", "giáo phận", "ga", "nhà ga", "bến xe",
                           "bến phà", "vịnh",  # (a bay, not the city named after it: "du lịch vịnh Hạ Long")
                           "cao nguyên đá"))  # (a karst plateau across four districts: "Cao nguyên đá Đồng Văn")


# A city or province named only to measure a distance: "cách TP. Thanh Hóa 37 km", "cách Hà Nội hơn 100 km" (the
# reader's bearing, not what the article is about; not "cách trung tâm huyện Mường Tè 50 km", often the subject's own).
_DISTANCE_AFTER = re.compile(r"\s*(?:khoảng|chừng|hơn|gần|trên|ngót|độ)?\s*\d[\d.,]*\s*(?:km|cây\s+số|ki-?lô-?mét|kilômét)\b",
                             re.I)
_DISTANCE_FROM = re.compile(r"\bcách\s+(?:thành\s+phố|tỉnh|thủ\s+đô|TP\.?)?\s*$", re.I)


def measures_a_distance(text: str, start: int, end: int) -> bool:
    """True when the name at [start, end) says how far something is from it ("cách TP. Thanh Hóa 37 km")."""
    return bool(_DISTANCE_AFTER.match(text, end)) and bool(_DISTANCE_FROM.search(text, max(0, start - 40), start))


def names_a_landmark(before: str) -> bool:
    """True when the text before a name makes it a landmark's or a battle's ("đèo Bảo Lộc")."""
    return ends_with(before, LANDMARK_CUES)


TYPE_WORD_AT_END = scanned_by_first_letters("tThHqQxXpPđĐ", r"(?:tỉnh|thành\s+phố|tp\.?|huyện|quận|thị\s+xã|tx\.?|xã|phường"
                                           r"|[hqp]\.|tt\."  # (written short: "H. Đồng Xuân", "Q.1", "P. Bến Nghé")
                                           r"|đặc\s+khu|thủ\s+đô|(?:tỉnh|huyện|thành|quận|thị)\s+[ủu][yỷ])\s*$", re.I)


def text_before(text: str, start: int, width: int) -> str:
    """The `width` characters before a mention, less the type word written with it ("tại … TP. ")."""
    before = text[max(0, start - width):start]
    tail = max(0, len(before) - 24)  # a type word ends the text: only its last characters need a look
    m = TYPE_WORD_AT_END.search(before, tail)
    return before[:m.start()] if m else before


# "ông Hoàng Đình Quê, phường Tân An, tỉnh Bắc Ninh", "bà Lò Thị Mai (dân tộc Thái), bản Hua Nà, xã Chiềng Khoi":
# the unit after a person's name is where the person lives, not what the article is about.
_HOME_OF = re.compile(
    # ("Thượng úy Nguyễn Văn An, Công an huyện Mường Lát": an officer's rank stands for the honorific)
    r"(?:\b(?:ông|bà|anh|chị|em|cụ|chú|cô|đồng\s+chí|già\s+làng|nghệ\s+nhân|hộ|(?:thượng|trung|thiếu|đại)\s+(?:úy|uý|tá)"
    r"|(?:thượng|trung|hạ)\s+sĩ|chiến\s+sĩ)\s+)"
    rf"[{UPPER}][\w'’]*(?:\s+[{UPPER}][\w'’]*){{0,3}}\s*(?:\([^()]{{0,40}}\)\s*)?,\s*"
    # ("cụ bà Lê Thị Sọt, 115 tuổi, ở làng Cẩm Phổ, xã Gio Mỹ": the age, then where the person lives)
    # ("anh Nguyễn Văn Hạnh, sinh năm 1995, hiện ở phường Tân Bình": the year of birth, then the home now)
    # ("ông Điểu Rét, dân tộc Xtiêng, ở Bù Tam, xã Hưng Phước": the person's people, then the hamlet without its type word)
    r"(?:(?:\d{1,3}\s+tuổi|sinh\s+năm\s+\d{4}|(?:người\s+)?dân\s+tộc\s+[^\W\d][\w'’]*(?:\s+[^\W\d][\w'’]*)?)\s*,\s*)?"
    r"(?:(?:hiện\s+)?(?:ở|trú\s+(?:ở|tại)?|sống\s+(?:ở|tại))\s*"
    rf"(?:[{UPPER}][\w'’]*(?:\s+[{UPPER}][\w'’]*){{0,2}}\s*,\s*)?)?"
    # ("ông Nguyễn Văn Lâm, Bí thư chi bộ Khu phố 11, phường Bình Dương": the person's post in the hamlet)
    r"(?:(?:(?:bí\s+thư\s+chi\s+bộ|(?:tổ\s+)?trưởng|phó\s+trưởng|trưởng\s+ban\s+công\s+tác\s+mặt\s+trận)\s+)?"
    r"(?:thôn|ấp|bản|buôn|làng|xóm|khu\s+phố|tổ\s+dân\s+phố)\s+[^,;.]{1,25},\s*)?"
    # (the police or military post the person serves in: "…, Công an huyện Mường Lát", "…, Ban CHQS huyện …")
    r"(?:(?:công\s+an|ban\s+chỉ\s+huy\s+quân\s+sự|ban\s+chqs)\s+)?$", re.I)


# "bà Trần Thị Hoa (xã Tân Phú, tỉnh Đồng Nai)", "Hồ Phi Thủy (đặc khu Phú Quốc, tỉnh An Giang)", "TikToker Sùng A Tủa
# (xã Xà Hồ, huyện Trạm Tấu)": a full name (its first word a surname) and the person's address in brackets.
_HOME_IN_BRACKETS = re.compile(rf"(?P<run>[{UPPER}][\w'’]*(?:\s+[{UPPER}][\w'’]*){{1,5}})\s*\([^()]{{0,80}}$")
# Family names of the uplands' peoples (Hmong, Thai, Dao, Giáy …) that begin no unit's name, beside the commonest.
_UPLAND_SURNAMES = frozenset(("sùng", "giàng", "thào", "mùa", "hầu", "lầu", "chảo", "tẩn", "lò", "lường", "cầm", "quàng",
                              "điêu", "khoàng", "vừ", "ksor", "siu", "rơ", "kpă"))


_HONORIFICS = frozenset(("anh", "chị", "ông", "bà", "em", "cụ", "cô", "chú", "bác"))


def _full_name_before_brackets(run: str) -> bool:
    """Whether a capitalised run is a person's full name (a common family name and one to three more words), or
    ends with one of an upland people's ("hot TikToker Sùng A Tủa")."""
    words = run.split()[-4:]  # (the name's words are the last: "Trường THCS Hoàng Hoa Thám" names a school, not him)
    if len(words) > 2 and words[0].lower() in _HONORIFICS:
        words = words[1:]  # ("Anh Nguyễn Thành Trung (xã Ia Pnôn)": the headline's capitalised "Anh" is no name)
    return words[0].lower() in SURNAMES or any(w.lower() in _UPLAND_SURNAMES for w in words[:-1])


# "Anh hùng … Đỗ Văn Chuyền, quê phường Đông Sơn", "(trú xã Sơn Thủy)": a person's home town or residence.
_HOME_WORD = re.compile(r"(?:^|[\s,(])(?:quê(?:\s+quán)?|nguyên\s+quán|trú|thường\s+trú|tạm\s+trú)(?:\s+(?:ở|tại))?\s*$", re.I)


# The unit written just before, to which this one belongs: "xã Gio Mỹ, " before "huyện Gio Linh" (and "huyện Mường
# Lát, " before "tỉnh Thanh Hóa").
_LOWER_UNIT_BEFORE = re.compile(rf"\b(?:xã|phường|thị\s+trấn|huyện|quận)\s+(?P<name>[{UPPER}][\w'’]*(?:\s+[{UPPER}][\w'’]*){{0,3}})"
                                r"\s*(?:,|\((?:\s*(?:TP\.?|thành\s+phố|huyện|thị\s+xã|quận))?)\s*$")


def _typed_unit_at(text: str, pos: int) -> bool:
    """Whether a unit's type word stands right before `pos`: the words there are the unit's name, not a person's."""
    return bool(TYPE_WORD_AT_END.search(text, max(0, pos - 16), pos))


def home_in_brackets(text: str, start: int) -> bool:
    """True when the unit at `start` is part of an address in brackets after a person's full name ("tác giả Mai Thắng
    (thành phố Vũng Tàu, tỉnh Bà Rịa - Vũng Tàu)")."""
    m = _HOME_IN_BRACKETS.search(text, max(0, start - 120), start)
    # (not a unit whose name begins like a surname: "xã Vũ Hòa (Đức Linh)"; nor a street or school named after a
    # person: "đường Nguyễn Thị Định (phường Cát Lái, TP.HCM)" is where the street runs)
    return bool(m) and _full_name_before_brackets(m.group("run")) and not _typed_unit_at(text, m.start()) \
        and not _NAMED_AFTER_A_PERSON.search(text, max(0, m.start() - 20), m.start())


_NAMED_AFTER_A_PERSON = re.compile(r"\b(?:đường|phố|tuyến|cầu|chợ|hẻm|ngõ|quảng\s+trường|công\s+viên|trường|bến|cảng"
                                   r"|khu\s+đô\s+thị|nhà\s+văn\s+hóa|bảo\s+tàng)\s+$", re.I)


def names_a_home(text: str, start: int) -> bool:
    """True when the unit at `start` follows a person's name or home word, or is the district of a commune that
    does ("ông …, xã Gio Mỹ, huyện Gio Linh"): the person's home."""
    before = text_before(text, start, 90)
    home = _HOME_OF.search(before)
    if home and not _typed_unit_at(before, home.start()) or _HOME_WORD.search(before, max(0, len(before) - 24)):
        return True  # (not a unit named like a title: "phường Cô Giang, quận 1")
    if home_in_brackets(text, start):
        return True
    lower = _LOWER_UNIT_BEFORE.search(before, max(0, len(before) - 50))
    return bool(lower) and names_a_home(text, max(0, start - 90) + lower.start("name"))


# "tại xã biên giới của tỉnh Điện Biên": one commune of the province, not the whole of it
# (or the unit described: "Là xã biên giới của tỉnh Đắk Lắk, Krông Na …")
_ONE_UNIT_OF = re.compile(r"\b(?:tại|ở|về|là)\s+(?:một\s+)?(?:xã|phường|bản|thôn|ấp|huyện)(?:\s+\w+){0,4}\s*$", re.I)


def one_unit_of(text: str, m: re.Match, floor: int = 0) -> bool:
    """Whether a "của tỉnh …" match belongs to one unit written just before it ("tại xã biên giới của tỉnh …");
    any other match is not."""
    return m.group().lower().startswith("của") and bool(_ONE_UNIT_OF.search(text, max(floor, m.start() - 40), m.start()))


# An official's post, then the holder's full name: "Bí thư Thành ủy Đông Hà Nguyễn Chiến Thắng" (the unit is the post's).
_POST_BEFORE = re.compile(r"(?:\bbí\s+thư|\bchủ\s+tịch|\bgiám\s+đốc|\btrưởng\s+ban)\b[^,;.()\n\d]{0,30}$", re.I)
_NAME_AFTER = re.compile(rf"\s+([{UPPER}][\w'’]*(?:\s+[{UPPER}][\w'’]*){{1,3}})")


def names_a_post(text: str, start: int, end: int) -> bool:
    """Whether the unit from `start` to `end` is named in an official's post right before the holder's full name."""
    name = _NAME_AFTER.match(text, end)
    return bool(name) and bool(_POST_BEFORE.search(text, max(0, start - 40), start)) \
        and _full_name_before_brackets(name.group(1))


# An organisation's seat: "Văn phòng đại diện Báo Thanh Niên … (trụ sở ở TP.Quy Nhơn, Bình Định)".
_SEAT_BEFORE = re.compile(r"\btrụ\s+sở(?:\s+chính)?(?:\s+đặt)?\s+(?:ở|tại)\s+"
                          r"(?:(?:TP|thành\s+phố|huyện|quận|thị\s+xã|tỉnh|xã|phường)\.?\s*)?$", re.I)


def names_a_seat(text: str, start: int) -> bool:
    """Whether the unit at `start` is where an organisation has its seat, not where the story happens."""
    return bool(_SEAT_BEFORE.search(text, max(0, start - 30), start))


# The verbs of a grant that opens a list of its honourees ("… tặng bằng khen gồm: …", "khen thưởng: 1. …").
GRANT_VERBS = r"tặng|trao|khen\s+thưởng|biểu\s+dương|tuyên\s+dương|vinh\s+danh"
_GRANT = re.compile(rf"\b(?:{GRANT_VERBS})\b", re.I)


def in_an_honours_list(doc: Document, start: int) -> bool:
    """Whether the unit at `start` is one of the honourees that a grant lists after its colon, in the same sentence
    ("6 tập thể được tặng bằng khen gồm: Bộ chỉ huy BĐBP các tỉnh: Cao Bằng, …; Ban CHQS huyện Thạch Thất")."""
    text = doc.text
    opened = doc.sentence_at(start)[0]
    colon = text.rfind(":", max(opened, start - 300), start)
    if colon < 0 or "\n" in text[colon:start]:
        return False
    return bool(_GRANT.search(text, max(opened, colon - 250), colon))
