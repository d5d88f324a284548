"""When: the date forms Vietnamese writes, event dates and periods, in ISO form.

Vietnamese writes day before month. Dates in the body are events (the dateline, the publication date, is found
where outlets print it: `extractors.dateline`); periods are the years and ranges a figure is stated for.
"""

from __future__ import annotations

import datetime as dt
import re

from extractors.registry import register
from pipeline.document import Document
from pipeline.settings import Settings

_TIME = r"(?P<h>\d{1,2})\s*[:h]\s*(?P<mi>\d{2})(?:\s*(?:GMT|UTC)\s*\+?\s*7(?::00)?)?"
# (the day as \d\d?, not \d{1,2}: the engine scans fast only for a pattern that opens on a character class)
_DMY = r"(?P<d>\d\d?)\s*[/.\-]\s*(?P<m>\d{1,2})\s*[/.\-]\s*(?P<y>(?:19|20)\d{2})"
_WORDS_DMY = r"ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s*(?:năm|,|/)\s*(?P<y>(?:19|20)\d{2})"
# (not inside a file's name: "vlcsnap-2020-06-26-15h14m56s028" is a video frame's, no date line)
_ISO = r"(?<![\w-])(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d|-\d|[^\W\d_T])(?:[T ](?P<h>\d{2}):(?P<mi>\d{2}))?"
# A month in words, as some portals print their bylines: "Được viết ngày Thứ Sáu, 05 Tháng tư 2024 02:22".
_MONTH_WORDS = {"một": 1, "giêng": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
                "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "chạp": 12}
_MONTH_WORD = r"(?P<mw>mười\s+một|mười\s+hai|mười|một|giêng|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|chạp)"
_MONTH_WORD_DMY = r"(?P<d>\d{1,2})\s+tháng\s+" + _MONTH_WORD + r"\s*,?\s*(?:năm\s+)?(?P<y>(?:19|20)\d{2})"
# and in figures with a comma before the year, after the time, as bylines print it: "San Nguyễn 10:17 - 07 tháng 3, 2014"
# (without a time it is a site's weekday clock: "Chủ Nhật, 11 Tháng 5, 2025" under a weather widget)
_NUM_MONTH_DMY = _TIME + r"\s*[-–,]?\s*(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s*,\s*(?P<y>(?:19|20)\d{2})"
# or with the month in figures, no comma, the time after, as a content system prints it: "Thứ hai, 11 Tháng 12 2023 16:03"
_NUM_MONTH_TIMED = r"(?P<d>\d{1,2})\s+(?-i:Tháng)\s+(?P<m>\d{1,2})\s+(?P<y>(?:19|20)\d{2})\s+" + _TIME
# year first with slashes, as some content systems print their stamp: "• 2019/12/31 02:47"
_YMD = r"(?<![\d/])(?P<y>(?:19|20)\d{2})/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?![\d/])(?:\s+" + _TIME + ")?"
# in English, as reposting blogs and English templates print it: "Monday, July 22, 2019", "22 July 2019" (capitalised:
# "may" is a Vietnamese word)
_EN_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                   "november", "december")
_EN_MONTHS = {name[:3]: i for i, name in enumerate(_EN_MONTH_NAMES, 1)}  # "jul", "july" and "Jul." alike
_EN_MONTH = r"(?=(?-i:[A-Z]))(?P<me>" + "|".join(_EN_MONTH_NAMES) + "|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?"
_EN_DATE = (r"\b(?:" + _EN_MONTH + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d{2})"
            r"|(?P<d2>\d{1,2})\s+" + _EN_MONTH.replace("(?P<me>", "(?P<me2>") + r",?\s+(?P<y2>(?:19|20)\d{2}))\b")
# the month short, as WordPress prints it in Vietnamese: "Đã đăng vào 30 Th6, 2020 lúc 7:40"
_SHORT_MONTH_DMY = r"(?<!\w)(?P<d>\d{1,2})\s+(?-i:Th)(?P<m>\d{1,2})\s*,\s*(?P<y>(?:19|20)\d{2})(?!\d)"
# and the month in words first, as a WordPress theme prints "F j, Y" in Vietnamese: "Tháng tám 17, 2024"
_MONTH_WORD_MDY = r"(?<!\w)tháng\s+" + _MONTH_WORD + r"\s+(?P<d>\d{1,2})\s*,\s*(?P<y>(?:19|20)\d{2})(?!\d)"
DATE_PATTERNS = [re.compile(p, re.I) for p in (_DMY, _WORDS_DMY, _ISO, _MONTH_WORD_DMY, _NUM_MONTH_DMY, _NUM_MONTH_TIMED,
                                               _YMD, _EN_DATE, _SHORT_MONTH_DMY, _MONTH_WORD_MDY)]
TIME_RE = re.compile(_TIME, re.I)
# "ngày 7/12", "sáng 15-3": the day and month are found first (a pattern that opens with a digit is scanned
# fast), then the word before them that makes them a day ("ngày", "sáng", "hôm nay").
_DAY_MONTH = re.compile(r"(?P<d>\d\d?)\s*[/\-]\s*(?P<m>\d{1,2})(?!\s*[/\-]\s*\d)(?![\d%])")
_DAY_WORD = re.compile(r"\b(?:ngày|sáng|chiều|tối|trưa|đêm|hôm)\s+(?:nay\s+|qua\s+|ngày\s+)?$", re.I)


def day_months(text: str):
    """(day-month match, the word before it) for each "ngày 7/12" in the text."""
    for m in _DAY_MONTH.finditer(text):
        pre = _DAY_WORD.search(text, max(0, m.start() - 24), m.start())
        if pre:
            yield m, pre.group()


# A full date in figures ("7/12/2023", "15-3-2024") or in words ("ngày 5 tháng 3 năm 2024"): two scans, the
# first fast (it opens with a digit), the second only where the text says "tháng" at all.
_FIGURE_DATE = re.compile(_DMY)
_WORDS_DATE = re.compile(_WORDS_DMY.replace("(?P<d>", "(?P<d2>").replace("(?P<m>", "(?P<m2>").replace("(?P<y>", "(?P<y2>"),
                         re.I)


def full_dates(text: str, pos: int = 0) -> list[re.Match]:
    """Every full date from `pos` on, in text order."""
    found = list(_FIGURE_DATE.finditer(text, pos))
    if "tháng" in text.lower():
        found = sorted(found + list(_WORDS_DATE.finditer(text, pos)), key=lambda m: m.start())
    return found


# A range of years ("2021 – 2025", "2019 đến năm 2020"), found by its figures first (a pattern that starts
# with a literal digit is scanned fast), then the word that may introduce it ("giai đoạn", "nhiệm kỳ").
_YEAR_RANGE = re.compile(r"(?P<a>(?:19|20)\d{2})\s*(?:[-–—]|đến(?:\s+năm)?)\s*(?P<b>(?:19|20)\d{2})\b", re.I)
_RANGE_INTRO = re.compile(r"\b(?P<q>giai\s+đoạn|nhiệm\s+kỳ|thời\s+kỳ|từ\s+năm|trong\s+các\s+năm|các\s+năm)\s*$", re.I)


def year_ranges(text: str):
    """(range match, its introducing word's match or None) for each range of years in the text."""
    for m in _YEAR_RANGE.finditer(text):
        q = _RANGE_INTRO.search(text, max(0, m.start() - 40), m.start())
        before = text[m.start() - 1] if m.start() else ""
        if not q and (before.isalnum() or before == "_"):
            continue  # inside a longer word or number
        yield m, q


# Periods that end in a year ("6 tháng đầu năm 2024", "quý I/2024", "tháng 5/2023", "năm 2023") are found from
# the year (one fast scan for the figures) back to the words that open them.
_YEAR_FIGURE = re.compile(r"(?:19|20)\d{2}\b")
_MONTHS_OF_YEAR = re.compile(r"\b(?P<n>\d{1,2}|sáu|chín|ba)\s+tháng\s+(?P<pos>đầu|cuối)\s+năm\s+$", re.I)
_QUARTER = re.compile(r"\bquý\s+(?P<q>I{1,3}|IV|[1-4])\s*(?:/|năm\s+)$", re.I)
_MONTH_YEAR = re.compile(r"\btháng\s+(?P<m>\d{1,2})\s*(?:/|năm\s+)$", re.I)
_YEAR = re.compile(r"\bnăm\s+$", re.I)
_RANGE_NEXT = re.compile(r"\s*[-–—]\s*(?:19|20)\d{2}")


def periods_ending_in(text: str, years: list[re.Match], opener: re.Pattern, not_before_range: bool = False):
    """(start, end, opener match, year) of each period `opener` introduces right before a year, in text order
    and without overlaps, as a scan of `opener` followed by the year would find them."""
    done = 0
    for y in years:
        m = opener.search(text, max(done, y.start() - 40), y.start())
        if m is None or (not_before_range and _RANGE_NEXT.match(text, y.end())):
            continue
        done = y.end()
        yield m.start(), y.end(), m, int(y.group())


_WORD_N = {"sáu": 6, "chín": 9, "ba": 3}
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}


def _date(y: int, m: int, d: int) -> dt.date | None:
    try:
        value = dt.date(y, m, d)
    except ValueError:
        return None
    return value if 1990 <= y <= dt.date.today().year + 1 else None


def _full_date(m: re.Match) -> dt.date | None:
    """The date a match of a full-date pattern names (groups y/m/d, or y2/m2/d2 for dates in words)."""
    gd = m.groupdict()
    english = gd.get("me") or gd.get("me2")
    if english:
        return _date(int(gd["y"] or gd["y2"]), _EN_MONTHS[english.lower()[:3]], int(gd["d"] or gd["d2"]))
    if gd.get("mw"):
        return _date(int(gd["y"]), _MONTH_WORDS[" ".join(gd["mw"].lower().split())], int(gd["d"]))
    y, mo, d = (gd["y"], gd["m"], gd["d"]) if gd.get("y") else (gd["y2"], gd["m2"], gd["d2"])
    if int(mo) > 12 >= int(d) and "tháng" not in m.group().lower():
        mo, d = d, mo  # "12-28-2023 14:39:23 GMT+7": a content system's month first, as 28 can only be the day
    return _date(int(y), int(mo), int(d))




def _published(doc: Document) -> dt.date | None:
    for f in doc.facts:
        if f.kind == "published_date":
            return dt.date.fromisoformat(f.value)
    return None


@register("event_dates", requires=("published_date",), assigns=("event_date",))
def extract_event_dates(doc: Document, cfg: Settings) -> None:
    """event_date facts: full dates in the body, and "ngày 7/12" with the year of publication."""
    pub = _published(doc)
    dateline = next((f for f in doc.facts if f.kind == "published_date"), None)
    taken: list[tuple[int, int]] = []
    for m in full_dates(doc.text):
        if dateline and m.start() < dateline.end and m.end() > dateline.start:
            continue
        value = _full_date(m)
        if value:
            doc.add("event_date", value.isoformat(), m.start(), m.end(), "rule")
            taken.append((m.start(), m.end()))
    for m, pre in day_months(doc.text):
        if any(s <= m.start("d") < e for s, e in taken):
            continue
        if pub is None:
            continue  # without a publication date the year is unknown
        value = _date(pub.year, int(m.group("m")), int(m.group("d")))
        if value and value > pub:
            value = _date(pub.year - 1, int(m.group("m")), int(m.group("d")))
        if value:
            doc.add("event_date", value.isoformat(), m.start("d"), m.end(), "rule",
                    qualifier=pre.strip().lower())


@register("periods", requires=("published_date",), assigns=("period",))
def extract_periods(doc: Document, cfg: Settings) -> None:
    """period facts: "năm 2023", "giai đoạn 2021 – 2025", "6 tháng đầu năm 2024", "quý I/2024"."""
    text = doc.text
    spans: list[tuple[int, int]] = []

    def add(value: str, start: int, end: int, qualifier: str) -> None:
        if any(s <= start < e or s < end <= e for s, e in spans):
            return
        spans.append((start, end))
        doc.add("period", value, start, end, "rule", qualifier=qualifier)

    for m, intro in year_ranges(text):
        a, b = int(m.group("a")), int(m.group("b"))
        if a < b <= a + 30:
            q = " ".join(intro.group("q").lower().split()) if intro else ""
            add(f"{a}/{b}", intro.start("q") if intro else m.start("a"), m.end(), q)
    years = list(_YEAR_FIGURE.finditer(text))
    for start, end, m, y in periods_ending_in(text, years, _MONTHS_OF_YEAR):
        n = m.group("n").lower()
        n = _WORD_N.get(n) or int(n)
        if 1 <= n <= 12:
            first, last = (1, n) if m.group("pos").lower() == "đầu" else (13 - n, 12)
            add(f"{y}-{first:02d}/{y}-{last:02d}", start, end, f"{n} tháng {m.group('pos').lower()} năm")
    for start, end, m, y in periods_ending_in(text, years, _QUARTER):
        q = _ROMAN.get(m.group("q").upper()) or int(m.group("q"))
        add(f"{y}-{3 * q - 2:02d}/{y}-{3 * q:02d}", start, end, f"quý {q}")
    for start, end, m, y in periods_ending_in(text, years, _MONTH_YEAR):
        mo = int(m.group("m"))
        if 1 <= mo <= 12:
            add(f"{y}-{mo:02d}", start, end, "tháng")
    for start, end, _m, y in periods_ending_in(text, years, _YEAR, not_before_range=True):
        add(str(y), start, end, "năm")
