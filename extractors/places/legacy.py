"""The old system (before 1 July 2025): an article's province and main district, and a main commune
where it is mainly about one."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from extractors.places.digests import (
    announces_a_journey,
    digest,
    digest_title,
    item_of_a_digest,
    labelled_items,
    lead_is_an_item,
    moves_on,
    names_several_districts,
    title_is_an_item,
)
from extractors.places.evidence import (
    UPGRADED,
    adjacent_province,
    choose,
    names_whole_province,
    narrow,
    other_province_in_head,
    place_facts,
    province_evidence,
    province_in_head,
    province_in_title,
    speaks_of_whole_province,
    weight,
)
from extractors.places.gazetteer import LEGACY, NEW, Gazetteer, Unit
from extractors.places.headlines import written_as_communes
from extractors.places.history import YEAR, district_as_written, written_on
from extractors.places.matcher import Mention
from extractors.places.outlets import OutletHint
from extractors.places.scope import in_a_hamlet, is_venue
from extractors.places.url_slug import district_in_url
from extractors.places.written import DISTRICT_KIND, GRANT_VERBS, names_a_post, names_a_seat, text_before
from pipeline.document import Document
from pipeline.settings import Settings
from pipeline.text import fold_key, line_span, name_key

# The halls an event is held in; a village's own ("nhà văn hóa") is a venue only where the unit follows it at once.
HALL = r"trung\s+tâm|hội\s+trường|nhà\s+hát|cung|khách\s+sạn|trụ\s+sở|sân|quảng\s+trường"
_VENUE = re.compile(rf"\btại\s+(?:{HALL}|nhà\s+văn\s+hóa)[^.;]{{0,50}}$", re.I)
# ("tại thành phố Kon Tum, Ban Dân tộc tỉnh Kon Tum tổ chức": a province's department acts too)
_PROVINCE_ACTS_AFTER = re.compile(r",\s*(?:(?:Ban|Sở|Hội|Ủy\s+ban|Uỷ\s+ban|Công\s+an|Tỉnh\s+đoàn|Liên\s+đoàn|Bộ\s+Chỉ\s+huy)"
                                  r"(?:[\s,]+[^\W\d]+){0,7}?\s+)?"
                                  r"(?:tỉnh|Tỉnh\s+ủy|UBND\s+tỉnh)\s+[A-ZĐ][^\W\d]*(?:\s+[A-ZĐ][^\W\d]*){0,3}"
                                  r"\s+(?:đã\s+)?(?:long\s+trọng\s+|trọng\s+thể\s+)?tổ\s+chức\b")
# ("tại TP Đông Hà (Quảng Trị) diễn ra lễ …": where the event takes place, no actor of the city's)
_HELD_AFTER = re.compile(r"\s*(?:\([^()]{2,30}\))?\s*,?\s*(?:đã\s+)?diễn\s+ra\b")
_AT_BEFORE = re.compile(rf"\btại\s+{DISTRICT_KIND}?\s*$", re.I)
# "UBND huyện Mê Linh - Cụm trưởng Cụm Thi đua số 9 (gồm các huyện: Mê Linh, Sóc Sơn, Đông Anh, …)": an emulation
# cluster of districts is the subject, not the district that chairs it.
# "Khối thi đua các huyện, thành phố tổng kết …", "Cụm thi đua 5 huyện miền núi": the districts' cluster, none of them.
# ("Cụm thi đua số 3 tỉnh Thanh Hóa … Tại huyện Quan Sơn": a province's cluster of districts, meeting in one of them)
# ("Cụm thi đua số 1, bao gồm các địa phương: Đức Trọng, Di Linh, Đà Lạt và Bảo Lộc": the members listed)
_DISTRICTS_CLUSTER = re.compile(r"\b(?:cụm|khối)\s+thi\s+đua\s+(?:số\s+\d+\s*,?\s*)?(?:(?:các|\d+)\s+(?:huyện|quận|thị\s+xã)\b"
                                r"|tỉnh\s+(?-i:[A-ZĐ])|(?:bao\s+)?gồm\s+(?:các\s+)?(?:địa\s+phương|huyện|đơn\s+vị)\b)", re.I)
# The head speaks of a district without naming it: "Toàn huyện có …", "Huyện ủy … lãnh đạo", "UBND huyện".
DISTRICT_UNNAMED = re.compile(r"\b(?:toàn\s+huyện|huyện\s+(?:ủy|uỷ)|ubnd\s+huyện|đảng\s+bộ\s+huyện|địa\s+bàn\s+huyện)\b(?!\s+(?-i:[A-ZĐ]))", re.I)
_CHAIR_AFTER = re.compile(r"\s*(?:[-–,]\s*)?(?:là\s+|làm\s+)?cụm\s+trưởng\b", re.I)


@dataclass
class _Scores:
    """What the mentions say for each district: its score, whether a strong or head mention names it."""

    scores: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    strong: set[str] = field(default_factory=set)
    in_head: set[str] = field(default_factory=set)
    chosen: dict[int, Unit] = field(default_factory=dict)  # mention start -> the district it names
    in_title: set[str] = field(default_factory=set)  # districts the headline (or the address) names
    head_communes: set[str] = field(default_factory=set)  # districts whose communes the head names
    opening_communes: set[str] = field(default_factory=set)  # ... or the body's first sentence names
    written: dict[str, str] = field(default_factory=dict)  # commune name -> the district the text writes it with
    communes: dict[str, int] = field(default_factory=dict)  # district -> how many of its communes the text names


def resolve_legacy(doc: Document, cfg: Settings, gaz: Gazetteer, mentions: list[Mention], outlet: OutletHint,
                   published: str | None) -> None:
    """The article's province, main district and main commune in the old system, and its place facts."""
    published = published or _renamed_since(doc, gaz, mentions)  # the date names are read at
    _as_former_cities(gaz, mentions, published)
    ev = province_evidence(doc, cfg, gaz, mentions, outlet, LEGACY, "district")
    s = _score_districts(doc, cfg, gaz, mentions, ev)
    on_date = written_on(doc.text, published) if gaz.district_changes else None  # (the day the units are named for)
    commune_units = _score_communes(doc, cfg, gaz, mentions, ev, s, outlet, on_date)
    s.communes = Counter(u.district_code for u in {u.code: u for u in commune_units.values()}.values())
    if outlet.district_code:
        s.scores[outlet.district_code] += 3.0
        s.strong.add(outlet.district_code)
    slug = district_in_url(doc.url, gaz, ev.best())
    if slug:  # the address keeps the headline an excerpt lost
        s.scores[slug] += 2.0
        for named in (s.strong, s.in_head, s.in_title):
            named.add(slug)
    several = names_several_districts(doc, mentions) or digest_title(doc) or announces_a_journey(doc, ("huyện", "địa phương"))
    district = _main_district(doc, cfg, gaz, mentions, s, several)
    if on_date and district and not any(u.code == district.code for u in s.chosen.values()):
        district = district_as_written(gaz, district, commune_units, on_date)
    province_code = district.province_code if district else ev.best()
    f = doc.fields
    if province_code:
        f["province"] = gaz.province_name(province_code, LEGACY, published)
        f["province_code"] = province_code
        f["province_2025"] = getattr(gaz.province(gaz.to_2025(province_code), NEW), "name", "")
    if district:
        f["district"] = district.name
        f["district_type"] = district.type
        f["district_code"] = "" if district.historical else district.code
        if not any(u.code == district.code for u in s.chosen.values()):  # (named nowhere in the text)
            if any(u.district_code == district.code for u in commune_units.values()):
                f["district_from_commune"] = True
            elif slug == district.code:
                f["district_from_url"] = True
    if district or not several:  # (nor one of its communes: "tại 02 huyện A và B", "Tin vắn")
        _main_commune(doc, cfg, mentions, commune_units, district, s.written)
    place_facts(doc, gaz, mentions, s.chosen, commune_units, LEGACY, published)


def _as_former_cities(gaz: Gazetteer, mentions: list[Mention], published: str | None) -> None:
    """"thành phố Huế" in an article written before Huế became a province-level city names the district-level city."""
    for m in mentions:
        if m.type != "thành phố" or m.historical or m.via == "alias":
            continue  # (an alias names the province: "TT-Huế", "Thừa Thiên - Huế")
        written = fold_key(m.surface)  # (the city's own name, "TP Huế", not the province's, "Thừa Thiên Huế")
        for u in m.of("province", LEGACY):
            city = gaz.former_city(u.code, published)
            if city is not None and written.endswith(fold_key(city.name)) and fold_key(city.province) not in written:
                m.candidates = [city] + [c for c in m.candidates if c.level != "province"]
                break


def _renamed_since(doc: Document, gaz: Gazetteer, mentions: list[Mention]) -> str | None:
    """For an undated article, the day a province was renamed where the article names it (as "thành phố Huế"),
    never writes its old name ("Thừa Thiên Huế") and writes no year before the renaming's: it was written since."""
    text = None
    for h in gaz.province_history:
        if not any(not m.historical and any(u.level == "province" and u.code == h["code"] for u in m.candidates)
                   for m in mentions):
            continue
        text = text or fold_key(doc.text)
        years = [int(y) for y in YEAR.findall(doc.text)]
        if fold_key(h["name"]) not in text and (not years or max(years) >= int(h["until"][:4])):
            return h["until"]
    return None


def _upgraded(gaz: Gazetteer, m: Mention, province_code: str) -> list[Unit]:
    """The district of the province the evidence names that has this name and a type raised since the
    one written, where the written type finds the name only in other provinces."""
    if not province_code or m.type not in UPGRADED:
        return []
    found = [u for u in gaz.lookup(name_key(m.surface), "district", LEGACY)
             if u.province_code == province_code and u.type in UPGRADED[m.type] and not u.historical]
    return found if len({u.code for u in found}) == 1 else []


def _score_districts(doc: Document, cfg: Settings, gaz: Gazetteer, mentions: list[Mention], ev) -> _Scores:
    """Score each district its mentions name (typed, committee, alias or bare; title and lead weigh more)."""
    text = doc.text
    s = _Scores()
    best_province = ev.best()  # the evidence does not change while districts are scored
    communes = written_as_communes(mentions)
    for m in mentions:
        if m.historical or m.via == "bare" and name_key(m.surface) in communes:
            continue
        districts = m.of("district", LEGACY)
        if m.type in ("xã", "phường", "thị trấn"):
            districts = []
        if m.via == "bare" and m.of("province", LEGACY) and not districts:
            continue
        if m.via == "bare" and m.of("province", LEGACY) and m.type == "":
            # "Bắc Kạn" names a province and its city alike; the province reading wins when bare.
            if not any(u.type == "thành phố" for u in districts):
                continue
            districts = []
        if (_PROVINCE_ACTS_AFTER.match(text, m.end) or _HELD_AFTER.match(text, m.end)) and \
                _AT_BEFORE.search(text, max(0, m.start - 25), m.start):
            continue  # "tại TP Sơn La, tỉnh Sơn La tổ chức …": the province's event, held in its capital
        adjacent = adjacent_province(m, mentions, text, LEGACY)
        units = narrow(districts, ev, adjacent)
        best = adjacent or best_province
        if units and best and all(u.province_code != best for u in units):
            units = _upgraded(gaz, m, best) or ([] if m.via == "bare" and not adjacent else units)
            # (a bare name that is a district only in another province is not this article's: "Thanh Bình trù phú")
        if len({u.code for u in units}) != 1 or _VENUE.search(text_before(text, m.start, 70)):
            continue  # ambiguous, or the hall an event is held in ("tại Trung tâm Hội nghị 25B TP. Thanh Hóa")
        if _listed_honouree(text, m.start) or m.zone != "title" and names_a_post(text, m.start, m.end) \
                or names_a_seat(text, m.start):
            continue  # an item of a list of honourees: "… tặng Bằng khen: …; 3. Nhân dân và cán bộ thành phố Vinh; …";
            # an official's post before the holder's name ("Bí thư Thành ủy Đông Hà Nguyễn Chiến Thắng", among guests);
            # an honoured office's seat ("(trụ sở ở TP.Quy Nhơn, Bình Định)")
        unit = units[0]
        s.chosen[m.start] = unit
        s.scores[unit.code] += weight(m, cfg)
        if m.via in ("typed", "committee", "alias") or m.zone in ("title", "lead"):
            s.strong.add(unit.code)
        if m.zone in ("title", "lead"):
            s.in_head.add(unit.code)
        if m.zone == "title":
            s.in_title.add(unit.code)
    return s


def _score_communes(doc: Document, cfg: Settings, gaz: Gazetteer, mentions: list[Mention], ev, s: _Scores,
                    outlet: OutletHint, on_date: str | None) -> dict[int, Unit]:
    """A commune speaks for its district ("Xã Vĩnh Hòa Hiệp – Châu Thành"), and so does a bare name that
    can only be a commune ("Hoằng Kim" in a headline). Where a name is several communes, the district
    that the article's other communes lie in decides (the coherence of a feature about one district)."""
    commune_units: dict[int, Unit] = {}
    communal = [m for m in mentions if not m.historical and (m.type in ("xã", "phường", "thị trấn") or (
        m.via == "bare" and m.of("commune", LEGACY) and not m.of("district", LEGACY) and not m.of("province", LEGACY)))]
    support: dict[str, set[str]] = defaultdict(set)
    for m in communal:
        for u in m.of("commune", LEGACY):
            support[u.district_code].add(m.surface)
    written = s.written = _districts_written_with(doc.text, mentions, s)
    coherent = max(support, key=lambda c: len(support[c]), default="")
    if coherent and len(support[coherent]) < 3:
        coherent = ""
    known_provinces = _provinces_named(mentions, s, ev.outlet)
    first_sentence_end = doc.sentence_at(_body_start(doc))[1]
    for m in communal:
        units = m.of("commune", LEGACY)
        if (s.chosen or outlet.province_code) and all(u.province_code not in known_provinces for u in units) \
                and not adjacent_province(m, mentions, doc.text, LEGACY):
            continue  # "xã Xuân Yên" beside "Huyện đoàn Thọ Xuân" (or on a portal of An Giang, "phường Đông Xuyên"): a
            # commune merged away since, its namesake in a province the article never names
        if m.via == "bare" and ev.best() and all(u.province_code != ev.best() and u.district_code != coherent
                                                 for u in units):
            continue  # a bare name that is a commune only in another province is not this article's
        known = ({u.district_code for u in units} & set(s.scores)) or ({coherent} & {u.district_code for u in units})
        if known:
            units = [u for u in units if u.district_code in known]
        units = narrow(units, ev, adjacent_province(m, mentions, doc.text, LEGACY))
        if len({u.code for u in units}) == 1:
            commune_units[m.start] = units[0]
            district = written.get(m.surface) or gaz.district_code_on(units[0], on_date)  # (as it was then)
            s.scores[district] += 0.5 * weight(m, cfg)
            if m.zone in ("title", "lead"):
                s.strong.add(district)
                s.head_communes.add(district)
            elif m.start < first_sentence_end and _opens_on(doc, m, communal, first_sentence_end, written):
                s.opening_communes.add(district)
            if m.zone == "title":
                s.in_title.add(district)  # ("Xã Anh hùng Bình Thới của tỉnh Bến Tre …": the headline's commune)
    if coherent and not s.strong and DISTRICT_UNNAMED.search(doc.text, 0, max(doc.lead_span[1], doc.title_span[1])):
        s.strong.add(coherent)  # "Toàn huyện có 80% gia đình …" and three communes of one district in the body
    if not s.strong and len(s.scores) == 1 and DISTRICT_UNNAMED.search(doc.text):
        s.strong.update(s.scores)  # an excerpt from mid-article: "… ở Mù Cang Chải", then "toàn huyện", "Huyện ủy"
    return commune_units


def _provinces_named(mentions: list[Mention], s: _Scores, outlet_province: str) -> set[str]:
    """Provinces the article names, through a province, a district it scored or its outlet."""
    named = {u.code for m in mentions if not m.historical for u in m.provinces_named(LEGACY)}
    return named | {u.province_code for u in s.chosen.values()} | ({outlet_province} - {""})


def _opens_on(doc: Document, m: Mention, communal: list[Mention], end: int, written: dict[str, str]) -> bool:
    """Whether the body's first sentence (to `end`) is about this commune: its only one, with its district, in prose."""
    # (not in brackets, an address; nor after a colon, a list: "gồm: bà A, Chủ tịch Ủy ban MTTQ xã B, huyện C")
    start, (line_start, line_end) = doc.sentence_at(m.start)[0], line_span(doc.text, m.start)
    return m.surface in written and sum(1 for c in communal if start <= c.start < end) == 1 and line_end - line_start >= 150 \
        and doc.text.rfind("(", start, m.start) <= doc.text.rfind(")", start, m.start) and ":" not in doc.text[start:m.start]


_COMMUNE_TO_DISTRICT = re.compile(rf"\s*(?:\(|,|-|–)\s*{DISTRICT_KIND}\s*", re.I)


def _districts_written_with(text: str, mentions: list[Mention], s: _Scores) -> dict[str, str]:
    """Communes the text writes with their district ("xã Nghi Xuân (huyện Nghi Lộc)"), by name: the district of the
    text's time, where the gazetteer has since moved the commune (into a city that grew in 2019-2025)."""
    found: dict[str, str] = {}
    for m, n in zip(mentions, mentions[1:], strict=False):
        if m.type in ("xã", "phường", "thị trấn") and n.start in s.chosen and not m.historical \
                and _COMMUNE_TO_DISTRICT.fullmatch(text, m.end, n.start):
            found.setdefault(m.surface, s.chosen[n.start].code)
    return found


_LIST_ITEM_BEFORE = re.compile(r"[:;]\s*\d{1,2}\s*[.)]\s*[^:;.\n]{0,60}$")
_HONOURED_BEFORE = re.compile(rf"\b(?:{GRANT_VERBS})\b[^:\n]{{0,80}}$", re.I)


def _listed_honouree(text: str, start: int) -> bool:
    """Whether the unit at `start` is named in a numbered item of a list of honourees that a grant opens."""
    if not (item := _LIST_ITEM_BEFORE.search(text, max(0, start - 80), start)):
        return False
    colon = text.rfind(":", max(0, item.start() - 400), item.start() + 1)
    return colon >= 0 and "\n" not in text[colon:start] and bool(_HONOURED_BEFORE.search(text, max(0, colon - 120), colon))


def _main_district(doc: Document, cfg: Settings, gaz: Gazetteer, mentions: list[Mention], s: _Scores,
                   several: bool) -> Unit | None:
    """The district that dominates, unless the head speaks of the whole province or of `several` districts (or items of
    news in brief), or the text is a digest."""
    main = choose(s.scores, s.strong, cfg.places.dominance)
    named_in_head = s.in_head - {main}
    if main and len(named_in_head) == 1 and main not in {u.code for u in s.chosen.values()}:
        main = next(iter(named_in_head))  # ("UBND huyện Điện Biên … xã Mường Phăng", a commune the package has since
        # moved to the city: the district the head names, not the one only its commune's present home gives)
    if len(s.in_head) >= 3 and any(m.zone in ("title", "lead") and _CHAIR_AFTER.match(doc.text, m.end) for m in mentions):
        return None  # a cluster of the districts the head names, chaired by one of them
    if main and len(s.in_head) >= 4 and s.scores[main] < 2 * max((v for k, v in s.scores.items() if k != main), default=0.0):
        return None  # the head lists four districts or more, none far ahead: the province's, none of theirs
    if several or _DISTRICTS_CLUSTER.search(doc.text, 0, max(doc.lead_span[1], doc.title_span[1])):
        return None
    if main and main not in s.in_head and speaks_of_whole_province(doc):
        return None  # the head speaks of the whole province; one district in the body is not its subject
    if main and main not in s.in_title and names_whole_province(doc.text, *doc.title_span):
        return None  # the headline speaks of the whole province ("toàn tỉnh Lào Cai … 5.287 mô hình"); the lead's district is its first example
    # (a digest's headline, or its lead, may be its first item: "* Sáng 12.11, … huyện A.")
    if main and (title_is_an_item(doc) or len(labelled_items(doc, mentions, s.chosen)) >= 2
                 or (main not in s.in_title if lead_is_an_item(doc) else main not in s.in_head)) \
            and digest(doc, mentions, s.chosen):
        return None  # a digest of items about several districts
    if main and item_of_a_digest(doc, [start for start, u in s.chosen.items() if u.code == main]):
        return None  # one item of a province's news in brief
    if not main or moves_on(doc.text, s.chosen, main):
        return None
    if not s.in_title and len(s.in_head) >= 2 and province_in_title(mentions, s.chosen, gaz.districts.get(main)):
        return None  # "Bắc Kạn: Mưa lớn …", then a lead naming two of its districts: the province's story, they its places
    named = [u for u in s.chosen.values() if u.code == main]
    several = len({u.code for u in s.chosen.values()}) >= 2
    # (a hamlet hosts the event the head reports where the lead or the paragraph after it names it; deep in the body it
    # is one example: "… khảo sát mô hình “Tiếng kẻng an ninh” tại tổ dân phố Đức Liễn, phường Hồng Thái, thị xã Việt Yên")
    opening = line_span(doc.text, _body_start(doc))[1]  # (the end of the paragraph after the headline and lead)
    in_hamlet = any(in_a_hamlet(doc, start) and start < opening for start, u in s.chosen.items() if u.code == main)
    # (unless the head names a commune of it: "Trưởng thôn Bình Man, xã Sơn Nam", then "xã Sơn Nam, huyện Sơn Dương")
    in_passing = bool(named) and main not in s.head_communes and not in_hamlet
    if in_passing and main not in s.in_head | s.opening_communes and (len(named) == 1 or several) \
            and province_in_head(doc, mentions, s.chosen, named[0]):
        return None  # the head names the province; a district named once in the body, or one of several, is an example
        # (not where the body opens on a commune of it: "hằng năm, xã Thuận Thiên (huyện Kiến Thụy) lại tổ chức lễ hội")
    if in_passing and main not in s.in_head and len(named) == 1 and other_province_in_head(doc, mentions, s.chosen, named[0]):
        return None  # a district of another province than the head's, named once in the body: a place the story passes
        # (a firm's founding site, a guest's home), not its subject
    if in_passing and several and len(named) <= 2 and main not in s.in_title and not _leads(doc, s, main):
        return None  # the headline names no district and the text names this one at most twice, among others: one
        # place the article passes through (a meeting held there, a delegate's home), not its subject
    district = gaz.districts.get(main) or (named[0] if named else None)
    # A historical name the text used ("Đất Đỏ") is the unit as it was then, unless the text names the unit more often
    # by its present name ("Đảng bộ các Quận 2, 9, Thủ Đức (cũ) và Đảng bộ thành phố Thủ Đức", then "Thành ủy Thủ Đức").
    if district is not None and named:
        return max(named, key=lambda u: sum(1 for v in s.chosen.values() if v == u))  # (the first named, if tied)
    return district


def _leads(doc: Document, s: _Scores, main: str) -> bool:
    """Whether the lead names `main` (not as a venue alone, or with two of its communes in the text) at three times any
    other district's score: "Ban Thường vụ Huyện ủy Chiêm Hóa …", then its communes and a neighbour named once."""
    # (or at twice, where the head names no other and the body, past the others, still speaks of "toàn huyện", "UBND
    # huyện": that is main, a venue or not: "phong trào … ở huyện Văn Chấn …", then "… ven thị xã Nghĩa Lộ …", then "UBND
    # huyện đã khen thưởng"; not a digest's next item, "• Tối 17-8, thị trấn Khánh Hải, huyện Ninh Hải …", the last word)
    if main not in s.in_head:
        return False
    past_others = min((start for start, u in s.chosen.items() if u.code != main), default=0)
    unnamed = s.in_head == {main} and bool(DISTRICT_UNNAMED.search(doc.text, max(_body_start(doc), past_others)))
    runner_up = max((v for k, v in s.scores.items() if k != main), default=0.0)
    if s.scores[main] < (2 if unnamed else 3) * runner_up:
        return False
    return unnamed or s.communes.get(main, 0) >= 2 or any(
        u.code == main and doc.zone(start) in ("title", "lead") and not is_venue(doc, start) for start, u in s.chosen.items())


def _main_commune(doc: Document, cfg: Settings, mentions: list[Mention], commune_units: dict[int, Unit],
                  district: Unit | None, written: dict[str, str]) -> None:
    """The main commune of an old-system article mainly about one (within its main district)."""
    cscores: dict[str, float] = defaultdict(float)
    cunits: dict[str, Unit] = {}
    at = {m.start: m for m in mentions}
    for start, u in commune_units.items():
        if district and district.code not in (u.district_code, written.get(at[start].surface)):
            continue
        cscores[u.code] += weight(at[start], cfg)
        cunits[u.code] = u
    head_communes = {u.code for start, u in commune_units.items() if at[start].zone == "title"}
    cmain = choose(cscores, head_communes, cfg.places.dominance)
    if cmain:
        u = cunits[cmain]
        doc.fields["commune"], doc.fields["commune_type"], doc.fields["commune_code"] = u.name, u.type, u.code


def _body_start(doc: Document) -> int:
    """Where the body begins, after the headline and lead."""
    return _SPACE.match(doc.text, max(doc.lead_span[1], doc.title_span[1])).end()


_SPACE = re.compile(r"\s*")
