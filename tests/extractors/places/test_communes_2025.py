"""Where (two-level system from 1 July 2025): communes, wards, special zones and the 34 provinces."""

import pytest

from tests.conftest import extract_text, facts_of

BODY = ("Phong trào thi đua “Dân vận khéo” được triển khai sâu rộng, với nhiều mô hình hay, cách làm hiệu quả "
        "trong phát triển kinh tế, giữ gìn an ninh trật tự và xây dựng nông thôn mới.")


def _where(doc):
    f = doc.fields
    return f.get("commune"), f.get("commune_type"), f.get("province"), f.get("district", "")


@pytest.mark.parametrize("lead, expected", [
    ("Đảng ủy phường Long Châu (tỉnh Vĩnh Long) tổng kết phong trào.", ("Long Châu", "phường", "Vĩnh Long", "")),
    ("UBND xã Tân Hòa, tỉnh Đồng Tháp tổ chức hội nghị.", ("Tân Hòa", "xã", "Đồng Tháp", "")),
    ("MTTQ phường An Đông, TP.HCM phát động phong trào.", ("An Đông", "phường", "Hồ Chí Minh", "")),
    ("Đảng bộ đặc khu Phú Quốc (tỉnh An Giang) sơ kết.", ("Phú Quốc", "đặc khu", "An Giang", "")),
    ("Ngày 20-10, P. Long Châu (Vĩnh Long) tổ chức lễ kỷ niệm.", ("Long Châu", "phường", "Vĩnh Long", "")),
    ("Đảng ủy xã Vĩnh Tường, tỉnh Phú Thọ tổ chức hội nghị.", ("Vĩnh Tường", "xã", "Phú Thọ", "")),
])
def test_communes_written_with_type_and_committee(cfg, lead, expected):
    doc = extract_text(f"Tổng kết phong trào\n\n21/10/2025 14:20\n\n{lead} {BODY}", cfg)
    assert _where(doc) == expected
    assert doc.fields["province_2025"] == expected[2]


def test_a_ward_s_front_committee_with_its_kind_capitalised_is_the_ward_s_not_the_national_one(cfg):
    # (portals capitalise the kind of their own unit mid-sentence: "Ủy ban MTTQ Việt Nam Phường …" is no central body)
    doc = extract_text(
        "Sáng 16/01/2026 tại hội trường Ủy ban MTTQ Việt Nam Phường Bến Thành, Ủy ban MTTQ Việt Nam phường tổ chức hội "
        "nghị hiệp thương nhân sự khóa I.\n\nHội nghị thực hiện theo Điều lệ Mặt trận Tổ quốc Việt Nam và hướng dẫn "
        "của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam.\n\nỦy ban MTTQ Việt Nam Phường Bến Thành đã ra mắt Ban "
        "Thường trực. Các ủy viên Ủy ban MTTQ Phường Bến Thành biểu quyết thống nhất.", cfg)
    assert _where(doc) == ("Bến Thành", "phường", "Hồ Chí Minh", "")
    assert doc.fields["scope"] == "commune"


def test_a_shared_commune_name_follows_the_outlet(cfg):
    # Xã Thượng Đức exists in Hà Tĩnh and in Đà Nẵng; Báo Đà Nẵng's mark decides.
    doc = extract_text(f"Xã Thượng Đức khen thưởng 15 cá nhân\n\n14/08/2025 - 16:00\n\nĐNO - UBND xã Thượng Đức khen thưởng 15 cá nhân. {BODY}", cfg)
    assert _where(doc) == ("Thượng Đức", "xã", "Đà Nẵng", "")


def test_the_new_province_of_an_old_outlet(cfg):
    # Báo Đồng Khởi is Bến Tre's paper; since July 2025 its communes are in Vĩnh Long.
    doc = extract_text(f"Xã Châu Hòa ra mắt mô hình\n\n05/09/2025 - 08:00\n\nBDK - Đảng ủy xã Châu Hòa ra mắt mô hình mới. {BODY}", cfg)
    assert doc.fields["province"] == "Vĩnh Long"


def test_an_old_district_named_as_history_is_not_the_unit(cfg):
    text = ("Xã Thượng Đức tuyên dương điển hình\n\n14/08/2025 - 16:00\n\n"
            "ĐNO - Trước khi sáp nhập thành xã Thượng Đức, 3 xã Đại Hưng, Đại Sơn và Đại Lãnh (cũ) của huyện Nông Sơn cũ "
            f"đều đạt chuẩn nông thôn mới. {BODY}")
    doc = extract_text(text, cfg)
    assert _where(doc) == ("Thượng Đức", "xã", "Đà Nẵng", "")
    history = [f for f in doc.facts if f.kind == "commune" and "cũ" in f.qualifier]
    assert {f.value for f in history} >= {"Đại Hưng", "Đại Sơn", "Đại Lãnh"}


def test_a_commune_that_took_an_old_district_name_is_the_commune(cfg):
    doc = extract_text(f"Lan tỏa “dân vận khéo” ở Lạc Dương\n\n10/07/2025 - 09:00\n\nXã Lạc Dương, tỉnh Lâm Đồng đẩy mạnh phong trào. {BODY}", cfg)
    assert _where(doc) == ("Lạc Dương", "xã", "Lâm Đồng", "")


def test_a_province_wide_article_has_no_commune(cfg):
    text = ("Nghệ An biểu dương 151 điển hình “Dân vận khéo”\n\n13/10/2025 - 20:00\n\n"
            f"Sáng 13/10, Ban Chỉ đạo phong trào thi đua “Dân vận khéo” tỉnh Nghệ An tổ chức hội nghị. {BODY}")
    doc = extract_text(text, cfg)
    assert _where(doc) == (None, None, "Nghệ An", "")


def test_a_feature_touring_several_communes_has_no_main_commune(cfg):
    text = ("Tăng hiệu quả từ thi đua dân vận khéo\n\n11/01/2026 - 07:00\n\n"
            "Tại thôn Hòa Mậu, xã Phú Lộc, mô hình tuyến đường hoa là minh chứng cho cách làm dân vận. "
            "Theo Phó Chủ tịch UBND xã Phú Lộc, các mô hình góp phần nâng cao ý thức cộng đồng. "
            "Nếu ở Phú Lộc, “Dân vận khéo” mang sắc màu nông thôn mới, thì tại phường Hương An, phong trào lại khác.")
    doc = extract_text(text, cfg)
    assert doc.fields.get("commune") is None
    assert doc.fields["province"] == "Huế"


@pytest.mark.parametrize("dateline, era", [("14/10/2024 - 06:46", "legacy"), ("21/10/2025 14:20", "2025")])
def test_the_publication_date_decides_the_system(cfg, dateline, era):
    doc = extract_text(f"Ba Tri tổng kết\n\n{dateline}\n\nBDK - Ban Dân vận huyện Ba Tri tổng kết. {BODY}", cfg)
    assert doc.fields["era"] == era
    if era == "legacy":
        assert (doc.fields["district"], doc.fields["province"]) == ("Ba Tri", "Bến Tre")
    else:
        assert doc.fields.get("district", "") == "" and doc.fields["province"] == "Vĩnh Long"


def test_an_undated_article_naming_new_units_speaks_the_new_system(cfg):
    text = ("Xã An Cư tuyên truyền xây dựng nông thôn mới\n"
            "Ngày 15/12, Ủy ban MTTQ Việt Nam tỉnh An Giang phối hợp Ủy ban MTTQ Việt Nam xã An Cư (mới) tổ chức tuyên truyền. "
            + BODY)
    doc = extract_text(text, cfg)
    assert doc.fields["era"] == "2025"
    assert _where(doc) == ("An Cư", "xã", "An Giang", "")


def test_an_undated_article_naming_a_current_district_speaks_the_old_system(cfg):
    doc = extract_text(f"Chư Păh xây dựng 274 mô hình\nĐến nay huyện Chư Păh đã xây dựng 274 mô hình, điển hình. {BODY}", cfg)
    assert doc.fields["era"] == "legacy"
    assert (doc.fields["district"], doc.fields["province"], doc.fields["province_2025"]) == ("Chư Păh", "Gia Lai", "Gia Lai")


def test_every_commune_mention_is_a_fact_with_its_type(cfg):
    doc = extract_text(f"Phường Tân Uyên phát động\n\n22/10/2025 - 10:00\n\nPhường Tân Uyên (TPHCM) phát động phong trào. UBND phường Tân Uyên chỉ đạo. {BODY}", cfg)
    assert facts_of(doc, "commune") == ["Tân Uyên"] * 3
    assert {f.unit for f in doc.facts if f.kind == "commune"} == {"phường"}


@pytest.mark.parametrize("province, era", [("Lâm Đồng", "2025"), ("Bình Thuận", "legacy")])
def test_a_place_written_with_its_province_tells_the_system(cfg, province, era):
    # Phan Thiết was a city of Bình Thuận; since 2025 it is a ward of Lâm Đồng: the pair the writer uses
    # holds in one system only.
    doc = extract_text(f"Dân vận khéo ở phố biển\nNhững ngày cuối năm, về Phan Thiết, tỉnh {province}, dễ thấy những "
                       "con hẻm sáng đèn nhờ mô hình “Thắp sáng đường quê” do Hội Phụ nữ vận động. " + BODY, cfg)
    assert (doc.fields["era"], doc.fields["province"]) == (era, province)


def test_an_undated_article_naming_an_abolished_province_speaks_the_old_system(cfg):
    text = ("Xã Phú Túc ra mắt mô hình “Dân vận khéo”\n"
            "Đảng ủy xã Phú Túc, tỉnh Bến Tre vừa ra mắt mô hình “Dân vận khéo” trong xây dựng nông thôn mới năm 2023. "
            + BODY)
    doc = extract_text(text, cfg)
    assert doc.fields["era"] == "legacy"
    assert (doc.fields["province"], doc.fields["province_2025"]) == ("Bến Tre", "Vĩnh Long")


def test_a_digest_of_items_about_several_communes_has_no_main_commune(cfg):
    text = ("Ngày 17-10, Đảng ủy xã Kim Long (TPHCM) tổ chức Hội nghị tuyên dương điển hình “Dân vận khéo” năm 2025. "
            "Trong năm 2025, xã Kim Long đã xây dựng 54 mô hình “Dân vận khéo”.\n\n"
            "* Ngày 17-10, Đảng ủy xã Thái Mỹ, TPHCM tổ chức họp mặt và tuyên dương các tập thể, cá nhân điển hình.\n\n"
            "Phong trào đã được Đảng ủy xã Thái Mỹ triển khai sâu rộng.")
    doc = extract_text(text, cfg)
    assert doc.fields.get("commune") is None and doc.fields["province"] == "Hồ Chí Minh"


def test_bodies_merged_before_the_reform_do_not_make_an_article_new(cfg):
    # Ban Tuyên giáo và Dân vận existed from early 2025, months before the two-level system.
    text = ("Bắc Kạn biểu dương 39 tập thể, 08 cá nhân điển hình “Dân vận khéo”\n"
            "Dự hội nghị có đồng chí Phạm Duy Hưng, Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy Bắc Kạn. " + BODY)
    doc = extract_text(text, cfg)
    assert doc.fields["era"] == "legacy" and doc.fields["province"] == "Bắc Kạn"


def test_an_old_district_named_as_history_tells_same_named_communes_apart(cfg):
    # Six provinces have a xã Tân Phú; only Vĩnh Long's was formed from communes of Châu Thành (Bến Tre).
    doc = extract_text("Xã Tân Phú ra mắt mô hình\n\n05/09/2025 - 08:00\n\nXã Tân Phú (huyện Châu Thành cũ) ra mắt mô hình "
                       "“Dân vận khéo” trong xây dựng nông thôn mới.", cfg)
    assert _where(doc) == ("Tân Phú", "xã", "Vĩnh Long", "")
    assert doc.fields["era"] == "2025"


def test_an_undated_article_from_a_district_portal_speaks_the_old_system(cfg):
    text = ("Xã Vĩnh Hòa Hiệp biểu dương các điển hình dân vận khéo\n"
            "Xã Vĩnh Hòa Hiệp tổ chức hội nghị. Toàn xã có 46 mô hình đăng ký “Dân vận khéo” cấp cơ sở. " + BODY)
    doc = extract_text(text, cfg, url="https://chauthanh.kiengiang.gov.vn/trang/TinTuc/16/2563/xa-vinh-hoa-hiep.html")
    assert doc.fields["era"] == "legacy"
    assert (doc.fields["district"], doc.fields["province"]) == ("Châu Thành", "Kiên Giang")


def test_units_listed_as_merged_are_history(cfg):
    text = ("Sau sáp nhập bốn đơn vị hành chính (Hanh Cù, Vân Lĩnh, Đồng Xuân và thị trấn Thanh Ba), xã Thanh Ba "
            "(Phú Thọ) có quy mô dân số trên 30 nghìn người. Đồng Xuân đạt chuẩn nông thôn mới nâng cao. " + BODY)
    doc = extract_text(text, cfg)
    assert _where(doc) == ("Thanh Ba", "xã", "Phú Thọ", "")
    merged = {f.value for f in doc.facts if f.kind == "commune" and "cũ" in f.qualifier}
    assert {"Hanh Cù", "Vân Lĩnh", "Thanh Ba"} <= merged


def test_a_province_wide_review_keeps_no_commune_from_its_body(cfg):
    doc = extract_text(
        "Lai Châu: phong trào thi đua lan tỏa sâu rộng\n\n"
        "Đến cuối năm 2025, toàn tỉnh có 52 xã đạt chuẩn nông thôn mới; hơn 900 mô hình được nhân rộng.\n\n"
        "Tiêu biểu như mô hình trồng chè của người dân xã Tân Uyên, mô hình du lịch cộng đồng ở các bản.", cfg)
    assert doc.fields["province"] == "Lai Châu" and not doc.fields.get("commune")


def test_history_in_brackets_or_before_the_reform_does_not_make_an_article_old(cfg):
    doc = extract_text(
        "Dân vận khéo ở vùng biên\n\n"
        "Bộ đội Biên phòng tỉnh Cao Bằng phối hợp với xã Quảng Lâm (huyện Bảo Lâm, trước sáp nhập) xây dựng mô hình "
        "“Dân vận khéo”. Trước thời điểm sắp xếp, Huyện ủy Bảo Lâm ban hành kế hoạch phát động phong trào. Đồng chí "
        "Nông Văn Hải (nguyên Bí thư Huyện ủy Bảo Lâm) chia sẻ kinh nghiệm. Xã Thái Học (nay là xã Lý Bôn) có 12 mô hình.",
        cfg)
    assert doc.fields["era"] == "2025"
    assert not doc.fields.get("district")


def test_a_banner_and_a_province_wide_opening_keep_the_article_provincial(cfg):
    doc = extract_text(
        "CHÀO MỪNG ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ TỈNH NINH BÌNH LẦN THỨ I, NHIỆM KỲ 2025 - 2030\n"
        "Đăng ngày: 16/11/2025\n"
        "Các khu dân cư tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025\n\n"
        "Ngày 16/11, các khu dân cư trên địa bàn tỉnh tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025.\n\n"
        "*Khu dân cư Đông Thành\n\nDự Ngày hội tại khu dân cư Đông Thành, xã Gia Viễn có đồng chí Bí thư Tỉnh ủy.", cfg)
    assert "CHÀO MỪNG" not in doc.title
    assert doc.fields["province"] == "Ninh Bình" and not doc.fields.get("commune")


def test_a_headline_about_every_commune_keeps_no_commune_from_a_leaders_visit(cfg):
    doc = extract_text("1.120 thôn, bản, khu phố trên 45 xã, phường của tỉnh Lào Cai đồng loạt tổ chức Ngày hội Đại đoàn "
                       "kết\n\nCùng với đó, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Lào Cai dự ngày hội tại xã Bát Xát. "
                       + BODY, cfg)
    assert doc.fields["province"] == "Lào Cai" and not doc.fields.get("commune")


def test_the_province_s_own_congress_keeps_an_exemplar_s_commune_out(cfg):
    doc = extract_text("Tại Đại hội Thi đua yêu nước tỉnh Đắk Lắk lần thứ nhất, nhiều điển hình được tôn vinh\n\n"
                       "Các phong trào thi đua được triển khai rộng khắp.\n\n"
                       "Bà H'Hoa, người dân tộc Ê Đê ở xã Ea Kiết (Đắk Lắk), đã vận động bà con cùng phát triển kinh tế. "
                       + BODY, cfg)
    assert doc.fields["province"] == "Đắk Lắk" and not doc.fields.get("commune")


def test_a_township_named_as_current_speaks_the_old_system(cfg):
    doc = extract_text("Mô hình “Giờ vàng thứ Bảy” ở tổ dân phố số 2 (thị trấn Mường Khương)\n\n"
                       "Mỗi sáng thứ Bảy, các hộ gia đình ở thôn Pha Long, xã Pha Long cùng dọn vệ sinh đường làng.", cfg)
    assert doc.fields["era"] == "legacy" and doc.fields.get("district") == "Mường Khương"


def test_a_ward_located_by_the_district_it_replaced_speaks_the_new_system(cfg):
    doc = extract_text("Tối 8/11, nhân dân tổ dân phố 5 phường Ngô Quyền (quận Ngô Quyền, Hải Phòng) tổ chức Ngày hội Đại "
                       "đoàn kết toàn dân tộc.\n\nChủ tịch UBND thành phố dự và tặng quà. " + BODY, cfg)
    assert doc.fields["era"] == "2025" and doc.fields.get("commune") == "Ngô Quyền"
    assert not doc.fields.get("district")


def test_an_undated_commune_in_the_province_the_article_names_decides_the_era(cfg):
    # xã Hòa Khánh lay in Đắk Lắk before the reform; the 2025 commune of that name is in Tây Ninh
    doc = extract_text("Thi đua chào mừng kỷ niệm 120 năm thành lập tỉnh Đắk Lắk\n\nPhong trào thi đua đặc biệt của tỉnh "
                       "Đắk Lắk đã đi vào cuộc sống. Đoàn viên xã Hòa Khánh thực hiện 15 công trình thanh niên.", cfg)
    assert doc.fields.get("province") == "Đắk Lắk" and doc.fields["era"] == "legacy"


@pytest.mark.parametrize("text, era", [
    # a congress of the 2025-2030 term, held: it met after the reform (any ordinal, not only the first)
    ("Sáng 12/10, Đại hội Thi đua yêu nước thành phố Huế lần thứ VI (2025-2030) khai mạc với 300 đại biểu.", "2025"),
    ("Đại hội Hội Nông dân tỉnh Quảng Trị lần thứ XI, nhiệm kỳ 2025 – 2030 đã bầu Ban Chấp hành.", "2025"),
    # the same term awaited, written before it, by a district that still exists: no signal
    ("Huyện ủy Thọ Xuân phát động thi đua chào mừng Đại hội Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2025 - 2030.", "legacy"),
])
def test_a_congress_of_the_2025_2030_term_held_points_to_the_new_system(cfg, text, era):
    from extractors.places.era import decide_era
    from pipeline.read.text import read_text

    assert decide_era(read_text(text, "a.txt", cfg), [], None) == era


def test_an_undated_commune_written_with_a_descriptor_and_its_new_province(cfg):
    doc = extract_text(
        "Lớp học trên núi\n\n(VTC News) -\n\nNằm ở độ cao gần 1.000m, xã miền núi Canh Liên là một trong những xã khó "
        "khăn nhất của Gia Lai. Mỗi tối, lớp học “Bình dân học vụ số” lại sáng đèn ở Canh Liên.", cfg)
    assert doc.fields["era"] == "2025"
    assert _where(doc)[:3] == ("Canh Liên", "xã", "Gia Lai")


def test_an_exemplar_s_home_ward_is_not_the_article_s_commune(cfg):
    doc = extract_text(
        "Về dự Đại hội Thi đua yêu nước toàn quốc\n\n26/12/2025 08:00\n\n"
        "Đoàn đại biểu tỉnh Nghệ An gồm 30 đại biểu chính thức tham dự Đại hội Thi đua yêu nước toàn quốc lần thứ XI.\n\n"
        "Anh hùng Lao động Nguyễn Văn Hòa, quê phường Trường Vinh, là đại biểu cao tuổi nhất của đoàn.", cfg)
    assert doc.fields["province"] == "Nghệ An" and not doc.fields.get("commune")


def test_the_hall_of_a_provincial_congress_gives_no_commune(cfg):
    doc = extract_text(
        "Khai mạc Đại hội đại biểu Phụ nữ tỉnh Đắk Lắk lần thứ I\n\n"
        "Sáng 8-1, tại Trung tâm Hội nghị tỉnh (phường Buôn Ma Thuột), Đại hội đại biểu Phụ nữ tỉnh Đắk Lắk lần thứ I, "
        "nhiệm kỳ 2025 - 2030 khai mạc.", cfg)
    assert doc.fields["province"] == "Đắk Lắk" and not doc.fields.get("commune")


def test_the_commune_of_a_hall_where_a_provincial_body_launches_a_month_is_a_venue(cfg):
    doc = extract_text(
        "Sáng 1-3, tại Trung tâm Văn hóa - Thể thao xã Đức Hòa, Ban Thường vụ Tỉnh đoàn Tây Ninh đã phát động Tháng "
        "Thanh niên năm 2026.\n\nTháng Thanh niên năm nay hướng tới kỷ niệm 95 năm ngày thành lập Đoàn.", cfg)
    assert doc.fields["province"] == "Tây Ninh" and not doc.fields.get("commune")


def test_the_commune_named_after_a_closed_merger_list_is_the_article_s(cfg):
    doc = extract_text(
        "Sau khi hợp nhất hai xã Vĩnh Thuận và Tân Thuận, xã Vĩnh Thuận (An Giang) đã kế thừa những giá trị nền "
        "tảng, phát huy sức mạnh đoàn kết để vươn lên.\n\nĐảng ủy xã Vĩnh Thuận xác định xây dựng Đảng là nhiệm vụ "
        "then chốt.", cfg)
    assert doc.fields["province"] == "An Giang" and doc.fields.get("commune") == "Vĩnh Thuận"


def test_a_visit_to_a_list_of_communes_has_no_main_commune(cfg):
    doc = extract_text(
        "Lãnh đạo tỉnh thăm, chúc Tết các xã biên giới\n\n"
        "(BĐT)- Ngày 12-2, Phó Bí thư Tỉnh ủy Điện Biên đã đến thăm, chúc Tết các xã: Mường Nhé, Nậm Kè, Quảng Lâm, "
        "Sín Thầu và tặng quà các gia đình chính sách.\n\nẢnh: Trao quà tại xã Sín Thầu.", cfg)
    assert doc.fields["province"] == "Điện Biên" and not doc.fields.get("commune")


def test_the_commune_in_an_illustrative_photo_s_caption_is_not_the_article_s(cfg):
    doc = extract_text(
        "Cần Thơ phát động phong trào “Bình dân học vụ số”\n\nThành phố Cần Thơ sẽ chính thức phát động phong trào "
        "“Bình dân học vụ số” giai đoạn 2025-2026.\n\nNgười dân phường Ninh Kiều (TP Cần Thơ) học kỹ năng số. Ảnh "
        "minh họa.\n\nLễ phát động sẽ được tổ chức vào ngày 20/10 tại Trung tâm Văn hóa thành phố.", cfg)
    assert doc.fields["province"] == "Cần Thơ" and not doc.fields.get("commune")


def test_units_the_article_lists_as_merged_stay_former_where_named_again(cfg):
    doc = extract_text("Xã Con Cuông củng cố khối đại đoàn kết\n"
                       "Xã Con Cuông (Nghệ An) sáp nhập từ thị trấn Trà Lân và các xã Chi Khê, Yên Khê. Ủy ban MTTQ "
                       "Việt Nam xã Con Cuông phát huy vai trò trong phong trào thi đua.\n"
                       "Trong nhiệm kỳ 2020 - 2025, Ủy ban MTTQ thị trấn Trà Lân và 2 xã Chi Khê, Yên Khê đã vận động "
                       "Nhân dân hiến đất làm đường. " + BODY, cfg)
    assert doc.fields["era"] == "2025"
    assert _where(doc) == ("Con Cuông", "xã", "Nghệ An", "")


def test_a_delegates_post_in_a_hamlet_names_the_delegates_ward_not_the_articles(cfg):
    doc = extract_text("Nhiều đại biểu điển hình tiên tiến có mặt từ sớm tại Đại hội Thi đua yêu nước của Thành phố.\n"
                       "Bà Nguyễn Thị Hoa, Bí thư chi bộ Khu phố 5, phường Thủ Dầu Một, cho biết rất vui khi được dự "
                       "đại hội sau khi trở thành công dân TPHCM.", cfg)
    assert (doc.fields.get("province"), doc.fields.get("commune")) == ("Hồ Chí Minh", None)


def test_a_commune_named_once_in_a_caption_under_a_provincial_head_is_an_example(cfg):
    doc = extract_text("Thái Nguyên nâng chất nông thôn mới sau sắp xếp\n\n05/11/2025 09:10\n\nGiai đoạn 2021 – 2025, tỉnh "
                       "Thái Nguyên trở thành điểm sáng của vùng khi nhiều mục tiêu hoàn thành vượt tiến độ.\n\n"
                       "Cánh đồng mẫu trên địa bàn xã Phú Bình, tỉnh Thái Nguyên.\n\nBước sang giai đoạn mới, các xã trong "
                       "tỉnh tiếp tục rà soát bộ tiêu chí.", cfg)
    assert _where(doc) == (None, None, "Thái Nguyên", "")


def test_a_ward_named_once_in_a_full_sentence_under_a_city_head_is_still_the_ward(cfg):
    doc = extract_text("Lãnh đạo TP Đà Nẵng dự ngày hội đại đoàn kết\n\n20/11/2025 10:00\n\nTại ngày hội, lãnh đạo TP Đà Nẵng "
                       "tặng cây xanh cho khu dân cư.\n\nNgày 18-11, Ủy ban MTTQ Việt Nam phường Hải Châu tổ chức Ngày hội "
                       "đại đoàn kết toàn dân tộc với chủ đề “Đoàn kết - Sáng tạo - Phát triển”, thu hút đông đảo nhân dân.",
                       cfg)
    assert _where(doc) == ("Hải Châu", "phường", "Đà Nẵng", "")


def test_a_further_item_of_the_same_day_makes_a_digest_with_no_main_commune(cfg):
    doc = extract_text("Các phường ra quân hưởng ứng cuộc vận động\n\n14/11/2025 10:00\n\nTại chương trình, Chủ tịch Ủy ban "
                       "MTTQ phường Tân Định phát động phong trào xây dựng khu phố văn minh.\n\nCùng ngày, phường Bến Thành, "
                       "TP HCM đã tổ chức chương trình chào mừng ngày hội đại đoàn kết toàn dân tộc.", cfg)
    assert _where(doc) == (None, None, "Hồ Chí Minh", "")


def test_an_undated_article_filed_under_a_dated_address_speaks_that_year_s_system(cfg):
    # Xã Quảng Phú exists before and after the reform; the site's year-and-month folders say when it was written.
    text = ("Dòng họ Lê xã Quảng Phú phát thưởng khuyến học\n"
            "Sáng nay, dòng họ Lê ở xã Quảng Phú tổ chức lễ phát thưởng cho con cháu học giỏi. " + BODY)
    old = extract_text(text, cfg, url="https://quangxuongnet.vn/2018/08/20/dong-ho-le-phat-thuong.html")
    new = extract_text(text, cfg, url="https://example.vn/2025/09/03/dong-ho-le-phat-thuong.html")
    assert (old.fields["era"], new.fields["era"]) == ("legacy", "2025")
    # (a paper that files by year and month as one number: "…/an-ninh-quoc-phong/202112/…")
    joined = extract_text(text, cfg, url="http://baothanhhoa.vn/xa-hoi/202509/dong-ho-le-phat-thuong-786121/")
    assert joined.fields["era"] == "2025"


def test_an_undated_commune_event_on_a_day_before_the_reform_speaks_the_old_system(cfg):
    # Xã Tân Hiệp names communes of both systems; the day the event was held (March 2023) is the old system's.
    text = ("Hội Cựu chiến binh xã Tân Hiệp sơ kết\n"
            "Chiều ngày 14.3.2023, Hội Cựu chiến binh xã Tân Hiệp tổ chức sơ kết công tác hội năm 2023. " + BODY)
    assert extract_text(text, cfg).fields["era"] == "legacy"


def test_an_undated_commune_gathering_of_a_year_well_before_the_reform_speaks_the_old_system(cfg):
    # No district named, only a commune, and the gathering held in 2022 (not a year of history): the old system.
    text = ("Chi hội Nông dân ấp 3, xã Tân Hiệp khen thưởng hội viên\n"
            "Vừa qua, Chi hội Nông dân ấp 3, xã Tân Hiệp tổ chức buổi họp mặt cuối năm 2022, khen thưởng hội viên "
            "tiêu biểu. " + BODY)
    assert extract_text(text, cfg).fields["era"] == "legacy"


def test_the_wards_a_merger_joined_do_not_date_an_undated_article_before_the_reform(cfg):
    # The old wards of Hà Nội listed as merged are history, not communes of the old system named as current.
    text = ("Nhân kỷ niệm 95 năm Ngày thành lập Mặt trận Dân tộc thống nhất Việt Nam (18/11/1930 - 18/11/2025), tối 14/11, "
            "lãnh đạo Thành phố đã tới dự Ngày hội Đại đoàn kết toàn dân tộc tại Cụm 2, phường Ngọc Hà, thành phố Hà Nội."
            "\n\nThực hiện mô hình chính quyền địa phương 2 cấp, phường Ngọc Hà được thành lập trên cơ sở sáp nhập các "
            "phường: Cống Vị, Liễu Giai; một phần các phường Vĩnh Phúc, Đội Cấn, Kim Mã, Thành Công, Thụy Khuê, Cửa Nam. "
            "Phường Ngọc Hà giữ vị trí quan trọng của Thủ đô. " + BODY)
    doc = extract_text(text, cfg)
    assert doc.fields["era"] == "2025" and _where(doc)[:2] == ("Ngọc Hà", "phường")


def test_a_commune_of_the_province_in_the_headline_is_the_article_s_commune(cfg):
    # "tại xã biên giới của tỉnh Lai Châu": one commune of the province, which the body then names
    text = ("Thủ tướng thăm, làm việc tại xã biên giới của tỉnh Lai Châu\n\n12/09/2025 10:15\n\n"
            "Tại buổi làm việc, lãnh đạo xã báo cáo tình hình địa phương sau khi vận hành chính quyền hai cấp.\n\n"
            "Xã Dào San có đường biên giới dài hơn 20km, gồm 18 bản. Thủ tướng đánh giá cao nỗ lực của "
            "chính quyền xã Dào San trong giảm nghèo. " + BODY)
    assert _where(extract_text(text, cfg)) == ("Dào San", "xã", "Lai Châu", "")


def test_a_programme_named_for_a_target_year_does_not_date_an_article_after_the_reform(cfg):
    # "Caravan Thư viện 2030", "đến năm 2030": aims, not days; the outlet's Bình Thuận stays the old province
    text = ("Tại buổi lễ, Sở Giáo dục và Đào tạo đã tuyên dương 31 học sinh đạt giải học sinh giỏi quốc gia năm học "
            "2022-2023 và trao tặng 60 suất học bổng của chương trình Caravan Thư viện 2030, phấn đấu đến năm 2030 "
            "mọi trường học đều có thư viện đạt chuẩn.")
    doc = extract_text(text, cfg, url="https://baobinhthuan.com.vn/giao-duc/tuyen-duong-hoc-sinh-gioi-115203.html")
    assert (doc.fields["era"], doc.fields["province"]) == ("legacy", "Bình Thuận")


def test_an_exemplar_s_home_ward_and_its_city_are_not_the_article_s_commune(cfg):
    text = ("Phú Thọ tôn vinh người hiến máu tiêu biểu\n\n12/06/2026 09:30\n\nSáng 11/6, Hội Chữ thập đỏ tỉnh Phú Thọ "
            "tôn vinh 120 người hiến máu tiêu biểu. Trong đó có anh Trần Văn Hùng, sinh năm 1990, hiện ở phường Vân Phú "
            "(tỉnh Phú Thọ), đã 30 lần hiến máu. " + BODY)
    doc = extract_text(text, cfg)
    assert (doc.fields.get("commune"), doc.fields["province"]) == (None, "Phú Thọ")


def test_an_emulation_cluster_s_conference_has_no_main_commune(cfg):
    text = ("Cụm thi đua số 3 ký kết giao ước thi đua năm 2026\n\n24/01/2026 15:00\n\n"
            "Chiều 23/01/2026, Cụm thi đua số 3, Hội Nông dân tỉnh Đồng Tháp tổ chức hội nghị ký kết giao ước thi đua. "
            "Dự hội nghị có đồng chí Phó Bí thư Đảng ủy xã Mỹ An Hưng và đại diện Hội Nông dân 8 xã trong cụm. "
            "Hội Nông dân xã Mỹ An Hưng, đơn vị cụm trưởng, thông qua nội dung giao ước. " + BODY)
    doc = extract_text(text, cfg)
    assert (doc.fields.get("commune"), doc.fields["province"]) == (None, "Đồng Tháp")


@pytest.mark.parametrize("opening", [
    # the units an uprising began in, then what they are now, and the merged province as a whole
    "Cách nay 66 năm, Tỉnh ủy Tiền Giang lãnh đạo Nhân dân nổi dậy tại 2 xã Mỹ Lợi, Mỹ Trung (huyện Cái Bè, tỉnh "
    "Tiền Giang cũ) - nay là xã Mỹ Lợi, góp phần làm nên chiến thắng chung của toàn tỉnh Đồng Tháp mới.",
    # a commune formed by arranging four (three of them named as if current), at its first congress of the new term
    "Sáng 30/8, UBND xã Thiệu Toán tổ chức hội nghị tuyên dương điển hình tiên tiến lần thứ I, giai đoạn 2025-2030.\n\n"
    "Xã Thiệu Toán được thành lập trên cơ sở sắp xếp nguyên trạng diện tích tự nhiên, quy mô dân số của 4 xã Thiệu "
    "Toán, Thiệu Chính, Thiệu Hòa và Thiệu Viên với quy mô dân số 21.300 người ở 19 thôn.",
])
def test_a_merger_written_in_other_words_dates_an_undated_article_after_the_reform(cfg, opening):
    text = "Xã phát huy truyền thống quê hương\n\n" + opening + " " + BODY
    doc = extract_text(text, cfg)
    assert doc.fields["era"] == "2025"


def test_the_wards_a_new_ward_was_formed_from_do_not_speak_for_the_old_system(cfg):
    text = ("Ngày 20/7, Đảng bộ phường Lê Chân tổ chức Đại hội đại biểu nhiệm kỳ 2025-2030.\n\n"
            "Phường Lê Chân được thành lập theo Nghị quyết số 1669/NQ-UBTVQH15 của Ủy ban Thường vụ Quốc hội về việc sắp "
            "xếp đơn vị hành chính cấp xã, trên cơ sở nhập nguyên trạng diện tích tự nhiên và quy mô dân số của các phường "
            "cũ gồm: phường Hàng Kênh, một phần phường Vĩnh Niệm, một phần phường Dư Hàng Kênh và một phần phường Kênh "
            "Dương, có 60 tổ dân phố. " + BODY)
    doc = extract_text(text, cfg, url="https://www.vietnamplus.vn/dai-hoi-dang-bo-phuong-post1050001.vnp")
    assert doc.fields["era"] == "2025"


def test_a_digest_whose_first_item_is_unmarked_keeps_no_commune(cfg):
    # the story above the first "*" item is an item too: two wards in turn
    text = ("Ấm áp chương trình Xuân yêu thương\n\nHướng tới Tết Nguyên đán Bính Ngọ 2026, với mong muốn mang đến cho học sinh có hoàn cảnh khó khăn một cái "
            "Tết đầm ấm, ngày 8-2, Ủy ban MTTQ Việt Nam phường tổ chức chương trình “Xuân yêu thương” tại Trường THCS "
            "Lê Lợi (phường Bình Tây, TPHCM), trao 80 suất quà Tết cho học sinh.\n\n"
            "Dịp này, các đơn vị đồng hành trao thêm 20 chiếc xe đạp cho học sinh vượt khó học tốt của phường Bình Tây. "
            "Lãnh đạo phường Bình Tây cảm ơn các nhà hảo tâm.\n\n"
            "* Chiều cùng ngày, Ủy ban MTTQ Việt Nam phường Chợ Lớn (TPHCM) tổ chức chợ Tết 0 đồng cho 300 hộ dân.")
    doc = extract_text(text, cfg, url="https://www.sggp.org.vn/xuan-yeu-thuong-post840001.html")
    assert (doc.fields["province"], doc.fields.get("commune")) == ("Hồ Chí Minh", None)


def test_wards_named_only_in_the_related_headlines_below_the_body_are_not_the_commune(cfg):
    text = ("Cần Thơ phát động Tháng Thanh niên năm 2026\n\n"
            "Sáng 1-3, Thành Đoàn Cần Thơ tổ chức lễ phát động Tháng Thanh niên năm 2026 với chủ đề “Tuổi trẻ Cần Thơ "
            "tiên phong chuyển đổi số”, ra quân 12 công trình thanh niên và hỗ trợ học sinh vùng sâu.\n\n"
            "Trong Tháng Thanh niên, tuổi trẻ thành phố sẽ tổ chức các hoạt động tình nguyện, bảo vệ môi trường và chăm lo "
            "cho thanh niên có hoàn cảnh khó khăn tại các địa bàn.\n\n"
            "Tuổi trẻ phường Ninh Kiều ra quân dọn vệ sinh bờ kè\n"
            "Tuổi trẻ phường Ninh Kiều trao quà cho thiếu nhi\n"
            "Tuổi trẻ xã Phong Điền trồng cây xanh")
    doc = extract_text(text, cfg, url="https://www.sggp.org.vn/can-tho-phat-dong-thang-thanh-nien-post840002.html")
    assert (doc.fields["province"], doc.fields.get("commune")) == ("Cần Thơ", None)


def test_a_ward_s_first_congress_is_after_the_reform_and_a_former_post_s_district_is_history(cfg):
    text = ("Đại hội đại biểu phụ nữ phường Khương Đình lần thứ I\n\nDự Đại hội có đồng chí Trần Thị Lan - nguyên Chủ tịch Hội "
            "LHPN quận Thanh Xuân và lãnh đạo Đảng ủy, UBND phường.\n\nĐại hội đại biểu phụ nữ phường Khương Đình lần thứ I "
            "đã bầu Ban Chấp hành gồm 21 đồng chí.")
    doc = extract_text(text, cfg)
    assert (doc.fields["era"], doc.fields.get("district"), doc.fields.get("commune")) == ("2025", None, "Khương Đình")


@pytest.mark.parametrize("text, province", [
    # paragraphs that open on the next ward ("Tại P. …"), two of them
    ("Trao Huy hiệu Đảng đợt 7/11\n\n20/11/2025 08:30\n\n"
     "Đợt này, P. Kim Long trao tặng Huy hiệu Đảng cho 86 đảng viên, đồng thời truy tặng cho 1 đảng viên.\n\n"
     "Tại P. Phú Xuân, 31 đảng viên vinh dự được nhận Huy hiệu Đảng, trong đó 3 đảng viên nhận Huy hiệu 70 năm.\n\n"
     "Tại P. Thủy Xuân, đợt này có 12 đảng viên được trao tặng Huy hiệu Đảng.", "Huế"),
    # the next item opening with the time of the same day
    ("Trao Huy hiệu Đảng dịp 2-9\n\n01/09/2025 09:00\n\n"
     "Theo đó, Đảng ủy phường Thủ Dầu Một trao Huy hiệu 55 năm tuổi Đảng cho 3 đảng viên, Huy hiệu 45 năm tuổi "
     "Đảng cho 4 đảng viên. Phường Thủ Dầu Một chúc mừng các đảng viên.\n\n"
     "Sáng cùng ngày, Đảng ủy phường Phú Lợi (TPHCM) cũng trao Huy hiệu Đảng cho 12 đảng viên.", "Hồ Chí Minh"),
])
def test_a_digest_of_wards_has_no_main_commune(cfg, text, province):
    doc = extract_text(text, cfg)
    assert doc.fields.get("commune", "") == "" and doc.fields["province"] == province


def test_a_lead_that_joins_two_wards_names_no_main_ward(cfg):
    doc = extract_text("Trao Huy hiệu Đảng đợt 7-11\n\n07/11/2025 10:05\n\nSáng 7-11, tại phường Bình Thạnh và Gia Định "
                       "(TPHCM), 48 đảng viên được trao Huy hiệu Đảng. Tại phường Bình Thạnh, 21 đảng viên nhận Huy "
                       "hiệu 40 năm tuổi Đảng.", cfg)
    one = extract_text("Trao Huy hiệu Đảng đợt 7-11\n\n07/11/2025 10:05\n\nSáng 7-11, Đảng ủy phường Bình Thạnh (TPHCM) "
                       "trao Huy hiệu Đảng cho 21 đảng viên.", cfg)
    assert (doc.fields.get("commune"), doc.fields.get("province")) == (None, "Hồ Chí Minh")
    assert one.fields.get("commune") == "Bình Thạnh"


def test_a_counted_list_before_brackets_of_old_units_is_history(cfg):
    doc = extract_text("Kỷ niệm ngày truyền thống\n\n16/01/2026 09:00\n\nBí thư Đảng ủy xã Tân Thành Bình cho biết, "
                       "phong trào năm 1960 mở màn tại 3 xã Tân Phú, An Hiệp, Long Bình (huyện Châu Thành, tỉnh Bến "
                       "Tre cũ) - nay thuộc xã Tân Thành Bình, tỉnh Vĩnh Long. Đảng ủy xã Tân Thành Bình đã tổ chức "
                       "họp mặt.", cfg)
    assert (doc.fields.get("commune"), doc.fields.get("province")) == ("Tân Thành Bình", "Vĩnh Long")


def test_two_wards_joined_as_the_subject_of_an_untitled_excerpt_have_no_main_ward(cfg):
    # (an excerpt with no headline: its first line is read as the title)
    joint = extract_text("Sáng 28-8-2025, Đảng ủy phường Long Châu và phường Thanh Đức (Vĩnh Long) tổ chức lễ trao tặng "
                         "Huy hiệu Đảng cho 40 đảng viên.\n\nTại phường Long Châu, 22 đảng viên được trao Huy hiệu Đảng "
                         "đợt này. Bí thư Đảng ủy phường Long Châu chúc mừng các đảng viên. Đảng bộ phường Long Châu có "
                         f"1.200 đảng viên. {BODY}", cfg)
    assert _where(joint) == (None, None, "Vĩnh Long", "")
    # the first ward named as the host, the pair only later in the line: the host's
    host = extract_text("Sáng 13-9-2025, tại hội trường phường Long Châu (Vĩnh Long) đã diễn ra lễ kết nghĩa giữa phường "
                        f"Long Châu và phường Thanh Đức.\n\nTại lễ kết nghĩa, lãnh đạo phường Long Châu phát biểu. {BODY}", cfg)
    assert _where(host)[:3] == ("Long Châu", "phường", "Vĩnh Long")


def test_a_commune_in_a_caption_printed_twice_under_a_provincial_head_is_an_example(cfg):
    # (a saved page may print a photo's caption twice: under the photo and as its alternative text)
    caption = "Cán bộ xã Yên Lập hỗ trợ người dân dựng nhà mới."
    doc = extract_text("Dồn sức cho vùng đồng bào dân tộc thiểu số\n\n09:00, 12/01/2026\n\nNhững năm qua, tỉnh Phú Thọ "
                       "đã dành nhiều nguồn lực cho vùng đồng bào dân tộc thiểu số và miền núi.\n\n"
                       f"{caption}\n{caption}\n\nToàn tỉnh đã xóa hơn 3.000 nhà tạm, nhà dột nát.", cfg)
    assert _where(doc) == (None, None, "Phú Thọ", "")


@pytest.mark.parametrize("lead, expected", [
    # a street named after a person, then the ward it runs through in brackets: the ward, not a person's home
    ("Dự án mở rộng đường Nguyễn Thị Định (phường Cát Lái, TP.HCM) được đẩy nhanh tiến độ.",
     ("Cát Lái", "phường", "Hồ Chí Minh", "")),
    # a person's full name, then his home in brackets: no commune of the article
    ("Tác giả Nguyễn Văn Thắng (phường Cát Lái, TP.HCM) nhận giải nhất cuộc thi viết.", (None, None, "Hồ Chí Minh", "")),
])
def test_a_ward_after_a_street_named_for_a_person_is_where_the_street_runs(cfg, lead, expected):
    doc = extract_text(f"Tin tức\n\n24/12/2025 09:30\n\n{lead}", cfg)
    assert _where(doc) == expected


def test_a_commune_placed_in_its_brackets_after_a_merger_clause_gives_its_province(cfg):
    doc = extract_text("Xã Tân Yên làm nông thôn mới nâng cao\n\n16/10/2025\n\nSau sắp xếp đơn vị hành chính, xã Tân Yên "
                       "(tỉnh Bắc Ninh) tiếp tục xây dựng nông thôn mới nâng cao.", cfg)
    assert (doc.fields["province"], doc.fields["commune"]) == ("Bắc Ninh", "Tân Yên")


def test_a_journey_from_commune_to_commune_under_a_plateau_s_name_has_no_commune(cfg):
    doc = extract_text("Mùa mận trên cao nguyên Mộc Châu\n\n11/05/2026 08:00\n\n"
                       "Những ngày này, trên cao nguyên Mộc Châu, nông dân tất bật thu hái mận.\n\n"
                       "Bắt đầu hành trình từ xã Vân Hồ, chúng tôi gặp những vườn mận trĩu quả.\n\n"
                       "Rời Vân Hồ, chúng tôi đến phường Thảo Nguyên, nơi các hợp tác xã sấy mận xuất khẩu.\n\n"
                       "Điểm dừng cuối là xã Lóng Sập, nơi đồng bào Mông trồng mận trên đất dốc.", cfg)
    assert doc.fields["province"] == "Sơn La" and not doc.fields.get("commune")


def test_the_place_of_the_lead_s_dateline_is_the_commune_the_story_comes_from(cfg):
    doc = extract_text("Biểu dương điển hình tiên tiến nơi đảo xa\n\n22/09/2025\n\nPHÚ QUÝ (Lâm Đồng) - Chiều 20/9, Đảng ủy, "
                       "UBND đặc khu tổ chức hội nghị biểu dương 25 điển hình tiên tiến giai đoạn 2020-2025.\n\n"
                       "Đây là hội nghị đầu tiên kể từ khi huyện đảo trở thành đặc khu.", cfg)
    assert (doc.fields["province"], doc.fields.get("commune")) == ("Lâm Đồng", "Phú Quý")


def test_a_capitalised_name_inside_the_lead_is_no_dateline(cfg):
    doc = extract_text("Lâm Đồng biểu dương điển hình tiên tiến\n\n22/09/2025\n\nChiều 20/9, UBND tỉnh Lâm Đồng tổ chức "
                       "hội nghị biểu dương 25 điển hình tiên tiến; đoàn PHÚ QUÝ - đảo xa nhất - có 3 đại biểu.", cfg)
    assert (doc.fields["province"], doc.fields.get("commune")) == ("Lâm Đồng", None)


def test_a_unit_placed_in_a_province_marked_old_is_history_too(cfg):
    # ("của thị xã Nghĩa Lộ, tỉnh Yên Bái cũ": the "cũ" after the province covers the town placed in it; undated, the
    # ward under Lào Cai's committee speaks the new system)
    doc = extract_text("Mù Cang Chải: đưa kỹ năng số về từng bản\n\nThực hiện kế hoạch của Tỉnh ủy Lào Cai về phong trào "
                       "“Bình dân học vụ số”, xã Mù Cang Chải đã kiện toàn 14 Tổ công nghệ số cộng đồng.\n\nXã được sắp xếp "
                       "từ một số xã của huyện Mù Cang Chải, tỉnh Yên Bái cũ, nên trình độ sử dụng điện thoại giữa các "
                       "thôn còn chênh lệch.", cfg)
    assert (doc.fields["era"], doc.fields["province"], doc.fields.get("commune")) == ("2025", "Lào Cai", "Mù Cang Chải")


def test_a_journey_across_several_communes_announced_in_the_lead_has_no_commune(cfg):
    doc = extract_text("Dân vận khéo trên vùng biên\n\n12/10/2025 08:00\n\nTrong chuyến công tác đến các xã biên giới, "
                       "điểm dừng chân đầu tiên của chúng tôi là xã Sì Lở Lầu, nơi Đảng ủy xã xây dựng 6 mô hình “Dân vận "
                       "khéo”.\n\nĐảng ủy xã Sì Lở Lầu còn vận động bà con trồng thảo quả.", cfg)
    assert (doc.fields["province"], doc.fields.get("commune")) == ("Lai Châu", None)


@pytest.mark.parametrize("text, province, commune", [
    ("Phường Vĩnh Yên ra mắt tổ công nghệ số cộng đồng\n\nPhường Vĩnh Yên (trước đây thuộc TP Vĩnh Yên, tỉnh Vĩnh Phúc)"
     " vừa ra mắt 18 tổ công nghệ số cộng đồng tại các tổ dân phố.", "Phú Thọ", "Vĩnh Yên"),
    ("Người có uy tín ở phường Sóc Trăng\n\nPhường Sóc Trăng, TP Cần Thơ (trước đây thuộc TP Sóc Trăng, tỉnh Sóc Trăng) có"
     " đông đồng bào Khmer. Phường đã xây dựng 5 mô hình “Dân vận khéo”.", "Cần Thơ", "Sóc Trăng"),
])
def test_an_undated_commune_placed_by_what_it_used_to_belong_to_is_read_in_the_new_system(cfg, text, province, commune):
    doc = extract_text(text, cfg)
    assert (doc.fields.get("province"), doc.fields.get("commune")) == (province, commune)


def test_an_aside_on_other_wards_doing_the_same_is_no_item_of_a_digest(cfg):
    doc = extract_text("Phường Sa Đéc: Mỗi khóm một tổ công nghệ số\n\nThực hiện phong trào “Bình dân học vụ số”, phường Sa Đéc"
                       " đã thành lập tổ công nghệ số cộng đồng tại 100% khóm.\n\nCùng thời điểm, các phường Cao Lãnh, Mỹ Trà"
                       " cũng ra mắt tổ công nghệ số cộng đồng.", cfg)
    assert (doc.fields.get("province"), doc.fields.get("commune")) == ("Đồng Tháp", "Sa Đéc")


def test_a_dated_bulletin_of_a_city_has_no_commune(cfg):
    doc = extract_text("Bản tin Đà Nẵng sáng 14/11/2025\n\nPhường Hội An: Ra mắt mô hình “Khối phố văn minh”\nUBND phường Hội"
                       " An vừa ra mắt 4 mô hình.\n\nXã Hòa Vang: Hơn 900 người dân được hướng dẫn kỹ năng số\nCác tổ công nghệ"
                       " số cộng đồng của xã đã mở lớp.", cfg)
    assert doc.fields.get("province") == "Đà Nẵng"
    assert not doc.fields.get("commune")


def test_a_traveller_s_feature_from_ward_to_commune_has_no_main_commune(cfg):
    doc = extract_text("Theo chân những mô hình dân vận trên miền biên viễn Lạng Sơn\n\n12/03/2026 - 07:30\n\nTừ phố thị đến những bản làng biên"
                       " giới, ở đâu chúng tôi cũng gặp những cách làm dân vận giản dị.\n\nDu khách tham quan chợ biên giới, xã Na"
                       " Sầm.\n\nĐiểm dừng chân đầu tiên của chúng"
                       " tôi là phường Đông Kinh. Phường có 9 mô hình “Dân vận khéo”.\n\nRời phố thị, chúng tôi ngược lên phía"
                       " Bắc, hơn 30km đường đèo là tới xã Đồng Đăng. Xã có 5 mô hình “Dân vận khéo”.\n\nTừ Đồng Đăng, chúng"
                       " tôi vòng qua những triền núi đá về xã Na Sầm, nơi có chợ biên giới sầm uất. Ông Hoàng Văn Lợi, Chủ tịch UBND"
                       " xã Na Sầm cho biết, xã Na Sầm đã xây dựng 6 mô hình “Dân vận khéo”.", cfg)
    assert doc.fields.get("province") == "Lạng Sơn"
    assert not doc.fields.get("commune")


def test_a_former_district_s_land_now_several_communes_has_no_main_commune(cfg):
    doc = extract_text("Vùng đất Long Xuyên sau một năm sắp xếp\n\n05/07/2026 07:45\n\nSau một năm sắp xếp, địa bàn thành phố"
                       " Long Xuyên trước đây nay thuộc 3 phường Long Xuyên, Bình Đức và Mỹ Thới, tỉnh An Giang. Phường Long Xuyên"
                       " chỉnh trang đô thị; phường Bình Đức phát triển dịch vụ; phường Mỹ Thới xây dựng 12 mô hình “Dân vận"
                       " khéo”.", cfg)
    assert doc.fields.get("province") == "An Giang"
    assert not doc.fields.get("commune")


def test_a_headline_s_journey_from_one_commune_to_another_has_no_main_commune(cfg):
    doc = extract_text("Dân vận khéo nơi bản làng: từ Na Sầm đến Đồng Đăng\n\n12/03/2026 - 07:30\n\nDọc con đường vào các"
                       " bản của xã Na Sầm, dấu ấn dân vận hiện diện ở những con đường bê tông. Xã Na Sầm hiện có 11 mô hình"
                       " “Dân vận khéo”.", cfg)
    assert doc.fields.get("province") == "Lạng Sơn"
    assert not doc.fields.get("commune")


def test_a_feature_that_takes_the_road_from_commune_to_commune_has_no_main_commune(cfg):
    doc = extract_text("Miền biên viễn xứ Lạng: những người giữ lửa dân vận\n\n12/03/2026 - 07:30\n\nXã Na Sầm những ngày"
                       " cuối năm, cán bộ Mặt trận xã vẫn đều đặn đến các bản vận động bà con giữ rừng.\n\nNgược Quốc lộ 4A"
                       " lên xã Đồng Đăng, chúng tôi gặp chị Hoàng Thị Mai, Chủ tịch Hội LHPN xã.\n\nVề xuôi, tại xã Cao"
                       " Lộc, câu chuyện dân vận lại gắn với những đồi hồi. Toàn xã hiện có 9 mô hình “Dân vận khéo”.", cfg)
    assert doc.fields.get("province") == "Lạng Sơn"
    assert not doc.fields.get("commune")


def test_the_units_a_commune_was_formed_from_are_history(cfg):
    doc = extract_text("Xã Vĩnh Linh chung sức xây dựng nông thôn mới\n\n"
                       "Xã Vĩnh Linh được hình thành từ thị trấn Hồ Xá, xã Vĩnh Chấp và xã Vĩnh Long của huyện Vĩnh Linh "
                       "trước đây. Đại hội Đảng bộ xã Vĩnh Linh lần thứ I, nhiệm kỳ 2025 - 2030 xác định phát triển kinh tế"
                       " biển là khâu đột phá. " + BODY, cfg)
    assert _where(doc) == ("Vĩnh Linh", "xã", "Quảng Trị", "")
    merged = {f.value for f in doc.facts if f.kind == "commune" and "cũ" in f.qualifier}
    assert {"Hồ Xá", "Vĩnh Chấp", "Vĩnh Long"} <= merged


def test_a_time_a_place_took_shape_from_is_no_merger(cfg):
    doc = extract_text("Cảng cá La Gi nhộn nhịp vào mùa\n\nĐược hình thành từ đầu những năm 1990, cảng cá của thị xã La Gi "
                       "(Bình Thuận) nay là nơi neo đậu của hàng nghìn tàu thuyền. " + BODY, cfg)
    assert (doc.fields.get("district"), doc.fields.get("province")) == ("La Gi", "Bình Thuận")


def test_what_an_undated_commune_belonged_to_before_is_history(cfg):
    doc = extract_text("Xã Bình Châu: nông dân chung sức làm giàu\n\n"
                       "Giữa mùa khô, những vườn điều ở vùng ven biển phía đông TPHCM đang cho trái.\n\n"
                       "Địa phương trước đây thuộc huyện Xuyên Mộc, tỉnh Bà Rịa - Vũng Tàu. Từ khi vận hành chính quyền địa "
                       "phương hai cấp, xã trực thuộc TPHCM. Hội Nông dân xã Bình Châu có 12 mô hình kinh tế tập thể.", cfg)
    assert doc.fields["era"] == "2025"
    assert _where(doc) == ("Bình Châu", "xã", "Hồ Chí Minh", "")


def test_a_commune_s_own_portal_names_the_commune_its_page_tells_of(cfg):
    doc = extract_text("CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG SA PA - TỈNH LÀO CAI\nTin tức - Sự kiện\n\n"
                       "Ra mắt tổ công nghệ số cộng đồng ở các tổ dân phố\n\nCập nhật ngày: 12/03/2026\n\n"
                       "Thực hiện kế hoạch của Đảng ủy phường, các tổ dân phố trên địa bàn đã ra mắt tổ công nghệ số cộng "
                       "đồng.\n\nSau khi thị xã Sa Pa (cũ) kết thúc hoạt động, địa bàn phường có nhiều homestay phục vụ du "
                       "khách. Phường đã xây dựng 5 mô hình “Điểm du lịch không dùng tiền mặt”.\n\n"
                       "Ngày 02/3/2026, phường phối hợp với xã Tả Van tổ chức hội thi kỹ năng số cho 10 đội thi.", cfg)
    assert _where(doc) == ("Sa Pa", "phường", "Lào Cai", "")
