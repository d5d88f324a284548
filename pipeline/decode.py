"""Bytes to text: BOMs, UTF-8, UTF-16, declared and detected legacy charsets."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes


class DecodeError(ValueError):
    """The bytes are not text in any encoding we can recognise."""


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if not sample:
        return False
    if b"\x00" in sample and not (sample.startswith(codecs.BOM_UTF16_LE) or sample.startswith(codecs.BOM_UTF16_BE)):
        # UTF-16 without a BOM has a NUL in every other byte; anything else with NULs is binary.
        evens, odds = sample[0::2], sample[1::2]
        if not (evens.count(0) > 0.4 * len(evens) or odds.count(0) > 0.4 * len(odds)):
            return True
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return controls > 0.05 * len(sample)


def _is_texty(text: str) -> bool:
    if not text.strip():
        return True
    bad = sum(1 for c in text[:20000] if c == "\ufffd" or (ord(c) < 32 and c not in "\n\r\t\f"))
    return bad <= 0.01 * min(len(text), 20000)


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Decode `data`; raises DecodeError for binary or undecodable input."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        return data.decode("utf-16", errors="replace")
    if _looks_binary(data):
        sample = data[:4096]
        # UTF-16 without a BOM: NULs fill every other byte (the high byte of Latin text).
        evens, odds = sample[0::2], sample[1::2]
        for enc, zeros in (("utf-16-le", odds), ("utf-16-be", evens)):
            if zeros.count(0) < 0.4 * max(1, len(zeros)):
                continue
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if _is_texty(text):
                return text
        raise DecodeError("binary content, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    candidates = []
    if declared:
        candidates.append(declared)
    m = _META_CHARSET.search(data[:4096])
    if m:
        candidates.append(m.group(1).decode("ascii", "ignore"))
    for enc in candidates:
        try:
            text = data.decode(enc)
        except (LookupError, UnicodeDecodeError):
            continue
        if _is_texty(text):
            return text
    best = from_bytes(data).best()
    if best is not None:
        text = str(best)
        if _is_texty(text):
            return text
    raise DecodeError("undecodable bytes: no known text encoding fits")
