"""Scoring a second annotation against the first: the agreement between two annotators of the same articles."""

import pytest

from pipeline.tools.evaluate import agreement


def _gold(**fields):
    base = {"file": "001.txt", "published_date": "2023-05-12", "province": "Nghệ An", "district": "Yên Thành",
            "campaigns": ["Dân vận khéo"], "model_counts": [128, 35], "awardees": [{"count": 12, "kind": "tập thể"}]}
    return {**base, **fields}


def test_two_annotators_who_wrote_the_same_record_agree_on_every_field():
    report = agreement([_gold()], [_gold()])
    assert all(f1 == 1.0 for _p, _r, f1 in report.values())


def test_a_district_the_second_annotator_left_out_lowers_recall_only():
    report = agreement([_gold(), _gold(file="002.txt", district="Quỳnh Lưu")],
                       [_gold(), _gold(file="002.txt", district=None)])
    p, r, f1 = report["district"]
    assert p == 1.0 and r == 0.5 and f1 == pytest.approx(2 / 3)
    assert report["province"][2] == 1.0


def test_spelling_variants_of_a_name_count_as_agreement():
    report = agreement([_gold(district="Krông Pắc", campaigns=["Dân vận khéo"])],
                       [_gold(district="Krông pắc", campaigns=["“Dân vận khéo”"])])
    assert report["district"][2] == 1.0 and report["campaigns"][2] == 1.0


def test_the_commune_is_compared_only_where_both_records_hold_it():
    after = _gold(published_date="2025-09-02", district=None, commune="Vinh Phú", commune_type="phường")
    report = agreement([after, _gold(file="002.txt")], [after, _gold(file="002.txt")])
    assert report["commune"] == (1.0, 1.0, 1.0)
    assert "commune" not in agreement([_gold()], [_gold()])


def test_records_that_do_not_pair_up_are_refused():
    with pytest.raises(ValueError):
        agreement([_gold(), _gold(file="002.txt")], [_gold()])
