"""Resolve: from the mentions an article makes to its era, its province and its main unit.

1. Era (extractors.places.era): the old system or the two-level one of 1 July 2025.
2. Province. Evidence is weighed: provinces named in the text (more in the title and lead), the
   outlet, and units whose name belongs to one province only. Names shared by several provinces
   ("Châu Thành", "Tân Phú") are then read as the unit of the best-supported province, or of the
   province written right beside them ("Thoại Sơn (An Giang)", "xã Vĩnh Tường, tỉnh Phú Thọ").
3. Main unit. District (old system) or commune (new): scored by zone (title, lead, body) and by
   how it is written (typed, committee, bare). The best must dominate the runner-up; an article
   about a whole province, or a feature that tours several communes, has none.
Old units named as history give neither the province nor the unit.
"""

from __future__ import annotations

import re
from collections import defaultdict

from extractors.places.era import decide_era
from extractors.places.gazetteer import LEGACY, NEW, Gazetteer, Unit, get_gazetteer
from extractors.places.matcher import Mention
from extractors.places.outlets import OutletHint, detect_outlet
from extractors.places.scope import is_national, place_source, scope_of
from pipeline.document import Document
from pipeline.settings import Settings

_INTRO = re.compile(r"(?:^|[\s,;])(?:tại|ở)\s+(?:thôn\s+[^,]{1,30},\s*)?$", re.I)
_VENUE = re.compile(r"\btại\s+(?:trung\s+tâm|hội\s+trường|nhà\s+văn\s+hóa|nhà\s+hát|cung|khách\s+sạn|trụ\s+sở"
                    r"|sân|quảng\s+trường)[^.;,]{0,50}$", re.I)
_ADJACENT_GAP = re.compile(r"\s*(?:\(|,|-|–)?\s*")
_WHOLE_PROVINCE = re.compile(r"\btoàn\s+tỉnh\b|\btrên\s+địa\s+bàn\s+tỉnh\b|\bcác\s+huyện\b", re.I)


def _weight(m: Mention, cfg: Settings) -> float:
    p = cfg.places
    w = {"title": p.weight_title, "lead": p.weight_lead}.get(m.zone, p.weight_body)
    if m.via in ("typed", "committee", "list", "alias"):
        w *= p.typed_bonus
    elif m.via == "bare" and m.zone == "body":
        w *= 0.6
    return w


class _Evidence:
    def __init__(self) -> None:
        self.province: dict[str, float] = defaultdict(float)

    def best(self, codes: set[str] | None = None) -> str:
        items = [(s, c) for c, s in self.province.items() if codes is None or c in codes]
        if not items:
            return ""
        items.sort(reverse=True)
        if len(items) > 1 and items[0][0] == items[1][0]:
            return ""
        return items[0][1] if items[0][0] > 0 else ""


def _adjacent_province(m: Mention, mentions: list[Mention], text: str, era: str) -> str:
    """"X (tỉnh Y)", "X, tỉnh Y", "X (Y)", "X, TP.HCM": the province written right after a unit."""
    for n in mentions:  # in text order: only the few right after m matter
        if n.start < m.end:
            continue
        if n.start - m.end > 8:
            break
        if _ADJACENT_GAP.fullmatch(text, m.end, n.start) and n.of("province", era):
            return n.of("province", era)[0].code
    return ""


def _narrow(units: list[Unit], ev: _Evidence, adjacent: str) -> list[Unit]:
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


def _choose(scores: dict[str, float], strong: set[str], dominance: float) -> str:
    if not scores:
        return ""
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    top, top_score = ranked[0]
    if len(ranked) > 1 and top_score < dominance * ranked[1][1]:
        return ""
    return top if top in strong else ""


def resolve_places(doc: Document, cfg: Settings) -> None:
    """Fill the article's era, province, district and commune fields and write the place facts."""
    gaz = get_gazetteer(cfg)
    mentions: list[Mention] = [m for m in doc.mentions if m.candidates]
    outlet = detect_outlet(doc.text, doc.url, cfg, gaz)
    # The catalogue's or the config's name of a known outlet wins over what the page calls itself.
    if outlet.name and (not doc.outlet or outlet.name != outlet.evidence):
        doc.outlet = outlet.name
    published = doc.fields.get("published_date")
    era = decide_era(doc, mentions, published, outlet)
    doc.fields["era"] = era
    if era == LEGACY:
        _resolve_legacy(doc, cfg, gaz, mentions, outlet, published)
    else:
        _resolve_new(doc, cfg, gaz, mentions, outlet)
    source = place_source(doc, outlet.evidence if outlet.province_code else "")
    if is_national(doc, mentions, cfg.places.national_threshold) or (
            source in ("outlet", "url") and is_national(doc, mentions, 1.0)) or _in_passing(doc, mentions, source):
        # National; or only the outlet's city and a sign of national scope; or a province named once in
        # passing deep in an article that names no other place and comes from no provincial outlet.
        for key in _UNIT_FIELDS:
            doc.fields.pop(key, None)
        national = is_national(doc, mentions, cfg.places.national_threshold) or source in ("outlet", "url")
        doc.fields["scope"] = "national" if national else ""
        source = ""
    doc.fields["scope"] = scope_of(doc.fields)
    doc.fields["place_source"] = source


def _in_passing(doc: Document, mentions: list[Mention], source: str) -> bool:
    """A province from one body mention alone (no unit, no outlet, nothing in the head): not the subject."""
    if source != "text" or doc.fields.get("district") or doc.fields.get("commune"):
        return False
    current = [m for m in mentions if not m.historical]
    return len(current) == 1 and current[0].zone == "body" and current[0].via in ("bare", "alias", "typed")


_UNIT_FIELDS = ("province", "province_code", "province_2025", "district", "district_type", "district_code",
                "commune", "commune_type", "commune_code", "commune_formed_from")


def _province_evidence(doc: Document, cfg: Settings, gaz: Gazetteer, mentions: list[Mention], outlet: OutletHint,
                       era: str, unit_level: str) -> _Evidence:
    ev = _Evidence()
    if outlet.province_code:
        code = outlet.province_code if era == LEGACY else gaz.to_2025(outlet.province_code)
        ev.province[code] += 1.5 if outlet.weak else 3.0
    for m in mentions:
        if m.historical:
            continue
        w = _weight(m, cfg)
        provs = m.of("province", era)
        if provs and m.type in ("tỉnh", "thành phố", "") or (provs and m.via == "alias"):
            for u in provs[:1]:
                ev.province[u.code] += w * (1.0 if m.via != "bare" else 0.8)
        if era == NEW and not provs and m.of("province", LEGACY) and m.type in ("tỉnh", ""):
            ev.province[gaz.to_2025(m.of("province", LEGACY)[0].code)] += 0.5 * w
        units = m.of(unit_level, era)
        codes = {u.province_code for u in units}
        if len(codes) == 1:
            ev.province[next(iter(codes))] += 0.7 * w
        if era == LEGACY and unit_level == "district":
            ccodes = {u.province_code for u in m.of("commune", LEGACY)}
            if m.type in ("xã", "phường", "thị trấn") and len(ccodes) == 1:
                ev.province[next(iter(ccodes))] += 0.5 * w
    return ev


def _resolve_legacy(doc: Document, cfg: Settings, gaz: Gazetteer, mentions: list[Mention], outlet: OutletHint,
                    published: str | None) -> None:
    text = doc.text
    ev = _province_evidence(doc, cfg, gaz, mentions, outlet, LEGACY, "district")
    scores: dict[str, float] = defaultdict(float)
    strong: set[str] = set()
    chosen: dict[int, Unit] = {}
    in_head: set[str] = set()
    for m in mentions:
        if m.historical:
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
        units = _narrow(districts, ev, _adjacent_province(m, mentions, text, LEGACY))
        if len({u.code for u in units}) != 1 or _VENUE.search(text[max(0, m.start - 70):m.start]):
            continue  # ambiguous, or the hall an event is held in ("tại Trung tâm Hội nghị 25B TP. Thanh Hóa")
        unit = units[0]
        chosen[m.start] = unit
        w = _weight(m, cfg)
        scores[unit.code] += w
        if m.via in ("typed", "committee", "alias") or m.zone in ("title", "lead"):
            strong.add(unit.code)
        if m.zone in ("title", "lead"):
            in_head.add(unit.code)
    # A commune speaks for its district ("Xã Vĩnh Hòa Hiệp – Châu Thành"), and so does a bare name that
    # can only be a commune ("Hoằng Kim" in a headline). Where a name is several communes, the district
    # that the article's other communes lie in decides (the coherence of a feature about one district).
    commune_units: dict[int, Unit] = {}
    communal = [m for m in mentions if not m.historical and (m.type in ("xã", "phường", "thị trấn") or (
        m.via == "bare" and m.of("commune", LEGACY) and not m.of("district", LEGACY) and not m.of("province", LEGACY)))]
    support: dict[str, set[str]] = defaultdict(set)
    for m in communal:
        for u in m.of("commune", LEGACY):
            support[u.district_code].add(m.surface)
    coherent = max(support, key=lambda c: len(support[c]), default="")
    if coherent and len(support[coherent]) < 3:
        coherent = ""
    for m in communal:
        units = m.of("commune", LEGACY)
        if m.via == "bare" and ev.best() and all(u.province_code != ev.best() and u.district_code != coherent
                                                 for u in units):
            continue  # a bare name that is a commune only in another province is not this article's
        known = ({u.district_code for u in units} & set(scores)) or ({coherent} & {u.district_code for u in units})
        if known:
            units = [u for u in units if u.district_code in known]
        units = _narrow(units, ev, _adjacent_province(m, mentions, text, LEGACY))
        if len({u.code for u in units}) == 1:
            commune_units[m.start] = units[0]
            scores[units[0].district_code] += 0.5 * _weight(m, cfg)
            if m.zone in ("title", "lead"):
                strong.add(units[0].district_code)
    if outlet.district_code:
        scores[outlet.district_code] += 3.0
        strong.add(outlet.district_code)
    dominance = cfg.places.dominance
    main = _choose(scores, strong, dominance)
    if main and main not in in_head and _WHOLE_PROVINCE.search(text[: max(doc.lead_span[1], doc.title_span[1], 1)]):
        main = ""  # the head speaks of the whole province; one district in the body is not its subject
    if main and main not in in_head and _digest(doc, mentions, chosen):
        main = ""  # a digest of items about several districts
    district = gaz.districts.get(main) if main else None
    if district is None and main:
        district = next((u for u in chosen.values() if u.code == main), None)
    # A historical name the text used ("Đất Đỏ") is the unit as it was then.
    if district is not None:
        written = [u for u in chosen.values() if u.code == main]
        if written and written[0].historical:
            district = written[0]
        elif written:
            district = max(written, key=lambda u: sum(1 for v in chosen.values() if v == u))
    province_code = district.province_code if district else ev.best()
    f = doc.fields
    if province_code:
        f["province"] = gaz.province_name(province_code, LEGACY, published)
        f["province_code"] = province_code
        p25 = gaz.province(gaz.to_2025(province_code), NEW)
        f["province_2025"] = p25.name if p25 else ""
    if district:
        f["district"] = district.name
        f["district_type"] = district.type
        f["district_code"] = "" if district.historical else district.code
    # The main commune, where the article is mainly about one.
    cscores: dict[str, float] = defaultdict(float)
    cunits: dict[str, Unit] = {}
    at = {m.start: m for m in mentions}
    for start, u in commune_units.items():
        m = at[start]
        if district and u.district_code != district.code:
            continue
        cscores[u.code] += _weight(m, cfg)
        cunits[u.code] = u
    head_communes = {u.code for s, u in commune_units.items() if at[s].zone == "title"}
    cmain = _choose(cscores, head_communes, dominance)
    if cmain:
        u = cunits[cmain]
        f["commune"], f["commune_type"], f["commune_code"] = u.name, u.type, u.code
    _place_facts(doc, gaz, mentions, chosen, commune_units, LEGACY, published)


_ITEM = re.compile(r"^[*•+–-]\s+\S", re.M)


def _digest(doc: Document, mentions: list[Mention], units: dict[int, Unit]) -> bool:
    """A digest of items ("* Ngày 17-10, Đảng ủy xã Thái Mỹ …"): the items name different units."""
    items = [m.start() for m in _ITEM.finditer(doc.text)]
    if not items:
        return False
    heads = [0, *items]
    named = set()
    for start in heads:
        first = next((units[m.start].code for m in mentions if m.start in units and start <= m.start < start + 160), None)
        if first:
            named.add(first)
    return len(named) >= 2


def _tour(doc: Document, mentions: list[Mention], units: dict[int, Unit]) -> bool:
    """A feature that goes from one commune to the next ("Tại xã A … thì tại phường B …")."""
    introduced = set()
    for m in mentions:
        if m.start in units and _INTRO.search(doc.text[max(0, m.start - 45):m.start - len(m.type) - 1 if m.type else m.start]):
            introduced.add(units[m.start].code)
    return len(introduced) >= 2


def _resolve_new(doc: Document, cfg: Settings, gaz: Gazetteer, mentions: list[Mention], outlet: OutletHint) -> None:
    text = doc.text
    current = [m for m in mentions if not m.historical]
    ev = _province_evidence(doc, cfg, gaz, current, outlet, NEW, "commune")
    scores: dict[str, float] = defaultdict(float)
    strong: set[str] = set()
    units_at: dict[int, Unit] = {}
    # Old districts named as history ("xã Mỹ Hòa (huyện Ba Tri cũ)") give no province of their own,
    # but tell same-named new communes apart: the one formed from that district's communes.
    old_districts = {u.code for m in mentions if m.historical for u in m.of("district", LEGACY)}
    best_province = ev.best()
    for m in current:
        if m.type in ("huyện", "thị xã", "quận", "thị trấn", "tỉnh"):
            continue  # districts no longer exist: in a new article they are history
        communes = m.of("commune", NEW)
        if not communes:
            continue
        if len(communes) > 1 and old_districts:
            communes = [u for u in communes if gaz.formed_from_districts(u.code) & old_districts] or communes
        if m.via == "bare" and (m.of("province", NEW) or m.of("province", LEGACY)):
            continue  # "Huế", "Lâm Đồng": a province before it is a commune
        units = _narrow(communes, ev, _adjacent_province(m, mentions, text, NEW))
        if len({u.code for u in units}) != 1:
            continue
        u = units[0]
        if m.via == "bare" and best_province and u.province_code != best_province:
            continue  # a bare name whose only reading lies in another province is not this article's commune
        units_at[m.start] = u
        scores[u.code] += _weight(m, cfg)
        if m.via != "bare" or m.zone == "title":
            strong.add(u.code)
    by_code = {u.code: u for u in units_at.values()}
    dominance = cfg.places.dominance
    main = _choose(scores, strong, dominance)
    title_codes = {units_at[m.start].code for m in current if m.start in units_at and m.zone == "title"}
    if main and (_digest(doc, current, units_at) or (not title_codes and _tour(doc, current, units_at))):
        main = ""  # a feature that tours several communes, or a digest of items: no main commune
    f = doc.fields
    commune = by_code.get(main)
    province_code = commune.province_code if commune else ev.best()
    if province_code:
        p = gaz.province(province_code, NEW)
        f["province"] = f["province_2025"] = p.name if p else ""
        f["province_code"] = province_code
    if commune:
        f["commune"], f["commune_type"], f["commune_code"] = commune.name, commune.type, commune.code
        legacy = gaz.formed_from.get(commune.code, [])
        if legacy:
            f["commune_formed_from"] = " ".join(legacy)
    # Old communes named as history ("3 xã A, B và C (cũ)") are facts too, as the units they were.
    for m in mentions:
        if m.historical and m.start not in units_at and m.type in ("xã", "phường", "thị trấn", ""):
            old = [u for u in m.of("commune", LEGACY) if not province_code or gaz.to_2025(u.province_code) == province_code]
            if old and len({u.name for u in old}) == 1:
                units_at[m.start] = old[0]
    _place_facts(doc, gaz, mentions, {}, units_at, NEW, None)


def _place_facts(doc: Document, gaz: Gazetteer, mentions: list[Mention], districts: dict[int, Unit],
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
