"""Outlets: which paper or portal an article comes from, and the province (and district) that implies.

Three kinds of evidence: the outlet's mark that opens a lead ("BDK - ", "(HG) - ", "(QNO) -"), a
domain (the article URL, or one written in the text: "Thương Huyền/ baoquangbinh.vn",
"(backancity.gov.vn)"), and a portal's own name ("Cổng thông tin điện tử huyện Châu Thành").
Configured outlets come first, then the outlet catalogue shipped as data (pipeline/data/outlets.csv:
domain, name, kind, legacy and 2025 province; national papers, agencies and aggregators give no
province). Otherwise a domain label that spells a province ("baoangiang", "camau.dcs.vn") names it,
a label that spells one of its districts ("thoibinh.camau.dcs.vn") marks the district's own portal,
and a label that is a district's name with a broadcaster's suffix ("hoianrt") is that district's.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from urllib.parse import urlsplit

from extractors.places.gazetteer import LEGACY, Gazetteer
from extractors.places.url_slug import district_named
from pipeline.settings import Outlet, Settings
from pipeline.text import fold_key

_DOMAIN_IN_TEXT = re.compile(r"\b((?:[a-z0-9-]+\.)+(?:vn|com|net|org|gov\.vn|com\.vn|org\.vn|info))\b", re.I)
_TLDS = (".vn", ".com", ".net", ".org", ".info")


def _domains_in(chunk: str):
    """Domain names written in a stretch of text (most stretches have none: a substring test says so first)."""
    low = chunk.lower()
    return _DOMAIN_IN_TEXT.finditer(chunk) if any(t in low for t in _TLDS) else ()


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
    kind: str = ""  # the catalogue's kind: national_paper, provincial_paper, portal, aggregator, tv, magazine, agency


@dataclass(frozen=True)
class CatalogueEntry:
    """One row of the outlet catalogue."""

    domain: str
    name: str
    kind: str
    province: str
    province_2025: str


@lru_cache(maxsize=1)
def catalogue() -> dict[str, CatalogueEntry]:
    """The outlet catalogue by domain (loaded once per process)."""
    text = resources.files("pipeline").joinpath("data", "outlets.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(text.splitlines())
    return {r["domain"].lower(): CatalogueEntry(r["domain"].lower(), r["name"], r["kind"], r["province"],
                                                r["province_2025"]) for r in rows}


@lru_cache(maxsize=1)
def _outlets_by_name() -> dict[str, CatalogueEntry]:
    """The catalogue's original outlets (no aggregators) by folded name, for "Theo Báo Bình Dương"."""
    return {fold_key(e.name): e for e in catalogue().values() if e.kind != "aggregator"}


def catalogue_entry(host: str) -> CatalogueEntry | None:
    """The catalogue entry of a host name or of its parent domains ("m.baothanhhoa.vn")."""
    host = host.lower().removeprefix("www.")
    cat = catalogue()
    labels = host.split(".")
    for i in range(len(labels) - 1):
        entry = cat.get(".".join(labels[i:]))
        if entry:
            return entry
    return None


def _entry_hint(entry: CatalogueEntry, gaz: Gazetteer, evidence: str) -> OutletHint:
    """The outlet hint of a catalogue entry (its legacy province, where it has one), found by `evidence`."""
    p = gaz.province_by_name(entry.province, LEGACY) if entry.province else None
    return OutletHint(entry.name, p.code if p else "", "", False, evidence, entry.kind)


def _compile_marks(outlets: tuple[Outlet, ...]) -> tuple[re.Pattern | None, dict[str, Outlet]]:
    """One pattern for every configured outlet mark ("BDK - ", "(HG) - "; not "CT-XH", an abbreviation, nor
    "Chỉ thị số 03 CT – TW", a Party document's number)."""
    by_mark = {mark: o for o in outlets for mark in o.markers}
    alts = "|".join(re.escape(m) for m in sorted(by_mark, key=len, reverse=True))
    first = "".join(sorted({re.escape(m[0]) for m in by_mark}))
    # (a mark after a space or at the text's start; at a line's head the bracketed mark may stand without its dash:
    # "(NTO) Ngày 15/1, …"; the class of first characters, looked ahead to, rejects most positions at once)
    pat = re.compile(rf"(?=[({first}])(?:(?<!\S)(?:\(({alts})\)\s*[-–—]|({alts})(?:\s+[-–—]|[-–—](?=\s)))"
                     rf"(?!\s*(?:TW|TƯ|T\.Ư)\b)|(?<![^\n])\(({alts})\)[^\S\n]+(?=[A-ZĐ]))") if alts else None
    return pat, by_mark


def _host(url: str) -> str:
    try:
        return (urlsplit(url if "//" in url else "//" + url).hostname or "").lower()
    except ValueError:
        return ""


# A district's culture and broadcasting centre or station before its name: "ttvhquangninh", "truyenhinhlucngan".
# (and a hosted portal's: "portal-cumgar.vnptdaklak.vn", the portal of Cư M'gar on the province's VNPT host)
_CENTRE_PREFIX = re.compile(r"^(?:ttvhtt|ttvh|trungtamvanhoa|truyenhinh|daitruyenthanh|portal-?)(?=[a-z]{4,}$)")


# A province's short label in its departments' domains: "mnhoamitanbinh.hcm.edu.vn", "tphcm.gov.vn".
_SHORT_LABELS = {"hcm": "Hồ Chí Minh", "tphcm": "Hồ Chí Minh", "hcmcity": "Hồ Chí Minh"}


def _province_from_labels(gaz: Gazetteer, labels: list[str]) -> tuple[str, str]:
    """(province code, district code) spelled by domain labels, longest province name first."""
    # (a province's names before the package's, too: "phonghai.thuathienhue.gov.vn" under the name "Huế")
    names = sorted([(fold_key(u.name), u.code) for u in gaz.provinces[LEGACY].values()]
                   + [(fold_key(h["name"]), h["code"]) for h in gaz.province_history], key=lambda kc: -len(kc[0]))
    found_p = next((gaz.province_by_name(_SHORT_LABELS[label], LEGACY).code for label in reversed(labels)
                    if label in _SHORT_LABELS), "")
    own = ""
    # the registered domain first: "ttvhquangninh.quangbinh.gov.vn" is a Quảng Bình district's centre, not Quảng Ninh
    for label in reversed(labels if not found_p else []):
        for key, code in names:
            if len(key) >= 5 and key in label.replace("-", ""):  # ("baria-vungtau.gov.vn")
                found_p, own = code, key
                break
        if found_p:
            break
    if not found_p:
        return "", ""
    district = ""
    own = own or (fold_key(gaz.provinces[LEGACY][found_p].name) if found_p in gaz.provinces[LEGACY] else "")
    for label in labels:
        base = label[:-4] if label.endswith("city") else _CENTRE_PREFIX.sub("", label)
        if own and own in base and not label.endswith("city"):
            rest = base[:-len(own)] if base.endswith(own) else ""
            if not _DISTRICT_PREFIX.match(rest):
                continue  # "baotuyenquang": the province's paper, not the portal of its same-named city
            base = _DISTRICT_PREFIX.sub("", rest)  # "doancamxuyenhatinh": a district body's site, province last
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
    entry = catalogue_entry(host)
    if entry:
        return _entry_hint(entry, gaz, host)
    labels = [lab for lab in host.split(".") if lab not in _GENERIC_LABELS]
    pcode, dcode = _province_from_labels(gaz, labels)
    if not pcode:
        # (a district education office's domain is its portal too: "thtanloi.donghy.edu.vn", a school of Đồng Hỷ's)
        pcode, dcode = _district_from_labels(gaz, labels, portal=host.endswith((".gov.vn", ".dcs.vn", ".edu.vn")))
    if pcode:
        return OutletHint(host, pcode, dcode, False, host)
    return None


# A district broadcaster's or news site's label: its name with a suffix ("hoianrt", "hiephoanet") or a prefix ("truyenhinhlucngan").
_BROADCASTER = re.compile(r"^(?P<name>[a-z]{5,})(?:rt|tv|rtv|news|net|city)$|^(?:truyenhinh|daitruyenthanh|ttvhtt)(?P<name2>[a-z]{5,})$")


# A district's own portal: its committee's or people's committee's prefix and its name ("huyenuythangbinh",
# "huyendamha", "ubndhuyenvinhcuu"), or its youth union's ("tuoitregiongrieng").
_DISTRICT_PREFIX = re.compile(r"^(?:huyenuy|thanhuy|thiuy|ubndhuyen|ubnd|huyen|thixa|tuoitre|huyendoan|doan)(?=[a-z]{4,}$)")
# The unit type a prefix names, where it names one
_PREFIX_TYPE = {"huyenuy": "huyện", "ubndhuyen": "huyện", "huyen": "huyện", "huyendoan": "huyện",
                "thiuy": "thị xã", "thixa": "thị xã", "thanhuy": "thành phố"}


def _district_from_labels(gaz: Gazetteer, labels: list[str], portal: bool = False) -> tuple[str, str]:
    """(province, district) of a label that is one district's name with a broadcaster's suffix or prefix
    ("hoianrt", "truyenhinhlucngan"), a committee's prefix ("huyenuythangbinh"), or alone as the first label
    or last label of a government or party portal ("doluong.gov.vn", "quanha.bachthong.gov.vn"), or first of
    another domain where the name is long enough to be no common word ("ngason.vn")."""
    for i, label in enumerate(labels):
        m = _BROADCASTER.match(label)
        if m:
            name = m.group("name") or m.group("name2")
        elif _DISTRICT_PREFIX.match(label):
            name = _DISTRICT_PREFIX.sub("", label)
        elif (i == 0 or portal and i == len(labels) - 1) and len(label) >= (4 if portal else 5):
            name = label
        else:
            continue
        found = [d for d in gaz.districts.values() if not d.historical and fold_key(d.name) == name]
        if len(found) == 1:
            return found[0].province_code, found[0].code
    return "", ""


_SOURCE_LINE = re.compile(r"(?:^|\n)\s*(?:theo|nguồn)\s*:?\s*(?P<name>[^\n]{3,60}?)\s*(?:\n|$)", re.I)
# The outlet's name a page appends to its headline: "Biểu dương 26 gia đình văn hóa tiêu biểu – Báo Cao Bằng điện tử".
_TITLE_SUFFIX = re.compile(r"\s[-–—|]\s+(?P<name>(?:Báo|Tạp\s+chí|Đài)\s[^\n]{2,60}?)(?:\s+(?:điện\s+tử|online))?\s*$")


def _named_in_the_headline(text: str, gaz: Gazetteer) -> OutletHint | None:
    """The catalogue's outlet that the first line names after a dash, as a page's title does."""
    first = text.lstrip()[:250].split("\n", 1)[0]
    m = _TITLE_SUFFIX.search(first)
    entry = _outlets_by_name().get(fold_key(m.group("name"))) if m else None
    if entry is None:
        return None
    return _entry_hint(entry, gaz, m.group("name"))


# A paper's own name as the mark that opens its lead, where it has no short one: "(Báo Ấp Bắc) - Ngày 16/12, …"; or
# alone on a line of the head, as a saved page keeps the site's banner: "Báo Cần Thơ Online".
_NAME_MARK = re.compile(r"(?<![^\n])[^\S\n]*(?:\((?P<name>(?:Báo|Đài|Tạp\s+chí)\s[^()\n]{2,60}?)(?:\s+(?:điện\s+tử|online))?\)"
                        r"[^\S\n]*[-–—]|(?P<banner>(?:Báo|Đài|Tạp\s+chí)\s[^()\n]{2,60}?)(?:\s+(?:điện\s+tử|online))?[^\S\n]*$)",
                        re.I | re.M)


def _named_as_the_mark(head: str, gaz: Gazetteer) -> OutletHint | None:
    """The catalogue's outlet whose name opens a line of the head as its bracketed mark, or stands alone on a line as the
    site's banner."""
    for m in _NAME_MARK.finditer(head):
        name = m.group("name") or m.group("banner")
        entry = _outlets_by_name().get(fold_key(name))
        if entry is not None:
            return _entry_hint(entry, gaz, name)
    return None


def _original_outlet(text: str, cfg: Settings, gaz: Gazetteer) -> OutletHint | None:
    """The outlet a reprint names: a domain in its text, or a closing "Theo Báo Bình Dương" / "Nguồn: …"."""
    for chunk in (text[:1500], text[-600:]):
        for m in _domains_in(chunk):
            hint = outlet_from_domain(m.group(1), cfg, gaz)
            if hint and hint.kind != "aggregator":
                return hint
    if hint := _named_in_the_headline(text, gaz):
        return hint
    for m in _SOURCE_LINE.finditer(text[-600:]):
        entry = _outlets_by_name().get(fold_key(m.group("name")))
        if entry:
            return _entry_hint(entry, gaz, m.group("name"))
    return None


def _district_in_portal_path(url: str, province: str, gaz: Gazetteer) -> str:
    """The district whose portal a province's portal hosts at the start of its path ("soctrang.gov.vn/huyenchauthanh/…",
    the portal of huyện Châu Thành), or ""."""
    first = urlsplit(url).path.strip("/").split("/", 1)[0].lower()
    m = _DISTRICT_PREFIX.match(first)
    if not m:
        return ""
    return district_named(gaz, province, first[m.end():], _PREFIX_TYPE.get(m.group(0), ""))


# A section of news from outside the outlet's province.
# (not "tin trong nước": kontumtv.vn files its province's own news there)
_ELSEWHERE_SECTION = re.compile(r"/(?:ngoai-tinh|tin-ngoai-tinh)(?:-\d+)?/", re.I)


def detect_outlet(text: str, url: str, cfg: Settings, gaz: Gazetteer) -> OutletHint:
    """The best outlet evidence for an article: configured marks, then domains, then a portal's name."""
    head = text[:1500]
    tail = text[-400:]
    pattern, by_mark = cfg.memo("outlets.marks", lambda: _compile_marks(cfg.outlets))
    m = pattern.search(head) if pattern else None
    if m and m.group(3) and url and outlet_from_domain(_host(url), cfg, gaz):
        m = None  # a mark without its dash is weaker than the page's own domain ("(BTV)" on bacninhtv.vn)
    if m:
        mark = m.group(1) or m.group(2) or m.group(3)  # (bracketed with its dash, bare, bracketed at a line's head)
        o = by_mark[mark]
        p = gaz.province_by_name(o.province, LEGACY)
        return OutletHint(o.name, p.code if p else "", "", o.weak, mark)
    if named := _named_as_the_mark(head, gaz):
        return named
    if url:
        hint = outlet_from_domain(_host(url), cfg, gaz)
        if hint and _ELSEWHERE_SECTION.search(urlsplit(url).path):
            # a provincial paper's section for news from other provinces ("/Ngoai-tinh-144/"): its name, not
            # its province
            return replace(hint, province_code="", district_code="")
        if hint and hint.province_code and not hint.district_code and hint.evidence.endswith(".gov.vn"):
            hint = replace(hint, district_code=_district_in_portal_path(url, hint.province_code, gaz))
        if hint and hint.kind != "aggregator":
            return hint
        if hint:  # an aggregator's reprint: the original outlet where the page names it
            return _original_outlet(text, cfg, gaz) or hint
    for chunk in (head, tail):
        for m in _domains_in(chunk):
            hint = outlet_from_domain(m.group(1), cfg, gaz)
            if hint:
                return hint
    m = _PORTAL.search(head)
    if m:
        return OutletHint(m.group(0).strip(), "", "", False, m.group(1).strip())
    return _named_in_the_headline(text, gaz) or OutletHint()
