"""The crawl's archive: every fetched response as a WARC record, one gzip file per run.

Each record is its own gzip member, flushed and synced as soon as it is written, so a crawl killed
at any moment leaves a readable archive of everything fetched before. Discovery pages (feeds,
sitemaps, section listings) carry `WARC-Vnpress-Role: discovery` so that `vnpress run` over the
archive reads the articles only, exactly as the crawl did.
"""

from __future__ import annotations

import os
import time
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

ROLE_HEADER = "WARC-Vnpress-Role"


class Archive:
    """Append-only WARC writer for one crawl run."""

    def __init__(self, raw_dir: str | Path) -> None:
        Path(raw_dir).mkdir(parents=True, exist_ok=True)
        stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime())
        self.path = Path(raw_dir) / f"crawl-{stamp}-{os.getpid()}.warc.gz"
        self._f = open(self.path, "ab")
        self._w = WARCWriter(self._f, gzip=True)
        self.records = 0

    def write(self, url: str, status: int, headers: dict[str, str], body: bytes, role: str = "article") -> None:
        """Archive one response (status line, headers, body)."""
        http = StatusAndHeaders(f"{status} OK", [(k, v) for k, v in headers.items()
                                                  if k.lower() not in ("content-encoding", "transfer-encoding")],
                                protocol="HTTP/1.1")
        extra = {ROLE_HEADER: role} if role != "article" else {}
        rec = self._w.create_warc_record(url, "response", payload=BytesIO(body), http_headers=http,
                                         warc_headers_dict=extra)
        self._w.write_record(rec)
        self._f.flush()
        os.fsync(self._f.fileno())
        self.records += 1

    def close(self) -> None:
        self._f.close()
        if self.records == 0:
            self.path.unlink(missing_ok=True)
