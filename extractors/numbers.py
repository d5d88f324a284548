"""Vietnamese numbers: "1.240" is 1240, "6,1" is 6.1, "03" is 3, "hai mươi mốt" is 21, "1,2 nghìn" is 1200.

One parser for every extractor. `find_numbers` returns each figure with its span, whether it is a
fraction or a percentage (kept apart from counts) and the approximation word before it ("hơn 500").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DIGITS = {
    "không": 0, "một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5, "nhăm": 5,
    "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9,
}
SCALES = {"nghìn": 1000, "ngàn": 1000, "vạn": 10_000, "triệu": 1_000_000, "tỷ": 1_000_000_000, "tỉ": 1_000_000_000}
APPROX = ("hơn", "trên", "gần", "khoảng", "xấp xỉ", "chừng", "ước tính", "ước", "gần như", "trên dưới", "tới hơn")

_NUMERIC = re.compile(
    # the first digit, then the check that no word, point or slash stands before it (fast to scan for)
    # ("3 tập thể,5 cá nhân": a comma after a word, not a decimal comma, may stand right before a figure)
    r"(\d(?<![\w./:]\d)(?<!\d,\d)(?:\d{0,2}(?:\.\d{3})+(?:,\d+)?|\d*(?:,\d+)?(?!\.\d{3})))(?!:\d)"
    r"(?:\s*/\s*(\d{1,3}(?:\.\d{3})+|\d{1,3}(?:,\d{3})+(?!\d)|\d+))?"
    r"(\s*%)?"
    # ("49 ngàn 890 hộ": the thousands in words, the rest in digits)
    # ("trên 11 vạn hộ": ten thousands, the older word)
    r"(?:\s+(nghìn|ngàn|vạn|triệu|tỷ|tỉ)\b(?:(?<=[ìà]n)\s+(\d{3})(?![\d.,/]))?)?"
    r"(?![\w/])"
)
# A figure glued to the Vietnamese word before it ("khen thưởng195 tập thể", "hơn18 ngàn hộ"): a space lost with
# the page's markup. (A word with Vietnamese letters never holds a digit; "H5N1", "COVID19" are not glued words.)
_GLUED = re.compile(r"\d(?<=[^\W\d_]\d)")
_GLUED_WORD = re.compile(r"[^\W\d_]*[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ][^\W\d_]*$",
                         re.I)
_NUMERIC_GLUED = re.compile(_NUMERIC.pattern.replace(r"(?<![\w./:]\d)(?<!\d,\d)", "", 1))
_WORD = "|".join(sorted(list(DIGITS) + ["mười", "mươi", "trăm", "linh", "lẻ", "nghìn", "ngàn", "triệu", "tỷ", "tỉ"],
                        key=len, reverse=True))
_NUMBER_WORDS = frozenset(_WORD.split("|"))


def _number_word_pattern() -> re.Pattern:
    """A whole number word, any case. It opens with a class of first letters (fast to scan for), then checks
    that no letter precedes it and matches the rest of the word."""
    firsts = sorted({w[0] for w in _NUMBER_WORDS})
    branches = []
    for c in firsts:
        rests = sorted((w[1:] for w in _NUMBER_WORDS if w[0] == c), key=len, reverse=True)
        branches.append(f"(?<=[{c}{c.upper()}])(?i:{'|'.join(rests)})")
    letters = "".join(c + c.upper() for c in firsts)
    return re.compile(rf"[{letters}](?<!\w.)(?:{'|'.join(branches)})(?!\w)")


_NUMBER_WORD = _number_word_pattern()
_APPROX = re.compile(r"(?:^|\s)(" + "|".join(sorted(APPROX, key=len, reverse=True)) + r")\s*$", re.I)


@dataclass(frozen=True)
class Number:
    """A figure found in text."""

    start: int
    end: int
    value: float
    text: str
    denominator: float | None = None  # "105/130": value 105, denominator 130
    percent: bool = False
    approx: str = ""  # "hơn", "trên", "gần", …

    @property
    def is_count(self) -> bool:
        """A whole, absolute figure (not a percentage or a decimal)."""
        return not self.percent and float(self.value).is_integer()


_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_EN_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")
_DECIMAL_COMMA = re.compile(r"\d+,\d+")
_PLAIN = re.compile(r"\d+(?:\.\d+)?")


def parse_numeral(text: str) -> float | None:
    """A digit string in Vietnamese notation: "1.240" -> 1240, "6,1" -> 6.1, "03" -> 3."""
    s = text.strip()
    if not s:
        return None
    if _THOUSANDS.fullmatch(s):
        s = s.replace(".", "").replace(",", ".")
    elif _DECIMAL_COMMA.fullmatch(s):
        s = s.replace(",", ".")
    elif _PLAIN.fullmatch(s):
        pass
    else:
        return None
    value = float(s)
    return int(value) if value.is_integer() else value


def parse_words(text: str) -> int | None:
    """Numbers in words: "ba" -> 3, "mười lăm" -> 15, "hai mươi mốt" -> 21, "một trăm linh năm" -> 105."""
    words = text.lower().split()
    if not words:
        return None
    total, section = 0, 0
    current: int | None = None
    after_tens = False  # "mốt", "lăm", "tư" are the unit digit only after "mười"/"mươi"
    for w in words:
        if w in DIGITS:
            if current is not None:
                return None  # two digits in a row ("hai ba") is not one number
            if w in ("mốt", "lăm", "nhăm") and not after_tens:
                return None
            current = DIGITS[w]
            after_tens = False
        elif w == "mười":
            if current is not None or section % 100 >= 10:
                return None
            section += 10
            after_tens = True
        elif w == "mươi":
            if current is None or current < 2:
                return None
            section += current * 10
            current, after_tens = None, True
        elif w == "trăm":
            if current is None or section % 1000:
                return None
            section += current * 100
            current, after_tens = None, False
        elif w in ("linh", "lẻ"):
            if current is not None or section % 100 or not section:
                return None
        elif w in SCALES:
            part = section + (current or 0)
            if not part:
                return None
            total += part * SCALES[w]
            section, current, after_tens = 0, None, False
        else:
            return None
    return total + section + (current or 0)


def find_numbers(text: str, words: bool = True) -> list[Number]:
    """Every figure in `text`, in order, digits and (optionally) number words."""
    found: list[Number] = []
    for m in _numerals(text):
        if m.group(2) and _EN_THOUSANDS.fullmatch(m.group(1)) and _EN_THOUSANDS.fullmatch(m.group(2)):
            # "23,890/24,565 gia đình văn hóa": a share in English thousands on both sides, no pair of decimals
            value, denom = int(m.group(1).replace(",", "")), int(m.group(2).replace(",", ""))
        else:
            value = parse_numeral(m.group(1))
            denom = parse_numeral(m.group(2)) if m.group(2) and not _EN_THOUSANDS.fullmatch(m.group(2)) else None
        if value is None:
            continue
        if m.group(4):
            value = value * SCALES[m.group(4).lower()] + (int(m.group(5)) if m.group(5) else 0)
            value = int(value) if float(value).is_integer() else value
        found.append(Number(m.start(), m.end(), value, m.group(0), denominator=denom,
                            percent=bool(m.group(3)), approx=_approx_before(text, m.start())))
    if words:
        for start, end in _word_runs(text):
            phrase = text[start:end]
            value = parse_words(phrase)
            if value is None:
                continue
            if phrase.lower() in ("một", "không") and not (
                    phrase.lower() == "một" and (_ONE_RECIPIENT_AFTER.match(text, end)
                                                 or _COUNT_AND_BEFORE.search(text, max(0, start - 50), start))
                    and not _ARTICLE_BEFORE.search(text, max(0, start - 12), start)):
                continue  # alone, "một" is the indefinite article and "không" is "not" ("tạm thời không tổ chức")
                # (but "năm tập thể và một cá nhân được nhận huân chương" counts one: a recipient of a count's nouns)
            if phrase.lower() == "năm" and (_FIGURE_JUST_BEFORE.search(text, max(0, start - 4), start)
                                            or _YEAR_WORD_BEFORE.search(text, max(0, start - 12), start)):
                continue  # "Trong 5 năm tổ chức thực hiện …", "80 triệu đồng/năm", "6 tháng đầu năm Khối Thi đua …":
                # years, not the count five
            found.append(Number(start, end, value, phrase, approx=_approx_before(text, start)))
    found.sort(key=lambda n: n.start)
    return found


_ONE_RECIPIENT_AFTER = re.compile(r"[^\S\n]+(?:cá\s+nhân|tập\s+thể)\b", re.I)
# ("Ba người dân và một đại úy công an được khen thưởng": one more of a count, coordinated with it)
_COUNT_AND_BEFORE = re.compile(r"(?:\d[\d.]*|\b(?:hai|ba|bốn|năm|sáu|bảy|tám|chín|mười))[^\S\n]+[^\W\d]+(?:[^\S\n]+[^\W\d]+){0,3}"
                               r"[^\S\n]+và[^\S\n]+$", re.I)
_ARTICLE_BEFORE = re.compile(r"\b(?:là|như|thành|một)[^\S\n]+$", re.I)  # ("là một cá nhân tiêu biểu": a description)
_FIGURE_JUST_BEFORE = re.compile(r"\d[^\S\n]+$|/[^\S\n]*$")
_YEAR_WORD_BEFORE = re.compile(r"\b(?:đầu|cuối|giữa|nửa|hằng|hàng|mỗi|cả|từng|những|các|nhiều)[^\S\n]+$", re.I)


def _numerals(text: str) -> list[re.Match]:
    """Matches of every figure in digits, those glued to a Vietnamese word included, in order."""
    found = list(_NUMERIC.finditer(text))
    glued = [m for g in _GLUED.finditer(text) if _GLUED_WORD.search(text, max(0, g.start() - 12), g.start())
             and (m := _NUMERIC_GLUED.match(text, g.start()))]
    return sorted(found + glued, key=lambda m: m.start()) if glued else found


def _word_runs(text: str) -> list[tuple[int, int]]:
    """Spans of whole number words in a row, separated by white space ("hai mươi mốt", "ba")."""
    runs: list[tuple[int, int]] = []
    start = end = -1
    for m in _NUMBER_WORD.finditer(text):
        if start >= 0 and text[end:m.start()].isspace():
            end = m.end()
            continue
        if start >= 0:
            runs.append((start, end))
        start, end = m.start(), m.end()
    if start >= 0:
        runs.append((start, end))
    return runs


def _approx_before(text: str, start: int) -> str:
    m = _APPROX.search(text[max(0, start - 14):start])
    return m.group(1).lower() if m else ""
