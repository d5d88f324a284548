"""Era: is an article written in the old administrative system (63 provinces, districts) or the new one?

The publication date decides (on or after 1 July 2025: the two-level system). The text covers undated
articles: units marked "(cũ)" or "(mới)", "trước khi sáp nhập", dates after the reform and communes
named without any district point to the new system; a current district ("huyện X", "Huyện ủy"), an
abolished province or a commune the reform merged away, named as current, point to the old one. A unit
written with its province ("Mỹ Tho, tỉnh Đồng Tháp") points to the system in which that pair holds.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from extractors.lunar_years import lunar_years
from extractors.places.gazetteer import LEGACY, NEW
from extractors.places.history import MERGER_WORD, OLD_BRACKETS
from extractors.places.matcher import Mention
from extractors.places.outlets import OutletHint
from pipeline.document import Document
from pipeline.text import fold_key, scanned_by_first_letters

REFORM_DATE = "2025-07-01"
_NEW_SIGNALS = scanned_by_first_letters(
    "tTsS(cCđĐlL–\\-",  # (every alternative below begins with one of these)
    r"(?:trước|sau)\s+(?:khi\s+|thời\s+điểm\s+)?(?:sáp\s+nhập|sắp\s+xếp|hợp\s+nhất)"
    # "xã Suối Dây (nay là xã Tân Thành)", "… (huyện Mỏ Cày, tỉnh Bến Tre cũ) - nay là xã Đồng Khởi": the unit a commune became
    r"|(?:\(|[-–]\s)\s*nay\s+là\s+(?:xã|phường|đặc\s+khu)\s"
    # the merged province as a whole: "trong toàn tỉnh Vĩnh Long mới." (not "tỉnh Quảng Nam mới đây")
    r"|tỉnh\s+(?-i:[A-ZĐ]\w*(?:\s+[A-ZĐ]\w*){0,2})\s+mới(?=\s*[.,;:)]|\s*$)"
    r"|chính\s+quyền\s+(?:địa\s+phương\s+)?(?:hai|2)\s+cấp"
    r"|\((?:cũ|mới)\)|\bcũ\s*\)|đặc\s+khu\s+[A-ZĐ]"
    r"|được\s+thành\s+lập\s+trên\s+cơ\s+sở\s+(?:sáp\s+nhập|hợp\s+nhất|sắp\s+xếp)"
    # a new unit's first congress: "Đại hội đại biểu Đảng bộ phường Hòa Thành lần thứ I, nhiệm kỳ 2025-2030"
    r"|lần\s+thứ\s+(?:I|nhất)\b[,\s]*(?:(?:nhiệm\s+kỳ|giai\s+đoạn)\s+)?2025\s*[-–]\s*2030"
    # a commune's or ward's first congress, its term unwritten: "Đại hội đại biểu phụ nữ phường Thanh Xuân lần thứ I"
    r"|(?:đại\s+hội|Đại\s+hội)[^.;\n]{0,60}?\b(?:xã|phường|đặc\s+khu)\s+(?-i:[A-ZĐ])\w*(?:\s+(?-i:[A-ZĐ0-9])\w*){0,3}"
    r"\s+lần\s+thứ\s+(?:I|nhất)(?![\wIVX])",
    re.I,
)
# Any congress of the 2025-2030 term held, not awaited ("Đại hội Thi đua yêu nước thành phố Huế lần thứ VI
# (2025-2030)"): these met after the reform; "tiến tới Đại hội … (nhiệm kỳ 2025 - 2030)" may be written before it.
_TERM_2025 = re.compile(r"lần\s+thứ\s+(?:[IVXL]+|\d+|[^\W\d]+)\b[,\s(]*(?:(?:nhiệm\s+kỳ|giai\s+đoạn)\s+)?"
                        r"2025\s*[-–]\s*2030", re.I)
_AWAITED = re.compile(r"(?:tiến|hướng)\s+tới|chào\s+mừng|chuẩn\s+bị|kế\s+hoạch|sẽ", re.I)
# "Huyện ủy", "Thị ủy", "Quận ủy", "UBND huyện", "cấp huyện" (first letters first, as a class outside re.I: scanned fast)
# ("toàn huyện", "địa bàn huyện": the whole district, a unit the reform abolished)
_DISTRICT_COMMITTEE = re.compile(r"(?-i:[hHtTqQuUcCđĐ])(?<!\w.)(?:(?<=[hH])uyện\s+(?:ủy|uỷ)|(?<=[tT])hị\s+(?:ủy|uỷ)|(?<=[tT])oàn\s+huyện"
                                 r"|(?<=[đĐ])ịa\s+bàn\s+huyện"
                                 r"|(?<=[qQ])uận\s+(?:ủy|uỷ)|(?<=[uU])bnd\s+huyện|(?<=[cC])ấp\s+huyện)\b", re.I)
_EVENT_YEAR = re.compile(r"\b(?:tổ\s+chức|họp\s+mặt|hội\s+nghị|tổng\s+kết|sơ\s+kết|đại\s+hội|ngày\s+hội)\b[^.;\n\d]{0,50}?"
                         r"\bnăm\s+(20[0-2]\d)\b", re.I)
_YEAR_IN_TEXT = scanned_by_first_letters("12", r"(?<![\d/.-])((?:199|20[0-3])\d)(?![\d])")
# A year come, or a term begun ("năm 2026", "giai đoạn 2026 - 2030"), not one aimed at ("đến năm 2030", "tầm nhìn
# 2045") nor a name's ("Caravan Thư viện 2030").
_YEAR_OR_TERM_BEFORE = re.compile(r"(?<!đến\s)(?<!tới\s)\b(?:năm|giai\s+đoạn|nhiệm\s+kỳ)\s+$"
                                  r"|(?<!\d)20(?:2[5-9]|3\d)\s*[-–]\s*$", re.I)  # (and a term from 2025 on: "2025 – 2030")
# Between a unit and its province: "Mỹ Tho, tỉnh Đồng Tháp", "Ea Tar (Đắk Lắk)", "Hòa Bình - TP. Huế"
_TO_PROVINCE = re.compile(r"\s*(?:\(|,|-|–)?\s*(?:(?:tỉnh|thành\s+phố|TP\.?)\s*)?", re.I)
_BRACKET_GAP = re.compile(r"\s*\(\s*(?:(?:quận|huyện|thị\s+xã)\s*)?", re.I)
_LATE_DATE = re.compile(r"(\d(?<!\w.)\d?)\s*([/.-])\s*(\d{1,2})\s*\2\s*(20\d{2})\b")  # 1/8/2025, 15-10-2025, 15.10.2025


def decide_era(doc: Document, mentions: list[Mention], published: str | None, outlet: OutletHint | None = None,
               outlet_2025: str = "", outlet_gone: bool = False, former_names: frozenset[str] = frozenset()) -> str:
    """LEGACY or NEW for this article (`outlet_2025`: the outlet's province in the new system; `outlet_gone`: the
    outlet is the government portal of a province the reform abolished; `former_names`: provinces' names, folded,
    that were replaced before the reform, "thuathienhue")."""
    if published:
        return NEW if published >= REFORM_DATE else LEGACY
    if filed := _month_in_address(doc.url):
        return NEW if filed >= REFORM_DATE[:7] else LEGACY  # the month the site filed it under: as good as a date
    text = doc.text
    new = 0.0
    old = 2.0 if outlet and outlet.district_code else 0.0  # a district's own portal: districts still exist
    old += 2.0 if outlet_gone else 0.0  # ("hdtdkt.baria-vungtau.gov.vn": a portal that closed with its province)
    new += 2 * len(_NEW_SIGNALS.findall(text))
    new += 2 * any(not _AWAITED.search(text, max(0, t.start() - 120), t.start()) for t in _TERM_2025.finditer(text))
    dates = _LATE_DATE.findall(text)
    for d, _sep, mo, y in dates:
        try:
            if f"{int(y):04d}-{int(mo):02d}-{int(d):02d}" >= REFORM_DATE:
                new += 2
        except ValueError:
            pass
    # A district-level unit named as current: "huyện X", "TX. Y", "thành phố Z" (a provincial city, not
    # a centrally run one, which exists in both systems), or through its committee ("Huyện ủy X").
    locators = _former_district_locators(text, mentions)
    new += 2 * len(locators)
    current_districts = [m for m in mentions if not m.historical and m.of("district", LEGACY) and m.start not in locators
                         and (m.type in ("huyện", "thị xã", "quận") or (m.type == "thành phố" and not m.of("province", NEW)))]
    # (a committee inside brackets of history, "(nguyên Bí thư Huyện uỷ …)", or of a historical unit is not)
    history = [(b.start(), b.end()) for b in OLD_BRACKETS.finditer(text)]
    history += [(m.start - 30, m.start) for m in mentions if m.historical]
    old += 2 * len(current_districts) + sum(
        1 for c in _DISTRICT_COMMITTEE.finditer(text) if not any(a <= c.start() <= b for a, b in history))
    # A province that the 2025 merger abolished, named as current ("tỉnh Bến Tre"), is the old system.
    # (an abbreviation of one, "BR-VT", lists its successor as a candidate too: the names tell them apart)
    gone = [m for m in mentions if not m.historical and m.type in ("tỉnh", "") and m.of("province", LEGACY)
            and not {u.name for u in m.of("province", LEGACY)} & {u.name for u in m.of("province", NEW)}]
    old += 2 * len(gone)
    # So is a province's name that was replaced before the reform ("tỉnh Thừa Thiên – Huế", a city's province since 2025).
    old += 2 * len({m.surface for m in mentions if not m.historical and fold_key(m.surface) in former_names})
    placed = _communes_with_their_district(text, mentions)
    old += 2 * placed
    pairs_old, pairs_new = _paired_with_province(text, mentions)
    old += 2 * pairs_old
    new += 2 * pairs_new
    written_years = list(_YEAR_IN_TEXT.finditer(text))
    lunar = lunar_years(text)  # ("chuẩn bị đón Tết Bính Ngọ": the winter of 2025-2026)
    years = [int(m.group(1)) for m in written_years] + [int(y) for *_, y in dates] + lunar
    if years and max(years) <= 2024:
        old += 1  # nothing in it is later than 2024
        # (and the event is of a year well before the reform: "tổ chức buổi họp mặt thân mật năm 2023"; not a year
        # of history, "sinh năm 1969", "ách tắc từ năm 2021")
        if any(int(y) <= 2023 for y in _EVENT_YEAR.findall(text)):
            old += 1
        if dates:
            old += 1  # and a day it reports ("sáng ngày 09.6.2024") was half a year before the reform, or more
    elif any(int(y) >= 2026 for *_, y in dates) or any(y >= 2026 for y in lunar) or any(
            int(m.group(1)) >= 2026 and _YEAR_OR_TERM_BEFORE.search(text, max(0, m.start() - 30), m.start())
            for m in written_years):
        new += 1  # a day or a year of 2026 or later (not a target's year: "đến năm 2030", "Caravan Thư viện 2030")
    typed_communes = [m for m in mentions if m.type in ("xã", "phường", "đặc khu") and not m.historical]
    if typed_communes and not current_districts and not placed and not _DISTRICT_COMMITTEE.search(text):
        new += 1.5
        # A commune that exists only in the new system (or only in the new province named) is decisive.
        if any(m.of("commune", NEW) and not m.of("commune", LEGACY) for m in typed_communes):
            new += 2
    # Townships (thị trấn) were abolished with the districts: one named as current is the old system.
    # ("các xã, thị trấn A, B trước khi sáp nhập": the units a merger joined, history)
    # (a unit the article itself lists as merged is a former unit wherever it is named again: "Xã Đơn Dương sáp
    # nhập từ các xã Đạ Ròn, Tu Tra …" and later "Trong nhiệm kỳ 2020 - 2025, Ủy ban MTTQ 2 xã Đạ Ròn, Tu Tra …")
    former = {m.surface for m in mentions if m.historical}

    def as_current(m: Mention) -> bool:
        return m.surface not in former and not MERGER_WORD.search(text, *doc.sentence_at(m.start))

    old += 2 * len({m.surface for m in mentions if m.type == "thị trấn" and not m.historical and as_current(m)})
    # A commune the 2025 reform merged away, named as current ("xã Pá Hu"), is the old system (not one of those a
    # merger joined: "… trên cơ sở nhập … của 5 phường cũ …, một phần phường Nam Hải và một phần phường Đông Hải 2").
    old += 2 * len({m.surface for m in typed_communes if m.of("commune", LEGACY) and not m.of("commune", NEW)
                    and as_current(m)})
    own = (outlet.province_code, outlet_2025) if outlet and outlet.province_code and not outlet.weak else ("", "")
    # (not the wards a merger joined: "… được thành lập trên cơ sở sáp nhập … của các phường Đội Cấn, Kim Mã, …")
    in_old, in_new = _communes_in_named_provinces([m for m in typed_communes if as_current(m)], mentions, own)
    old, new = old + 2 * in_old, new + 2 * in_new
    return NEW if new > old else LEGACY


# A news site's dated path: "hiephoanet.vn/2017/09/13/…", "…/2025-08/…" (no dateline the guide takes, but the era).
# (or a year-and-month folder written as one number: "baohagiang.vn/an-ninh-quoc-phong/202112/…")
_DATED_PATH = re.compile(r"/((?:19|20)\d\d)(?:[/-](0[1-9]|1[0-2])(?=[/-])|(0[1-9]|1[0-2])(?=/))")


# The moment a news site's system filed the page, closing its address: "…-20161005124748413.htm" (year first), or after
# the site's three-digit code with a two-digit year: "nld.com.vn/…-196250809123728791.htm", "thanhnien.vn/…-185260210…".
_STAMPED_PATH = re.compile(r"-(?:(20\d\d)|1\d\d(\d\d))(0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[0-2]\d[0-5]\d[0-5]\d\d{2,3}"
                           r"\.(?:html?|chn|ldo)$")


def _month_in_address(url: str) -> str:
    """"YYYY-MM" of the year-and-month folders of an article's address, or of the stamp that closes it, or ""."""
    path = urlsplit(url).path if url else ""
    if m := _DATED_PATH.search(path):
        return f"{m.group(1)}-{m.group(2) or m.group(3)}"
    if m := _STAMPED_PATH.search(path):
        return f"{m.group(1) or '20' + m.group(2)}-{m.group(3)}"
    return ""


def _communes_in_named_provinces(communes: list[Mention], mentions: list[Mention],
                                 outlet_codes: tuple[str, str] = ("", "")) -> tuple[int, int]:
    """(old, new): communes that lie in a province the article (or its provincial outlet) names in one system only
    ("xã Hòa Khánh" in an article about tỉnh Đắk Lắk is Buôn Ma Thuột's ward of old, not the Tây Ninh commune of
    2025; "phường Trần Phú" on Quảng Ngãi's portal is its provincial city's ward of old)."""
    named = {era: {u.code for m in mentions if not m.historical for u in m.provinces_named(era)} for era in (LEGACY, NEW)}
    outlet = dict(zip((LEGACY, NEW), outlet_codes, strict=True))
    old = new = 0
    first_of: dict[str, Mention] = {}
    for c in communes:
        first_of.setdefault(c.surface, c)  # each commune once, as first written
    for m in first_of.values():
        # (the outlet's province holds it only as written: "xã Thới Sơn" on Tịnh Biên's portal is not its phường)
        inside = [any(u.province_code in named[era] or u.province_code == outlet[era] and u.type == m.type
                      for u in m.of("commune", era)) for era in (LEGACY, NEW)]
        if inside == [True, False]:
            old += 1
        elif inside == [False, True]:
            new += 1
    return old, new


def _paired_with_province(text: str, mentions: list[Mention]) -> tuple[int, int]:
    """(old, new): units written with their province ("Mỹ Tho, tỉnh Đồng Tháp", "xã Ea Tar (Đắk Lắk)")
    where the pair holds in one system only: the writer names the unit's province of that system."""
    old = new = 0
    for m, n in zip(mentions, mentions[1:], strict=False):
        if m.historical or n.historical or n.start - m.end > 16 or not _TO_PROVINCE.fullmatch(text, m.end, n.start):
            continue
        holds = []
        for era in (LEGACY, NEW):
            provinces = {u.code for u in n.of("province", era)}
            units = [u for u in m.candidates if u.era == era and u.level != "province"]
            holds.append(bool(provinces) and any(u.province_code in provinces for u in units))
        if holds == [True, False]:
            old += 1
        elif holds == [False, True]:
            new += 1
    return old, new


def _communes_with_their_district(text: str, mentions: list[Mention]) -> int:
    """Communes written with the district that holds them, bare in brackets ("xã Trường Xuân (Quảng Ninh)", "Phước
    Hữu (Ninh Phước)"): the old system's way of placing a commune."""
    found = 0
    for m, n in zip(mentions, mentions[1:], strict=False):
        if m.type not in ("xã", "phường", "thị trấn", "") or m.historical or n.historical or n.type \
                or not _BRACKET_GAP.fullmatch(text, m.end, n.start):
            continue
        districts = {u.code for u in n.of("district", LEGACY)}
        # (or a district alone in the brackets, where the gazetteer lacks the commune under it: "xã Bình Chánh (Thăng
        # Bình)", a commune merged away before the package's lists were made)
        found += any(u.district_code in districts for u in m.of("commune", LEGACY)) or bool(districts) and not (
            n.of("province", LEGACY) or n.of("province", NEW))
    return found


def _former_district_locators(text: str, mentions: list[Mention]) -> set[int]:
    """Starts of districts bracketed after a commune they never held ("phường Hai Bà Trưng (quận Hai Bà Trưng,
    Hà Nội)"): a new ward or commune located by the district it replaced, the new system's way of writing."""
    found = set()
    for m, n in zip(mentions, mentions[1:], strict=False):
        if m.type not in ("xã", "phường") or n.type not in ("huyện", "quận", "thị xã") or m.historical \
                or not _BRACKET_GAP.fullmatch(text, m.end, n.start):
            continue
        districts = {u.code for u in n.of("district", LEGACY)}
        held = any(u.district_code in districts for u in m.of("commune", LEGACY))
        if m.of("commune", NEW) and not held:
            found.add(n.start)
    return found
