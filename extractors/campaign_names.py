"""How a campaign is named: the words inside its quotes, abbreviations the article expands written out, and the
lexicon's spelling of a name written with a slipped diacritic or by its initials (a tone mark placed on another vowel is
a spelling of its own, kept as written)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.text import fold, name_key, spelling_key

_ABBR = re.compile(r"\(([A-ZĐ]{2,14})\)")  # (as long as "TDĐKXDĐSVH")
_WORDS = re.compile(r"\w+")


@lru_cache(maxsize=4096)
def whole_word(words: str, flags: int = 0) -> re.Pattern:
    """A name as a whole word, compiled once (abbreviations and lexicon names recur across articles)."""
    return re.compile(rf"(?<!\w){re.escape(words)}(?!\w)", flags)


@lru_cache(maxsize=1024)
def spaced_name(name: str) -> re.Pattern:
    """A known name as a whole word, however its spaces fall ("tư tưởng,đạo đức", "tư tưởng , đạo đức"), any case."""
    parts = re.split(r"(\s*[,;]\s*|\s+)", name)
    pattern = "".join(re.escape(p) if i % 2 == 0 else rf"\s*{re.escape(p.strip())}\s*" if p.strip() else r"\s+"
                      for i, p in enumerate(parts))
    return re.compile(rf"(?<!\w){pattern}(?!\w)", re.I)


@lru_cache(maxsize=4096)
def _definition(abbr: str) -> re.Pattern:
    """An abbreviation's definition in brackets, with the space before it."""
    return re.compile(rf"\s*\({re.escape(abbr)}\)")


def letters_of(text: str) -> str:
    """Lower case with "đ" as "d": how initials are compared ("TDĐKXDĐSVH", "Đ" written "D" or "Đ")."""
    return text.lower().replace("đ", "d")


def initials_of(words: list[str]) -> str:
    """The words' first letters, as `letters_of` compares them."""
    return letters_of("".join(w[0] for w in words))


def expansions(text: str) -> dict[str, str]:
    """Abbreviations the article defines: "xây dựng nông thôn mới (NTM)" -> {"NTM": "nông thôn mới"}."""
    found: dict[str, str] = {}
    for m in _ABBR.finditer(text):
        abbr, words = m.group(1), _WORDS.findall(text, max(0, m.start() - 80), m.start())
        letters = [c for c in abbr.lower() if c.isalpha()]
        # Take as many trailing words as the abbreviation has letters, if their initials agree.
        if len(words) >= len(letters):
            tail = words[-len(letters):]
            if initials_of(tail) == letters_of("".join(letters)):
                found[abbr] = " ".join(tail)
    return found


@dataclass(frozen=True)
class Variants:
    """Other ways the lexicon's campaigns are written: with a slipped diacritic ("Dân vân khéo"), keyed by the
    name folded, and by initials no other campaign shares ("TDĐKXDĐSVH")."""

    folded: dict[str, str]
    initials: dict[str, str]
    lengths: frozenset[int]  # (a slipped diacritic keeps a name's length: only names this long are folded)

    @classmethod
    def of(cls, names: tuple[str, ...]) -> Variants:
        """The variants of a lexicon."""
        by_initials: dict[str, list[str]] = {}
        for n in names:
            words = _WORDS.findall(n)
            if len(words) >= 4:
                by_initials.setdefault(initials_of(words), []).append(n)
        return cls({_folded(n): n for n in names}, {k: v[0] for k, v in by_initials.items() if len(set(v)) == 1},
                   frozenset(len(n) for n in names if len(n.split()) >= 3))

    def spelling(self, name: str) -> str:
        """The lexicon's spelling of a name written another way, or the name."""
        if is_initials(name):
            letters = name.replace(" ", "")
            return self.initials.get(letters_of(letters)) or next(
                (full for key, full in self.initials.items() if _one_letter_dropped(letters, key)), name)
        if (mixed := self._expanded(name)) is not None:
            return mixed
        known = self.folded.get(_folded(name), name) if len(name) in self.lengths else name
        if known != name and name_key(known) == name_key(name):
            return _with_tone_placement(known, name)
        return known

    def _expanded(self, name: str) -> str | None:
        """A name whose words are partly written by groups of initials ("Toàn dân ĐKXD ĐSVH ở khu dân cư"): the
        lexicon's name they begin with, and the rest as written; None where no such words stand or no name matches."""
        words = name.split()
        grouped = [bool(INITIALS_GROUP.fullmatch(w)) for w in words]
        # (two groups of initials at least: one alone, "xây dựng NTM đô thị văn minh", is matched within the article,
        # against the name it writes out)
        if sum(grouped) < 2 or all(grouped):
            return None
        letters = ""
        for k, w in enumerate(words):
            letters += letters_of(w) if grouped[k] else letters_of(w[0])
            full = self.initials.get(letters)
            if full and not any(grouped[k + 1:]):
                return " ".join([full, *words[k + 1:]])
        return None


def _with_tone_placement(known: str, written: str) -> str:
    """The lexicon's name in its case, each word's tone mark placed as written ("văn hoá" stays "hoá": a spelling of its
    own, not a slip; "VĂN HOÁ" in capitals too)."""
    pairs = zip(known.split(), written.split(), strict=False)
    out = [k if k.lower() == w.lower() else (w.lower().capitalize() if k[:1].isupper() else w.lower()) for k, w in pairs]
    return " ".join(out) if len(out) == len(known.split()) == len(written.split()) else known


def canonical(name: str, lexicon: dict[str, str], expand: dict[str, str], variants: Variants | None = None) -> str:
    """A campaign's canonical name: trimmed, abbreviations written out, the lexicon's spelling (of a name
    written with a slipped diacritic or by its initials, where `variants` are given)."""
    name = " ".join(name.strip(" .,;:-–").split())
    for abbr, full in expand.items():
        # the definition goes ("nông thôn mới (NTM)" is "nông thôn mới"), then each later use is written out
        name = whole_word(abbr).sub(full, _definition(abbr).sub("", name))
    if ACRONYM.fullmatch(name):
        # (a long abbreviation typed with a letter left out: "phong trào “TDKXDĐSVH”" after "(TDĐKXDĐSVH)")
        name = next((full for abbr, full in expand.items() if _one_letter_dropped(name, abbr)), name)
    known = lexicon.get(spelling_key(name))
    if not known and (unit := _UNIT_AFTER_NAME.search(name)):
        # ('Ban Chỉ đạo phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa thành phố"': the committee's unit)
        known = lexicon.get(spelling_key(name[:unit.start()]))
    if known and known.casefold() != name.casefold():
        known = _with_tone_placement(known, name)  # (keyed by spelling: the tone placed as the article places it)
    return known or (variants.spelling(name) if variants else name)


_UNIT_AFTER_NAME = re.compile(r"\s+(?:tỉnh|thành\s+phố|huyện|thị\s+xã|quận|xã|phường)$", re.I)


ACRONYM = re.compile(r"[A-ZĐ]{4,14}")
_TYPO_MIN = 6  # (shorter abbreviations one letter apart are other names: "NTM", "NTMN")
_SPACED_INITIALS = re.compile(r"[A-ZĐ]{1,6}(?:\s+[A-ZĐ]{1,6}){1,5}")  # "TD ĐKXD ĐSVH"
INITIALS_GROUP = re.compile(r"[A-ZĐ]{2,8}")  # a word written by its initials ("ĐKXD", "NTM")


def is_initials(name: str) -> bool:
    """Whether a name is written by initials alone, run together or in groups ("TDĐKXDĐSVH", "TD ĐKXD ĐSVH")."""
    return bool(ACRONYM.fullmatch(name)) or bool(_SPACED_INITIALS.fullmatch(name)) and len(name.replace(" ", "")) >= 4


def _one_letter_dropped(written: str, abbr: str) -> bool:
    """Whether `written` is the long abbreviation `abbr` with one letter left out ("TDKXDĐSVH" for "TDĐKXDĐSVH")."""
    short, full = letters_of(written), letters_of(abbr)
    if len(full) != len(short) + 1 or len(short) < _TYPO_MIN:
        return False
    return any(full[:i] + full[i + 1:] == short for i in range(len(full)))


def _folded(name: str) -> str:
    """A name without diacritics, its punctuation kept (a dash written for a comma is another name: the guide)."""
    return " ".join(fold(name).split())
