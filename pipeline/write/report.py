"""The run's report: DIR/report.html, one self-contained page (Plotly inlined, no CDN) that opens offline.

Articles per month; models and awardees by province and by district; campaigns by frequency; the
facts table with a filter box; and the rejected inputs. Near-duplicate articles (`duplicate_of`)
are counted once. There is no choropleth: no installed package ships Vietnam's province geometry
(vietnamadminunits has centroids only, and Plotly's base maps are fetched from a CDN).
"""

from __future__ import annotations

import argparse
import html
import json
import sys
from pathlib import Path

import pandas as pd
import plotly.express as px
import plotly.io as pio
from plotly.offline import get_plotlyjs

from pipeline.schema import REPEAT_STAGE, TABLES
from pipeline.settings import Settings
from pipeline.write.evidence import article_data, section
from pipeline.write.readback import NotATable, check_header, csv_delimiter, not_utf8

_DTYPES = {"string": "string", "code": "string", "int": "Int64"}




def load(folder: Path, table: str) -> pd.DataFrame:
    """A table with the schema's types (Parquet when present, else CSV)."""
    pq_path, csv_path = folder / f"{table}.parquet", folder / f"{table}.csv"
    if pq_path.exists():
        return pd.read_parquet(pq_path)
    dtypes = {c.name: _DTYPES[c.type] for c in TABLES[table] if c.type in _DTYPES}
    try:
        frame = pd.read_csv(csv_path, sep=csv_delimiter(csv_path), encoding="utf-8-sig", dtype=dtypes,
                            keep_default_na=False, na_values={c: [""] for c in dtypes if dtypes[c] == "Int64"})
    except UnicodeDecodeError:
        raise NotATable(not_utf8(csv_path)) from None
    except (pd.errors.ParserError, ValueError) as e:  # (ValueError: a count column holding text)
        raise NotATable(f"{csv_path} is not a vnpress table: {' '.join(str(e).split())[:200]}") from None
    check_header(csv_path, list(frame.columns), [c.name for c in TABLES[table]])
    return frame


def _chart(fig, title: str) -> str:
    fig.update_layout(title=title, margin={"l": 40, "r": 20, "t": 60, "b": 40}, height=420, template="plotly_white")
    return f'<section class="chart">{pio.to_html(fig, full_html=False, include_plotlyjs=False)}</section>'


def _period_label(row) -> str:
    start, end, kind = row["period_start"], row["period_end"], row["period_kind"]
    if kind == "year":
        return str(start)
    if kind == "range":
        return f"{start}–{end}" if pd.notna(start) else "range"
    if kind == "cumulative":
        return f"{start}→{end}" if pd.notna(start) else f"→{end}" if pd.notna(end) else "to date"
    return "period unknown"


def _summary_charts(summary: pd.DataFrame) -> list[str]:
    """Charts drawn from summary.csv: totals only, syndicated copies once, periods never mixed."""
    if summary.empty:
        return []
    cells = summary.assign(period=summary.apply(_period_label, axis=1),
                           where=summary["place"].fillna("") + " (" + summary["place_level"].fillna("") + ")")
    charts = []
    for measure, title in (("models", "Models"), ("awardees_collective", "Collectives commended"),
                           ("awardees_individual", "Individuals commended")):
        top = cells[cells["measure"] == measure].sort_values("value", ascending=False).head(25)
        if len(top):
            charts.append(_chart(px.bar(top, x="value", y="where", color="period", orientation="h", text="value",
                                        hover_data=["campaign", "articles"], labels={"value": measure, "where": ""}),
                                 f"{title}: the 25 largest figures reported, each for its place and period "
                                 "(totals only; a cell's figure is its latest report)"))
    yearly = cells[(cells["measure"] == "models") & (cells["period_kind"] == "year")
                   & cells["place_level"].isin(["district", "commune"])]
    if len(yearly):
        by_year = yearly.groupby(["period_start", "province_2025"], as_index=False)["value"].sum()
        by_year["year"] = by_year["period_start"].astype(int).astype(str)
        charts.append(_chart(px.bar(by_year, x="year", y="value", color="province_2025", labels={"value": "models"}),
                             "Models reported for single years, summed over districts and communes, by 2025 province"))
    return charts


def build(folder: Path, max_facts: int = 5000) -> str:
    """The report page for the tables in `folder`."""
    arts, facts, errors = load(folder, "articles"), load(folder, "facts"), load(folder, "errors")
    originals = arts[arts["duplicate_of"].fillna("") == ""].copy()
    keep = set(originals["article_id"])
    facts_o = facts[facts["article_id"].isin(keep)]
    charts = []
    dates = pd.to_datetime(originals["published_date"], errors="coerce").dropna()
    if len(dates):
        per_month = dates.dt.to_period("M").astype(str).value_counts().sort_index()
        charts.append(_chart(px.bar(x=per_month.index, y=per_month.values, labels={"x": "tháng", "y": "bài"}),
                             f"Articles per month ({len(dates)} dated of {len(originals)})"))
    if (folder / "summary.csv").exists() or (folder / "summary.parquet").exists():
        charts += _summary_charts(load(folder, "summary"))
    camp = facts_o[facts_o["kind"] == "campaign"].drop_duplicates(["article_id", "value"])["value"].value_counts().head(20)
    if len(camp):
        charts.append(_chart(px.bar(x=camp.values, y=camp.index, orientation="h", labels={"x": "articles", "y": ""}),
                             "Campaigns by frequency"))
    shown = facts_o.head(max_facts)
    cols = ["article_id", "kind", "value", "unit", "qualifier", "evidence"]
    rows = "".join(f'<tr data-aid="{html.escape(str(r.article_id))}" data-start="{int(r.start)}">'
                   + "".join(f"<td>{html.escape(str(v) if pd.notna(v) else '')}</td>" for v in r[:len(cols)]) + "</tr>"
                   for r in shown[cols + ["start"]].itertuples(index=False))
    evidence = section(article_data(folder, shown, set(shown["article_id"])))
    err_rows = "".join("<tr>" + "".join(f"<td>{html.escape(str(v))}</td>" for v in r) + "</tr>"
                       for r in errors.itertuples(index=False))
    kinds = facts_o["kind"].value_counts()
    repeats = int((errors["stage"] == REPEAT_STAGE).sum()) if len(errors) else 0
    summary = (f"{len(arts)} articles ({len(arts) - len(originals)} near-duplicates counted once), "
               f"{len(facts)} facts ({', '.join(f'{k} {v}' for k, v in kinds.items())}), {len(errors) - repeats} rejected "
               f"inputs" + (f", {repeats} repeats read once" if repeats else ""))
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>vnpress report</title>
<script type="text/javascript">{get_plotlyjs()}</script>
<style>body{{font-family:system-ui,sans-serif;margin:24px;max-width:1200px}} table{{border-collapse:collapse;font-size:13px}}
td,th{{border:1px solid #ddd;padding:3px 6px;vertical-align:top}} th{{background:#f3f3f3}} .chart{{margin:16px 0}}
#filter{{width:400px;padding:4px;margin:8px 0}} .scroll{{max-height:480px;overflow:auto}}</style></head><body>
<h1>vnpress report</h1><p id="summary">{html.escape(summary)}</p>
{''.join(charts)}
<h2>Facts</h2><input id="filter" placeholder="filter facts (e.g. model_count, Thoại Sơn, Bằng khen)">
<p>{len(shown)} of {len(facts_o)} facts of original articles shown.</p>
<div class="scroll"><table id="facts"><thead><tr>{''.join(f'<th>{c}</th>' for c in cols)}</tr></thead><tbody>{rows}</tbody></table></div>
{evidence}
<h2>Rejected inputs ({len(errors) - repeats}){f" and repeats read once ({repeats})" if repeats else ""}</h2>
<table id="errors"><thead><tr><th>source</th><th>stage</th><th>reason</th></tr></thead><tbody>{err_rows}</tbody></table>
<script>
document.getElementById('filter').addEventListener('input', function() {{
  var q = this.value.toLowerCase();
  document.querySelectorAll('#facts tbody tr').forEach(function(tr) {{
    tr.style.display = tr.textContent.toLowerCase().indexOf(q) >= 0 ? '' : 'none';
  }});
}});
</script>
<script type="application/json" id="figures">{html.escape(json.dumps({"articles": len(arts), "facts": len(facts)}))}</script>
</body></html>"""


def main(args: argparse.Namespace, cfg: Settings) -> int:
    """`vnpress report --input DIR`."""
    folder = Path(args.input)
    if not (folder / "articles.csv").exists() and not (folder / "articles.parquet").exists():
        print(f"vnpress report: no articles table in {folder}", file=sys.stderr)
        return 2
    page = build(folder, args.max_facts)
    out = folder / "report.html"
    tmp = folder / ".report.html.tmp"
    tmp.write_text(page, encoding="utf-8")
    tmp.replace(out)
    if not args.quiet:
        print(f"wrote {out}", file=sys.stderr)
    return 0
