"""summary.csv: the analysts' cube, built from the measures as the run writes them.

A cell is province_2025 × place × period × campaign × measure. Only totals enter it (a part is a
breakdown of a total: adding both would count twice), a syndicated copy's measures are skipped (its
`duplicate_of` names the original), and a period is part of the cell, so a yearly figure and a
five-year cumulative one are never added together. Several articles reporting the same cell report
the same quantity (a district's 2023 count, told again a month later): the cell keeps the most recent
article's figure, the smallest and largest reported, and which articles support it. Within one
article the largest total stated for a cell stands for it. Adding up cells (districts into their
province, say) is the analyst's step, over cells of the same period.
"""

from __future__ import annotations

_CELL = ("province_2025", "place", "place_level", "place_code", "period_start", "period_end", "period_kind",
         "campaign", "measure")


class SummaryBuilder:
    """Collects measure rows (in any order) and yields the summary rows."""

    def __init__(self) -> None:
        # cell -> article_id -> (published_date, value)
        self.cells: dict[tuple, dict[str, tuple[str, int]]] = {}

    def add(self, measure: dict, published_date: str) -> None:
        """Take one measures.csv row into its cell (totals of original articles only)."""
        if measure.get("role") != "total" or measure.get("duplicate_of"):
            return
        key = tuple("" if measure.get(c) is None else measure.get(c) for c in _CELL)
        by_article = self.cells.setdefault(key, {})
        aid = measure["article_id"]
        value = int(measure["value"])
        old = by_article.get(aid)
        if old is None or value > old[1]:
            by_article[aid] = (published_date or "", value)

    def rows(self) -> list[dict]:
        """The summary rows, one per cell, in a stable order."""
        out = []
        for key in sorted(self.cells, key=lambda k: tuple(str(x) for x in k)):
            reports = self.cells[key]
            latest = max(reports.items(), key=lambda kv: (kv[1][0], kv[1][1]))
            values = [v for _, v in reports.values()]
            out.append({**dict(zip(_CELL, key, strict=True)), "value": latest[1][1], "value_min": min(values),
                        "value_max": max(values), "articles": len(reports), "article_ids": " ".join(sorted(reports))})
        return out
