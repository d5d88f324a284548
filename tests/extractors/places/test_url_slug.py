"""The district an article's address names, with its type word, within the article's province."""

from extractors.places.gazetteer import get_gazetteer
from extractors.places.url_slug import district_in_url


def _name(cfg, code):
    return get_gazetteer(cfg).districts[code].name if code else ""


def test_a_typed_district_in_the_slug_is_read(cfg):
    gaz = get_gazetteer(cfg)
    url = "https://baolongan.vn/hoi-nghi-tong-ket-phong-trao-thi-dua-huyen-can-giuoc-nam-2019-a81234.html"
    assert _name(cfg, district_in_url(url, gaz, "80")) == "Cần Giuộc"


def test_a_city_of_two_words_is_read_whole(cfg):
    gaz = get_gazetteer(cfg)
    url = "https://baobariavungtau.com.vn/chinh-tri/202001/tp-ba-ria-bieu-duong-80-dien-hinh-tien-tien-871234/"
    assert _name(cfg, district_in_url(url, gaz, "77")) == "Bà Rịa"


def test_an_untyped_name_or_another_province_s_district_is_not_read(cfg):
    gaz = get_gazetteer(cfg)
    assert district_in_url("https://baodongnai.com.vn/xa-hoi/thong-nhat-y-chi-hanh-dong-123.html", gaz, "75") == ""
    assert district_in_url("https://baolongan.vn/huyen-can-giuoc-tong-ket-a81234.html", gaz, "79") == ""


def test_the_type_word_tells_a_huyen_from_a_thi_xa_of_the_same_name(cfg):
    gaz = get_gazetteer(cfg)
    town = district_in_url("https://baohatinh.vn/thi-xa-ky-anh-bieu-duong-nguoi-tot-viec-tot-123.html", gaz, "42")
    rural = district_in_url("https://baohatinh.vn/huyen-ky-anh-tong-ket-phong-trao-thi-dua-123.html", gaz, "42")
    assert (gaz.districts[town].type, gaz.districts[rural].type) == ("thị xã", "huyện")
    assert _name(cfg, town) == _name(cfg, rural) == "Kỳ Anh"


def test_an_address_naming_two_districts_names_neither(cfg):
    gaz = get_gazetteer(cfg)
    url = "https://haiphong.gov.vn/truong-mam-non-huyen-an-lao-va-truong-tieu-hoc-huyen-thuy-nguyen-duoc-tang-co.html"
    assert district_in_url(url, gaz, "31") == ""
    assert _name(cfg, district_in_url("https://haiphong.gov.vn/huyen-an-lao-don-bang-khen.html", gaz, "31")) == "An Lão"
