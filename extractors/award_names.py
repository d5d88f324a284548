"""The award and its issuer as a clause names them ("Bằng khen", "UBND tỉnh"): the qualifier of an awardee count."""

from __future__ import annotations

import re

_AWARD_NAME = re.compile(r"(bằng\s+khen|giấy\s+khen|kỷ\s+niệm\s+chương|huân\s+chương|huy\s+chương|huy\s+hiệu\s+đảng"
                         r"|cờ\s+thi\s+đua|danh\s+hiệu)", re.I)
_ISSUER = re.compile(
    r"((?:Chủ\s+tịch\s+)?(?:UBND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân|Ban\s+(?:[Cc]hỉ\s+đạo|Dân\s+vận|Thường\s+vụ)"
    r"(?:\s+[A-ZĐ][\wà-ỹ]*)*|Thủ\s+tướng(?:\s+Chính\s+phủ)?|Bộ\s+[A-ZĐ][\w ]{2,30}?|Tỉnh\s+ủy|Huyện\s+ủy|Thành\s+ủy|Đảng\s+ủy|"
    r"Trung\s+ương\s+Hội[\w ]{0,30}?|Hội\s+[A-ZĐ][\w ]{2,30}?)(?:\s+(?:tỉnh|huyện|xã|thành\s+phố|TP\.?|thị\s+xã|phường|quận|Trung\s+ương))?)"
)


def award_and_issuer(clause: str) -> tuple[str, str]:
    """The award and its issuer as the clause names them ("Bằng khen", "UBND tỉnh"), "" where it does not."""
    a = _AWARD_NAME.search(clause)
    i = _ISSUER.search(clause)
    award = a.group(1)[0].upper() + " ".join(a.group(1).split())[1:].lower() if a else ""
    return award, " ".join(i.group(1).split()) if i else ""
