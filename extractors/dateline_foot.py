"""The foot of an article: the lines after the body that may carry its date (posting lines, stamps, a signed last line).

`dateline` reads them where the lines before the body hold no date: "Cập nhật: 09:15, 18/11/2025", "Thu Hà - 22/12/2017",
"Nguyễn Hải\n20/12/2021", "Thứ Tư, 22/05/2024\n\nTấn Thành".
"""

from __future__ import annotations

import re

from extractors.dateline_checks import WEEKDAY
from extractors.dates import _DMY, _TIME
from pipeline.document import Document

# A posting line: "Cập nhật: 09:15, 18/11/2025", "Ngày đăng …", "Xuất bản …"
# (and a reprint's source line with the original's date: "Nguồn: baophuyen.com.vn, ngày 17/7/2015")
# (after the byline's names too: "Bài, ảnh: Thanh Phúc - Cập nhật lúc 10:12, 05/04/2018")
# A byline's credit before its names: "Bài, ảnh:", "Bài và ảnh:", "Tin:".
_CREDIT = r"bài(?:\s+và\s+ảnh|\s*,\s*ảnh)?|ảnh|tin(?:\s*,\s*ảnh)?"
_FOOT = re.compile(rf"^(?:(?:{_CREDIT}|PV|nhóm\s+PV)\s*:\s*[^\n:]{{1,60}}?\s*[-–|]\s*)?"
                   r"(?:cập\s+nhật|ngày\s+đăng|đăng\s+ngày|ngày\s+cập\s+nhật|đăng\s+lúc|xuất\s+bản"
                   r"|nguồn\s*:[^\n]{0,80}?\bngày\s+(?=\d))", re.I)
# A day alone on its line, perhaps after its weekday.
DATE_LINE = re.compile(r"^\s*(?:\([^()\n]{2,40}\)\s*)?\(?\s*(?:" + WEEKDAY + r"\s*[,–-]?\s*)?(?:ngày\s+)?" + _DMY
                       + r"(?:\s*[-|,]?\s*" + _TIME + r")?\s*\)?\s*$", re.I)
# ("Thứ Ba, 05/04/2016", "(22/03/2011)", "Ngày 22/10/2026 - 14:30", the paper's name before it: "(Báo Cần Thơ) 06-03-2026")


# An aggregator's stamp alone on a line at the foot, over its section and tags, the year in two figures beside the clock:
# "29/05/13 16:38 GMT+7" (a clock makes the short year safe to read), or in four ("29/05/2013 16:38").
SHORT_YEAR_STAMP = re.compile(r"^\s*(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y2>\d{2})\s+" + _TIME + r"\s*$", re.I)
_STAMP_ALONE = re.compile(r"^\s*" + _DMY + r"\s*[-|,]?\s*" + _TIME + r"\s*$", re.I)
# (the clock first: "07:45, 12/03/2026" under the byline)
_CLOCK_FIRST_STAMP = re.compile(r"^\s*\d{1,2}:\d{2}(?::\d{2})?\s*[-|,]?\s*\d{1,2}/\d{1,2}/(?:19|20)\d\d\s*$")


# The last line signed with the writer's or the source's name and the day: "Thu Hà - 22/12/2017", "Vụ Chính quyền địa
# phương - Bộ Nội vụ | 13/01/2026" (a name, then a dash or a bar, then the date alone, perhaps its clock).
# (its label and clock either side of the day: "Tác giả: Quàng Thị Hoa - Ngày đăng: 03/02/2024", "Thu Hiền - 07:50
# 19/11/2025", "Phạm Thiện - 05/07/2017 | 15:20", "Ngọc Anh | Đăng lúc 10:40, 18/09/2026", "Thanh Thủy · 18/09/2025 10:30")
_SIGNED_FOOT = re.compile(r"\s*(?-i:[A-ZĐ])[^\d\n]{1,80}?\s+[-–|·•]\s+(?i:(?:đăng\s+lúc|ngày\s+đăng|đăng\s+ngày|cập\s+nhật(?:\s+lúc)?)\s*:?\s*)?"
                          r"(?:\d{1,2}:\d{2}\s*,?\s+)?\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d(?:\s*[|,-]?\s*\d{1,2}:\d{2})?\s*")


# The writer's or the paper's name alone on the line above a last line that holds the day alone: "Nguyễn Hải\n20/12/2021",
# "Phương Bình - Báo Ninh Thuận\n12/01/2024" (a name: capitalised, short, no figure, no sentence's end), perhaps after
# the byline's label ("Bài và ảnh: NHÓM PV\n\n03/11/2025").
_SIGNATURE = re.compile(rf"\s*(?i:(?:{_CREDIT}|thực\s+hiện)\s*:\s*)?"
                        r"(?-i:[A-ZĐ])[^\d\n.!?:;,“”\"]{1,60}")


def foot_lines(doc: Document) -> list[tuple[int, str]]:
    """The lines near the article's foot that may carry its date: posting lines, stamps, the writer's signed line."""
    tail_pos = len(doc.text) - len(doc.text.split("\n")[-1]) if doc.text else 0
    out, pos, previous, filled = [], 0, "", []
    for line in doc.text.split("\n"):
        if pos >= tail_pos - 400 and (_FOOT.match(line) or SHORT_YEAR_STAMP.match(line) or _STAMP_ALONE.match(line)
                                      or _CLOCK_FIRST_STAMP.match(line)
                                      or pos >= tail_pos and (_SIGNED_FOOT.fullmatch(line)
                                                              or DATE_LINE.match(line) and _SIGNATURE.fullmatch(previous))):
            out.append((pos, line))
        if line.strip():
            filled.append((pos, line))
        pos += len(line) + 1
        previous = line if line.strip() else previous
    # (or the day alone, or a signed line, above the writer's or the paper's name, the last: "Thứ Tư, 22/05/2024\n\nTấn
    # Thành", "THANH HẢI | 10/11/2025\n\nBáo Hải Phòng")
    if len(filled) >= 2 and _SIGNATURE.fullmatch(filled[-1][1]) and filled[-2] not in out \
            and (DATE_LINE.match(filled[-2][1]) or _SIGNED_FOOT.fullmatch(filled[-2][1])):
        out.append(filled[-2])
    return out
