"""The district an article's address names: "…/mo-hinh-dan-van-kheo-tren-dia-ban-huyen-vinh-cuu-35389" (and the
province its headline opens with: "…/binh-phuoc-tuyen-duong-cac-dien-hinh-…-post740356.html").

A news site writes the headline into the address. An excerpt that begins mid-article has lost its
headline, but its address still says which district it is about; the type word ("huyen", "thi-xa",
"quan", "thanh-pho") must stand before the name, and the name must be a district of the province the
article's other evidence gives, so a slug's common words ("hoa-binh", "thong-nhat") are never read alone.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import unquote, urlsplit

from extractors.places.gazetteer import Gazetteer
from pipeline.text import fold_key

_TYPED = re.compile(r"(?:^|-)(huyen|thi-xa|quan|thanh-pho|tp)-((?:[a-z]+-?){1,4})")
# The unit type each slug's type word names ("tp" is the short form of "thành phố")
_TYPE_OF_WORD = {"huyen": "huyện", "thi-xa": "thị xã", "quan": "quận", "thanh-pho": "thành phố", "tp": "thành phố"}


def district_in_url(url: str, gaz: Gazetteer, province_code: str) -> str:
    """The code of the one district of `province_code` that the address's path names with its type, or ""."""
    if not url or not province_code:
        return ""
    try:
        path = unquote(urlsplit(url).path).lower()
    except ValueError:
        return ""
    names = _district_names(gaz, province_code)
    found = set()
    for part in re.split(r"[/_.]", path):
        for m in _TYPED.finditer(fold_key_dashed(part)):
            words = m.group(2).strip("-").split("-")
            for n in range(len(words), 0, -1):  # the longest name first: "thanh-pho-ba-ria" before "ba"
                key = "".join(words[:n])
                if key in names:
                    found.add(district_named(gaz, province_code, key, _TYPE_OF_WORD[m.group(1)]))
                    break
    # (a headline about two districts names neither: "truong-…-huyen-an-lao-va-truong-…-huyen-thuy-nguyen")
    return found.pop() if len(found) == 1 else ""


def district_named(gaz: Gazetteer, province_code: str, key: str, unit_type: str = "") -> str:
    """The code of the province's one current district whose folded name is `key`, the type telling same-named ones
    apart (huyện and thị xã Kỳ Anh), or ""."""
    found = _district_names(gaz, province_code).get(key, ())
    if len(found) == 1:
        return found[0][1]
    typed = [code for t, code in found if t == unit_type]
    return typed[0] if len(typed) == 1 else ""


# Province names that are also common words at a headline's start: "hòa bình" (peace), "thái bình" (Thái Bình Dương)
_COMMON_WORDS = frozenset(("hoabinh", "thaibinh"))


def province_opening_url(url: str, gaz: Gazetteer, era: str) -> str:
    """The code of the province (of `era`) whose name opens the address's last segment, the headline written into it
    ("binh-phuoc-tuyen-duong-…"), or closes a section folder before it, a national site's page for one province's
    bodies ("congdoanvietnam.laodong.vn/ldld-thai-nguyen/…"), or ""."""
    if not url:
        return ""
    try:
        path = unquote(urlsplit(url).path).lower().rstrip("/")
    except ValueError:
        return ""
    segments = path.split("/")
    names = _province_names(gaz, era)
    return _province_in(fold_key_dashed(segments[-1]).split("-"), names, closing=False) \
        or next((code for folder in segments[1:-1]
                 if (code := _province_in(fold_key_dashed(folder).split("-"), names, closing=True))), "")


def _province_in(words: list[str], names: dict[str, str], closing: bool) -> str:
    """The code of the province whose name opens the words (more follow: a headline), or closes them (a folder that
    may be the name alone), the longest name first ("ba-ria-vung-tau", "thua-thien-hue")."""
    for n in (4, 3, 2):
        key = "".join(words[-n:] if closing else words[:n])
        if (len(words) >= n if closing else len(words) > n) and key in names and key not in _COMMON_WORDS:
            return names[key]
    return ""


@lru_cache(maxsize=4)
def _province_names(gaz: Gazetteer, era: str) -> dict[str, str]:
    """The era's provinces by folded name, built once per gazetteer."""
    return {fold_key(u.name): u.code for u in gaz.provinces[era].values()}


@lru_cache(maxsize=128)
def _district_names(gaz: Gazetteer, province_code: str) -> dict[str, tuple[tuple[str, str], ...]]:
    """The province's current districts as (type, code) by folded name, built once per gazetteer and province (not per
    article); six provinces have a huyện and a thị xã of one name."""
    names: dict[str, tuple[tuple[str, str], ...]] = {}
    for d in gaz.districts.values():
        if d.province_code == province_code and not d.historical:
            key = fold_key(d.name)
            names[key] = names.get(key, ()) + ((d.type, d.code),)
    return names


def fold_key_dashed(part: str) -> str:
    """A path segment folded to ASCII with its dashes kept ("huyện-vĩnh-cửu" -> "huyen-vinh-cuu")."""
    return "-".join(fold_key(w) for w in part.split("-"))
