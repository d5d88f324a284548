"""A provincial paper's web site on 127.0.0.1, started by the tests themselves.

It serves an RSS feed, a sitemap index with a gzip child, two paginated section pages, article pages
in a provincial paper's layout (with ETag and Last-Modified), a robots.txt that disallows /noi-bo/,
and fault routes: 500-then-200, a hang past the client's timeout, a redirect loop, a 20 MB body and a
PDF. It counts the requests and the bodies it sends for each path, so tests can see what was fetched.
"""

from __future__ import annotations

import gzip
import hashlib
import threading
import time
from collections import Counter
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

DISTRICTS = [("Ba Tri", 186, 12, 20), ("Thạnh Phú", 271, 9, 14), ("Châu Thành", 342, 15, 22),
             ("Giồng Trôm", 158, 7, 11), ("Mỏ Cày Nam", 203, 10, 16)]


def article_html(slug: str, district: str, models: int, collectives: int, individuals: int, version: int = 1) -> str:
    """An article page in the layout of a provincial party paper."""
    extra = "" if version == 1 else f"<p>Cập nhật: huyện đăng ký thêm {version * 10} mô hình cấp huyện.</p>"
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>{district}: Xây dựng {models} mô hình “Dân vận khéo” - Báo Đồng Khởi</title>
<meta property="og:site_name" content="Báo Đồng Khởi"></head><body>
<nav><a href="/">Trang chủ</a> <a href="/chinh-tri">Chính trị</a> <a href="/xa-hoi">Xã hội</a></nav>
<article><h1>{district}: Xây dựng {models} mô hình “Dân vận khéo”</h1>
<div class="post-date">14/10/2024 - 06:46</div>
<p>BDK - Ngày 12/10, Ban Dân vận Huyện ủy {district} tổ chức hội nghị sơ kết 3 năm thực hiện phong trào thi đua
“Dân vận khéo” giai đoạn 2021 – 2025 trên địa bàn huyện {district}.</p>
<p>Qua 3 năm thực hiện, toàn huyện đã xây dựng được {models} mô hình “Dân vận khéo” trên các lĩnh vực kinh tế,
văn hóa - xã hội, quốc phòng - an ninh và xây dựng hệ thống chính trị.</p>{extra}
<p>Dịp này, UBND huyện {district} tặng Giấy khen cho {collectives} tập thể và {individuals} cá nhân có thành tích
xuất sắc trong phong trào thi đua “Dân vận khéo”.</p><p>Thanh Tâm</p></article>
<aside><h3>Tin liên quan</h3><a href="/chinh-tri/{slug}">{district}</a></aside>
<footer>Báo Đồng Khởi - Cơ quan của Đảng bộ tỉnh Bến Tre</footer></body></html>"""


class Site:
    """The fixture site: start() it, use .url(path), stop() it; .hits and .bodies count traffic."""

    def __init__(self) -> None:
        self.articles: dict[str, tuple] = {}
        self.versions: Counter = Counter()
        for i, (d, m, c, n) in enumerate(DISTRICTS):
            self.articles[f"/chinh-tri/bai-{i + 1}.html"] = (f"bai-{i + 1}", d, m, c, n)
        self.articles["/noi-bo/bai-an.html"] = ("bai-an", "Ba Tri", 999, 1, 1)  # disallowed by robots.txt
        self.hits: Counter = Counter()
        self.bodies: Counter = Counter()
        self.flaky_failures: Counter = Counter()
        self.lock = threading.Lock()
        self.server: ThreadingHTTPServer | None = None

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}{path}"

    def change(self, path: str) -> None:
        """Publish a new version of an article (new body, new ETag)."""
        self.versions[path] += 1

    def page(self, path: str) -> bytes:
        slug, d, m, c, n = self.articles[path]
        return article_html(slug, d, m, c, n, self.versions[path] + 1).encode("utf-8")

    def start(self) -> Site:
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:  # keep test output quiet
                pass

            def send(self, status: int, body: bytes, ctype: str = "text/html; charset=utf-8", headers=None):
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                if body:
                    with site.lock:  # counted before sending: the client may read the count as soon as it has the body
                        site.bodies[self.path] += 1
                    self.wfile.write(body)

            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                with site.lock:
                    site.hits[self.path] += 1
                p = self.path
                if p == "/robots.txt":
                    return self.send(200, b"User-agent: *\nDisallow: /noi-bo/\n", "text/plain")
                if p == "/rss.xml":
                    items = "".join(f"<item><title>{a[1]}</title><link>{site.url(k)}?utm_source=rss#top</link></item>"
                                    for k, a in list(site.articles.items())[:3])
                    items += f"<item><title>PDF</title><link>{site.url('/fault/tai-lieu.pdf')}</link></item>"
                    return self.send(200, f'<?xml version="1.0"?><rss version="2.0"><channel>{items}</channel></rss>'.encode(),
                                     "application/rss+xml")
                if p == "/sitemap.xml":
                    body = (f'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                            f'<sitemap><loc>{site.url("/sitemap-bai.xml.gz")}</loc></sitemap></sitemapindex>').encode()
                    return self.send(200, body, "application/xml")
                if p == "/sitemap-bai.xml.gz":
                    urls = "".join(f"<url><loc>{site.url(k)}</loc></url>" for k in list(site.articles)[2:])
                    urls += f"<url><loc>{site.url('/fault/500-roi-200.html')}</loc></url>"
                    xml = f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
                    return self.send(200, gzip.compress(xml.encode()), "application/x-gzip")
                if p in ("/chinh-tri", "/chinh-tri?page=2"):
                    keys = list(site.articles)[:3] if p == "/chinh-tri" else list(site.articles)[3:5]
                    links = "".join(f'<li><a href="{k}">{site.articles[k][1]}</a></li>' for k in keys)
                    more = '<a class="next" href="/chinh-tri?page=2">Trang sau</a>' if p == "/chinh-tri" else ""
                    links += '<li><a href="/fault/vong-lap.html">Vòng lặp</a></li><li><a href="/fault/cham.html">Chậm</a></li>'
                    links += '<li><a href="/fault/qua-lon.html">Lớn</a></li>'
                    return self.send(200, f"<html><body><ul>{links}</ul>{more}</body></html>".encode())
                if p.split("?")[0] in site.articles:
                    path = p.split("?")[0]
                    body = site.page(path)
                    etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
                    modified = formatdate(1_700_000_000 + 86400 * site.versions[path], usegmt=True)
                    if self.headers.get("If-None-Match") == etag:
                        return self.send(304, b"", headers={"ETag": etag})
                    return self.send(200, body, headers={"ETag": etag, "Last-Modified": modified})
                if p == "/fault/500-roi-200.html":
                    with site.lock:
                        site.flaky_failures[p] += 1
                        first = site.flaky_failures[p] == 1
                    if first:
                        return self.send(500, b"loi may chu")
                    return self.send(200, article_html("flaky", "Chợ Lách", 88, 3, 4).encode())
                if p == "/fault/cham.html":
                    time.sleep(3)
                    return self.send(200, b"<html>tre</html>")
                if p == "/fault/vong-lap.html":
                    self.send_response(302)
                    self.send_header("Location", "/fault/vong-lap.html")
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return None
                if p == "/fault/qua-lon.html":
                    return self.send(200, b"<html>" + b"a" * (20 * 1024 * 1024) + b"</html>")
                if p == "/fault/tai-lieu.pdf":
                    return self.send(200, b"%PDF-1.4 tai lieu", "application/pdf")
                return self.send(404, b"<html><body>Khong tim thay trang</body></html>")

        class Server(ThreadingHTTPServer):
            def handle_error(self, request, client_address) -> None:
                pass  # clients that time out or give up on a 20 MB body break the pipe: expected here

        self.server = Server(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self.server:
            self.server.shutdown()
            self.server.server_close()


def local_config(**crawl) -> dict:
    """A configuration for fetching from the fixture site: private addresses allowed, short timeouts."""
    from pipeline.config import load_config

    base = {"allow_private": True, "delay_s": 0.0, "timeout_s": 1.0, "retries": 1, "backoff_s": 0.05,
            "max_bytes": 5_000_000}
    base.update(crawl)
    return load_config(overrides={"crawl": base})
