"""Names to units: what a written name (with its type word, or bare) can denote in the gazetteer, memoised."""

from __future__ import annotations

import unicodedata
from dataclasses import replace

from extractors.places.gazetteer import LEGACY, NEW, Gazetteer, Unit
from pipeline.text import name_key


def _levels_for(typ: str) -> list[tuple[str, str]]:
    if typ in ("huyện", "thị xã", "quận"):
        return [("district", LEGACY)]
    if typ == "thành phố":
        return [("district", LEGACY), ("province", LEGACY), ("province", NEW)]
    if typ in ("xã", "phường", "đặc khu"):
        return [("commune", LEGACY), ("commune", NEW)]
    if typ == "thị trấn":
        return [("commune", LEGACY)]
    if typ == "tỉnh":
        return [("province", LEGACY), ("province", NEW)]
    return [("district", LEGACY), ("province", LEGACY), ("province", NEW), ("commune", LEGACY), ("commune", NEW)]


def lookup_units(gaz: Gazetteer, words: list[str], typ: str, bare: bool) -> list[Unit]:
    """The units a written name can denote, given the type word before it ("" when bare)."""
    return list(remember(gaz.lookups, (tuple(words), typ, bare), lambda: tuple(_lookup_apostrophe(gaz, words, typ, bare))))


def _lookup_apostrophe(gaz: Gazetteer, words: list[str], typ: str, bare: bool) -> list[Unit]:
    """As written, then with an apostrophe inside a syllable left out where the package writes the syllable whole
    ("huyện Đắk G’Long" is Đăk Glong; "Ia H'Drai" keeps its apostrophe in the package and is found as written)."""
    found = _lookup(gaz, words, typ, bare)
    if not found and any("'" in w or "’" in w for w in words):
        found = _lookup(gaz, [w.replace("'", "").replace("’", "") for w in words], typ, bare)
    return found


_MEMO_BOUND = 200_000


def remember(memo: dict, key: tuple, compute) -> tuple:
    """memo[key], computed once; emptied when it outgrows its bound (a long batch run meets ever new names)."""
    found = memo.get(key)
    if found is None:
        if len(memo) > _MEMO_BOUND:
            memo.clear()
        found = memo[key] = compute()
    return found


def _lookup(gaz: Gazetteer, words: list[str], typ: str, bare: bool) -> list[Unit]:
    key = name_key(" ".join(words))
    if not key:
        return []
    if bare and (key[0].isdigit() or not gaz.is_known(key)):
        return []  # a bare number is never taken for a place
    # nor is one syllable, but for a province's own name: "Tại Huế, nước sông Hương …" ("Vinh" is a person as often)
    one_syllable = bare and len(key) < 2
    if key[0].isdigit() and typ:
        key = name_key(f"{typ} {' '.join(words)}")  # numbered units are named with their type: "Quận 3"
    found: list[Unit] = []
    for level, era in _levels_for(typ):
        if one_syllable and level != "province":
            continue
        units = gaz.lookup(key, level, era)
        if not units and level == "district":
            # A district the package keeps only as an accent-free alias ("cualo"): the text spells it. A current
            # district written without its accents ("Chư Pah" for Chư Păh) keeps its official name. Bare, only an
            # abolished district answers ("Cửa Lò nỗ lực …" in 2019, a thị xã merged into Vinh in 2025).
            written = _as_a_name(words)
            # (a name may lose accents, never take a tone of its own: "thành phố Vĩnh [Phúc]" is not Vinh)
            units = [replace(u, name=written, district=written) if u.historical else u
                     for u in gaz.lookup_folded(_folded(words), level, era)
                     if u.historical or not bare and _accents_dropped(written, u.name)]
        elif not units and level == "province" and typ and not bare:
            # A province or city written with its type and some accents left off ("tại TP Hồ Chi Minh"): the text
            # names it all the same, as it names a district so written
            written = _as_a_name(words)
            units = [u for u in gaz.lookup_folded(_folded(words), level, era) if _accents_dropped(written, u.name)]
        elif not units and level == "commune" and era == LEGACY and typ and not bare and len(words) > 1:
            # A commune merged into another before the reform, written with its type ("xã Chánh Hội" in 2012): the
            # package keeps it accent-free, so the text spells it (one syllable folds onto too many: "xã Xã Ia Sao"; and
            # of its own type: "xã Con Cuông" is not thị trấn Con Cuông, renamed Trà Lân)
            written = _as_a_name(words)
            units = [replace(u, name=written) for u in gaz.lookup_folded(_folded(words), level, era)
                     if u.historical and u.type == typ]
        if typ and level in ("district", "commune"):
            same = [u for u in units if u.type == typ]
            units = same or units
        if typ == "thành phố" and level == "province":
            units = [u for u in units if u.type == "thành phố"]
        found.extend(units)
    return found


def _as_a_name(words: list[str]) -> str:
    """The name as the text spells it, each syllable capitalised where a headline writes it in capitals ("CHÁNH HỘI" is
    written "Chánh Hội" in the tables)."""
    written = " ".join(words)
    return " ".join(w[:1] + w[1:].lower() for w in words) if written.isupper() else written


def _folded(words: list[str]) -> str:
    """The written words as the package's accent-free key ("Chánh Hội" -> "chanhhoi")."""
    return "".join(words).lower().translate(_FOLD_TABLE)


def _accents_dropped(written: str, name: str) -> bool:
    """Whether `written` is `name` with some accents left off and no tone of its own: "Chư Pah" and "Hồng Ngư" are
    Chư Păh and Hồng Ngự ("Mù Căng Chải", a spelling, is Mù Cang Chải), but "Vĩnh" is not Vinh."""
    w, n = written.replace(" ", "").lower(), name.replace(" ", "").lower()
    return len(w) == len(n) and all(a == b or _tones(a) <= _tones(b) for a, b in zip(w, n, strict=True))


_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")  # grave, acute, tilde, hook above, dot below


def _tones(ch: str) -> frozenset[str]:
    """The tone marks on a letter ("ự": the dot below; "ư", "ă": none, their marks shape the vowel)."""
    return frozenset(unicodedata.normalize("NFD", ch)) & _TONE_MARKS


def _fold_table() -> dict[int, str]:
    table = {}
    for cp in range(0xC0, 0x1EFA):
        ch = chr(cp)
        base = unicodedata.normalize("NFD", ch)[0]
        if base.isascii() and base.isalpha():
            table[cp] = base.lower()
    table[ord("Đ")] = "d"
    table[ord("đ")] = "d"
    return table


_FOLD_TABLE = _fold_table()
