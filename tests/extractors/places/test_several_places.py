"""Stories that name districts which are not their subject: labelled digests, travellers' features, venues of a
provincial body's event, and a commune that the head names under a provincial partner."""

from tests.conftest import extract_text


def test_a_digest_of_paragraphs_labelled_with_their_districts_has_no_district(cfg):
    doc = extract_text("Nhịp sống Kinh Bắc\n\n03/11/2021 - 17:30\n\n"
                       "Yên Phong: Huyện Yên Phong ra quân thu gom rác thải trên các tuyến kênh mương nội đồng tại "
                       "xã Đông Phong, xã Trung Nghĩa.\n\n"
                       "Lương Tài: Huyện Lương Tài tổ chức hội nghị tập huấn phòng chống dịch bệnh trên đàn lợn.\n\n"
                       "Gia Bình: Huyện Gia Bình trao 120 suất học bổng cho học sinh nghèo vượt khó.", cfg)
    assert doc.fields["province"] == "Bắc Ninh" and not doc.fields.get("district")


def test_one_district_s_headline_with_a_label_keeps_its_district(cfg):
    doc = extract_text("Yên Phong: Ra quân thu gom rác thải\n\n03/11/2021 - 17:30\n\n"
                       "Sáng 3/11, huyện Yên Phong (Bắc Ninh) ra quân thu gom rác thải trên các tuyến kênh mương. "
                       "Lực lượng đoàn viên của huyện đã thu gom hơn 20 tấn rác.", cfg)
    assert doc.fields["district"] == "Yên Phong"


def test_a_feature_whose_reporters_travel_on_to_another_district_has_no_district(cfg):
    doc = extract_text("Mùa cà phê trên cao nguyên\n\n18/11/2020 - 08:00\n\n"
                       "Đầu mùa khô, chúng tôi đến xã Ea Tul, huyện Cư M'gar. Nông dân đang thu hái cà phê chín.\n\n"
                       "Rời Cư M'gar, chúng tôi về huyện Krông Năng. Ở xã Phú Lộc, nhiều hộ trồng xen sầu riêng.\n\n"
                       "Theo ngành nông nghiệp, cà phê vẫn là cây trồng chủ lực của tỉnh Đắk Lắk.", cfg)
    assert doc.fields["province"] == "Đắk Lắk" and not doc.fields.get("district")


def test_a_feature_that_goes_on_down_the_coast_has_no_district(cfg):
    doc = extract_text("Những làng chài đổi thay\n\n09/07/2019 - 07:15\n\n"
                       "Chúng tôi đến xã Bình Châu, huyện Bình Sơn, những ngày biển lặng. Ngư dân vừa trở về sau chuyến "
                       "biển dài.\n\n"
                       "Tiếp tục xuôi về phía nam, huyện Đức Phổ cũng đổi thay. Ở xã Phổ Thạnh, nhiều nhà mới mọc lên.\n\n"
                       "Ngành thủy sản tỉnh Quảng Ngãi cho biết sản lượng khai thác tăng 8%.", cfg)
    assert doc.fields["province"] == "Quảng Ngãi" and not doc.fields.get("district")


def test_a_district_that_only_hosts_a_provincial_department_s_opening_is_not_the_subject(cfg):
    doc = extract_text("Hội thao ngành giáo dục năm 2022\n\n15/05/2022 - 10:20\n\n"
                       "Sáng 14/5, tại thị xã Ninh Hòa, Sở Giáo dục và Đào tạo tỉnh Khánh Hòa khai mạc hội thao "
                       "ngành giáo dục, thu hút hơn 300 vận động viên.", cfg)
    assert doc.fields["province"] == "Khánh Hòa" and not doc.fields.get("district")


def test_a_district_s_own_department_opening_an_event_there_keeps_its_district(cfg):
    doc = extract_text("Hội thao ngành giáo dục thị xã Ninh Hòa\n\n15/05/2022 - 10:20\n\n"
                       "Sáng 14/5, Phòng Giáo dục và Đào tạo thị xã Ninh Hòa khai mạc hội thao, thu hút 300 vận động "
                       "viên của 40 trường học trong thị xã.", cfg)
    assert doc.fields["district"] == "Ninh Hòa"


def test_a_commune_in_the_headline_beside_a_provincial_partner_gives_its_only_district(cfg):
    doc = extract_text("Tân Hội Đông tập huấn trồng lúa giảm giống\n\n21/04/2023 - 09:00\n\n"
                       "Ngày 20/4, UBND xã Tân Hội Đông phối hợp với Trung tâm Khuyến nông tỉnh Tiền Giang tổ chức "
                       "lớp tập huấn cho 50 nông dân.", cfg)
    assert (doc.fields.get("district"), doc.fields["province"]) == ("Châu Thành", "Tiền Giang")


def test_a_feature_that_travels_from_commune_to_commune_after_the_reform_has_no_commune(cfg):
    doc = extract_text("Những mô hình hay giữ gìn môi trường\n\n14/10/2025 - 07:00\n\n"
                       "Ở xã Phong Điền, hội viên nông dân thu gom vỏ bao thuốc bảo vệ thực vật trên đồng ruộng.\n\n"
                       "Về phường Kim Long, các tổ dân phố trồng hoa dọc bờ sông.\n\n"
                       "Lên xã A Lưới 1, đoàn viên thanh niên vận động bà con không đốt rác trong rừng.", cfg)
    assert doc.fields["province"] == "Huế" and not doc.fields.get("commune")


def test_a_district_named_once_in_the_lead_by_its_committee_and_then_through_its_communes_is_the_subject(cfg):
    doc = extract_text("Dân vận khéo ở vùng cao\n\n21/10/2021 - 08:15\n\n"
                       "Những năm qua, Ban Thường vụ Huyện ủy Na Rì đã chỉ đạo các chi bộ chọn việc khó để xây dựng "
                       "mô hình “Dân vận khéo”.\n\n"
                       "Ở xã Kim Hỷ, người dân hiến hơn 3.000 m2 đất làm đường liên thôn. Tại xã Lương Thượng, địa bàn "
                       "giáp huyện Ngân Sơn, chi bộ thôn vận động bà con trồng rừng.\n\n"
                       "Cán bộ xã Văn Lang kể, có hộ phải đến vận động bốn lần mới đồng ý.", cfg)
    assert doc.fields["province"] == "Bắc Kạn" and doc.fields["district"] == "Na Rì"


def test_a_district_named_once_as_a_venue_among_the_others_is_not_the_subject(cfg):
    doc = extract_text("Tổng kết Cụm thi đua các huyện miền núi\n\n22/05/2023 - 17:00\n\n"
                       "Ngày 22/5, tại huyện Tân Sơn, Cụm thi đua các huyện miền núi tỉnh Phú Thọ tổ chức hội nghị "
                       "tổng kết năm 2022.\n\n"
                       "Các huyện trong cụm gồm Thanh Sơn, Yên Lập, Tân Sơn và Cẩm Khê đã hoàn thành các chỉ tiêu "
                       "giao ước.", cfg)
    assert doc.fields["province"] == "Phú Thọ" and not doc.fields.get("district")


def test_an_event_for_two_districts_joined_under_one_type_word_has_no_district(cfg):
    doc = extract_text("Tập huấn kỹ năng khởi nghiệp cho phụ nữ\n\n"
                       "Ngày 14-6, tại huyện Hàm Yên, Hội LHPN tỉnh phối hợp với Ngân hàng Chính sách xã hội tổ chức "
                       "tập huấn khởi nghiệp cho hội viên, phụ nữ huyện Hàm Yên và Chiêm Hóa.\n\n"
                       "Hơn 120 hội viên huyện Hàm Yên và Chiêm Hóa được hướng dẫn lập phương án sản xuất, kinh doanh.",
                       cfg)
    assert doc.fields["province"] == "Tuyên Quang" and not doc.fields.get("district")


def test_a_district_and_a_province_joined_in_the_head_keep_the_district(cfg):
    doc = extract_text("Ra mắt mô hình “Tuyến đường thanh niên tự quản”\n\n"
                       "Ngày 20-3, Huyện đoàn Hàm Yên ra mắt mô hình “Tuyến đường thanh niên tự quản” tại xã Thái "
                       "Sơn, huyện Hàm Yên và tỉnh Đoàn Tuyên Quang trao tặng 50 suất quà cho đoàn viên.\n\n"
                       "Toàn huyện Hàm Yên hiện có 18 tuyến đường thanh niên tự quản.", cfg)
    assert doc.fields["district"] == "Hàm Yên"
