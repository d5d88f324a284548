"""`vnpress bench --json` prints the contract's keys (the figures themselves are for the README)."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
KEYS = {"html_articles_per_s_per_core", "trafilatura_only_per_s_per_core", "ratio_vs_trafilatura",
        "text_articles_per_s_per_core", "peak_rss_mb_small", "peak_rss_mb_large", "dask_speedup_2_workers"}


@pytest.mark.slow
def test_bench_json_has_every_contract_key():
    proc = subprocess.run([sys.executable, "-m", "pipeline", "bench", "--json", "--size", "40"], cwd=ROOT,
                          capture_output=True, text=True, timeout=600, check=True)
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert KEYS <= set(result)
    assert all(result[k] > 0 for k in KEYS)
    # the slowest real article is named, with the rules' time on it (a backtracking pattern shows there)
    assert result["text_article_max_ms"] >= result["text_article_p99_ms"] > 0
    assert result["text_article_slowest"].endswith(".txt")
    # and the slowest of the long lists and flattened tables (pipeline.tools.long_lists), by name
    assert result["long_list_max_ms"] > 0 and result["long_list_slowest"].endswith(".txt")


def test_regex_costs_names_the_costliest_patterns_and_whether_the_engine_can_scan_for_them():
    proc = subprocess.run([sys.executable, str(ROOT / "bench" / "regex_costs.py"), "--repeat", "1", "--top", "5"],
                          cwd=ROOT, capture_output=True, text=True, timeout=600, check=True)
    lines = proc.stdout.strip().splitlines()
    assert "ms an article" in lines[0] and "patterns" in lines[0]
    rows = [line.split() for line in lines[2:]]
    assert len(rows) == 5
    assert all(row[3] in ("literal", "class", "none") for row in rows)
    assert all(row[4].split(":")[0].endswith(".py") for row in rows)  # the line that compiled it
    assert float(rows[0][0]) >= float(rows[-1][0])  # costliest first


def test_gold_places_names_a_ward_the_reform_kept_no_name_for(tmp_path):
    gold = [{"file": "001.txt", "published_date": "2025-09-02", "province": "Nghệ An", "district": None,
             "commune": "Vinh", "commune_type": "phường"},
            {"file": "002.txt", "published_date": "2025-09-02", "province": "Nghệ An", "district": None,
             "commune": "Trường Vinh", "commune_type": "phường"},
            {"file": "003.txt", "published_date": "2019-05-04", "province": "Thừa Thiên Huế", "district": "A Lưới"}]
    (tmp_path / "gold.jsonl").write_text("\n".join(json.dumps(g, ensure_ascii=False) for g in gold), encoding="utf-8")
    script = Path(__file__).parents[3] / "bench" / "gold_places.py"
    out = subprocess.run([sys.executable, str(script), str(tmp_path)], capture_output=True, text=True, check=True,
                         cwd=script.parents[1]).stdout
    assert f"{tmp_path.name}/001.txt: commune 'Vinh' in Nghệ An" in out
    assert "002.txt" not in out and "003.txt" not in out
    assert out.strip().endswith("1 gold place name(s) the gazetteer does not hold")
