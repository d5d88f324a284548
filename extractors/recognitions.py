"""Recognitions that are no honours: a year's grading, a role, a work or a standard met ("9 đảng viên “Hoàn thành tốt
nhiệm vụ”", "479 người được công nhận là người có uy tín", "83 thôn, bản nông thôn mới").

The guide counts awards, commendations and titles; these are recognised with the same verbs ("công nhận", "đạt") and
are told apart by what follows the figure's noun.
"""

from __future__ import annotations

import re

_GRADED_AFTER = re.compile(r"\s*(?:[“\"]\s*(?:hoàn\s+thành|HT)\s+(?:xuất\s+sắc|tốt)\s+nhiệm\s+vụ|miễn\s+đánh\s+giá)", re.I)
_GRADING = re.compile(r"\b(?:phân\s+loại|xếp\s+loại)\b", re.I)
# Recognised, not honoured: a role ("479 người được công nhận là người có uy tín"), a work ("242 đồng chí được công nhận
# sáng kiến cấp tỉnh") or a facility's national standard ("21/25 trường học đạt chuẩn quốc gia").
_RECOGNISED_NOT_HONOURED = re.compile(r"\s*(?:[^\W\d]+\s+){0,3}?(?:được\s+công\s+nhận\s+(?:là\s+(?:người\s+có\s+uy\s+tín|NCUT)\b"
                                      r"|(?:là\s+)?(?:sáng\s+kiến|đề\s+tài|giải\s+pháp))|đạt\s+chuẩn\s+quốc\s+gia\b)", re.I)
# The new-countryside standard met, not a title: "83 thôn, bản nông thôn mới", "28 thôn, bản được công nhận nông thôn mới",
# "… được công nhận đạt chuẩn nông thôn mới, với tổng số 13 thôn, bản" (unless honoured for it: "5 xã đạt chuẩn NTM
# được tặng Bằng khen")
# ("69 thôn được công nhận thôn NTM": the unit named again before the standard)
_NEW_COUNTRYSIDE = (r"(?:được\s+công\s+nhận\s+(?:là\s+)?(?:(?:thôn|bản|ấp|làng|xã|khu\s+dân\s+cư)\s+)?)?(?:đạt\s+)?(?:chuẩn\s+)?"
                    r"(?:nông\s+thôn\s+mới|NTM)\b")
_STANDARD_MET_AFTER = re.compile(r"[\s,]*(?:(?!văn\b|hóa\b|hoá\b)[^\W\d]+[\s,]+){0,3}?" + _NEW_COUNTRYSIDE
                                 + r"(?![^.;]{0,60}?\b(?:tặng|khen|thưởng|biểu\s+dương|tuyên\s+dương|danh\s+hiệu)\b)", re.I)
_HONOUR_WORD = re.compile(r"\b(?:tặng|trao|khen|thưởng|biểu\s+dương|tuyên\s+dương|vinh\s+danh|tôn\s+vinh|cờ\s+thi\s+đua)\b", re.I)
_STANDARD_MET_BEFORE = re.compile(r"\bcông\s+nhận\s+(?:đạt\s+)?(?:chuẩn\s+)?(?:nông\s+thôn\s+mới|NTM)\b[^.;\d]{0,40}$", re.I)
# ("35 người uy tín trong vùng đồng bào DTTS được UBND tỉnh công nhận": the role recognised, however the clause runs)
_ROLE_RECOGNISED_AFTER = re.compile(r"(?:\s*(?:có\s+)?uy\s+tín\b|(?<=uy\stín))[^.;\d]{0,80}?\bđược\s+(?:[^.;\d]{0,40}?\s)?"
                                    r"công\s+nhận\b(?!\s+(?:danh\s+hiệu|là\s+(?:điển\s+hình|gương)))", re.I)

# A craft village certified: "có 8 thôn trồng tập trung, đến nay các thôn đều đã được công nhận là “làng nghề trồng hoa đào
# cảnh”" (a trade's certificate, no title of a movement)
_CRAFT_RECOGNISED_AFTER = re.compile(r"[^.;]{0,100}?\bđược\s+công\s+nhận\s+(?:là\s+)?[“\"]?làng\s+nghề\b", re.I)


# An economic status recognised: "1.095 tổ, nhóm hợp tác, 97 hợp tác xã nông nghiệp và 387 trang trại được công nhận"
# (a farm's certificate, no title; the list's other units share it)
_FARM_RECOGNISED_AFTER = re.compile(r"[^.;]{0,120}?\b(?:trang|gia)\s+trại\b[^.;\d]{0,30}?\bđược\s+(?:cấp\s+giấy\s+chứng\s+nhận"
                                    r"|công\s+nhận)\b(?!\s+(?:danh\s+hiệu|là\s+(?:điển\s+hình|gương)|đạt))", re.I)


def recognised_not_honoured(text: str, start: int, end: int, sent: tuple[int, int], clause: tuple[int, int]) -> bool:
    """Whether the figure from `start` (its noun ending at `end`) was graded, chosen for a role, credited with a work or
    met a standard, not honoured."""
    if _GRADED_AFTER.match(text, end, clause[1]) and _GRADING.search(text, sent[0], start):
        return True  # "phân loại đảng viên: … 9 đảng viên “Hoàn thành tốt nhiệm vụ”": the year's grading, no award
    if (_STANDARD_MET_AFTER.match(text, end, clause[1]) or _STANDARD_MET_BEFORE.search(text, max(sent[0], start - 120), start)) \
            and not _HONOUR_WORD.search(text, clause[0], start):
        return True  # a standard met, not a title reached ("tặng Bằng khen 42 xã đạt chuẩn …": honoured for it)
    # "479 người được công nhận là người có uy tín": chosen for a role, not honoured
    return bool(_RECOGNISED_NOT_HONOURED.match(text, end, clause[1]) or _ROLE_RECOGNISED_AFTER.match(text, end, clause[1])
                or _FARM_RECOGNISED_AFTER.match(text, end, clause[1]) or _CRAFT_RECOGNISED_AFTER.match(text, end, sent[1]))
