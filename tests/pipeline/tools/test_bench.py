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
