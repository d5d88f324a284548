"""Real-looking saved pages: front and section pages refused, article pages read with their outlet and date."""

from pathlib import Path

import pytest

from pipeline.read.inputs import record_from_bytes
from pipeline.run.stages import extract

PAGES = Path(__file__).parent / "fixtures" / "pages"
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
