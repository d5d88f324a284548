"""Shared grammar of counted phrases: a number, then what it counts ("35 mô hình cấp tỉnh")."""

from __future__ import annotations

import re
from dataclasses import replace

from extractors.numbers import Number, find_numbers
from pipeline.document import Document

# Words before a figure that make it a change or a margin, not an absolute count.
# ("vượt chỉ tiêu 3 mô hình", "mỗi năm tăng bình quân 15 mô hình": a margin and an average change too)
CHANGE_BEFORE = re.compile(r"(?:tăng|giảm|vượt|hơn\s+so|nhiều\s+hơn|ít\s+hơn|tăng\s+thêm|giảm\s+đi)"
                           r"(?:\s+(?:bình\s+quân|trung\s+bình|chỉ\s+tiêu|kế\s+hoạch))?\s*(?:được\s+)?$", re.I)
CHANGE_AFTER = re.compile(r"^[^.;()]{0,60}?\bso\s+với\b", re.I)
# ("Ngày 26-1 Đảng bộ …": the month of a date, run into the noun after it)
ORDINAL_BEFORE = re.compile(r"(?:thứ|lần\s+thứ|(?<!tổng\s)(?<!trong\s)(?<!thiểu\s)(?<!đa\s)số|khóa|khoá|top|hạng|mã|năm|tháng|ngày|quý|giai\s+đoạn|đợt"
                            r"|ngày\s+\d{1,2}\s*[-/.])\s*$", re.I)


# A span of years before a figure that is no year: "gia đình văn hóa 3 năm 5.276 hộ" (not "tháng 3 năm 2017 Chủ tịch …").
_YEARS_SPAN_BEFORE = re.compile(r"(?<!\d)(?<!tháng\s)\d{1,2}\s+năm\s*$", re.I)
# A year after another in a list of years, not a count: "Năm 2011, 2012 anh liên tục đạt danh hiệu …".
_YEAR = re.compile(r"(?:19|20)\d\d")
_YEARS_LIST_BEFORE = re.compile(r"\bnăm\s+(?:19|20)\d\d[^\S\n]*(?:,|và|-|–)[^\S\n]*$", re.I)
# Officials counted by their posts, which Vietnamese writes capitalised: "Hai Phó Chủ tịch UBND …".
_POST = re.compile(r"(?:phó\s+)?(?:chủ\s+tịch|bí\s+thư|giám\s+đốc)", re.I)
# The next of a list of numbered hamlets, not a count: "đã công nhận xóm 2; 3 thôn Phú Lễ đạt xóm NTM kiểu mẫu" (hamlets 2
# and 3 of Phú Lễ), "ấp 1, 2 xã Tân Thành".
_HAMLET = r"(?:xóm|thôn|ấp|khóm|bản|tổ|khối|khu\s+phố|tổ\s+dân\s+phố)"
_NUMBERED_HAMLET_BEFORE = re.compile(rf"\b{_HAMLET}\s+\d{{1,2}}[^\S\n]*[,;][^\S\n]*$", re.I)
_HAMLET_AFTER = re.compile(rf"[^\S\n]+{_HAMLET}\b", re.I)  # (the list's last number, then the village it belongs to)
# The top of a range is an estimate or a target, not a count: "1 đến 2 xã, thị trấn đạt chuẩn …", "xây dựng 2-3 mô hình".
_RANGE_BEFORE = re.compile(r"(?<![\d/.-])\d[\d.]*[^\S\n]*(?:đến|tới|-|–)[^\S\n]*$", re.I)
# A count of people or units written with an English thousands comma ("cấp xã có 23,200 người"): the comma and
# three digits cannot be a decimal part of a count.
_THOUSANDS_COMMA = re.compile(r"\d{1,3}(?:,\d{3})+")


def clause_bounds(text: str, start: int, end: int, sent: tuple[int, int]) -> tuple[int, int]:
    """The clause around [start, end): the sentence cut at semicolons."""
    s0, s1 = sent
    left = text.rfind(";", s0, start)
    right = text.find(";", end, s1)
    return (left + 1 if left >= 0 else s0), (right if right >= 0 else s1)


def counted_numbers(doc: Document, noun: re.Pattern) -> list[tuple[Number, re.Match]]:
    """Figures immediately followed by a noun phrase matching `noun` (a fraction gives both figures)."""
    out = []
    text = doc.text
    if doc.numbers is None:  # shared by every counting extractor: found once per document
        doc.numbers = find_numbers(text)
    for num in doc.numbers:
        m = noun.match(text, num.end)
        if not m:
            continue
        named = text[m.end() - len(m.group().lstrip()):][:1].isupper()  # the noun capitalised: a name may follow
        if named and num.text[:1].isalpha() and num.text[:1].isupper() and not _POST.fullmatch(" ".join(m.group().split())):
            continue  # a name that opens with a number word: "Ba Đồn", "Năm Căn", "Hai Bà Trưng" (not officials counted
            # by their posts, which are written capitalised: "Hai Phó Chủ tịch UBND thành phố … được tặng thưởng …")
        if named and _YEAR.fullmatch(num.text):
            continue  # a year before a capitalised name: "Hội đồng xét tặng danh hiệu NGƯT 2017 Sở GD&ĐT Cà Mau"
        if not num.percent and not num.is_count and _THOUSANDS_COMMA.fullmatch(num.text):
            num = replace(num, value=int(num.text.replace(",", "")))  # "23,200 người": no count is a fraction
        if num.percent or not num.is_count:
            continue
        before = text[max(0, num.start - 20):num.start]
        if _ordinal(before, num) or _RANGE_BEFORE.search(before) \
                or 1900 <= num.value <= 2100 and _YEARS_LIST_BEFORE.search(before) \
                or _NUMBERED_HAMLET_BEFORE.search(before) and _HAMLET_AFTER.match(text, num.end):
            continue
        out.append((num, m))
    return out


def _ordinal(before: str, num: Number) -> bool:
    """Whether the words `before` a figure make it an ordinal or part of a date ("lần thứ 5", "năm 2022"), not a count
    (a span of years before a figure that is no year, "gia đình văn hóa 3 năm 5.276 hộ", does not)."""
    return bool(ORDINAL_BEFORE.search(before)) and not (_YEARS_SPAN_BEFORE.search(before) and not 1900 <= num.value <= 2100)


# A figure to be chosen, approximately, not one chosen: "Bộ Tư pháp sẽ tôn vinh khoảng 50 cá nhân trong cả nước".
_PLANNED_BEFORE = re.compile(r"\bsẽ\b[^.;!?]{0,80}?\b(?:khoảng|chừng|dự\s+kiến)\s+$", re.I)


def is_planned(text: str, start: int, clause_start: int) -> bool:
    """Whether the figure at `start` is an approximate number still to be chosen (after "sẽ … khoảng")."""
    return bool(_PLANNED_BEFORE.search(text, max(clause_start, start - 100), start))


def is_change(text: str, num: Number, noun_end: int) -> bool:
    """"tăng 276 mô hình so với năm 2020", "vượt 03 mô hình": a change, not a count."""
    if _CHANGE_LIST_BEFORE.search(text, max(0, num.start - 60), num.start):
        return True  # the second figure of a change: "số lượng khen thưởng tăng 6 tập thể và 41 cá nhân"
    written = text[max(0, num.start - 25):num.start]
    before = written
    if num.approx:
        before = before[: len(before) - len(num.approx) - 1] if before.endswith(num.approx + " ") else before
    # ("nhiều hơn 9 mô hình so với năm 2022": "hơn" read as the figure's approximation is the comparison's here)
    return bool(CHANGE_BEFORE.search(before)) or bool(CHANGE_AFTER.match(text[noun_end:noun_end + 80])) and bool(
        _MARGIN_BEFORE.search(before) or _MORE_THAN_BEFORE.search(written)) \
        or bool(_MORE_THAN_BEFORE.search(written)) and bool(_COMPARED_BEFORE.search(text, max(0, num.start - 120), num.start))


_CHANGE_LIST_BEFORE = re.compile(r"\b(?:tăng|giảm|vượt)(?:\s+(?:thêm|đi))?\s+\d[\d.]*\s+[^\W\d]+(?:\s+[^\W\d]+)?\s*(?:,|và)\s*$",
                                 re.I)
_MARGIN_BEFORE = re.compile(r"(?:tăng|giảm|vượt|hơn)\s*$", re.I)
_MORE_THAN_BEFORE = re.compile(r"\b(?:nhiều|ít)\s+hơn\s*$", re.I)
# The comparison said first: "So với giai đoạn trước, số mô hình nhiều hơn 15 mô hình"; "số mô hình nhiều hơn 15".
_COMPARED_BEFORE = re.compile(r"(?:\bso\s+với\b[^.;!?\n]{0,100}|\bsố\s+(?:lượng\s+)?[^\W\d]+(?:\s+[^\W\d]+)?\s+)"
                              r"(?:nhiều|ít)\s+hơn\s*$", re.I)


# "công nhận mô hình, điển hình “Dân vận khéo” năm 2022 đối với 42 tập thể và 15 cá nhân": the collectives and people
# whose models were recognised, counted as models (ANNOTATION.md: models described as tập thể or cá nhân are models).
_MODELS_RECOGNISED_FOR = re.compile(r"\bcông\s+nhận\s+(?:là\s+)?(?:các\s+)?(?:mô\s+hình|điển\s+hình)(?:[^.;\d]|\d{4}){0,70}?\b(?:đối\s+với|cho)\s+"
                                    r"(?:\d[\d.]*\s+(?:tập\s+thể|cá\s+nhân)\s*(?:,|và)\s*)?$", re.I)


def models_recognised_for(text: str, start: int, clause_start: int) -> bool:
    """Whether the figure at `start` counts the collectives or people whose models were recognised."""
    return bool(_MODELS_RECOGNISED_FOR.search(text, max(clause_start, start - 140), start))



# A total's parts by label, each a bare figure: "891 mô hình (An Giang 59, Bạc Liêu 57, …)", "278 mô hình. Trong đó,
# duy trì 116, đăng ký mới 162", "57 mẹ được phong tặng … (huyện Tây Hòa: 19; huyện Phú Hòa: 12; …)". The opener: a
# bracket, or "trong đó" in this sentence or opening the next one.
_LABELLED_OPENER = re.compile(r"[^.;\n(]{0,80}?\(|[^.;\n]{0,80}?(?:[.;]\s*)?\b(?:trong\s+đó|cụ\s+thể|(?:bao\s+)?gồm)\b\s*(?:có\s*)?[:,]?"
                              # (or the next sentence names the models again before a colon: "… 2.345 mô hình. Số mô
                              # hình theo từng cấp công nhận như sau: cấp tỉnh 45, cấp huyện 312, cấp xã 1.988.")
                              r"|[^.;\n]{0,80}?[.;]\s*(?:số\s+(?:lượng\s+)?|các\s+)?(?:mô\s+hình|điển\s+hình)[^.;:\n\d]{0,80}:"
                              # (or the next sentence sorts them first: "… 1.024 mô hình. Xét theo cấp công nhận, cấp
                              # tỉnh 36, cấp huyện 198, còn lại 790 mô hình do cấp xã công nhận.")
                              r"|[^.;\n]{0,80}?[.;]\s*(?:xét|phân|chia|tính)\s+theo\s+(?:từng\s+)?(?:cấp|lĩnh\s+vực)[^.;:\n\d]{0,40}[,:]"
                              # (or a colon after the total's own words: "80 mô hình “Dân vận khéo”: Hội Nông dân 31 mô
                              # hình, Hội LHPN 26, Huyện đoàn 14 và Hội Cựu chiến binh 9 mô hình")
                              r"|[^.;:\n\d]{0,80}?:(?!\s*$)",
                              re.I)
_BARE_END = re.compile(r"\s*(?:[,;)\n]|và\b|\.?\s*$)")  # (the last part may close its sentence: "…, cấp xã 275.")
# The parts on lines of their own after the opener's colon: "Số mô hình theo từng năm như sau:\nNăm 2019: 48\nNăm 2020: 55"
_LINES_AFTER = re.compile(r"[^\S\n]*\n(?:[^\S\n]*[^\d\n][^\n]{0,80}?\d[^\n]{0,20}(?:\n|$)){2,12}")


# (the noun left out, a function word after the figure: "1.024 do …", "54 là tập thể", "6 ở khối cơ quan")
_ELIDED_NOUN_AFTER = re.compile(r"[^\S\n]+(?:do|của|ở|tại|là|thuộc|được|đã|đang|nằm)\b", re.I)
_PART_FIRST_BEFORE = re.compile(r"(?:^|[,;:]|\bvà|\btrong\s+đó(?:\s+có)?|\bcụ\s+thể|\bgồm)\s*$", re.I)


def _label_end(text: str, start: int, limit: int) -> int:
    """Where the label after a part's figure ends: at the next comma, semicolon or "và"."""
    m = re.compile(r"[,;]|\svà\s").search(text, start, limit)
    return m.start() if m else limit


def labelled_parts(doc: Document, total: int, end: int, noun: re.Pattern | None = None) -> list[tuple[Number, str]]:
    """The bare figures after labels right after a total whose noun ends at `end`, with their labels ("An Giang",
    "đăng ký mới"), where they add up to the total exactly; none otherwise. Parts that write the total's `noun` again
    ("Hội Nông dân 31 mô hình") count towards the sum, and are not returned: they are counted as they stand."""
    text = doc.text
    opener = _LABELLED_OPENER.match(text, end)
    if not opener:
        return []
    bracket = opener.group().endswith("(")
    lines = None if bracket else _LINES_AFTER.match(text, opener.end())
    seg_end = text.find(")", opener.end()) if bracket else lines.end() if lines else doc.sentence_at(opener.end())[1]
    if seg_end < 0 or seg_end - opener.end() > 400:
        return []
    inside = [n for n in doc.numbers or () if opener.end() <= n.start < seg_end and n.is_count and not n.approx
              and not _ordinal(text[max(0, n.start - 20):n.start], n)]  # ("… so với cùng kỳ năm 2022.")
    parts = [n for n in inside if _BARE_END.match(text, n.end, seg_end) and text[n.start - 1:n.start] == " "]
    named = [n for n in inside if noun and (m := noun.match(text, n.end))
             and (_BARE_END.match(text, m.end(), seg_end) or _ELIDED_NOUN_AFTER.match(text, m.end()))]  # ("790 mô hình do …")
    # (the sum is the test: a list of years, sizes or other things does not add up to the total)
    if not parts or len(parts) + len(named) < 2 or sum(int(n.value) for n in parts + named) != total:
        # (or each part's figure first, its label after: "trong đó 1.024 do đảng ủy cấp xã công nhận, 271 do …")
        parts = [n for n in inside if _PART_FIRST_BEFORE.search(text, opener.start(), n.start)
                 and _ELIDED_NOUN_AFTER.match(text, n.end)]
        if len(parts) < 2 or sum(int(n.value) for n in parts) != total:
            return []
        return [(n, " ".join(text[n.end:_label_end(text, n.end, seg_end)].strip(" ,;:").split())) for n in parts]
    out, label_start = [], opener.end()
    for n in sorted(parts + named, key=lambda n: n.start):
        if n in parts:
            out.append((n, " ".join(text[label_start:n.start].strip(" ,;:").split())))
        label_start = n.end
    return out


_LIST_GAP = re.compile(r"[^\S\n]*(?:,[^\S\n]*(?:và[^\S\n]+)?|và[^\S\n]+)")


def listed_before(doc: Document, num: Number) -> list[Number]:
    """The figures listed before `num` that share its noun: "lần lượt 15, 22, 19, 17 và 11 mô hình" gives 15 … 17."""
    numbers = doc.numbers or []
    out: list[Number] = []
    at = next((i for i, n in enumerate(numbers) if n.start == num.start), -1)
    while at > 0:
        prev = numbers[at - 1]
        if not _LIST_GAP.fullmatch(doc.text, prev.end, (out[-1] if out else num).start) or not prev.is_count \
                or prev.percent or prev.denominator is not None or 1900 <= prev.value <= 2100 \
                or _ordinal(doc.text[max(0, prev.start - 20):prev.start], prev):
            break
        out.append(prev)
        at -= 1
    # ("mỗi xã 1, 2 mô hình" is "one or two", a guess like "1-2 mô hình": a list needs "và", "lần lượt" or three figures)
    joined = len(out) >= 2 or bool(out) and ("và" in doc.text[out[0].end:num.start]
                                             or _RESPECTIVELY.search(doc.text, max(0, out[0].start - 30), out[0].start))
    return out[::-1] if joined else []


_RESPECTIVELY = re.compile(r"\blần\s+lượt\s+(?:(?:là|có|đạt)\s+)?$", re.I)


_SHARE_GAP = re.compile(r"[^\S\n]+trong[^\S\n]+(?:tổng[^\S\n]+)?số[^\S\n]+")


def share_before(doc: Document, num: Number) -> list[Number]:
    """The share written before a total: "công nhận 41 trong số 56 mô hình" gives 41 (a count of the same things)."""
    numbers = doc.numbers or []
    at = next((i for i, n in enumerate(numbers) if n.start == num.start), -1)
    prev = numbers[at - 1] if at > 0 else None
    if prev is None or not prev.is_count or prev.percent or prev.denominator is not None \
            or not _SHARE_GAP.fullmatch(doc.text, prev.end, num.start):
        return []
    return [prev]
