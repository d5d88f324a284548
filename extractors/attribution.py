"""Attribution: each count tied to its place, period, campaign, award and role (total or part).

Runs after the extractors and the resolver (it needs the article's own unit and date). Each
model_count and awardee_count fact becomes a `Measure`, attributed from its sentence first, then its
paragraph, then the article:

- place: a unit named in the clause before the figure ("huyện A có 120 mô hình"), "toàn tỉnh" (the
  province), "toàn huyện" (the article's district); else the one unit its paragraph names; else the
  article's commune, district or province. Units named as history ("(cũ)") are never the place.
- period: a year or range in the sentence ("năm 2023", "giai đoạn 2021–2025"), "N năm qua" counted back
  from the publication year, "từ năm 2016 đến nay" or "đến nay" (cumulative, to the publication
  year); a part takes its total's period; else the paragraph's, then the headline's and lead's.
- campaign: one named in the sentence, else in the paragraph, else the article's only campaign.
- award, level and issuer: from the awardee fact's clause (Bằng khen; UBND tỉnh → level tỉnh).
- role: `part` for a breakdown of a total stated just before ("trong đó 34 mô hình kinh tế", "(29
  tập thể, 26 cá nhân)", "105/130": 105 of the 130 registered); otherwise `total`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from extractors.places.gazetteer import LEGACY, NEW, get_gazetteer
from extractors.registry import register
from pipeline.document import Document, Fact, Measure
from pipeline.settings import Settings
from pipeline.text import line_span, scanned_by_first_letters

_MEASURE = {("model_count", "mô hình"): "models", ("model_count", "điển hình"): "models",
            ("awardee_count", "tập thể"): "awardees_collective", ("awardee_count", "cá nhân"): "awardees_individual"}
_WHOLE = re.compile(r"\b(?:toàn|trên\s+địa\s+bàn|cả)\s+(?P<level>tỉnh|thành\s+phố|huyện|thị\s+xã|quận|xã|phường|thị\s+trấn)\b"
                    r"|\bcác\s+(?:huyện|xã)\s*,\s*(?:thị\s+xã|thị\s+trấn|phường)", re.I)
_YEARS_BACK = scanned_by_first_letters(
    "qQsStThHbBnNmM0-9",  # (every alternative below begins with one of these)
    r"\b(?:qua|sau|trong)\s+(?P<n>\d{1,2}|hai|ba|bốn|năm|mười)\s+năm\b"
    r"|\b(?P<n2>\d{1,2}|hai|ba|bốn|năm|mười)\s+năm\s+(?:qua|thực\s+hiện|triển\s+khai|phát\s+động)", re.I)
# "từ năm 2019 đến nay", "đến nay", "tới nay", "lũy kế", "từ khi phát động", "tính đến" (first letters first, as a
# class, each word's start checked behind: the engine scans for the class fast)
_SINCE = re.compile(
    r"[tTđĐlL](?<!\w.)(?:(?<=[tT])(?:ừ\s+(?:năm\s+)?(?P<y>(?:19|20)\d{2})\s+(?:đến\s+nay|tới\s+nay|đến\s+thời\s+điểm\s+này)"
    r"|ới\s+nay\b|ừ\s+khi\s+(?:phát\s+động|triển\s+khai|thực\s+hiện)|ính\s+đến\b)"
    r"|(?<=[đĐ])ến\s+nay\b|(?<=[lL])ũy\s+kế\b)", re.I)
_OPENS_BREAKDOWN = re.compile(r"\s*(?:trong\s+(?:số\s+)?đó|bao\s+gồm|gồm)\b", re.I)
# A breakdown opened after the total: "…186 mô hình, trong đó có 42 …; 61 …", "(29 tập thể, 26 cá nhân)".
# Between a count and a period after it: a comparison ("tăng 5 so với cùng kỳ năm 2023") or a new clause.
_COMPARISON = re.compile(r";|so\s+với|cùng\s+kỳ|hơn\s+năm", re.I)
_TARGET_BEFORE = re.compile(r"(?:\bđến|\btới|\bhết)\s*(?:năm\s*)?$", re.I)
_TWO_YEARS = re.compile(r"\bnăm\s+(?P<a>(?:19|20)\d{2})\s+(?:và|,)\s+(?:năm\s+)?(?P<b>(?:19|20)\d{2})\b", re.I)
# "Cùng thời gian", "cùng kỳ": the period of the figures just before.
_SAME_PERIOD = re.compile(r"\b(?:cùng\s+thời\s+gian|cùng\s+kỳ|trong\s+thời\s+gian\s+(?:này|trên)|giai\s+đoạn\s+này)\b", re.I)
_PART_OPENER = re.compile(r"\btrong\s+đó\b|\bbao\s+gồm\b|\bgồm\b|\(", re.I)
_NUMBER_WORDS = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "mười": 10}
_LEVELS = (("Trung ương", re.compile(r"trung\s+ương|thủ\s+tướng|chính\s+phủ|chủ\s+tịch\s+nước|\bbộ\s+[A-ZĐ]|nhà\s+nước", re.I)),
           ("tỉnh", re.compile(r"\btỉnh\b|thành\s+phố\s+(?:Hà\s+Nội|Hồ\s+Chí\s+Minh|Đà\s+Nẵng|Hải\s+Phòng|Cần\s+Thơ|Huế)", re.I)),
           ("huyện", re.compile(r"\b(?:huyện|thị\s+xã|quận|thành\s+phố)\b", re.I)),
           ("xã", re.compile(r"\b(?:xã|phường|thị\s+trấn|đặc\s+khu)\b", re.I)))


def _places(doc: Document) -> list[Fact]:
    """The resolved, current place facts of the article, in text order."""
    return [f for f in doc.facts if f.kind in ("province", "district", "commune") and "cũ" not in f.qualifier]


def _article_place(doc: Document) -> tuple[str, str, str]:
    f = doc.fields
    for level in ("commune", "district", "province"):
        if f.get(level):
            return f[level], level, f.get(f"{level}_code", "")
    return "", "", ""


def _place_of(doc: Document, fact: Fact, places: list[Fact]) -> tuple[str, str, str]:
    """(name, level, code) of the unit a count is about."""
    text = doc.text
    s0, _ = doc.sentence_at(fact.start)
    clause_start = max(s0, text.rfind(";", s0, fact.start) + 1)
    before = [p for p in places if clause_start <= p.start < fact.start]
    whole = list(_WHOLE.finditer(text, clause_start, fact.start))
    if before and (not whole or before[-1].start > whole[-1].start()):
        p = before[-1]
        if p.kind == "province" and len(before) > 1 and before[-2].kind != "province" \
                and p.start - before[-2].end <= 12:
            p = before[-2]  # "Thủ Đức, TP.HCM có …", "xã A (tỉnh B)": the province only locates the unit
        return p.value, p.kind, p.meta.get("code", "")
    if whole:
        level = " ".join((whole[-1].group("level") or "").lower().split())
        f = doc.fields
        if level == "tỉnh" or (level == "thành phố" and not f.get("district")):
            return f.get("province", ""), "province", f.get("province_code", "")
        if level in ("huyện", "thị xã", "quận", "thành phố") and f.get("district"):
            return f["district"], "district", f.get("district_code", "")
        if level in ("xã", "phường", "thị trấn") and f.get("commune"):
            return f["commune"], "commune", f.get("commune_code", "")
    p0, p1 = line_span(text, fact.start)
    in_paragraph = {(p.value, p.kind) for p in places if p0 <= p.start < p1}
    if len(in_paragraph) == 1:
        p = next(p for p in places if p0 <= p.start < p1)
        own = doc.fields.get("district") or doc.fields.get("commune")
        if not (p.kind == "province" and own and p.value == doc.fields.get("province")):
            return p.value, p.kind, p.meta.get("code", "")
        # The paragraph names only the province of the article's own unit ("… Thành ủy TP.HCM"): the
        # count is the article's unit's.
    return _article_place(doc)


def _year(doc: Document) -> int | None:
    pub = doc.fields.get("published_date") or ""
    return int(pub[:4]) if pub[:4].isdigit() else None


def _periods(doc: Document, fallback: bool = False) -> list[tuple[int, tuple[int, int, str]]]:
    """The article's period facts as (offset, (first year, last year, kind)), read once per article; for
    the paragraph and head fallbacks, without deadlines ("phấn đấu đến năm 2026": a target, not a span)."""
    out = []
    for f in doc.facts:
        if f.kind == "period" and not (fallback and _TARGET_BEFORE.search(doc.text, max(0, f.start - 14), f.start)):
            a, _, b = f.value.partition("/")
            ya, yb = int(a[:4]), int((b or a)[:4])
            out.append((f.start, (ya, yb, "range" if b and ya != yb else "year")))
    return out


def _period_in(doc: Document, periods: list, start: int, end: int, before: int | None = None,
               after: int | None = None, memo: dict | None = None) -> tuple[int | None, int | None, str]:
    """The period a stretch of text states: one right after the count's noun phrase ("18 mô hình …
    giai đoạn 2020-2022"), else the nearest before `before`, else the first."""
    text = doc.text
    key = (id(periods), start, end)
    found = memo.get(key) if memo is not None else None
    if found is None:
        found = _stated_periods(doc, periods, start, end)
        if memo is not None:
            memo[key] = found
    if not found:
        return None, None, ""
    if after is not None:
        close = [x for x in found if after <= x[0] <= after + 50 and not _COMPARISON.search(text, after, x[0])]
        if close:
            return min(close, key=lambda x: x[0])[1]
    if before is not None:
        earlier = [x for x in found if x[0] < before]
        if earlier:
            return max(earlier, key=lambda x: x[0])[1]
    return min(found, key=lambda x: x[0])[1]


def _stated_periods(doc: Document, periods: list, start: int, end: int) -> list[tuple[int, tuple]]:
    """Every period a stretch of text states, as (offset, (first year, last year, kind))."""
    text, pub = doc.text, _year(doc)
    found: list[tuple[int, tuple[int | None, int | None, str]]] = []
    for m in _TWO_YEARS.finditer(text, start, end):  # "của 2 năm 2022 và 2023"
        found.append((m.start(), (int(m.group("a")), int(m.group("b")), "range")))
    since = list(_SINCE.finditer(text, start, end))
    found += [(at, p) for at, p in periods
              if start <= at < end and not any(m.start() <= at < m.end() for m in since)]
    for m in _YEARS_BACK.finditer(text, start, end):
        n = _n_years(m)
        if n:  # undated: a range of N years, ending no one knows when
            found.append((m.start(), (pub - n, pub, "range") if pub else (None, None, "range")))
    for m in since:
        y = int(m.group("y")) if m.group("y") else None
        found.append((m.start(), (y, pub, "cumulative")))
    return found


def _years_back(text: str, start: int, end: int) -> int | None:
    """N of "N năm qua", "sau N năm …" in a stretch of text."""
    m = _YEARS_BACK.search(text, start, end)
    return _n_years(m) if m else None


def _n_years(m: re.Match) -> int | None:
    """N of a "N năm qua" match, in digits or words, when it is a plausible span (1 to 30 years)."""
    raw = (m.group("n") or m.group("n2")).lower()
    n = _NUMBER_WORDS.get(raw) or int(raw)
    return n if 1 <= n <= 30 else None


def _anchored(doc: Document, period: tuple, *stretches: tuple[int, int]) -> tuple:
    """A period made whole by an explicit range of the paragraph or the head: "đến nay" takes the range's
    start; "5 năm qua" becomes the stated "2016–2020" where the two agree on the end and the length."""
    start, end, kind = period
    if kind not in ("cumulative", "range") or (kind == "range" and start is None):
        return period
    for s, e in stretches:
        for f in doc.facts:
            if f.kind != "period" or not (s <= f.start < e) or "/" not in f.value:
                continue
            a, b = int(f.value[:4]), int(f.value.split("/")[1][:4])
            if kind == "cumulative" and start is None and (end is None or b == end):
                return a, b, kind
            if kind == "range" and b == end and (end - start) in (b - a, b - a + 1) and a != start:
                return a, b, kind
    return period


def _total_before(doc: Document, fact: Fact, order: tuple[list[Fact], dict[int, int]]) -> Fact | None:
    """The total this figure breaks down, when it stands in a breakdown just after one."""
    if fact.qualifier.startswith("đăng ký/kế hoạch"):
        return None
    by_start, rank = order
    here = by_start[bisect_left(by_start, fact.start, key=_start):bisect_right(by_start, fact.start, key=_start)]
    for other in sorted(here, key=lambda c: rank[id(c)]):
        if other is not fact and other.qualifier.startswith("đăng ký/kế hoạch"):
            return other  # "105/130 mô hình": 105 of the 130 registered
    s0, _ = doc.sentence_at(fact.start)
    # A sentence that opens with "Trong đó" breaks down the last total before it (a caption may stand between).
    opens = _OPENS_BREAKDOWN.match(doc.text, s0)
    window_start = max(0, s0 - 600) if opens else s0
    # (the earlier figures of its kind in the window, in the order the extractors gave them: a long list's figures are
    # found by bisecting them in text order, not by reading all of them for each)
    window = by_start[bisect_left(by_start, window_start, key=_start):bisect_left(by_start, fact.start, key=_start)]
    same_kind = sorted((c for c in window if c.kind == fact.kind and (fact.kind != "awardee_count" or c.unit == fact.unit)),
                       key=lambda c: rank[id(c)])
    if not same_kind:
        return None
    # (the last word that opens parts before this figure: a total is broken down when it stands before that word;
    # one scan of the window, not one of the text between each earlier figure and this one)
    last_opener = max((m.start() for m in _PART_OPENER.finditer(doc.text, min(c.end for c in same_kind), fact.start)), default=-1)
    for total in reversed(same_kind):
        opened = last_opener >= total.end or (window_start < s0 and total.start < s0)
        if opened and not total.qualifier.startswith("đăng ký") and int(float(total.value)) >= int(float(fact.value)):
            return total
    return None


def _start(fact: Fact) -> int:
    return fact.start


def _in_text_order(counts: list[Fact]) -> tuple[list[Fact], dict[int, int]]:
    """The counts sorted by offset, and each one's place in `counts` (the order the extractors gave them)."""
    return sorted(counts, key=_start), {id(c): i for i, c in enumerate(counts)}


def _province_2025(doc: Document, cfg: Settings, level: str, code: str) -> str:
    """The 2025 province of an attributed place (the article's own, unless the place lies elsewhere)."""
    own = doc.fields.get("province_2025", "")
    if not code or level == "commune" or doc.fields.get("era") == "2025":
        return own
    gaz = get_gazetteer(cfg)
    unit = gaz.districts.get(code) if level == "district" else gaz.province(code, LEGACY)
    pcode = unit.province_code if level == "district" and unit else code
    p25 = gaz.province(gaz.to_2025(pcode), NEW) if pcode else None
    return p25.name if p25 else own


def _campaign_in(text: str, start: int, end: int, names: list[str], at: int, folds: dict) -> str:
    """The campaign a stretch of text names: the mention nearest the count (the longer of two that overlap); `folds`
    keeps each stretch's folded text, which the counts of one sentence or paragraph share."""
    if not names:
        return ""
    folded = folds.get((start, end))
    if folded is None:
        folded = folds[(start, end)] = text[start:end].casefold()
    best: tuple[int, int, str] | None = None
    for name in names:
        key, i = name.casefold(), -1
        while (i := folded.find(key, i + 1)) >= 0:
            rank = (abs(start + i - at), -len(name), name)
            best = rank if best is None or rank < best else best
    return best[2] if best else ""


def _award(fact: Fact) -> tuple[str, str, str]:
    """(award, level, issuer) of an awardee fact, the level read from its issuer ("UBND tỉnh" -> tỉnh)."""
    award, issuer = fact.meta.get("award", ""), fact.meta.get("issuer", "")
    level = next((name for name, pat in _LEVELS if issuer and pat.search(issuer)), "")
    return award, level, issuer


@register("attribution", requires=("model_count", "awardee_count", "period", "campaign", "mentions"),
          assigns=("measures",), phase="attribute")
def attribute_counts(doc: Document, cfg: Settings) -> None:
    """One Measure per model or awardee count, with its place, period, campaign, award and role."""
    counts = [f for f in doc.facts if (f.kind, f.unit) in _MEASURE]
    if not counts:
        return
    text = doc.text
    places = _places(doc)
    periods, fallback_periods = _periods(doc), _periods(doc, fallback=True)
    names = list(dict.fromkeys(f.value for f in doc.facts if f.kind == "campaign"))
    head_end = max(doc.title_span[1], doc.lead_span[1])
    by_fact: dict[int, Measure] = {}
    stated: dict = {}  # periods stated in a stretch, read once: the head and a paragraph serve many counts
    folds: dict = {}
    order = _in_text_order(counts)
    for fact in sorted(counts, key=lambda f: (f.start, f.qualifier.startswith("đăng ký"))):
        s0, s1 = doc.sentence_at(fact.start)
        p0, p1 = line_span(text, fact.start)
        total = _total_before(doc, fact, order)
        if total is not None and id(total) in by_fact:  # a part is about what its total is about
            t = by_fact[id(total)]
            name, level, code = t.place, t.place_level, t.place_code
        else:
            name, level, code = _place_of(doc, fact, places)
        period = _period_in(doc, periods, s0, s1, before=fact.start, after=fact.end, memo=stated)
        if not period[2] and doc.measures and _SAME_PERIOD.search(text, s0, fact.start):
            last = doc.measures[-1]
            period = (last.period_start, last.period_end, last.period_kind)
        if not period[2] and total is not None and id(total) in by_fact:
            t = by_fact[id(total)]
            period = (t.period_start, t.period_end, t.period_kind)
        for start, end in ((p0, p1), (0, head_end)):
            if not period[2]:
                period = _period_in(doc, fallback_periods, start, end, memo=stated)
        period = _anchored(doc, period, (p0, p1), (0, head_end))
        if _year(doc) is None and period[0] is not None and period[2] in ("cumulative", "range"):
            # undated: "Sau 03 năm" from a range starting 2021 ends in 2024
            n = _years_back(text, s0, s1) or _years_back(text, p0, p1) or _years_back(text, 0, head_end)
            if n:
                period = (period[0], period[0] + n, period[2])
        campaign = _campaign_in(text, s0, s1, names, fact.start, folds) or _campaign_in(text, p0, p1, names, fact.start, folds) \
            or (names[0] if len(names) == 1 else "")
        award, award_level, issuer = _award(fact) if fact.kind == "awardee_count" else ("", "", "")
        m = Measure(measure=_MEASURE[(fact.kind, fact.unit)], value=int(float(fact.value)), place=name,
                    place_level=level, place_code=code, province_2025=_province_2025(doc, cfg, level, code),
                    period_start=period[0], period_end=period[1],
                    period_kind=period[2] or "unknown", campaign=campaign, award=award, level=award_level,
                    issuer=issuer, role="part" if total is not None else "total", evidence=fact.evidence,
                    start=fact.start, end=fact.end)
        by_fact[id(fact)] = m
        doc.measures.append(m)
    _restated_in_the_head(doc, head_end)


def _restated_in_the_head(doc: Document, head_end: int) -> None:
    """A headline figure with no period of its own restates a body figure ("trên 260 mô hình" for the
    266 counted below it): it takes that figure's period."""
    body = [m for m in doc.measures if m.start >= head_end and m.period_kind != "unknown"]
    for m in doc.measures:
        if m.start >= head_end or m.period_kind != "unknown":
            continue
        same = [b for b in body if b.measure == m.measure and b.role == "total" and 0 <= b.value - m.value <= 0.1 * b.value]
        if same:
            best = min(same, key=lambda b: b.value - m.value)
            m.period_start, m.period_end, m.period_kind = best.period_start, best.period_end, best.period_kind
