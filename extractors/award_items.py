"""The grammar of counted items in a list of honours: the figures coordinated in one item and the bare items that
share the predicate of a later one ("125.000/147.592 hộ gia đình; 672/713 thôn, buôn; 839/932 cơ quan, đơn vị đạt
danh hiệu văn hóa")."""

from __future__ import annotations

import re

from extractors.awardee_kinds import NOUNS as _NOUNS
from extractors.numbers import parse_numeral

# The figure coordinated with this one, whose grant both share.
# (the first figure's description may come between, "23 chủ tịch CĐ, nghiệp đoàn tiêu biểu, xuất sắc và 44 đoàn viên …",
# not a verb of its own: "32 giáo viên đạt hội giảng vòng tỉnh, 21 chiến sỹ thi đua"; or the title they hold, quoted:
# "87 gương “Lao động giỏi, Lao động sáng tạo”, 68 gương “Người tốt, việc tốt” … cũng được vinh danh")
_NEXT_FIGURE = re.compile(rf"(?:[^\S\n]*[“\"][^“”\"\n]{{1,80}}[”\"])?(?:[\s,]+(?!(?:đạt|được|có|là|nhận|tham|đăng)\b)[^\W\d]+){{0,10}}?\s*(?:,|và)\s*(?:(?:hơn|gần|trên|khoảng)\s+)?\d[\d.]*(?:/\d[\d.]*)?\s+(?:lượt\s+)?"
                          rf"(?:{_NOUNS})\b", re.I)


def here_or_after_next_figure(pattern: re.Pattern, text: str, end: int, clause_end: int,
                              endpos: int | None = None) -> re.Match | None:
    """`pattern` matched right after a count's noun, or after the figure coordinated with it, which the two share."""
    stop = len(text) if endpos is None else endpos
    m = pattern.match(text, end, stop)
    if not m and (co := _NEXT_FIGURE.match(text, end, clause_end)):
        m = pattern.match(text, co.end(), stop)
    return m


# "125.000/147.592 hộ gia đình; 672/713 thôn, buôn, tổ dân phố; 839/932 cơ quan, đơn vị đạt danh hiệu văn hóa":
# items of a list, each a figure and its nouns, that share the predicate of the last.
_BARE_TAIL_CHARS = re.compile(r"(?:[^\W\d]|[\s,])*")  # letters, spaces and commas: linear, no nested repeats


# ("96.553 gia đình (chiếm 87,3%); 1.715 xóm, tổ dân phố (chiếm 69%); … đạt danh hiệu văn hóa": an item's share)
_SHARE_NOTE = re.compile(r"\s*\((?:chiếm|đạt)?\s*(?:tỷ\s+lệ\s+)?\d+(?:[.,]\d+)?\s*%\)\s*$")


# The honourees described by their praise and its field: "23 cá nhân tiêu biểu trong việc học tập và làm theo tư tưởng,
# đạo đức, phong cách Hồ Chí Minh" (a description, however long, not a verb phrase of their own).
_PRAISED_IN = re.compile(r"\s*(?:[^\W\d]+\s+){0,3}?(?:tiêu\s+biểu|điển\s+hình|xuất\s+sắc|tiên\s+tiến)[\s,]+(?:trong|về)\s", re.I)


def bare_tail(text: str, start: int, end: int) -> bool:
    """Only a few nouns (no figure, no verb phrase of more than eight words, or a description of the honourees' praise
    and its field) between start and end, and perhaps the item's share in brackets."""
    note = _SHARE_NOTE.search(text, start, end)
    end = note.start() if note else end
    if not _BARE_TAIL_CHARS.fullmatch(text, start, end):
        return False
    words = len(text[start:end].split())
    return words <= 8 or words <= 24 and bool(_PRAISED_IN.match(text, start, end))


def bare_item(text: str, start: int, end: int) -> bool:
    """A bare tail up to end, perhaps past further figures coordinated with the first, each with its noun
    ("… thôn, 47/52 tổ dân phố")."""
    while not bare_tail(text, start, end):
        co = _NEXT_FIGURE.match(text, start, end)
        if not co:
            return False
        start = co.end()
    return True


ITEM_FIGURE = re.compile(r"\s*\d[\d.]*(?:/\d[\d.]*)?\s+")  # an item that opens with its figure


# "toàn xã có 12 thôn; 9 thôn đạt danh hiệu thôn văn hóa": what there is, then how many of the same reach the title.
_THERE_ARE_BEFORE = re.compile(r"\bcó\s+(?:tổng\s+(?:số\s+)?)?(?:(?:hơn|gần|trên|khoảng)\s+)?$", re.I)
_FIGURE_AND_NOUN = re.compile(r"\s*(\d[\d.]*)\s+((?:lượt\s+)?[^\W\d]+)")


def base_of_next_item(text: str, start: int, end: int, item_end: int) -> bool:
    """Whether the bare count at [start, end) is what there is ("có 12 thôn") and the next ';' item counts those of the
    same noun that reach something ("; 9 thôn đạt …"): the base, not holders."""
    if text[item_end:item_end + 1] != ";" or not _THERE_ARE_BEFORE.search(text, max(0, start - 30), start):
        return False
    mine, nxt = _FIGURE_AND_NOUN.match(text, start, end), _FIGURE_AND_NOUN.match(text, item_end + 1)
    if not (mine and nxt) or mine.group(2).lower() != nxt.group(2).lower():
        return False
    smaller, larger = parse_numeral(nxt.group(1)), parse_numeral(mine.group(1))
    return smaller is not None and larger is not None and smaller < larger


_BULLET = re.compile(r"[ \t]*[-–+•*][ \t]")


def list_opening(text: str, pos: int) -> tuple[int, int] | None:
    """The last sentence of the line that opens the bulleted list an item at `pos` belongs to ("Dịp này, UBND huyện
    khen thưởng:" above "- 11 tập thể …;" and "- 25 cá nhân …"): the nearest line above that is no item and ends with
    a colon."""
    start = text.rfind("\n", 0, pos) + 1
    if not _BULLET.match(text, start):
        return None
    while start > 0:
        end = start - 1
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if not line.strip() or _BULLET.match(line):
            continue
        if not line.rstrip().endswith(":"):
            return None
        last = max(line.rfind(". "), line.rfind("! "), line.rfind("? "))  # (its last sentence: "… Trong đó:" opens parts)
        return (start + last + 2 if last >= 0 else start), end
    return None


# A part of the total, then its own verb right after its noun (no comma between, as a parenthesis would have).
_PART_OWNS_IT = re.compile(r"[\s,]*(?:trong\s+(?:đó|số\s+(?:đó|này))|gồm)\s*:?\s*(?:có\s+)?(?:(?:hơn|gần|trên|khoảng)\s+)?"
                           r"\d[\d.]*\s+(?:lượt\s+)?[^\W\d]+(?:\s+[^\W\d]+){0,3}?\s+", re.I)


def part_owns_the_verb(text: str, end: int, verb: int) -> bool:
    """Whether what stands between a total's noun (`end`) and a verb is a part of it whose own verb that is:
    "có 28.150 hộ gia đình, trong đó 23.640 hộ đạt danh hiệu …" (the total is the part's base, not honoured)."""
    return bool(_PART_OWNS_IT.fullmatch(text, end, verb))
