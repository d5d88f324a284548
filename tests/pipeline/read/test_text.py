"""The plain-text reader: title, dateline, lead, byline, and page residue kept out of the text."""

import unicodedata

import pytest

from pipeline.read.text import read_text
from pipeline.text import fold_key, name_key, normalize
from tests.conftest import extract_text, facts_of

ARTICLE = """Huyện Phụng Hiệp: Xây dựng 165 mô hình, điển hình thi đua “Dân vận khéo”

06/04/2023 | 08:04 GMT+7

(HG) - Những tháng đầu năm 2023, công tác dân vận của hệ thống chính trị từ huyện đến cơ sở trên địa bàn Phụng Hiệp được triển khai, thực hiện và đạt kết quả tích cực.

Cụ thể đến nay, trên địa bàn huyện xây dựng được 130 mô hình tập thể và 35 điển hình cá nhân trên các lĩnh vực.

PHẠM THÚY PHƯỢNG

Viết bình luận mới
Tin cùng chuyên mục
Các tin khác
Huyện Long Mỹ ra mắt 500 mô hình mới
Xem thêm >>
"""


def test_title_lead_and_byline(cfg):
    doc = read_text(ARTICLE, "a.txt", cfg)
    assert doc.title.startswith("Huyện Phụng Hiệp: Xây dựng 165 mô hình")
    assert doc.text[doc.lead_span[0]:doc.lead_span[1]].startswith("(HG) - Những tháng đầu năm 2023")
    assert doc.author == "PHẠM THÚY PHƯỢNG"



@pytest.mark.parametrize("last_line, author", [
    ("Tin-ảnh: T.Tĩnh", "T.Tĩnh"),  # a byline's label is no part of the name
    ("Thực hiện: Quang Trung - Tuấn Anh", "Quang Trung - Tuấn Anh"),
    ("Đức Anh / qbtv.vn", "Đức Anh"),  # nor the site after it
    ("Xuân Thưởng – Báo Bạc Liêu Online", "Xuân Thưởng"),
    ("Tuấn Điệp - 05/08/2025 - 09:17", "Tuấn Điệp"),
    ("T. Duyên", "T. Duyên"),
    ("Theo TTXVN", "Theo TTXVN"),  # a credit to an agency
    ("Lượt xem: 912", ""),  # the page's furniture, a photo's file, a caption, a menu are no author
    ("IMG_5886.JPG", ""),
    ("Quang cảnh hội nghị. Ảnh: Hoàng Cư", ""),
    ("Những tin cũ hơn", ""),
    ("Theo bà Nguyễn Thị Phương", ""),
])
def test_the_byline_is_a_name_and_never_the_page_s_furniture(cfg, last_line, author):
    doc = read_text("Hội Nông dân huyện Can Lộc tổng kết năm\n\nNăm 2024, Hội Nông dân huyện đã vận động hội viên xây "
                    f"dựng 45 mô hình kinh tế.\n\n{last_line}", "a.txt", cfg)
    assert doc.author == author

def test_related_articles_and_comments_do_not_feed_the_extractors(cfg):
    doc = extract_text(ARTICLE, cfg)
    assert "Tin cùng chuyên mục" not in doc.text and "Long Mỹ" not in doc.text
    assert 500 not in [int(v) for v in facts_of(doc, "model_count")]


def test_nfd_input_gives_the_same_facts_as_its_nfc_twin(cfg):
    nfc = extract_text(ARTICLE, cfg)
    nfd = extract_text(unicodedata.normalize("NFD", ARTICLE), cfg)
    assert nfd.text == nfc.text
    assert [(f.kind, f.value, f.start, f.end) for f in nfd.facts] == [(f.kind, f.value, f.start, f.end) for f in nfc.facts]


def test_normalize_is_idempotent_and_unifies_spaces():
    raw = "Thoại\u00a0Sơn\r\n\r\n\r\n\u200bcó  1.240 mô hình "
    once = normalize(raw)
    assert once == "Thoại Sơn\n\ncó 1.240 mô hình"
    assert normalize(once) == once


def test_name_keys_ignore_tone_placement_and_case():
    assert name_key("Hoà Bình") == name_key("HÒA BÌNH")
    assert name_key("Đăk Tô") == name_key("Đắk Tô")
    assert name_key("Châu Thành") != name_key("Châu Thanh")
    assert fold_key("Bà Rịa - Vũng Tàu") == "bariavungtau"


def test_a_weather_widget_names_no_place_and_is_not_the_title(cfg):
    text = ("Hà Nội 14 °C\nĐà Nẵng 22 °C\n  • Cần Thơ Hà Nội 27°C\nHà Nội\n23°C / 22-25°C\n\n"
            "Huyện Cẩm Khê biểu dương 45 mô hình “Dân vận khéo”\n\n08/09/2023 10:15\n\n"
            "Sáng 8/9, Huyện ủy Cẩm Khê tổ chức hội nghị biểu dương 45 mô hình “Dân vận khéo” giai đoạn 2021-2023.")
    doc = extract_text(text, cfg)
    assert doc.title.startswith("Huyện Cẩm Khê")
    assert "°" not in doc.text and "Đà Nẵng" not in doc.text
    assert doc.fields["district"] == "Cẩm Khê"


def test_links_to_other_articles_below_the_body_feed_no_extractor(cfg):
    text = ("Tuyên dương thanh niên tiêu biểu huyện Củ Chi\n\n" + "Tối 20/12, Huyện đoàn Củ Chi tổ chức tuyên dương "
            "thanh niên tiêu biểu năm 2023 với nhiều gương sáng trong học tập, lao động, sản xuất và bảo vệ Tổ quốc ở "
            "các xã, thị trấn.\n>> Tuyên dương 9 công dân trẻ tiêu biểu\n>> Trao giải cho 35 tập thể")
    doc = extract_text(text, cfg)
    assert ">>" not in doc.text and not facts_of(doc, "awardee_count")


@pytest.mark.parametrize("link", ["Đọc thêm: Huyện Nga Sơn khen thưởng 30 tập thể có thành tích xuất sắc",
                                  "Xem thêm >> Huyện Nga Sơn khen thưởng 30 tập thể có thành tích xuất sắc",
                                  "Tin liên quan: Huyện Nga Sơn khen thưởng 30 tập thể có thành tích xuất sắc trong năm"])
def test_a_labelled_link_to_another_article_inside_the_body_feeds_no_extractor(cfg, link):
    text = ("Hoằng Hóa tổng kết phong trào thi đua\n\nNgày 3/3, UBND huyện Hoằng Hóa (Thanh Hóa) tổ chức hội nghị tổng "
            "kết phong trào thi đua yêu nước năm 2021, đánh giá kết quả xây dựng nông thôn mới nâng cao ở các xã.\n"
            f"{link}\nÔng Lê Văn Hải, Chủ tịch UBND huyện, đề nghị các xã tiếp tục đẩy mạnh phong trào.")
    doc = extract_text(text, cfg)
    assert "Nga Sơn" not in doc.text and "Chủ tịch UBND huyện" in doc.text
    assert not facts_of(doc, "awardee_count") and doc.fields["district"] == "Hoằng Hóa"


def test_a_related_label_ends_a_short_article_whose_paragraphs_are_all_short(cfg):
    text = ("Nam Trực ra mắt mô hình “Dân vận khéo”\n\nNgày 5/4/2022, Ban Dân vận Huyện ủy Nam Trực tổ chức ra mắt mô hình "
            "“Dân vận khéo” tại xã Nam Thanh.\nMô hình có 35 thành viên, do Hội Cựu chiến binh xã làm nòng cốt trong việc "
            "giữ gìn vệ sinh môi trường.\nThu Hà\nTin liên quan\nHuyện Vụ Bản khen thưởng 25 tập thể có thành tích xuất "
            "sắc\nÝ Yên có thêm 12 mô hình dân vận khéo được công nhận")
    doc = extract_text(text, cfg)
    assert doc.text.endswith("Thu Hà") and not facts_of(doc, "awardee_count") and not facts_of(doc, "model_count")


def test_a_list_of_dashed_headlines_inside_the_article_feeds_no_extractor(cfg):
    text = ("Trao Huy hiệu Đảng cho đảng viên phường Thống Nhất\n\n"
            "Sáng 2-9, Thành ủy Pleiku trao tặng Huy hiệu Đảng cho 4 đảng viên thuộc Đảng bộ phường Thống Nhất.\n"
            "- Đảng bộ thị xã An Khê trao huy hiệu Đảng cho 56 đảng viên đợt 7/11\n"
            "- Huyện Chư Sê trao huy hiệu Đảng cho 31 đảng viên dịp 19/5\n"
            "Tại buổi lễ, lãnh đạo Thành ủy đã chúc mừng các đồng chí được tặng Huy hiệu Đảng đợt này.")
    doc = extract_text(text, cfg)
    assert [int(v) for v in facts_of(doc, "awardee_count")] == [4] and "An Khê" not in doc.text


def test_a_dashed_list_the_article_opens_with_a_colon_is_its_own_text(cfg):
    text = ("Huyện Tân Phước tổng kết phong trào thi đua năm 2023\n\n"
            "Dịp này, UBND huyện đã khen thưởng các tập thể, cá nhân có thành tích xuất sắc, cụ thể như sau:\n"
            "- Tặng Giấy khen của Chủ tịch UBND huyện cho 15 tập thể\n"
            "- Tặng Giấy khen của Chủ tịch UBND huyện cho 32 cá nhân")
    doc = extract_text(text, cfg)
    assert [int(v) for v in facts_of(doc, "awardee_count")] == [15, 32]


def test_the_page_s_own_dashed_stamp_is_still_its_date(cfg):
    doc = extract_text("Hội Nông dân xã ra mắt mô hình\n\n- 23/12/2025 20:46:00\n- Đã xem: 50\n\nSáng 22/12, Hội Nông dân "
                       "xã Phú Hòa ra mắt 2 mô hình nuôi bò.", cfg)
    assert doc.fields["published_date"] == "2025-12-23"


def test_the_keywords_line_ends_the_article_and_the_links_below_it_feed_no_extractor(cfg):
    text = ("Công đoàn ngành Giáo dục tôn vinh nhà giáo tiêu biểu\n\nThứ 3, 19/11/2019 | 10:12\n\n"
            "Sáng 19-11, Công đoàn ngành Giáo dục tỉnh tổ chức tôn vinh 45 nhà giáo tiêu biểu trong phong trào thi đua "
            "của ngành, những thầy cô tận tụy với học trò và sáng tạo trong công việc suốt nhiều năm.\n\n"
            "  • Từ khóa\nHĐND huyện Kiến Xương tổ chức kỳ họp bất thường\nHuyện Kiến Xương khen thưởng 20 tập thể")
    doc = extract_text(text, cfg)
    assert "Kiến Xương" not in doc.text and doc.fields.get("district") is None
    assert [int(v) for v in facts_of(doc, "awardee_count")] == [45]


def test_social_widgets_and_layout_residue_are_not_titles(cfg):
    doc = extract_text("Theo dõi Báo Hànộimới trên\nleftcenterrightdel\n\n"
                       "Quận Long Biên biểu dương 60 điển hình tiên tiến\n\n09/11/2018 22:00\n\n"
                       "Tối 9-11, Quận ủy Long Biên tổ chức hội nghị biểu dương 60 điển hình tiên tiến.", cfg)
    assert doc.title.startswith("Quận Long Biên")


def test_a_hotline_banner_is_not_the_title(cfg):
    doc = extract_text("HOTLINE: 0903.343.439 - HOTLINE Phát hành: 0819.123.127 - ĐẶT MUA BÁO\n\n"
                       "Phường Phú An tổ chức Ngày hội Đại đoàn kết toàn dân tộc\n\n"
                       "Sáng 15-11, phường Phú An tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025.", cfg)
    assert doc.title.startswith("Phường Phú An")


def test_a_photo_caption_with_its_credit_in_capitals_is_not_the_title(cfg):
    doc = extract_text("Một góc đô thị Cao Lãnh, tỉnh Đồng Tháp ẢNH: NGỌC LAN\n\n"
                       "Đồng Tháp phát huy sức mạnh dân vận khéo\n\n"
                       "Nhiệm kỳ qua, tỉnh Đồng Tháp đề ra 23 chỉ tiêu phát triển, có 17 chỉ tiêu đạt và vượt.", cfg)
    assert doc.title == "Đồng Tháp phát huy sức mạnh dân vận khéo"


def test_an_authors_name_above_the_article_is_not_the_title(cfg):
    doc = extract_text("Nguyễn Thị Thanh Hương\n\nNhân rộng mô hình dân vận khéo ở Điện Biên\n\n"
                       "Ngày 5-10, Ban Dân vận Tỉnh ủy Điện Biên tổng kết 5 năm phong trào thi đua “Dân vận khéo”.", cfg)
    assert doc.title == "Nhân rộng mô hình dân vận khéo ở Điện Biên"


@pytest.mark.parametrize("header", ["Thứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27", "CHUYÊN TRANG", "ĐẠI HỘI ĐẢNG CÁC CẤP"])
def test_site_headers_and_section_labels_are_not_titles(cfg, header):
    doc = extract_text(f"{header}\n\nHuyện Yên Thế biểu dương 40 mô hình dân vận khéo\n\n"
                       "Sáng 12/9, Huyện ủy Yên Thế tổ chức hội nghị biểu dương 40 mô hình “Dân vận khéo”.", cfg)
    assert doc.title == "Huyện Yên Thế biểu dương 40 mô hình dân vận khéo"


@pytest.mark.parametrize("menu", ["Bạn cần biết Tiện ích Liên hệ\nThời sự", "Hình ảnh - Phóng sự ảnh",
                                  "Công ty Cổ phần Gạch ngói Đông Anh"])
def test_a_menu_or_banner_line_above_the_headline_is_not_the_title(cfg, menu):
    doc = extract_text(f"{menu}\n\nHuyện Yên Thế biểu dương 40 mô hình dân vận khéo\n\nHoàng Yến\n12/09/2023 08:10\n\n"
                       "Sáng 12/9, Huyện ủy Yên Thế tổ chức hội nghị biểu dương 40 mô hình “Dân vận khéo”.", cfg)
    assert doc.title == "Huyện Yên Thế biểu dương 40 mô hình dân vận khéo"


def test_a_short_headline_keeps_its_place_above_a_long_lead(cfg):
    doc = extract_text("Dân vận khéo ở Tân Phú\n\nNăm 2023, huyện Tân Phú có thêm 45 mô hình “Dân vận khéo” được công "
                       "nhận, nâng tổng số mô hình toàn huyện lên 312 mô hình ở các lĩnh vực.", cfg)
    assert doc.title == "Dân vận khéo ở Tân Phú"


def test_an_ellipsis_run_into_the_next_sentence_ends_a_sentence():
    from pipeline.text import sentence_spans

    text = "Đoàn viên nhận nuôi 12 em nhỏ….Trong nhiệm kỳ, Huyện đoàn tuyên dương 40 đoàn viên. TP. Vinh đẹp…và xanh."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "Đoàn viên nhận nuôi 12 em nhỏ…", "Trong nhiệm kỳ, Huyện đoàn tuyên dương 40 đoàn viên.", "TP. Vinh đẹp…và xanh."]


def test_a_headline_cut_from_a_long_first_sentence_ends_at_a_word(cfg):
    doc = read_text("Theo Thiếu tướng Trần Văn Bình, Phó Cục trưởng Cục Công tác đảng, những năm qua, các đơn vị trong toàn "
                    "quân đã tích cực đổi mới nội dung, hình thức, tổ chức xây dựng và phát triển phong trào thi đua quyết "
                    "thắng trên mọi lĩnh vực công tác của đơn vị.\n\nToàn quân có hơn 3.000 mô hình.", "a.txt", cfg)
    assert doc.text[doc.title_span[1]] == " " and doc.title.split()[-1] in doc.text.split()


def test_a_table_of_related_links_under_the_headline_is_not_the_lead(cfg):
    text = ("Tuyên dương 60 thầy thuốc trẻ tiêu biểu toàn quốc\n"
            "| Huyện Đông Anh: Ra quân tháng Thanh niên năm 2024 với nhiều hoạt động ý nghĩa |\n"
            "Sáng 27/2, Trung ương Đoàn phối hợp Bộ Y tế tổ chức lễ tuyên dương 60 thầy thuốc trẻ tiêu biểu năm 2024.")
    doc = read_text(text, "a.txt", cfg)
    assert doc.text[doc.lead_span[0]:doc.lead_span[1]].startswith("Sáng 27/2, Trung ương Đoàn")


def test_a_saved_page_s_slug_and_repeated_headline_are_not_the_lead(cfg):
    title = "Tôn vinh nông dân xuất sắc, tự tin bước vào giai đoạn phát triển mới"
    text = (f"112\n/\n204518\n{title}\ntonvinh-nong-dan-xuat-sac-tu-tin-buoc-vao-giai-doan-phat-trien-moi-204518\nnews\n\n"
            f"{title}\n\nThứ 5, 16/10/2025 | 09:12:05\n1,205 lượt xem\n\n"
            "Sáng nay (16/10), Trung ương Hội Nông dân Việt Nam tổ chức lễ tôn vinh 100 nông dân xuất sắc năm 2025.")
    doc = read_text(text, "a.txt", cfg)
    assert doc.title == title
    assert doc.text[doc.lead_span[0]:doc.lead_span[1]].startswith("Sáng nay (16/10), Trung ương Hội Nông dân")


def test_a_weekday_header_line_is_not_the_headline(cfg):
    doc = read_text("Thứ Hai, ngày 13/01/2014 08:15 AM (GMT+7)\n\nBạc Liêu: Phát động phong trào nông dân thi đua\n\n"
                    "Hội Nông dân tỉnh đã phát động phong trào nông dân thi đua sản xuất, kinh doanh giỏi năm 2014.",
                    "a.txt", cfg)
    assert doc.text[doc.title_span[0]:doc.title_span[1]] == "Bạc Liêu: Phát động phong trào nông dân thi đua"


def test_an_eth_typed_for_d_with_stroke_is_read_as_d(cfg):
    doc = extract_text("Ðà Nẵng lan tỏa “Dân vận khéo”\n\nÐảng bộ và nhân dân thành phố Ðà Nẵng phát huy truyền thống.",
                       cfg)
    assert "Ð" not in doc.text and doc.fields["province"] == "Đà Nẵng"


def test_a_sites_clock_above_its_hotline_is_not_the_articles_date(cfg):
    body = ("Xã Quỳnh Lưu tổng kết phong trào thi đua\n\n"
            "Sáng 10/01/2026, Đảng ủy xã Quỳnh Lưu tổng kết phong trào thi đua “Dân vận khéo” năm 2025.")
    clock = extract_text(f"Thứ tư 11/02/2026 08:15\nHotline: 0912.345.678\nThời sự\n\n{body}", cfg)
    assert "published_date" not in clock.fields
    dateline = extract_text(f"{body.split(chr(10))[0]}\n\n11/02/2026 08:15\n\n{body.split(chr(10))[2]}", cfg)
    assert dateline.fields["published_date"] == "2026-02-11"


def test_a_saved_page_s_markup_in_a_text_file_is_taken_out(cfg):
    data = ("Tuyên dương 25 công nhân tiêu biểu\n"
            '<html><head><meta charset="windows-1252"><title>Tin tức</title></head><body><div class="content">'
            "<p>S&aacute;ng 12/5, Li&ecirc;n đo&agrave;n Lao động tỉnh tổ chức lễ tuyên dương tại Nhà văn hóa Lao động "
            "<em>(Số 12, đường Trần Phú)</em>.</p><p>25 công nhân được tặng bằng khen.</p></div></body></html>")
    doc = read_text(data, "page.txt", cfg)
    assert "<" not in doc.text and "&" not in doc.text and "Tin tức" not in doc.text
    assert "Sáng 12/5, Liên đoàn Lao động tỉnh tổ chức lễ tuyên dương" in doc.text


def test_a_text_that_merely_mentions_a_tag_stays_as_it_is(cfg):
    data = "Hội thi viết về gương sáng <em> năm 2023\n\nBan tổ chức trao 12 giải cho các tác phẩm xuất sắc."
    assert read_text(data, "a.txt", cfg).text.startswith("Hội thi viết về gương sáng <em> năm 2023")


def test_a_hard_wrapped_paragraph_is_read_as_one(cfg):
    doc = extract_text("Sơ kết phong trào thi đua của khối\n\nKết thúc năm 2014, ngành y tế có 6 cá nhân được Chủ tịch nước\n"
                       "phong tặng danh hiệu Thầy thuốc ưu tú.\nNhiều tập thể được tặng Bằng khen.", cfg)
    assert "Chủ tịch nước phong tặng" in doc.text
    assert [(int(f.value), f.unit) for f in doc.facts if f.kind == "awardee_count"] == [(6, "cá nhân")]


def test_a_text_wrapped_at_a_fixed_width_is_joined_before_capitals_and_figures_too(cfg):
    # (saved from a PDF: every line broken at the same width, whatever word comes next)
    lines = ["Hội nghị biểu dương điển hình tiên tiến huyện Phú Tân",
             "Sáng 12/12, UBND huyện Phú Tân tổ chức hội nghị biểu dương các điển hình tiên tiến trong",
             "phong trào thi đua yêu nước giai đoạn 2020 - 2025. Trong 5 năm qua, toàn huyện có",
             "7 tập thể và 19 cá nhân tiêu biểu trong học tập và làm theo tư tưởng, đạo đức, phong cách",
             "Hồ Chí Minh được Chủ tịch Ủy ban nhân dân tỉnh An Giang tặng bằng khen; 64 tập thể",
             "và 212 cá nhân được Chủ tịch Ủy ban nhân dân huyện tặng giấy khen về thành tích trong",
             "công tác vận động quần chúng, xây dựng khối đại đoàn kết toàn dân tộc ở khu dân cư."]
    doc = extract_text("\n".join(lines), cfg)
    assert "có 7 tập thể" in doc.text and "phong cách Hồ Chí Minh được" in doc.text
    assert doc.title == lines[0]
    assert [(int(f.value), f.unit) for f in doc.facts if f.kind == "awardee_count"] == \
        [(7, "tập thể"), (19, "cá nhân"), (64, "tập thể"), (212, "cá nhân")]


def test_short_lines_before_capitals_stay_apart_in_a_text_that_is_not_wrapped(cfg):
    doc = read_text("Khen thưởng 12 tập thể\n\nSáng 3/4, UBND huyện tổ chức lễ trao thưởng\nBan Thi đua huyện "
                    "công bố quyết định.", "a.txt", cfg)
    assert "trao thưởng\nBan Thi đua" in doc.text


def test_a_related_link_line_above_the_body_is_residue(cfg):
    text = ("Tin liên quan Kon Tum: 5 đại biểu dự Đại hội Thanh niên tiên tiến làm theo lời Bác\n\n"
            "Những năm qua, tuổi trẻ cả nước luôn ghi nhớ lời Bác dạy, thi đua học tập, lao động và làm theo tấm gương của "
            "Người bằng những việc làm thiết thực trong công việc hằng ngày ở khắp mọi miền đất nước.")
    doc = extract_text(text, cfg)
    assert "Kon Tum" not in doc.text and doc.fields.get("province") is None


def test_a_list_of_other_articles_headlines_above_the_body_is_residue(cfg):
    text = ("\n-\nQuốc hội thông qua Luật Thủ đô sửa đổi\n-\nGiá vàng hôm nay tăng mạnh\n-\n"
            "Thủ tướng tiếp Đại sứ Nhật Bản -\nMưa lớn ở Bắc Bộ\n"
            "Đại hội Thi đua yêu nước tỉnh Hà Tĩnh lần thứ VI diễn ra trong hai ngày với sự tham dự của 400 đại biểu "
            "đại diện cho các tập thể, cá nhân điển hình tiên tiến trên mọi lĩnh vực của tỉnh.")
    doc = read_text(text, "a.txt", cfg)
    assert doc.title.startswith("Đại hội Thi đua yêu nước tỉnh Hà Tĩnh")
    assert "Giá vàng" not in doc.text and "Mưa lớn" not in doc.text
    # (nor are a font-size widget's "+" and "-" above the headline: "x", "+", "aa", "-")
    doc = read_text("x\n+\naa\n-\n\nHuyện Đắk Hà biểu dương 30 gia đình văn hóa tiêu biểu\n\nSáng 12/8, huyện Đắk Hà tổ "
                    "chức hội nghị biểu dương 30 gia đình văn hóa tiêu biểu giai đoạn 2020 - 2025 với sự tham dự của đại diện "
                    "các xã, thị trấn trên địa bàn.", "c.txt", cfg)
    assert doc.title == "Huyện Đắk Hà biểu dương 30 gia đình văn hóa tiêu biểu"
    # (one dash line under a headline is no list)
    doc = read_text("Hội nghị tổng kết\n-\nNgày 12/3, huyện tổng kết phong trào thi đua năm 2023.", "b.txt", cfg)
    assert doc.title == "Hội nghị tổng kết"



def test_a_stop_a_crawl_ran_into_the_next_sentence_still_ends_it():
    from pipeline.text import sentence_spans

    text = ("Cả xã có 1.250 hộ đạt danh hiệu “Gia đình văn hóa”.Nhân dịp Tết, Hội mừng thọ 320 cụ cho người nghèo.Ông "
            "Lê Văn Tám phát biểu tại TP.Hồ Chí Minh và Tp.Cần Thơ.")
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "Cả xã có 1.250 hộ đạt danh hiệu “Gia đình văn hóa”.", "Nhân dịp Tết, Hội mừng thọ 320 cụ cho người nghèo.",
        "Ông Lê Văn Tám phát biểu tại TP.Hồ Chí Minh và Tp.Cần Thơ."]


def test_people_greeted_in_the_sentence_after_a_title_run_into_it_are_not_its_holders(cfg):
    doc = extract_text("Tổng kết phong trào ở xã Tân Lập\n\nNăm qua, toàn xã có 1.250 hộ đạt danh hiệu “Gia đình văn "
                       "hóa”.Nhân dịp Tết, Hội Người cao tuổi xã đã mừng thọ 320 người cao tuổi.", cfg)
    assert {(int(f.value), f.unit) for f in doc.facts if f.kind == "awardee_count"} == {(1250, "tập thể")}


def test_an_aggregator_s_unlabelled_tag_line_is_no_text_of_the_article(cfg):
    tags = "Hội Nông dân,Sản xuất giỏi,Đakrông,Tôn vinh,Hướng Hóa,Hộ gia đình"
    doc = read_text("Tôn vinh nông dân sản xuất giỏi huyện Đakrông\n\n"
                    "Sáng 20/5, Hội Nông dân huyện Đakrông (Quảng Trị) tổ chức lễ tôn vinh 45 hộ nông dân sản xuất, kinh "
                    "doanh giỏi giai đoạn 2010 - 2012, mỗi hộ được tặng Giấy khen của UBND huyện và phần thưởng.\n\n"
                    f"21/05/13 09:15 GMT+7\n\nKinh tế\n\n{tags}\n\nDân Việt", "a.txt", cfg)
    assert tags not in doc.text and "Hướng Hóa" not in doc.text
    doc = read_text("Học tập và làm theo Bác\n\nCán bộ huyện học tập và làm theo tư tưởng,đạo đức, phong cách Hồ Chí Minh "
                    "bằng những việc làm cụ thể, thiết thực trong công việc hằng ngày ở cơ quan và địa phương.", "b.txt", cfg)
    assert "tư tưởng,đạo đức, phong cách" in doc.text


@pytest.mark.parametrize("kind", ["P. Phú Hòa", "TP. Thủ Dầu Một", "H. Dầu Tiếng", "TT. Dầu Tiếng"])
def test_a_headline_cut_from_a_lead_does_not_end_at_a_unit_kind_written_short(cfg, kind):
    # (a lead standing for the title is cut at its first sentence, and "P." there is no sentence's end)
    doc = read_text(f"Chiều ngày 12/01/2022, Ban Dân vận Đảng ủy {kind} tổ chức Hội nghị tổng kết công tác dân vận và phong "
                    "trào thi đua “Dân vận khéo” năm 2021, triển khai nhiệm vụ năm 2022. Về dự hội nghị có đại diện Ban Dân "
                    "vận Thành ủy và các đồng chí trong Thường trực Đảng ủy.\n\nNăm 2021, toàn đơn vị có 12 mô hình.",
                    "a.txt", cfg)
    assert doc.title.startswith(f"Chiều ngày 12/01/2022, Ban Dân vận Đảng ủy {kind} tổ chức Hội nghị tổng kết")


def test_a_crawl_s_joined_paragraphs_split_after_a_roman_ordinal():
    from pipeline.text import sentence_spans

    text = "Chúc mừng các tác giả đoạt giải tại Liên hoan lần thứ XI.Phát biểu bế mạc, ông nói: hơn 300 phóng viên dự thi."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "Chúc mừng các tác giả đoạt giải tại Liên hoan lần thứ XI.", "Phát biểu bế mạc, ông nói: hơn 300 phóng viên dự thi."]


def test_a_crawl_s_joined_paragraphs_split_after_a_figure_that_ends_a_clause():
    from pipeline.text import sentence_spans

    text = ("Ban Thường vụ tặng bằng khen cho 47 tập thể trong 15 năm thực hiện Nghị quyết T.Ư 5.Thành phố phấn đấu "
            "đến năm 2015.Ngày 31.5.2013, giá 1.240 đồng.")
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "Ban Thường vụ tặng bằng khen cho 47 tập thể trong 15 năm thực hiện Nghị quyết T.Ư 5.",
        "Thành phố phấn đấu đến năm 2015.", "Ngày 31.5.2013, giá 1.240 đồng."]


def test_a_crawl_s_paragraphs_run_together_without_a_stop_are_split_where_a_word_runs_into_a_capital():
    from pipeline.text import sentence_spans

    text = ("Nông dân Tiền Giang tham quan vườn bưởi Ảnh: MINH TRÍBuổi hội thảo thu hút 200 nông dân tham dự"
            "Dịp này, Sở NN&PTNT trao giấy khen cho 12 hộ. Đại lý VinaPhone và PetroVietnam tài trợ.")
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "Nông dân Tiền Giang tham quan vườn bưởi Ảnh: MINH TRÍ", "Buổi hội thảo thu hút 200 nông dân tham dự",
        "Dịp này, Sở NN&PTNT trao giấy khen cho 12 hộ.", "Đại lý VinaPhone và PetroVietnam tài trợ."]


def test_a_count_s_evidence_stops_where_the_crawl_ran_the_next_paragraph_into_it(cfg):
    doc = extract_text("Hội Nông dân tổng kết năm\n\nHội nghị đã khen thưởng 15 tập thể có thành tích xuất sắc trong phong "
                       "trào thi đuaNăm 2024, toàn huyện có 3.200 hộ đạt danh hiệu sản xuất, kinh doanh giỏi.", cfg)
    count = next(f for f in doc.facts if f.kind == "awardee_count")
    assert doc.evidence(count.start, count.end).endswith("trong phong trào thi đua")

def test_commendations_before_a_target_run_into_them_still_count(cfg):
    # (a target after them, "phấn đấu đến năm 2015 sẽ có …", would otherwise make the whole run a plan)
    doc = extract_text("Tổng kết Nghị quyết T.Ư 5\n\nNhân dịp này, Ban Thường vụ Thành ủy đã tặng bằng khen cho 47 tập thể và "
                       "28 cá nhân có thành tích xuất sắc trong 15 năm thực hiện Nghị quyết T.Ư 5.Thành phố phấn đấu đến "
                       "năm 2015 sẽ có 85% gia đình đạt danh hiệu “Gia đình văn hóa”.", cfg)
    assert {(int(f.value), f.unit) for f in doc.facts if f.kind == "awardee_count"} == {(47, "tập thể"), (28, "cá nhân")}
