"""Outlets: which paper or portal an article comes from, and the province (and district) that implies.

Three kinds of evidence: the outlet's mark that opens a lead ("BDK - ", "(HG) - ", "(QNO) -"), a
domain (the article URL, or one written in the text: "Thương Huyền/ baoquangbinh.vn",
"(backancity.gov.vn)"), and a portal's own name ("Cổng thông tin điện tử huyện Châu Thành").
Configured outlets come first; otherwise a domain label that spells a province ("baoangiang",
"camau.dcs.vn") names it, and a label that spells one of its districts ("thoibinh.camau.dcs.vn")
marks the district's own portal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from extractors.places.gazetteer import LEGACY, Gazetteer
from pipeline.settings import Outlet, Settings
from pipeline.text import fold_key

_DOMAIN_IN_TEXT = re.compile(r"\b((?:[a-z0-9-]+\.)+(?:vn|com|net|org|gov\.vn|com\.vn|org\.vn|info))\b", re.I)
_PORTAL = re.compile(r"^(?:cổng\s+thông\s+tin\s+điện\s+tử|cổng\s+ttđt|trang\s+thông\s+tin\s+điện\s+tử)\s+(.+)$", re.I | re.M)
_GENERIC_LABELS = {"www", "vn", "com", "gov", "org", "net", "dcs", "edu", "info", "bao", "tin", "tuc", "m", "en"}


@dataclass(frozen=True)
class OutletHint:
    """What the outlet says about the article's place."""

    name: str = ""
    province_code: str = ""  # legacy province code
    district_code: str = ""  # a district portal's own district
    weak: bool = False  # a national paper based in one city: a hint, not a fact
    evidence: str = ""


def _compile_marks(outlets: tuple[Outlet, ...]) -> tuple[re.Pattern | None, dict[str, Outlet]]:
    """One pattern for every configured outlet mark ("BDK - ", "(HG) - ")."""
    by_mark = {mark: o for o in outlets for mark in o.markers}
    alts = "|".join(re.escape(m) for m in sorted(by_mark, key=len, reverse=True))
    pat = re.compile(rf"(?:^|\n|\s)(?:\(({alts})\)|({alts}))\s*[-–—]") if alts else None
    return pat, by_mark


def _host(url: str) -> str:
    try:
        return (urlsplit(url if "//" in url else "//" + url).hostname or "").lower()
    except ValueError:
        return ""


def _province_from_labels(gaz: Gazetteer, labels: list[str]) -> tuple[str, str]:
    """(province code, district code) spelled by domain labels, longest province name first."""
    provinces = sorted(gaz.provinces[LEGACY].values(), key=lambda u: -len(fold_key(u.name)))
    found_p = ""
    for label in labels:
        for p in provinces:
            key = fold_key(p.name)
            if len(key) >= 5 and key in label:
                found_p = p.code
                break
        if found_p:
            break
    if not found_p:
        return "", ""
    district = ""
    own = fold_key(gaz.provinces[LEGACY][found_p].name) if found_p in gaz.provinces[LEGACY] else ""
    for label in labels:
        base = label[:-4] if label.endswith("city") else label
        if own and own in base and not label.endswith("city"):
            continue  # "baotuyenquang": the province's paper, not the portal of its same-named city
        for d in gaz.districts.values():
            if d.province_code == found_p and fold_key(d.name) == base and len(base) >= 4:
                district = d.code
                break
        if district:
            break
    return found_p, district


def outlet_from_domain(host: str, cfg: Settings, gaz: Gazetteer) -> OutletHint | None:
    """The outlet a host name belongs to."""
    host = host.lower().removeprefix("www.")
    if not host:
        return None
    for o in cfg.outlets:
        for dom in o.domains:
            if host == dom or host.endswith("." + dom):
                p = gaz.province_by_name(o.province, LEGACY)
                return OutletHint(o.name, p.code if p else "", "", o.weak, host)
    labels = [lab for lab in host.split(".") if lab not in _GENERIC_LABELS]
    pcode, dcode = _province_from_labels(gaz, labels)
    if pcode:
        return OutletHint(host, pcode, dcode, False, host)
    return None


def detect_outlet(text: str, url: str, cfg: Settings, gaz: Gazetteer) -> OutletHint:
    """The best outlet evidence for an article: configured marks, then domains, then a portal's name."""
    head = text[:1500]
    tail = text[-400:]
    pattern, by_mark = cfg.memo("outlets.marks", lambda: _compile_marks(cfg.outlets))
    m = pattern.search(head) if pattern else None
    if m:
        o = by_mark[m.group(1) or m.group(2)]
        p = gaz.province_by_name(o.province, LEGACY)
        return OutletHint(o.name, p.code if p else "", "", o.weak, m.group(1) or m.group(2))
    if url:
        hint = outlet_from_domain(_host(url), cfg, gaz)
        if hint:
            return hint
    for chunk in (head, tail):
        for m in _DOMAIN_IN_TEXT.finditer(chunk):
            hint = outlet_from_domain(m.group(1), cfg, gaz)
            if hint:
                return hint
    m = _PORTAL.search(head)
    if m:
        return OutletHint(m.group(0).strip(), "", "", False, m.group(1).strip())
    return OutletHint()
