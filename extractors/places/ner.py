"""underthesea's CRF NER as a second opinion on places, run only where the rules found no place at all.

NER alone mislabels units as persons and years as places, so its LOC spans only count when the
gazetteer knows the name; what it adds is recall on spellings and contexts the rules do not cover
(a name after an unusual word, a headline in capitals). It runs on articles in
which the rules found no place, on the headline alone, so its cost (about 80 sentences a second) is paid only where needed.
"""

from __future__ import annotations

import re

from extractors.places.gazetteer import Gazetteer, get_gazetteer
from extractors.places.history import in_anniversary
from extractors.places.lookup import lookup_units
from extractors.places.matcher import Mention, crop_season
from extractors.places.written import names_a_hamlet, names_a_landmark, names_a_person
from extractors.registry import register
from pipeline.document import Document
from pipeline.settings import Settings
from pipeline.text import SURNAMES


def _ner(sentence: str) -> list[tuple[str, str]]:
    from underthesea import ner  # imported lazily: loading the model costs a second per process

    return [(tok, tag) for tok, _pos, _chunk, tag in ner(sentence)]


def loc_spans(doc: Document, start: int, end: int) -> list[tuple[int, int]]:
    """Character spans of the LOC entities underthesea finds in text[start:end]."""
    text = doc.text[start:end]
    spans, pos, cur = [], 0, None
    for tok, tag in _ner(text):
        i = text.find(tok, pos)
        if i < 0:
            continue
        pos = i + len(tok)
        if tag == "B-LOC" or (tag == "I-LOC" and cur is None):
            if cur:
                spans.append(cur)
            cur = [start + i, start + pos]
        elif tag == "I-LOC" and cur:
            cur[1] = start + pos
        else:
            if cur:
                spans.append(cur)
            cur = None
    if cur:
        spans.append(cur)
    return [tuple(s) for s in spans]


# Capitalised words of institutions and titles, never places: "các cấp ủy Đảng, Mặt trận Tổ quốc".
_NOT_PLACES = {"đảng", "nhà", "nước", "nhân", "dân", "mặt", "trận", "tổ", "quốc", "hội", "ban", "ủy", "uỷ", "ubnd",
               "hđnd", "mttq", "chủ", "tịch", "bí", "thư", "bác", "trung", "ương", "chính", "phủ", "đoàn", "công",
               "an", "quân", "đội", "việt", "nam", "thường", "vụ", "trực", "vận", "tuyên", "giáo", "nông",
               "liên", "hiệp", "phụ", "nữ", "cựu", "chiến", "binh", "thanh", "niên", "cộng", "sản"}


def _may_name_a_place(sentence: str) -> bool:
    """A place is a capitalised name: without one (past the first word, outside quotes) NER finds none."""
    unquoted = re.sub(r"[“\"'‘«][^”\"'’»]*[”\"'’»]", " ", sentence)
    words = re.findall(r"\w+", unquoted)[1:]
    return any(w[0].isupper() and w.lower() not in _NOT_PLACES for w in words)


def _names_no_place(before: str) -> bool:
    """Whether the words before a name make it a person's ("gương đạo đức Hồ Chí Minh"), a landmark's ("Tòa thánh
    Tây Ninh") or a hamlet's ("tổ dân phố Phúc Yên"), not a unit's: the rules' own tests, for NER's names too."""
    return names_a_person(before) or names_a_landmark(before) or names_a_hamlet(before)


_LONGEST_NAME = 5  # words in the longest unit name ("Bà Rịa - Vũng Tàu" is four)
_WORD = re.compile(r"\w+")


def _names_a_known_unit(gaz: Gazetteer, text: str) -> bool:
    """Whether a run of capitalised words, not a person's name, is a unit the gazetteer knows.

    NER's spans only count where such a run ends them, so without one the model (tens of milliseconds a
    headline) cannot add anything and is not run.
    """
    words = list(_WORD.finditer(text))
    for i, first in enumerate(words):
        after_surname = i and words[i - 1].group()[0].isupper() and words[i - 1].group().lower() in SURNAMES
        if (not first.group()[0].isupper() or after_surname  # "Hồ Chí Minh" is not "Chí Minh"
                or _names_no_place(text[max(0, first.start() - 24):first.start()])):
            continue
        for j in range(i + 1, min(i + _LONGEST_NAME, len(words)) + 1):
            if not words[j - 1].group()[0].isupper():
                break
            if lookup_units(gaz, [w.group() for w in words[i:j]], "", bare=True):
                return True
    return False


@register("ner_places", requires=("mentions",), assigns=("mentions",))
def extract_ner_places(doc: Document, cfg: Settings) -> None:
    """Add gazetteer-confirmed LOC mentions from the title and lead when the rules found no place."""
    mentions = doc.mentions
    if not doc.text or any(m.candidates for m in mentions):
        return  # the rules found places: NER is only the fallback for articles where they found none
    gaz = get_gazetteer(cfg)
    # The headline (or, without one, the first sentence) names the article's place when anything does.
    start, end = doc.title_span if doc.title_span[1] else doc.sentences[0] if doc.sentences else (0, 0)
    end = min(end, start + 300)
    if not _may_name_a_place(doc.text[start:end]) or not _names_a_known_unit(gaz, doc.text[start:end]):
        return
    for s, e in loc_spans(doc, start, end):
        surface = doc.text[s:e]
        words = re.findall(r"\w+", surface)
        for cut in range(len(words)):  # "tỉnh An Giang" -> "An Giang"
            if cut == 1 and words[0][:1].isupper() and words[0].lower() in SURNAMES:
                break  # "Bùi Thanh Hà": a person's full name, not "Thanh Hà"
            units = lookup_units(gaz, words[cut:], "", bare=True)
            prefix = doc.text[max(0, s - 24):s] + " " + " ".join(words[:cut])
            if units and (_names_no_place(prefix) or crop_season(" ".join(words[cut:]), prefix + " ")):
                break  # "gương đạo đức Hồ Chí Minh" is the person, "Tòa thánh Tây Ninh" a church's see
            if units:
                mentions.append(Mention(s, e, surface, "", "ner", units, historical=in_anniversary(doc.text, s),
                                        zone=doc.zone(s)))
                break
