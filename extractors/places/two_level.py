"""The two-level system (from 1 July 2025): an article's province (one of 34) and main commune."""

from __future__ import annotations

import re
from collections import defaultdict

from extractors.places.digests import announces_a_journey, digest, tour, visits_a_list
from extractors.places.evidence import (
    adjacent_province,
    choose,
    names_whole_province,
    narrow,
    place_facts,
    province_evidence,
    speaks_of_whole_province,
    weight,
)
from extractors.places.gazetteer import LEGACY, NEW, Gazetteer, Unit
from extractors.places.matcher import Mention
from extractors.places.outlets import OutletHint
from extractors.places.scope import provincial_head
from extractors.places.written import names_a_home
from pipeline.document import Document
from pipeline.settings import Settings
from pipeline.text import line_span, name_key


def resolve_new(doc: Document, cfg: Settings, gaz: Gazetteer, mentions: list[Mention], outlet: OutletHint) -> None:
    text = doc.text
    current = [m for m in mentions if not m.historical]
    ev = province_evidence(doc, cfg, gaz, current, outlet, NEW, "commune")
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
        if names_a_home(text, m.start):
            continue  # an exemplar's home ("ông Hoàng Đình Quê, phường Tân An"), not the article's commune
        units = narrow(communes, ev, adjacent_province(m, mentions, text, NEW))
        if len({u.code for u in units}) != 1:
            continue
        u = units[0]
        if m.via == "bare" and best_province and u.province_code != best_province:
            continue  # a bare name whose only reading lies in another province is not this article's commune
        units_at[m.start] = u
        scores[u.code] += weight(m, cfg)
        if m.via != "bare" or m.zone == "title" or _datelined(text, m):
            strong.add(u.code)
    by_code = {u.code: u for u in units_at.values()}
    dominance = cfg.places.dominance
    main = choose(scores, strong, dominance)
    title_codes = {units_at[m.start].code for m in current if m.start in units_at and m.zone == "title"}
    if main and (digest(doc, current, units_at) or (not title_codes and tour(doc, current, units_at))
                 or main not in title_codes and announces_a_journey(doc, ("xã", "phường", "địa phương", "bản làng", "thôn bản"))):
        main = ""  # a feature that tours several communes, or a digest of items: no main commune
    head_codes = {units_at[m.start].code for m in current if m.start in units_at and m.zone in ("title", "lead")}
    if main and main not in head_codes and speaks_of_whole_province(doc):
        main = ""  # the head speaks of the whole province: a commune in the body is one example
    if main and main not in head_codes and provincial_head(doc):
        main = ""  # the province's own bodies act in the head ("Công an tỉnh Hà Tĩnh đã xây dựng …"): a commune below is one place
    named_at = [start for start, u in units_at.items() if u.code == main]
    if main and main not in head_codes and named_at and all(_in_a_caption(text, at) for at in named_at) \
            and _province_in_head(current, by_code[main].province_code):
        main = ""  # the head names the province, a photo's caption a commune ("Tuyến đường … xã Phụng Công."): an example
        # (however often the caption is printed: a saved page may repeat it under the photo and in its alt text)
    if main and main not in head_codes and named_at and min(named_at) > _body_end(text) > 0:
        main = ""  # named only in the short lines after the body: other articles' headlines or captions
    if main and main not in title_codes and names_whole_province(doc.text, *doc.title_span):
        main = ""  # so does the headline ("54 phường, xã, đặc khu của tỉnh …"): a commune in the lead is one example
    if main and main not in title_codes and _CLUSTER.search(text, 0, max(doc.lead_span[1], doc.title_span[1])):
        main = ""  # an emulation cluster's event ("Cụm thi đua số 5, Hội Cựu chiến binh Thành phố …"): its members'
    if main and (_pair_in(text, current, units_at, "title") or not title_codes and _pair_in(text, current, units_at, "lead")):
        main = ""  # the head joins two communes as one subject ("tại phường Minh Phụng và Tân Sơn Nhất, 55 đảng viên …",
        # "Hai xã Phú Lâm và Phú Bình ra mắt …")
    if main and visits_a_list(doc, current, _NOW_AMONG):
        main = ""  # a former unit's land, now several communes' ("vùng đất của huyện Cần Giờ trước đây nay thuộc 4 xã Cần Giờ,
        # Bình Khánh, An Thới Đông và Thạnh An"): the story is about all of them, the one that kept the name among them
    in_title = {m.surface for m in current if m.zone == "title" and m.type in ("xã", "phường", "đặc khu")}
    if len(in_title) >= 3 or main and main not in title_codes and visits_a_list(doc, current):
        main = ""  # a headline that names three communes or more ("Đảng ủy các xã A, B, C, D đã …") is about all of them
    if not main and (own := _portal_commune(gaz, outlet)) and not speaks_of_whole_province(doc) \
            and not provincial_head(doc) and not names_whole_province(doc.text, *doc.title_span):
        main, by_code[own.code] = own.code, own  # a commune's own portal ("CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG MỘC CHÂU"), its
        # page naming no other commune as its subject
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
    elif not main and not province_code and (named := _ambiguous_title_commune(current)):
        f["commune"], f["commune_type"] = named  # ("Đoàn TNCS Hồ Chí Minh xã Tân Yên …": two provinces have one; no code)
    # Old communes named as history ("3 xã A, B và C (cũ)") are facts too, as the units they were.
    for m in mentions:
        if m.historical and m.start not in units_at and m.type in ("xã", "phường", "thị trấn", ""):
            old = [u for u in m.of("commune", LEGACY) if not province_code or gaz.to_2025(u.province_code) == province_code]
            if old and len({u.name for u in old}) == 1:
                units_at[m.start] = old[0]
    place_facts(doc, gaz, mentions, {}, units_at, NEW, None)


_NOW_AMONG = re.compile(r"\bnay\s+(?:thuộc|là|gồm|thuộc\s+về)\s+(?:các|\d+|hai|ba|bốn|năm|sáu|bảy|tám)\s+(?:xã|phường|đặc\s+khu)\s*:?\s*",
                        re.I)


# A press dateline's place, in capitals at the head of a line: "CÔ TÔ (Quảng Ninh) - Chiều 15/9, …", "PHÚ QUỐC - …".
_DATELINE_AFTER = re.compile(r"[^\S\n]*(?:\([^()\n]{2,40}\)[^\S\n]*)?[-–—][^\S\n]")


def _datelined(text: str, m: Mention) -> bool:
    """Whether a bare name is the place of the lead's dateline, where the story was reported from."""
    return m.zone == "lead" and m.surface.isupper() and (m.start == 0 or text[m.start - 1] == "\n") \
        and bool(_DATELINE_AFTER.match(text, m.end))


def _ambiguous_title_commune(mentions: list[Mention]) -> tuple[str, str] | None:
    """(name, type) of the one commune the headline names by its type where several provinces have a commune of that
    name and nothing in the text tells which: the headline's subject, its province unknown."""
    typed = [m for m in mentions if m.zone == "title" and m.type in ("xã", "phường", "đặc khu") and m.via == "typed"]
    names = {(u.name, m.type) for m in typed for u in m.of("commune", NEW)}
    if len(names) == 1 and all(len({u.code for u in m.of("commune", NEW)}) > 1 for m in typed):
        return next(iter(names))
    return None


_JOINED = re.compile(r"\s*(?P<by>,|và|đến|tới)\s*(?:(?:xã|phường|đặc\s+khu)\s+)?", re.I)
_FROM_BEFORE = re.compile(r"\btừ\s+(?:(?:xã|phường|đặc\s+khu)\s+)?$", re.I)  # ("… từ Ea Súp đến Krông Năng": a journey)


def _pair_in(text: str, mentions: list[Mention], units_at: dict[int, Unit], zone: str) -> bool:
    """Whether the headline or lead (`zone`) names two different communes joined by "và" or a comma ("phường A và B",
    "xã A, xã B") or as a journey's ends ("từ A đến B"); in the headline, as the first it names ("Phú Quốc …, bên cạnh đặc khu Thổ Châu và Kiên Hải" compares
    the first with the pair)."""
    named = sorted((m for m in mentions if m.zone == zone and m.start in units_at), key=lambda m: m.start)
    pairs = zip(named, named[1:], strict=False)
    return any(units_at[a.start].code != units_at[b.start].code and (gap := _JOINED.fullmatch(text, a.end, b.start))
               and (gap.group("by") in (",", "và") or _FROM_BEFORE.search(text, max(0, a.start - 16), a.start))
               for a, b in (list(pairs)[:1] if zone == "title" else pairs))


_CLUSTER = re.compile(r"\b(?:cụm|khối)\s+thi\s+đua\b", re.I)


def _province_in_head(mentions: list[Mention], code: str) -> bool:
    """Whether the headline or lead names the province (by its 2025 code) as such."""
    return any(m.zone in ("title", "lead") and any(u.code == code for u in m.provinces_named(NEW)) for m in mentions)


_CAPTION_LEN = 100  # a photo's caption is a short line of its own


def _in_a_caption(text: str, pos: int) -> bool:
    """Whether `pos` lies in a short line of its own, as a photo's caption is printed."""
    start, end = line_span(text, pos)
    return end - start <= _CAPTION_LEN


_BODY_LINE = 150  # a paragraph at least this long is the body's


def _body_end(text: str) -> int:
    """Where the body's last paragraph ends (0 where no line is one): the short lines below it are the related
    articles' headlines a saved page ends with ("Tuổi trẻ phường A ra quân …", "Tuổi trẻ phường B …")."""
    end = pos = 0
    for line in text.split("\n"):
        pos += len(line)
        if len(line) >= _BODY_LINE:
            end = pos
        pos += 1
    return end


# A commune's portal by its own name: "PHƯỜNG MỘC CHÂU - TỈNH SƠN LA", "xã Tân Hòa" (after "Cổng thông tin điện tử").
_PORTAL_OF = re.compile(r"(xã|phường|đặc\s+khu)\s+(.+?)(?:\s*[-–,]\s*(?:tỉnh|thành\s+phố|tp\.?)\s+(.+))?", re.I)


def _portal_commune(gaz: Gazetteer, outlet: OutletHint) -> Unit | None:
    """The commune whose own portal the page comes from, where its name (and province, if written) gives one."""
    m = _PORTAL_OF.fullmatch(outlet.evidence.strip()) if outlet.evidence and not outlet.province_code else None
    if not m:
        return None
    kind, name, province = " ".join(m.group(1).lower().split()), m.group(2), m.group(3)
    units = [u for u in gaz.lookup(name_key(name), "commune", NEW) if u.type == kind
             and (not province or name_key(u.province) == name_key(province))]
    return units[0] if len(units) == 1 else None
