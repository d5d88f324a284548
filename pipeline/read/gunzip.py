"""Gzip unpacked under a ceiling: a damaged, cut or oversized file (a gzip bomb) is one clear error, never a crash."""

from __future__ import annotations

import zlib


class GzipError(ValueError):
    """Gzip data that cannot be unpacked within the limit; the message is the one-line reason."""


def gunzip(data: bytes, limit: int) -> bytes:
    """Every member of `data` unpacked, refusing to produce more than `limit` bytes."""
    out = bytearray()
    rest = data
    while rest:
        unpack = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            out += unpack.decompress(rest, limit + 1 - len(out))
        except zlib.error as e:
            raise GzipError(f"not a readable gzip file ({e})") from None
        if len(out) > limit:  # (a small file can unpack to gigabytes: stop at the limit, never past it)
            raise GzipError(f"too large: unpacks past the {limit // 1_000_000} MB limit")
        if not unpack.eof:
            raise GzipError("gzip data cut short (an interrupted download or copy?)")
        rest = unpack.unused_data.lstrip(b"\0")  # members written one after another (`cat a.gz b.gz`); tape padding
    return bytes(out)
