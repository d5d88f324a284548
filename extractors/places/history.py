"""History: place mentions that name a unit as it was, not as the article's current unit.

"3 xã A, B và C (cũ)", "(huyện Quế Sơn, tỉnh Quảng Nam cũ)", the units a merger joined ("sáp nhập các xã A, B"),
and places inside an anniversary's name ("64 năm ngày Bến Tre Đồng khởi"). Each marks `Mention.historical`. A district
known only from its communes is named as it was on the article's date (`district_as_written`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from extractors.places.gazetteer import Gazetteer, Unit
    from extractors.places.matcher import Mention

LIST_GAP = re.compile(r"\s*(?:,|và|;)\s*")  # between the names of a list
# Brackets whose units are history: "(huyện Quế Sơn, tỉnh Quảng Nam cũ)", "(huyện Lộc Bình, trước sáp nhập)",
# a person's former post "(nguyên Bí thư Huyện ủy, Chủ tịch HĐND huyện U Minh)".
# (or opening on what it belonged to: "Phường Mỹ Tho (trước đây thuộc TP Mỹ Tho, tỉnh Tiền Giang)"; not on what it was,
# "khu dân cư Kim Quan (trước đây là thôn Kim Quan, phường Việt Hưng, quận Long Biên)", placed by units still there)
OLD_BRACKETS = re.compile(r"\([^()]{0,120}?\b(?:cũ|trước\s+(?:khi\s+)?(?:sáp\s+nhập|sắp\s+xếp|hợp\s+nhất))\s*\)"
                           r"|\(\s*(?:nguyên|(?:trước\s+(?:đây|kia)|vốn|từng)\s+thuộc)\s[^()]{0,120}\)", re.I)

_MERGER = re.compile(r"(?:sáp\s+nhập|hợp\s+nhất|sắp\s+xếp|đơn\s+vị\s+hành\s+chính|trên\s+cơ\s+sở)[^.;()]{0,60}$", re.I)


_BASIS = re.compile(r"trên\s+cơ\s+sở\s+(?:sáp\s+nhập\s+|nhập\s+)?(?:toàn\s+bộ\s+)?(?:các\s+)?[^.;()]{0,80}$", re.I)
# Units listed right after "sáp nhập" are what was merged, unless the list turns into its result ("vào", "thành"); so are
# those a new unit was formed from ("xã Óc Eo được hình thành từ thị trấn Óc Eo, xã Vọng Thê và xã Vọng Đông").
_MERGED_FROM = re.compile(r"(?:sáp\s+nhập|hợp\s+nhất|(?:hình\s+thành|thành\s+lập)\s+từ(?=\s+(?:các\s+|\d+\s+|hai\s+|ba\s+|bốn\s+)?"
                          r"(?:xã|phường|thị\s+trấn|đơn\s+vị|huyện)\s))\s+(?:toàn\s+bộ\s+)?(?:các\s+|\d+\s+|hai\s+|ba\s+|bốn\s+)?"
                          r"(?:(?:xã|phường|thị\s+trấn|đơn\s+vị)\s+)?(?:(?!\bvào\b|\bthành\b)[^.;()])*$", re.I)
_INTO = re.compile(r"\bthành\s+(?:xã|phường|đặc\s+khu)?\s*$")
# "Trước thời điểm sắp xếp, Huyện uỷ U Minh ban hành …": a sentence set before the reform speaks of history.
_BEFORE_REFORM = re.compile(r"\s*trước\s+(?:khi\s+|thời\s+điểm\s+)?(?:sáp\s+nhập|sắp\s+xếp|hợp\s+nhất)\b", re.I)


# "hợp nhất hai xã Tân Thạnh và Phú Lợi, xã Tân Thạnh (Đồng Tháp) đã …": the list ended with its "và" item; what follows
# the comma is the merger's result, named as the article's unit.
MERGER_WORD = re.compile(r"sáp\s+nhập|sắp\s+xếp|hợp\s+nhất", re.I)
_LIST_CLOSED = re.compile(r"\svà\s[^,;()]+,\s", re.I)


def _after_closed_list(before: str) -> bool:
    """Whether a merger's list of units ("A và B,") closed before the end of `before`."""
    ends = [m.end() for m in MERGER_WORD.finditer(before)]
    return bool(ends) and bool(_LIST_CLOSED.search(before, ends[-1]))


# A unit the merger clause has moved past, placed in its brackets: "Sau sắp xếp đơn vị hành chính, xã Tân Yên (tỉnh Bắc
# Ninh) tiếp tục …" (not the merged list itself: "Sau sáp nhập bốn đơn vị (A, B và thị trấn C)").
_PLACED_UNIT = re.compile(r",\s*(?:xã|phường|đặc\s+khu|thị\s+trấn)\s+[^\W\d][^,;()]{0,40}$", re.I)


def merged_units(mentions: list[Mention], text: str) -> None:
    """Units listed as what was merged ("Sau sáp nhập bốn đơn vị (A, B và thị trấn C)",
    "thành lập trên cơ sở các xã A, B") are history, not the article's unit."""
    for m in mentions:
        sent_start = max(text.rfind(".", max(0, m.start - 200), m.start), text.rfind("\n", max(0, m.start - 200), m.start)) + 1
        before = text[max(sent_start, m.start - 200):m.start]
        low = before.lower()
        if not any(w in low for w in ("sáp nhập", "hợp nhất", "sắp xếp", "hành chính", "cơ sở", "thành từ", "lập từ")):
            continue  # the common case, decided without a regular expression
        if _after_closed_list(before):
            continue
        opened = before.rfind("(")
        if opened > before.rfind(")") and _MERGER.search(before[max(0, opened - 80):opened]) \
                and not _PLACED_UNIT.search(before, max(0, opened - 60), opened):
            m.historical = True
        elif "cơ sở" in low[-120:] and _BASIS.search(before[-120:]) and not _INTO.search(before[-20:]):
            m.historical = True
        elif _MERGED_FROM.search(before[-120:]):
            m.historical = True  # "ra đời từ việc sáp nhập các xã A, B và thị trấn C"
        elif _BEFORE_REFORM.match(text, sent_start):
            m.historical = True


# "Kỷ niệm … 64 năm ngày Bến Tre Đồng khởi (17/01/1960)", "kỷ niệm 70 năm Chiến thắng Điện Biên Phủ": a place in the
# name of an anniversary is history, not the unit.
_ANNIVERSARY_BEFORE = re.compile(r"(?:\bkỷ\s+niệm\s+(?:\d+\s+năm\s+)?|\b\d+\s+năm\s+ngày\s+)(?:[^\W\d]+\s+){0,3}$"
                                 r"|\b\d+\s+năm\s+(?:chiến\s+thắng|giải\s+phóng|khởi\s+nghĩa|đồng\s+khởi|thành\s+lập|tái\s+lập)"
                                 r"\s+(?:[^\W\d]+\s+){0,2}$", re.I)


def in_anniversary(text: str, start: int) -> bool:
    """Whether the place at `start` is named inside an anniversary's name."""
    return "năm" in text[max(0, start - 40):start] and bool(_ANNIVERSARY_BEFORE.search(text, max(0, start - 60), start))


def anniversaries(mentions: list[Mention], text: str) -> None:
    """Places named inside an anniversary's name are history (not a province's own: "20 năm ngày tái lập tỉnh Đắk
    Nông" is its celebration)."""
    for m in mentions:
        if m.type != "tỉnh" and in_anniversary(text, m.start):
            m.historical = True


_COUNTED_LIST = re.compile(r"\b(?:\d+|các|hai|ba|bốn|năm|sáu)\s+(?:xã|phường|thị\s+trấn)(?:\s*(?:,|và)\s*(?:xã|phường|thị\s+trấn))*"
                           r"\s+[^().;\n\d]{2,120}?(?:,|\svà\s)[^().;\n\d]{2,60}?\s*$", re.I)


# What a place belonged to before, written in its own clause: "Địa phương trước đây thuộc huyện Châu Đức, tỉnh Bà Rịa -
# Vũng Tàu." (to the clause's end, or to what it belongs to now: "…, nay thuộc xã Long Hải")
_BELONGED_TO = re.compile(r"\b(?:trước\s+(?:đây|kia)|vốn|từng)\s+(?:là\s+[^.;:()\n]{1,40}?\s+)?thuộc\s+(?:về\s+)?"
                          r"[^.;:()\n]{1,160}?(?=[.;:()\n]|,?\s+(?:nay|hiện\s+nay|từ\s+khi|sau\s+khi)\b|$)", re.I)
_PLACED_IN_PROVINCE = re.compile(r"\s*[,\-–]\s*(?:tỉnh|thành\s+phố|TP\.?)\s*", re.I)
_OLD_AFTER = re.compile(r"\s*\(?\s*cũ\b")


def spread_history(mentions: list[Mention], text: str) -> None:
    """In "3 xã A, B và C (cũ)", the marker after C covers A and B as well; in "(huyện Quế Sơn, tỉnh
    Quảng Nam cũ)" the "cũ" that closes the brackets covers every unit inside them (and so do "trước sáp
    nhập" and a former post, "nguyên …"); "trước đây thuộc …" covers the units of its clause."""
    for i in range(len(mentions) - 1, 0, -1):
        cur, prev = mentions[i], mentions[i - 1]
        if cur.historical and cur.via == "list" and prev.type == cur.type and LIST_GAP.fullmatch(
                text, prev.end, cur.start):
            prev.historical = True
    for cur, prev in zip(mentions[1:], mentions, strict=False):
        # "của thị xã Nghĩa Lộ, tỉnh Yên Bái cũ": the "cũ" after the province covers the unit placed in it
        if cur.historical and cur.type in ("tỉnh", "thành phố") and not prev.historical \
                and _PLACED_IN_PROVINCE.fullmatch(text, prev.end, cur.start) and _OLD_AFTER.match(text, cur.end):
            prev.historical = True
    for m in _BELONGED_TO.finditer(text):
        for mention in mentions:
            if m.start() < mention.start < m.end():
                mention.historical = True
    for m in OLD_BRACKETS.finditer(text):
        # (and a counted list right before the brackets: "3 xã Định Thủy, Bình Khánh, Phước Hiệp (huyện Mỏ Cày, tỉnh
        # Bến Tre cũ)"; not one commune, "xã Mỹ Hòa (huyện Ba Tri cũ)", a new commune placed by its old district)
        listed = _COUNTED_LIST.search(text, max(0, m.start() - 160), m.start())
        for mention in mentions:
            if m.start() < mention.start < m.end() or listed and listed.start() <= mention.start < m.start():
                mention.historical = True


YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")  # a year written in the text


def written_on(text: str, published: str | None) -> str | None:
    """The day an article was written, as far as the text tells: its date, or (undated) the end of the latest year it
    writes; None where it writes none."""
    if published:
        return published
    years = YEAR.findall(text)
    for term in _TERM.finditer(text):
        years.remove(term.group(1))  # (a term's last year lies ahead of a congress that opens it: "nhiệm kỳ 2021 - 2026")
    return f"{max(years)}-12-31" if years else None


_TERM = re.compile(r"\bnhiệm\s+kỳ\s+(?:19|20)\d\d\s*[-–—]\s*((?:19|20)\d\d)(?!\d)", re.I)


def district_as_written(gaz: Gazetteer, district: Unit, commune_units: dict[int, Unit], on_date: str) -> Unit:
    """A district known only from its communes, named as it was on the day the article was written (`written_on`):
    "xã Hắc Dịch" in 2015 was in huyện Tân Thành, renamed thị xã Phú Mỹ in 2018."""
    communes = {u.name for u in commune_units.values() if u.district_code == district.code}
    return (gaz.district_as_it_was(district, communes, on_date) if communes else None) or district
