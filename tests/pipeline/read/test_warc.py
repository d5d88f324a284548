"""WARC input: HTML responses become articles; other records are skipped; damage costs one row."""

import csv
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from pipeline.cli import main

ROOT = Path(__file__).resolve().parents[3]
PAGES = sorted(p for p in (ROOT / "data" / "raw").iterdir() if p.suffix in (".html", ".htm"))


def _write(path: Path, records: list[tuple[str, str, bytes]], gz: bool = True) -> None:
    with open(path, "wb") as f:
        writer = WARCWriter(f, gzip=gz)
        for url, ctype, body in records:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=BytesIO(body), http_headers=headers))


def _rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_html_responses_become_articles_and_other_records_are_skipped(tmp_path):
    records = [(f"https://example.vn/bai-{i}.html", "text/html; charset=utf-8", p.read_bytes()) for i, p in enumerate(PAGES)]
    records.insert(1, ("https://example.vn/logo.png", "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64))
    _write(tmp_path / "crawl.warc.gz", records)
    out = tmp_path / "out"
    assert main(["run", str(tmp_path / "crawl.warc.gz"), "--out", str(out), "--quiet"]) == 0
    articles = _rows(out / "articles.csv")
    assert [a["url"] for a in articles] == [f"https://example.vn/bai-{i}.html" for i in range(len(PAGES))]
    assert {a["district"] for a in articles} >= {"Thoại Sơn", "Hoài Nhơn"}


def test_the_same_pages_give_the_same_facts_from_a_warc_as_from_files(tmp_path):
    page = ROOT / "data" / "raw" / "11_baoangiang_thoai-son.html"
    _write(tmp_path / "one.warc", [("https://baoangiang.com.vn/a.html", "text/html", page.read_bytes())], gz=False)
    main(["run", str(tmp_path / "one.warc"), "--out", str(tmp_path / "w"), "--quiet"])
    main(["run", str(page), "--out", str(tmp_path / "f"), "--quiet"])
    def strip(rows):
        return [{k: v for k, v in r.items() if k != "article_id"} for r in rows]
    assert strip(_rows(tmp_path / "w" / "facts.csv")) == strip(_rows(tmp_path / "f" / "facts.csv"))


def test_a_truncated_archive_keeps_what_was_read_and_reports_the_rest(tmp_path):
    records = [(f"https://example.vn/bai-{i}.html", "text/html", p.read_bytes()) for i, p in enumerate(PAGES)]
    _write(tmp_path / "full.warc.gz", records)
    data = (tmp_path / "full.warc.gz").read_bytes()
    # Cut inside the last record: the first members stay readable.
    (tmp_path / "cut.warc.gz").write_bytes(data[: int(len(data) * 0.8)])
    out = tmp_path / "out"
    assert main(["run", str(tmp_path / "cut.warc.gz"), "--out", str(out), "--quiet"]) == 1
    articles, errors = _rows(out / "articles.csv"), _rows(out / "errors.csv")
    assert 1 <= len(articles) < len(PAGES)
    assert len(errors) == 1 and "truncated or corrupt archive" in errors[0]["reason"]


def test_a_non_article_record_is_one_error_row(tmp_path):
    _write(tmp_path / "x.warc.gz", [("https://example.vn/list.html", "text/html", b"<html><body><a href='/a'>A</a></body></html>"),
                                     ("https://example.vn/ok.html", "text/html", PAGES[0].read_bytes())])
    out = tmp_path / "out"
    assert main(["run", str(tmp_path / "x.warc.gz"), "--out", str(out), "--quiet"]) == 1
    [err] = _rows(out / "errors.csv")
    assert err["source"] == "https://example.vn/list.html" and err["stage"] == "parse"
    assert len(_rows(out / "articles.csv")) == 1


def test_a_record_cut_by_the_crawlers_size_cap_inside_a_letter_is_still_read(tmp_path):
    page = (ROOT / "data" / "raw" / "11_baoangiang_thoai-son.html").read_bytes()
    cut = page.index("ơ".encode(), int(len(page) * 0.8)) + 1  # the cap falls between the two bytes of "ơ"
    _write(tmp_path / "capped.warc.gz", [("https://baoangiang.com.vn/a.html", "text/html", page[:cut])])
    out = tmp_path / "out"
    assert main(["run", str(tmp_path / "capped.warc.gz"), "--out", str(out), "--quiet"]) == 0
    [article] = _rows(out / "articles.csv")
    assert (article["district"], article["province"]) == ("Thoại Sơn", "An Giang")


def _two_captures_of_one_url(tmp_path: Path) -> Path:
    """A WARC holding the same address twice, with another text the second time (a crawl that came back)."""
    first, second = ROOT / "data" / "raw" / "10_baobinhdinh_hoai-nhon.html", ROOT / "data" / "raw" / "11_baoangiang_thoai-son.html"
    _write(tmp_path / "twice.warc.gz", [("https://baomoi.example/bai-viet.html", "text/html", first.read_bytes()),
                                        ("https://baomoi.example/bai-viet.html#binh-luan", "text/html", second.read_bytes())])
    return tmp_path / "twice.warc.gz"


def _districts_by_id(out: Path) -> dict[str, set[str]]:
    by_id: dict[str, set[str]] = {}
    for f in _rows(out / "facts.csv"):
        if f["kind"] == "district":
            by_id.setdefault(f["article_id"], set()).add(f["value"])
    return by_id


def test_two_texts_at_one_address_are_two_articles_that_never_share_an_id(tmp_path):
    out = tmp_path / "out"
    assert main(["run", str(_two_captures_of_one_url(tmp_path)), "--out", str(out), "--quiet"]) == 0
    articles = _rows(out / "articles.csv")
    assert [a["district"] for a in articles] == ["Hoài Nhơn", "Thoại Sơn"]
    assert len({a["article_id"] for a in articles}) == 2
    # each article's facts under its own id: none of one page's places is filed under the other
    assert {aid: ds for aid, ds in _districts_by_id(out).items()} == {
        articles[0]["article_id"]: {"Hoài Nhơn"}, articles[1]["article_id"]: {"Thoại Sơn"}}


def test_an_archive_given_twice_is_read_once_across_batches(tmp_path):
    config = tmp_path / "small-batches.toml"
    config.write_text("[run]\nbatch_size = 1\n", encoding="utf-8")
    warc = _two_captures_of_one_url(tmp_path)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.warc.gz").write_bytes(warc.read_bytes())
    (folder / "b.warc.gz").write_bytes(warc.read_bytes())  # the same archive again, in a batch of its own
    out = tmp_path / "out"
    # (a repeat is recorded, not a failure: the exit status stays 0, as for a crawl archive holding a page twice)
    assert main(["run", str(folder), "--out", str(out), "--quiet", "--config", str(config)]) == 0
    articles = _rows(out / "articles.csv")
    assert [a["district"] for a in articles] == ["Hoài Nhơn", "Thoại Sơn"]
    errors = _rows(out / "errors.csv")
    assert [e["stage"] for e in errors] == ["repeat", "repeat"]
    assert all("same article" in e["reason"] for e in errors)
    assert len(_districts_by_id(out)) == 2


def test_a_page_that_changed_between_two_captures_keeps_both_versions_the_later_marked_a_near_duplicate(tmp_path):
    page = (ROOT / "data" / "raw" / "11_baoangiang_thoai-son.html").read_bytes()
    byline = "<p><strong>HỒNG NHUNG</strong></p>".encode()
    updated = page.replace(byline, "<p>Cập nhật: bài viết đã được bổ sung ảnh.</p>".encode() + byline, 1)
    assert updated != page
    _write(tmp_path / "two-nights.warc.gz", [("https://baoangiang.com.vn/a.html", "text/html", page),
                                             ("https://baoangiang.com.vn/a.html", "text/html", updated)])
    out = tmp_path / "out"
    assert main(["run", str(tmp_path / "two-nights.warc.gz"), "--out", str(out), "--quiet"]) == 0
    first, later = _rows(out / "articles.csv")
    assert first["article_id"] != later["article_id"]
    assert (first["duplicate_of"], later["duplicate_of"]) == ("", first["article_id"])


def test_a_record_with_a_malformed_header_ends_the_archive_with_one_clear_row(tmp_path):
    _write(tmp_path / "a.warc", [("https://example.vn/ok.html", "text/html", PAGES[0].read_bytes())], gz=False)
    # A hand-made response record without WARC-Target-URI, as a broken crawler writes it.
    bad = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 5\r\n\r\nshort\r\n\r\n"
    (tmp_path / "a.warc").write_bytes((tmp_path / "a.warc").read_bytes() + bad)
    out = tmp_path / "out"
    assert main(["run", str(tmp_path / "a.warc"), "--out", str(out), "--quiet"]) == 1
    assert [a["url"] for a in _rows(out / "articles.csv")] == ["https://example.vn/ok.html"]
    [err] = _rows(out / "errors.csv")
    assert err["stage"] == "read" and err["reason"].startswith("truncated or corrupt archive: malformed record header")
