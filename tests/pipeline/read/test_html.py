"""Real-looking saved pages read as articles: outlet, date, headline, saved whole or as MHTML."""

from pathlib import Path

import pytest

from pipeline.read.inputs import record_from_bytes
from pipeline.run.stages import extract
from tests.pipeline.read.pages import BODY

PAGES = Path(__file__).resolve().parents[2] / "fixtures" / "pages"

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

def test_a_theme_s_entry_title_is_the_headline_when_a_logo_holds_the_h1(cfg):
    page = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><title>Xã Thiên Lộc ra mắt mô hình “Dân vận
khéo” &#8211; Cổng thông tin điện tử huyện Can Lộc</title></head><body><header id="masthead"><h1 class="site-title">
<a href="/">CỔNG THÔNG TIN ĐIỆN TỬ</a></h1></header><main><article class="post"><header class="entry-header">
<h2 class="entry-title">Xã Thiên Lộc ra mắt mô hình “Dân vận khéo”</h2><div class="entry-meta"><time class="entry-date
published" datetime="2024-10-14T06:46:00+07:00">14/10/2024</time></div></header><div class="entry-content">{BODY}</div>
</article></main><aside class="widget-area"><h2>Bài viết mới</h2><ul><li><a href="/a/">Huyện Krông Pắc nhân rộng
mô hình dân vận khéo</a></li></ul></aside></body></html>"""
    rec = record_from_bytes(page.encode(), "wp.html", "html", cfg)
    assert rec.doc.title == "Xã Thiên Lộc ra mắt mô hình “Dân vận khéo”" and rec.doc.text.startswith(rec.doc.title)
    doc = extract(rec.doc, cfg)
    assert doc.fields["published_date"] == "2024-10-14" and doc.fields["commune"] == "Thiên Lộc"

def test_a_page_saved_as_its_gzip_encoded_http_body_is_read(cfg, tmp_path):
    import gzip

    from pipeline.read.inputs import InputItem, read_item

    page = tmp_path / "bai-viet.html"  # a crawler wrote the body as it came (Content-Encoding: gzip)
    page.write_bytes(gzip.compress((PAGES / "article_provincial.html").read_bytes()))
    [rec] = list(read_item(InputItem(str(page), "html"), cfg))
    assert rec.doc is not None, rec.reason
    assert rec.doc.title.startswith("Huyện Hoằng Hóa có 215 mô hình")


@pytest.mark.parametrize("declared, author", [
    ("Hoàng Phương", "Hoàng Phương"),  # the writer the page declares
    ("VnExpress", ""),  # the site's own name, as many pages declare it
    ("VCCorp.vn", ""),  # the publisher's domain
    ("Báo điện tử VnExpress", ""),
    ("[Quay lại]", ""),  # a link's label
])
def test_a_page_s_author_is_a_writer_never_its_site(cfg, declared, author):
    markup = (PAGES / "article_vnexpress.html").read_text(encoding="utf-8")
    page = markup.replace('property="article:author" content="Hoàng Phương"', f'property="article:author" content="{declared}"')
    rec = record_from_bytes(page.encode("utf-8"), "vne.html", "html", cfg)
    assert rec.doc.author == author
