"""Era: is an article written in the old administrative system (63 provinces, districts) or the new one?

The publication date decides (on or after 1 July 2025: the two-level system). The text covers undated
articles: units marked "(cũ)" or "(mới)", "trước khi sáp nhập", dates after the reform and communes
named without any district point to the new system; a current district ("huyện X", "Huyện ủy"), an
abolished province or a commune the reform merged away, named as current, point to the old one.
"""

from __future__ import annotations

import re

from extractors.places.gazetteer import LEGACY, NEW
from extractors.places.matcher import OLD_BRACKETS, Mention
from extractors.places.outlets import OutletHint
from pipeline.document import Document

REFORM_DATE = "2025-07-01"
_NEW_SIGNALS = re.compile(
    r"(?:trước|sau)\s+(?:khi\s+|thời\s+điểm\s+)?(?:sáp\s+nhập|sắp\s+xếp|hợp\s+nhất)"
    # "xã Suối Dây (nay là xã Tân Thành)": the unit a commune became
    r"|\(\s*nay\s+là\s+(?:xã|phường|đặc\s+khu)\s"
    r"|chính\s+quyền\s+(?:địa\s+phương\s+)?(?:hai|2)\s+cấp"
    r"|\((?:cũ|mới)\)|\bcũ\s*\)|đặc\s+khu\s+[A-ZĐ]"
    r"|được\s+thành\s+lập\s+trên\s+cơ\s+sở\s+(?:sáp\s+nhập|hợp\s+nhất)",
    re.I,
)
# "Huyện ủy", "Thị ủy", "Quận ủy", "UBND huyện", "cấp huyện" (first letters first, as a class: scanned fast)
_DISTRICT_COMMITTEE = re.compile(r"[hHtTqQuUcC](?<!\w.)(?:(?<=[hH])uyện\s+(?:ủy|uỷ)|(?<=[tT])hị\s+(?:ủy|uỷ)"
                                 r"|(?<=[qQ])uận\s+(?:ủy|uỷ)|(?<=[uU])bnd\s+huyện|(?<=[cC])ấp\s+huyện)\b", re.I)
_YEAR_IN_TEXT = re.compile(r"(?<![\d/.-])((?:199|20[0-3])\d)(?![\d])")
_LATE_DATE = re.compile(r"\b(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(20\d{2})\b")  # 1/8/2025, 15-10-2025, 15.10.2025


def decide_era(doc: Document, mentions: list[Mention], published: str | None, outlet: OutletHint | None = None) -> str:
    """LEGACY or NEW for this article."""
    if published:
        return NEW if published >= REFORM_DATE else LEGACY
    text = doc.text
    new = 0.0
    old = 2.0 if outlet and outlet.district_code else 0.0  # a district's own portal: districts still exist
    new += 2 * len(_NEW_SIGNALS.findall(text))
    for d, _sep, mo, y in _LATE_DATE.findall(text):
        try:
            if f"{int(y):04d}-{int(mo):02d}-{int(d):02d}" >= REFORM_DATE:
                new += 2
        except ValueError:
            pass
    # A district-level unit named as current: "huyện X", "TX. Y", "thành phố Z" (a provincial city, not
    # a centrally run one, which exists in both systems), or through its committee ("Huyện ủy X").
    current_districts = [m for m in mentions if not m.historical and m.of("district", LEGACY) and (
        m.type in ("huyện", "thị xã", "quận") or (m.type == "thành phố" and not m.of("province", NEW)))]
    # (a committee inside brackets of history, "(nguyên Bí thư Huyện uỷ …)", or of a historical unit is not)
    history = [(b.start(), b.end()) for b in OLD_BRACKETS.finditer(text)]
    history += [(m.start - 30, m.start) for m in mentions if m.historical]
    old += 2 * len(current_districts) + sum(
        1 for c in _DISTRICT_COMMITTEE.finditer(text) if not any(a <= c.start() <= b for a, b in history))
    # A province that the 2025 merger abolished, named as current ("tỉnh Bến Tre"), is the old system.
    gone = [m for m in mentions if not m.historical and m.type in ("tỉnh", "") and m.of("province", LEGACY)
            and not m.of("province", NEW)]
    old += 2 * len(gone)
    years = [int(y) for y in _YEAR_IN_TEXT.findall(text)]
    if years and max(years) <= 2024:
        old += 1  # nothing in it is later than 2024
    elif years and max(years) >= 2026:
        new += 1
    typed_communes = [m for m in mentions if m.type in ("xã", "phường", "đặc khu") and not m.historical]
    if typed_communes and not current_districts and not _DISTRICT_COMMITTEE.search(text):
        new += 1.5
        # A commune that exists only in the new system (or only in the new province named) is decisive.
        if any(m.of("commune", NEW) and not m.of("commune", LEGACY) for m in typed_communes):
            new += 2
    # A commune the 2025 reform merged away, named as current ("xã Pá Hu"), is the old system.
    old += 2 * len({m.surface for m in typed_communes if m.of("commune", LEGACY) and not m.of("commune", NEW)})
    return NEW if new > old else LEGACY
