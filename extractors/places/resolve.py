"""Resolve: from the mentions an article makes to its era, its province and its main unit.

1. Era (extractors.places.era): the old system or the two-level one of 1 July 2025.
2. Province. Evidence is weighed: provinces named in the text (more in the title and lead), the
   outlet, and units whose name belongs to one province only. Names shared by several provinces
   ("Châu Thành", "Tân Phú") are then read as the unit of the best-supported province, or of the
   province written right beside them ("Thoại Sơn (An Giang)", "xã Vĩnh Tường, tỉnh Phú Thọ").
3. Main unit. District (old system, extractors.places.legacy) or commune (new, extractors.places.two_level):
   scored by zone (title, lead, body) and by how it is written (typed, committee, bare), with the
   shared machinery of extractors.places.evidence. The best must dominate the runner-up; an article
   about a whole province, or a feature that tours several communes, has none.
4. Scope (extractors.places.scope): a national article keeps no province; where the unit came from.
Old units named as history give neither the province nor the unit.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extractors.places.era import decide_era
from extractors.places.evidence import names_whole_province
from extractors.places.gazetteer import LEGACY, NEW, Gazetteer, get_gazetteer
from extractors.places.legacy import DISTRICT_UNNAMED, HALL, resolve_legacy
from extractors.places.matcher import Mention
from extractors.places.national import national_score
from extractors.places.outlets import OutletHint, detect_outlet
from extractors.places.scope import (
    STRETCH_FROM,
    STRETCH_TO,
    head_subjects,
    holds_its_congress,
    in_a_hamlet,
    in_a_stretch,
    is_venue,
    national_strength,
    only_venues,
    organises,
    place_source,
    provincial_head,
    scope_of,
)
from extractors.places.two_level import resolve_new
from extractors.places.url_slug import province_opening_url
from extractors.places.written import text_before
from pipeline.document import Document
from pipeline.settings import Settings
from pipeline.text import OUTLET_HEADER, is_caption, line_span


def resolve_places(doc: Document, cfg: Settings) -> None:
    """Fill the article's era, province, district and commune fields and write the place facts."""
    gaz = get_gazetteer(cfg)
    outlet = detect_outlet(doc.text, doc.url, cfg, gaz)
    mentions: list[Mention] = _without_venue_addresses(doc, [
        m for m in doc.mentions if m.candidates and not _in_an_illustration(doc.text, m.start)
        and not (outlet.name and _in_outlet_header(doc.text, m.start))])
    # The catalogue's or the config's name of a known outlet wins over what the page calls itself.
    if outlet.name and (not doc.outlet or outlet.name != outlet.evidence):
        doc.outlet = outlet.name
    published = doc.fields.get("published_date")
    outlet_2025 = gaz.to_2025(outlet.province_code) if outlet.province_code else ""
    era = decide_era(doc, mentions, published, outlet, outlet_2025, _portal_of_a_gone_province(gaz, outlet, outlet_2025),
                     gaz.former_province_names)
    doc.fields["era"] = era
    if era == LEGACY:
        resolve_legacy(doc, cfg, gaz, mentions, outlet, published)
    else:
        resolve_new(doc, cfg, gaz, mentions, outlet)
    if _unit_only_as_venue(doc, mentions) or _portal_district_at_a_provincial_event(doc, mentions, outlet) \
            or _unit_only_in_captions(doc, mentions):
        for key in _BELOW_PROVINCE:
            doc.fields.pop(key, None)
    source = place_source(doc, outlet.evidence if outlet.province_code else "")
    named, bodies = head_subjects(doc, mentions)
    strength = national_strength(doc, named + bodies)
    # National; or its only place is the outlet's city and it shows a sign of national scope.
    # (or its only places are venues: "Tối 9/6, tại Hà Nội đã diễn ra Lễ trao Giải báo chí toàn quốc")
    # (or, from no paper of that province, its only places are venues and the start of its body shows a sign:
    # "Tối 21/3, tại Hà Nội, T.Ư Đoàn … tổ chức Lễ tuyên dương …"; a stronger sign where the head speaks of a
    # province's own bodies: "Tại Đại hội thi đua yêu nước tỉnh Đắk Nông …, toàn tỉnh có 13 tập thể …")
    venues_only = only_venues(doc, mentions, named)
    national = strength >= cfg.places.national_threshold or strength >= 1.0 and (
        source in ("outlet", "url") or venues_only) or (
        venues_only and not _outlet_agrees(doc, gaz, outlet)
        and national_score(doc, head_only=False) >= (cfg.places.national_threshold if bodies else 1.0))
    # (a province named once in passing still stands where the article's own provincial outlet says it too)
    passing = _in_passing(doc, mentions, source) and not _outlet_agrees(doc, gaz, outlet) \
        and province_opening_url(doc.url, gaz, era) != doc.fields.get("province_code")  # (the address's headline names it)
    if national or passing or _scattered(doc, mentions, source) or _joint_provinces(doc, mentions):
        # (or a province named once in passing deep in an article that names no other place and comes
        # from no provincial outlet: no province, but no national scope either)
        for key in _UNIT_FIELDS:
            doc.fields.pop(key, None)
        doc.fields["scope"] = "national" if national else ""
        source = ""
    doc.fields["scope"] = scope_of(doc.fields)
    doc.fields["place_source"] = source


_OPEN_BRACKET = re.compile(r"\(([^()]*)$")
_AT = re.compile(r"\b(?:tại|ở)\b", re.I)


# A unit named as the host of an event ("Huyện Đoàn Thoại Sơn đăng cai tổ chức", "Huyện ủy Ea H’leo (đơn vị đăng cai)").
_HOSTS_AFTER = re.compile(r"\s*(?:\(\s*)?(?:là\s+|đã\s+|được\s+giao\s+)?(?:đơn\s+vị\s+)?đăng\s+cai\b", re.I)
# A street in a venue's address, before the unit: "(Số 4, đường Phạm Ngọc Thạch, Quận 1", "(47 Lê Duẩn, phường …".
_STREET_BEFORE = re.compile(r"\((?:[^()]*\b(?:số\s+\d|đường|phố)\b|\s*\d+[A-Z]?\s+(?-i:[A-ZĐ]))[^()]*$", re.I)


# A workplace whose address follows in brackets: "Công ty TNHH Fashion Garments (Khu công nghiệp Tam Thăng, TP.Tam Kỳ)".
_WORKPLACE = re.compile(r"\b(?:công\s+ty|cty|nhà\s+máy|xí\s+nghiệp|doanh\s+nghiệp|tập\s+đoàn)\b[^()]{0,60}$", re.I)


def _portal_of_a_gone_province(gaz: Gazetteer, outlet: OutletHint, outlet_2025: str) -> bool:
    """Whether the outlet is a government portal of a province the 2025 reform merged into another (`outlet_2025`, its
    province in the new system): its pages were written before the portal closed."""
    if not outlet.province_code or not outlet.evidence.endswith(".gov.vn"):
        return False
    old, new = gaz.province(outlet.province_code, LEGACY), gaz.province(outlet_2025, NEW)
    return bool(old and new) and old.name != new.name


# A hall's address written out after it, part by part: "tại Trung tâm Dạy nghề và Hỗ trợ nông dân, Khu đô thị Anh Dũng VI,
# phường Anh Dũng, quận Dương Kinh" (not a village's own hall: "tại nhà văn hóa thôn 3, xã …" is the village's event).
_HALL_ADDRESS = re.compile(rf"\btại\s+(?:{HALL})"
                           r"[^.;,()]{0,60}(?:,\s*(?:khu|phường|xã|thị\s+trấn|số|đường|phố|tổ|khối)\b[^.;,()]{0,40}){0,4},\s*$",
                           re.I)


def _in_venue_address(doc: Document, m: Mention) -> bool:
    """Inside the brackets of a venue's or a workplace's address: "tại Đền thờ Bác Hồ (ấp Vĩnh Hội, xã Long Đức, TP
    Trà Vinh)", "người lao động của Công ty … (Khu công nghiệp Tam Thăng, TP.Tam Kỳ)", or in a hall's address after it."""
    if _HALL_ADDRESS.search(text_before(doc.text, m.start, 220)):
        return True
    sent_start = doc.sentence_at(m.start)[0]
    opened = _OPEN_BRACKET.search(doc.text, max(sent_start, m.start - 80), m.start)
    return bool(opened) and bool(_AT.search(doc.text, max(sent_start, opened.start() - 120), opened.start())
                                 or _WORKPLACE.search(doc.text, max(sent_start, opened.start() - 80), opened.start()))


# "Lãnh đạo phường Bình Thạnh (TP Hồ Chí Minh), phát động phong trào … Ảnh minh họa.": a stock photo's caption.
_ILLUSTRATION = re.compile(r"\(?\s*ảnh\s*(?::\s*)?minh\s+h(?:ọa|oạ)\b", re.I)


def _in_an_illustration(text: str, start: int) -> bool:
    """Whether the place at `start` stands in the caption of an illustrative photo (its line ends "Ảnh minh họa")."""
    end = text.find("\n", start)
    line_end = end if end >= 0 else len(text)
    return "minh h" in text[start:line_end].lower() and bool(_ILLUSTRATION.search(text, start, line_end))


_TITLE_SUFFIX = re.compile(r"\s[-–—|]\s+(?=\S)")


def _in_outlet_header(text: str, start: int) -> bool:
    """Whether the place at `start` stands in a line that is only the outlet's name ("Báo Cà Mau" under a
    headline): the outlet's own evidence, already weighed as the outlet, not a place the article names."""
    line_start, line_end = line_span(text, start)
    line = text[line_start:line_end]
    if start - line_start <= 20 and OUTLET_HEADER.match(line):
        return True
    # (or the outlet's name the page appends to its headline: "Biểu dương 26 gia đình … – Báo Cao Bằng điện tử")
    suffix = max((m.end() for m in _TITLE_SUFFIX.finditer(line)), default=-1)
    return 0 <= suffix <= start - line_start and bool(OUTLET_HEADER.match(line[suffix:]))


def _without_venue_addresses(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """The mentions without those of a venue's address, where the headline or lead names a place of its own
    (a province's delegation to a regional festival held in another province)."""
    venue = {m.start for m in mentions if m.zone == "body" and _in_venue_address(doc, m)}
    if venue and any(m.zone in ("title", "lead") and not m.historical for m in mentions):
        return [m for m in mentions if m.start not in venue]
    return mentions


# A district or city spoken of without its name: "toàn thành phố", "Hội Cựu chiến binh thành phố", "Huyện ủy".
_UNIT_UNNAMED = re.compile(r"(?<!các\s)(?<!cấp\s)\b(?:huyện|thành\s+phố|thị\s+xã|quận)\b(?!\s+(?:ủy|uỷ)\s+(?-i:[A-ZĐ]))"
                           r"(?!\s+(?-i:[A-ZĐ0-9]))", re.I)


def _unit_only_in_captions(doc: Document, mentions: list[Mention]) -> bool:
    """The district or commune is named only in the body's photo captions ("Một buổi họp … (xã Hưng Phú, huyện Phước
    Long) tại nhà văn hóa ấp. Ảnh: N.V" in a province-wide feature): a picture's example, not the article's unit."""
    code = doc.fields.get("district_code") or doc.fields.get("commune_code")
    if not code:
        return False
    # (the unit's communes named in the text itself, "Hội ND xã Cát Thịnh …", make the caption's district theirs)
    within = [m for m in mentions if not m.historical and any(u.code == code or u.district_code == code for u in m.candidates)]
    # (a caption under the headline, above the lead, shows the event itself: "… tại chùa Tum Núp, xã An Ninh. Ảnh: H.X")
    if not within or not all(m.start > doc.lead_span[1] and is_caption(doc.text[slice(*line_span(doc.text, m.start))])
                             for m in within):
        return False
    # Only where the article speaks of its whole province somewhere ("toàn tỉnh có khoảng 180 nhà văn hóa ấp": a column
    # about an unnamed hamlet whose one caption names it is about that hamlet), and not where the head's unnamed city is
    # the caption's ("Hội Cựu chiến binh toàn thành phố tổng kết …" over "… Hội CCB phường Cẩm Phô").
    return names_whole_province(doc.text, 0, len(doc.text)) \
        and not _UNIT_UNNAMED.search(doc.text, 0, max(doc.lead_span[1], doc.title_span[1]))


def _naming(mentions: list[Mention], code: str) -> list[Mention]:
    """The current mentions that can name the unit `code`."""
    return [m for m in mentions if not m.historical and any(u.code == code for u in m.candidates)]


# A province's own body, its province unnamed, holding the event: "Ban Dân tộc tỉnh tổ chức", "UBND tỉnh đã tổ chức".
# ("Tối 11/10, Thành đoàn tổ chức …": a city's own committee, unnamed, holds it)
_PROVINCIAL_BODY = r"(?:Ban|Sở|Hội|Ủy\s+ban|UBND|Tỉnh\s+(?:ủy|uỷ|đoàn)|Liên\s+đoàn|Công\s+đoàn|Công\s+an|Bộ\s+Chỉ\s+huy|Đảng\s+bộ|Đảng\s+(?:ủy|uỷ))"
# (holds or opens the event: "Sở Y tế Lâm Đồng khai mạc hội thao …", "… phát động Tháng hành động …")
_HOLDS = r"\s+(?:đã\s+|vừa\s+)?(?:long\s+trọng\s+|trang\s+trọng\s+)?(?:tổ\s+chức|khai\s+mạc|phát\s+động|ra\s+quân|tổng\s+kết|sơ\s+kết)\b"
# ("Ban Thường vụ Tỉnh Đoàn đã tổ chức", "Thành Đoàn TPHCM tổ chức": the committee capitalised, its city's name after it)
_PROVINCE_BODY_HOLDS = re.compile(rf"\b(?:{_PROVINCIAL_BODY}(?:\s+[^\W\d]+){{0,8}}?\s+tỉnh"
                                  rf"|(?:Tỉnh|Thành)\s+(?:[ủỦ]y|[uU]ỷ|[đĐ]oàn)(?:\s+[A-ZĐ][\w.]*){{0,3}}"
                                  # (or a ministry: "… thuộc địa phận phường Long Bình Tân (TP Biên Hòa) Bộ Công an tổ chức lễ …")
                                  rf"|Bộ\s+(?!Chỉ\s+huy|chỉ\s+huy|CHQS|đội)[A-ZĐ]\w*(?:\s+[^\W\d]+){{0,7}}?){_HOLDS}")


@lru_cache(maxsize=128)
def _named_province_body_holds(province: str) -> re.Pattern:
    """A provincial body named with its province's name alone: "Công đoàn ngành Y tế Quảng Ninh tổ chức …"."""
    return re.compile(rf"\b{_PROVINCIAL_BODY}(?:\s+[^\W\d]+){{0,6}}?\s+{re.escape(province)}{_HOLDS}")


def _unit_only_as_venue(doc: Document, mentions: list[Mention]) -> bool:
    """The district or commune is named only as where a provincial body's event took place: "Tỉnh đoàn Bạc Liêu
    đã tổ chức lễ báo công … tại Đền thờ Chủ tịch Hồ Chí Minh ở xã Châu Thới (huyện Vĩnh Lợi)", "Hội LHTN Việt Nam
    tỉnh Bắc Kạn tổ chức dâng hương … tại di tích lịch sử Nà Tu (xã Cẩm Giàng, huyện Bạch Thông, tỉnh Bắc Kạn)"."""
    code = doc.fields.get("district_code") or doc.fields.get("commune_code")
    if not code:
        return False
    province = doc.fields.get("province_code")
    # (a bare name the province shares with its capital, "Bắc Ninh tuyên dương …", is read as the province)
    own = [m for m in _naming(mentions, code)
           if not (m.via == "bare" and any(u.level == "province" and u.code == province for u in m.candidates))]
    # (the head, and the body's first sentence: "TPO - Chiến dịch … \n\nChiều 18/9, tại phường Vũng Tàu, Thành Đoàn TPHCM
    # tổ chức hội nghị tổng kết …")
    if own and all(_HOSTS_AFTER.match(doc.text, m.end) for m in own):
        return True  # the host of another body's event: "Tỉnh Đoàn giao Huyện Đoàn Thoại Sơn đăng cai tổ chức Ngày hội …"
    head_end = max(doc.lead_span[1], doc.title_span[1])
    head_end = next((b for _, b in doc.sentences_from(head_end, 1)), head_end)
    if not own or not all(is_venue(doc, m.start) or _in_venue_address(doc, m) for m in own) \
            or any(m.start < head_end and in_a_hamlet(doc, m.start) for m in own):
        return False  # (a hamlet's own day held there: "… tổ chức ngày hội Đại đoàn kết … tại thôn Suối Cau (xã Bắc Khánh Vĩnh)")
    if all(_in_venue_address(doc, m) and _STREET_BEFORE.search(doc.text, max(0, m.start - 60), m.start) for m in own):
        return True  # "… diễn ra tại Hội trường Nhà văn hóa Thanh niên (Số 4, đường Phạm Ngọc Thạch, Quận 1, …)": a hall's street
    if _PROVINCE_BODY_HOLDS.search(doc.text, 0, head_end) or doc.fields.get("province") \
            and _named_province_body_holds(doc.fields["province"]).search(doc.text, 0, head_end):
        return True  # "tại thành phố Rạch Giá (Kiên Giang), Ban Dân tộc tỉnh tổ chức hội nghị …"
    return any(m.zone in ("title", "lead") and m.via in ("committee", "typed") and m.type == "tỉnh" and not m.historical
               and (organises(doc, m.end) or holds_its_congress(doc, m.start))
               and any(u.code == province or u.province_code == province for u in m.candidates)
               for m in mentions)  # (not "Trưởng ban Nội chính Tỉnh ủy Lạng Sơn … dự ngày hội … tại …, xã Vũ Lễ")


_DISTRICT_WORD = re.compile(r"(?<!các\s)(?<!cấp\s)\b(?:huyện|quận|thị\s+xã)\b", re.I)  # ("các huyện ủy", "cấp huyện": none in particular)


def _portal_district_at_a_provincial_event(doc: Document, mentions: list[Mention], outlet) -> bool:
    """A district portal's page about its province's own event ("Chủ tịch UBND tỉnh … chủ trì Hội nghị tổng kết công
    tác thi đua, khen thưởng" on songma.sonla.gov.vn): the text speaks of no district at all, so the domain gives none."""
    code = doc.fields.get("district_code")
    if not code or code != outlet.district_code:
        return False
    if _naming(mentions, code) or any(u.district_code == code for m in mentions if not m.historical
                                      for u in m.of("commune", LEGACY)):
        return False  # (nor where a commune of the district is named: "thôn Bó Bả, xã Cẩm Giàng tổ chức Ngày hội")
    return provincial_head(doc) and not _DISTRICT_WORD.search(doc.text)


def _outlet_agrees(doc: Document, gaz, outlet) -> bool:
    """Whether a provincial outlet (not a national paper's home city) names the article's province."""
    code = doc.fields.get("province_code")
    return bool(code and outlet.province_code and not outlet.weak
                and code in (outlet.province_code, gaz.to_2025(outlet.province_code)))


def _in_passing(doc: Document, mentions: list[Mention], source: str) -> bool:
    """A province from one body mention alone (no unit, no outlet, nothing in the head): not the subject."""
    if source != "text":
        return False
    current = [m for m in mentions if not m.historical]
    # (one address in one photo caption that a page run into the text, "… tại xã Quảng Phú, huyện Quảng Điền, Thừa
    # Thiên - Huế. Ảnh: TTXVN": a picture's example, district and all)
    captioned = len(current) > 1 and len({doc.sentence_at(m.start) for m in current}) == 1 \
        and _caption_run_in(doc, current[0].start)
    if captioned:
        current = current[-1:]
    if len(current) != 1 or current[0].zone != "body":
        return False
    # (a bare name that is both a province and its capital, "ngày Bến Tre Đồng khởi", gives no district either;
    # one that gives the district an excerpt speaks of as "toàn huyện", "Huyện ủy" stands)
    if current[0].via == "bare" and doc.fields.get("district") and DISTRICT_UNNAMED.search(doc.text):
        return False
    # (a city the head speaks of unnamed, "Chủ tịch UBND thành phố biểu dương …", named once in the body, "Thành ủy -
    # UBND thành phố Cần Thơ", is the article's city)
    unnamed = _PROVINCE_UNNAMED.search(doc.text, 0, max(doc.lead_span[1], doc.title_span[1]))
    if unnamed and current[0].type == " ".join(unnamed.group("type").lower().split()):
        return False
    return captioned or current[0].via == "bare" or (current[0].via in ("alias", "typed")
                                                     and not doc.fields.get("district") and not doc.fields.get("commune"))


# A photo's credit after the sentence it captions, the caption run into a paragraph: "… theo tiêu chí nông thôn mới. Ảnh: TTXVN."
_CREDIT_AFTER = re.compile(r"\s*\(?\s*(?:Ảnh|ẢNH)\s*:")


def _caption_run_in(doc: Document, pos: int) -> bool:
    """Whether `pos` lies in a photo caption run into a paragraph of the body, its credit after it (a caption on a line
    of its own may be all that names an essay's unnamed hamlet: "Đường quê ấp Trà Co (xã Minh Diệu, …). Ảnh: X.T")."""
    return not is_caption(doc.text[slice(*line_span(doc.text, pos))]) \
        and bool(_CREDIT_AFTER.match(doc.text, doc.sentence_at(pos)[1]))


_PROVINCE_UNNAMED = re.compile(r"\b(?:UBND|Ủy\s+ban\s+nhân\s+dân|HĐND|Bộ\s+Chỉ\s+huy\s+Quân\s+sự|lực\s+lượng\s+vũ\s+trang)"
                               r"\s+(?P<type>thành\s+phố|tỉnh)\b(?!\s+(?-i:[A-ZĐ]))", re.I)


def _scattered(doc: Document, mentions: list[Mention], source: str) -> bool:
    """A province read from the body alone among several that the body names about as often (a national
    story's list of localities): none of them is the subject, nor a district or commune it names once."""
    if source != "text":
        return False
    # ("Sau lễ phát động … tại Khu Di tích lịch sử Kim Liên, huyện Nam Đàn, tỉnh Nghệ An, nhiều hoạt động …" in a
    # ministry's review of its year that goes on to name a score of provinces: a venue, once)
    unit = doc.fields.get("district_code") or doc.fields.get("commune_code")
    if unit and len(_naming(mentions, unit)) > 1:
        return False
    current = [m for m in mentions if not m.historical]
    counts: dict[str, int] = {}
    in_head: set[str] = set()
    era = doc.fields.get("era", LEGACY)
    for m in current:
        units = [u for u in m.candidates if u.era == era]
        codes = {u.province_code for u in units if u.level == "province"} or {u.province_code for u in units}
        if len(codes) == 1:
            code = next(iter(codes))
            counts[code] = counts.get(code, 0) + 1
            if m.zone in ("title", "lead"):
                in_head.add(code)
    # (a head that names a place is about it, unless it names three provinces or more itself: "… mưa to ở Nậm Giàng
    # (Lai Châu), Hàm Yên (Tuyên Quang), Phủ Thông (Bắc Cạn)", a national bulletin's examples)
    # (or a stretch of coast or country between two of them: "đổ bộ vào đất liền từ Thừa Thiên Huế đến Quảng Ngãi")
    if len(counts) < 3 or any(m.zone in ("title", "lead") for m in current) and len(in_head) < 3 \
            and not _head_spans_provinces(doc, current, era):
        return False
    ranked = sorted(counts.values(), reverse=True)
    # The subject is named again and again, twice as often as any other and in a good share of all mentions.
    return ranked[0] < max(2 * ranked[1], 3) or ranked[0] < 0.4 * sum(ranked)




def _head_spans_provinces(doc: Document, mentions: list[Mention], era: str) -> bool:
    """Whether the headline or lead names a stretch of provinces "từ A đến B", the provinces between them too."""
    head = [m for m in mentions if m.zone in ("title", "lead") and m.of("province", era)]
    if any(in_a_stretch(doc.text, m) for m in head):
        return True  # ("… đổ bộ vào khu vực Thái Bình - Nam Định", "14 tỉnh, thành phố từ Thanh Hóa đến Bình Thuận")
    return any(b.start > a.end and STRETCH_TO.fullmatch(doc.text, a.end, b.start)
               and STRETCH_FROM.search(doc.text, max(0, a.start - 20), a.start) for a, b in zip(head, head[1:], strict=False))


# (or a dash: "Bão số 10 đổ bộ Hà Tĩnh - Nghệ An"; "Bà Rịa - Vũng Tàu" is read as one name before this)
_JOINED = re.compile(r"\s*(?:,|và|;|-|–)\s*(?:(?:tỉnh|thành\s+phố|TP\.?)\s*)?$", re.I)


def _joint_provinces(doc: Document, mentions: list[Mention]) -> bool:
    """The head names two provinces or more side by side as its subjects ("Tuổi trẻ Quảng Ngãi, Cần Thơ ra quân …",
    "các Tỉnh ủy: Sơn La, Hưng Yên đã tổ chức …"): a story of several provinces, none of them its own."""
    era = doc.fields.get("era", LEGACY)
    # (the headline only: a lead lists neighbours, "Phía Bắc giáp tỉnh Lâm Đồng và Ninh Thuận", and places visited)
    heads = [m for m in mentions if not m.historical and m.zone == "title" and m.type in ("", "tỉnh", "thành phố")
             and m.of("province", era)]
    return any(a.of("province", era)[0].code != b.of("province", era)[0].code and _JOINED.match(doc.text, a.end, b.start)
               for a, b in zip(heads, heads[1:], strict=False))


_BELOW_PROVINCE = ("district", "district_type", "district_code", "commune", "commune_type", "commune_code",
                   "commune_formed_from")
_UNIT_FIELDS = ("province", "province_code", "province_2025", *_BELOW_PROVINCE)


