"""Places without their district: a commune alone, a hamlet, a weekday, a venue; eras of undated articles."""

from tests.conftest import extract_text


def test_a_commune_named_alone_gives_its_only_district(cfg):
    doc = extract_text("Xã Hoằng Kim xây dựng 12 mô hình dân vận khéo\n\n04/05/2021 - 10:00\n\n"
                       "Đảng ủy xã Hoằng Kim đã chỉ đạo các chi bộ thôn xây dựng mô hình.", cfg)
    assert (doc.fields["district"], doc.fields["province"]) == ("Hoằng Hóa", "Thanh Hóa")


def test_communes_of_one_district_outweigh_a_same_named_district_elsewhere(cfg):
    doc = extract_text("Những cánh đồng mẫu lớn\n\n12/03/2019 - 09:00\n\n"
                       "Nông dân các xã Bình Phục, Bình Tú, Bình Nguyên, Bình Trị và Bình Chánh cùng làm mô hình "
                       "cánh đồng lớn.", cfg)
    assert (doc.fields.get("district"), doc.fields.get("province")) == ("Thăng Bình", "Quảng Nam")


def test_a_hamlet_and_a_weekday_are_not_communes(cfg):
    doc = extract_text("Ấp Phú Đa đạt mô hình dân vận khéo\n\n19/09/2010 - 16:50\n\n"
                       "Thứ Ba tuần qua, ấp Phú Đa, xã Vĩnh Bình, huyện Chợ Lách tổ chức lễ công nhận.", cfg)
    assert (doc.fields["district"], doc.fields["province"]) == ("Chợ Lách", "Bến Tre")


def test_an_undated_article_about_a_commune_merged_away_is_in_the_old_system(cfg):
    doc = extract_text("Xã Pá Hu phát huy mô hình dân vận khéo\n\nĐồng bào Mông ở xã Pá Hu đã làm 8 mô hình.", cfg)
    assert doc.fields["era"] == "legacy" and doc.fields["province"] == "Yên Bái"
