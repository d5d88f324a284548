"""Scope before unit, awards granted whichever comes first, and site header dates: new sentences."""

import pytest

from tests.conftest import extract_text, facts_of


def _awardees(cfg, body: str) -> set[tuple[int, str]]:
    doc = extract_text(f"Tổng kết thi đua\n\n15/01/2024 - 09:10\n\n{body}", cfg)
    return {(int(f.value), f.unit) for f in doc.facts if f.kind == "awardee_count"}


def _is_national(doc) -> bool:
    """A national article: scope national and no province (ANNOTATION.md)."""
    return doc.fields.get("province", "") == "" and doc.fields["scope"] == "national"


def test_award_first_lists_count_and_proposals_do_not(cfg):
    body = ("Qua xét đề nghị của các đơn vị, Hội đồng thống nhất: Tặng danh hiệu Lao động tiên tiến cho 912 cá nhân "
            "và tập thể lao động tiên tiến cho 41 tập thể; tặng Giấy khen của Chủ tịch UBND huyện cho 120 cá nhân và "
            "64 hộ gia đình; danh hiệu Chiến sĩ thi đua cơ sở cho 97 cá nhân. Đề nghị tặng Bằng khen của Chủ tịch "
            "UBND tỉnh cho 23 cá nhân; cờ thi đua của tỉnh cho 02 tập thể.")
    assert _awardees(cfg, body) == {(912, "cá nhân"), (41, "tập thể"), (120, "cá nhân"), (64, "tập thể"),
                                    (97, "cá nhân")}


def test_households_that_reach_a_title_and_their_parts_count(cfg):
    body = ("Toàn huyện có 6.204 lượt hộ đạt danh hiệu nông dân sản xuất, kinh doanh giỏi các cấp; trong đó cấp "
            "tỉnh 312 lượt hộ, cấp huyện 1.045 lượt hộ. Có 7.900 lượt hộ đăng ký phấn đấu đạt danh hiệu.")
    assert _awardees(cfg, body) == {(6204, "tập thể"), (312, "tập thể"), (1045, "tập thể")}


def test_recipients_written_first_count(cfg):
    body = "Dịp này, 14 tập thể, 23 cá nhân được UBND TP.Pleiku tặng Giấy khen; 30 cán bộ Hội được tôn vinh."
    assert _awardees(cfg, body) == {(14, "tập thể"), (23, "cá nhân"), (30, "cá nhân")}


def test_a_national_ceremony_in_a_host_city_has_no_province(cfg):
    doc = extract_text(
        "Tuyên dương 120 gương điển hình tiên tiến toàn quốc\n\n10/06/2023 - 20:15\n\n"
        "Tối 10-6, tại Thủ đô Hà Nội, Ban Thi đua - Khen thưởng Trung ương tổ chức Lễ tuyên dương điển hình tiên "
        "tiến toàn quốc năm 2023.", cfg)
    assert _is_national(doc)


def test_a_provincial_congress_that_mentions_the_national_one_stays_provincial(cfg):
    doc = extract_text(
        "Đại hội Thi đua yêu nước tỉnh Quảng Ngãi lần thứ V\n\n20/08/2020 - 08:00\n\n"
        "Sáng 20-8, UBND tỉnh Quảng Ngãi tổ chức Đại hội Thi đua yêu nước tỉnh lần thứ V, tiến tới Đại hội Thi đua "
        "yêu nước toàn quốc.", cfg)
    assert doc.fields["province"] == "Quảng Ngãi" and doc.fields["scope"] == "province"
    assert doc.fields["place_source"] == "title"


def test_ho_chi_minh_the_person_is_not_the_city(cfg):
    doc = extract_text("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh\n\n02/09/2022 - 07:00\n\n"
                       "Huyện Krông Pắc biểu dương 15 tập thể.", cfg)
    assert doc.fields["province"] == "Đắk Lắk"
    assert "Hồ Chí Minh" not in facts_of(doc, "province")


def test_a_site_header_date_gives_way_to_the_byline(cfg):
    doc = extract_text("Thứ Hai, ngày 05 tháng 03 năm 2018, 10:11:12\n\nGia Lai: 40 mô hình dân vận khéo\n\n"
                       "Hoàng Ngọc - 07:30, 14/09/2022\n\nToàn tỉnh có 40 mô hình.", cfg)
    assert doc.fields["published_date"] == "2022-09-14"


def test_a_date_alone_above_the_headline_under_a_leftover_line_gives_way_to_the_byline(cfg):
    doc = extract_text("Trang chủ\n\n14/11/2021\n\nQuảng Trị: Biểu dương 120 điển hình tiên tiến\n\n"
                       "Thanh Hà - 02/10/2021, 16:45 GMT+07 | Xã hội\n\nSáng 2/10, tỉnh biểu dương 120 điển hình.", cfg)
    assert doc.fields["published_date"] == "2021-10-02"


def test_a_weekday_header_is_the_dateline_when_no_byline_follows(cfg):
    doc = extract_text("Các kỳ Đại hội Thi đua\n\nTHỨ BA, 06/10/2020 08:03:52\n\n"
                       "Đại hội lần thứ I diễn ra ngày 13.11.2000.\n\nDự đại hội có 300 đại biểu.", cfg)
    assert doc.fields["published_date"] == "2020-10-06"


def test_a_headline_that_names_the_event_days_gives_way_to_the_byline(cfg):
    doc = extract_text("Đại hội thi đua yêu nước tỉnh lần thứ V dự kiến tổ chức trong 2 ngày 17-18/7/2020\n"
                       "15/07/2020 08:00:00 Xem cỡ chữ: A+ A-\nTheo kế hoạch, Đại hội sẽ diễn ra tại Trung tâm "
                       "Hội nghị tỉnh Bình Phước.", cfg)
    assert doc.fields["published_date"] == "2020-07-15"


def test_a_long_line_that_ends_in_its_dateline(cfg):
    body = "Trong giai đoạn 2017-2022, số hộ đăng ký danh hiệu nông dân sản xuất, kinh doanh giỏi tăng đều " * 2
    doc = extract_text(f"Nông dân thi đua sản xuất giỏi\n{body}04:30 GMT+7, Thứ Ba, 27/9/2022\n\nNội dung.", cfg)
    assert doc.fields["published_date"] == "2022-09-27"


def _models(cfg, body: str) -> set[int]:
    doc = extract_text(f"Tuyên dương điển hình\n\n15/01/2024 - 09:10\n\n{body}", cfg)
    return {int(f.value) for f in doc.facts if f.kind == "model_count"}


def test_people_counted_as_exemplars_are_model_counts(cfg):
    assert _models(cfg, "Dự lễ có 215 gương mặt điển hình và 48 đại biểu nông dân điển hình tiên tiến.") == {215, 48}


def test_a_coordination_of_exemplars_counts_every_figure_but_award_recipients_do_not(cfg):
    body = "Thành ủy đã chọn 31 tập thể và 44 cá nhân điển hình tiêu biểu để tuyên dương."
    assert _models(cfg, body) == {31, 44}
    assert _awardees(cfg, body) == {(31, "tập thể"), (44, "cá nhân")}
    assert _models(cfg, "UBND xã tặng giấy khen cho 6 tập thể và 2 cá nhân điển hình xuất sắc.") == set()


def test_recipients_of_certificates_written_without_duoc(cfg):
    body = "Giai đoạn này, thị xã có 1.312 tập thể, 6.045 cá nhân tặng bằng khen, giấy khen."
    assert _awardees(cfg, body) == {(1312, "tập thể"), (6045, "cá nhân")}


def test_a_central_body_as_the_actor_makes_a_regional_event_national(cfg):
    doc = extract_text("Tối 8-11, tại tỉnh Cà Mau, Ban Tuyên giáo và Dân vận Trung ương đã tổ chức chương trình "
                       "giao lưu điển hình tiên tiến.\n\n09/11/2025 - 07:00\n\nChương trình tôn vinh 25 điển hình.", cfg)
    assert doc.fields["scope"] == "national" and doc.fields.get("commune", "") == ""


def test_rhetoric_and_cited_central_plans_leave_a_provincial_article_provincial(cfg):
    doc = extract_text("Cùng với các địa phương trong cả nước, các khu dân cư của tỉnh Hà Tĩnh tổ chức Ngày hội Đại "
                       "đoàn kết\n\n12/11/2022 - 08:00\n\nTheo Kế hoạch của Ban Dân vận Trung ương, toàn Đảng, toàn "
                       "dân và toàn quân thi đua; huyện Can Lộc có 15 mô hình.", cfg)
    assert doc.fields["province"] == "Hà Tĩnh" and doc.fields["scope"] != "national"


def test_people_counted_by_calling_or_title_are_individuals(cfg):
    body = ("Năm học 2023-2024, có 146 nhà giáo, cán bộ quản lý trong toàn tỉnh được Chủ tịch UBND tỉnh tặng Bằng khen. "
            "Giai đoạn 2019-2023, thị xã đã công nhận 212 tập thể lao động tiên tiến, 96 chiến sĩ thi đua cơ sở, "
            "1.150 lao động tiên tiến. Ngành Y tế có 7 thầy thuốc, 4 nữ hộ sinh được tuyên dương.")
    assert _awardees(cfg, body) == {(146, "cá nhân"), (212, "tập thể"), (96, "cá nhân"), (1150, "cá nhân"),
                                    (7, "cá nhân"), (4, "cá nhân")}  # midwives ("nữ hộ sinh") are not households


def test_list_items_that_open_with_their_figure_share_the_grant(cfg):
    body = ("Chủ tịch UBND tỉnh tặng Bằng khen cho 9 cá nhân thuộc Sở Y tế; 3 cá nhân thuộc Trung tâm Kiểm soát "
            "bệnh tật; 12 tập thể và 40 cá nhân thuộc Bộ Chỉ huy Quân sự tỉnh.")
    assert _awardees(cfg, body) == {(9, "cá nhân"), (3, "cá nhân"), (12, "tập thể"), (40, "cá nhân")}


def test_the_part_of_a_fraction_that_reached_the_title_counts(cfg):
    body = "Năm 2024, 31/36 khu dân cư đạt danh hiệu “Khu dân cư văn hóa”; 45/52 chi bộ được công nhận trong sạch."
    assert (45, "tập thể") in _awardees(cfg, body) and not any(v in (36, 52) for v, _ in _awardees(cfg, body))


def test_a_cluster_meeting_of_several_provinces_hosted_by_one_is_regional(cfg):
    doc = extract_text(
        "Báo Long An điện tử\n\nSơ kết thi đua các tỉnh Tây Nam bộ\n\n08:15, 21/06/2022\n\n"
        "(LA) - Ngày 20-6, tại tỉnh Long An diễn ra Hội nghị sơ kết phong trào thi đua các tỉnh Tây Nam bộ "
        "6 tháng đầu năm 2022 do Long An làm Cụm trưởng. Cụm gồm Long An, Tiền Giang, Bến Tre và Trà Vinh.", cfg)
    assert doc.title.startswith("Sơ kết thi đua")  # the outlet's header line is not the title
    assert _is_national(doc)


def test_an_online_national_meeting_with_a_provincial_bridge_is_national(cfg):
    doc = extract_text(
        "Tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc\n\n"
        "(baophutho.vn) – Bộ Công an tổ chức Hội nghị trực tuyến toàn quốc tổng kết phong trào năm 2023. "
        "Dự tại điểm cầu Công an tỉnh có Phó Chủ tịch UBND tỉnh Nguyễn Văn A.", cfg)
    assert _is_national(doc)


def test_a_photo_caption_above_the_text_is_not_the_title(cfg):
    doc = extract_text(
        "Lực lượng y tế quân đội hỗ trợ tỉnh Hậu Giang chống dịch. Ảnh: TTXVN\n\n"
        "Thủ tướng Chính phủ tặng Bằng khen cho 21 tập thể và 40 cá nhân thuộc Bộ Quốc phòng; 8 cá nhân thuộc Bộ Y tế.",
        cfg)
    assert not doc.title.startswith("Lực lượng")
    assert _is_national(doc)
    assert {(int(f.value), f.unit) for f in doc.facts if f.kind == "awardee_count"} == {
        (21, "tập thể"), (40, "cá nhân"), (8, "cá nhân")}


def test_exemplars_of_several_kinds_in_one_figure_are_a_model_count(cfg):
    body = "Dịp này, tỉnh sẽ biểu dương 215 tập thể, cá nhân, hộ gia đình điển hình tiên tiến giai đoạn 2020-2025."
    assert _models(cfg, body) == {215} and _awardees(cfg, body) == set()


def test_a_provincial_anniversary_held_in_the_capital_city_has_no_district(cfg):
    doc = extract_text("Lai Châu kỷ niệm 115 năm thành lập tỉnh\n\n(LC) - Tối 28/10, tại TP Lai Châu, tỉnh Lai Châu "
                       "long trọng tổ chức Lễ kỷ niệm 115 năm thành lập tỉnh và đón nhận Huân chương Lao động.", cfg)
    assert doc.fields["province"] == "Lai Châu" and not doc.fields.get("district")


def test_a_national_movement_named_in_quotes_without_its_head_word_is_a_campaign(cfg):
    doc = extract_text("Sơ kết phong trào\n\nCác phong trào gồm: học tập suốt đời; “Cả nước chung sức xây dựng nông thôn "
                       "mới”; “Doanh nghiệp Việt Nam hội nhập và phát triển”.", cfg)
    assert set(facts_of(doc, "campaign")) >= {"Cả nước chung sức xây dựng nông thôn mới",
                                               "Doanh nghiệp Việt Nam hội nhập và phát triển"}


def test_a_feature_that_announces_several_examples_has_no_district(cfg):
    doc = extract_text(
        "Những cách làm hay trong công tác dân vận\n\n12/10/2021 - 08:00\n\nNhững năm qua, các cấp ủy Đảng tỉnh Vĩnh Long "
        "luôn quan tâm công tác dân vận. Trong 620 mô hình “Dân vận khéo”, chúng tôi xin giới thiệu 3 mô hình tiêu biểu.\n\n"
        "* VẬN ĐỘNG LÀM ĐƯỜNG\n\nVề ấp Phú Thạnh, xã Hòa Phú, huyện Long Hồ, con đường bê tông mới đã hoàn thành.", cfg)
    assert doc.fields["province"] == "Vĩnh Long" and not doc.fields.get("district")


def test_a_story_that_lists_several_provinces_in_its_body_has_none(cfg):
    doc = extract_text(
        "Nâng cao chất lượng công tác thi đua, khen thưởng\n\n14/03/2017 - 10:20\n\n"
        "Năm 2016, công tác thi đua, khen thưởng có nhiều chuyển biến, việc khen thưởng người lao động trực tiếp được "
        "chú trọng hơn so với những năm trước.\n\n"
        "Nhiều địa phương làm tốt như tỉnh Quảng Ninh, tỉnh Nghệ An, TP. Đà Nẵng, tỉnh Đồng Tháp; một số nơi như tỉnh "
        "Quảng Ninh, tỉnh Bình Dương còn chậm trình hồ sơ.", cfg)
    assert doc.fields.get("province", "") == ""


def test_a_provincial_story_that_names_its_neighbours_keeps_its_province(cfg):
    doc = extract_text(
        "Huyện Tuy Phước tổng kết phong trào “Dân vận khéo”\n\n14/03/2017 - 10:20\n\n"
        "Huyện Tuy Phước có 96 mô hình; đoàn công tác của tỉnh Phú Yên, tỉnh Quảng Ngãi và tỉnh Gia Lai đã đến học tập.",
        cfg)
    assert doc.fields["province"] == "Bình Định" and doc.fields["district"] == "Tuy Phước"


def test_a_hall_in_the_capital_written_with_tp_is_a_venue(cfg):
    doc = extract_text("Đại hội thi đua yêu nước tỉnh Nghệ An lần thứ V sẽ diễn ra ngày 15/9/2020 tại Trung tâm Hội nghị "
                       "tỉnh, TP. Vinh\n\nĐại hội có 350 đại biểu chính thức.", cfg)
    assert doc.fields["province"] == "Nghệ An" and not doc.fields.get("district")


def test_grants_by_a_union_or_front_and_proposed_list_items(cfg):
    assert _awardees(cfg, "Dịp này, 08 tập thể và 25 cá nhân được Công đoàn ngành Giáo dục khen thưởng.") == {
        (8, "tập thể"), (25, "cá nhân")}
    body = ("Hội đồng thống nhất đề nghị UBND tỉnh tặng Bằng khen cho 7 cá nhân và 4 tập thể; tặng cờ thi đua "
            "2 đơn vị, danh hiệu Tập thể lao động xuất sắc 12 đơn vị.")
    assert _awardees(cfg, body) == set()


def test_a_national_rule_issued_by_the_government_is_national_news_on_a_provincial_paper(cfg):
    doc = extract_text("(BĐT) - Thủ tướng Chính phủ vừa ban hành Quyết định quy định tiêu chí xã nông thôn mới nâng cao "
                       "giai đoạn 2021 - 2025.\n\nTheo quyết định, xã phải có ít nhất hai mô hình thôn thông minh.", cfg)
    assert _is_national(doc)


def test_a_provincial_plan_approved_by_the_prime_minister_stays_provincial(cfg):
    doc = extract_text("Thủ tướng phê duyệt Quy hoạch tỉnh Bình Định thời kỳ 2021 - 2030\n\n"
                       "Quy hoạch xác định tỉnh Bình Định phát triển kinh tế biển.", cfg)
    assert doc.fields["province"] == "Bình Định"


def test_a_ministry_story_that_names_many_provinces_has_none_even_if_one_recurs(cfg):
    body = ("Năm năm qua, ngành Nông nghiệp có nhiều điển hình như Sơn La, Điện Biên, Hà Giang… về giảm nghèo; "
            "TP. Đà Nẵng, Quảng Nam, Huế… về nông thôn mới; TP. Đà Nẵng, Bình Định, Gia Lai, Kon Tum… về trồng rừng; "
            "An Giang, Kiên Giang, Cà Mau, TP. Đà Nẵng… về thủy sản.")
    doc = extract_text("Tôn vinh điển hình ngành Nông nghiệp\n\nPhong trào thi đua của ngành đã thực hiện thắng lợi các "
                       f"chỉ tiêu được giao, góp phần phát triển nông nghiệp, nông thôn.\n\n{body}", cfg)
    assert doc.fields.get("province", "") == ""


def test_a_central_body_far_from_its_verb_is_still_the_actor(cfg):
    doc = extract_text("- Ngày 12/4, tại Hà Nội, Trung ương Hội Liên hiệp Thanh niên Việt Nam, Quỹ Hỗ trợ Thanh niên "
                       "khởi nghiệp tổ chức Lễ tuyên dương 10 thanh niên tiêu biểu toàn quốc.\n\nCác gương được bình chọn "
                       "từ 120 hồ sơ.", cfg)
    assert _is_national(doc)


def test_a_regional_meeting_in_a_provincial_city_is_regional(cfg):
    doc = extract_text("Biểu dương nông dân xuất sắc khu vực đồng bằng sông Cửu Long\n\nSáng 5/10, tại Hội trường "
                       "Trung tâm Hội nghị (TP Cao Lãnh) diễn ra Lễ biểu dương nông dân xuất sắc các tỉnh khu vực đồng "
                       "bằng sông Cửu Long.", cfg)
    assert doc.fields.get("province", "") == ""


def test_a_meeting_for_the_north_east_is_regional(cfg):
    doc = extract_text("Giao ban công tác dân vận các tỉnh khu vực Đông Bắc\n\nSáng 14/4, tại thành phố Cao Bằng, Ban Dân "
                       "vận Trung ương tổ chức hội nghị giao ban công tác dân vận khu vực Đông Bắc Bộ năm 2019.", cfg)
    assert doc.fields.get("province", "") == ""
    doc = extract_text("Khai mạc Liên hoan tuyên truyền lưu động\n\nTối 20/9, tại thành phố Lạng Sơn đã khai mạc Liên hoan "
                       "tuyên truyền lưu động khu vực Đông Bắc Bộ lần thứ III với 11 đội tham gia.", cfg)
    assert doc.fields.get("province", "") == ""


def test_a_regional_steering_committee_with_a_cohost_province_is_regional(cfg):
    doc = extract_text("(TN) - Ngày 8-9, tại TP Buôn Ma Thuột (Đắk Lắk), Ban Chỉ đạo Tây Nguyên phối hợp với UBND tỉnh "
                       "Đắk Lắk tổ chức hội nghị biểu dương 250 người có uy tín của các tỉnh Kon Tum, Gia Lai, Đắk Lắk, "
                       "Đắk Nông và Lâm Đồng.", cfg)
    assert doc.fields.get("province", "") == ""


def test_a_provincial_ceremony_whose_exemplars_come_from_a_district_has_no_district(cfg):
    doc = extract_text(
        "Bạc Liêu tôn vinh điển hình tiên tiến\n\nNgày 12/8, UBND tỉnh Bạc Liêu tổ chức họp mặt tuyên dương điển hình "
        "tiên tiến trong đồng bào dân tộc thiểu số của tỉnh.\n\nTrong số đó có ông Thạch Sên ở thị xã Giá Rai, người "
        "nhiều năm hiến đất làm đường; bà Lý Thị Nga ở thị xã Giá Rai vận động con em đến trường.", cfg)
    assert doc.fields["province"] == "Bạc Liêu" and not doc.fields.get("district")


def test_a_district_article_that_mentions_the_province_keeps_its_district(cfg):
    doc = extract_text("Huyện Hòa Bình biểu dương 30 điển hình\n\nNgày 12/8, UBND huyện Hòa Bình tổ chức họp mặt; "
                       "đại diện UBND tỉnh Bạc Liêu dự.", cfg)
    assert doc.fields["district"] == "Hòa Bình"


def test_the_parts_of_a_proposed_total_are_proposed(cfg):
    body = ("Hội đồng đã thống nhất đề nghị lên Ban Thi đua - Khen thưởng Trung ương 15 tập thể, cá nhân được khen "
            "thưởng cấp Nhà nước. Trong đó, có 2 tập thể nhận Huân chương Lao động hạng Ba; 6 tập thể và 7 cá nhân "
            "nhận Bằng khen của Thủ tướng Chính phủ.")
    assert _awardees(cfg, body) == set()


def test_a_figure_of_collectives_households_and_individuals_is_no_entry(cfg):
    assert _awardees(cfg, "Trong 5 năm, có hơn 21.000 tập thể, hộ gia đình và cá nhân được khen thưởng.") == set()
    assert _awardees(cfg, "Chủ tịch UBND tỉnh tặng Bằng khen cho 37 già làng, trưởng bản, cá nhân tiêu biểu.") == {
        (37, "cá nhân")}  # people of several callings are still individuals


def test_an_emulation_body_named_before_a_figure_grants_nothing(cfg):
    body = ("Dự đại hội có ông Trần Văn B, Phó Trưởng ban Thi đua - Khen thưởng Trung ương và khoảng 380 đại biểu "
            "là các điển hình tiên tiến của tỉnh.")
    assert _awardees(cfg, body) == set()


def test_households_holding_the_cultural_title_are_awardees(cfg):
    body = ("Đến cuối năm 2023, toàn xã có 3.105/3.260 hộ đạt chuẩn gia đình văn hóa; thôn Đông có 412 hộ gia đình "
            "văn hóa.")
    assert _awardees(cfg, body) == {(3105, "tập thể"), (412, "tập thể")}


def test_an_exemplars_home_commune_is_not_the_articles_commune(cfg):
    doc = extract_text("Sáng 20/9/2025, tỉnh Phú Thọ tổ chức Đại hội Thi đua yêu nước lần thứ I\n\n"
                       "Đại hội có 450 đại biểu. Bà Hà Thị Lan (dân tộc Mường), xã Tân Lạc, tỉnh Phú Thọ phát biểu "
                       "tham luận. Từng được vinh danh là nông dân xuất sắc, bà Hà Thị Lan, xã Tân Lạc là tấm gương sáng.",
                       cfg)
    assert doc.fields["province"] == "Phú Thọ" and not doc.fields.get("commune")


def test_a_special_emulation_movement_is_a_campaign(cfg):
    doc = extract_text("Phát động thi đua\n\nThủ tướng phát động phong trào thi đua đặc biệt “Cả nước chung tay phòng, "
                       "chống thiên tai năm 2024”.", cfg)
    assert "Cả nước chung tay phòng, chống thiên tai năm 2024" in facts_of(doc, "campaign")


def test_a_proposal_with_a_second_award_item_stays_proposed(cfg):
    body = ("Ban Thường trực đã đề nghị Ủy ban Trung ương xem xét tặng kỷ niệm chương cho 64 cá nhân đủ điều kiện và "
            "tặng bằng khen cho 12 tập thể.")
    assert _awardees(cfg, body) == set()


def test_a_national_prize_on_a_provincial_paper_is_national(cfg):
    doc = extract_text("Vinh danh tập thể, cá nhân tình nguyện xuất sắc\n\nLễ trao Giải thưởng Tình nguyện Quốc gia 2023 "
                       "vừa diễn ra tối 28/12, vinh danh 20 cá nhân và 10 tập thể.", cfg,
                       url="https://baothanhhoa.vn/vinh-danh-tinh-nguyen-123.htm")
    assert _is_national(doc)


def test_holders_of_a_title_are_awardees(cfg):
    body = "Dự lễ có 18 đại biểu là Chiến sĩ thi đua toàn quốc và 7 nhà giáo là Nhà giáo Ưu tú của tỉnh."
    assert _awardees(cfg, body) == {(18, "cá nhân"), (7, "cá nhân")}
    # (the title spelt "sỹ"; but "… đại biểu là các anh hùng, chiến sĩ thi đua" who attend are the guests, golds say)
    body = "Trong số đại biểu dự Đại hội có 64 đại biểu là Chiến sỹ thi đua toàn quốc."
    assert _awardees(cfg, body) == {(64, "cá nhân")}


def test_a_sector_union_of_the_country_is_a_central_body(cfg):
    doc = extract_text("Tôn vinh người lao động tiêu biểu ngành y tế\n\nLễ tôn vinh 120 người lao động tiêu biểu được "
                       "Công đoàn Y tế Việt Nam tổ chức tối 12/10 tại Hà Nội.", cfg)
    assert _is_national(doc)
    # (a company's union is not: "Công đoàn Công ty … Việt Nam")
    doc = extract_text("Công đoàn công ty tuyên dương người lao động\n\nCông đoàn Công ty TNHH Điện tử Việt Nam tổ chức "
                       "tuyên dương 25 người lao động tiêu biểu tại huyện Yên Phong, tỉnh Bắc Ninh.", cfg)
    assert not _is_national(doc) and doc.fields.get("province") == "Bắc Ninh"


def test_a_central_committee_written_short_is_national(cfg):
    doc = extract_text(
        "Gặp mặt 75 gương người tốt việc tốt ở khu dân cư\n\n12/11/2022 - 16:40\n\n"
        "Chiều 12/11, tại Hà Nội, Ban Thường trực UBTƯ MTTQ Việt Nam tổ chức gặp mặt 75 gương người tốt, việc "
        "tốt tiêu biểu ở khu dân cư trong cả nước.", cfg)
    assert _is_national(doc)


def test_leaders_of_provinces_who_attend_are_not_the_subject(cfg):
    doc = extract_text(
        "Tuyên dương 250 thanh niên tiên tiến làm theo lời Bác\n\n22/05/2019 - 21:00\n\n"
        "Ban Bí thư Trung ương Đoàn tổ chức Lễ tuyên dương thanh niên tiên tiến làm theo lời Bác toàn quốc; lãnh "
        "đạo tỉnh Quảng Bình, Quảng Trị tham dự buổi lễ.", cfg)
    assert _is_national(doc)


def test_a_photo_credit_in_capitals_is_a_reporter_not_a_commune(cfg):
    doc = extract_text(
        "Họp báo về Đại hội Thi đua Quyết thắng toàn quân\n\n"
        "Ngày 5-10, Tổng cục Chính trị (Bộ Quốc phòng) tổ chức họp báo về Đại hội Thi đua Quyết thắng toàn quân lần "
        "thứ XI. Ảnh: QUANG VINH", cfg)
    assert not [m for m in doc.mentions if m.surface == "QUANG VINH"]
    assert doc.fields.get("province", "") == ""


def test_a_list_of_units_shares_the_title_its_last_item_reaches(cfg):
    body = ("Đến nay, toàn tỉnh có 98.400/110.250 hộ gia đình; 512/560 thôn, bản, tổ dân phố; 615/700 cơ quan, "
            "đơn vị đạt danh hiệu văn hóa; 38 khu dân cư không đạt chuẩn văn hóa.")
    assert _awardees(cfg, body) == {(98400, "tập thể"), (512, "tập thể"), (615, "tập thể")}


def test_parts_after_a_title_reached_count_and_proposed_parts_do_not(cfg):
    body = ("Qua bình xét, có 8.120 hộ, chiếm 61% số hộ đăng ký, đạt danh hiệu sản xuất, kinh doanh giỏi các cấp. "
            "Trong đó, cấp Trung ương có 6 hộ, cấp tỉnh 215 hộ. Có 150 cơ quan, đơn vị đạt chuẩn văn hóa (trong đó "
            "có 42 trường học). Năm nay có 30 hộ đạt danh hiệu cấp huyện. Trong đó, 5 hộ được đề nghị công nhận cấp "
            "tỉnh, 25 hộ cấp huyện.")
    assert _awardees(cfg, body) == {(8120, "tập thể"), (6, "tập thể"), (215, "tập thể"), (150, "tập thể"),
                                    (42, "tập thể"), (30, "tập thể")}


def test_families_that_win_a_prize_are_recipients(cfg):
    body = "Kết thúc hội thi, 6 gia đình đoạt giải Khuyến khích; Ban Tổ chức trao 3 giải A."
    assert _awardees(cfg, body) == {(6, "tập thể")}


def test_chosen_and_honoured_count_represented_and_attending_do_not(cfg):
    body = ("Dịp này có 27 tập thể và 36 cá nhân được suy tôn. 12 tập thể, 20 cá nhân được bình chọn tôn vinh tại "
            "hội nghị. 64 đại biểu được tuyên dương đợt này, đại diện cho hơn 30 nghìn đoàn viên, gần 150 nghìn thanh "
            "niên toàn tỉnh. Tham dự lễ tuyên dương có lãnh đạo tỉnh và hơn 300 đại biểu thanh niên tiên tiến.")
    assert _awardees(cfg, body) == {(27, "tập thể"), (36, "cá nhân"), (12, "tập thể"), (20, "cá nhân"),
                                    (64, "cá nhân")}


def test_a_ministry_that_reviews_its_cluster_of_cities_is_national(cfg):
    doc = extract_text(
        "Cụm thi đua số 2 Bộ Công an tổng kết phong trào thi đua “Vì an ninh Tổ quốc”\n\n"
        "Ngày 10-11, Cụm thi đua số 2 gồm Công an 4 tỉnh: Nghệ An, Hà Tĩnh, Quảng Bình và Quảng Trị tổ chức hội nghị.",
        cfg)
    assert _is_national(doc)


def test_party_badges_and_posthumous_titles_are_honours(cfg):
    body = ("Nhân dịp này, Đảng bộ xã đã trao Huy hiệu Đảng cho 18 đảng viên. Trong đó, 3 đảng viên 60 năm tuổi "
            "Đảng; 15 đảng viên 30 năm tuổi Đảng. Tại buổi lễ, 4 đảng viên vinh dự đón nhận Huy hiệu Đảng 55 năm. "
            "Toàn tỉnh có 12 mẹ được truy tặng danh hiệu Bà mẹ Việt Nam anh hùng.")
    assert _awardees(cfg, body) == {(18, "cá nhân"), (3, "cá nhân"), (15, "cá nhân"), (4, "cá nhân"),
                                    (12, "cá nhân")}


def test_a_central_event_whose_host_city_leaders_attend_is_national(cfg):
    doc = extract_text(
        "Trong khuôn khổ Ngày hội Thanh niên, tối 7-12, tại TP Cần Thơ, Trung ương Đoàn tổ chức chương trình tuyên "
        "dương 90 thanh niên tiêu biểu toàn quốc.\n\n"
        "Tham dự chương trình có các đồng chí: Trần Văn Nam, Phó Bí thư Thường trực Thành ủy Cần Thơ; đại diện "
        "các bộ, ngành Trung ương.", cfg)
    assert _is_national(doc)


def test_every_province_s_committee_is_no_one_s(cfg):
    doc = extract_text(
        "Vinh danh 300 tập thể, cá nhân ngành y tế\n\n"
        "Bộ Y tế đã công bố quyết định khen thưởng 300 tập thể, cá nhân tiêu biểu của các Sở Y tế, UBND tỉnh, "
        "thành phố trực thuộc Trung ương và các bệnh viện trực thuộc Bộ.", cfg)
    assert doc.fields.get("province", "") == ""


def test_changes_and_choices_left_to_a_higher_level_are_not_awardees(cfg):
    body = ("Huyện có 3.210 hộ được công nhận đạt danh hiệu sản xuất giỏi, tăng trên 900 hộ so với giai đoạn trước. "
            "Hội đồng đã xét chọn ra 42 người để Chủ tịch nước quyết định phong tặng danh hiệu Nhà giáo Ưu tú. "
            "Bộ trưởng tặng Cờ thi đua cho 07 sở giáo dục và đào tạo.")
    assert _awardees(cfg, body) == {(3210, "tập thể"), (7, "tập thể")}


def test_the_base_of_a_share_is_no_count_of_awardees(cfg):
    body = ("30 gia đình được tôn vinh lần này, trong đó có 44.500 gia đình đạt danh hiệu gia đình văn hóa trên "
            "tổng số 53.000 gia đình.")
    assert (53000, "tập thể") not in _awardees(cfg, body)


def test_a_breakdown_of_an_honoured_total_counts_each_part(cfg):
    body = ("Hội đồng đã chọn ra 48 người xứng đáng được tuyên dương danh hiệu “Thầy thuốc trẻ tiêu biểu”. "
            "48 “Thầy thuốc trẻ tiêu biểu” được chia làm 3 nhóm, gồm nhóm khám chữa bệnh có 20 bác sĩ; nhóm y tế dự "
            "phòng có 16 bác sĩ; nhóm nghiên cứu là 12 bác sĩ. Trong số 48 người được tuyên dương có 30 nam và 18 nữ.")
    assert _awardees(cfg, body) == {(48, "cá nhân"), (20, "cá nhân"), (16, "cá nhân"), (12, "cá nhân"),
                                    (30, "cá nhân"), (18, "cá nhân")}


def test_people_given_work_by_an_honoured_farmer_are_not_awardees(cfg):
    body = ("Hội Nông dân tỉnh tuyên dương 25 nông dân sản xuất giỏi, tiêu biểu như ông Lò Văn Dũng có trang trại "
            "chè 40 ha, giải quyết việc làm cho 70 lao động địa phương.")
    assert _awardees(cfg, body) == {(25, "cá nhân")}


def test_the_tenth_national_emulation_congress_is_national_without_saying_so(cfg):
    doc = extract_text("Đại hội Thi đua yêu nước lần thứ X khai mạc tại Hà Nội với sự tham dự của 2.000 đại biểu\n\n"
                       "Các đại biểu là những điển hình tiên tiến trong các phong trào thi đua.", cfg)
    assert _is_national(doc)


def test_a_provinces_sixth_emulation_congress_stays_provincial(cfg):
    doc = extract_text("Đại hội Thi đua yêu nước tỉnh Lạng Sơn lần thứ VI\n\n"
                       "Sáng 12/8, tỉnh Lạng Sơn tổ chức Đại hội Thi đua yêu nước lần thứ VI, biểu dương 120 điển hình.", cfg)
    assert doc.fields["province"] == "Lạng Sơn"


def test_a_military_region_in_the_headline_is_no_province(cfg):
    doc = extract_text("Tuyên dương điển hình tiên tiến lực lượng vũ trang Quân khu 9\n\n"
                       "(CT) - Tối 20-10, Bộ Tư lệnh Quân khu 9 tổ chức giao lưu, tuyên dương 52 tập thể và 70 cá nhân.", cfg)
    assert _is_national(doc)


def test_a_campaign_launched_by_a_central_body_does_not_make_a_provincial_story_national(cfg):
    doc = extract_text("Sơn La lan tỏa cuộc vận động xây dựng nông thôn mới\n\n"
                       "Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” do Ủy ban Trung ương "
                       "MTTQ Việt Nam phát động đã lan tỏa. Tại tỉnh Sơn La, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh "
                       "Sơn La đã chỉ đạo các cấp triển khai.", cfg)
    assert doc.fields["province"] == "Sơn La"


def test_a_central_leader_s_instruction_to_the_army_on_a_city_paper_is_national(cfg):
    doc = extract_text("Phát biểu chỉ đạo hội nghị, Tổng Bí thư, Bí thư Quân ủy Trung ương nhấn mạnh quân đội cần tiếp tục "
                       "làm tốt công tác tuyên truyền về tấm gương đạo đức Hồ Chí Minh.\n\nHội nghị tổng kết 5 năm.",
                       cfg, url="https://plo.vn/thoi-su/tong-ket-5-nam-123.html")
    assert _is_national(doc)


@pytest.mark.parametrize("text", [
    # a ministry written with a one-letter initial, acting in the capital
    "Tối 27-2, tại Hà Nội, Bộ Y tế đã tổ chức lễ trao tặng danh hiệu Thầy thuốc nhân dân cho 134 bác sĩ.\n\n"
    "Đến dự có Phó Thủ tướng.",
    # a national prize named after the country
    "Sáng 3.3, Hội đồng xét tặng Giải thưởng Gương mặt trẻ Việt Nam tiêu biểu năm 2019 đã họp.\n\n"
    "Hội đồng đã thảo luận, thẩm định từng bộ hồ sơ của các đề cử trong 10 lĩnh vực.\n\n"
    "Hội đồng chọn 10 gương mặt, trong đó có anh Nguyễn Văn Tâm (Bắc Giang) và chị Lê Thị Hà (Thanh Hóa).",
    # a military region as the actor
    "Hiệu quả từ những mô hình dân vận khéo\n\nNhững năm qua, lực lượng vũ trang Quân khu 9 còn chủ động phối hợp "
    "làm tốt công tác dân vận.\n\nTại huyện Chợ Lách, tỉnh Bến Tre, Ban Chỉ huy Quân sự huyện xây dựng mô hình.",
])
def test_central_actors_written_in_other_ways_are_national(cfg, text):
    assert _is_national(extract_text(text, cfg))


def test_a_national_union_written_short_is_a_central_actor(cfg):
    doc = extract_text("Giải thưởng Nguyễn Văn Linh là phần thưởng của Tổng LĐLĐ Việt Nam dành tặng cán bộ Công đoàn "
                       "các cấp\n\nNăm nay hội đồng họp tại TP Hà Nội để xét chọn 12 cán bộ công đoàn tiêu biểu trong "
                       "cả nước.", cfg)
    assert _is_national(doc)


def test_a_prize_named_after_a_place_is_no_place(cfg):
    doc = extract_text("Giải Diên Hồng lần thứ hai: 70 tác phẩm được vinh danh\n\nTối 12/6/2024, tại Hà Nội đã diễn "
                       "ra Lễ trao Giải báo chí toàn quốc về Quốc hội và Hội đồng nhân dân lần thứ hai.", cfg)
    assert _is_national(doc)
    assert facts_of(doc, "commune") == []


def test_a_nationwide_event_whose_only_place_is_its_venue_has_no_province(cfg):
    doc = extract_text("Trao giải cuộc thi viết về gương người tốt\n\nSáng 3/11, tại TP Đà Nẵng đã diễn ra lễ tổng "
                       "kết cuộc thi toàn quốc viết về gương người tốt, việc tốt năm 2024.", cfg)
    assert _is_national(doc)


def test_a_company_banner_above_the_title_names_no_commune(cfg):
    doc = extract_text("Công ty Cổ phần Gạch ngói Đông Anh\n\nPhát huy thế mạnh vùng miền trong xây dựng nông thôn mới"
                       "\n\nNgày 5/8/2022, Bộ NN&PTNT tổ chức hội nghị toàn quốc về chương trình xây dựng nông thôn "
                       "mới.", cfg)
    assert facts_of(doc, "district") == [] and doc.fields.get("province", "") == ""


def test_the_host_province_of_a_central_body_s_regional_event_is_not_its_unit(cfg):
    doc = extract_text("Tôn vinh 30 điển hình học tập và làm theo Bác\n\nTại Quảng Bình, tối 20.11, Ban Tuyên giáo và Dân "
                       "vận Trung ương phối hợp Tỉnh ủy Quảng Bình tổ chức chương trình giao lưu điển hình khu vực miền "
                       "Trung - Tây Nguyên năm 2025.", cfg)
    assert _is_national(doc)
    # (nor do the region's provincial committees among those attending)
    doc = extract_text("Tôn vinh 30 điển hình học tập và làm theo Bác\n\nTại Quảng Bình, tối 20.11, Ban Tuyên giáo và Dân "
                       "vận Trung ương phối hợp với Tỉnh ủy Quảng Bình tổ chức chương trình giao lưu điển hình khu vực miền "
                       "Trung - Tây Nguyên năm 2025. Tham dự có lãnh đạo Quân khu 4, các Tỉnh ủy, Thành ủy khu vực miền "
                       "Trung - Tây Nguyên và 30 điển hình tiêu biểu.", cfg)
    assert _is_national(doc)


def test_a_museum_named_after_the_president_is_no_city(cfg):
    doc = extract_text("Đại hội Thi đua yêu nước Bộ Công Thương lần thứ IV\n\nChiều 12-11, tại Bảo tàng Hồ Chí Minh đã diễn "
                       "ra Đại hội Thi đua yêu nước Bộ Công Thương với 280 đại biểu là các điển hình tiên tiến.", cfg)
    assert doc.fields.get("province", "") == ""


def test_a_provincial_congress_with_central_leaders_keeps_its_province(cfg):
    doc = extract_text("12 công dân ưu tú được vinh danh\n\n(Báo X) - Phó Chủ tịch nước và Bí thư Tỉnh ủy Thanh Hóa "
                       "trao danh hiệu công dân ưu tú năm 2025 tặng 12 cá nhân.\n\nSáng 12/10, Tỉnh ủy - HĐND - UBND - Ủy "
                       "ban MTTQ Việt Nam tỉnh Thanh Hóa trang trọng tổ chức Đại hội Thi đua yêu nước tỉnh giai đoạn "
                       "2025-2030. Tới dự có Thủ tướng Chính phủ, Chủ tịch Hội đồng Thi đua - Khen thưởng Trung ương.", cfg)
    assert doc.fields.get("province") == "Thanh Hóa"


def test_the_address_of_a_venue_in_another_province_is_not_the_unit(cfg):
    doc = extract_text("Sóc Trăng chuẩn bị tham gia Ngày hội Gia đình tiêu biểu các tỉnh miền Tây Nam Bộ\n\nSở VHTTDL tỉnh "
                       "Sóc Trăng đã chọn 4 gia đình tiêu biểu đại diện cho tỉnh tham gia Ngày hội.\n\nNgày hội sẽ diễn "
                       "ra từ ngày 10/11/2023 tại Khu di tích lịch sử (ấp Vĩnh Hội, xã Long Đức, thành phố Trà Vinh, "
                       "tỉnh Trà Vinh).", cfg)
    assert doc.fields.get("province") == "Sóc Trăng" and doc.fields.get("district", "") == ""


def test_a_provincial_police_story_keeps_its_province_though_the_ministry_gives_an_award(cfg):
    doc = extract_text("Công an tỉnh: Khen thưởng nhiều tập thể, cá nhân\n\nCập nhật: 14-08-2023 | 09:12\n\nNhân kỷ niệm "
                       "ngày truyền thống, Phòng Cảnh sát hình sự Công an tỉnh vinh dự được Bộ trưởng Bộ Công an tặng "
                       "Bằng khen. Dịp này, 8 tập thể và 21 cá nhân được Giám đốc Công an tỉnh tặng giấy khen.",
                       cfg, url="https://baolongan.vn/cong-an-tinh-khen-thuong-a1234.html")
    assert doc.fields.get("province") == "Long An"


def test_a_sector_congress_of_a_central_agency_is_national(cfg):
    doc = extract_text("Ngày 20/11/2025, tại Hà Nội, Bảo hiểm xã hội Việt Nam tổ chức Đại hội thi đua yêu nước ngành Bảo "
                       "hiểm xã hội lần thứ V, tôn vinh các tập thể, cá nhân tiêu biểu.\n\nĐại hội có 300 đại biểu.", cfg)
    assert _is_national(doc)


def test_a_cluster_of_five_provinces_is_regional(cfg):
    doc = extract_text("Chiều 20-11, tại tỉnh Đồng Tháp, Cụm thi đua Bộ Chỉ huy Quân sự 5 tỉnh, thành phố (Đồng Tháp, Cà "
                       "Mau, Vĩnh Long, An Giang, Cần Thơ) tổ chức hội nghị tổng kết phong trào thi đua quyết thắng năm "
                       "2025.\n\nPhát biểu chào mừng, Chủ tịch UBND tỉnh Đồng Tháp nêu rõ kết quả của cụm.", cfg)
    assert doc.fields.get("province", "") == ""


def test_a_provincial_paper_keeps_its_province_named_once_in_the_body(cfg):
    doc = extract_text("Biểu dương điển hình dân vận khéo\n\nTham dự Hội nghị có các đồng chí lãnh đạo Ban Dân vận Trung "
                       "ương cùng đại biểu các sở, ngành, địa phương và nhiều điển hình tiêu biểu trong tỉnh.\n\nVề phía "
                       "lãnh đạo tỉnh Kon Tum có đồng chí Phó Bí thư Tỉnh ủy và lãnh đạo các sở, ngành.", cfg,
                       url="https://baokontum.com.vn/chinh-tri/hoi-nghi-dan-van-kheo-12345.html")
    assert doc.fields.get("province") == "Kon Tum"


def test_a_provincial_police_bridge_of_a_national_meeting_is_not_the_subject(cfg):
    doc = extract_text("Tổng kết Ngày hội toàn dân bảo vệ an ninh Tổ quốc\n\n(kontumtv.vn) – Bộ Công an tổ chức Hội nghị trực "
                       "tuyến tổng kết Ngày hội toàn dân bảo vệ an ninh Tổ quốc trên toàn quốc. Dự tại điểm cầu Công an "
                       "tỉnh có Phó Chủ tịch UBND tỉnh.", cfg)
    assert _is_national(doc)


def test_a_national_ceremony_whose_only_place_is_its_venue_and_signs_come_later(cfg):
    doc = extract_text("Tuyên dương gương mặt trẻ tiêu biểu\n\nNgày 21/3, tại Hà Nội, đoàn đại biểu gương mặt trẻ tiêu biểu "
                       "tham dự nhiều hoạt động ý nghĩa.\n\nTối 21/3, tại Hà Nội, T.Ư Đoàn tổ chức Lễ tuyên dương 10 gương "
                       "mặt trẻ tiêu biểu năm 2021, đến từ 9 tỉnh, thành phố.", cfg)
    assert _is_national(doc)


def test_a_provincial_paper_s_story_held_in_its_own_capital_keeps_its_province(cfg):
    doc = extract_text("Hội nghị biểu dương người có uy tín\n\nSáng 5/3, tại TP Hà Tĩnh, Ban Dân tộc tổ chức hội nghị biểu "
                       "dương 120 người có uy tín.\n\nĐây là một trong những địa phương có số người có uy tín đông nhất cả "
                       "nước.", cfg, url="https://baohatinh.vn/hoi-nghi-bieu-duong-nguoi-co-uy-tin-post12345.html")
    assert doc.fields.get("province") == "Hà Tĩnh"


def test_an_exemplar_s_home_town_is_not_the_unit(cfg):
    doc = extract_text("Hai trong 300 tập thể, cá nhân sẽ được tôn vinh tại Đại hội Thi đua Quyết thắng toàn quân\n\nTheo "
                       "thông tin tại họp báo, phi công Nguyễn Văn An, 31 tuổi, quê Hà Tĩnh, đang công tác tại Sư đoàn "
                       "370 của Quân chủng Phòng không - Không quân.", cfg)
    assert doc.fields.get("province", "") == ""


def test_the_border_guard_command_s_ceremony_in_a_host_province_is_national(cfg):
    doc = extract_text("Chiều 17.3, tại Quảng Trị, Bộ Tư lệnh Bộ đội Biên phòng tổ chức tuyên dương 20 gương mặt trẻ tiêu "
                       "biểu năm 2022 của Bộ đội Biên phòng.\n\nTại buổi lễ, lãnh đạo Bộ đội Biên phòng cho biết tuổi "
                       "trẻ biên phòng đã bám trụ ở hơn 2.000 tổ, chốt trên biên giới.", cfg)
    assert _is_national(doc)


def test_a_central_committee_meeting_its_guests_in_the_capital_is_national(cfg):
    doc = extract_text("TPO - Chiều 3/3, tại Hà Nội, lãnh đạo Ban Dân vận T.Ư có buổi gặp mặt thân mật 20 gương mặt trẻ "
                       "tiêu biểu của Bộ đội Biên phòng năm 2017.\n\nBuổi gặp mặt có sự tham dự của lãnh đạo các ban.", cfg)
    assert _is_national(doc)


def test_an_officer_s_post_named_in_a_ministry_s_lead_is_not_the_unit(cfg):
    doc = extract_text(
        "Bộ Quốc phòng gặp mặt gương mặt trẻ tiêu biểu toàn quân\n\nQĐND - Sáng 20/3/2019, tại Hà Nội, Bộ Quốc phòng tổ "
        "chức gặp mặt 10 gương mặt trẻ tiêu biểu toàn quân. Trong số đó có Trung úy Hà Văn Sáu, Ban CHQS huyện Mường Nhé, "
        "tỉnh Điện Biên, người nhiều năm gắn bó với đồng bào vùng biên.\n\nThượng tướng Phan Văn Giang trao Bằng khen "
        "cho 10 cá nhân.", cfg)
    assert _is_national(doc) and doc.fields.get("district", "") == ""


def test_a_ministry_s_review_of_its_year_naming_many_provinces_and_one_venue_has_no_unit(cfg):
    provinces = ["Lào Cai", "Hà Nội", "Thanh Hóa", "Đồng Nai", "Cần Thơ", "Lâm Đồng", "Hà Nội", "Đồng Nai"]
    body = " ".join(f"Trung tâm Văn hóa {p} đã dàn dựng nhiều chương trình nghệ thuật phục vụ nhân dân." for p in provinces)
    doc = extract_text(
        "Một năm sôi động của văn hóa cơ sở\n\nThực hiện chủ đề năm của Bộ, công tác văn hóa cơ sở đã có nhiều khởi "
        "sắc.\n\nSau lễ phát động tại Khu di tích Đền Hùng, huyện Lâm Thao, tỉnh Phú Thọ, nhiều liên hoan đã được "
        f"tổ chức trên cả nước. {body}", cfg)
    assert doc.fields.get("province", "") == "" and doc.fields.get("district", "") == ""


def test_a_ministry_s_own_party_congress_in_the_capital_is_national(cfg):
    doc = extract_text(
        "Đại hội Đảng bộ Bộ Nông nghiệp và Phát triển nông thôn lần thứ V\n\nSáng 25-7, tại Hà Nội, Đảng bộ Bộ NN&PTNT "
        "tiến hành phiên trọng thể Đại hội đại biểu lần thứ V, nhiệm kỳ 2020-2025, với 300 đại biểu chính thức.", cfg)
    assert _is_national(doc)


def test_a_ministry_s_festival_at_a_hall_whose_name_has_a_hyphen_is_national(cfg):
    doc = extract_text(
        "Liên hoan Cải lương toàn quốc khép lại\n\nTối 20/10, tại Trung tâm Văn hóa-Thể thao tỉnh Tiền Giang, Bộ Văn "
        "hóa, Thể thao và Du lịch phối hợp Ủy ban nhân dân tỉnh Tiền Giang tổ chức Lễ bế mạc Liên hoan Cải lương toàn "
        "quốc.", cfg)
    assert _is_national(doc)


def test_a_department_s_anniversary_in_the_capital_written_with_a_slip_is_national(cfg):
    doc = extract_text(
        "70 năm ngày truyền thống ngành Dự trữ quốc gia\n\nSáng 5/10, tạ Hà Nội, Tổng cục Dự trữ Nhà nước tổ chức Lễ kỷ "
        "niệm 70 năm ngày truyền thống và đón nhận Huân chương Lao động hạng Nhất. Phó Thủ tướng Chính phủ tới dự.", cfg)
    assert _is_national(doc)


def test_a_province_s_young_people_honoured_by_a_central_body_keep_their_province(cfg):
    doc = extract_text(
        "Thanh niên Lâm Đồng: Dám nghĩ dám làm\n\nTrong số 8 gương thanh niên tiêu biểu của tỉnh Lâm Đồng được Trung ương "
        "Đoàn tuyên dương tại Lễ tôn vinh thanh niên dân tộc thiểu số năm 2025 vào tối 24-10, K'Thuấn và Ka Lan đã ghi dấu "
        "bằng tinh thần vượt khó.\n\nAnh K'Thuấn sinh năm 1995, làm kinh tế giỏi với mô hình trồng cà phê.", cfg)
    assert doc.fields.get("province") == "Lâm Đồng"


def test_a_national_programme_named_with_viet_nam_and_its_honourees_home_places(cfg):
    doc = extract_text(
        "Ban tổ chức Chương trình Vinh danh Doanh nhân Việt Nam năm 2024 vừa công bố danh sách 80 cá nhân xuất sắc.\n\n"
        "Chương trình nhận được 150 hồ sơ từ 40 tỉnh, thành phố trên cả nước. Doanh nhân có doanh thu cao nhất là bà "
        "Trần Thị Hoa (xã Tân Phú, tỉnh Đồng Nai).", cfg)
    assert _is_national(doc)


def test_a_central_leader_named_with_his_posts_before_the_verb_is_the_actor(cfg):
    doc = extract_text(
        "Sáng 28.8, tại Hà Nội, phát biểu tại lễ kỷ niệm 80 năm ngày truyền thống lực lượng Công an nhân dân và đón nhận "
        "Huân chương Sao vàng, Chủ tịch nước, Chủ tịch Hội đồng Quốc phòng và An ninh, thống lĩnh các lực lượng vũ trang "
        "nhân dân, biểu dương những thành tích mà lực lượng đã đạt được.", cfg)
    assert _is_national(doc)


def test_a_national_congress_in_the_capital_named_with_its_memorial_s_address(cfg):
    doc = extract_text(
        "Sáng 12/10/2019, kỷ niệm 89 năm Ngày thành lập Hội Nông dân Việt Nam (14/10/1930 - 14/10/2019), trước giờ "
        "khai mạc Đại hội, đoàn đại biểu Đại hội đã vào Lăng viếng Chủ tịch Hồ Chí Minh và dâng hoa tại Đài tưởng niệm "
        "các Anh hùng liệt sỹ, Bắc Sơn, Ba Đình, Hà Nội.\n\nĐại hội diễn ra tại Hội trường Bộ Quốc phòng, Ba Đình, Hà "
        "Nội.", cfg)
    assert _is_national(doc)


def test_a_hamlet_s_festival_that_a_central_leader_attends_stays_local(cfg):
    doc = extract_text(
        "Hòa chung không khí cả nước kỷ niệm 95 năm Ngày thành lập Mặt trận Tổ quốc Việt Nam, sáng 12/11/2025, Phó "
        "Thủ tướng Chính phủ đã về dự Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư ấp Mỹ Lợi (xã Mỹ Tú, thành phố "
        "Cần Thơ).\n\nCùng chung vui với bà con tại Ngày hội có lãnh đạo Ủy ban Trung ương MTTQ Việt Nam.", cfg)
    assert doc.fields["scope"] != "national" and doc.fields["province"] == "Cần Thơ"


def test_a_deputy_minister_who_attends_and_directs_the_ceremony_makes_it_national(cfg):
    doc = extract_text(
        "Trung tướng Lê Văn Tuyến (Ủy viên Trung ương Đảng, Thứ trưởng Bộ Công an) dự và chỉ đạo buổi lễ. Cùng dự có "
        "đại diện Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh.\n\nGiải thưởng dành cho các đoàn viên thanh niên "
        "có thành tích xuất sắc trong công tác và chiến đấu.", cfg, url="https://nghean24h.vn/tuyen-duong-a1.html")
    assert _is_national(doc)


def test_a_cluster_of_provinces_named_by_its_region_is_regional(cfg):
    doc = extract_text(
        "Cụm thi đua 6 tỉnh Bắc Trung Bộ tổng kết công tác thi đua ngành Giáo dục\n\nSáng 20/11, tại tỉnh Hà Tĩnh diễn "
        "ra Hội nghị tổng kết phong trào thi đua năm 2023 của Cụm thi đua các sở giáo dục. Dự hội nghị có lãnh đạo các "
        "sở trong Cụm.", cfg)
    assert _is_national(doc)


@pytest.mark.parametrize("text", [
    # an army-wide conference announced by a general department, on a provincial station's site
    "Tuyên dương 120 điển hình tiên tiến\n\nNgày 10-7, Tổng cục Chính trị tổ chức họp báo về Hội nghị điển hình "
    "tiên tiến toàn quân giai đoạn 2019-2024; 120 điển hình sẽ được tuyên dương.",
    "Điển hình toàn quân viếng Lăng Bác\n\nSáng 12-7, 120 điển hình tiên tiến toàn quân đã đến báo công dâng Bác.",
])
def test_an_army_wide_event_on_a_provincial_site_is_national(cfg, text):
    assert _is_national(extract_text(text, cfg, url="https://baothaibinh.com.vn/tin-tuc/4/20123/tuyen-duong"))


def test_the_rhetoric_of_party_people_and_army_is_no_scope(cfg):
    doc = extract_text("Huyện Vũ Thư ra quân làm đường giao thông\n\nSáng 5/3, huyện Vũ Thư phát động phong trào; sức "
                       "mạnh của toàn dân, toàn quân được phát huy trong xây dựng nông thôn mới.", cfg)
    assert (doc.fields["province"], doc.fields["district"]) == ("Thái Bình", "Vũ Thư")


def test_a_historical_site_that_hosts_a_national_event_is_a_venue(cfg):
    doc = extract_text("Tuyên dương thanh niên tiêu biểu vì an ninh Tổ quốc\n\nTối 20.5, tại Khu Di tích lịch sử Trung ương "
                       "Cục miền Nam (tỉnh Tây Ninh), Bộ Công an và Trung ương Đoàn tổ chức lễ tuyên dương 30 tập thể, "
                       "90 cá nhân.", cfg)
    assert _is_national(doc)


def test_a_national_leader_quoted_at_a_province_s_own_congress_leaves_it_the_province_s(cfg):
    doc = extract_text("Thủ tướng: 'Thi đua phải thực chất, lan tỏa'\n\nTPO - Thủ tướng Chính phủ nhấn mạnh, phong trào thi "
                       "đua cần đi vào thực chất, tránh hình thức, lan tỏa sâu rộng trong xã hội.\n\nSáng 12/10, Đại hội "
                       "Thi đua yêu nước tỉnh Bắc Giang lần thứ VI khai mạc với 400 đại biểu. Chủ tịch UBND tỉnh Bắc Giang "
                       "cho biết, 5 năm qua phong trào thi đua của tỉnh đạt nhiều kết quả.", cfg)
    assert doc.fields["province"] == "Bắc Giang"


def test_the_cooperatives_alliance_of_vietnam_is_a_central_body(cfg):
    doc = extract_text("Tôn vinh 80 hợp tác xã tiêu biểu năm 2023\n\nTối 20/4, tại Hà Nội, Liên minh Hợp tác xã Việt Nam tổ "
                       "chức Lễ tôn vinh 80 hợp tác xã tiêu biểu năm 2023.", cfg)
    assert _is_national(doc)


def test_a_province_s_cooperatives_alliance_is_the_province_s(cfg):
    doc = extract_text("Tuyên dương hợp tác xã tiêu biểu\n\nNgày 5/1, Liên minh Hợp tác xã tỉnh Kon Tum tổ chức hội nghị "
                       "tổng kết, tuyên dương 12 hợp tác xã tiêu biểu của tỉnh Kon Tum.", cfg)
    assert doc.fields["province"] == "Kon Tum"


@pytest.mark.parametrize("text", [
    "Mặt trận tỉnh trao 2.100 suất quà Tết cho hộ nghèo\n\nHưởng ứng Phong trào “Cả nước chung tay vì người nghèo - "
    "Không để ai bị bỏ lại phía sau”, Ủy ban MTTQ tỉnh và các huyện đã trao 2.100 suất quà cho hộ nghèo.",
    "Tại buổi lễ, Hội Chữ thập đỏ tỉnh cảm ơn những người hiến máu đã hưởng ứng Lời kêu gọi của Tổng Bí thư nhân ngày "
    "Toàn dân hiến máu, với chủ đề “Trao yêu thương”.\n\nBan Chỉ đạo tỉnh trao giấy khen cho 20 cá nhân.",
])
def test_a_national_campaign_s_name_and_a_leader_s_call_give_no_national_scope(cfg, text):
    doc = extract_text(text, cfg, url="https://ubmttq.laichau.gov.vn/tin-tuc/trao-qua-tet.aspx")
    assert doc.fields["province"] == "Lai Châu"


def test_a_central_body_receiving_an_order_at_its_anniversary_is_national(cfg):
    doc = extract_text(
        "Hội Nông dân Việt Nam đón nhận Huân chương Sao vàng\n\n"
        "Ngày 14.10.1930, tại số 8 phố Lý Quốc Sư, Hà Nội, tổ chức Nông hội Đỏ được thành lập. Nhân kỷ niệm 90 năm, "
        "Hội Nông dân Việt Nam vinh dự đón nhận Huân chương Sao vàng.", cfg)
    assert _is_national(doc)


def test_the_centrally_run_cities_as_a_cluster_are_no_province(cfg):
    doc = extract_text(
        "Cụm thi đua Hội Cựu chiến binh 5 thành phố trực thuộc Trung ương sơ kết 6 tháng\n\n"
        "Chiều 12/7, Cụm thi đua Hội Cựu chiến binh 5 thành phố trực thuộc Trung ương gồm Hà Nội, TP Hồ Chí Minh, "
        "Hải Phòng, Đà Nẵng, Cần Thơ tổ chức hội nghị sơ kết 6 tháng đầu năm tại thành phố Đà Nẵng.", cfg)
    assert _is_national(doc)


def test_a_province_that_holds_its_congress_at_a_named_hall_is_the_subject(cfg):
    doc = extract_text(
        "42 tập thể và 58 cá nhân được vinh danh tại đại hội\n\n"
        "Sáng 15/9, tại Nhà văn hóa Trung tâm, tỉnh Quảng Bình đã long trọng tổ chức Đại hội Thi đua yêu nước lần thứ "
        "VI. Phó Chủ tịch nước Võ Thị Ánh Xuân dự và chỉ đạo đại hội.", cfg)
    assert doc.fields["province"] == "Quảng Bình"


def test_the_district_chairing_a_cluster_of_districts_is_not_the_subject(cfg):
    doc = extract_text(
        "(HNM) - Sáng 20-6, UBND huyện Ba Vì - Cụm trưởng Cụm thi đua số 5 (gồm các huyện: Ba Vì, Phúc Thọ, "
        "Thạch Thất, Quốc Oai) tổ chức sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2013.\n\n"
        "Các huyện trong Cụm đã khen thưởng 420 tập thể và 1.130 cá nhân.", cfg)
    assert doc.fields["province"] == "Hà Nội" and not doc.fields.get("district")


def test_a_party_document_number_is_no_outlet_mark(cfg):
    doc = extract_text(
        "Lục Yên: Sơ kết 5 năm thực hiện Chỉ thị 05\n\n"
        "Ban Thường vụ Huyện ủy sơ kết 5 năm thực hiện Chỉ thị số 05 CT – TW của Bộ Chính trị về đẩy mạnh học tập và "
        "làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.", cfg)
    assert doc.fields["province"] == "Yên Bái" and doc.fields["district"] == "Lục Yên"


def test_a_cluster_of_all_districts_meeting_at_one_district_s_office_has_no_district(cfg):
    doc = extract_text(
        "Khối thi đua các huyện, thành phố tổng kết năm 2021\n\n"
        "Ngày 10/12/2021, tại Ủy ban nhân dân huyện Bác Ái, Khối thi đua các huyện, thành phố tổ chức tổng kết công tác thi đua, "
        "khen thưởng năm 2021 của tỉnh Ninh Thuận.", cfg)
    assert doc.fields["province"] == "Ninh Thuận" and not doc.fields.get("district")


def test_districts_reaching_a_standard_are_no_awardees(cfg):
    assert _awardees(cfg, "Cả nước có 213 đơn vị cấp huyện thuộc 55 tỉnh được công nhận đạt chuẩn nông thôn mới.") \
        == set()


def test_a_province_s_pilot_event_in_a_hamlet_keeps_the_hamlet_s_district(cfg):
    doc = extract_text(
        "Nghệ An tổ chức điểm Ngày hội Đại đoàn kết toàn dân tộc\n\nThứ Năm, 12-11-2020, 10:05\n"
        "Người dân bản Huồi Giảng 1 ký cam kết xây dựng thôn, bản văn hóa.\n\nNgày hội Đại đoàn kết toàn dân tộc năm 2020 vừa "
        "được Ủy ban MTTQ Việt Nam tỉnh Nghệ An tổ chức điểm tại bản Huồi Giảng, xã Tà Cạ, huyện Kỳ Sơn. Bà con ôn lại "
        "truyền thống 90 năm Ngày thành lập Mặt trận.", cfg)
    assert doc.fields["province"] == "Nghệ An" and doc.fields["district"] == "Kỳ Sơn"


def test_a_provincial_body_that_has_just_held_an_event_at_a_shrine_gives_no_district(cfg):
    doc = extract_text(
        "Hội Nông dân tỉnh Gia Lai: Biểu dương nông dân điển hình tiên tiến\n\n"
        "Hội Nông dân tỉnh Gia Lai vừa tổ chức chương trình biểu dương nông dân điển hình tiên tiến giai đoạn 2015 - "
        "2020 tại Đền thờ Bác Hồ (xã Biển Hồ, thành phố Pleiku). Tham dự có đại diện lãnh đạo các sở, ngành.", cfg)
    assert doc.fields["province"] == "Gia Lai" and not doc.fields.get("district")


def test_a_district_from_three_of_its_communes_when_the_head_says_toan_huyen(cfg):
    doc = extract_text(
        "Toàn huyện có 85% gia đình đạt danh hiệu gia đình văn hóa năm 2014\n\n"
        "Hưởng ứng phong trào toàn dân đoàn kết xây dựng đời sống văn hóa, năm 2014 các xã, thị trấn tiếp tục thực "
        "hiện tốt phong trào.\n\nPhong trào phát triển mạnh ở các xã Bảo Đài, Cẩm Lý, Tam Dị và thị trấn Đồi Ngô.",
        cfg)
    assert doc.fields["district"] == "Lục Nam" and doc.fields["province"] == "Bắc Giang"


def test_a_national_ceremony_at_a_hall_joined_to_its_city_by_a_dash_is_national(cfg):
    doc = extract_text(
        "Tuyên dương 90 Bí thư Chi bộ tiêu biểu\n\n"
        "Tối 3/2, tại Cung Văn hóa Lao động Hữu nghị Việt - Xô - Hà Nội, Ban Tổ chức Trung ương chủ trì chương trình "
        "tuyên dương Bí thư Chi bộ tiêu biểu toàn quốc năm 2025.", cfg)
    assert _is_national(doc)


def test_a_province_s_cluster_meeting_in_one_district_has_no_district(cfg):
    doc = extract_text(
        "Cụm thi đua số 2 tỉnh Nghệ An tổng kết năm 2023\n\n"
        "Tại huyện Quế Phong, Cụm thi đua số 2, tỉnh Nghệ An vừa tổng kết công tác thi đua, khen thưởng năm 2023.", cfg)
    assert doc.fields["province"] == "Nghệ An" and not doc.fields.get("district")


def test_a_region_s_cluster_meeting_at_a_school_hall_of_one_province_is_regional(cfg):
    doc = extract_text(
        "Cụm thi đua khu vực miền Tây Nam bộ tổng kết năm 2012\n\n"
        "Sáng 15-1, tại hội trường của trường Cao đẳng Sư phạm tỉnh Vĩnh Long đã diễn ra hội nghị tổng kết phong trào "
        "thi đua năm 2012 của Cụm thi đua khu vực miền Tây Nam bộ.", cfg)
    assert _is_national(doc)


def test_a_national_contest_where_a_deputy_minister_attends_and_speaks_is_national(cfg):
    doc = extract_text(
        "Chung kết Hội thi “Cán bộ dược giỏi” toàn ngành\n\n12/10/2023 | 09:10\n\n"
        "Ngày 12/10/2023, tại Hà Nội, diễn ra Chung kết Hội thi “Cán bộ dược giỏi”. Thứ trưởng Bộ Y tế dự và phát biểu "
        "tại hội thi.", cfg)
    assert _is_national(doc)


def test_a_national_leader_attending_a_province_s_congress_leaves_it_the_province_s(cfg):
    doc = extract_text(
        "Tham dự và chỉ đạo Đại hội có đồng chí Võ Thị Ánh Xuân, Phó Chủ tịch nước, Phó Chủ tịch thứ nhất Hội đồng "
        "Thi đua - Khen thưởng Trung ương; lãnh đạo tỉnh Hà Tĩnh cùng 300 "
        "đại biểu điển hình tiên tiến trong phong trào thi đua yêu nước tỉnh Hà Tĩnh giai đoạn 2020 - 2025.\n\n"
        "Trong 5 năm qua, tỉnh Hà Tĩnh đã đạt nhiều kết quả quan trọng.", cfg)
    assert doc.fields["province"] == "Hà Tĩnh"


def test_a_city_that_only_hosts_a_provincial_body_s_event_is_no_subject(cfg):
    doc = extract_text(
        "Ngày 20/12, tại thành phố Sóc Trăng (Sóc Trăng), Ban Dân tộc tỉnh tổ chức hội nghị biểu dương người có uy tín "
        "trong đồng bào dân tộc thiểu số tỉnh Sóc Trăng năm 2023.\n\nDự hội nghị có đại diện lãnh đạo tỉnh.", cfg)
    assert doc.fields["province"] == "Sóc Trăng" and not doc.fields.get("district")


def test_a_cluster_that_lists_its_member_districts_has_no_district(cfg):
    doc = extract_text(
        "Cụm thi đua số 2 ký kết giao ước thi đua năm 2022\n\n(BGĐT) - Chiều 10/3, tại huyện Lục Nam, Cụm thi đua số 2, "
        "bao gồm các địa phương: Lục Nam, Lục Ngạn, Sơn Động và Yên Thế đã tổ chức lễ ký kết giao ước thi đua.", cfg)
    assert doc.fields["province"] == "Bắc Giang" and not doc.fields.get("district")


def test_a_cluster_of_provinces_listed_after_gom_meeting_in_one_of_them_is_regional(cfg):
    doc = extract_text(
        "Cụm thi đua số 3 Công an tổng kết phong trào Thi đua vì an ninh Tổ quốc năm 2024\n\n"
        "- Chiều 12/12, tại tỉnh Nghệ An, Cụm thi đua số 3 (gồm Công an các tỉnh: Thanh Hóa, Nghệ An, Hà Tĩnh, Quảng "
        "Bình, Quảng Trị) đã tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024.", cfg)
    assert _is_national(doc)


def test_the_name_of_the_central_emulation_board_is_no_act_of_it(cfg):
    doc = extract_text(
        "Thứ trưởng Bộ Nội vụ, Trưởng ban Thi đua khen thưởng TW Phạm Văn Nam tham dự Đại hội cùng gần 450 đại biểu là "
        "các anh hùng, đại diện tập thể anh hùng, chiến sĩ thi đua, các gương điển hình tiên tiến, đại diện các ngành, "
        "lĩnh vực, các thành phần kinh tế…\n\nTrong 5 năm qua, phát huy truyền thống thi đua yêu nước, Đảng bộ, quân và "
        "dân TP Cần Thơ đã luôn đoàn kết, sáng tạo, ra sức thi đua vượt qua những khó khăn, thử thách.\n\nPhong trào "
        "thi đua yêu nước của TP Cần Thơ đã có sức lan tỏa rộng khắp.", cfg)
    assert doc.fields["province"] == "Cần Thơ"

def test_the_whole_national_force_is_national_and_a_province_s_force_is_not(cfg):
    national = extract_text(
        "Khai mạc Đại hội thi đua “Vì An ninh Tổ quốc” toàn lực lượng Công an nhân dân\n\n"
        "Ngày 12-8, Đại hội thi đua “Vì An ninh Tổ quốc” lần thứ IX toàn lực lượng Công an nhân dân đã khai mạc trọng "
        "thể tại Hà Nội.", cfg)
    local = extract_text(
        "Đại hội thi đua “Vì An ninh Tổ quốc” toàn lực lượng Công an tỉnh Bình Phước\n\n"
        "Ngày 12-7, Công an tỉnh Bình Phước tổ chức Đại hội thi đua “Vì An ninh Tổ quốc” lần thứ IX.", cfg)
    assert _is_national(national) and local.fields["province"] == "Bình Phước"


def test_the_fronts_committees_of_every_level_and_a_cited_launcher_are_not_a_central_actor(cfg):
    doc = extract_text("Xây dựng mô hình tự quản ở khu dân cư\n\n15/01/2023 17:58\n\n"
                       "Năm 2022, ban thường trực ủy ban MTTQ Việt Nam các cấp phối hợp với các tổ chức thành viên tuyên "
                       "truyền, vận động nhân dân tham gia các phong trào thi đua yêu nước do Đảng, Nhà nước và MTTQ Việt "
                       "Nam phát động.\nBên cạnh đó, 752 khu dân cư trên toàn tỉnh Trà Vinh đã tổ chức ngày hội Đại đoàn "
                       "kết toàn dân tộc.", cfg, url="https://baotravinh.vn/xa-hoi/xay-dung-mo-hinh-tu-quan-o-khu-dan-cu.html")
    assert (doc.fields["scope"], doc.fields.get("province")) == ("province", "Trà Vinh")


def test_a_state_award_handed_on_the_presidents_behalf_belongs_to_the_province(cfg):
    doc = extract_text("Chủ tịch nước trao tặng Huân chương Lao động cho 4 cá nhân tại Quảng Ngãi\n\n"
                       "4 cá nhân có thành tích xuất sắc đã vinh dự được Chủ tịch nước trao tặng Huân chương Lao động.\n\n"
                       "Sáng 12/7, tại kỳ họp HĐND tỉnh, thừa ủy quyền của Chủ tịch nước, Bí thư Tỉnh ủy Quảng Ngãi đã "
                       "trao tặng Huân chương Lao động hạng Ba cho 4 cá nhân.", cfg)
    assert (doc.fields["scope"], doc.fields.get("province")) == ("province", "Quảng Ngãi")


def test_an_academy_named_after_ho_chi_minh_is_not_the_city(cfg):
    doc = extract_text("Khai giảng lớp bồi dưỡng cán bộ\n\nSáng 5/9, Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh "
                       "phát biểu tại lễ khai giảng lớp bồi dưỡng cán bộ lãnh đạo.", cfg)
    assert doc.fields.get("province") is None


def test_the_great_unity_festival_is_about_the_place_it_is_held_in(cfg):
    doc = extract_text("Rộn ràng Ngày hội Đại đoàn kết toàn dân tộc ở Lạng Sơn\n\n17/11/2025 - 10:32\n\n"
                       "Ông Nguyễn Văn An, Ủy viên Bộ Chính trị, Chủ tịch Hội đồng Lý luận Trung ương; bà Lê Thị Hoa, Ủy viên "
                       "Trung ương Đảng, Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam, dự Ngày hội Đại đoàn kết toàn dân tộc "
                       "được tổ chức tại xã Hoàng Văn Thụ, Lạng Sơn.\n\nNăm nay, Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn chỉ đạo "
                       "các khu dân cư đồng loạt tổ chức ngày hội.", cfg)
    assert (doc.fields["scope"] != "national", doc.fields.get("province")) == (True, "Lạng Sơn")


def test_a_headline_s_city_prefix_that_the_lead_names_as_the_venue_is_no_province(cfg):
    doc = extract_text("Hà Nội: Lễ tuyên dương gương điển hình\n\nTối ngày 12/9/2023, Ban Thường trực UBTƯ MTTQ Việt Nam "
                       "phối hợp với Bộ Văn hóa tổ chức lễ tuyên dương các điển hình tiên tiến tại Nhà hát Lớn, số 1 "
                       "Tràng Tiền, Hoàn Kiếm, Hà Nội.\n\nTham dự buổi lễ có đại diện các ban, bộ, ngành Trung ương.", cfg)
    assert _is_national(doc)


def test_a_central_committee_announcing_national_honours_is_national(cfg):
    doc = extract_text("Tôn vinh 10 gương mặt trẻ tiêu biểu năm 2022\n\nBan Bí thư T.Ư Đoàn vừa công bố danh sách 10 "
                       "‘Gương mặt trẻ Việt Nam tiêu biểu’ năm 2022, những cá nhân có thành tích nổi bật trong học tập, "
                       "lao động và bảo vệ Tổ quốc.\n\nTrong danh sách có sinh viên Trường Đại học Bách khoa Hà Nội, một "
                       "kỹ sư của Tổng công ty Điện lực TP Hồ Chí Minh và một chiến sĩ Công an tỉnh Quảng Ninh.", cfg)
    assert _is_national(doc)


def test_a_central_board_s_meeting_at_a_provincial_committee_with_it_as_partner_is_national(cfg):
    doc = extract_text("Hội nghị trao đổi kinh nghiệm công tác dân vận vùng biên giới\n\nSáng ngày 14 tháng 6 năm 2024 "
                       "tại Tỉnh ủy Cao Bằng, Ban Dân vận Trung ương phối hợp với Bộ Tư lệnh Bộ đội Biên phòng, Tỉnh ủy "
                       "tỉnh Cao Bằng tổ chức Hội nghị trao đổi kinh nghiệm công tác dân vận ở vùng biên giới.\n\nDự hội "
                       "nghị có đại biểu 25 tỉnh biên giới.", cfg)
    assert _is_national(doc)


def test_a_central_body_with_a_district_s_partners_at_its_communes_is_that_district_s_event(cfg):
    doc = extract_text("Ngày 12/10, Trung ương Hội LHPN Việt Nam phối hợp với Hội LHPN tỉnh, Hội LHPN huyện Krông Pắc tổ "
                       "chức truyền thông về xây dựng gia đình hạnh phúc tại xã Ea Kly và Ea Phê. Hơn 200 hội viên đã "
                       "tham gia.", cfg)
    assert (doc.fields.get("district"), doc.fields.get("scope")) == ("Krông Pắc", "district")


def test_honours_of_the_central_level_conferred_at_a_university_hall_are_national(cfg):
    doc = extract_text("Tối 9.1, tại Trường ĐH Cần Thơ (Cần Thơ) diễn ra chương trình kỷ niệm 75 năm Ngày truyền thống "
                       "học sinh, sinh viên và Hội Sinh viên Việt Nam; tuyên dương danh hiệu “Sinh viên 5 tốt” cấp T.Ư năm "
                       "2024.\n\nChị Trần Thu Hà phát biểu tại chương trình ẢNH: BTC\n\nDự chương trình có đại diện lãnh "
                       "đạo các ban, bộ, ngành Trung ương.", cfg)
    assert _is_national(doc)


def test_a_city_command_carrying_out_a_military_region_s_orders_stays_local(cfg):
    doc = extract_text("Khen thưởng các điển hình trong phòng chống bão lũ\n\nTrong đợt bão vừa qua, thực hiện các công "
                       "điện, chỉ đạo của Bộ Quốc phòng, Bộ tư lệnh Quân khu 5, Bộ CHQS tỉnh đã triển khai các phương án "
                       "ứng phó kịp thời.\n\nBộ CHQS tỉnh đã điều động gần 5.000 lượt cán bộ, chiến sĩ giúp dân.", cfg,
                       url="https://baoquangngai.vn/quoc-phong/khen-thuong-123.htm")
    assert (doc.fields.get("province"), doc.fields["scope"]) == ("Quảng Ngãi", "province")


def test_a_province_s_union_honoured_at_a_central_meeting_held_elsewhere_is_that_province_s(cfg):
    doc = extract_text("Hội Nông dân tỉnh nhận cờ thi đua\n\nÔng Nguyễn Văn A - Chủ tịch Hội Nông dân tỉnh cho biết, tại hội "
                       "nghị Ban Chấp hành Trung ương Hội Nông dân Việt Nam lần thứ 6 vừa diễn ra tại tỉnh Kiên Giang, Hội "
                       "Nông dân tỉnh Bến Tre đã vinh dự được Trung ương Hội Nông dân Việt Nam tặng cờ thi đua vì có thành "
                       "tích xuất sắc năm 2019.", cfg, url="https://baodongkhoi.vn/hoi-nong-dan-tinh-nhan-co-thi-dua-a1234.html")
    assert (doc.fields.get("province"), doc.fields["scope"]) == ("Bến Tre", "province")


def test_a_provincial_paper_s_report_of_its_union_s_central_awards_is_provincial(cfg):
    doc = extract_text("Nhiều tập thể được Trung ương Hội Nông dân Việt Nam khen thưởng\n\n(LA) – Theo tin từ Hội Nông dân tỉnh, "
                       "tại Hội nghị Ban Chấp hành Trung ương Hội Nông dân Việt Nam lần thứ 8 diễn ra ngày 5 và 6-12, Trung "
                       "ương Hội Nông dân Việt Nam đã khen thưởng nhiều tập thể, cá nhân có thành tích xuất sắc năm 2023.", cfg,
                       url="https://baolongan.vn/nhieu-tap-the-duoc-khen-thuong-a12345.html")
    assert (doc.fields.get("province"), doc.fields["scope"]) == ("Long An", "province")


def test_a_provincial_secretary_who_sits_on_the_central_committee_acts_for_the_province(cfg):
    doc = extract_text("Nhân dịp kỷ niệm 96 năm Ngày thành lập Đảng, ngày 30/1, đồng chí Trần Văn Nam, Ủy viên Ban Chấp hành "
                       "Trung ương Đảng, Bí thư Tỉnh ủy Hà Tĩnh đã đến thăm và trao Huy hiệu Đảng cho đảng viên lão thành "
                       "sinh hoạt tại Đảng bộ phường Thành Sen, tỉnh Hà Tĩnh.\n\nĐây là những đảng viên tiêu biểu của "
                       "Đảng bộ phường Thành Sen.", cfg)
    assert (doc.fields.get("province"), doc.fields.get("commune"), doc.fields["scope"]) == ("Hà Tĩnh", "Thành Sen", "commune")


def test_a_central_office_held_beside_the_rank_still_makes_the_event_national(cfg):
    doc = extract_text("Ngày 12/5, đồng chí Nguyễn Văn B, Ủy viên Trung ương Đảng, Trưởng Ban Dân vận Trung ương chủ trì hội "
                       "nghị toàn quốc sơ kết phong trào thi đua “Dân vận khéo”, tổ chức tại Hà Nội.", cfg)
    assert _is_national(doc)


def test_the_unnamed_province_s_front_committee_in_the_headline_keeps_a_guest_from_the_centre_local(cfg):
    doc = extract_text("Ngày 20/12, UBMTTQ Việt Nam tỉnh tổ chức hội nghị tổng kết công tác mặt trận năm 2024.\n\nÔng Lê Văn C, "
                       "Ủy viên Ủy ban Trung ương MTTQ Việt Nam, Trưởng Ban Công tác phía Nam Ủy ban Trung ương MTTQ Việt "
                       "Nam tặng hoa chúc mừng hội nghị.", cfg, url="https://baodongnai.com.vn/chinh-tri/202412/tong-ket-123/")
    assert (doc.fields.get("province"), doc.fields["scope"]) == ("Đồng Nai", "province")


def test_a_nationwide_round_up_of_localities_has_no_province(cfg):
    doc = extract_text("Hướng tới Ngày Gia đình Việt Nam 28/6, nhiều địa phương trên cả nước đã tổ chức tuyên dương các gia "
                       "đình văn hóa tiêu biểu.\n\nTại tỉnh Gia Lai, 65 gia đình tiêu biểu được biểu dương. Thị xã Ninh Hòa "
                       "(Khánh Hòa) đã tuyên dương 40 gia đình xuất sắc.", cfg)
    assert _is_national(doc)


def test_along_with_the_country_s_localities_a_province_stays_itself(cfg):
    doc = extract_text("Cùng với các địa phương trong cả nước, những ngày này các khu dân cư của tỉnh Bình Định tổ chức ngày "
                       "hội đại đoàn kết toàn dân tộc.", cfg)
    assert (doc.fields.get("province"), doc.fields["scope"]) == ("Bình Định", "province")


def test_a_cluster_of_provinces_counted_in_words_is_regional(cfg):
    doc = extract_text("Lãnh đạo cụm sáu tỉnh Tây Nguyên và Nam Trung Bộ gồm: Gia Lai, Kon Tum, Đắk Lắk, Đắk Nông, Lâm Đồng "
                       "và Khánh Hòa vừa dự hội nghị ký kết giao ước thi đua năm 2015, tổ chức tại TP Buôn Ma Thuột.", cfg)
    assert _is_national(doc)


def test_a_national_paper_s_place_line_above_the_headline_names_the_story_s_place(cfg):
    doc = extract_text("Quảng Bình:\n\nNgư dân cứu người trên biển được tặng Bằng khen của Thủ tướng\n\nVăn phòng Chính phủ cho "
                       "biết, thừa ủy quyền của Thủ tướng, Phó Thủ tướng đã ký Quyết định tặng Bằng khen cho ông Nguyễn Văn "
                       "Hải, trú tại xã Quảng Phúc, thị xã Ba Đồn, vì đã dũng cảm cứu người bị nạn trên biển.", cfg)
    assert doc.fields.get("province") == "Quảng Bình" and doc.fields["scope"] != "national"


def test_the_front_s_national_congress_on_a_provincial_portal_is_national(cfg):
    doc = extract_text("Hoạt động chung\n\nĐại hội Thi đua yêu nước Mặt trận Tổ quốc Việt Nam lần thứ II\n\n28/09/2025\n\n"
                       "Sáng 26/9, Đại hội Thi đua yêu nước Mặt trận Tổ quốc (MTTQ) Việt Nam tổ chức theo hình thức trực "
                       "tuyến. Tại điểm cầu Gia Lai có lãnh đạo Ủy ban MTTQ Việt Nam tỉnh tham dự.", cfg)
    assert _is_national(doc)


def test_a_province_s_proposal_to_the_president_is_not_a_national_story(cfg):
    doc = extract_text("Sở Nội vụ công khai danh sách các tập thể đề nghị Chủ tịch nước tặng thưởng Huân chương\n\n"
                       "Thực hiện Nghị định 91/2017/NĐ-CP của Chính phủ, Sở Nội vụ công khai danh sách lấy ý kiến nhân dân.\n\n"
                       "1. Đề nghị tặng Huân chương Lao động hạng Ba: 02 tập thể\n\n- Sở Tài chính tỉnh Quảng Trị;\n\n"
                       "- Công an tỉnh Quảng Trị.", cfg)
    assert (doc.fields.get("scope"), doc.fields.get("province")) == ("province", "Quảng Trị")


def test_the_host_of_a_regional_bloc_s_meeting_is_not_its_subject(cfg):
    doc = extract_text("Ngày 10/1/2023, tại tỉnh Vĩnh Phúc, đã diễn ra Hội nghị tổng kết công tác thi đua năm 2022 của "
                       "Khối thi đua các Ban Quản lý các KCN các tỉnh trung du miền núi phía Bắc.\n\nBan Quản lý các KCN tỉnh "
                       "Vĩnh Phúc, Khối trưởng năm 2022 đăng cai tổ chức Hội nghị.", cfg)
    assert doc.fields.get("province") in (None, "")


def test_a_series_rubric_naming_a_national_congress_does_not_make_the_story_national(cfg):
    doc = extract_text("Hướng tới Đại hội Thi đua yêu nước toàn quốc lần thứ XI: Người nông dân làm giàu trên đất dốc\n\n"
                       "09/05/2025 - 07:30\n\nNhững năm qua Sơn La xuất hiện nhiều nông dân vươn lên làm giàu từ cây ăn quả. "
                       "Anh Quàng Văn Ơn ở xã Chiềng Ban, huyện Mai Sơn trồng 12 ha xoài.", cfg)
    assert doc.fields["scope"] != "national" and doc.fields["province"] == "Sơn La"


def test_an_event_of_several_provinces_counted_and_listed_has_no_province(cfg):
    doc = extract_text("Giao lưu văn hóa 4 tỉnh Lai Châu, Điện Biên, Sơn La và Lào Cai\n\n18/11/2019 - 10:00\n\nHơn 500 diễn "
                       "viên, nghệ nhân tham gia ngày hội vừa diễn ra tại thành phố Lai Châu.", cfg)
    assert _is_national(doc)



def test_a_central_document_a_provincial_site_reprints_is_national(cfg):
    # the provincial site introduces the text; the text is the Central Committee's, for the whole country
    text = ("Hướng dẫn tuyên truyền kỷ niệm 95 năm Ngày thành lập Mặt trận\n\nThứ ba - 12/08/2025 08:10\n\n"
            "Ban Tuyên giáo Trung ương ban hành Hướng dẫn số 72-HD/BTGTW về tuyên truyền kỷ niệm 95 năm Ngày truyền "
            "thống Mặt trận Tổ quốc Việt Nam. Trang thông tin Tuyên giáo Nghệ An trân trọng giới thiệu toàn văn "
            "Hướng dẫn.\n\nCăn cứ Kết luận của Bộ Chính trị, Ban Tuyên giáo Trung ương hướng dẫn công tác tuyên "
            "truyền như sau.")
    assert _is_national(extract_text(text, cfg))


def test_the_social_policy_bank_s_own_review_is_national_and_its_branch_s_is_not(cfg):
    national = ("Lan tỏa phong trào thi đua trong toàn hệ thống\n\n10/06/2025 09:00\n\nHơn hai thập kỷ qua, các phong trào "
                "thi đua của Ngân hàng Chính sách xã hội (NHCSXH) đã lan tỏa. Tổng Giám đốc NHCSXH phát biểu tại Hội nghị "
                "tuyên dương điển hình tiên tiến NHCSXH giai đoạn 2020 - 2025. Nhiều mô hình hay đã được nhân rộng.")
    assert _is_national(extract_text(national, cfg))
    branch = national.replace("Tổng Giám đốc NHCSXH phát biểu", "Giám đốc NHCSXH tỉnh Kiên Giang phát biểu")
    assert extract_text(branch, cfg).fields["province"] == "Kiên Giang"


def test_a_central_body_that_honours_in_the_headline_makes_the_story_national(cfg):
    text = ("Có 300 gương mặt thanh niên tiêu biểu sẽ được Trung ương Hội Liên hiệp Thanh niên Việt Nam vinh danh tại "
            "Đại hội lần thứ IX\n\nĐại hội sẽ diễn ra từ ngày 12/12 đến ngày 14/12, tại Thủ đô Hà Nội.\n\nĐây là những "
            "gương mặt được xét chọn từ cơ sở.")
    assert _is_national(extract_text(text, cfg))


def test_a_donor_s_reach_told_as_background_does_not_make_a_local_item_regional(cfg):
    text = ("* Ngày 12.2, Công ty Điện lực Miền Trung trao quà Tết cho 40 hộ nghèo tại xã An Trung, huyện An Lão. "
            "Được biết, dịp Tết này công ty dành 900 suất quà cho các gia đình khó khăn ở 13 tỉnh, thành miền Trung.\n"
            "* Ngày 11.2, Hội Chữ thập đỏ tỉnh trao 100 suất quà cho người nghèo ở TP Quy Nhơn.")
    doc = extract_text(text, cfg, url="https://baobinhdinh.vn/xahoi/2016/2/151234")
    assert doc.fields["province"] == "Bình Định" and doc.fields["scope"] != "national"


def test_parts_by_level_after_an_assessment_that_followed_registrations_count(cfg):
    body = ("Năm 2022, Hội có 2.150 hội viên đăng ký thi đua sản xuất, kinh doanh giỏi, và qua bình xét đã có 1.870 "
            "hội viên đạt danh hiệu sản xuất kinh doanh giỏi các cấp, trong đó, cấp tỉnh 96 hộ, cấp huyện 410 hộ và cấp "
            "cơ sở 1.364 hộ.")
    assert _awardees(cfg, body) == {(1870, "cá nhân"), (96, "tập thể"), (410, "tập thể"), (1364, "tập thể")}


def test_a_national_paper_s_story_reprinted_on_a_district_portal_is_not_the_district_s(cfg):
    text = ("10 năm cuộc thi viết về người tốt việc tốt\nNgày cập nhật 12/06/2022\n\nQĐND Online - Cuộc thi viết "
            "“Những tấm gương bình dị mà cao quý” lần thứ 10 đã khép lại. Nhìn lại chặng đường 10 năm, những người làm "
            "báo rất tự hào vì cuộc thi đã tôn vinh hàng nghìn tấm gương bình dị.")
    doc = extract_text(text, cfg, url="http://huyenuyaluoi.vn/tin-tuc/12-nam-tim-nghin-tam-guong.html")
    assert doc.fields.get("district", "") == "" and doc.fields.get("province", "") == ""


@pytest.mark.parametrize("text", [
    "Tuổi trẻ Bình Định, Đắk Lắk ra quân Tháng Thanh niên 2024 với nhiều công trình thiết thực\n\nTPO - Ngày 3/3, "
    "Tỉnh đoàn Bình Định tổ chức lễ ra quân Tháng Thanh niên tại xã Phước Hòa, tỉnh Bình Định.",
    "Nhân kỷ niệm 94 năm Ngày thành lập Đảng (3/2/1930-3/2/2024), các Tỉnh ủy: Lai Châu, Thái Bình đã tổ chức trao "
    "huy hiệu Đảng cho đảng viên.\n\nTại Lai Châu, chiều 2/2, Tỉnh ủy Lai Châu tổ chức lễ trao huy hiệu Đảng.",
])
def test_a_head_naming_two_provinces_side_by_side_gives_neither(cfg, text):
    doc = extract_text(text, cfg, url="https://tienphong.vn/tuoi-tre-ra-quan-post1600001.tpo")
    assert doc.fields.get("province") is None


def test_a_national_command_written_in_lower_case_holding_an_interim_review_is_national(cfg):
    text = ("Bộ tư lệnh Cảnh sát biển sơ kết 3 năm phong trào thi đua “Cảnh sát biển đồng hành cùng ngư dân”\n\n"
            "12/05/2023 10:15\n\nSáng 12/5, tại thành phố Hải Phòng, hội nghị đánh giá kết quả phong trào trong toàn lực lượng.")
    doc = extract_text(text, cfg)
    assert (doc.fields.get("province"), doc.fields["scope"]) == (None, "national")


def test_a_central_body_s_cluster_of_provinces_listed_after_a_colon_is_regional(cfg):
    text = ("Cụm thi đua số 3 Bảo hiểm Xã hội Việt Nam ký kết giao ước thi đua\n\nNgày 15/1, Cụm thi đua số 3 Bảo hiểm Xã "
            "hội Việt Nam gồm 5 tỉnh: Nghệ An, Hà Tĩnh, Thanh Hóa, Quảng Bình và Quảng Trị tổ chức tổng kết công tác thi "
            "đua năm 2024 tại thành phố Vinh.")
    doc = extract_text(text, cfg)
    assert (doc.fields.get("province"), doc.fields["scope"]) == (None, "national")


@pytest.mark.parametrize("head", [
    "BTL Vùng Cảnh sát biển 2 tổ chức Đại hội Thi đua Quyết thắng giai đoạn 2019 - 2024\n\n22/10/2024 09:00\n\n"
    "Ngày 21/10, tại TP Đà Nẵng, BTL Vùng Cảnh sát biển 2 long trọng tổ chức Đại hội.",
    "Bộ Tư lệnh Vùng 4 Hải quân tổng kết phong trào thi đua\n\n22/10/2024 09:00\n\n"
    "Sáng 21/10, tại Cam Ranh, tỉnh Khánh Hòa, Bộ Tư lệnh Vùng 4 Hải quân tổ chức hội nghị tổng kết.",
])
def test_a_sea_region_s_command_is_regional_and_its_host_city_a_venue(cfg, head):
    assert _is_national(extract_text(head, cfg))


def test_a_province_s_bodies_at_every_level_are_its_subject_not_a_venue(cfg):
    text = ("Tháng 7/2025, mô hình chính quyền địa phương 2 cấp bắt đầu vận hành, đánh dấu bước chuyển quan trọng của cơ "
            "quan dân cử trên cả nước. Trong bối cảnh đó, HĐND các cấp ở Quảng Trị vừa nỗ lực thích ứng với yêu cầu mới, "
            "vừa chuẩn bị nhân sự cho nhiệm kỳ 2026-2031.")
    doc = extract_text(text, cfg)
    assert doc.fields["province"] == "Quảng Trị" and doc.fields["scope"] == "province"


def test_a_division_of_an_army_corps_on_a_provincial_paper_is_national(cfg):
    doc = extract_text("(BDO) Sáng 20-12, Đảng ủy, Chỉ huy Sư đoàn 309 (Quân đoàn 4) tổ chức Hội nghị quân chính năm "
                       "2021.\n\nNăm qua, cán bộ, chiến sĩ Sư đoàn đã hoàn thành tốt nhiệm vụ huấn luyện. Dịp này, 12 tập "
                       "thể và 30 cá nhân được khen thưởng.", cfg,
                       url="https://baobinhduong.vn/su-doan-309-hoi-nghi-quan-chinh-a123456.html")
    assert _is_national(doc)


def test_a_cluster_of_the_state_treasury_is_no_province_s_but_its_provincial_office_is(cfg):
    cluster = extract_text("Cụm thi đua số 2 Kho bạc Nhà nước tổng kết công tác thi đua năm 2023\n\nNăm 2023, 6 đơn vị trong "
                           "Cụm đã đẩy mạnh các phong trào thi đua, hoàn thành nhiệm vụ thu, chi ngân sách.\n\nDịp này, Kho bạc "
                           "Nhà nước Nghệ An đăng cai Hội thao của Cụm.", cfg, url="https://baonghean.vn/cum-thi-dua-so-2-kho-bac.html")
    assert _is_national(cluster)
    office = extract_text("Kho bạc Nhà nước Nghệ An tổng kết công tác thi đua năm 2023\n\nNgày 12/1, Kho bạc Nhà nước Nghệ An "
                          "tổ chức hội nghị tổng kết, khen thưởng 12 tập thể.", cfg)
    assert office.fields["province"] == "Nghệ An"


def test_a_portal_s_masthead_is_not_the_headline_of_the_national_story_it_reprints(cfg):
    masthead = "Sở Lao động - Thương binh và Xã hội tỉnh Quảng Ngãi\n\nTin tức - Sự kiện\n\n"
    url = "https://sldtbxh.quangngai.gov.vn/tin-tuc/tong-ket-nam-hoc.html"
    national = extract_text(masthead + "Bộ Lao động - Thương binh và Xã hội tổng kết công tác năm, biểu dương 120 điển "
                            "hình tiên tiến\n\nNgày 20/8, tại Hà Nội, Bộ Lao động - Thương binh và Xã hội tổ chức hội nghị "
                            "tổng kết trong toàn ngành, tuyên dương 120 điển hình tiên tiến toàn quốc.", cfg, url=url)
    assert national.title.startswith("Bộ Lao động") and _is_national(national)
    own = extract_text(masthead + "Ngành Lao động - Thương binh và Xã hội tỉnh tổng kết năm 2023\n\nNgày 20/8, Sở Lao động - "
                       "Thương binh và Xã hội tổ chức hội nghị tổng kết, khen thưởng 45 tập thể.", cfg, url=url)
    assert own.fields["province"] == "Quảng Ngãi"


def test_a_caption_printed_twice_in_the_lead_is_no_subject(cfg):
    doc = extract_text("Cụm thi đua Bộ CHQS 7 tỉnh, thành phố tổng kết năm 2022\n\n15/11/2022 - 08:30\n\n"
                       "Bộ CHQS tỉnh Sóc Trăng trao cờ cụm trưởng cho Bộ CHQS tỉnh Hậu Giang.\n\n"
                       "Bộ CHQS tỉnh Sóc Trăng trao cờ cụm trưởng cho Bộ CHQS tỉnh Hậu Giang.\n\n"
                       "Ngày 14-11-2022, cụm thi đua Bộ CHQS 7 tỉnh, thành phố thuộc Quân khu 9 tổ chức tổng kết năm 2022.", cfg)
    assert _is_national(doc)
    # (a lead printed twice, the sapo above its own copy, stays the subject)
    lead = ("Sáng 12/10, tại thị xã Ba Đồn, Hội Cựu chiến binh tỉnh Quảng Bình tổ chức trao Kỷ niệm chương của Trung ương "
            "Hội Cựu chiến binh Việt Nam tặng 45 hội viên từng tham gia xây dựng vùng kinh tế mới trên đất Quảng Bình.")
    doc = extract_text(f"Biểu dương cựu chiến binh tiêu biểu\n\n{lead}\n\n{lead}\n\nCác hội viên được tặng giấy khen.", cfg)
    assert not _is_national(doc) and doc.fields.get("province") == "Quảng Bình"



def test_a_ministry_s_pilot_event_in_a_commune_under_a_province_prefix_is_the_province_s(cfg):
    # the headline's "Hà Tĩnh:" is not the venue of a national event: the lead holds it in one of its communes
    text = ("Thời sự Hà Tĩnh: Tổ chức điểm Ngày hội toàn dân bảo vệ an ninh Tổ quốc Hướng tới kỷ niệm 78 năm Ngày "
            "truyền thống lực lượng Công an nhân dân, sáng 17/8, Bộ Công an phối hợp tỉnh Hà Tĩnh tổ chức Ngày hội toàn "
            "dân bảo vệ an ninh Tổ quốc tại xã Cẩm Thịnh, huyện Cẩm Xuyên.\n\n"
            "Dự ngày hội, về phía Trung ương có đồng chí Trần Văn Bình - Thứ trưởng Bộ Công an; đại diện Ủy ban Trung ương "
            "Mặt trận Tổ quốc Việt Nam.\n\n"
            "Toàn tỉnh hiện có 1.250 mô hình tự quản về an ninh trật tự hoạt động hiệu quả.")
    doc = extract_text(text, cfg)
    assert (doc.fields["scope"], doc.fields["province"]) == ("province", "Hà Tĩnh")


_RESCUE = ("Bộ trưởng Bộ Quốc phòng khen thưởng các đơn vị có thành tích trong tìm kiếm cứu nạn\n"
           " Lực lượng cứu hộ tìm kiếm người mất tích tại Quảng Nam. \n\n"
           "Theo đó, 5 tập thể được tặng bằng khen gồm: {units}.\n\n"
           "4 cá nhân được tặng bằng khen gồm: Đại tá Nguyễn Văn An, Chỉ huy trưởng Bộ CHQS tỉnh Quảng Nam; Đại tá Lê Văn "
           "Bình, Chỉ huy trưởng Bộ CHQS tỉnh Kon Tum; Thượng tá Trần Văn Cường, Chính ủy BĐBP tỉnh Quảng Ngãi; Trung tá "
           "Phạm Văn Dũng, Chỉ huy trưởng Ban CHQS huyện Nam Trà My.")


def test_the_units_a_minister_commends_across_provinces_are_honourees_not_the_subject(cfg):
    doc = extract_text(_RESCUE.format(units="Bộ chỉ huy Quân sự các tỉnh: Quảng Nam, Quảng Ngãi, Kon Tum; Đồn Biên phòng Sa "
                                            "Huỳnh (BĐBP tỉnh Quảng Ngãi) và Ban CHQS huyện Nam Trà My (Bộ CHQS tỉnh "
                                            "Quảng Nam)"), cfg)
    assert (doc.fields["scope"], doc.fields.get("province"), doc.fields.get("district")) == ("national", None, None)
    assert ("5", "tập thể") in [(str(f.value), f.unit) for f in doc.facts if f.kind == "awardee_count"]


def test_a_national_paper_s_feature_on_a_district_named_bare_in_its_headline_keeps_the_district(cfg):
    doc = extract_text(
        "Mèo Vạc những ngày cao nguyên đá nở hoa\n\nThứ Hai 12/02/2024 , 09:10 (GMT+7)\n\n"
        "Mèo Vạc vẫn nằm trong số những huyện nghèo nhất cả nước, nhưng ý chí của người dân đang đổi thay vùng cao "
        "từng ngày.\n\nNgười Mông ở Mèo Vạc gọi mùa tam giác mạch là mùa của những phiên chợ. Chính quyền đang chuẩn "
        "bị hồ sơ đề nghị công nhận Di sản văn hóa phi vật thể quốc gia cho nghề dệt lanh.", cfg)
    assert (doc.fields["province"], doc.fields["district"]) == ("Hà Giang", "Mèo Vạc")
    assert doc.fields["scope"] == "district" and doc.fields["place_source"] == "title"


def test_a_province_s_congress_written_as_where_its_honourees_were_named_is_the_province_s(cfg):
    doc = extract_text(
        "Nhiều tập thể, cá nhân được vinh danh tại Đại hội thi đua yêu nước tỉnh Bình Phước lần thứ V\n\n"
        "Cập nhật ngày: 28/09/2020 | 10:15 GMT+7\n\n"
        "Tại Đại hội thi đua yêu nước tỉnh Bình Phước lần thứ V, toàn tỉnh có 18 tập thể và 25 cá nhân tiêu biểu "
        "được tôn vinh với các danh hiệu thi đua cấp Trung ương.", cfg)
    assert doc.fields["province"] == "Bình Phước" and doc.fields["scope"] == "province"


def test_a_national_congress_followed_at_the_province_s_bridge_stays_national(cfg):
    doc = extract_text(
        "Đại hội Thi đua yêu nước Hội Nông dân Việt Nam lần thứ V\n\n"
        "Ngày 22-9, tại Hà Nội, Trung ương Hội Nông dân Việt Nam tổ chức Đại hội Thi đua yêu nước trực tuyến tới "
        "63 điểm cầu, với 900 đại biểu điển hình tiên tiến trong cả nước. Tại điểm cầu tỉnh ta, Ban Thường vụ Hội "
        "Nông dân tỉnh chủ trì.", cfg)
    assert _is_national(doc)


def test_a_bloc_of_central_party_bodies_holding_its_launch_in_the_capital_is_national(cfg):
    doc = extract_text(
        "Phát động thi đua xây dựng cơ quan văn minh\n\n"
        "(Chinhphu.vn) - Sáng 8/10, tại Hà Nội, Khối thi đua các cơ quan Đảng Trung ương tổ chức Lễ phát động phong "
        "trào thi đua xây dựng cơ quan văn minh, hiện đại.", cfg)
    assert _is_national(doc)


def test_the_national_party_academy_holding_its_review_in_the_capital_is_national(cfg):
    doc = extract_text(
        "Hội nghị điển hình tiên tiến giai đoạn 2020 - 2025\n\n"
        "Sáng 20/6, tại Hà Nội, Học viện Chính trị quốc gia Hồ Chí Minh tổ chức Hội nghị điển hình tiên tiến giai "
        "đoạn 2020 - 2025, biểu dương 40 tập thể và 85 cá nhân.", cfg)
    assert _is_national(doc)


def test_a_central_delegation_s_visit_to_a_province_is_the_province_s_story(cfg):
    doc = extract_text(
        "Thăm, chúc Tết lực lượng vũ trang\n\n"
        "Sáng 3/2, Đoàn công tác do đồng chí Nguyễn Văn A, Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh làm "
        "Trưởng đoàn đã đến thăm, chúc Tết cán bộ, chiến sĩ và trao quà cho hộ nghèo tại tỉnh Điện Biên.", cfg)
    assert doc.fields["province"] == "Điện Biên"



def test_a_commune_marking_the_party_s_national_congress_is_the_commune_s_story(cfg):
    doc = extract_text(
        "Cùng hướng về Đại hội đại biểu toàn quốc lần thứ XIV của Đảng\n\n"
        "Tại các thôn ở xã Phong Điền, cờ Đảng, cờ Tổ quốc được treo trang trọng. Sáng 19/1, cán bộ, đảng viên có mặt "
        "ở Hội trường Đảng ủy xã Phong Điền để theo dõi phiên khai mạc Đại hội.", cfg,
        url="https://huengaynay.vn/chinh-tri-xa-hoi/cung-huong-ve-dai-hoi-162046.html")
    assert doc.fields["scope"] != "national" and doc.fields.get("commune") == "Phong Điền"


def test_a_ministry_s_department_organising_a_prize_in_the_capital_is_national(cfg):
    doc = extract_text(
        "Trao giải cuộc thi ảnh “Đất nước đổi mới”\n\n"
        "Tối 12/11, tại Hà Nội, Lễ trao giải cuộc thi ảnh “Đất nước đổi mới” do Vụ Thông tin cơ sở phối hợp với Báo "
        "Ảnh Việt Nam tổ chức đã diễn ra.", cfg)
    assert _is_national(doc)


def test_the_emulation_bloc_of_ministries_meeting_in_a_city_is_national(cfg):
    doc = extract_text(
        "Hội nghị tổng kết thi đua năm 2023\n\n"
        "Ngày 14/12, tại Đà Nẵng, Khối thi đua các Bộ, ngành Kinh tế tổng hợp tổ chức Hội nghị tổng kết công tác thi "
        "đua năm 2023.Tham dự có đồng chí Phạm Văn Hòa, Phó Trưởng Ban Thi đua - Khen thưởng Trung ương.", cfg)
    assert _is_national(doc)


def test_a_prize_winner_s_home_and_the_guests_places_leave_a_national_prize_national(cfg):
    doc = extract_text(
        "Trao giải cuộc thi viết về người tốt\n\n"
        "Tối 20/5, tại Hà Nội, Ban tổ chức đã trao 3 giải A, 5 giải B cho các tác giả đoạt giải cuộc thi viết “Những "
        "con người bình dị”.\n\n"
        "Đồng chí Lê Văn Bình, Ủy viên Bộ Chính trị, Trưởng Ban Dân vận Trung ương đã tới dự cùng đại diện các bộ, "
        "ngành Trung ương, Hà Nội. Giải A được trao cho tác giả Nguyễn Thị Lan (huyện Krông Pắc, tỉnh Đắk Lắk). Phát "
        "biểu tại buổi lễ, Trưởng Ban Dân vận Trung ương Lê Văn Bình biểu dương các tác giả.", cfg)
    assert _is_national(doc)


def test_a_district_written_with_o_beside_an_office_address_stays_the_subject(cfg):
    # (the article's own district, written with "ở" and followed by an office's street address, stays the subject)
    doc = extract_text(
        "Những người có uy tín ở vùng cao\n\n"
        "Nhân ngày hội Đại đoàn kết, phóng viên thường trú khu vực Tây Bắc có bài viết về những người có uy tín ở "
        "huyện vùng cao Mù Cang Chải, tỉnh Yên Bái.\n\nĐịa chỉ: 58 Bà Triệu, Hà Nội", cfg)
    assert doc.fields.get("district") == "Mù Cang Chải"


def test_a_drive_held_in_provinces_written_with_a_slash_is_national(cfg):
    doc = extract_text(
        "Khai mạc Hành trình Đỏ năm 2024\n\n"
        "Sáng 12/6, Hành trình Đỏ lần thứ 12 đã khai mạc tại Nhà văn hóa Thanh niên TP.Hồ Chí Minh.\n\n"
        "Năm nay, chương trình được tổ chức tại 42 tỉnh/thành phố, dự kiến tiếp nhận 80.000 đơn vị máu.", cfg)
    assert _is_national(doc)


def test_a_minister_named_by_the_ministry_s_field_directing_the_army_is_national(cfg):
    doc = extract_text(
        "Lực lượng vũ trang sẵn sàng ứng phó bão lũ\n\n"
        "Bộ trưởng Công an đã chỉ đạo các đơn vị bố trí lực lượng, phương tiện hỗ trợ người dân vùng lũ.\n\n"
        "Trao đổi với phóng viên, Thứ trưởng cho biết tại tỉnh Quảng Bình, Công an tỉnh đã sơ tán 3.000 hộ dân.", cfg)
    assert _is_national(doc)


def test_an_address_in_a_photo_caption_run_into_an_editorial_is_no_subject(cfg):
    doc = extract_text("HỌC TẬP VÀ LÀM THEO LỜI BÁC VỀ TIẾT KIỆM\n\nCách đây hơn 70 năm, Chủ tịch Hồ Chí Minh đã viết nhiều "
                       "bài báo kêu gọi đồng bào thực hành tiết kiệm, chống lãng phí. Những lời dạy ấy đến nay vẫn còn "
                       "nguyên giá trị.\n\nNông dân thu hoạch lúa tại xã Quảng Phú, huyện Quảng Điền, Thừa Thiên - Huế. "
                       "Ảnh: TTXVN. Thực hành tiết kiệm phải trở thành việc làm thường xuyên của mỗi cán bộ, đảng viên, "
                       "từ việc sử dụng tài sản công đến việc tổ chức hội họp, lễ hội, sao cho mỗi đồng vốn của Nhà nước và "
                       "của nhân dân đều được dùng đúng chỗ, đem lại lợi ích thiết thực.",
                       cfg)
    assert doc.fields.get("province", "") == "" and doc.fields.get("district", "") == ""


def test_a_headline_s_place_after_o_is_its_subject_not_a_venue(cfg):
    doc = extract_text("Hướng đi nào cho nghề nuôi tôm ở Bạc Liêu\n\nGiá tôm đã nhích lên nhưng khó nói là bền vững. Bài học "
                       "sau những vụ mất mùa do dịch bệnh, thời tiết thất thường và quy luật cung - cầu là điều người nuôi "
                       "và ngành chức năng cần xem xét để tìm hướng đi lâu dài cho con tôm.\n\nTheo Sở NN&PTNT Bạc Liêu, "
                       "diện tích nuôi tôm chủ yếu nằm trên địa bàn các huyện: Hòa Bình, Đông Hải, Phước Long. “Thời tiết "
                       "vùng đồng bằng sông Cửu Long năm nay diễn biến thất thường” - một kỹ sư cho biết.", cfg)
    assert doc.fields.get("province") == "Bạc Liêu"


def test_a_ministry_handing_over_at_a_district_venue_is_national(cfg):
    doc = extract_text("Đưa máy tính về trường vùng khó khăn\n\nBộ Giáo dục và Đào tạo cho biết, ngày 5/9, tại Mường Tè - "
                       "Lai Châu, Bộ Giáo dục và Đào tạo sẽ bàn giao 500 bộ máy tính cho các trường học vùng sâu, vùng xa.",
                       cfg)
    assert doc.fields.get("province", "") == ""


def test_a_headline_s_place_after_o_under_a_central_actor_is_the_honourees_home(cfg):
    doc = extract_text("Thủ tướng tặng bằng khen cho ba ngư dân ở Quảng Ngãi\n\nThủ tướng Chính phủ vừa ký quyết định tặng "
                       "Bằng khen cho ba ngư dân đã dũng cảm cứu sống 12 thuyền viên gặp nạn trên biển trong cơn bão số 9 "
                       "vừa qua.", cfg)
    assert doc.fields.get("province", "") == ""


def test_a_host_province_listed_after_a_central_partner_written_with_dots_is_a_partner(cfg):
    doc = extract_text("Mít-tinh hưởng ứng Ngày Nước thế giới\n\nSáng 22-3, tại Quảng trường Nguyễn Tất Thành (TP Pleiku), Bộ "
                       "Nông nghiệp và PTNT phối hợp Ủy ban T.Ư MTTQ Việt Nam, UBND tỉnh Gia Lai tổ chức Lễ mít-tinh hưởng "
                       "ứng Ngày Nước thế giới năm 2014.", cfg)
    assert doc.fields.get("province", "") == ""
