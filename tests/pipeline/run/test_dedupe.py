"""Near-duplicates: a syndicated copy points at the earlier article; distinct articles do not."""

import csv
from pathlib import Path

from pipeline.cli import main

ROOT = Path(__file__).resolve().parents[3]
PAGE = (ROOT / "data" / "raw" / "11_baoangiang_thoai-son.html").read_text(encoding="utf-8")


def test_two_copies_at_different_urls_give_one_link(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a_baoangiang.html").write_text(PAGE, encoding="utf-8")
    # The same story reprinted by a portal: other furniture, other menu, one more line of credit.
    copy = (PAGE.replace('<div id="menu">', '<div id="menu"><ul><li>Tin tức</li><li>Sự kiện</li></ul>')
                .replace("<strong>HỒNG NHUNG</strong>", "<strong>HỒNG NHUNG</strong> (theo Báo An Giang)")
                .replace("Báo An Giang - 21 Tôn Đức Thắng, Long Xuyên", "Cổng thông tin điện tử huyện Thoại Sơn"))
    (inputs / "b_portal.html").write_text(copy, encoding="utf-8")
    (inputs / "c_other.txt").write_text((ROOT / "data" / "raw" / "01_ba-tri_dan-van-kheo.txt").read_text(encoding="utf-8"),
                                        encoding="utf-8")
    out = tmp_path / "out"
    assert main(["run", str(inputs), "--out", str(out), "--quiet"]) == 0
    rows = {Path(r["source"]).name: r for r in csv.DictReader(open(out / "articles.csv", encoding="utf-8"))}
    assert rows["a_baoangiang.html"]["duplicate_of"] == ""
    assert rows["b_portal.html"]["duplicate_of"] == rows["a_baoangiang.html"]["article_id"]
    assert rows["c_other.txt"]["duplicate_of"] == ""


def test_the_bundled_sample_has_no_duplicates(tmp_path):
    main(["run", str(ROOT / "data" / "raw"), "--out", str(tmp_path), "--quiet"])
    assert all(r["duplicate_of"] == "" for r in csv.DictReader(open(tmp_path / "articles.csv", encoding="utf-8")))
