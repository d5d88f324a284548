"""Scope: is an article about the whole country (or a region) rather than one province?

Scope comes before the unit (ANNOTATION.md): a national ceremony, a central body's programme, a
ministry, the army or a nationwide review names the city that hosts it, and that city is not what the
article is about. The decision weighs signs of national scope in the headline and lead (a scope
phrase, a central body as the actor) against local units named there other than as a venue.
"""

from __future__ import annotations

import re

from extractors.places.matcher import Mention
from pipeline.document import Document

# Words that give the event a national or regional scope.
_SCOPE = re.compile(
    r"\btoàn\s+quốc\b|\bcả\s+nước\b|\btoàn\s+quân\b|\btoàn\s+ngành\b|\bkhu\s+vực\s+phía\s+(?:nam|bắc)\b"
    r"|\bcác\s+tỉnh\s+(?:phía|miền|khu\s+vực|thành\s+phía)\b|\b\d{2}\s+tỉnh,\s*thành(?:\s+phố)?\b"
    r"|\bquốc\s+gia\b(?!\s+(?:về|tỉnh))", re.I)
# A central body as the actor: a board or committee "… Trung ương", a ministry, the government.
_CENTRAL = re.compile(
    r"\b(?:ban|ủy\s+ban|uỷ\s+ban|hội\s+đồng|hội|đoàn)\s+(?:[\w,]+\s+){0,6}?(?:trung\s+ương|t\.ư\.?|tư)(?!\w)"
    r"|\btrung\s+ương\s+(?:hội|đoàn|đảng)\b|\bban\s+bí\s+thư\b|\bbộ\s+chính\s+trị\b|\bchính\s+phủ\b"
    r"|\bthủ\s+tướng\b|\bquốc\s+hội\b|\bchủ\s+tịch\s+nước\b|\btổng\s+bí\s+thư\b|\bmặt\s+trận\s+tổ\s+quốc\s+việt\s+nam\b"
    r"|\bBộ\s+(?!Chỉ\s+huy|chỉ\s+huy|đội|Tư\s+lệnh\s+(?:Bộ\s+đội\s+)?Biên\s+phòng\s+tỉnh)[A-ZĐ]\w+", re.U)
# A place written as the venue ("tại tỉnh Tây Ninh", "ở Thủ đô Hà Nội") or a person's affiliation.
_VENUE_BEFORE = re.compile(r"(?:\btại|\bở|\bđến|\bvề|\bcủa)\s+(?:[\w.]+\s+){0,6}$", re.I)
_TYPE_WORD_AT_END = re.compile(r"(?:tỉnh|thành\s+phố|tp\.?|huyện|quận|thị\s+xã|xã|phường|đặc\s+khu|thủ\s+đô"
                               r"|(?:tỉnh|huyện|thành|quận|thị)\s+[ủu][yỷ])\s*$", re.I)
# The central body is the actor of the event ("Ban … Trung ương tổ chức …"): a stronger sign.
_ACTOR_AFTER = re.compile(r"^[^.;]{0,40}?\b(?:tổ\s+chức|phối\s+hợp|chủ\s+trì|trao|tôn\s+vinh|biểu\s+dương"
                          r"|khen\s+thưởng|phát\s+động|tuyên\s+dương|khai\s+mạc)", re.I)
_HEAD_WEIGHT = {"title": 3.0, "lead": 2.0, "body": 1.0}
_BODY_WINDOW = 1500  # body text past this is no evidence of scope


def national_score(doc: Document) -> float:
    """Weighted signs of national scope in the headline, the lead and the start of the body."""
    text = doc.text[: max(doc.lead_span[1], _BODY_WINDOW)]
    score = 0.0
    for pattern in (_SCOPE, _CENTRAL):
        for m in pattern.finditer(text):
            actor = pattern is _CENTRAL and _ACTOR_AFTER.match(text, m.end())
            score += _HEAD_WEIGHT[doc.zone(m.start())] * (2.0 if actor else 1.0)
    return score


def local_head_units(doc: Document, mentions: list[Mention]) -> int:
    """Local units named in the headline or lead as the subject, not as a venue, history or affiliation."""
    n = 0
    for m in mentions:
        if m.zone not in ("title", "lead") or m.historical or not m.candidates:
            continue
        before = _TYPE_WORD_AT_END.sub("", doc.text[max(0, m.start - 80):m.start])
        if _VENUE_BEFORE.search(before):
            continue
        n += 1
    return n


def is_national(doc: Document, mentions: list[Mention], threshold: float = 3.0) -> bool:
    """True when the article is about the country or a region, not one province."""
    return national_score(doc) >= threshold and local_head_units(doc, mentions) == 0


def scope_of(fields: dict) -> str:
    """The finest unit the article's fields name: commune, district, province (or national, set earlier)."""
    if fields.get("scope") == "national":
        return "national"
    for key in ("commune", "district", "province"):
        if fields.get(key):
            return key
    return ""


def place_source(doc: Document, outlet_evidence: str) -> str:
    """Where the article's unit came from: title, text, commune (a district read from its commune),
    outlet (a paper's mark or a domain named in the text) or url (the article's own address)."""
    f = doc.fields
    if not f.get("province"):
        return ""
    for kind in ("commune", "district", "province"):
        value = f.get(kind)
        if not value:
            continue
        facts = [x for x in doc.facts if x.kind == kind and x.value == value and "cũ" not in x.qualifier]
        if facts:
            return "title" if any(doc.zone(x.start) == "title" for x in facts) else "text"
        if kind == "district" and f.get("district_from_commune"):
            return "commune"
    if outlet_evidence and doc.url and outlet_evidence in doc.url.lower():
        return "url"
    return "outlet" if outlet_evidence else "text"
