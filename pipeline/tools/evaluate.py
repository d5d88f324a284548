"""Evaluation against a gold file (shared/corpus/ANNOTATION.md): precision, recall and F1 per field.

The figures are those of shared/tools/score.py on the same tables: articles are matched to gold
records by the base name of their source, values are compared after the same normalisation
(NFC, outer quotes and spaces stripped, case folded, spelling variants of the tone mark and of Đắk
made one), and counts are micro-averaged over the corpus.
"""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

from pipeline.settings import ConfigError
from pipeline.text import TONE_ON_FIRST


def norm(value) -> str:
    """Comparable form of a name: NFC, no outer quotes or spaces, single spaces, case folded, the tone mark of
    oa/oe/uy on its second vowel and "Đắk" as "Đăk" (the guide's spelling variants, as the shared scorer reads them)."""
    s = unicodedata.normalize("NFC", str(value or "")).strip().strip("\"'“”‘’«»").strip()
    s = re.sub(r"\s+", " ", s).casefold()
    s = unicodedata.normalize("NFC", TONE_ON_FIRST.sub(r"\1\3\2", unicodedata.normalize("NFD", s)))
    return re.sub(r"\bđắk\b", "đăk", s)


def _int(value):
    try:
        return int(float(str(value).replace(",", "")))
    except ValueError:
        return None


def _read(path: Path) -> list[dict]:
    with open(path, newline="", encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


def predicted(article: dict | None, facts: list[dict]) -> dict[str, set]:
    """The values one article's rows give for each scored field."""
    a = article or {}
    return {
        "published_date": {(a.get("published_date") or "")[:10]} - {""},
        "district": {norm(a.get("district"))} - {""},
        "province": {norm(a.get("province"))} - {""},
        "campaigns": {norm(f["value"]) for f in facts if f["kind"] == "campaign"},
        "model_counts": {_int(f["value"]) for f in facts if f["kind"] == "model_count"} - {None},
        "awardees": {(_int(f["value"]), norm(f.get("unit"))) for f in facts if f["kind"] == "awardee_count"},
        "commune": {norm(a.get("commune"))} - {""},
    }


def expected(gold: dict) -> dict[str, set]:
    """The values a gold record holds for each scored field."""
    want = {
        "published_date": {gold["published_date"]} - {None},
        "district": {norm(gold["district"])} - {""},
        "province": {norm(gold["province"])} - {""},
        "campaigns": {norm(c) for c in gold["campaigns"]},
        "model_counts": set(gold["model_counts"]),
        "awardees": {(x["count"], norm(x["kind"])) for x in gold["awardees"]},
    }
    if "commune" in gold:
        want["commune"] = {norm(gold["commune"])} - {""}
    return want


GOLD_KEYS = ("file", "published_date", "district", "province", "campaigns", "model_counts", "awardees")


def read_gold(path: str | Path, keys: tuple[str, ...] = GOLD_KEYS) -> list[dict]:
    """The records of a JSON Lines gold file; a ConfigError naming the line for a file that is not one."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigError(f"gold file {path}: {getattr(e, 'strerror', None) or e}") from e
    records = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            raise ConfigError(f"gold file {path}, line {n}: not JSON ({e.msg})") from e
        missing = [k for k in keys if not isinstance(rec, dict) or k not in rec]
        if missing:
            raise ConfigError(f"gold file {path}, line {n}: no {', '.join(missing)}")
        records.append(rec)
    return records


def score(gold_path: str | Path, out_dir: str | Path) -> tuple[dict[str, tuple[float, float, float]], list, int, int]:
    """({field: (P, R, F1)}, misses, gold records, matched) for the tables in out_dir."""
    gold = read_gold(gold_path)
    articles = {Path(a.get("source") or "").name: a for a in _read(Path(out_dir) / "articles.csv")}
    facts = defaultdict(list)
    for f in _read(Path(out_dir) / "facts.csv"):
        facts[f["article_id"]].append(f)
    tally = defaultdict(lambda: [0, 0, 0])
    misses = []
    for g in gold:
        a = articles.get(g["file"])
        pred = predicted(a, facts.get(a["article_id"], []) if a else [])
        for fld, want in expected(g).items():
            got = pred[fld]
            _count(tally[fld], want, got)
            if got != want:
                misses.append((g["file"], fld, sorted(map(str, want - got)), sorted(map(str, got - want))))
    return _scores(tally), misses, len(gold), sum(g["file"] in articles for g in gold)


def _scores(tally: dict[str, list[int]]) -> dict[str, tuple[float, float, float]]:
    """{field: (P, R, F1)} from {field: [agreed, found, expected]}, micro-averaged as the shared scorer does."""
    report = {}
    for fld, (tp, npred, ngold) in tally.items():
        p = tp / npred if npred else (1.0 if not ngold else 0.0)
        r = tp / ngold if ngold else (1.0 if not npred else 0.0)
        report[fld] = (p, r, 2 * p * r / (p + r) if p + r else 0.0)
    return report


def agreement(first: list[dict], second: list[dict]) -> dict[str, tuple[float, float, float]]:
    """{field: (P, R, F1)} of a second annotation of the same articles against the first, pair by pair in order:
    how far two annotators following the guide agree, the ceiling any extractor is scored under."""
    tally = defaultdict(lambda: [0, 0, 0])
    for a, b in zip(first, second, strict=True):
        want, got = expected(a), expected(b)
        for fld in (f for f in want if f in got):  # (commune only where both records hold it)
            _count(tally[fld], want[fld], got[fld])
    return _scores(tally)


def _count(t: list[int], want: set, got: set) -> None:
    """Add one record's field to its tally [agreed, found, expected]."""
    t[0] += len(got & want)
    t[1] += len(got)
    t[2] += len(want)


def format_report(report: dict, n_gold: int, matched: int) -> list[str]:
    """Lines in the scorer's layout."""
    lines = [f"{fld:15s} P={p:.3f} R={r:.3f} F1={f1:.3f}" for fld, (p, r, f1) in report.items()]
    lowest = min((v[2] for v in report.values()), default=1.0)
    lines.append(f"articles={n_gold} matched={matched} lowest_f1={lowest:.3f}")
    return lines
