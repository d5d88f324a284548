"""National and regional news: a ministry's regional conference held in one city, a storm's stretch of coast, a
crop season that shares a commune's name."""

from tests.conftest import extract_text


def test_a_ministry_s_regional_conference_in_a_provincial_city_is_about_the_region(cfg):
    doc = extract_text("Các tỉnh Bắc Bộ chuẩn bị vụ Xuân\n\n20/11/2022 - 09:30\n\n"
                       "Ngày 19/11, tại TP Nam Định, Bộ Nông nghiệp và Phát triển nông thôn tổ chức hội nghị triển "
                       "khai kế hoạch sản xuất vụ Đông Xuân vùng Bắc Bộ.\n\nThái Bình, Hải Dương, Hưng Yên và Hà Nam "
                       "đều dự kiến gieo cấy sớm hơn năm trước.", cfg)
    assert doc.fields["scope"] == "national" and not doc.fields.get("province")


def test_a_crop_season_named_like_a_commune_does_not_hold_a_national_story_in_one_place(cfg):
    doc = extract_text("Cả nước gieo cấy vụ Đông Xuân\n\n02/12/2020 - 08:00\n\n"
                       "Bộ Nông nghiệp và Phát triển nông thôn cho biết các địa phương trong cả nước đã gieo cấy vụ "
                       "Đông Xuân được 1,2 triệu ha.", cfg)
    assert doc.fields["scope"] == "national"


def test_a_storm_that_hits_a_stretch_of_coast_has_no_province(cfg):
    doc = extract_text("Bão số 9 gây mưa lớn\n\n29/10/2020 - 18:00\n\n"
                       "Bão số 9 đổ bộ vào đất liền từ Quảng Nam đến Quảng Ngãi rạng sáng 28/10, gió giật cấp 14.\n\n"
                       "Quảng Ngãi có hàng nghìn nhà bị tốc mái. Quảng Nam có 2 người chết; Đà Nẵng mưa rất to. Theo "
                       "Ban Chỉ đạo, Đà Nẵng, Quảng Nam và Quảng Ngãi đã sơ tán 30.000 dân; đường ở Kon Tum, Gia Lai "
                       "bị sạt lở.", cfg)
    assert not doc.fields.get("province")


def test_one_province_s_storm_story_keeps_its_province(cfg):
    doc = extract_text("Quảng Ngãi khắc phục hậu quả bão số 9\n\n29/10/2020 - 18:00\n\n"
                       "Sau khi bão số 9 đổ bộ, tỉnh Quảng Ngãi huy động lực lượng giúp dân lợp lại nhà. Toàn tỉnh có "
                       "hàng nghìn nhà bị tốc mái; huyện Bình Sơn và Lý Sơn thiệt hại nặng.", cfg)
    assert doc.fields["province"] == "Quảng Ngãi"


def test_a_headline_about_a_region_s_provinces_has_no_province(cfg):
    doc = extract_text("Các tỉnh Nam Trung Bộ khắc phục hậu quả bão\n\n08/11/2025 - 21:00\n\n"
                       "Tại Quảng Ngãi, bộ đội giúp người dân xã Ba Tơ dọn bùn đất trong trường học.\n\n"
                       "Ở Gia Lai, đường lên xã An Lão bị sạt lở. Tại Đắk Lắk, xã Sông Hinh đưa lương thực đến các buôn "
                       "bị cô lập.", cfg)
    assert not doc.fields.get("province") and not doc.fields.get("commune")


def test_the_provincial_committees_attending_a_central_body_s_regional_review_are_not_its_subject(cfg):
    doc = extract_text("Sơ kết phong trào “Dân vận khéo” khu vực Tây Nam Bộ\n\nThứ Năm, 14/12/2023 10:00\n\n"
                       "Ngày 14/12, tại TP. Cần Thơ, Ban Dân vận Trung ương tổ chức hội nghị sơ kết phong trào thi đua "
                       "“Dân vận khéo” giai đoạn 2021-2023 khu vực Tây Nam Bộ. Dự hội nghị có lãnh đạo Ban Dân vận "
                       "Trung ương, Trưởng Ban Dân vận Tỉnh ủy, Thành ủy và đại diện các cơ quan khối dân vận của 13 "
                       "tỉnh, thành phố trong khu vực.\n\nCác địa phương đã xây dựng hơn 40.000 mô hình “Dân vận khéo”. "
                       "An Giang, Kiên Giang và Sóc Trăng có nhiều mô hình hay.\n\nTại hội nghị, Ban Dân vận Thành ủy "
                       "Cần Thơ và Ban Dân vận Tỉnh ủy Hậu Giang trình bày tham luận.", cfg)
    assert doc.fields["scope"] == "national" and not doc.fields.get("province")


def test_a_stretch_of_provinces_in_a_regional_review_s_lead_names_no_subject(cfg):
    doc = extract_text("Giao ban công tác Mặt trận các tỉnh Bắc Trung Bộ và duyên hải miền Trung\n\n14/06/2019 - 16:20\n\n"
                       "Sáng 14/6, tại TP Đồng Hới, Ủy ban Trung ương MTTQ Việt Nam tổ chức hội nghị giao ban với Ủy ban "
                       "MTTQ 14 tỉnh, thành phố từ Thanh Hóa đến Bình Thuận.\n\nCác địa phương đã vận động được hơn "
                       "1.200 tỷ đồng ủng hộ Quỹ Vì người nghèo trong 6 tháng đầu năm.", cfg)
    assert doc.fields["scope"] == "national" and not doc.fields.get("province")


def test_a_journey_from_one_city_to_another_is_no_stretch_of_provinces(cfg):
    doc = extract_text("Đoàn công tác thăm đồng bào vùng cao\n\n02/03/2021 - 10:00\n\n"
                       "Đoàn công tác của huyện đi từ Hà Nội đến tỉnh Lào Cai thăm đồng bào xã Bản Khoang. Tỉnh Lào Cai "
                       "đã hỗ trợ xây 120 căn nhà cho hộ nghèo.", cfg)
    assert doc.fields["province"] == "Lào Cai"


def test_the_first_of_a_nationwide_ranking_under_a_headline_of_all_localities_is_not_the_subject(cfg):
    doc = extract_text("Chỉ số cải cách hành chính của các địa phương năm 2022\n\n01/06/2023 - 14:00\n\n"
                       "Hải Phòng dẫn đầu cả nước về Chỉ số cải cách hành chính năm 2022, trong khi nhiều tỉnh miền núi "
                       "vẫn ở cuối bảng.\n\nBộ Nội vụ công bố kết quả tại hội nghị trực tuyến toàn quốc chiều 1/6. Hải "
                       "Phòng đạt 91,3 điểm; Quảng Ninh và Hà Nội đứng sau.", cfg)
    assert doc.fields["scope"] == "national" and not doc.fields.get("province")


def test_a_province_that_leads_the_country_in_its_own_headline_keeps_its_story(cfg):
    doc = extract_text("Hải Phòng dẫn đầu cả nước về cải cách hành chính\n\n01/06/2023 - 14:00\n\n"
                       "Năm 2022, thành phố Hải Phòng dẫn đầu cả nước về Chỉ số cải cách hành chính. UBND thành phố "
                       "đã số hóa 100% hồ sơ tại bộ phận một cửa các quận, huyện.", cfg)
    assert doc.fields["province"] == "Hải Phòng"


def test_two_provinces_joined_by_a_dash_in_the_headline_are_neither_s_story(cfg):
    doc = extract_text("Cụm thi đua Bạc Liêu – Cà Mau tổng kết năm 2023\n\n12/01/2024 - 15:00\n\n"
                       "Chiều 12/1, tại tỉnh Bạc Liêu, Cụm thi đua các Ban Dân vận Tỉnh ủy Bạc Liêu – Cà Mau tổ chức hội "
                       "nghị tổng kết công tác thi đua năm 2023.", cfg)
    assert not doc.fields.get("province")


def test_a_storm_over_an_area_named_by_two_provinces_has_no_province(cfg):
    doc = extract_text("Áp thấp nhiệt đới gây mưa lớn\n\n19/09/2017 - 18:00\n\n"
                       "Áp thấp nhiệt đới đổ bộ vào khu vực Hà Tĩnh - Quảng Bình chiều 18/9, gây mưa to ở nhiều tỉnh.\n\n"
                       "Tại Hà Tĩnh, hơn 200 nhà bị tốc mái. Quảng Bình có 3 người bị thương; Nghệ An và Quảng Trị "
                       "ngập nhiều diện tích lúa. Hà Tĩnh đã sơ tán 4.000 dân khỏi vùng trũng.", cfg)
    assert not doc.fields.get("province")


def test_the_committee_for_ethnic_affairs_honouring_elders_of_many_provinces_is_national(cfg):
    doc = extract_text("Tôn vinh người có uy tín tiêu biểu\n\n05/12/2019 - 11:00\n\n"
                       "Sáng 5/12, tại Hà Nội, Ủy ban Dân tộc tổ chức Hội nghị biểu dương 120 người có uy tín tiêu biểu "
                       "trong đồng bào dân tộc thiểu số năm 2019.\n\nTrong số người được biểu dương có già làng A Ly ở xã "
                       "Đăk Ang, huyện Ngọc Hồi, tỉnh Kon Tum, người đã vận động bà con bỏ tục lệ lạc hậu, và ông Lò Văn "
                       "Pọm ở tỉnh Sơn La.", cfg)
    assert doc.fields["scope"] == "national" and not doc.fields.get("province")
