"""The HTTP client: retries, limits, robots.txt, and the addresses and schemes it refuses."""

import socket

import httpx
import pytest

from pipeline.read.fetch import Fetcher, FetchRefused, check_address
from tests.fixture_site import Site, local_config


@pytest.fixture(scope="module")
def site():
    s = Site().start()
    yield s
    s.stop()


def test_an_article_is_fetched_with_its_validators(site):
    with Fetcher(local_config()) as f:
        r = f.fetch(site.url("/chinh-tri/bai-1.html"))
    assert r.ok and "Ba Tri" in r.body.decode("utf-8")
    assert r.headers["etag"] and r.headers["last-modified"]


def test_an_unchanged_page_is_not_downloaded_again(site):
    with Fetcher(local_config()) as f:
        first = f.fetch(site.url("/chinh-tri/bai-2.html"))
        before = site.bodies["/chinh-tri/bai-2.html"]
        again = f.fetch(site.url("/chinh-tri/bai-2.html"), etag=first.headers["etag"])
    assert again.not_modified and again.body == b""
    assert site.bodies["/chinh-tri/bai-2.html"] == before


def test_a_500_is_retried_then_succeeds(site):
    with Fetcher(local_config()) as f:
        r = f.fetch(site.url("/fault/500-roi-200.html"))
    assert r.ok and site.hits["/fault/500-roi-200.html"] >= 2


@pytest.mark.parametrize("path, reason", [
    ("/fault/cham.html", "ReadTimeout"),
    ("/fault/vong-lap.html", "redirects"),
    ("/fault/qua-lon.html", "limit"),
    ("/fault/tai-lieu.pdf", "content type application/pdf"),
    ("/noi-bo/bai-an.html", "robots.txt"),
    ("/khong-co.html", "HTTP 404"),
])
def test_faults_are_reported_not_raised(site, path, reason):
    with Fetcher(local_config(retries=0)) as f:
        r = f.fetch(site.url(path))
    assert not r.ok and reason in r.error


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.vn/a", "data:text/html,hi", "gopher://x/"])
def test_only_http_and_https(url):
    with pytest.raises(FetchRefused, match="scheme"):
        check_address(url, allow_private=False)


@pytest.mark.parametrize("url", ["http://127.0.0.1/", "http://localhost:8080/", "http://10.1.2.3/", "http://192.168.1.1/",
                                 "http://169.254.169.254/latest/meta-data", "http://[::1]/"])
def test_private_loopback_and_link_local_addresses_are_refused(url):
    with pytest.raises(FetchRefused, match="private, loopback or link-local"):
        check_address(url, allow_private=False)


def test_a_redirect_into_a_private_address_is_refused(monkeypatch):
    real = socket.getaddrinfo

    def fake(host, *a, **k):
        if host == "tin.example.vn":
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.216.34", 80))]
        return real(host, *a, **k)

    monkeypatch.setattr(socket, "getaddrinfo", fake)

    def handler(request):
        return httpx.Response(302, headers={"Location": "http://127.0.0.1:9/admin"})

    cfg = local_config(allow_private=False, obey_robots=False)
    with Fetcher(cfg, transport=httpx.MockTransport(handler)) as f:
        r = f.fetch("http://tin.example.vn/bai.html")
    assert not r.ok and "127.0.0.1" in r.error


def test_a_gzip_bomb_is_stopped_after_decompression(monkeypatch):
    import gzip

    bomb = gzip.compress(b"\0" * (30 * 1024 * 1024))

    def handler(request):
        return httpx.Response(200, headers={"Content-Type": "text/html", "Content-Encoding": "gzip"}, content=bomb)

    with Fetcher(local_config(obey_robots=False), transport=httpx.MockTransport(handler)) as f:
        r = f.fetch("http://127.0.0.1/bom.html")
    assert not r.ok and "limit" in r.error


def test_a_urls_file_is_fetched_and_read(site, tmp_path):
    import csv

    from pipeline.run.runner import run

    (tmp_path / "danh-sach.urls").write_text(
        f"# bài cần lấy\n{site.url('/chinh-tri/bai-3.html')}\n{site.url('/fault/tai-lieu.pdf')}\n", encoding="utf-8")
    summary = run([str(tmp_path / "danh-sach.urls")], tmp_path / "out", local_config())
    assert (summary.articles, summary.rejected) == (1, 1)
    [art] = list(csv.DictReader(open(tmp_path / "out" / "articles.csv", encoding="utf-8")))
    assert (art["district"], art["province"], art["url"]) == ("Châu Thành", "Bến Tre", site.url("/chinh-tri/bai-3.html"))


def test_a_urls_file_that_names_a_page_twice_gives_one_article(site, tmp_path):
    import csv

    from pipeline.run.runner import run

    page = site.url("/chinh-tri/bai-3.html")
    (tmp_path / "danh-sach.urls").write_text(f"{page}\n{page}#binh-luan\n", encoding="utf-8")
    summary = run([str(tmp_path / "danh-sach.urls")], tmp_path / "out", local_config())
    assert (summary.articles, summary.rejected, summary.repeats, summary.exit_code) == (1, 0, 1, 0)
    [err] = list(csv.DictReader(open(tmp_path / "out" / "errors.csv", encoding="utf-8")))
    assert err["stage"] == "repeat" and err["source"] == f"{page}#binh-luan"


def test_addresses_pasted_without_their_scheme_are_fetched_over_https(tmp_path):
    from pipeline.read.inputs import InputItem
    from pipeline.read.urls import urls_in

    (tmp_path / "dan.urls").write_text("# dán từ trình duyệt\nwww.baonghean.vn/bai-1.html\nbaobinhdinh.vn/viewer.aspx?id=7\n"
                                       "ftp://x.vn/a\nkhông phải địa chỉ\n", encoding="utf-8")
    assert urls_in(InputItem(str(tmp_path / "dan.urls"), "urls")) == [
        "https://www.baonghean.vn/bai-1.html", "https://baobinhdinh.vn/viewer.aspx?id=7", "ftp://x.vn/a",
        "không phải địa chỉ"]
