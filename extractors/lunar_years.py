"""Years named the lunar way: "Tết Bính Ngọ", "Xuân Ất Tỵ", "năm Giáp Thìn" (the stem and branch of the sexagenary
cycle), read as the Gregorian year whose Tết they name, between 1984 and 2043 (one cycle around the press archive)."""

from __future__ import annotations

import re

# The heavenly stems and earthly branches, each with the remainder of the years they name (2026 is Bính Ngọ).
_STEMS = {"canh": 0, "tân": 1, "nhâm": 2, "quý": 3, "giáp": 4, "ất": 5, "bính": 6, "đinh": 7, "mậu": 8, "kỷ": 9}
_BRANCHES = {"thân": 0, "dậu": 1, "tuất": 2, "hợi": 3, "tý": 4, "sửu": 5, "dần": 6, "mão": 7, "mẹo": 7, "thìn": 8,
             "tỵ": 9, "tị": 9, "ngọ": 10, "mùi": 11}
# Only after a word that makes it a year: "Tết Bính Ngọ", "Xuân Ất Tỵ 2025" (not a name: "ông Đinh Dần", "Kỷ Mùi" alone)
_LUNAR_YEAR = re.compile(r"(?-i:[tTxXnN])(?<!\w.)(?:(?<=[tT])ết|(?<=[xX])uân|(?<=[nN])ăm)\s+(?:nguyên\s+đán\s+)?"
                         rf"({'|'.join(_STEMS)})\s+({'|'.join(_BRANCHES)})\b", re.I)
_FIRST = 1984  # Giáp Tý, the start of the cycle that holds the archive


def lunar_years(text: str) -> list[int]:
    """The Gregorian years of the lunar years the text names, in text order."""
    years = []
    for m in _LUNAR_YEAR.finditer(text):
        stem, branch = _STEMS[m.group(1).lower()], _BRANCHES[m.group(2).lower()]
        if stem % 2 != branch % 2:
            continue  # no such year: a stem and a branch of opposite parity never meet
        years.append(next(y for y in range(_FIRST, _FIRST + 60) if y % 10 == stem and y % 12 == branch))
    return years
