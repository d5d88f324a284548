"""Hostile and broken inputs: each gives the right facts or exactly one error row; the run goes on."""

import csv
import gzip
import os
import subprocess
import sys
import unicodedata
from io import BytesIO
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

ROOT = Path(__file__).resolve().parents[2]
GOOD = (ROOT / "data" / "raw" / "01_ba-tri_dan-van-kheo.txt").read_text(encoding="utf-8")
SENTENCE = "Huyện Ba Tri xây dựng 186 mô hình Dân vận khéo, khen thưởng 12 tập thể và 20 cá nhân có thành tích xuất sắc."
TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def cp1258(text: str) -> bytes:
    """Windows-1258 bytes: vowel quality precomposed, tones as combining marks (as that code page writes them)."""
    out = []
    for ch in text:
        d = unicodedata.normalize("NFD", ch)
        out.append(unicodedata.normalize("NFC", "".join(c for c in d if c not in TONES)) + "".join(c for c in d if c in TONES))
    return "".join(out).encode("cp1258")


# name -> (bytes, expected: "article" or the error stage)
def bad_files() -> dict[str, tuple[bytes, str]]:
    page = (ROOT / "data" / "raw" / "11_baoangiang_thoai-son.html").read_text(encoding="utf-8")
    body = page.split("<body>")[1]
    bomb = BytesIO()
    w = WARCWriter(bomb, gzip=True)
    w.write_record(w.create_warc_record("https://x.vn/bom.html", "response", payload=BytesIO(b"\0" * (12 * 1024 * 1024)),
                                        http_headers=StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")))
    return {
        "empty.txt": (b"", "parse"),
        "whitespace.txt": (b"  \n\t\n   \r\n", "parse"),
        "binary.html": (os.urandom(4096) + b"\x00" * 16, "decode"),
        "image.txt": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "decode"),
        "nfd.txt": (unicodedata.normalize("NFD", GOOD).encode("utf-8"), "article"),
        "utf16.txt": (GOOD.encode("utf-16"), "article"),
        "utf16-nobom.txt": (GOOD.encode("utf-16-le"), "article"),
        "bom.txt": (b"\xef\xbb\xbf" + GOOD.encode("utf-8"), "article"),
        # a download cut inside a letter ("ệ" is three bytes), and one stray byte in a page's text
        "cut-in-a-letter.txt": (GOOD.encode("utf-8")[:GOOD.encode("utf-8").rindex("ệ".encode()) + 2], "article"),
        "stray-byte.txt": (GOOD.encode("utf-8").replace(b". ", b". \xff", 1), "article"),
        "windows-1258.txt": (cp1258("Ba Tri tổng kết\n\n14/10/2024 - 06:46\n\n" + SENTENCE), "article"),
        "tcvn3.txt": ("Huyªn Ba Tri x©y dùng 186 m« h×nh D©n vËn khÐo, khen th­ëng 12 tËp thÓ vµ 20 c¸ nh©n cã thµnh "
                      "tÝch xuÊt s¾c.".encode("cp1252", errors="replace"), "decode"),
        "vni.txt": ("Huyeän Ba Tri xaây döïng 186 moâ hình Daân vaän kheùo, khen thöôûng 12 taäp theå vaø 20 caù nhaân "
                    "coù thaønh tích xuaát saéc.".encode("cp1252"), "decode"),
        "malformed.html": (("<html><body><div><p>" + body.replace("</p>", "").replace("</div>", "<div>")[:6000]).encode(), "article"),
        "deep.html": (b"<html><body>" + b"<div>" * 300_000 + b"Sau" + b"</div>" * 10 + b"</body></html>", "parse"),
        "listing.html": (("<html><body><h1>Chính trị</h1><ul>" + "".join(
            f'<li><a href="/bai-{i}.html">Tin số {i}</a></li>' for i in range(40)) + "</ul></body></html>").encode(), "parse"),
        "links.txt": (b"https://baonghean.vn/yen-thanh-312-mo-hinh-10278541.html\n"
                      b"https://baonghean.vn/quynh-luu-420-mo-hinh-10278542.html\n", "parse"),  # a URL list as .txt
        "404.html": (b"<html><head><title>404</title></head><body><h1>Kh\xc3\xb4ng t\xc3\xacm th\xe1\xba\xa5y trang</h1></body></html>", "parse"),
        "bomb.warc.gz": (bomb.getvalue(), "read"),
        # one article gzipped, as crawlers and archives keep pages: read like the plain file
        "kept.txt.gz": (gzip.compress(GOOD.encode("utf-8")), "article"),
        "cut.html.gz": (gzip.compress(page.encode("utf-8"))[:-600], "read"),  # a copy that stopped early
        "renamed.txt.gz": (GOOD.encode("utf-8"), "read"),  # not gzip at all
        "bomb.txt.gz": (gzip.compress(b"a" * 25_000_000), "read"),  # 25 MB of text in a 25 kB file
    }


@pytest.fixture(scope="module")
def outcome(tmp_path_factory):
    root = tmp_path_factory.mktemp("bad")
    inputs = root / "in"
    inputs.mkdir()
    for name, (data, _) in bad_files().items():
        (inputs / name).write_bytes(data)
    (inputs / "good.txt").write_text(GOOD, encoding="utf-8")
    big = inputs / "big.txt"
    with open(big, "wb") as f:
        f.truncate(50 * 1024 * 1024)  # a 50 MB file, sparse on disk
    loop = inputs / "loop"
    loop.mkdir()
    os.symlink(loop, loop / "again")  # a folder that contains itself
    os.symlink(inputs / "a-link", inputs / "b-link.txt")
    os.symlink(inputs / "b-link.txt", inputs / "a-link")  # a symlink loop
    proc = subprocess.run([sys.executable, "-m", "pipeline", "run", str(inputs), "--out", str(root / "out")],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    errors = list(csv.DictReader(open(root / "out" / "errors.csv", encoding="utf-8")))
    articles = list(csv.DictReader(open(root / "out" / "articles.csv", encoding="utf-8")))
    return proc, errors, articles


def test_the_run_goes_on_exits_1_and_no_traceback_reaches_the_user(outcome):
    proc, errors, articles = outcome
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr and "Traceback" not in proc.stdout
    assert any(Path(a["source"]).name == "good.txt" for a in articles)


@pytest.mark.parametrize("name, expected", [(n, e) for n, (_, e) in bad_files().items()])
def test_each_bad_input_gets_facts_or_exactly_one_error_row(outcome, name, expected):
    _, errors, articles = outcome
    rows = [e for e in errors if Path(e["source"].split("#")[0]).name == name or e["source"].endswith("/bom.html")
            and name == "bomb.warc.gz"]
    arts = [a for a in articles if Path(a["source"]).name == name]
    if expected == "article":
        assert rows == [] and len(arts) == 1
        assert arts[0]["district"] in ("Ba Tri", "Thoại Sơn")
    else:
        assert len(rows) == 1 and arts == [], rows
        assert rows[0]["stage"] == expected and rows[0]["reason"] and "\n" not in rows[0]["reason"]


def test_a_50_mb_file_is_one_error_row(outcome):
    _, errors, _ = outcome
    [row] = [e for e in errors if e["source"].endswith("big.txt")]
    assert "too large" in row["reason"]


def test_a_gzipped_article_says_why_it_cannot_be_read(outcome):
    _, errors, articles = outcome
    reasons = {Path(e["source"]).name: e["reason"] for e in errors}
    assert "cut short" in reasons["cut.html.gz"]
    assert "not a readable gzip file" in reasons["renamed.txt.gz"]
    assert "too large" in reasons["bomb.txt.gz"] and "20 MB" in reasons["bomb.txt.gz"]
    [kept] = [a for a in articles if a["source"].endswith("kept.txt.gz")]
    [plain] = [a for a in articles if a["source"].endswith("good.txt")]
    same = ("title", "published_date", "province", "district", "model_count_total", "awardee_collectives")
    assert [kept[k] for k in same] == [plain[k] for k in same]


def test_gzip_members_written_one_after_another_are_one_text():
    from pipeline.read.gunzip import gunzip

    assert gunzip(gzip.compress("Huyện Ba Tri ".encode()) + gzip.compress("có 186 mô hình".encode()), 1000).decode() \
        == "Huyện Ba Tri có 186 mô hình"


def test_a_symlink_loop_is_one_error_row_and_a_folder_cycle_is_not_followed(outcome):
    _, errors, _ = outcome
    loops = [e for e in errors if e["source"].endswith(("a-link", "b-link.txt"))]
    assert len(loops) == 1 and "symbolic link" in loops[0]["reason"]


def test_an_unreadable_file_is_one_error_row(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("running as root: file permissions do not stop reading")
    f = tmp_path / "in" / "locked.txt"
    f.parent.mkdir()
    f.write_text(GOOD, encoding="utf-8")
    f.chmod(0)
    from pipeline.cli import main

    assert main(["run", str(f.parent), "--out", str(tmp_path / "out"), "--quiet"]) == 1
    [row] = list(csv.DictReader(open(tmp_path / "out" / "errors.csv", encoding="utf-8")))
    assert "Permission denied" in row["reason"]


def test_windows_1258_gives_the_same_facts_as_unicode(outcome):
    _, _, articles = outcome
    [a] = [a for a in articles if a["source"].endswith("windows-1258.txt")]
    assert (a["district"], a["province"], a["published_date"], a["model_count_total"]) == ("Ba Tri", "Bến Tre", "2024-10-14", "186")


def test_gzip_is_read_only_up_to_the_limit():
    from pipeline.crawl.sitemaps import gunzip_limited
    from pipeline.crawl.xmlsafe import UnsafeXML

    with pytest.raises(UnsafeXML):
        gunzip_limited(gzip.compress(b"<urlset>" + b" " * 5_000_000), limit=1_000_000)


def test_only_gzipped_articles_are_taken_from_a_folder(tmp_path):
    from pipeline.read.inputs import discover

    for name in ("bai.html.gz", "bai.txt.gz", "trang.mhtml.gz", "bang.csv.gz", "ds.urls.gz", "kho.warc.gz"):
        (tmp_path / name).write_bytes(gzip.compress(b"x"))
    items, errors = discover([str(tmp_path)])
    assert sorted((Path(i.source).name, i.kind) for i in items) == [
        ("bai.html.gz", "html"), ("bai.txt.gz", "text"), ("kho.warc.gz", "warc"), ("trang.mhtml.gz", "mhtml")]
    assert errors == []
    _, [named] = discover([str(tmp_path / "bang.csv.gz")])
    assert named.reason == "unsupported file type '.gz'"


def test_a_file_name_that_is_not_utf8_is_read_and_shown_with_its_readable_letters(tmp_path):
    from pipeline.cli import main

    inputs = tmp_path / "in"
    inputs.mkdir()
    # "Bài 1.txt" in Windows-1258, as unzipping an archive made on Windows leaves it
    with open(os.path.join(os.fsencode(inputs), "Bài 1.txt".encode("cp1258")), "wb") as f:
        f.write(GOOD.encode("utf-8"))
    with open(os.path.join(os.fsencode(inputs), "Lỗi.html".encode("cp1258", errors="replace")), "wb") as f:
        f.write(b"\x00\x01\x02\x03" * 300)
    out = tmp_path / "out"
    assert main(["run", str(inputs), "--out", str(out), "--format", "both", "--quiet"]) == 1
    [article] = list(csv.DictReader(open(out / "articles.csv", encoding="utf-8")))
    assert Path(article["source"]).name == "B\ufffdi 1.txt" and article["district"] == "Ba Tri"
    [error] = list(csv.DictReader(open(out / "errors.csv", encoding="utf-8")))
    assert Path(error["source"]).name.endswith(".html") and error["stage"] == "decode"
    import pandas as pd

    assert pd.read_parquet(out / "articles.parquet")["source"].tolist() == [article["source"]]
