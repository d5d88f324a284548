"""Places without their district: a commune alone, a hamlet, a weekday, a venue; eras of undated articles."""

import pytest

from tests.conftest import extract_text


def test_a_commune_named_alone_gives_its_only_district(cfg):
    doc = extract_text("Xã Hoằng Kim xây dựng 12 mô hình dân vận khéo\n\n04/05/2021 - 10:00\n\n"
                       "Đảng ủy xã Hoằng Kim đã chỉ đạo các chi bộ thôn xây dựng mô hình.", cfg)
    assert (doc.fields["district"], doc.fields["province"]) == ("Hoằng Hóa", "Thanh Hóa")


def test_communes_of_one_district_outweigh_a_same_named_district_elsewhere(cfg):
    doc = extract_text("Những cánh đồng mẫu lớn\n\n12/03/2019 - 09:00\n\n"
                       "Nông dân các xã Bình Phục, Bình Tú, Bình Nguyên, Bình Trị và Bình Chánh cùng làm mô hình "
                       "cánh đồng lớn.", cfg)
    assert (doc.fields.get("district"), doc.fields.get("province")) == ("Thăng Bình", "Quảng Nam")


def test_a_hamlet_and_a_weekday_are_not_communes(cfg):
    doc = extract_text("Ấp Phú Đa đạt mô hình dân vận khéo\n\n19/09/2010 - 16:50\n\n"
                       "Thứ Ba tuần qua, ấp Phú Đa, xã Vĩnh Bình, huyện Chợ Lách tổ chức lễ công nhận.", cfg)
    assert (doc.fields["district"], doc.fields["province"]) == ("Chợ Lách", "Bến Tre")


def test_an_undated_article_about_a_commune_merged_away_is_in_the_old_system(cfg):
    doc = extract_text("Xã Pá Hu phát huy mô hình dân vận khéo\n\nĐồng bào Mông ở xã Pá Hu đã làm 8 mô hình.", cfg)
    assert doc.fields["era"] == "legacy" and doc.fields["province"] == "Yên Bái"


def test_units_inside_brackets_closed_by_cu_are_history(cfg):
    doc = extract_text("Xã Xuân Phú biểu dương gương người tốt việc tốt\n\nXã Xuân Phú ra đời từ việc sáp nhập các xã "
                       "Quế Xuân 1, Quế Phú và thị trấn Hương An (huyện Quế Sơn, tỉnh Quảng Nam cũ). Hội nghị đã "
                       "biểu dương 12 tập thể.", cfg)
    assert doc.fields["era"] == "2025" and doc.fields["province"] == "Đà Nẵng"


def test_a_city_broadcaster_on_a_nationwide_topic_gives_no_province(cfg):
    doc = extract_text("Nông dân thi đua sản xuất giỏi\n\n27/09/2022 - 04:30\n\nSố hộ nông dân đạt danh hiệu sản xuất, "
                       "kinh doanh giỏi chiếm 53,4% so với tổng số hộ nông dân cả nước.", cfg,
                       url="https://voh.com.vn/radio-episode-nong-dan-gioi-123.html")
    assert doc.fields.get("province", "") == "" and doc.fields["scope"] == "national"


def test_a_province_named_once_in_passing_is_not_the_subject(cfg):
    doc = extract_text("Nâng cao hiệu quả phong trào văn hóa\n\n19/04/2020 - 10:59\n\nSau gần 20 năm triển khai, phong "
                       "trào đã trở thành phong trào văn hóa có sức lan tỏa rộng lớn, tác động mạnh mẽ và mang lại "
                       "hiệu quả thiết thực với những tiêu chí ngày càng được đổi mới.\n\nPhong trào đã lan tỏa. "
                       "Nhiều mô hình hay như của Trung tâm hỗ trợ thanh niên công nhân Thành phố Hồ "
                       "Chí Minh được nhân rộng.", cfg, url="https://tapchicongsan.org.vn/van-hoa/816307.aspx")
    assert doc.fields.get("province", "") == ""


def test_a_place_after_an_acronym_is_found(cfg):
    doc = extract_text("Thi đua khen thưởng - động lực\n\n12/01/2020 - 09:00\n\nÔng Bùi Minh Hồng, Trưởng ban Quản lý "
                       "các KCN Vĩnh Phúc phát biểu. Ban Quản lý các khu công nghiệp (KCN) Vĩnh Phúc đã khen thưởng "
                       "15 tập thể.", cfg)
    assert doc.fields["province"] == "Vĩnh Phúc"


def test_a_commune_alone_gets_its_district_as_it_was_when_written(cfg):
    before = extract_text("Hội Phụ nữ xã Tóc Tiên ra mắt mô hình “Dân vận khéo”\n\n06/11/2016 - 08:30\n\n"
                          "Sáng 5/11, Hội Phụ nữ xã Tóc Tiên ra mắt 2 mô hình mới.", cfg,
                          url="https://baobariavungtau.com.vn/xa-hoi/tin-123.html")
    after = extract_text("Hội Phụ nữ phường Tóc Tiên ra mắt mô hình “Dân vận khéo”\n\n06/11/2021 - 08:30\n\n"
                         "Sáng 5/11, Hội Phụ nữ phường Tóc Tiên ra mắt 2 mô hình mới.", cfg,
                         url="https://baobariavungtau.com.vn/xa-hoi/tin-124.html")
    assert (before.fields["district"], before.fields["province"]) == ("Tân Thành", "Bà Rịa - Vũng Tàu")
    assert after.fields["district"] == "Phú Mỹ"


def test_an_undated_ward_of_a_merged_city_district_is_read_by_the_years_it_writes(cfg):
    doc = extract_text("Phường Tăng Nhơn Phú A biểu dương 15 gia đình văn hóa tiêu biểu\n\n"
                       "Năm 2018, Hội LHPN phường Tăng Nhơn Phú A đã vận động hội viên xây dựng 6 mô hình. TP.HCM", cfg)
    named = extract_text("Quận 9: phường Tăng Nhơn Phú A biểu dương gia đình văn hóa\n\n"
                         "Năm 2018, Hội LHPN phường Tăng Nhơn Phú A, quận 9 xây dựng 6 mô hình. TP.HCM", cfg)
    assert doc.fields["district"] == "Quận 9" and named.fields["district"] == "Quận 9"
    assert doc.fields["province"] == "Hồ Chí Minh"


@pytest.mark.parametrize("head, body, url, before, after", [
    # (huyện Tĩnh Gia became thị xã Nghi Sơn on 1 June 2020)
    ("Xã Hải Nhân ra mắt mô hình “Dân vận khéo”", "Sáng 11/5, Đảng ủy xã Hải Nhân ra mắt mô hình “Dân vận khéo”.",
     "https://baothanhhoa.vn/xa-hoi/tin-1234.htm", "Tĩnh Gia", "Nghi Sơn"),
    # (Vinh took in thị xã Cửa Lò on 1 December 2024)
    ("Phường Nghi Hương ra mắt mô hình bảo vệ môi trường biển",
     "Sáng 11/5, Hội LHPN phường Nghi Hương ra mắt mô hình “Phụ nữ giữ gìn môi trường biển”.", "", "Cửa Lò", "Vinh"),
    # (thành phố Ninh Bình and huyện Hoa Lư became thành phố Hoa Lư on 1 January 2025)
    ("Phường Đông Thành ra mắt mô hình “Dân vận khéo”", "Sáng 11/5, Đảng ủy phường Đông Thành ra mắt mô hình mới.",
     "https://baoninhbinh.org.vn/tin-1234.htm", "Ninh Bình", "Hoa Lư"),
    # (the 2020 mergers in Cao Bằng: Thông Nông into Hà Quảng; Trà Lĩnh into Trùng Khánh, but for xã Quốc Toản; Phục
    # Hòa and Quảng Uyên into the new huyện Quảng Hòa)
    ("Xã Cần Yên ra mắt mô hình", "Sáng 11/5, Hội Nông dân xã Cần Yên (Cao Bằng) ra mắt mô hình nuôi ong.", "",
     "Thông Nông", "Hà Quảng"),
    ("Xã Xuân Nội ra mắt mô hình", "Sáng 11/5, Hội Nông dân xã Xuân Nội (Cao Bằng) ra mắt mô hình nuôi ong.", "",
     "Trà Lĩnh", "Trùng Khánh"),
    ("Xã Quốc Toản ra mắt mô hình", "Sáng 11/5, Hội Nông dân xã Quốc Toản (Cao Bằng) ra mắt mô hình nuôi ong.", "",
     "Trà Lĩnh", "Quảng Hòa"),
    ("Thị trấn Tà Lùng ra mắt mô hình", "Sáng 11/5, Hội Phụ nữ thị trấn Tà Lùng (Cao Bằng) ra mắt mô hình tuyến phố sạch.",
     "", "Phục Hòa", "Quảng Hòa"),
    ("Xã Phi Hải ra mắt mô hình", "Sáng 11/5, Hội Nông dân xã Phi Hải (Cao Bằng) ra mắt mô hình nuôi ong.", "",
     "Quảng Uyên", "Quảng Hòa"),
    # (Tây Trà into Trà Bồng, 2020; Mỹ Lộc into thành phố Nam Định, September 2024; Nam Đông into Phú Lộc and Lộc Hà
    # into Thạch Hà, but for xã Hộ Độ, which went to thành phố Hà Tĩnh, January 2025)
    ("Xã Trà Phong ra mắt mô hình", "Sáng 11/5, Đoàn xã Trà Phong (Quảng Ngãi) ra mắt mô hình thắp sáng đường quê.", "",
     "Tây Trà", "Trà Bồng"),
    ("Xã Mỹ Tân ra mắt mô hình", "Sáng 11/5, Hội Nông dân xã Mỹ Tân (Nam Định) ra mắt mô hình trồng hoa.", "",
     "Mỹ Lộc", "Nam Định"),
    ("Xã Thượng Lộ ra mắt mô hình", "Sáng 11/5, Đoàn xã Thượng Lộ (Thừa Thiên Huế) ra mắt mô hình thắp sáng đường quê.",
     "", "Nam Đông", "Phú Lộc"),
    ("Xã Thạch Kim ra mắt mô hình", "Sáng 11/5, Hội LHPN xã Thạch Kim (Hà Tĩnh) ra mắt mô hình chống rác thải nhựa.", "",
     "Lộc Hà", "Thạch Hà"),
    ("Xã Hộ Độ ra mắt mô hình", "Sáng 11/5, Hội LHPN xã Hộ Độ (Hà Tĩnh) ra mắt mô hình chống rác thải nhựa.", "",
     "Lộc Hà", "Hà Tĩnh"),
    # (the statistics office's lists: Kỳ Sơn into thành phố Hòa Bình, 2020; Cát Tiên and Đạ Tẻh into Đạ Huoai, December
    # 2024; Đông Sơn into thành phố Thanh Hóa, Yên Dũng into thành phố Bắc Giang, Long Điền and Đất Đỏ into Long Đất, 2025)
    ("Xã Mông Hóa ra mắt mô hình", "Sáng 11/5, Hội Nông dân xã Mông Hóa (Hòa Bình) ra mắt mô hình nuôi ong.", "",
     "Kỳ Sơn", "Hòa Bình"),
    ("Xã Gia Viễn ra mắt mô hình", "Sáng 11/5, Hội Nông dân xã Gia Viễn (Lâm Đồng) ra mắt mô hình nuôi ong.", "",
     "Cát Tiên", "Đạ Huoai"),
    ("Xã Đạ Kho ra mắt mô hình", "Sáng 11/5, Hội Nông dân xã Đạ Kho (Lâm Đồng) ra mắt mô hình nuôi ong.", "",
     "Đạ Tẻh", "Đạ Huoai"),
    ("Xã Đông Khê ra mắt mô hình", "Sáng 11/5, Hội Nông dân xã Đông Khê (Thanh Hóa) ra mắt mô hình nuôi ong.", "",
     "Đông Sơn", "Thanh Hóa"),
    ("Xã Tư Mại ra mắt mô hình", "Sáng 11/5, Hội Nông dân xã Tư Mại (Bắc Giang) ra mắt mô hình nuôi ong.", "",
     "Yên Dũng", "Bắc Giang"),
    ("Xã Phước Tỉnh ra mắt mô hình", "Sáng 11/5, Hội LHPN xã Phước Tỉnh (Bà Rịa - Vũng Tàu) ra mắt mô hình chống rác thải.",
     "", "Long Điền", "Long Đất"),
    ("Xã Láng Dài ra mắt mô hình", "Sáng 11/5, Hội LHPN xã Láng Dài (Bà Rịa - Vũng Tàu) ra mắt mô hình chống rác thải.",
     "", "Đất Đỏ", "Long Đất"),    # (Cẩm Bình and Cẩm Vịnh of huyện Cẩm Xuyên into thành phố Hà Tĩnh, January 2020)
    ("Xã Cẩm Vịnh ra mắt mô hình", "Sáng 11/5, Hội LHPN xã Cẩm Vịnh (Hà Tĩnh) ra mắt mô hình chống rác thải nhựa.", "",
     "Cẩm Xuyên", "Hà Tĩnh"),
])
def test_a_commune_of_a_renamed_or_merged_district_is_read_as_it_was_that_year(cfg, head, body, url, before, after):
    then = extract_text(f"{head}\n\n12/05/2018 - 09:15\n\n{body}", cfg, url=url)
    now = extract_text(f"{head}\n\n12/05/2025 - 09:15\n\n{body}", cfg, url=url)
    assert (then.fields["district"], now.fields["district"]) == (before, after)


def test_an_undated_congress_is_dated_by_the_term_it_opens_not_by_the_term_s_last_year(cfg):
    # ("nhiệm kỳ 2021 – 2026" is written in 2021: the ward was Cửa Lò's until Vinh took it in, in December 2024)
    doc = extract_text("Đại hội phụ nữ phường Nghi Tân nhiệm kỳ 2021 – 2026\n\nSáng 20/4, Hội LHPN phường Nghi Tân tổ "
                       "chức Đại hội đại biểu phụ nữ lần thứ VI, nhiệm kỳ 2021 – 2026, tổng kết nhiệm kỳ 2016 – 2021.", cfg)
    assert (doc.fields["district"], doc.fields["province"]) == ("Cửa Lò", "Nghệ An")


def test_a_commune_moved_to_another_district_is_read_in_the_one_it_had(cfg):
    before = extract_text("Xã Nà Nhạn ra mắt mô hình\n\n12/09/2019 - 07:45\n\nNăm 2019, Hội Nông dân xã Nà Nhạn ra mắt "
                          "3 mô hình chăn nuôi.", cfg)
    after = extract_text("Xã Nà Nhạn ra mắt mô hình\n\n12/09/2021 - 07:45\n\nNăm 2021, Hội Nông dân xã Nà Nhạn ra mắt "
                         "3 mô hình chăn nuôi.", cfg)
    assert (before.fields["district"], before.fields["district_code"]) == ("Điện Biên", "100")
    assert after.fields["district"] == "Điện Biên Phủ"


def test_a_moved_commune_does_not_vote_for_the_district_it_joined_later(cfg):
    doc = extract_text("Xã Nà Nhạn ra mắt mô hình\n\n12/09/2019 - 07:45\n\nNăm 2019, Hội Nông dân xã Nà Nhạn ra mắt 3 mô "
                       "hình chăn nuôi. Xã cách thành phố Điện Biên Phủ 20 km.", cfg)
    assert doc.fields.get("district") != "Điện Biên Phủ" and doc.fields["province"] == "Điện Biên"


def test_a_commune_merged_away_before_the_reform_still_gives_its_district(cfg):
    doc = extract_text("Phường Trung Tự ra mắt mô hình “Dân vận khéo”\n\n14/03/2018 - 08:15\n\n"
                       "Sáng 13/3, Hội Cựu chiến binh phường Trung Tự ra mắt mô hình giữ gìn vệ sinh ngõ phố.", cfg)
    assert (doc.fields["district"], doc.fields["province"]) == ("Đống Đa", "Hà Nội")


def test_a_commune_of_a_district_merged_into_its_neighbour_is_named_with_the_district_it_had(cfg):
    doc = extract_text("Xã Sơn Viên kỷ niệm ngày truyền thống công tác dân vận\n\n16/10/2018 - 09:00\n\n"
                       "Khối Dân vận xã Sơn Viên biểu dương 9 tập thể và 14 cá nhân.", cfg)
    assert (doc.fields["district"], doc.fields["province"]) == ("Nông Sơn", "Quảng Nam")


def test_a_type_word_written_twice_is_no_commune_merged_away(cfg):
    doc = extract_text("Kết nghĩa giữa hai địa phương\n\n14/09/2025 - 10:00\n\nNgày 13-9, tại hội trường xã Ia Hrú (tỉnh "
                       "Gia Lai) đã diễn ra lễ kết nghĩa. Theo đó, xã Xã Ia Hrú được thành lập trên cơ sở sáp nhập 2 "
                       "xã.", cfg)
    assert "Xã" not in {m.surface for m in doc.mentions}
    assert (doc.fields.get("commune"), doc.fields["province"]) == ("Ia Hrú", "Gia Lai")


def test_a_place_abroad_that_shares_a_unit_s_name_is_not_that_unit(cfg):
    # Chongqing and Henan written in Vietnamese are Cao Bằng's district and a northern province
    doc = extract_text("Những căn bệnh da hiếm gặp\n\n21/12/2012 - 15:20\n\nAnh Zhang Hongming, đến từ Trùng Khánh, "
                       "Trung Quốc, mắc hội chứng bẩm sinh khiến lông mọc phủ kín người. Một đoàn bác sĩ tỉnh Hà Nam "
                       "(Trung Quốc) đã sang hỗ trợ điều trị.", cfg)
    assert not doc.fields.get("district") and not doc.fields.get("province")


def test_a_unit_followed_by_its_own_province_is_still_that_unit(cfg):
    doc = extract_text("Trùng Khánh nhân rộng mô hình\n\n04/05/2021 - 10:00\n\nNăm 2020, huyện Trùng Khánh (Cao Bằng) có "
                       "40 mô hình dân vận khéo; xã Đàm Thủy, Trùng Khánh, Cao Bằng dẫn đầu.", cfg)
    assert (doc.fields["district"], doc.fields["province"]) == ("Trùng Khánh", "Cao Bằng")


def test_hue_written_alone_is_the_province_level_city(cfg):
    doc = extract_text("Nước sông Hương lên nhanh\n\n27/10/2025 - 20:15\n\nTại Huế, nước sông Hương lên mức báo động 3; "
                       "chính quyền các phường đã sơ tán hơn 3.000 hộ dân.", cfg)
    assert doc.fields["province"] == "Huế"


def test_hue_before_the_reform_is_in_thua_thien_hue(cfg):
    doc = extract_text("Lễ hội áo dài\n\n12/3/2019 - 09:00\n\nTại Huế, lễ hội áo dài thu hút hàng nghìn du khách; "
                       "Sở Văn hóa và Thể thao tổ chức 20 chương trình biểu diễn.", cfg)
    assert doc.fields["province"] == "Thừa Thiên Huế"


def test_a_woman_called_hue_is_no_place(cfg):
    doc = extract_text("Hội viên vượt khó\n\n12/3/2024 - 09:00\n\nChị Huế, hội viên chi hội thôn 3, được hỗ trợ 20 triệu "
                       "đồng nuôi bò; bà Nguyễn Thị Huế kể gia đình đã thoát nghèo.", cfg)
    assert not doc.fields.get("province")


def test_a_bare_name_the_story_writes_as_a_commune_is_that_commune_not_a_district_elsewhere(cfg):
    doc = extract_text("Tam Kỳ: Nông dân chung sức xây dựng nông thôn mới\n\n"
                       "Năm 2019, Hội Nông dân xã Tam Kỳ đã vận động hội viên hiến đất, góp công làm đường, xây dựng 8 mô "
                       "hình kinh tế tập thể.\n\nÔng Nguyễn Văn Hải, Chủ tịch Hội Nông dân xã, cho biết nhiều hộ đã thoát "
                       "nghèo nhờ các mô hình này.\n\nTheo lãnh đạo UBND huyện Kim Thành, cách làm của xã sẽ được nhân rộng"
                       " trong thời gian tới.", cfg)
    assert (doc.fields.get("district"), doc.fields.get("province")) == ("Kim Thành", "Hải Dương")


def test_a_district_s_seat_of_its_own_name_leaves_the_bare_name_to_the_district(cfg):
    doc = extract_text("Mường Lát: Đồn Biên phòng chung tay xóa nhà tạm\n\nNăm 2019, Đồn Biên phòng phối hợp với Ủy ban MTTQ "
                       "huyện Mường Lát xây mới 15 nhà cho hộ nghèo, trong đó thị trấn Mường Lát 4 nhà.", cfg)
    assert (doc.fields.get("district"), doc.fields.get("province")) == ("Mường Lát", "Thanh Hóa")


def test_the_gia_lai_spelling_đak_is_the_same_name_as_đắk(cfg):
    doc = extract_text("Đắk Đoa: Ra mắt mô hình “Dân vận khéo” ở làng Kon Dơng\n\nNgày 12/5/2021, Ban Dân vận Huyện ủy Đắk Đoa"
                       " ra mắt mô hình “Dân vận khéo” tại làng Kon Dơng, thị trấn Đắk Đoa.", cfg)
    assert (doc.fields.get("district"), doc.fields.get("province")) == ("Đak Đoa", "Gia Lai")


def test_a_province_s_association_at_every_level_makes_one_district_an_example(cfg):
    doc = extract_text("Cựu chiến binh Lào Cai giúp nhau làm kinh tế\n\n12/08/2021\n\n"
                       "Những năm qua, các cấp Hội Cựu chiến binh tỉnh Lào Cai đã đẩy mạnh phong trào “Cựu chiến binh giúp "
                       "nhau giảm nghèo, làm kinh tế giỏi”, góp phần xây dựng nông thôn mới.\n\n"
                       "Trong các địa phương, huyện Bảo Thắng là nơi phong trào phát triển mạnh. Hội viên cựu chiến binh huyện"
                       " Bảo Thắng đã xây dựng 86 mô hình kinh tế. Hội CCB huyện Bảo Thắng còn thành lập các tổ hợp tác.", cfg)
    assert (doc.fields.get("province"), doc.fields.get("district")) == ("Lào Cai", None)
