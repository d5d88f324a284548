"""When: datelines in the formats Vietnamese outlets use, event dates and periods."""

import pytest

from tests.conftest import extract_text, facts_of

BODY = "Ban Dân vận Huyện ủy Châu Thành tổ chức hội nghị tổng kết phong trào thi đua “Dân vận khéo” trên địa bàn huyện, với nhiều mô hình hay, cách làm sáng tạo được nhân rộng trong Nhân dân."


@pytest.mark.parametrize("dateline, date, at", [
    ("14/10/2024 - 06:46", "2024-10-14", "2024-10-14T06:46:00+07:00"),
    ("22:19 23/12/2022", "2022-12-23", "2022-12-23T22:19:00+07:00"),
    ("06/04/2023 | 08:04 GMT+7", "2023-04-06", "2023-04-06T08:04:00+07:00"),
    ("Thứ Năm, 07/12/2023 10:15", "2023-12-07", "2023-12-07T10:15:00+07:00"),
    ("Cập nhật: 07/12/2023 10:15", "2023-12-07", "2023-12-07T10:15:00+07:00"),
    ("ngày 7 tháng 12 năm 2023", "2023-12-07", ""),
    ("(15:17 | 02/07/2020)", "2020-07-02", "2020-07-02T15:17:00+07:00"),
    ("Thứ Năm, 24/9/2020", "2020-09-24", ""),
    ("NGUYỄN THUẦN // TRUNG TÂM TIN TỨC HTV 20/10/2023, 13:13", "2023-10-20", "2023-10-20T13:13:00+07:00"),
    ("Được viết ngày Thứ Ba, 12 Tháng mười một 2019 07:40", "2019-11-12", "2019-11-12T07:40:00+07:00"),
    ("Đăng ngày 03 tháng Tư, 2021", "2021-04-03", ""),
    ("Đăng vào 14/11/2018", "2018-11-14", ""),  # a posting line, not an event "vào ngày …"
    ("• 2021/06/30 16:05", "2021-06-30", "2021-06-30T16:05:00+07:00"),  # year first, as some content systems print it
    ("Thursday, March 4, 2021", "2021-03-04", ""),  # a reposting blog's English template
    ("4 Mar 2021", "2021-03-04", ""),
    # a content system's month first, told by a day that cannot be a month
    ("11-23-2022 09:14:05 GMT+7", "2022-11-23", "2022-11-23T09:14:00+07:00"),
    # the month short, as WordPress prints it in Vietnamese
    ("Đã đăng vào 15 Th11, 2021", "2021-11-15", ""),
    # the cue takes the date's "ngày", the month in figures written out with "tháng"
    ("Ngày đăng: 09 tháng 3 năm 2022", "2022-03-09", ""),
    ("Cập nhật ngày 30 tháng 12, 2019", "2019-12-30", ""),
])
def test_dateline_formats(cfg, dateline, date, at):
    doc = extract_text(f"Châu Thành tổng kết phong trào “Dân vận khéo”\n\n{dateline}\n\n{BODY}", cfg)
    assert doc.fields.get("published_date") == date
    assert doc.fields.get("published_at", "") == at


def test_dateline_at_the_end_of_a_title_line(cfg):
    doc = extract_text("TP.HCM: Phường An Đông tuyên dương 95 gương điển hình 21/10/2025 14:20\n\n" + BODY, cfg)
    assert doc.fields["published_at"] == "2025-10-21T14:20:00+07:00"
    assert doc.title == "TP.HCM: Phường An Đông tuyên dương 95 gương điển hình"


def test_the_date_of_a_named_day_in_a_headline_is_not_the_dateline(cfg):
    doc = extract_text("Gặp mặt nhân Ngày Nhà giáo Việt Nam 20/11/2023\n\n" + BODY, cfg)
    assert "published_date" not in doc.fields


def test_a_headline_run_into_its_date_and_time_gives_the_dateline(cfg):
    doc = extract_text("Thạnh Phú tổng kết 15 năm tổ chức ngày hội đại đoàn kết12/11/2022 - 09:10:00 Ủy ban MTTQ huyện Thạnh "
                       "Phú vừa tổng kết 15 năm tổ chức ngày hội đại đoàn kết toàn dân tộc ở khu dân cư giai đoạn 2007-2022, "
                       "biểu dương nhiều gia đình tiêu biểu.", cfg)
    assert doc.fields["published_date"] == "2022-11-12"


def test_a_date_in_the_body_is_an_event_not_the_dateline(cfg):
    text = ("“Dân vận khéo” gắn với xây dựng nông thôn mới\n"
            "Thực hiện Kế hoạch số 24-KH/BDVTU ngày 20/3/2009 của Ban Dân vận Tỉnh ủy Bắc Giang về việc tổ chức "
            "phong trào thi đua “Dân vận khéo”, huyện Hiệp Hòa đã xây dựng nhiều mô hình, điển hình tiêu biểu "
            "trên các lĩnh vực của đời sống xã hội.")
    doc = extract_text(text, cfg)
    assert "published_date" not in doc.fields
    assert facts_of(doc, "event_date") == ["2009-03-20"]


def test_a_day_without_a_year_is_no_dateline(cfg):
    doc = extract_text("(QNO) - Chiều nay 3/1, Ban Dân vận Huyện ủy Phú Ninh tổ chức hội nghị tổng kết.\n\n" + BODY, cfg)
    assert "published_date" not in doc.fields


def test_event_days_take_the_publication_year_and_are_never_in_the_future(cfg):
    text = ("Hội nghị tổng kết\n\n05/01/2024 - 09:00\n\n"
            "Sáng 3/1, Ban Dân vận Huyện ủy Ba Tri tổ chức hội nghị. Trước đó, ngày 28/12, huyện đã sơ kết.")
    doc = extract_text(text, cfg)
    assert facts_of(doc, "event_date") == ["2024-01-03", "2023-12-28"]


@pytest.mark.parametrize("phrase, value, qualifier", [
    ("giai đoạn 2021 – 2025", "2021/2025", "giai đoạn"),
    ("nhiệm kỳ 2020-2025", "2020/2025", "nhiệm kỳ"),
    ("6 tháng đầu năm 2024", "2024-01/2024-06", "6 tháng đầu năm"),
    ("quý I/2024", "2024-01/2024-03", "quý 1"),
    ("năm 2023", "2023", "năm"),
])
def test_periods(cfg, phrase, value, qualifier):
    doc = extract_text(f"Tổng kết phong trào\n\nTrong {phrase}, huyện Ba Tri xây dựng nhiều mô hình hay.", cfg)
    periods = [(f.value, f.qualifier) for f in doc.facts if f.kind == "period"]
    assert (value, qualifier) in periods


def test_a_morning_event_day_on_the_first_line_is_not_the_dateline(cfg):
    doc = extract_text("Chiều ngày 14/03/2023, UBND xã Tân Lập tổ chức hội nghị\n"
                       "biểu dương điển hình tiên tiến giai đoạn 2020-2025.", cfg)
    assert "published_date" not in doc.fields


def test_a_long_headline_does_not_hide_the_dateline_below_it(cfg):
    title = ("Lễ kỷ niệm 75 năm Ngày truyền thống ngành Thi đua, Khen thưởng (1947-2022), Đại hội thi đua yêu nước "
             "lần thứ IV của ngành và đón nhận Huân chương Lao động hạng Nhất")
    doc = extract_text(f"In bài\n\n{title}\n\n10:15 09/06/2022\n\nSáng 8/6, Ban Thi đua - Khen thưởng Trung ương "
                       "tổ chức Lễ kỷ niệm.", cfg)
    assert doc.fields["published_date"] == "2022-06-09"


def test_an_update_date_glued_to_the_headline_is_the_dateline(cfg):
    doc = extract_text("Hội nghị sơ kết mô hình Dân vận khéo năm 2024 ( Cập nhật ngày: 12/07/2024 )Sáng ngày 11/7/2024, "
                       "Ban Dân vận Huyện ủy tổ chức hội nghị sơ kết 6 tháng đầu năm 2024 mô hình “Dân vận khéo” với sự "
                       "tham dự của các đồng chí lãnh đạo.", cfg)
    assert doc.fields["published_date"] == "2024-07-12"


def test_a_date_that_opens_the_lead_sentence_is_the_event_day(cfg):
    doc = extract_text("TP. Sóc Trăng: Tôn vinh người hiến máu tiêu biểu\n(ST-TH) Ngày 14/6/2021, Ban chỉ đạo vận động "
                       "hiến máu tình nguyện thành phố tổ chức lễ tôn vinh.", cfg)
    assert "published_date" not in doc.fields


def test_a_date_opening_a_wrapped_lead_with_a_figure_among_its_words_is_the_event_day(cfg):
    doc = extract_text("Ngày hội Đại đoàn kết ở khu phố\n\n          Ngày 18/11/2016, khu phố 3 phường Tân Phong\n"
                       "tổ chức Ngày hội Đại đoàn kết toàn dân tộc.", cfg)
    assert "published_date" not in doc.fields


def test_a_posting_line_run_into_the_lead_is_the_dateline(cfg):
    doc = extract_text("Hội Cựu chiến binh huyện gặp mặt truyền thống\n"
                       "Đã đăng vào 14/12/2020 lúc 09:12Sáng 13/12, Hội Cựu chiến binh huyện tổ chức gặp mặt kỷ niệm 76 năm "
                       "Ngày thành lập Quân đội nhân dân Việt Nam, đồng thời biểu dương các hội viên tiêu biểu trong năm.", cfg)
    assert doc.fields.get("published_date") == "2020-12-14"


def test_a_month_in_words_before_the_day_as_a_wordpress_theme_prints_it(cfg):
    doc = extract_text("Kỷ niệm 30 năm thành lập huyện\n\nTháng mười 21, 2023\n\nSáng 20.10, huyện Krông Búk tổ chức lễ kỷ "
                       "niệm 30 năm ngày thành lập huyện.", cfg)
    assert doc.fields.get("published_date") == "2023-10-21"


def test_a_site_s_clock_beside_its_contact_line_is_no_dateline(cfg):
    doc = extract_text("15/03/2025 | 08:12 GMT+7 | Điện thoại: 024 38234567 | Email: toasoan@example.vn\n\n"
                       "Hà Tĩnh: 60 năm một chặng đường\n\nNgày 1-4-1991, tỉnh Hà Tĩnh được tái lập và phát triển.", cfg)
    assert "published_date" not in doc.fields


def test_a_weekday_clock_years_after_the_story_is_no_dateline(cfg):
    doc = extract_text("Thứ tư, 15/03/2023\n\nHuyện Bảo Lâm tổng kết 10 năm phong trào giai đoạn 2000-2010\n\n"
                       "Sáng 20/7/2010, Ban chỉ đạo huyện tổng kết phong trào.", cfg)
    assert "published_date" not in doc.fields


def test_a_weekday_clock_before_the_event_it_would_date_is_no_dateline(cfg):
    doc = extract_text("Thứ 3 - 12/01/2016\n\nHuyện Định Quán tổng kết phong trào\n\nNgày 20/4/2018, huyện Định Quán "
                       "tổ chức hội nghị tổng kết.", cfg)
    assert "published_date" not in doc.fields


def test_a_date_that_opens_a_line_without_a_comma_is_the_event_day(cfg):
    doc = extract_text("Ngày 14/3/2023 Hội Nông dân huyện Krông Pắc tổ chức hội nghị biểu dương 45 hội viên.\n"
                       "Tại hội nghị, 12 tập thể được tặng Giấy khen.", cfg)
    assert "published_date" not in doc.fields


def test_ngay_and_a_date_alone_on_its_line_is_still_the_dateline(cfg):
    doc = extract_text("Huyện Krông Pắc biểu dương hội viên nông dân\nNgày 15-03-2023\nHội Nông dân huyện tổ chức "
                       "hội nghị biểu dương.", cfg)
    assert doc.fields["published_date"] == "2023-03-15"


def test_sang_nay_ngay_is_an_event_day(cfg):
    doc = extract_text("Sáng nay ngày 10/9/2025, tại hội trường UBND phường diễn ra hội nghị điển hình tiên tiến", cfg)
    assert "published_date" not in doc.fields


def test_a_decisions_date_is_not_the_dateline(cfg):
    doc = extract_text("Có 05 tập thể đạt danh hiệu Tập thể Lao động xuất sắc năm 2021\n(Portal) - Đó là thông tin tại "
                       "Quyết định số 845/QĐ-UBND ngày 12/4/2022 của UBND tỉnh.", cfg)
    assert "published_date" not in doc.fields


def test_the_end_of_an_anniversary_range_wrapped_onto_a_line_is_no_dateline(cfg):
    doc = extract_text(
        "Dịp này, hội viên ôn lại truyền thống 80 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 –\n"
        "22/12/2024) và biểu dương 12 hội viên tiêu biểu.\n"
        "Hội Cựu chiến binh phường tổng kết phong trào thi đua năm 2024.", cfg)
    assert "published_date" not in doc.fields or not doc.fields["published_date"]


def test_a_time_then_a_date_is_still_a_dateline(cfg):
    doc = extract_text("Tổng kết phong trào thi đua\n\n06:46 - 14/10/2024\n\nSáng 12/10, huyện tổ chức hội nghị.", cfg)
    assert doc.fields["published_date"] == "2024-10-14"


def test_a_caption_naming_the_day_an_event_opens_is_no_dateline(cfg):
    doc = extract_text("Bộ trưởng kiểm tra công tác chuẩn bị Hội nghị điển hình tiên tiến ngành Giáo dục\n"
                       "Hội nghị dự kiến khai mạc vào ngày 18/11/2021 tại Hà Nội. Ảnh: Bộ GD&ĐT\n"
                       "Bộ trưởng nhấn mạnh việc rà soát kỹ các khâu chuẩn bị để hội nghị diễn ra thành công.", cfg)
    assert not doc.fields.get("published_date")


def test_a_city_header_above_the_title_gives_way_to_the_article_s_date_line(cfg):
    doc = extract_text("Hà Nội, ngày 23-10-2021\n\nLong Biên: Khen thưởng 40 tập thể, cá nhân học tập và làm theo Bác\n\n"
                       "12/04/2021 15:07 | 0\n\nChiều 12-4, Quận ủy Long Biên tổ chức hội nghị sơ kết.", cfg)
    assert doc.fields["published_date"] == "2021-04-12"


def test_a_weekday_byline_under_a_weekday_clock_is_the_dateline(cfg):
    doc = extract_text("Thứ ba, ngày 23 tháng 4 năm 2024\n\nTôn vinh 63 nông dân xuất sắc năm 2019\n\n"
                       "Thứ sáu, ngày 4 tháng 10 năm 2019\n\nTrung ương Hội Nông dân Việt Nam công bố danh sách 63 nông dân "
                       "xuất sắc năm 2019.", cfg)
    assert doc.fields["published_date"] == "2019-10-04"


def test_a_date_alone_below_a_headline_that_names_an_event_day(cfg):
    doc = extract_text("Huyện đoàn ra quân chiến dịch tình nguyện hè, hưởng ứng Ngày Môi trường thế giới 5/6/2019\n"
                       f"14/06/2019\n{BODY}", cfg)
    assert doc.fields.get("published_date") == "2019-06-14"


def test_a_byline_block_below_the_lead(cfg):
    doc = extract_text("Lễ tôn vinh nông dân xuất sắc năm 2022\n\n(VOVTV) - Tối qua (12/10) tại Hà Nội đã diễn ra lễ tôn "
                       "vinh 100 nông dân xuất sắc, với sự tham dự của lãnh đạo Đảng, Nhà nước và đông đảo bà con nông "
                       "dân cả nước.\n\nTác giả Hồng Nhung/VOV1\n13/10/2022 10:05\n\n" + BODY, cfg)
    assert doc.fields.get("published_date") == "2022-10-13"


def test_an_anniversary_range_in_a_long_lead_is_no_dateline(cfg):
    doc = extract_text("Yên Bái kỷ niệm 30 năm tái lập tỉnh\n(PLM) - Sáng ngày 30/9, Tỉnh ủy, HĐND, UBND tỉnh Yên Bái long "
                       "trọng tổ chức Lễ kỷ niệm 30 năm ngày tái lập tỉnh ( 1/10/1991 – 1/10/2021 ) và đón nhận Huân "
                       "chương Lao động hạng nhất của Chủ tịch nước trao tặng.\n" + BODY, cfg)
    assert doc.fields.get("published_date") in (None, "")


def test_a_poll_s_closing_time_is_no_dateline(cfg):
    doc = extract_text("Đã kết thúc lúc: 15/10/2023\nĐóng\n\nBình chọn Giải thưởng Phụ nữ tiêu biểu thành phố năm 2023\n\n"
                       + BODY, cfg)
    assert doc.fields.get("published_date") in (None, "")


def test_a_deadline_in_a_short_lead_is_no_dateline(cfg):
    doc = extract_text("Cao Bằng đẩy nhanh cấp giấy chứng nhận quyền sử dụng đất\n\nCác huyện của tỉnh Cao Bằng phấn đấu "
                       "hoàn thành việc rà soát, cấp giấy cho người dân trước ngày 30/9/2019.\n\n" + BODY, cfg)
    assert doc.fields.get("published_date") in (None, "")
    doc = extract_text("Hà Giang: hộ nghèo nhận hỗ trợ làm nhà\n\nToàn bộ số nhà còn lại phải được bàn giao chậm nhất "
                       "ngày 15/12/2018.\n\n" + BODY, cfg)
    assert doc.fields.get("published_date") in (None, "")


def test_a_date_run_into_the_lead_by_the_page_is_the_dateline(cfg):
    doc = extract_text("Thời sự địa phương\nBộ Chỉ huy Quân sự tỉnh Trà Vinh tổ chức Đại hội Thi đua Quyết thắng\n"
                       "22/08/2024Sáng nay (22/8), Đảng ủy, Bộ Chỉ huy Quân sự tỉnh Trà Vinh tổ chức Đại hội Thi đua Quyết "
                       "thắng Lực lượng vũ trang tỉnh giai đoạn 2019-2024, biểu dương các gương điển hình tiên tiến.", cfg)
    assert doc.fields["published_date"] == "2024-08-22"


def test_a_weekday_clock_without_a_comma_gives_way_to_the_byline(cfg):
    doc = extract_text("Thứ hai 16/03/2026 09:12\nHotline: 0243.123.456\n\nQuảng Trị: Đại hội Hội Cựu chiến binh tỉnh "
                       f"lần thứ VII\n\n12/10/2022 10:05\n{BODY}", cfg)
    assert doc.fields["published_date"] == "2022-10-12"


def test_the_round_of_an_award_named_in_the_headline_is_no_dateline(cfg):
    doc = extract_text(
        "Tin tức - Sự kiện\n\nGia Lộc: 48 đảng viên nhận huy hiệu Đảng đợt 3/2/2021\n\nNhân dịp kỷ niệm 91 năm ngày "
        "thành lập Đảng, huyện Gia Lộc tổ chức trao huy hiệu Đảng cho 48 đảng viên.", cfg)
    assert facts_of(doc, "published_date") == []


def test_the_end_of_a_birthday_s_anniversary_range_in_the_headline_is_no_dateline(cfg):
    doc = extract_text(
        "Huyện ủy kỷ niệm 134 năm ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 – 19/5/2024)\n\nChiều ngày 18/5, Ban "
        "Thường vụ Huyện ủy tổ chức hội nghị kỷ niệm 134 năm ngày sinh Chủ tịch Hồ Chí Minh.", cfg)
    assert facts_of(doc, "published_date") == []


def test_an_aggregator_s_source_line_run_into_its_date_below_the_lead(cfg):
    doc = extract_text(
        "Phường Yên Hòa ra mắt mô hình “Dân vận khéo”\n\nHNM - Sáng 5/9, Đảng ủy phường Yên Hòa tổ chức lễ ra mắt mô "
        "hình “Dân vận khéo” trong chuyển đổi số, với sự tham gia của đông đảo đoàn viên, hội viên và nhân dân trên "
        "địa bàn phường.\n\nHà Nội MớiHà Nội Mới06/09/2025\n\nPhát biểu tại buổi lễ, Bí thư Đảng ủy phường nhấn mạnh …",
        cfg)
    assert doc.fields["published_date"] == "2025-09-06"


def test_a_portal_s_clock_beside_its_language_links_is_no_dateline(cfg):
    doc = extract_text("Cổng thông tin điện tử tỉnh Bắc Giang\n\n12/9/2024  |  English  |  中文\n\nCông nhận 12 xã đạt chuẩn "
                       "nông thôn mới năm 2023\n\nNgày 28/12, Chủ tịch UBND tỉnh ký quyết định công nhận 12 xã đạt chuẩn.", cfg)
    assert doc.fields.get("published_date") is None


def test_a_print_page_s_one_line_date_cue_with_its_time_first_is_the_dateline(cfg):
    doc = extract_text("Bí thư Chi đoàn xã Vĩnh Hòa được tuyên dương thanh niên tiêu biểu toàn quốc Xã hội - Ngày đăng : "
                       "08:15, 14/03/2022 Đó là chị Lê Thị Thu, sinh năm 1994, hiện là Bí thư Chi đoàn xã Vĩnh Hòa, "
                       "người đã vận động thanh niên địa phương tham gia nhiều công trình, phần việc ý nghĩa.", cfg)
    assert doc.fields["published_date"] == "2022-03-14"


def test_a_content_system_s_date_with_the_month_in_figures_and_the_time_after_is_the_dateline(cfg):
    doc = extract_text("Trang chủ    Nghiên cứu    Nâng cao chất lượng công tác dân vận ở cơ sở\n"
                       "Thứ năm, 14 Tháng 3 2024 09:12\n2310 Lượt xem\n\nNâng cao chất lượng công tác dân vận ở cơ sở\n\n"
                       "(LLCT) - Công tác dân vận ở cơ sở có vai trò đặc biệt quan trọng trong xây dựng khối đại đoàn kết.", cfg)
    assert doc.fields["published_date"] == "2024-03-14"


def test_a_reprint_s_source_line_at_the_foot_dates_it(cfg):
    doc = extract_text("Hội thi dân vận khéo khối doanh nghiệp\n\nSáng 20/8, Đảng ủy khối Doanh nghiệp tỉnh tổ chức hội "
                       "thi “Dân vận khéo” lần thứ II. Hội thi có 8 đội tham gia.\nTheo thể lệ, các đội thi 3 phần: "
                       "chào hỏi, kiến thức và tiểu phẩm về những mô hình dân vận khéo của cơ quan, doanh nghiệp, gắn "
                       "với việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.\nCác tiểu phẩm phản ánh "
                       "sinh động cách làm hay ở cơ sở, được ban giám khảo và khán giả đánh giá cao.\nKết quả, ban tổ "
                       "chức trao 1 giải nhất, 2 giải nhì và 3 giải ba.\nNguồn: baobinhdinh.vn, ngày 21/8/2016", cfg)
    assert doc.fields["published_date"] == "2016-08-21"


def test_a_site_s_clock_on_its_hotline_line_is_no_dateline(cfg):
    doc = extract_text("Đường dây nóng: 0912345678 - 0987654321Thứ hai, 14/10/2024 08:12 GMT+7\n\n"
                       "BĐBP Sóc Trăng tổng kết phong trào thi đua\n\nBiên phòng - Ngày 22-11, Bộ Chỉ huy BĐBP tỉnh Sóc "
                       "Trăng tổ chức hội nghị tổng kết.", cfg)
    assert doc.fields.get("published_date") is None


def test_a_ticking_weekday_clock_years_before_the_year_its_headline_reports_is_no_dateline(cfg):
    text = ("Thứ Ba, ngày 14 tháng 05 năm 2019, 10:41:53\n\nLạng Sơn biểu dương người có uy tín năm 2025\n\n"
            "Sáng 18/12, UBND tỉnh Lạng Sơn tổ chức hội nghị biểu dương người có uy tín tiêu biểu năm 2025.")
    assert extract_text(text, cfg).fields.get("published_date") is None
    # a byline of the day, to the second, under a headline of its own year (reporting the day before) stays the dateline
    same_year = text.replace("năm 2019", "năm 2025").replace("Sáng 18/12", "Sáng 13/5")
    assert extract_text(same_year, cfg).fields["published_date"] == "2025-05-14"


def test_an_update_line_under_a_weekday_header_is_the_article_s_date(cfg):
    doc = extract_text("Thứ hai, ngày 12 tháng 01 năm 2026\nTHỐNG KÊ TRUY CẬP\n\nHôm nay:\n\nCập nhật lúc: 28/12/2025\n\n"
                       "Xã Tân Lập tổng kết công tác Mặt trận năm 2025\n\nMới đây, Ủy ban MTTQ Việt Nam xã Tân Lập tổ chức hội "
                       "nghị tổng kết công tác Mặt trận năm 2025.", cfg)
    assert doc.fields.get("published_date") == "2025-12-28"


def test_a_headline_s_broadcast_date_gives_way_to_the_posting_line_below(cfg):
    doc = extract_text("Thanh Chương nhân rộng các mô hình dân vận khéo (phát sóng ngày 14/03/2021\n\nĐăng ngày 15/03/2021\n\n"
                       "Những năm qua, huyện Thanh Chương đã xây dựng nhiều mô hình dân vận khéo trên các lĩnh vực.", cfg)
    assert doc.fields.get("published_date") == "2021-03-15"


def test_a_stale_date_alone_atop_an_aggregator_s_copy_is_no_dateline(cfg):
    doc = extract_text("15/11/2025\nx\n+\naa\n-\n\nQuảng Bình: Tuyên dương 30 gia đình văn hóa tiêu biểu\n\n(ĐCSVN) - Ngày 20/10, "
                       "Ban Chỉ đạo phong trào tỉnh Quảng Bình tổ chức hội nghị tổng kết giai đoạn 2012 - 2017.", cfg)
    assert doc.fields.get("published_date") is None


def test_a_date_alone_atop_the_page_that_fits_the_story_stays_the_dateline(cfg):
    doc = extract_text("05/03/2024\n\nHuyện Krông Pắc tuyên dương 30 gia đình văn hóa tiêu biểu\n\nNgày 2/3, UBND huyện "
                       "Krông Pắc tổ chức hội nghị tổng kết phong trào năm 2023, triển khai nhiệm vụ năm 2024.", cfg)
    assert doc.fields.get("published_date") == "2024-03-05"


def test_a_cms_update_stamp_gives_way_to_the_page_s_own_date_line(cfg):
    doc = extract_text("Phường 4: Tuyên dương gia đình văn hóa tiêu biểu\n\nXem: 210 | Cập nhật: 9/14/2021 10:05:12 AM | RSS\n\n"
                       "Ngày 12/9/2021\n\nVào ngày 10/9/2021, Ủy ban nhân dân phường 4 tổ chức tuyên dương các gia đình văn "
                       "hóa tiêu biểu trên địa bàn phường.", cfg)
    assert doc.fields.get("published_date") == "2021-09-12"


def test_a_date_and_time_stamp_below_a_row_of_other_headlines_is_the_dateline(cfg):
    row = "\n".join(f"-{h} -" for h in (
        "Đề xuất bổ sung các trường hợp thu hồi đất để thực hiện dự án mở rộng quốc lộ qua địa bàn tỉnh",
        "Sẽ nổ mìn phá tảng đá khổng lồ chắn đèo sau nhiều ngày mưa lớn kéo dài ở vùng núi phía Bắc",
        "Cục Cảnh sát giao thông lên tiếng về quy định mới đối với trẻ em đi ô tô phải có ghế chuyên dụng",
        "Hiện trường vụ cháy nhà xưởng trong khu công nghiệp khiến nhiều tài sản bị thiêu rụi hoàn toàn",
        "Giá vàng hôm nay tiếp tục tăng mạnh, người dân xếp hàng dài chờ mua trước ngày vía Thần Tài",
        "Thời tiết những ngày tới: không khí lạnh tăng cường, vùng núi có nơi rét đậm, rét hại kéo dài"))
    doc = extract_text(f"{row}\n\n28/01/2019 08:15Huyện Tuy Phước dựng cây nêu đón Tết\n\nNgày 26/1, các xã trong huyện "
                       "đồng loạt dựng cây nêu.", cfg)
    assert doc.fields.get("published_date") == "2019-01-28"


def test_a_byline_with_the_month_in_figures_and_a_comma_before_the_year(cfg):
    doc = extract_text("Đắk Nông: Hội Nông dân được biểu dương\n\nTrần Minh 08:30 - 12 tháng 5, 2016\n\nHội Nông dân tỉnh Đắk "
                       "Nông vừa được UBND tỉnh biểu dương trong phong trào thi đua năm 2015.", cfg)
    assert doc.fields.get("published_date") == "2016-05-12"


def test_a_weekday_clock_with_the_month_in_figures_and_no_time_is_no_dateline(cfg):
    # (a guard: only a byline with its time reads "DD tháng M, YYYY" as the article's date)
    doc = extract_text("27 C\nHanoi\nChủ Nhật, 11 Tháng 5, 2025\n\n2 huyện của tỉnh Long An đạt chuẩn nông thôn mới\n\nNgày "
                       "21/3/2025, Phó Thủ tướng ký quyết định công nhận huyện Tân Trụ đạt chuẩn nông thôn mới năm 2024.", cfg)
    assert doc.fields.get("published_date") is None


def test_an_english_content_system_byline_reads_month_first(cfg):
    doc = extract_text("Huyện Lục Yên tuyên dương 20 điển hình tiên tiến\n\nSubmitted by admin on T6, 11/24/2017 - 09:05\n\n" + BODY, cfg)
    assert facts_of(doc, "published_date") == ["2017-11-24"]
    assert doc.fields["published_at"] == "2017-11-24T09:05:00+07:00"


def test_a_news_bulletin_s_headline_is_its_date(cfg):
    # a bulletin titled by its day, its headline run into the first item (the guide: it takes that date)
    text = ("Thời sự Quảng Bình: Bản tin tổng hợp ngày 3/9/2025 Đại hội đại biểu Đảng bộ xã Bố Trạch lần thứ I, nhiệm "
            "kỳ 2025-2030 thành công tốt đẹp; tỉnh yêu cầu các địa phương chủ động ứng phó với mưa lũ trong những ngày tới.\n\n"
            "* Sáng 2/9, Đảng bộ xã Bố Trạch tổ chức Đại hội đại biểu lần thứ I với sự tham gia của 200 đại biểu.")
    assert extract_text(text, cfg).fields["published_date"] == "2025-09-03"


def test_a_clock_then_a_date_opening_the_lead_is_the_dateline(cfg):
    text = ("09:42 21/05/2024 Sáng 20-5, UBND huyện Thủy Nguyên tổ chức hội nghị tổng kết phong trào “Toàn dân đoàn kết "
            "xây dựng đời sống văn hóa” giai đoạn 2019-2023, khen thưởng 45 tập thể và 80 cá nhân có thành tích xuất sắc.\n"
            "Triển khai phong trào, các xã đã xây dựng nhiều mô hình hay.")
    assert extract_text(text, cfg).fields["published_date"] == "2024-05-21"


def test_a_byline_with_its_date_after_a_bullet_is_the_dateline(cfg):
    # (a multimedia page: its headline run into the lead, the byline below)
    text = ("Thời sự “Xóm thông minh” ở vùng quê Mô hình xóm thông minh đang được nhân rộng ở nhiều địa phương trong tỉnh, "
            "đưa các tiện ích số đến với từng hộ dân, góp phần xây dựng nông thôn mới kiểu mẫu giai đoạn 2026-2030 và "
            "nâng cao đời sống người dân. Việc xây dựng các xóm thông minh sẽ là nền tảng để xây dựng nông thôn số ở "
            "vùng quê, phát triển nông thôn theo hướng hiện đại, hiệu quả và bền vững trong những năm tới.\n\n"
            "Trần Minh - Kỹ thuật: Lê Hà • 14/11/2025\n\n"
            "Ngày 12/11, xã tổ chức hội nghị sơ kết mô hình.")
    assert extract_text(text, cfg).fields["published_date"] == "2025-11-14"


def test_a_clock_first_site_header_gives_way_to_the_article_s_weekday_byline_below_the_menu(cfg):
    menu = "\n".join(["Trang chủ", "Tin tức", "Văn bản pháp luật", "Cổng thông tin điện tử tỉnh", "Công báo tỉnh",
                      "Báo Nông nghiệp", "Sở Nông nghiệp và Phát triển nông thôn", "Liên hệ", "Sơ đồ cổng",
                      "TRANG CHỦ » Tin Tức » Hoạt động các địa phương » huyện Cẩm Xuyên",
                      "Đối tác chiến lược ngành in ấn: in bạt hiflex - in decal pp - in băng rôn khổ lớn giá rẻ"])
    text = ("14:05 EST Thứ năm, 12/09/2024\nCHỦ ĐỀ HỌC TẬP VÀ LÀM THEO GƯƠNG BÁC CỦA VĂN PHÒNG ĐIỀU PHỐI\n\n"
            f"{menu}\n\nXóm Đông Hà đón nhận danh hiệu “Khu dân cư văn hóa” năm 2017\n\nThứ ba - 19/12/2017 09:42\n"
            "Sáng ngày 16/12/2017, xóm Đông Hà long trọng tổ chức đón nhận danh hiệu khu dân cư văn hóa.")
    assert extract_text(text, cfg).fields["published_date"] == "2017-12-19"


def test_a_date_printed_twice_as_published_and_updated_is_no_range(cfg):
    text = ("14/03/2025 -  14/03/2025 08:40\n\nHuyện đoàn tuyên dương 30 đoàn viên tiêu biểu\n\n"
            "(TTV) - Sáng qua, Huyện đoàn tổ chức hội nghị tuyên dương đoàn viên, thanh niên tiêu biểu năm 2024 với "
            "sự tham dự của đông đảo đoàn viên.")
    assert extract_text(text, cfg).fields["published_date"] == "2025-03-14"


def test_a_date_alone_on_its_line_under_the_lead_is_the_dateline(cfg):
    text = ("Bảo đảm an ninh vùng biên giới phía Bắc\n\nNgày 11/4/2026, tại tỉnh Lạng Sơn, Bộ Công an chủ trì Hội nghị "
            "công tác bảo đảm an ninh vùng biên giới phía Bắc với sự tham dự của công an các tỉnh trong vùng.\n\n"
            "11/04/2026\n\nTại Hội nghị, các đại biểu đã đánh giá tình hình an ninh vùng biên giới.")
    assert extract_text(text, cfg).fields["published_date"] == "2026-04-11"


def test_an_event_day_opening_the_lead_before_an_abbreviated_body_is_no_dateline(cfg):
    text = ("(ST-TT) Ngày 18/6/2015, UBND TP. Sóc Trăng đã tổ chức hội nghị sơ kết phong trào thi đua xây dựng "
            "phường, khóm văn minh đô thị giai đoạn 2013 - 2015 và khen thưởng 12 khóm tiêu biểu.")
    assert extract_text(text, cfg).fields.get("published_date") is None


def test_a_video_frame_s_file_name_is_no_dateline(cfg):
    text = ("Hội LHPN tỉnh tuyên dương gia đình tiêu biểu 2021\n\n(BTV) Ngày 25-6, Hội LHPN tỉnh tổ chức tuyên dương 40 gia "
            "đình tiêu biểu.\n\nvlcsnap-2021-06-25-09h31m12s114\n\nQuang cảnh buổi tuyên dương. Ảnh: Thu Trang")
    assert extract_text(text, cfg).fields.get("published_date") is None


def test_todays_date_in_a_portals_header_is_no_dateline(cfg):
    doc = extract_text("TRANG THÔNG TIN ĐIỆN TỬ HUYỆN TƯ NGHĨA\n\nHôm nay: 03/11/2025\n\nXã Nghĩa Kỳ tổng kết phong trào "
                       "năm 2019\n\nNgày 18/12, UBND xã Nghĩa Kỳ tổ chức hội nghị tổng kết.", cfg)
    assert "published_date" not in doc.fields


def test_a_weekday_byline_with_its_clock_under_the_headline_dates_a_history_piece(cfg):
    doc = extract_text("Những kỳ đại hội thi đua của tỉnh\n\nThứ Ba, 14/07/2020 09:12:30\n\nĐại hội Thi đua yêu nước tỉnh "
                       "lần thứ I diễn ra năm 2000, lần thứ II năm 2005.", cfg)
    assert doc.fields["published_date"] == "2020-07-14"


def test_a_weekday_header_months_after_the_day_the_article_reports_is_no_dateline(cfg):
    doc = extract_text("Thứ hai 14/04/2025 06:20\n\nNam Định: Tuyên dương 12 phụ nữ tiêu biểu\n\nSáng 20/10, Hội LHPN tỉnh "
                       "Nam Định tổ chức kỷ niệm ngày thành lập Hội và tuyên dương 12 phụ nữ tiêu biểu.", cfg)
    assert "published_date" not in doc.fields


def test_a_weekday_header_on_the_day_the_article_reports_is_the_dateline(cfg):
    doc = extract_text("Thứ hai 20/10/2025 16:20\n\nNam Định: Tuyên dương 12 phụ nữ tiêu biểu\n\nSáng 20/10, Hội LHPN tỉnh "
                       "Nam Định tổ chức kỷ niệm ngày thành lập Hội và tuyên dương 12 phụ nữ tiêu biểu.", cfg)
    assert doc.fields["published_date"] == "2025-10-20"


def test_a_weekday_header_the_day_before_the_event_it_announces_is_the_dateline(cfg):
    doc = extract_text("Thứ Ba, 14/10/2025 08:15\n\nNgành Giáo dục đón nhận Huân chương Lao động\n\nLễ kỷ niệm và Đại hội thi "
                       "đua ngành Giáo dục diễn ra ngày 15/10 tại Hà Nội.", cfg)
    assert doc.fields["published_date"] == "2025-10-14"


@pytest.mark.parametrize("clock, at", [("09:20 AM", "T09:20"), ("03:15 PM", "T15:15"), ("12:05 AM", "T00:05")])
def test_a_twelve_hour_clock_before_the_date_opening_a_long_line_is_the_dateline(cfg, clock, at):
    # a ministry portal prints its clock, date and view counter run into the lead
    text = ("Sơn La: Huyện Mộc Châu gặp mặt Người có uy tín năm 2022\n"
            f"{clock} 18/02/2022 | Lượt xem: 842 In bài viết |Tham dự hội nghị có lãnh đạo Ban Dân tộc tỉnh Sơn La, đại diện "
            "Huyện ủy, UBND huyện Mộc Châu và 120 Người có uy tín trong đồng bào dân tộc thiểu số trên địa bàn huyện.")
    doc = extract_text(text, cfg)
    assert doc.fields["published_date"] == "2022-02-18"
    assert doc.fields["published_at"] == f"2022-02-18{at}:00+07:00"


def test_a_may_in_vietnamese_is_no_english_month(cfg):
    text = ("Xã Tân Hòa ra mắt tổ may 12 thành viên\n\nmay 12 2019 chị em góp vốn\n\n" + BODY)
    assert extract_text(text, cfg).fields.get("published_date", "") == ""


def test_a_date_opening_a_headline_like_sentence_with_its_places_run_on_is_the_event_s_day(cfg):
    text = ("Ngày 12/11/2021, thôn Phú Lễ, xã Hòa Tiến, huyện Hòa Vang tổ chức Ngày hội Đại đoàn kết toàn dân tộc.\n\n"
            "Năm qua, thôn có 312/330 hộ đạt danh hiệu gia đình văn hóa.")
    assert "published_date" not in extract_text(text, cfg).fields


def test_a_section_named_for_shining_examples_is_no_morning(cfg):
    text = ("Người cao tuổi làm kinh tế giỏi ở Na Rì\nTuổi cao gương sáng 14/08/2022 09:30\n"
            "Huyện Na Rì có 4.100 người cao tuổi, nhiều cụ vẫn hăng say lao động sản xuất.")
    assert extract_text(text, cfg).fields["published_date"] == "2022-08-14"


def test_a_portal_s_date_written_with_spaces_alone_under_the_headline_is_the_dateline(cfg):
    text = ("Hội nghị tổng kết công tác Đoàn và phong trào thanh thiếu nhi năm 2021\n24 01 2022\nin trang\n"
            "Chiều 20/01, Huyện đoàn tổ chức hội nghị tổng kết công tác Đoàn năm 2021, triển khai nhiệm vụ năm 2022.")
    assert extract_text(text, cfg).fields.get("published_date") == "2022-01-24"


def test_a_cited_document_s_date_in_a_hard_wrapped_header_is_no_dateline(cfg):
    text = ("Tòa án nhân dân huyện được tặng Giấy khen 5 năm\n\nCăn cứ kế hoạch số 4433/KH-UBND ngày 30/7/2019 của UBND tỉnh\n"
            "Bình Định, hướng dẫn số 1644/SNV-BTĐKT ngày 08/8/2019 của Sở Nội vụ tỉnh Bình\nĐịnh, Tòa án nhân dân huyện đã "
            "tổ chức hội nghị điển hình tiên tiến giai đoạn 2015-2019 với nhiều tập thể, cá nhân tiêu biểu được biểu dương.")
    assert extract_text(text, cfg).fields.get("published_date") is None


@pytest.mark.parametrize("stamp, body_day, published", [
    # an English-language CMS's stamp, month first with a 12-hour clock, over the day the report tells of
    ("Ngày cập nhật: 11/4/2022 9:12:40 AM", "Ngày 01/11/2022", "2022-11-04"),
    ("Cập nhật: 10/6/2021 03:20:00 PM", "Sáng ngày 05/10/2021", "2021-10-06"),
    # (read day first where the report's day allows it, or where a weekday fixes the order)
    ("Ngày cập nhật: 11/4/2022 9:12:40 AM", "Ngày 02/4/2022", "2022-04-11"),
    ("Thứ sáu, 11/4/2022 9:12:40 AM", "Ngày 01/11/2022", "2022-04-11"),
])
def test_a_stamp_printed_month_first(cfg, stamp, body_day, published):
    text = (f"Hội Nông dân huyện sơ kết phong trào thi đua\n\n{stamp}\n\n{body_day}, Hội Nông dân huyện Kim Sơn tổ chức "
            "hội nghị sơ kết phong trào nông dân thi đua sản xuất, kinh doanh giỏi.")
    assert extract_text(text, cfg).fields["published_date"] == published


def test_a_cued_byline_under_a_lead_printed_above_it_is_the_dateline(cfg):
    # (a portal whose section line reads as the title, the headline as the lead, then "Ngày cập nhật")
    text = ("CHÀO MỪNG QUÝ VỊ VÀ CÁC BẠN ĐẾN VỚI WEBSITE CỦA ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NAM ĐỊNH\n"
            "Nghiên cứu, Mô hình, điển hình\nTài liệu tuyên truyền kỷ niệm 95 năm Ngày truyền thống Mặt trận Tổ quốc Việt "
            "Nam, đón nhận Huân chương Lao động hạng Nhất và Đại hội Thi đua yêu nước tỉnh Nam Định lần thứ VI\n\n"
            "Ngày cập nhật: 14/10/2025\n\n    Thực hiện sự chỉ "
            "đạo của Ban Thường trực, Ủy ban MTTQ tỉnh trân trọng giới thiệu toàn văn tài liệu tuyên truyền.")
    body = "\n\n".join(f"{k}. Nội dung tuyên truyền thứ {k} về truyền thống vẻ vang của Mặt trận Tổ quốc Việt Nam và "
                       "những thành tựu của phong trào thi đua yêu nước trên địa bàn tỉnh trong giai đoạn vừa qua."
                       for k in range(1, 13))
    assert extract_text(f"{text}\n\n{body}", cfg).fields["published_date"] == "2025-10-14"


def test_a_posting_line_in_words_at_the_foot_of_the_article_is_the_dateline(cfg):
    text = ("Hội Cựu chiến binh xã Tân Hòa tổng kết năm\n\nSáng 10/12, Hội Cựu chiến binh xã Tân Hòa tổ chức hội nghị "
            "tổng kết công tác Hội năm 2021.\n\nNăm qua, các chi hội đã giúp nhau phát triển kinh tế, xây dựng 5 mô "
            "hình hay.\n\nNgày đăng: 15 tháng 12 năm 2021")
    assert extract_text(text, cfg).fields["published_date"] == "2021-12-15"


def test_an_aggregator_s_stamp_at_the_foot_with_a_two_figure_year_is_the_dateline(cfg):
    # (the copy's stamp, its section and its tags under the reporter's name, as a news aggregator prints them)
    text = ("Biểu dương 120 đoàn viên công đoàn xuất sắc\n\nNgày 12/4, Công đoàn ngành Y tế tổ chức hội nghị biểu dương "
            "đoàn viên xuất sắc năm 2015.\n\nNăm qua, các công đoàn cơ sở đã vận động hơn 3.000 lượt người hiến máu."
            "Thu Hằng\n\n13/04/16 08:05 GMT+7\n\nXã hội\n\nCông đoàn,Y tế,Biểu dương\n\nSức khỏe")
    doc = extract_text(text, cfg)
    assert doc.fields["published_date"] == "2016-04-13"
    assert doc.fields["published_at"] == "2016-04-13T08:05:00+07:00"


def test_a_two_figure_year_without_its_clock_is_no_dateline(cfg):
    text = ("Biểu dương đoàn viên công đoàn xuất sắc\n\nNgày 12/4, Công đoàn ngành Y tế tổ chức hội nghị biểu dương.\n\n"
            "13/04/16\n\nXã hội")
    assert "published_date" not in extract_text(text, cfg).fields


@pytest.mark.parametrize("text, expected", [
    ("Thứ Sáu, ngày 23 tháng 08 năm 2019\n\nHuyện Thạch Hà tổng kết phong trào thi đua\n\n22/08/2019 10:30\n\nSáng 21/8, UBND huyện Thạch Hà tổ chức tổng kết phong trào thi đua.",
     "2019-08-22"),
    ("Huyện Thạch Hà tổng kết phong trào thi đua\n\nCập nhật: 14:20, 05/03/2021\n\nSáng 4/3, UBND huyện Thạch Hà tổ chức tổng kết phong trào thi đua.",
     "2021-03-05"),
    ("Huyện Thạch Hà tổng kết phong trào thi đua\n\n(Baohatinh.vn) - Sáng nay (12/3), UBND huyện Thạch Hà tổ chức tổng kết phong trào thi đua.",
     None),
    ("Huyện Thạch Hà tổng kết phong trào thi đua\n\nNgày đăng: 07/11/2023\n\nSáng 6/11, UBND huyện Thạch Hà tổ chức tổng kết phong trào thi đua.",
     "2023-11-07"),
    ("15:30 | 20/10/2022\n\nHuyện Thạch Hà tổng kết phong trào thi đua\n\nSáng 19/10, UBND huyện Thạch Hà tổ chức tổng kết phong trào thi đua.",
     "2022-10-20"),
    ("Huyện Thạch Hà tổng kết phong trào thi đua\n\nSáng 19/10/2022, UBND huyện Thạch Hà tổ chức tổng kết phong trào thi đua.",
     None),
    ("Huyện Thạch Hà tổng kết phong trào thi đua\n\nThứ hai, 24/10/2022 - 08:15\n\nSáng 22/10, UBND huyện Thạch Hà tổ chức tổng kết phong trào thi đua.",
     "2022-10-24"),
    ("Huyện Thạch Hà tổng kết phong trào thi đua\n\nSáng 22/10, UBND huyện Thạch Hà tổ chức tổng kết phong trào thi đua.\n\nNguyễn Văn A\n\n24/10/2022",
     "2022-10-24"),
])
def test_datelines_as_pages_write_them(cfg, text, expected):
    assert (extract_text(text, cfg).fields.get("published_date") or None) == expected


def test_an_update_stamp_after_the_byline_s_names_at_the_foot_is_the_dateline(cfg):
    paragraph = ("Nông dân huyện Hàm Yên đã trồng hơn 8.000 ha cam sành, nhiều hộ thu lãi hàng trăm triệu đồng mỗi năm. "
                 "Hội Nông dân huyện phối hợp với các ngành hướng dẫn hội viên chăm sóc cam theo tiêu chuẩn VietGAP.")
    doc = extract_text("Nông dân Hàm Yên làm giàu từ cam sành\n\n" + "\n".join([paragraph] * 6)
                       + "\nBài, ảnh: Minh Hà - Cập nhật lúc 08:30, 12/11/2019", cfg)
    assert doc.fields["published_date"] == "2019-11-12"


def test_a_section_s_weekday_header_gives_way_to_the_byline_s_date_and_time(cfg):
    doc = extract_text("Hội Nông dân huyện Cẩm Giàng tổng kết năm\n\nXã hội | Thứ Hai, 08/01/2024\n\n"
                       "Minh Anh\n03/01/2024 16:40\n\nNgày 2/1, Hội Nông dân huyện Cẩm Giàng tổng kết công tác hội và "
                       "phong trào nông dân năm 2023, trao Giấy khen cho 12 tập thể và 20 cá nhân.", cfg)
    assert doc.fields["published_date"] == "2024-01-03"


_LONG_BODY = ("Năm qua, Hội LHPN xã Hòa Phú vận động hội viên góp vốn xoay vòng giúp 15 chị thoát nghèo. Hội duy trì 6 "
              "tổ hợp tác trồng rau sạch, mỗi tổ có từ 10 đến 15 thành viên, thu nhập bình quân 5 triệu đồng mỗi tháng.\n\n"
              "Chị Lê Thị Hồng, Chủ tịch Hội LHPN xã cho biết, nhờ mô hình tiết kiệm nhóm, nhiều chị em có vốn mua giống, "
              "phân bón, mở rộng sản xuất. Hội còn phối hợp với ngân hàng chính sách xã hội giải ngân hơn 2 tỷ đồng vốn "
              "vay ưu đãi cho hội viên, giúp các chị phát triển chăn nuôi, trồng trọt.\n\n")


def test_the_writer_s_name_and_the_day_on_the_last_line_date_the_article(cfg):
    doc = extract_text("Phụ nữ xã Hòa Phú giúp nhau làm kinh tế\n\n" + _LONG_BODY + "Ngọc Lan - 18/12/2019", cfg)
    assert doc.fields["published_date"] == "2019-12-18"


def test_a_meeting_s_day_in_the_last_sentence_is_no_signed_foot(cfg):
    doc = extract_text("Phụ nữ xã Hòa Phú giúp nhau làm kinh tế\n\n" + _LONG_BODY
                       + "Hội nghị tổng kết của Hội sẽ diễn ra ngày 28/12/2019 tại hội trường UBND xã.", cfg)
    assert not doc.fields.get("published_date")


def test_the_clock_then_the_day_alone_under_the_byline_dates_the_article(cfg):
    doc = extract_text("Phụ nữ xã Hòa Phú giúp nhau làm kinh tế\n\n" + _LONG_BODY + "Bài, ảnh: NGỌC LAN\n\n08:15, 21/12/2019", cfg)
    assert doc.fields["published_date"] == "2019-12-21"


def test_a_station_s_evening_news_is_dated_by_its_title_and_kept_whole(cfg):
    # the evening is the bulletin's, not an event's; the title is short, yet a headline, not a banner over the first item
    doc = extract_text("Thời sự Lạng Sơn tối 12/10/2025\n\nXã Na Dương tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025"
                       "\n\nNgày 12/10, thôn Khòn Pát, xã Na Dương tổ chức Ngày hội Đại đoàn kết.", cfg)
    assert doc.fields["published_date"] == "2025-10-12"
    assert doc.title == "Thời sự Lạng Sơn tối 12/10/2025"


@pytest.mark.parametrize("foot, expected", [
    ("Tác giả: Trần Minh Hải - Ngày đăng: 14/03/2021", "2021-03-14"),
    ("Lan Hương - 07:50 19/11/2025", "2025-11-19"),
    ("Đức Tài - 05/07/2017 | 15:20", "2017-07-05"),
    ("Mai Anh | Đăng lúc 10:40, 18/09/2026", "2026-09-18"),
])
def test_a_signed_last_line_dates_the_article_with_its_label_and_clock(cfg, foot, expected):
    doc = extract_text("Phụ nữ xã Hòa Phú giúp nhau làm kinh tế\n\n" + _LONG_BODY + foot, cfg)
    assert doc.fields["published_date"] == expected


LONG = ("Tam Nông tuyên dương 40 gia đình văn hóa tiêu biểu\n\n" + BODY + "\n\n"
        + "Theo báo cáo, phong trào được triển khai sâu rộng đến từng ấp, thu hút đông đảo người dân tham gia.\n\n" * 3)


def test_a_day_alone_on_the_last_line_under_the_writer_s_name_is_the_dateline(cfg):
    for signature in ("Trần Minh Khoa", "Hà Giang - Báo Đồng Tháp"):
        doc = extract_text(LONG + f"{signature}\n15/03/2022\n", cfg)
        assert doc.fields["published_date"] == "2022-03-15"


def test_a_day_alone_on_the_last_line_under_a_sentence_is_no_dateline(cfg):
    doc = extract_text(LONG + "Hội nghị sẽ họp lại vào ngày.\n15/03/2022\n", cfg)
    assert not doc.fields.get("published_date")


def test_a_weekday_and_its_day_on_the_last_line_under_the_writer_s_name_is_the_dateline(cfg):
    doc = extract_text(LONG + "Quốc Việt\n\nThứ Sáu, 11/09/2020\n", cfg)
    assert doc.fields["published_date"] == "2020-09-11"


def test_the_day_on_the_line_above_the_writer_s_name_at_the_foot_is_the_dateline(cfg):
    doc = extract_text(LONG + "Chủ nhật, 04/12/2022\n\nNgọc Trâm\n", cfg)
    assert doc.fields["published_date"] == "2022-12-04"
    doc = extract_text(LONG + "Hội nghị sẽ họp lại vào ngày 04/12/2022.\n\nNgọc Trâm\n", cfg)
    assert not doc.fields.get("published_date")  # an event day in the last sentence, not a date line


def test_a_signed_line_above_the_paper_s_name_at_the_foot_is_the_dateline(cfg):
    doc = extract_text(LONG + "MINH TUẤN | 10/11/2025\n\nBáo Cà Mau\n", cfg)
    assert doc.fields["published_date"] == "2025-11-10"


def test_a_writer_s_name_and_the_day_after_a_middle_dot_at_the_foot_is_the_dateline(cfg):
    doc = extract_text(LONG + "Minh Châu · 02/10/2025 09:15\n", cfg)
    assert doc.fields["published_date"] == "2025-10-02"


def test_the_day_under_a_labelled_byline_at_the_foot_is_the_dateline(cfg):
    doc = extract_text(LONG + "Bài và ảnh: NHÓM PV\n\n17/10/2025\n", cfg)
    assert doc.fields["published_date"] == "2025-10-17"


def test_a_day_in_brackets_under_the_writer_s_name_at_the_foot_is_the_dateline(cfg):
    doc = extract_text(LONG + "Minh Hằng\n(14/09/2012)\n", cfg)
    assert doc.fields["published_date"] == "2012-09-14"


@pytest.mark.parametrize("foot, expected", [
    ("Bài, ảnh: Hải Yến\n(Báo Hậu Giang) 14-05-2026\n", "2026-05-14"),  # the paper's name in brackets, then the day
    ("Quang Minh\nNgày 03/09/2026 - 08:15\n", "2026-09-03"),  # the day and its clock under the writer's name
])
def test_a_foot_date_line_with_the_paper_s_name_or_a_clock_is_the_dateline(cfg, foot, expected):
    assert extract_text(LONG + foot, cfg).fields["published_date"] == expected
