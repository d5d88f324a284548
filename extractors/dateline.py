"""The dateline: the article's publication date and time, where outlets print it.

It is looked for in the lines before the body (and a title that ends in a date), or an "Cập nhật" line at the
foot; a site's header clock, an update stamp and a headline's event date give way to the byline below them.
dateparser reads page metadata the rules do not know, with Vietnamese settings and day-first order.
"""

from __future__ import annotations

import datetime as dt
import re

from extractors.dateline_checks import (
    WEEKDAY,
    Candidate,
    month_first,
    reports_a_later_year,
    reports_an_old_day,
    stale,
)
from extractors.dateline_foot import DATE_LINE, SHORT_YEAR_STAMP, foot_lines
from extractors.dates import (
    _DMY,
    _ISO,
    _TIME,
    DATE_PATTERNS,
    TIME_RE,
    _date,
    _full_date,
)
from extractors.registry import register
from pipeline.document import Document
from pipeline.settings import Settings
from pipeline.text import line_span


def _header_lines(doc: Document, window: int) -> list[tuple[int, str]]:
    """Lines before the body starts (the first long paragraph), within `window` characters."""
    out, pos = [], 0
    for line in doc.text.split("\n"):
        if pos > window:
            break
        out.append((pos, line))
        if len(line) >= 150 and len(out) > 1 and pos != doc.title_span[0]:  # a long headline is not the body
            # The body has started; its first paragraph may still end in the dateline (checked at its tail).
            break
        pos += len(line) + 1
    return out


# A site's header date ("Thứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27") is the day the page was shown;
# a byline date of the article itself that follows it is the dateline.
# ("09:37 EST Thứ bảy, 23/11/2024": the page's clock before its weekday)
# (after the section's name, too: "Thời sự | Thứ Ba, 21/07/2020" above the byline's "17/07/2020 16:02")
_SITE_HEADER = re.compile(r"^\s*(?:[^\W\d][^\d|\n]{0,30}\|\s*)?(?:\d{1,2}:\d{2}(?::\d{2})?(?:\s*[A-Z]{2,4})?\s*[,|–-]?\s*)?"
                          rf"(?:{WEEKDAY}(?:\s*[,–-]|\s+(?=\d|ngày))"
                          # a city's header line: "Hà Nội, ngày 23-10-2021"
                          r"|(?-i:[A-ZĐ])[^\W\d]+(?:\s+(?-i:[A-ZĐ])[^\W\d]+){0,3}\s*,\s*ngày\s+\d{1,2}[-/.]\d{1,2}[-/.]\d{4}\s*$)", re.I)
# The words a page prints before its own posting date ("Ngày đăng:", "Cập nhật ngày").
_POSTING_CUE = r"cập\s+nhật|ngày\s+cập\s+nhật|ngày\s+đăng|đăng\s+ngày|ngày\s+xuất\s+bản"
_BYLINE_CUE = re.compile(rf"\s*(?:{_POSTING_CUE}|đăng\s+lúc)\b", re.I)
_LANGUAGE_LINKS = re.compile(r"\|\s*(?:English|Tiếng\s+Anh|中文|Français|日本語|한국어)\b", re.I)
_TODAY = re.compile(r"\s*(?:hôm\s+nay|today)\b", re.I)
_TICKING = re.compile(r"(?<!\d)\d{1,2}:\d{2}:\d{2}(?!\d)")  # "09:25:27"
# (and the site's contact line beside its clock: "06/10/2024 | 00:35 GMT+7 | Điện thoại: 034 39429756 | Email: …")
_HOTLINE = re.compile(r"(?:đường\s+dây\s+nóng|hotline|điện\s+thoại|tel|phone)\b[^\n\d]{0,5}\d{3,4}[\d .]{4,}", re.I)
# A long line may still end in its dateline ("… cả nước. 04:30 GMT+7, Thứ Ba, 27/9/2022").
_TAIL_DATELINE = re.compile(_TIME + r"\s*,?\s*(?:(?:thứ\s+\w+|chủ\s+nhật)\s*,\s*)?" + _DMY + r"\s*$", re.I)

# A date that opens a long line, run into the lead by the page's markup: "19/07/2024Sáng nay (19/7), Đảng ủy …".
_LINE_OPENING_DATE = re.compile(r"\s*" + _DMY + r"(?:\s*[-|,]?\s*" + _TIME + r")?(?!\s*[,–-]?\s*\d)")
# (or its time first: "14:18 16/06/2024 Chiều 14-6, UBND huyện …")
# ("07:44 AM 10/01/2023 | Lượt xem: 1188 …": a twelve-hour clock)
_LINE_OPENING_CLOCK = re.compile(r"\s*" + _TIME + r"(?:\s*(?P<ampm>[AP]M))?\s+" + _DMY + r"(?!\s*[,–-]?\s*\d)", re.I)
# A page's headline run into its date and time: "Ninh Giang tổng kết … ngày hội đại đoàn kết23/04/2023 - 11:19:00".
_GLUED_DATELINE = re.compile(r"(?<=[^\W\d])" + _DMY + r"\s*[-|,]?\s*" + _TIME)
# ("Đã đăng vào 25/04/2019 lúc 15:35Sáng 25/4, …": a posting line run into the lead)
_CUED_DATE = re.compile(r"(?:cập\s+nhật|ngày\s+đăng|đăng\s+ngày|ngày\s+cập\s+nhật|(?<!\w)đã\s+đăng\s+vào)(?:\s+ngày)?\s*:?\s*"
                        r"(?:\d{1,2}[:h]\d{2}\s*,?\s*)?" + _DMY, re.I)  # ("Ngày đăng : 20:30, 29/07/2023")
# The same cue before a date in words, its "ngày" taken by the cue: "Ngày đăng: 27 tháng 6 năm 2024".
_CUED_WORDS = re.compile(rf"\s*(?:{_POSTING_CUE})(?:\s+ngày)?\s*:?\s*"
                         r"(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s*(?:năm|,)\s*(?P<y>(?:19|20)\d{2})(?!\d)", re.I)
# A news bulletin's headline is its date (the guide): "Thời sự Nghệ An: Thông tin nổi bật ngày 15/8/2025 …",
# "Bản tin thời sự ngày 3/9/2025", "Điểm tin ngày 12/10/2025".
_BULLETIN = re.compile(r"(?:bản\s+tin|điểm\s+tin|thời\s+sự|(?:thông\s+)?tin\s+(?:nổi\s+bật|tổng\s+hợp|vắn))(?:\s+[^\W\d]+){0,3}?\s+(?:ngày\s+)?"
                       + _DMY, re.I)
# "Sáng 12/3/2024", "khai mạc vào ngày 10/12/2020", "từ ngày 5/3/2019": an event's day, in a sentence.
# ("… huy hiệu Đảng đợt 7/11/2020", "dịp 2/9/2024": the round or the occasion of an award, not the dateline)
# ("Đăng vào 23/12/2019" is the posting line, not an event "vào ngày …")
# (not a section named "Tuổi cao gương sáng": a shining example, no morning)
_EVENT_TIME_BEFORE = re.compile(r"(?:(?:(?<!gương\s)sáng|chiều|tối|trưa|đêm)(?:\s+(?:nay|qua))?|hôm\s+(?:nay|qua)|(?<!đăng\s)vào|từ|đến|đợt|dịp)"
                                r"\s+(?:ngày\s+)?$", re.I)
# "Quyết định số 1632/QĐ-UBND ngày 22/5/2020": a document's date, not the article's.
# ("hướng dẫn số 1644/SNT-BTĐKT ngày 08/8/2019": any document cited by its number)
_DOCUMENT_BEFORE = re.compile(r"(?:quyết\s+định|kế\s+hoạch|chỉ\s+thị|nghị\s+quyết|thông\s+báo|công\s+văn|thông\s+tư"
                              r"|nghị\s+định|văn\s+bản|hướng\s+dẫn)\b[^.\n]{0,40}\bngày\s*$"
                              r"|\bsố\s*:?\s*\d+/[\w/.-]+\s+ngày\s*$", re.I)
# "… nhân Ngày Gia đình Việt Nam 28/6/2022": the date of a named day, in a headline, not the article's.
_NAMED_DAY_BEFORE = re.compile(r"\bNgày\s+(?-i:[A-ZĐ])[^\W\d]*(?:\s+[^\W\d]+){0,6}\s*\(?\s*$")
# "(BL-TQ) Ngày 31/7/2020, Ban chỉ đạo … tổ chức …": a date that opens a sentence is its event's day.
# ("…, UBND TP. Bạc Liêu đã …", "…, ấp Tắc Thủ, xã Hồ Thị Kỷ, huyện Thới Bình tổ chức …": the place run on with commas)
# ("Ngày 20/10/2015, khu phố 5 phường …": a figure may stand among the words, after the first)
_SENTENCE_AFTER = re.compile(r"\s*,\s*[^\W\d][^\s,]*,?\s+(?:(?:[^\W\d][^\s,]*|\d+),?\s+){2,}")
# "Ngày 27/2/2025 UBND xã … tổ chức …": a line opened by "Ngày" and a date with its sentence run on, no comma.
_DAY_OPENS_LINE = re.compile(r"^(?:\([^()\n]{1,20}\)\s*)?ngày\s+$", re.I)
_CLAUSE_AFTER = re.compile(r"\s+(?:[^\W\d]+\s+){4,}")

# "Đã kết thúc lúc: 21/9/2022", "Hạn chót: 30/6/2023": a poll's or a call's deadline, not the article's date.
# ("… hoàn thành dứt điểm trước ngày 15/7/2017", "chậm nhất ngày 15/12/2018": a deadline in a sentence)
_DEADLINE_BEFORE = re.compile(r"(?:kết\s+thúc|bắt\s+đầu|hạn\s+chót|hạn\s+cuối|thời\s+hạn)[^\d\n]{0,12}$"
                              r"|\b(?:trước|chậm\s+nhất|muộn\s+nhất)\s+(?:ngày\s+)?$", re.I)
_RANGE_AFTER = re.compile(r"\s*[–—-]\s*\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*(?:19|20)\d{2}")
_RANGE_OPEN = re.compile(r"(?<!\d)\d{4}\s*[–—-]\s*$")  # a year (1890 too: a birthday), then a dash: a range goes on


_RANGE_END = re.compile(r"\s*[–—-]\s*" + _DMY)


def _same_day_after(line: str, m: re.Match) -> bool:
    """Whether the date after the dash repeats the date `m` matched ("06/10/2024 -  06/10/2024 19:23": a page
    printing its date twice, published and updated, not a range)."""
    after = _RANGE_END.match(line, m.end())
    return bool(after) and _full_date(after) == _full_date(m)


def find_dateline(doc: Document, window: int = 400) -> Candidate | None:
    """(date, time "HH:MM" or "", start, end) of the article's dateline, if it has one."""
    lines = _header_lines(doc, window)
    found = _candidates(lines, doc.title_span[0])
    if found:
        first_line, first = found[0]
        text_line = lines[first_line][1]
        # A site's weekday header, or a headline that names an event's date, gives way to a byline with a time.
        # (so does a date alone atop the page, above the headline: the day an aggregator's copy was saved, when stale)
        # (or above the headline under a feed's or a menu's leftover line: "rssheader\n\n28/10/2020\n\n<headline>")
        header = _SITE_HEADER.match(text_line) or (first_line == 0 or first[3] <= doc.title_span[0]) \
            and _DATE_ALONE.match(text_line)
        displaced = header or (first_line == 0 and not first[1] and len(text_line.split()) > 8)
        if _UPDATE_STAMP.search(text_line, 0, first[2] - lines[first_line][0]):
            # "Xem: 412 | Cật nhập: 7/10/2020 8:16:05 AM" above "Ngày 08/7/2020": the page's own date line wins
            own = next((c for i, c in found[1:] if i > first_line and DATE_LINE.match(lines[i][1])), None)
            if own is not None:
                return own
        if displaced:
            # (a headline's event date also gives way to a date alone on its own line below: "… 5/6/2018\n12/06/2018")
            # (under a weekday header, a cued byline without a time: "Cập nhật lúc: 31/12/2025")
            # (and a headline's broadcast date to a cued byline: "… (phát sóng NTV ngày 01/01/2019\n\nĐăng ngày 02/01/2019")
            later = next((c for i, c in found[1:] if i > first_line and (
                c[1] or not header and _DATE_ALONE.match(lines[i][1]) or _BYLINE_CUE.match(lines[i][1]))), None)
            if later is None and header:  # a weekday byline under a clock: "Thứ sáu, ngày 4 tháng 10 năm 2019"
                later = next((c for i, c in found[1:] if i > first_line and len(lines[i][1]) <= 60
                              and _SITE_HEADER.match(lines[i][1])), None)
            if later is not None:
                return later
            if header and not first[1] and stale(doc, first):  # a clock, not a byline
                return _weekday_byline(doc, first[3])  # (the article's own may stand below a long menu)
            if header and first[2] < doc.title_span[0] and reports_an_old_day(doc, first):
                # "Chủ nhật 11/05/2025 03:53" atop a report of "sáng 18/10": the day the page was served
                return _weekday_byline(doc, first[3])
            if header and _TICKING.search(text_line) and reports_a_later_year(doc, first):
                return None  # the page's clock, ticking to the second, years before the year its headline reports
        return first
    # A lead printed above the byline: "(VOVTV) - Tối qua (13/10) …\n\nTác giả Minh Long/VOV1\n14/10/2023 09:49"
    after = _lines_after_lead(doc, lines)
    byline = next((c for i, c in _candidates(after)
                   if c[1] or _SOURCE_DATE.match(after[i][1]) or _BULLETED_BYLINE.match(after[i][1])
                   or _DATE_ALONE.match(after[i][1])  # ("20/03/2026" on its own line under the lead)
                   or _BYLINE_CUE.match(after[i][1])), None)  # ("Ngày cập nhật: 03/08/2020" under it)
    return byline or next((c for _, c in _candidates(foot_lines(doc))), None) or _deep_stamp(doc)


# The article's weekday byline with its clock, below a menu under a stale site header: "Thứ hai - 21/11/2016 08:11".
_WEEKDAY_BYLINE = re.compile(rf"^[^\S\n]*{WEEKDAY}[^\S\n]*[,–-]?[^\S\n]*"
                             + _DMY + r"[^\S\n]*[-|,]?[^\S\n]*" + _TIME + r"[^\S\n]*$", re.M | re.I)


def _weekday_byline(doc: Document, after: int) -> Candidate | None:
    """The first weekday line with a date and a time below `after`, within the page's first characters."""
    return _first_stamp(doc, _WEEKDAY_BYLINE, after)


# A page's date and time opening a line below a long menu or a row of other headlines ("28/01/2017 01:07Cả huyện
# dựng bàn thờ Bác Hồ đón Tết", "30/01/2015 19:52" under the lead): a stamp, as no event in the body is written.
_STAMP_LINE = re.compile(r"^[^\S\n]*" + _DMY + r"[^\S\n]*[-|,]?[^\S\n]*" + _TIME, re.M)
_STAMP_REACH = 2000


def _deep_stamp(doc: Document) -> Candidate | None:
    """The first date-and-time stamp that opens a line within the page's first characters, where nothing above was one."""
    return _first_stamp(doc, _STAMP_LINE, 0)


def _first_stamp(doc: Document, pattern: re.Pattern, start: int) -> Candidate | None:
    """The first match of a date-and-time line pattern from `start` within the page's first characters, as a
    candidate, if its date and clock are real."""
    m = pattern.search(doc.text, start, _STAMP_REACH)
    if m and _HOTLINE.search(doc.text, m.end(), line_span(doc.text, m.end())[1]):
        return None  # the site's clock beside its contact line, not the article's stamp
    d = _full_date(m) if m else None
    clock = _clock(m) if d else ""
    return (d, clock, m.start("d"), m.end("y")) if clock else None


def _clock(m: re.Match) -> str:
    """"HH:MM" from a match's h and mi groups where they make a time of day, "" where they do not."""
    h, mi = int(m.group("h")), int(m.group("mi"))
    half = (m.groupdict().get("ampm") or "").upper()
    if half and 1 <= h <= 12:
        h = h % 12 + (12 if half == "PM" else 0)
    return f"{h:02d}:{m.group('mi')}" if 0 <= h < 24 and mi < 60 else ""


# An aggregator's source line run into its date by the page: "Việt NamViệt Nam23/08/2025", "Hà Nội Mới02/10/2025".
_SOURCE_DATE = re.compile(r"\s*[^\W\d][^\n\d]{0,40}[^\W\d\s]" + _DMY + r"\s*$")
# A byline with its date after a bullet: "Hoàng Việt Anh - Kỹ thuật: Hồng Toại • 23/10/2025".
_BULLETED_BYLINE = re.compile(r"\s*[^\W\d][^\n\d]{0,80}?\s[•·|]\s*" + _DMY + r"\s*$")
_DATE_ALONE = re.compile(r"^\s*" + _DMY + r"\s*$")
# A portal's date under the headline with spaces for its separators, alone on its line: "24 01 2019".
_SPACED_DATE_ALONE = re.compile(r"^\s*(?P<d>\d{1,2}) (?P<m>\d{1,2}) (?P<y>(?:19|20)\d{2})\s*$")
_UPDATE_STAMP = re.compile(r"\bc[ậâa][pt]\s+nh[ậâa][tp]\b", re.I)  # "Cập nhật", as CMS stamps misspell it too ("Cật nhập")


def _lines_after_lead(doc: Document, header: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Up to three short lines right after the first long paragraph (where a byline block may stand)."""
    if not header:
        return []
    pos = header[-1][0] + len(header[-1][1]) + 1
    out = []
    for line in doc.text[pos:pos + 400].split("\n"):
        if line.strip():
            if len(line) > 80 or len(out) == 3:
                break
            out.append((pos, line))
        pos += len(line) + 1
    return out


# A content system's English byline, month first: "Submitted by admin on T4, 04/18/2018 - 14:46" (Drupal).
_POSTED_BY = re.compile(r"\s*(?:submitted|posted)\s+by\s+[^\n]{1,60}?\s+on\s+(?:\w{1,10},\s*)?(?P<m>\d{1,2})/(?P<d>\d{1,2})/"
                        r"(?P<y>\d{4})(?:\s*-\s*(?P<h>\d{1,2}):(?P<mi>\d{2}))?", re.I)


_DIGIT = re.compile(r"\d")


def _candidates(lines: list[tuple[int, str]], title_start: int = -1) -> list[tuple[int, Candidate]]:
    """Every dateline candidate of the lines, as (line index, candidate), in order (a bulletin's headline at
    `title_start` too)."""
    out = []
    for i, (offset, line) in enumerate(lines):
        if not _DIGIT.search(line):
            continue  # every date form has its day and year in figures: most lines are skipped on one scan
        if len(line) >= 150 and not line.lstrip().startswith(("(", "Cập")):
            cued = _CUED_DATE.search(line, 0, 300) or _GLUED_DATELINE.search(line, 0, 300) \
                or offset == title_start and _BULLETIN.search(line, 0, 120)
            # ("… năm 2025 ( Cập nhật ngày: 02/04/2025 )Chiều …", "… ngày hội đại đoàn kết23/04/2023 - 11:19:00 Uỷ ban …")
            if cued:
                d = _full_date(cued)
                if d is not None:
                    out.append((i, (d, "", offset + cued.start("d"), offset + cued.end("y"))))
                    continue
            m = _TAIL_DATELINE.search(line) or _LINE_OPENING_DATE.match(line) or _LINE_OPENING_CLOCK.match(line)
            if m and not _SENTENCE_AFTER.match(line, m.end()):
                d = _full_date(m)
                if d is not None:
                    hhmm = _clock(m) if m.group("h") else ""
                    out.append((i, (d, hhmm, offset + m.start("d"), offset + m.end("y"))))
            continue  # otherwise only a short head of a long line can be a dateline
        if offset == title_start and (bulletin := _BULLETIN.match(line)) and (d := _full_date(bulletin)):
            # a bulletin titled by its day ("Thời sự Cao Bằng tối 18/11/2025"): the evening is the bulletin's, not an event's
            out.append((i, (d, "", offset + bulletin.start("d"), offset + bulletin.end("y"))))
            continue
        if (posted := _POSTED_BY.match(line)) and (d := _date(*map(int, posted.group("y", "m", "d")))):
            out.append((i, (d, _clock(posted) if posted.group("h") else "", offset + posted.start("m"), offset + posted.end("y"))))
            continue
        if (short := SHORT_YEAR_STAMP.match(line)) and (d := _date(2000 + int(short.group("y2")), int(short.group("m")),
                                                                     int(short.group("d")))) and (clock := _clock(short)):
            out.append((i, (d, clock, offset + short.start("d"), offset + short.end("y2"))))
            continue
        if (words := _CUED_WORDS.match(line)) and (d := _full_date(words)):
            out.append((i, (d, "", offset + words.start("d"), offset + words.end("y"))))
            continue
        if (spaced := _SPACED_DATE_ALONE.match(line)) and (d := _full_date(spaced)):
            out.append((i, (d, "", offset + spaced.start("d"), offset + spaced.end("y"))))
            continue
        if _LANGUAGE_LINKS.search(line) or _HOTLINE.search(line) or _TODAY.match(line):
            continue  # "23/4/2023  |  English  |  中文": a portal's clock beside its language links (or its hotline, or
            # "Hôm nay: 20/09/2024", the day the page was read)
        for pat in DATE_PATTERNS:
            m = pat.search(line)
            if not m or _EVENT_TIME_BEFORE.search(line, 0, m.start()) or _SENTENCE_AFTER.match(line, m.end()) \
                    or _DAY_OPENS_LINE.match(line[:m.start()]) and _CLAUSE_AFTER.match(line, m.end()) \
                    or _DEADLINE_BEFORE.search(line, 0, m.start()) \
                    or _DOCUMENT_BEFORE.search(line, max(0, m.start() - 60), m.start()) \
                    or _NAMED_DAY_BEFORE.search(line, max(0, m.start() - 60), m.start()):
                continue  # "Sáng ngày 28/02/2025, UBND xã … tổ chức": the event's day, not the dateline
            if len(line) >= 150 and m.start() > 40 or _RANGE_AFTER.match(line, m.end()) and not _same_day_after(line, m):
                continue  # deep in a long "(PLM) - …" lead, or "( 1/10/1991 – 1/10/2021 )": an anniversary's range
            before = line[:m.start()]
            if not before.strip():
                before = lines[i - 1][1] if i else ""
            if _RANGE_OPEN.search(before):
                continue  # "(22/12/1944 –\n22/12/2024)": the end of an anniversary's range, wrapped onto a new line
            d = _full_date(m)
            if d is None:
                continue
            gd = m.groupdict()
            hhmm = f"{int(gd['h']):02d}:{gd['mi']}" if gd.get("h") else ""
            if not hhmm:
                t = TIME_RE.search(line[max(0, m.start() - 12):m.end() + 14])
                hhmm = _clock(t) if t else ""
            out.append((i, (d, hhmm, offset + m.start(), offset + m.end())))
            break
    return out


def parse_meta_date(value: str) -> tuple[dt.date, str] | None:
    """A date from page metadata ("2024-10-14", "2024-10-14T06:46:00+07:00", "14/10/2024")."""
    if not value:
        return None
    m = re.match(_ISO, value.strip())
    if m:
        d = _full_date(m)
        if d:
            return d, (f"{m.group('h')}:{m.group('mi')}" if m.group("h") else "")
    try:
        import dateparser

        parsed = dateparser.parse(value, languages=["vi", "en"],
                                  settings={"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first",
                                            "REQUIRE_PARTS": ["day", "month", "year"]})
    except Exception:  # dateparser raises assorted errors on odd strings; a bad date is no date
        parsed = None
    if parsed and _date(parsed.year, parsed.month, parsed.day):
        hhmm = f"{parsed.hour:02d}:{parsed.minute:02d}" if (parsed.hour or parsed.minute) else ""
        return parsed.date(), hhmm
    return None


@register("dateline", assigns=("published_date",))
def extract_dateline(doc: Document, cfg: Settings) -> None:
    """published_date (and the time, for published_at) from the dateline or page metadata."""
    window = cfg.dates.dateline_window
    found = find_dateline(doc, window)
    if found:
        found = month_first(doc, found)
        d, hhmm, start, end = found
        doc.add("published_date", d.isoformat(), start, end, "dateline", time=hhmm)
        return
    meta = parse_meta_date(doc.meta_published)
    if meta:
        d, hhmm = meta
        end = min(len(doc.text), len(doc.title))
        doc.add("published_date", d.isoformat(), 0, end, "metadata", time=hhmm)
