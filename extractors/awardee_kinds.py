"""The nouns an awardee count is written with, and the kind each names: people are `cá nhân`; organisations,
units, villages and households are `tập thể` (shared/corpus/ANNOTATION.md)."""

KIND = {
    "tập thể": "tập thể", "đơn vị": "tập thể", "chi bộ": "tập thể", "hộ gia đình": "tập thể", "hộ": "tập thể",
    "gia đình": "tập thể", "tổ chức": "tập thể", "cơ quan": "tập thể", "doanh nghiệp": "tập thể",
    "tổ": "tập thể", "đội": "tập thể", "chi đoàn": "tập thể", "hội quán": "tập thể", "chi hội": "tập thể", "sở": "tập thể", "trường học": "tập thể", "trạm y tế": "tập thể", "chợ": "tập thể", "nhà trường": "tập thể", "đảng bộ": "tập thể", "tổ dân phố": "tập thể",
    "khu phố": "tập thể", "khối phố": "tập thể", "khu dân cư": "tập thể", "ấp": "tập thể", "thôn": "tập thể", "hợp tác xã": "tập thể",
    "bản": "tập thể", "buôn": "tập thể", "xóm": "tập thể", "tiểu khu": "tập thể", "khóm": "tập thể",
    "khối bản": "tập thể", "khối xóm": "tập thể", "thôn bản": "tập thể",  # ("85/154 khối bản được công nhận “làng văn hóa”")
    "khu vực": "tập thể",  # Cần Thơ's wards are divided into khu vực ("8/8 khu vực đạt chuẩn văn hóa")
    "công sở": "tập thể",  # offices ("62 công sở văn minh - sạch đẹp - an toàn … được ghi nhận")
    "liên đội": "tập thể", "chi đội": "tập thể",  # the Pioneers' units ("công nhận 117 liên đội mạnh cấp tỉnh")
    "câu lạc bộ": "tập thể", "clb": "tập thể",  # ("tuyên dương 52 câu lạc bộ, đội, nhóm tình nguyện")
    "cá nhân": "cá nhân", "các nhân": "cá nhân", "ca nhân": "cá nhân", "đồng chí": "cá nhân", "đ/c": "cá nhân", "người": "cá nhân", "hội viên": "cá nhân", "học sinh": "cá nhân",
    "đoàn viên": "cá nhân", "cán bộ": "cá nhân", "đảng viên": "cá nhân", "giáo viên": "cá nhân",
    "chiến sĩ": "cá nhân", "công chức": "cá nhân", "em": "cá nhân", "cháu": "cá nhân", "thanh niên": "cá nhân",
    "trẻ em": "cá nhân",  # ("50 trẻ em có hoàn cảnh đặc biệt khó khăn đã được tuyên dương")
    "sinh viên": "cá nhân", "nữ sinh": "cá nhân", "nam sinh": "cá nhân", "nông dân": "cá nhân", "cựu chiến binh": "cá nhân", "phụ nữ": "cá nhân",
    "già làng": "cá nhân", "mẹ": "cá nhân", "bà mẹ": "cá nhân", "người có uy tín": "cá nhân", "công dân": "cá nhân", "y bác sĩ": "cá nhân",
    "mạnh thường quân": "cá nhân", "nhà hảo tâm": "cá nhân", "tnxp": "cá nhân",  # benefactors; youth volunteers, short
    "tccs": "tập thể", "tccs đảng": "tập thể", "tccsđ": "tập thể",  # tổ chức cơ sở đảng, short ("khen thưởng 8 TCCS đảng")
    "bạn trẻ": "cá nhân",  # young people ("trao danh hiệu “Công dân trẻ tiêu biểu” cho 10 bạn trẻ")
    "kiều bào": "cá nhân",  # overseas Vietnamese ("tặng bằng khen cho 13 kiều bào đóng góp tích cực …")
    "chị": "cá nhân", "chị em": "cá nhân",  # ("37.348 chị được tặng danh hiệu “Phụ nữ xuất sắc”")
    "cô": "cá nhân",  # women teachers ("16 cô được tặng Bằng khen của Công đoàn Giáo dục Việt Nam")
    "dn": "tập thể",  # doanh nghiệp written short ("danh sách 91 DN được trao Giải thưởng Du lịch Việt Nam")
    "thí sinh": "cá nhân",  # contestants, where they win ("11 thí sinh đã xuất sắc giành giải thưởng"; not "1.000 thí sinh dự thi")
    "học viên": "cá nhân",  # a course's trainees ("trao Giấy khen cho 04 học viên đạt thành tích xuất sắc trong học tập")
    "lão thành cách mạng": "cá nhân", "lão thành": "cá nhân",  # ("trao huy hiệu 70 năm tuổi Đảng cho hai lão thành cách mạng")
    "hiệp sĩ": "cá nhân",  # the volunteer "traffic knights" ("21 hiệp sĩ khác được tặng bằng khen")
    "tài xế": "cá nhân", "lái xe": "cá nhân",  # drivers ("khen thưởng 3 tài xế taxi đã trả lại tài sản cho khách")
    "nhân tố mới": "cá nhân",  # the Youth Union's new exemplars ("80 nhân tố mới đã được … tôn vinh")
    "chuyên viên": "cá nhân", "kỹ sư": "cá nhân",  # ("vinh danh 191 kỹ sư, công nhân lao động tiêu biểu")
    "cá nhận": "cá nhân",  # cá nhân misspelt ("5 tập thể và 5 cá nhận được nhận Bằng khen")
    "bệnh viện": "tập thể",  # ("10 bệnh viện thân thiện nhận bằng khen của Thủ tướng")
    "nữ": "cá nhân",  # women ("6.032 nữ đạt danh hiệu giỏi việc nước, đảm việc nhà")
    "trường": "tập thể",  # schools ("công nhận 44/45 trường đạt danh hiệu")
    "phụ trách đội": "cá nhân", "tổng phụ trách": "cá nhân", "tổng phụ trách đội": "cá nhân",  # the Pioneers' leaders
    "anh, chị": "cá nhân", "anh chị": "cá nhân",  # ("Biểu dương 11 anh, chị phụ trách đội")
    "hs": "cá nhân", "sv": "cá nhân", "hs-sv": "cá nhân",  # học sinh, sinh viên written short ("33 HS đạt …")
    "gương gia đình": "tập thể", "tấm gương gia đình": "tập thể",  # families held up as examples
    "gương mặt": "cá nhân",  # ("công bố danh sách 10 “Gương mặt trẻ Việt Nam tiêu biểu”")
    "đại biểu": "cá nhân", "chủ tịch": "cá nhân", "chiến sỹ": "cá nhân", "gương": "cá nhân", "tấm gương": "cá nhân",
    # officials by their posts ("Hai Phó Chủ tịch UBND thành phố … được tặng thưởng Huân chương Lao động hạng Ba")
    "phó chủ tịch": "cá nhân", "phó bí thư": "cá nhân", "giám đốc": "cá nhân", "phó giám đốc": "cá nhân",
    # people by calling or title: "191 nhà giáo … được tuyên dương", "974 lao động tiên tiến"
    "nhà giáo": "cá nhân", "thầy cô giáo": "cá nhân", "thầy cô": "cá nhân", "thầy, cô giáo": "cá nhân",
    "thầy giáo": "cá nhân", "cô giáo": "cá nhân", "anh hùng": "cá nhân", "lao động": "cá nhân",
    "người lao động": "cá nhân", "công nhân": "cá nhân", "nghệ nhân": "cá nhân", "bác sĩ": "cá nhân",
    "thầy thuốc": "cá nhân", "giảng viên": "cá nhân", "nhà khoa học": "cá nhân", "doanh nhân": "cá nhân", "tình nguyện viên": "cá nhân",
    "hội viên nông dân": "cá nhân", "thành viên": "cá nhân", "vận động viên": "cá nhân", "hộ dân": "tập thể",
    "hộ sinh": "cá nhân", "hộ lý": "cá nhân",  # midwives and nurses, not households
    "thanh thiếu nhi": "cá nhân", "thiếu nhi": "cá nhân", "đội viên": "cá nhân", "bí thư": "cá nhân",
    "dòng họ": "tập thể", "tộc họ": "tập thể", "tộc": "tập thể", "cụ": "cá nhân", "người cao tuổi": "cá nhân", "nct": "cá nhân", "cnvc-lđ": "cá nhân", "cnvclđ": "cá nhân",
    "công nhân viên chức": "cá nhân", "đoàn viên công đoàn": "cá nhân", "công đoàn viên": "cá nhân",
    "công đoàn": "tập thể", "công đoàn cơ sở": "tập thể",  # ("39/45 công đoàn đạt danh hiệu …": unions)
    "cđ cơ sở": "tập thể", "cđcs": "tập thể",  # the same written short ("3 CĐ cơ sở nhận cờ thi đua Tổng LĐLĐ Việt Nam")
    # heads of a village's or a front's work ("Khen thưởng 19 trưởng ban công tác mặt trận khu dân cư tiêu biểu")
    "trưởng ban": "cá nhân", "trưởng thôn": "cá nhân", "trưởng ấp": "cá nhân", "trưởng bản": "cá nhân",
    # (the same heads written the other way round: "biểu dương 90 già làng, thôn trưởng, người có uy tín")
    "thôn trưởng": "cá nhân", "ấp trưởng": "cá nhân", "bản trưởng": "cá nhân", "xóm trưởng": "cá nhân",
    "khóm trưởng": "cá nhân",
    "trưởng xóm": "cá nhân", "trưởng khóm": "cá nhân", "trưởng khu phố": "cá nhân",  # ("Giấy khen cho 6 trưởng xóm")
    "tổ trưởng": "cá nhân", "chi hội trưởng": "cá nhân", "chủ nhiệm": "cá nhân",  # ("10 chủ nhiệm HTX … được tặng")
    # officers by rank ("ba người dân và một đại úy công an được khen thưởng")
    "đại úy": "cá nhân", "đại uý": "cá nhân", "thượng úy": "cá nhân", "thượng uý": "cá nhân", "trung úy": "cá nhân",
    "trung uý": "cá nhân", "thiếu úy": "cá nhân", "thiếu uý": "cá nhân", "thiếu tá": "cá nhân", "trung tá": "cá nhân",
    "thượng tá": "cá nhân", "đại tá": "cá nhân", "sĩ quan": "cá nhân", "quân nhân": "cá nhân",
    # businesses that reach a title ("24 cơ sở kinh doanh … đạt danh hiệu “Điểm kinh doanh đạt chuẩn văn minh”")
    "cơ sở kinh doanh": "tập thể", "cơ sở sản xuất kinh doanh": "tập thể", "điểm kinh doanh": "tập thể",
    # lodging houses and the learning movement's units ("1.684 khu nhà trọ văn hóa", "hơn 1.000 cộng đồng học tập")
    # staff written short ("93 lượt CBCNV được công nhận danh hiệu Chiến sỹ thi đua cơ sở"), a hospital's departments
    # and the border posts ("01 khoa đạt danh hiệu lao động xuất sắc", "8 Đồn đã được công nhận là Điểm sáng văn hóa")
    "cbcnv": "cá nhân", "cbcnvc": "cá nhân", "cbccvc": "cá nhân", "cbcs": "cá nhân", "khoa": "tập thể",
    "khoa, phòng": "tập thể", "đồn biên phòng": "tập thể",
    "khu nhà trọ": "tập thể", "nhà trọ": "tập thể", "cộng đồng học tập": "tập thể", "cộng đồng khuyến học": "tập thể",
    "đơn vị học tập": "tập thể", "đơn vị xã hội học tập": "tập thể", "cộng đồng": "tập thể",
    "giáo sư": "cá nhân", "tiến sĩ": "cá nhân",  # ("37 Giáo sư, Phó Giáo sư, Tiến sĩ, Thạc sĩ")
    # inspectors and rangers ("tặng bằng khen và phần thưởng cho hai thanh tra đã phát hiện sai phạm")
    "thanh tra": "cá nhân", "thanh tra viên": "cá nhân", "kiểm lâm": "cá nhân", "kiểm lâm viên": "cá nhân",
    # fishermen and boat owners ("tặng Bằng khen cho 6 ngư dân đã cứu thuyền viên")
    "ngư dân": "cá nhân", "chủ tàu": "cá nhân", "chủ tàu cá": "cá nhân", "thuyền trưởng": "cá nhân",
    # public employees and village police ("98 viên chức đạt danh hiệu Lao động tiên tiến"; not the war dead, "xã có 280
    # liệt sĩ", far more often counted than honoured)
    "viên chức": "cá nhân", "công an viên": "cá nhân",
    "phóng viên": "cá nhân", "biên tập viên": "cá nhân", "nhà báo": "cá nhân", "phát thanh viên": "cá nhân",  # ("có 01 phóng viên được nhận Bằng khen")
    "tác giả": "cá nhân",  # the authors of works honoured ("tặng Bằng khen cho 5 tác giả tiêu biểu có nhiều công trình đoạt giải")
    "nghệ sĩ": "cá nhân", "nghệ sỹ": "cá nhân", "diễn viên": "cá nhân",  # ("trao Huy chương Bạc cho 65 nghệ sĩ, diễn viên")
    # administrative units, recipients only where an award is given to them (_ADMIN_UNIT_GRANTED)
    "xã": "tập thể", "huyện": "tập thể", "tỉnh": "tập thể", "phường": "tập thể", "thị trấn": "tập thể", "quận": "tập thể",
    "địa phương": "tập thể",  # localities ("tặng danh hiệu “Xã, phường, thị trấn tiêu biểu” cho 10 địa phương")
    "quần chúng": "cá nhân",  # ("hơn 370 quần chúng … đã được tôn vinh")
    "kdc": "tập thể",  # khu dân cư written short ("564 KDC được công nhận “KDC văn hóa”")
    "lvh": "tập thể",  # làng văn hóa written short ("44 LVH và 10 cá nhân tiêu biểu được … tặng bằng khen")
    "gđvh": "tập thể", "gdvh": "tập thể",  # gia đình văn hóa written short ("có gần 46.600 GĐVH"): households with the title
    # emulation titles written short name their holders ("Kết quả có 380 LĐTT; 80 CSTĐCS; 23 TTLĐTT"):
    # lao động tiên tiến, chiến sĩ thi đua (cơ sở), tập thể lao động tiên tiến / xuất sắc
    "lđtt": "cá nhân", "cstđcs": "cá nhân", "cstđ": "cá nhân", "ttlđtt": "tập thể", "ttlđxs": "tập thể",
    "làng bản": "tập thể", "bản làng": "tập thể",  # villages of the highlands ("204 làng bản được công nhận …")
    "làng": "tập thể",  # ("tặng bằng khen cho 22 làng, khu dân cư"; "duy trì 2 làng văn hóa" is no award)
    # people written short: người lao động, công nhân lao động, cựu chiến binh, đoàn viên thanh niên ("trao danh hiệu
    # Công nhân cao su ưu tú cho 11 NLĐ", "tặng giấy khen cho 12 CCB")
    "nlđ": "cá nhân", "cnlđ": "cá nhân", "ccb": "cá nhân", "đvtn": "cá nhân",
    "đv": "cá nhân",  # đảng viên written short, as Party news does ("82 ĐV được trao tặng Huy hiệu Đảng")
    # and so are farmers ("9 ND được tuyên dương"); cooperatives written short are collectives ("2 HTX và 1 Quỹ TDND
    # được công nhận HTX tiêu biểu")
    "nd": "cá nhân", "htx": "tập thể",
    # clusters of homes and places of worship reaching the learning titles ("9/11 cụm dân cư; 125/192 cơ sở tôn giáo")
    "cụm dân cư": "tập thể", "cơ sở tôn giáo": "tập thể",
    # Catholic parishes and sub-parishes reaching their title ("890 lượt xứ, họ đạo được công nhận … “Xứ, họ đạo tiên tiến”")
    "xứ, họ đạo": "tập thể", "xứ họ đạo": "tập thể", "giáo xứ": "tập thể", "giáo họ": "tập thể", "họ đạo": "tập thể",
    # pagodas and their monks, dignitaries of the faiths ("tặng Bằng khen cho 6 chùa Khmer tiêu biểu", "Giấy khen cho 15
    # vị sư sãi", "biểu dương 40 chức sắc, chức việc")
    "chùa": "tập thể", "sư sãi": "cá nhân", "vị sư sãi": "cá nhân", "vị sư": "cá nhân", "chức sắc": "cá nhân",
    "vị chức sắc": "cá nhân", "chức việc": "cá nhân",
    # a residential area's front committees ("Giấy khen cho 13 Ban Công tác Mặt trận khu dân cư")
    "ban công tác mặt trận": "tập thể", "ban ctmt": "tập thể",
    # the blocks of a city's wards ("tặng giấy khen cho 6 khối và 25 hộ gia đình"), and emulation blocs
    "khối": "tập thể",
    # a mine's or a factory's workshops and its miners ("tặng Cờ thi đua cho 2 phân xưởng", "khen thưởng 45 thợ lò")
    "phân xưởng": "tập thể", "thợ lò": "cá nhân",
    # lodging houses of tourism ("tặng Giấy khen cho 14 cơ sở lưu trú"), a commune's Party committees ("trong đó có 4 đảng
    # ủy xã"), staff and residents ("2 nhân viên cứu hộ và 4 người dân"), doctors written with a comma ("21 y, bác sĩ")
    "cơ sở lưu trú": "tập thể", "đảng ủy": "tập thể", "đảng uỷ": "tập thể", "nhân viên": "cá nhân",
    "người dân": "cá nhân", "y, bác sĩ": "cá nhân",
    # mediators and their groups ("tặng Giấy khen cho 9 tổ hòa giải và 16 hòa giải viên"), the grassroots units of a
    # union or association ("2 cơ sở hội được … tặng bằng khen"), pagodas' boards, trade associations, workshops
    "hòa giải viên": "cá nhân", "hoà giải viên": "cá nhân", "cơ sở hội": "tập thể", "cơ sở đoàn": "tập thể",
    "ban quản trị": "tập thể", "hiệp hội": "tập thể", "cơ sở sản xuất, kinh doanh": "tập thể",
    # a school's classes ("khen thưởng 3 lớp đạt danh hiệu tập thể lớp tiên tiến xuất sắc, 12 lớp tiên tiến"), a company's
    # state farms ("Giấy khen cho 17 tổ sản xuất, 6 nông trường"), priests ("2 linh mục được … tặng Bằng khen")
    "lớp": "tập thể", "nông trường": "tập thể", "linh mục": "cá nhân",
    # the best of an examination ("4 thủ khoa kỳ thi tốt nghiệp"), a boat's crew ("tặng Giấy khen cho 8 thuyền viên")
    "thủ khoa": "cá nhân", "thuyền viên": "cá nhân",
}
# Heads of a unit or a model, people even where "mô hình" follows ("10 tổ trưởng mô hình Tổ hợp tác … được nhận bằng khen").
LEADERS = frozenset(("tổ trưởng", "chủ nhiệm", "trưởng ban", "chi hội trưởng"))
# (and a union's grassroots units, named at meetings and in ratings far more often than honoured)
ADMIN_UNITS = {"xã", "huyện", "tỉnh", "phường", "thị trấn", "quận", "làng", "địa phương", "cơ sở hội", "cơ sở đoàn"}

# The nouns as one alternation, longest first, spaces matching any run of whitespace (around a comma, none too).
NOUNS = "|".join(sorted((k.replace(", ", ",").replace(" ", r"\s+").replace(",", r"\s*,\s*") for k in KIND),
                        key=len, reverse=True))
