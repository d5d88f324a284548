"""The district an article's address names: "…/mo-hinh-dan-van-kheo-tren-dia-ban-huyen-vinh-cuu-35389".

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

_TYPED = re.compile(r"(?:^|-)(?:huyen|thi-xa|quan|thanh-pho|tp)-((?:[a-z]+-?){1,4})")


def district_in_url(url: str, gaz: Gazetteer, province_code: str) -> str:
    """The code of the district of `province_code` that the address's path names with its type, or ""."""
    if not url or not province_code:
        return ""
    try:
        path = unquote(urlsplit(url).path).lower()
    except ValueError:
        return ""
    names = _district_names(gaz, province_code)
    for part in re.split(r"[/_.]", path):
        for m in _TYPED.finditer(fold_key_dashed(part)):
            words = m.group(1).strip("-").split("-")
            for n in range(len(words), 0, -1):  # the longest name first: "thanh-pho-ba-ria" before "ba"
                code = names.get("".join(words[:n]))
                if code:
                    return code
    return ""


@lru_cache(maxsize=128)
def _district_names(gaz: Gazetteer, province_code: str) -> dict[str, str]:
    """The province's current districts by folded name, built once per gazetteer and province (not per article)."""
    return {fold_key(d.name): d.code for d in gaz.districts.values()
            if d.province_code == province_code and not d.historical}


def fold_key_dashed(part: str) -> str:
    """A path segment folded to ASCII with its dashes kept ("huyện-vĩnh-cửu" -> "huyen-vinh-cuu")."""
    return "-".join(fold_key(w) for w in part.split("-"))
