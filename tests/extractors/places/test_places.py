"""Where (old system): unit-type spellings, committees, shared names, and the main district."""

import pytest

from tests.conftest import extract_text, facts_of

LEAD = "đã xây dựng được nhiều mô hình “Dân vận khéo” trên các lĩnh vực kinh tế, văn hóa - xã hội, quốc phòng - an ninh."


@pytest.mark.parametrize("written, district, typ, province", [
    ("huyện Thạnh Phú", "Thạnh Phú", "huyện", "Bến Tre"),
    ("H. Ba Tri", "Ba Tri", "huyện", "Bến Tre"),
    ("thị xã Long Mỹ", "Long Mỹ", "thị xã", "Hậu Giang"),
    ("TX. Long Mỹ", "Long Mỹ", "thị xã", "Hậu Giang"),
    ("TP. Tam Kỳ", "Tam Kỳ", "thành phố", "Quảng Nam"),
    ("Thành ủy Tam Kỳ", "Tam Kỳ", "thành phố", "Quảng Nam"),
    ("thành phố Thủ Đức", "Thủ Đức", "thành phố", "Hồ Chí Minh"),
    ("quận 3", "Quận 3", "quận", "Hồ Chí Minh"),  # numbered units keep their type word, as the package names them
    ("Huyện ủy Thạch Hà", "Thạch Hà", "huyện", "Hà Tĩnh"),
    ("huyện Đăk Tô", "Đắk Tô", "huyện", "Kon Tum"),
    ("huyện Đất Đỏ", "Đất Đỏ", "huyện", "Bà Rịa - Vũng Tàu"),
    # the kind capitalised mid-sentence, as portals write their own units ("Tỉnh Gia …" is no district of a list)
    ("UBND Huyện Chư Prông, Tỉnh Gia Lai", "Chư Prông", "huyện", "Gia Lai"),
    # an apostrophe inside a syllable, written where the official name has none, or left out where it has one
    ("huyện Đắk G’Long", "Đăk Glong", "huyện", "Đắk Nông"),
    ("huyện Đắk Rlấp", "Đắk R'Lấp", "huyện", "Đắk Nông"),
])
def test_unit_type_spellings(cfg, written, district, typ, province):
    doc = extract_text(f"Tổng kết công tác dân vận\n\n12/12/2022 - 08:00\n\nNăm 2022, {written} {LEAD}", cfg)
    assert (doc.fields.get("district"), doc.fields.get("district_type"), doc.fields.get("province")) == (district, typ, province)


@pytest.mark.parametrize("written, province", [
    ("TP Hồ Chi Minh", "Hồ Chí Minh"),  # a tone left off a city written with its type
    ("tỉnh Quang Ngai", "Quảng Ngãi"),
    ("thành phố Vĩnh", None),  # a tone of its own is no dropped accent: no city of that name
])
def test_a_province_written_with_its_type_and_accents_left_off(cfg, written, province):
    doc = extract_text(f"Kỷ niệm 20 năm thành lập\n\n12/12/2022 - 08:00\n\nSáng 29/5, tại {written}, Công ty Cổ phần "
                       "Dịch vụ Kỹ thuật tổ chức lễ kỷ niệm 20 năm thành lập.", cfg)
    assert doc.fields.get("province") == province


def test_a_bare_name_in_the_headline(cfg):
    doc = extract_text(f"Thoại Sơn: Phát huy phong trào thi đua “Dân vận khéo”\n\n14/10/2020 - 16:48\n\nNăm 2020, toàn huyện {LEAD}", cfg)
    assert (doc.fields["district"], doc.fields["province"]) == ("Thoại Sơn", "An Giang")


@pytest.mark.parametrize("text, province", [
    ("Ban Dân vận Huyện ủy Châu Thành (tỉnh An Giang) tổng kết. Huyện Châu Thành " + LEAD, "An Giang"),
    ("Xã Vĩnh Hòa Hiệp – Châu Thành biểu dương các điển hình. Toàn xã Vĩnh Hòa Hiệp " + LEAD, "Kiên Giang"),
    ("BDK - Huyện Châu Thành " + LEAD, "Bến Tre"),
    ("(HG) - Huyện Châu Thành " + LEAD, "Hậu Giang"),
])
def test_a_shared_name_is_resolved_by_province_commune_or_outlet(cfg, text, province):
    doc = extract_text(f"Hội nghị tổng kết\n\n11/02/2020 - 08:44\n\n{text}", cfg)
    assert (doc.fields.get("district"), doc.fields.get("province")) == ("Châu Thành", province)


def test_the_outlet_url_gives_the_province(cfg):
    doc = extract_text(f"Châu Thành: Thực hiện 342 mô hình\n\n24/10/2019 - 07:44\n\nHuyện Châu Thành {LEAD}", cfg,
                       url="https://baoangiang.com.vn/chau-thanh-thuc-hien-342-mo-hinh-dan-van-kheo--a256929.html")
    assert doc.fields["province"] == "An Giang"


def test_a_district_portal_names_its_district(cfg):
    doc = extract_text(f"Phát động đăng ký mô hình năm 2020\n\nBan Dân vận Huyện ủy {LEAD}", cfg,
                       url="http://thoibinh.camau.dcs.vn/ban-dan-van-huyen-uy-thoi-binh-phat-dong.797")
    assert (doc.fields.get("district"), doc.fields.get("province")) == ("Thới Bình", "Cà Mau")


def test_a_province_wide_article_has_no_district(cfg):
    text = ("Sôi nổi phong trào thi đua “Dân vận khéo”\n\n20/12/2021 - 10:00\n\n"
            "BR-VT - Năm 2021, toàn tỉnh có 2.071 mô hình, điển hình “Dân vận khéo” được đăng ký xây dựng. "
            "Trong đó, huyện Châu Đức có 300 mô hình, huyện Xuyên Mộc có 280 mô hình, thị xã Phú Mỹ có 250 mô hình.")
    doc = extract_text(text, cfg)
    assert doc.fields.get("district", "") == ""
    assert doc.fields["province"] == "Bà Rịa - Vũng Tàu"


def test_the_main_district_dominates_a_neighbour_named_once(cfg):
    text = ("Dân vận khéo chung sức xây dựng quê hương\n\n15/08/2024 - 07:00\n\n"
            "Phong trào thi đua “Dân vận khéo” của huyện Châu Đức đã đạt nhiều kết quả thiết thực. "
            "Hội Nông dân xã Cù Bị tổ chức cho người dân tham quan mô hình nuôi lươn ở huyện Xuyên Mộc. "
            "Đến nay, mô hình được nhân rộng ra các xã Kim Long, Láng Lớn của huyện Châu Đức.")
    doc = extract_text(text, cfg)
    assert doc.fields["district"] == "Châu Đức"


def test_every_mention_becomes_a_district_fact_with_its_type(cfg):
    doc = extract_text(f"Thạch Hà đẩy mạnh phong trào\n\n23/12/2022 - 22:19\n\nHuyện ủy Thạch Hà chỉ đạo; huyện Thạch Hà {LEAD}", cfg)
    facts = [(f.value, f.unit, f.extractor) for f in doc.facts if f.kind == "district"]
    assert facts.count(("Thạch Hà", "huyện", "gazetteer")) == 3
    assert all(doc.text[f.start:f.end] in f.evidence for f in doc.facts)


def test_province_2025_is_filled_for_legacy_articles(cfg):
    doc = extract_text(f"Ba Tri thi đua\n\n26/09/2022 - 10:49\n\nBDK - Huyện Ba Tri {LEAD}", cfg)
    assert (doc.fields["province"], doc.fields["province_2025"]) == ("Bến Tre", "Vĩnh Long")
    assert (doc.fields["district_code"], doc.fields["province_code"]) == ("836", "83")
    assert facts_of(doc, "district") == ["Ba Tri", "Ba Tri"]  # the headline and the lead


def test_a_district_written_without_its_accent_gets_its_official_name(cfg):
    doc = extract_text("Chư Pah: Gặp mặt người có uy tín tiêu biểu\n\n"
                       "Sáng 12-3, UBND huyện Chư Pah tổ chức gặp mặt, biểu dương 40 người có uy tín tiêu biểu.", cfg)
    assert doc.fields["district"] == "Chư Păh" and doc.fields["province"] == "Gia Lai"


def test_a_comparison_with_the_country_is_no_national_scope(cfg):
    doc = extract_text("Là một trong những huyện nghèo của cả nước, huyện Trạm Tấu đã xây dựng 35 mô hình “Dân vận "
                       "khéo”.\n\nThêm vào đó, một số phong tục, tập quán không còn phù hợp.", cfg)
    assert doc.fields["district"] == "Trạm Tấu" and doc.fields["scope"] == "district"


def test_a_leader_s_full_name_is_not_the_district_it_ends_with(cfg):
    doc = extract_text("Phó Bí thư Thường trực Tỉnh ủy Bùi Thanh Hà tặng hoa cho các tập thể điển hình\n\n"
                       "Đến dự có các ông: Bùi Thanh Hà, Phó Bí thư Thường trực Tỉnh ủy.", cfg)
    assert doc.fields.get("district", "") in ("", None)


def test_a_company_named_after_a_place_is_not_that_place(cfg):
    doc = extract_text("63 nông dân xuất sắc sẽ được tôn vinh\n\n"
                       "Trung ương Hội Nông dân Việt Nam, Đài Truyền hình Việt Nam và Cty CP Phân bón Bình Điền là các "
                       "đơn vị tổ chức chương trình tôn vinh nông dân xuất sắc toàn quốc.", cfg)
    assert not [m for m in doc.mentions if m.surface == "Bình Điền"]


def test_a_district_whose_type_was_raised_since_is_found_in_its_province(cfg):
    # huyện Phong Điền (Thừa Thiên Huế) is a thị xã now; a 2016 article still writes "huyện", and the only
    # huyện Phong Điền left is Cần Thơ's
    doc = extract_text("Phong Điền tuyên dương 120 gia đình văn hóa tiêu biểu\n\n27/07/2016 - 08:10\n\n"
                       "Ngày 26/7, UBND huyện Phong Điền (tỉnh Thừa Thiên Huế) tổ chức hội nghị tuyên dương.", cfg)
    assert doc.fields["district"] == "Phong Điền" and doc.fields["province"] == "Thừa Thiên Huế"


def test_a_wire_story_s_filing_city_is_not_its_subject(cfg):
    doc = extract_text("Vai trò công tác dân vận trong 90 năm qua\n\n"
                       "Hà Nội (TTXVN 14/10) 90 năm qua, nhờ làm tốt công tác dân vận, toàn dân đã tích cực tham gia "
                       "các phong trào thi đua yêu nước.", cfg)
    assert not doc.fields.get("province")
    assert not [m for m in doc.mentions if m.surface == "Hà Nội"]


def test_a_provincial_department_s_event_in_the_capital_gives_no_district(cfg):
    doc = extract_text("Gia Lai tôn vinh người có uy tín\n\n03/12/2022 - 09:00\n\n"
                       "Sáng ngày 2/12, tại thành phố Pleiku, Ban Dân tộc tỉnh Gia Lai tổ chức Hội nghị biểu dương "
                       "người có uy tín trên địa bàn tỉnh với sự tham dự của 120 người có uy tín.", cfg)
    assert doc.fields["province"] == "Gia Lai" and not doc.fields.get("district")
    assert not [f for f in doc.facts if f.kind == "awardee_count"]


@pytest.mark.parametrize("sentence", [
    # a department whose name holds commas acts in the capital
    "Sáng ngày 5/7, tại TP Tuy Hòa, Sở Văn hóa, Thể thao và Du lịch tỉnh Phú Yên tổ chức tuyên dương 80 gia đình văn hóa tiêu biểu.",
    # the event takes place in the capital, no actor of the city's
    "Chiều nay (27/7), tại TP Đồng Hới (Quảng Bình) diễn ra lễ trao tặng danh hiệu Bà mẹ Việt Nam Anh hùng cho 35 mẹ.",
])
def test_the_capital_as_the_venue_of_a_provincial_event_gives_no_district(cfg, sentence):
    doc = extract_text(f"{sentence}\n\nBuổi lễ có sự tham dự của lãnh đạo tỉnh và đông đảo nhân dân.", cfg)
    assert doc.fields["province"] in ("Phú Yên", "Quảng Bình") and not doc.fields.get("district")


def test_a_district_named_once_in_the_body_of_a_provincial_essay_is_in_passing(cfg):
    doc = extract_text("70 năm Đảng bộ và Nhân dân Hưng Yên làm theo lời Bác\n\n"
                       "Hưng Yên là vùng đất giàu truyền thống cách mạng, quê hương của nhiều anh hùng, liệt sĩ.\n\n"
                       "Ngay từ những năm đầu, phong trào đấu tranh đã nổ ra ở nhiều nơi trong tỉnh, tiêu biểu là cuộc "
                       "biểu tình của nông dân huyện Khoái Châu năm 1930. "
                       "Ngày nay, tỉnh tiếp tục đẩy mạnh các phong trào thi đua yêu nước.", cfg)
    assert doc.fields["province"] == "Hưng Yên" and not doc.fields.get("district")


def test_a_bare_headline_name_that_is_a_district_only_elsewhere_is_a_hamlet(cfg):
    doc = extract_text("Thanh Bình đổi thay\n\nNằm ven đồi cát, thôn Thanh Bình (xã Cảnh Dương, huyện Quảng Trạch, "
                       "tỉnh Quảng Bình) hôm nay đã khoác lên mình diện mạo mới. Nhân dân xã Cảnh Dương đồng lòng "
                       "xây dựng nông thôn mới.", cfg)
    assert (doc.fields["province"], doc.fields.get("district")) == ("Quảng Bình", "Quảng Trạch")


def test_honourees_home_districts_do_not_make_a_provincial_story_a_district_one(cfg):
    doc = extract_text("Bình Định: 3 cá nhân được biểu dương cán bộ Mặt trận tiêu biểu toàn quốc\n\n"
                       "Ủy ban Trung ương MTTQ Việt Nam vừa biểu dương 300 cán bộ Mặt trận tiêu biểu.\n\n"
                       "Bình Định có 3 cá nhân được tuyên dương, gồm: bà Trần Thị Lan, Chủ tịch Ủy ban MTTQ Việt Nam xã "
                       "Cát Hanh, huyện Phù Cát; ông Lê Văn Tư, Trưởng ban Công tác Mặt trận thôn Háo Đức, huyện Phù Cát "
                       "và bà Đỗ Thị Mai, Trưởng ban Công tác Mặt trận khu phố 2, thị xã An Nhơn.", cfg)
    assert doc.fields["province"] == "Bình Định" and not doc.fields.get("district")


@pytest.mark.parametrize("written, district, province", [
    ("Thành đoàn Sơn La", "Sơn La", "Sơn La"),  # the city's Youth Union, not the province's
    ("Huyện đoàn Mường La", "Mường La", "Sơn La"),
])
def test_a_youth_union_names_its_unit_as_a_party_committee_does(cfg, written, district, province):
    doc = extract_text(f"Tuyên dương thanh niên tiên tiến\n\nNgày 26/3, {written} tổ chức tuyên dương 25 thanh niên "
                       "tiên tiến làm theo lời Bác.", cfg)
    assert (doc.fields["province"], doc.fields.get("district")) == (province, district)


def test_the_first_unit_of_a_national_review_is_an_example_not_the_subject(cfg):
    doc = extract_text("Đại hội đại biểu các dân tộc thiểu số toàn quốc lần thứ III\n\nSáng 12-3, Ban chỉ đạo đại hội cho biết, "
                       "sau 6 tháng, 420 huyện và 48 tỉnh trên địa bàn cả nước đã tổ chức xong đại hội. Trong đó, huyện "
                       "tổ chức sớm nhất là Mường Khương (Lào Cai), tỉnh tổ chức sớm nhất là Hà Giang.", cfg)
    assert doc.fields.get("province", "") == "" and doc.fields["scope"] == "national"


def test_a_district_named_only_as_the_venue_of_a_provincial_event_is_not_the_unit(cfg):
    doc = extract_text("Hậu Giang tuyên dương 30 thanh niên tiêu biểu\n\nChiều 19/5, Tỉnh đoàn Hậu Giang đã tổ chức lễ "
                       "báo công dâng Bác, tuyên dương 30 thanh niên tiêu biểu tại Khu di tích lịch sử ở xã Vị Thủy "
                       "(huyện Vị Thủy).", cfg)
    assert doc.fields["province"] == "Hậu Giang" and not doc.fields.get("district")


def test_a_commune_event_a_provincial_leader_attends_keeps_its_commune(cfg):
    doc = extract_text("Ngày hội Đại đoàn kết ở thôn Nà Pàn\n\nNgày 14/11/2025, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban "
                       "Tuyên giáo Tỉnh ủy Cao Bằng dự ngày hội đại đoàn kết toàn dân tộc tại khu dân cư thôn Nà Pàn, "
                       "xã Hòa An.", cfg)
    assert doc.fields.get("commune") == "Hòa An"


def test_a_place_in_an_anniversary_s_name_is_history(cfg):
    doc = extract_text("Các cấp Hội tuyên truyền các ngày lễ lớn: 70 năm Chiến thắng Điện Biên Phủ (7/5/1954 - 7/5/2024); "
                       "64 năm ngày Bến Tre Đồng khởi (17/01/1960). Hội viên các cấp đã thăm hỏi 320 hội viên.", cfg)
    assert doc.fields.get("province", "") == "" and not doc.fields.get("district")


def test_a_provincial_delegation_s_visit_to_a_relic_in_a_district_is_provincial(cfg):
    doc = extract_text("Sáng 4/10, Đoàn đại biểu Đại hội Hội LHTN Việt Nam tỉnh Cao Bằng tổ chức dâng hương tưởng niệm "
                       "Chủ tịch Hồ Chí Minh tại Khu di tích Pác Bó (xã Trường Hà, huyện Hà Quảng, tỉnh Cao Bằng). "
                       "Tuổi trẻ các dân tộc kính cẩn tưởng nhớ công lao to lớn của Bác.", cfg)
    assert doc.fields["province"] == "Cao Bằng" and not doc.fields.get("district")


def test_a_district_portal_s_page_on_its_province_s_own_event_has_no_district(cfg):
    doc = extract_text("Hội nghị tổng kết công tác thi đua, khen thưởng năm 2019\n\n( 20-03-2020 08:15:00 )\n\nNgày 19/3, "
                       "đồng chí Hoàng Văn Chất, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, Chủ tịch Hội đồng Thi đua - Khen "
                       "thưởng tỉnh đã chủ trì Hội nghị tổng kết công tác thi đua, khen thưởng năm 2019; triển khai nhiệm "
                       "vụ năm 2020.\n\nĐồng chí Chủ tịch UBND tỉnh trao Huân chương Lao động hạng Ba cho các cá nhân."
                       "\n\nCùng dự có lãnh đạo các ban Đảng, đoàn thể của tỉnh; Thường trực các huyện ủy, thành ủy trực "
                       "thuộc Tỉnh ủy.", cfg, url="http://thuanchau.sonla.gov.vn/tin-bai/tin-trong-tinh/hoi-nghi/17-13")
    assert doc.fields["province"] == "Sơn La" and not doc.fields.get("district")


def test_a_headline_that_names_several_communes_keeps_none(cfg):
    doc = extract_text("Ngày 7-11, Đảng ủy các xã Tân Nhựt, Bình Lợi, Hưng Long, Tân Vĩnh Lộc trao Huy hiệu Đảng cho đảng "
                       "viên\n\nĐảng ủy xã Tân Nhựt tổ chức lễ trao tặng Huy hiệu Đảng đợt ngày 7-11/2025. Xã Tân Nhựt có "
                       "8 đảng viên được trao tặng Huy hiệu Đảng.", cfg)
    assert doc.fields["province"] == "Hồ Chí Minh" and not doc.fields.get("commune")


def test_a_new_unit_s_first_congress_of_the_2025_2030_term_points_to_the_new_system(cfg):
    from extractors.places.era import decide_era
    from pipeline.read.text import read_text

    doc = read_text("Đại hội đại biểu Đảng bộ lần thứ I, nhiệm kỳ 2025-2030 đã bế mạc. Dự có đại diện Huyện ủy cũ.",
                    "a.txt", cfg)
    assert decide_era(doc, [], None) == "2025"


@pytest.mark.parametrize("text, province", [
    # undated, the city named as the province it has been since 1 January 2025, no earlier year written
    ("Hội Nông dân thành phố Huế tuyên dương nông dân giỏi\n\nHội Nông dân thành phố Huế vừa tuyên dương 45 hội viên "
     "nông dân sản xuất, kinh doanh giỏi; lãnh đạo Thành ủy, UBND thành phố và các xã, phường đến dự.", "Huế"),
    # the old name written, or an earlier year: the province as it was
    ("Hội Nông dân tỉnh Thừa Thiên Huế tuyên dương nông dân giỏi\n\nHội Nông dân tỉnh Thừa Thiên Huế vừa tuyên dương "
     "45 hội viên nông dân sản xuất, kinh doanh giỏi.", "Thừa Thiên Huế"),
    ("Hội Nông dân thành phố Huế tuyên dương nông dân giỏi\n\nNăm 2019, Hội Nông dân thành phố Huế tuyên dương 45 hội "
     "viên nông dân sản xuất, kinh doanh giỏi.", "Thừa Thiên Huế"),
    # the old name with a ward that still exists: the old name decides
    ("Khánh thành nhà văn hóa ở phường Vỹ Dạ\n\nCác sở, ngành của tỉnh Thừa Thiên Huế cùng UBND phường Vỹ Dạ (TP. Huế) "
     "vừa khánh thành nhà văn hóa tổ dân phố 5, phường Vỹ Dạ.", "Thừa Thiên Huế"),
])
def test_an_undated_article_names_hue_as_it_was_when_written(cfg, text, province):
    assert extract_text(text, cfg).fields["province"] == province


def test_a_title_case_headline_names_its_commune_before_the_verb(cfg):
    doc = extract_text(
        "Ea Tul Tổng Kết Phong Trào Thi Đua Năm 2019\n\n15/12/2019 08:30\n\nSáng nay, hội nghị tổng kết phong trào "
        "thi đua năm 2019 đã diễn ra với sự tham dự của các đồng chí lãnh đạo.", cfg)
    assert doc.fields["district"] == "Cư M'gar" and doc.fields["province"] == "Đắk Lắk"


def test_a_district_named_once_in_an_excerpt_that_speaks_of_the_whole_district(cfg):
    doc = extract_text("Đặc biệt, cấp ủy, chính quyền các cấp đã quan tâm lãnh đạo,\nchỉ đạo, triển khai thực hiện nghiêm túc "
                       "phong trào thi đua \"Dân vận khéo\".\nBám sát cơ sở, gần gũi với nhân dân là phương châm trong công "
                       "tác vận\nđộng quần chúng ở Bảo Lạc. Dưới sự chỉ đạo của Huyện ủy, các đoàn thể tích cực vận động "
                       "quần chúng. Nhờ đó, toàn huyện đã xây dựng được 85 mô hình dân vận khéo.", cfg)
    assert (doc.fields.get("district"), doc.fields.get("province")) == ("Bảo Lạc", "Cao Bằng")


def test_a_workplaces_address_in_brackets_is_not_the_articles_district(cfg):
    doc = extract_text("Công nhân giỏi được tuyên dương\n(BĐ) - Chiều 22.12, Liên đoàn Lao động tỉnh Bình Định tổ chức tuyên "
                       "dương 50 công nhân giỏi năm 2023. Kết quả, anh Trần Văn Bình, công nhân Công ty CP Gỗ Đức Thành (TP "
                       "Quy Nhơn) được tặng Bằng khen.", cfg)
    assert (doc.fields.get("province"), doc.fields.get("district")) == ("Bình Định", None)


def test_an_excerpt_s_address_names_the_district_its_lost_headline_named(cfg):
    text = ("Thực hiện Kế hoạch số 12-KH/TU ngày 03/3/2021 của Ban Thường vụ Tỉnh ủy về đẩy mạnh phong trào thi đua "
            "“Dân vận khéo” trên địa bàn tỉnh Quảng Nam, giai đoạn 2021-2025.\n"
            "Ngày 15/4/2024, Ban Dân vận Tỉnh ủy đề nghị các cơ quan, đơn vị, địa phương giới thiệu những cách làm hay "
            "phục vụ công tác tuyên truyền.\n"
            "Qua rà soát, trên địa bàn huyện Duy Xuyên đã có nhiều mô hình hay cần nhân rộng. Mô hình “Con đường hoa” ở "
            "thôn Trà Kiệu Tây do chi hội phụ nữ đảm nhận, mỗi tháng ra quân dọn vệ sinh hai lần.")
    url = "https://baoquangnam.vn/nhung-mo-hinh-dan-van-kheo-o-huyen-duy-xuyen-3051234.html"
    assert extract_text(text, cfg, url=url).fields.get("district") == "Duy Xuyên"
    assert extract_text(text, cfg).fields.get("district") is None  # without it, one district in the body is an example


def test_the_first_commune_of_the_province_to_reach_a_standard_is_a_comparison_not_the_scope(cfg):
    text = ("Ban chỉ đạo huyện đã chọn 3 xã Thiên Lộc, Thuần Thiện và Vượng Lộc làm điểm xây dựng nông thôn mới. "
            "Kết quả xã Thiên Lộc được UBND tỉnh Hà Tĩnh công nhận đạt chuẩn năm 2014, là xã đầu tiên của tỉnh Hà Tĩnh "
            "về đích; hai xã còn lại đạt chuẩn năm 2015. Từ kết quả đó, Ban chỉ đạo đã rút kinh nghiệm trên địa bàn "
            "toàn huyện.")
    assert extract_text(text, cfg).fields.get("district") == "Can Lộc"


def test_an_undated_excerpt_whose_latest_date_is_old_is_read_in_the_old_system(cfg):
    text = ("Phong trào xây dựng khu dân cư tự quản đã góp phần giữ gìn an ninh trật tự. Tuy vậy, công tác tuyên truyền "
            "trên địa bàn huyện vẫn còn hạn chế.\n"
            "Từ ngày 14 đến 18-10-2013, các xã: Bình Phan, Bình Phục Nhứt, Hòa Tịnh, Song Bình và xã Mỹ Tịnh An đã tổ "
            "chức hội nghị biểu dương các khu dân cư tiêu biểu.")
    doc = extract_text(text, cfg)
    assert (doc.fields.get("province"), doc.fields.get("district")) == ("Tiền Giang", "Chợ Gạo")


def test_a_pass_named_after_a_city_is_not_the_city(cfg):
    doc = extract_text("Trao bằng khen cho lực lượng cứu hộ vụ sạt lở đèo Prenn\n\nChủ tịch UBND tỉnh Lâm Đồng vừa ký "
                       "quyết định tặng bằng khen cho các tập thể, cá nhân có thành tích trong cứu hộ vụ sạt lở đèo Bảo "
                       "Lộc và đèo Prenn.", cfg)
    assert (doc.fields.get("province"), doc.fields.get("district")) == ("Lâm Đồng", None)


def test_the_whole_district_in_an_undated_excerpt_is_the_old_system(cfg):
    text = ("Phong trào thi đua dân vận khéo được triển khai sâu rộng. Qua 5 năm, toàn huyện đã xây dựng nhiều mô hình; "
            "nổi bật là cánh đồng lớn tại xã Phước Hậu với 40 hộ tham gia.")
    doc = extract_text(text, cfg, url="https://baoninhthuan.com.vn/news/123p25c151/dan-van-kheo.htm")
    assert (doc.fields.get("province"), doc.fields.get("district")) == ("Ninh Thuận", "Ninh Phước")


def test_a_commune_written_with_its_district_of_the_time_keeps_that_district(cfg):
    # Nghi Thái joined the city of Vinh in 2025; the text names the district it was in when written
    doc = extract_text("Đón nhận Huân chương\n\nNgày 20.3, xã Nghi Thái (huyện Nghi Lộc) đã tổ chức lễ kỷ niệm 60 năm "
                       "thành lập xã và đón nhận Huân chương Lao động hạng Nhì. Xã Nghi Thái đạt chuẩn nông thôn mới năm "
                       "2015.", cfg)
    assert (doc.fields.get("province"), doc.fields.get("district")) == ("Nghệ An", "Nghi Lộc")


def test_one_item_of_a_province_s_news_in_brief_gives_no_district(cfg):
    doc = extract_text("Bản tin tổng hợp\n\n+ Trong quý I, tỉnh Long An xảy ra 120 vụ tai nạn giao thông, giảm 10 vụ so "
                       "cùng kỳ. + Trong năm 2022, Long An có 8.100 hộ đạt danh hiệu nông dân sản xuất kinh doanh giỏi các "
                       "cấp. + Trong quý 1/2023, tại huyện Cần Giuộc xảy ra 12 vụ phạm pháp hình sự. + Sở Y tế Long An "
                       "triển khai tiêm chủng mở rộng trong toàn tỉnh.", cfg)
    assert (doc.fields.get("province"), doc.fields.get("district")) == ("Long An", None)


def test_a_province_named_in_a_document_the_article_carries_out_does_not_make_it_provincial(cfg):
    doc = extract_text("Thực hiện Kế hoạch số 25/KH-MTTQ ngày 10/3/2019 của Ban Thường trực Ủy ban MTTQ tỉnh Sóc Trăng về xây "
                       "dựng mô hình điểm, MTTQ các cấp đã triển khai nhiều mô hình thiết thực.\n\nNăm 2020, Ủy ban MTTQ tỉnh "
                       "đề nghị các địa phương rà soát, đánh giá các mô hình đã xây dựng.\n\nMTTQ các cấp của huyện Mỹ Tú đã "
                       "xây dựng được 12 mô hình, trong đó có nhiều mô hình tự quản về an ninh trật tự.", cfg)
    assert (doc.fields.get("province"), doc.fields.get("district")) == ("Sóc Trăng", "Mỹ Tú")


@pytest.mark.parametrize("written", ["Đakrông", "Đa Krông"])
def test_a_district_the_package_spells_otherwise_gets_its_official_name(cfg, written):
    doc = extract_text(f"Tổng kết phong trào\n\n12/12/2019 - 08:00\n\nHuyện {written} tổ chức tổng kết phong trào thi đua.", cfg)
    assert doc.fields.get("district") == "Đakrông"


def test_a_commune_written_with_its_district_in_brackets_is_the_old_system(cfg):
    doc = extract_text("(QBĐT) - Từ đường Hồ Chí Minh, theo con đường mới mở lên bản Cà Roòng, xã Thượng Trạch (Bố Trạch) chỉ "
                       "mất hơn một giờ. Già làng Hồ Thoòng cho biết cả bản đã đổi thay nhờ phong trào xây dựng nông thôn mới.",
                       cfg)
    assert (doc.fields["era"], doc.fields.get("province"), doc.fields.get("district")) == ("legacy", "Quảng Bình", "Bố Trạch")


def test_a_hospital_named_after_a_place_is_not_the_place(cfg):
    doc = extract_text("Tổng kết hoạt động công đoàn ngành Y tế năm 2016\n\nTại Hội nghị, các đại biểu được nghe báo cáo sơ kết "
                       "của Công đoàn Y tế Việt Nam; các tham luận của Công đoàn cơ sở Bệnh viện Bạch Mai trong đổi mới phong "
                       "cách, thái độ phục vụ người bệnh.", cfg)
    assert doc.fields.get("province") is None


def test_a_head_that_lists_five_districts_is_about_none_of_them(cfg):
    doc = extract_text("Danh sách các thôn đặc biệt khó khăn\n\nCác thôn đặc biệt khó khăn giai đoạn 2021-2025 thuộc huyện Kbang, "
                       "huyện Đak Đoa, huyện Chư Păh, huyện Ia Grai và huyện Mang Yang được công bố kèm theo quyết định của "
                       "UBND tỉnh.\n\nTại xã Sơn Lang, huyện Kbang, người dân phấn khởi khi thôn được hỗ trợ làm đường.", cfg)
    assert (doc.fields.get("province"), doc.fields.get("district")) == ("Gia Lai", None)


def test_a_district_only_the_address_names_says_so_in_place_source(cfg):
    doc = extract_text("Qua rà soát, các mô hình “Dân vận khéo” đã được nhân rộng ở nhiều thôn, khối phố. Mô hình “Con đường "
                       "hoa” ở thôn Trà Kiệu Tây do chi hội phụ nữ đảm nhận, mỗi tháng ra quân dọn vệ sinh hai lần, được "
                       "Ban Dân vận Tỉnh ủy Quảng Nam đánh giá cao.", cfg,
                       url="https://baoquangnam.vn/nhung-mo-hinh-dan-van-kheo-o-huyen-duy-xuyen-3051234.html")
    assert (doc.fields.get("district"), doc.fields["place_source"]) == ("Duy Xuyên", "url")


def test_a_district_read_from_its_communes_says_so_in_place_source(cfg):
    doc = extract_text("Ban chỉ đạo huyện đã chọn 3 xã Thiên Lộc, Thuần Thiện và Vượng Lộc làm điểm xây dựng nông thôn mới. "
                       "Kết quả xã Thiên Lộc được UBND tỉnh Hà Tĩnh công nhận đạt chuẩn năm 2014; hai xã còn lại đạt chuẩn "
                       "năm 2015. Từ kết quả đó, Ban chỉ đạo đã rút kinh nghiệm trên địa bàn toàn huyện.", cfg)
    assert (doc.fields.get("district"), doc.fields["place_source"]) == ("Can Lộc", "commune")


def test_an_event_held_in_two_districts_named_in_the_lead_has_no_district(cfg):
    doc = extract_text("Trao quà cho thiếu nhi vùng khó\n\nSáng 5/6, Tỉnh Đoàn Sóc Trăng phối hợp nhà tài trợ trao học bổng, "
                       "tặng quà cho thiếu nhi tại 02 huyện Mỹ Xuyên và Trần Đề.\n\nTại xã Tham Đôn, huyện Mỹ Xuyên, đoàn "
                       "trao 50 suất học bổng.", cfg)
    assert (doc.fields.get("province"), doc.fields.get("district"), doc.fields.get("commune")) == ("Sóc Trăng", None, None)


def test_a_headline_about_the_whole_province_keeps_its_first_example_s_district_out(cfg):
    doc = extract_text("Toàn tỉnh Hà Giang đã xây dựng và duy trì 3.120 mô hình “Dân vận khéo”\n\nXã Lũng Cú cách trung tâm "
                       "huyện Đồng Văn (Hà Giang) hơn 20km. Nhờ Ban Dân vận huyện Đồng Văn vận động, bà con đã làm "
                       "đường bê tông.", cfg)
    assert (doc.fields.get("province"), doc.fields.get("district")) == ("Hà Giang", None)




def test_a_bulletin_whose_lead_names_three_provinces_is_about_none_of_them(cfg):
    doc = extract_text("Mưa lớn gây thiệt hại ở nhiều địa phương\n\nTheo Trung tâm Dự báo khí tượng thủy văn quốc gia, đêm "
                       "qua mưa to đã xảy ra ở Mường Tè (Lai Châu) 120 mm, Bắc Yên (Sơn La) 95 mm, Bảo Yên (Lào Cai) 130 "
                       "mm.\n\nTại Lào Cai, lũ cuốn trôi 2 ngôi nhà ở xã Tân Tiến, huyện Bảo Yên. Tỉnh Sơn La có 15 ha lúa "
                       "bị ngập. Tại Hà Giang, một đoạn quốc lộ 2 bị sạt lở.", cfg)
    assert (doc.fields.get("province"), doc.fields.get("district")) == (None, None)


@pytest.mark.parametrize("venue, province, district", [
    # the lead sets the story in another province: the district the firm was founded in is its history
    ("tại Hội trường tỉnh Bình Định", "Bình Định", None),
    # the lead names no province: the one district named is the firm's
    ("tại trụ sở Công ty", "Quảng Ninh", "Móng Cái"),
])
def test_a_district_of_another_province_named_once_in_the_body_is_a_place_the_story_passes(cfg, venue, province,
                                                                                           district):
    doc = extract_text("Công ty Xây dựng 47 đón nhận Huân chương Độc lập hạng Ba\n\nSáng 20/4, "
                       f"{venue}, Công ty cổ phần Xây dựng 47 tổ chức lễ kỷ niệm 45 năm thành lập.\n\nTiền thân của "
                       "Công ty là đội thi công được thành lập năm 1975 tại xã Hải Xuân, thành phố Móng Cái, tỉnh Quảng "
                       "Ninh. Đến nay, Công ty có hơn 1.500 cán bộ, công nhân lao động.", cfg)
    assert (doc.fields.get("province"), doc.fields.get("district")) == (province, district)


@pytest.mark.parametrize("headline, district", [
    ("Yên Bái: Lốc xoáy làm tốc mái hơn 200 ngôi nhà", None),  # the province's story; the lead's districts its places
    ("Văn Chấn: Lốc xoáy làm tốc mái hơn 200 ngôi nhà", "Văn Chấn"),  # the headline's district stays the subject
])
def test_a_headline_naming_the_province_keeps_the_lead_s_two_districts_as_places(cfg, headline, district):
    doc = extract_text(f"{headline}\n\nChiều 14-6, lốc xoáy kèm mưa đá làm tốc mái 150 ngôi nhà ở huyện Văn Chấn, 52 "
                       "nhà ở huyện Trạm Tấu bị hư hỏng.\n\nMưa đá tại huyện Văn "
                       "Chấn kéo dài 30 phút, làm hư hại nhiều diện tích lúa và ngô của xã Sơn Thịnh. Huyện Văn Chấn đã hỗ trợ "
                       "các hộ bị thiệt hại.", cfg)
    assert (doc.fields.get("province"), doc.fields.get("district")) == ("Yên Bái", district)

@pytest.mark.parametrize("text, unit, home", [
    # a person's home: after the name and age, and the district of that home commune
    ("Người cao tuổi nhất tỉnh là cụ ông Hoàng Văn Lực, 108 tuổi, ở thôn Tân Lý, xã Quảng Trung, huyện Quảng Trạch.",
     "Quảng Trung", True),
    ("Người cao tuổi nhất tỉnh là cụ ông Hoàng Văn Lực, 108 tuổi, ở thôn Tân Lý, xã Quảng Trung, huyện Quảng Trạch.",
     "Quảng Trạch", True),
    # a commune whose name begins like a surname, with its district in brackets
    ("Điển hình là Hội LHPN xã Đinh Trang Hòa (Di Linh) với mô hình tiết kiệm.", "Di Linh", False),
    # a ward named like a title ("Cô"), then its district (the name "1" of "quận 1")
    ("Học sinh trường THCS Trần Văn Ơn (phường Cô Giang, quận 1) đón chào năm học mới.", "1)", False),
    # the venue's commune, then its district: nobody's home
    ("Hội nghị tổ chức tại xã Gio Mỹ, huyện Gio Linh.", "Gio Linh", False),
    # the person's people, then the hamlet written without its type word
    ("Bà Y Hoa, dân tộc Ba Na, ở Kon Brỡi, xã Đắk Rơ Wa, thành phố Kon Tum là người có uy tín.", "Đắk Rơ Wa", True),
    # an officer's rank for the honorific, the police post he serves in, and the province of that post's district
    ("Tiêu biểu là Đại úy Lê Văn Hòa, Công an huyện Si Ma Cai, tỉnh Lào Cai, người có 10 năm bám bản.", "Si Ma Cai", True),
    ("Tiêu biểu là Đại úy Lê Văn Hòa, Công an huyện Si Ma Cai, tỉnh Lào Cai, người có 10 năm bám bản.", "Lào Cai", True),
    # a person's home district, then its province
    ("Trong đó có anh Đinh Văn Tám, huyện Ba Tơ, tỉnh Quảng Ngãi với mô hình nuôi dê.", "Quảng Ngãi", True),
    # the district that holds the event, then its province: nobody's home
    ("Hội nghị diễn ra tại huyện Ba Tơ, tỉnh Quảng Ngãi.", "Quảng Ngãi", False),
])
def test_whose_home_a_unit_is(text, unit, home):
    from extractors.places.written import names_a_home

    assert names_a_home(text, text.index(unit)) is home


def test_a_unit_in_a_numbered_list_of_honourees_is_not_the_district(cfg):
    doc = extract_text("Khen thưởng các tập thể có thành tích trong bầu cử\n\n4 tập thể được Thủ tướng Chính phủ tặng Bằng "
                       "khen: 1. Ủy ban MTTQ Việt Nam tỉnh Thanh Hóa; 2. Sở Nội vụ; 3. Nhân dân và cán bộ huyện Nga Sơn; 4. "
                       "Công an tỉnh.", cfg)
    assert (doc.fields.get("province"), doc.fields.get("district")) == ("Thanh Hóa", None)


def test_a_headline_in_capitals_under_a_slogan_line_names_the_district(cfg):
    doc = extract_text("TOÀN ĐẢNG, TOÀN DÂN, TOÀN QUÂN RA SỨC THI ĐUA THỰC HIỆN THẮNG LỢI NHIỆM VỤ NĂM 2019!\n\nTHỐT NỐT TỔNG KẾT "
                       "CÔNG TÁC THI ĐUA KHEN THƯỞNG NĂM 2018\n\nSáng 12/3, Hội đồng thi đua, khen thưởng quận tổ chức hội "
                       "nghị tổng kết. Dự hội nghị có đại diện Ban Thi đua - Khen thưởng thành phố Cần Thơ.", cfg)
    assert (doc.fields.get("province"), doc.fields.get("district")) == ("Cần Thơ", "Thốt Nốt")


def test_a_headline_s_commune_of_the_province_keeps_its_district(cfg):
    doc = extract_text("Xã anh hùng Tân Xuân của tỉnh Bến Tre vươn lên\n\nNhững năm qua, xã Tân Xuân (huyện Ba Tri, tỉnh Bến Tre) "
                       "phát động phong trào xây dựng nông thôn mới và đạt nhiều kết quả.", cfg)
    assert (doc.fields.get("province"), doc.fields.get("district")) == ("Bến Tre", "Ba Tri")


def test_a_post_held_before_a_merger_does_not_make_a_new_ward_s_article_old(cfg):
    doc = extract_text("Bí thư phường Thủ Dầu Một nhận nhiệm vụ\n\nĐại hội đã công bố quyết định chỉ định Ban Chấp hành Đảng bộ "
                       "phường Thủ Dầu Một, nhiệm kỳ 2025-2030. Ông Trần Văn A giữ chức Bí thư Thành ủy Bến Cát trước khi tỉnh "
                       "Bình Dương sáp nhập với TPHCM và Bà Rịa - Vũng Tàu.", cfg)
    assert (doc.fields.get("province"), doc.fields.get("commune")) == ("Hồ Chí Minh", "Thủ Dầu Một")


def test_a_province_written_in_careless_case_after_its_type_word(cfg):
    doc = extract_text("Nhân rộng mô hình dân vận\n\nThực hiện phong trào do Trung ương phát động, từ năm 2015 đến nay, tỉnh "
                       "Lâm đồng đã xây dựng hơn 900 mô hình “Dân vận khéo”.", cfg)
    assert (doc.fields.get("province"), doc.fields["scope"]) == ("Lâm Đồng", "province")


def test_a_provincial_ceremony_named_for_its_province_is_not_about_the_district_that_hosts_it(cfg):
    doc = extract_text("Tuyên dương 40 gia đình văn hóa tiêu biểu\n\nLễ Tôn vinh Gia đình văn hóa tiêu biểu tỉnh Bạc Liêu năm "
                       "2023 do Sở Văn hóa tổ chức vào sáng 20/6 tại thị trấn Phước Long, huyện Phước Long.", cfg)
    assert (doc.fields.get("province"), doc.fields.get("district")) == ("Bạc Liêu", None)


def test_a_city_committee_s_event_at_a_ward_venue_has_no_commune(cfg):
    doc = extract_text("Tuyên dương học sinh, sinh viên tiêu biểu\n\nTối 12/10/2025, Thành đoàn tổ chức lễ tuyên dương "
                       "danh hiệu “Sinh viên 5 tốt” năm 2025 tại Nhà văn hóa Thanh niên Đà Nẵng (phường Hải Châu).", cfg,
                       url="https://baodanang.vn/tuyen-duong-hoc-sinh-sinh-vien.html")
    assert (doc.fields.get("province"), doc.fields.get("commune")) == ("Đà Nẵng", None)


def test_a_commune_in_the_body_of_a_provincial_body_s_story_is_not_its_commune(cfg):
    doc = extract_text("Nhiều mô hình hay trong phong trào bảo vệ an ninh Tổ quốc\n\n09:30 20/11/2025\n\nThời gian qua, nhiều "
                       "mô hình đã được Công an tỉnh Quảng Trị xây dựng và phát huy hiệu quả.\n\nMô hình camera an ninh tại "
                       "xã Cam Lộ được người dân đồng tình ủng hộ.", cfg)
    assert (doc.fields.get("province"), doc.fields.get("commune")) == ("Quảng Trị", None)


@pytest.mark.parametrize("dateline, expected", [
    # before 2025 the city of Huế was a district-level city of Thừa Thiên Huế
    ("15/11/2023 - 10:20", ("Thừa Thiên Huế", "Huế")),
    # from 2025 it is the province-level city itself
    ("15/03/2025 - 10:20", ("Huế", None)),
])
def test_the_city_of_hue_before_and_after_it_became_a_province(cfg, dateline, expected):
    doc = extract_text(f"Tuyên dương gia đình văn hóa tiêu biểu\n\n{dateline}\n\nSáng 14/11, UBND thành phố Huế tổ chức hội "
                       "nghị tuyên dương 50 gia đình văn hóa tiêu biểu.", cfg)
    assert (doc.fields.get("province"), doc.fields.get("district")) == expected


def test_a_district_s_delegation_to_a_provincial_event_keeps_its_district(cfg):
    doc = extract_text("Tuyên dương điển hình học tập và làm theo Bác\n\nSáng 18/4/2013, tại Hội trường Công an tỉnh, Ban Thường "
                       "vụ Tỉnh ủy tổ chức hội nghị tuyên dương điển hình. Về dự hội nghị, đoàn huyện Hàm Thuận Bắc có 03 cá "
                       "nhân được Chủ tịch UBND tỉnh Bình Thuận tặng Bằng khen.", cfg)
    assert (doc.fields.get("province"), doc.fields.get("district")) == ("Bình Thuận", "Hàm Thuận Bắc")


def test_a_district_written_with_its_older_type_beside_its_own_communes(cfg):
    # Thừa Thiên Huế's Phong Điền was a huyện until 2021; Cần Thơ's still is. The communes decide.
    doc = extract_text("Huyện Phong Điền nhân rộng mô hình tự quản\n\n12/05/2019 - 09:15\n\nNăm 2018, huyện Phong Điền có 153 mô "
                       "hình tự quản về an ninh trật tự. Nổi bật là mô hình ở xã Phong Hiền và xã Điền Hương.", cfg)
    assert (doc.fields.get("province"), doc.fields.get("district")) == ("Thừa Thiên Huế", "Phong Điền")


def test_the_city_party_committee_s_portal_of_hue(cfg):
    doc = extract_text("Phát huy hiệu quả các mô hình tự quản\n\nToàn thành phố hiện có 120 mô hình tự quản về an ninh trật tự.",
                       cfg, url="https://thanhuyhue.vn/tin-tuc/phat-huy-hieu-qua-mo-hinh.html")
    assert doc.fields.get("province") == "Thừa Thiên Huế"


def test_an_undated_commune_placed_by_its_district_in_brackets_is_the_old_system(cfg):
    doc = extract_text("Mô hình tự quản ở Sơn Kỳ\n\n(QNg) Sơn Kỳ (Sơn Hà) là xã miền núi với 6 thôn. Theo Bí thư Đảng ủy "
                       "xã Sơn Kỳ, người dân đã xây dựng nhiều mô hình tự quản về an ninh trật tự.", cfg)
    assert (doc.fields.get("era"), doc.fields.get("district")) == ("legacy", "Sơn Hà")


def test_a_commune_written_with_its_district_and_province_after_a_dash(cfg):
    doc = extract_text("Kỳ Tân về đích nông thôn mới\n\nNăm 2019, xã Kỳ Tân (Bá Thước - Thanh Hóa) phải hoàn thành các tiêu "
                       "chí nông thôn mới; người dân thôn Tân Lập hăng hái hiến đất mở đường.", cfg)
    assert (doc.fields.get("district"), doc.fields.get("province")) == ("Bá Thước", "Thanh Hóa")


def test_a_town_abolished_in_2025_named_bare_in_an_older_article(cfg):
    doc = extract_text("Cửa Lò ra mắt mô hình tuyến phố văn minh\n\nĐăng ngày 12/05/2020\n\nCửa Lò vừa ra mắt mô hình tuyến "
                       "phố văn minh đầu tiên; Ban Thường vụ Thị ủy giao chỉ tiêu cho từng phường.", cfg)
    assert (doc.fields.get("district"), doc.fields.get("province")) == ("Cửa Lò", "Nghệ An")


def test_a_commune_only_another_province_knows_does_not_outweigh_the_district_named(cfg):
    # (a commune merged away since, whose namesake lies in a province the article never names)
    doc = extract_text("Đoàn xã Ea Tân ra quân Tháng Thanh niên\n\nThực hiện Kế hoạch của BCH Huyện Đoàn Thọ Xuân, sáng "
                       "ngày 03/03/2014 Đoàn thanh niên xã Ea Tân đã tổ chức lễ ra quân. Đoàn viên xã Ea Tân dọn vệ sinh.", cfg)
    assert (doc.fields.get("district"), doc.fields.get("province")) == ("Thọ Xuân", "Thanh Hóa")


def test_a_commune_only_another_province_knows_gives_way_to_the_portal_s_district(cfg):
    doc = extract_text("Xã Ea Tân tổ chức ngày hội đại đoàn kết\n\nNgày 15/11/2019, tại các ấp trên địa bàn xã Ea Tân long "
                       "trọng tổ chức Ngày hội Đại đoàn kết toàn dân tộc.", cfg,
                       url="https://chauphu.angiang.gov.vn/tin-tuc/xa-ea-tan-to-chuc-ngay-hoi")
    assert (doc.fields.get("district"), doc.fields.get("province")) == ("Châu Phú", "An Giang")


def test_a_district_portal_s_commune_story_keeps_the_district_under_a_provincial_guest(cfg):
    doc = extract_text("Ngày hội Đại đoàn kết tại thôn Nà Pài\n\nNgày 10/11/2019, thôn Nà Pài, xã Cẩm Giàng tổ chức Ngày hội "
                       "Đại đoàn kết toàn dân tộc. Dự ngày hội có đồng chí Hoàng Văn Minh, Ủy viên Ban Thường vụ Tỉnh ủy, "
                       "Trưởng Ban Dân vận tỉnh Bắc Kạn.",
                       cfg, url="https://bachthong.gov.vn/ngay-hoi-dai-doan-ket-tai-thon-na-pai/")
    assert (doc.fields.get("district"), doc.fields.get("province")) == ("Bạch Thông", "Bắc Kạn")


def test_a_district_the_package_lost_is_read_from_the_configured_history(cfg):
    # (Lộc Hà, merged into Thạch Hà on 1 January 2025, kept by the package neither as a unit nor as an alias)
    doc = extract_text("Lộc Hà ra quân Tháng Thanh niên\n\n12/03/2022 08:30\n\nSáng 11/3, Huyện đoàn Lộc Hà tổ chức lễ ra quân "
                       "Tháng Thanh niên năm 2022 tại xã Thạch Bằng, huyện Lộc Hà.", cfg)
    f = doc.fields
    assert (f.get("district"), f.get("province"), f.get("district_code")) == ("Lộc Hà", "Hà Tĩnh", "")


def test_a_district_merged_in_2020_that_the_package_lost_is_read_by_its_name(cfg):
    # (huyện Trà Lĩnh, merged into Trùng Khánh on 1 March 2020; its name is now a township's, thị trấn Trà Lĩnh)
    doc = extract_text("Trà Lĩnh tổng kết công tác dân vận\n\n15/01/2019 10:20\n\nSáng 14/1, Ban Dân vận Huyện ủy Trà Lĩnh "
                       "tổng kết công tác dân vận năm 2018; huyện Trà Lĩnh có 24 mô hình “Dân vận khéo”.", cfg)
    assert (doc.fields.get("district"), doc.fields.get("province")) == ("Trà Lĩnh", "Cao Bằng")


def test_only_a_province_level_mention_names_a_province(cfg):
    from extractors.places.gazetteer import get_gazetteer
    from extractors.places.matcher import find_mentions
    from pipeline.document import Document

    get_gazetteer(cfg)
    doc = Document("x", "Tỉnh Bến Tre và huyện Thạnh Phú (Bến Tre) tổng kết phong trào.")
    by_text = {m.surface: m for m in find_mentions(doc, cfg)}
    assert [u.name for u in by_text["Bến Tre"].provinces_named("legacy")] == ["Bến Tre"]
    assert by_text["Thạnh Phú"].provinces_named("legacy") == []


def test_a_commune_written_with_its_district_and_province_is_an_address_not_a_list(cfg):
    doc = extract_text("Thanh niên làm giàu\n\n03/03/2019 - 08:00\n\nAnh Hoàng Văn Tâm (ở xã Tân Linh, Đại Từ, Thái Nguyên) "
                       "nuôi 3.000 con thỏ.", cfg)
    communes = facts_of(doc, "commune")
    assert "Đại Từ" not in communes and "Thái Nguyên" not in communes
    assert doc.fields["province"] == "Thái Nguyên"


def test_a_cooperative_named_after_its_commune_is_not_the_commune(cfg):
    doc = extract_text("Thanh niên Yên Bái làm giàu\n\n03/03/2019 - 08:00\n\nNhiều năm qua, đoàn viên thanh niên tỉnh Yên Bái "
                       "vươn lên làm giàu. HTX Thanh niên Minh Quân đã tạo việc làm cho 40 lao động.", cfg)
    assert facts_of(doc, "commune") == [] and doc.fields.get("district", "") == ""


def test_a_provincial_event_in_the_capital_that_shares_the_province_s_name_has_no_district(cfg):
    doc = extract_text("Thái Bình tuyên dương thanh niên tiêu biểu\n\n04/03/2019 - 08:00\n\nTối 3/3, tại thành phố Thái Bình, "
                       "tỉnh Thái Bình, Tỉnh đoàn Thái Bình tổ chức lễ tuyên dương 50 thanh niên tiêu biểu năm 2018.", cfg)
    assert doc.fields["province"] == "Thái Bình" and doc.fields.get("district", "") == ""


def test_a_province_named_after_thanh_pho_is_not_a_city_with_a_differently_accented_name(cfg):
    # "thành phố Vĩnh Phúc" is the province's aim, not Vinh (Nghệ An) read through "Vĩnh"
    doc = extract_text("Tỉnh Vĩnh Phúc - dấu ấn nửa nhiệm kỳ\n\nĐại hội Đảng bộ tỉnh Vĩnh Phúc đề ra mục tiêu đến năm 2020 "
                       "hoàn thành hạ tầng khung đô thị, tiến tới trở thành thành phố Vĩnh Phúc vào những năm 20 của thế kỷ "
                       "XXI.", cfg)
    assert (doc.fields["province"], doc.fields.get("district", "")) == ("Vĩnh Phúc", "")


def test_the_rest_of_the_province_beside_the_story_s_ward_does_not_make_it_province_wide(cfg):
    doc = extract_text("Các khu phố phường Cao Xanh tổ chức Ngày hội Đại đoàn kết\nSáng 14/11/2021, cùng với các địa phương "
                       "khác trong toàn tỉnh Quảng Ninh, các khu phố trên địa bàn phường Cao Xanh tưng bừng tổ chức Ngày hội "
                       "Đại đoàn kết toàn dân tộc trong không khí phấn khởi, đoàn kết của nhân dân.\n\nDự ngày hội có lãnh "
                       "đạo thành phố Hạ Long, Ủy ban MTTQ thành phố Hạ Long và Đảng ủy phường.", cfg)
    assert (doc.fields["province"], doc.fields.get("district")) == ("Quảng Ninh", "Hạ Long")


def test_a_district_written_with_an_accent_left_off_is_still_found(cfg):
    # "huyện Hồng Ngư": the dot below dropped, still Hồng Ngự (Đồng Tháp); a tone of its own would make another name
    doc = extract_text("Huyện Hồng Ngư tổng kết phong trào thi đua\n\nNgày 12/12, huyện Hồng Ngư tổng kết phong trào "
                       "thi đua yêu nước năm 2019, khen thưởng 20 tập thể.", cfg)
    assert (doc.fields.get("district"), doc.fields["province"]) == ("Hồng Ngự", "Đồng Tháp")


_SUCCESSOR_HEADER = "Thứ hai, 05-01-26 10:12:40\n\n{title}\n\nBáo Gia Lai\n\n"


@pytest.mark.parametrize("title, body, district", [
    ("Phát huy vai trò Ban công tác Mặt trận ở khu dân cư",
     "Năm 2018, Ban công tác Mặt trận thôn Vinh Thạnh, thị trấn Diêu Trì luôn đi đầu vận động nhân dân hiến đất mở "
     "đường, xây dựng khu dân cư văn hóa, trở thành điểm sáng của huyện nhiều năm qua.", "Tuy Phước"),
    ("Nâng cao chất lượng danh hiệu “Gia đình văn hóa”",
     "Theo Ban chỉ đạo phong trào tỉnh, 6 tháng đầu năm 2018, số gia đình văn hóa của Bình Định là 389.102 hộ, "
     "đạt 92,8%, tăng so với cùng kỳ năm trước.", None),
])
def test_an_old_article_of_a_merged_paper_on_its_successor_s_site_keeps_its_own_province(cfg, title, body, district):
    # Báo Bình Định's archive lives on baogialai.com.vn since the 2025 merger: the page's header names the
    # successor's paper, the text only Bình Định or its units
    doc = extract_text(_SUCCESSOR_HEADER.format(title=title) + body, cfg,
                       url="https://baogialai.com.vn/phat-huy-vai-tro-post1234.html")
    assert (doc.fields["province"], doc.fields.get("district")) == ("Bình Định", district)


def test_a_successor_s_paper_writing_of_its_own_old_province_keeps_it(cfg):
    # the same site's own old articles name its own units: the outlet's province stands
    text = ("Báo Gia Lai\n\nChư Sê tuyên dương điển hình tiên tiến\n\n"
            "Năm 2019, huyện Chư Sê tuyên dương 45 tập thể, cá nhân điển hình tiên tiến. Đoàn công tác của tỉnh "
            "Bình Định đến thăm và trao đổi kinh nghiệm với huyện.")
    doc = extract_text(text, cfg, url="https://baogialai.com.vn/chu-se-tuyen-duong-post5678.html")
    assert (doc.fields["province"], doc.fields.get("district")) == ("Gia Lai", "Chư Sê")


def test_a_headline_about_the_province_s_localities_keeps_no_unit(cfg):
    text = ("Quảng Ngãi: Sôi nổi Ngày hội Đại đoàn kết toàn dân tộc ở các địa phương\n\n"
            "Ngày 15/11/2023, các khu dân cư trong tỉnh đồng loạt tổ chức Ngày hội Đại đoàn kết toàn dân tộc.\n\n"
            "Tại khu dân cư thôn Phước Lộc, xã Tịnh Bình, huyện Sơn Tịnh, đông đảo người dân đã về dự. Bí thư Huyện "
            "ủy Sơn Tịnh tặng quà cho các hộ gia đình văn hóa tiêu biểu của thôn.")
    doc = extract_text(text, cfg)
    assert (doc.fields["province"], doc.fields.get("district")) == ("Quảng Ngãi", None)


def test_a_digest_whose_lead_is_its_first_item_keeps_no_district(cfg):
    # the lead is the first "*" item (a long opening sentence ending in its place); a second item is another district's
    text = ("Ngày hội Đại đoàn kết toàn dân tộc tại các khu dân cư\n"
            "* Nhân kỷ niệm 92 năm Ngày truyền thống MTTQ Việt Nam (18.11.1930 - 18.11.2022), sáng 15.11, đồng chí "
            "Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh đã về dự, chung vui Ngày hội Đại đoàn kết "
            "toàn dân tộc năm 2022 với nhân dân khu dân cư thôn Hòa Hội, xã Cát Hanh, huyện Phù Cát.\n"
            "Dịp này, Ủy ban MTTQ Việt Nam tỉnh trao 40 suất quà cho các hộ dân trong thôn.\n"
            "* Trước đó, chiều 14.11, khu phố 2, phường Bồng Sơn (TX Hoài Nhơn) tổ chức Ngày hội Đại đoàn kết toàn dân "
            "tộc với nhiều hoạt động văn hóa, thể thao sôi nổi.")
    doc = extract_text(text, cfg, url="https://baobinhdinh.vn/viewer.aspx?macm=1&mabb=230001")
    assert (doc.fields["province"], doc.fields.get("district")) == ("Bình Định", None)


def test_a_digest_whose_headline_is_its_first_item_keeps_no_district(cfg):
    # no title above the items: the first "*" line is the first item's headline, the next items are other districts'
    text = ("* Bí thư Đoàn xã Tân Lập (huyện Đồng Phú) nhận giải thưởng Lý Tự Trọng\n"
            "Trong tuần qua, Đoàn Thanh niên các xã ở Bù Đăng, Lộc Ninh và Đồng Phú tổ chức nhiều hoạt động kỷ niệm "
            "ngày thành lập Đoàn, thu hút hàng nghìn đoàn viên tham gia.\n"
            "* Sáng nay (26/3), Huyện đoàn Chơn Thành tổ chức hội thi Thủ lĩnh thanh niên với sự tham gia của 18 thí "
            "sinh đến từ các cơ sở Đoàn trong huyện.\n"
            "* Hôm nay, Trung ương Đoàn trao giải thưởng Lý Tự Trọng cho 100 cán bộ Đoàn tiêu biểu trong cả nước, "
            "trong đó tỉnh có một cán bộ được trao giải.")
    doc = extract_text(text, cfg, url="https://baobinhphuoc.com.vn/news/19/123456/tin-tong-hop")
    assert (doc.fields["province"], doc.fields.get("district")) == ("Bình Phước", None)


def test_a_starred_headline_of_one_story_keeps_its_district(cfg):
    # one story under a starred headline (no second item naming another district): its district stands
    text = ("* Huyện Đồng Phú biểu dương 45 điển hình tiên tiến\n"
            "Sáng 12/4, UBND huyện Đồng Phú tổ chức hội nghị biểu dương 45 tập thể, cá nhân điển hình tiên tiến trong "
            "phong trào thi đua yêu nước giai đoạn 2020 - 2025.")
    doc = extract_text(text, cfg, url="https://baobinhphuoc.com.vn/news/19/123457/bieu-duong")
    assert (doc.fields["province"], doc.fields.get("district")) == ("Bình Phước", "Đồng Phú")


def test_a_provincial_portal_s_ward_named_alone_is_of_the_old_system_where_only_it_had_one(cfg):
    # Quảng Ngãi's portal; "phường Trần Hưng Đạo" was a ward of its provincial city before 2025 (the 2025 ones are
    # elsewhere); an undated page of 2018
    text = ("Kết quả bình xét năm 2018, toàn phường Trần Hưng Đạo có 3.120 hộ đạt danh hiệu gia đình văn hóa, đạt 95,2% so "
            "với số hộ đăng ký; trong đó có 540 hộ đạt danh hiệu gia đình văn hóa 3 năm liền.")
    doc = extract_text(text, cfg, url="http://www.quangngai.gov.vn/vi/thanhpho/Pages/qnp-phuongnghialo-qnpnd-8123.html")
    assert (doc.fields["era"], doc.fields["province"], doc.fields.get("district")) == ("legacy", "Quảng Ngãi", "Quảng Ngãi")


def test_a_province_named_after_its_countryside_is_the_province_not_a_hamlet(cfg):
    doc = extract_text("Với phương châm “Dân vận khéo thì việc gì cũng thành công”, các xã vùng nông thôn Tây Ninh đã làm "
                       "tốt công tác dân vận trong xây dựng nông thôn mới.", cfg)
    assert doc.fields["province"] == "Tây Ninh"
    # ("thôn" ends "nông thôn": the countryside of Quảng Trị is the province's, not the town of Quảng Trị's)
    doc = extract_text("Những con đường giao thông nông thôn Quảng Trị nay rộng rãi, sạch đẹp nhờ nhân dân hiến đất làm "
                       "đường.", cfg)
    assert (doc.fields["province"], doc.fields.get("district")) == ("Quảng Trị", None)
    # (while a hamlet stays a hamlet: "thôn Đông" is no unit)
    assert facts_of(extract_text("Bà con thôn Gio Linh góp công làm đường.", cfg), "district") == []


def test_ner_s_name_of_a_hamlet_is_not_the_district_it_shares_its_name_with(cfg):
    # "tổ dân phố Phúc Yên" of a ward of Yên Bái, not the city of Phúc Yên (Vĩnh Phúc)
    doc = extract_text("Chiều ngày 27/6/2024, CLB Gia đình hạnh phúc tổ dân phố Phúc Yên tổ chức gặp mặt kỷ niệm ngày Gia "
                       "đình Việt Nam và giao lưu văn nghệ.", cfg)
    assert (doc.fields.get("province"), doc.fields.get("district")) == (None, None)


@pytest.mark.parametrize("headline", [
    "Sôi nổi Ngày hội Đại đoàn kết toàn dân tộc ở các khu dân cư",
    "Chủ tịch Hội Nông dân Phạm Văn Đồng gặp mặt hội viên tiêu biểu",  # a person's name, no unit after it
])
def test_ner_is_not_run_where_no_known_unit_is_written(cfg, monkeypatch, headline):
    import extractors.places.ner as ner

    monkeypatch.setattr(ner, "_ner", lambda sentence: pytest.fail(f"NER ran on {sentence!r}"))
    doc = extract_text(f"{headline}\n\nNhiều hộ nông dân đã vươn lên làm giàu, 25 hộ được khen thưởng.", cfg)
    assert doc.fields.get("province") is None


def test_a_photo_caption_under_the_headline_is_not_the_lead_that_names_the_host(cfg):
    # a ministry's regional conference, co-hosted by a province whose committee the caption names
    text = ("Qua các mô hình tự quản, đồng bào các tỉnh Tây Nguyên đã cung cấp hơn 9.000 nguồn tin cho lực lượng Công an.\n\n"
            "Lãnh đạo Bộ Công an và Tỉnh ủy Đắk Nông trao tặng bằng khen tại hội nghị. (Ảnh: Văn Tâm/TTXVN)\n\n"
            "Ngày 21/9, Bộ Công an phối hợp Tỉnh ủy Đắk Nông tổ chức Hội nghị biểu dương các mô hình, điển hình tiên "
            "tiến trong phong trào Toàn dân bảo vệ an ninh Tổ quốc khu vực Tây Nguyên, giai đoạn 2019-2024.")
    doc = extract_text(text, cfg)
    assert (doc.fields.get("province"), doc.fields["scope"]) == (None, "national")


def test_the_president_s_name_alone_is_not_the_city(cfg):
    text = ("Nghệ An: Một nhà giáo được tôn vinh tại Chương trình “Hồ Chí Minh - Hành trình khát vọng” năm 2024\n\n"
            "Tối 19/5, tại Nhà hát Lớn (Thủ đô Hà Nội), Ban Tuyên giáo Trung ương phối hợp với Đài Truyền hình Việt Nam "
            "tổ chức chương trình tôn vinh các điển hình học tập và làm theo Bác.")
    assert not any(m.surface == "Hồ Chí Minh" for m in extract_text(text, cfg).mentions)


def test_the_president_s_initials_are_not_the_city(cfg):
    text = ("Hội LHPN xã Tân Lập học tập và làm theo tư tưởng, đạo đức, phong cách HCM\n\nNăm 2023, Hội LHPN xã Tân Lập, "
            "huyện Sông Lô tuyên truyền lời Bác cho hội viên; đoàn đi học tập kinh nghiệm tại TP.HCM.")
    doc = extract_text(text, cfg)
    assert [m.surface for m in doc.mentions if m.via == "alias"] == ["TP.HCM"]


def test_a_place_at_the_end_of_a_long_company_name_is_the_company_s(cfg):
    text = ("(KTO)- Chiều 5-9, tại Công ty TNHH một thành viên Cao su Sa Thầy, Ban Chỉ đạo phòng, chống tội phạm tỉnh tổ "
            "chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm 2023.\n\nToàn tỉnh Kon Tum có 102 mô hình tự quản.")
    doc = extract_text(text, cfg, url="https://baokontum.com.vn/an-ninh/ngay-hoi-toan-dan-123.html")
    assert (doc.fields.get("province"), doc.fields.get("district")) == ("Kon Tum", None)


def test_a_central_hospital_named_after_the_capital_is_no_place_of_a_national_ceremony(cfg):
    # (an excerpt that opens mid-article: its first sentence stands as the headline, a caption under it)
    text = ("Cùng dự lễ kỷ niệm có Bộ trưởng Bộ Y tế cùng đông đảo thầy thuốc của các bệnh viện trung ương.\n"
            "Phó Thủ tướng trao tặng Huân chương Lao động cho các cá nhân có thành tích xuất sắc. Ảnh: TTXVN\n"
            "Nhân dịp này, Phó Thủ tướng Chính phủ đã trao tặng Huân chương Lao động hạng Ba cho Giám đốc BV Nội tiết Trung "
            "ương Hà Nội; 12 thầy thuốc được trao tặng danh hiệu Thầy thuốc ưu tú.")
    doc = extract_text(text, cfg)
    assert (doc.fields.get("province"), doc.fields["scope"]) == (None, "national")


def test_a_district_named_only_in_a_hall_s_street_address_is_not_the_unit(cfg):
    text = ("52 đoàn viên tiêu biểu nhận giải thưởng Lý Tự Trọng năm 2021\n\n"
            "Tối 26/3, Lễ tuyên dương và trao giải thưởng “Lý Tự Trọng” năm 2021 đã diễn ra tại Cung Văn hóa Lao động "
            "(Số 55B, đường Nguyễn Thị Minh Khai, Quận 3, TP. Hồ Chí Minh).\n\n"
            "Ban tổ chức đã trao giải thưởng cho 52 đoàn viên có thành tích xuất sắc trong công tác Đoàn.")
    doc = extract_text(text, cfg)
    assert (doc.fields.get("province"), doc.fields.get("district")) == ("Hồ Chí Minh", None)


def test_the_home_of_an_upland_person_in_brackets_is_not_the_unit(cfg):
    text = ("Tuyên dương thanh niên tiêu biểu\n\n15/10/2025 09:00\n\nNgày 14/10, tại hội trường, Tỉnh đoàn tổ chức "
            "tuyên dương 25 thanh niên tiêu biểu năm 2025. Tham gia giao lưu có hot TikToker Giàng A Dơ (xã Y Tý, tỉnh Lào "
            "Cai) và nhiều đoàn viên.")
    doc = extract_text(text, cfg)
    assert (doc.fields.get("province"), doc.fields.get("commune")) == ("Lào Cai", None)


def test_a_commune_placed_by_its_district_in_brackets_is_the_old_system(cfg):
    text = ("Điểm sáng thôn Phú Hòa, xã Bình Chánh (Thăng Bình)\n\nVề thôn Phú Hòa hôm nay, những con đường được bê tông "
            "hóa khang trang. Năm 2008, thôn thành lập Ban vận động thực hiện cuộc vận động “Toàn dân đoàn kết xây dựng đời "
            "sống văn hóa”.")
    doc = extract_text(text, cfg)
    assert (doc.fields["era"], doc.fields.get("province"), doc.fields.get("district")) == ("legacy", "Quảng Nam", "Thăng Bình")


def test_an_airport_named_after_a_district_is_no_mention_of_it(cfg):
    text = ("Năm 2025, tỉnh sẽ sơ kết 8 phong trào thi đua yêu nước gồm: Tỉnh Đồng Nai đẩy mạnh phát triển kinh tế - xã "
            "hội, cất cánh cùng sân bay Long Thành; Toàn tỉnh chung sức xây dựng nông thôn mới giai đoạn 2021-2025.")
    doc = extract_text(text, cfg, url="https://baodongnai.com.vn/chinh-tri/2024/12/so-ket-phong-trao-thi-dua-d4f4dee")
    assert (doc.fields.get("province"), doc.fields.get("district")) == ("Đồng Nai", None)


def test_a_provincial_union_named_with_its_province_holds_its_event_in_the_capital(cfg):
    # the body carries the province's name alone, not "tỉnh …": the capital is still only the venue
    doc = extract_text("Công đoàn ngành Giáo dục Nghệ An tổng kết năm học\n\n"
                       "Ngày 20/7/2021, tại TP. Vinh, Công đoàn ngành Giáo dục Nghệ An tổ chức hội nghị tổng kết phong trào "
                       "thi đua năm học 2020 - 2021.\n\nHội nghị đã biểu dương các tập thể, cá nhân tiêu biểu.", cfg)
    assert doc.fields["province"] == "Nghệ An" and not doc.fields.get("district")


def test_a_district_named_only_in_a_photo_caption_of_a_provincial_feature_is_no_district(cfg):
    # a provincial paper's feature; its one district is a photo's example
    text = (
            "Văn hóa - Đời sống\n"
            "Chuyện về những nhà văn hóa ấp\n"
            "Khi phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” đi vào chiều sâu, nhà văn hóa ấp trở thành mái nhà chung của nhân dân, nơi tổ chức hội họp và sinh hoạt cộng đồng, học tập và vui chơi của bà con.\n"
            "Một buổi sinh hoạt của Chi hội phụ nữ ấp Phú Hòa (xã Phú Tâm, huyện Châu Thành) tại nhà văn hóa ấp. Ảnh: T.L\n"
            "Hiện toàn tỉnh có khoảng 150 nhà văn hóa ấp; nhiều nơi đã phát huy được tác dụng, trở thành điểm sinh hoạt văn hóa, văn nghệ của người dân.\n"
    )
    doc = extract_text(text, cfg, url="https://www.baosoctrang.org.vn/van-hoa/chuyen-ve-nha-van-hoa-ap.html")
    assert doc.fields["province"] == "Sóc Trăng" and not doc.fields.get("district")


@pytest.mark.parametrize("text", [
    # a whole national sector's congress, held in the capital
    "Gương sáng ngành kiểm sát\n\nNhân dịp Đại hội thi đua yêu nước toàn ngành kiểm sát lần thứ III diễn ra tại Hà Nội, "
    "báo giới thiệu ba tấm gương tiêu biểu trong gần 400 đại biểu về dự.",
    # a central agency written with "nhà nước" in lower case, at its seat's street address
    "Hội đồng Thi đua - Khen thưởng bình chọn danh hiệu năm 2019\n\nNgày 10/01/2020, tại trụ sở Ngân hàng nhà nước - 49 Lý "
    "Thái Tổ, Hà Nội, dưới sự chủ trì của Thống đốc, Hội đồng đã họp bình chọn danh hiệu thi đua cho các tập thể toàn Ngành.",
    # the national friendship union and a national fund, meeting in the capital
    "Hữu nghị nhân dân\n\nNgày 5-9, tại Hà Nội, Liên hiệp các tổ chức hữu nghị Việt Nam tổ chức hội nghị tổng kết công "
    "tác đối ngoại nhân dân.\n\nNhân dịp này, 12 tập thể được tặng Bằng khen.",
    "Quỹ Hòa bình đại hội\n\nNgày 12-6, tại Hà Nội, Quỹ Hòa bình và Phát triển Việt Nam tổ chức Đại hội nhiệm kỳ IV, kỷ "
    "niệm 20 năm thành lập Quỹ.\n\nNhân dịp này, Quỹ trao Kỷ niệm chương cho 15 cá nhân.",
])
def test_national_sectors_and_central_agencies_hold_no_province(cfg, text):
    doc = extract_text(text, cfg)
    assert not doc.fields.get("province") and doc.fields.get("scope") == "national"


def test_a_headline_about_many_provinces_holds_none_of_them(cfg):
    body = ("\n\n27/05/2013 08:00\n\nVề hình thức, các doanh nghiệp vận tải lắp thiết bị giám sát hành trình theo quy định. "
            "Tại tỉnh Đắk Lắk, Ban An toàn giao thông tỉnh kiểm tra 20 xe của HTX Tân Lập. Tại tỉnh Kon Tum, Thanh tra "
            "giao thông phát hiện nhiều xe tắt thiết bị.")
    doc = extract_text("Nhiều tỉnh lắp thiết bị giám sát hành trình chỉ để đối phó" + body, cfg)
    assert not doc.fields.get("province") and doc.fields.get("scope") == "national"
    # (one province compared with the others is still that province's story)
    doc = extract_text("Đắk Lắk, như nhiều tỉnh khác, lắp thiết bị giám sát hành trình" + body.replace(
        "Tại tỉnh Kon Tum, Thanh tra giao thông phát hiện nhiều xe tắt thiết bị.", ""), cfg)
    assert doc.fields.get("province") == "Đắk Lắk"


def test_a_regional_round_of_a_national_festival_holds_no_province_of_its_venue(cfg):
    # the national police's festival for a region, held at one city's police: troupes of several provinces
    text = ("Bế mạc Liên hoan nghệ thuật quần chúng CAND khu vực 1 năm 2013\n\nSau 4 ngày diễn ra sôi nổi, ngày 27/5, tại "
            "Công an TP Cần Thơ, Ban tổ chức Liên hoan nghệ thuật quần chúng CAND khu vực 1 năm 2013 tổ chức lễ bế mạc và "
            "trao giải cho các đơn vị, cá nhân xuất sắc nhất. Giải A thuộc về các đoàn Công an TP Cần Thơ, Công an TP HCM, "
            "Công an tỉnh Tiền Giang.")
    doc = extract_text(text, cfg)
    assert not doc.fields.get("province") and doc.fields.get("scope") == "national"
    # (one city's zone is no region: "giải phóng mặt bằng khu vực I Kinh thành Huế")
    doc = extract_text("Phường Phú Xuân phát triển đô thị\n\n12/12/2024 08:00\n\nNăm 2024, phường Phú Xuân (thành phố Huế) tập trung công tác "
                       "giải phóng mặt bằng, chỉnh trang khu vực I Kinh thành Huế.", cfg)
    assert doc.fields.get("province") == "Thừa Thiên Huế"


def test_a_caption_s_ward_places_the_city_the_headline_speaks_of_without_its_name(cfg):
    # the city's broadcaster; the head says only "thành phố", a photo's ward tells which city's district it is
    text = ("Hội Cựu chiến binh toàn thành phố tổng kết phong trào thi đua “Cựu chiến binh gương mẫu”\n\n"
            "Hội Cựu chiến binh thành phố vừa tổ chức hội nghị tổng kết phong trào thi đua “Cựu chiến binh gương mẫu” "
            "giai đoạn 2014 - 2019, biểu dương các tập thể và cá nhân có thành tích xuất sắc.\n"
            "Hội nghị tổng kết phong trào của Hội CCB phường Minh An - Ảnh: Lê Hà\n"
            "Trong 5 năm qua, các cấp hội đã vận động hội viên giúp nhau phát triển kinh tế.")
    doc = extract_text(text, cfg, url="https://hoianrt.vn/tin-tuc/hoi-cuu-chien-binh-tong-ket.html")
    assert doc.fields.get("district") == "Hội An"


def test_the_provincial_youth_union_capitalised_holds_its_event_at_a_district_s_school(cfg):
    doc = extract_text("Quảng Trị: Tuyên dương 45 học sinh đạt danh hiệu “Học sinh 3 tốt”\n\n"
                       "Tối ngày 15/9, tại trường THPT Cam Lộ (huyện Cam Lộ), Ban Thường vụ Tỉnh Đoàn đã tổ chức Chương trình "
                       "tuyên dương “Học sinh 3 tốt” cấp tỉnh năm học 2022 - 2023.", cfg)
    assert doc.fields["province"] == "Quảng Trị" and not doc.fields.get("district")


def test_a_city_youth_union_s_review_at_a_ward_named_in_the_first_sentence_of_the_body_has_no_commune(cfg):
    doc = extract_text("Chiến dịch tình nguyện hè 2025 khép lại\n\nTPO - Chiến dịch tình nguyện hè của thanh niên TP Hà Nội "
                       "năm nay triển khai tại nhiều tỉnh miền núi phía Bắc.\n\nChiều 20/9, tại phường Hoàn Kiếm, Thành Đoàn "
                       "Hà Nội tổ chức hội nghị tổng kết các chiến dịch tình nguyện hè năm 2025.", cfg)
    assert doc.fields["province"] == "Hà Nội" and not doc.fields.get("commune")


def test_a_provincial_young_pioneers_council_s_review_under_a_central_award_stays_in_its_province(cfg):
    doc = extract_text("28 tập thể, cá nhân được Hội đồng Đội Trung ương khen thưởng\n\nNgày 7-10, Hội đồng Đội tỉnh tổng kết "
                       "công tác đội và phong trào thiếu nhi năm học 2018 – 2019.\n\nNăm học qua, các liên đội trên địa bàn "
                       "đã tổ chức tốt các hoạt động.", cfg, url="https://tinhdoanphuyen.vn/12345/")
    assert doc.fields.get("province") == "Phú Yên" and doc.fields.get("scope") != "national"


def test_the_province_s_unity_day_at_a_hamlet_is_that_commune_s(cfg):
    # the province holds it, but the day belongs to the residential area where it is held
    doc = extract_text("Phó Chủ tịch Quốc hội dự ngày hội Đại đoàn kết toàn dân tộc ở Gia Lai 15/11/2025 10:20\n\n"
                       "(PLO)- Tại ngày hội, Phó Chủ tịch Quốc hội căn dặn cán bộ, đảng viên mặt trận và các đoàn thể phải là "
                       "hạt nhân nòng cốt, gần dân, hiểu dân và giúp dân trong mọi việc.\n\n"
                       "Sáng 15-11, UBND tỉnh Gia Lai tổ chức ngày hội Đại đoàn kết toàn dân tộc tại liên khu dân cư thôn "
                       "Quý Đức - Quý Thuận (xã Ia Pa). Ngày hội có sự tham dự của lãnh đạo tỉnh.\n\n"
                       "Phó Chủ tịch Quốc hội tặng quà cho bà con đồng bào ở xã Ia Pa. Ảnh: HN", cfg)
    assert doc.fields.get("commune") == "Ia Pa"


def test_a_provincial_party_bloc_s_visit_to_a_relic_in_another_province_gives_no_district(cfg):
    doc = extract_text("Đảng bộ Khối các cơ quan tỉnh báo công dâng Bác\n\nNgày 10/5/2023, Đảng bộ Khối các cơ quan và doanh "
                       "nghiệp tỉnh đã tổ chức Đoàn đại biểu báo công dâng Bác tại Khu Di tích lịch sử Kim Liên, Nam Đàn, "
                       "Nghệ An; biểu dương các tập thể, cá nhân tiêu biểu.", cfg)
    assert not doc.fields.get("district")


def test_a_column_about_an_unnamed_hamlet_is_placed_by_its_one_caption(cfg):
    # no whole province spoken of: the caption's hamlet is the column's own
    text = ("Chuyện ở ấp\n\nỞ cái ấp nhỏ ven sông này, ngày hội đại đoàn kết năm nào cũng đông vui, bà con góp công góp sức "
            "làm đường, thắp sáng đường quê và giúp nhau thoát nghèo.\n\n"
            "Ông trưởng ấp kể, mấy năm trước con đường đất lầy lội, nay đã được bê tông hóa nhờ bà con hiến đất, góp tiền "
            "và ngày công; nhà nào cũng treo cờ, thắp đèn trước ngõ.\n"
            "Đường quê ấp Tân Lợi (xã Tân Phú, huyện Thới Bình) trong Ngày hội đại đoàn kết. Ảnh: H.N\n"
            "Năm nay, ấp có thêm nhiều hộ được công nhận gia đình văn hóa.")
    doc = extract_text(text, cfg, url="https://baocamau.vn/chuyen-o-ap-a12345.html")
    assert doc.fields.get("district") == "Thới Bình"


def test_districts_named_before_their_figures_in_a_breakdown_give_the_province(cfg):
    # "Mường Lát 3 mô hình": the district's name runs into its figure, and the list is the province's
    text = ("Lan tỏa phong trào thi đua dân vận khéo\n\n"
            "Phong trào thi đua “Dân vận khéo” trên địa bàn tỉnh được các cấp ủy quan tâm. Năm 2023, tỉnh công nhận 21 "
            "mô hình “Dân vận khéo” cấp tỉnh. Trong đó, huyện Mường Lát 3 mô hình; Quan Sơn 2 mô hình; Bá Thước 4 mô hình.")
    doc = extract_text(text, cfg)
    assert doc.fields["province"] == "Thanh Hóa" and not doc.fields.get("district")


def test_a_city_the_head_speaks_of_unnamed_is_the_one_named_once_in_the_body(cfg):
    text = ("Phát biểu tại hội nghị, ông Lê Văn A, Chủ tịch UBND thành phố biểu dương lực lượng vũ trang thành phố đã "
            "chung tay, đồng hành để Tết Quân dân trở thành mô hình được nhân rộng. Chủ tịch UBND thành phố cho rằng, "
            "qua 20 năm tổ chức, mô hình đã khẳng định hiệu quả thiết thực.\n\n"
            "Hằng năm, Tết Quân dân được tổ chức tại các xã vùng sâu, với nhiều công trình, phần việc thiết thực, thăm "
            "hỏi, tặng quà các gia đình chính sách, hộ nghèo. Các cơ quan, đơn vị đã huy động nhiều nguồn lực xã hội "
            "hóa để chăm lo Tết cho Nhân dân.\n\n"
            "Chủ tịch UBND thành phố đề nghị Bộ Chỉ huy Quân sự thành phố tiếp tục quán triệt các chỉ thị của Thành ủy - "
            "UBND thành phố Đà Nẵng về công tác dân vận trong tình hình mới.")
    assert extract_text(text, cfg).fields["province"] == "Đà Nẵng"


def test_a_person_s_commune_in_brackets_after_a_capitalised_honorific_is_the_person_s_home(cfg):
    text = ("(GLO)- Chị Nguyễn Thị Hạnh (xã Ia Dom) và anh Trần Văn Lộc (xã Tuy Phước) là 2 trong số 20 gương mặt tiêu "
            "biểu được nhận Giải thưởng 15-10 cấp tỉnh năm 2025\n\n"
            "Một người gắn bó với phong trào thiện nguyện nơi biên giới, một người năng động trong chuyển đổi số.")
    assert not extract_text(text, cfg).fields.get("commune")


def test_places_in_a_battle_s_name_are_history(cfg):
    text = ("Sư đoàn 361 đón nhận danh hiệu Anh hùng\n\n21/10/2025 15:00\n\n"
            "Trải qua 60 năm, Sư đoàn đã lập nhiều chiến công, đặc biệt trong chiến dịch “Hà Nội - Điện Biên Phủ trên "
            "không” tháng 12-1972. Sư đoàn được phong tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân.")
    assert not extract_text(text, cfg).fields.get("province")


def test_a_ministry_s_ceremony_at_a_facility_makes_its_ward_a_venue(cfg):
    text = ("Ngày 9-9 tại chốt kiểm soát cầu Rạch Miễu trên quốc lộ 60, thuộc địa phận phường 6 (TP Mỹ Tho, Tiền Giang) "
            "Bộ Công an tổ chức lễ trao Bằng khen tặng ba cán bộ, chiến sĩ Công an tỉnh Tiền Giang.")
    doc = extract_text(text, cfg)
    assert doc.fields["province"] == "Tiền Giang" and not doc.fields.get("district")


def test_the_province_a_national_paper_s_address_opens_with_names_an_excerpt_without_its_headline(cfg):
    text = ("Các đại biểu tham dự chương trình\n\nPhát biểu tại chương trình, đồng chí Phó Bí thư Thường trực Tỉnh ủy ghi "
            "nhận kết quả học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh của toàn Đảng bộ tỉnh.\n\n"
            "Dịp này, Ban Thường vụ Tỉnh ủy tặng giấy khen cho 12 tập thể và 20 cá nhân. Những năm qua, Đảng bộ tỉnh "
            "Tây Ninh đã triển khai nhiều cách làm sáng tạo.")
    doc = extract_text(text, cfg, url="https://www.sggp.org.vn/tay-ninh-tuyen-duong-cac-dien-hinh-tien-tien-post7.html")
    assert doc.fields["province"] == "Tây Ninh"


def test_many_localities_of_a_province_make_its_communes_examples(cfg):
    text = ("Trao quà Tết đến người dân Nghệ An\n\n"
            "(NA)- Người dân phấn khởi khi nhận quà.\n\n"
            "Ngày 25-1, nhiều địa phương tại tỉnh Nghệ An đồng loạt trao quà Tết cho người dân.\n\n"
            "Tại khối Yên Hòa, phường Trường Vinh, người dân xếp hàng nhận quà. Phường Trường Vinh đã trao quà cho 9.000 hộ.")
    doc = extract_text(text, cfg)
    assert doc.fields["province"] == "Nghệ An" and not doc.fields.get("commune")


def test_a_fund_named_for_a_place_is_no_place_of_the_article(cfg):
    text = ("Sở Tư pháp: Hội nghị điển hình tiên tiến\n\n"
            "Ngày 12-6 Sở Tư pháp tổ chức hội nghị điển hình tiên tiến. Công chức, viên chức tích cực ủng hộ "
            "“Quỹ vì Trường Sa thân yêu”, “Quỹ người nghèo”.")
    doc = extract_text(text, cfg, url="http://baoninhthuan.com.vn/news/123456p24c32/so-tu-phap.htm")
    assert doc.fields["province"] == "Ninh Thuận"


def test_a_hamlet_chosen_as_the_province_s_pilot_keeps_its_district(cfg):
    text = ("Ngày hội Đại đoàn kết toàn dân tộc ấp Mỹ Hòa xã Tân Bình\n\n"
            "Ngày 10/11/2021, tại nhà văn hóa xã, ấp Mỹ Hòa tổ chức Ngày hội Đại đoàn kết toàn dân tộc (được chọn làm "
            "điểm của Huyện, của Tỉnh).\n\nDự có đồng chí Bí thư Huyện ủy Thanh Bình và đông đảo bà con trong ấp.")
    assert extract_text(text, cfg).fields.get("district") == "Thanh Bình"


def test_the_trung_sisters_and_an_uprising_are_no_district(cfg):
    text = ("Công đoàn Giáo dục huyện Phong Điền họp mặt kỷ niệm ngày Quốc tế Phụ nữ 8/3 và 1983 năm cuộc khởi nghĩa "
            "Hai Bà Trưng\n\nBuổi họp mặt ôn lại truyền thống của phụ nữ Việt Nam và lịch sử đấu tranh của Hai Bà Trưng. "
            "Dự có Chủ tịch LĐLĐ huyện Phong Điền, thành phố Cần Thơ.")
    doc = extract_text(text, cfg)
    assert (doc.fields.get("province"), doc.fields.get("district")) == ("Cần Thơ", "Phong Điền")


def test_a_district_the_package_spells_otherwise_is_read_and_written_as_the_press_spells_it(cfg):
    text = ("Hội LHPN huyện Phú Quý sơ kết phong trào thi đua\n\n"
            "Sáng 5/3, Hội LHPN huyện Phú Quý tổ chức sơ kết 1 năm thực hiện phong trào thi đua.")
    doc = extract_text(text, cfg)
    assert (doc.fields.get("province"), doc.fields.get("district")) == ("Bình Thuận", "Phú Quý")


def test_a_kon_tum_district_is_written_as_the_province_writes_it(cfg):
    text = ("Đăk Glei tổng kết phong trào thi đua năm 2023\n\n"
            "Chiều 28/12, UBND huyện Đăk Glei tổ chức hội nghị tổng kết phong trào thi đua năm 2023.")
    assert extract_text(text, cfg).fields.get("district") == "Đăk Glei"


def test_a_national_campaign_s_reach_in_the_localities_leaves_the_commune_s_district(cfg):
    text = ("Cuộc vận động “Xây dựng gia đình 5 không, 3 sạch” do Trung ương Hội LHPN Việt Nam phát động đã mang lại "
            "những thay đổi tích cực ở các địa phương.\n"
            "Đến nay, Hội LHPN xã Bản Bo duy trì 2 mô hình “5 không, 3 sạch” với 210 hội viên. Trong năm 2024, Hội LHPN "
            "xã Bản Bo tiếp tục vận động chị em giữ gìn vệ sinh.")
    doc = extract_text(text, cfg, url="https://tamduong.laichau.gov.vn/index.php/vi/tin-tuc/ban-bo-5-khong-3-sach-123.html")
    assert (doc.fields.get("province"), doc.fields.get("district")) == ("Lai Châu", "Tam Đường")


def test_a_province_closing_a_hamlet_s_address_does_not_hold_the_event(cfg):
    text = ("Sáng ngày 12/10/2018, tại trụ sở ấp Mương Kinh xã Vĩnh Điều huyện Giang Thành tỉnh Kiên Giang tổ chức hội nghị "
            "Chi hội điểm của huyện. Đến dự có Chủ tịch Hội Nông dân huyện và đại diện các đoàn thể xã.")
    assert extract_text(text, cfg).fields.get("district") == "Giang Thành"


def test_one_district_and_a_count_of_others_in_the_headline_name_no_district(cfg):
    text = ("TP. Sóc Trăng và 3 huyện tổ chức Tết quân dân 2021\n\nThứ Hai, 14/12/2020 | 09:00\n\n"
            "(ST) Có 4 địa phương cấp huyện trong tỉnh tổ chức chương trình Tết quân dân năm 2021. TP. Sóc Trăng tổ chức "
            "tại phường 10; huyện Mỹ Xuyên tổ chức tại xã Tham Đôn.")
    assert not extract_text(text, cfg).fields.get("district")


def test_a_column_of_news_in_brief_has_no_district(cfg):
    text = ("Tin vắn\n* Ngày 5.3, UBND phường Nhơn Bình, TP Quy Nhơn đã trao giấy khen cho em Lê Văn An vì đã có hành "
            "động dũng cảm cứu người.\n* Ngày 6.3, Trường THCS thị trấn Tăng Bạt Hổ, huyện Hoài Ân tổ chức lễ tuyên dương "
            "học sinh giỏi.")
    doc = extract_text(text, cfg)
    assert not doc.fields.get("district") and not doc.fields.get("commune")


def test_a_station_s_evening_news_of_items_from_several_communes_has_no_commune(cfg):
    text = ("Thời sự Lạng Sơn tối 12/10/2025\n\nXã Na Dương tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025\n\n"
            "Ngày 12/10, thôn Khòn Pát, xã Na Dương tổ chức Ngày hội Đại đoàn kết.\n\nPhường Tam Thanh ra mắt mô hình "
            "“Dân vận khéo”\n\nNgày 11/10, phường Tam Thanh ra mắt mô hình tuyến phố văn minh.")
    doc = extract_text(text, cfg)
    assert (doc.fields.get("province"), doc.fields.get("commune")) == ("Lạng Sơn", None)


def test_the_district_the_head_names_wins_over_one_only_a_moved_commune_gives(cfg):
    # (xã Mường Phăng belonged to huyện Điện Biên until 2022, when it joined the city of Điện Biên Phủ)
    text = ("Đổi thay ở xã Mường Phăng\n\n"
            "Ngày 15-6-2019, UBND huyện Điện Biên, tỉnh Điện Biên tổ chức Lễ công nhận xã Mường Phăng đạt chuẩn nông thôn "
            "mới.\n\nNhững năm qua, người dân xã Mường Phăng đã đóng góp hàng nghìn ngày công làm đường.")
    assert extract_text(text, cfg).fields.get("district") == "Điện Biên"


def test_a_portal_s_news_in_brief_label_above_one_article_s_headline_keeps_its_district(cfg):
    text = ("Cổng thông tin điện tử huyện Tân Hiệp\n\nTin vắn\n\nHòn Đất có thêm 02 xã đạt chuẩn nông thôn mới\n\n"
            "(08:43 | 26/04/2019)\n\nHội đồng thẩm định tỉnh Kiên Giang vừa họp xét công nhận 07 xã đạt chuẩn nông thôn "
            "mới. Trong đó, huyện Hòn Đất có 02 xã được công nhận.")
    assert extract_text(text, cfg).fields.get("district") == "Hòn Đất"


def test_an_undated_page_of_a_gone_province_s_portal_speaks_the_old_system(cfg):
    text = ("Xã Hòa Hiệp có hơn 3.000 hộ dân, phần lớn sống bằng nghề nông. Hội LHPN xã Hòa Hiệp đã vận động hội viên "
            "vay vốn phát triển kinh tế.\n\nNhờ đó, nhiều hội viên xã Hòa Hiệp đã thoát nghèo.")
    doc = extract_text(text, cfg, url="http://hdtdkt.baria-vungtau.gov.vn/tin-tuc/hoa-hiep-102-375-2200.aspx")
    assert (doc.fields["era"], doc.fields.get("province"), doc.fields.get("district")) == ("legacy", "Bà Rịa - Vũng Tàu",
                                                                                          "Xuyên Mộc")


def test_a_district_renamed_before_the_package_s_snapshot_is_read_by_its_old_name(cfg):
    # (huyện Yên Hưng became the town of Quảng Yên in 2012; the package knows only the town)
    text = ("Hội Nông dân huyện Yên Hưng tổng kết năm 2010\n\n15/12/2010 09:12\n\nNgày 14/12, Hội Nông dân huyện Yên Hưng "
            "tổ chức hội nghị tổng kết, biểu dương 42 hộ nông dân sản xuất kinh doanh giỏi.")
    f = extract_text(text, cfg).fields
    assert (f.get("district"), f.get("province")) == ("Yên Hưng", "Quảng Ninh")


def test_a_paragraph_after_a_dashed_list_closes_the_list_and_keeps_its_district(cfg):
    text = ("Tổng kết năm học 2015-2016\n\nCác danh hiệu được ghi nhận:\n\n"
            "- UBND huyện công nhận 95 tập thể lao động tiên tiến và 820 lao động tiên tiến trong toàn ngành.\n\n"
            "- Sở Giáo dục và Đào tạo tặng giấy khen cho 4 tập thể và 9 cá nhân có thành tích xuất sắc trong năm học.\n\n"
            "- UBND tỉnh tặng bằng khen cho 2 tập thể và 5 cá nhân, công nhận 10 chiến sĩ thi đua cấp tỉnh.\n\n"
            "Năm học tới, ngành giáo dục huyện Krông Bông sẽ phấn đấu đạt thành tích cao hơn.")
    assert extract_text(text, cfg).fields.get("district") == "Krông Bông"


def test_a_district_named_more_often_by_its_present_name_keeps_it(cfg):
    # (Quận 2, Quận 9 and Quận Thủ Đức merged into the city of Thủ Đức in 2021)
    text = ("Sổ tay gương sáng học Bác\n\nQua 5 năm, dưới sự lãnh đạo của Đảng bộ các Quận 2, 9, Thủ Đức (cũ) và Đảng bộ thành "
            "phố Thủ Đức, việc học tập và làm theo Bác đã thành nền nếp. Thành ủy Thủ Đức giới thiệu 40 tấm gương tiêu biểu "
            "của thành phố Thủ Đức.")
    assert extract_text(text, cfg).fields.get("district") == "Thủ Đức"


def test_a_district_that_only_hosts_a_provincial_event_is_not_its_unit(cfg):
    text = ("Kiên Giang: Sôi nổi ngày hội thanh niên khởi nghiệp\n\nNgày 12/9/2021, Tỉnh Đoàn Kiên Giang giao Huyện Đoàn Giồng "
            "Riềng đăng cai tổ chức Ngày hội thanh niên khởi nghiệp cấp tỉnh, với 35 gian hàng của các đơn vị.")
    f = extract_text(text, cfg).fields
    assert (f.get("province"), f.get("district")) == ("Kiên Giang", None)


def test_units_of_a_count_of_districts_of_several_kinds_name_no_district(cfg):
    text = ("Công nhận 180 cơ quan đạt chuẩn văn hóa\n\nNgày 20/12/2021, Chủ tịch UBND tỉnh Nghệ An ban hành quyết định công nhận "
            "180 tập thể thuộc 21 huyện, thị xã, thành phố đạt chuẩn văn hóa (cụ thể: thành phố Vinh: 12 đơn vị; huyện "
            "Nghi Lộc: 9 đơn vị; huyện Đô Lương: 8 đơn vị; thị xã Cửa Lò: 5 đơn vị).")
    f = extract_text(text, cfg).fields
    assert (f.get("province"), f.get("district")) == ("Nghệ An", None)


def test_a_central_rule_cited_as_the_basis_of_a_district_s_ceremony_is_no_national_scope(cfg):
    text = ("Thực hiện Quy định số 24-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương Đảng về thi hành Điều lệ Đảng, sáng "
            "nay, Ban Thường vụ Huyện ủy long trọng tổ chức Lễ trao Huy hiệu Đảng cho 12 đồng chí.")
    f = extract_text(text, cfg, url="https://tuyphuoc.vn/vi/news/tin-bien-tap/le-trao-huy-hieu-dang-973.html").fields
    assert (f.get("scope"), f.get("district")) == ("district", "Tuy Phước")


@pytest.mark.parametrize("url, era", [
    ("https://nld.com.vn/hop-mat-cuu-chien-binh-196190912163728791.htm", "legacy"),  # (the site's code, then 19-09-12 …)
    ("https://nld.com.vn/hop-mat-cuu-chien-binh-196250912163728791.htm", "2025"),
    ("https://baotintuc.vn/thoi-su/hop-mat-cuu-chien-binh-20190912163728413.htm", "legacy"),  # (the year first)
])
def test_the_stamp_closing_a_news_site_s_address_dates_an_undated_article_s_era(cfg, url, era):
    text = ("Chiều 12-9, Hội Cựu chiến binh phường Bình Trị Đông tổ chức họp mặt kỷ niệm ngày truyền thống. Ông Nguyễn Văn "
            "Hùng, Chủ tịch Hội, cho biết năm qua hội đã vận động hội viên giúp nhau phát triển kinh tế.\n\nDịp này, Hội Cựu "
            "chiến binh phường Bình Trị Đông đã trao 20 phần quà cho hội viên có hoàn cảnh khó khăn.")
    assert extract_text(text, cfg, url=url).fields["era"] == era


def test_a_national_site_s_section_for_one_province_keeps_the_province_it_names_once(cfg):
    text = ("Hội nghị cũng tổng kết 10 năm thực hiện nghị quyết 6b/NQ-BCH về công tác vận động nữ công nhân viên chức lao "
            "động thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước và chỉ thị số 03/CT-TLĐ về tiếp tục đẩy mạnh phong "
            "trào thi đua “Giỏi việc nước – Đảm việc nhà” trong nữ công nhân viên chức lao động giai đoạn 2010-2020.\n\nTại hội "
            "nghị đã có 5 tập thể và 28 cá nhân được khen thưởng vì có thành tích xuất sắc trong việc thực hiện Nghị quyết "
            "6b/NQ-BCH giai đoạn 2010-2020; thống nhất những nhiệm vụ trọng tâm trong 6 tháng cuối năm 2020.\n\nCông đoàn Viên "
            "chức tỉnh Thái Nguyên cũng chỉ đạo các Công đoàn cơ sở phấn đấu hoàn thành nhiệm vụ.")
    f = extract_text(text, cfg, url="https://congdoanvietnam.laodong.vn/ldld-thai-nguyen/khen-thuong-5-tap-the-818195.ldo").fields
    assert f.get("province") == "Thái Nguyên"



def test_a_national_body_whose_founding_day_a_district_marks_is_no_national_scope(cfg):
    text = ("Chào mừng 95 năm Ngày thành lập Hội Nông dân Việt Nam (14/10/1930 - 14/10/2025), chiều 13/10, Thường trực "
            "Huyện ủy đã đến thăm, tặng hoa chúc mừng Hội Nông dân huyện và biểu dương 15 hội viên sản xuất giỏi.")
    f = extract_text(text, cfg, url="https://vanninh.khanhhoa.gov.vn/vi/tin-tuc/hoi-nong-dan-huyen-95-nam.html").fields
    assert (f.get("scope"), f.get("district")) == ("district", "Vạn Ninh")


def test_a_church_s_see_named_after_its_place_is_not_the_article_s_place(cfg):
    text = ("Nhân dịp Đại lễ, lãnh đạo Ủy ban MTTQ Việt Nam tỉnh đã đến thăm, chúc mừng Cao Đài Tòa thánh Tây Ninh tại tỉnh "
            "và các chức sắc, chức việc Giáo phận Vinh trên địa bàn.")
    f = extract_text(text, cfg, url="https://baogialai.com.vn/mttq-tinh-chuc-mung-dai-le.html").fields
    assert f.get("province") == "Gia Lai"


def test_a_hamlet_deep_in_the_body_is_an_example_of_a_province_wide_story(cfg):
    text = ("Nam Định: Nhân rộng mô hình “Camera an ninh” ở khu dân cư\n\nThời gian qua, Nam Định đã khuyến khích các mô hình "
            "tự quản về an ninh trật tự, huy động người dân cùng lắp camera ở các ngõ xóm.\n\nCông an tỉnh cho biết các mô hình "
            "đã góp phần kiềm chế tội phạm, giữ vững an ninh nông thôn trong nhiều năm qua.\n\n"
            "Ngày 12/5/2024, đoàn công tác của Bộ Công an đã khảo sát mô hình tại thôn Đông Thượng, xã Hải Đông, huyện Hải Hậu.")
    f = extract_text(text, cfg, url="https://baomoi.com/nam-dinh-nhan-rong-mo-hinh-camera-c49921111.epi").fields
    assert (f.get("province"), f.get("district")) == ("Nam Định", None)


def test_a_body_s_acronym_before_its_province(cfg):
    text = ("Các đơn vị nhận Cờ thi đua của Trung ương Hội\n\nHội CCB Quảng Bình vừa tổ chức tổng kết công tác Hội năm 2023, "
            "biểu dương các tập thể, cá nhân tiêu biểu trong phong trào thi đua của Hội.")
    assert extract_text(text, cfg).fields.get("province") == "Quảng Bình"


def test_a_province_s_sector_is_no_national_scope(cfg):
    text = ("20/07/2020 11:38\n\nDự lễ có các đồng chí nguyên là lãnh đạo Viện Kiểm sát nhân dân tỉnh qua các thời kỳ, cùng cán bộ, "
            "công chức trong toàn ngành.\n\nTại buổi lễ, các đại biểu đã ôn lại truyền thống 60 năm của ngành Kiểm sát nhân dân, "
            "những đóng góp của các thế hệ cán bộ, công chức.\n\nDịp này, 3 đơn vị thuộc Viện Kiểm sát nhân dân tỉnh Gia Lai "
            "được Chủ tịch nước tặng thưởng Huân chương Lao động hạng Ba.")
    f = extract_text(text, cfg, url="https://baogialai.com.vn/ky-niem-60-nam-nganh-kiem-sat.html").fields
    assert (f.get("scope"), f.get("province")) == ("province", "Gia Lai")


def test_units_counted_in_a_city_are_its_story_not_a_venue(cfg):
    text = ("4 trường học tại Đà Nẵng vinh dự đón nhận Huân chương Lao động 05/09/2025 09:42\n\nTrong lễ khai giảng sáng nay, "
            "4 trường học tại Đà Nẵng vinh dự được đón nhận Huân chương Lao động do Chủ tịch nước trao tặng.")
    f = extract_text(text, cfg, url="https://plo.vn/4-truong-hoc-don-nhan-huan-chuong-post1.html").fields
    assert f.get("province") == "Đà Nẵng"


def test_a_ward_s_residential_area_is_no_commune(cfg):
    text = ("Ngày hội Đại đoàn kết tại khu Tân Hưng\n\nChiều 8/11, lãnh đạo tỉnh đã tới dự Ngày hội với Nhân dân khu Tân Hưng, "
            "phường Thanh Miếu.")
    mentions = [m.surface for m in extract_text(text, cfg, url="https://baophutho.vn/ngay-hoi-242421.htm").mentions]
    assert "Tân Hưng" not in mentions


def test_a_commune_carelessly_cased(cfg):
    text = ("Ngày hội Đại đoàn kết ở khu dân cư số 5\n\nChiều 12/11/2025, lãnh đạo tỉnh đã tới dự và chung vui với Nhân dân "
            "khu dân cư số 5, phường Âu cơ nhân kỷ niệm 95 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam.")
    f = extract_text(text, cfg, url="https://baophutho.vn/ngay-hoi-dai-doan-ket-242999.htm").fields
    assert (f.get("province"), f.get("commune")) == ("Phú Thọ", "Âu Cơ")


def test_an_official_s_post_before_the_holder_s_name_is_no_subject(cfg):
    doc = extract_text("Đại hội Hội Nông dân tỉnh lần thứ IX\n\nSáng 15/8, Hội Nông dân tỉnh Nghệ An tổ chức đại hội đại "
                       "biểu lần thứ IX. Dự đại hội có Phó Chủ tịch UBND tỉnh Lê Hồng Vinh; Bí thư Thị ủy Cửa Lò Phạm Tuấn "
                       "Vinh; đại diện các sở, ngành của tỉnh.", cfg)
    assert doc.fields.get("province") == "Nghệ An" and not doc.fields.get("district")


def test_a_commune_several_provinces_share_named_in_the_headline_is_kept_without_its_province(cfg):
    doc = extract_text("Hội Nông dân xã Tân Hòa tổng kết năm 2025\n\n28/12/2025 09:10\n\nSáng 27/12, Hội Nông dân xã Tân "
                       "Hòa tổ chức hội nghị tổng kết công tác Hội năm 2025.", cfg)
    assert doc.fields.get("commune") == "Tân Hòa" and not doc.fields.get("province") and not doc.fields.get("commune_code")



def test_an_honoured_office_s_seat_is_not_the_story_s_place(cfg):
    doc = extract_text("UBND tỉnh Quảng Ngãi tặng bằng khen cho Cơ quan thường trú Báo Nhân Dân\n\nNgày 3.6, UBND tỉnh Quảng "
                       "Ngãi tặng bằng khen cho Cơ quan thường trú Báo Nhân Dân tại khu vực Nam Trung Bộ (trụ sở tại TP Nha "
                       "Trang, Khánh Hòa) cùng 5 đơn vị khác vì thành tích tuyên truyền phòng chống thiên tai.", cfg)
    assert (doc.fields.get("province"), doc.fields.get("district")) == ("Quảng Ngãi", None)


_MOVING_FEATURE = ("Lan tỏa phong trào xây dựng gia đình văn hóa\n\nNhiều năm qua, huyện Hàm Yên chú trọng xây dựng gia đình "
                   "văn hóa gắn với phát triển kinh tế. Toàn huyện Hàm Yên hiện có hơn 20.000 hộ đạt danh hiệu gia đình văn hóa."
                   "\n\n{opener}, phong trào cũng được các thôn, bản triển khai sâu rộng, đời sống văn hóa ngày càng nâng lên.")


@pytest.mark.parametrize("opener, district", [
    ("Tại huyện Chiêm Hóa", None),  # the feature moves on to a second district: neither is its own
    ("Cũng như các địa phương trong tỉnh, huyện Chiêm Hóa", None),
    ("Tại huyện Hàm Yên", "Hàm Yên"),  # a paragraph that opens in the district itself
])
def test_a_feature_going_from_one_district_to_the_next_has_none(cfg, opener, district):
    doc = extract_text(_MOVING_FEATURE.format(opener=opener), cfg, url="https://baotuyenquang.com.vn/van-hoa/lan-toa.html")
    assert (doc.fields.get("province"), doc.fields.get("district")) == ("Tuyên Quang", district)


def test_a_hall_s_address_written_out_is_the_venue_not_the_unit(cfg):
    doc = extract_text("Nông dân thành phố biển thi tài\n\n09:15 14/08/2023\n\nNgày 12/8, Hội Nông dân thành phố Đà Nẵng tổ "
                       "chức Hội thi Nhà nông đua tài năm 2023 tại Trung tâm Dạy nghề và Hỗ trợ nông dân, khu đô thị Hòa Xuân, "
                       "phường Hòa Xuân, quận Cẩm Lệ. Tham dự có các đội thi đến từ các quận, huyện.", cfg)
    assert (doc.fields.get("province"), doc.fields.get("district")) == ("Đà Nẵng", None)



_FARMERS = ("Nông dân sản xuất, kinh doanh giỏi: làm giàu trên quê hương\n"
            "Năm 2023, phong trào nông dân sản xuất, kinh doanh giỏi tiếp tục lan rộng, với 86.500 hộ đạt danh hiệu các "
            "cấp. Nhiều hộ ở huyện Lục Ngạn đã có thu nhập trên 1 tỷ đồng mỗi năm từ vải thiều.{more}\n"
            "Ông Nguyễn Văn Hải, hội viên huyện Yên Thế, chia sẻ kinh nghiệm trồng cây ăn quả; còn các hộ trồng vải ở "
            "huyện Lục Ngạn liên kết bán hàng qua mạng.")


def test_a_district_named_twice_among_others_under_a_headline_of_none_is_not_the_subject(cfg):
    # a province-wide feature visiting two districts; the headline names neither
    doc = extract_text(_FARMERS.format(more=""), cfg)
    assert (doc.fields["province"], doc.fields.get("district")) == ("Bắc Giang", None)


def test_a_district_the_text_keeps_coming_back_to_is_the_subject_without_a_headline(cfg):
    doc = extract_text(_FARMERS.format(more=" Toàn huyện Lục Ngạn có 1.200 hộ sản xuất, kinh doanh giỏi cấp tỉnh."), cfg)
    assert (doc.fields["province"], doc.fields.get("district")) == ("Bắc Giang", "Lục Ngạn")


def test_a_station_named_after_a_province_is_not_the_province(cfg):
    doc = extract_text(
        "Biểu dương công nhân ngành đường sắt\n\nNgày 20/5, Công đoàn Đường sắt VN tổ chức hội nghị biểu dương công "
        "nhân lao động giỏi năm 2019.\n\nNhiều năm liền, các công nhân ga Thanh Hóa luôn hoàn thành xuất sắc nhiệm vụ. "
        "Ở Diễn Châu, đội duy tu cũng được khen.", cfg)
    assert doc.fields.get("province", "") == ""


def test_a_body_s_own_seat_is_its_place_not_a_venue(cfg):
    # (its places written as an address after "đặt tại"; its houses of worship spread over the country)
    text = ("Năm bằng khen dành tặng Đạo hội Bửu Sơn Kỳ Hương nhiệm kỳ II (2015-2020)\nĐạo hội Bửu Sơn Kỳ Hương (BSKH) có trụ sở "
            "Ban Đại diện đặt tại thị trấn Cái Dầu, huyện Châu Phú, An Giang. Toàn đạo có tổng số 52 cơ sở thờ tự trong đó "
            "30 cơ sở nội thôn, 22 cơ sở ngoại thôn hoạt động ở 11 tỉnh, thành phố trong cả nước và trên 40 ngàn tín đồ"
            "\n\nTín đồ phần lớn là nông dân, sống “tốt đời, đẹp đạo”.")
    doc = extract_text(text, cfg)
    assert (doc.fields.get("province"), doc.fields.get("district")) == ("An Giang", "Châu Phú")


@pytest.mark.parametrize("headline", [
    "DÂN VẬN KHÉO, CÂU CHUYỆN TỪ HẢI HẬU",
    "Dân Vận Khéo, Câu Chuyện Từ Hải Hậu",  # (a portal's title case)
])
def test_a_place_in_a_headline_in_capitals_that_the_body_names_too(cfg, headline):
    # (the body names two districts alike; the headline says which one the story is about)
    text = (f"{headline}\n\n12/12/2023 08:00\n\nNăm 2023, Ban Dân vận Huyện ủy Hải Hậu đã phối hợp với Ban Dân vận "
            "Huyện ủy Giao Thủy tổ chức hội nghị trao đổi kinh nghiệm xây dựng mô hình “Dân vận khéo”. Đến nay, toàn "
            "huyện có 125 mô hình được công nhận.")
    f = extract_text(text, cfg).fields
    assert (f.get("province"), f.get("district")) == ("Nam Định", "Hải Hậu")


def test_a_name_in_a_headline_in_capitals_is_read_as_the_same_headline_in_sentence_case(cfg):
    # (the body names the provincial city, typed; the headline's bare name is the province's, as in sentence case)
    body = ("\n\n19/05/2023 08:00\n\nSáng 18/5, Tỉnh đoàn tổ chức lễ báo công dâng Bác tại Khu tưởng niệm Chủ tịch Hồ Chí "
            "Minh ở TP Trà Vinh. Tham dự có đại diện các huyện đoàn, thị đoàn và đoàn viên thanh niên tiêu biểu.")
    for headline in ("TUỔI TRẺ TRÀ VINH BÁO CÔNG DÂNG BÁC", "Tuổi trẻ Trà Vinh báo công dâng Bác"):
        f = extract_text(headline + body, cfg).fields
        assert (f.get("province"), f.get("district")) == ("Trà Vinh", None), headline


@pytest.mark.parametrize("headline", [
    "MÔ HÌNH DU LỊCH TRẢI NGHIỆM GÓP PHẦN LÀM PHONG PHÚ DU LỊCH VỊNH HẠ LONG",
    "Mô hình du lịch trải nghiệm góp phần làm phong phú du lịch Vịnh Hạ Long",
])
def test_a_bay_in_a_headline_in_capitals_is_no_city(cfg, headline):
    # (the bay named after the city, in capitals as in sentence case; the body's own district stands)
    text = (f"{headline}\n\n20/05/2013 08:00\n\nNgày 16-5, Chủ tịch UBND tỉnh Quảng Ninh gửi thư khen mô hình du lịch "
            "trải nghiệm làng quê tại xã Yên Đức (Đông Triều). Mô hình kết nối các tour khách quốc tế đến tham quan "
            "Hạ Long, rồi về xã Yên Đức của huyện Đông Triều.")
    f = extract_text(text, cfg).fields
    assert (f.get("province"), f.get("district")) == ("Quảng Ninh", "Đông Triều")


def test_a_merged_commune_named_in_a_headline_in_capitals_is_written_as_a_name(cfg):
    # (a commune the package keeps accent-free takes the text's spelling: not the headline's capitals)
    text = ("XÃ CHÁNH HỘI ĐÓN NHẬN DANH HIỆU XÃ ĐẠT CHUẨN VĂN HÓA NÔNG THÔN MỚI\n\n06/03/2015 08:00\n\nNgày 5/3, "
            "nhân dân trong xã tổ chức lễ đón nhận danh hiệu; đến nay huyện Mang Thít đã có 8 xã đạt chuẩn.")
    f = extract_text(text, cfg).fields
    assert (f.get("district"), f.get("commune")) == ("Mang Thít", "Chánh Hội")


@pytest.mark.parametrize("written", ["quận 1", "Q.1", "Q. 1"])
def test_a_venue_with_its_district_written_short_is_still_a_venue(cfg, written):
    # (city papers write "Q.1", "P. Bến Nghé", "H. Củ Chi": the rules that read the kind before a name read those too)
    doc = extract_text("Tuyên dương gia đình văn hóa tiêu biểu\n\n28/06/2013 - 20:15\n\nTối 28-6, tại Nhà văn hóa Thanh niên "
                       f"({written}, TPHCM), Sở Văn hóa và Thể thao TPHCM tổ chức chương trình tuyên dương 120 gia đình văn "
                       "hóa tiêu biểu của thành phố.", cfg)
    assert (doc.fields.get("province"), doc.fields.get("district")) == ("Hồ Chí Minh", None)


@pytest.mark.parametrize("bearing", ["cách TP. Thanh Hóa 60 km", "cách thành phố Thanh Hóa khoảng 60 km"])
def test_a_city_named_only_to_say_how_far_away_is_no_rival_of_the_district(cfg, bearing):
    doc = extract_text(f"Như Xuân là huyện miền núi phía tây nam tỉnh Thanh Hóa, {bearing}, có 16 xã và thị trấn với 3 dân "
                       "tộc chính cùng sinh sống.\n\nNăm 2022, toàn huyện có 40 mô hình “Dân vận khéo” được công nhận. Trong "
                       "số những người có uy tín của huyện Như Xuân, nhiều người được bà con tín nhiệm.", cfg)
    assert (doc.fields.get("district"), doc.fields.get("province")) == ("Như Xuân", "Thanh Hóa")


@pytest.mark.parametrize("written, province", [
    ("Bắc Cạn", "Bắc Kạn"),  # (with a c, as the press long wrote it)
    ("Đắc Lắc", "Đắk Lắk"),
    ("Đắc Nông", "Đắk Nông"),
    ("Kontum", "Kon Tum"),  # (in one word)
])
def test_a_province_in_an_older_spelling_is_the_province(cfg, written, province):
    text = (f"Khắc phục hậu quả mưa lũ\n\n30/05/2013 08:00\n\nNgày 30-5, Ban Chỉ huy phòng chống lụt bão tỉnh {written} "
            "cho biết mưa lũ đã làm 3 ngôi nhà bị cuốn trôi; chính quyền đã hỗ trợ mỗi hộ 5 triệu đồng.")
    assert extract_text(text, cfg).fields.get("province") == province


@pytest.mark.parametrize("written, district", [("Đắc Tô", "Đắk Tô"), ("Đắc Mil", "Đắk Mil")])
def test_a_highland_district_written_with_c_is_the_district(cfg, written, district):
    # (the Highlands' "Đắk" as Vietnamese spelling writes it, "Đắc")
    text = (f"Tổng kết phong trào thi đua\n\n30/05/2013 08:00\n\nNgày 30-5, UBND huyện {written} tổ chức hội nghị tổng kết "
            "phong trào thi đua yêu nước, khen thưởng 12 tập thể và 25 cá nhân.")
    assert extract_text(text, cfg).fields.get("district") == district


def test_the_province_s_short_name_is_no_city_before_the_reform(cfg):
    doc = extract_text("TT-Huế tuyên dương nông dân giỏi\n\nNgày 20/11/2019, Hội Nông dân tỉnh TT-Huế tuyên dương 60 nông dân "
                       "sản xuất kinh doanh giỏi giai đoạn 2014-2019.", cfg)
    assert doc.fields.get("province") == "Thừa Thiên Huế" and doc.fields.get("district", "") == ""


_BOAT_RACE = ("Lễ hội đua thuyền 'không thắng không về' ở Quảng Bình\n\nCác đội thuyền chỉ về làng khi đã giành giải, theo "
              "lệ làng đã có từ hàng trăm năm.\n\nVào ngày mùng 4 Tết hằng năm, {opening} lại tổ chức lễ hội đua thuyền "
              "truyền thống trên sông Gianh, thu hút hàng nghìn người dân và du khách đến cổ vũ các đội thuyền của các "
              "thôn. Lễ hội năm nay có 12 đội tham gia.")


@pytest.mark.parametrize("opening, district", [
    # the body opens on the commune, its district beside it: the article's district, though named once
    ("xã Cảnh Dương (huyện Quảng Trạch, Quảng Bình)", "Quảng Trạch"),
    # a person's address in brackets is no opening on the commune: the district stays one named in passing
    ("ông Trần Văn Minh (xã Cảnh Dương, huyện Quảng Trạch), trưởng ban tổ chức, cho biết làng", None),
])
def test_a_body_that_opens_on_a_commune_and_its_district_is_about_that_district(cfg, opening, district):
    doc = extract_text(_BOAT_RACE.format(opening=opening), cfg)
    assert (doc.fields.get("province"), doc.fields.get("district")) == ("Quảng Bình", district)


@pytest.mark.parametrize("visit", [
    "Chúng tôi đã đến huyện Krông Nô",
    "Phóng viên có mặt tại huyện Krông Nô",
    "Chúng tôi về huyện Krông Nô",
])
def test_the_district_a_reporter_visits_under_a_national_opening_is_the_subject(cfg, visit):
    # a feature that opens on the country's campaign, then goes to one district and stays there
    text = ("Lo âu mùa khô\n\nCả nước đang bước vào cao điểm mùa khô, Thủ tướng Chính phủ đã có chỉ thị về phòng cháy rừng "
            f"trên toàn quốc. {visit}, nơi nhiều diện tích rừng đang bị đe dọa.\n\nTheo Hạt Kiểm lâm huyện Krông Nô, từ đầu năm "
            "đến nay trên địa bàn đã xảy ra 4 vụ cháy rừng. Huyện Krông Nô đã lập 12 tổ xung kích ở các xã Nam Đà, Đắk Sôr.\n\n"
            "Ông Nguyễn Văn Hải, Phó Chủ tịch UBND huyện Krông Nô, cho biết huyện sẽ tăng cường tuần tra.")
    f = extract_text(text, cfg).fields
    assert (f.get("district"), f.get("province"), f.get("scope")) == ("Krông Nô", "Đắk Nông", "district")


def test_a_journey_across_several_districts_announced_in_the_lead_has_no_district(cfg):
    # (the guide: a feature that goes from one locality to the next has no district, even where a cut-off excerpt shows
    # only the first)
    text = ("Những cách làm dân vận khéo ở vùng cao\n\n12/02/2022 08:00\n\nHành trình qua nhiều huyện vùng cao của Lai Châu "
            "những ngày đầu năm, chúng tôi gặp những cách làm dân vận riêng của từng nơi.\n\nĐiểm dừng chân đầu tiên là "
            "huyện Phong Thổ. Theo Ban Dân vận Huyện ủy Phong Thổ, toàn huyện có 120 mô hình “Dân vận khéo”.")
    doc = extract_text(text, cfg)
    assert (doc.fields["province"], doc.fields.get("district")) == ("Lai Châu", None)


def test_a_district_s_own_visit_to_several_of_its_communes_keeps_the_district(cfg):
    text = ("Huyện Phong Thổ thăm, tặng quà Tết\n\n12/02/2022 08:00\n\nChuyến công tác đến các xã biên giới của huyện "
            "Phong Thổ, đoàn đã trao 200 suất quà cho hộ nghèo.\n\nHuyện ủy Phong Thổ cũng biểu dương 12 tập thể.")
    assert extract_text(text, cfg).fields.get("district") == "Phong Thổ"


def test_a_district_the_lead_names_once_is_the_subject_where_the_body_speaks_of_the_district_past_a_neighbour(cfg):
    doc = extract_text("Nhân lên những mô hình tự quản ở khu dân cư\n\nNăm 2021, phong trào “Toàn dân đoàn kết xây dựng đời"
                       " sống văn hóa” ở huyện Mường La tiếp tục được triển khai sâu rộng.\n\nToàn huyện hiện có 215 bản đạt"
                       " danh hiệu bản văn hóa. Các bản giáp thành phố Sơn La giữ gìn vệ sinh, trồng hoa ven đường. Cuối năm,"
                       " UBND huyện khen thưởng 12 bản tiêu biểu.", cfg)
    assert (doc.fields.get("province"), doc.fields.get("district")) == ("Sơn La", "Mường La")


def test_a_digest_s_next_item_about_another_district_still_leaves_the_district_out(cfg):
    doc = extract_text("Ngày hội toàn dân bảo vệ an ninh Tổ quốc\n\nTối 20-8, huyện Mường La tổ chức Ngày hội “Toàn dân bảo"
                       " vệ an ninh Tổ quốc” trong toàn huyện.\n\nĐến nay, toàn huyện có 96 tổ tự quản về an ninh trật tự.\n\n"
                       "• Tối 20-8, xã Chiềng Mung, huyện Mai Sơn tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc.", cfg)
    assert doc.fields.get("district") in (None, "")


def test_a_commune_described_as_the_province_s_border_commune_is_no_story_of_the_whole_province(cfg):
    doc = extract_text("Ia Dom: Người có uy tín giữ bình yên biên giới\n\nLà xã biên giới của tỉnh Gia Lai, Ia Dom có đông đồng"
                       " bào Jrai sinh sống. Xã hiện có 4 mô hình “Dân vận khéo”.", cfg)
    assert (doc.fields.get("province"), doc.fields.get("district")) == ("Gia Lai", "Đức Cơ")


def test_an_abolished_province_written_short_and_current_keeps_an_undated_story_in_the_old_system(cfg):
    doc = extract_text("Long Sơn: Chi hội phụ nữ khéo vận động\n\nHội Liên hiệp Phụ nữ tỉnh BR-VT\n\nỞ xã Long Sơn, chi hội"
                       " phụ nữ thôn 2 có 3 mô hình “Dân vận khéo”, được Hội LHPN thành phố chọn để nhân rộng.", cfg)
    assert doc.fields.get("province") == "Bà Rịa - Vũng Tàu"


def test_a_highland_district_of_a_province_described_in_the_headline_is_no_city_of_the_province_s_name(cfg):
    doc = extract_text("Huyện vùng cao Lào Cai vận động dân hiến đất làm đường\n\nGần 900 hộ ở Si Ma Cai tự nguyện hiến đất mở"
                       " đường liên thôn.\n\nTheo Ban Dân vận Huyện ủy Si Ma Cai, huyện có 35 mô hình “Dân vận khéo”.", cfg)
    assert (doc.fields.get("province"), doc.fields.get("district")) == ("Lào Cai", "Si Ma Cai")
