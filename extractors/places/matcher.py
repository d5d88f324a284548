"""Where: mentions of provinces, districts and communes, matched against the gazetteer.

A mention is a name written with its type ("huyện Thạnh Phú", "TP. Tam Kỳ", "Q.3", "phường Long Châu"),
through a party committee ("Huyện ủy Thạch Hà", "Thành ủy Tam Kỳ"), in a list after a typed one
("các xã Kim Long, Láng Lớn và Bình Giã"), as a known abbreviation ("TP.HCM"), or bare ("Thoại Sơn:")
when the whole capitalised name is a unit's. Each mention keeps every unit it could be, in both
systems; the resolver (extractors.places.resolve) decides the era, the province and the main unit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractors.places.aliases import alias_key, alias_table
from extractors.places.gazetteer import LEGACY, Gazetteer, Unit, get_gazetteer
from extractors.places.headlines import before_headline_verb, shouted_headline_names
from extractors.places.history import anniversaries, merged_units, spread_history
from extractors.places.lookup import lookup_units, remember
from extractors.places.written import (
    ABROAD_AFTER,
    COMMITTEE,
    COMPASS,
    PERSON_NAMED_CITY,
    REGION_AFTER,
    REGION_BEFORE,
    RUN,
    TOKEN,
    TYPE,
    TYPE_NORMAL,
    WEEKDAY,
    WORD,
    measures_a_distance,
    names_a_hamlet,
    names_a_landmark,
    names_a_person,
    names_an_organisation,
)
from extractors.registry import register
from pipeline.document import Document
from pipeline.settings import Settings
from pipeline.text import UPPER, name_key

# ("tỉnh Bình Dương sáp nhập với TPHCM", "Bí thư Thành ủy Thủ Dầu Một trước khi tỉnh … sáp nhập": what was merged, and
# a post held before the merger)
_HISTORY_AFTER = re.compile(r"^\s*(?:\(\s*cũ\s*\)|cũ\b|trước\s+đây\b|\(\s*trước\s+sáp\s+nhập\s*\)"
                            r"|(?:đã\s+|được\s+)?(?:sáp\s+nhập|hợp\s+nhất)\s+(?:với|vào)\b"
                            r"|[^.;\n]{0,40}?\btrước\s+khi\s+[^.;\n]{0,40}?(?:sáp\s+nhập|hợp\s+nhất))", re.I)
# A person's former post in a district ("Nguyên Chủ tịch Hội LHPN quận Thanh Xuân"): the district as it was.
_FORMER_POST_BEFORE = re.compile(r"\bnguyên\s+(?:[^\W\d]+\s+){1,8}$", re.I)
_NEW_AFTER = re.compile(r"^\s*\(\s*mới\s*\)", re.I)
_LIST_NEXT = re.compile(rf"\s*(?:,|và|;)\s*(?=[{UPPER}])", re.U)

_GAP = re.compile(r" [-–] | |[-–]")
_SPACED_DASH = re.compile(r" [-–] ")


# The written types of a province-level mention: a province, a centrally-run city, or a bare name.
PROVINCE_TYPES = ("tỉnh", "thành phố", "")


@dataclass
class Mention:
    """A place name in the text, with every unit it could denote."""

    start: int
    end: int
    surface: str
    type: str  # the written type word, normalised ("huyện", "xã", …) or "" when bare
    via: str  # typed | committee | list | alias | bare | ner
    candidates: list[Unit] = field(default_factory=list)
    historical: bool = False  # "huyện X cũ", "3 xã A, B và C (cũ)"
    marked_new: bool = False  # "xã X (mới)"
    zone: str = "body"

    def of(self, level: str, era: str) -> list[Unit]:
        """The candidates of one level and era."""
        return [u for u in self.candidates if u.level == level and u.era == era]

    def provinces_named(self, era: str) -> list[Unit]:
        """The provinces this mention names as such (typed as one, or bare), in `era`; none for a lower unit."""
        return self.of("province", era) if self.type in PROVINCE_TYPES else []


def _tokens_after(text: str, pos: int, limit: int) -> list[re.Match]:
    """Capitalised tokens (or numbers) that follow `pos` separated by single spaces or " - "."""
    out = []
    while len(out) < limit:
        m = TOKEN.match(text, pos)
        if not m:
            break
        out.append(m)
        nxt = m.end()
        gap = _GAP.match(text, nxt, nxt + 3)
        if not gap:
            break
        pos = gap.end()
    return out


_CASED_CARELESSLY = frozenset(("tỉnh", "thành phố", "huyện", "quận", "thị xã", "phường"))  # types whose names may be typed lower-case
_BODY_WORDS = frozenset(("Hội", "Sở", "Ban", "Cục"))  # bodies written with an acronym, then their place ("Hội CCB Hà Tĩnh")


def _with_lower_tail(text: str, tokens: list[re.Match]) -> list[re.Match]:
    """The capitalised tokens and up to two lower-case words after them, each after one space."""
    out = list(tokens)
    for _ in range(2):
        pos = out[-1].end()
        m = WORD.match(text, pos + 1) if text[pos:pos + 1] == " " else None
        if not m:
            break
        out.append(m)
    return out


def _match_run(gaz: Gazetteer, text: str, tokens: list[re.Match], typ: str, bare: bool) -> tuple[int, list[Unit]]:
    """Longest prefix of `tokens` that names a unit: (number of tokens, units)."""
    for n in range(len(tokens), 0, -1):
        words = [t.group() for t in tokens[:n]]
        units = lookup_units(gaz, words, typ, bare)
        if units:
            return n, units
    return 0, []


# A battle named after places: "chiến dịch “Hà Nội - Điện Biên Phủ trên không” tháng 12-1972", "chiến dịch Hồ Chí Minh".
_BATTLE_BEFORE = re.compile(r"\bchiến\s+dịch\s*(?:[“\"][^”\"\n]{0,40})?$", re.I)


class _Found:
    """The mentions found so far in one document, and which characters they cover."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.mentions: list[Mention] = []
        self.covered = bytearray(len(doc.text) + 1)  # 1 where a mention already stands

    def add(self, m: Mention) -> None:
        """Record a mention with its zone and the history or "(mới)" mark written after it."""
        text = self.doc.text
        m.zone = self.doc.zone(m.start)
        after = text[m.end:m.end + 100]
        m.historical = m.historical or bool(_HISTORY_AFTER.match(after)) \
            or bool(_BATTLE_BEFORE.search(text, max(0, m.start - 60), m.start)) \
            or m.type in ("huyện", "quận", "thị xã") and bool(_FORMER_POST_BEFORE.search(text, max(0, m.start - 70), m.start))
        m.marked_new = bool(_NEW_AFTER.match(after))
        self.mentions.append(m)
        self.covered[m.start:m.end] = b"\x01" * (m.end - m.start)


def find_mentions(doc: Document, cfg: Settings) -> list[Mention]:
    """Every place mention in the document, in text order: abbreviations, typed names (and the lists
    they open), then bare capitalised names that are a unit's whole name."""
    gaz = get_gazetteer(cfg)
    found = _Found(doc)
    limit = gaz.max_name_len() + 1
    _alias_mentions(found, cfg, gaz)
    _typed_mentions(found, gaz, limit)
    spread_history(found.mentions, doc.text)  # a list's "(cũ)" marks every name in it as history
    _bare_mentions(found, gaz, limit)
    for start, end, units in shouted_headline_names(gaz, doc, found.mentions, limit):
        if not any(found.covered[start:end]):
            found.add(Mention(start, end, doc.text[start:end], "", "bare", units))
    merged_units(found.mentions, doc.text)  # and so does a list of what was merged, typed or bare
    anniversaries(found.mentions, doc.text)
    found.mentions.sort(key=lambda x: x.start)
    return [m for m in found.mentions if not _wire_dateline(doc.text, m)]


# "Hà Nội (TTXVN 8/10) 85 năm qua, …": the city a wire story was filed from, not what it is about.
_WIRE_AFTER = re.compile(r"\s*[(\[]\s*(?:TTXVN|VNA)\b")


def _wire_dateline(text: str, m: Mention) -> bool:
    return (m.start == 0 or text[m.start - 1] == "\n") and bool(_WIRE_AFTER.match(text, m.end))


_NAME_AFTER = re.compile(r"\s+(?-i:[A-ZĐ])\w")


def _alias_mentions(found: _Found, cfg: Settings, gaz: Gazetteer) -> None:
    pattern, units_by_key = alias_table(cfg, gaz)
    text = found.doc.text
    for m in pattern.finditer(text) if pattern else ():
        if not any(c.isupper() for c in m.group()[1:]) and _NAME_AFTER.match(text, m.end()):
            continue  # an epithet before a name of its own ("Thủ đô Viêng Chăn", "Thủ đô Hà Nội"): the name decides
        if names_a_person(text[max(0, m.start() - 30):m.start()]):
            continue  # the President's initials, not his city: "tư tưởng, đạo đức, phong cách HCM"
        units = units_by_key.get(alias_key(m.group()), [])
        found.add(Mention(m.start(), m.end(), m.group(),
                          "thành phố" if units and units[0].type == "thành phố" else "tỉnh", "alias", list(units)))


def _typed_mentions(found: _Found, gaz: Gazetteer, limit: int) -> None:
    """"huyện Thạnh Phú", "TP. Tam Kỳ", "Huyện ủy Thạch Hà", and the names listed after one."""
    text = found.doc.text
    for m in TYPE.finditer(text):
        raw = " ".join(m.group("t").lower().split())
        via = "typed"
        if raw.endswith(("ủy", "uỷ", "đoàn")):
            typ = COMMITTEE[raw.split()[0]]
            via = "committee"
        else:
            typ = TYPE_NORMAL.get(raw, raw)
        if found.covered[m.start("t")]:
            continue
        tokens = _tokens_after(text, m.end(), limit)
        if not tokens:
            continue
        if tokens[0].group().isdigit() and typ not in ("quận", "phường"):
            continue
        n, units = _match_run(gaz, text, tokens, typ, bare=False)
        if not n and typ in _CASED_CARELESSLY and not tokens[0].group().isdigit():
            # "tỉnh Kon tum", "thành phố Hồ chí minh", "phường Âu cơ": a unit carelessly cased (not a xã: of ten thousand
            # names, one cased so may be another province's, "xã Phú phong" of Hương Khê read as Tiền Giang's)
            tokens = _with_lower_tail(text, tokens)
            n, units = _match_run(gaz, text, tokens, typ, bare=False)
        if not n:
            continue
        start, end = tokens[0].start(), tokens[n - 1].end()
        if m.end() > m.end("t") + 1 and typ not in ("tỉnh", "thành phố") and not any(u.type == typ for u in units) \
                and gaz.province_by_name(text[start:end], LEGACY):
            continue  # "Huyện vùng cao Hà Giang": one of the province's districts, described; not the city of its name
        if ABROAD_AFTER.match(text, end) or measures_a_distance(text, start, end):
            continue  # "tỉnh Hà Nam (Trung Quốc)": a province abroad; "cách TP. Thanh Hóa 37 km": a bearing
        if _read_already(found.covered, start, end, units):
            continue  # an abbreviation read it already ("tỉnh Bà Rịa - Vũng Tàu"): one mention, not two
        mention = Mention(start, end, text[start:end], typ, via, units)
        found.add(mention)
        _follow_list(gaz, found, mention, typ, limit)


def _bare_mentions(found: _Found, gaz: Gazetteer, limit: int) -> None:
    """Capitalised runs that are a unit's whole name ("Thoại Sơn:"), not a person's, a hamlet's or a weekday."""
    text = found.doc.text
    starts = {s for s, _ in found.doc.sentences}
    for whole in RUN.finditer(text):
        if whole.group()[0].isdigit() and _FIGURES_ONLY.fullmatch(whole.group()):
            continue  # a figure or a range ("2018 - 2024") names no unit, and most runs are figures
        for at, run in _dash_parts(gaz, whole, at_start=whole.start() in starts, limit=limit):
            _add_bare(found, gaz, whole, at, run, at in starts, limit)


_FIGURES_ONLY = re.compile(r"[\d\s-]+")
# A crop season is no commune of the same name: "vụ Đông Xuân", "vụ lúa Hè Thu", "vụ Thu Đông".
_SEASON = re.compile(r"(?:Đông|Hè|Thu|Xuân)\s+(?:Xuân|Thu|Đông|Hè)")
_SEASON_BEFORE = re.compile(r"\bvụ\s+(?:lúa\s+|sản\s+xuất\s+)?(?:năm\s+)?$|\bvụ\s+(?:\w+\s+){0,2}và\s+$", re.I)


_PLATEAU_BEFORE = re.compile(r"\bcao\s+nguyên\s+$", re.I)


def crop_season(name: str, before: str) -> bool:
    """Whether `name` after `before` is a crop season ("vụ Đông Xuân"), not the commune that shares its name."""
    return bool(_SEASON.fullmatch(name)) and bool(_SEASON_BEFORE.search(before))
# A name before "xã" is no commune, which Vietnamese writes "xã <name>": "Tân Hoa xã" is Xinhua (not "… xã hội hóa").
_AGENCY_AFTER = re.compile(r" xã\b(?! hội)(?!\s+[A-ZĐ])")
_WORD_AFTER_FIGURE = re.compile(r"[^\S\n]+(\w)")


def _dash_parts(gaz: Gazetteer, run: re.Match, at_start: bool, limit: int) -> list[tuple[int, str]]:
    """The run as (start, text), or its parts where it joins names with " - " and reads as no unit whole:
    "(Nghi Xuân - Hà Tĩnh)" is a district and its province; "Bà Rịa - Vũng Tàu" stays one name."""
    if not _SPACED_DASH.search(run.group()) or _run_readings(gaz, run.group(), at_start, limit):
        return [(run.start(), run.group())]
    parts, at = [], run.start()
    for piece in _SPACED_DASH.split(run.group()):
        parts.append((at, piece))
        at += len(piece) + 3
    return parts


def _add_bare(found: _Found, gaz: Gazetteer, whole: re.Match, at: int, run: str, at_start: bool, limit: int) -> None:
    """The first reading of a capitalised run (or part of one) that is not a person, hamlet or weekday."""
    text = found.doc.text
    if found.covered[at] or REGION_AFTER.match(text, at + len(run)) \
            or COMPASS.fullmatch(run) and REGION_BEFORE.search(text, max(0, at - 12), at):
        return  # a region ("Đông Nam bộ", "khu vực Đông Bắc") is not the commune that shares its name
    readings = _run_readings(gaz, run, at_start, limit)
    headline = False
    # (a headline in capitals may stand below a slogan line the reader took for the title)
    if not readings and at == whole.start() and (found.doc.zone(at) == "title" or at < found.doc.lead_span[1] and run.isupper()
                                                 and (at == 0 or text[at - 1] == "\n")) \
            and (cut := before_headline_verb(gaz, text, whole, limit)):
        readings, headline = ((cut[0] - at, cut[1] - at, cut[2]),), True
    for s, e, units in readings:
        start, end = at + s, at + e
        if not headline and e < len(run) \
                and not ((after := _WORD_AFTER_FIGURE.match(text, at + len(run))) and after.group(1).islower()):
            continue  # a name before its figure counts something ("Nậm Pồ 2 mô hình"), not a distance ("Nho Quan 2km")
        before = text[max(0, start - 40):start]
        if names_a_person(before) or names_a_hamlet(before) or names_an_organisation(before) or names_a_landmark(before) \
                or WEEKDAY.fullmatch(text, start, end) or PERSON_NAMED_CITY.fullmatch(text, start, end) \
                or measures_a_distance(text, start, end) or crop_season(text[start:end], before) \
                or _PLATEAU_BEFORE.search(before) and not any(u.level == "province" for u in units):
            continue  # (a plateau named after a district, "cao nguyên Mộc Châu", is no unit; "cao nguyên Lâm Đồng" is)
        if ABROAD_AFTER.match(text, end) or _AGENCY_AFTER.match(text, end):
            break  # a place abroad by the same name ("Trùng Khánh, Trung Quốc"), or a news agency ("Tân Hoa xã")
        if not any(found.covered[start:end]):
            found.add(Mention(start, end, text[start:end], "", "bare", list(units)))
            if headline and found.mentions[-1].zone == "body":
                found.mentions[-1].zone = "lead"  # the headline, below a slogan line the reader took for the title
            break


def _run_readings(gaz: Gazetteer, run: str, at_sentence_start: bool, limit: int) -> tuple:
    """The readings of a capitalised run that name units, in the order they are tried, as (start, end, units)
    within the run. The same runs come back article after article ("Ủy ban", "Mặt trận"): memoised."""
    def readings() -> tuple:
        tokens = list(TOKEN.finditer(run))
        if all(t.group().isdigit() for t in tokens):
            return ()  # numbers alone are no place
        found = []
        for toks in _run_options(tokens, limit, at_sentence_start):
            units = lookup_units(gaz, [t.group() for t in toks], "", bare=True)
            if toks[0] is not tokens[0] and tokens[0].group() in _BODY_WORDS and tokens[1].group().isupper():
                # (a body's own place after its acronym is its province or district: "Hội CCB Hà Tĩnh"; a commune's
                # body, "Hội CCB Phước Long Thọ", is left to its typed mentions)
                units = [u for u in units if u.level in ("province", "district")]
            if units:
                found.append((toks[0].start(), toks[-1].end(), tuple(units)))
        return tuple(found)

    return remember(gaz.runs, (run, at_sentence_start), readings)


def _after_acronyms(tokens: list[re.Match], i: int) -> int:
    """Where the acronyms from token `i` end ("UBND", "CCB"; the run's last token is never one of them)."""
    while i < len(tokens) - 1 and len(tokens[i].group()) >= 2 and tokens[i].group().isupper():
        i += 1
    return i


def _run_options(tokens: list[re.Match], limit: int, at_sentence_start: bool) -> list[list[re.Match]]:
    """The readings of a capitalised run to look up: whole, without a sentence's first word, without acronyms."""
    options = [tokens] if len(tokens) <= limit else []
    if 1 < len(tokens) <= limit + 1 and at_sentence_start:
        options.append(tokens[1:])  # a sentence's first word is capitalised anyway
    acronyms = _after_acronyms(tokens, 0)
    if acronyms and len(tokens) - acronyms <= limit:
        options.append(tokens[acronyms:])  # "KCN Vĩnh Phúc", "UBND Hòa Vang": the name after the acronyms
    elif not acronyms and len(tokens) > 2 and tokens[0].group() in _BODY_WORDS:
        after = _after_acronyms(tokens, 1)
        if after > 1 and len(tokens) - after <= limit:
            options.append(tokens[after:])  # "Hội CCB Hà Tĩnh", "Sở GDĐT Nghệ An": a body's acronym, then its place
    named = len(tokens)
    while named > 1 and tokens[named - 1].group().isdigit():
        named -= 1
    if named < len(tokens) and not tokens[0].group().isdigit() and named <= limit:
        options.append(tokens[:named])  # "Nậm Pồ 2 mô hình; Tuần Giáo 2 mô hình": the name before its figure
    return options


def _follow_list(gaz: Gazetteer, found: _Found, first: Mention, typ: str, limit: int) -> None:
    text = found.doc.text
    pos = first.end
    while True:
        m = _LIST_NEXT.match(text, pos)
        if not m or TYPE.match(text, m.end()):
            return  # ("huyện Đức Cơ, Tỉnh Gia Lai": a unit typed anew, cased as portals case it, is no item of the list)
        tokens = _tokens_after(text, m.end(), limit)
        if not tokens:
            return
        n, units = _match_run(gaz, text, tokens, typ, bare=False)
        if not n:
            return
        start, end = tokens[0].start(), tokens[n - 1].end()
        if end < len(text) and text[end:end + 1].isalpha() or _an_address(first, text[start:end]):
            return
        if not _read_already(found.covered, start, end, units):  # ("…, Đồng Nai và Bà Rịa - Vũng Tàu")
            found.add(Mention(start, end, text[start:end], typ, "list", units))
        pos = end


def _read_already(covered: bytearray, start: int, end: int, units: list[Unit]) -> bool:
    """Whether a province's name was read already, as an abbreviation or a spelling of the table (not a ward that
    shares an alias's name: "phường Sài Gòn")."""
    return any(covered[start:end]) and all(u.level == "province" for u in units)


def _an_address(first: Mention, name: str) -> bool:
    """Whether `name` is the district or province of the commune before it ("xã Tân Linh, Đại Từ, Thái Nguyên"): an
    address that goes up the hierarchy, not a list of communes (the names after it are read bare, at their level)."""
    key = name_key(name)
    return any(key in (name_key(u.district), name_key(u.province)) for u in first.candidates if u.level == "commune")


@register("places", assigns=("mentions",))
def extract_places(doc: Document, cfg: Settings) -> None:
    """Place mentions for the resolver (facts are written once the era and province are known)."""
    doc.mentions.extend(find_mentions(doc, cfg))
