"""Units written the ways papers write them: committees, abbreviations, brackets, apostrophes, a place line, a
capital named for its city, national and regional events (shared/corpus/ANNOTATION.md), one short report each."""

import pytest

from tests.conftest import extract_text


@pytest.mark.parametrize("text, province, district", [
    ("Huyện ủy Thạch Hà tổng kết công tác dân vận\n\nChiều 12/12/2023, Huyện ủy Thạch Hà tổ chức hội nghị tổng kết công tác dân vận năm 2023.",
     "Hà Tĩnh", "Thạch Hà"),
    ("Long Mỹ sơ kết phong trào Dân vận khéo\n\nSáng 5/6/2022, Thị ủy Long Mỹ (Hậu Giang) tổ chức sơ kết 3 năm thực hiện phong trào thi đua “Dân vận khéo”.",
     "Hậu Giang", "Long Mỹ"),
    ("Tam Kỳ biểu dương điển hình\n\nNgày 3/9/2021, UBND TP. Tam Kỳ tổ chức hội nghị biểu dương điển hình tiên tiến giai đoạn 2016-2020.",
     "Quảng Nam", "Tam Kỳ"),
    ("Q.3 tuyên dương gương người tốt\n\nSáng 8/3/2020, UBND Q.3 (TP.HCM) tổ chức tuyên dương 30 gương người tốt việc tốt.",
     "Hồ Chí Minh", "Quận 3"),
    ("Cư M’gar nhân rộng mô hình\n\nNgày 10/10/2022, Ban Dân vận Huyện ủy Cư M’gar tổ chức hội nghị sơ kết mô hình dân vận khéo.",
     "Đắk Lắk", "Cư M'gar"),
    ("BR-VT: Tổng kết phong trào thi đua\n\nSáng 15/1/2024, UBND tỉnh BR-VT tổ chức hội nghị tổng kết phong trào thi đua yêu nước.",
     "Bà Rịa - Vũng Tàu", None),
    ("TT-Huế tuyên dương nông dân giỏi\n\nNgày 20/11/2019, Hội Nông dân tỉnh TT-Huế tuyên dương 60 nông dân sản xuất kinh doanh giỏi.",
     "Thừa Thiên Huế", None),
    ("Bộ LĐ-TB&XH tuyên dương 100 học sinh giáo dục nghề nghiệp\n\nTối 5/12/2023, tại Hà Nội, Bộ Lao động - Thương binh và Xã hội tổ chức lễ tuyên dương 100 học sinh, sinh viên giáo dục nghề nghiệp tiêu biểu toàn quốc.",
     None, None),
    ("Cụm thi đua các tỉnh Tây Nguyên tổng kết năm 2022\n\nNgày 20/12/2022, tại TP Pleiku (Gia Lai), Cụm thi đua các tỉnh Tây Nguyên tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2022.",
     None, None),
    ("Quảng Bình: Minh Hóa biểu dương già làng, người có uy tín\n\nSáng 14/11/2018, UBND huyện Minh Hóa tổ chức hội nghị biểu dương già làng, trưởng bản, người có uy tín.",
     "Quảng Bình", "Minh Hóa"),
    ("Đắk Mil tổng kết phong trào thi đua\n\nSáng 10/1/2021, huyện Đắk Mil tổ chức tổng kết phong trào thi đua yêu nước năm 2020. Huyện giáp tỉnh Mondulkiri (Campuchia) và huyện Cư Jút.",
     "Đắk Nông", "Đắk Mil"),
    ("Hội nghị tổng kết 10 năm phong trào Toàn dân đoàn kết\n\nSáng 22/7/2021, UBND tỉnh Sóc Trăng tổ chức hội nghị tổng kết 10 năm. Dịp này, các huyện Mỹ Tú, Kế Sách, Long Phú và thị xã Vĩnh Châu được tặng Bằng khen.",
     "Sóc Trăng", None),
    ("Phú Quốc tuyên dương gương người tốt\n\nSáng 2/9/2020, UBND huyện Phú Quốc (Kiên Giang) tuyên dương 40 gương người tốt việc tốt.",
     "Kiên Giang", "Phú Quốc"),
    ("Vinh tổng kết phong trào dân vận khéo\n\nChiều 18/12/2022, Thành ủy Vinh (Nghệ An) tổng kết phong trào thi đua “Dân vận khéo” năm 2022.",
     "Nghệ An", "Vinh"),
    ("Phường Long Châu tổ chức Ngày hội Đại đoàn kết\n\nNgày 15/11/2025, Đảng ủy phường Long Châu tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025.",
     "Vĩnh Long", None),
    ("Huế tổng kết phong trào thi đua năm 2019\n\nSáng 10/1/2020, UBND TP Huế tổ chức tổng kết phong trào thi đua năm 2019.",
     "Thừa Thiên Huế", "Huế"),
    ("Đà Nẵng tuyên dương 50 gia đình văn hóa tiêu biểu\n\nSáng 28/6/2021, UBND TP Đà Nẵng tổ chức tuyên dương 50 gia đình văn hóa tiêu biểu.",
     "Đà Nẵng", None),
    ("Hội nghị điển hình tiên tiến huyện Krông Pắc\n\nNgày 25/5/2020, huyện Krông Pắc tổ chức Đại hội thi đua yêu nước lần thứ V.",
     "Đắk Lắk", "Krông Pắc"),
    ("Thị xã Ninh Hòa biểu dương người tốt\n\nNgày 8/4/2019, UBND thị xã Ninh Hòa biểu dương 25 người tốt việc tốt.",
     "Khánh Hòa", "Ninh Hòa"),
    ("Đại hội Thi đua yêu nước toàn quốc lần thứ XI\n\nSáng 11/11/2025, tại Hà Nội, Đại hội Thi đua yêu nước toàn quốc lần thứ XI khai mạc với sự tham dự của 2.400 đại biểu.",
     None, None),
    ("Lai Châu: Tam Đường ra mắt mô hình\n\nNgày 12/3/2022, Hội LHPN huyện Tam Đường ra mắt mô hình “Phụ nữ giữ gìn bản sắc văn hóa”.",
     "Lai Châu", "Tam Đường"),
    ("Quận Hoàn Kiếm khen thưởng 20 tập thể\n\nChiều 5/12/2022, UBND quận Hoàn Kiếm (Hà Nội) khen thưởng 20 tập thể có thành tích xuất sắc.",
     "Hà Nội", "Hoàn Kiếm"),
    ("Phú Yên biểu dương già làng\n\nNgày 9/10/2023, Ban Dân tộc tỉnh Phú Yên biểu dương 45 già làng, người có uy tín của các huyện Sông Hinh, Sơn Hòa, Đồng Xuân.",
     "Phú Yên", None),
    ("TP Thủ Đức tuyên dương điển hình\n\nNgày 15/9/2022, UBND TP Thủ Đức (TP.HCM) tổ chức tuyên dương 80 điển hình tiên tiến.",
     "Hồ Chí Minh", "Thủ Đức"),
    ("Đảng ủy xã Hòa Phú tổ chức hội nghị\n\nNgày 20/10/2025, Đảng ủy xã Hòa Phú (tỉnh Đắk Lắk) tổ chức hội nghị biểu dương 12 mô hình dân vận khéo.",
     "Đắk Lắk", None),
    # the seat of the body honoured ("có trụ sở tại …"), not a venue
    ("Hợp tác xã nông nghiệp được tặng Bằng khen của Thủ tướng\n\nHợp tác xã Dịch vụ nông nghiệp Tân Lập, có trụ sở tại xã Tân Lập, huyện Đan Phượng, Hà Nội, vừa được Thủ tướng Chính phủ tặng Bằng khen vì thành tích xuất sắc trong xây dựng nông thôn mới.",
     "Hà Nội", "Đan Phượng"),
    # the karst plateau named after one of the four districts it spans, and that district itself
    ("Hà Giang: Thu hút khách đến Cao nguyên đá Đồng Văn\n\nNgày 3/6/2018, UBND tỉnh Hà Giang tổ chức hội nghị xúc tiến du lịch Cao nguyên đá Đồng Văn. Năm 2017, Cao nguyên đá Đồng Văn đón hơn 900.000 lượt khách, tỉnh Hà Giang đặt mục tiêu 1,2 triệu lượt.",
     "Hà Giang", None),
    ("Khánh thành trường học ở huyện Đồng Văn\n\nNgày 5/9/2018, tại xã Lũng Cú, huyện Đồng Văn (Hà Giang), Bộ đội Biên phòng tỉnh khánh thành điểm trường mới.",
     "Hà Giang", "Đồng Văn"),
    # a lorry's registration ("biển số Hải Phòng") is where it is registered, not where it overturned
    ("Xe container biển số Hải Phòng lật trên quốc lộ 1\n\nXe container mang biển số Hải Phòng bị lật khi đổ dốc, tài xế bị thương nhẹ.\n\nKhoảng 5h sáng 12/6, trên quốc lộ 1 đoạn qua xã Cát Tân, huyện Phù Cát (Bình Định), xe container biển kiểm soát Hải Phòng do tài xế Nguyễn Văn Tâm điều khiển bị lật nghiêng khi đổ dốc.",
     "Bình Định", "Phù Cát"),
    # the parts of a province's name joined by an en dash, spaced or not
    ("Bà Rịa – Vũng Tàu: 50 tập thể được khen thưởng\n\nSáng 10/1/2019, UBND tỉnh Bà Rịa – Vũng Tàu tổng kết phong trào thi đua yêu nước năm 2018.",
     "Bà Rịa - Vũng Tàu", None),
    ("Hội Nông dân Bà Rịa–Vũng Tàu tuyên dương nông dân giỏi\n\nNgày 20/11/2019, Hội Nông dân tỉnh Bà Rịa–Vũng Tàu tuyên dương 60 nông dân giỏi.",
     "Bà Rịa - Vũng Tàu", None),
    ("Thừa Thiên – Huế tuyên dương nông dân giỏi\n\nNgày 20/11/2019, Hội Nông dân tỉnh Thừa Thiên – Huế tuyên dương 60 nông dân sản xuất kinh doanh giỏi.",
     "Thừa Thiên Huế", None),
])
def test_province_and_district_as_papers_write_them(cfg, text, province, district):
    doc = extract_text(text, cfg)
    assert (doc.fields.get("province") or None, doc.fields.get("district") or None) == (province, district)


@pytest.mark.parametrize("text, province, commune, commune_type", [
    ("Phường Sài Gòn ra mắt mô hình dân vận khéo\n\nNgày 20/8/2025, Đảng ủy phường Sài Gòn (TP.HCM) ra mắt mô hình “Khu phố văn minh”.",
     "Hồ Chí Minh", "Sài Gòn", "phường"),
    ("Xã Bát Tràng tổ chức Ngày hội Đại đoàn kết\n\nNgày 16/11/2025, Ban Công tác Mặt trận thôn Giang Cao, xã Bát Tràng (Hà Nội) tổ chức Ngày hội Đại đoàn kết toàn dân tộc.",
     "Hà Nội", "Bát Tràng", "xã"),
    ("Đặc khu Phú Quốc biểu dương gương người tốt\n\nSáng 2/9/2025, UBND đặc khu Phú Quốc (An Giang) biểu dương 20 gương người tốt việc tốt.",
     "An Giang", "Phú Quốc", "đặc khu"),
    ("Phường Hạc Thành tổng kết năm 2025\n\nNgày 20/12/2025, Đảng ủy phường Hạc Thành, tỉnh Thanh Hóa tổ chức hội nghị tổng kết công tác năm 2025.",
     "Thanh Hóa", "Hạc Thành", "phường"),
    ("Phường Thuận Hóa tuyên dương điển hình\n\nNgày 10/10/2025, UBND phường Thuận Hóa (TP Huế) tuyên dương 15 điển hình tiên tiến.",
     "Huế", "Thuận Hóa", "phường"),
    ("Xã Mường Nhé phát động phong trào thi đua\n\nNgày 5/9/2025, UBND xã Mường Nhé, tỉnh Điện Biên phát động phong trào thi đua “Cả nước chung tay xóa nhà tạm, nhà dột nát”.",
     "Điện Biên", "Mường Nhé", "xã"),
])
def test_communes_after_the_reform_as_papers_write_them(cfg, text, province, commune, commune_type):
    doc = extract_text(text, cfg)
    assert (doc.fields.get("province"), doc.fields.get("commune"), doc.fields.get("commune_type")) == (province, commune, commune_type)
    assert not doc.fields.get("district")


@pytest.mark.parametrize("text, province", [
    ("Biểu dương điển hình tiên tiến phong trào Toàn dân bảo vệ an ninh Tổ quốc\n\nSáng 18/8/2023, tại Hà Nội, Bộ Công an tổ chức Hội nghị biểu dương 150 điển hình tiên tiến trong phong trào Toàn dân bảo vệ an ninh Tổ quốc.",
     None),
    ("Tuyên dương 60 phụ nữ tiêu biểu\n\nNgày 8/3/2022, Trung ương Hội Liên hiệp Phụ nữ Việt Nam tổ chức lễ tuyên dương 60 phụ nữ tiêu biểu, xuất sắc trên các lĩnh vực.",
     None),
    ("Trao Giải thưởng Nguyễn Đức Cảnh cho 100 công nhân\n\nTối 27/7/2021, Tổng Liên đoàn Lao động Việt Nam trao Giải thưởng Nguyễn Đức Cảnh cho 100 công nhân lao động tiêu biểu.",
     None),
    ("Quốc hội thông qua Luật Thi đua, khen thưởng (sửa đổi)\n\nChiều 15/6/2022, với 465 đại biểu tán thành, Quốc hội đã thông qua Luật Thi đua, khen thưởng (sửa đổi).",
     None),
    ("Nhiều địa phương tổ chức Ngày hội Đại đoàn kết\n\nNgày 18/11/2022, nhiều địa phương trong cả nước đã tổ chức Ngày hội Đại đoàn kết toàn dân tộc. Tại Nghệ An, lãnh đạo tỉnh về dự ngày hội ở xã Nghi Phong. Còn ở Quảng Trị, ngày hội diễn ra tại thôn Cổ Trai.",
     None),
    ("Hà Nội tuyên dương 90 công dân ưu tú\n\nHà Nội - Sáng 5/10/2022, UBND thành phố Hà Nội tổ chức lễ tuyên dương công dân ưu tú Thủ đô năm 2022.",
     "Hà Nội"),
    ("TP HCM vinh danh 100 doanh nghiệp\n\nTP HCM - Tối 12/10/2023, UBND TP HCM tổ chức lễ vinh danh 100 doanh nghiệp tiêu biểu.",
     "Hồ Chí Minh"),
    ("Đại sứ quán Việt Nam tại Lào trao bằng khen cho kiều bào\n\nNgày 2/9/2023, tại Thủ đô Viêng Chăn, Đại sứ quán Việt Nam tại Lào đã trao bằng khen của Bộ Ngoại giao cho 12 kiều bào tiêu biểu.",
     None),
    ("Ban Chỉ đạo Tây Nguyên biểu dương người có uy tín\n\nNgày 8/9/2016, tại TP Buôn Ma Thuột (Đắk Lắk), Ban Chỉ đạo Tây Nguyên tổ chức hội nghị biểu dương 250 người có uy tín của 5 tỉnh Tây Nguyên.",
     None),
    # a region written short: the Mekong Delta's provinces ("các tỉnh ĐBSCL"), met in one of them
    ("Bộ trưởng làm việc với các tỉnh ĐBSCL về hạn mặn\n\nSáng 12/3/2020, tại Tiền Giang, Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn làm việc với các tỉnh ĐBSCL về phòng chống hạn mặn. Theo báo cáo của UBND tỉnh Tiền Giang, toàn tỉnh có 20.000 ha lúa bị ảnh hưởng, nhiều nhất ở huyện Gò Công Đông.",
     None),
    # the cities of several provinces as a nationwide review's examples, none named in half the head's places; the host
    # city is the venue (while a province that fills its own headline and lead keeps it beside three it is compared with)
    ("Sơ kết thi đua công an các thành phố loại I toàn quốc\n\nNgày 20/5/2019, Hội nghị sơ kết thi đua của công an các thành phố loại I được tổ chức tại Công an TP Quy Nhơn, tỉnh Bình Định. Thượng tá Lê Văn Bình, Trưởng Công an TP Quy Nhơn, thay mặt công an 19 thành phố báo cáo: năm 2018, tại các thành phố loại I toàn quốc, số vụ phạm pháp hình sự giảm; nhiều thành phố giảm mạnh: Nam Định giảm 20%, Thái Nguyên giảm 15%, Buôn Ma Thuột giảm 12%, Vĩnh Yên giảm 10%.",
     None),
    ("Lạng Sơn đón nhận danh hiệu Công viên địa chất toàn cầu\n\nChiều 28/6, tại thành phố Lạng Sơn, UBND tỉnh Lạng Sơn tổ chức lễ đón nhận danh hiệu Công viên địa chất toàn cầu UNESCO. Lạng Sơn là địa phương thứ tư của Việt Nam có danh hiệu này, sau Hà Giang, Cao Bằng và Đắk Nông. Tỉnh Lạng Sơn cam kết bảo tồn di sản.",
     "Lạng Sơn"),
    ("Thủ tướng gặp mặt 100 công nhân tiêu biểu\n\nSáng 20/11/2022, tại Trụ sở Chính phủ, Thủ tướng Phạm Minh Chính gặp mặt 100 công nhân tiêu biểu nhân Tháng Công nhân.",
     None),
    ("Bộ trưởng Bộ Y tế trao Kỷ niệm chương cho cán bộ y tế tỉnh Sơn La\n\nNgày 12/5/2021, Bộ trưởng Bộ Y tế đã trao Kỷ niệm chương Vì sức khỏe nhân dân cho 15 cán bộ ngành y tế tỉnh Sơn La.",
     "Sơn La"),
    ("Đà Nẵng biểu dương người tốt việc tốt\n\nSáng 15/7/2023, Ủy ban MTTQ Việt Nam TP Đà Nẵng tổ chức biểu dương 50 người tốt việc tốt năm 2023.",
     "Đà Nẵng"),
    # a national broadcaster and a foreign news agency ("Tân Hoa xã" is Xinhua, no commune) sign an agreement
    ("Đài Tiếng nói Việt Nam và Tân Hoa xã ký thỏa thuận hợp tác\n\nHai bên sẽ trao đổi tin, bài và kinh nghiệm làm báo số.\n\nSáng 15/3, tại Hà Nội, lãnh đạo Đài Tiếng nói Việt Nam và Tân Hoa xã đã ký thỏa thuận hợp tác giai đoạn 2018 - 2022.",
     None),
    # a cluster named by its region, hosted by one of its provinces whose names an en dash joins
    ("Hội thao dân quân tự vệ cụm miền Đông Nam bộ\n\nNgày 12/8/2018, tại tỉnh Bình Dương, Bộ CHQS tỉnh Bình Dương tổ chức Hội thao dân quân tự vệ cụm miền Đông Nam bộ với 300 vận động viên của 6 tỉnh: Bà Rịa – Vũng Tàu, Bình Phước, Tây Ninh, Đồng Nai, Bình Dương và Lâm Đồng. Bộ CHQS tỉnh Bình Dương cảm ơn các đoàn.",
     None),
])
def test_national_stories_have_no_province_and_city_stories_their_city(cfg, text, province):
    assert (extract_text(text, cfg).fields.get("province") or None) == province


_TOTALLED = "{head}\n\nSáng 10/1/2020, {body} tổ chức hội nghị tổng kết phong trào thi đua yêu nước năm 2019."


@pytest.mark.parametrize("head, body, province, district", [
    ("Đắc Lắc tổng kết thi đua", "UBND tỉnh Đắc Lắc", "Đắk Lắk", None),
    ("Kontum tổng kết thi đua", "UBND tỉnh Kontum", "Kon Tum", None),
    ("Pleiku tổng kết thi đua", "UBND TP Pleiku", "Gia Lai", "Pleiku"),
    ("Buôn Mê Thuột tổng kết thi đua", "UBND TP Buôn Mê Thuột", "Đắk Lắk", "Buôn Ma Thuột"),
    ("Nha Trang tổng kết thi đua", "UBND TP Nha Trang", "Khánh Hòa", "Nha Trang"),
    ("Đà Lạt tổng kết thi đua", "UBND TP Đà Lạt", "Lâm Đồng", "Đà Lạt"),
    ("Vũng Tàu tổng kết thi đua", "UBND TP Vũng Tàu", "Bà Rịa - Vũng Tàu", "Vũng Tàu"),
    ("Hạ Long tổng kết thi đua", "UBND TP Hạ Long", "Quảng Ninh", "Hạ Long"),
    ("Phan Thiết tổng kết thi đua", "UBND TP Phan Thiết", "Bình Thuận", "Phan Thiết"),
    ("Tp.Hồ Chí Minh tổng kết thi đua", "UBND Tp.Hồ Chí Minh", "Hồ Chí Minh", None),
    ("Thủ đô tổng kết thi đua", "UBND thành phố Hà Nội", "Hà Nội", None),
    ("Q.Bình Thạnh tổng kết thi đua", "UBND Q.Bình Thạnh", "Hồ Chí Minh", "Bình Thạnh"),
    ("H.Củ Chi tổng kết thi đua", "UBND H.Củ Chi (TP.HCM)", "Hồ Chí Minh", "Củ Chi"),
    ("TX.Sơn Tây tổng kết thi đua", "UBND TX.Sơn Tây", "Hà Nội", "Sơn Tây"),
    ("Đăk Lăk: Krông Ana tổng kết thi đua", "UBND huyện Krông Ana", "Đắk Lắk", "Krông A Na"),
    ("Thừa Thiên-Huế: Phú Vang tổng kết thi đua", "UBND huyện Phú Vang", "Thừa Thiên Huế", "Phú Vang"),
    ("Bà Rịa-Vũng Tàu: Đất Đỏ tổng kết thi đua", "UBND huyện Đất Đỏ", "Bà Rịa - Vũng Tàu", "Đất Đỏ"),
    ("Cần Thơ: Ninh Kiều tổng kết thi đua", "UBND quận Ninh Kiều", "Cần Thơ", "Ninh Kiều"),
])
def test_names_spelled_and_abbreviated_as_papers_write_them(cfg, head, body, province, district):
    doc = extract_text(_TOTALLED.format(head=head, body=body), cfg)
    assert (doc.fields.get("province") or None, doc.fields.get("district") or None) == (province, district)


@pytest.mark.parametrize("credit", [
    "(Ảnh minh họa: Việt Hùng/TTXVN)",
    "(Ảnh tư liệu: Việt Hùng)",
    "Ảnh chụp màn hình: Việt Hùng",
])
def test_a_stock_or_archive_photo_credit_names_a_reporter_not_a_commune(cfg, credit):
    doc = extract_text(
        "Bắc Ninh có thêm 12 xã đạt chuẩn nông thôn mới nâng cao\n\n"
        f"{credit} Năm 2019, tỉnh Bắc Ninh có thêm 12 xã đạt chuẩn nông thôn mới nâng cao, nâng tổng số xã đạt chuẩn "
        "của tỉnh lên 97 xã.", cfg)
    assert [m.surface for m in doc.mentions] == ["Bắc Ninh", "Bắc Ninh"]  # "Việt Hùng" is a commune of Quế Võ
    assert doc.fields["province"] == "Bắc Ninh" and not doc.fields.get("district")


@pytest.mark.parametrize("written", ["Bà Rịa – Vũng Tàu", "Bà Rịa–Vũng Tàu", "Bà Rịa - Vũng Tàu"])
def test_a_province_whose_name_a_dash_joins_is_one_mention_not_two_cities(cfg, written):
    doc = extract_text("Tổng kết thi đua\n\nSáng 10/1/2019, đại biểu các tỉnh Bình Dương, Đồng Nai và "
                       f"{written} dự hội nghị tại TP Vũng Tàu.", cfg)
    assert [(m.surface, m.candidates[0].level) for m in doc.mentions if "Bà Rịa" in m.surface] == [(written, "province")]
