"""Front, section and listing pages refused with a reason; other stories' teasers kept out of a story's text."""

from pathlib import Path

import pytest

from pipeline.read.inputs import record_from_bytes
from pipeline.run.stages import extract
from tests.pipeline.read.pages import (
    BODY,
    MORE,
    SAPO,
    STORIES,
    STORY,
    STORY_URL,
    figures,
    listing,
    national_daily,
    provincial_page,
)

PAGES = Path(__file__).resolve().parents[2] / "fixtures" / "pages"


REFUSED = {
    "front_vnexpress.html": "https://vnexpress.net/",
    "front_tuoitre.html": "https://tuoitre.vn/",
    "front_baomoi.html": "https://baomoi.com/",
    "front_provincial.html": "https://baothanhhoa.vn/",
    "section_chinhtri.html": "https://baonghean.vn/chinh-tri/",
    "front_gov_portal.html": "https://www.quangngai.gov.vn/",
}

@pytest.mark.parametrize("url", [None, "given"])
@pytest.mark.parametrize("name", sorted(REFUSED))
def test_front_and_section_pages_are_refused_with_a_reason(cfg, name, url):
    rec = record_from_bytes((PAGES / name).read_bytes(), name, "html", cfg, url=REFUSED[name] if url else "")
    assert rec.doc is None and rec.stage == "parse"
    assert any(word in rec.reason for word in ("front", "section", "home page", "listing")), rec.reason

@pytest.mark.parametrize("url", [
    "https://baohatinh.vn/nong-dan-can-loc-nhan-rong-mo-hinh-dan-van-kheo-274512",  # story number, no extension
    "https://canloc.hatinh.gov.vn/hoi-nong-dan-huyen-can-loc-nhan-rong-mo-hinh-dan-van-kheo/",  # a headline slug
    "http://hoinongdan.canloc.vn/?p=7225",  # a post's id
    "https://baohatinh.vn/viewer.aspx?mabb=159337&macm=18",  # the story's number in a parameter
])
def test_a_short_story_at_its_own_address_is_read_not_refused(cfg, url):
    # two short paragraphs and six related headlines: at a section's address this would be a listing
    rec = record_from_bytes(provincial_page(STORY.format(date=""), url), "cl.html", "html", cfg)
    assert rec.doc is not None, rec.reason
    assert "46" in [str(f.value) for f in extract(rec.doc, cfg).facts if f.kind == "model_count"]

def test_the_same_teasers_at_a_section_address_are_still_refused(cfg):
    teasers = "".join(f'<div class="item"><h3><a href="/bai-{i}.htm">Hội Nông dân xã Thạch Kênh số {i} ra mắt mô '
                      f'hình mới</a></h3><p>Sáng nay, hội viên xã Thạch Kênh tổ chức ra mắt mô hình số {i} về '
                      f'bảo vệ môi trường nông thôn.</p></div>' for i in range(8))
    rec = record_from_bytes(provincial_page(teasers, "https://baohatinh.vn/chinh-tri/"), "s.html", "html", cfg)
    assert rec.doc is None and "section" in rec.reason

def test_other_stories_teasers_below_the_story_add_no_facts(cfg):
    rec = record_from_bytes(national_daily(SAPO, BODY, MORE), "tt.html", "html", cfg)
    assert rec.doc is not None, rec.reason  # a short story with three teasers below it is still a story
    doc = extract(rec.doc, cfg)
    assert "Krông Pắc" not in doc.text and "Quảng Trị" not in doc.text
    assert figures(doc, "model_count", "awardee_count") == {"46", "12", "20"}
    assert (doc.fields["district"], doc.fields["province"]) == ("Can Lộc", "Hà Tĩnh")

def _city_paper_page(box: str) -> bytes:
    """A city paper's story in plain blocks (no <article>), a box of other stories below it."""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Liên Chiểu: 45 mô hình dân vận khéo
 | Báo Đà Nẵng</title><meta property="og:type" content="article"></head><body><div class="header"><a href="/">BÁO ĐÀ
 NẴNG</a></div><div class="article"><h1 class="title">Liên Chiểu: 45 mô hình dân vận khéo được nhân rộng</h1>
<div class="meta"><span class="date">Thứ Năm, 12/10/2023 07:45</span></div><div class="sapo">ĐNO - Sau 3 năm, quận
 Liên Chiểu có 45 mô hình “Dân vận khéo” được công nhận, trong đó 12 mô hình cấp thành phố.</div><div class="detail">
<p>Chiều 11/10, Ban Dân vận Quận ủy Liên Chiểu tổ chức hội nghị sơ kết phong trào ở các phường Hòa Minh, Hòa Khánh
 Bắc.</p><p>Dịp này, Quận ủy tặng giấy khen cho 6 tập thể và 9 cá nhân.</p><p><strong>XUÂN DŨNG</strong></p></div>
</div>{box}<footer>Báo Đà Nẵng. Địa chỉ: 38 Lê Thánh Tôn, Hải Châu, Đà Nẵng</footer></body></html>""".encode()


@pytest.mark.parametrize("label", ["Đọc thêm", "Tin liên quan", "Các tin khác"])
def test_a_related_box_under_a_label_adds_nothing_though_its_links_are_no_headings(cfg, label):
    # (a box of links in plain blocks, headed by its label: no teaser heading to recognise it by)
    box = (f'<div class="readmore"><h3>{label}</h3><div><a href="/a-3912346/">Hải Châu: 30 mô hình hay</a>'
           "<p>Quận Hải Châu có 30 mô hình dân vận khéo được công nhận.</p></div></div>")
    url = "https://baodanang.vn/chinhtri/202310/lien-chieu-45-mo-hinh-dan-van-kheo-duoc-nhan-rong-3912345/"
    doc = extract(record_from_bytes(_city_paper_page(box), "dn.html", "html", cfg, url=url).doc, cfg)
    assert "Hải Châu có 30" not in doc.text and "6 tập thể" in doc.text
    assert figures(doc, "model_count") == {"45", "12"} and doc.fields["district"] == "Liên Chiểu"


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
    story = STORY.format(date='<div class="post-date">14/10/2024</div>').replace("article>", "div>")
    page = provincial_page(f'<div class="main-col">{story}<div class="box-content content-list">{more}</div></div>', STORY_URL)
    doc = extract(record_from_bytes(page, "cl.html", "html", cfg).doc, cfg)
    assert "Sa Pa" not in doc.text and "80 bí thư" not in doc.text
    assert not figures(doc, "awardee_count") and doc.fields["district"] == "Can Lộc"

@pytest.mark.parametrize("url, item", [
    # a section's address with a page's extension, teasers under <h3>
    ("https://baothanhhoa.vn/thoi-su.htm", '<div class="item"><h3><a href="/thoi-su/bai-{id}.htm">{head}</a></h3><p>{lead}</p></div>'),
    # headlines as bare links, no heading (a CMS's category page)
    ("https://baothanhhoa.vn/thoi-su/", '<div class="item"><a class="title" href="/thoi-su/bai-{id}.htm">{head}</a><p>{lead}</p></div>'),
])
def test_a_section_page_of_real_layout_is_refused(cfg, url, item):
    rec = record_from_bytes(listing(url, item), "s.html", "html", cfg)
    assert rec.doc is None and "section" in rec.reason, rec.reason

def test_a_home_page_with_featured_leads_among_many_teasers_is_refused(cfg):
    # three featured stories' leads (links outside any heading) above a dozen teasers: no story of its own
    featured = "".join(f'<div class="featured"><a href="/noi-bat-{n}.htm">{head}</a><p>{head}. Theo ghi nhận của phóng '
                       f"viên, sự kiện thu hút đông đảo người dân và du khách tham gia, tạo không khí sôi nổi.</p></div>"
                       for head, n in STORIES[:3])
    teasers = "".join(f'<div class="item"><h3><a href="/bai-{n}-{i}.htm">{head} ({i})</a></h3><p>Ngày {i + 1}-10, '
                      f"{head.lower()} được bạn đọc quan tâm.</p></div>" for i, (head, n) in enumerate(STORIES * 3))
    page = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Tin tức trong ngày</title></head>
<body><div class="top">{featured}</div><div class="list-news">{teasers}</div></body></html>"""
    rec = record_from_bytes(page.encode(), "home.html", "html", cfg)
    assert rec.doc is None and "teaser" in rec.reason, rec.reason

def test_a_story_told_in_its_sapo_with_teasers_below_is_a_story(cfg):
    # the body's box holds only the byline; the story is the sapo beside it, and three teasers follow
    sapo = (f"{SAPO} Dịp này, UBND huyện Can Lộc tặng giấy khen cho 12 tập thể và 20 cá nhân có thành tích xuất sắc "
            "trong phong trào thi đua giai đoạn 2019 - 2024.")
    rec = record_from_bytes(national_daily(sapo, "<p>THU HÀ</p>", MORE), "tt.html", "html", cfg)
    assert rec.doc is not None, rec.reason
    assert figures(extract(rec.doc, cfg), "model_count", "awardee_count") == {"46", "12", "20"}


def test_a_table_built_home_page_with_no_headings_is_refused(cfg):
    # a 2012-style home page saved to disk: menus and headline links in table cells, not one heading, no address;
    # the extraction takes its menus and headlines for the text
    sections = ["Chính trị - Xã hội", "Pháp luật", "Kinh tế", "Thế giới", "Văn hóa", "Giáo dục", "Thể thao",
                "Công nghệ", "Sức khỏe", "Đời sống", "Du lịch", "Bạn đọc"]
    menu = "".join(f'<tr><td><a href="/Home/{i}.aspx">{name}</a></td></tr>' for i, name in enumerate(sections * 2))
    cells = "".join(f'<tr><td><a href="/pages/2012122{i % 10}{n}.aspx">{head}</a></td></tr>'
                    f"<tr><td>{head}. Theo ghi nhận, sự kiện thu hút đông đảo người dân tham gia.</td></tr>"
                    for i, (head, n) in enumerate(STORIES * 4))
    page = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Tin tức, tin nhanh, thời sự | Báo Thanh Niên Online</title></head><body><table><tr><td><table>{menu}</table></td>
<td><table>{cells}</table></td></tr></table><div>Ngày: 27/12/2012</div></body></html>"""
    rec = record_from_bytes(page.encode(), "thanhnien.homepage.html", "html", cfg)
    assert rec.doc is None and "front" in rec.reason, rec.reason
