"""The nightly crawl against a local fixture site: only-new, changes, faults, kills and locks."""

import csv
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.cli import main
from tests.fixture_site import Site

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture()
def site():
    s = Site().start()
    yield s
    s.stop()


def write_config(tmp: Path, site: Site, delay: float = 0.0) -> Path:
    cfg = tmp / "crawl.toml"
    cfg.write_text(f"""
[crawl]
out = "{tmp / 'out'}"
raw_dir = "{tmp / 'raw'}"
state = "{tmp / 'state.sqlite'}"
user_agent = "vnpress-test"
delay_s = {delay}
timeout_s = 1.0
retries = 1
backoff_s = 0.05
max_bytes = 5_000_000
allow_private = true

[[source]]
name = "baodongkhoi"
outlet = "Báo Đồng Khởi"
province = "Bến Tre"
feeds = ["{site.url('/rss.xml')}"]
sitemaps = ["{site.url('/sitemap.xml')}"]
sections = ["{site.url('/chinh-tri')}"]
""", encoding="utf-8")
    return cfg


def rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f))


def crawl(cfg: Path) -> int:
    return main(["crawl", "--config", str(cfg), "--quiet"])


def test_first_crawl_extracts_every_allowed_article_once(site, tmp_path):
    cfg = write_config(tmp_path, site)
    assert crawl(cfg) == 1  # the fault routes failed, and that is reported
    articles = rows(tmp_path / "out" / "articles.csv")
    urls = sorted(a["url"] for a in articles)
    expected = sorted(site.url(p) for p in site.articles if not p.startswith("/noi-bo/")) + [site.url("/fault/500-roi-200.html")]
    assert urls == sorted(expected)
    assert {a["province"] for a in articles} == {"Bến Tre"} and {a["outlet"] for a in articles} == {"Báo Đồng Khởi"}
    assert site.hits["/noi-bo/bai-an.html"] == 0, "robots.txt is obeyed"
    errors = {e["source"]: e for e in rows(tmp_path / "out" / "errors.csv")}
    assert any("vong-lap" in u for u in errors) and any("qua-lon" in u for u in errors) and any("cham" in u for u in errors)
    assert errors[site.url("/fault/tai-lieu.pdf")]["stage"] == "skipped"
    # The crawl keeps measures, the summary and each article's text too (for export and the evidence view).
    from pipeline.write.texts import read_texts

    assert {t["article_id"] for t in read_texts(tmp_path / "out")} == {a["article_id"] for a in articles}
    measures = rows(tmp_path / "out" / "measures.csv")
    assert measures and {m["article_id"] for m in measures} <= {a["article_id"] for a in articles}
    assert rows(tmp_path / "out" / "summary.csv")


def test_second_crawl_downloads_no_unchanged_body_and_adds_no_rows(site, tmp_path):
    cfg = write_config(tmp_path, site)
    crawl(cfg)
    first = rows(tmp_path / "out" / "facts.csv")
    bodies = sum(site.bodies[p] for p in site.articles)
    crawl(cfg)
    assert sum(site.bodies[p] for p in site.articles) == bodies, "only 304s for unchanged articles"
    assert rows(tmp_path / "out" / "facts.csv") == first


def test_a_changed_article_replaces_its_rows(site, tmp_path):
    cfg = write_config(tmp_path, site)
    crawl(cfg)
    site.change("/chinh-tri/bai-1.html")
    crawl(cfg)
    articles = rows(tmp_path / "out" / "articles.csv")
    url = site.url("/chinh-tri/bai-1.html")
    assert [a["url"] for a in articles].count(url) == 1
    aid = next(a["article_id"] for a in articles if a["url"] == url)
    counts = [int(f["value"]) for f in rows(tmp_path / "out" / "facts.csv") if f["article_id"] == aid and f["kind"] == "model_count"]
    # The headline and the body state 186; the new version adds 20: no old row is left beside the new ones.
    assert sorted(counts) == [20, 186, 186]


def test_run_over_the_crawl_archive_gives_the_same_tables(site, tmp_path):
    cfg = write_config(tmp_path, site)
    crawl(cfg)
    assert main(["run", str(tmp_path / "raw"), "--out", str(tmp_path / "again"), "--quiet"]) in (0, 1)
    assert rows(tmp_path / "again" / "articles.csv") == rows(tmp_path / "out" / "articles.csv")
    assert rows(tmp_path / "again" / "facts.csv") == rows(tmp_path / "out" / "facts.csv")


def _subprocess(cfg: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "pipeline", "crawl", "--config", str(cfg), "--quiet"],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.mark.slow
@pytest.mark.parametrize("after", [0.6, 1.4, 2.2])
def test_a_crawl_killed_mid_run_ends_with_the_rows_of_an_uninterrupted_one(site, tmp_path, after):
    ref = tmp_path / "ref"
    ref.mkdir()
    crawl(write_config(ref, site))
    killed = tmp_path / "killed"
    killed.mkdir()
    cfg = write_config(killed, site, delay=0.15)
    proc = _subprocess(cfg)
    time.sleep(after)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert subprocess.run([sys.executable, "-m", "pipeline", "crawl", "--config", str(cfg), "--quiet"], cwd=ROOT,
                          capture_output=True).returncode in (0, 1)
    def key(rs):
        return sorted(tuple(sorted(r.items())) for r in rs)
    assert key(rows(killed / "out" / "articles.csv")) == key(rows(ref / "out" / "articles.csv"))
    assert key(rows(killed / "out" / "facts.csv")) == key(rows(ref / "out" / "facts.csv"))


@pytest.mark.slow
def test_two_crawls_at_once_never_interleave(site, tmp_path):
    cfg = write_config(tmp_path, site, delay=0.15)
    first = _subprocess(cfg)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and sum(site.hits.values()) == 0:
        time.sleep(0.02)  # the first crawl holds its lock before its first request
    second = subprocess.run([sys.executable, "-m", "pipeline", "crawl", "--config", str(cfg)], cwd=ROOT,
                            capture_output=True, text=True)
    first.wait(timeout=60)
    assert second.returncode == 0 and "another crawl" in second.stderr
    urls = [a["url"] for a in rows(tmp_path / "out" / "articles.csv")]
    assert len(urls) == len(set(urls))


def test_refused_xml_is_recorded_not_fatal(tmp_path):
    from pipeline.crawl.feeds import feed_links
    from pipeline.crawl.sitemaps import sitemap_links
    from pipeline.crawl.xmlsafe import UnsafeXML

    laughs = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">'
              b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;">]><rss><channel><item><link>&lol3;</link></item></channel></rss>')
    xxe = (b'<?xml version="1.0"?><!DOCTYPE u [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
           b'<urlset><url><loc>&x;</loc></url></urlset>')
    with pytest.raises(UnsafeXML):
        feed_links(laughs)
    with pytest.raises(UnsafeXML):
        sitemap_links(xxe, 1_000_000)


def test_a_config_without_sources_is_a_usage_error(tmp_path):
    cfg = tmp_path / "empty.toml"
    cfg.write_text('[crawl]\nout = "x"\n', encoding="utf-8")
    assert main(["crawl", "--config", str(cfg)]) == 2
    assert os.path.exists(cfg)


def test_a_crawl_whose_folders_are_files_says_so_and_exits_2(site, tmp_path, capsys):
    cfg = write_config(tmp_path, site)
    (tmp_path / "out").write_text("not a folder", encoding="utf-8")
    assert main(["crawl", "--config", str(cfg)]) == 2
    assert f"vnpress: {tmp_path / 'out'} is a file, not a folder" in capsys.readouterr().err
    (tmp_path / "out").unlink()
    (tmp_path / "state.sqlite").mkdir()  # the state database's path taken by a folder
    (tmp_path / "state.sqlite" / "x").write_text("", encoding="utf-8")
    assert main(["crawl", "--config", str(cfg), "--quiet"]) == 2
    assert "Traceback" not in capsys.readouterr().err
    (tmp_path / "state.sqlite" / "x").unlink()
    (tmp_path / "state.sqlite").rmdir()
    (tmp_path / "state.sqlite").write_text("notes, not a database " * 100, encoding="utf-8")
    assert main(["crawl", "--config", str(cfg)]) == 2
    err = capsys.readouterr().err
    assert f"cannot use the crawl state {tmp_path / 'state.sqlite'}" in err and "Traceback" not in err
