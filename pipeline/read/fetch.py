"""Fetching pages politely and safely: the one HTTP client of `.urls` inputs and the crawl.

Timeouts; retries with backoff on 5xx and timeouts; redirects followed by hand, each hop checked;
bodies streamed up to a size limit (after decompression); content types checked; robots.txt
obeyed (protego); a delay per host; only http and https; private, loopback and link-local
addresses refused (also after DNS and on redirects) unless `allow_private = true`.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import httpx
from protego import Protego

from pipeline.settings import Settings


class FetchRefused(Exception):
    """A URL that policy forbids fetching (scheme, address, robots.txt, type, size)."""


@dataclass
class Response:
    """What a fetch gave: the final URL, status, headers and body (or an error)."""

    url: str
    final_url: str = ""
    status: int = 0
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    error: str = ""
    stage: str = "fetch"

    @property
    def ok(self) -> bool:
        return not self.error and 200 <= self.status < 300

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def check_address(url: str, allow_private: bool) -> None:
    """Refuse non-http(s) URLs and hosts that resolve to private, loopback or link-local addresses."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise FetchRefused(f"scheme '{parts.scheme}' not allowed (only http, https)" if parts.scheme
                           else "not an address: no http:// or https://")
    host = parts.hostname
    if not host:
        raise FetchRefused("URL has no host")
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(host, parts.port or (443 if parts.scheme == "https" else 80), proto=socket.IPPROTO_TCP)
    except socket.gaierror as e:
        raise FetchRefused(f"cannot resolve host {host}: {e.strerror}") from e
    for info in infos:
        ip = ipaddress.ip_address(info[4][0])
        if ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved or ip.is_multicast or ip.is_unspecified:
            raise FetchRefused(f"address {ip} of {host} is private, loopback or link-local")


class Fetcher:
    """An HTTP client with the crawl's politeness and safety rules."""

    def __init__(self, cfg: Settings, transport: httpx.BaseTransport | None = None) -> None:
        self.s = cfg.crawl
        self.client = httpx.Client(
            headers={"User-Agent": self.s.user_agent, "Accept-Encoding": "gzip, deflate"},
            timeout=httpx.Timeout(self.s.timeout_s), follow_redirects=False, transport=transport,
        )
        self._robots: dict[str, Protego | None] = {}
        self._last: dict[str, float] = {}
        self._lock = threading.Lock()
        self.requests = 0

    def close(self) -> None:
        """Release connections."""
        self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- politeness ---------------------------------------------------------------------------
    def _wait_turn(self, host: str) -> None:
        with self._lock:
            gap = self.s.delay_s - (time.monotonic() - self._last.get(host, -1e9))
            if gap > 0:
                time.sleep(gap)
            self._last[host] = time.monotonic()

    def allowed(self, url: str) -> bool:
        """Whether robots.txt of the URL's host lets our User-Agent fetch it."""
        if not self.s.obey_robots:
            return True
        parts = urlsplit(url)
        root = f"{parts.scheme}://{parts.netloc}"
        if root not in self._robots:
            resp = self._get(root + "/robots.txt", None, None, robots=True)
            text = resp.body.decode("utf-8", "replace") if resp.ok else ""
            self._robots[root] = Protego.parse(text) if text else None
        rules = self._robots[root]
        return rules is None or rules.can_fetch(url, self.s.user_agent)

    # -- fetching -----------------------------------------------------------------------------
    def fetch(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Response:
        """GET a URL (conditionally when etag/last_modified are given); never raises."""
        try:
            check_address(url, self.s.allow_private)
            if not self.allowed(url):
                return Response(url, error="disallowed by robots.txt", stage="robots")
        except FetchRefused as e:
            return Response(url, error=str(e), stage="fetch")
        return self._get(url, etag, last_modified)

    def _get(self, url: str, etag: str | None, last_modified: str | None, robots: bool = False) -> Response:
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        attempts = self.s.retries + 1
        last_error = ""
        for attempt in range(attempts):
            if attempt:
                time.sleep(self.s.backoff_s * (2 ** (attempt - 1)))
            try:
                resp = self._follow(url, headers, robots)
            except FetchRefused as e:
                return Response(url, error=str(e))
            except (httpx.TimeoutException, httpx.TransportError) as e:
                last_error = f"{type(e).__name__}: {str(e) or 'no answer'}"
                continue
            if resp.status >= 500 and attempt < attempts - 1:
                last_error = f"HTTP {resp.status}"
                continue
            return resp
        return Response(url, error=f"failed after {attempts} attempts: {last_error}")

    def _follow(self, url: str, headers: dict, robots: bool) -> Response:
        current = url
        for _hop in range(self.s.max_redirects + 1):
            check_address(current, self.s.allow_private)
            self._wait_turn(urlsplit(current).netloc)
            self.requests += 1
            with self.client.stream("GET", current, headers=headers) as r:
                if r.status_code in (301, 302, 303, 307, 308) and "location" in r.headers:
                    current = urljoin(current, r.headers["location"])
                    continue
                resp = Response(url, final_url=current, status=r.status_code,
                                headers={k.lower(): v for k, v in r.headers.items()})
                if r.status_code >= 300 or robots:
                    if robots and r.status_code < 300:
                        resp.body = self._read(r, 500_000)
                    else:
                        resp.error = f"HTTP {r.status_code}" if r.status_code >= 400 else ""
                    return resp
                ctype = resp.headers.get("content-type", "").split(";")[0].strip().lower()
                if ctype and not any(ctype == t for t in self.s.content_types):
                    raise FetchRefused(f"content type {ctype} is not a page")
                resp.body = self._read(r, self.s.max_bytes)
                return resp
        raise FetchRefused(f"more than {self.s.max_redirects} redirects")

    @staticmethod
    def _read(r: httpx.Response, limit: int) -> bytes:
        declared = r.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > limit:
            raise FetchRefused(f"body of {int(declared) // 1_000_000} MB over the {limit // 1_000_000} MB limit")
        chunks, size = [], 0
        for chunk in r.iter_bytes():  # decoded bytes: the limit holds after decompression too
            size += len(chunk)
            if size > limit:
                raise FetchRefused(f"body over the {limit // 1_000_000} MB limit")
            chunks.append(chunk)
        return b"".join(chunks)
