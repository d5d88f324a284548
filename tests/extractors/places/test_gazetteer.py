"""The gazetteer of both systems, built from vietnamadminunits, with the history it lacks."""

import pytest

from extractors.places.gazetteer import LEGACY, NEW, get_gazetteer
from pipeline.text import name_key
from tests.conftest import extract_text


@pytest.fixture(scope="module")
def gaz(cfg):
    return get_gazetteer(cfg)


def _districts(gaz, name):
    return gaz.lookup(name_key(name), "district", LEGACY)


def test_both_systems_are_complete(gaz):
    assert len(gaz.provinces[LEGACY]) == 63
    assert len(gaz.provinces[NEW]) == 34
    assert len(gaz.districts) > 690
    assert len({u.code for units in gaz.by_key[("commune", NEW)].values() for u in units}) == 3321


def test_shared_district_names_stand_in_many_provinces(gaz):
    provinces = {u.province for u in _districts(gaz, "Châu Thành")}
    assert {"An Giang", "Kiên Giang", "Bến Tre", "Hậu Giang"} <= provinces and len(provinces) >= 10


def test_twins_in_one_province_keep_their_types(gaz):
    assert sorted(u.type for u in _districts(gaz, "Long Mỹ")) == ["huyện", "thị xã"]


@pytest.mark.parametrize("name, province, typ", [
    ("Đất Đỏ", "Bà Rịa - Vũng Tàu", "huyện"),  # merged into Long Đất in 2020
    ("Hoành Bồ", "Quảng Ninh", "huyện"),  # merged into Hạ Long in 2019
    ("Long Khánh", "Đồng Nai", "thị xã"),  # a thị xã before it became a city
    ("Quận 9", "Hồ Chí Minh", "quận"),  # merged into Thủ Đức in 2021
])
def test_abolished_and_renamed_districts_are_known(gaz, name, province, typ):
    units = [u for u in _districts(gaz, name) if u.historical]
    assert (units[0].name, units[0].province, units[0].type) == (name, province, typ)


def test_a_district_kept_only_as_an_accent_free_alias(gaz):
    [unit] = {u.code: u for u in gaz.lookup_folded("cualo", "district", LEGACY)}.values()
    assert unit.province == "Nghệ An" and unit.type == "thị xã" and unit.historical


def test_legacy_provinces_map_to_their_2025_province(gaz):
    def p25(name):
        return gaz.province(gaz.to_2025(gaz.province_by_name(name, LEGACY).code), NEW).name

    assert p25("Bến Tre") == "Vĩnh Long"
    assert p25("Bà Rịa - Vũng Tàu") == "Hồ Chí Minh"
    assert p25("Quảng Nam") == "Đà Nẵng"
    assert p25("Nghệ An") == "Nghệ An"


def test_thua_thien_hue_is_named_as_it_was(gaz):
    code = gaz.province_by_name("Thừa Thiên Huế", LEGACY).code
    assert gaz.province_name(code, LEGACY, "2023-05-01") == "Thừa Thiên Huế"
    assert gaz.province_name(code, LEGACY, "2025-03-01") == "Huế"


def test_a_new_commune_knows_the_legacy_communes_it_was_formed_from(gaz):
    [ward] = [u for u in gaz.lookup(name_key("An Đông"), "commune", NEW) if u.province == "Hồ Chí Minh"]
    assert len(gaz.formed_from[ward.code]) >= 2


def test_a_district_the_package_misspells_is_written_by_its_official_name_and_read_either_way(cfg):
    for text in ("Huyện Mù Cang Chải tổng kết phong trào thi đua\n\nNội dung.",
                 "Huyện Mù Căng Chải tổng kết phong trào thi đua\n\nNội dung."):
        assert extract_text(text, cfg).fields["district"] == "Mù Cang Chải"
