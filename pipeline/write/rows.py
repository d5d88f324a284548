"""From a resolved Document to its rows in articles.csv and facts.csv."""

from __future__ import annotations

from pipeline.document import Document
from pipeline.schema import names


def _headline_total(doc: Document) -> int | None:
    counts = [f for f in doc.facts if f.kind == "model_count"]
    if not counts:
        return None
    for zone in ("title", "lead"):
        in_zone = [f for f in counts if doc.zone(f.start) == zone]
        if in_zone:
            return max(int(f.value) for f in in_zone)
    return max(int(f.value) for f in counts)


_KIND_OF_MEASURE = {"awardees_collective": "tập thể", "awardees_individual": "cá nhân"}


def _awardees(doc: Document) -> set[tuple[int, str]]:
    """Each stated awardee figure once, as (count, kind), without the parts of a total stated before them (a
    breakdown, "trong đó cấp tỉnh 12 hộ", adds nothing to its total); every figure where attribution did not run."""
    if doc.measures:
        return {(m.value, _KIND_OF_MEASURE[m.measure]) for m in doc.measures
                if m.measure in _KIND_OF_MEASURE and m.role == "total"}
    return {(int(x.value), x.unit) for x in doc.facts if x.kind == "awardee_count"}


def article_row(doc: Document) -> dict:
    """The articles.csv row."""
    f = doc.fields
    awardees = _awardees(doc)
    collectives = sum(v for v, k in awardees if k == "tập thể")
    individuals = sum(v for v, k in awardees if k == "cá nhân")
    campaigns = [x.value for x in doc.facts if x.kind == "campaign"]
    row = {
        "article_id": doc.article_id,
        "source": doc.source,
        "url": doc.url,
        "outlet": doc.outlet,
        "title": doc.title,
        "published_date": f.get("published_date", ""),
        "published_at": f.get("published_at", ""),
        "author": doc.author,
        "province": f.get("province", ""),
        "district": f.get("district", "") if f.get("era") != "2025" else "",
        "district_type": f.get("district_type", "") if f.get("era") != "2025" else "",
        "campaigns": "; ".join(campaigns),
        "model_count_total": _headline_total(doc),
        "awardee_collectives": collectives if any(k == "tập thể" for _, k in awardees) else None,
        "awardee_individuals": individuals if any(k == "cá nhân" for _, k in awardees) else None,
        "district_code": f.get("district_code", "") if f.get("era") != "2025" else "",
        "province_code": f.get("province_code", ""),
        "commune": f.get("commune", ""),
        "commune_type": f.get("commune_type", ""),
        "commune_code": f.get("commune_code", ""),
        "province_2025": f.get("province_2025", ""),
        "duplicate_of": f.get("duplicate_of", ""),
        "era": f.get("era", ""),
        "scope": f.get("scope", ""),
        "place_source": f.get("place_source", ""),
    }
    return {k: row.get(k) for k in names("articles")}


def measure_rows(doc: Document) -> list[dict]:
    """The measures.csv rows (duplicate_of is filled when the run marks near-duplicates)."""
    rows = []
    for m in doc.measures:
        row = {"article_id": doc.article_id, **{k: getattr(m, k) for k in names("measures") if hasattr(m, k)}}
        row["duplicate_of"] = ""
        rows.append(row)
    return rows


def fact_rows(doc: Document) -> list[dict]:
    """The facts.csv rows, in text order."""
    facts = sorted(doc.facts, key=lambda x: (x.start, x.end, x.kind))
    return [x.row(doc.article_id) for x in facts]
