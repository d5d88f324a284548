"""Real-looking saved pages: front and section pages refused, article pages read with their outlet and date."""

from pathlib import Path

import pytest

from pipeline.read.inputs import record_from_bytes
from pipeline.run.stages import extract

PAGES = Path(__file__).resolve().parents[2] / "fixtures" / "pages"
REFUSED = {
    "front_vnexpress.html": "https://vnexpress.net/",
    "front_tuoitre.html": "https://tuoitre.vn/",
    "front_baomoi.html": "https://baomoi.com/",
    "front_provincial.html": "https://baothanhhoa.vn/",
    "section_chinhtri.html": "https://baonghean.vn/chinh-tri/",
    "front_gov_portal.html": "https://www.quangngai.gov.vn/",
}
ARTICLES = {  # file: (url, outlet, published_date, province)
    "article_vnexpress.html": ("https://vnexpress.net/thu-tuong-trao-huan-chuong-lao-dong-4824473.html",
                               "VnExpress", "2024-12-09", ""),
    "article_provincial.html": ("https://baothanhhoa.vn/chinh-tri/huyen-hoang-hoa-co-215-mo-hinh-228315.htm",
                                "Báo Thanh Hóa", "2024-10-14", "Thanh Hóa"),
    "article_thanhnien.html": ("https://thanhnien.vn/tuyen-duong-98-dien-hinh-tien-tien-185230610201523456.htm",
                               "Thanh Niên", "2023-06-10", ""),
    "article_gov_portal.html": ("https://thachha.hatinh.gov.vn/tin-tuc/lan-toa-dan-van-kheo.html",
                                None, "2024-03-05", "Hà Tĩnh"),
}


@pytest.mark.parametrize("url", [None, "given"])
@pytest.mark.parametrize("name", sorted(REFUSED))
def test_front_and_section_pages_are_refused_with_a_reason(cfg, name, url):
    rec = record_from_bytes((PAGES / name).read_bytes(), name, "html", cfg, url=REFUSED[name] if url else "")
    assert rec.doc is None and rec.stage == "parse"
    assert any(word in rec.reason for word in ("front", "section", "home page", "listing")), rec.reason


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_article_pages_are_read_with_the_catalogue_outlet_and_the_byline_date(cfg, name):
    url, outlet, date, province = ARTICLES[name]
    rec = record_from_bytes((PAGES / name).read_bytes(), name, "html", cfg, url=url)
    assert rec.doc is not None, rec.reason
    doc = extract(rec.doc, cfg)
    assert doc.fields["published_date"] == date
    if outlet:
        assert doc.outlet == outlet
    assert doc.fields.get("province", "") == province
    assert "Công ty" not in doc.outlet and "©" not in doc.outlet


def test_a_national_ceremony_page_is_national_although_held_in_ha_noi(cfg):
    url = ARTICLES["article_thanhnien.html"][0]
    rec = record_from_bytes((PAGES / "article_thanhnien.html").read_bytes(), "tn.html", "html", cfg, url=url)
    assert extract(rec.doc, cfg).fields["scope"] == "national"


# Pages as a browser saves them: "Webpage, Complete" (the page, its address marked at the top, and a
# "…_files" folder of images, scripts and ad frames) and "Webpage, Single File" (one MHTML file).
SAVED_FROM = "https://thachha.hatinh.gov.vn/tin-tuc/lan-toa-dan-van-kheo.html"


def _saved_whole(name: str, url: str) -> bytes:
    page = (PAGES / name).read_bytes()
    mark = f"<!-- saved from url=({len(url):04d}){url} -->\n".encode()
    return page.replace(b"<!DOCTYPE html>\n", b"<!DOCTYPE html>\n" + mark, 1)


def _mhtml(page: bytes, url: str) -> bytes:
    from email.charset import QP, Charset
    from email.mime.image import MIMEImage
    from email.mime.multipart import MIMEMultipart
    from email.mime.text import MIMEText

    archive = MIMEMultipart("related", type="text/html")
    archive["Snapshot-Content-Location"] = url
    quoted = Charset("utf-8")
    quoted.body_encoding = QP  # as Chrome writes the page: quoted-printable ("=3D", soft line breaks)
    html = MIMEText(page.decode("utf-8"), "html", quoted)
    html["Content-Location"] = url
    archive.attach(html)
    logo = MIMEImage(b"\x89PNG\r\n\x1a\n" + b"\x00" * 32, "png")
    logo["Content-Location"] = "https://thachha.hatinh.gov.vn/images/logo.png"
    archive.attach(logo)
    ad = MIMEText("<html><body><p>Quảng cáo: mua bán nhà đất Hà Nội, giá tốt nhất thị trường, liên hệ ngay hôm nay "
                  "để nhận ưu đãi lớn.</p></body></html>", "html", "utf-8")
    ad["Content-Location"] = "https://ads.example.vn/frame.html"
    archive.attach(ad)
    return archive.as_bytes()


def test_a_page_saved_whole_keeps_the_address_the_browser_marked_on_it(cfg):
    rec = record_from_bytes(_saved_whole("article_gov_portal.html", SAVED_FROM), "saved.html", "html", cfg)
    assert rec.doc is not None and rec.doc.url == SAVED_FROM
    assert extract(rec.doc, cfg).outlet == "thachha.hatinh.gov.vn"  # as for the page read with its URL


def test_a_page_saved_as_one_mhtml_file_gives_the_facts_of_its_html(cfg, tmp_path):
    from pipeline.cli import main

    page = (PAGES / "article_provincial.html").read_bytes()
    url = ARTICLES["article_provincial.html"][0]
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "Huyện Hoằng Hóa có 215 mô hình.mhtml").write_bytes(_mhtml(page, url))
    (tmp_path / "html").mkdir()
    (tmp_path / "html" / "page.html").write_bytes(page)
    assert main(["run", str(tmp_path / "in"), "--out", str(tmp_path / "a"), "--quiet"]) == 0
    assert main(["run", str(tmp_path / "html"), "--out", str(tmp_path / "b"), "--quiet"]) == 0
    [from_mhtml] = _rows(tmp_path / "a" / "articles.csv")
    [from_html] = _rows(tmp_path / "b" / "articles.csv")
    assert from_mhtml["url"] == url and from_mhtml["outlet"] == "Báo Thanh Hóa"
    same = ("title", "published_date", "province", "district", "model_count_total", "campaigns")
    assert [from_mhtml[k] for k in same] == [from_html[k] for k in same]
    assert from_mhtml["district"] == "Hoằng Hóa"


def test_an_mhtml_file_without_a_page_is_one_error_row(cfg, tmp_path):
    from pipeline.cli import main

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "notes.mht").write_bytes(b"Just a note, no MIME parts at all.\n")
    assert main(["run", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--quiet"]) == 1
    [err] = _rows(tmp_path / "out" / "errors.csv")
    assert err["stage"] == "parse" and "MHTML" in err["reason"]


def test_the_folder_a_browser_saves_beside_a_page_is_not_read_as_articles(cfg, tmp_path):
    from pipeline.cli import main

    saved = tmp_path / "saved"
    resources = saved / "Lan tỏa Dân vận khéo_files"
    resources.mkdir(parents=True)
    (saved / "Lan tỏa Dân vận khéo.html").write_bytes(_saved_whole("article_gov_portal.html", SAVED_FROM))
    (resources / "saved_resource.html").write_text(
        "<html><body><p>Quảng cáo: mua bán nhà đất Hà Nội, giá tốt nhất thị trường, liên hệ ngay hôm nay để nhận "
        "ưu đãi lớn trong tháng này.</p></body></html>", encoding="utf-8")
    (resources / "style.css").write_text("body{margin:0}", encoding="utf-8")
    assert main(["run", str(saved), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    [article] = _rows(tmp_path / "out" / "articles.csv")
    assert article["url"] == SAVED_FROM and article["district"] == "Thạch Hà"
    assert _rows(tmp_path / "out" / "errors.csv") == []


def _rows(path: Path) -> list[dict]:
    import csv

    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_a_headline_repeated_as_the_article_s_h1_heads_the_text_once(cfg):
    # the page's <h1> sits inside its <article>, so the extracted body opens with the headline again
    rec = record_from_bytes((PAGES / "article_thanhnien.html").read_bytes(), "tn.html", "html", cfg)
    text = rec.doc.text
    headline = "Tuyên dương 98 điển hình tiên tiến toàn quốc tại Hà Nội"
    # the dateline is the article's own date under the headline, not the site header's clock ("Thứ bảy, 10/06/2023")
    assert text.startswith(headline + "\n\n10/06/2023 20:15 GMT+7\n\nTối 10.6") and text.count(headline) == 1
    doc = extract(rec.doc, cfg)
    # one fact per statement of the figure: the headline's 98 is not filed twice
    stated = [f for f in doc.facts if f.kind == "model_count" and str(f.value) == "98"]
    assert len(stated) == text.count("98 điển hình") >= 1


def test_an_og_title_that_carries_the_site_s_name_gives_way_to_the_headline(cfg):
    headline = "Tuyên dương 98 điển hình tiên tiến toàn quốc tại Hà Nội"
    markup = (PAGES / "article_thanhnien.html").read_text(encoding="utf-8")
    page = markup.replace(f'property="og:title" content="{headline}"', f'property="og:title" content="{headline} | Báo Thanh Niên"')
    assert page != markup
    rec = record_from_bytes(page.encode("utf-8"), "tn.html", "html", cfg)
    assert rec.doc.text.startswith(f"{headline}\n\n10/06/2023 20:15")  # the headline, not the site's name


def _page(article: str, url: str, *, header: str = "", related: str = "") -> bytes:
    """A provincial paper's article page: site header, the article, a dated related-news list, a footer."""
    items = [("Quảng Ninh: Hơn 2.000 hộ dân được hỗ trợ sửa nhà sau bão", "01/11/2024"),
             ("Huyện Yên Định khánh thành nhà văn hóa thôn Phúc Lộc", "31/10/2024"),
             ("Tuyên dương 50 gương người tốt việc tốt ở thành phố Hải Phòng", "30/10/2024"),
             ("Nông dân huyện Krông Pắc trúng mùa cà phê, giá cao kỷ lục", "29/10/2024"),
             ("Thừa Thiên Huế đón hơn 3 triệu lượt khách trong 10 tháng", "28/10/2024"),
             ("Hội thi nấu ăn của phụ nữ xã Thạch Kênh thu hút đông đảo hội viên", "27/10/2024")]
    related = related or "".join(f'<li><h3><a href="/tin-{i}-2024{i}.htm">{t}</a></h3><span class="time">{d}</span></li>'
                                 for i, (t, d) in enumerate(items))
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Tin tức</title>
<link rel="canonical" href="{url}"></head><body><header>{header}<nav><a href="/">Trang chủ</a>
<a href="/chinh-tri">Chính trị</a></nav></header><main>{article}<div class="related"><h2>Tin cùng chuyên mục</h2>
<ul>{related}</ul></div></main><footer>Cơ quan của Đảng bộ tỉnh Hà Tĩnh. Địa chỉ: 14 Nguyễn Chí Thanh, TP Hà Tĩnh
</footer></body></html>""".encode()


_STORY = """<article><h1>Hội Nông dân huyện Can Lộc nhân rộng mô hình “Dân vận khéo”</h1>{date}
<p>Hội Nông dân huyện Can Lộc vừa tổng kết phong trào nông dân thi đua sản xuất, kinh doanh giỏi giai đoạn
2019 - 2024 và biểu dương các hội viên tiêu biểu.</p>
<p>Toàn huyện đã xây dựng được 46 mô hình “Dân vận khéo” trong phát triển kinh tế, giữ gìn an ninh trật tự ở
khu dân cư; nhiều mô hình được nhân rộng ra các xã lân cận.</p><p>Thu Hà</p></article>"""
_URL = "https://baohatinh.vn/nong-dan-can-loc-nhan-rong-mo-hinh-dan-van-kheo-274512.htm"


def test_a_related_story_s_date_is_not_the_article_s(cfg):
    # the story shows no date of its own; the dates in "Tin cùng chuyên mục" belong to other stories
    rec = record_from_bytes(_page(_STORY.format(date=""), _URL), "cl.html", "html", cfg)
    doc = extract(rec.doc, cfg)
    assert doc.fields.get("published_date") in (None, "")
    assert "01/11/2024" not in doc.text


def test_the_site_clock_gives_way_to_the_date_under_the_headline(cfg):
    # the header's clock shows the day the page was saved, above the story's own date
    page = _page(_STORY.format(date='<div class="post-date">14/10/2024</div>'), _URL,
                 header='<div class="date">09/12/2024</div>')
    doc = extract(record_from_bytes(page, "cl.html", "html", cfg).doc, cfg)
    assert doc.fields["published_date"] == "2024-10-14" and "09/12/2024" not in doc.text
    assert doc.fields["district"] == "Can Lộc"


@pytest.mark.parametrize("url", [
    "https://baohatinh.vn/nong-dan-can-loc-nhan-rong-mo-hinh-dan-van-kheo-274512",  # story number, no extension
    "https://canloc.hatinh.gov.vn/hoi-nong-dan-huyen-can-loc-nhan-rong-mo-hinh-dan-van-kheo/",  # a headline slug
    "http://hoinongdan.canloc.vn/?p=7225",  # a post's id
    "https://baohatinh.vn/viewer.aspx?mabb=159337&macm=18",  # the story's number in a parameter
])
def test_a_short_story_at_its_own_address_is_read_not_refused(cfg, url):
    # two short paragraphs and six related headlines: at a section's address this would be a listing
    rec = record_from_bytes(_page(_STORY.format(date=""), url), "cl.html", "html", cfg)
    assert rec.doc is not None, rec.reason
    assert "46" in [str(f.value) for f in extract(rec.doc, cfg).facts if f.kind == "model_count"]


def test_the_same_teasers_at_a_section_address_are_still_refused(cfg):
    teasers = "".join(f'<div class="item"><h3><a href="/bai-{i}.htm">Hội Nông dân xã Thạch Kênh số {i} ra mắt mô '
                      f'hình mới</a></h3><p>Sáng nay, hội viên xã Thạch Kênh tổ chức ra mắt mô hình số {i} về '
                      f'bảo vệ môi trường nông thôn.</p></div>' for i in range(8))
    rec = record_from_bytes(_page(teasers, "https://baohatinh.vn/chinh-tri/"), "s.html", "html", cfg)
    assert rec.doc is None and "section" in rec.reason


def _national_daily(sapo: str, body: str, more: str) -> bytes:
    """A national daily's story page: the sapo under the headline, outside the body's box; 'Đọc tiếp' below."""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Huyện Can Lộc có 46 mô hình “Dân vận khéo”
 - Tuổi Trẻ Online</title><meta property="og:type" content="article"></head><body><div class="header"><a href="/">Tuổi Trẻ
</a></div><div class="detail-container"><div class="detail-top"><a href="/thoi-su.htm">Thời sự</a>
<div class="detail-time">14/10/2024 06:46 GMT+7</div></div><h1 class="detail-title">Huyện Can Lộc có 46 mô hình “Dân vận
khéo”</h1><div class="detail-author"><a href="/tac-gia/thu-ha.htm">THU HÀ</a></div><h2 class="detail-sapo">{sapo}</h2>
<div class="detail-cmain"><div class="detail-content afcbc-body">{body}</div></div></div>
<div class="box-category"><h2>Đọc tiếp</h2>{more}</div></body></html>""".encode()


_SAPO = ("TTO - Qua 5 năm thực hiện phong trào thi đua “Dân vận khéo”, huyện Can Lộc (Hà Tĩnh) đã xây dựng được 46 mô "
         "hình tiêu biểu trên các lĩnh vực kinh tế, văn hóa - xã hội.")
_BODY = ("<p>Sáng 14-10, Ban Dân vận Huyện ủy Can Lộc tổ chức hội nghị tổng kết phong trào. Nhiều mô hình như “Dân vận "
         "khéo trong xây dựng nông thôn mới kiểu mẫu”, “Khu dân cư tự quản về an ninh trật tự” đã được nhân rộng ra "
         "các xã Thiên Lộc, Vượng Lộc, mang lại hiệu quả thiết thực cho người dân địa phương.</p>"
         "<p>Dịp này, UBND huyện tặng giấy khen cho 12 tập thể và 20 cá nhân có thành tích xuất sắc.</p>")
_MORE = "".join(f'<div class="box-category-item"><h3><a href="/bai-{i}-2024110{i}.htm">{head}</a></h3>'
                f'<p class="box-category-sapo">{lead}</p></div>' for i, (head, lead) in enumerate([
                    ("Huyện Krông Pắc nhân rộng mô hình dân vận khéo",
                     "Huyện Krông Pắc (Đắk Lắk) hiện có 54 mô hình “Dân vận khéo” được công nhận ở các cấp."),
                    ("Quảng Trị tuyên dương điển hình tiên tiến năm 2024",
                     "Sáng 5-11, UBND tỉnh Quảng Trị tuyên dương 120 tập thể, 215 cá nhân tiêu biểu."),
                    ("Cần Thơ có thêm hơn 3.000 gia đình văn hóa tiêu biểu",
                     "Năm 2024, TP Cần Thơ có 3.250 hộ gia đình đạt danh hiệu gia đình văn hóa tiêu biểu.")]))


def _figures(doc, *kinds: str) -> set[str]:
    return {str(f.value) for f in doc.facts if f.kind in kinds}


def test_a_sapo_set_outside_the_body_s_box_opens_the_text(cfg):
    rec = record_from_bytes(_national_daily(_SAPO, _BODY, ""), "tt.html", "html", cfg)
    doc = extract(rec.doc, cfg)
    assert doc.text.index("TTO - Qua 5 năm") < doc.text.index("Sáng 14-10")
    assert _figures(doc, "model_count") == {"46"}
    assert (doc.fields["district"], doc.fields["province"]) == ("Can Lộc", "Hà Tĩnh")


def test_other_stories_teasers_below_the_story_add_no_facts(cfg):
    rec = record_from_bytes(_national_daily(_SAPO, _BODY, _MORE), "tt.html", "html", cfg)
    assert rec.doc is not None, rec.reason  # a short story with three teasers below it is still a story
    doc = extract(rec.doc, cfg)
    assert "Krông Pắc" not in doc.text and "Quảng Trị" not in doc.text
    assert _figures(doc, "model_count", "awardee_count") == {"46", "12", "20"}
    assert (doc.fields["district"], doc.fields["province"]) == ("Can Lộc", "Hà Tĩnh")


def test_a_theme_s_entry_title_is_the_headline_when_a_logo_holds_the_h1(cfg):
    page = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><title>Xã Thiên Lộc ra mắt mô hình “Dân vận
khéo” &#8211; Cổng thông tin điện tử huyện Can Lộc</title></head><body><header id="masthead"><h1 class="site-title">
<a href="/">CỔNG THÔNG TIN ĐIỆN TỬ</a></h1></header><main><article class="post"><header class="entry-header">
<h2 class="entry-title">Xã Thiên Lộc ra mắt mô hình “Dân vận khéo”</h2><div class="entry-meta"><time class="entry-date
published" datetime="2024-10-14T06:46:00+07:00">14/10/2024</time></div></header><div class="entry-content">{_BODY}</div>
</article></main><aside class="widget-area"><h2>Bài viết mới</h2><ul><li><a href="/a/">Huyện Krông Pắc nhân rộng
mô hình dân vận khéo</a></li></ul></aside></body></html>"""
    rec = record_from_bytes(page.encode(), "wp.html", "html", cfg)
    assert rec.doc.title == "Xã Thiên Lộc ra mắt mô hình “Dân vận khéo”" and rec.doc.text.startswith(rec.doc.title)
    doc = extract(rec.doc, cfg)
    assert doc.fields["published_date"] == "2024-10-14" and doc.fields["commune"] == "Thiên Lộc"


def test_teasers_with_their_section_and_date_line_add_nothing_to_the_story(cfg):
    # a provincial paper's "Review" column right below the story: heading, section and time, then the lead
    more = "".join(f'<article class="story"><h2 class="story__heading"><a href="/bai-{i}-post6495{i}.html">{head}</a>'
                   f'</h2><div class="story__meta"><a href="/review">Review Lào Cai</a> 24/07/2025 14:26</div>'
                   f'<div class="story__summary"><p>{lead}</p></div></article>' for i, (head, lead) in enumerate([
                       ("Sa Pa gây sốt với du khách Hàn Quốc", "Lượng đặt tour trọn gói đến Sa Pa (Lào Cai) trong nửa "
                        "đầu năm 2025 đã tăng tới 333% so với cùng kỳ năm 2024."),
                       ("Tuyên dương 80 bí thư chi bộ tiêu biểu", "Nhân dịp kỷ niệm 80 năm thành lập Đảng bộ tỉnh, đã "
                        "có 80 bí thư chi bộ tiêu biểu trên địa bàn tỉnh được chọn tuyên dương."),
                       ("Khám phá Khu Tưởng niệm tại Nghĩa Lộ", "Tiếp nối hành trình khám phá Nghĩa Lộ, mời quý vị cùng "
                        "tìm hiểu về Khu Tưởng niệm Chủ tịch Hồ Chí Minh.")]))
    story = _STORY.format(date='<div class="post-date">14/10/2024</div>').replace("article>", "div>")
    page = _page(f'<div class="main-col">{story}<div class="box-content content-list">{more}</div></div>', _URL)
    doc = extract(record_from_bytes(page, "cl.html", "html", cfg).doc, cfg)
    assert "Sa Pa" not in doc.text and "80 bí thư" not in doc.text
    assert not _figures(doc, "awardee_count") and doc.fields["district"] == "Can Lộc"


@pytest.mark.parametrize("stamp, day", [
    ('<span class="timestamp"> | Cập nhật thứ hai, ngày 24/12/12 11:05 tối</span>', "2012-12-24"),  # a two-digit year
    ('<div class="post-date">14/10/2024 - 06:46</div>', "2024-10-14"),
])
def test_the_page_s_date_is_read_however_the_extraction_joins_the_lines(cfg, stamp, day):
    # the extraction ran the date into the caption and the lead on one line, where no dateline is looked for
    story = (f'<article><h1>Hội Nông dân huyện Can Lộc nhân rộng mô hình “Dân vận khéo”</h1><div>Ảnh minh họa. '
             f'{stamp} Qua 5 năm, huyện Can Lộc (Hà Tĩnh) xây dựng được 46 mô hình “Dân vận khéo” trên các lĩnh vực '
             'kinh tế, văn hóa - xã hội, quốc phòng - an ninh và xây dựng hệ thống chính trị ở cơ sở.</div></article>')
    doc = extract(record_from_bytes(_page(story, _URL), "cl.html", "html", cfg).doc, cfg)
    assert doc.fields["published_date"] == day


_STORIES = [("Giá lúa tăng, nông dân huyện Hoằng Hóa phấn khởi thu hoạch vụ mùa", 228345),
            ("Tiêm chủng vắc xin sởi cho trẻ từ 1 đến 5 tuổi trên địa bàn tỉnh", 228343),
            ("Chuẩn bị chu đáo cho Lễ hội Lam Kinh năm 2024 tại huyện Thọ Xuân", 228342),
            ("Thanh Hóa có thêm 12 trường đạt chuẩn quốc gia trong năm học mới", 228339),
            ("Bắt đối tượng vận chuyển trái phép chất ma túy qua biên giới Mường Lát", 228340)]


def _listing(url: str, item: str) -> bytes:
    """A section page of a provincial paper: its stories as linked headlines with a lead, nothing else."""
    items = "".join(item.format(head=head, id=n, lead=f"Ngày {i + 1}-10, {head.lower()} được bạn đọc quan tâm.")
                    for i, (head, n) in enumerate(_STORIES * 4))
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Thời sự - Báo Thanh Hóa</title>
<link rel="canonical" href="{url}"><meta property="og:type" content="article"></head><body><nav><a href="/">Trang chủ</a>
</nav><h1 class="cat-title">Thời sự</h1><div class="list-news">{items}</div></body></html>""".encode()


@pytest.mark.parametrize("url, item", [
    # a section's address with a page's extension, teasers under <h3>
    ("https://baothanhhoa.vn/thoi-su.htm", '<div class="item"><h3><a href="/thoi-su/bai-{id}.htm">{head}</a></h3><p>{lead}</p></div>'),
    # headlines as bare links, no heading (a CMS's category page)
    ("https://baothanhhoa.vn/thoi-su/", '<div class="item"><a class="title" href="/thoi-su/bai-{id}.htm">{head}</a><p>{lead}</p></div>'),
])
def test_a_section_page_of_real_layout_is_refused(cfg, url, item):
    rec = record_from_bytes(_listing(url, item), "s.html", "html", cfg)
    assert rec.doc is None and "section" in rec.reason, rec.reason


def test_a_page_saved_as_its_gzip_encoded_http_body_is_read(cfg, tmp_path):
    import gzip

    from pipeline.read.inputs import InputItem, read_item

    page = tmp_path / "bai-viet.html"  # a crawler wrote the body as it came (Content-Encoding: gzip)
    page.write_bytes(gzip.compress((PAGES / "article_provincial.html").read_bytes()))
    [rec] = list(read_item(InputItem(str(page), "html"), cfg))
    assert rec.doc is not None, rec.reason
    assert rec.doc.title.startswith("Huyện Hoằng Hóa có 215 mô hình")


def test_a_home_page_with_featured_leads_among_many_teasers_is_refused(cfg):
    # three featured stories' leads (links outside any heading) above a dozen teasers: no story of its own
    featured = "".join(f'<div class="featured"><a href="/noi-bat-{n}.htm">{head}</a><p>{head}. Theo ghi nhận của phóng '
                       f"viên, sự kiện thu hút đông đảo người dân và du khách tham gia, tạo không khí sôi nổi.</p></div>"
                       for head, n in _STORIES[:3])
    teasers = "".join(f'<div class="item"><h3><a href="/bai-{n}-{i}.htm">{head} ({i})</a></h3><p>Ngày {i + 1}-10, '
                      f"{head.lower()} được bạn đọc quan tâm.</p></div>" for i, (head, n) in enumerate(_STORIES * 3))
    page = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Tin tức trong ngày</title></head>
<body><div class="top">{featured}</div><div class="list-news">{teasers}</div></body></html>"""
    rec = record_from_bytes(page.encode(), "home.html", "html", cfg)
    assert rec.doc is None and "teaser" in rec.reason, rec.reason


def test_an_old_portal_laid_out_in_a_table_is_read_as_its_story(cfg):
    # menu, story and "Các tin khác" side by side in one table row, as ASP.NET portals were built
    story = "".join(f"<p>{p}</p>" for p in (
        "Chiều ngày 14/3, tại thị xã Điện Bàn, Cụm thi đua đồng bằng tổ chức hội nghị tổng kết phong trào thi đua "
        "năm 2016 và ký kết giao ước thi đua năm 2017.",
        "Năm 2016, thị xã Điện Bàn có 126 mô hình “Dân vận khéo” được công nhận ở các cấp.",
        "Dịp này, UBND tỉnh tặng Bằng khen cho 5 tập thể và 7 cá nhân có thành tích xuất sắc.",
        "Thanh Tâm"))
    others = "".join(f'<li><a href="/tin/{n}">{head}</a> ({n % 28 + 1}/03/2017)</li>' for head, n in _STORIES)
    figures = ("<table><tr><td>Đơn vị</td><td>Mô hình</td></tr><tr><td>Phường Vĩnh Điện</td><td>18</td></tr>"
               "<tr><td>Xã Điện Minh</td><td>11</td></tr></table>")
    page = f"""<html><head><meta charset="utf-8"><title>Cụm thi đua đồng bằng tổng kết năm 2016</title></head><body>
<table width="100%"><tr><td class="menu"><ul><li><a href="/gioi-thieu">Giới thiệu</a></li><li><a href="/van-ban">Văn bản
</a></li></ul></td><td class="content"><h2 class="title">Cụm thi đua đồng bằng tổng kết năm 2016</h2><div class="date">
Ngày đăng: 03/04/2017</div>{story}{figures}</td><td class="right"><b>Các tin khác</b><ul>{others}</ul></td></tr></table>
</body></html>"""
    doc = extract(record_from_bytes(page.encode(), "p.html", "html", cfg).doc, cfg)
    assert any(line.startswith("Năm 2016, thị xã Điện Bàn có 126 mô hình") for line in doc.text.split("\n"))
    assert "Phường Vĩnh Điện | 18" in doc.text  # the table of figures is still a table
    assert doc.fields["district"] == "Điện Bàn" and doc.fields["published_date"] == "2017-04-03"
    assert _figures(doc, "awardee_count") == {"5", "7"}


def test_a_story_told_in_its_sapo_with_teasers_below_is_a_story(cfg):
    # the body's box holds only the byline; the story is the sapo beside it, and three teasers follow
    sapo = (f"{_SAPO} Dịp này, UBND huyện Can Lộc tặng giấy khen cho 12 tập thể và 20 cá nhân có thành tích xuất sắc "
            "trong phong trào thi đua giai đoạn 2019 - 2024.")
    rec = record_from_bytes(_national_daily(sapo, "<p>THU HÀ</p>", _MORE), "tt.html", "html", cfg)
    assert rec.doc is not None, rec.reason
    assert _figures(extract(rec.doc, cfg), "model_count", "awardee_count") == {"46", "12", "20"}
