"""Awardee parts: the figures that break an awardee total down, each an entry too (ANNOTATION.md: breakdowns
count for awardees as for models, the total and each part).

A sentence that opens with a total already counted, a list of parts line by line after "Trong đó:", the figures
of the same noun that follow a total and add up to it exactly, and the men and women of an individuals' total
("trong đó có 60 nam, 83 nữ"); and beside them, the same title's holders in the next units of a list.
"""

from __future__ import annotations

import bisect
import re

from extractors.counted import counted_numbers, labelled_parts
from extractors.numbers import Number
from pipeline.document import Document
from pipeline.text import scanned_by_first_letters

# A sentence that opens with a total already counted ("Trong số 63 nông dân … có 53 nam và 10 nữ",
# "63 “Nông dân Việt Nam xuất sắc” được chia làm 5 nhóm, gồm … có 13 nông dân; …") breaks it down: each
# part of the same kind is an entry too (ANNOTATION.md: breakdowns count, the total and each part).
# ("Trong 80 nhà giáo, có 28 nhà giáo đang công tác ở vùng khó khăn; 19 nhà giáo là người dân tộc thiểu số")
_TOTAL_OPENER = re.compile(r"\W*(?:trong\s+(?:tổng\s+)?(?:số\s+)?|tổng\s+số\s+)?(?=\d)", re.I)
# (or its honourees named by their kind alone: "Trong số cá nhân được khen có 4 người có uy tín là đồng bào S'tiêng")
_OF_THE_HONOURED = re.compile(r"\W*trong\s+số\s+(?:các\s+|những\s+)?(?P<kind>cá\s+nhân|tập\s+thể)\s+(?:đã\s+)?được\s+"
                              r"(?:khen|tặng|biểu\s+dương|tuyên\s+dương|tôn\s+vinh)[^\d.;]{0,60}?\bcó\s+(?=\d)", re.I)
# A total may open a later clause of a sentence too, after its ";", where "trong số" says so: "… tặng bằng khen cho 30
# tập thể và 45 cá nhân; trong số 30 tập thể có 18 doanh nghiệp và 12 hiệp hội, hợp tác xã".
_CLAUSE_TOTAL = re.compile(r";\s*(?=trong\s+(?:tổng\s+)?số\s+\d)", re.I)


def _opening_stretches(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each sentence, and each of its later clauses that a total opens, to the sentence's end."""
    out = []
    for s0, s1 in sentences:
        out.append((s0, s1))
        out.extend((m.end(), s1) for m in _CLAUSE_TOTAL.finditer(text, s0, s1))
    return out


# "Trong số 7.985 hộ có 41 hộ thu nhập từ 01 tỷ đồng/năm trở lên; …": the titled total split by income, not by title
_BY_INCOME = re.compile(r"\s+(?:có\s+)?(?:mức\s+)?thu\s+nhập\b", re.I)
_GENDER = re.compile(r"[^\S\n]*(?P<noun>nam|nữ)(?!\w)(?!\s+(?:giới|bộ|sinh|thanh|công))", re.I)


def parts_of_totals(doc: Document, counted: list[tuple], proposed: re.Pattern) -> None:
    """Awardee entries for the parts of totals already counted; `counted` holds (figure, kind, noun match)
    for every figure with an awardee noun, `proposed` finds a proposal."""
    totals = {(f.value, f.unit) for f in doc.facts if f.kind == "awardee_count"}
    if not totals:  # (the levels' holders may be no awardees themselves: "120 hội viên đăng ký …, kết quả đạt cấp tỉnh 2, …")
        _level_parts(doc, counted, set(), proposed)
        return
    # Every kind of part below shares one record of the figures already taken, and the figures by sex and the nouns
    # of the figures are found once.
    taken = {f.start for f in doc.facts if f.kind == "awardee_count"}
    genders = [num for num, _ in counted_numbers(doc, _GENDER)]
    numbers_at = {n.start: n for n in doc.numbers}
    noun_of = {num.start: " ".join(noun.group("noun").lower().split()) for num, _, noun in counted}
    _listed_parts(doc, counted, taken)
    _labelled(doc, taken)
    _summed_parts(doc, counted, taken, proposed, noun_of)
    _parts_after_of_which(doc, counted, taken, proposed, numbers_at)
    _gender_parts(doc, genders, taken)
    _elided_parts(doc, counted, taken, proposed)
    _parallel_units(doc, counted, taken, proposed, noun_of)
    _level_parts(doc, counted, taken, proposed)
    text = doc.text
    for s0, s1 in _opening_stretches(text, doc.sentences):
        honoured = _OF_THE_HONOURED.match(text, s0, s1)
        opener = _TOTAL_OPENER.match(text, s0, s1) if not honoured else None
        first = numbers_at.get(opener.end()) if opener else None
        if first is None and not honoured or first is not None and not float(first.value).is_integer() \
                or proposed.search(text, s0, s1):
            continue
        if honoured:  # "Trong số cá nhân được khen có 4 người có uy tín …": parts of the kind honoured, its total unwritten
            kinds, start, below = {" ".join(honoured.group("kind").lower().split())} & {k for _, k in totals}, honoured.end(), None
        else:
            kinds, start, below = {kind for value, kind in totals if value == str(int(first.value))}, first.end, first.value
        if not kinds:
            continue
        parts = [(num, kind) for num, kind, noun in counted if start <= num.start < s1
                 and not _BY_INCOME.match(text, noun.end())]
        parts += [(num, "cá nhân") for num in genders if start <= num.start < s1]
        for num, kind in parts:
            if kind in kinds and num.start not in taken and float(num.value).is_integer() \
                    and (below is None or num.value < below) \
                    and num.denominator is None:  # ("89/94 đồng chí là đảng viên": a share, not a part)
                taken.add(num.start)
                doc.add("awardee_count", int(num.value), num.start, num.end, "rule", unit=kind, qualifier="part")


# A title's holders level by level, each figure after its level and the noun left out: "86 hộ đạt danh hiệu sản xuất
# kinh doanh giỏi các cấp, trong đó cấp tỉnh 6, cấp huyện 30, cấp xã 50", "120 hội viên đăng ký …, kết quả đạt cấp tỉnh
# 2, huyện 30, xã 45". The first level says "cấp"; a sentence of models' levels is the models' own.
_LEVEL = r"(?:trung\s+ương|tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn|cơ\s+sở)"
_LEVELS_OPEN = scanned_by_first_letters("tTkKgG(", rf"(?:trong\s+(?:đó|số\s+đó)|kết\s+quả(?:\s+(?:đạt|có))?|gồm|\()\s*:?\s*cấp\s+"
                                        rf"{_LEVEL}\s*(?::|là|có)?\s*(?=\d)", re.I)
_NEXT_LEVEL = re.compile(rf"\s*(?:,|;|và)\s*(?:cấp\s+)?{_LEVEL}\s*(?::|là|có)?\s*(?=\d)", re.I)
_BARE_FIGURE_ENDS = re.compile(r"\s*(?:[,;.)]|và\b|$)")
_TITLE_REACHED_WORD = re.compile(r"\b(?:đạt|công\s+nhận|danh\s+hiệu|giỏi|khen)\b", re.I)
_MODELS_WORD = re.compile(r"\b(?:mô\s+hình|điển\s+hình)\b", re.I)


def _level_parts(doc: Document, counted: list, taken: set[int], proposed: re.Pattern) -> None:
    """The figures of a title's levels after its holders ("… các cấp, trong đó cấp tỉnh 6, cấp huyện 30"), each an
    entry of the holders' kind where they are no more than the holders."""
    text = doc.text
    openers = list(_LEVELS_OPEN.finditer(text))
    numbers_at = {n.start: n for n in doc.numbers} if openers else {}
    for opens in openers:
        s0, s1 = doc.sentence_at(opens.start())
        before = [(num, kind) for num, kind, _ in counted if s0 <= num.start < opens.start()]
        # (a registration before "kết quả đạt …" is what the levels' holders were reached from, no proposal)
        outcome = opens.group()[:3].lower() == "kết"
        if not before or not _TITLE_REACHED_WORD.search(text, s0, opens.start()) \
                or _MODELS_WORD.search(text, s0, s1) or proposed.search(text, opens.start() if outcome else s0, s1):
            continue
        holders, kind = before[-1]
        parts, at = [], opens.end()
        while (num := numbers_at.get(at)) is not None and num.is_count and num.denominator is None \
                and float(num.value).is_integer() and _BARE_FIGURE_ENDS.match(text, num.end):
            parts.append(num)
            nxt = _NEXT_LEVEL.match(text, num.end)
            if not nxt:
                break
            at = nxt.end()
        if len(parts) < 2 or sum(n.value for n in parts) > holders.value or any(n.start in taken for n in parts):
            continue
        for num in parts:
            taken.add(num.start)
            doc.add("awardee_count", int(num.value), num.start, num.end, "rule", unit=kind, qualifier="part")


def _labelled(doc: Document, taken: set[int]) -> None:
    """The parts of a total by label, bare figures that add up to it exactly: "57 mẹ được phong tặng danh hiệu …
    (huyện Tây Hòa: 19; huyện Phú Hòa: 12; …)"."""
    for fact in [f for f in doc.facts if f.kind == "awardee_count"]:
        for n, label in labelled_parts(doc, int(fact.value), fact.end):
            if n.start not in taken:
                taken.add(n.start)
                doc.add("awardee_count", int(n.value), n.start, n.end, "rule", unit=fact.unit, qualifier=label)


# "100 đồng chí … được vinh danh, nhận giải thưởng Lý Tự Trọng. Trong đó:" and then one line per part
# ("- 29 đồng chí Nữ, 71 đồng chí Nam", "Cán bộ đoàn trong các khối đối tượng có:", "- Khu vực trường học 17 đồng chí").
_LIST_OPENS = re.compile(r"[^\n]{0,120}?(?:trong\s+đó|gồm|bao\s+gồm|cụ\s+thể)(?:\s+có)?\s*:[^\S\n]*(?=\n)", re.I)
_LIST_LINE = re.compile(r"[^\S\n]*(?:[-+•*–][^\n]*|[^\n]{1,80}:)[^\S\n]*(?=\n|$)")


def _listed_parts(doc: Document, counted: list, taken: set[int]) -> None:
    """The parts of an awardee total listed line by line after it ("Trong đó:"), each of the total's kind."""
    text = doc.text
    for total in [f for f in doc.facts if f.kind == "awardee_count" and f.qualifier != "part"]:
        opens = _LIST_OPENS.match(text, total.end)
        if not opens:
            continue
        pos, lines = opens.end() + 1, []
        while line := _LIST_LINE.match(text, pos):
            lines.append((line.start(), line.end()))
            pos = line.end() + 1
        for num, kind, noun in counted:
            if kind == total.unit and num.start not in taken and any(a <= num.start < b for a, b in lines) \
                    and float(num.value).is_integer() and num.value < float(total.value) and num.denominator is None:
                taken.add(num.start)
                doc.add("awardee_count", int(num.value), num.start, noun.end(), "rule", unit=kind, qualifier="part")


_PARTS_OPENER = re.compile(r"[^.;\n]{0,80}?;?\s*trong\s+(?:đó|số\s+đó)(?:\s+có)?\s*:?\s*(?=\d)", re.I)
# The parts may open the next sentence, a level naming each before its figure ("…, tăng hơn 2.300 hộ so với năm 2017.
# Trong đó cấp Trung ương là 307 hộ, cấp tỉnh trên 3.500 hộ …"); one part so named is a part too ("trong đó cấp tỉnh 215 hộ").
# ("Tuyên dương 120 học sinh … Trong số này có 64 em …, 30 em …": "số này" as "số đó")
_NEXT_PARTS_OPENER = re.compile(r"(?:[^.;\n]|\.(?=\d)){0,160}?(?:[.;]\s*)?\s*trong\s+(?:đó|số\s+(?:đó|này))(?:\s+có)?\s*[:,]?"
                                r"(?P<label>[^.;\d\n]{0,30}?)(?=\d)", re.I)
_LEVEL_NAMED = re.compile(r"\bcấp\b", re.I)


def _parts_after_of_which(doc: Document, counted: list, taken: set[int], proposed: re.Pattern,
                          numbers_at: dict[int, Number]) -> None:
    """"hơn 7.300 hộ đạt tiêu chuẩn …; trong đó có 73 hộ cấp Trung ương, 448 hộ cấp tỉnh và 5.223 hộ cấp cơ sở": the
    figures of the total's kind after "trong đó" in its sentence are its parts where they fit in it (the total may be
    rounded: "hơn" lets the parts pass it by a tenth)."""
    text = doc.text
    for total in [f for f in doc.facts if f.kind == "awardee_count" and f.qualifier != "part"]:
        opens = _NEXT_PARTS_OPENER.match(text, total.end)
        if not opens:
            continue
        sent_end = doc.sentence_at(opens.end())[1]
        if proposed.search(text, opens.end(), sent_end):
            continue
        parts = [(num, found) for num, kind, found in counted
                 if opens.end() <= num.start < sent_end and kind == total.unit and float(num.value).is_integer()
                 and num.denominator is None]
        value = float(total.value)
        figure = numbers_at.get(total.start)
        room = value * 1.1 if figure is not None and figure.approx in ("hơn", "trên") else value
        levelled = _LEVEL_NAMED.search(opens.group("label"))
        # (times, level by level, may add up past their total: "35.990 lượt hộ …, trong đó, cấp Trung ương là 16 hộ, …
        # và cấp cơ sở là 27.612 lượt hộ", a household counted at each level it reached)
        turns = levelled and "lượt" in text[total.start:total.end].casefold()
        if not parts or len(parts) == 1 and not levelled \
                or any(num.start in taken or num.value >= value for num, _ in parts) \
                or sum(num.value for num, _ in parts) > room and not turns:
            continue
        for num, found in parts:
            taken.add(num.start)
            doc.add("awardee_count", int(num.value), num.start, found.end(), "rule", unit=total.unit, qualifier="part")


def _gender_parts(doc: Document, genders: list, taken: set[int]) -> None:
    """"gồm 143 em học sinh …; trong đó có 60 nam, 83 nữ": the men and women of an individuals' total."""
    text = doc.text
    for total in [f for f in doc.facts if f.kind == "awardee_count" and f.unit == "cá nhân" and f.qualifier != "part"]:
        opens = _PARTS_OPENER.match(text, total.end)
        if not opens:
            continue
        sent_end = doc.sentence_at(total.start)[1]
        parts = [num for num in genders if opens.end() <= num.start < min(sent_end, opens.end() + 40)]
        if len(parts) == 2 and sum(p.value for p in parts) <= float(total.value):
            for num in parts:
                if num.start not in taken:
                    taken.add(num.start)
                    doc.add("awardee_count", int(num.value), num.start, num.end, "rule", unit="cá nhân", qualifier="part")


_SUM_WINDOW = 1500  # characters after a total in which its parts are looked for


def _summed_parts(doc: Document, counted: list, taken: set[int], proposed: re.Pattern,
                  noun_of: dict[int, str]) -> None:
    """"chọn ra 100 nông dân xuất sắc … Cụ thể, lĩnh vực trồng trọt có 14 nông dân. … chăn nuôi có 12 nông dân …":
    the figures of the total's own noun that follow it, in order, and add up to it exactly are its parts."""
    for total in [f for f in doc.facts if f.kind == "awardee_count" and f.qualifier != "part"]:
        noun = noun_of.get(total.start)
        if noun is None:
            continue
        run, left = [], float(total.value)
        for num, kind, found in counted:
            if not total.end <= num.start < total.end + _SUM_WINDOW or kind != total.unit:
                continue
            if noun_of[num.start] != noun or num.start in taken or num.value == float(total.value) \
                    or not float(num.value).is_integer() or num.denominator is not None \
                    or _BY_INCOME.match(doc.text, found.end()):
                continue  # (the total said again, "Trong số 100 nông dân …", is no part of it)
            run.append((num, found))
            left -= num.value
            if left <= 0:
                break
        # ("Trong đó, 7 hộ được đề nghị công nhận … cấp Trung ương, 48 hộ cấp tỉnh …": parts proposed, not held)
        if left == 0 and len(run) >= 2 and not any(proposed.search(doc.text, *doc.sentence_at(num.start)) for num, _ in run):
            for num, found in run:
                taken.add(num.start)
                doc.add("awardee_count", int(num.value), num.start, found.end(), "rule", unit=total.unit, qualifier="part")


# "… tặng Bằng khen … cho 200 nhà giáo, cán bộ quản lý giáo dục. Theo đó, giáo dục Mầm non có 32; giáo dục Tiểu học
# có 38; … có 12 giáo viên, cán bộ quản lý giáo dục. Riêng giáo dục Đại học có 43 giảng viên …": a breakdown that
# leaves the total's noun out, its figures adding up to the total exactly.
_BREAKDOWN_OPENS = re.compile(r"\s*(?:theo\s+đó|trong\s+đó|cụ\s+thể)\b", re.I)
_HAS_BEFORE = re.compile(r"(?:\bcó|\blà|:)\s*$", re.I)
_ALONE_AFTER = re.compile(r"\s*(?:[;,.]|và\b|$)")
_BREAKDOWN_SENTENCES = 3


def _elided_parts(doc: Document, counted: list, taken: set[int], proposed: re.Pattern) -> None:
    """The figures of the sentences after a total ("Theo đó, … có 32; … có 38; …") that stand alone or with a noun of
    the total's kind and add up to it exactly (three parts at least), each an entry of the total's kind."""
    text = doc.text
    noun_of = {num.start: (kind, noun.end()) for num, kind, noun in counted}
    for total in [f for f in doc.facts if f.kind == "awardee_count" and f.qualifier != "part"]:
        after = doc.sentences_from(total.end, _BREAKDOWN_SENTENCES)
        if not after or not _BREAKDOWN_OPENS.match(text, after[0][0]) or any(proposed.search(text, *s) for s in after):
            continue
        run, left = [], float(total.value)
        for num in doc.numbers[bisect.bisect_left(doc.numbers, after[0][0], key=lambda n: n.start):]:
            if left <= 0 or num.start >= after[-1][1]:
                break
            if not num.is_count or num.denominator is not None \
                    or not _HAS_BEFORE.search(text, max(0, num.start - 8), num.start):
                continue
            kind, end = noun_of.get(num.start, (None, num.end))
            if kind is None and not _ALONE_AFTER.match(text, num.end) or kind not in (None, total.unit):
                continue
            run.append((num, end))
            left -= num.value
        if left == 0 and len(run) >= 3 and not any(num.start in taken for num, _ in run):
            for num, end in run:
                taken.add(num.start)
                doc.add("awardee_count", int(num.value), num.start, end, "rule", unit=total.unit, qualifier="part")


# "thôn Đông có 244 gia đình đạt gia đình văn hóa, đạt 86,5%; thôn Trung là 224 gia đình, đạt 86%; … và khu phố 3 là
# 197 gia đình": unit after unit in one sentence, the title said once, for the first.
_UNIT_WORD = (r"(?:thôn|ấp|bản|buôn|xóm|khóm|khu\s+phố|khối\s+phố|tổ\s+dân\s+phố|khu\s+dân\s+cư|xã|phường|thị\s+trấn"
              r"|huyện|quận|thị\s+xã|thành\s+phố)")
_UNIT_LABEL = r"(?P<label>\d+|[^\W\d_][^\s\d;,.]*(?:\s+[^\W\d_][^\s\d;,.]*){0,3}?)\s+(?:có|là)\s+$"
_FIRST_UNIT_BEFORE = re.compile(rf"\b{_UNIT_WORD}\s+{_UNIT_LABEL}", re.I)
_ITEM_ENDS = re.compile(r"\s*(?:[;,.(]|và\b|$)")
_NEXT_UNIT_BEFORE = re.compile(rf"(?:[;,]\s*(?:và\s+)?|\s+và\s+){_UNIT_WORD}\s+{_UNIT_LABEL}", re.I)


def _named_unit(m: re.Match | None) -> bool:
    return bool(m) and all(w[0].isupper() or w.isdigit() for w in m.group("label").split())


def _parallel_units(doc: Document, counted: list, taken: set[int], proposed: re.Pattern,
                    noun_of: dict[int, str]) -> None:
    """After "<unit> có N <noun> đạt …", each "; <unit> là M <noun>" of the sentence counts M of the same title."""
    text = doc.text
    for first in [f for f in doc.facts if f.kind == "awardee_count" and f.qualifier != "part" and f.start in noun_of]:
        s1 = doc.sentence_at(first.start)[1]
        if not _named_unit(_FIRST_UNIT_BEFORE.search(text, max(0, first.start - 50), first.start)):
            continue
        for num, kind, found in counted:
            if not first.end <= num.start < s1 or num.start in taken or kind != first.unit \
                    or noun_of[num.start] != noun_of[first.start] or num.denominator is not None \
                    or not float(num.value).is_integer():
                continue
            if proposed.search(text, first.end, num.start):
                break
            if _named_unit(_NEXT_UNIT_BEFORE.search(text, max(first.end, num.start - 50), num.start)) \
                    and _ITEM_ENDS.match(text, found.end()):
                taken.add(num.start)
                doc.add("awardee_count", int(num.value), num.start, found.end(), "rule", unit=kind,
                        qualifier=first.qualifier)
            else:
                break  # ("xã B có 876 hộ nghèo": another count, and the list of the title's holders ends)
