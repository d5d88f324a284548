"""A saved page's own date line, sapo and layout tables, read as the page shows them."""


import pytest

from pipeline.read.inputs import record_from_bytes
from pipeline.run.stages import extract
from tests.pipeline.read.pages import (
    BODY,
    SAPO,
    STORIES,
    STORY,
    STORY_URL,
    figures,
    national_daily,
    provincial_page,
)


def test_a_related_story_s_date_is_not_the_article_s(cfg):
    # the story shows no date of its own; the dates in "Tin cùng chuyên mục" belong to other stories
    rec = record_from_bytes(provincial_page(STORY.format(date=""), STORY_URL), "cl.html", "html", cfg)
    doc = extract(rec.doc, cfg)
    assert doc.fields.get("published_date") in (None, "")
    assert "01/11/2024" not in doc.text

def test_the_site_clock_gives_way_to_the_date_under_the_headline(cfg):
    # the header's clock shows the day the page was saved, above the story's own date
    page = provincial_page(STORY.format(date='<div class="post-date">14/10/2024</div>'), STORY_URL,
                 header='<div class="date">09/12/2024</div>')
    doc = extract(record_from_bytes(page, "cl.html", "html", cfg).doc, cfg)
    assert doc.fields["published_date"] == "2024-10-14" and "09/12/2024" not in doc.text
    assert doc.fields["district"] == "Can Lộc"

def test_a_sapo_set_outside_the_body_s_box_opens_the_text(cfg):
    rec = record_from_bytes(national_daily(SAPO, BODY, ""), "tt.html", "html", cfg)
    doc = extract(rec.doc, cfg)
    assert doc.text.index("TTO - Qua 5 năm") < doc.text.index("Sáng 14-10")
    assert figures(doc, "model_count") == {"46"}
    assert (doc.fields["district"], doc.fields["province"]) == ("Can Lộc", "Hà Tĩnh")

@pytest.mark.parametrize("stamp, day", [
    ('<span class="timestamp"> | Cập nhật thứ hai, ngày 24/12/12 11:05 tối</span>', "2012-12-24"),  # a two-digit year
    ('<div class="post-date">14/10/2024 - 06:46</div>', "2024-10-14"),
])
def test_the_page_s_date_is_read_however_the_extraction_joins_the_lines(cfg, stamp, day):
    # the extraction ran the date into the caption and the lead on one line, where no dateline is looked for
    story = (f'<article><h1>Hội Nông dân huyện Can Lộc nhân rộng mô hình “Dân vận khéo”</h1><div>Ảnh minh họa. '
             f'{stamp} Qua 5 năm, huyện Can Lộc (Hà Tĩnh) xây dựng được 46 mô hình “Dân vận khéo” trên các lĩnh vực '
             'kinh tế, văn hóa - xã hội, quốc phòng - an ninh và xây dựng hệ thống chính trị ở cơ sở.</div></article>')
    doc = extract(record_from_bytes(provincial_page(story, STORY_URL), "cl.html", "html", cfg).doc, cfg)
    assert doc.fields["published_date"] == day

def test_an_old_portal_laid_out_in_a_table_is_read_as_its_story(cfg):
    # menu, story and "Các tin khác" side by side in one table row, as ASP.NET portals were built
    story = "".join(f"<p>{p}</p>" for p in (
        "Chiều ngày 14/3, tại thị xã Điện Bàn, Cụm thi đua đồng bằng tổ chức hội nghị tổng kết phong trào thi đua "
        "năm 2016 và ký kết giao ước thi đua năm 2017.",
        "Năm 2016, thị xã Điện Bàn có 126 mô hình “Dân vận khéo” được công nhận ở các cấp.",
        "Dịp này, UBND tỉnh tặng Bằng khen cho 5 tập thể và 7 cá nhân có thành tích xuất sắc.",
        "Thanh Tâm"))
    others = "".join(f'<li><a href="/tin/{n}">{head}</a> ({n % 28 + 1}/03/2017)</li>' for head, n in STORIES)
    table = ("<table><tr><td>Đơn vị</td><td>Mô hình</td></tr><tr><td>Phường Vĩnh Điện</td><td>18</td></tr>"
               "<tr><td>Xã Điện Minh</td><td>11</td></tr></table>")
    page = f"""<html><head><meta charset="utf-8"><title>Cụm thi đua đồng bằng tổng kết năm 2016</title></head><body>
<table width="100%"><tr><td class="menu"><ul><li><a href="/gioi-thieu">Giới thiệu</a></li><li><a href="/van-ban">Văn bản
</a></li></ul></td><td class="content"><h2 class="title">Cụm thi đua đồng bằng tổng kết năm 2016</h2><div class="date">
Ngày đăng: 03/04/2017</div>{story}{table}</td><td class="right"><b>Các tin khác</b><ul>{others}</ul></td></tr></table>
</body></html>"""
    doc = extract(record_from_bytes(page.encode(), "p.html", "html", cfg).doc, cfg)
    assert any(line.startswith("Năm 2016, thị xã Điện Bàn có 126 mô hình") for line in doc.text.split("\n"))
    assert "Phường Vĩnh Điện | 18" in doc.text  # the table of figures is still a table
    assert doc.fields["district"] == "Điện Bàn" and doc.fields["published_date"] == "2017-04-03"
    assert figures(doc, "awardee_count") == {"5", "7"}


def _ward_road_page(description: str) -> bytes:
    """A VTC News-like page: the sapo in a plain <h2> after the date line, no class to mark it, and the head's
    description beside it."""
    body = "".join(f"<p>{p}</p>" for p in (
        "Dự án xây dựng, nâng cấp và mở rộng đường Nguyễn Thị Định (đoạn từ cầu Giồng Ông Tố đến cầu Mỹ Thủy) có tổng "
        "chiều dài gần 2km, với tổng mức đầu tư hơn 2.075 tỷ đồng, nhằm tăng năng lực khai thác tuyến đường huyết mạch.",
        "Dự án được khởi công vào sáng 26/4, dự kiến hoàn thành vào tháng 6/2026. Theo thiết kế, đoạn đường sẽ được mở "
        "rộng gấp ba lần so với hiện trạng, từ mặt cắt ngang 10m lên 30m, góp phần giảm ùn tắc khu vực.",
        "Ghi nhận của phóng viên những ngày cuối năm 2025, các hộ dân dọc tuyến đã cơ bản hoàn tất việc bàn giao mặt "
        "bằng cho chủ đầu tư."))
    sapo = ("Sau 8 tháng khởi công, dự án mở rộng đường Nguyễn Thị Định (phường Cát Lái, TP.HCM) được đẩy nhanh tiến độ, "
            "kỳ vọng giải cứu kẹt xe cửa ngõ phía Đông.")
    return f"""<html><head><meta charset="utf-8"><title>Mở rộng đường hơn 2.000 tỷ đồng giải cứu kẹt xe</title>
<meta property="og:description" content="{description}"></head><body><div class="header"><a href="/">Trang chủ</a></div>
<div class="main"><h1 class="font28">Mở rộng đường hơn 2.000 tỷ đồng giải cứu kẹt xe ở cửa ngõ phía Đông</h1>
<div class="meta"><span class="time-update">Thứ Tư, 24/12/2025 09:30:00 +07:00</span></div>
<div class="content-wrapper"><span class="bold">(VTC News) - </span><h2 class="font18 bold">{sapo}</h2>
<div class="banner">Quảng cáo</div><div class="edittor-content">{body}</div></div></div></body></html>""".encode()


def test_an_unmarked_sapo_the_head_describes_opens_the_text(cfg):
    shown = ("Sau 8 tháng khởi công, dự án mở rộng đường Nguyễn Thị Định (phường Cát Lái, TP.HCM) được đẩy nhanh tiến "
             "độ, kỳ vọng giải cứu kẹt xe cửa ngõ phía Đông.")
    doc = extract(record_from_bytes(_ward_road_page(shown), "vtc.html", "html", cfg).doc, cfg)
    assert doc.text.index("Sau 8 tháng khởi công") < doc.text.index("Dự án xây dựng, nâng cấp")
    # (the ward where the street runs, not the home of a person the street is named after)
    assert (doc.fields["commune"], doc.fields["province"]) == ("Cát Lái", "Hồ Chí Minh")


def test_a_description_written_for_search_engines_only_adds_nothing(cfg):
    # the head's summary is not shown on the page: no lead is made up from it
    doc = extract(record_from_bytes(_ward_road_page("Dự án giao thông trọng điểm ở phường Long Trường, TP.HCM đang "
                                                    "được đẩy nhanh tiến độ thi công."), "vtc.html", "html", cfg).doc, cfg)
    assert "Long Trường" not in doc.text


def test_a_clock_widget_named_for_today_is_no_date_of_the_article(cfg):
    # a portal's bar above the story shows the day the page was saved ("ngay-hien-tai"), nearer the headline than the
    # byline at the story's foot, which carries its own posting date
    story = STORY.format(date="").replace("</article>", '<p class="news-date">Ngày đăng: 14/10/2024 | Lượt xem: 512</p>'
                                                          "</article>")
    bar = '<div class="info-bar"><span class="ngay-hien-tai">Thứ Hai, 09/12/2024</span></div>'
    doc = extract(record_from_bytes(provincial_page(bar + story, STORY_URL), "cl.html", "html", cfg).doc, cfg)
    assert doc.fields["published_date"] == "2024-10-14" and "09/12/2024" not in doc.text
