"""`vnpress report`: one self-contained page with every chart and the run's own figures."""

import json
from pathlib import Path

from pipeline.cli import main

ROOT = Path(__file__).resolve().parents[1]


def test_report_has_every_chart_with_the_runs_figures(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for name in ("05_thach-ha_ngay-thang.txt", "11_baoangiang_thoai-son.html", "01_ba-tri_dan-van-kheo.txt"):
        (inputs / name).write_bytes((ROOT / "data" / "raw" / name).read_bytes())
    (inputs / "broken.html").write_bytes(b"\x00\x01\x02\x03" * 300)
    (inputs / "again").mkdir()  # the same article twice: read once, and said apart from the rejected input
    (inputs / "again" / "05_thach-ha_ngay-thang.txt").write_bytes((ROOT / "data" / "raw" / "05_thach-ha_ngay-thang.txt").read_bytes())
    out = tmp_path / "out"
    main(["run", str(inputs), "--out", str(out), "--quiet"])
    assert main(["report", "--input", str(out), "--quiet"]) == 0
    page = (out / "report.html").read_text(encoding="utf-8")
    for title in ("Articles per month", "Models: the 25 largest figures reported", "Collectives commended",
                  "Models reported for single years", "Campaigns by frequency",
                  "Rejected inputs (1) and repeats read once (1)"):
        assert title in page, title
    # Chart data is JSON inside the page, with non-ASCII letters escaped: Thạch Hà's 2023 figure, with its period.
    assert json.dumps("Thạch Hà (district)")[1:-1] in page and "159" in page
    assert json.dumps("Đồng khởi mới")[1:-1] in page
    assert "broken.html" in page
    assert "<script src=" not in page and 'src="http' not in page, "self-contained: nothing loaded from the web"


def test_report_without_tables_is_a_usage_error(tmp_path):
    assert main(["report", "--input", str(tmp_path)]) == 2


def test_the_evidence_view_highlights_a_clicked_fact_in_a_real_browser(tmp_path):
    import shutil
    import subprocess

    import pytest

    browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if not browser:
        pytest.skip("no Chromium here (apt-get install chromium)")
    out = tmp_path / "out"
    main(["run", str(ROOT / "data" / "raw" / "01_ba-tri_dan-van-kheo.txt"), "--out", str(out), "--quiet"])
    main(["report", "--input", str(out), "--quiet"])
    import csv

    fact = next(r for r in csv.DictReader(open(out / "facts.csv", encoding="utf-8")) if r["kind"] == "awardee_count")
    url = f"file://{out / 'report.html'}#fact={fact['article_id']}:{fact['start']}"  # opens the fact as a click does
    dom = subprocess.run([browser, "--headless=new", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=5000",
                          "--dump-dom", url], capture_output=True, text=True, timeout=120).stdout
    evidence = dom.split('<section id="evidence">', 1)[1].split("</section>", 1)[0]
    focus = evidence.split('id="evidence-focus"', 1)[1][:1500]
    assert fact["value"] in focus and "awardee_count" in focus  # the clicked figure, with its label
    assert "background: #f48fb1" in focus  # drawn in displaCy's span style, in the fact kind's colour
