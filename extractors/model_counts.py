"""Model counts: every absolute count of models or exemplars (mô hình, điển hình) the article states.

"1.240 mô hình", "165 mô hình, điển hình", "35 mô hình cấp tỉnh", "105/130 mô hình tập thể",
"202 gương điển hình", "ba mô hình"; a model total broken down as bare "(29 tập thể, 26 cá nhân)" is
models too (no award was received). Not counted: changes and margins ("tăng 276 mô hình so với…",
"vượt 03 mô hình"), other things counted in the same sentence, years, ordinals, sizes and money.
"""

from __future__ import annotations

import re

from extractors.counted import (
    clause_bounds,
    counted_numbers,
    is_change,
    is_planned,
    labelled_parts,
    listed_before,
    models_recognised_for,
    share_before,
)
from extractors.registry import register
from pipeline.document import Document
from pipeline.settings import Settings
from pipeline.text import UPPER, scanned_by_first_letters

# (cooperatives too: "22 HTX điển hình tiên tiến", "công nhận 6 hợp tác xã và 3 cá nhân điển hình"; and "cá nhân" misspelt,
# as awardee_kinds reads it: "tư liệu về 125 tập thể, các nhân điển hình tiên tiến")
_KINDS = r"(?:tập\s+thể|cá\s+nhân|các\s+nhân(?!\s+viên)|doanh\s+nghiệp|hộ\s+gia\s+đình|gia\s+đình|đơn\s+vị|tổ\s+chức|hộ|hợp\s+tác\s+xã|HTX)"
MODEL_NOUN = re.compile(
    r"[^\S\n]*(?:lượt\s+|nhóm\s+)?(?P<noun>mô\s+hình(?:\s*,\s*|\s+và\s+|\s*-\s*|\s+)?(?:điển\s+hình)?|(?:gương\s+|tấm\s+gương\s+)?điển\s+hình"
    # ("52 nhóm mô hình điển hình": groups of models are counted as models)
    # ("gương" without "điển hình" is no model, the guide says: "gương người tốt việc tốt", "254 gương “Thanh niên
    # tiên tiến làm theo lời Bác”" are people commended, not exemplars counted)
    r"|gương\s+điển\s+hình"
    # people counted as exemplars: "377 gương mặt điển hình", "70 đại biểu phụ nữ điển hình tiên tiến"
    # ("gần 300 đại diện tiêu biểu, điển hình tiên tiến")
    # ("9 gương nông dân điển hình xuất sắc")
    # ("259 đại biểu - những điển hình tiên tiến": the description set off by a dash)
    r"|(?:gương\s+mặt|gương|đại\s+biểu|đại\s+diện)(?:[\s,–-]+[^\W\d]+){0,2}?[\s,–-]+điển\s+hình"
    # ("hơn 300 đại biểu cán bộ quản lý, giáo viên, học sinh điển hình tiên tiến": who they are, listed; not "300 đại
    # biểu dự Hội nghị điển hình tiên tiến", the event they attend)
    r"|đại\s+biểu(?:\s+là)?(?:[\s,–-]+(?!(?:dự|tham|về|tới|đến|hội|lễ|của|tại|ở|trong|từ|cho|được|đã|là|các|những|đại)\b)[^\W\d]+){3,9}?"
    r"[\s,–-]+điển\s+hình"
    # ("90 đại biểu là các gương điển hình tiên tiến", "90 đại biểu là những hội viên ưu tú, gương điển hình"; not
    # "1.000 đại biểu là lãnh đạo Trung ương, TPHCM cùng các điển hình tiên tiến", guests beside the exemplars)
    r"|đại\s+biểu\s+là\s+(?:các\s+|những\s+)?(?:(?!(?:cùng|và|với|lãnh)\b)[^\W\d]+[\s,]+){0,7}?điển\s+hình"
    # ("40 hội viên thanh niên điển hình", "12 phụ nữ điển hình", "147 công nhân, viên chức điển hình", "19 tấm gương
    # anh hùng, điển hình tiên tiến")
    r"|(?:hội\s+viên|đoàn\s+viên|thanh\s+niên|nông\s+dân|phụ\s+nữ|cựu\s+chiến\s+binh|công\s+nhân|viên\s+chức|cán\s+bộ"
    r"|công\s+chức|người\s+lao\s+động|nhà\s+giáo|giáo\s+viên|tấm\s+gương)(?:[\s,]+(?!trong\s+đó\b|đó\b)[^\W\d]+){0,2}?"
    r"[\s,]+điển\s+hình"  # (not "660 hội viên, trong đó điển hình …": the members, then the model's best)
    # "151 tập thể, cá nhân điển hình": exemplars of both kinds in one figure (never an awardee entry)
    # "346 cá nhân, tập thể, doanh nghiệp điển hình tiên tiến": recipients of several kinds, as exemplars
    # ("30 tập thể, cá nhân phụ nữ điển hình tiên tiến": who they are may come between; not "98 cá nhân, tập thể xuất
    # sắc, điển hình tiên tiến", a list of praise)
    # ("85 cá nhân điển hình tiên tiến", "tuyên dương 10 tập thể điển hình": exemplars of one kind, models whether or not
    # they are honoured too, ANNOTATION.md's "the same figure may stand in both lists")
    rf"|{_KINDS}(?:\s*(?:,|và)\s*{_KINDS}){{0,3}}(?:\s+[^\W\d]+){{0,2}}?\s+(?:gương\s+)?điển\s+hình)"
    # (", điển hình tại / như / là …" is "for example": "thu hút gần 500 hội viên tham gia, điển hình tại các xã …")
    r"(?!(?<=,\sđiển\shình)\s+(?:tại|như|là|ở)\b)",
    re.I,
)
_BREAKDOWN = re.compile(r"[^\S\n]*(?P<noun>tập\s+thể|cá\s+nhân)\b", re.I)
_LEVEL = re.compile(r"\bcấp\s+(tỉnh|huyện|xã|cơ\s+sở|thành\s+phố|trung\s+ương|quận|phường)\b", re.I)
_FIELD = re.compile(r"\b(?:lĩnh\s+vực\s+)?(kinh\s+tế|văn\s+hóa[\s,-]*xã\s+hội|văn\s+hoá[\s,-]*xã\s+hội|quốc\s+phòng[\s,-]*an\s+ninh|"
                    r"an\s+ninh[\s,-]*quốc\s+phòng|xây\s+dựng\s+đảng|nông\s+thôn\s+mới|hệ\s+thống\s+chính\s+trị)\b", re.I)
_YEAR = re.compile(r"\bnăm\s+((?:19|20)\d{2})\b", re.I)
_AWARD_VERB = re.compile(r"khen\s+thưởng|biểu\s+dương|tuyên\s+dương|tặng|trao|vinh\s+danh|bằng\s+khen|giấy\s+khen", re.I)


_WORKS_TOO = re.compile(r"\s*(?:(?:,|và)\s*)?(?:công\s+trình|phần\s+việc|sản\s+phẩm)\b", re.I)
_PHRASE_STOP = re.compile(r"\d|trong\s+đó|bao\s+gồm|gồm")
_CHO_BEFORE = re.compile(r"\bcho\s*$")
_BREAKDOWN_OPENER = re.compile(r"[^.;]{0,80}?(?:\(|trong\s+đó(?:\s+có)?)", re.I)
# "166 điển hình tiên tiến, gồm 23 tập thể và 143 cá nhân", "239 gương điển hình … có 2 tập thể và 237 cá nhân": a
# looser opener, so its parts are taken only where they add up to the total.
_SUMMED_OPENER = re.compile(r"[^.;\d]{0,80}?\b(?:bao\s+)?(?:gồm|có)\s*:?\s*(?=\d)", re.I)
_BARE_PARTS = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{3})+|\d+)\s+(tập\s+thể|cá\s+nhân"  # ("1.921 tập thể")
                         # the bodies a model is (taken only where they add up to the total): "42 mô hình kinh tế tập
                         # thể, gồm 27 tổ hợp tác và 15 hợp tác xã"
                         r"|(?P<body>tổ\s+hợp\s+tác|THT|hợp\s+tác\s+xã|HTX|câu\s+lạc\s+bộ|CLB|tổ\s+tự\s+quản))\b")


def _qualifier(text: str, start: int, end: int, clause: tuple[int, int], approx: str) -> str:
    window = text[start:min(clause[1], end + 80)]
    # The phrase ends where the next figure or a breakdown begins ("186 mô hình, trong đó 42 …").
    stop = _PHRASE_STOP.search(window, end - start)
    if stop:
        window = window[:stop.start()]
    parts = []
    if approx:
        parts.append(approx)
    lv = _LEVEL.search(window)
    if lv:
        parts.append(f"cấp {' '.join(lv.group(1).split())}")
    fd = _FIELD.search(window)
    if fd:
        parts.append(" ".join(fd.group(1).split()))
    yr = _YEAR.search(text[clause[0]:clause[1]])
    if yr:
        parts.append(yr.group(1))
    return "; ".join(parts)


_KIND_FIRST = re.compile(r"(?:tập\s+thể|các?\s+nhân)\b", re.I)
_KIND_FIGURE_BEFORE = re.compile(r"\d[\d.]*\s+(?:tập\s+thể|cá\s+nhân)\s*(?:,|và)\s*(?:(?:hơn|gần|trên|khoảng)\s+)?$", re.I)


# A quota for each unit given as a range, a guess rather than a count: "xây dựng mỗi xã từ 1-2 mô hình", "mỗi xã có ít
# nhất 1-2 mô hình" (one figure stays a target, which counts: "mỗi xã, thị trấn … ít nhất 1 mô hình", SOURCES.md call 9).
_PER_UNIT_BEFORE = re.compile(r"\bmỗi\s+(?:xã|phường|thị\s+trấn|thôn|ấp|bản|huyện|đơn\s+vị|cơ\s+sở|chi\s+hội|chi\s+bộ|chi\s+đoàn"
                              r"|hội|trường|tổ\s+chức|ngành|địa\s+phương|khu\s+dân\s+cư|tổ\s+dân\s+phố|khu\s+phố)\b"
                              r"(?:\s+[^\W\d]+){0,3}?\s+(?:(?:có|ít\s+nhất|xây\s+dựng(?:\s+mới)?|phấn\s+đấu)\s+)*"
                              r"(?:từ\s+|\d+\s*[-–]\s*)(?:\d+\s*[-–]\s*)?$", re.I)


# A goal's slogan in quotes, not a count: mục tiêu phấn đấu “Mỗi cơ sở hội có ít nhất 1 mô hình hoạt động hiệu quả …”.
_QUOTED_QUOTA = re.compile(r"[“\"]\s*[Mm]ỗi\s[^”\"\n]{0,80}$")


@register("model_counts", assigns=("numbers", "model_count"))
def extract_model_counts(doc: Document, cfg: Settings) -> None:
    """model_count facts (unit mô hình or điển hình)."""
    text = doc.text
    seen: set[tuple[int, int]] = set()
    model_spans: list[tuple[int, str]] = []  # (where each count's noun ends, its unit)
    totals: list[tuple[int, int]] = []  # (exact total, where its noun ends)
    for num, noun in counted_numbers(doc, MODEL_NOUN):
        if is_change(text, num, noun.end()) or _WORKS_TOO.match(text, noun.end()) \
                or _PER_UNIT_BEFORE.search(text, max(0, num.start - 60), num.start) \
                or _QUOTED_QUOTA.search(text, max(0, num.start - 90), num.start):
            continue  # ("749 mô hình, công trình chào mừng …": models and works in one figure; "mỗi xã từ 1-2 mô hình")
        if _KIND_FIRST.match(noun.group("noun")) and _KIND_FIGURE_BEFORE.search(text, max(0, num.start - 30), num.start):
            continue  # the second of "18 tập thể và 27 cá nhân điển hình": the coordination decides for both (below)
        sent = doc.sentence_at(num.start)
        clause = clause_bounds(text, num.start, noun.end(), sent)
        unit = "mô hình" if noun.group("noun").lower().startswith("mô") else "điển hình"  # exemplars
        qual = _qualifier(text, num.start, noun.end(), clause, num.approx)
        values = [num.value] + ([num.denominator] if num.denominator is not None else [])
        for i, v in enumerate(values):
            if (num.start, i) in seen:
                continue
            seen.add((num.start, i))
            doc.add("model_count", int(v), num.start, noun.end(), "rule", unit=unit,
                    qualifier=qual if i == 0 else "; ".join(filter(None, ["đăng ký/kế hoạch", qual])))
        for prev in [*listed_before(doc, num), *share_before(doc, num)] if num.denominator is None else ():
            if not any(f.kind == "model_count" and f.start == prev.start for f in doc.facts):
                doc.add("model_count", int(prev.value), prev.start, noun.end(), "rule", unit=unit, qualifier=prev.approx)
        model_spans.append((noun.end(), unit))
        if num.denominator is None and not num.approx:
            totals.append((int(num.value), noun.end()))
    totals += _totals_after_the_noun(doc)
    _breakdowns(doc, model_spans, dict((end, total) for total, end in totals))
    _labelled_parts(doc, totals)
    _elided_items(doc, model_spans)
    _coordinated_exemplars(doc)
    _described_as_exemplars(doc)
    _recognised_for(doc)


_RECEIVE = re.compile("nhận", re.I)  # the prefilter below, without lowercasing every article


def _recognised_for(doc: Document) -> None:
    """"công nhận mô hình “Dân vận khéo” đối với 42 tập thể và 15 cá nhân": whose models were recognised, as models."""
    if not _RECEIVE.search(doc.text):
        return  # (most articles recognise nothing: their figures need no second pass)
    for num, noun in counted_numbers(doc, _BREAKDOWN):
        clause = clause_bounds(doc.text, num.start, noun.end(), doc.sentence_at(num.start))
        if float(num.value).is_integer() and models_recognised_for(doc.text, num.start, clause[0]) \
                and not any(f.kind == "model_count" and f.start == num.start for f in doc.facts):
            doc.add("model_count", int(num.value), num.start, noun.end(), "rule", unit="mô hình",
                    qualifier=" ".join(noun.group("noun").lower().split()))


# "40 tập thể và 55 cá nhân điển hình", "159 tập thể và 62 điển hình", "45 tập thể và 49 cá nhân mô hình tiêu biểu": the
# exemplar or model noun at the end of a coordination of counts describes every figure in it (and counted in "lượt":
# "438 lượt tập thể, 2.160 lượt cá nhân điển hình tiên tiến").
_COORDINATED = re.compile(
    r"(?P<a>\d(?:\d{0,2}(?:\.\d{3})+|\d*))\s+(?:lượt\s+)?(?P<ak>tập\s+thể|các?\s+nhân)\s*(?:,|và)\s*"
    r"(?P<b>\d{1,3}(?:\.\d{3})+|\d+)\s+(?:lượt\s+)?(?P<bk>(?:tập\s+thể|các?\s+nhân)\s+)?(?P<noun>(?:gương\s+)?điển\s+hình|mô\s+hình)", re.I)


# "31 tập thể và 25 cá nhân điển hình tiên tiến được tuyên dương": awarded, so awardees (ANNOTATION.md)
_AWARDED_AFTER = re.compile(r"(?:\s+tiên\s+tiến)?(?:\s+[^\W\d]+){0,2}?\s+(?:đã\s+)?(?:vinh\s+dự\s+)?được\s+(?:tuyên\s+dương"
                            r"|biểu\s+dương|khen\s+thưởng|tặng|trao|nhận|tôn\s+vinh|vinh\s+danh)", re.I)


def _coordinated_exemplars(doc: Document) -> None:
    from extractors.numbers import parse_numeral

    for m in _COORDINATED.finditer(doc.text):
        if m.group("noun").lower().startswith(("mô", "gương")) and not m.group("bk"):
            continue  # ("10 tập thể và 20 mô hình", "14 tập thể và 118 gương điển hình": the second figure's alone)
        if _CHO_BEFORE.search(doc.text, max(0, m.start() - 8), m.start()) or _AWARDED_AFTER.match(doc.text, m.end()):
            continue  # "tặng giấy khen cho 9 tập thể và 3 cá nhân điển hình": recipients of an award, not a count of exemplars
        for g in ("a", "b"):
            if any(f.kind == "model_count" and f.start == m.start(g) for f in doc.facts):
                continue
            value = parse_numeral(m.group(g))
            end = m.end("ak") if g == "a" else m.end()
            if value is not None and float(value).is_integer():
                doc.add("model_count", int(value), m.start(g), end, "rule",
                        unit="mô hình" if m.group("noun").lower().startswith("mô") else "điển hình",
                        qualifier=" ".join((m.group(g + "k") or "").split()))


# People counted first and described as exemplars later in the sentence: "300 đại biểu là đoàn viên, thanh niên
# có thành tích xuất sắc …, là tấm gương điển hình", "299 đại biểu … gồm 132 đại biểu là … và 167 đại biểu là …
# là những điển hình tiêu biểu".
_PEOPLE = re.compile(r"[^\S\n]*(?:đại\s+biểu|cá\s+nhân|tập\s+thể|thanh\s+niên|đoàn\s+viên|hội\s+viên|cựu\s+chiến\s+binh|nhà\s+giáo"
                     r"|doanh\s+nghiệp|hợp\s+tác\s+xã)\b", re.I)
_DESCRIBED = re.compile(r"\b(?:là|được\s+(?:tuyên\s+dương|biểu\s+dương|tôn\s+vinh|vinh\s+danh)(?:\s+là)?"
                        # "450 đại biểu (ưu tú,) đại diện cho các tập thể, cá nhân điển hình tiên tiến": they stand
                        # for the exemplars, as the guide's "đại biểu điển hình"; so do "530 đại biểu tiêu biểu, các điển hình"
                        r"|(?:ưu\s+tú\s*,?\s*)?đại\s+diện(?:\s+cho)?|(?<=biểu\s)tiêu\s+biểu\s*,(?=\s*(?:các|những)\s))\s+"
                        r"(?:những\s+|các\s+)?(?:(?:tập\s+thể|cá\s+nhân)(?:\s*(?:,|và)\s*(?:tập\s+thể|cá\s+nhân))*\s+)?"
                        r"(?:tấm\s+)?(?:gương\s+(?:mặt\s+)?)?điển\s+hình\b", re.I)
_PART_OPENER = re.compile(r"\btrong\s+đó\b", re.I)
_KIND_AND = re.compile(r"\s+(?:tập\s+thể|cá\s+nhân)\s+và\s+", re.I)


def _described_as_exemplars(doc: Document) -> None:
    text = doc.text
    people = counted_numbers(doc, _PEOPLE)
    for num, noun in people:
        if any(f.kind == "model_count" and f.start == num.start for f in doc.facts):
            continue
        sent_end = doc.sentence_at(num.start)[1]
        described = _DESCRIBED.search(text, noun.end(), sent_end)
        if not described:
            continue
        # Figures in between must count the same people (a list, or the parts after "gồm"); after
        # "trong đó" the description is of a part, not of this total.
        inside = [(n, b) for n, b in people if noun.end() <= n.start < described.start()]
        if any(not text[b.end():described.start()].strip() for _, b in inside) \
                and not (len(inside) == 1 and _KIND_AND.fullmatch(text, num.end, inside[0][0].start)):
            continue  # "2 đại biểu khách mời, 11 đại biểu là các điển hình": the description is the 11's own
            # (not "32 tập thể và 09 cá nhân là điển hình": both kinds, one description)
        between = [n for n, _ in inside]
        others = [n for n in doc.numbers if noun.end() <= n.start < described.start() and n.is_count]
        semicolon = text.find(";", noun.end(), described.start())
        if len(others) > len(between) or _PART_OPENER.search(text, noun.end(), described.start()) or (
                semicolon >= 0 and any(n.start > semicolon for n in others)):
            continue  # ("700 doanh nghiệp được đào tạo; 20 doanh nghiệp … là điển hình": another item's)
        if float(num.value).is_integer() and not is_planned(text, num.start, doc.sentence_at(num.start)[0]):
            doc.add("model_count", int(num.value), num.start, noun.end(), "rule", unit="điển hình",
                    qualifier=num.approx)


_TOTAL_AFTER = re.compile(  # (its first letter first, as a class outside re.I: the engine scans for it fast)
    # (what is counted may be described at length, with a year: "Tổng số mô hình “Dân vận khéo” trên địa bàn huyện …
    # tính đến cuối năm 2023 là 150", "… trong 5 năm qua là 215"; no other figure comes between)
    # (or the models themselves, "Các mô hình, điển hình … được biểu dương trong giai đoạn 2021-2025 là 48": then a bare
    # figure closes the clause, checked below)
    r"(?-i:[tTsScCnN])(?<!\w.)(?:(?<=[tT])ổng\s+số\s+(?:lượng\s+)?|(?<=[sS])ố\s+(?:lượng\s+)?|(?P<own>(?<=[cC])ác\s+|(?<=[nN])hững\s+))"
    r"(?P<noun>mô\s+hình|điển\s+hình|gương\s+điển\s+hình)"
    r"(?:[^.;\d\n]|(?<!\d)(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?(?!\d)|(?<!\d)\d{1,2}\s+năm\b"
    r"|(?<!\d)\d{1,2}/\d{1,2}(?:/(?:19|20)\d\d)?(?!\d)){0,200}?"  # ("tính đến ngày 15/12/2022, là 2.387")
    r"(?:\b(?:là|đạt|(?:đã\s+)?lên(?:\s+(?:đến|tới))?|có)\s+|:[^\S\n]*)"
    # ("nâng tổng số mô hình … lên con số 85": the figure called a number)
    r"(?:con\s+số\s+)?(?P<approx>(?:hơn|trên|gần|khoảng)\s+)?(?P<n>\d{1,3}(?:\.\d{3})+|\d+)(?![\d.,]\d|\d)\s*(?!%|/)"
    # (a sum of money, an area or people is no count of models: "… là 150 triệu đồng", "… đạt 38 hộ")
    r"(?!\s*(?:triệu|tỷ|tỉ|nghìn|ngàn|đồng|ha\b|hécta|m2|hộ|người|thành\s+viên|lượt|phần\s+trăm)\b)(?:mô\s+hình)?",
    re.I,
)


# A clause that opens on the models and closes on their bare figure: "Mô hình điểm về dân vận chính quyền … từ năm 2021
# đến nay là 14", "…: mô hình cấp tỉnh được … công nhận: 27; mô hình cấp huyện, thị xã, thành phố: 286"; a result line
# of a list ("- Mô hình “Tuyến phố văn minh”: 14"); a clause after a comma ("Theo Ban Xây dựng Đảng xã, mô hình “Dân vận
# khéo” được công nhận: 14, trải đều …").
_NOUN_OPENS_FIGURE = scanned_by_first_letters(
    "MmĐđ", r"(?:^|(?<=[.;:,]\s)|(?<=^[-–•+*]\s))(?P<noun>[Mm]ô\s+hình|[Đđ]iển\s+hình)(?P<approx>)(?:[^.;:\d\n]|(?<!\d)(?:19|20)\d\d(?!\d)){0,160}?"
    r"(?:\b(?:là|đạt)\s+|:[^\S\n]*)(?P<n>\d{1,3}(?:\.\d{3})+|\d+)(?![\d.,]\d|\d)", re.M)
# (a breakdown in brackets may follow: "- Mô hình “Dân vận khéo” được công nhận: 45 (cấp huyện 11, cấp xã 34);")
_BARE_FIGURE_END = re.compile(r"[^\S\n]*(?:[,.;)(\n]|$|mô\s+hình)", re.I)
# The next level's figure after a total counted at one level: "Số mô hình cấp huyện là 22, cấp xã là 96".
_NEXT_LEVEL_FIGURE = re.compile(r"[^\S\n]*(?:,|;|và)[^\S\n]*cấp[^\S\n]+(?:tỉnh|huyện|xã|cơ\s+sở|thành\s+phố|quận|phường)"
                                r"[^\S\n]*(?:là|:|có)[^\S\n]*(?P<n>\d{1,3}(?:\.\d{3})+|\d+)(?![\d.,]\d|\d)", re.I)


def _totals_after_the_noun(doc: Document) -> list[tuple[int, int]]:
    """"tổng số mô hình trên địa bàn là 150", "Tổng số mô hình …: 150": the figure follows the noun. Returns the exact
    totals with where they end, whose labelled parts may follow ("…: 126 (cấp huyện 24, cấp xã 102)")."""
    from extractors.numbers import parse_numeral

    totals = []
    for m in [*_TOTAL_AFTER.finditer(doc.text), *_NOUN_OPENS_FIGURE.finditer(doc.text)]:
        if any(f.kind == "model_count" and f.start <= m.start("n") < f.end for f in doc.facts):
            continue
        if (m.re is _NOUN_OPENS_FIGURE or m.group("own")) and not _BARE_FIGURE_END.match(doc.text, m.end("n")):
            continue  # ("Các mô hình đã thu hút 96.000 hội viên": the models' members, not their number)
        value = parse_numeral(m.group("n"))
        if value is not None and float(value).is_integer():
            unit = "mô hình" if m.group("noun").lower().startswith("mô") else "điển hình"
            doc.add("model_count", int(value), m.start(), m.end("n"), "rule", unit=unit,
                    qualifier=(m.group("approx") or "").strip().lower())
            if not m.group("approx"):
                totals.append((int(value), m.end()))
            at = m.end("n") if _LEVEL.search(doc.text, m.start(), m.start("n")) else -1
            while at >= 0 and (level := _NEXT_LEVEL_FIGURE.match(doc.text, at)):
                doc.add("model_count", int(level.group("n")), level.start("n"), level.end("n"), "rule", unit=unit)
                at = level.end()
    return totals


def _breakdowns(doc: Document, model_spans: list[tuple[int, str]], totals: dict[int, int]) -> None:
    """'55 mô hình (29 tập thể, 26 cá nhân)': the bare figures right after a model count are models."""
    text = doc.text
    for end, total_unit in model_spans:
        window_end = min(len(text), end + 140)
        tail = text[end:window_end]
        explicit = _BREAKDOWN_OPENER.match(tail)  # "(" or "trong đó": a breakdown whatever its sum
        opener = explicit or _SUMMED_OPENER.match(tail)
        if not opener:
            continue
        seg_start = end + opener.end()
        close = text.find(")", seg_start, window_end)
        seg_end = close if close >= 0 else min(window_end, doc.sentence_at(seg_start)[1])
        segment = text[seg_start:seg_end]
        if _AWARD_VERB.search(segment):
            continue
        parts = list(_BARE_PARTS.finditer(segment))
        if (not explicit or any(m.group("body") for m in parts)) \
                and (len(parts) < 2 or sum(int(m.group(1).replace(".", "")) for m in parts) != totals.get(end)):
            continue
        unit = "mô hình" if explicit else total_unit  # (the looser opener's parts are of the total's kind)
        for m in parts:
            s = seg_start + m.start()
            if any(f.kind == "model_count" and f.start == s for f in doc.facts):
                continue
            doc.add("model_count", int(m.group(1).replace(".", "")), s, seg_start + m.end(), "rule", unit=unit,
                    qualifier=" ".join(m.group(2).split()))


_MODEL_NOUN_AGAIN = re.compile(r"[^\S\n]+mô\s+hình\b", re.I)


def _labelled_parts(doc: Document, totals: list[tuple[int, int]]) -> None:
    """Bare figures after labels, right after a model total, are its parts when they add up to it exactly."""
    for total, end in totals:
        for n, label in labelled_parts(doc, total, end, _MODEL_NOUN_AGAIN):
            if not any(f.kind == "model_count" and f.start == n.start for f in doc.facts):
                doc.add("model_count", int(n.value), n.start, n.end, "rule", unit="mô hình", qualifier=label)


# A list of parts by label that writes the noun for its first item only: "Hội LHPN huyện chủ trì 6 mô hình, Hội Nông dân 5,
# Đoàn Thanh niên 4", "cấp huyện 6 mô hình, cấp xã 15". A label: a level, field or bloc, or a capitalised name (a body, a
# place), with no figure and no verb of its own.
_LEVEL_LABEL = r"(?:cấp|khối|lĩnh\s+vực|ngành)\s+[^\W\d][^\d,;.:()“”\"\n]{0,30}?"
_NAME_LABEL = rf"(?-i:[{UPPER}])[^\d,;.:()“”\"\n]{{0,40}}?"
_FIRST_ITEM_LABEL = re.compile(rf"(?:^|[,;:(]|\btrong\s+đó\b|\bgồm\b)\s*(?P<label>{_LEVEL_LABEL}|{_NAME_LABEL})"
                               r"(?:\s+(?:chủ\s+trì|xây\s+dựng|thực\s+hiện|có|đăng\s+ký|duy\s+trì))?\s+$", re.I)
_ELIDED_ITEM = re.compile(rf"[^\S\n]*(?:“[^”\n]{{1,60}}”[^\S\n]*)?[,;][^\S\n]*(?:và[^\S\n]+)?(?P<label>{_LEVEL_LABEL}|{_NAME_LABEL})"
                          r"[^\S\n]+(?P<n>\d{1,3}(?:\.\d{3})+|\d+)(?=[^\S\n]*(?:[,;.)]|và\b|$))", re.I)
_VERB_IN_LABEL = re.compile(r"\b(?:có|là|đạt|được|với|gồm|tăng|giảm|năm|tháng|ngày|xây\s+dựng|thực\s+hiện)\b", re.I)


def _elided_items(doc: Document, model_spans: list[tuple[int, str]]) -> None:
    """The items after a labelled model count that leave its noun out, each a count of the same unit."""
    text = doc.text
    for end, unit in model_spans:
        num = next((f for f in doc.facts if f.kind == "model_count" and f.end == end), None)
        first = num and _FIRST_ITEM_LABEL.search(text, max(0, num.start - 60), num.start)
        if not first or _VERB_IN_LABEL.search(first.group("label")):
            continue
        items, at = [], end
        while at > num.start and text[at - 1] in " ,;":
            at -= 1  # (the noun's match may take the comma after it)
        while (m := _ELIDED_ITEM.match(text, at)) and not _VERB_IN_LABEL.search(m.group("label")):
            items.append(m)
            at = m.end()
        head = first.group("label").split()[0].lower()
        levels = head in ("cấp", "khối", "ngành") and all(m.group("label").split()[0].lower() == head for m in items)
        if len(items) < (1 if levels else 2):
            continue
        for m in items:
            if not any(f.kind == "model_count" and f.start == m.start("n") for f in doc.facts):
                doc.add("model_count", int(m.group("n").replace(".", "")), m.start("n"), m.end("n"), "rule", unit=unit,
                        qualifier=" ".join(m.group("label").split()))
