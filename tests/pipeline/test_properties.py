"""Properties that hold for any input: no exception, idempotent normalisation, offsets that slice evidence."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors.numbers import find_numbers, parse_numeral, parse_words
from pipeline.read.decode import DecodeError, decode_bytes
from pipeline.read.text import read_text
from pipeline.run.stages import extract
from pipeline.text import name_key, normalize

VIET = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
WORDS = ["huyện", "Ba Tri", "xã", "Tân Hòa", "phường", "mô hình", "tập thể", "cá nhân", "khen thưởng", "“Dân vận khéo”",
         "phong trào thi đua", "14/10/2024", "06:46", "năm 2023", "giai đoạn 2021 – 2025", "1.240", "6,1", "ba", "(cũ)",
         "TP.HCM", "tỉnh", "Bến Tre", "đặc khu", "105/130", "hơn", "\n\n", ".", ",", ";", "BDK -", "Huyện ủy"]
vietnamese_ish = st.lists(st.one_of(st.sampled_from(WORDS), st.text(alphabet=VIET + VIET.upper() + " .,;:-\n0123456789",
                                                                        max_size=12)), max_size=60).map(" ".join)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(st.text())
def test_normalisation_is_idempotent(text):
    once = normalize(text)
    assert normalize(once) == once


@SETTINGS
@given(st.text())
def test_parsers_never_raise(text):
    find_numbers(text)
    parse_numeral(text)
    parse_words(text)
    name_key(text)


@SETTINGS
@given(st.binary(max_size=2000))
def test_decoding_never_raises_anything_but_a_decode_error(data):
    try:
        decode_bytes(data)
    except DecodeError:
        pass


@SETTINGS
@given(st.one_of(vietnamese_ish, st.text(max_size=400)))
def test_every_fact_is_grounded_in_the_text(cfg, text):
    doc = extract(read_text(text, "x.txt", cfg), cfg)
    for f in doc.facts:
        assert 0 <= f.start < f.end <= len(doc.text)
        assert f.evidence in doc.text
        assert doc.text[f.start:f.end] in f.evidence
