"""The outlet catalogue: a known paper's pages carry its name, provincial papers their province."""

import pytest

from extractors.places.gazetteer import get_gazetteer
from extractors.places.outlets import catalogue, detect_outlet
from pipeline.config import load_config
from tests.conftest import extract_text

KINDS = ("national_paper", "provincial_paper", "tv", "portal", "magazine", "agency", "aggregator")


def test_the_catalogue_is_well_formed():
    cat = catalogue()
    assert len(cat) >= 150
    assert {e.kind for e in cat.values()} <= set(KINDS)
    assert all(e.province and e.province_2025 for e in cat.values() if e.kind == "provincial_paper")


@pytest.mark.parametrize("kind", [k for k in KINDS if k != "aggregator"])
def test_every_kind_of_outlet_is_named_from_the_catalogue(kind):
    cfg = load_config(overrides={"outlets": []})  # the catalogue alone
    gaz = get_gazetteer(cfg)
    entry = next(e for e in catalogue().values() if e.kind == kind)
    hint = detect_outlet("Bài viết.", f"https://m.{entry.domain}/bai-viet-123.html", cfg, gaz)
    assert hint.name == entry.name
    if entry.province:
        assert hint.province_code == gaz.province_by_name(entry.province, "legacy").code
    else:
        assert hint.province_code == ""  # a national outlet is no evidence of the article's province


def test_a_provincial_pictorial_gives_its_province_where_the_text_names_none(cfg):
    doc = extract_text("Vinh danh 40 nhà giáo tiêu biểu\n\nPhó Chủ tịch UBND tỉnh trao Bằng khen cho 40 nhà giáo tiêu biểu.", cfg,
                       url="https://baoanhdatmui.vn/vinh-danh-40-nha-giao.html")
    assert (doc.outlet, doc.fields.get("province")) == ("Báo ảnh Đất Mũi", "Cà Mau")


def test_a_reprint_on_an_aggregator_takes_the_outlet_it_names():
    cfg = load_config()
    hint = detect_outlet("Huyện Phú Giáo có 22.079 lượt hộ đăng ký.\n\nTheo Báo Bình Dương", "https://baomoi.com/x-c1.epi",
                         cfg, get_gazetteer(cfg))
    assert hint.name == "Báo Bình Dương" and hint.province_code == "74"


@pytest.mark.parametrize("url, district", [("https://hoianrt.vn/tin-tuc/tong-ket.html", "Hội An"),
                                           ("http://truyenhinhyenthe.vn/content/hop-binh-xet.html", "Yên Thế")])
def test_a_district_broadcaster_gives_its_district(url, district):
    cfg = load_config()
    hint = detect_outlet("Tổng kết phong trào thi đua năm 2015", url, cfg, get_gazetteer(cfg))
    assert hint.district_code and get_gazetteer(cfg).districts[hint.district_code].name == district


def test_a_provincial_paper_s_lead_mark_names_it():
    cfg = load_config()
    hint = detect_outlet("Dân vận khéo ở vùng cao\n\nBHG - Nhờ đổi mới nội dung tuyên truyền, phong trào thi đua “Dân "
                         "vận khéo” được nhân rộng trên toàn tỉnh.", "", cfg, get_gazetteer(cfg))
    assert hint.name == "Báo Hà Giang" and get_gazetteer(cfg).province(hint.province_code, "legacy").name == "Hà Giang"


def test_a_bracketed_mark_at_the_lead_s_head_names_its_paper_without_a_dash():
    cfg = load_config()
    hint = detect_outlet("Hội LHPN tỉnh tổng kết năm 2023\n\n(NTO) Ngày 15/1, Hội LHPN tỉnh tổ chức hội nghị tổng kết công "
                         "tác hội năm 2023.", "", cfg, get_gazetteer(cfg))
    assert hint.name == "Báo Ninh Thuận"


def test_a_page_s_own_domain_outweighs_a_mark_without_its_dash():
    # ("BTV" is also Báo Trà Vinh's mark; on Bắc Ninh's broadcaster's pages it is the station's own)
    cfg = load_config()
    hint = detect_outlet("Ra mắt mô hình điểm\n\n(BTV) Sáng 1/3, Hội LHPN tỉnh ra mắt mô hình điểm tại xã An Thịnh.",
                         "https://bacninhtv.vn/tin-tuc-n1/ra-mat-mo-hinh.html", cfg, get_gazetteer(cfg))
    assert hint.name == "Đài Phát thanh và Truyền hình Bắc Ninh"


def test_an_abbreviation_that_starts_with_a_mark_is_not_the_mark():
    cfg = load_config()
    hint = detect_outlet("Tuyên dương cá nhân điển hình\n\nGiai đoạn 2020 - 2025, MTTQ và các tổ chức CT-XH thành phố "
                         "đã cụ thể hóa các phong trào thi đua.", "", cfg, get_gazetteer(cfg))
    assert hint.name != "Báo Cần Thơ"


@pytest.mark.parametrize("url, province, district", [
    # a district's culture centre under its province's portal: the registered domain gives the province
    ("https://ttvhhaiha.quangninh.gov.vn/tin-tuc/hoi-nghi.html", "Quảng Ninh", "Hải Hà"),
    ("https://ttvhquangninh.quangbinh.gov.vn/index.php/tin-tuc/dai-hoi.html", "Quảng Bình", "Quảng Ninh"),
    # a district's portal hosted under the province's VNPT domain
    ("http://portal-krongpac.vnptdaklak.vn/tin-tuc/so-ket-dan-van-kheo-123.html", "Đắk Lắk", "Krông Pắc"),
])
def test_a_portal_under_its_province_s_domain_takes_that_province(url, province, district):
    cfg = load_config()
    gaz = get_gazetteer(cfg)
    hint = detect_outlet("Tổng kết phong trào thi đua năm 2015", url, cfg, gaz)
    assert gaz.provinces["legacy"][hint.province_code].name == province
    assert gaz.districts[hint.district_code].name == district


@pytest.mark.parametrize("url, district", [
    ("https://camlam.gov.vn/tin-tuc/hoi-nghi-tong-ket-phong-trao.html", "Cam Lâm"),  # a people's committee's portal
    ("https://xuanphu.xuanloc.gov.vn/tin-tuc/dai-hoi.html", "Xuân Lộc"),  # a commune's page under its district's
    ("http://huyenuyhaihau.vn/tin-tuc/so-ket.html", "Hải Hậu"),  # a district party committee's own site
    ("http://tuoitrethoaison.com/12345", "Thoại Sơn"),  # a district youth union's own site
    ("http://doanlucnganbacgiang.org.vn/tin-tuc/ra-quan.html", "Lục Ngạn"),  # its youth union, province spelled last
    ("http://huyenuyyenthanhnghean.vn/tin/so-ket.html", "Yên Thành"),  # its party committee, province spelled last
    ("https://thoxuannet.vn/2016/05/02/tin-tuc.html", "Thọ Xuân"),  # a district's local news site
    ("http://thcsbanlong.chuongmy.edu.vn/tin-tuc/tong-ket.html", "Chương Mỹ"),  # a school under its district's education office
])
def test_a_district_s_own_portal_gives_its_district_and_province(url, district):
    cfg = load_config()
    gaz = get_gazetteer(cfg)
    hint = detect_outlet("Tổng kết phong trào thi đua năm 2019", url, cfg, gaz)
    assert hint.district_code and gaz.districts[hint.district_code].name == district
    assert hint.province_code == gaz.districts[hint.district_code].province_code


def test_a_province_s_agency_under_a_hyphenated_domain_gives_its_province():
    cfg = load_config()
    gaz = get_gazetteer(cfg)
    hint = detect_outlet("Ngày hội đại đoàn kết", "http://ttkhcn.baria-vungtau.gov.vn/news/175", cfg, gaz)
    assert gaz.provinces["legacy"][hint.province_code].name == "Bà Rịa - Vũng Tàu"


def test_a_provincial_paper_named_for_its_province_gives_no_district():
    cfg = load_config()
    gaz = get_gazetteer(cfg)
    hint = detect_outlet("Tổng kết phong trào thi đua năm 2019", "https://baothanhhoa.vn/thoi-su/a.html", cfg, gaz)
    assert gaz.provinces["legacy"][hint.province_code].name == "Thanh Hóa"
    assert hint.district_code == ""  # the paper's name holds its province's, and so its same-named city's


def test_a_name_two_districts_share_gives_no_district():
    cfg = load_config()
    hint = detect_outlet("Tổng kết phong trào thi đua năm 2019", "https://tanphu.gov.vn/tin-tuc/a.html", cfg,
                         get_gazetteer(cfg))
    assert hint.district_code == ""  # Tân Phú is a district of TP HCM and of Đồng Nai


def test_a_school_under_the_city_s_education_domain_is_in_that_city():
    cfg = load_config()
    gaz = get_gazetteer(cfg)
    hint = detect_outlet("Tổng kết năm học", "https://thcsnguyendu.hcm.edu.vn/tin-tuc/tong-ket.html", cfg, gaz)
    assert gaz.provinces["legacy"][hint.province_code].name == "Hồ Chí Minh"


@pytest.mark.parametrize("url, province, district", [
    ("https://sotuphap.thuathienhue.gov.vn/tin-tuc/hoi-nghi-tong-ket.html", "46", ""),
    ("https://quangdien.thuathienhue.gov.vn/?gd=16&cn=87&tc=412", "46", "Quảng Điền"),
])
def test_a_portal_under_its_province_s_former_name_gives_that_province(url, province, district):
    # Thừa Thiên Huế became the city of Huế in 2025; its portals keep the old name in their domains
    cfg = load_config()
    gaz = get_gazetteer(cfg)
    hint = detect_outlet("Bài viết.", url, cfg, gaz)
    assert hint.province_code == province
    assert (gaz.districts[hint.district_code].name if hint.district_code else "") == district


def test_a_reprint_names_its_paper_after_the_headline(cfg):
    text = ("Biểu dương 31 gia đình văn hóa tiêu biểu – Báo Hà Giang điện tử\n\nNhân Ngày Gia đình Việt Nam, toàn tỉnh có "
            "31 gia đình văn hóa tiêu biểu được biểu dương, khen thưởng.")
    doc = extract_text(text, cfg, url="https://tinmoi24.example.vn/bieu-duong-31-gia-dinh-168309.html")
    assert (doc.outlet, doc.fields.get("province"), doc.fields.get("district")) == ("Báo Hà Giang", "Hà Giang", None)


def test_a_city_party_committee_s_portal_named_in_the_lead_gives_its_city(cfg):
    # a company's site reposts the committee's story, its mark in brackets; the city is written only as "Thành phố"
    doc = extract_text("Tuyên dương điển hình Dân vận khéo tại các khu chế xuất\n\n(Thanhuytphcm.vn) – Sáng 20/10, Đảng ủy Ban "
                       "Quản lý các Khu Chế xuất và Công nghiệp Thành phố tổ chức tuyên dương điển hình “Dân vận khéo” năm "
                       "2023.", cfg, url="https://example-company.com.vn/tin-tuc/tuyen-duong.html")
    assert doc.fields["province"] == "Hồ Chí Minh"


def test_a_provincial_paper_s_section_for_news_from_elsewhere_gives_no_province(cfg):
    doc = extract_text("Những tỷ phú nông dân được tôn vinh\n\nBan tổ chức đã công bố 63 Nông dân Việt Nam xuất sắc năm 2017.",
                       cfg, url="http://nongthonmoihatinh.vn/vi/news/savefile/Ngoai-tinh-144/nhung-ty-phu-nong-dan-67857")
    assert not doc.fields.get("province")


def test_a_province_portal_hosting_a_district_s_portal_in_its_path_names_the_district(cfg):
    from extractors.places.gazetteer import get_gazetteer
    from extractors.places.outlets import detect_outlet

    gaz = get_gazetteer(cfg)
    hint = detect_outlet("", "https://soctrang.gov.vn/huyenmytu/1308/33327/tin-tuc.aspx", cfg, gaz)
    assert (hint.province_code, gaz.districts[hint.district_code].name) == ("94", "Mỹ Tú")
    assert detect_outlet("", "https://soctrang.gov.vn/tin-tuc/1308/x.aspx", cfg, gaz).district_code == ""


def test_a_portal_path_s_prefix_tells_which_of_two_same_named_districts_it_hosts(cfg):
    from extractors.places.gazetteer import get_gazetteer
    from extractors.places.outlets import detect_outlet

    gaz = get_gazetteer(cfg)
    town = detect_outlet("", "https://haugiang.gov.vn/thixalongmy/1308/x.aspx", cfg, gaz).district_code
    rural = detect_outlet("", "https://haugiang.gov.vn/huyenlongmy/1308/x.aspx", cfg, gaz).district_code
    assert (gaz.districts[town].type, gaz.districts[rural].type) == ("thị xã", "huyện")


def test_the_mark_of_ha_noi_s_economic_daily_gives_ha_noi(cfg):
    # "KTĐT - " opens the leads of Kinh tế & Đô thị; "Thành ủy" alone is then Hà Nội's
    doc = extract_text("Triển khai chuyên đề học tập năm 2014\n\nKTĐT - Sáng 14/3, Ban Tuyên giáo Thành ủy tổ chức hội nghị "
                       "triển khai chuyên đề năm 2014 tới cán bộ chủ chốt các quận, huyện, thị xã.", cfg)
    assert (doc.fields["province"], doc.outlet) == ("Hà Nội", "Kinh tế & Đô thị")


@pytest.mark.parametrize("mark, name", [("LĐO", "Lao Động"), ("(Dân trí)", "Dân trí"), ("TPO", "Tiền Phong"),
                                        ("VOV.VN", "VOV"), ("(NLĐO)", "Người Lao Động")])
def test_a_national_paper_s_mark_names_the_paper_and_no_province(cfg, mark, name):
    hint = detect_outlet(f"Mưa lớn kéo dài\n\n{mark} - Mưa lớn kéo dài ở nhiều tỉnh miền Trung.", "", cfg,
                         get_gazetteer(cfg))
    assert (hint.name, hint.province_code) == (name, "")


def test_a_storm_roundup_from_a_national_paper_takes_no_province_from_its_mark(cfg):
    doc = extract_text("Bão số 5 đổ bộ, hàng chục nghìn dân được sơ tán\n\n15/10/2021 - 20:10\n\n"
                       "LĐO - Bão số 5 đổ bộ vào đất liền từ Quảng Bình đến Thừa Thiên Huế chiều 15/10. Trước đó các "
                       "địa phương đã sơ tán hàng chục nghìn người.\n\nTại Quảng Trị, nhiều nhà bị tốc mái. Quảng Bình "
                       "và Hà Tĩnh mưa rất lớn; Nghệ An cấm biển.", cfg)
    assert doc.outlet == "Lao Động" and not doc.fields.get("province")


@pytest.mark.parametrize("lead, outlet, province", [
    ("(Báo Yên Bái) - Ngày 3/4, xã Sơn Thịnh tổ chức Ngày hội đại đoàn kết.", "Báo Yên Bái", "Yên Bái"),
    ("(YBĐT) - Ngày 3/4, xã Sơn Thịnh tổ chức Ngày hội đại đoàn kết.", "Báo Yên Bái", "Yên Bái"),
    ("(BDO) Ngày 3/4, xã Thanh Tuyền tổ chức Ngày hội đại đoàn kết.", "Báo Bình Dương", "Bình Dương"),
    ("PYO - Ngày 3/4, xã Hòa Mỹ Tây tổ chức Ngày hội đại đoàn kết.", "Báo Phú Yên", "Phú Yên"),
])
def test_a_provincial_paper_named_by_its_mark_or_its_bracketed_name_gives_its_province(lead, outlet, province):
    cfg = load_config()
    hint = detect_outlet(f"Ngày hội ở khu dân cư\n\n{lead}", "", cfg, get_gazetteer(cfg))
    assert hint.name == outlet
    assert hint.province_code == get_gazetteer(cfg).province_by_name(province, "legacy").code


def test_a_bracketed_name_that_is_no_paper_of_the_catalogue_names_no_outlet():
    cfg = load_config()
    hint = detect_outlet("Ngày hội ở khu dân cư\n\n(Báo cáo của UBND xã) - Năm 2023, xã có 12 mô hình.", "", cfg,
                         get_gazetteer(cfg))
    assert hint.name == ""


def test_the_paper_s_banner_on_a_line_of_its_own_names_it_and_places_a_district_name_many_provinces_share(cfg):
    doc = extract_text("Báo Đồng Khởi điện tử\n\n14-03-2023 - 08:00\n\nChâu Thành nhân rộng mô hình dân vận khéo\n\nNăm 2022,"
                       " huyện Châu Thành xây dựng được 48 mô hình “Dân vận khéo”.", cfg)
    assert (doc.outlet, doc.fields.get("province"), doc.fields.get("district")) \
        == ("Báo Đồng Khởi", "Bến Tre", "Châu Thành")
