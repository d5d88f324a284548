"""Lunar years named in the text, read as the Gregorian year of their Tết."""

from extractors.lunar_years import lunar_years
from tests.conftest import extract_text


def test_the_stem_and_branch_after_tet_or_xuan_name_a_year():
    text = ("Không khí đón Tết Bính Ngọ rộn ràng. Chương trình Xuân Ất Tỵ 2025 đã kết thúc; năm Giáp Thìn được mùa. "
            "Tết Nguyên đán Quý Mão, Tết Mậu Tuất.")
    assert lunar_years(text) == [2026, 2025, 2024, 2023, 2018]


def test_a_person_s_name_or_an_impossible_pair_is_no_year():
    assert lunar_years("Ông Đinh Dần, bà Kỷ Mùi dự lễ. Tết Giáp Sửu") == []


def test_an_undated_article_awaiting_the_tet_after_the_reform_is_in_the_new_system(cfg):
    doc = extract_text("Rực rỡ cờ hoa khắp các thôn bản huyện Lâm Bình\n\nKhông khí chuẩn bị đón Tết Bính Ngọ rộn ràng "
                       "khắp các bản; chính quyền địa phương hai cấp vận hành thông suốt.", cfg)
    assert doc.fields["era"] == "2025" and doc.fields.get("district", "") == ""
