"""Awards in a table: a header row naming the two kinds ("Hình thức khen thưởng | Tập thể | Cá nhân") over rows of award
forms and their figures ("Bằng khen của Chủ tịch UBND tỉnh | 7 | 19"), in the three shapes pages and texts give them:
cells between bars (an HTML table as the reader writes it), cells run together by spaces (a table whose tabs were
flattened) and one cell to a line (a table copied from a page cell by cell). A dash is an empty cell."""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.numbers import parse_numeral
from extractors.registry import register
from extractors.table_cells import FIGURE, Cell, bar_cells, line_spans, opening_line, trimmed
from pipeline.document import Document
from pipeline.settings import Settings

_KIND = re.compile(r"(?:số\s+)?(tập\s+thể|cá\s+nhân)", re.I)
# What a row's first cell names: an award or a title held ("Bằng khen của Thủ tướng Chính phủ", "Chiến sĩ thi đua cơ sở").
_AWARD = re.compile(r"\b(?:bằng\s+khen|giấy\s+khen|cờ\s+thi\s+đua|huân\s+chương|huy\s+chương|kỷ\s+niệm\s+chương|chiến\s+s[ĩỹ]\s+thi"
                    r"\s+đua|lao\s+động\s+(?:tiên\s+tiến|xuất\s+sắc)|danh\s+hiệu|thư\s+khen|giấy\s+chứng\s+nhận|anh\s+hùng)\b", re.I)
# The total row, a figure the table states as the others ("Tổng cộng | 30 | 191").
_TOTAL = re.compile(r"\s*(?:tổng\s+(?:cộng|số)|cộng)\s*:?\s*$", re.I)
# A table of proposals or targets, not of grants: said on the line that opens it.
_NOT_GRANTED = re.compile(r"\b(?:đề\s+nghị|trình|xét\s+tặng|dự\s+kiến|chỉ\s+tiêu|kế\s+hoạch|phấn\s+đấu)\b", re.I)
# A header whose cells ran together: "Hình thức khen thưởng Tập thể Cá nhân".
_RUN_HEADER = re.compile(r"(?:[^\d|\n]{0,80}\s)?(?P<a>tập\s+thể|cá\s+nhân)\s+(?P<b>tập\s+thể|cá\s+nhân)\s*", re.I)
# A row whose cells ran together: the label, then one figure or dash per kind.
_RUN_ROW = re.compile(r"(?P<label>[^|\n]*?[^\W\d])\s+(?P<cells>(?:(?:\d{1,3}(?:\.\d{3})+|\d+|[-–—])[^\S\n]*){2})", re.I)
_RUN_CELL = re.compile(r"\d{1,3}(?:\.\d{3})+|\d+|[-–—]")


def _kind(m: re.Match, group: int | str = 1) -> str:
    """The kind a header cell names, as the facts write it ("Tập  thể" → "tập thể")."""
    return " ".join(m.group(group).lower().split())


def _kinds(text: str, cells: list[Cell]) -> list[str]:
    """The kinds a header's cells name after its first, where every one of them names a kind."""
    found = [_KIND.fullmatch(text, *c) for c in cells[1:]]
    if len(found) < 2 or not all(found):
        return []
    return [_kind(m) for m in found]


def _rows(text: str, lines: list[Cell], i: int) -> Iterator[tuple[list[str], list[tuple[Cell, list[Cell]]], int]]:
    """The table whose header opens at line i, as (kinds, rows of label and figure cells, the line after it)."""
    start, end = lines[i]
    if "|" in text[start:end]:
        kinds = _kinds(text, bar_cells(text, start, end))
        rows, j = [], i + 1
        while kinds and j < len(lines) and "|" in text[slice(*lines[j])]:
            cells = bar_cells(text, *lines[j])
            if len(cells) == len(kinds) + 1:
                rows.append((cells[0], cells[1:]))
            j += 1
        if kinds:
            yield kinds, rows, j
        return
    if (head := _RUN_HEADER.fullmatch(text, start, end)) and head.group("a").lower()[0] != head.group("b").lower()[0]:
        kinds = [_kind(head, k) for k in ("a", "b")]
        rows, j = [], i + 1
        while j < len(lines) and (row := _RUN_ROW.fullmatch(text, *lines[j])):
            figures = [(row.start("cells") + c.start(), row.start("cells") + c.end())
                       for c in _RUN_CELL.finditer(row.group("cells"))]
            rows.append((trimmed(text, row.start("label"), row.end("label")), figures))
            j += 1
        yield kinds, rows, j
        return
    # one cell to a line: "Tập thể" and "Cá nhân" on lines of their own, then a label and a figure per kind, in turn
    kinds = []
    while i + len(kinds) < len(lines) and (k := _KIND.fullmatch(text, *trimmed(text, *lines[i + len(kinds)]))):
        kinds.append(_kind(k))
    if len(kinds) < 2 or len(set(kinds)) < len(kinds):
        return
    rows, j = [], i + len(kinds)
    while j + len(kinds) < len(lines):
        label = trimmed(text, *lines[j])
        figures = [trimmed(text, *lines[j + 1 + n]) for n in range(len(kinds))]
        if label[0] == label[1] or _RUN_CELL.fullmatch(text, *label) \
                or not all(_RUN_CELL.fullmatch(text, *f) for f in figures):
            break
        rows.append((label, figures))
        j += 1 + len(kinds)
    yield kinds, rows, j


@register("award_tables", assigns=("awardee_count",))
def extract_award_tables(doc: Document, cfg: Settings) -> None:
    """awardee_count facts from the figures of award tables, each of its column's kind, the row's award its qualifier."""
    text = doc.text
    if "thể" not in text:  # (no header can name the kinds)
        return
    lines = line_spans(text)
    taken = {f.start for f in doc.facts if f.kind == "awardee_count"}
    i = 0
    while i < len(lines):
        table = next(_rows(text, lines, i), None)
        if table is None or not table[1]:
            i += 1
            continue
        kinds, rows, after = table
        if not _NOT_GRANTED.search(opening_line(text, lines, i)):
            for label, figures in rows:
                if not (_AWARD.search(text, *label) or _TOTAL.match(text, *label)):
                    continue  # (a row of something else)
                for kind, (s, e) in zip(kinds, figures, strict=False):
                    if s in taken or not FIGURE.fullmatch(text, s, e):
                        continue  # (a dash is an empty cell)
                    value = parse_numeral(text[s:e])
                    if value:  # (and so is a nought)
                        doc.add("awardee_count", int(value), s, e, "rule", unit=kind,
                                qualifier=" ".join(text[slice(*label)].split())[:120])
                        taken.add(s)
        i = max(after, i + 1)
