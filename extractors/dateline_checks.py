"""Checks of a dateline found against the days the article reports: a site's clock that is stale or runs ahead of
the report, and a stamp an English-language CMS printed month first."""

from __future__ import annotations

import datetime as dt
import re

from extractors.dates import _date, _full_date, day_months, full_dates
from pipeline.document import Document
from pipeline.text import line_span

Candidate = tuple[dt.date, str, int, int]  # (date, "HH:MM" or "", start, end)

_YEAR_WRITTEN = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
# A year aimed at, not reported on: "đến năm 2030", "tầm nhìn 2045", "nhiệm kỳ 2025 - 2030".
_TARGET_BEFORE = re.compile(r"(?:đến|tới|trước|tầm\s+nhìn|mục\s+tiêu|giai\s+đoạn|nhiệm\s+kỳ|kế\s+hoạch|[-–])\s*(?:năm\s+)?$",
                            re.I)


def stale(doc: Document, header: Candidate) -> bool:
    """A site's weekday header that cannot be the article's date: the day the page was saved, years after
    everything the article speaks of, or before the events it reports."""
    years = [int(y) for y in _YEAR_WRITTEN.findall(doc.text, header[3])]
    events = [d for m in full_dates(doc.text, header[3])
              if (d := _full_date(m)) is not None]
    day = header[0]
    return bool(years and day.year > max(years) + 1) or any((d - day).days > 60 for d in events)


def reports_an_old_day(doc: Document, header: Candidate) -> bool:
    """Whether the first day the article reports without its year ("sáng 18/10") lies more than four months before the
    header's date (in the header's year, or the year before where it would come after it): news reports its day."""
    first = next(day_months(doc.text[header[3]:header[3] + 800]), None)
    if first is None:
        return False
    day, month = int(first[0].group("d")), int(first[0].group("m"))
    reported = _date(header[0].year, month, day)
    if reported is not None and reported > header[0]:
        if (reported - header[0]).days <= 31:
            return False  # a day to come: "Đại hội … diễn ra ngày 29/9" under "Thứ Hai, 28/9/2015"
        reported = _date(header[0].year - 1, month, day)
    return reported is not None and (header[0] - reported).days > 120


def reports_a_later_year(doc: Document, header: Candidate) -> bool:
    """Whether the headline or lead reports on a year two or more after the header's ("… năm 2025" under 2019)."""
    head_end = max(doc.title_span[1], doc.lead_span[1])
    return any(int(m.group()) >= header[0].year + 2 and not _TARGET_BEFORE.search(doc.text, max(0, m.start() - 25), m.start())
               for m in _YEAR_WRITTEN.finditer(doc.text, header[3], head_end))


# A stamp in an English-language CMS's order, month first with a 12-hour clock: "Ngày cập nhật: 12/9/2019 2:35:50 AM".
_MONTH_FIRST_STAMP = re.compile(r"\b\d{1,2}/\d{1,2}/\d{4}[^\S\n]+\d{1,2}:\d{2}(?::\d{2})?[^\S\n]*(?:AM|PM)\b")
WEEKDAY = r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)"  # ("Thứ Sáu", "thứ 6", "Chủ nhật"; used with re.I)
_WEEKDAY_WORD = re.compile(rf"\b{WEEKDAY}\b", re.I)


def month_first(doc: Document, found: Candidate) -> Candidate:
    """The stamp read month first where the day it reports says so: "Ngày cập nhật: 12/9/2019 2:35:50 AM" above "Ngày
    06/12/2019, tại TP Hà Tĩnh, … tổ chức hội nghị" was written on 9 December, not 12 September (a report comes out
    after its day, within the week). A weekday on the line fixes the order as written."""
    day, hhmm, start, end = found
    line_start, line_end = line_span(doc.text, start)
    if day.day > 12 or day.day == day.month or not _MONTH_FIRST_STAMP.search(doc.text, line_start, line_end) \
            or _WEEKDAY_WORD.search(doc.text, line_start, line_end):
        return found
    swapped = _date(day.year, day.day, day.month)
    if swapped is None:
        return found
    reported = [d for m in full_dates(doc.text, end) if m.start() < end + 1500 and (d := _full_date(m)) is not None]
    if any(day < d <= swapped and (swapped - d).days <= 7 for d in reported):
        return swapped, hhmm, start, end
    return found
