"""Evaluation of attribution: each gold count's place, period and role against measures.csv.

The gold file (tests/data/measures_gold.jsonl) holds, per article, every counted figure with the
place it is about, the period it covers and whether it is a total or a part. A gold count is matched
to the run's measure rows of the same article, measure and value (the best-agreeing one where a
figure is stated twice); a count the run did not attribute at all is wrong on every aspect.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

from pipeline.tools.evaluate import norm, read_gold

MEASURES_KEYS = ("corpus", "file", "measures")

ASPECTS = ("place", "period", "role")


def _agree(gold: dict, row: dict) -> dict[str, bool]:
    def year(v):
        return int(v) if v not in (None, "") else None

    return {
        "place": norm(gold.get("place")) == norm(row.get("place")),
        "period": (gold.get("period_start"), gold.get("period_end"), gold.get("period_kind"))
        == (year(row.get("period_start")), year(row.get("period_end")), row.get("period_kind")),
        "role": gold.get("role") == row.get("role"),
    }


def score_measures(gold_path: str | Path, out: str | Path) -> tuple[dict[str, float], int, list[str]]:
    """(accuracy per aspect, gold counts scored, one line per disagreement) for the articles in OUT."""
    out = Path(out)
    with open(out / "articles.csv", newline="", encoding="utf-8-sig") as f:
        ids = {(Path(r["source"]).parent.name, Path(r["source"]).name): r["article_id"] for r in csv.DictReader(f)}
    rows: dict[str, list[dict]] = defaultdict(list)
    with open(out / "measures.csv", newline="", encoding="utf-8-sig") as f:
        for r in csv.DictReader(f):
            rows[r["article_id"]].append(r)
    correct = dict.fromkeys(ASPECTS, 0)
    total, misses = 0, []
    for rec in read_gold(gold_path, MEASURES_KEYS):
        aid = ids.get((rec["corpus"], rec["file"]))
        if aid is None:
            continue  # an article of another corpus than the one run
        for g in rec["measures"]:
            total += 1
            cands = [r for r in rows[aid] if r["measure"] == g["measure"] and int(r["value"]) == g["value"]]
            best = max((_agree(g, r) for r in cands), key=lambda a: sum(a.values()), default=None)
            for aspect in ASPECTS:
                ok = bool(best and best[aspect])
                correct[aspect] += ok
                if not ok:
                    misses.append(f"{rec['file']} {g['measure']} {g['value']} {aspect}: "
                                  f"gold {_show(g, aspect)}; got {[_show(r, aspect) for r in cands] or 'nothing'}")
    return {a: (correct[a] / total if total else 0.0) for a in ASPECTS}, total, misses


def _show(d: dict, aspect: str) -> str:
    if aspect == "period":
        return f"{d.get('period_start') or ''}-{d.get('period_end') or ''} {d.get('period_kind')}"
    return str(d.get(aspect) or "")
