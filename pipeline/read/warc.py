"""Web archives: .warc and .warc.gz read record by record with warcio, never whole in memory.

HTML response records become articles (URL from WARC-Target-URI, charset from the HTTP header);
other records (requests, metadata, images, PDFs) are skipped and counted. A record that cannot be
read as an article is one error row ("path#offset"); a truncated or corrupt archive ends with one
error row for the rest of the file, after every record read before it.
"""

from __future__ import annotations

import logging
import zlib
from collections.abc import Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from pipeline.read.decode import charset_of
from pipeline.read.inputs import InputItem, Record, record_from_bytes
from pipeline.settings import Settings

log = logging.getLogger(__name__)


def gzip_damage(path: str, chunk: int = 1 << 20) -> int | None:
    """Offset of the first gzip member that does not end properly (a truncated archive), else None."""
    member_start, pos = 0, 0
    d = zlib.decompressobj(31)
    with open(path, "rb") as f:
        while True:
            data = f.read(chunk)
            if not data:
                break
            while data:
                try:
                    d.decompress(data, 1 << 16)
                    while d.unconsumed_tail:
                        d.decompress(d.unconsumed_tail, 1 << 16)
                except zlib.error:
                    return member_start
                if d.eof:
                    used = len(data) - len(d.unused_data)
                    pos += used
                    member_start = pos
                    data = d.unused_data
                    d = zlib.decompressobj(31)
                else:
                    pos += len(data)
                    data = b""
    return None if pos == member_start else member_start


def _parsed(records: ArchiveIterator) -> Iterator:
    """The archive's records, a malformed one raised as a corrupt archive: warcio's parser fails on a bad header with
    whatever error its code meets (a response without WARC-Target-URI is an AttributeError), not ArchiveLoadFailed."""
    it = iter(records)
    while True:
        try:
            rec = next(it)
        except StopIteration:
            return
        except (AttributeError, KeyError, IndexError, TypeError) as e:
            raise ArchiveLoadFailed(f"malformed record header after byte {records.offset}") from e
        yield rec


def read_warc(item: InputItem, cfg: Settings) -> Iterator[Record]:
    """One Record per HTML response in the archive (and one per unreadable record)."""
    limit = cfg.input.max_record_bytes
    skipped = 0
    damage = gzip_damage(item.source) if item.source.lower().endswith(".gz") else None
    try:
        with open(item.source, "rb") as f:
            records = ArchiveIterator(f)
            for rec in _parsed(records):
                if damage is not None and records.offset >= damage:
                    raise ArchiveLoadFailed(f"gzip data ends early at byte {damage}")
                if rec.rec_type != "response" or rec.http_headers is None \
                        or rec.rec_headers.get_header("WARC-Vnpress-Role") == "discovery":
                    skipped += 1  # requests, metadata, and the crawl's feeds, sitemaps and listings
                    continue
                ctype = rec.http_headers.get_header("Content-Type") or ""
                status = rec.http_headers.get_statuscode() or ""
                if "html" not in ctype.lower() or not status.startswith("2"):
                    skipped += 1
                    continue
                url = rec.rec_headers.get_header("WARC-Target-URI") or ""
                data = rec.content_stream().read(limit + 1)
                where = f"{item.source}#{records.get_record_offset()}"  # after reading: it consumes the record
                if len(data) > limit:
                    yield Record(url or where, stage="read", reason=f"record larger than {limit // 1_000_000} MB")
                    continue
                yield record_from_bytes(data, url or where, "html", cfg, url=url, charset=charset_of(ctype))
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as e:
        reason = " ".join(str(e).split()) or type(e).__name__
        yield Record(item.source, stage="read", reason=f"truncated or corrupt archive: {reason[:200]}")
    else:
        if damage is not None:
            yield Record(item.source, stage="read", reason=f"truncated or corrupt archive: gzip data ends early at byte {damage}")
    if skipped:
        log.info("%s: %d non-HTML or non-200 records skipped", item.source, skipped)
