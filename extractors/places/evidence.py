"""The evidence the resolver weighs: mention weights, province evidence, choosing a dominant unit, whether the head
speaks of the whole province, and the place facts written for each resolved mention."""

from __future__ import annotations

import re
from collections import defaultdict

from extractors.places.gazetteer import LEGACY, NEW, Gazetteer, Unit
from extractors.places.matcher import PROVINCE_TYPES, Mention
from extractors.places.outlets import OutletHint
from extractors.places.url_slug import province_opening_url
from extractors.places.written import one_unit_of
from pipeline.document import Document
from pipeline.settings import Settings
from pipeline.text import name_key, scanned_by_first_letters

_ADJACENT_GAP = re.compile(r"\s*(?:\(|,|-|–)?\s*")


def weight(m: Mention, cfg: Settings) -> float:
    p = cfg.places
    w = {"title": p.weight_title, "lead": p.weight_lead}.get(m.zone, p.weight_body)
    if m.via in ("typed", "committee", "list", "alias"):
        w *= p.typed_bonus
    elif m.via == "bare" and m.zone == "body":
        w *= 0.6
    return w


class Evidence:
    def __init__(self) -> None:
        self.province: dict[str, float] = defaultdict(float)
        self.outlet = ""  # the province the outlet stands for in this era

    def best(self, codes: set[str] | None = None) -> str:
        items = [(s, c) for c, s in self.province.items() if codes is None or c in codes]
        if not items:
            return ""
        items.sort(reverse=True)
        if len(items) > 1 and items[0][0] == items[1][0]:
            return ""
        return items[0][1] if items[0][0] > 0 else ""


def adjacent_province(m: Mention, mentions: list[Mention], text: str, era: str) -> str:
    """"X (tỉnh Y)", "X, tỉnh Y", "X (Y)", "X, TP.HCM": the province written right after a unit."""
    for n in mentions:  # in text order: only the few right after m matter
        if n.start < m.end:
            continue
        if n.start - m.end > 8:
            break
        if _ADJACENT_GAP.fullmatch(text, m.end, n.start) and n.of("province", era):
            return n.of("province", era)[0].code
    return ""


def narrow(units: list[Unit], ev: Evidence, adjacent: str) -> list[Unit]:
    if len(units) <= 1:
        return units
    if adjacent:
        near = [u for u in units if u.province_code == adjacent]
        if near:
            return near
    best = ev.best({u.province_code for u in units})
    if best:
        return [u for u in units if u.province_code == best]
    return units


def choose(scores: dict[str, float], strong: set[str], dominance: float) -> str:
    if not scores:
        return ""
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    top, top_score = ranked[0]
    if len(ranked) > 1 and top_score < dominance * ranked[1][1]:
        return ""
    return top if top in strong else ""


# A district's type raised since an older article was written: "huyện Phong Điền" is thị xã Phong Điền now.
UPGRADED = {"huyện": ("thị xã", "thành phố"), "thị xã": ("thành phố",)}


def _written_with_an_older_type(gaz: Gazetteer, m: Mention, codes: set[str]) -> bool:
    """Whether a typed district name ("huyện Phong Điền", only Cần Thơ's now) may also be another province's district
    written with the type it had before it was raised (Thừa Thiên Huế's thị xã Phong Điền): no sign of either province."""
    if m.type not in UPGRADED:
        return False
    raised = {u.province_code for u in gaz.lookup(name_key(m.surface), "district", LEGACY)
              if u.type in UPGRADED[m.type] and not u.historical}
    return bool(raised - codes)


def province_evidence(doc: Document, cfg: Settings, gaz: Gazetteer, mentions: list[Mention], outlet: OutletHint,
                       era: str, unit_level: str) -> Evidence:
    ev = Evidence()
    if outlet.province_code:
        code = ev.outlet = (_fellow_named(gaz, mentions, outlet.province_code) or outlet.province_code) \
            if era == LEGACY else gaz.to_2025(outlet.province_code)
        ev.province[code] += 1.5 if outlet.weak else 3.0
    # The province the headline in the address opens with ("…/binh-phuoc-tuyen-duong-…" on a national paper's site),
    # where the text names that province too: an excerpt that lost its headline still has it there (a unit named only
    # in the address is not annotated, the guide says: a commune of the text that the province also has is not enough).
    slug = province_opening_url(doc.url, gaz, era)
    if slug and any(u.level == "province" and u.code == slug for m in mentions if not m.historical for u in m.candidates):
        ev.province[slug] += cfg.places.weight_lead
    for m in mentions:
        if m.historical:
            continue
        w = weight(m, cfg)
        provs = m.of("province", era)
        if provs and (m.type in PROVINCE_TYPES or m.via == "alias"):
            for u in provs[:1]:
                ev.province[u.code] += w * (1.0 if m.via != "bare" else 0.8)
        if era == NEW and not provs and m.of("province", LEGACY) and m.type in ("tỉnh", ""):
            ev.province[gaz.to_2025(m.of("province", LEGACY)[0].code)] += 0.5 * w
        units = m.of(unit_level, era)
        codes = {u.province_code for u in units}
        if len(codes) == 1 and not (era == LEGACY and _written_with_an_older_type(gaz, m, codes)):
            ev.province[next(iter(codes))] += 0.7 * w
        if era == LEGACY and unit_level == "district":
            ccodes = {u.province_code for u in m.of("commune", LEGACY)}
            if m.type in ("xã", "phường", "thị trấn") and len(ccodes) == 1:
                ev.province[next(iter(ccodes))] += 0.5 * w
    return ev


def _fellow_named(gaz: Gazetteer, mentions: list[Mention], own: str) -> str:
    """The one fellow province an old article names, where its outlet's 2025 province merged several and the
    article never names the outlet's own: the successor's site hosts the merged papers' archives (an article
    of Báo Bạc Liêu on baocamau.vn names "Bạc Liêu" or "thị trấn Hòa Bình", never Cà Mau)."""
    target = gaz.to_2025(own)
    named: set[str] = set()
    for m in mentions:
        if m.historical:
            continue
        provs = m.of("province", LEGACY)
        codes = {provs[0].code} if provs else {u.province_code for u in m.candidates if u.era == LEGACY}
        if len(codes) == 1:
            named |= {c for c in codes if gaz.to_2025(c) == target}
    others = named - {own}
    return next(iter(others)) if len(others) == 1 and own not in named else ""


# The head speaks of the whole province, or announces several examples from it ("chúng tôi xin giới thiệu 2
# mô hình"): a district in the body is one example, not the subject.
# ("xã đầu tiên của tỉnh về đích", "cao nhất của tỉnh": a comparison with the province, not its scope)
WHOLE_PROVINCE = scanned_by_first_letters(
    "tTcCởỞgGđĐnN",  # (every alternative below begins with one of these)
    r"\btoàn\s+tỉnh\b|\btrên\s+địa\s+bàn\s+tỉnh\b|\bcác\s+huyện\b|(?<!tiên\s)(?<!nhất\s)\bcủa\s+tỉnh\b"
    # the province's localities in turn: "Ngày hội … ở các địa phương", "tại các địa phương trong
    # tỉnh" (not "hầu hết các địa phương trong tỉnh gặp khó …; tuy nhiên, xã …": a comparison)
    r"|\b(?:ở|tại)\s+các\s+địa\s+phương\b(?!\s+(?:khác|bạn))"
    r"|\bnhiều\s+địa\s+phương\s+(?:tại|trong|ở|của)\s+tỉnh\b"  # ("nhiều địa phương tại tỉnh Quảng Trị trao quà")
    # the province's bodies at every level: "các cấp Hội Cựu chiến binh (CCB) tỉnh Thái Bình", "Hội Nông dân các cấp trong
    # tỉnh Sóc Trăng", "các cấp, các ngành trong tỉnh"
    r"|\bcác\s+cấp\s+(?:hội|công\s+đoàn|đoàn|mặt\s+trận)\b[^.;\n\d]{0,50}?\btỉnh\b"
    r"|\bcác\s+(?:cấp|ngành)\s+trong\s+(?:toàn\s+)?tỉnh\b"
    # the province's own congress: "Đại hội Thi đua yêu nước tỉnh Gia Lai lần thứ nhất"
    r"|\bđại\s+hội\s+thi\s+đua\s+yêu\s+nước\s+tỉnh\b"
    # the province holds the event: "tỉnh Cà Mau tổ chức Đại hội", "UBND tỉnh Sóc Trăng tổ chức"
    # (not "… tỉnh Điện Biên tổ chức điểm tại thôn Pàng Dề A1, xã Xá Nhè": a hamlet's own event)
    r"|\btỉnh\s+(?-i:[A-ZĐ]\w*(?:\s+[A-ZĐ]\w*){0,3})\s+(?:đã\s+)?(?:long\s+trọng\s+)?tổ\s+chức\b"
    r"(?!\s+(?:điểm\s+)?(?:tại|ở)\s+(?:thôn|bản|ấp|làng|xóm|khu\s+dân\s+cư|tổ\s+dân\s+phố)\b)"
    r"|\bgiới\s+thiệu\s+(?:\d+|hai|ba|bốn|năm|một\s+số|các|những)\s+(?:mô\s+hình|gương|điển\s+hình|cách\s+làm)",
    re.I,
)


def names_whole_province(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] speaks of the whole province (not of one unit "của tỉnh …")."""
    return any(_of_the_whole_province(text, m, start) for m in WHOLE_PROVINCE.finditer(text, start, end))


def _of_the_whole_province(text: str, m: re.Match, start: int) -> bool:
    """Whether one of WHOLE_PROVINCE's matches speaks of the province itself (the text before it read from `start`)."""
    if one_unit_of(text, m, start) or _ALONG_WITH.search(text, max(start, m.start() - 70), m.start()):
        return False
    if _PILOT_OF.search(text, max(start, m.start() - 40), m.start()):
        return False
    if _PARTNER_OF.search(text, max(start, m.start() - 70), m.start()):
        return False  # the province's body a partner of the host: "UBND xã Vĩnh Hậu phối hợp với Trung tâm Khuyến nông tỉnh …"
    if m.group().endswith("phương") and _NATIONAL_BEFORE.search(text, max(start, m.start() - 200), m.start()):
        return False  # the localities a national campaign reaches
    # (the province closing a lower unit's address)
    return not (m.group()[:4].lower() == "tỉnh" and _ADDRESS_BEFORE.search(text, max(start, m.start() - 40), m.start()))


# "cùng với các địa phương khác trong toàn tỉnh Quảng Ninh, các khu phố … phường …": the rest of the province, beside
# the story's own place
_ALONG_WITH = re.compile(r"\bcùng\s+với\b[^.;,]{0,60}$", re.I)
# "Cuộc vận động … do Trung ương Hội LHPN Việt Nam phát động đã … mang lại những thay đổi … ở các địa phương": the
# country's localities, a national campaign's reach, not the province's
_NATIONAL_BEFORE = re.compile(r"\b(?:Trung\s+ương|cả\s+nước|toàn\s+quốc)\b[^.\n]*$")
# "tại trụ sở ấp Hòa Lạc xã Hòa Điền huyện Kiên Lương tỉnh Kiên Giang tổ chức …": the province closes a lower unit's
# address; the hamlet holds the event, not the province
_ADDRESS_BEFORE = re.compile(r"\b(?:huyện|thị\s+xã|thành\s+phố|quận|xã|phường|thị\s+trấn)\s+(?-i:[A-ZĐ])\w*(?:\s+(?-i:[A-ZĐ])\w*){0,3}"
                             r"\s*[,-]?\s*$", re.I)
_PARTNER_OF = re.compile(r"\bphối\s+hợp(?:\s+với)?\s+(?:[^\W\d]+\s+){1,8}$", re.I)
# "(được chọn làm điểm của Huyện, của Tỉnh)": one place chosen as the province's pilot, not the province as subject
_PILOT_OF = re.compile(r"\b(?:làm|là)\s+điểm\s+(?:của\s+)?(?:huyện\s*,\s*|huyện\s+và\s+)?$", re.I)


def speaks_of_whole_province(doc: Document) -> bool:
    """Whether the headline, lead or the opening sentence after a short lead speaks of the whole province
    (a unit in the body is then one example)."""
    end = max(doc.lead_span[1], doc.title_span[1], 1)
    if doc.lead_span[1] - doc.lead_span[0] < 150 and end < len(doc.text):
        end = doc.sentence_at(min(end + 2, len(doc.text) - 1))[1]  # a headline-like lead: its first paragraph too
    return names_whole_province(doc.text, 0, end)


def place_facts(doc: Document, gaz: Gazetteer, mentions: list[Mention], districts: dict[int, Unit],
                 communes: dict[int, Unit], era: str, published: str | None) -> None:
    for m in mentions:
        extractor = "ner" if m.via == "ner" else "gazetteer"
        qual = "cũ" if m.historical else ""
        if m.start in districts:
            u = districts[m.start]
            doc.add("district", u.name, m.start, m.end, extractor, unit=m.type or u.type,
                    qualifier="; ".join(filter(None, [gaz.province_name(u.province_code, LEGACY, published), qual])),
                    code="" if u.historical else u.code)
        elif m.start in communes:
            u = communes[m.start]
            doc.add("commune", u.name, m.start, m.end, extractor, unit=u.type,
                    qualifier="; ".join(filter(None, [u.province, qual])), code=u.code)
        elif m.of("province", era) and (m.type in ("tỉnh", "thành phố") or m.via in ("alias", "bare")) \
                and not m.of("district", LEGACY if era == LEGACY else "-"):
            u = m.of("province", era)[0]
            doc.add("province", gaz.province_name(u.code, era, published) if era == LEGACY else u.name,
                    m.start, m.end, extractor, unit=u.type, qualifier=qual, code=u.code)


# "Thực hiện Hướng dẫn số 16/HD-MTTQ-BTT … của Ban Thường trực Ủy ban MTTQVN tỉnh Cà Mau về …": a document the
# article carries out, whose issuer or title names the province; the article is not thereby about the whole province.
_CITED_DOCUMENT = re.compile(r"\b(?:thực\s+hiện|căn\s+cứ|theo)\s+(?:các\s+)?(?:hướng\s+dẫn|kế\s+hoạch|chỉ\s+thị|nghị\s+quyết"
                             r"|quyết\s+định|công\s+văn|văn\s+bản|thông\s+báo|chương\s+trình)\s+(?:số\s+)?[^.;\n]*$", re.I)


def province_in_head(doc: Document, mentions: list[Mention], chosen: dict[int, Unit], district: Unit) -> bool:
    """The headline or lead names the district's province (as the province, not through the district, nor in a
    document the article carries out)."""
    return any(m.zone in ("title", "lead") and _names_the_province(m, chosen, district)
               and not _CITED_DOCUMENT.search(doc.text, doc.sentence_at(m.start)[0], m.start) for m in mentions)


def other_province_in_head(doc: Document, mentions: list[Mention], chosen: dict[int, Unit], district: Unit) -> bool:
    """The headline or lead names a province, never the district's: the story is set in that other province."""
    provinces = set().union(*(_provinces_named(m, chosen) for m in mentions if m.zone in ("title", "lead")))
    return bool(provinces) and district.province_code not in provinces


def province_in_title(mentions: list[Mention], chosen: dict[int, Unit], district: Unit | None) -> bool:
    """The headline names the district's province as the province (not through the district)."""
    return district is not None and any(m.zone == "title" and _names_the_province(m, chosen, district) for m in mentions)


def _names_the_province(m: Mention, chosen: dict[int, Unit], district: Unit) -> bool:
    """Whether a current mention, not read as a district, names the district's province."""
    return district.province_code in _provinces_named(m, chosen)


def _provinces_named(m: Mention, chosen: dict[int, Unit]) -> set[str]:
    """The provinces a current mention names as the province (none where it is history or was read as a district)."""
    return set() if m.historical or m.start in chosen else {u.province_code for u in m.of("province", LEGACY)}
