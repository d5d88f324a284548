"""Awardee counts: received awards only, each kind mapped as ANNOTATION.md says."""

import pytest

from tests.conftest import extract_text


def awardees(cfg, sentence: str) -> list[tuple[int, str]]:
    doc = extract_text(f"Tổng kết phong trào\n\n12/12/2023 - 08:00\n\n{sentence}", cfg)
    return [(int(f.value), f.unit) for f in sorted(doc.facts, key=lambda f: f.start) if f.kind == "awardee_count"]


@pytest.mark.parametrize("sentence, expected", [
    ("Dịp này, 3 đồng chí được nhận Kỷ niệm chương “Vì sự nghiệp Dân vận của Đảng”; 19 tập thể, 7 cá nhân được UBND huyện biểu dương khen thưởng.",
     [(3, "cá nhân"), (19, "tập thể"), (7, "cá nhân")]),
    ("Chủ tịch UBND tỉnh đã tặng Bằng khen 28 tập thể, 12 cá nhân có thành tích xuất sắc.", [(28, "tập thể"), (12, "cá nhân")]),
    ("Đảng ủy và UBND xã đã tặng giấy khen cho 9 tập thể và 3 cá nhân điển hình xuất sắc.", [(9, "tập thể"), (3, "cá nhân")]),
    ("Biểu dương 8 tập thể thực hiện tốt phong trào.", [(8, "tập thể")]),
    ("UBND huyện khen thưởng 5 đơn vị, 2 chi bộ và 4 hộ gia đình.", [(5, "tập thể"), (2, "tập thể"), (4, "tập thể")]),
    ("Có 6 hội viên và 12 học sinh được tuyên dương.", [(6, "cá nhân"), (12, "cá nhân")]),
    ("UBND xã khen thưởng 15 cá nhân có thành tích tiêu biểu.", [(15, "cá nhân")]),
    # the honorific classifier before the people honoured
    ("Dịp này, UBND tỉnh trao Bằng khen cho 18 vị già làng, người có uy tín tiêu biểu.", [(18, "cá nhân")]),
    # benefactors and former youth volunteers, written short, are people; urban blocks reaching the title are units
    ("Có 25 mạnh thường quân được nhận Bằng ghi nhận tấm lòng vàng của Hội Chữ thập đỏ tỉnh.", [(25, "cá nhân")]),
    # pupils in hard circumstances, an item of a list of awards, are honoured all the same
    ("Hội khuyến học khen thưởng 15 học sinh giỏi, 6 học sinh có hoàn cảnh khó khăn.", [(15, "cá nhân"), (6, "cá nhân")]),
    ("Dịp này, Hội trao Kỷ niệm chương cho 52 cựu TNXP có nhiều đóng góp.", [(52, "cá nhân")]),
    # inspectors and forest rangers, by their calling
    ("Giám đốc Sở tặng bằng khen và phần thưởng cho hai thanh tra đã phát hiện sai phạm tại hội đồng thi.", [(2, "cá nhân")]),
    ("Chi cục Kiểm lâm khen thưởng 6 kiểm lâm viên có thành tích bảo vệ rừng mùa khô.", [(6, "cá nhân")]),
    # fishermen; the fishermen a crew saved are not honoured
    ("Chủ tịch UBND huyện Lý Sơn tặng Giấy khen cho 4 ngư dân đã cứu nạn 9 thuyền viên tàu cá gặp sự cố.", [(4, "cá nhân")]),
    ("Tổ công tác của Đồn Biên phòng Sa Huỳnh được tặng Bằng khen vì đã cứu nạn 7 ngư dân trên biển.", []),
    # the head who signs the award, named between "được" and the verb
    ("Có 5 tập thể và 9 cá nhân thuộc Đồn Biên phòng Cửa Việt đã được Giám đốc Công an tỉnh Quảng Trị khen thưởng.",
     [(5, "tập thể"), (9, "cá nhân")]),
    ("Ba cán bộ, chiến sĩ của Trung đoàn 726 được Tư lệnh Quân khu 5 tặng Bằng khen.", [(3, "cá nhân")]),
    # a later item that presents a paper ("trình bày") submits nothing: the grant before it stands
    ("Dịp này, Huyện ủy Yên Thủy tặng Giấy khen cho 7 tập thể và 16 đảng viên tiêu biểu; 4 điển hình đã trình bày tham "
     "luận tại hội nghị.", [(7, "tập thể"), (16, "cá nhân")]),
    # the honourees described at length before the grant; not those who stand for the honoured
    ("Có 31 cá nhân là cán bộ, hội viên các chi hội phụ nữ trên địa bàn huyện Con Cuông có thành tích xuất sắc trong phong "
     "trào xây dựng gia đình 5 không 3 sạch giai đoạn 2020-2025 được Chủ tịch UBND huyện tặng Giấy khen.", [(31, "cá nhân")]),
    ("9 tập thể thuộc Cục Thuế tỉnh và các chi cục thuế khu vực đã hoàn thành xuất sắc nhiệm vụ thu ngân sách năm 2023 được "
     "Bộ trưởng Bộ Tài chính tặng Bằng khen.", [(9, "tập thể")]),
    ("Đại hội có 145 đại biểu là cá nhân và đại diện các tập thể Anh hùng Lực lượng vũ trang nhân dân, Anh hùng Lao động "
     "thời kỳ đổi mới của các tỉnh miền Trung được phong tặng từ năm 2015 đến nay.", []),
    # public employees reaching a title; honourees the congress itself acclaims
    ("Năm 2023, Bệnh viện Đa khoa huyện Hậu Lộc có 86 viên chức đạt danh hiệu Lao động tiên tiến.", [(86, "cá nhân")]),
    ("Tại đại hội, 4 tập thể và 7 cá nhân được đại hội suy tôn là ngọn cờ đầu trong phong trào thi đua.",
     [(4, "tập thể"), (7, "cá nhân")]),
    # submitted to the province: proposed; submitted for the minister's signature of the decision: granted
    ("UBND huyện Hàm Tân tặng Giấy khen cho 18 hộ; đồng thời trình UBND tỉnh tặng Bằng khen cho 3 hộ.", [(18, "tập thể")]),
    ("Hội đồng Thi đua - Khen thưởng đã trình Bộ trưởng ký Quyết định tặng Cờ thi đua cho 05 đơn vị.", [(5, "tập thể")]),
    # schools honoured, not only schools that reach a title; not schools built or equipped
    ("Năm học 2023-2024, 7 trường được Chủ tịch UBND tỉnh Nam Định tặng Cờ thi đua.", [(7, "tập thể")]),
    ("Huyện có 25 trường được đầu tư xây dựng và trao tặng thiết bị dạy học.", []),
    # overseas Vietnamese honoured by their home province
    ("Chủ tịch UBND tỉnh tặng Bằng khen cho 21 kiều bào có nhiều đóng góp cho quê hương.", [(21, "cá nhân")]),
    ("Cuối năm, phường có 14 khối phố đạt danh hiệu khối phố văn hóa.", [(14, "tập thể")]),
    # the learning association's titles reached, written short
    ("Sau 5 năm, toàn huyện có 6.240 gia đình đạt chuẩn GĐHH và 312 dòng họ đạt chuẩn DHHH.", [(6240, "tập thể"), (312, "tập thể")]),
    # families held up as examples are households, not people
    ("Hội nghị đã biểu dương 23 gương gia đình hạnh phúc tiêu biểu.", [(23, "tập thể")]),
    # officials counted by their posts, the posts capitalised after a number word that opens the sentence
    ("Ba Phó Giám đốc Sở được tặng Bằng khen của Bộ trưởng Bộ Y tế.", [(3, "cá nhân")]),
    ("Hai Phó Chủ tịch UBND tỉnh là ông Lò Văn Hưng và bà Cầm Thị Lan được tặng Huân chương Lao động hạng Ba.",
     [(2, "cá nhân")]),
    # cared for, not honoured, though a list that opens with a title shares its verb with its later items
    ("Trong năm, tổ có 98 hộ đạt danh hiệu Gia đình văn hóa; 45 trẻ em dưới 5 tuổi được tiêm chủng đầy đủ.",
     [(98, "tập thể")]),
    # artists and actors given medals are people honoured
    ("Ban tổ chức trao Huy chương Vàng cho 42 nghệ sĩ, diễn viên có vai diễn xuất sắc.", [(42, "cá nhân")]),
    # those taking part in the contest, the clause ending with them, are not the pupils honoured
    ("Bộ trưởng tặng Bằng khen cho 4 học sinh đoạt huy chương Olympic Tin học châu Á, kỳ thi năm nay có 30 nước với tổng "
     "số hơn 700 học sinh tham gia.", [(4, "cá nhân")]),
    # children in hardship, honoured as such
    ("Tối 1/6, 35 trẻ em có hoàn cảnh đặc biệt khó khăn đã được tuyên dương tại chương trình của Hội Bảo trợ trẻ em tỉnh.",
     [(35, "cá nhân")]),
])
def test_received_awards(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Ban Chỉ đạo đề nghị UBND tỉnh khen thưởng 4 tập thể và 6 cá nhân.",  # proposed, not received
    "Trên địa bàn huyện xây dựng được 130 mô hình tập thể và 35 điển hình cá nhân.",  # models
    "Đề nghị Ban Thường vụ công nhận 202 mô hình (trong đó có 187 tập thể và 15 cá nhân).",  # a model breakdown
    "Hội nghị biểu dương 151 tập thể, cá nhân điển hình tiên tiến.",  # both kinds in one figure
    "Có 440 đơn vị, tổ chức, cá nhân đăng ký mới mô hình.",  # registrants, no award
    "Quỹ đã hỗ trợ 90.689 học sinh khó khăn.",  # beneficiaries
    "Toàn xã có 12.540 nhân khẩu của 23 thôn được nhận quà Tết Độc lập.",  # gifts received
    # merit, not an award
    "Với những đóng góp đó, 412 người có uy tín của tỉnh Kon Tum xứng đáng được biểu dương, khen thưởng.",
    # the second of two years, not a count of people ("anh" is the man the profile is about)
    "Năm 2019, 2020 anh liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở.",
    "Các năm 2015 và 2016 chị được tặng Giấy khen của Giám đốc Sở.",
    # taken under a body's care, not honoured
    "Hơn 60 cháu là con hội viên được các cấp Hội Phụ nữ nhận đỡ đầu cùng vui Tết Thiếu nhi.",
    "Có 40 trẻ em có hoàn cảnh khó khăn được nhận quà của Ban tổ chức.",
])
def test_not_awardees(cfg, sentence):
    assert awardees(cfg, sentence) == []


def test_qualifier_names_the_award_and_the_issuer(cfg):
    doc = extract_text("Tổng kết\n\nDịp này, 28 tập thể được tặng Bằng khen của UBND tỉnh.", cfg)
    [fact] = [f for f in doc.facts if f.kind == "awardee_count"]
    assert fact.qualifier == "Bằng khen; UBND tỉnh"


def test_totals_go_to_the_article_row(cfg):
    from pipeline.write.rows import article_row

    doc = extract_text("Tổng kết\n\n12 tập thể và 20 cá nhân được khen thưởng; 3 cá nhân nhận Kỷ niệm chương.", cfg)
    row = article_row(doc)
    assert (row["awardee_collectives"], row["awardee_individuals"]) == (12, 23)


def test_units_of_blood_are_not_units_honoured(cfg):
    doc = extract_text("Tuyên dương thanh niên tình nguyện\n\n02/06/2022 - 07:00\n\n"
                       "Dịp này, Tỉnh đoàn trao tặng 150 suất quà, vận động đoàn viên hiến 2 nghìn đơn vị máu và "
                       "tặng Bằng khen cho 12 tập thể.", cfg)
    assert {(int(f.value), f.unit) for f in doc.facts if f.kind == "awardee_count"} == {(12, "tập thể")}


def test_those_taking_part_in_a_congress_are_not_awardees(cfg):
    assert awardees(cfg, "Đại hội khai mạc với sự tham gia của hơn 400 đại biểu, trong đó có 90 điển hình được vinh danh.") == []


@pytest.mark.parametrize("sentence, expected", [
    ("Trong 5 năm, 1.204 lượt tập thể, 6.310 lượt cá nhân được các cấp khen thưởng.", [(1204, "tập thể"), (6310, "cá nhân")]),
    ("Dịp này, Hội LHPN tỉnh tặng Bằng khen cho 12 nữ sinh đạt thủ khoa.", [(12, "cá nhân")]),
    ("Ban Tổ chức tặng giấy khen cho 8 đội đạt giải và 3 hội quán tiêu biểu.", [(8, "tập thể"), (3, "tập thể")]),
    # where nominations came from; beneficiaries of support
    ("Giải thưởng nhận được 120 hồ sơ đề cử từ 45 đơn vị; 10 cá nhân được tuyên dương.", [(10, "cá nhân")]),
    ("UBND huyện tặng 20 Giấy khen cho cá nhân có uy tín; đồng thời hỗ trợ cho 20 người uy tín có hoàn cảnh khó khăn.", []),
    # those in need are helped, even in a digest whose previous item counts title holders
    ("+ Trong năm 2023, tỉnh có 8.120 hộ đạt danh hiệu nông dân sản xuất kinh doanh giỏi các cấp. + Ban Thường vụ Tỉnh "
     "Đoàn Bến Tre tặng công trình chăm sóc sức khỏe cho 320 cựu TNXP khó khăn trong tỉnh.", [(8120, "tập thể")]),
    # the authors of works a prize honours
    ("Nhân dịp này, Hội Nhà báo tỉnh tặng Giấy khen cho 7 tác giả có tác phẩm đoạt giải cao.", [(7, "cá nhân")]),
])
def test_who_is_honoured_and_who_is_not(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


def test_youth_union_branches_are_collectives_and_a_figure_of_both_kinds_is_none(cfg):
    assert awardees(cfg, "Thành Đoàn tuyên dương 65 thanh niên, chi đoàn tiên tiến; trao giải thưởng cho 18 chi đoàn "
                         "tiên tiến và tặng bằng khen cho 9 chi đoàn xuất sắc.") == [(18, "tập thể"), (9, "tập thể")]


def test_guests_and_the_parts_of_an_exemplar_count_are_not_awardees(cfg):
    assert awardees(cfg, "Đại hội tuyên dương các điển hình. Trong đó, 180 cá nhân đại biểu khách mời, đại biểu điển hình "
                         "tiên tiến là 215 (có 5 tập thể và 210 cá nhân).") == []


@pytest.mark.parametrize("sentence, expected", [
    # the grant comes after a long description of what the recipients achieved
    ("Tại hội nghị, 14 tập thể và 9 cá nhân có thành tích xuất sắc trong phong trào nông dân thi đua sản xuất, "
     "kinh doanh giỏi giai đoạn 2019 - 2024 đã vinh dự được nhận Giấy khen của Chủ tịch UBND huyện Đông Hưng.",
     [(14, "tập thể"), (9, "cá nhân")]),
    # a long list of issuers between "được" and the award
    ("Đã có hơn 312 lượt tập thể và 1.045 lượt cá nhân được Nhà nước, Chính phủ, Bộ Quốc phòng, Bộ Tư lệnh Quân "
     "khu 5, cấp ủy, chính quyền địa phương tặng thưởng huân chương, bằng khen và giấy khen.",
     [(312, "tập thể"), (1045, "cá nhân")]),
    # a proposal stays a proposal however late it is named
    ("Hội nghị thống nhất 6 tập thể và 11 cá nhân có nhiều đóng góp cho phong trào thi đua của huyện Ea Kar "
     "trong nhiệm kỳ qua được đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh.", []),
    # another figure before "được" is someone else's grant
    ("Hội có 1.850 hội viên sinh hoạt ở các chi hội của những thôn, bản vùng cao thuộc huyện Mường Tè, trong năm có "
     "thêm 14 hội viên với nhiều thành tích trong lao động, sản xuất được tặng Giấy khen của Hội Nông dân huyện.",
     [(14, "cá nhân")]),
])
def test_a_grant_named_late_in_the_sentence(cfg, sentence, expected):
    assert sorted(awardees(cfg, sentence), reverse=True) == sorted(expected, reverse=True)


@pytest.mark.parametrize("sentence, expected", [
    # an award given to communes, districts and provinces themselves
    ("Thủ tướng tặng Bằng khen 42 xã đạt chuẩn nông thôn mới kiểu mẫu tiêu biểu.", [(42, "tập thể")]),
    ("Chủ tịch nước trao Huân chương Lao động hạng Nhì tặng 4 tỉnh và 27 huyện.", [(4, "tập thể"), (27, "tập thể")]),
    ("Phó Thủ tướng trao Cờ thi đua của Chính phủ cho 6 huyện có thành tích xuất sắc.", [(6, "tập thể")]),
    # schools given an award, beside teachers and pupils; cases ("trường hợp") are none
    ("UBND xã tặng Giấy khen cho 3 trường, 12 giáo viên và 27 học sinh có thành tích xuất sắc.",
     [(3, "tập thể"), (12, "cá nhân"), (27, "cá nhân")]),
    ("UBND huyện tặng Giấy khen cho 5 trường hợp có hành động dũng cảm cứu người.", []),
    # lodging houses, a commune's Party committees as a part, staff and residents, doctors written with a comma
    ("UBND phường tặng Giấy khen cho 18 cơ sở lưu trú và 6 cá nhân.", [(18, "tập thể"), (6, "cá nhân")]),
    ("UBND huyện tặng Giấy khen cho 9 tập thể và 15 cá nhân, trong đó có 3 đảng ủy xã.",
     [(9, "tập thể"), (15, "cá nhân"), (3, "tập thể")]),
    ("UBND tỉnh khen thưởng 5 cá nhân dũng cảm. Trong 5 cá nhân được khen thưởng có 3 nhân viên cứu hộ và 2 người dân.",
     [(5, "cá nhân"), (5, "cá nhân"), (3, "cá nhân"), (2, "cá nhân")]),  # (the total restated, as written)
    # the second of the places those honoured were chosen from, and no span of times
    ("Tổng Liên đoàn tuyên dương 80 chủ tịch CĐCS tiêu biểu, được lựa chọn từ 50 LĐLĐ tỉnh, thành phố và 15 công đoàn ngành.",
     [(80, "cá nhân")]),
    ("Tại lễ tôn vinh, 30 cá nhân có số lần hiến máu từ 20 lần trở lên và 2 tập thể được tặng Bằng khen.",
     [(30, "cá nhân"), (2, "tập thể")]),
    # a mine's workshops and its miners
    ("Tập đoàn tặng Cờ thi đua cho 3 phân xưởng; Công ty khen thưởng 52 thợ lò có năng suất cao nhất.",
     [(3, "tập thể"), (52, "cá nhân")]),
    # localities given a title, the title's year between ("địa phương" counted elsewhere is no recipient)
    ("UBND tỉnh Bình Định tặng danh hiệu “Xã, phường, thị trấn tiêu biểu” năm 2022 cho 9 địa phương.", [(9, "tập thể")]),
    ("Bằng khen của Bộ trưởng được trao cho 7 địa phương dẫn đầu phong trào.", [(7, "tập thể")]),
    ("Hội nghị trực tuyến kết nối với 63 địa phương trong cả nước.", []),
    ("Chủ tịch UBND tỉnh tặng Bằng khen năm 2023 cho 14 xã hoàn thành xuất sắc nhiệm vụ.", [(14, "tập thể")]),
    # administrative units as a part of collectives given an award, not counted alone
    ("Thủ tướng tặng Cờ thi đua của Chính phủ cho 38 tập thể dẫn đầu phong trào năm 2024, trong đó có 5 đơn vị cấp xã.",
     [(38, "tập thể"), (5, "tập thể")]),
    ("Toàn tỉnh có 38 tập thể dẫn đầu phong trào năm 2024, trong đó có 5 đơn vị cấp xã.", []),
    # units that reach a standard are no award recipients
    ("Đến nay toàn tỉnh có 58 xã đạt chuẩn nông thôn mới và 3 huyện được công nhận hoàn thành nhiệm vụ.", []),
    # young people and clans by their own nouns
    ("Tỉnh đoàn Quảng Trị đã tuyên dương 41 thanh thiếu nhi tiêu biểu năm 2019.", [(41, "cá nhân")]),
    ("UBND huyện tặng Giấy khen cho 12 dòng họ văn hóa tiêu biểu.", [(12, "tập thể")]),
    # those who attend are not those honoured
    ("Lễ tuyên dương diễn ra tại hội trường huyện với 250 đồng chí tham dự.", []),
    ("Hội đồng Đội huyện trao giải cuộc thi kể chuyện về Bác, với gần 300 em học sinh trong huyện đã về dự lễ.", []),
    # drivers and the Youth Union's "new factors" are people
    ("Hợp tác xã vận tải Sông Hàn khen thưởng 4 tài xế đã trả lại ví tiền cho hành khách.", [(4, "cá nhân")]),
    ("Dịp này, 25 nhân tố mới tiêu biểu được Thành đoàn tuyên dương.", [(25, "cá nhân")]),
    # engineers, officials and hospitals by their own nouns; cá nhân misspelt
    ("Giải thưởng Lương Định Của năm nay vinh danh 64 kỹ sư nông nghiệp tiêu biểu.", [(64, "cá nhân")]),
    ("Sở Nội vụ khen thưởng 6 chuyên viên hoàn thành xuất sắc nhiệm vụ.", [(6, "cá nhân")]),
    ("Bộ Y tế tặng bằng khen cho 12 bệnh viện xanh - sạch - đẹp.", [(12, "tập thể")]),
    ("Có 4 tập thể và 9 cá nhận được nhận Giấy khen của UBND huyện.", [(4, "tập thể"), (9, "cá nhân")]),
    # a title the locality recognises, its issuer unnamed
    ("Năm 2024, thôn Phú Mỹ có 215/230 hộ dân được địa phương công nhận gia đình văn hóa.", [(215, "tập thể")]),
    # what befell people in the honoured deed is no award
    ("Các tập thể được tuyên dương đã giải cứu đoàn xe khách có 45 hành khách và 6 lái xe bị mắc kẹt do sạt lở.", []),
])
def test_units_clans_and_young_people_as_recipients(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


def test_the_parts_of_a_total_listed_line_by_line(cfg):
    doc = extract_text(
        "Tuyên dương cán bộ Hội tiêu biểu\n\n12/03/2024 - 08:00\n\n"
        "Năm 2024, 80 đồng chí cán bộ Hội từ khắp các tỉnh được tuyên dương, nhận Bằng khen của Trung ương Hội. "
        "Trong đó:\n- 76/80 đồng chí là đảng viên.\n- 31 đồng chí nữ, 49 đồng chí nam\n"
        "Theo khu vực có:\n- Khu vực nông thôn 52 đồng chí.\n- Khu vực đô thị 28 đồng chí.\n\n"
        "Lễ tuyên dương dự kiến tổ chức ngày 20/3 với 300 đồng chí tham dự.", cfg)
    values = sorted(int(f.value) for f in doc.facts if f.kind == "awardee_count")
    assert values == [28, 31, 49, 52, 80]  # the share 76/80 and the attendance 300 are not parts


@pytest.mark.parametrize("sentence, expected", [
    # conferring a title, in life or after death
    ("Theo Quyết định số 512/QĐ-CTN, truy tặng 14 cá nhân và phong tặng 9 tập thể danh hiệu Anh hùng Lực lượng vũ "
     "trang nhân dân.", [(14, "cá nhân"), (9, "tập thể")]),
    # delegates who stand for those once honoured are not honoured here
    ("Đại hội có 64 đại biểu đại diện chiến sĩ thi đua toàn quốc được phong tặng từ năm 2020 đến nay.", []),
    # the make-up of those who attend is no award list, though one item mentions titles
    ("Trong số đại biểu chính thức có 52 đại biểu đại diện Anh hùng Lao động được phong tặng từ năm 2020; 120 đại "
     "biểu là người dân tộc thiểu số; 33 đại biểu là người Việt Nam ở nước ngoài.", []),
    # an award to the delegates themselves still counts
    ("Hội nghị sẽ biểu dương 150 đại biểu đại diện cho hơn 9.000 trưởng ban công tác Mặt trận trong cả nước.",
     [(150, "cá nhân")]),
])
def test_titles_conferred_and_delegates_who_only_attend(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # holders of a work title named right after the noun
    ("Từ năm 2019 - 2021, toàn tỉnh có gần 2.870 lượt tập thể lao động tiên tiến, trên 1.140 lượt tập thể đạt lao "
     "động xuất sắc.", [(2870, "tập thể"), (1140, "tập thể")]),
    # ... but not where they are proposed
    ("UBND huyện đã đề nghị cấp trên công nhận 31 tập thể lao động xuất sắc.", []),
    # helped, not honoured, though a title was reached in the item before
    ("Toàn xã có 312 hộ đạt danh hiệu “sản xuất, kinh doanh giỏi”; 19 hộ nghèo có hoàn cảnh khó khăn được hỗ trợ "
     "xây dựng nhà ở.", [(312, "tập thể")]),
    # a target
    ("Phấn đấu trong 5 năm 2021-2025, xã có 3.500 hộ đạt danh hiệu nông dân sản xuất, kinh doanh giỏi.", []),
    # the title belongs to the item that opens with a share
    ("Phát triển 2.150/3.000 đoàn viên mới, 85% cơ sở Đoàn đạt danh hiệu vững mạnh.", []),
])
def test_titles_reached_helped_and_targets(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Dịp này, Công an huyện đã tặng giấy khen 3 cụ và Hội Người cao tuổi huyện khen thưởng 15 cụ có thành tích "
     "xuất sắc.", [(3, "cá nhân"), (15, "cá nhân")]),
    ("Trong năm, 214 CNVC-LĐ được tuyên dương lao động giỏi - lao động sáng tạo.", [(214, "cá nhân")]),
    ("Dịp này, 96 cá nhân tiêu biểu thuộc 41 công đoàn cơ sở đã được LĐLĐ huyện biểu dương.", [(96, "cá nhân")]),
    # the men and women of an individuals' total
    ("Được tuyên dương năm nay gồm 120 em học sinh, sinh viên xuất sắc; trong đó có 52 nam, 68 nữ.",
     [(120, "cá nhân"), (52, "cá nhân"), (68, "cá nhân")]),
])
def test_the_elderly_workers_issuers_written_short_and_parts_by_sex(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


def test_the_levels_of_households_that_reached_the_title_against_those_registered(cfg):
    doc = extract_text("Tổng kết phong trào nông dân thi đua\n\n12/12/2023 - 08:00\n\nGiai đoạn 2020 - 2022, toàn tỉnh có "
                       "2.604 lượt hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp, đạt 41,2% so với hộ đăng ký.\n\n"
                       "Trong đó, đạt danh hiệu cấp Trung ương là 12 lượt hộ, cấp tỉnh 180 lượt hộ, cấp huyện 806 lượt "
                       "hộ và cấp xã 1.606 lượt hộ.", cfg)
    values = sorted(int(f.value) for f in doc.facts if f.kind == "awardee_count")
    assert values == [12, 180, 806, 1606, 2604]


@pytest.mark.parametrize("sentence, expected", [
    # the noun opens the title's quotation marks
    ("LĐLĐ tỉnh đã tổ chức Lễ tuyên dương 80 “Công nhân giỏi” năm 2023.", [(80, "cá nhân")]),
    # title holders put forward for an award are proposed, not honoured
    ("Ban Chỉ đạo đã chọn 18 cơ quan, đơn vị và 45 hộ gia đình văn hóa tiêu biểu đề nghị UBND huyện khen thưởng.", []),
])
def test_a_quoted_title_and_title_holders_put_forward(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a list of honourees made public, and the parts that follow it
    ("Ban tổ chức Chương trình vừa công bố danh sách 60 cá nhân tiêu biểu, bao gồm 41 nông dân và 19 nhà khoa học.",
     [(60, "cá nhân"), (41, "cá nhân"), (19, "cá nhân")]),
    # a list of nominees is not one of honourees
    ("Ban tổ chức đã công bố danh sách 45 hồ sơ đề cử từ 20 tỉnh, thành phố.", []),
    # "đ/c" is đồng chí
    ("Năm 2023 có 7 đ/c được công nhận danh hiệu chiến sỹ thi đua cấp tỉnh.", [(7, "cá nhân")]),
    # the noun is the title's own first word
    ("Kết quả 5 năm có: 842 chiến sĩ thi đua cấp cơ sở; 2.315 lao động tiên tiến; 96 tập thể lao động tiên tiến.",
     [(842, "cá nhân"), (2315, "cá nhân"), (96, "tập thể")]),
    ("Doanh nghiệp giải quyết việc làm cho 70 lao động tại địa phương.", []),
])
def test_lists_made_public_and_title_holders_named_by_their_title(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


def test_households_that_reach_the_title_named_without_danh_hieu(cfg):
    body = ("Thực hiện công tác thi đua phấn đấu gia đình văn hóa, có 48/48 hộ đăng ký từ đầu năm, có 9 hộ đạt gia đình "
            "văn hóa 3 năm liên tục, có 02 hộ được Chủ tịch UBND xã khen.")
    assert awardees(cfg, body) == [(9, "tập thể"), (2, "tập thể")]


def test_an_ellipsis_run_into_the_next_sentence_ends_the_registrations(cfg):
    body = ("Các chi đoàn đăng ký thực hiện các mô hình “Thắp sáng đường quê”, mô hình Em nuôi của Đoàn….Trong nhiệm kỳ "
            "đã tuyên dương 45 đảng viên trẻ tiêu biểu và 120 thanh niên tiên tiến làm theo lời Bác.")
    assert awardees(cfg, body) == [(45, "cá nhân"), (120, "cá nhân")]


@pytest.mark.parametrize("sentence, expected", [
    # "chương trình" is no proposal ("trình")
    ("Theo đó, tặng Bằng khen cho 15 tập thể, 15 cá nhân đã có thành tích xuất sắc trong thực hiện Chương trình số "
     "04-CTr/TU của Tỉnh ủy.", [(15, "tập thể"), (15, "cá nhân")]),
    # guests after a comma attend
    ("Đại hội diễn ra trong hai ngày với khoảng 350 đại biểu, khách mời tham dự.", []),
    # the figures open the sentence and its verb comes after a long description
    ("Tại buổi lễ, 12 tập thể Hội và 35 hội viên thanh niên tiêu biểu trong học tập, rèn luyện đạo đức, có lối sống "
     "đẹp, tích cực học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, xung kích, tình nguyện vì cuộc sống "
     "cộng đồng, tham gia phát triển kinh tế - xã hội, giữ vững quốc phòng, an ninh ở địa phương đã được vinh danh, "
     "khen thưởng.", [(12, "tập thể"), (35, "cá nhân")]),
    # the parts of a Party badge round, item by item
    ("Đảng bộ phường có 9 đồng chí được trao tặng Huy hiệu Đảng, trong đó: Huy hiệu 60 năm tuổi Đảng có 2 đồng chí; "
     "Huy hiệu 40 năm tuổi Đảng có 3 đồng chí và Huy hiệu 30 năm tuổi Đảng có 4 đồng chí.",
     [(9, "cá nhân"), (2, "cá nhân"), (3, "cá nhân"), (4, "cá nhân")]),
    # villages given an award; a title proposed for units
    ("UBND tỉnh tặng bằng khen cho 16 làng, khu dân cư đạt chuẩn văn hóa 5 năm liên tục. Dịp này, UBND tỉnh đề nghị "
     "công nhận lại 95 cơ quan, đơn vị đạt chuẩn văn hóa.", [(16, "tập thể")]),
    ("Toàn xã duy trì 3 làng văn hóa.", []),
])
def test_programmes_guests_long_subjects_badges_and_villages(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # "TP." inside the grant's issuer does not end the clause
    ("Cả giai đoạn, hơn 8.400 tập thể và trên 21.000 cá nhân được Chủ tịch UBND TP. Hải Phòng tặng bằng khen.",
     [(8400, "tập thể"), (21000, "cá nhân")]),
    # nor does any unit kind written short ("H.", "P.", "Q.", "TT.")
    ("Dịp này, 7 tập thể và 12 cá nhân được UBND H. Phong Điền tặng giấy khen.", [(7, "tập thể"), (12, "cá nhân")]),
    ("Tại buổi lễ, 4 tập thể được UBND P. Tân Định khen thưởng.", [(4, "tập thể")]),
    ("Có 9 hội viên được Hội Nông dân TT. Ba Tri tuyên dương.", [(9, "cá nhân")]),
    # advising a superior to grant is a proposal; staff work ("công tác tham mưu") is not
    ("Sở phối hợp Sở Nội vụ tham mưu Chủ tịch UBND thành phố tặng bằng khen cho 45 tập thể và 30 cá nhân.", []),
    ("UBND huyện tặng giấy khen cho 6 cán bộ làm công tác tham mưu về thi đua, khen thưởng.", [(6, "cá nhân")]),
])
def test_issuers_written_with_tp_and_advice_to_a_superior(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a selection that confers the title
    ("Hội đồng xét chọn đã chọn ra được 50 Thầy thuốc trẻ xuất sắc năm 2024 từ 120 hồ sơ.", [(50, "cá nhân")]),
    # a selection put forward to a higher level is a proposal
    ("Hội đồng bình chọn 12 nhà giáo tiêu biểu để đề nghị Bộ tặng Bằng khen.", []),
])
def test_a_selection_that_confers_a_title(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


def test_figures_of_the_total_s_noun_that_add_up_to_it_are_its_parts(cfg):
    body = ("Ban tổ chức bình chọn 40 thanh niên tiêu biểu năm 2024. Cụ thể, khối trường học có 15 thanh niên. "
            "Khối doanh nghiệp có 9 thanh niên; khối lực lượng vũ trang có 16 thanh niên. Trong năm, 300 thanh niên "
            "tham gia hiến máu.")
    assert awardees(cfg, body) == [(40, "cá nhân"), (15, "cá nhân"), (9, "cá nhân"), (16, "cá nhân")]


def test_parts_proposed_for_a_higher_level_are_not_held(cfg):
    body = ("Năm 2024 có 120 hộ đạt danh hiệu sản xuất kinh doanh giỏi các cấp. Trong đó, 2 hộ được đề nghị cấp "
            "Trung ương công nhận, 18 hộ cấp tỉnh và 100 hộ cấp huyện.")
    assert awardees(cfg, body) == [(120, "tập thể")]


def test_women_counted_as_chi_are_individuals(cfg):
    body = ("Các cấp Hội đã khen thưởng 1.250 hội viên, trong đó 312 chị được tặng danh hiệu “Phụ nữ tiêu biểu”; "
            "giúp 640 chị thoát nghèo.")
    assert awardees(cfg, body) == [(1250, "cá nhân"), (312, "cá nhân")]


@pytest.mark.parametrize("sentence, expected", [
    # văn hóa written short
    ("Năm 2019, toàn huyện có 6.120/6.900 gia đình, 41/45 thôn đạt chuẩn VH.", [(6120, "tập thể"), (41, "tập thể")]),
    # villages that reach and keep their title
    ("Toàn huyện có 88 Làng - Khu phố đạt và giữ vững danh hiệu văn hóa, đạt 70,4%.", [(88, "tập thể")]),
    # villages that only keep a plan are no award
    ("Huyện chỉ đạo duy trì 12 làng văn hóa kiểu mẫu trong năm tới.", []),
])
def test_titles_written_short_and_villages_that_reach_them(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the women's union's family title, reached
    ("Toàn huyện hiện có 12.406 hộ đạt “gia đình 5 không 3 sạch”, đạt tỷ lệ 81%.", [(12406, "tập thể")]),
    ("Đến nay toàn xã có 1.120 hộ đạt gia đình \"5 không 3 sạch\".", [(1120, "tập thể")]),
    # those helped after an award sentence are not its parts
    ("Hội LHPN tỉnh trao bằng khen cho các tập thể. Cụ thể, các cơ sở Hội giúp đỡ trên 9.000 phụ nữ là chủ hộ nghèo.",
     []),
])
def test_a_family_title_reached_and_women_helped(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # granted at a body's request: "theo đề nghị của" is the basis of a grant, not a proposal
    ("UBND tỉnh ban hành quyết định tặng bằng khen cho 14 tập thể và 31 cá nhân theo đề nghị của Sở Nội vụ.",
     [(14, "tập thể"), (31, "cá nhân")]),
    ("Ban Thường vụ Huyện ủy đề nghị UBND tỉnh tặng bằng khen cho 5 tập thể.", []),
    # hamlets and villages of the mountains that reach a title
    ("Toàn huyện có 57 bản, tiểu khu đạt danh hiệu “Cộng đồng học tập”.", [(57, "tập thể")]),
])
def test_grants_at_a_request_and_hamlets_that_reach_a_title(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


def test_party_members_written_short_and_their_badges_by_grade(cfg):
    body = ("Đợt này, Đảng bộ huyện Krông Búk có 64 ĐV được trao tặng Huy hiệu Đảng. Trong đó, có 2 ĐV được tặng Huy "
            "hiệu 70 năm tuổi Đảng, 9 ĐV được tặng Huy hiệu 40 năm tuổi Đảng.")
    assert awardees(cfg, body) == [(64, "cá nhân"), (2, "cá nhân"), (9, "cá nhân")]


def test_an_excerpt_cut_after_the_issuer_of_the_award_still_counts_its_recipients(cfg):
    body = ("Nhân dịp này, 14 tập thể và 19 cá nhân có thành tích xuất sắc trong 10 năm xây dựng mô hình tự quản về "
            "an ninh trật tự được Chủ tịch UBND h")
    assert awardees(cfg, body) == [(14, "tập thể"), (19, "cá nhân")]


def test_pupils_and_students_written_short(cfg):
    body = "Hội Khuyến học xã đã khen thưởng 41 HS đạt thành tích xuất sắc, 12 SV đỗ đại học; trao 20 suất quà."
    assert awardees(cfg, body) == [(41, "cá nhân"), (12, "cá nhân")]


@pytest.mark.parametrize("sentence, expected", [
    # a figure glued to the word before it by a page's markup
    ("Dịp này, UBND huyện khen thưởng37 tập thể và 52 cá nhân có thành tích xuất sắc.",
     [(37, "tập thể"), (52, "cá nhân")]),
    ("Toàn huyện có hơn12 ngàn hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp.", [(12000, "tập thể")]),
    # an English thousands comma in a count of people
    ("Được khen thưởng trong đó cấp tỉnh có 96 người, cấp xã có 14,350 người.", [(96, "cá nhân"), (14350, "cá nhân")]),
])
def test_figures_glued_or_written_with_an_english_comma(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # communes and villages that reach the cultural title, alone or in a list that shares it
    ("Năm 2022, có thêm 4 xã được công nhận xã văn hóa.", [(4, "tập thể")]),
    ("Toàn huyện có 18/21 xã, thị trấn đạt chuẩn văn hóa.", [(18, "tập thể")]),
    ("Có 86 làng, 140 dòng họ, 62 cơ quan được công nhận danh hiệu văn hóa.",
     [(86, "tập thể"), (140, "tập thể"), (62, "tập thể")]),
    ("Đến nay có 64/71 thôn đạt tiêu chuẩn thôn làng văn hóa.", [(64, "tập thể")]),
    # the communes the villages lie in, a pool the honourees came from, a facility the villages have
    ("UBND huyện công nhận 52 thôn, khu phố của 9 xã, thị trấn đạt danh hiệu “Khu dân cư văn hóa”.", [(52, "tập thể")]),
    ("28 đơn vị được tuyên dương lần này được lựa chọn trong tổng số 1.250 đơn vị trên địa bàn tỉnh.",
     [(28, "tập thể")]),
    ("Trong đó có 12 thôn đạt danh hiệu 5 năm liền; 160/174 thôn có nhà văn hóa.", [(12, "tập thể")]),
    # heads of villages' and the front's work are people
    ("Dịp này, UBND huyện khen thưởng 24 trưởng thôn tiêu biểu giai đoạn 2020 - 2024.", [(24, "cá nhân")]),
    # the people those commended stand for, however many and however written, are not commended
    ("Hội nghị sẽ biểu dương 120 đại biểu đại diện cho gần 9.500 trưởng thôn và hơn 21.000 tổ trưởng tổ dân phố.",
     [(120, "cá nhân")]),
    # honourees chosen by a central body named before its verb
    ("Năm nay có 58 nông dân xuất sắc được Trung ương Hội Nông dân Việt Nam tôn vinh.", [(58, "cá nhân")]),
    # villages receiving a title, and the units whose villages all reach it (a share, not the units' title)
    ("12 bản của huyện Kỳ Sơn đón danh hiệu văn hóa.", [(12, "tập thể")]),
    ("Huyện đã có 96/170 khối bản được công nhận “làng văn hóa”. Trong đó 3 đơn vị là thị trấn Mường Xén, xã Tà Cạ có "
     "100% khối bản đạt danh hiệu.", [(96, "tập thể")]),
    # a share that is the figure's own
    ("Qua bình xét, có 9.870 hộ, chiếm 63,5% số hộ đăng ký đạt danh hiệu sản xuất, kinh doanh giỏi các cấp.",
     [(9870, "tập thể")]),
    # a title proposed for units, not reached
    ("Công nhận 98 cơ quan văn hóa cấp huyện; đề nghị công nhận 15 cơ quan văn hóa cấp tỉnh.", [(98, "tập thể")]),
])
def test_units_that_reach_a_title_and_figures_that_are_not_honourees(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


def test_an_item_of_an_award_list_that_names_its_group_before_the_figures(cfg):
    body = ("Chủ tịch UBND huyện khen thưởng 09 gia đình văn hóa tiêu biểu; Ban chỉ đạo cơ sở có thành tích xuất sắc "
            "gồm 04 tập thể và 03 cá nhân.")
    assert awardees(cfg, body) == [(9, "tập thể"), (4, "tập thể"), (3, "cá nhân")]


def test_figures_that_open_a_sentence_granted_by_an_issuer_after_a_period_of_years(cfg):
    body = ("Dịp này, 14 tập thể, 31 cá nhân có thành tích xuất sắc trong phong trào thi đua, giai đoạn 2020 - 2025 đã "
            "được Chủ tịch UBND huyện khen thưởng.")
    assert awardees(cfg, body) == [(14, "tập thể"), (31, "cá nhân")]


@pytest.mark.parametrize("sentence, expected", [
    # the farmers' title reached by its standard, and the levels after "trong đó" (the total rounded: "trên")
    ("Hiện toàn huyện Mường Khương có trên 2.100 hộ nông dân đạt tiêu chuẩn sản xuất, kinh doanh giỏi các cấp; trong "
     "đó có 12 hộ cấp Trung ương, 230 hộ cấp tỉnh và 1.900 hộ cấp huyện.",
     [(2100, "tập thể"), (12, "tập thể"), (230, "tập thể"), (1900, "tập thể")]),
    # households counted with the title they hold; the growth beside it is no count; the levels that follow
    ("Sau 5 năm, toàn huyện Lâm Hà có thêm 1.200 hộ nông dân SXKD giỏi (năm 2015 toàn huyện có 2.450 hộ SXKD giỏi). "
     "Trong đó, nông dân SXKD giỏi cấp Trung ương có 8 hộ, cấp tỉnh có 310 hộ.",
     [(2450, "tập thể"), (8, "tập thể"), (310, "tập thể")]),
    # units that reach the work title; a quota still to be filled is no award
    ("Kết quả xã Tân Hòa đạt tập thể lao động xuất sắc, 05 xã còn lại đạt tập thể lao động tiên tiến.", [(5, "tập thể")]),
    ("Cụm thi đua tổ chức xét để chọn 01 tập thể lao động xuất sắc của năm.", []),
    # reporters are people
    ("Đài Phát thanh - Truyền hình tỉnh có 02 phóng viên được nhận Bằng khen của Chủ tịch UBND tỉnh.", [(2, "cá nhân")]),
    # "trong số" is "among", not a number's label
    ("Trong số 45 thanh niên tiêu biểu được Trung ương Đoàn tuyên dương năm nay, tỉnh Sơn La có 3 đoàn viên.",
     [(45, "cá nhân"), (3, "cá nhân")]),
    # a title conferred ("phong tặng"), and the list items after it that share its verb
    ("Toàn ngành có 152 nhà giáo được phong tặng danh hiệu Nhà giáo ưu tú; 48 giáo viên dạy giỏi cấp quốc gia, 1.250 "
     "giáo viên dạy giỏi cấp tỉnh.", [(152, "cá nhân"), (48, "cá nhân"), (1250, "cá nhân")]),
    # "các nhân" misspelt: a mixed pair still, and a noun of its own after its own figure
    ("Sở Giáo dục đã khen thưởng 1.120 tập thể, các nhân có thành tích xuất sắc.", []),
    ("UBND huyện Nam Giang tặng giấy khen cho 12 tập thể, 30 các nhân tiêu biểu.", [(12, "tập thể"), (30, "cá nhân")]),
    # people and households in one figure: neither kind
    ("Huyện Can Lộc vừa biểu dương 30 tập thể, 22 cá nhân và hộ gia đình tiêu biểu.", [(30, "tập thể")]),
])
def test_titles_reached_by_standard_parts_after_of_which_and_misspelt_kinds(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


def test_a_colon_after_the_proposals_addressee_opens_what_is_proposed(cfg):
    proposed = ("Hội đồng Thi đua - Khen thưởng tỉnh đã bỏ phiếu đề nghị Chủ tịch Ủy ban nhân dân tỉnh: thứ nhất, xét và "
                "tặng danh hiệu Chiến sĩ thi đua cấp tỉnh cho 15 cá nhân.")
    assert awardees(cfg, proposed) == []
    decided = ("Sau khi xét đề nghị khen thưởng năm 2024, các thành viên Hội đồng thống nhất: tặng Bằng khen cho 12 "
               "tập thể.")
    assert awardees(cfg, decided) == [(12, "tập thể")]


@pytest.mark.parametrize("sentence, expected", [
    # those who received a title since are counted; the growth of a title's holders is not (above)
    ("Năm nay huyện Quế Sơn có thêm 3 bà mẹ được truy tặng danh hiệu “Bà mẹ Việt Nam Anh hùng”.", [(3, "cá nhân")]),
    # the total said again after "Trong số" is no part of itself: the fields that add up to it still are
    ("Hội đồng đã chọn ra được 20 nông dân xuất sắc năm 2023. Trong số 20 nông dân xuất sắc có 12 người là nam. Cụ thể, "
     "lĩnh vực trồng trọt có 11 nông dân. Lĩnh vực chăn nuôi có 9 nông dân.",
     [(20, "cá nhân"), (12, "cá nhân"), (11, "cá nhân"), (9, "cá nhân")]),
    # ... and so it is after "Trong" alone
    ("Sở Giáo dục tuyên dương 60 nhà giáo tiêu biểu. Trong 60 nhà giáo, có 22 nhà giáo công tác ở vùng khó khăn; "
     "14 nhà giáo là người dân tộc thiểu số.", [(60, "cá nhân"), (22, "cá nhân"), (14, "cá nhân")]),
    # the Pioneers' school units reach a title
    ("Hội đồng Đội tỉnh công nhận 85 liên đội mạnh cấp tỉnh.", [(85, "tập thể")]),
    # collectives coordinated with exemplary people: the collectives are honoured, the people are exemplars
    ("Dịp này, LĐLĐ huyện đã tuyên dương 14 tập thể và 118 gương điển hình tiêu biểu.", [(14, "tập thể")]),
])
def test_grants_since_restated_totals_pioneer_units_and_collectives_beside_exemplars(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a figure shares the grant of the figure coordinated with it, however long the description after both
    ("Qua 5 năm, đã có hơn 1.200 tập thể và hơn 2.300 cá nhân tiêu biểu trong phong trào thi đua yêu nước của huyện "
     "Hoằng Hóa được các cấp tuyên dương.", [(1200, "tập thể"), (2300, "cá nhân")]),
    # assessed as reaching a title and proposed for it; a council's review; a role, not an honour
    ("Qua rà soát, có 120/125 hộ gia đình xét đạt danh hiệu gia đình văn hóa, đề nghị Ban chỉ đạo xã công nhận.", []),
    ("Hội đồng được nghe báo cáo thông qua xét duyệt cờ thi đua của tỉnh cho 45 đơn vị dẫn đầu các khối thi đua.", []),
    ("Hiện toàn huyện có 215 người được công nhận là người có uy tín trong đồng bào dân tộc thiểu số.", []),
    # proposed alone, however many verbs the proposal governs; decided and proposed together, counted
    ("Liên đoàn Lao động tỉnh có tờ trình đề nghị công nhận và khen thưởng 8 cá nhân xuất sắc đạt giải thưởng Nguyễn "
     "Đức Cảnh.", []),
    ("Giai đoạn 2016 - 2020, UBND tỉnh đã quyết định khen thưởng và đề nghị Nhà nước khen thưởng cho 1.520 lượt cá nhân.",
     [(1520, "cá nhân")]),
    ("Dịp này, UBND tỉnh tặng bằng khen cho 18 cơ quan đạt chuẩn văn hóa và đề nghị công nhận lại 95 cơ quan đạt chuẩn "
     "văn hóa giai đoạn 2021 - 2025.", [(18, "tập thể")]),
    # a prize won
    ("Năm nay có 9 sinh viên đồng thời đạt cả giải thưởng “Sao tháng Giêng” và danh hiệu “Sinh viên 5 tốt”.",
     [(9, "cá nhân")]),
    # the month of a date run into the noun after it
    ("- Ngày 15-3 Đảng bộ xã Tân Lập tổ chức lễ đón nhận danh hiệu xã văn hóa.", []),
    # villages and communes of every kind the list names that hold the cultural title
    ("Toàn tỉnh có 412.000 hộ gia đình văn hóa, 1.250 thôn, ấp, khu phố văn hóa và 96 xã, phường, thị trấn văn hóa.",
     [(412000, "tập thể"), (1250, "tập thể"), (96, "tập thể")]),
])
def test_shared_grants_reviews_roles_prizes_dates_and_cultural_units(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


def test_communes_honoured_later_in_the_sentence_are_collectives(cfg):
    sentence = ("Có 12 xã tiêu biểu trong xây dựng nông thôn mới thuộc 5 huyện vừa được UBND tỉnh Bình Phước quyết định "
                "khen thưởng, mỗi xã một công trình phúc lợi trị giá 300 triệu đồng.")
    assert awardees(cfg, sentence) == [(12, "tập thể")]


def test_a_choice_still_to_come_is_no_award(cfg):
    sentence = ("Qua ngày hội, Ban tổ chức sẽ chọn 5 gia đình văn hóa tiêu biểu đại diện tỉnh Phú Yên tham dự Ngày hội "
                "gia đình khu vực miền Trung.")
    assert awardees(cfg, sentence) == []


def test_a_published_list_of_young_faces_counts_people_named_in_single_quotes(cfg):
    sentence = "Tỉnh đoàn Bến Tre vừa công bố danh sách 20 ‘Gương mặt trẻ tiêu biểu’ năm 2023."
    assert awardees(cfg, sentence) == [(20, "cá nhân")]


def test_representatives_of_communes_at_a_ceremony_are_not_communes_honoured(cfg):
    sentence = ("Dự hội nghị có đại diện 7/85 xã, phường của các huyện và các tập thể, cá nhân được khen thưởng về công "
                "tác dân vận giai đoạn 2020-2025.")
    assert awardees(cfg, sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Tại kỳ thi học sinh giỏi cấp tỉnh năm 2022, huyện có 48 học sinh đạt giải.", [(48, "cá nhân")]),
    ("Ban tổ chức đã trao thưởng cho 5 tập thể, 9 cá nhân đạt giải trong hội thi ảnh.", [(5, "tập thể"), (9, "cá nhân")]),
])
def test_prizes_won_are_awards(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Năm học qua có 845 cá nhân tiêu biểu, tập thể xuất sắc được khen thưởng.",  # both kinds, each with its praise
    "Kết quả đánh giá năm 2022: Chi bộ Trường Tiểu học Kim Đồng đạt danh hiệu “Hoàn thành xuất sắc nhiệm vụ”; về phân "
    "loại đảng viên: có 2/10 đảng viên “Hoàn thành xuất sắc nhiệm vụ”; 7 đảng viên “Hoàn thành tốt nhiệm vụ”; 01 đảng "
    "viên miễn đánh giá, phân loại.",
])
def test_mixed_kinds_and_the_year_s_grading_are_no_awardees(cfg, sentence):
    assert awardees(cfg, sentence) == []


def test_units_that_receive_a_reward_written_as_a_number_word(cfg):
    sentence = "Bốn tập thể vinh dự nhận thưởng gồm: Đoàn phường 1, Đoàn phường 2, Đoàn phường 3 và Đoàn phường 4."
    assert awardees(cfg, sentence) == [(4, "tập thể")]


@pytest.mark.parametrize("sentence, expected", [
    # the title's holders counted after their noun
    ("Toàn khóm có 512 hộ gia đình văn hóa, số hộ đạt gia đình văn hóa 3 năm liền 230 hộ, số hộ đạt 5 năm liền 190 hộ.",
     [(512, "tập thể"), (230, "tập thể"), (190, "tập thể")]),
    # a title kept, by households and clans
    ("Toàn xã có 9 tộc họ duy trì danh hiệu tộc họ văn hóa và 640 hộ giữ vững danh hiệu gia đình văn hóa.",
     [(9, "tập thể"), (640, "tập thể")]),
    # copies of a covenant are no hamlets
    ("Có 41 bản hương ước, quy ước được UBND huyện công nhận.", []),
    # the people the honourees stand for are not honoured themselves
    ("Tại buổi lễ, 25 tập thể, cá nhân nông dân điển hình, đại diện cho hơn 90.000 hội viên trong tỉnh đã được biểu dương.", []),
])
def test_titles_held_and_who_is_represented(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


def test_years_after_a_figure_are_not_the_number_five(cfg):
    assert awardees(cfg, "Trong 5 năm tổ chức thực hiện phong trào, nhiều khu dân cư luôn giữ vững danh hiệu văn hóa.") == []
    assert awardees(cfg, "Năm tổ chức được UBND huyện tặng giấy khen.") == [(5, "tập thể")]


@pytest.mark.parametrize("sentence, expected", [
    ("Toàn xã có 11 tộc đạt tộc văn hóa năm 2018 và 4 dòng họ đạt dòng họ văn hóa.", [(11, "tập thể"), (4, "tập thể")]),
    ("Có 54 dân tộc anh em cùng sinh sống trên địa bàn.", []),
    # the honourees, and the many they stand for, with no comma between
    ("120 thầy thuốc tiêu biểu đại diện cho hơn 400.000 cán bộ y tế cả nước đã được tôn vinh.", [(120, "cá nhân")]),
    # ... unless the represented reach a title themselves, or the figure is honoured after them
    ("Có 96 gia đình đại diện cho 15.200 gia đình đạt danh hiệu gia đình hiếu học được biểu dương.",
     [(96, "tập thể"), (15200, "tập thể")]),
    ("50 nông dân đại diện cho hơn 2 triệu hội viên và 20 nhà khoa học được tôn vinh hôm nay.",
     [(50, "cá nhân"), (20, "cá nhân")]),
])
def test_clans_and_the_represented(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Có hơn 250 quần chúng tiêu biểu ở các thôn, bản đã được tôn vinh.", [(250, "cá nhân")]),
    ("Tại hội nghị, 36 LVH và 12 cá nhân tiêu biểu được UBND tỉnh tặng bằng khen.", [(36, "tập thể"), (12, "cá nhân")]),
    # initiatives recognised and facilities up to a national standard are no honours
    ("Có 30 đồng chí được tặng Bằng lao động sáng tạo, 180 đồng chí được công nhận sáng kiến cấp tỉnh.", [(30, "cá nhân")]),
    ("Toàn huyện có 100% thôn đạt danh hiệu văn hóa; 18/22 trường học đạt chuẩn quốc gia.", []),
])
def test_people_and_villages_honoured_and_what_is_no_honour(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Qua đó, huyện đã khen cho 27 tập thể và 95 cá nhân trong phong trào thi đua.", [(27, "tập thể"), (95, "cá nhân")]),
    ("Đến tham dự hội nghị có hơn 80 đại biểu là lãnh đạo các ban ngành của huyện.", []),
    # the state's honorary titles, held
    ("Đến nay, ngành y tế tỉnh có 2 thầy thuốc nhân dân và 31 thầy thuốc ưu tú.", [(2, "cá nhân"), (31, "cá nhân")]),
    # the mothers honoured with the state's title, counted by it; not those alive among them, nor those visited
    ("Toàn huyện có 4.120 liệt sĩ, 2.306 thương binh và 287 Mẹ Việt Nam anh hùng.", [(287, "cá nhân")]),
    ("Đến nay, toàn tỉnh Phú Yên đã có 2.341 Bà mẹ Việt Nam anh hùng.", [(2341, "cá nhân")]),
    ("Hiện huyện còn 9 Mẹ Việt Nam anh hùng còn sống, được các đơn vị nhận phụng dưỡng.", []),
    ("Nhân dịp Tết, đoàn công tác của tỉnh đã đến thăm, chúc Tết 12 Mẹ Việt Nam anh hùng.", []),
])
def test_praise_given_guests_and_honorary_titles(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the figures open the sentence; the grant, without "đã", comes after a long description and a long issuer
    ("Toàn thị xã có 28 tập thể và 41 cá nhân có thành tích xuất sắc trong học tập và làm theo tư tưởng, đạo đức, "
     "phong cách Hồ Chí Minh được Hội đồng thi đua khen thưởng thị xã biểu dương.", [(28, "tập thể"), (41, "cá nhân")]),
    # the teams a winner beat are not awardees
    ("Đội tuyển của huyện đã vượt qua 11 đội khác và đạt giải nhất hội thi.", []),
])
def test_late_grants_and_teams_beaten(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the title opened by a quote after the verb, then its recipients
    ("Chủ tịch UBND tỉnh Trà Vinh đã ký quyết định trao tặng “Danh hiệu Công dân tiêu biểu tỉnh” năm 2024 cho 12 cá "
     "nhân có nhiều đóng góp.", [(12, "cá nhân")]),
    # a comma with no space after the word before a figure
    ("Dịp này, UBND thị xã đã khen thưởng 4 tập thể,9 cá nhân có thành tích xuất sắc.", [(4, "tập thể"), (9, "cá nhân")]),
    # a reward given, written "trao thưởng"
    ("Huyện đoàn Krông Năng trao thưởng cho 25 gương mặt trẻ tiêu biểu năm 2023.", [(25, "cá nhân")]),
    # culture families written short (households holding the title)
    ("Cuối năm 2022, thị xã Gò Công có 21.350 GĐVH, đạt 95% số hộ đăng ký.", [(21350, "tập thể")]),
    # villages reaching the title, their share in brackets before the verb
    ("Năm 2022, huyện Kim Bảng có 98/112 làng, tổ dân phố (chiếm 87,5%) đạt danh hiệu văn hóa.", [(98, "tập thể")]),
])
def test_quoted_titles_run_on_commas_rewards_and_titles_held(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # gifts to a list of recipients, and people given care: helped, not honoured
    ("Đồn Biên phòng trao Giấy khen cho 3 cá nhân; tặng quà cho 4 tập thể và 12 hộ gia đình tham gia tự quản đường biên.",
     [(3, "cá nhân")]),
    ("Hội phối hợp tuyên dương 120 đoàn viên tiêu biểu; tổ chức khám bệnh cấp thuốc miễn phí cho 1.500 người dân.",
     [(120, "cá nhân")]),
    # collectives and people whose models were recognised are models, not awardees
    ("Ban Thường vụ Huyện ủy quyết định công nhận mô hình “Dân vận khéo” năm 2023 đối với 18 tập thể và 7 cá nhân.", []),
])
def test_the_helped_and_the_holders_of_recognised_models_are_not_awardees(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # Hà Nội's honorary title, held by delegates or people
    ("Đại hội có 450 đại biểu chính thức; 12 đại biểu là công dân Thủ đô ưu tú năm 2023.", [(12, "cá nhân")]),
    ("Cuộc gặp mặt có 35 công dân Thủ đô ưu tú các năm 2015-2020.", [(35, "cá nhân")]),
    # households reaching the title written short, with or without its Đ
    ("Năm 2021, khu phố 3 có 215 hộ đạt GDVH, đạt tỷ lệ 95,2%.", [(215, "tập thể")]),
])
def test_honorary_titles_of_the_capital_and_short_culture_titles(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # honourees summoned or chosen for the ceremony to come count; those merely attending do not
    ("Năm nay có 25 sinh viên tiêu biểu được triệu tập tham dự chương trình tuyên dương cấp tỉnh.", [(25, "cá nhân")]),
    ("Từ các gương mặt do cơ sở giới thiệu, 3 đoàn viên được lựa chọn tham dự lễ vinh danh tại Thủ đô.", [(3, "cá nhân")]),
    ("Có 300 đại biểu tham dự hội nghị tuyên dương.", []),
])
def test_honourees_summoned_to_a_ceremony_to_come(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


def test_people_rescued_are_not_honoured(cfg):
    assert awardees(cfg, "Tỉnh đoàn tặng Bằng khen cho 3 đoàn viên đã cứu sống 5 người trong vụ cháy.") == [(3, "cá nhân")]


@pytest.mark.parametrize("sentence, expected", [
    # a decision names its recipients without a figure, the next sentence counts them
    ("Chủ tịch UBND tỉnh vừa ký Quyết định tặng Giấy khen cho các cá nhân có thành tích xuất sắc trong phong trào thi "
     "đua năm 2023. Theo đó, có 25 cá nhân được ghi nhận gồm: Nguyễn Văn A, Trần Thị B.", [(25, "cá nhân")]),
    # a breakdown that leaves the noun out and adds up to the total
    ("Bộ Y tế vừa quyết định tặng Bằng khen cho 120 y bác sĩ tiêu biểu năm 2023. Theo đó, tuyến tỉnh có 45; tuyến "
     "huyện có 40; tuyến xã có 35 y bác sĩ.", [(120, "cá nhân"), (45, "cá nhân"), (40, "cá nhân"), (35, "cá nhân")]),
    ("Hội Cựu chiến binh tỉnh trao Kỷ niệm chương cho 15 cựu cán bộ Hội có nhiều đóng góp.", [(15, "cá nhân")]),
    ("Dịp này, Ban Chỉ đạo huyện tuyên dương 20 gia đình văn hóa tiêu biểu; 9 cá nhân có nhiều đóng góp trong công tác "
     "hòa giải ở cơ sở và 6 tập thể thực hiện tốt phong trào.", [(20, "tập thể"), (9, "cá nhân"), (6, "tập thể")]),
    ("Dịp này, UBND huyện tặng thưởng 10 triệu đồng cho 4 đơn vị dẫn đầu phong trào.", [(4, "tập thể")]),
    ("Bộ trưởng Bộ Giáo dục tặng Bằng khen cho 37 giảng viên tiêu biểu.", [(37, "cá nhân")]),
])
def test_grants_found_across_sentences_lists_and_new_nouns(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("UBND huyện đề nghị tặng Bằng khen cho các tập thể có thành tích xuất sắc. Theo đó, có 12 tập thể được đề nghị.", []),
    # parts that do not add up to the total are not its breakdown
    ("Bộ Y tế vừa quyết định tặng Bằng khen cho 120 y bác sĩ tiêu biểu năm 2023. Theo đó, tuyến tỉnh có 45; tuyến "
     "huyện có 40; tuyến xã có 20 trạm.", [(120, "cá nhân")]),
])
def test_proposals_and_figures_that_do_not_add_up_stay_out(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Năm 2020, toàn huyện có 1.250 gia đình hiếu học và 36 dòng họ hiếu học.", [(1250, "tập thể"), (36, "tập thể")]),
    ("Ngày hội đã được tổ chức tại 45 đơn vị cấp xã, 210 thôn, tổ dân phố; 90 tập thể được khen thưởng.", [(90, "tập thể")]),
    # the learning movement's titles written "học tập", held or reached, and the units' titles as the noun itself
    ("Đến cuối năm 2023, toàn thị xã có 18.420 gia đình học tập, 64 dòng họ học tập và 212 đơn vị học tập.",
     [(18420, "tập thể"), (64, "tập thể"), (212, "tập thể")]),
    ("Qua bình xét, toàn huyện có trên 9.600 hộ đạt gia đình học tập, 97 cộng đồng học tập.", [(9600, "tập thể"), (97, "tập thể")]),
    ("Hội tổ chức tọa đàm về xây dựng gia đình học tập với 60 hội viên tham dự.", []),
    ("Lễ kết nghĩa là dịp để hai đơn vị học tập, trao đổi kinh nghiệm vận động quần chúng.", []),
])
def test_learning_titles_held_and_places_an_event_was_held_in(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


def test_households_given_a_house_are_helped_not_honoured(cfg):
    assert awardees(cfg, "Dịp này, 6 hộ nghèo được tặng nhà đại đoàn kết và 2 hộ được trao sổ tiết kiệm.") == []


@pytest.mark.parametrize("sentence, expected", [
    ("Tại Hội nghị, Công đoàn Giáo dục tỉnh đã công nhận 41/48 công đoàn đạt danh hiệu công đoàn cơ sở vững mạnh.",
     [(41, "tập thể")]),
    ("Năm 2023, có 120 công đoàn viên được Liên đoàn Lao động tỉnh tặng Giấy khen.", [(120, "cá nhân")]),
    # (unions written short, as union news writes them)
    ("Qua đó, có 3 CĐ cơ sở nhận cờ thi đua Tổng LĐLĐ Việt Nam; 38 tập thể được nhận bằng khen của LĐLĐ tỉnh.",
     [(3, "tập thể"), (38, "tập thể")]),
    # delegates standing for honoured collectives and people: who attend, not who are honoured here
    ("Về dự Đại hội có 167 đại biểu là đại diện tập thể và cá nhân được phong tặng danh hiệu Anh hùng Lao động.", []),
])
def test_unions_their_members_and_delegates_who_stand_for_others(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


def test_the_units_honourees_belong_to_are_not_honoured(cfg):
    assert awardees(cfg, "Dịp này, 85 đoàn viên tiêu biểu thuộc 40 công đoàn cơ sở đã được LĐLĐ huyện biểu dương.") == [
        (85, "cá nhân")]


def test_households_reaching_the_farmers_title_after_dat(cfg):
    assert awardees(cfg, "Trong 3 năm qua, toàn huyện có 12.450 lượt hộ đạt sản xuất kinh doanh giỏi các cấp.") == [
        (12450, "tập thể")]


@pytest.mark.parametrize("sentence, expected", [
    # the leaders of models are people, and a cooperative's head is one
    ("Dịp này, 14 tổ trưởng mô hình “Tổ tự quản an ninh trật tự” tiêu biểu được Công an huyện tặng giấy khen.",
     [(14, "cá nhân")]),
    ("Hội nghị đã tuyên dương, khen thưởng 8 chủ nhiệm hợp tác xã nông nghiệp làm ăn hiệu quả.", [(8, "cá nhân")]),
    # a village's title reached, named in quotes with the unit it is for
    ("Đến nay, toàn huyện có 96/104 làng, bản, khu phố được công nhận danh hiệu “Khu dân cư văn hóa”.",
     [(96, "tập thể")]),
])
def test_leaders_of_models_and_villages_reaching_a_quoted_title(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


def test_a_level_breakdown_opening_the_next_sentence_counts_part_by_part(cfg):
    sentence = ("Năm 2023, toàn tỉnh có trên 41.000 hộ đạt danh hiệu “Nông dân sản xuất kinh doanh giỏi”, tăng hơn 1.800 hộ "
                "so với năm trước. Trong đó cấp Trung ương là 112 hộ, cấp tỉnh trên 2.100 hộ, cấp huyện 9.400 hộ, cấp "
                "cơ sở hơn 29.500 hộ.")
    assert awardees(cfg, sentence) == [(41000, "tập thể"), (112, "tập thể"), (2100, "tập thể"), (9400, "tập thể"),
                                       (29500, "tập thể")]


def test_times_counted_level_by_level_may_add_up_past_their_total(cfg):
    # (a household counted at each level it reached; plain households' parts must still fit in their total)
    sentence = ("Giai đoạn 2019-2024, toàn huyện có 12.480 lượt hộ đạt sản xuất kinh doanh giỏi, trong đó, cấp "
                "Trung ương là 9 hộ, cấp tỉnh 612 hộ, cấp huyện là 3.950 hộ và cấp cơ sở là 9.870 lượt hộ.")
    assert awardees(cfg, sentence) == [(12480, "tập thể"), (9, "tập thể"), (612, "tập thể"), (3950, "tập thể"),
                                       (9870, "tập thể")]
    plain = sentence.replace("12.480 lượt hộ", "12.480 hộ")
    assert awardees(cfg, plain) == [(12480, "tập thể")]


def test_one_part_named_by_its_level_in_the_next_sentence_is_a_part(cfg):
    assert awardees(cfg, "Năm nay có 8.316 hộ đạt danh hiệu gia đình văn hóa, tăng 402 hộ so với năm 2022. Trong đó, cấp "
                         "tỉnh có 215 hộ.") == [(8316, "tập thể"), (215, "tập thể")]


def test_not_is_not_the_count_zero(cfg):
    assert awardees(cfg, "Năm nay, các xã được công nhận đạt chuẩn nông thôn mới tạm thời không tổ chức lễ công bố.") == []


@pytest.mark.parametrize("sentence, expected", [
    # families of the war dead and invalids, a category the state cares for, beside a title the commune holds
    ("Năm 2000, xã Mỹ Hòa được phong tặng danh hiệu “Anh hùng lực lượng vũ trang nhân dân”, toàn xã hiện có 412 gia "
     "đình chính sách, trong đó có 21 Mẹ Việt Nam anh hùng.", [(21, "cá nhân")]),
    # (not those honoured among them)
    ("Dịp này, UBND huyện biểu dương 35 gia đình chính sách tiêu biểu trong phong trào thi đua.", [(35, "tập thể")]),
])
def test_policy_families_are_cared_for_not_honoured(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


def test_delegates_who_are_exemplars_are_a_model_count_not_awardees(cfg):
    # (a headline run into the lead, an order received in it)
    sentence = ("Tỉnh Hà Tĩnh tổ chức Đại hội thi đua yêu nước năm 2025, đón nhận Bằng khen của Thủ tướng Chính phủ Sáng "
                "26/9, tỉnh Hà Tĩnh trọng thể tổ chức Đại hội thi đua yêu nước tỉnh năm 2025 có chủ đề “Đoàn kết, sáng "
                "tạo, đổi mới”, với sự tham gia của 380 đại biểu, trong đó có 152 đại biểu là điển hình tiên tiến.")
    assert awardees(cfg, sentence) == []


def test_delegates_who_are_exemplars_honoured_there_are_awardees(cfg):
    assert awardees(cfg, "Dự Đại hội có đại diện các ban, ngành và hơn 120 đại biểu là điển hình tiên tiến được khen "
                         "thưởng.") == [(120, "cá nhân")]


def test_a_titled_total_split_by_income_has_no_parts_by_income(cfg):
    assert awardees(cfg, "Giai đoạn 2018-2022, toàn huyện có 6.210 hộ đạt danh hiệu nông dân sản xuất, kinh doanh giỏi. "
                         "Trong số 6.210 hộ có 35 hộ thu nhập từ 1 tỷ đồng/năm trở lên; có 175 hộ có thu nhập từ 500 triệu "
                         "đồng đến dưới 1 tỷ đồng/năm và có 6.000 hộ có thu nhập dưới 500 triệu đồng/năm.") == [(6210, "tập thể")]


def test_children_who_receive_gifts_are_not_honoured(cfg):
    assert awardees(cfg, "Tại ngày hội, 52 gương cháu ngoan Bác Hồ tiêu biểu đã được Ban Thường vụ Quận Đoàn tuyên dương. "
                         "Hơn 200 gương cháu ngoan cấp phường được nhận những phần quà ý nghĩa.") == [(52, "cá nhân")]


def test_families_reaching_the_title_written_short_are_households(cfg):
    assert awardees(cfg, "Năm 2018, xóm có 48/52 gia đình đạt văn hóa, trong đó có 3 gia đình đạt văn hóa tiêu biểu. "
                         "Năm học vừa qua, xóm có 12 học sinh đạt văn hóa loại giỏi.") == [(48, "tập thể"), (3, "tập thể")]


def test_village_heads_named_head_last_are_people(cfg):
    assert awardees(cfg, "Huyện ủy tổ chức gặp mặt, biểu dương 64 già làng, bản trưởng, người có uy tín tiêu "
                         "biểu năm 2021.") == [(64, "cá nhân")]


def test_the_elderly_written_short_reaching_the_producers_title_by_its_criteria(cfg):
    assert awardees(cfg, "Giai đoạn 2019-2024, toàn tỉnh có hơn 900 NCT đạt tiêu chí sản xuất, kinh doanh giỏi. "
                         "Trong đó, 65 NCT sản xuất kinh doanh giỏi cấp tỉnh, 210 NCT sản xuất kinh doanh giỏi cấp huyện.") \
        == [(900, "cá nhân"), (65, "cá nhân"), (210, "cá nhân")]


def test_households_reaching_the_standards_of_the_title(cfg):
    assert awardees(cfg, "Năm 2022, khóm Tân Lợi có 412 hộ đạt 3 tiêu chuẩn Gia đình văn hóa, chiếm 96,3%.") \
        == [(412, "tập thể")]


def test_the_pool_with_its_approximation_is_no_awardee(cfg):
    assert awardees(cfg, "Trong tổng số hơn 9.000 hội viên nông dân của huyện, có 2.150 hội viên đạt danh hiệu sản xuất, "
                         "kinh doanh giỏi các cấp.") == [(2150, "cá nhân")]


def test_households_given_counted_gifts_are_helped_not_honoured(cfg):
    assert awardees(cfg, "Dịp này, Ủy ban MTTQ huyện tặng giấy khen cho 6 tập thể; trao 25 suất quà Tết cho 25 hộ nghèo "
                         "và trao 2 căn nhà đại đoàn kết cho 2 hộ khó khăn.") == [(6, "tập thể")]


def test_the_title_s_holders_unit_after_unit_in_one_sentence(cfg):
    assert awardees(cfg, "Hội nghị bình xét xóm Bắc có 156 hộ đạt gia đình văn hóa, đạt 91%; xóm Nam là 131 hộ, đạt 88% "
                         "và tổ dân phố 4 là 97 hộ, đạt 93%.") == [(156, "tập thể"), (131, "tập thể"), (97, "tập thể")]


def test_another_count_ends_the_units_list(cfg):
    assert awardees(cfg, "Năm 2021, xã Phú Lộc có 1.020 hộ đạt danh hiệu gia đình văn hóa; xã Phú Mỹ có 86 hộ nghèo, "
                         "xã Phú An có 312 hộ.") == [(1020, "tập thể")]


@pytest.mark.parametrize("sentence, expected", [
    ("Dịp này, bốn tập thể và một cá nhân được nhận Huân chương Chiến công hạng Ba.", [(4, "tập thể"), (1, "cá nhân")]),
    ("Trà Vinh: Một tập thể được tôn vinh tại Lễ tuyên dương điển hình tiên tiến toàn quốc.", [(1, "tập thể")]),
    ("Bà Lan là một cá nhân tiêu biểu được UBND huyện tặng giấy khen.", []),  # a description, not a count
])
def test_one_recipient_written_as_a_word_is_a_count(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


def test_units_voted_to_be_proposed_are_not_honoured_yet(cfg):
    assert awardees(cfg, "Kết quả, 5/7 đơn vị được suy tôn danh hiệu Đơn vị Quyết thắng và 2 đơn vị được suy tôn xét đề "
                         "nghị tặng Cờ thi đua của Bộ Quốc phòng.") == [(5, "tập thể")]


def test_pupils_given_scholarships_are_helped_not_honoured(cfg):
    assert awardees(cfg, "Năm học 2022-2023, trường có 25 học sinh được nhận học bổng của Hội Khuyến học, 40 học sinh được "
                         "tặng giấy khen.") == [(40, "cá nhân")]


def test_a_title_given_without_the_word_danh_hieu(cfg):
    assert awardees(cfg, "Dịp này, Giám đốc Sở Giáo dục tặng chiến sĩ thi đua cơ sở cho 7 giáo viên và tặng Lao động "
                         "tiên tiến cho 52 cá nhân.") == [(7, "cá nhân"), (52, "cá nhân")]


def test_items_with_their_shares_in_brackets_share_the_title_of_the_last(cfg):
    assert awardees(cfg, "Đến nay, toàn tỉnh đã có 81.204 gia đình (chiếm 85,6%); 1.322 thôn, tổ dân phố (chiếm 71%); "
                         "986 cơ quan, đơn vị (chiếm 93%) đạt danh hiệu văn hóa.") \
        == [(81204, "tập thể"), (1322, "tập thể"), (986, "tập thể")]


def test_an_issuer_named_by_its_unit_alone_grants_and_a_proposal_in_its_words_does_not(cfg):
    assert awardees(cfg, "Dịp này, 6 gia đình tiêu biểu đã được thôn 3 biểu dương khen thưởng; 9 hộ được UBND xã đề nghị "
                         "huyện tặng giấy khen.") == [(6, "tập thể")]


def test_highland_villages_reaching_the_title(cfg):
    assert awardees(cfg, "Toàn huyện có 210/265 làng bản đăng ký xây dựng làng văn hóa; 143 làng bản được công nhận làng "
                         "bản văn hóa.") == [(143, "tập thể")]


def test_a_state_title_given_without_the_word_danh_hieu(cfg):
    assert awardees(cfg, "Nhân dịp này, Chủ tịch nước trao tặng Nhà giáo ưu tú cho 9 giáo viên của tỉnh; huyện trao 3 căn "
                         "nhà đại đoàn kết cho 3 hộ khó khăn.") == [(9, "cá nhân")]


def test_a_grant_in_a_later_clause_stands_after_a_registration(cfg):
    assert awardees(cfg, "Năm 2024, xã có 320 hộ đăng ký thi đua sản xuất kinh doanh giỏi, được UBND huyện tặng giấy khen "
                         "cho 12 hộ, 35 hộ đạt hộ sản xuất kinh doanh giỏi cấp huyện.") == [(12, "tập thể"), (35, "tập thể")]


def test_the_teachers_title_with_its_level_is_held(cfg):
    assert awardees(cfg, "Nhiệm kỳ qua, toàn huyện có 415 giáo viên dạy giỏi cấp huyện; 3 giáo viên tham gia hội giảng "
                         "cấp tỉnh.") == [(415, "cá nhân")]


def test_an_officer_counted_by_rank_beside_a_count_of_people(cfg):
    assert awardees(cfg, "Hai thanh niên và một thượng úy công an xã được Chủ tịch UBND huyện khen thưởng vì đã bắt giữ "
                         "đối tượng trộm cắp.") == [(2, "cá nhân"), (1, "cá nhân")]


def test_communes_named_after_a_colon_reach_the_title(cfg):
    assert awardees(cfg, "UBND huyện Cẩm Xuyên đã ban hành quyết định công nhận 3 xã: Cẩm Thịnh, Cẩm Sơn và Cẩm Lạc đạt "
                         "danh hiệu xã văn hóa năm 2022.") == [(3, "tập thể")]


def test_businesses_reach_the_title_of_a_civilised_shop(cfg):
    assert awardees(cfg, "Năm qua, thành phố có 46 cơ sở kinh doanh đạt danh hiệu “Điểm kinh doanh đạt chuẩn văn minh”.") \
        == [(46, "tập thể")]


def test_an_item_of_villages_opens_a_list_that_shares_the_grant(cfg):
    assert awardees(cfg, "UBND thị xã khen thưởng cho 5 đơn vị; 21 thôn, tổ dân phố văn hóa và 18 tập thể, 25 cá nhân có "
                         "thành tích xuất sắc.") == [(5, "tập thể"), (21, "tập thể"), (18, "tập thể"), (25, "cá nhân")]


def test_the_top_of_a_range_is_a_target_not_a_count(cfg):
    assert awardees(cfg, "Năm 2025, huyện phấn đấu có 90% hộ gia đình đạt chuẩn văn hóa; 2 đến 3 xã đạt chuẩn văn hóa nông "
                         "thôn mới.") == []


def test_the_part_of_a_proposed_figure_is_proposed_too(cfg):
    assert awardees(cfg, "Hội nghị đề nghị UBND huyện công nhận 14 thôn đạt danh hiệu thôn văn hóa, trong đó có 4 thôn "
                         "đạt danh hiệu 5 năm liên tục.") == []


def test_an_approximate_number_still_to_be_chosen_is_no_award(cfg):
    assert awardees(cfg, "Nhân Ngày Gia đình Việt Nam, Hội LHPN tỉnh sẽ lựa chọn và tuyên dương khoảng 40 cá nhân tiêu biểu; "
                         "năm 2023 đã tuyên dương 38 cá nhân.") == [(38, "cá nhân")]


def test_a_total_s_parts_by_district_that_add_up_to_it_are_entries(cfg):
    assert awardees(cfg, "Theo quyết định, 24 mẹ được truy tặng danh hiệu Bà mẹ Việt Nam anh hùng (huyện Đức Thọ: 11; huyện "
                         "Can Lộc: 8; thị xã Hồng Lĩnh: 5).") \
        == [(24, "cá nhân"), (11, "cá nhân"), (8, "cá nhân"), (5, "cá nhân")]


def test_the_holders_of_a_title_that_honourees_represent_are_counted(cfg):
    assert awardees(cfg, "Tại hội thi, 40 gia đình tiêu biểu đại diện cho 152.304 hộ gia đình văn hóa của tỉnh được tặng "
                         "giấy khen.") == [(40, "tập thể"), (152304, "tập thể")]


@pytest.mark.parametrize("sentence, expected", [
    ("Nhiệm kỳ qua, huyện có 8.420 học sinh giỏi huyện, 512 học sinh giỏi tỉnh và 17 học sinh giỏi quốc gia.",
     [(8420, "cá nhân"), (512, "cá nhân"), (17, "cá nhân")]),
    ("Năm học vừa qua có 36 em đạt học sinh giỏi quốc gia.", [(36, "cá nhân")]),
    ("Toàn thị xã có 982 khu nhà trọ văn hóa.", [(982, "tập thể")]),
    ("Đến nay toàn huyện có 64 cộng đồng học tập được công nhận.", [(64, "tập thể")]),
])
def test_titles_held_by_pupils_lodgings_and_learning_communities(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


def test_a_proposal_whose_list_opens_after_a_colon_stays_a_proposal(cfg):
    assert awardees(cfg, "Hội đồng đề nghị Bộ Công an xét, công nhận danh hiệu: “Chiến sỹ thi đua cơ sở” đối với 5 cá nhân "
                         "và tặng Bằng khen của Bộ trưởng đối với 3 cá nhân và 2 đơn vị.") == []


def test_another_issuer_s_grant_with_its_own_recipients_is_not_the_proposed_figures(cfg):
    assert awardees(cfg, "Hội nghị đề nghị Bộ trưởng Bộ Tư pháp tặng Bằng khen cho 02 tập thể, 03 cá nhân và Giám đốc Sở "
                         "tặng Giấy khen cho 09 tập thể, 15 cá nhân.") == []


@pytest.mark.parametrize("sentence, expected", [
    ("Năm qua có 41 lượt CBCNV được công nhận danh hiệu Chiến sỹ thi đua cơ sở.", [(41, "cá nhân")]),
    ("Bệnh viện có 03 khoa đạt danh hiệu Tập thể lao động xuất sắc.", [(3, "tập thể")]),
    ("Đến nay, 5 đồn biên phòng đã được công nhận là Điểm sáng văn hóa khu vực biên giới.", [(5, "tập thể")]),
])
def test_staff_written_short_hospital_departments_and_border_posts_are_recipients(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


def test_a_name_that_opens_with_a_number_word_is_no_count(cfg):
    assert awardees(cfg, "Năm 2024, xã Ba Làng được công nhận danh hiệu xã văn hóa; 3 đơn vị được tặng bằng khen.") \
        == [(3, "tập thể")]


def test_proposed_and_granted_is_granted(cfg):
    assert awardees(cfg, "Năm qua, Ủy ban MTTQ tỉnh đề nghị và được UBND tỉnh tặng bằng khen cho 4 cá nhân.") == [(4, "cá nhân")]


@pytest.mark.parametrize("sentence, expected", [
    ("Đến nay, quận có 12/12 phường đạt chuẩn văn minh đô thị.", [(12, "tập thể")]),
    ("Năm 2019, thành phố có thêm 3 phường gồm Hòa Bình, Tân Sơn và Quang Trung được công nhận danh hiệu phường chuẩn văn "
     "minh đô thị.", [(3, "tập thể")]),
])
def test_wards_and_towns_reach_the_civilised_urban_title(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


def test_honoured_and_given_a_gift_is_honoured(cfg):
    assert awardees(cfg, "Dịp này, UBND huyện biểu dương và tặng quà cho 32 người có uy tín tiêu biểu; Hội tặng quà cho 40 "
                         "hộ nghèo.") == [(32, "cá nhân")]


@pytest.mark.parametrize("sentence, expected", [
    # the honour's adverb after "được"
    ("Đến nay, toàn phường có 21 tổ dân phố được vinh dự công nhận “Tổ dân phố văn hóa”.", [(21, "tập thể")]),
    # residential areas written short
    ("Năm 2015, toàn huyện có 312 KDC được công nhận “KDC văn hóa”.", [(312, "tập thể")]),
    # the villages' title named first, then recognised
    ("Sau 5 năm, toàn huyện có 88 làng văn hóa đã được công nhận và 81% số hộ đạt gia đình văn hóa.", [(88, "tập thể")]),
    # where the households live is no unit honoured
    ("Năm 2011, toàn huyện có 9.870 hộ gia đình ở 19 xã, thị trấn đạt tiêu chuẩn văn hóa.", [(9870, "tập thể")]),
    # the figures open the clause after a long opening, their verb far after them, its issuer every level of a body
    ("Ghi nhận những đóng góp của đoàn viên, người lao động trong các phong trào thi đua do các cấp Công đoàn phát động, đã "
     "có 31 tập thể, 58 cá nhân có thành tích xuất sắc trong phong trào thi đua và hoạt động Công đoàn năm 2021 được các "
     "cấp Công đoàn khen thưởng.", [(31, "tập thể"), (58, "cá nhân")]),
    # what the first units did themselves: the grant is the later figure's
    ("Năm 2016, toàn huyện có 215 khu dân cư tổ chức Ngày hội Đại đoàn kết, 12.300 hộ gia đình được công nhận gia đình "
     "văn hóa.", [(12300, "tập thể")]),
    # the youth union's flag given
    ("Dịp này, Ban Thường vụ Tỉnh đoàn tặng cờ cho 16 tập thể xuất sắc trong công tác Đoàn năm 2022.", [(16, "tập thể")]),
    # granted by the verb before them; the proposal after "và" is the later figure's
    ("Năm qua, các đơn vị trong khối đã khen thưởng 9 tập thể, 31 cá nhân và đề nghị Công đoàn ngành khen thưởng 4 cá "
     "nhân.", [(9, "tập thể"), (31, "cá nhân")]),
    # a list made public without the word "danh sách"
    ("Ngày 3/10, Ban tổ chức họp báo, công bố 100 Nông dân Việt Nam xuất sắc 2019, 15 Gương mặt nông dân tiêu biểu.",
     [(100, "cá nhân"), (15, "cá nhân")]),
    # a share written with English thousands separators
    ("Năm 2023, toàn huyện có 18,450/19,102 gia đình văn hóa, đạt tỷ lệ 96,6%.", [(18450, "tập thể")]),
    # the effort praised is no target to reach (nor its results reported)
    ("Theo báo cáo kết quả phấn đấu của các gương mặt trẻ 3 năm qua, 25 đồng chí được tuyên dương Gương mặt trẻ tiêu "
     "biểu của Quân khu.", [(25, "cá nhân")]),
    # lodging houses reaching their title, the title written with its noun again
    ("Toàn thành phố có trên 2.300 nhà trọ đạt nhà trọ văn hóa.", [(2300, "tập thể")]),
    ("Ghi nhận sự nỗ lực, phấn đấu của các đơn vị, năm qua có 14 tập thể được LĐLĐ tỉnh tặng Bằng khen.", [(14, "tập thể")]),
])
def test_titles_recognised_and_grants_far_from_their_figures(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


@pytest.mark.parametrize("sentence", [
    # who attended with the officers of the emulation and reward work, not an award
    "Cùng dự có lãnh đạo và cán bộ phụ trách công tác thi đua khen thưởng của 12 đơn vị thuộc Cụm thi đua các trường THPT.",
    # exemplars counted by their faces are a count of models; where the honourees were honoured is no count of them
    "Đại hội tôn vinh nhiều tập thể, cá nhân anh hùng và 312 gương mặt điển hình tiên tiến của thành phố.",
    "Năm 2012, các gương người tốt việc tốt được tuyên dương trong Ngày hội đại đoàn kết tại 41 khu dân cư.",
    # a shortlist made public is no list of honourees
    "Trước đó, Ban tổ chức đã công bố 30 gương mặt trẻ tiêu biểu được lựa chọn vào vòng bình chọn trực tuyến.",
    # a role recognised, however long the clause
    "Toàn huyện có 47 người uy tín trong vùng đồng bào dân tộc thiểu số được UBND tỉnh công nhận.",
])
def test_attendees_and_roles_are_not_awardees(cfg, sentence):
    assert awardees(cfg, sentence) == []


def test_items_of_a_list_a_proposal_opens_with_a_colon_are_proposed(cfg):
    text = ("Hội nghị thống nhất biểu quyết đề nghị Hội đồng thi đua khen thưởng, Ủy ban nhân dân tỉnh:\n\n"
            "– Tặng cờ thi đua cho Hợp tác xã Dịch vụ nông nghiệp Tân Phú.\n\n"
            "– Tặng Bằng khen cho 03 Hợp tác xã có thành tích xuất sắc.")
    assert awardees(cfg, text) == []


@pytest.mark.parametrize("sentence, expected", [
    # the levels of a title, each figure after its level and the noun left out
    ("Năm 2021, toàn huyện có 1.460 hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp, trong đó cấp tỉnh 40, "
     "cấp huyện 520, cấp xã 900.", [(1460, "tập thể"), (40, "tập thể"), (520, "tập thể"), (900, "tập thể")]),
    # the holders were registered, not honoured: the levels reached are the awardees
    ("Chi hội có 86 hội viên đăng ký thi đua sản xuất, kinh doanh giỏi, kết quả đạt cấp tỉnh 3, huyện 21, xã 40.",
     [(3, "cá nhân"), (21, "cá nhân"), (40, "cá nhân")]),
    # levels of models are the models' own
    ("Xã xây dựng 26 mô hình dân vận khéo các cấp, trong đó cấp tỉnh 2, cấp huyện 9.", []),
    # a proposal's levels are proposed
    ("Có 64 hộ được đề nghị công nhận các cấp, trong đó cấp tỉnh 4, cấp huyện 18.", []),
    # the title in the subject, "đạt" the figure it came to
    ("Đến cuối năm 2019, số gia đình văn hóa đạt 1.318/1.402 hộ, chiếm 94%.", [(1318, "tập thể")]),
    ("Năm 2019, số gia đình văn hóa đạt 94%.", []),
])
def test_title_levels_without_their_noun_and_the_title_in_the_subject(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


def test_clubs_teams_and_groups_are_collectives(cfg):
    assert awardees(cfg, "Ban tổ chức công nhận 12 giải thưởng cho 4 nhóm nội dung của cuộc thi.") == []
    assert awardees(cfg, "Thành Đoàn cũng tuyên dương 36 câu lạc bộ, đội, nhóm tình nguyện và 41 cá nhân tiêu biểu.") == [
        (36, "tập thể"), (41, "cá nhân")]
    assert awardees(cfg, "Phường có 25 câu lạc bộ dân vũ hoạt động thường xuyên.") == []


@pytest.mark.parametrize("sentence, expected", [
    # the public consulted on awards still to be decided: proposed, not granted
    ("Hội đồng Thi đua - Khen thưởng tỉnh lấy ý kiến nhân dân về tặng thưởng Huân chương Lao động hạng Ba cho 4 tập thể "
     "và 3 cá nhân có thành tích xuất sắc.", []),
    # those who attended beside the guests are no honourees
    ("Lãnh đạo Tỉnh ủy dự lễ tuyên dương cùng gần 400 đoàn viên, thanh niên các huyện.", []),
])
def test_a_consultation_and_the_crowd_at_a_ceremony_are_not_awards(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a body's size is not its members' honour
    ("Đảng bộ phường hiện có 42 chi, đảng bộ trực thuộc với 2.870 đảng viên, nhiều năm liền được công nhận hoàn thành "
     "xuất sắc nhiệm vụ.", []),
    # scholarships are help
    ("Dịp này, 150 học sinh nghèo vượt khó được trao học bổng của Quỹ Khuyến học tỉnh.", []),
    # (granted with "cấp", as an item of a list an award opened)
    ("Năm qua, hội khen thưởng 320 học sinh giỏi; cấp học bổng toàn khóa cho 6 sinh viên và xét cấp học bổng cho 14 "
     "sinh viên nghèo.", [(320, "cá nhân")]),
    # a reward paid out is an award
    ("Từ nguồn quỹ khuyến học, xã đã chi thưởng 412 triệu đồng cho 1.350 lượt học sinh giỏi các cấp.",
     [(1350, "cá nhân")]),
    # those an event drew are participants
    ("Hội diễn thu hút 32 thôn, bản văn hóa tiêu biểu trong huyện tham gia.", []),
    # "anh, chị" are people
    ("Hội đồng Đội biểu dương 16 anh, chị phụ trách Đội tiêu biểu.", [(16, "cá nhân")]),
])
def test_sizes_help_participants_and_people_called_anh_chi(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the title named just before
    ("Trong tổng số 412 thôn, tổ dân phố đăng ký đạt danh hiệu văn hóa thì có 401 thôn, tổ dân phố đạt tiêu chuẩn này.",
     [(401, "tập thể")]),
    # a population, not title holders
    ("Bản hiện có trên 150 hộ dân với 640 nhân khẩu, được công nhận bản văn hóa năm 2020.", []),
])
def test_the_title_named_before_and_a_population(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # received, with no "được"
    ("Hằng năm, gần 300 tập thể và 800 cá nhân xuất sắc nhận khen thưởng của các cấp.", [(300, "tập thể"), (800, "cá nhân")]),
])
def test_honours_received_with_no_duoc(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # emulation titles written short name their holders
    ("Qua bình xét, toàn ngành có 412 LĐTT, 65 CSTĐCS và 18 TTLĐXS được Chủ tịch UBND huyện công nhận.",
     [(412, "cá nhân"), (65, "cá nhân"), (18, "tập thể")]),
    ("Kết quả năm học, Phòng Giáo dục có 27 tập thể LĐTT, trong đó 6 tập thể đạt TTLĐXS.", [(27, "tập thể"), (6, "tập thể")]),
    # still proposals where proposed
    ("Hội đồng thống nhất đề nghị công nhận 45 LĐTT và 6 CSTĐCS.", []),
])
def test_emulation_titles_written_short(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a share written between the fraction and its noun
    ("Năm 2022, khối phố có 214/226 = 94,7% hộ đạt danh hiệu gia đình văn hóa.", [(214, "tập thể")]),
    ("Năm 2022, khối phố có 214/226 (94,7%) hộ đạt danh hiệu gia đình văn hóa.", [(214, "tập thể")]),
    # "cá nhân" typed without its accent
    ("UBND xã khen thưởng 6 tập thể và 14 ca nhân tiêu biểu.", [(6, "tập thể"), (14, "cá nhân")]),
    # the farmers' title written short
    ("Năm 2023, toàn xã có 512 hộ đạt nông dân SXKDG các cấp.", [(512, "tập thể")]),
])
def test_shares_typos_and_a_short_farmers_title(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Bản Huổi Lếch là bản đầu tiên trong số 9 bản người Mông của xã được công nhận bản văn hóa.",
    "Thôn Đông Sơn là thôn duy nhất trong 14 thôn của xã đạt danh hiệu thôn văn hóa 5 năm liền.",
])
def test_the_group_a_unit_is_first_or_alone_in_is_no_count(cfg, sentence):
    assert awardees(cfg, sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    # the later items of a proposal's list, titles written short or in full
    ("Hội đồng thống nhất đề nghị công nhận danh hiệu LĐTT cho 120 cá nhân; 18 CSTĐCS; 9 tập thể LĐTT.", []),
    ("Hội đồng thống nhất đề nghị công nhận danh hiệu lao động tiên tiến cho 120 cá nhân; 18 chiến sĩ thi đua cơ sở.", []),
    # an inspection's grade is no title
    ("Năm 2021, huyện công nhận 402/415 thôn đạt chuẩn văn hóa, có 380/415 (91,5%) thôn được kiểm tra nâng chất đạt "
     "kết quả tốt.", [(402, "tập thể")]),
])
def test_a_proposal_s_later_items_and_an_inspection_s_grade(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the farmers' title in the subject, the figure after
    ("Tổng số hộ NDSXKD giỏi là 9.412 hộ. Trong đó: cấp TW: 2 hộ, cấp tỉnh: 140 hộ.",
     [(9412, "tập thể"), (2, "tập thể"), (140, "tập thể")]),
    # the elderly doing well at business, recognised at a level
    ("Toàn huyện có 212 NCT làm kinh tế giỏi các cấp; trong đó 5 NCT sản xuất, kinh doanh giỏi cấp tỉnh.",
     [(212, "cá nhân"), (5, "cá nhân")]),
    # veterans' households doing well at farming, the title's holders, and the levels they reached
    ("Năm 2018, Đô Lương có 412 hộ cựu chiến binh làm kinh tế giỏi, trong đó 3 hộ đạt cấp Trung ương, 17 hộ đạt cấp "
     "tỉnh 58 hộ đạt cấp huyện.", [(412, "tập thể"), (3, "tập thể"), (17, "tập thể"), (58, "tập thể")]),
    # the households named by both the members' association and its people
    ("Toàn hội có hơn 1.900 hộ gia đình hội viên cựu chiến binh đạt sản xuất, kinh doanh giỏi các cấp.",
     [(1900, "tập thể")]),
    # and the members, named after their noun
    ("Toàn tỉnh hiện có 2.130 hội viên cựu chiến binh làm kinh tế giỏi các cấp.", [(2130, "cá nhân")]),
    # the honoured, chosen from a larger whole
    ("Năm 2019, 1.208 cá nhân trong số hơn 2.900 cán bộ, giáo viên được UBND huyện khen thưởng.", [(1208, "cá nhân")]),
])
def test_holders_counted_after_their_title_and_the_whole_the_honoured_came_from(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


def test_households_meeting_a_criterion_hold_no_title(cfg):
    sentence = "Qua đó, nâng số hộ đạt tiêu chí “Gia đình không có người mắc tệ nạn xã hội” lên 48.230 hộ."
    assert awardees(cfg, sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    # recognised and honoured
    ("Với thành tích xuất sắc, 18 tập thể và 37 cá nhân ở Hà Nam đã được ghi nhận và tôn vinh.",
     [(18, "tập thể"), (37, "cá nhân")]),
    # villages in a list whose title the last item states
    ("Năm 2019, 9/9 làng, 5/6 cơ quan đơn vị đạt danh hiệu văn hóa.", [(9, "tập thể"), (5, "tập thể")]),
])
def test_honours_recognised_and_villages_sharing_a_list_s_title(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a selection that confers a quoted title, and the parts it lists
    ("Hội đồng đã lựa chọn được 48 “Nhà khoa học của Nhà nông”, trong đó có 30 Giáo sư, Tiến sĩ; 18 người có trình độ "
     "đại học.", [(48, "cá nhân"), (30, "cá nhân"), (18, "cá nhân")]),
    # a shortlist is none
    ("Ban tổ chức đã chọn ra 40 “Gương mặt trẻ” vào vòng chung khảo.", []),
    # a breakdown's parts are no holders
    ("Dịp này, Đảng bộ xã đã trao Huy hiệu Đảng cho 31 đảng viên, trong đó có 4 đảng viên nhận Huy hiệu 60 năm tuổi Đảng.",
     [(31, "cá nhân"), (4, "cá nhân")]),
    # "khen tặng"
    ("Tại đây, Ủy ban MTTQ huyện đã khen tặng cho 2 cá nhân và 1 tập thể tiêu biểu.", [(2, "cá nhân"), (1, "tập thể")]),
    # units that hold those honoured
    ("Dịp này, 4 đảng bộ xã Yên Lạc, Yên Mỹ, Tân Lập và Phú Mỹ có 63 đảng viên được trao tặng Huy hiệu Đảng.",
     [(63, "cá nhân")]),
])
def test_selections_and_the_units_that_hold_the_honoured(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected



def test_clinics_and_markets_that_reach_a_title_are_collectives(cfg):
    found = awardees(cfg, "Toàn huyện có 21/21 trạm y tế văn hóa; 40/42 trường học văn hóa. Sở Công Thương tặng giấy khen "
                          "cho 3 chợ văn minh.")
    assert {(21, "tập thể"), (40, "tập thể"), (3, "tập thể")} <= set(found)


def test_the_stock_the_holders_of_a_learning_title_came_to_is_counted(cfg):
    found = awardees(cfg, "Năm 2012 cả tỉnh có 41.000 gia đình hiếu học; đến năm 2017 số gia đình hiếu học lên tới 96.300 gia đình.")
    assert {(41000, "tập thể"), (96300, "tập thể")} <= set(found)


def test_what_an_effort_came_to_is_no_target(cfg):
    found = awardees(cfg, "Những năm qua, xã đã phấn đấu thực hiện tốt các tiêu chí, đến nay có 1.124 hộ gia đình được công "
                          "nhận “Gia đình văn hóa”.")
    assert found == [(1124, "tập thể")]
    assert awardees(cfg, "Năm 2024, xã phấn đấu có 1.300 hộ gia đình được công nhận “Gia đình văn hóa”.") == []


def test_prizes_handed_out_are_awards(cfg):
    assert awardees(cfg, "Dịp này, Chi hội khuyến học phát thưởng 35 em học sinh nghèo vượt khó học giỏi.") == [(35, "cá nhân")]
    assert awardees(cfg, "Tại Lễ phát thưởng năm nay, 12 gia đình đã ủng hộ quỹ khuyến học của dòng họ.") == []



def test_members_households_holding_the_business_title_are_counted(cfg):
    found = awardees(cfg, "Nhiệm kỳ qua, toàn huyện có 214 hộ gia đình hội viên tiêu biểu sản xuất, kinh doanh giỏi.")
    assert found == [(214, "tập thể")]


@pytest.mark.parametrize("sentence, expected", [
    ("Năm 2019, toàn huyện có 215 thôn bản đạt thôn bản văn hóa, đạt 81% số thôn bản.", [(215, "tập thể")]),
    ("Huyện có 24.180 gia đình văn hóa; 97/102 cơ quan đơn vị văn hóa.", [(24180, "tập thể"), (97, "tập thể")]),
    ("Hiện toàn huyện có 640 tộc có nhà thờ, 212 tộc được công nhận “Tộc văn hóa”.", [(212, "tập thể")]),
])
def test_villages_agencies_and_clans_that_hold_a_cultural_title(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


def test_members_written_with_the_party_badge_of_their_years_are_its_holders(cfg):
    found = awardees(cfg, "Đợt 3/2 này, Đảng bộ huyện có 03 đảng viên Huy hiệu 70 năm tuổi Đảng, 12 đảng viên Huy hiệu 50 năm tuổi "
                          "Đảng và 27 đảng viên nhận Huy hiệu 30 năm tuổi Đảng.")
    assert found == [(3, "cá nhân"), (12, "cá nhân"), (27, "cá nhân")]



def test_parts_after_trong_so_nay_are_parts(cfg):
    found = awardees(cfg, "Tỉnh tuyên dương 120 học sinh dân tộc thiểu số tiêu biểu. Trong số này có 64 em là học sinh giỏi cấp "
                          "tỉnh, 30 em tốt nghiệp đại học loại giỏi.")
    assert set(found) == {(120, "cá nhân"), (64, "cá nhân"), (30, "cá nhân")}


def test_every_item_of_a_target_s_semicolon_list_is_the_target_s(cfg):
    target = ("Năm 2024, huyện phấn đấu có 92% hộ gia đình đạt danh hiệu gia đình văn hóa; 85% thôn đạt danh hiệu văn hóa; "
              "03 xã đạt chuẩn văn hóa nông thôn mới; 02 làng đạt danh hiệu làng văn hóa kiểu mẫu.")
    assert awardees(cfg, target) == []
    assert awardees(cfg, "Năm 2023, toàn huyện có 92% hộ đạt gia đình văn hóa; 05 làng đạt danh hiệu làng văn hóa kiểu mẫu.") \
        == [(5, "tập thể")]


@pytest.mark.parametrize("sentence, expected", [
    # the title reached written in quotes after its standard
    ("Đến nay, toàn thị xã có 18.950/21.400 hộ đạt tiêu chuẩn “Gia đình văn hóa”, đạt tỷ lệ 88,5%.", [(18950, "tập thể")]),
    # two kinds of villages holding the title, written without a comma between them
    ("Năm 2021, huyện có 96/110 thôn tổ dân phố văn hóa, đạt 87,3%.", [(96, "tập thể")]),
])
def test_titles_reached_in_quotes_or_by_villages_named_twice(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


def test_units_that_hold_the_households_honoured_are_not_honoured_themselves(cfg):
    assert awardees(cfg, "Năm 2022, khu dân cư số 3 gồm 5 tổ dân phố có 842 hộ đạt danh hiệu gia đình văn hóa.") \
        == [(842, "tập thể")]


@pytest.mark.parametrize("sentence, expected", [
    # the title written once after two kinds of holders
    ("Năm 2022, toàn ngành có 31 tập thể và 208 cá nhân lao động tiên tiến.", [(31, "tập thể"), (208, "cá nhân")]),
    # the state's hero titles held
    ("Quê hương có 14 tập thể và 9 cá nhân Anh hùng Lực lượng vũ trang nhân dân.", [(14, "tập thể"), (9, "cá nhân")]),
    ("Hội đồng đề nghị công nhận 31 tập thể và 208 cá nhân lao động tiên tiến.", []),
])
def test_a_title_held_by_two_kinds_written_once(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a photo caption names the recipients and their award, the verb left out
    ("Ba tập thể Cờ thi đua của UBND tỉnh.", [(3, "tập thể")]),
    ("Ông Nguyễn Văn A trao thưởng; 7 cá nhân Giấy khen của Chủ tịch UBND huyện.", [(7, "cá nhân")]),
    ("Hội đồng thống nhất đề nghị 7 cá nhân Bằng khen của Thủ tướng.", []),
])
def test_recipients_named_with_their_award_and_no_verb(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Trong kháng chiến, huyện có 9 xã, thị trấn được phong tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân.",
     [(9, "tập thể")]),
    ("Năm 2020, có 3 phường được tặng thưởng Huân chương Lao động hạng Ba.", [(3, "tập thể")]),
    ("Đến nay, huyện có 9 xã đạt chuẩn nông thôn mới.", []),
])
def test_communes_on_which_a_state_honour_is_conferred(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # registered, then recognised: the title was reached
    ("Năm 2024, toàn phường có 3.460 hộ đăng ký và được công nhận gia đình văn hóa.", [(3460, "tập thể")]),
    ("Năm 2024, toàn phường có 3.460 hộ đăng ký, 3.120 hộ được công nhận gia đình văn hóa.", [(3120, "tập thể")]),
    ("Năm 2024, toàn phường có 3.460 hộ đăng ký xây dựng gia đình văn hóa.", []),
])
def test_households_registered_and_recognised(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the Pioneers' units reach their title with "đạt", their leaders are people
    ("Kết thúc năm học, 42/45 liên đội đạt liên đội vững mạnh, 310/356 chi đội đạt chi đội mạnh.",
     [(42, "tập thể"), (310, "tập thể")]),
    ("Hội đồng Đội huyện tuyên dương 120 đội viên tiêu biểu, 15 phụ trách đội giỏi.", [(120, "cá nhân"), (15, "cá nhân")]),
    ("Huyện có 42 liên đội với hơn 9.000 đội viên.", []),
    ("Hiện toàn huyện có 40/42 liên đội mạnh và khá, không có liên đội yếu.", []),  # a grading, not a title
])
def test_pioneer_units_and_leaders(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # members admitted are no recipients, even where the decision is handed over at a ceremony
    ("Dịp này, Hội Nông dân xã trao quyết định kết nạp cho 35 hội viên mới.", []),
    ("Chi bộ công nhận và trao quyết định kết nạp Đảng cho 4 quần chúng ưu tú.", []),
    ("Dịp này, Hội Nông dân xã khen thưởng 35 hội viên tiêu biểu.", [(35, "cá nhân")]),
    # nor are bodies founded, taken over or merged at the same ceremony
    ("Tại buổi lễ trao Huy hiệu Đảng, Đảng ủy xã Hòa Bình công bố quyết định thành lập mới 2 chi bộ, tiếp nhận "
     "3 tổ chức đảng về trực thuộc.", []),
    ("Nhân dịp này, Liên đoàn Lao động huyện tặng Giấy khen cho 6 công đoàn cơ sở và sáp nhập 4 công đoàn cơ sở.",
     [(6, "tập thể")]),
])
def test_members_admitted_are_not_honoured(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


def test_a_festival_s_contestants_are_not_its_winners(cfg):
    sentence = ("Trong 60 phát thanh viên dự thi dẫn chương trình có 5 phát thanh viên đoạt Huy chương vàng, 9 phát thanh "
                "viên đoạt Huy chương bạc và 21 phát thanh viên được tặng bằng khen.")
    assert awardees(cfg, sentence) == [(5, "cá nhân"), (9, "cá nhân"), (21, "cá nhân")]


@pytest.mark.parametrize("sentence", [
    "Trong 5 năm, hơn 320 lượt xứ, họ đạo được công nhận đạt danh hiệu “Xứ, họ đạo tiên tiến”.",
    "Trong 5 năm, hơn 320 lượt xứ,họ đạo được công nhận đạt danh hiệu “Xứ,họ đạo tiên tiến”.",  # (the space lost)
    "Trong 5 năm, hơn 320 lượt xứ , họ đạo được công nhận đạt danh hiệu “Xứ , họ đạo tiên tiến”.",
])
def test_parishes_reaching_their_title_however_the_comma_is_spaced(cfg, sentence):
    assert awardees(cfg, sentence) == [(320, "tập thể")]


@pytest.mark.parametrize("sentence, expected", [
    # women and schools counted by their own nouns
    ("Giai đoạn 2020-2025, có 1.245 nữ đạt danh hiệu “Giỏi việc nước, đảm việc nhà” cấp cơ sở.", [(1245, "cá nhân")]),
    ("Đoàn kiểm tra công nhận 27/30 trường đạt danh hiệu trường học “Xanh - Sạch - Đẹp”.", [(27, "tập thể")]),
    ("Năm học này, huyện có 12 trường đạt chuẩn quốc gia.", []),
    ("Năm năm qua, tỉnh có 104 tập thể nhận Cờ thi đua; 3.148 trường hợp được Thủ tướng tặng Bằng khen.", [(104, "tập thể")]),
    # the union's own award, written "bằng" with its badge
    ("Tổng Liên đoàn đã tặng Bằng và Huy hiệu Lao động sáng tạo cho 18 cá nhân có sáng kiến.", [(18, "cá nhân")]),
])
def test_women_schools_and_the_creative_labour_award(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # villages that meet the new-countryside standard reach no title
    ("Đến hết năm 2023, tỉnh đã công nhận 112 thôn, bản nông thôn mới.", []),
    ("Riêng năm 2023, toàn huyện có 17 thôn, bản được công nhận nông thôn mới kiểu mẫu.", []),
    # the unit named again before the standard
    ("Hết năm 2022, toàn tỉnh Lai Châu có 54 bản được công nhận bản NTM.", []),
    ("Đến nay, huyện Mèo Vạc có 31 thôn được công nhận là thôn nông thôn mới.", []),
    ("Dịp này, 4 xã đạt chuẩn nông thôn mới được tặng Bằng khen của UBND tỉnh.", [(4, "tập thể")]),
    ("Năm 2023, có 45 thôn được công nhận thôn văn hóa.", [(45, "tập thể")]),
    ("Thủ tướng trao Cờ thi đua của Chính phủ cho 6 huyện đạt chuẩn nông thôn mới.", [(6, "tập thể")]),
    ("Đến nay, huyện có 4 xã đạt chuẩn văn hóa nông thôn mới.", [(4, "tập thể")]),
    # both kinds in one figure, the comma left out
    ("Năm 2022, huyện có 26 tập thể cá nhân được Ủy ban MTTQ các cấp khen thưởng.", []),
    # the volunteer traffic knights are people
    ("Ngoài ra, 14 hiệp sĩ được tặng bằng khen của Ủy ban An toàn giao thông.", [(14, "cá nhân")]),
])
def test_standards_met_kinds_glued_and_traffic_knights(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # granted here, then others proposed "đồng thời"; the verb written "khen, thưởng"
    ("Hội Khuyến học huyện đã khen, thưởng cho 7 tập thể và 41 cá nhân, đồng thời đề nghị cấp trên công nhận 3 đơn vị.",
     [(7, "tập thể"), (41, "cá nhân")]),
    ("Hội đồng thống nhất đề nghị khen thưởng 7 tập thể và 41 cá nhân, đồng thời đề nghị cấp trên công nhận 3 đơn vị.", []),
])
def test_granted_then_others_proposed_at_the_same_time(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a household's means is a category, written after the figure or before it; the title is the last figure's
    ("Hết năm 2024, toàn xã còn 17 hộ nghèo, 22 hộ cận nghèo và 1.480 hộ đạt gia đình văn hóa.", [(1480, "tập thể")]),
    ("Khu phố có 64 hộ thuộc diện khá, giàu; 41 hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp.", [(41, "tập thể")]),
    ("Số hộ nghèo giảm xuống còn 05 hộ, cận nghèo 09 hộ và 212 hộ đạt gia đình văn hóa.", [(212, "tập thể")]),
    # (poor households honoured for overcoming it are honoured)
    ("Hội Nông dân xã tuyên dương 12 hộ nghèo vượt khó tiêu biểu năm 2023.", [(12, "tập thể")]),
    # the title quoted after "đạt"
    ("Qua bình xét cuối năm, thôn Nà Pục có 96 hộ đạt \"Gia đình văn hóa\".", [(96, "tập thể")]),
    ("Năm 2022, toàn phường có 3.112 hộ đạt “Gia đình văn hóa”.", [(3112, "tập thể")]),
    # both kinds coordinated, the second without a figure of its own: no entry
    ("Dịp này, 14 chi hội và hội viên phụ nữ tiêu biểu được tặng giấy khen của Hội LHPN huyện.", []),
    ("Hội đã tặng Giấy khen cho 9 hội viên và 3 chi hội.", [(9, "cá nhân"), (3, "tập thể")]),
    # (the other noun opens a title's name; households honoured for escaping poverty are honoured)
    ("Công nhận danh hiệu Lao động tiên tiến cho 412 cá nhân và Tập thể lao động tiên tiến cho 37 tập thể.",
     [(412, "cá nhân"), (37, "tập thể")]),
    ("Tại Ngày hội, thôn đã biểu dương 05 hộ thoát nghèo và 12 gia đình văn hóa tiêu biểu.", [(5, "tập thể"), (12, "tập thể")]),
])
def test_means_titles_quoted_and_kinds_coordinated(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


def test_farms_and_cooperatives_recognised_are_no_honourees(cfg):
    sentence = "Đến nay, toàn huyện có 214 tổ hợp tác, 38 hợp tác xã và 126 trang trại được công nhận."
    assert awardees(cfg, sentence) == []
    assert awardees(cfg, "Dịp này, 5 hợp tác xã được UBND tỉnh tặng Bằng khen.") == [(5, "tập thể")]


@pytest.mark.parametrize("sentence, expected", [
    # the learning association's titles, held or reached, by households, clans, communities and units
    ("Toàn huyện có 12.406 gia đình hiếu học, 318 dòng họ hiếu học, 96 cộng đồng khuyến học và 41 đơn vị xã hội học tập.",
     [(12406, "tập thể"), (318, "tập thể"), (96, "tập thể"), (41, "tập thể")]),
    ("Năm 2023, có 37 thôn, tổ dân phố đạt cộng đồng học tập.", [(37, "tập thể")]),
    ("Cuối năm, 9 cộng đồng được công nhận cộng đồng hiếu học.", [(9, "tập thể")]),
    # (a gift's value in brackets: the gift's receivers are helped, not honoured)
    ("Sau phần biểu dương, nhà tài trợ tặng 8 suất quà (2 triệu đồng/suất) cho 8 cựu chiến binh có hoàn cảnh khó khăn.", []),
])
def test_learning_titles_and_gifts_priced_in_brackets(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # nominees sent up in lists are no honourees yet
    ("Đến nay, 15 đơn vị đã gửi danh sách các cá nhân được biểu dương, Ban tổ chức nhận được danh sách gồm 340 cá nhân.", []),
    # titles reached, "các" before "danh hiệu"
    ("Năm 2023, toàn ngành có 35 cán bộ đạt các danh hiệu thi đua.", [(35, "cá nhân")]),
    # the title's holders counted after the title and its year
    ("Số hộ nông dân sản xuất kinh doanh giỏi năm 2022 đạt 1.148 hộ, chiếm 47% số hộ đăng ký.", [(1148, "tập thể")]),
    # the issuers listed at length before the verb
    ("Giai đoạn 2018 - 2023, toàn huyện có 214 tập thể, 390 cá nhân được Bộ Lao động - Thương binh và Xã hội, Ủy ban "
     "nhân dân tỉnh, Hội Chữ thập đỏ tỉnh và Ủy ban nhân dân huyện khen thưởng.", [(214, "tập thể"), (390, "cá nhân")]),
])
def test_nominee_lists_and_titles_reached_in_the_plural(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected



@pytest.mark.parametrize("sentence, expected", [
    # a city's wards are divided into khu vực; offices hold their own title
    ("Năm 2015, phường Hưng Lợi có 12/14 khu vực đạt chuẩn văn hóa.", [(12, "tập thể")]),
    ("Năm 2016, quận Ninh Kiều có 38 công sở được công nhận đạt chuẩn văn minh.", [(38, "tập thể")]),
    # the year the title's holders are counted for, between the title and the figure
    ("Đến cuối năm, tổng số hộ đạt gia đình văn hóa năm 2023 là 1.874/1.960 hộ, tăng 2% so với năm trước.",
     [(1874, "tập thể")]),
    # the villages that hold the title, counted; not those kept up to a model's standard
    ("Sau 25 năm thực hiện phong trào, toàn huyện Đô Lương có 248 làng văn hóa.", [(248, "tập thể")]),
    ("Năm nay, xã tiếp tục duy trì 3 làng văn hóa kiểu mẫu.", []),
    # recognised again, or newly, with or without "được"
    ("Sau phúc tra, có 27 làng, bản được công nhận lại danh hiệu làng văn hóa giai đoạn 2021-2025.", [(27, "tập thể")]),
    ("Năm 2022, toàn thị xã có 61 tổ dân phố công nhận mới và 140 tổ dân phố công nhận lại danh hiệu “Tổ dân phố văn "
     "hóa”.", [(61, "tập thể"), (140, "tập thể")]),
    ("Năm nay có 45 hộ đề nghị công nhận mới gia đình văn hóa.", []),
    # and the later items of the list that "có" opens, past an item with its own verb
    ("Qua 15 năm, huyện Thanh Chương đã có 31.200 gia đình đạt chuẩn văn hóa, 212 làng văn hóa cấp huyện, 97 làng văn "
     "hóa cấp tỉnh.", [(31200, "tập thể"), (212, "tập thể"), (97, "tập thể")]),
    ("Xã có 12 làng, trong đó Ban chỉ đạo đến kiểm tra 4 làng văn hóa vào tháng 11.", []),
    # a craft village certified is no title of a movement
    ("Trong xã có 6 thôn làm nghề mây tre đan, đến nay các thôn đều đã được công nhận là “làng nghề truyền thống”.", []),
    # a region is no unit: counted, not honoured
    ("Đoàn đã khảo sát 6 khu vực đạt chuẩn về môi trường trong đợt kiểm tra.", []),
])
def test_wards_areas_offices_and_households_that_reach_a_title(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a selection made by a jury is the honour ("chọn được"); the pool it was made from is not honoured
    ("Sau khi bình xét, Ban tổ chức đã chọn được 04 tập thể, 07 cá nhân có thành tích xuất sắc trong Tháng hành động.",
     [(4, "tập thể"), (7, "cá nhân")]),
    ("Hội đồng đã lựa chọn được 20 cá nhân có thành tích tiêu biểu xuất sắc trong số 60 cá nhân.", [(20, "cá nhân")]),
    # a choice for a visit with gifts, a delegation or the teams of a contest's next round is no honour
    ("Các xã đã chọn 5 cá nhân tiêu biểu để lãnh đạo huyện đến thăm, tặng quà.", []),
    ("Từ 120 hồ sơ, Sở chọn được 25 nhà giáo tiêu biểu đại diện các cấp học được gặp mặt Chủ tịch tỉnh.", []),
    ("Qua vòng loại, huyện lựa chọn được 12 đội thi xuất sắc nhất tham dự vòng chung khảo cấp tỉnh.", []),
])
def test_honourees_a_jury_chose(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


def test_a_cultural_club_or_officer_holds_no_title(cfg):
    # "câu lạc bộ văn hóa", "cán bộ văn hóa": a kind of club, a post; the households of "gia đình văn hóa" hold the title
    doc = extract_text("Toàn huyện Giao Thủy có gần 200 câu lạc bộ văn hóa, 45 cán bộ văn hóa xã và 1.200 hộ gia đình văn "
                       "hóa.", cfg)
    assert [(str(f.value), f.unit) for f in doc.facts if f.kind == "awardee_count"] == [("1200", "tập thể")]


def test_money_handed_to_pupils_in_need_is_help_and_a_cash_prize_is_a_reward(cfg):
    sentence = ("Năm học qua, Hội Khuyến học huyện Yên Mô đã khen thưởng 18 giáo viên dạy giỏi, 64 học sinh giỏi cấp "
                "tỉnh và trao tiền hỗ trợ của các doanh nghiệp cho 27 học sinh nghèo vượt khó trị giá 40 triệu đồng.")
    assert awardees(cfg, sentence) == [(18, "cá nhân"), (64, "cá nhân")]
    assert awardees(cfg, "Dịp này, nhà trường trao tiền thưởng cho 35 học sinh đạt giải cấp tỉnh.") == [(35, "cá nhân")]


@pytest.mark.parametrize("sentence, expected", [
    # assessed as reaching the title: they hold it (not "xét đạt …, đề nghị … công nhận", a proposal)
    ("Giai đoạn 2020-2023, có 9.412 lượt hội viên được xét đạt danh hiệu nông dân sản xuất kinh doanh giỏi các cấp.",
     [(9412, "cá nhân")]),
    ("Qua bình xét, có 310/318 hộ xét đạt danh hiệu gia đình văn hóa, đề nghị UBND xã công nhận.", []),
    # of those registered, the part that reached the title holds it
    ("Đã có 5.600 hộ đoàn viên đăng ký thi đua. Trong đó, có 4.870 hộ đạt danh hiệu gia đình văn hóa.", [(4870, "tập thể")]),
    ("Có 2.300 hộ đăng ký gia đình văn hóa. Trong đó, 600 hộ đăng ký lần đầu.", []),
    # people written short
    ("Công ty đã trao danh hiệu Lao động giỏi cho 42 NLĐ có nhiều sáng kiến.", [(42, "cá nhân")]),
    ("Hội CCB tỉnh tặng giấy khen cho 15 CCB làm kinh tế giỏi.", [(15, "cá nhân")]),
])
def test_titles_assessed_reached_by_the_registered_and_people_written_short(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


def test_the_article_row_does_not_add_a_breakdown_to_its_total(cfg):
    from pipeline.write.rows import article_row

    doc = extract_text("Tổng kết phong trào nông dân\n\n12/12/2023 - 08:00\n\nNăm 2023, toàn tỉnh có 41.300 hộ nông dân "
                       "đạt danh hiệu sản xuất kinh doanh giỏi các cấp. Trong đó, cấp Trung ương 95 hộ; cấp tỉnh 6.120 hộ. "
                       "Dịp này, UBND tỉnh tặng Bằng khen cho 18 tập thể và 25 cá nhân.", cfg)
    assert {(int(f.value), f.unit) for f in doc.facts if f.kind == "awardee_count"} >= {(95, "tập thể"), (6120, "tập thể")}
    row = article_row(doc)
    assert (row["awardee_collectives"], row["awardee_individuals"]) == (41300 + 18, 25)


def test_those_registered_as_the_base_of_a_title_are_no_proposal_and_its_levels_count(cfg):
    sentence = ("Hội ND tỉnh cho biết, năm 2022, toàn tỉnh có 52.410 hộ ND đạt tiêu chuẩn SXKD giỏi các cấp trong tổng số "
                "70.218 hộ đăng ký, tăng 1.204 hộ so với năm 2021. Trong đó, cấp T.Ư 118 hộ; cấp tỉnh 7.305 hộ; cấp "
                "huyện, thị xã, thành phố 15.660 hộ; còn lại là cấp cơ sở.")
    assert awardees(cfg, sentence) == [(52410, "tập thể"), (118, "tập thể"), (7305, "tập thể"), (15660, "tập thể")]


@pytest.mark.parametrize("sentence, expected", [
    # an item described by its praise and field, however long, shares the grant of the list's last item
    ("Theo đó, 17 cá nhân tiêu biểu trong phong trào thi đua lao động giỏi, lao động sáng tạo của ngành giáo dục; 12 "
     "chủ tịch công đoàn cơ sở xuất sắc và 30 đoàn viên tiêu biểu đã được LĐLĐ tỉnh tuyên dương.",
     [(17, "cá nhân"), (12, "cá nhân"), (30, "cá nhân")]),
    # the figure's description before the coordinated figure whose grant both share
    ("Dịp này, 14 chủ tịch CĐ, nghiệp đoàn tiêu biểu, xuất sắc và 52 đoàn viên, công nhân lao động tiêu biểu đã được "
     "LĐLĐ tỉnh Phú Yên tuyên dương.", [(14, "cá nhân"), (52, "cá nhân")]),
    # not where the first figure has a verb of its own
    ("Đến nay có hơn 45 giáo viên đạt hội giảng vòng tỉnh, 18 chiến sỹ thi đua cấp tỉnh.", [(18, "cá nhân")]),
    # offices and units holding the cultural title, written with a comma
    ("Toàn huyện có 9.540/12.006 hộ gia đình văn hóa; 51/66 thôn, buôn văn hóa; 37/52 cơ quan, đơn vị văn hóa.",
     [(9540, "tập thể"), (51, "tập thể"), (37, "tập thể")]),
    # a ';' item holding two ratios joined by a comma: the second shares the list's title too
    ("Năm 2023, toàn tỉnh có 312/340 trường học; 88/97 cơ quan, đơn vị; 1.204/1.318 thôn, 47/52 tổ dân phố; 9/11 "
     "cụm dân cư đạt danh hiệu “Đơn vị học tập”.",
     [(312, "tập thể"), (88, "tập thể"), (1204, "tập thể"), (47, "tập thể"), (9, "tập thể")]),
])
def test_list_items_with_long_descriptions(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Đại hội đã biểu dương 41 ND sản xuất kinh doanh giỏi tiêu biểu của huyện.", [(41, "cá nhân")]),
    ("Qua bình chọn, có 3 HTX và 1 Quỹ TDND được công nhận HTX tiêu biểu cấp tỉnh năm 2024.", [(3, "tập thể")]),
    ("Toàn huyện hiện có 27 HTX nông nghiệp đang hoạt động.", []),
])
def test_farmers_and_cooperatives_written_short(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # Catholic parishes reaching their movement's title, and those given an award
    ("Giai đoạn 2019-2024, có 312 lượt xứ, họ đạo được công nhận danh hiệu “Xứ, họ đạo tiên tiến”.", [(312, "tập thể")]),
    ("Dịp này, 14 giáo xứ và 23 cá nhân được Chủ tịch UBND huyện tặng giấy khen.", [(14, "tập thể"), (23, "cá nhân")]),
    ("Trên địa bàn huyện có 9 giáo xứ, 37 giáo họ với hơn 20.000 giáo dân.", []),
])
def test_parishes(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


def test_a_list_of_ratios_after_a_grant_shares_it_past_an_item_of_two(cfg):
    sentence = ("Hội Khuyến học huyện công nhận 1.890 “Gia đình học tập”; với danh hiệu “Đơn vị học tập” có 41/43 trường "
                "học; 260/281 thôn, 12/12 tổ dân phố; 18/25 cơ sở tôn giáo.")
    assert awardees(cfg, sentence) == [(1890, "tập thể"), (41, "tập thể"), (260, "tập thể"), (12, "tập thể"),
                                       (18, "tập thể")]


def test_plain_figures_of_an_item_are_its_facts_not_a_list_of_holders(cfg):
    # (the households are the village's size; only the ratios of a list of shares run on to the title)
    sentence = "Năm nay xã có 1.250 hộ, 38 tổ tự quản; 1.100 hộ đạt danh hiệu gia đình văn hóa."
    assert (1250, "tập thể") not in awardees(cfg, sentence)
    assert (1100, "tập thể") in awardees(cfg, sentence)


def test_the_registered_as_the_base_of_a_share_do_not_make_a_grant_a_proposal(cfg):
    sentence = ("Năm 2022, Hội Khuyến học tỉnh công nhận 38.120 “Gia đình học tập”, đạt 91,2% số hộ đăng ký; công nhận "
                "142/168 “Dòng họ học tập”, đạt 84,5% số dòng họ đăng ký.")
    assert awardees(cfg, sentence) == [(38120, "tập thể"), (142, "tập thể")]
    assert awardees(cfg, "Năm 2022 có 160 dòng họ đăng ký xây dựng “Dòng họ học tập”.") == []


@pytest.mark.parametrize("sentence, expected", [
    # the district's own grant after the proposal it sends up, in a clause of its own
    ("Năm 2023, huyện đề nghị UBND tỉnh tặng Bằng khen cho 4 tập thể; Chủ tịch UBND huyện tặng Giấy khen cho 22 tập thể, "
     "35 cá nhân.", [(22, "tập thể"), (35, "cá nhân")]),
    ("Hội đồng thi đua đề nghị Bộ trưởng tặng Bằng khen cho 3 tập thể, Ban Thường vụ Huyện ủy tặng giấy khen cho 9 chi bộ.",
     [(9, "tập thể")]),
    # a later item of the proposal's list, or a second proposal, is still proposed
    ("Huyện đề nghị UBND tỉnh tặng Bằng khen cho 4 tập thể và 6 cá nhân; tặng Giấy khen cho 22 tập thể.", []),
    ("Hội nghị đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho 3 tập thể; đề nghị Chủ tịch UBND huyện tặng Giấy khen cho "
     "12 tập thể.", []),
])
def test_a_grant_of_its_own_after_a_proposal(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


def test_a_leading_units_flag_and_a_title_given_to_the_next_item(cfg):
    sentence = ("Chủ tịch UBND tỉnh tặng cờ dẫn đầu cho 02 đơn vị, chiến sĩ thi đua cấp tỉnh cho 03 cá nhân, bằng khen cho "
                "04 tập thể.")
    assert awardees(cfg, sentence) == [(2, "tập thể"), (3, "cá nhân"), (4, "tập thể")]
    assert awardees(cfg, "Hội nghị khen thưởng 71 thanh niên, chi đoàn tiên tiến.") == []


def test_numbered_hamlets_in_a_list_are_names_not_counts(cfg):
    sentence = "Năm 2023, huyện đã công nhận xóm 4; 7 thôn Đông Hải, xã Hải Đông đạt danh hiệu xóm văn hóa kiểu mẫu."
    assert awardees(cfg, sentence) == []
    assert awardees(cfg, "Tại thôn 5, 12 hộ gia đình được công nhận gia đình văn hóa.") == [(12, "tập thể")]


def test_what_there_is_before_the_share_of_it_that_reaches_a_title(cfg):
    assert awardees(cfg, "Năm 2022, toàn xã có 14 thôn; 11 thôn đạt danh hiệu thôn văn hóa.") == [(11, "tập thể")]
    # (another noun is another item of the list, which shares the grant)
    assert awardees(cfg, "Năm 2022 có 12 tập thể; 9 cá nhân được khen thưởng.") == [(12, "tập thể"), (9, "cá nhân")]


@pytest.mark.parametrize("sentence, expected", [
    # the title and its years named before the figure
    ("Năm 2023, phường có 4.120 hộ đạt gia đình văn hóa, trong đó gia đình văn hóa 5 năm liền 2.015 hộ.",
     [(4120, "tập thể"), (2015, "tập thể")]),
    ("Có 1.860 hộ đạt chuẩn văn hóa, trong đó hộ đạt chuẩn văn hóa 3 năm liền trở lên có 1.402 hộ.",
     [(1860, "tập thể"), (1402, "tập thể")]),
    # units of several kinds, or written again after "đạt", that hold the cultural title
    ("Toàn huyện có 89 cơ quan, đơn vị, doanh nghiệp văn hóa.", [(89, "tập thể")]),
    ("Toàn huyện có 212/230 thôn, tổ dân phố đạt thôn, tổ dân phố văn hóa.", [(212, "tập thể")]),
    # the security movement's title, and the communes' cultural title of the new-rural movement
    ("Đến nay toàn tỉnh có 960 khu dân cư tiên tiến.", [(960, "tập thể")]),
    ("Năm 2022, huyện có 6 xã đạt văn hóa nông thôn mới.", [(6, "tập thể")]),
    ("UBND huyện đã công nhận 4 xã văn hóa nông thôn mới.", [(4, "tập thể")]),
    # a date's year before a noun is no count; a proposal's part keeps its proposal
    ("Ngày 21 tháng 3 năm 2017 Chủ tịch UBND tỉnh ký quyết định công nhận các danh hiệu.", []),
    ("Hội nghị đề nghị công nhận 9 thôn đạt danh hiệu khu dân cư văn hóa, trong đó có 2 thôn đạt danh hiệu khu dân cư "
     "văn hóa 5 năm liên tục.", []),
])
def test_title_holders_counted_with_their_title_written_in_other_ways(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # communes that reach the cultural title, written with the commune again or the title in quotes
    ("Năm 2023, có 12/19 xã đạt chuẩn xã văn hóa nông thôn mới.", [(12, "tập thể")]),
    ("Huyện có 41 ấp văn hóa, 3 xã đạt xã chuẩn văn hóa.", [(41, "tập thể"), (3, "tập thể")]),
    ("Huyện có 52/52 ấp văn hóa; 4 xã “văn hóa nông thôn mới”; 1 thị trấn văn minh đô thị.", [(52, "tập thể"), (4, "tập thể")]),
    # the share a later item of the list reaches is that item's, not the first's
    ("Toàn huyện có 2 xã văn hóa nông thôn mới, 1 xã văn hóa, trên 92% hộ gia đình đạt gia đình văn hóa.", [(2, "tập thể")]),
])
def test_communes_that_reach_the_cultural_title(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


def test_residential_areas_that_reach_the_learning_associations_title(cfg):
    assert awardees(cfg, "Năm 2022, huyện có 87/102 khu dân cư đạt tiêu chuẩn khu dân cư học tập.") == [(87, "tập thể")]
    assert awardees(cfg, "Năm 2022, huyện có 87 khu dân cư đăng ký xây dựng khu dân cư học tập.") == []


def test_a_rise_from_one_count_of_title_holders_to_another_counts_both(cfg):
    sentence = "Số hộ đạt gia đình văn hóa tăng từ 18.240 hộ năm 2015 lên 21.076 hộ năm 2020, chiếm 91,2%."
    assert awardees(cfg, sentence) == [(18240, "tập thể"), (21076, "tập thể")]
    # (members counted at two times reach no title)
    assert awardees(cfg, "Số hội viên tăng từ 1.200 người lên 1.500 người.") == []


def test_a_share_reached_in_a_later_clause_is_that_clause_s(cfg):
    sentence = ("Số gia đình đạt “Gia đình văn hóa” tăng từ 540 gia đình (năm 2005) lên 960 gia đình (năm 2015); năm 2015 "
                "có 40% dòng họ đạt “Dòng họ văn hóa”.")
    assert awardees(cfg, sentence) == [(540, "tập thể"), (960, "tập thể")]


def test_figures_opening_a_headline_given_an_award_after_a_long_description(cfg):
    sentence = ("15 tập thể có thành tích xuất sắc tại Đại hội Thể dục thể thao các cấp huyện Quảng Ninh lần thứ VI "
                "(2021 - 2022) được tặng Cờ của Ban Tổ chức")
    assert awardees(cfg, sentence) == [(15, "tập thể")]
    # (proposed, however far the verb)
    assert awardees(cfg, sentence.replace("được tặng", "được đề nghị tặng")) == []


def test_pupils_who_won_prizes_of_several_contests_count(cfg):
    sentence = "Năm học qua, toàn huyện có 312 học sinh đạt các giải trong kỳ thi học sinh giỏi cấp huyện."
    assert awardees(cfg, sentence) == [(312, "cá nhân")]
    assert awardees(cfg, sentence.replace("đạt các giải", "tham gia")) == []


def test_women_teachers_counted_as_co_are_individuals(cfg):
    sentence = "Trong nhiệm kỳ, 22 cô được tặng Bằng khen của Công đoàn Giáo dục Việt Nam, 9 cô đạt Chiến sĩ thi đua cơ sở."
    assert awardees(cfg, sentence)[0] == (22, "cá nhân")


def test_a_city_s_or_a_district_s_youth_union_and_party_committee_grant(cfg):
    sentence = "Năm nay, quận Cầu Giấy có 37 thanh niên tình nguyện nhập ngũ, đã được Thành đoàn Hà Nội biểu dương."
    assert awardees(cfg, sentence) == [(37, "cá nhân")]
    assert awardees(cfg, "Có 12 đảng viên trẻ được Quận ủy Ninh Kiều tặng giấy khen.") == [(12, "cá nhân")]


def test_veterans_of_the_revolution_given_party_badges_are_individuals(cfg):
    sentence = "Chiều cùng ngày, Bí thư Tỉnh ủy đến nhà trao huy hiệu 75 năm tuổi Đảng cho ba lão thành cách mạng."
    assert awardees(cfg, sentence) == [(3, "cá nhân")]


def test_the_victims_of_the_crime_the_rewarded_units_solved_are_no_awardees(cfg):
    sentence = ("Công an tỉnh đã trao thưởng 30 triệu đồng cho ba đơn vị đã nhanh chóng bắt giữ nhóm đối tượng dùng dao "
                "đâm bị thương hai công nhân tại khu công nghiệp.")
    assert awardees(cfg, sentence) == [(3, "tập thể")]


def test_the_people_a_rewarded_deed_was_done_to_are_no_awardees(cfg):
    sentence = ("Chiều 12-5, UBND xã Ia Hrú khen thưởng đột xuất Công an xã vì đã kịp thời bắt giữ đối tượng chém hai "
                "người bị thương ở chợ.")
    assert awardees(cfg, sentence) == []
    sentence = ("Tỉnh đoàn tặng Bằng khen cho 3 đoàn viên đã cứu sống 4 người bị đuối nước trên sông Lam.")
    assert awardees(cfg, sentence) == [(3, "cá nhân")]


def test_trainees_given_a_merit_certificate_count_but_not_those_given_their_course_certificate(cfg):
    sentence = ("Tại lễ bế giảng, Giám đốc Trường Chính trị tỉnh đã trao Giấy chứng nhận cho 85 học viên và trao Giấy "
                "khen cho 06 học viên có thành tích xuất sắc trong học tập.")
    assert awardees(cfg, sentence) == [(6, "cá nhân")]


def test_a_year_before_a_capitalised_name_is_no_count(cfg):
    sentence = "Hội đồng xét tặng danh hiệu NGND 2024 Sở GD&ĐT Kiên Giang đã họp; UBND tỉnh tặng Bằng khen cho 12 cá nhân."
    assert awardees(cfg, sentence) == [(12, "cá nhân")]


def test_businesses_written_short_are_collectives(cfg):
    assert awardees(cfg, "Năm nay có 14 DN được UBND tỉnh tặng Bằng khen vì đóng góp cho an sinh xã hội.") == [(14, "tập thể")]


def test_exemplars_in_a_title_case_headline_are_models_not_awardees(cfg):
    doc = extract_text("Huyện Chợ Mới Công Nhận 26 Gương Điển Hình Tiên Tiến Giai Đoạn 2021-2023\n\n12/12/2023 - 08:00\n\n"
                       "UBND huyện vừa tổ chức hội nghị biểu dương điển hình tiên tiến.", cfg)
    assert [f.value for f in doc.facts if f.kind == "awardee_count"] == []
    assert [int(f.value) for f in doc.facts if f.kind == "model_count"] == [26]


def test_gifts_to_a_list_written_in_number_words_are_help_not_honours(cfg):
    sentence = ("Đồn Biên phòng trao Kỷ niệm chương cho 1 cá nhân; tặng quà cho hai tập thể và chín hộ gia đình có thành "
                "tích tiêu biểu tham gia bảo vệ đường biên, cột mốc.")
    assert awardees(cfg, sentence) == [(1, "cá nhân")]


@pytest.mark.parametrize("sentence, expected", [
    ("Đội tuyển thành phố có 11 thí sinh đã xuất sắc giành giải thưởng, gồm 1 giải Nhất và 10 giải Khuyến khích.",
     [(11, "cá nhân")]),
    ("Đoàn thể thao của tỉnh có 25 vận động viên giành được huy chương tại Đại hội.", [(25, "cá nhân")]),
    # contestants who only take part, and a "giải pháp" (a solution) won, are no winners
    ("Cuộc thi thu hút 1.000 thí sinh dự thi đến từ 128 trường trong cả nước.", []),
    ("Năm qua, 20 học sinh giành giải pháp kỹ thuật mới cho nhà trường.", []),
])
def test_contestants_who_win_a_prize_or_a_medal(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a company or unit whose name ends in a figure, then the verb "tổ chức": no organisations counted
    ("Sáng 15/3, Tổng công ty Sông Đà 9 tổ chức lễ đón nhận Huân chương Lao động hạng Ba.", []),
    ("Chiều 2/9, Trung đoàn 812 tổ chức hội nghị tổng kết; Bộ Tư lệnh tặng Bằng khen cho 6 tập thể.", [(6, "tập thể")]),
    # organisations counted all the same where nothing is organised
    ("Dịp này, UBND tỉnh tặng Bằng khen cho 12 tổ chức có nhiều đóng góp cho quỹ an sinh.", [(12, "tập thể")]),
    # those a work depicts are no recipients, though honoured elsewhere
    ("Nhà nhiếp ảnh được tặng Giấy khen sau hành trình chụp chân dung hơn 300 Mẹ Việt Nam Anh hùng ở Quảng Nam.", []),
])
def test_names_ending_in_a_figure_and_people_a_work_depicts(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the excellent pupils' contest won at a level is a prize
    ("Năm học này, trường có 41 học sinh đạt HSG cấp tỉnh và 5 học sinh đạt học sinh giỏi quốc gia.",
     [(41, "cá nhân"), (5, "cá nhân")]),
    # a pupil's grade for the year is not
    ("Cuối năm học, 612 học sinh đạt học lực giỏi, chiếm 38%.", []),
])
def test_pupils_who_win_the_excellent_pupils_contest_at_a_level(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # honoured by their own units, the whole they were of between them and the grant
    ("Năm qua, ngành y tế huyện có 312 cá nhân trong số hơn 900 cán bộ đã được các đơn vị trong ngành biểu dương, "
     "khen thưởng.", [(312, "cá nhân")]),
    # a gift from the units is no honour
    ("Dịp Tết, 85 hộ gia đình chính sách được các đơn vị trên địa bàn tặng quà.", []),
    # to be given their certificates at the ceremony, after a long description
    ("Tại lễ kỷ niệm, 15 tập thể và 42 cá nhân tiêu biểu trong phong trào thi đua “Lao động giỏi, lao động sáng tạo” "
     "giai đoạn 2020-2025 sẽ nhận bằng khen của Liên đoàn Lao động tỉnh.", [(15, "tập thể"), (42, "cá nhân")]),
])
def test_honoured_by_their_own_units_and_to_be_given_certificates(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the honour named in the sentence before, given again as "this honour"
    ("Hội đồng đã quyết định trao vinh dự này cho 7 cá nhân có đóng góp nổi bật cho cộng đồng doanh nghiệp.",
     [(7, "cá nhân")]),
    # an honour wished for, not given
    ("Đây là vinh dự lớn đối với 3.000 cán bộ, công nhân của công ty.", []),
])
def test_an_honour_named_before_and_given_as_this_honour(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


def test_young_people_honoured_are_individuals(cfg):
    assert awardees(cfg, "Thành đoàn Cần Thơ trao danh hiệu “Thanh niên tiên tiến làm theo lời Bác” cho 25 bạn trẻ "
                         "tiêu biểu năm 2024.") == [(25, "cá nhân")]


@pytest.mark.parametrize("sentence, expected", [
    ("Nhân dịp Lễ Chôl Chnăm Thmây, UBND tỉnh Trà Vinh tặng Bằng khen cho 8 chùa Khmer tiêu biểu.", [(8, "tập thể")]),
    ("Ban Dân vận Tỉnh ủy tặng Giấy khen cho 12 vị sư sãi có nhiều đóng góp trong công tác vận động đồng bào.",
     [(12, "cá nhân")]),
    ("Ủy ban MTTQ huyện biểu dương 25 chức sắc, chức việc tiêu biểu trong các tôn giáo.", [(25, "cá nhân")]),
    ("Chủ tịch UBND huyện tặng Giấy khen cho 11 Ban Công tác Mặt trận khu dân cư và 20 cá nhân.",
     [(11, "tập thể"), (20, "cá nhân")]),
])
def test_faiths_and_front_committees_honoured(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


def test_a_grant_whose_recipients_are_praised_before_a_proposal_for_others_stands(cfg):
    body = ("Chủ tịch UBND huyện Yên Thành tặng Giấy khen cho 12 tập thể, 30 cá nhân có thành tích xuất sắc trong phong "
            "trào thi đua năm 2022 và đề nghị UBND tỉnh tặng Bằng khen cho 3 tập thể.")
    assert awardees(cfg, body) == [(12, "tập thể"), (30, "cá nhân")]


@pytest.mark.parametrize("sentence, expected", [
    # those who attended, before a grant that others after them receive
    ("Dự hội nghị có hơn 150 đại biểu, trong đó có 25 điển hình tiên tiến được tuyên dương tại hội nghị.", []),
    ("Dự hội nghị có lãnh đạo huyện; Đảng ủy, UBND 19 xã, thị trấn cùng các điển hình được biểu dương.", []),
    # but those attending who were honoured there are awardees
    ("Tham dự lễ có 40 tập thể, 90 cá nhân được khen thưởng.", [(40, "tập thể"), (90, "cá nhân")]),
    # a city ward's blocks
    ("Nhân dịp này, UBND phường Hưng Bình tặng giấy khen cho 5 khối và 20 hộ gia đình tiêu biểu.",
     [(5, "tập thể"), (20, "tập thể")]),
])
def test_attendees_and_blocks(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


def test_lines_labelled_with_the_title_their_figure_holds_are_awardees(cfg):
    text = ("Tổng kết thi đua năm 2023\n\n12/12/2023 - 08:00\n\nKết quả bình xét thi đua năm 2023 của huyện như sau:\n"
            "- Danh hiệu “Lao động tiên tiến”: 1.240 cá nhân\n- Chiến sĩ thi đua cơ sở: 96 cá nhân\n"
            "- Danh hiệu Tập thể lao động xuất sắc: 17 tập thể\n\n"
            "Huyện đề nghị UBND tỉnh xét tặng như sau:\n- Danh hiệu Chiến sĩ thi đua cấp tỉnh: 5 cá nhân\n")
    doc = extract_text(text, cfg)
    assert sorted((int(f.value), f.unit) for f in doc.facts if f.kind == "awardee_count") == [
        (17, "tập thể"), (96, "cá nhân"), (1240, "cá nhân")]


def test_hamlet_heads_honoured_are_individuals(cfg):
    assert awardees(cfg, "Đồn Biên phòng Cô Tô tặng Giấy khen cho 8 trưởng xóm có thành tích trong phong trào "
                         "“Toàn dân tham gia bảo vệ chủ quyền lãnh thổ, an ninh biên giới quốc gia”.") == [(8, "cá nhân")]


def test_a_proposal_to_the_competent_authority_and_the_honourees_origins_are_not_awardees(cfg):
    assert awardees(cfg, "Ban Thường vụ tặng Bằng khen cho 40 tập thể; Ban cũng thống nhất trình cấp có thẩm quyền tặng "
                         "Huân chương Lao động cho 3 tập thể, 2 cá nhân.") == [(40, "tập thể")]
    assert awardees(cfg, "Tổng Liên đoàn tuyên dương 80 công nhân giỏi. Các công nhân đến từ 30 tỉnh, thành phố và 9 công "
                         "đoàn ngành Trung ương.") == [(80, "cá nhân")]


def test_a_submission_to_a_ministry_and_a_proposal_with_its_second_grant_are_not_awardees(cfg):
    assert awardees(cfg, "Sở tặng Giấy khen cho 52 tập thể. Sở cũng đã trình Bộ Nội vụ xét tặng Cờ thi đua cho 2 đơn vị.") \
        == [(52, "tập thể")]
    # (the proposal's second verb, "và công nhận … cho 4 cá nhân", is no grant of the figure before it)
    assert awardees(cfg, "Huyện tặng Giấy khen cho 30 tập thể. Huyện đã lập hồ sơ đề nghị UBND tỉnh tặng Cờ thi đua cho 3 "
                         "tập thể và công nhận danh hiệu Chiến sĩ thi đua cấp tỉnh cho 4 cá nhân.") == [(30, "tập thể")]


def test_honourees_named_by_their_quoted_title_share_the_grant_of_the_next_figure(cfg):
    assert awardees(cfg, "Tại hội nghị, 45 công nhân “Thợ giỏi, thợ sáng tạo”, 31 đoàn viên “Giỏi việc nước, đảm việc "
                         "nhà” của Công đoàn ngành Công Thương được biểu dương.") == [(45, "cá nhân"), (31, "cá nhân")]


@pytest.mark.parametrize("sentence, expected", [
    # an item granted by its own clause keeps its grant where the next ";" item is a proposal
    ("Nhân dịp này, Giám đốc Sở Nội vụ tặng Giấy khen cho 7 tập thể và 19 cá nhân có thành tích tiêu biểu; 2 cá nhân "
     "được đề nghị Bộ Nội vụ tặng Bằng khen.", [(7, "tập thể"), (19, "cá nhân")]),
    # schools given a title by a named body, or reaching the work title without the word "danh hiệu"
    ("Năm học 2022-2023, 9 trường được Chủ tịch UBND thị xã công nhận danh hiệu Tập thể lao động tiên tiến.",
     [(9, "tập thể")]),
    ("Kết quả, 7 trường đạt danh hiệu Tập thể lao động xuất sắc, 15 trường đạt Tập thể lao động tiên tiến.",
     [(7, "tập thể"), (15, "tập thể")]),
    # mediators, a union's grassroots units, pagodas' boards, trade associations and workshops as recipients
    ("UBND thành phố tặng Giấy khen cho 5 tổ hòa giải và 12 hòa giải viên tiêu biểu.", [(5, "tập thể"), (12, "cá nhân")]),
    ("Hội LHPN tỉnh tặng Bằng khen cho 4 cơ sở hội có thành tích xuất sắc.", [(4, "tập thể")]),
    ("Ban Tôn giáo tỉnh tặng Giấy khen cho 3 Ban Quản trị đình và 8 chức sắc.", [(3, "tập thể"), (8, "cá nhân")]),
    ("UBND tỉnh tặng Bằng khen cho 6 hiệp hội doanh nghiệp và 11 doanh nhân.", [(6, "tập thể"), (11, "cá nhân")]),
    ("UBND xã tặng Giấy khen cho 9 cơ sở sản xuất, kinh doanh chấp hành tốt quy định.", [(9, "tập thể")]),
    # villages after an earlier item of the list, however described; units that received a flag
    ("Chủ tịch UBND huyện tặng Giấy khen cho 40 hộ gia đình văn hóa tiêu biểu xuất sắc và 5 làng văn hóa.",
     [(40, "tập thể"), (5, "tập thể")]),
    ("Năm nay, 2 xã Ea Kly, Ea Kênh được nhận cờ thi đua của UBND tỉnh.", [(2, "tập thể")]),
    # the parts of a total restated after ";", and the honoured of one kind broken down without their total
    ("UBND tỉnh tặng Bằng khen cho 20 tập thể và 31 cá nhân; trong số 20 tập thể có 14 doanh nghiệp và 6 hợp tác xã.",
     [(20, "tập thể"), (31, "cá nhân"), (14, "tập thể"), (6, "tập thể")]),
])
def test_more_recipients_and_grants(cfg, sentence, expected):
    assert awardees(cfg, sentence) == expected


def test_a_union_s_grassroots_units_rated_or_attending_are_no_awardees(cfg):
    assert awardees(cfg, "Kết quả có 12/12 cơ sở hội xếp loại vững mạnh; 40 hội viên được tặng giấy khen.") \
        == [(40, "cá nhân")]
    assert awardees(cfg, "Dự hội nghị có Chủ tịch 14 cơ sở Hội và các tập thể, cá nhân tiêu biểu được khen thưởng.") == []


def test_the_honoured_of_one_kind_broken_down_without_their_total(cfg):
    assert awardees(cfg, "Bằng khen của Chủ tịch UBND tỉnh cho 3 tập thể, 6 cá nhân. Trong số cá nhân được khen có 2 "
                         "người có uy tín là đồng bào Ê Đê.") == [(3, "tập thể"), (6, "cá nhân"), (2, "cá nhân")]


def test_items_of_a_bulleted_list_take_the_grant_of_the_line_that_opens_it(cfg):
    doc = extract_text("Tổng kết phong trào\n\n12/12/2023 - 08:00\n\nDịp này, UBND huyện tặng Giấy khen:\n\n"
                       "- 8 tập thể có thành tích xuất sắc trong hiến đất làm đường;\n\n- 21 cá nhân tiêu biểu.\n\n"
                       "Năm 2023, 96/100 đồng chí là đảng viên. Trong đó:\n\n- 45 đồng chí nữ.", cfg)
    assert [(int(f.value), f.unit) for f in sorted(doc.facts, key=lambda f: f.start) if f.kind == "awardee_count"] \
        == [(8, "tập thể"), (21, "cá nhân")]


def test_a_total_is_a_base_where_its_part_has_the_verb_and_granted_where_the_verb_comes_first(cfg):
    assert awardees(cfg, "Xã có 1.812 hộ gia đình, trong đó 1.650 hộ được công nhận gia đình văn hóa.") == [(1650, "tập thể")]
    assert awardees(cfg, "Toàn huyện hiện có 31.470 hộ, trong đó có 27.905 hộ đạt danh hiệu “Gia đình văn hóa” năm 2022.") \
        == [(27905, "tập thể")]
    assert awardees(cfg, "Đảng bộ huyện đã trao Huy hiệu Đảng cho 42 đảng viên, trong đó có 6 đảng viên nhận Huy hiệu 60 năm"
                         " tuổi Đảng.") == [(42, "cá nhân"), (6, "cá nhân")]
    assert awardees(cfg, "Có 36 tập thể, trong đó 14 trường học, được tặng Giấy khen của UBND huyện.") \
        == [(36, "tập thể"), (14, "tập thể")]  # (a parenthesis: the verb is the total's)


def test_a_proposal_s_list_keeps_its_figures_where_a_later_item_names_its_own_verb(cfg):
    assert awardees(cfg, "UBND huyện tặng Giấy khen cho 36 tập thể. Đồng thời, UBND huyện có Tờ trình đề nghị Chủ tịch UBND"
                         " tỉnh tặng Bằng khen cho 7 tập thể, 15 cá nhân và công nhận danh hiệu Chiến sĩ thi đua cấp tỉnh"
                         " cho 3 cá nhân.") == [(36, "tập thể")]


def test_the_second_figure_of_a_change_is_no_count(cfg):
    assert awardees(cfg, "Năm 2023, huyện khen thưởng 32 tập thể, 205 cá nhân. So với năm 2022, số lượng khen thưởng tăng"
                         " 4 tập thể và 37 cá nhân.") == [(32, "tập thể"), (205, "cá nhân")]


def test_units_between_which_something_is_done_and_partners_of_an_exemplar_are_not_honoured(cfg):
    assert awardees(cfg, "Việc công nhận mô hình giữa hai khu vực trước hợp nhất chưa thống nhất về tiêu chí.") == []
    assert awardees(cfg, "Tại lễ tôn vinh, ông Hậu kể về vùng trồng bưởi theo tiêu chuẩn VietGAP, liên kết với hơn 150 hộ"
                         " dân.") == []


def test_classes_state_farms_and_priests_are_honoured_as_such(cfg):
    assert awardees(cfg, "Dịp này, nhà trường khen thưởng 4 lớp đạt danh hiệu lớp tiên tiến xuất sắc và 97 học sinh giỏi.") \
        == [(4, "tập thể"), (97, "cá nhân")]
    assert awardees(cfg, "Tổng Giám đốc công ty tặng Giấy khen cho 3 nông trường và 41 công nhân.") \
        == [(3, "tập thể"), (41, "cá nhân")]
    assert awardees(cfg, "3 linh mục được Ủy ban MTTQ tỉnh tặng Bằng khen.") == [(3, "cá nhân")]


def test_a_grant_after_gifts_in_one_sentence_is_a_grant(cfg):
    assert awardees(cfg, "Trước đó, các chi hội đã trao 150 suất học bổng và khen thưởng 318 học sinh giỏi.") \
        == [(318, "cá nhân")]


def test_a_figure_of_both_kinds_broken_down_is_no_entry_wherever_it_is_written(cfg):
    doc = extract_text("Krông Bông tuyên dương 40 gương mặt tiêu biểu\n\n12/12/2023 - 08:00\n\nDịp này, Huyện ủy tuyên dương"
                       " 40 gương mặt tiêu biểu trong công tác dân vận, gồm 12 tập thể và 28 cá nhân.", cfg)
    assert sorted((int(f.value), f.unit) for f in doc.facts if f.kind == "awardee_count") \
        == [(12, "tập thể"), (28, "cá nhân")]


def test_households_helped_to_farm_well_hold_no_title(cfg):
    assert awardees(cfg, "Hội đã hỗ trợ vốn giúp 45 hộ làm kinh tế, nhiều hộ làm kinh tế giỏi.") == []


def test_units_reaching_exemplar_status_are_honoured_and_counted_as_exemplars(cfg):
    doc = extract_text("Dịp này, Công an tỉnh trao chứng nhận cho 18 đơn vị đạt điển hình tiên tiến trong phong trào toàn"
                       " dân bảo vệ an ninh Tổ quốc năm 2022.", cfg)
    assert [(f.kind, int(f.value)) for f in doc.facts if f.kind in ("model_count", "awardee_count")] \
        == [("model_count", 18), ("awardee_count", 18)]


def test_a_title_held_in_a_target_is_no_awardee(cfg):
    assert awardees(cfg, "Phấn đấu đến năm 2026 có 45 cá nhân đạt chiến sĩ thi đua cơ sở.") == []
    assert awardees(cfg, "Phấn đấu hằng năm có 95% hộ đạt gia đình văn hóa, 12 đơn vị đạt điển hình tiên tiến.") == []


def test_a_title_named_first_then_given_counts_its_recipients(cfg):
    assert awardees(cfg, "Theo quyết định, danh hiệu “Tập thể lao động tiên tiến” được tặng cho 41 tập thể, “Lao động tiên "
                         "tiến” cho 537 cá nhân và “Chiến sĩ thi đua cơ sở” cho 62 cá nhân.") \
        == [(41, "tập thể"), (537, "cá nhân"), (62, "cá nhân")]
    assert awardees(cfg, "Danh hiệu “Chiến sĩ thi đua cơ sở” được đề nghị tặng cho 62 cá nhân.") == []


def test_a_prize_named_first_then_given_and_the_best_of_an_examination(cfg):
    assert awardees(cfg, "Phần thưởng của Giám đốc Công an tỉnh được trao cho 4 tập thể và 11 cá nhân.") \
        == [(4, "tập thể"), (11, "cá nhân")]
    assert awardees(cfg, "UBND phường khen thưởng 52 học sinh giỏi và 3 thủ khoa kỳ thi tốt nghiệp THPT.") \
        == [(52, "cá nhân"), (3, "cá nhân")]
