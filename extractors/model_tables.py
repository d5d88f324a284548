"""Models in a table: a header naming a column of models ("Địa phương, đơn vị | Số mô hình") over rows of units and
their figures ("Xã Long Điền | 9"), as the page reader writes an HTML table (cells between bars). Each figure of a models
column is a count of models (ANNOTATION.md: every absolute count stated, its breakdowns too), the row's label its
qualifier; a table of targets is no count. A table whose caption counts the models ("… công nhận 81 mô hình … Kết quả
cụ thể như sau:") may head its columns by level or year instead ("Lĩnh vực | Cấp huyện | Cấp xã"): those are counts."""

from __future__ import annotations

import re

from extractors.numbers import parse_numeral
from extractors.registry import register
from extractors.table_cells import FIGURE, bar_cells, line_spans, opening_line
from pipeline.document import Document
from pipeline.settings import Settings

# A header cell over counts of models: "Số mô hình", "Mô hình “Dân vận khéo”", "Số lượng điển hình".
_MODELS_COLUMN = re.compile(r"(?:số\s+(?:lượng\s+)?)?(?:mô\s+hình|điển\s+hình)\b[^|]*", re.I)
# Not a count of them: a change, a share or a target ("Tăng so với 2022", "Tỷ lệ (%)", "Chỉ tiêu").
_NOT_A_COUNT = re.compile(r"\b(?:tăng|giảm|so\s+với|tỷ\s+lệ|tỉ\s+lệ|chỉ\s+tiêu|kế\s+hoạch|phấn\s+đấu|dự\s+kiến)\b|%", re.I)

# Where the caption counts the models, columns headed by what divides them: a level, a year or period, a total.
_SPLIT_COLUMN = re.compile(r"(?:tổng\s+(?:số|cộng)|cấp\s+[^\W\d][^|]{0,25}|(?:năm\s+)?(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?"
                           r"|giai\s+đoạn[^|]{0,20}|lũy\s+kế|(?:xây\s+dựng\s+)?mới|số\s+lượng)", re.I)
# The caption's last words count models: "… công nhận tổng số 81 mô hình, …. Kết quả cụ thể như sau:".
_CAPTION_COUNTS = re.compile(r"\d[\d.]*\s+(?:mô\s+hình|điển\s+hình)\b[^|]{0,300}:\s*$", re.I)
_ROW_NUMBER = re.compile(r"s?tt|số\s+tt|số\s+thứ\s+tự", re.I)


def _count_columns(text: str, header: list[tuple[int, int]], caption: str) -> tuple[list[int], int, bool]:
    """The header's columns of model counts, the column of the rows' labels (after a row-number column), and whether
    the columns count models because the caption does (headed by level or year) rather than by their own names."""
    label = 1 if header and _ROW_NUMBER.fullmatch(text, *header[0]) else 0
    named = [n for n, (s, e) in enumerate(header) if n > label and _MODELS_COLUMN.fullmatch(text, s, e)
             and not _NOT_A_COUNT.search(text, s, e)]
    if named or not _CAPTION_COUNTS.search(caption[-400:]):
        return named, label, False
    split = [n for n, (s, e) in enumerate(header) if n > label]
    if len(split) < 2 or not all(_SPLIT_COLUMN.fullmatch(text, *header[n]) for n in split):
        return [], label, False
    return split, label, True


def _cell_text(text: str, cell: tuple[int, int]) -> str:
    return " ".join(text[slice(*cell)].split())[:120]


@register("model_tables", requires=("model_count",), assigns=("model_count",))
def extract_model_tables(doc: Document, cfg: Settings) -> None:
    """model_count facts from the figures of a table's models columns."""
    text = doc.text
    if "|" not in text or "hình" not in text:
        return
    lines = line_spans(text)
    taken = {f.start for f in doc.facts if f.kind == "model_count"}
    i = 0
    while i < len(lines):
        header = bar_cells(text, *lines[i]) if "|" in text[slice(*lines[i])] else []
        caption = opening_line(text, lines, i) if header else ""
        columns, label_at, by_caption = _count_columns(text, header, caption)
        # (a caption that counts the models says so in its last sentences; a change earlier in its paragraph is not
        # the table's)
        if not columns or _NOT_A_COUNT.search(caption[-400:] if by_caption else caption):
            i += 1
            continue
        j = i + 1
        while j < len(lines) and "|" in text[slice(*lines[j])]:
            cells = bar_cells(text, *lines[j])
            if len(cells) == len(header):
                label = _cell_text(text, cells[label_at]) or _cell_text(text, cells[0])
                for n in columns:
                    s, e = cells[n]
                    value = parse_numeral(text[s:e]) if FIGURE.fullmatch(text, s, e) else None
                    if value and s not in taken:
                        doc.add("model_count", int(value), s, e, "rule", unit="mô hình", qualifier=label)
                        taken.add(s)
            j += 1
        i = j
