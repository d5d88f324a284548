"""`vnpress report`: one self-contained page with every chart and the run's own figures."""

import json
from pathlib import Path

from pipeline.cli import main

ROOT = Path(__file__).resolve().parents[3]


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


def _resave_as_excel(table: Path, encoding: str) -> None:
    """The table as Excel saves it again under a Vietnamese locale: semicolons, and its own encoding."""
    import csv

    with open(table, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    with open(table, "w", encoding=encoding, errors="replace", newline="") as f:
        csv.writer(f, delimiter=";").writerows(rows)


def test_a_report_reads_tables_excel_saved_again_or_says_how_to_save_them(tmp_path, capsys):
    out = tmp_path / "out"
    main(["run", str(ROOT / "data" / "raw"), "--out", str(out), "--quiet"])
    assert main(["report", "--input", str(out), "--quiet"]) == 0
    as_written = (out / "report.html").read_text(encoding="utf-8")
    _resave_as_excel(out / "articles.csv", "utf-8-sig")  # "CSV UTF-8": a byte-order mark, semicolons
    assert main(["report", "--input", str(out), "--quiet"]) == 0
    resaved = (out / "report.html").read_text(encoding="utf-8")
    figures = '<script type="application/json" id="figures">'
    assert resaved.split(figures)[1] == as_written.split(figures)[1]
    assert json.dumps("Thạch Hà (district)")[1:-1] in resaved
    _resave_as_excel(out / "articles.csv", "cp1258")  # plain "CSV": the Windows code page
    assert main(["report", "--input", str(out), "--quiet"]) == 2
    assert 'is not UTF-8: if Excel saved it, save it again as "CSV UTF-8"' in capsys.readouterr().err
    (out / "articles.csv").write_text("Huyện;Số mô hình\nBa Tri;186\n", encoding="utf-8")  # another sheet altogether
    assert main(["report", "--input", str(out), "--quiet"]) == 2
    assert "is not a vnpress table: no column article_id" in capsys.readouterr().err
