"""URL lists: a `.urls` file (one URL a line, # comments) or URLs on the command line, fetched with
the crawl's client (pipeline/fetch.py) under the same safety rules."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.read.decode import charset_of
from pipeline.read.fetch import Fetcher
from pipeline.read.inputs import InputItem, Record, record_from_bytes
from pipeline.settings import Settings


def urls_in(item: InputItem) -> list[str]:
    """The URLs an input names."""
    if item.kind == "url":
        return [item.source]
    with open(item.source, encoding="utf-8-sig", errors="replace") as f:
        lines = [line.strip() for line in f if line.strip() and not line.lstrip().startswith("#")]
    return [f"https://{line}" if _BARE_ADDRESS.match(line) else line for line in lines]


# An address pasted without its scheme ("www.baonghean.vn/…", "baonghean.vn/…"): news sites serve https.
_BARE_ADDRESS = re.compile(r"(?![\w.-]*://)[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:[/?#]\S*)?$", re.I)


def fetch_records(urls: list[str], cfg: Settings, fetcher: Fetcher | None = None) -> Iterator[Record]:
    """A Record per URL: the fetched article, or why it could not be had."""
    own = fetcher is None
    fetcher = fetcher or Fetcher(cfg)
    try:
        for url in urls:
            resp = fetcher.fetch(url)
            if not resp.ok:
                yield Record(url, stage=resp.stage, reason=resp.error or f"HTTP {resp.status}")
                continue
            ctype = resp.headers.get("content-type", "")
            kind = "text" if ctype.startswith("text/plain") else "html"
            yield record_from_bytes(resp.body, url, kind, cfg, url=resp.final_url or url, charset=charset_of(ctype))
    finally:
        if own:
            fetcher.close()


def read_urls(item: InputItem, cfg: Settings) -> Iterator[Record]:
    """Fetch every URL of a `.urls` file (or a URL given directly)."""
    yield from fetch_records(urls_in(item), cfg)
