"""The lines and cells of a table as the readers write it into the text: one table row to a line, its cells between
bars ("| Xã Long Điền | 9 |"), each cell a span of the document's text, its spaces trimmed."""

from __future__ import annotations

import re

Cell = tuple[int, int]  # a cell's span in the text, its spaces trimmed
FIGURE = re.compile(r"\d{1,3}(?:\.\d{3})+|\d+")  # a cell's whole figure ("1.105"), Vietnamese thousands


def line_spans(text: str) -> list[Cell]:
    """Every line of `text` as its span."""
    spans, at = [], 0
    for line in text.split("\n"):
        spans.append((at, at + len(line)))
        at += len(line) + 1
    return spans


def trimmed(text: str, start: int, end: int) -> Cell:
    """The span without the spaces at its ends."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def bar_cells(text: str, start: int, end: int) -> list[Cell]:
    """The cells of a line "| a | b | c |" (or "a | b | c"), edges left empty by the outer bars dropped."""
    cells, at = [], start
    for piece in text[start:end].split("|"):
        cells.append(trimmed(text, at, at + len(piece)))
        at += len(piece) + 1
    while cells and cells[0][0] == cells[0][1]:
        cells.pop(0)
    while cells and cells[-1][0] == cells[-1][1]:
        cells.pop()
    return cells


def opening_line(text: str, lines: list[Cell], i: int) -> str:
    """The last line with words before the table's header at line i (its caption: "Kết quả khen thưởng như sau:")."""
    for start, end in reversed(lines[max(0, i - 3):i]):
        if text[start:end].strip():
            return text[start:end]
    return ""
