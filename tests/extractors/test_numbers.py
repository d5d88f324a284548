"""The Vietnamese number parser: digits, words, approximations, fractions, percentages."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.numbers import find_numbers, parse_numeral, parse_words


@pytest.mark.parametrize("text, value", [
    ("1.240", 1240), ("2.071", 2071), ("90.689", 90689), ("1.000.000", 1_000_000),
    ("6,1", 6.1), ("03", 3), ("01", 1), ("15", 15), ("1.240,5", 1240.5),
])
def test_digits_follow_vietnamese_conventions(text, value):
    assert parse_numeral(text) == value


@pytest.mark.parametrize("text, value", [
    ("ba", 3), ("mười", 10), ("mười lăm", 15), ("hai mươi", 20), ("hai mươi mốt", 21), ("ba mươi tư", 34),
    ("một trăm", 100), ("một trăm linh năm", 105), ("hai trăm năm mươi", 250), ("một nghìn hai trăm", 1200),
    ("năm", 5), ("chín mươi chín", 99),
])
def test_numbers_in_words(text, value):
    assert parse_words(text) == value


@pytest.mark.parametrize("text", ["hàng chục", "mốt", "hai ba", "lăm", "mươi", "trăm"])
def test_words_that_are_no_number(text):
    assert parse_words(text) is None


def test_scale_words_multiply():
    [n] = find_numbers("khoảng 1,2 nghìn hộ")
    assert n.value == 1200 and n.approx == "khoảng"


@pytest.mark.parametrize("text, approx", [("hơn 500 mô hình", "hơn"), ("trên 1.900 mô hình", "trên"),
                                          ("gần 300 hộ", "gần"), ("khoảng 20 người", "khoảng"), ("có 42 mô hình", "")])
def test_approximation_is_kept_as_a_qualifier(text, approx):
    n = [x for x in find_numbers(text) if x.is_count][0]
    assert n.approx == approx


def test_fractions_and_percentages_are_kept_apart_from_counts():
    frac, pct = find_numbers("xây dựng được 105/130 mô hình, đạt 80,8%")
    assert (frac.value, frac.denominator) == (105, 130)
    assert pct.percent and pct.value == 80.8 and not pct.is_count


def test_hang_chuc_is_not_a_count():
    assert [n.value for n in find_numbers("hàng chục mô hình")] == []


def test_the_article_mot_alone_is_not_the_count_one():
    assert [n.value for n in find_numbers("là một mô hình hay")] == []


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_never_raises_on_any_string(text):
    for n in find_numbers(text):
        assert 0 <= n.start < n.end <= len(text)


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**9))
def test_round_trip_of_thousands_separators(value):
    written = f"{value:,}".replace(",", ".")
    assert parse_numeral(written) == value
    assert [n.value for n in find_numbers(f"có {written} mô hình")] == [value]


_UNITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]


def _words(n: int) -> str:
    """Reference spelling of 1–999, written independently of the parser."""
    h, rest = divmod(n, 100)
    t, u = divmod(rest, 10)
    parts = []
    if h:
        parts += [_UNITS[h], "trăm"]
        if rest and t == 0:
            parts += ["linh", _UNITS[u]]
            return " ".join(parts)
    if t == 1:
        parts.append("mười")
    elif t > 1:
        parts += [_UNITS[t], "mươi"]
    if u:
        if t >= 1 and u == 5:
            parts.append("lăm")
        elif t >= 2 and u == 1:
            parts.append("mốt")
        else:
            parts.append(_UNITS[u])
    return " ".join(parts)


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=1, max_value=999))
def test_round_trip_of_numbers_in_words(value):
    assert parse_words(_words(value)) == value


@pytest.mark.parametrize("text, value, denominator", [
    ("23,890/24,565 gia đình", 23890, 24565),  # a share in English thousands on both sides: no pair of decimals
    ("6,5/10 điểm", 6.5, 10),  # a decimal over a whole number stays a decimal
    ("1.240/1.300 hộ", 1240, 1300),
])
def test_shares_written_with_thousands_separators(text, value, denominator):
    n = find_numbers(text)[0]
    assert (n.value, n.denominator) == (value, denominator)


def test_thousands_in_words_and_the_rest_in_digits():
    assert [(n.value, n.text) for n in find_numbers("toàn huyện có 49 ngàn 890 hộ gia đình")] == [(49890, "49 ngàn 890")]
    # millions and a figure after them are two figures ("2 triệu 500" may mean 2.5 million in speech)
    assert [n.value for n in find_numbers("thưởng 2 triệu 500 nghìn đồng")][0] == 2_000_000


def test_ten_thousands_in_the_older_word():
    assert [n.value for n in find_numbers("toàn tỉnh có trên 12 vạn hộ đạt danh hiệu")] == [120_000]
    assert [n.value for n in find_numbers("khoảng 2,5 vạn hội viên")] == [25_000]
    # (no figure after "vạn" is its remainder, and a capital "Vạn" is a place)
    assert [n.value for n in find_numbers("Quốc lộ 1 Vạn Ninh")] == [1]



def test_the_year_after_a_time_word_is_no_five():
    text = "Hội nghị sơ kết 6 tháng đầu năm Khối Thi đua; những năm gần đây; năm tập thể được khen."
    assert [n.value for n in find_numbers(text)] == [6, 5]
